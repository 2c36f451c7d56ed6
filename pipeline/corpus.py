"""The annotated corpus: compile ``annotations/src/*.ann`` to split JSONL, validate, count.

``validate`` checks what FORMAT §2 and the guide require and what a machine can check: the JSON
shape, unique ids, offsets inside the text and on token boundaries of relstats' tokenizer,
relation ends, allowed values, and that each QUANTITY's ``value`` agrees with what the number
parser reads from its surface text (a disagreement is listed for a human to settle).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.authoring import SPLITS, AuthoringError, compile_folder
from pipeline.docs import InputError, iter_jsonl_objects, read_jsonl, write_jsonl
from pipeline.numbers import read_quantity
from pipeline.scoring import values_agree
from pipeline.schema import document_problems


@dataclass
class Finding:
    """One validation problem, located by file and line."""

    where: str
    message: str
    severity: str = "error"  # "error" fails validation; "check" asks a human to settle it

    def __str__(self) -> str:
        return f"{self.severity.upper()} {self.where}: {self.message}"


@dataclass
class ValidationReport:
    """What ``validate`` found, and how much it looked at."""

    findings: list[Finding] = field(default_factory=list)
    documents: int = 0
    spans: int = 0

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def checks(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "check"]


def compile_annotations(src: Path, out_dir: Path) -> dict[str, int]:
    """Compile ``src/*.ann`` into ``out_dir/{train,dev,test}.jsonl``; returns documents per split."""
    by_split = compile_folder(src)
    counts = {}
    for split in SPLITS:
        docs = [c.doc for c in sorted(by_split[split], key=lambda c: c.doc["id"])]
        counts[split] = write_jsonl(docs, Path(out_dir) / f"{split}.jsonl")
    return counts


def _tokenizer():
    from pipeline.language import rules_pipeline

    nlp = rules_pipeline()
    merger = nlp.get_pipe("relstats_number_merger")
    return lambda text: merger(nlp.make_doc(text))


def check_document(doc: dict, where: str, span_where=None, tokenize=None) -> list[Finding]:
    """Findings for one document; ``span_where(span_id)`` locates a span more precisely."""
    span_where = span_where or (lambda span_id: where)
    findings = [Finding(where, problem) for problem in document_problems(doc)]
    if findings and any("offsets" in f.message or "text" in f.message for f in findings):
        return findings
    value = (doc.get("meta") or {}).get("date")
    if value is not None:
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError) as err:
            findings.append(Finding(where, f"meta.date {value!r} is not a valid ISO date ({err})"))
    children = {rel.get("child") for rel in doc.get("relations", [])}
    for span in doc.get("spans", []):
        if span.get("label") != "QUANTITY" and span.get("id") not in children:
            findings.append(Finding(span_where(span.get("id")), f"{span.get('label')} {span.get('id')!r} is the child "
                                    f"of no relation (is the relations block cut short?)", "check"))
    text = doc["text"]
    if tokenize is not None:
        tokens = tokenize(text)
        starts = {t.idx for t in tokens}
        ends = {t.idx + len(t.text) for t in tokens}
        for span in doc.get("spans", []):
            if span["start"] not in starts or span["end"] not in ends:
                findings.append(Finding(
                    span_where(span["id"]),
                    f"span {span['id']} {text[span['start']:span['end']]!r} does not start and end on token "
                    f"boundaries of the relstats tokenizer"))
    for span in doc.get("spans", []):
        if span.get("label") != "QUANTITY" or not isinstance(span.get("value"), (int, float)):
            continue
        surface = text[span["start"] : span["end"]]
        reading = read_quantity(surface)
        if reading is None:
            findings.append(Finding(span_where(span["id"]), f"{span['id']} {surface!r}: the number parser reads "
                                    f"no number here", "check"))
            continue
        if not values_agree(span["value"], reading.value):
            findings.append(Finding(span_where(span["id"]), f"{span['id']} {surface!r}: value {span['value']} but "
                                    f"the parser reads {reading.value}", "check"))
        if span.get("value_max") is not None and not values_agree(span["value_max"], reading.value_max):
            findings.append(Finding(span_where(span["id"]), f"{span['id']} {surface!r}: value_max "
                                    f"{span['value_max']} but the parser reads {reading.value_max}", "check"))
    return findings


def validate(folder: Path, check_tokens: bool = True) -> ValidationReport:
    """Validate the ``.ann`` sources under ``folder/src`` and the split JSONL files in ``folder``."""
    folder = Path(folder)
    report = ValidationReport()
    tokenize = _tokenizer() if check_tokens else None
    src = folder / "src"
    compiled_ids: dict[str, dict] = {}
    if src.is_dir():
        for path in sorted(src.rglob("*.ann")):
            try:
                from pipeline.authoring import parse_ann

                compiled = parse_ann(path)
            except (AuthoringError, OSError) as err:
                report.findings.append(Finding(str(path), str(err)))
                continue
            doc = compiled.doc
            report.documents += 1
            report.spans += len(doc["spans"])
            if doc["id"] in compiled_ids:
                report.findings.append(Finding(f"{path}:1", f"document id {doc['id']!r} used twice"))
            compiled_ids[doc["id"]] = doc
            report.findings.extend(check_document(
                doc, f"{path}:1", lambda sid, c=compiled, p=path: f"{p}:{c.lines.get(sid, 1)}", tokenize))
    seen: dict[str, str] = {}
    for split in SPLITS:
        path = folder / f"{split}.jsonl"
        if not path.exists():
            if src.is_dir():
                report.findings.append(Finding(str(path), "missing: run `python -m pipeline compile annotations/`"))
            continue
        try:
            numbered = list(iter_jsonl_objects(path))
        except InputError as err:
            report.findings.append(Finding(str(path), str(err).removeprefix(f"{path}: ")))
            continue
        for lineno, doc in numbered:
            where = f"{path}:{lineno}"
            if not isinstance(doc.get("id"), str) or not isinstance(doc.get("text"), str):
                report.findings.append(Finding(where, "document needs an 'id' and a 'text' string"))
                continue
            if doc["id"] in seen:
                report.findings.append(Finding(where, f"document id {doc['id']!r} also in {seen[doc['id']]}"))
            seen[doc["id"]] = where
            if doc["id"] in compiled_ids:
                if compiled_ids[doc["id"]] != doc:
                    report.findings.append(Finding(where, f"{doc['id']} differs from its .ann source: recompile"))
                continue
            report.documents += 1
            report.spans += len(doc.get("spans", []))
            report.findings.extend(check_document(doc, where, tokenize=tokenize))
    for doc_id in compiled_ids:
        if doc_id not in seen and any((folder / f"{s}.jsonl").exists() for s in SPLITS):
            report.findings.append(Finding(str(folder), f"{doc_id} has a .ann source but is in no split file: recompile"))
    return report


def agreement_passes(folder: Path) -> tuple[list[dict], list[dict]]:
    """The first-pass documents and the independent second pass of ``folder/agreement/src/*.ann``,
    paired by id and checked to share their text."""
    from pipeline.authoring import parse_ann

    folder = Path(folder)
    second = sorted((parse_ann(p).doc for p in (folder / "agreement" / "src").glob("*.ann")), key=lambda d: d["id"])
    first_by_id = {d["id"]: d for split in SPLITS if (folder / f"{split}.jsonl").exists()
                   for d in read_jsonl(folder / f"{split}.jsonl")}
    first = []
    for doc in second:
        if doc["id"] not in first_by_id:
            raise ValueError(f"agreement document {doc['id']!r} is not in the corpus")
        if first_by_id[doc["id"]]["text"] != doc["text"]:
            raise ValueError(f"agreement document {doc['id']!r}: the second pass changed the text")
        first.append(first_by_id[doc["id"]])
    return first, second


def load_split(folder: Path, split: str) -> list[dict]:
    """The documents of one split file."""
    return read_jsonl(Path(folder) / f"{split}.jsonl")


SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")
LONG_SENTENCE_WORDS = 35


def style_measures(docs: list[dict]) -> dict:
    """How the releases state their figures, the four measures that tell a tidy corpus from real
    releases: the share of figures standing in brackets, the share of sentences of 35 words or
    more, figures per 1,000 characters and relations per figure."""
    figures = bracketed = sentences = long_sentences = relations = characters = 0
    for doc in docs:
        text = doc["text"]
        characters += len(text)
        relations += len(doc.get("relations", []))
        depth, open_at = 0, []
        for ch in text:  # bracket depth before each character, one pass
            open_at.append(depth)
            if ch in "([":
                depth += 1
            elif ch in ")]" and depth:
                depth -= 1
            elif ch == "\n":
                depth = 0
        for span in doc.get("spans", []):
            if span["label"] == "QUANTITY":
                figures += 1
                bracketed += open_at[span["start"]] > 0 if span["start"] < len(open_at) else 0
        for sentence in SENTENCE_END.split(text):
            words = len(sentence.split())
            if words:
                sentences += 1
                long_sentences += words >= LONG_SENTENCE_WORDS
    return {
        "figures_in_brackets": round(bracketed / figures, 3) if figures else 0.0,
        "long_sentences": round(long_sentences / sentences, 3) if sentences else 0.0,
        "figures_per_1000_chars": round(1000 * figures / characters, 1) if characters else 0.0,
        "relations_per_figure": round(relations / figures, 2) if figures else 0.0,
    }


def statistics(folder: Path) -> dict:
    """Counts per split, per label, per metric and per source kind."""
    folder = Path(folder)
    stats = {"splits": {}, "labels": Counter(), "metrics": Counter(), "relations": Counter(),
             "source_kinds": Counter(), "source_kind_by_split": {}, "style": {}}
    every = []
    for split in SPLITS:
        path = folder / f"{split}.jsonl"
        if not path.exists():
            continue
        docs = read_jsonl(path)
        quantities = sum(1 for d in docs for s in d["spans"] if s["label"] == "QUANTITY")
        stats["splits"][split] = {"documents": len(docs), "quantities": quantities,
                                  "characters": sum(len(d["text"]) for d in docs)}
        kinds = Counter()
        for doc in docs:
            kind = doc.get("meta", {}).get("source_kind", "unknown")
            stats["source_kinds"][kind] += 1
            kinds[kind] += 1
            for span in doc["spans"]:
                stats["labels"][span["label"]] += 1
                if span["label"] == "QUANTITY":
                    stats["metrics"][span.get("metric")] += 1
            for rel in doc["relations"]:
                stats["relations"][rel["label"]] += 1
        stats["source_kind_by_split"][split] = dict(kinds)
        stats["style"][split] = style_measures(docs)
        every += docs
    stats["style"]["total"] = style_measures(every)
    return json.loads(json.dumps(stats))


def format_statistics(stats: dict) -> str:
    """The counts as plain-text tables."""
    lines = ["split   documents  quantities  characters"]
    for split, row in stats["splits"].items():
        lines.append(f"{split:<7} {row['documents']:>9}  {row['quantities']:>10}  {row['characters']:>10}")
    total_docs = sum(r["documents"] for r in stats["splits"].values())
    total_q = sum(r["quantities"] for r in stats["splits"].values())
    lines.append(f"{'total':<7} {total_docs:>9}  {total_q:>10}")
    for title, key in (("span label", "labels"), ("metric", "metrics"), ("relation", "relations")):
        lines.append("")
        lines.append(f"{title:<18} count")
        for name, count in sorted(stats[key].items(), key=lambda kv: -kv[1]):
            lines.append(f"{name:<18} {count:>5}")
    lines.append("")
    splits = list(stats["splits"])
    lines.append(f"{'source kind':<18} " + " ".join(f"{s:>5}" for s in splits) + "  total")
    for kind, total in sorted(stats["source_kinds"].items()):
        per = [stats["source_kind_by_split"].get(s, {}).get(kind, 0) for s in splits]
        lines.append(f"{kind:<18} " + " ".join(f"{n:>5}" for n in per) + f"  {total:>5}")
    lines += ["", "style (real releases: 0.19 / 0.18 / 12 / 1.73)",
              f"{'':<7} {'in brackets':>11}  {'35+ words':>9}  {'figures/1k':>10}  {'relations/figure':>16}"]
    for name, row in stats.get("style", {}).items():
        lines.append(f"{name:<7} {row['figures_in_brackets']:>11.3f}  {row['long_sentences']:>9.3f}  "
                     f"{row['figures_per_1000_chars']:>10.1f}  {row['relations_per_figure']:>16.2f}")
    return "\n".join(lines)
