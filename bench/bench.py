"""relstats benchmark: accuracy and speed against quantulum3, scaling and a profile.

    bash bench/run.sh            # full run -> reports/bench.md, reports/bench.json
    bash bench/run.sh --smoke    # relstats half only, tiny corpus, 1 run, report in a temp dir
    .venv/bin/python bench/bench.py worker DOCS.jsonl --timings T.json [--output P.jsonl] ...

Every measurement runs in a fresh worker process, one tool per process: relstats in this
interpreter (``bench.py worker``), quantulum3 in ``.venv-bench`` (``quantulum_worker.py``). A fresh
process per run is what makes the model load time and the OS peak RSS (``ru_maxrss``) honest; the
figures reported are medians over the runs. Throughput is measured after loading.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import synthetic  # noqa: E402

DEFAULT_MODEL = ROOT / "models" / "relstats"  # where pipeline.load() looks (pipeline.language.DEFAULT_MODEL)
BENCH_PYTHON = ROOT / ".venv-bench" / "bin" / "python"
WORKER_TIMEOUT_S = 3600
TARGETS = {"speed_ratio": 10.0, "peak_rss_mb": 500.0, "load_s": 2.0}
FULL = {"docs": 2000, "runs": 3, "quantulum_docs": 200, "sizes": [100, 200, 1000, 2000],
        "n_process": [1, 2], "profile_docs": 300, "accuracy_docs": None}
SMOKE = {"docs": 4, "runs": 1, "quantulum_docs": 0, "sizes": [2, 4],
         "n_process": [1, 2], "profile_docs": 4, "accuracy_docs": 3}


# --- the relstats worker -----------------------------------------------------------------------


def worker(argv) -> int:
    ap = argparse.ArgumentParser(prog="bench.py worker")
    ap.add_argument("docs")
    ap.add_argument("--timings", required=True)
    ap.add_argument("--output")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--model", default="rules", help="'rules' (rules only) or a model directory")
    ap.add_argument("--profile", help="write cProfile stats of the extraction here")
    args = ap.parse_args(argv)
    docs = read_jsonl(args.docs)[: args.limit] if args.limit else read_jsonl(args.docs)
    docs = [{"id": d["id"], "text": d["text"], "meta": d.get("meta") or {}} for d in docs]
    import resource

    t0 = time.perf_counter()
    import pipeline

    t1 = time.perf_counter()
    nlp = pipeline.load(rules_only=True) if args.model == "rules" else pipeline.load(args.model)
    t2 = time.perf_counter()
    run = lambda: list(pipeline.extract(docs, nlp=nlp, batch_size=args.batch_size, n_process=args.n_process))  # noqa: E731
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        records = profiler.runcall(run)
        profiler.dump_stats(args.profile)
    else:
        records = run()
    t3 = time.perf_counter()
    chars, seconds = sum(len(d["text"]) for d in docs), t3 - t2
    timings = {
        "tool": "relstats",
        "documents": len(docs),
        "characters": chars,
        "n_process": args.n_process,
        "batch_size": args.batch_size,
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "extract_s": seconds,
        "chars_per_s": chars / seconds if seconds else 0.0,
        "docs_per_s": len(docs) / seconds if seconds else 0.0,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "model": args.model,
        "pipe_names": list(nlp.pipe_names),
        "profiled": bool(args.profile),
    }
    if args.output:
        for record in records:
            record.pop("rows", None)
        write_jsonl(records, args.output)
    Path(args.timings).write_text(json.dumps(timings, indent=2), encoding="utf-8")
    return 0


# --- helpers -----------------------------------------------------------------------------------


def read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(docs, path) -> None:
    Path(path).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def run_worker(tool: str, docs_path, work: Path, tag: str, output=False, **options) -> dict:
    """Run one worker process; return its timings (and predictions under ``_predictions``)."""
    timings, preds = work / f"{tag}.timings.json", work / f"{tag}.pred.jsonl"
    if tool == "relstats":
        cmd = [sys.executable, str(HERE / "bench.py"), "worker", str(docs_path)]
    else:
        cmd = [str(BENCH_PYTHON), str(HERE / "quantulum_worker.py"), str(docs_path)]
    cmd += ["--timings", str(timings)] + (["--output", str(preds)] if output else [])
    for name, value in options.items():
        if value is not None:
            cmd += [f"--{name.replace('_', '-')}", str(value)]
    print(f"[bench] {tool} {tag}: {' '.join(cmd[2:])}", file=sys.stderr, flush=True)
    done = subprocess.run(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True, timeout=WORKER_TIMEOUT_S)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise WorkerError(lines[-1] if lines else f"exit status {done.returncode}")
    result = json.loads(timings.read_text(encoding="utf-8"))
    if output:
        result["_predictions"] = read_jsonl(preds)
    return result


class WorkerError(RuntimeError):
    """A worker process exited with an error (its last stderr line is the message)."""


def summarize(runs: list[dict]) -> dict:
    """Medians of the numeric fields of several worker timings, with the runs themselves."""
    keys = [k for k, v in runs[0].items() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    out = {k: v for k, v in runs[0].items() if k not in keys}
    out.update({k: statistics.median(r[k] for r in runs) for k in keys})
    out["runs"] = len(runs)
    out["per_run"] = [{k: r[k] for k in ("chars_per_s", "docs_per_s", "load_s", "peak_rss_mb")} for r in runs]
    return out


def quantity_only(doc: dict) -> dict:
    spans = [s for s in doc.get("spans") or [] if s.get("label") == "QUANTITY"]
    return {"id": doc["id"], "text": doc["text"], "spans": spans, "relations": []}


def accuracy_summary(report: dict) -> dict:
    q, a = report["quantity"], report["attributes"]
    pick = lambda t: {k: t[k] for k in ("p", "r", "f1", "tp", "fp", "fn")}  # noqa: E731
    return {"documents": report["documents"], "exact": pick(q["exact"]), "lenient": pick(q["lenient"]),
            "value": a["value"], "unit": a["unit"]}


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu_model": cpu, "cores": os.cpu_count(), "loadavg_start": list(os.getloadavg()),
            "platform": platform.platform()}


def versions(with_quantulum: bool) -> dict:
    from importlib.metadata import version

    out = {"python": platform.python_version(), "spacy": version("spacy"), "relstats": version("relstats"),
           "scikit-learn (relstats env)": version("scikit-learn")}
    if with_quantulum:
        code = ("import json, platform; from importlib.metadata import version as v; print(json.dumps({"
                "'quantulum3': v('quantulum3'), 'scikit-learn (bench env)': v('scikit-learn'), "
                "'python (bench env)': platform.python_version()}))")
        out.update(json.loads(subprocess.run([str(BENCH_PYTHON), "-c", code], check=True, capture_output=True,
                                             text=True).stdout))
    return out


def profile_tables(path, n: int = 15) -> dict:
    import pstats

    stats = pstats.Stats(str(path)).stats
    rows = []
    for (filename, line, func), (cc, nc, tt, ct, _callers) in stats.items():
        own = filename.startswith(str(ROOT / "pipeline"))
        if "site-packages/" in filename:
            where = filename.split("site-packages/", 1)[1]
        elif filename.startswith(str(ROOT)):
            where = os.path.relpath(filename, ROOT)
        elif "/lib/python3" in filename:
            where = filename.split("/lib/python3", 1)[1].split("/", 1)[-1]
        else:
            where = filename
        name = f"{where}:{line}({func})" if where != "~" else func
        rows.append({"function": name, "ncalls": nc if nc == cc else f"{nc}/{cc}", "tottime": tt,
                     "cumtime": ct, "own": own})
    by = lambda key: sorted(rows, key=lambda r: -r[key])  # noqa: E731
    return {"cumulative": by("cumtime")[:n], "tottime": by("tottime")[:n],
            "own_by_tottime": [r for r in by("tottime") if r["own"]][:n],
            "total_s": max((r["cumtime"] for r in rows), default=0.0)}


# --- the benchmark -----------------------------------------------------------------------------


def resolve_model(choice: str | None, work: Path) -> tuple[str, str]:
    """(worker --model argument, description). ``None`` means what pipeline.load() would load now:
    the trained model in models/relstats when present (copied, so a retraining during the run
    cannot change it), else the rules-only pipeline."""
    if choice == "rules" or (choice is None and not (DEFAULT_MODEL / "config.cfg").exists()):
        return "rules", "rules only (pipeline.load() finds no trained model)" if choice is None else "rules only"
    source = Path(choice) if choice else DEFAULT_MODEL
    copy = work / "model"
    shutil.copytree(source, copy)
    meta = json.loads((source / "meta.json").read_text(encoding="utf-8")) if (source / "meta.json").exists() else {}
    when = dt.datetime.fromtimestamp((source / "config.cfg").stat().st_mtime).astimezone().isoformat(timespec="seconds")
    return str(copy), f"trained model {os.path.relpath(source, ROOT)} (version {meta.get('version', '?')}, saved {when})"


def bench(cfg: dict, smoke: bool, work: Path, model: str | None) -> dict:
    result = {"mode": "smoke" if smoke else "full", "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
              "machine": machine(), "versions": versions(with_quantulum=not smoke), "config": cfg}
    started = time.perf_counter()
    model_arg, model_text = resolve_model(model, work)
    # variant name -> worker --model; the rules-only pipeline is measured too when the default is a trained model
    variants = {"relstats": model_arg}
    if model_arg != "rules" and not smoke:
        variants["rules"] = "rules"
    result["models"] = {"relstats": model_text, **({"rules": "rules only"} if "rules" in variants else {})}

    # accuracy on the annotated test split
    gold = read_jsonl(ROOT / "annotations" / "test.jsonl")[: cfg["accuracy_docs"]]
    inputs = work / "test-inputs.jsonl"
    write_jsonl([{"id": d["id"], "text": d["text"], "meta": d.get("meta") or {}} for d in gold], inputs)
    from pipeline.scoring import error_summary, score

    gold_q = [quantity_only(d) for d in gold]
    accuracy = {}
    for name, arg in variants.items():
        pred = run_worker("relstats", inputs, work, f"accuracy-{name}", output=True, model=arg)["_predictions"]
        accuracy[name] = accuracy_summary(score(gold_q, [quantity_only(d) for d in pred]))
        full = score(gold, pred)
        accuracy[f"{name}_full"] = {k: full[k] for k in ("documents", "quantity", "attributes", "spans", "relations", "records")}
        accuracy[f"{name}_full"]["top_errors"] = [{"type": e["type"], "count": e["count"]} for e in error_summary(full)]
    if not smoke:
        qpred = run_worker("quantulum3", inputs, work, "accuracy-quantulum3", output=True)["_predictions"]
        accuracy["quantulum3"] = accuracy_summary(score(gold_q, qpred))
    result["accuracy"] = accuracy

    # the synthetic corpus
    source = synthetic.read_annotated(ROOT / "annotations")
    corpus = synthetic.build(source, cfg["docs"], seed=synthetic.SEED)
    corpus_path = work / "synthetic.jsonl"
    synthetic.write_jsonl(corpus, corpus_path)
    chars = sum(len(d["text"]) for d in corpus)
    result["corpus"] = {"seed": synthetic.SEED, "documents": len(corpus), "characters": chars,
                        "mean_chars_per_doc": chars / len(corpus), "built_from": len(source)}

    # speed and scaling; runs interleaved so that a change in background load hits every configuration
    n = cfg["docs"]
    configs = {f"relstats-{k}": ("relstats", {"limit": k, "n_process": 1, "model": model_arg}) for k in cfg["sizes"]}
    for p in cfg["n_process"]:
        if p != 1:
            configs[f"relstats-np{p}"] = ("relstats", {"limit": n, "n_process": p, "model": model_arg})
    if "rules" in variants:
        configs[f"rules-{n}"] = ("relstats", {"limit": n, "n_process": 1, "model": "rules"})
    if cfg["quantulum_docs"]:
        configs["quantulum3"] = ("quantulum3", {"limit": cfg["quantulum_docs"]})
    measured, failed = {name: [] for name in configs}, {}
    for k in range(cfg["runs"]):
        for name, (tool, options) in configs.items():
            if name in failed:
                continue
            try:
                measured[name].append(run_worker(tool, corpus_path, work, f"speed-{name}-{k}", **options))
            except (WorkerError, subprocess.TimeoutExpired) as err:
                if name in (f"relstats-{n}", f"rules-{n}"):
                    raise
                failed[name] = str(err)
    summaries = {}
    for name, (tool, options) in configs.items():
        if measured[name]:
            summaries[name] = summarize(measured[name])
        else:
            summaries[name] = {"tool": tool, "documents": options["limit"], "n_process": options.get("n_process", 1),
                               "error": failed.get(name, "not run")}
    speed = {"relstats": summaries[f"relstats-{n}"]}
    if "rules" in variants:
        speed["rules"] = summaries[f"rules-{n}"]
    if cfg["quantulum_docs"]:
        speed["quantulum3"] = summaries["quantulum3"]
        if f"relstats-{cfg['quantulum_docs']}" in summaries:
            speed["relstats_on_quantulum_subset"] = summaries[f"relstats-{cfg['quantulum_docs']}"]
    result["speed"] = speed
    result["scaling"] = {
        "documents": [summaries[f"relstats-{k}"] for k in cfg["sizes"]],
        "n_process": [summaries[name] for name in configs if name == f"relstats-{n}" or "-np" in name],
    }

    # profile
    prof = work / "relstats.prof"
    run_worker("relstats", corpus_path, work, "profile", limit=cfg["profile_docs"], profile=prof, model=model_arg)
    result["profile"] = {"documents": min(cfg["profile_docs"], len(corpus)), **profile_tables(prof)}

    result["targets"] = targets(result)
    result["machine"]["loadavg_end"] = list(os.getloadavg())
    result["elapsed_s"] = time.perf_counter() - started
    return result


def targets(result: dict) -> list[dict]:
    """The issue's targets for the default relstats pipeline and, when measured, the rules-only one."""
    speed, out = result["speed"], []
    for variant in [v for v in ("relstats", "rules") if v in speed]:
        rel = speed[variant]
        who = "rules only" if variant == "rules" or rel["model"] == "rules" else "default (trained model)"
        if "chars_per_s" in speed.get("quantulum3", {}):
            ratio = rel["chars_per_s"] / speed["quantulum3"]["chars_per_s"]
            out.append({"variant": who, "target": "chars/s >= 10x quantulum3", "value": ratio,
                        "limit": TARGETS["speed_ratio"], "pass": ratio >= TARGETS["speed_ratio"],
                        "margin": f"{ratio:.2f}x of 10x: " + ("met" if ratio >= 10 else f"needs {10 / ratio:.1f}x faster")})
        procs = [rel]
        if variant == "relstats":
            procs = [s for s in result["scaling"]["n_process"] + result["scaling"]["documents"] if "error" not in s]
        rss = max(max(s["peak_rss_mb"], s.get("children_peak_rss_mb", 0.0)) for s in procs)
        out.append({"variant": who, "target": "peak RSS < 500 MB per process", "value": rss,
                    "limit": TARGETS["peak_rss_mb"], "pass": rss < TARGETS["peak_rss_mb"],
                    "margin": f"{TARGETS['peak_rss_mb'] - rss:+.0f} MB headroom"})
        out.append({"variant": who, "target": "pipeline.load() < 2 s", "value": rel["load_s"],
                    "limit": TARGETS["load_s"], "pass": rel["load_s"] < TARGETS["load_s"],
                    "margin": f"{TARGETS['load_s'] - rel['load_s']:+.2f} s headroom"})
    return out


# --- the report --------------------------------------------------------------------------------


def table(header, rows) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows])


def markdown(r: dict) -> str:
    m, v, acc, speed = r["machine"], r["versions"], r["accuracy"], r["speed"]
    tools = [t for t in ("relstats", "rules", "quantulum3") if t in acc]
    label = {"relstats": "relstats", "rules": "relstats, rules only", "quantulum3": "quantulum3"}
    out = [f"# relstats benchmark ({r['mode']})", "",
           f"Date {r['date']}; CPU {m['cpu_model']}, {m['cores']} cores; load average at start "
           f"{' / '.join(f'{x:.2f}' for x in m['loadavg_start'])} (1/5/15 min), at end "
           f"{' / '.join(f'{x:.2f}' for x in m['loadavg_end'])}. A load average near the core count means another job "
           "shared the machine, and every speed figure below is lower than on an idle one.", "",
           "Versions: " + ", ".join(f"{k} {x}" for k, x in v.items()) + ".", "",
           f"relstats means what `pipeline.load()` loads: {r['models']['relstats']} with the pipes "
           f"{', '.join(speed['relstats']['pipe_names'])}."
           + (" Since that is a trained model, the rules-only pipeline (`pipeline.load(rules_only=True)`) is measured "
              "too, for accuracy and for speed on the whole corpus (rows 'relstats, rules only')." if "rules" in speed
              else ""), "",
           "Produced by `bash bench/run.sh` (bench/bench.py). Every figure below comes from fresh worker processes, "
           "one tool per process; speed figures are medians of "
           f"{r['config']['runs']} runs, timed after the model is loaded; load time excludes imports (shown apart).", "",
           "## Accuracy on annotations/test.jsonl (QUANTITY spans only)", "",
           "Both tools are scored with `pipeline.scoring.score` on gold and predictions stripped to QUANTITY spans "
           "(no relations). Value and unit accuracy are over the quantities matched leniently. quantulum3's output "
           "goes through bench/quantulum_adapter.py (unit names mapped to ours; it has no counted-noun units, "
           "and nothing it finds is filtered).", ""]
    rows = []
    for t in tools:
        a = acc[t]
        rec = acc.get(f"{t}_full", {}).get("records")
        rows.append([label[t], f"{a['exact']['p']:.3f}", f"{a['exact']['r']:.3f}", f"{a['exact']['f1']:.3f}",
                     f"{a['lenient']['p']:.3f}", f"{a['lenient']['r']:.3f}", f"{a['lenient']['f1']:.3f}",
                     f"{a['value']['accuracy']:.3f} ({a['value']['correct']}/{a['value']['total']})",
                     f"{a['unit']['accuracy']:.3f} ({a['unit']['correct']}/{a['unit']['total']})",
                     f"{rec['accuracy']:.3f}" if rec else "n/a"])
    out += [table(["tool", "exact P", "exact R", "exact F1", "lenient P", "lenient R", "lenient F1", "value acc",
                   "unit acc", "record acc (all spans+relations)"], rows), ""]
    full = acc["relstats_full"]
    rel_rows = [[k, f"{x['p']:.3f}", f"{x['r']:.3f}", f"{x['f1']:.3f}"] for k, x in full["relations"].items()]
    rel_rows += [[f"{k} span", f"{x['p']:.3f}", f"{x['r']:.3f}", f"{x['f1']:.3f}"] for k, x in full["spans"].items()]
    attrs = ", ".join(f"{k} {x['accuracy']:.3f}" for k, x in full["attributes"].items())
    rec = full["records"]
    out += ["relstats' own full scores on the same documents (all spans and relations): record accuracy "
            f"**{rec['accuracy']:.3f}** ({rec['correct']}/{rec['total']}); attributes: {attrs}.", "",
            table(["relation / span", "P", "R", "F1"], rel_rows), "",
            "Most frequent errors: " + ", ".join(f"{e['type']} {e['count']}" for e in full["top_errors"]) + ".", ""]

    out += ["## Speed on the synthetic corpus", "",
            f"{r['corpus']['documents']} synthetic releases ({r['corpus']['characters']:,} characters, "
            f"{r['corpus']['mean_chars_per_doc']:.0f} per document) built by bench/synthetic.py with seed "
            f"{r['corpus']['seed']} from the {r['corpus']['built_from']} annotated releases (paragraphs shuffled "
            "across documents, numbers scaled by random factors in [0.9, 1.1]).", ""]
    rows = []
    for key, name in (("relstats", "relstats"), ("rules", "relstats, rules only"),
                      ("relstats_on_quantulum_subset", "relstats (quantulum3's subset)"), ("quantulum3", "quantulum3")):
        if key in speed and "error" in speed[key]:
            rows.append([name, speed[key]["documents"], "failed: " + speed[key]["error"], "", "", "", "", ""])
        elif key in speed:
            s = speed[key]
            rows.append([name, s["documents"], f"{s['chars_per_s']:,.0f}", f"{s['docs_per_s']:.2f}",
                         f"{s['load_s']:.2f}", f"{s['import_s']:.2f}", f"{s['peak_rss_mb']:.0f}", s["runs"]])
    out += [table(["tool", "docs", "chars/s", "docs/s", "load s", "import s", "peak RSS MB", "runs"], rows), ""]
    if "quantulum3" in speed:
        out += [f"quantulum3 is timed on the first {speed['quantulum3']['documents']} documents of the corpus only "
                "(it is slow); relstats on all of them, and on the same subset in the row 'relstats (quantulum3's subset)'. quantulum3's load "
                "time covers its unit and entity tables, its bundled classifier and one warm-up parse.", ""]

    out += ["## Scaling (relstats)", "", "Documents are prefixes of the synthetic corpus; n_process 1; "
            f"{r['models']['relstats']}.", ""]
    docs_rows = r["scaling"]["documents"]
    base = docs_rows[-1]["chars_per_s"]
    out += [table(["documents", "characters", "extract s", "chars/s", "docs/s", "relative chars/s", "peak RSS MB"],
                  [[s["documents"], f"{s['characters']:,}", f"{s['extract_s']:.2f}", f"{s['chars_per_s']:,.0f}",
                    f"{s['docs_per_s']:.2f}", f"{s['chars_per_s'] / base:.2f}", f"{s['peak_rss_mb']:.0f}"]
                   for s in docs_rows]), ""]
    spread = max(s["chars_per_s"] for s in docs_rows) / min(s["chars_per_s"] for s in docs_rows)
    out += [f"Throughput varies by a factor of {spread:.2f} across sizes: cost grows "
            + ("linearly with the input (within 15%)." if spread <= 1.15 else "non-linearly; see the table.")
            + " Peak RSS grows with the corpus partly because the worker, like `relstats extract`, keeps every output "
            "record until the end (rules only, 1,000 documents: 181 MB kept vs 131 MB when records are dropped).", ""]
    np_rows = r["scaling"]["n_process"]
    one = np_rows[0]["chars_per_s"]
    rows = []
    for s in np_rows:
        how = f"n_process {s['n_process']}"
        if "error" in s:
            rows.append([how, s["documents"], "failed", "", "", "", "", s["error"]])
            continue
        rows.append([how, s["documents"], f"{s['extract_s']:.2f}", f"{s['chars_per_s']:,.0f}",
                     f"{s['chars_per_s'] / one:.2f}x", f"{s['peak_rss_mb']:.0f}", f"{s['children_peak_rss_mb']:.0f}", ""])
    out += [table(["how", "documents", "extract s", "chars/s", "speed-up", "main RSS MB", "children peak RSS MB",
                   "error"], rows), "",
            "`n_process` is passed to `pipeline.extract`, whose one process pool (pipeline/runner.py, the same as "
            "`relstats extract --n-process`) forks workers after loading; they return plain FORMAT §2 records in "
            "input order, and a worker that dies is detected and its documents retried once. 'children peak RSS' "
            "is the largest child process (RUSAGE_CHILDREN). On a 2-core machine that is also running another job "
            "the speed-up is capped.", ""]

    p = r["profile"]
    out += ["## Profile (relstats, cProfile)", "",
            f"{p['documents']} synthetic documents, n_process 1, {r['models']['relstats']}, {p['total_s']:.1f} s under "
            "the profiler. "
            "Rows marked * are relstats' own code (pipeline/).", ""]
    for key, title in (("cumulative", "Top 15 by cumulative time"), ("tottime", "Top 15 by total (own) time"),
                       ("own_by_tottime", "relstats' own functions by total time")):
        out += [f"### {title}", "", table(["", "function", "ncalls", "tottime s", "cumtime s"],
                                          [["*" if x["own"] else "", f"`{x['function']}`", x["ncalls"],
                                            f"{x['tottime']:.3f}", f"{x['cumtime']:.3f}"] for x in p[key]]), ""]

    out += ["## Targets from the issue", "",
            table(["relstats", "target", "measured", "result", "by how much"],
                  [[t["variant"], t["target"], f"{t['value']:.2f}", "pass" if t["pass"] else "**miss**", t["margin"]]
                   for t in r["targets"]]), "",
            "Peak RSS for the default pipeline is the largest over every configuration measured (each the median of its "
            "runs, forked workers included); load time is the median of pipeline.load() over the runs on the whole "
            "synthetic corpus. The speed ratio compares relstats on all documents with quantulum3 on its subset.",
            "", f"Total benchmark time: {r['elapsed_s']:.0f} s.", ""]
    return "\n".join(out)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["worker"]:
        return worker(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--smoke", action="store_true", help="relstats only, tiny corpus, 1 run, temp output dir")
    ap.add_argument("--out-dir", help="where bench.md and bench.json go (default reports/, or a temp dir with --smoke)")
    ap.add_argument("--model", help="relstats model: a model directory or 'rules' (default: what pipeline.load() "
                    "loads, i.e. models/relstats when it exists, else rules only)")
    ap.add_argument("--runs", type=int)
    ap.add_argument("--docs", type=int, help="synthetic corpus size")
    ap.add_argument("--quantulum-docs", type=int)
    ap.add_argument("--profile-docs", type=int)
    ap.add_argument("--sizes", help="comma-separated corpus sizes for the scaling table")
    ap.add_argument("--render", metavar="BENCH_JSON", help="only rewrite bench.md beside BENCH_JSON from it")
    args = ap.parse_args(argv)
    if args.render:
        path = Path(args.render)
        (path.parent / "bench.md").write_text(markdown(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
        return 0
    if not (ROOT / "annotations" / "test.jsonl").exists():
        print("bench: annotations/test.jsonl is missing (run `make corpus`)", file=sys.stderr)
        return 2
    cfg = dict(SMOKE if args.smoke else FULL)
    for key in ("runs", "docs", "quantulum_docs", "profile_docs"):
        if getattr(args, key) is not None:
            cfg[key] = getattr(args, key)
    if args.sizes:
        cfg["sizes"] = [int(x) for x in args.sizes.split(",")]
    cfg["sizes"] = sorted(set(n for n in cfg["sizes"] if n <= cfg["docs"]) | {cfg["docs"]})
    if args.smoke:
        cfg["quantulum_docs"] = 0
    elif not BENCH_PYTHON.exists():
        print(f"bench: {BENCH_PYTHON} is missing; `bash bench/run.sh` creates it", file=sys.stderr)
        return 2
    out_dir = Path(args.out_dir) if args.out_dir else (Path(tempfile.mkdtemp(prefix="relstats-bench-")) if args.smoke
                                                       else ROOT / "reports")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="relstats-bench-work-") as work:
        result = bench(cfg, args.smoke, Path(work), args.model)
    (out_dir / "bench.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (out_dir / "bench.md").write_text(markdown(result), encoding="utf-8")
    print(f"bench: wrote {out_dir / 'bench.md'} and {out_dir / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
