#!/usr/bin/env bash
# Build the relstats syntax model (tok2vec + tagger + morphologizer + parser + lookup lemmatizer)
# from UD English EWT, starting from a blank English spaCy pipeline.
#
# Usage (from anywhere; relative paths are resolved against the repository root):
#   scripts/syntax/build.sh [CORPUS_DIR]
#
#   CORPUS_DIR   where the converted .spacy files are generated (default: corpus/ewt/)
#
# Environment variables (all optional):
#   TREEBANK     UD English EWT folder with train/dev/test .conllu (default: ../shared/data/ud-english-ewt)
#   TRAIN_DIR    spacy train output (model-best/model-last)       (default: training/syntax)
#   MODEL_DIR    final model directory                            (default: models/en_ewt_syntax)
#   CONFIG       training config                                  (default: configs/syntax.cfg)
#   SEED         random seed                                      (default: 42)
#   PYTHON       python interpreter with spaCy 3.8 + spacy-lookups-data (default: .venv/bin/python)
#   NICE         niceness for training/evaluation                 (default: 15)
#
# Training is single-threaded on CPU (OMP/OPENBLAS/MKL threads = 1).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"

CORPUS_DIR="${1:-${CORPUS_DIR:-corpus/ewt}}"
TREEBANK="${TREEBANK:-../shared/data/ud-english-ewt}"
TRAIN_DIR="${TRAIN_DIR:-training/syntax}"
MODEL_DIR="${MODEL_DIR:-models/en_ewt_syntax}"
CONFIG="${CONFIG:-configs/syntax.cfg}"
SEED="${SEED:-42}"
PYTHON="${PYTHON:-.venv/bin/python}"
NICE="${NICE:-15}"

export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

die() { echo "build.sh: error: $*" >&2; exit 1; }

# --- checks -----------------------------------------------------------------------------------
[ -d "$TREEBANK" ] || die "treebank folder '$TREEBANK' not found (set TREEBANK=/path/to/ud-english-ewt)"
for split in train dev test; do
  [ -s "$TREEBANK/$split.conllu" ] || die "missing or empty '$TREEBANK/$split.conllu' (set TREEBANK to the UD English EWT folder)"
done
[ -x "$PYTHON" ] || command -v "$PYTHON" >/dev/null 2>&1 || die "python interpreter '$PYTHON' not found (set PYTHON=...)"
[ -f "$CONFIG" ] || die "config '$CONFIG' not found"
"$PYTHON" -c "import spacy, spacy_lookups_data" 2>/dev/null \
  || die "'$PYTHON' cannot import spacy and spacy_lookups_data"

# --- 1. convert CoNLL-U -> DocBin (10 sentences per doc) ----------------------------------------
mkdir -p "$CORPUS_DIR"
for split in train dev test; do
  "$PYTHON" -m spacy convert "$TREEBANK/$split.conllu" "$CORPUS_DIR" -c conllu -n 10
done

# --- 2. train ----------------------------------------------------------------------------------
mkdir -p "$TRAIN_DIR"
start=$(date +%s)
nice -n "$NICE" "$PYTHON" -m spacy train "$CONFIG" \
  --output "$TRAIN_DIR" \
  --paths.train "$CORPUS_DIR/train.spacy" \
  --paths.dev "$CORPUS_DIR/dev.spacy" \
  --system.seed "$SEED" \
  2>&1 | tee "$TRAIN_DIR/train.log"
end=$(date +%s)
echo "training wall time: $((end - start)) s" | tee -a "$TRAIN_DIR/train.log"
[ -f "$TRAIN_DIR/model-best/meta.json" ] || die "training produced no $TRAIN_DIR/model-best"

# --- 3. package the best model ------------------------------------------------------------------
# model-best holds only the pipeline (config, meta, tokenizer, vocab, component weights, lemma
# lookup table); model-last and the training log stay in TRAIN_DIR. README.md in MODEL_DIR is kept.
mkdir -p "$MODEL_DIR"
find "$MODEL_DIR" -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
cp -r "$TRAIN_DIR/model-best/." "$MODEL_DIR/"
"$PYTHON" - "$MODEL_DIR/meta.json" "$((end - start))" <<'PY'
import json, sys
path, secs = sys.argv[1], int(sys.argv[2])
meta = json.load(open(path))
meta.update({
    "name": "ewt_syntax",
    "version": "0.1.0",
    "description": "relstats syntax model: tok2vec, tagger (PTB XPOS), morphologizer (UPOS+feats), "
                   "dependency parser and lookup lemmatizer trained from a blank English pipeline "
                   "on UD English EWT. Derived from CC BY-SA 4.0 data.",
    "license": "CC BY-SA 4.0",
    "sources": [{
        "name": "Universal Dependencies English Web Treebank (UD_English-EWT)",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Silveira et al. (2014); UD English EWT contributors",
    }, {
        "name": "spacy-lookups-data (en_lemma_lookup)",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
    }],
    "training_wall_time_seconds": secs,
})
json.dump(meta, open(path, "w"), indent=2)
PY

# --- 4. evaluate on dev and test ----------------------------------------------------------------
for split in dev test; do
  nice -n "$NICE" "$PYTHON" -m spacy evaluate "$MODEL_DIR" "$CORPUS_DIR/$split.spacy" \
    --output "$MODEL_DIR/scores-$split.json"
done
du -sh "$MODEL_DIR"
echo "done: model in $MODEL_DIR, scores in $MODEL_DIR/scores-{dev,test}.json"
