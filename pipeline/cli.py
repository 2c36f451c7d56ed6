"""Command line: ``python -m pipeline`` (also installed as ``relstats``).

    relstats extract INPUT... -o OUT [-o OUT2] [--format docs|table-csv|table-jsonl|html] [--gold GOLD.jsonl]
                     [--n-process N] [--quiet|--verbose]
    relstats evaluate GOLD.jsonl [--pred PRED.jsonl] [--json REPORT.json] [--rules-only]
    relstats compile annotations/        # annotations/src/*.ann -> annotations/{train,dev,test}.jsonl
    relstats validate annotations/
    relstats stats annotations/
    relstats export-tasks INPUT... -o tasks.json [--tool labelstudio|doccano]
    relstats convert IN -o OUT --to T    # FORMAT JSONL <-> spaCy DocBin / Label Studio JSON / doccano JSONL
    relstats spark-extract INPUT OUTPUT [--master URL] [--partitions N]   # needs relstats[spark]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from pipeline.outputs import FORMATS


def _load_nlp(args):
    from pipeline.language import load

    return load(getattr(args, "model", None), rules_only=getattr(args, "rules_only", False))


def _positive(name: str, value: int) -> None:
    if value < 1:
        raise UsageError(f"{name} must be at least 1, not {value}")


class UsageError(ValueError):
    """Arguments that cannot work together; reported before any work."""


def cmd_extract(args) -> int:
    from itertools import islice

    from pipeline.docs import check_encoding, list_input_files, read_documents
    from pipeline.outputs import RunOutputs, plan_outputs
    from pipeline.progress import progress, summary_line
    from pipeline.runner import Limits, as_document, error_record, is_error, run

    _set_verbosity(args)
    for name in ("n_process", "batch_size", "max_chars", "chunk_chars"):
        _positive("--" + name.replace("_", "-"), getattr(args, name))
    encoding = check_encoding(args.encoding)
    files = list_input_files(args.inputs)
    targets = plan_outputs(args.output, args.format, files, args.inputs)
    limits = Limits(max_chars=args.max_chars, chunk_chars=args.chunk_chars)
    gold = None
    if args.gold:
        from pipeline.docs import read_jsonl

        gold = {doc["id"]: doc for doc in read_jsonl(args.gold)}
    nlp = _load_nlp(args)
    fingerprint = {"inputs": [[str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns] for p in files], "outputs": [[str(t.path.resolve()), t.format] for t in targets],
                   "model": args.model, "rules_only": args.rules_only, "encoding": encoding,
                   "max_chars": limits.max_chars, "chunk_chars": limits.chunk_chars}
    outputs = RunOutputs(targets, fingerprint, gold=list(gold.values()) if gold is not None else None)
    note = outputs.start(args.resume)
    if note:
        print(note, file=sys.stderr)
    documents = (as_document(doc, k) for k, doc in enumerate(read_documents(args.inputs, encoding, files)))
    started, chars = time.perf_counter(), 0
    records = run(nlp, islice(documents, outputs.done, None), batch_size=args.batch_size, n_process=args.n_process,
                  limits=limits)
    try:
        for record in progress(records, total=len(files) if all(f.suffix == ".txt" for f in files) else None,
                               desc="extract"):
            if not is_error(record):
                try:
                    n_rows = outputs.write(record)
                    chars += len(record["text"])
                    if args.verbose:
                        print(f"{record['id']}: {sum(s['label'] == 'QUANTITY' for s in record['spans'])} figures, "
                              f"{n_rows} rows", file=sys.stderr)
                    if gold is not None and record["id"] in gold:
                        from pipeline.scoring import score

                        outputs.counts["warnings"] = outputs.counts.get("warnings", 0) + len(
                            score([gold[record["id"]]], [record])["errors"])
                except ValueError as err:
                    record = error_record({"id": record["id"]}, f"cannot be written: {err}", type(err).__name__)
            if is_error(record):
                where = f"{record['file']}:{record['line']}" if record.get("line") else record.get("file") or "input"
                which = "" if record["id"] is None else f"document {record['id']!r}: "
                print(f"error: {where}: {which}{record['reason']} [{record['exception']}]"
                      + ("" if args.strict else "; skipped"), file=sys.stderr)
                if args.strict:
                    outputs.abandon()
                    print("stopped at the first failure (--strict); no output written", file=sys.stderr)
                    return 1
                outputs.write(record)
            outputs.document_done()
    except OSError as err:  # e.g. the disk is full: keep what is written for --resume
        try:
            outputs.close()
        except OSError:
            pass
        print(f"error: cannot write the outputs ({err.strerror or err}); the .part files and the checkpoint are "
              f"kept: fix the cause and run the same command with --resume", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        outputs.close()
        print(f"interrupted after {outputs.done} documents; run the same command with --resume to continue",
              file=sys.stderr)
        return 130
    except BaseException:
        outputs.close()
        raise
    outputs.finish()
    elapsed = time.perf_counter() - started
    c = outputs.counts
    if not args.quiet:
        print(f"{summary_line(c['documents'], c['quantities'], c.get('warnings', 0), chars, elapsed)}; "
              f"{c['rows']} table rows -> {', '.join(args.output)}", file=sys.stderr)
    if c["errors"]:
        print(f"{c['errors']} documents failed and were skipped; see {outputs.errors_path}", file=sys.stderr)
        return 1
    return 0


def _set_verbosity(args) -> None:
    import pipeline.progress

    pipeline.progress.QUIET = bool(getattr(args, "quiet", False))


def verbosity_options(p) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    group.add_argument("-v", "--verbose", action="store_true", help="a line per document")


def cmd_evaluate(args) -> int:
    from pipeline import extract, is_error
    from pipeline.docs import read_jsonl, read_predictions
    from pipeline.scoring import format_report, score

    from pipeline.progress import progress, summary_line

    _set_verbosity(args)
    gold = read_jsonl(args.gold)
    started = time.perf_counter()
    failed = []
    if args.pred:
        pred = read_predictions(args.pred, gold, allow_missing=args.allow_missing)
        missing = len({d["id"] for d in gold} - {d["id"] for d in pred})
        if missing:
            print(f"warning: {missing} gold documents have no prediction and are scored as predicting nothing",
                  file=sys.stderr)
    else:
        nlp = _load_nlp(args)
        inputs = [{"id": d["id"], "text": d["text"], "meta": d.get("meta", {})} for d in gold]
        pred = list(progress(extract(inputs, nlp=nlp), total=len(inputs), desc="evaluate"))
        failed = [p for p in pred if is_error(p)]
        for record in failed:
            print(f"error: document {record['id']!r}: {record['reason']} [{record['exception']}]; scored as "
                  f"predicting nothing", file=sys.stderr)
        pred = [dict(id=p["id"], text=d["text"], spans=[], relations=[]) if is_error(p) else p
                for p, d in zip(pred, gold)]
    report = score(gold, pred)
    print(format_report(report))
    if args.errors:
        _print_error_types(report, "Most frequent error types", args.errors)
    _write_report(report, args.json)
    if not args.quiet:
        figures = sum(1 for d in pred for s in d.get("spans", []) if s.get("label") == "QUANTITY")
        print(summary_line(len(pred), figures, len(report["errors"]), sum(len(d["text"]) for d in gold),
                           time.perf_counter() - started), file=sys.stderr)
    return 1 if failed else 0


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

    overrides = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"error: --set takes SECTION.KEY=VALUE, not {item!r}")
        overrides[key.strip()] = json.loads(value) if value.strip()[:1] in "-0123456789[{tfn\"" else value
    _set_verbosity(args)
    build(Path(args.output), seed=args.seed, fraction=args.fraction, max_steps=args.max_steps, force=args.force,
          syntax=Path(args.syntax) if args.syntax else None, spans=args.spans or bool(args.spans_from), overrides=overrides,
          spans_from=Path(args.spans_from) if args.spans_from else None)
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
    from pipeline import extract, is_error
    from pipeline.convert import to_doccano, to_labelstudio
    from pipeline.docs import read_inputs, write_jsonl

    documents = list(read_inputs(args.inputs))
    nlp = _load_nlp(args)
    records = []
    for record in extract(documents, nlp=nlp):
        if is_error(record):
            print(f"error: document {record['id']!r}: {record['reason']} [{record['exception']}]; skipped",
                  file=sys.stderr)
            continue
        record.pop("rows")
        records.append(record)
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
    if args.to == "spacy" or src.suffix == ".spacy":
        return _convert_docbin(src, out, args.to)
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


def _convert_docbin(src: Path, out: Path, to: str) -> int:
    """FORMAT §2 JSONL -> DocBin (``--to spacy``), or DocBin -> FORMAT §2 JSONL (``--to format``)."""
    from pipeline.convert.spacy_docbin import docbin_to_records, records_to_docbin
    from pipeline.docs import read_jsonl, write_jsonl
    from pipeline.language import rules_pipeline

    nlp = rules_pipeline()
    if to == "spacy":
        if src.suffix == ".spacy":
            raise SystemExit(f"error: {src} is a DocBin already; use --to format")
        n = records_to_docbin(nlp, read_jsonl(src), out)
    elif to == "format":
        n = write_jsonl(docbin_to_records(nlp, src), out)
    else:
        raise SystemExit(f"error: a DocBin converts to 'format' only, not {to!r}")
    print(f"{src} -> {out} ({n} documents)")
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
        p.add_argument("--model", help="model directory (default: the trained model, models/relstats)")
        p.add_argument("--rules-only", action="store_true", help="run without any trained component")

    p = sub.add_parser("extract", help="extract statistics from releases")
    p.add_argument("inputs", nargs="+", help=".txt files, folders of them, or docs .jsonl")
    p.add_argument("-o", "--output", action="append", required=True, help="output file (repeatable)")
    p.add_argument("--format", choices=FORMATS, help="output format (default: from the extension)")
    p.add_argument("--n-process", type=int, default=1, help="worker processes (forked after loading)")
    p.add_argument("--batch-size", type=int, default=4,
                   help="documents per batch (small batches keep the span proposer's memory low)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run from its checkpoint")
    p.add_argument("--strict", action="store_true", help="stop at the first document that fails")
    p.add_argument("--encoding", help="encoding of the input files (default: UTF-8, or as their byte-order mark says)")
    p.add_argument("--max-chars", type=int, default=5_000_000, help="refuse documents longer than this")
    p.add_argument("--chunk-chars", type=int, default=10_000,
                   help="process longer documents in pieces of at most this many characters, cut at paragraphs")
    p.add_argument("--gold", help="gold FORMAT JSONL: mark every error in the HTML report")
    model_options(p)
    verbosity_options(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score predictions against gold annotations (FORMAT §6)")
    p.add_argument("gold")
    p.add_argument("--pred", help="predictions JSONL (default: run the pipeline on the gold texts)")
    p.add_argument("--allow-missing", action="store_true",
                   help="score gold documents without a prediction as predicting nothing (else an error)")
    p.add_argument("--json", help="also write the report as JSON")
    p.add_argument("--errors", type=int, default=10, help="list the N most frequent error types")
    model_options(p)
    verbosity_options(p)
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
    p.add_argument("--spans", action="store_true",
                   help="also train a spancat span proposer (spacy train configs/spans.cfg) and source it in; off by "
                        "default: it costs 40%% of the extraction time and no longer pays (README, Trained components)")
    p.add_argument("--spans-from", help="reuse a span proposer trained before (a spacy train output such as "
                                        "training/seed0-f1.0/spans/model-best) instead of training one")
    p.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                   help="override a setting of configs/relstats.cfg (repeatable), e.g. "
                        "components.relstats_relation_model.threshold=0.4")
    verbosity_options(p)
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

    p = sub.add_parser("convert", help="convert between FORMAT JSONL, spaCy DocBin and annotation tools")
    p.add_argument("input")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--to", choices=("labelstudio", "doccano", "format", "spacy"), required=True,
                   help="spacy: a DocBin (.spacy) for nlp.evaluate / spacy evaluate; format: FORMAT JSONL")
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
    from pipeline.language import ModelError
    from pipeline.outputs import OutputError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, OutputError, UsageError, AuthoringError, FileNotFoundError, ModelError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
