"""relstats on Spark: local[1] against local[2] on the synthetic bench set -> reports/spark.{md,json}.

    make spark-bench                                   # the trained model, 300 documents
    .venv/bin/python bench/spark_bench.py --docs 100 --model rules --out-dir /tmp/sb

Needs the spark extra (``pip install -e '.[spark]'``) and Java 17+. For each master a fresh Spark
session extracts the same documents (same partitions) twice: the first run includes starting the
Python workers and loading the pipeline in each, the second reuses the warm workers. The time is
that of materialising the extracted table (persisted), before it is sorted and collected. A
single-process ``pipeline.extract`` over the same documents is the baseline, and every Spark run's
rows are compared with its rows (numbers compared as numbers). The per-worker figures (pipeline load
seconds, peak RSS) come from the workers themselves through an accumulator; the JVM's peak RSS is
read from /proc.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import synthetic  # noqa: E402

DEFAULT_MODEL = ROOT / "models" / "relstats"


def same_rows(expected: list[dict], got: list[dict]) -> bool:
    """Row for row equal (an integral float equals the int; Spark carries numbers as doubles)."""
    return len(expected) == len(got) and all(list(a) == list(b) and a == b for a, b in zip(expected, got))


def baseline(docs: list[dict], model: str) -> tuple[dict, list[dict]]:
    import pipeline

    t0 = time.perf_counter()
    nlp = pipeline.load(rules_only=True) if model == "rules" else pipeline.load(model)
    t1 = time.perf_counter()
    rows = [row for record in pipeline.extract(docs, nlp=nlp) for row in record["rows"]]
    t2 = time.perf_counter()
    return {"load_s": t1 - t0, "extract_s": t2 - t1, "rows": len(rows), "rows_per_s": len(rows) / (t2 - t1),
            "docs_per_s": len(docs) / (t2 - t1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}, rows


def jvm_peak_rss_mb(spark) -> float | None:
    try:
        pid = spark.sparkContext._jvm.java.lang.ProcessHandle.current().pid()
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except Exception:  # noqa: BLE001 - not on Linux, or no gateway
        return None
    return None


def spark_run(master: str, docs_path: Path, n_docs: int, model: str, partitions: int, expected: list[dict]) -> dict:
    from pyspark import StorageLevel

    from pipeline.spark import (extract_dataframe, ordered, read_releases, session, statistics, stats_accumulator,
                                to_table_row)

    t0 = time.perf_counter()
    spark = session(master, app_name=f"relstats-bench-{master}", conf={"spark.ui.enabled": "false",
                                                                       "spark.sql.shuffle.partitions": str(partitions)})
    t1 = time.perf_counter()
    df, order_col = read_releases(spark, docs_path, partitions)
    df = df.cache()
    df.count()
    runs = []
    try:
        for attempt in ("cold", "warm"):
            stats = stats_accumulator(spark)
            table = extract_dataframe(df, model=None if model == "rules" else model, rules_only=model == "rules",
                                      keep_cols=[order_col], worker_stats=stats)
            table = table.persist(StorageLevel.MEMORY_AND_DISK)
            started = time.perf_counter()
            table.count()  # the extraction, once (sorting an unpersisted table would run it again to sample)
            seconds = time.perf_counter() - started
            rows = [to_table_row(r) for r in ordered(statistics(table), order_col).collect()]
            table.unpersist()
            workers = stats.value
            loads = [w["load_s"] for w in workers if w["load_s"] > 0]
            runs.append({"run": attempt, "seconds": seconds, "rows": len(rows), "rows_per_s": len(rows) / seconds,
                         "docs_per_s": n_docs / seconds, "tasks": len(workers),
                         "python_workers": len({w["pid"] for w in workers}), "pipeline_loads": len(loads),
                         "load_s": loads, "worker_peak_rss_mb": max((w["peak_rss_mb"] for w in workers), default=None),
                         "worker_peak_virtual_mb": max((w["peak_virtual_mb"] or 0 for w in workers), default=None),
                         "same_rows_as_extract": same_rows(expected, rows)})
        return {"master": master, "partitions": partitions, "session_start_s": t1 - t0, "runs": runs,
                "jvm_peak_rss_mb": jvm_peak_rss_mb(spark)}
    finally:
        spark.stop()


def python_memory_per_core_mb(peak_mb: float) -> int:
    """1.5 times the measured peak, rounded up to 128 MB."""
    return int(-(-peak_mb * 1.5 // 128) * 128)


def markdown(report: dict) -> str:
    b = report["baseline"]
    lines = [
        "# relstats on Spark: local[1] against local[2]", "",
        f"{report['date']} · {report['machine']['cpu_model']} · {report['machine']['cores']} cores · load average "
        f"{report['machine']['loadavg_start'][0]:.1f} at the start, {report['machine']['loadavg_end'][0]:.1f} at the end "
        "(the machine is shared, so absolute times are noisy) · "
        f"Spark {report['versions']['pyspark']}, Java {report['versions']['java']}, Python {report['versions']['python']}", "",
        f"Corpus: {report['documents']} synthetic releases (`bench/synthetic.py`, seed {synthetic.SEED}), "
        f"{report['characters']:,} characters; model `{report['model']}`; {report['partitions']} partitions. "
        "Command: `make spark-bench`.", "",
        "| run | wall s | rows | rows/s | docs/s | pipeline loads (s each) | peak RSS per Python worker MB | rows = extract |",
        "|---|---:|---:|---:|---:|---|---:|---|",
        f"| single process `extract` (after load) | {b['extract_s']:.1f} | {b['rows']} | {b['rows_per_s']:.0f} | "
        f"{b['docs_per_s']:.1f} | 1 ({b['load_s']:.1f}) | {b['peak_rss_mb']:.0f} | reference |",
    ]
    for s in report["spark"]:
        for r in s["runs"]:
            loads = f"{r['pipeline_loads']} ({', '.join(f'{x:.1f}' for x in r['load_s'])})" if r["load_s"] else "0 (cached)"
            lines.append(f"| {s['master']} {r['run']} | {r['seconds']:.1f} | {r['rows']} | {r['rows_per_s']:.0f} | "
                         f"{r['docs_per_s']:.1f} | {loads} | {r['worker_peak_rss_mb']:.0f} | "
                         f"{'yes' if r['same_rows_as_extract'] else 'NO'} |")
    lines += ["", "Session start (JVM and SparkContext): " + ", ".join(
        f"{s['master']} {s['session_start_s']:.1f} s" for s in report["spark"]) + "; JVM peak RSS: " + ", ".join(
        f"{s['master']} {s['jvm_peak_rss_mb']:.0f} MB" for s in report["spark"] if s["jvm_peak_rss_mb"])
              + " (the JVM starts once, with the first session; later sessions only start a SparkContext in it). "
              "*cold* runs start the Python workers and load the pipeline in each; *warm* runs reuse them.", ""]
    one = next(s for s in report["spark"] if s["master"] == "local[1]")["runs"][1]
    two = next(s for s in report["spark"] if s["master"] == "local[2]")["runs"][1]
    lines += [f"Warm speed-up local[2] / local[1]: {two['rows_per_s'] / one['rows_per_s']:.2f}x "
              f"(the ideal on {report['machine']['cores']} cores is 2x; the JVM and the driver share the same cores).", ""]
    peak = max(r["worker_peak_rss_mb"] for s in report["spark"] for r in s["runs"])
    per_core = python_memory_per_core_mb(peak)
    vpeak = max((r.get("worker_peak_virtual_mb") or 0 for s in report["spark"] for r in s["runs"]), default=0)
    lines += [
        ("Every Spark run gave exactly the rows of single-process `extract` (column *rows = extract*), "
         "whatever the partition a document landed in. " if all(
             r["same_rows_as_extract"] for s in report["spark"] for r in s["runs"]) else
         "**Some Spark runs did not give the rows of single-process `extract`** (column *rows = extract*). ")
        + "The timings are wall-clock on a shared "
        "2-core machine: with the load average above 2, the processes queue for the cores and the comparison "
        "between runs is only indicative (rerun `make spark-bench` on an idle machine for clean figures).", "",
        "## What an executor needs", "",
        "Each executor core runs one Python worker holding one copy of the pipeline (loaded once, then "
        "cached for every later task in that worker). Memory per executor = JVM heap (only Arrow batches "
        "of releases and rows pass through it: `spark.executor.memory=1g` is ample) + one Python worker per "
        "core, added to `spark.executor.memoryOverhead`. "
        f"Measured here: a Python worker (pyspark, pyarrow and the pipeline) peaks at {peak:.0f} MB RSS with "
        f"this model; with 1.5x headroom that is {per_core} MB per core, so a 4-core executor takes "
        f"`--executor-cores 4 --executor-memory 1g --conf spark.executor.memoryOverhead={4 * per_core + 384}m` "
        "(the default overhead of 384 MB included). Do not use `spark.executor.pyspark.memory` to budget "
        "it: PySpark turns it into a limit on each worker's *virtual* address space"
        + (f", which here peaks at {vpeak:.0f} MB per worker" if vpeak else "")
        + ", far above the memory it really uses. Recipe: docs/spark.md.", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--model", default=str(DEFAULT_MODEL), help="a model directory or 'rules'")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--masters", default="local[1],local[2]")
    ap.add_argument("--out-dir", default=str(ROOT / "reports"))
    ap.add_argument("--render", help="only rewrite the markdown of this spark.json")
    args = ap.parse_args(argv)
    if args.render:
        report = json.loads(Path(args.render).read_text(encoding="utf-8"))
        Path(args.render).with_suffix(".md").write_text(markdown(report), encoding="utf-8")
        return 0
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = synthetic.build(synthetic.read_annotated(ROOT / "annotations"), args.docs)
    docs_path = Path(tempfile.mkdtemp(prefix="relstats-spark-bench-")) / "docs.jsonl"
    synthetic.write_jsonl(docs, docs_path)
    model = args.model if args.model == "rules" else str(Path(args.model).resolve())
    load_start = list(os.getloadavg())
    print(f"[spark-bench] baseline: {len(docs)} documents, model {model}", file=sys.stderr, flush=True)
    base, expected = baseline(docs, model)
    results = []
    try:
        for master in args.masters.split(","):
            print(f"[spark-bench] {master}", file=sys.stderr, flush=True)
            results.append(spark_run(master, docs_path, len(docs), model, args.partitions, expected))
    finally:
        shutil.rmtree(docs_path.parent)
    from importlib.metadata import version

    java = os.popen("java -version 2>&1").read().split("\n")[0]
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.lower().startswith("model name")), "unknown")
    report = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": {"cpu_model": cpu, "cores": os.cpu_count(), "loadavg_start": load_start,
                    "loadavg_end": list(os.getloadavg()), "platform": platform.platform()},
        "versions": {"python": platform.python_version(), "pyspark": version("pyspark"), "spacy": version("spacy"),
                     "java": java.split('"')[1] if '"' in java else java},
        "documents": len(docs), "characters": sum(len(d["text"]) for d in docs),
        "model": "rules" if model == "rules" else os.path.relpath(model, ROOT), "partitions": args.partitions,
        "baseline": base, "spark": results,
    }
    (out_dir / "spark.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    (out_dir / "spark.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    return 0 if all(r["same_rows_as_extract"] for s in results for r in s["runs"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
