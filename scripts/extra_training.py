"""Whether more training releases help: train once on ``annotations/train.jsonl`` and once on it plus extra
annotated folders, in-process, and compare the two models' record accuracy on dev, test and other folders
(paired bootstrap over documents, as ``scripts/compare_predictions.py``).

    python scripts/extra_training.py --add annotations/probe5 annotations/probe6 \
        --score annotations/probe10 annotations/probe11 --out /tmp/extra

Each folder is read from its compiled ``test.jsonl`` (``python -m pipeline compile FOLDER`` first). Only aggregate
scores are printed, never a document's failures, so held-out folders may be scored without being read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.docs import read_jsonl, write_jsonl
from pipeline.language import load
from pipeline.training.report import predict
from pipeline.training.train import ROOT, build

from compare_predictions import main as compare


def folder_docs(folder: Path) -> list[dict]:
    path = folder / "test.jsonl"
    if not path.exists():
        raise SystemExit(f"{path}: missing; run `python -m pipeline compile {folder}` first")
    return read_jsonl(path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", type=Path, nargs="+", required=True, help="annotated folders added to train")
    parser.add_argument("--score", type=Path, nargs="*", default=[], help="folders scored besides dev and test")
    parser.add_argument("--out", type=Path, required=True, help="work folder for the two models and predictions")
    args = parser.parse_args(argv)
    train = read_jsonl(ROOT / "annotations" / "train.jsonl")
    extra = [d for folder in args.add for d in folder_docs(folder)]
    targets = {"dev": ROOT / "annotations" / "dev.jsonl", "test": ROOT / "annotations" / "test.jsonl"}
    for folder in args.score:
        targets[folder.name] = folder / "test.jsonl"
    args.out.mkdir(parents=True, exist_ok=True)
    for name, docs in (("base", train), ("extra", train + extra)):
        print(f"{name}: training on {len(docs)} releases", flush=True)
        build(args.out / f"{name}.model", force=True, train_docs=docs, work=args.out / f"{name}.work")
        nlp = load(args.out / f"{name}.model")
        for target, path in targets.items():
            write_jsonl(predict(nlp, read_jsonl(path)), args.out / f"{name}.{target}.jsonl")
    for target, path in targets.items():
        print(f"\n{target}: base (train) vs extra (train + {len(extra)} releases)")
        compare([str(path), str(args.out / f"base.{target}.jsonl"), str(args.out / f"extra.{target}.jsonl")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
