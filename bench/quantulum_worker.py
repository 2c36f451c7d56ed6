"""The quantulum3 half of the benchmark; runs inside .venv-bench (no relstats there).

    .venv-bench/bin/python bench/quantulum_worker.py DOCS.jsonl --timings T.json [--output P.jsonl] [--limit N]

Reads FORMAT §1 documents, parses each text with quantulum3, writes FORMAT §2 predictions
(through quantulum_adapter) and a timings JSON: import time, load time (unit and entity tables,
the bundled classifier and one warm-up parse, so that lazily built state is not charged to the
first document), extraction time, characters and documents per second, peak RSS of this process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantulum_adapter import to_document  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs")
    ap.add_argument("--timings", required=True)
    ap.add_argument("--output")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in Path(args.docs).read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = docs[: args.limit] if args.limit else docs

    t0 = time.perf_counter()
    from quantulum3 import classifier, load, parser

    t1 = time.perf_counter()
    load.units("en_US")
    load.entities("en_US")
    clf = classifier.classifier("en_US")
    parser.parse("Exports rose 13.8 percent to 17.67 trillion yuan and 5.6 tons.")
    t2 = time.perf_counter()
    failures, predictions = 0, []
    for doc in docs:
        try:
            quantities = parser.parse(doc["text"])
        except Exception:  # quantulum3 raises on some inputs; count it and predict nothing
            failures, quantities = failures + 1, []
        predictions.append(to_document(doc, quantities))
    t3 = time.perf_counter()

    chars = sum(len(d["text"]) for d in docs)
    seconds = t3 - t2
    timings = {
        "tool": "quantulum3",
        "documents": len(docs),
        "characters": chars,
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "extract_s": seconds,
        "chars_per_s": chars / seconds if seconds else 0.0,
        "docs_per_s": len(docs) / seconds if seconds else 0.0,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "classifier_loaded": bool(clf.loaded),
        "parse_failures": failures,
    }
    if args.output:
        Path(args.output).write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    Path(args.timings).write_text(json.dumps(timings, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
