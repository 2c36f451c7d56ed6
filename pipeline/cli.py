"""Command line: ``python -m pipeline`` (also installed as ``relstats``).

    relstats extract INPUT... -o OUT [-o OUT2] [--format docs|table-csv|table-jsonl] [--n-process N]
    relstats evaluate GOLD.jsonl [--pred PRED.jsonl] [--json REPORT.json] [--rules-only]
    relstats compile annotations/        # annotations/src/*.ann -> annotations/{train,dev,test}.jsonl
    relstats validate annotations/
    relstats stats annotations/
    relstats export-tasks INPUT... -o tasks.json [--tool labelstudio|doccano]
    relstats convert IN -o OUT           # FORMAT JSONL <-> Label Studio JSON / doccano JSONL
    relstats spark-extract INPUT OUTPUT [--master URL] [--partitions N]   # needs relstats[spark]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

FORMATS = ("docs", "table-csv", "table-jsonl")


def _format_for(path: Path, explicit: str | None) -> str:
    if explicit:
        return explicit
    if path.suffix == ".csv":
        return "table-csv"
    if path.suffix == ".jsonl" and "table" in path.stem:
        return "table-jsonl"
    if path.suffix == ".jsonl":
        return "docs"
    raise SystemExit(f"error: cannot tell the format of {path} from its extension; use --format")


def _load_nlp(args):
    from pipeline.language import load

    return load(getattr(args, "model", None), rules_only=getattr(args, "rules_only", False))


def cmd_extract(args) -> int:
    from pipeline import extract
    from pipeline.docs import read_inputs, write_jsonl
    from pipeline.table import write_csv, write_table_jsonl

    documents = list(read_inputs(args.inputs))
    nlp = _load_nlp(args)
    started = time.perf_counter()
    records = list(extract(documents, nlp=nlp, batch_size=args.batch_size, n_process=args.n_process))
    elapsed = time.perf_counter() - started
    for record in records:
        record.pop("rows", None)
    for out in args.output:
        out = Path(out)
        fmt = _format_for(out, args.format)
        if fmt == "docs":
            write_jsonl(records, out)
        elif fmt == "table-csv":
            write_csv(records, out)
        else:
            write_table_jsonl(records, out)
    from pipeline.table import rows

    n_rows = sum(len(rows(r)) for r in records)
    n_quantities = sum(1 for r in records for s in r["spans"] if s["label"] == "QUANTITY")
    chars = sum(len(r["text"]) for r in records)
    print(f"{len(records)} documents, {n_quantities} quantities, {n_rows} table rows "
          f"({chars / max(elapsed, 1e-9):,.0f} characters/s) -> {', '.join(args.output)}", file=sys.stderr)
    return 0


def cmd_evaluate(args) -> int:
    from pipeline import extract
    from pipeline.docs import read_jsonl
    from pipeline.scoring import format_report, score

    gold = read_jsonl(args.gold)
    if args.pred:
        pred = read_jsonl(args.pred)
    else:
        nlp = _load_nlp(args)
        pred = list(extract([{"id": d["id"], "text": d["text"], "meta": d.get("meta", {})} for d in gold], nlp=nlp))
    report = score(gold, pred)
    print(format_report(report))
    if args.errors:
        _print_error_types(report, "Most frequent error types", args.errors)
    _write_report(report, args.json)
    return 0


def _print_error_types(report: dict, title: str, k: int) -> None:
    from pipeline.scoring import error_summary

    print(f"\n{title}:")
    for item in error_summary(report, k=k):
        ex = item["example"]
        print(f"  {item['count']:>4}  {item['type']:<18} e.g. {ex.get('doc_id')}: {ex.get('text')!r}")


def _write_report(report: dict, path: str | None) -> None:
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


def cmd_compile(args) -> int:
    from pipeline.corpus import compile_annotations

    folder = Path(args.folder)
    counts = compile_annotations(folder / "src", folder)
    print(" ".join(f"{split}: {n}" for split, n in counts.items()) + f" documents -> {folder}/*.jsonl")
    return 0


def cmd_validate(args) -> int:
    from pipeline.corpus import validate

    report = validate(Path(args.folder), check_tokens=not args.no_tokens)
    for finding in report.findings:
        print(finding)
    print(f"{report.documents} documents, {report.spans} spans: {len(report.errors)} errors, "
          f"{len(report.checks)} values for a human to check")
    return 1 if report.errors or (args.strict and report.checks) else 0


def cmd_train(args) -> int:
    from pipeline.training.train import build

    build(Path(args.output), seed=args.seed, fraction=args.fraction, max_steps=args.max_steps, force=args.force,
          syntax=Path(args.syntax) if args.syntax else None)
    return 0


def cmd_agreement(args) -> int:
    from pipeline.corpus import agreement_passes
    from pipeline.scoring import format_report, score

    first, second = agreement_passes(Path(args.folder))
    report = score(first, second)
    print(f"Second pass scored against the first ({len(first)} documents annotated twice)\n")
    print(format_report(report))
    _print_error_types(report, "Disagreement types", 20)
    _write_report(report, args.json)
    return 0


def cmd_stats(args) -> int:
    from pipeline.corpus import format_statistics, statistics

    stats = statistics(Path(args.folder))
    print(json.dumps(stats, indent=1) if args.json else format_statistics(stats))
    return 0


def cmd_export_tasks(args) -> int:
    from pipeline import extract
    from pipeline.convert import to_doccano, to_labelstudio
    from pipeline.docs import read_inputs, write_jsonl

    documents = list(read_inputs(args.inputs))
    nlp = _load_nlp(args)
    records = [dict(r, rows=None) for r in extract(documents, nlp=nlp)]
    for record in records:
        record.pop("rows")
    out = Path(args.output)
    if args.tool == "labelstudio":
        tasks = to_labelstudio(records, as_predictions=True, model_version=args.model_version)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(tasks, indent=1, ensure_ascii=False), encoding="utf-8")
    else:
        write_jsonl(to_doccano(records), out)
    print(f"{len(records)} pre-annotated tasks for {args.tool} -> {out}")
    return 0


def cmd_convert(args) -> int:
    from pipeline.convert import from_doccano, from_labelstudio, to_doccano, to_labelstudio
    from pipeline.docs import read_jsonl, write_jsonl

    src, out = Path(args.input), Path(args.output)
    if args.to == "labelstudio":
        tasks = to_labelstudio(read_jsonl(src))
        out.write_text(json.dumps(tasks, indent=1, ensure_ascii=False), encoding="utf-8")
    elif args.to == "doccano":
        write_jsonl(to_doccano(read_jsonl(src)), out)
    elif args.to == "format":
        if src.suffix == ".json":
            docs = from_labelstudio(json.loads(src.read_text(encoding="utf-8")))
        else:
            docs = from_doccano(read_jsonl(src))
        write_jsonl(docs, out)
    print(f"{src} -> {out}")
    return 0


def cmd_spark_extract(args) -> int:
    try:
        from pipeline.spark import run_extract
    except ImportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    done = run_extract(args.input, args.output, master=args.master, partitions=args.partitions,
                       model=args.model, rules_only=args.rules_only, errors=args.errors)
    failed = f"; {done['failed']} failed -> {done['errors_path']}" if done["failed"] else ""
    print(f"{done['documents']} documents, {done['rows']} table rows in {done['seconds']:.1f} s -> {args.output}"
          f"{failed}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relstats", description="Statistics from press releases.")
    sub = parser.add_subparsers(dest="command", required=True)

    def model_options(p):
        p.add_argument("--model", help="model directory (default: models/relstats when present, else rules)")
        p.add_argument("--rules-only", action="store_true", help="run without any trained component")

    p = sub.add_parser("extract", help="extract statistics from releases")
    p.add_argument("inputs", nargs="+", help=".txt files, folders of them, or docs .jsonl")
    p.add_argument("-o", "--output", action="append", required=True, help="output file (repeatable)")
    p.add_argument("--format", choices=FORMATS, help="output format (default: from the extension)")
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=4,
                   help="documents per batch (small batches keep the span proposer's memory low)")
    model_options(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score predictions against gold annotations (FORMAT §6)")
    p.add_argument("gold")
    p.add_argument("--pred", help="predictions JSONL (default: run the pipeline on the gold texts)")
    p.add_argument("--json", help="also write the report as JSON")
    p.add_argument("--errors", type=int, default=10, help="list the N most frequent error types")
    model_options(p)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("compile", help="compile annotations/src/*.ann to split JSONL files")
    p.add_argument("folder")
    p.set_defaults(func=cmd_compile)

    p = sub.add_parser("validate", help="validate an annotation folder")
    p.add_argument("folder")
    p.add_argument("--no-tokens", action="store_true", help="skip the token-boundary check")
    p.add_argument("--strict", action="store_true", help="fail on values for a human to check too")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("train", help="train the span, metric and relation models into one spaCy pipeline")
    p.add_argument("-o", "--output", default="models/relstats")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--fraction", type=float, default=1.0, help="share of the training documents to use")
    p.add_argument("--max-steps", type=int, default=None, help="steps for the span proposer (default: config)")
    p.add_argument("--force", action="store_true", help="train even when the input hash is unchanged")
    p.add_argument("--syntax", help="put a syntax model (e.g. models/en_ewt_syntax) in front of the rules")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("agreement", help="score the second annotation pass against the first")
    p.add_argument("folder")
    p.add_argument("--json", help="also write the report as JSON")
    p.set_defaults(func=cmd_agreement)

    p = sub.add_parser("stats", help="counts per split, label, metric and source kind")
    p.add_argument("folder")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export-tasks", help="write predictions as pre-annotations for an annotation tool")
    p.add_argument("inputs", nargs="+")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--tool", choices=("labelstudio", "doccano"), default="labelstudio")
    p.add_argument("--model-version", default="relstats-0.1.0")
    model_options(p)
    p.set_defaults(func=cmd_export_tasks)

    p = sub.add_parser("convert", help="convert between FORMAT JSONL and annotation tools")
    p.add_argument("input")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--to", choices=("labelstudio", "doccano", "format"), required=True)
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("spark-extract", help="extract on Apache Spark (needs the spark extra)")
    p.add_argument("input", help="docs .jsonl, a folder of .txt files, or a Parquet dataset (id, text[, meta])")
    p.add_argument("output", help=".jsonl for table rows as JSON lines, anything else a Parquet dataset")
    p.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int,
                   help="input partitions (default: twice the default parallelism; Parquet: its own splits)")
    p.add_argument("--errors", help="failed documents JSONL (default: <output stem>.errors.jsonl when any fail)")
    model_options(p)
    p.set_defaults(func=cmd_spark_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``relstats`` and ``python -m pipeline``."""
    from pipeline.authoring import AuthoringError
    from pipeline.docs import InputError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, AuthoringError, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
