"""Time ``pipeline.load()`` (wall and CPU) and the unit tables' build, in a fresh interpreter.

    python scripts/load_time.py [--rules-only]
"""

import sys
import time

import spacy  # noqa: F401  (imported first: its import time is not relstats')

import pipeline
from pipeline import units

wall, cpu = time.perf_counter(), time.process_time()
pipeline.load(rules_only="--rules-only" in sys.argv)
print(f"pipeline.load(): wall {time.perf_counter() - wall:.3f} s, cpu {time.process_time() - cpu:.3f} s")
units._tables.cache_clear()
wall = time.perf_counter()
units._tables()
print(f"unit and currency tables: {time.perf_counter() - wall:.3f} s ({units.coverage()['units']} units, "
      f"{units.coverage()['currencies']} currencies)")
