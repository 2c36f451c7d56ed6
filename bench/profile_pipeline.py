"""Where the time goes: ``make profile`` -> reports/profile.md (and .json).

    .venv/bin/python bench/profile_pipeline.py [--docs N] [--model DIR|rules] [--out reports/profile]

On the bench set (``bench/synthetic.py``, N synthetic releases built from the annotated corpus) it
measures, after loading and one warm-up document:

1. time per pipeline component (each component applied in turn to the same documents, as
   ``nlp.pipe`` does), with characters/s of the whole pipeline and of each component alone;
2. a cProfile of the whole extraction: the top functions by cumulative and by own time.

Run it before and after a speed change; the report says which component and which function paid.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import platform
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import synthetic  # noqa: E402


def component_times(nlp, texts: list[str]) -> list[tuple[str, float]]:
    """Seconds spent in the tokenizer and in each component over ``texts``."""
    started = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    out = [("tokenizer", time.perf_counter() - started)]
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        docs = [proc(doc) for doc in docs]
        out.append((name, time.perf_counter() - started))
    return out


def top_functions(profile: cProfile.Profile, key: str, n: int) -> list[dict]:
    stats = pstats.Stats(profile, stream=io.StringIO())
    stats.sort_stats(key)
    rows = []
    for func in stats.fcn_list[:n]:  # type: ignore[attr-defined]
        cc, nc, tt, ct, _ = stats.stats[func]  # type: ignore[attr-defined]
        filename, line, name = func
        where = f"{Path(filename).name}:{line}" if line else filename
        rows.append({"function": f"{name} ({where})", "calls": nc, "own_s": round(tt, 3), "cumulative_s": round(ct, 3)})
    return rows


def run(n_docs: int, model: str) -> dict:
    import pipeline

    docs = synthetic.build(synthetic.read_annotated(ROOT / "annotations"), n_docs, seed=synthetic.SEED)
    texts = [d["text"] for d in docs]
    chars = sum(len(t) for t in texts)
    started = time.perf_counter()
    nlp = pipeline.load(rules_only=True) if model == "rules" else pipeline.load(model)
    load_s = time.perf_counter() - started
    nlp(texts[0])  # warm-up
    per_component = component_times(nlp, texts)
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for _ in pipeline.extract(docs, nlp=nlp):
        pass
    profile.disable()
    profiled_s = time.perf_counter() - started
    started = time.perf_counter()
    for _ in pipeline.extract(docs, nlp=nlp):
        pass
    total_s = time.perf_counter() - started
    return {
        "model": model, "documents": n_docs, "characters": chars, "load_s": round(load_s, 3),
        "extract_s": round(total_s, 3), "chars_per_s": round(chars / total_s),
        "components": [{"component": name, "seconds": round(s, 3), "share": round(s / sum(x for _, x in per_component), 3),
                        "chars_per_s": round(chars / s) if s > 0 else None} for name, s in per_component],
        "profiled_s": round(profiled_s, 3),
        "top_cumulative": top_functions(profile, "cumulative", 25),
        "top_own": top_functions(profile, "tottime", 15),
        "machine": {"python": platform.python_version(), "processor": platform.processor() or platform.machine()},
    }


def markdown(result: dict) -> str:
    lines = [f"# Profile of the relstats pipeline ({result['model']})", "",
             f"`make profile`: {result['documents']} synthetic releases ({result['characters']:,} characters) "
             f"from `bench/synthetic.py`; load {result['load_s']} s; extraction {result['extract_s']} s = "
             f"**{result['chars_per_s']:,} characters/s** (one process, after a warm-up document).", "",
             "## Time per component", "", "| component | seconds | share | characters/s alone |", "|---|---|---|---|"]
    for row in result["components"]:
        lines.append(f"| {row['component']} | {row['seconds']} | {row['share']:.1%} | {row['chars_per_s'] or '-':,} |")
    for title, key in (("Top functions by cumulative time", "top_cumulative"), ("Top functions by own time", "top_own")):
        lines += ["", f"## {title} (under cProfile, {result['profiled_s']} s)", "",
                  "| function | calls | own s | cumulative s |", "|---|---|---|---|"]
        lines += [f"| `{r['function']}` | {r['calls']:,} | {r['own_s']} | {r['cumulative_s']} |" for r in result[key]]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--model", default=str(ROOT / "models" / "relstats"), help="a model directory, or 'rules'")
    ap.add_argument("--out", default=str(ROOT / "reports" / "profile"))
    args = ap.parse_args(argv)
    result = run(args.docs, args.model)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    out.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
