"""``make train``: build models/relstats from the annotated releases, reproducibly.

Steps, all with fixed seeds:

1. convert ``annotations/train.jsonl`` and ``dev.jsonl`` to DocBin (``training/corpus/``);
2. ``spacy train configs/spans.cfg``: the span proposer (spancat with its own tok2vec);
3. the rules pipeline with the span proposer sourced in; the metric model (logistic regression) fitted
   on the training releases;
4. the relation model (one logistic regression per relation label) fitted on the same pipeline's
   candidate pairs;
5. ``nlp.to_disk(models/relstats)`` with a hash of the inputs in ``meta.json``.

The hash covers the annotations, the configs and the package's code and data; when it matches the
saved model's, training is skipped (file times mean nothing after a clone).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import spacy

from pipeline.language import code_hash

ROOT = Path(__file__).resolve().parents[2]
HASHED = ("annotations/train.jsonl", "annotations/dev.jsonl", "configs/spans.cfg", "configs/relstats.cfg")
#: package code that does not change what training produces (command line, I/O, output tables)
NOT_HASHED = {"__init__.py", "__main__.py", "cli.py", "docs.py", "table.py", "corpus.py", "authoring.py"}


def input_hash(root: Path = ROOT, settings: dict | None = None) -> str:
    """SHA-256 of the training inputs: annotations, configs, the component and training code, the
    package's data, and the settings (not the command line, I/O or table code)."""
    digest = hashlib.sha256()
    files = [root / name for name in HASHED]
    files += sorted(p for p in (root / "pipeline").rglob("*.py")
                    if not (p.parent == root / "pipeline" and p.name in NOT_HASHED) and "convert" not in p.parts)
    files += sorted(p for p in (root / "pipeline" / "data").rglob("*") if p.suffix in (".json", ".jsonl"))
    for path in files:
        if path.exists():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    digest.update(json.dumps(settings or {}, sort_keys=True).encode())
    return digest.hexdigest()


def saved_hash(model_dir: Path) -> str | None:
    """The input hash recorded in a saved model, if any."""
    meta = Path(model_dir) / "meta.json"
    if not meta.exists():
        return None
    return json.loads(meta.read_text(encoding="utf-8")).get("relstats", {}).get("input_hash")


def subset(docs: list[dict], fraction: float, seed: int) -> list[dict]:
    """A deterministic share of the documents (stratified by source kind), the seed release kept."""
    if fraction >= 1.0:
        return docs
    rng = random.Random(seed)
    by_kind: dict[str, list[dict]] = {}
    for doc in docs:
        by_kind.setdefault(doc.get("meta", {}).get("source_kind", ""), []).append(doc)
    chosen = []
    for kind in sorted(by_kind):
        group = sorted(by_kind[kind], key=lambda d: d["id"])
        rng.shuffle(group)
        chosen += group[: max(1, round(len(group) * fraction))]
    return sorted(chosen, key=lambda d: d["id"])


def train_spans(train_path: Path, dev_path: Path, out: Path, seed: int, max_steps: int | None) -> Path:
    """Run ``spacy train`` on the span proposer's config; returns the best model's directory."""
    cmd = [sys.executable, "-m", "spacy", "train", str(ROOT / "configs" / "spans.cfg"), "--output", str(out),
           "--paths.train", str(train_path), "--paths.dev", str(dev_path), "--system.seed", str(seed)]
    if max_steps is not None:
        cmd += ["--training.max_steps", str(max_steps), "--training.eval_frequency", str(max(1, min(200, max_steps)))]
    # the span proposer depends only on its training data (tokenised as the docbins hold it), its config
    # and these settings: when they are unchanged its earlier output is reused (rule changes that do not
    # touch tokenisation then cost only the re-rankers' fitting)
    digest = hashlib.sha256()
    for path in (train_path, dev_path, ROOT / "configs" / "spans.cfg"):
        digest.update(Path(path).read_bytes())
    digest.update(json.dumps([seed, max_steps]).encode())
    stamp = out / "relstats-inputs.sha256"
    best = out / "model-best"
    if stamp.exists() and stamp.read_text() == digest.hexdigest() and (best.exists() or (out / "model-last").exists()):
        print(f"{out}: span proposer inputs unchanged; reusing it", file=sys.stderr)
    else:
        subprocess.run(cmd, check=True, stdout=sys.stderr)
        stamp.write_text(digest.hexdigest())
    return best if best.exists() else out / "model-last"


def assemble(train_docs: list[dict], seed: int = 0, spans: Path | None = None, syntax: Path | None = None,
             overrides: dict | None = None):
    """The pipeline of ``configs/relstats.cfg`` with the span proposer (and syntax) sourced in and the
    re-rankers fitted on ``train_docs`` by ``nlp.initialize``."""
    from spacy import util
    from spacy.training import Example

    from pipeline.convert.spacy_docbin import record_to_doc
    from pipeline.language import SYNTAX_COMPONENTS, add_syntax

    settings = {"components.relstats_metric_model.seed": seed, "components.relstats_relation_model.seed": seed,
                **(overrides or {})}
    config = util.load_config(ROOT / "configs" / "relstats.cfg", overrides=settings, interpolate=False)
    nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
    if spans is not None:
        nlp.add_pipe("spancat", name="relstats_spans", source=spacy.load(spans), after="relstats_sentences")
    if syntax is not None:
        add_syntax(nlp, syntax)
    examples = [Example(nlp.make_doc(doc["text"]), record_to_doc(nlp, doc)) for doc in train_docs]
    frozen = [name for name in ("relstats_spans", *SYNTAX_COMPONENTS) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=frozen):
        nlp.initialize(lambda: examples)
    return nlp


def build(output: Path, seed: int = 0, fraction: float = 1.0, max_steps: int | None = None,
          work: Path | None = None, force: bool = False, train_docs: list[dict] | None = None,
          dev_docs: list[dict] | None = None, syntax: Path | None = None, spans: bool = False,
          overrides: dict | None = None, spans_from: Path | None = None) -> dict:
    """Train every component and save the pipeline to ``output``; returns the recorded metadata."""
    from pipeline.docs import read_jsonl
    from pipeline.language import rules_pipeline
    from pipeline.training.corpus import to_docbin

    output = Path(output)
    settings = {"seed": seed, "fraction": fraction, "max_steps": max_steps, "spans": spans,
                "overrides": overrides or {}, "custom_docs": train_docs is not None,
                "spans_from": str(spans_from) if spans_from else None,
                "syntax": str(syntax) if syntax else None}
    digest = input_hash(ROOT, settings)
    if not force and saved_hash(output) == digest:
        print(f"{output} is up to date (input hash {digest[:12]}); nothing to train", file=sys.stderr)
        return json.loads((output / "meta.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    work = Path(work or ROOT / "training" / f"seed{seed}-f{fraction}")
    train_docs = subset(train_docs if train_docs is not None else read_jsonl(ROOT / "annotations" / "train.jsonl"),
                        fraction, seed)
    dev_docs = dev_docs if dev_docs is not None else read_jsonl(ROOT / "annotations" / "dev.jsonl")
    spans_seconds = 0.0
    best = None
    if spans and spans_from is not None:
        best = Path(spans_from)
    elif spans:
        nlp = rules_pipeline()
        to_docbin(nlp, train_docs, work / "corpus" / "train.spacy")
        to_docbin(nlp, dev_docs, work / "corpus" / "dev.spacy")
        spans_started = time.perf_counter()
        best = train_spans(work / "corpus" / "train.spacy", work / "corpus" / "dev.spacy", work / "spans", seed,
                           max_steps)
        spans_seconds = time.perf_counter() - spans_started
    nlp = assemble(train_docs, seed=seed, spans=best, syntax=syntax, overrides=overrides)
    meta = {
        "input_hash": digest,
        "seed": seed,
        "training_documents": len(train_docs),
        "train_fraction": fraction,
        "span_training_seconds": round(spans_seconds, 1),
        "training_seconds": round(time.perf_counter() - started, 1),
        "span_scores_dev": json.loads((best / "meta.json").read_text()).get("performance", {}) if best else {},
        "code_hash": code_hash(),
    }
    nlp.meta.update({"name": "relstats", "version": "0.1.0", "description": "relstats: rules + trained components",
                     "relstats": meta})
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    print(f"saved {output} in {meta['training_seconds']} s", file=sys.stderr)
    return nlp.meta
