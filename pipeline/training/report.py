"""Reports on the trained model: ``make evaluate`` and ``make experiments``.

    python -m pipeline.training.report evaluate --model models/relstats --out reports/evaluation
    python -m pipeline.training.report experiments --out reports/experiments

``evaluate`` scores rules only and rules + trained on the test split (and dev, for reference):
per label and relation, record accuracy, the ten most frequent error types with an example each,
and a paired bootstrap over test documents of the difference trained − rules.

``experiments`` retrains as needed: three seeds, a learning curve at 25%, 50% and 100% of the
training documents, each scored on the test split, with the bootstrap interval per model.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from pipeline.training.train import ROOT

HEADLINE = ("records", "CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")


def predict(nlp, docs: list[dict]) -> list[dict]:
    """The pipeline's FORMAT §2 documents for the texts of ``docs``."""
    from pipeline import extract

    from pipeline.progress import progress

    inputs = [{"id": d["id"], "text": d["text"], "meta": d.get("meta", {})} for d in docs]
    return [dict(r, rows=None) for r in progress(extract(inputs, nlp=nlp), total=len(inputs), desc="predict")]


def headline(report: dict) -> dict:
    """Record accuracy and relation F1s of one scorer report."""
    out = {"records": report["records"]["accuracy"]}
    for label in HEADLINE[1:]:
        out[label] = report["relations"][label]["f1"]
    out["quantity_f1"] = report["quantity"]["lenient"]["f1"]
    out["metric"] = report["attributes"]["metric"]["accuracy"]
    out["unit"] = report["attributes"]["unit"]["accuracy"]
    return out


def per_document(gold: list[dict], pred: list[dict]) -> list[dict]:
    """Per-document counts that bootstrap resampling adds up."""
    from pipeline.scoring import score

    by_id = {d["id"]: d for d in pred}
    rows = []
    for doc in gold:
        report = score([doc], [by_id[doc["id"]]])
        row = {"records": (report["records"]["correct"], report["records"]["total"])}
        for label in HEADLINE[1:]:
            rel = report["relations"][label]
            row[label] = (rel["tp"], rel["fp"], rel["fn"])
        rows.append(row)
    return rows


def _aggregate(rows: list[dict]) -> dict:
    out = {}
    correct = sum(r["records"][0] for r in rows)
    total = sum(r["records"][1] for r in rows)
    out["records"] = correct / total if total else 0.0
    for label in HEADLINE[1:]:
        tp = sum(r[label][0] for r in rows)
        fp = sum(r[label][1] for r in rows)
        fn = sum(r[label][2] for r in rows)
        out[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def bootstrap(rules_rows: list[dict], trained_rows: list[dict], samples: int = 2000, seed: int = 0) -> dict:
    """Paired bootstrap over documents: mean and 95% interval of trained − rules for each headline."""
    rng = random.Random(seed)
    n = len(rules_rows)
    diffs: dict[str, list[float]] = {key: [] for key in HEADLINE}
    for _ in range(samples):
        picks = [rng.randrange(n) for _ in range(n)]
        a = _aggregate([rules_rows[i] for i in picks])
        b = _aggregate([trained_rows[i] for i in picks])
        for key in HEADLINE:
            diffs[key].append(b[key] - a[key])
    out = {}
    for key, values in diffs.items():
        values.sort()
        out[key] = {"mean": sum(values) / len(values), "low": values[int(0.025 * len(values))],
                    "high": values[int(0.975 * len(values)) - 1]}
    return out


def load_models(model: Path):
    from pipeline.language import load

    return load(rules_only=True), load(model)


def run_evaluate(model: Path, out: Path) -> dict:
    """Rules only vs rules + trained on test (and dev); writes ``out.md`` and ``out.json``."""
    from pipeline.docs import read_jsonl
    from pipeline.scoring import error_summary, score

    rules, trained = load_models(model)
    result = {"model": str(model), "meta": trained.meta.get("relstats", {}), "splits": {}}
    for split in ("test", "dev"):
        gold = read_jsonl(ROOT / "annotations" / f"{split}.jsonl")
        entry = {}
        for name, nlp in (("rules", rules), ("trained", trained)):
            started = time.perf_counter()
            pred = predict(nlp, gold)
            seconds = time.perf_counter() - started
            report = score(gold, pred)
            entry[name] = {"headline": headline(report), "report": report, "seconds": round(seconds, 2),
                           "errors": error_summary(report, k=10), "rows": per_document(gold, pred)}
        entry["bootstrap"] = bootstrap(entry["rules"]["rows"], entry["trained"]["rows"])
        result["splits"][split] = entry
    result["syntax"] = compare_syntax()
    write_evaluation(result, out)
    return result


def compare_syntax() -> dict:
    """Rules only, without and with the EWT syntax components, on dev and test: accuracy and speed."""
    from pipeline.docs import read_jsonl
    from pipeline.language import SYNTAX_MODEL, load
    from pipeline.scoring import score

    if not (SYNTAX_MODEL / "config.cfg").exists():
        return {}
    out = {}
    for name, syntax in (("without syntax", None), ("with syntax", SYNTAX_MODEL)):
        nlp = load(rules_only=True, syntax=syntax)
        out[name] = {}
        for split in ("dev", "test"):
            gold = read_jsonl(ROOT / "annotations" / f"{split}.jsonl")
            started = time.perf_counter()
            pred = predict(nlp, gold)
            seconds = time.perf_counter() - started
            out[name][split] = dict(headline(score(gold, pred)),
                                    chars_per_second=round(sum(len(d["text"]) for d in gold) / seconds))
    return out


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def write_evaluation(result: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Evaluation: rules only vs rules + trained", "",
             f"Model `{result['model']}` (seed {result['meta'].get('seed')}, trained in "
             f"{result['meta'].get('training_seconds')} s on {result['meta'].get('training_documents')} documents). "
             "Command: `make evaluate` (`python -m pipeline.training.report evaluate`). Scores in percent; "
             "record accuracy is FORMAT §6's headline.", ""]
    for split, entry in result["splits"].items():
        lines += [f"## {split} split", "", "| | records | CATEGORY F1 | MODIFIES F1 | BASELINE F1 | PART_OF F1 | "
                  "PERIOD F1 | QUANTITY F1 | metric acc | unit acc |", "|---|---|---|---|---|---|---|---|---|---|"]
        for name in ("rules", "trained"):
            h = entry[name]["headline"]
            lines.append(f"| {name} | {_pct(h['records'])} | {_pct(h['CATEGORY'])} | {_pct(h['MODIFIES'])} | "
                         f"{_pct(h['BASELINE'])} | {_pct(h['PART_OF'])} | {_pct(h['PERIOD'])} | "
                         f"{_pct(h['quantity_f1'])} | {_pct(h['metric'])} | {_pct(h['unit'])} |")
        b = entry["bootstrap"]
        lines.append("| trained − rules, 95% interval (paired bootstrap over documents) | " + " | ".join(
            f"{_pct(b[k]['mean'])} [{_pct(b[k]['low'])}, {_pct(b[k]['high'])}]" for k in HEADLINE) + " | | | |")
        lines += ["", f"Per label and relation (rules + trained, {split}):", "", "```"]
        from pipeline.scoring import format_report

        lines += [format_report(entry["trained"]["report"]), "```", ""]
        lines += [f"Ten most frequent error types (rules + trained, {split}):", "", "| type | count | example |",
                  "|---|---|---|"]
        for item in entry["trained"]["errors"]:
            ex = item["example"]
            lines.append(f"| {item['type']} | {item['count']} | {ex.get('doc_id')}: `{ex.get('text')}` |")
        lines.append("")
    if result.get("syntax"):
        lines += ["## Syntax (UD English EWT tagger and parser) in the rules", "",
                  "| pipeline | split | records | CATEGORY F1 | MODIFIES F1 | unit acc | characters/s |",
                  "|---|---|---|---|---|---|---|"]
        for name, splits in result["syntax"].items():
            for split, h in splits.items():
                lines.append(f"| rules {name} | {split} | {_pct(h['records'])} | {_pct(h['CATEGORY'])} | "
                             f"{_pct(h['MODIFIES'])} | {_pct(h['unit'])} | {h['chars_per_second']:,} |")
        lines.append("")
    from pipeline.training.plots import evaluation_charts

    lines += evaluation_charts(result, out)
    Path(str(out) + ".md").write_text("\n".join(lines), encoding="utf-8")
    slim = json.loads(json.dumps(result))
    for entry in slim["splits"].values():
        for name in ("rules", "trained"):
            entry[name]["report"].pop("errors", None)
            entry[name].pop("rows", None)
    Path(str(out) + ".json").write_text(json.dumps(slim, indent=1), encoding="utf-8")


def run_experiments(out: Path, seeds=(0, 1, 2), fractions=(0.25, 0.5, 1.0)) -> dict:
    """Three seeds and a learning curve, each model scored on test against rules only."""
    from pipeline.docs import read_jsonl
    from pipeline.language import load
    from pipeline.scoring import score
    from pipeline.training.train import build

    gold = read_jsonl(ROOT / "annotations" / "test.jsonl")
    rules_pred = predict(load(rules_only=True), gold)
    rules_rows = per_document(gold, rules_pred)
    result = {"rules": headline(score(gold, rules_pred)), "runs": []}
    plan = [(seed, 1.0) for seed in seeds] + [(seeds[0], f) for f in fractions if f < 1.0]
    for seed, fraction in plan:
        directory = ROOT / "training" / "experiments" / f"seed{seed}-f{fraction}"
        meta = build(directory / "model", seed=seed, fraction=fraction, work=directory)
        pred = predict(load(directory / "model"), gold)
        rows = per_document(gold, pred)
        result["runs"].append({
            "seed": seed, "fraction": fraction, "documents": meta["relstats"]["training_documents"],
            "training_seconds": meta["relstats"]["training_seconds"],
            "headline": headline(score(gold, pred)), "bootstrap": bootstrap(rules_rows, rows)})
    write_experiments(result, out)
    return result


def write_experiments(result: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    r = result["rules"]
    lines = ["# Experiments: seeds, learning curve, bootstrap", "",
             "Command: `make experiments`. Every model is scored on the test split; the interval is a paired "
             "bootstrap over test documents (2,000 resamples) of trained − rules in record accuracy.", "",
             "| model | training docs | seed | train s | records | CATEGORY F1 | MODIFIES F1 | records gain [95%] |",
             "|---|---|---|---|---|---|---|---|",
             f"| rules only | – | – | – | {_pct(r['records'])} | {_pct(r['CATEGORY'])} | {_pct(r['MODIFIES'])} | – |"]
    for run in result["runs"]:
        h, b = run["headline"], run["bootstrap"]["records"]
        lines.append(f"| rules + trained ({int(run['fraction'] * 100)}%) | {run['documents']} | {run['seed']} | "
                     f"{run['training_seconds']} | {_pct(h['records'])} | {_pct(h['CATEGORY'])} | "
                     f"{_pct(h['MODIFIES'])} | {_pct(b['mean'])} [{_pct(b['low'])}, {_pct(b['high'])}] |")
    full = [run for run in result["runs"] if run["fraction"] == 1.0]
    if full:
        values = [run["headline"]["records"] for run in full]
        lines += ["", f"Spread across seeds (record accuracy): min {_pct(min(values))}, max {_pct(max(values))}, "
                  f"range {_pct(max(values) - min(values))} points."]
    from pipeline.training.plots import experiment_charts

    lines += [""] + experiment_charts(result, out)
    Path(str(out) + ".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    Path(str(out) + ".json").write_text(json.dumps(result, indent=1), encoding="utf-8")


def run_syntax(out: Path) -> dict:
    """Both sides of the syntax trade: rules and rules + trained, each without and with the EWT
    tagger and parser (the trained variant retrained with syntax in front), on dev and test."""
    from pipeline.docs import read_jsonl
    from pipeline.language import DEFAULT_MODEL, SYNTAX_MODEL, load
    from pipeline.scoring import score
    from pipeline.training.train import build

    with_syntax = ROOT / "training" / "with-syntax" / "model"
    build(with_syntax, seed=0, syntax=SYNTAX_MODEL)
    variants = {"rules": (load(rules_only=True), load(rules_only=True, syntax=SYNTAX_MODEL)),
                "rules + trained": (load(DEFAULT_MODEL), load(with_syntax))}
    result = {}
    for name, pair in variants.items():
        for label, nlp in zip(("without syntax", "with syntax"), pair):
            for split in ("dev", "test"):
                gold = read_jsonl(ROOT / "annotations" / f"{split}.jsonl")
                started = time.perf_counter()
                pred = predict(nlp, gold)
                seconds = time.perf_counter() - started
                h = headline(score(gold, pred))
                h["chars_per_second"] = round(sum(len(d["text"]) for d in gold) / seconds)
                result.setdefault(name, {}).setdefault(label, {})[split] = h
    lines = ["# Syntax: with and without the UD English EWT tagger and parser", "",
             "Command: `make syntax-report` (`python -m pipeline.training.report syntax`). The trained variant "
             "with syntax is retrained (seed 0) with the syntax components in front of the rules.", "",
             "| pipeline | syntax | split | records | CATEGORY F1 | MODIFIES F1 | PERIOD F1 | unit acc | characters/s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, labels in result.items():
        for label, splits in labels.items():
            for split, h in splits.items():
                lines.append(f"| {name} | {label} | {split} | {_pct(h['records'])} | {_pct(h['CATEGORY'])} | "
                             f"{_pct(h['MODIFIES'])} | {_pct(h['PERIOD'])} | {_pct(h['unit'])} | "
                             f"{h['chars_per_second']:,} |")
    out.parent.mkdir(parents=True, exist_ok=True)
    Path(str(out) + ".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    Path(str(out) + ".json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.training.report")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("evaluate")
    p.add_argument("--model", default=str(ROOT / "models" / "relstats"))
    p.add_argument("--out", default=str(ROOT / "reports" / "evaluation"))
    p = sub.add_parser("experiments")
    p.add_argument("--out", default=str(ROOT / "reports" / "experiments"))
    p = sub.add_parser("syntax")
    p.add_argument("--out", default=str(ROOT / "reports" / "syntax"))
    args = parser.parse_args(argv)
    if args.command == "syntax":
        run_syntax(Path(args.out))
        print(Path(str(args.out) + ".md").read_text())
    elif args.command == "evaluate":
        result = run_evaluate(Path(args.model), Path(args.out))
        for split, entry in result["splits"].items():
            print(split, {name: {k: round(v, 3) for k, v in entry[name]["headline"].items()}
                          for name in ("rules", "trained")})
    else:
        run_experiments(Path(args.out))
        print(Path(str(args.out) + ".md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
