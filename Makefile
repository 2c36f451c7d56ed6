# relstats workflow. Each target names its inputs and outputs so make re-runs only what changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ANN := annotations
ANN_SRC := $(wildcard $(ANN)/src/*.ann)
SPLITS := $(ANN)/train.jsonl $(ANN)/dev.jsonl $(ANN)/test.jsonl

.PHONY: all install extract test validate corpus stats evaluate clean

all: extract

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## extract: the bundled example releases -> out/statistics.csv and out/documents.jsonl
extract: $(STAMP)
	$(PY) -m pipeline extract examples/ -o out/statistics.csv -o out/documents.jsonl
	@$(PY) -c "import csv; rows=list(csv.DictReader(open('out/statistics.csv'))); \
	print(f'{len(rows)} rows in out/statistics.csv; first rows:'); \
	[print('  ', r['doc_id'], '|', r['text'], '|', r['unit'], '|', r['metric'], '|', r['category'], '|', r['change_value'], r['change_baseline']) for r in rows[:8]]"

## test: the test suite (what CI runs)
test: $(STAMP)
	$(PY) -m pytest

## corpus: compile the .ann sources into the split files
$(SPLITS) &: $(ANN_SRC) pipeline/authoring.py
	$(PY) -m pipeline compile $(ANN)

corpus: $(STAMP) $(SPLITS)

validate: $(STAMP) $(SPLITS)
	$(PY) -m pipeline validate $(ANN)

stats: $(STAMP) $(SPLITS)
	$(PY) -m pipeline stats $(ANN)

## evaluate: score the pipeline on the test split
evaluate: $(STAMP) $(SPLITS)
	mkdir -p reports
	$(PY) -m pipeline evaluate $(ANN)/test.jsonl --json reports/evaluate-test.json

clean:
	rm -rf out build *.egg-info
