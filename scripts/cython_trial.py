"""Build a Cython-compiled copy of a relstats checkout, to time it against the pure-Python one.

    .venv/bin/pip install "cython>=3.0,<3.2"        # not a dependency of relstats: for this trial only
    .venv/bin/python scripts/cython_trial.py OUT_DIR [--checkout .] [--jobs 2]
    .venv/bin/python scripts/compare_speed.py . OUT_DIR --cpu --rounds 5
    .venv/bin/python scripts/compare_speed.py . OUT_DIR --cpu --rounds 5 --rules-only

Copies the checkout's files (``git ls-files``, as they are in the work tree, and the trained model in
models/relstats) to OUT_DIR, links its ``.venv`` there, and compiles every module of ``pipeline/`` and
``pipeline/components/`` but the command line, Spark and HTML report modules with Cython in pure-Python
mode, without changing a line: ``annotation_typing=False`` (else Cython enforces annotations such as
``value: float`` and rejects an int), ``binding=True`` (spaCy's registry inspects the factories' signatures).
Python imports the compiled ``.so`` before the ``.py`` beside it; the model's code hash reads the ``.py``
files only, so the copy loads the same model. Check its output with ``cmp`` (``python -m pipeline extract``
run inside OUT_DIR) before trusting a timing.

Measured in issue 12's speed7 session with Cython 3.1.8, 33 modules, 8-10 minutes to build on two
cores: extraction byte-identical (``cmp``) on train, dev, test and the fresh probe, trained and
rules-only. On the 93 training releases the trained pipeline ran 1.17-1.20x the pure-Python code
(compare_speed, CPU time and wall clock, four comparisons of 3-4 rounds), the rules alone 1.07-1.24x
with one comparison at 0.98 (this machine's noise is of that size); under callgrind, one warm pass over
40 training releases took 1.19x fewer instructions compiled, trained (3.27 G -> 2.75 G) and rules-only
(2.25 G -> 1.89 G) alike. ``binding=False`` breaks spaCy's factory registry (``inspect`` rejects the
functions). Cython 3.3.1 crashed on ``pipeline/numbers.py`` (a nested tuple assignment: ``'LetNode'
object has no attribute '_check_const_assignment'``), hence the pin.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: modules left as Python: not on the extraction path
SKIPPED = ("__init__.py", "__main__.py", "cli.py", "spark.py", "html_report.py")

_SETUP = """
import glob
from setuptools import setup
from Cython.Build import cythonize
modules = [f for f in sorted(glob.glob("pipeline/*.py") + glob.glob("pipeline/components/*.py"))
           if not f.endswith({skipped!r})]
setup(ext_modules=cythonize(modules, language_level=3, nthreads={jobs}, quiet=True,
                            compiler_directives={{"binding": True, "annotation_typing": False}}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--checkout", type=Path, default=Path("."))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    checkout, out = args.checkout.resolve(), args.out.resolve()
    try:
        import Cython  # noqa: F401
    except ImportError:
        print('cython_trial: install Cython first (pip install "cython>=3.0,<3.2")', file=sys.stderr)
        return 2
    if out.exists():
        print(f"cython_trial: {out} exists; give a new directory", file=sys.stderr)
        return 2
    files = subprocess.run(["git", "-C", str(checkout), "ls-files", "-z"], capture_output=True, check=True,
                           text=True).stdout.split("\0")
    for name in filter(None, files):
        source = checkout / name
        if source.is_file():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, out / name)
    model = checkout / "models" / "relstats"
    if model.is_dir():
        shutil.copytree(model, out / "models" / "relstats", dirs_exist_ok=True)
    if (checkout / ".venv").exists():
        (out / ".venv").symlink_to(checkout / ".venv")
    (out / "setup_cython_trial.py").write_text(_SETUP.format(skipped=SKIPPED, jobs=args.jobs))
    subprocess.run([sys.executable, "setup_cython_trial.py", "build_ext", "--inplace", "-j", str(args.jobs)],
                   cwd=out, check=True)
    built = sorted(p.relative_to(out) for p in (out / "pipeline").rglob("*.so"))
    print(f"cython_trial: {len(built)} compiled modules in {out}/pipeline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
