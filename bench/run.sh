#!/usr/bin/env bash
# The benchmark (README: `make bench`). Needs `make install` first (.venv with relstats).
#   bash bench/run.sh            full run -> reports/bench.md and reports/bench.json
#   bash bench/run.sh --smoke    relstats only, a few documents, 1 run, report in a temp dir
# Other options go to bench/bench.py (see --help). The full run creates .venv-bench (quantulum3,
# pinned in bench/requirements-quantulum.txt) when it is missing or its pins changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "bench: .venv is missing; run 'make install' first" >&2
  exit 2
fi
case " $* " in
  *" --smoke "*|*" -h "*|*" --help "*) ;;
  *)
    STAMP=.venv-bench/.installed
    if [ ! -f "$STAMP" ] || [ bench/requirements-quantulum.txt -nt "$STAMP" ]; then
      test -x .venv-bench/bin/python || "$PYTHON" -m venv .venv-bench
      .venv-bench/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements-quantulum.txt
      touch "$STAMP"
    fi
    ;;
esac
exec .venv/bin/python bench/bench.py "$@"
