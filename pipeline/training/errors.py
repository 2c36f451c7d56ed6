"""Record failures counted by kind: ``make errors`` -> ``reports/errors.md`` (and ``.json``).

    python -m pipeline.training.errors --split dev --out reports/errors
    python -m pipeline.training.errors --gold /tmp/newcorp/train.jsonl --out /tmp/newcorp/errors

Runs the rules-only pipeline and the default trained model (when present) over a gold split, pairs
gold and predicted quantities and relations with the scorer's own helpers (FORMAT §6), and files
every failed gold record under the kinds of failure of issue 10 that fit it. The classifier reads
only the gold and predicted records (spans, relations, text), so any prediction file can be
classified the same way (``--pred``).

A record may show several kinds at once (a wrong BASELINE inside a ``respectively`` list); it is
counted once under each kind that applies, and once under its *first* kind in the order below,
so the first-kind column adds up to the number of failed records.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.scoring import _Side, match_relations, pair_spans, record_faults

ROOT = Path(__file__).resolve().parents[2]

# (key, title, what it means) in the order a record is first filed
KINDS = (
    ("quantity", "quantity missed or misread", "the figure itself is missed, or its value/bound is wrong"),
    ("respectively", "1. respectively lists", "a relation fails in a sentence that pairs lists with `respectively`"),
    ("brackets", "2. figures in brackets", "the figure, or a figure it is (or should be) linked to, is in brackets"),
    ("subtotals", "7. sub-totals", "a PART_OF link is missing or wrong"),
    ("baselines", "3. baselines", "a BASELINE link is missing or wrong"),
    ("ages_durations", "6. ages, durations, absolute changes",
     "an AMOUNT in years/months/days, or an absolute (non-percent) CHANGE, has a wrong unit, metric or link"),
    ("periods", "4. periods", "a PERIOD link is missing or wrong"),
    ("categories_far", "5a. category as a clause subject far from the figure",
     "the gold CATEGORY ends 25 or more characters before the figure"),
    ("place_lists", "5b. lists of places or items with rates",
     "the figure is one of three or more figures in a comma list, and its CATEGORY is wrong"),
    ("categories", "5c. other categories", "a CATEGORY link is missing or wrong (none of the above)"),
    ("modifies", "8. modified figure (new kind)", "a MODIFIES link is missing or wrong (none of the above)"),
    ("unit_metric", "9. unit or metric (new kind)", "the unit or metric is wrong (none of the above)"),
)
TIME_UNITS = {"year", "month", "day", "week", "hour", "minute", "quarter"}
PERCENT_UNITS = {"percent", "percentage point", "basis point", "times"}
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding ``start..end`` (FORMAT §3 sentence ends, roughly)."""
    left = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    return left, right


def in_brackets(text: str, span: dict) -> bool:
    """Whether a span sits inside parentheses or square brackets of its line."""
    line_start = text.rfind("\n", 0, span["start"]) + 1
    before = text[line_start : span["start"]]
    depth = before.count("(") - before.count(")") + before.count("[") - before.count("]")
    return depth > 0


@dataclass
class Failure:
    """One failed gold record with its kinds and a readable account."""

    doc_id: str
    quantity: str
    sentence: str
    kinds: list[str]
    faults: dict
    links: list[str] = field(default_factory=list)


def classify(gold_doc: dict, pred_doc: dict) -> list[Failure]:
    """The failed gold records of one document, each with the kinds of failure that fit it."""
    gold, pred = _Side(gold_doc), _Side(pred_doc)
    text = gold_doc["text"]
    pairs = pair_spans(gold.labelled("QUANTITY"), pred.labelled("QUANTITY"))
    matches = match_relations(gold, pred, pairs)
    gold_quantities = gold.labelled("QUANTITY")
    failures = []
    for quantity in gold_quantities:
        reasons, details = record_faults(quantity, gold, pred, pairs, matches)
        if not reasons:
            continue
        s_start, s_end = sentence_around(text, quantity["start"], quantity["end"])
        sentence = text[s_start:s_end].strip()
        paired = pred.by_id.get(pairs.get(quantity["id"]))
        gold_links = [r for r in gold.relations if r["head"] == quantity["id"]]
        pred_links = [r for r in pred.relations if paired is not None and r.get("head") == paired["id"]]
        labels = {reason.split(":", 1)[-1] for reason in reasons if ":" in reason}
        kinds = []
        if "missed" in reasons or "value" in reasons or "bound" in reasons:
            kinds.append("quantity")
        relation_fault = bool(labels)
        if relation_fault and "respectively" in sentence.lower():
            kinds.append("respectively")
        linked = [gold.by_id[r["child"]] for r in gold_links if r["label"] in ("MODIFIES", "PART_OF")]
        linked += [pred.by_id[r["child"]] for r in pred_links if r["label"] in ("MODIFIES", "PART_OF")
                   and r.get("child") in pred.by_id]
        linked += [g for g in gold_quantities for r in gold.relations
                   if r["child"] == quantity["id"] and r["head"] == g["id"] and r["label"] == "MODIFIES"]
        if relation_fault and (in_brackets(text, quantity) or any(in_brackets(text, x) for x in linked)):
            kinds.append("brackets")
        if "PART_OF" in labels:
            kinds.append("subtotals")
        if "BASELINE" in labels:
            kinds.append("baselines")
        gold_unit = quantity.get("unit")
        if (quantity.get("metric") == "AMOUNT" and gold_unit in TIME_UNITS or
                quantity.get("metric") == "CHANGE" and gold_unit not in PERCENT_UNITS) and (
                    relation_fault or "unit" in reasons or "metric" in reasons):
            kinds.append("ages_durations")
        if "PERIOD" in labels:
            kinds.append("periods")
        if "CATEGORY" in labels:
            gold_categories = [gold.by_id[r["child"]] for r in gold_links if r["label"] == "CATEGORY"]
            if any(c["end"] <= quantity["start"] - 25 for c in gold_categories):
                kinds.append("categories_far")
            elif _in_figure_list(text, quantity, gold_quantities, s_start, s_end):
                kinds.append("place_lists")
            else:
                kinds.append("categories")
        if "MODIFIES" in labels:
            kinds.append("modifies")
        if ("unit" in reasons or "metric" in reasons) and not kinds:
            kinds.append("unit_metric")
        account = []
        for rel in gold_links:
            account.append(f"gold {rel['label']} → `{gold.surface(rel['child'])}`")
        for rel in pred_links:
            account.append(f"pred {rel['label']} → `{pred.surface(rel.get('child'))}`")
        for name in ("unit", "metric", "value", "bound"):
            if name in details:
                account.append(f"{name}: {details[name]}")
        if "missed" in reasons:
            account.append("no predicted quantity")
        failures.append(Failure(gold_doc["id"], text[quantity["start"] : quantity["end"]], sentence,
                                kinds or ["unit_metric"], details, account))
    return failures


def _in_figure_list(text: str, quantity: dict, quantities: list[dict], s_start: int, s_end: int) -> bool:
    """Whether the figure is one of three or more figures of its sentence joined by commas and ``and``."""
    in_sentence = [q for q in quantities if s_start <= q["start"] < s_end]
    k = next((i for i, q in enumerate(in_sentence) if q["id"] == quantity["id"]), None)
    if k is None:
        return False
    run = 1
    for i in range(k, 0, -1):
        gap = text[in_sentence[i - 1]["end"] : in_sentence[i]["start"]]
        if "," not in gap and " and " not in gap or len(gap) > 60 or ";" in gap:
            break
        run += 1
    for i in range(k, len(in_sentence) - 1):
        gap = text[in_sentence[i]["end"] : in_sentence[i + 1]["start"]]
        if "," not in gap and " and " not in gap or len(gap) > 60 or ";" in gap:
            break
        run += 1
    return run >= 3


def tally(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """Failures of a prediction set, counted per kind (any and first), with the first example of each."""
    by_id = {d["id"]: d for d in pred_docs}
    failures = []
    total = 0
    for doc in gold_docs:
        pred = by_id.get(doc["id"], {"id": doc["id"], "text": doc["text"], "spans": [], "relations": []})
        total += sum(1 for s in doc.get("spans", []) if s.get("label") == "QUANTITY")
        failures += classify(doc, pred)
    counts = {key: {"any": 0, "first": 0, "example": None} for key, _, _ in KINDS}
    for failure in failures:
        for k, kind in enumerate(failure.kinds):
            entry = counts[kind]
            entry["any"] += 1
            entry["first"] += int(k == 0)
            if entry["example"] is None:
                entry["example"] = {"doc_id": failure.doc_id, "quantity": failure.quantity,
                                    "sentence": failure.sentence, "links": failure.links}
    return {"records": total, "failed": len(failures), "kinds": counts}


def predictions(model: str, gold_docs: list[dict]) -> list[dict]:
    """The pipeline's FORMAT §2 documents for the gold texts (``model``: ``rules`` or a model directory)."""
    from pipeline.language import load
    from pipeline.training.report import predict

    nlp = load(rules_only=True) if model == "rules" else load(model)
    return predict(nlp, gold_docs)


def _cell(text: str, limit: int = 260) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_report(results: dict, out: Path, source: str, before: dict | None = None) -> None:
    """``out.md`` (tables per pipeline, one example a kind) and ``out.json``; with ``before`` (an
    earlier ``out.json``), a table of first-kind counts before and now per pipeline."""
    names = list(results)
    lines = ["# Record failures by kind", "",
             f"Command: `make errors` (`python -m pipeline.training.errors`), gold: `{source}`. A failed record "
             "is a gold quantity that record accuracy (FORMAT §6) counts as wrong. *any*: failed records that show "
             "the kind; *first*: records filed under it first (the first-kind column adds up to the failures). "
             "Kinds 1-7 are those of issue 10.", "",
             "| kind | " + " | ".join(f"{n} any | {n} first" for n in names) + " |",
             "|---|" + "---|---|" * len(names)]
    for key, title, _ in KINDS:
        cells = [f"{results[n]['kinds'][key]['any']} | {results[n]['kinds'][key]['first']}" for n in names]
        lines.append(f"| {title} | " + " | ".join(cells) + " |")
    lines.append("| **failed / all records** | " + " | ".join(
        f"{results[n]['failed']} / {results[n]['records']} | " for n in names) + "|")
    if before:
        shared = [n for n in names if n in before]
        lines += ["", "### Before and now (first kind, same gold file)", "",
                  "| kind | " + " | ".join(f"{n} before | {n} now" for n in shared) + " |",
                  "|---|" + "---|---|" * len(shared)]
        for key, title, _ in KINDS:
            cells = [f"{before[n]['kinds'].get(key, {}).get('first', 0)} | {results[n]['kinds'][key]['first']}"
                     for n in shared]
            lines.append(f"| {title} | " + " | ".join(cells) + " |")
        lines.append("| **failed records** | " + " | ".join(
            f"{before[n]['failed']} / {before[n]['records']} | {results[n]['failed']} / {results[n]['records']}"
            for n in shared) + " |")
    lines += ["", "## Kinds", ""]
    for key, title, meaning in KINDS:
        lines.append(f"- **{title}**: {meaning}.")
    for name in names:
        lines += ["", f"## Examples ({name})", "", "| kind | document | figure | sentence | links |",
                  "|---|---|---|---|---|"]
        for key, title, _ in KINDS:
            ex = results[name]["kinds"][key]["example"]
            if ex is None:
                continue
            lines.append(f"| {title} | {ex['doc_id']} | `{_cell(ex['quantity'], 40)}` | {_cell(ex['sentence'])} | "
                         f"{_cell('; '.join(ex['links']), 300)} |")
    out.parent.mkdir(parents=True, exist_ok=True)
    Path(str(out) + ".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    Path(str(out) + ".json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    from pipeline.docs import read_jsonl

    parser = argparse.ArgumentParser(prog="python -m pipeline.training.errors")
    parser.add_argument("--split", default="dev", help="annotations/<split>.jsonl (ignored with --gold)")
    parser.add_argument("--gold", help="a gold JSONL file")
    parser.add_argument("--pred", help="classify this prediction file instead of running the pipelines")
    parser.add_argument("--model", default=str(ROOT / "models" / "relstats"),
                        help="trained model directory (skipped when absent)")
    parser.add_argument("--out", default=str(ROOT / "reports" / "errors"))
    parser.add_argument("--before", help="an earlier errors JSON to compare with (same gold file)")
    args = parser.parse_args(argv)
    gold_path = Path(args.gold) if args.gold else ROOT / "annotations" / f"{args.split}.jsonl"
    gold = read_jsonl(gold_path)
    results = {}
    if args.pred:
        results["predictions"] = tally(gold, read_jsonl(args.pred))
    else:
        results["rules"] = tally(gold, predictions("rules", gold))
        if (Path(args.model) / "config.cfg").exists():
            results["trained"] = tally(gold, predictions(args.model, gold))
    before = json.loads(Path(args.before).read_text(encoding="utf-8")) if args.before else None
    write_report(results, Path(args.out), str(gold_path.relative_to(ROOT) if gold_path.is_relative_to(ROOT)
                                              else gold_path), before)
    for name, result in results.items():
        print(name, f"failed {result['failed']}/{result['records']}",
              {key: result["kinds"][key]["first"] for key, _, _ in KINDS})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
