# relstats workflow. Each target names its inputs and outputs so make re-runs only what changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ANN := annotations
ANN_SRC := $(wildcard $(ANN)/src/*.ann)
SPLITS := $(ANN)/train.jsonl $(ANN)/dev.jsonl $(ANN)/test.jsonl

.PHONY: all install extract report test test-fast validate corpus stats evaluate train experiments agreement errors bench scale profile compare-models holdout spark-install spark-bench syntax-model syntax-report fresh clean

all: extract

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,report]'
	touch $(STAMP)

install: $(STAMP)

## extract: the bundled example releases -> out/statistics.csv and out/documents.jsonl
extract: $(STAMP)
	$(PY) -m pipeline extract examples/ -o out/statistics.csv -o out/documents.jsonl
	@$(PY) -c "import csv; rows=list(csv.DictReader(open('out/statistics.csv'))); \
	print(f'{len(rows)} rows in out/statistics.csv; first rows:'); \
	[print('  ', r['doc_id'], '|', r['text'], '|', r['unit'], '|', r['metric'], '|', r['category'], '|', r['change_value'], r['change_baseline']) for r in rows[:8]]"

## report: the bundled example releases -> out/report.html (open it in a browser; no network needed)
report: $(STAMP)
	$(PY) -m pipeline extract examples/ -o out/statistics.csv -o out/report.html

## test: the whole test suite (what CI runs); test-fast: without the tests marked slow (training runs, spacy evaluate)
test: $(STAMP)
	$(PY) -m pytest

test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow"

## corpus: compile the .ann sources into the split files
$(SPLITS) &: $(ANN_SRC) pipeline/authoring.py
	$(PY) -m pipeline compile $(ANN)

corpus: $(STAMP) $(SPLITS)

validate: $(STAMP) $(SPLITS)
	$(PY) -m pipeline validate $(ANN)

stats: $(STAMP) $(SPLITS)
	$(PY) -m pipeline stats $(ANN)

## train: the span, metric and relation models -> models/relstats (skipped when the input hash is unchanged)
train: $(STAMP) $(SPLITS)
	$(PY) -m pipeline train -o models/relstats

## evaluate: rules only vs rules + trained on the test split -> reports/evaluation.{md,json}
evaluate: $(STAMP) $(SPLITS)
	$(PY) -m pipeline.training.report evaluate --model models/relstats --out reports/evaluation

## experiments: three seeds, a learning curve and a paired bootstrap -> reports/experiments.{md,json}
experiments: $(STAMP) $(SPLITS)
	$(PY) -m pipeline.training.report experiments --out reports/experiments

## syntax-report: rules and rules + trained, without and with the EWT syntax model -> reports/syntax.{md,json}
syntax-report: $(STAMP) $(SPLITS)
	$(PY) -m pipeline.training.report syntax --out reports/syntax

## errors: record failures on dev by kind (issue 10), rules only and trained -> reports/errors.{md,json}
errors: $(STAMP) $(SPLITS)
	$(PY) -m pipeline.training.errors --split dev --out reports/errors --before reports/errors-before-issue10.json

## fresh: the held-out probes, aggregate scores only (GUIDELINES C7-3): every annotations/probeN/ folder -> reports/probeN.json
##   (probe5: 10 releases written at the start of session 10, scored once after its last code change; probe6: 8 releases
##   written after session 10's last code change; probe7: 10 releases written at the start of session 11; probe8: 8
##   releases written after session 11's last code change; probe9: 8 releases written at the start of session 12; probe10: 8
##   releases written after session 12's last code change; probe11: 8 releases written at the start of session 13;
##   probe12: 8 releases written after session 13's last code change; probe13: 8 releases written at the start of
##   session 14; probe14: 8 releases written after session 14's last code change; probe15: 8 releases written at the
##   start of session 15; probe16: 8 releases written after session 15's last code change; probe17: 8 releases written
##   at the start of session 16; probe18: 8 releases written during session 16, never read; probe19: 8 releases written
##   at the start of session 17, never read; probe20: 8 releases written during session 17, scored once and then read;
##   probe21: 8 releases written near the end of session 17, never read; probe22: 8 releases written at the start of
##   session 18, never read; probe23: 8 releases written during session 18, never read; probe24: 8 releases written
##   at the start of session 19, never read; probe25: 8 releases written during session 19, never read; probe26: 8
##   releases written at the end of session 19, after its last code change, never read; probe27: 8 releases written
##   at the start of session 20, never read; probe28: 8 releases written during session 20, never read; probe29 and
##   probe30: 8 releases each written at the start of session 21, never read; probe31 and probe32: 8 releases each
##   written at the start of session 22, never read; probe33: 8 releases written at the start of session 23, never
##   read; probe34: 8 releases written at the start of session 24, never read; probe35: 8 releases written at the start
##   of session 25, never read; probe36: 8 releases written at the start of session 26, never read; probe37: 8 releases written at the start of
##   session 27, never read; probe38: 8 releases written at the start of session 28, never read; probe39: 8 releases written at the start of session 29, never read; probe40: 8 releases written at the start of session 30, never read; probe41: 8 releases written at the start of session 31, never read; probe42: 8 releases written at the start of session 32, never read; probe43: 8 releases written at the start of session 33, never read; probe44: 8 releases written at the start of session 34, never read; probe45: 8 releases written at the start of session 35, never read; probe46: 8 releases written at the start of session 36, never read; probe47: 8 releases written during session 36, never read; probe48: 8 releases written at the start of session 37, never read; probe49: 8 releases written at the start of session 38, never read; probe50: 8 releases written at the start of session 39, never read; probe51: 8 releases written at the start of session 40, never read; probe52: 8 releases written at the start of session 41, never read; probe53: 8 releases written at the start of session 42, never read; probe54: 8 releases written at the start of session 43, never read; probe55: 8 releases written at the start of session 44, never read; probe56: 8 releases written at the start of session 45, never read; probe57: 8 releases written at the start of session 46, never read; probe58: 8 releases written at the start of session 47, never read; probe59: 8 releases written at the start of session 48, never read; probe60: 8 releases written at the start of session 49, never read; probe61: 8 releases written at the start of session 50, never read; probe62: 8 releases written at the start of session 51, never read; probe63: 8 releases written at the start of session 52, never read; probes 5-9 were read for failures in session 14, probes 10-11 in
##   session 15, probes 12, 13 and 15 in session 16, probes 14, 16 and 20 in session 17, probes 17 and 18 in session
##   18, probes 19 and 21 in session 19, probes 22 and 23 in session 20, probes 24 and 25 in session 21, probes 26 and
##   27 in session 22, probe 28 in session 24, probe 29 in session 25, probes 30 to 45 never)
fresh: $(STAMP)
	@for probe in $(notdir $(wildcard $(ANN)/probe[0-9]*)); do \
	  $(PY) -m pipeline compile annotations/$$probe && \
	  $(PY) -m pipeline evaluate annotations/$$probe/test.jsonl --errors 0 --json reports/$$probe.json && \
	  $(PY) -c "import json, sys; p = sys.argv[1]; d = json.load(open(p)); d.pop('errors', None); json.dump(d, open(p, 'w'), indent=1)" reports/$$probe.json \
	  || exit 1; \
	done

agreement: $(STAMP) $(SPLITS)
	$(PY) -m pipeline agreement $(ANN) --json reports/agreement.json

## bench: accuracy and speed against quantulum3 -> reports/bench.{md,json}
bench: $(STAMP)
	bash bench/run.sh

## scale: time and peak memory against document length (100 KB .. 1 MB) and document count -> reports/scale.json
scale: $(STAMP)
	$(PY) bench/scale.py --sizes 100 200 500 1000 --documents 1000 10000 --json reports/scale.json

## compare-models: logistic regression vs gradient boosting vs a small network on the same relation features -> reports/models.{md,json}
##   (BASELINE=pred.jsonl adds another model's test-split predictions, e.g. the previous release's)
compare-models: $(STAMP) $(SPLITS)
	$(PY) -m pipeline.training.compare --out reports/models $(if $(BASELINE),--baseline $(BASELINE))

## holdout: the relation model's families, trained without each held-out group of train releases in turn and scored on
##   it (releases written in one batch, blind to the extractor) -> reports/holdout.{md,json}
holdout: $(STAMP) $(SPLITS)
	$(PY) -m pipeline.training.holdout --out reports/holdout

## profile: time per component and the hottest functions on the bench set -> reports/profile.{md,json}
profile: $(STAMP)
	$(PY) bench/profile_pipeline.py --docs 200 --out reports/profile

## spark-install: the spark extra (pyspark, pyarrow) into .venv; Spark also needs Java 17+
SPARK_STAMP := $(VENV)/.spark-installed
$(SPARK_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[spark]'
	touch $(SPARK_STAMP)

spark-install: $(SPARK_STAMP)

## spark-bench: local[1] vs local[2] on the synthetic bench set, trained model -> reports/spark.{md,json}
spark-bench: $(SPARK_STAMP)
	$(PY) bench/spark_bench.py --docs 300 --out-dir reports

## syntax-model: tagger and parser trained on UD English EWT -> models/en_ewt_syntax (not run by CI)
syntax-model: $(STAMP)
	bash scripts/syntax/build.sh

clean:
	rm -rf out build *.egg-info
