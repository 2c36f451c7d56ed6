"""A deterministic synthetic corpus for speed measurements, built from the annotated releases.

Each synthetic release copies the title paragraph and ``meta`` of a randomly chosen annotated
release, then draws as many body paragraphs as that release has from the pool of every annotated
body paragraph (so paragraphs are shuffled across documents and lengths stay realistic). Numbers
are then multiplied by a small random factor (0.9-1.1), keeping their decimals and thousands
separators; years (1900-2099), small integers (< 32, often dates or counts in names) and numbers
glued to letters or hyphens (``COVID-19``, ``PM2.5``, ``5G``) are left alone. Everything depends
only on the input order and ``seed``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20240501
SPLITS = ("train", "dev", "test")
NUMBER = re.compile(r"(?<![\w.\-/:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w\-])")


def read_annotated(annotations_dir) -> list[dict]:
    """The annotated releases of every split present, in file order, as FORMAT §1 documents."""
    docs = []
    for split in SPLITS:
        path = Path(annotations_dir) / f"{split}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    doc = json.loads(line)
                    docs.append({"id": doc["id"], "text": doc["text"], "meta": doc.get("meta") or {}})
    return docs


def vary_numbers(text: str, rng: random.Random) -> str:
    """``text`` with its numbers scaled by a random factor in [0.9, 1.1], formatted as before."""

    def replace(match: re.Match) -> str:
        whole, decimals = match.group(1), match.group(2) or ""
        number = float(whole.replace(",", "") + decimals)
        if not decimals and (number < 32 or (1900 <= number <= 2099 and "," not in whole)):
            return match.group(0)
        places = len(decimals) - 1 if decimals else 0
        new = number * rng.uniform(0.9, 1.1)
        out = f"{new:,.{places}f}" if "," in whole else f"{new:.{places}f}"
        return out

    return NUMBER.sub(replace, text)


def build(docs: list[dict], n: int, seed: int = SEED) -> list[dict]:
    """``n`` synthetic releases drawn from ``docs`` (FORMAT §1 documents)."""
    rng = random.Random(seed)
    split = [doc["text"].split("\n\n") for doc in docs]
    body_pool = [p for paragraphs in split for p in paragraphs[1:] if p.strip()]
    out = []
    for i in range(n):
        k = rng.randrange(len(docs))
        title, n_body = split[k][0], max(1, len(split[k]) - 1)
        paragraphs = [title] + [rng.choice(body_pool) for _ in range(n_body)]
        text = "\n\n".join(vary_numbers(p, rng) for p in paragraphs)
        meta = dict(docs[k]["meta"], synthetic_from=docs[k]["id"])
        out.append({"id": f"syn-{i:05d}", "text": text, "meta": meta})
    return out


def write_jsonl(docs: list[dict], path) -> None:
    Path(path).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


if __name__ == "__main__":  # python bench/synthetic.py N OUT.jsonl
    import sys

    root = Path(__file__).resolve().parents[1]
    write_jsonl(build(read_annotated(root / "annotations"), int(sys.argv[1])), sys.argv[2])
