"""Cost against document length: time and peak memory to extract one long document, and one
list-like sentence (``up 5% 5% 5% ...``).

    .venv/bin/python bench/scale.py                       # 100 KB .. 1 MB, default model
    .venv/bin/python bench/scale.py --rules-only --sizes 100 200 --json reports/scale.json

Each measurement runs in a fresh subprocess (so its peak RSS is its own): load the pipeline, then
``pipeline.extract`` one document made by repeating the bundled example releases (paragraphs
separated by blank lines) up to the size asked. Prints seconds and MB per size and per 100 KB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIST_SENTENCE = "Prices were up " + " ".join(["5%"] * 400) + " in May."


def long_text(kilobytes: int) -> str:
    """A document of about ``kilobytes`` KB: the example releases repeated, joined by blank lines."""
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "examples").glob("*.txt"))]
    target, out, size, k = kilobytes * 1000, [], 0, 0
    while size < target:
        out.append(parts[k % len(parts)])
        size += len(out[-1]) + 2
        k += 1
    return "\n\n".join(out)[:target]


def measure(text_kind: str, size: int, rules_only: bool, model: str | None = None, chunk_chars: int | None = None) -> dict:
    """Run one measurement in this process (called in a subprocess by :func:`main`)."""
    import resource

    import pipeline

    # a model trained on other code is measured as it is (check=False): speed, not accuracy, is measured here
    nlp = pipeline.load(rules_only=True) if rules_only else pipeline.load(model, check=model is None)
    text = LIST_SENTENCE if text_kind == "list" else long_text(size)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    limits = pipeline.Limits(chunk_chars=chunk_chars) if chunk_chars else pipeline.Limits()
    record = next(pipeline.extract([{"id": "long", "text": text}], nlp=nlp, limits=limits))
    seconds = time.perf_counter() - started
    return {"kind": text_kind, "characters": len(text), "seconds": round(seconds, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "rss_after_load_mb": round(base_rss, 1), "error": record.get("reason"),
            "quantities": sum(1 for s in record.get("spans", []) if s["label"] == "QUANTITY")}


def stage_times(rules_only: bool, model: str | None) -> None:
    """Seconds per pipeline component on the list sentence and on a 10 KB piece of a long document."""
    import pipeline

    nlp = pipeline.load(rules_only=True) if rules_only else pipeline.load(model, check=model is None)
    for label, text in (("list sentence", LIST_SENTENCE), ("10 KB piece", long_text(10))):
        doc = nlp.make_doc(text)
        print(label)
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            print(f"  {name:28s} {time.perf_counter() - started:.3f} s")


def many_documents(n: int, work: Path, rules_only: bool, model: str | None) -> dict:
    """Peak RSS of ``relstats extract`` over ``n`` short documents (memory must not grow with ``n``)."""
    src = work / f"many-{n}.jsonl"
    with src.open("w", encoding="utf-8") as out:
        for k in range(n):
            out.write(json.dumps({"id": f"d{k}", "text": f"Exports rose {k % 97}.5 percent to {k % 13 + 1} billion "
                                  f"yuan in May; of which {k % 7 + 1} million were cars."}) + "\n")
    cmd = [sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(work / f"many-{n}.csv"), "-q"]
    cmd += ["--rules-only"] if rules_only else (["--model", model] if model else [])
    # a fresh parent per run, so the peak it reports is this extraction's alone
    probe = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
             "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, cwd=ROOT)
    code, peak_kb = (int(x) for x in done.stdout.split()[-2:])
    return {"kind": "documents", "documents": n, "seconds": round(time.perf_counter() - started, 1),
            "peak_rss_mb": round(peak_kb / 1024, 1), "error": done.stderr.strip()[-300:] if code else None}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 500, 1000], help="document sizes in KB")
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--model", help="a model directory (default: the trained model)")
    ap.add_argument("--chunk-chars", type=int, help="piece size for long documents (default: pipeline.Limits)")
    ap.add_argument("--json", help="also write the measurements here")
    ap.add_argument("--no-list", action="store_true", help="skip the list sentence")
    ap.add_argument("--documents", type=int, nargs="*", default=[],
                    help="also run extract over this many short documents each (peak RSS against the count)")
    ap.add_argument("--stages", action="store_true", help="only print seconds per component (list sentence, 10 KB)")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.stages:
        stage_times(args.rules_only, args.model)
        return 0
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]), args.rules_only, args.model, args.chunk_chars)))
        return 0
    results = []
    for kind, size in ([] if args.no_list else [("list", 0)]) + [("long", s) for s in args.sizes]:
        cmd = [sys.executable, __file__, "--one", kind, str(size)] + (["--rules-only"] if args.rules_only else []) \
            + (["--model", args.model] if args.model else []) \
            + (["--chunk-chars", str(args.chunk_chars)] if args.chunk_chars else [])
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if done.returncode:
            results.append({"kind": kind, "characters": size * 1000, "error": done.stderr.strip()[-300:]})
        else:
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        r = results[-1]
        per = f"{r['seconds'] / (r['characters'] / 1e5):.2f} s per 100 KB" if "seconds" in r and kind == "long" else ""
        print(f"{kind:>4} {r['characters']:>9,} chars: " + (f"{r['seconds']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB, "
              f"{r['quantities']} quantities {per}" if "seconds" in r else f"failed: {r['error']}"), flush=True)
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        for n in args.documents:
            results.append(many_documents(n, Path(work), args.rules_only, args.model))
            r = results[-1]
            print(f"{n:>6,} documents: {r['seconds']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB"
                  + (f" (failed: {r['error']})" if r["error"] else ""), flush=True)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"rules_only": args.rules_only, "model": args.model,
                                               "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
