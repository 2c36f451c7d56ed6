"""Record accuracy of two prediction files on one gold split, overall and on subsets, with the
paired bootstrap over documents of their difference.

    python scripts/compare_predictions.py annotations/test.jsonl BEFORE.jsonl AFTER.jsonl \
        --subset realistic=annotations/agreement/src

``--subset NAME=DIR`` scores the documents whose ids are the ``.ann`` file names in ``DIR`` (and,
as ``NAME-rest``, the others). ``--changes`` adds how many gold records the after file gets right that the
before file got wrong (fixed) and the reverse (broken), over all documents. Prediction files may hold more documents than the gold split (those
are ignored). Make a prediction file of an older commit with ``git worktree add /tmp/old COMMIT``
and ``relstats extract`` run there.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.docs import read_jsonl
from pipeline.scoring import score
from pipeline.training.report import bootstrap, per_document


def _records(rows: list[dict]) -> float:
    correct = sum(r["records"][0] for r in rows)
    total = sum(r["records"][1] for r in rows)
    return 100.0 * correct / total if total else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--subset", action="append", default=[], help="NAME=DIR of .ann files")
    parser.add_argument("--changes", action="store_true", help="also count the records fixed and broken")
    args = parser.parse_args(argv)
    gold = read_jsonl(args.gold)
    ids = {d["id"] for d in gold}
    before = [d for d in read_jsonl(args.before) if d["id"] in ids]
    after = [d for d in read_jsonl(args.after) if d["id"] in ids]
    groups = {"all": ids}
    for spec in args.subset:
        name, _, folder = spec.partition("=")
        chosen = {p.stem for p in Path(folder).glob("*.ann")} & ids
        groups[name], groups[f"{name}-rest"] = chosen, ids - chosen
    print("| documents | n | before | after | after − before [95% CI] |")
    print("|---|---|---|---|---|")
    for name, members in groups.items():
        subset = [d for d in gold if d["id"] in members]
        rows_before, rows_after = per_document(subset, before), per_document(subset, after)
        interval = {k: 100.0 * v for k, v in bootstrap(rows_before, rows_after)["records"].items()}
        print(f"| {name} | {len(subset)} | {_records(rows_before):.1f} | {_records(rows_after):.1f} | "
              f"{interval['mean']:+.1f} [{interval['low']:+.1f}, {interval['high']:+.1f}] |")
    if args.changes:
        wrong_before, wrong_after = _failed_records(gold, before), _failed_records(gold, after)
        print(f"\nrecords fixed {len(wrong_before - wrong_after)}, broken {len(wrong_after - wrong_before)}")
    return 0


def _failed_records(gold: list[dict], predictions: list[dict]) -> set[tuple]:
    """The gold records (document id, start, end) that ``predictions`` gets wrong (FORMAT §6 scoring)."""
    return {(e["doc_id"], e["start"], e["end"]) for e in score(gold, predictions)["errors"]
            if e["reasons"] != ["spurious"]}


if __name__ == "__main__":
    raise SystemExit(main())
