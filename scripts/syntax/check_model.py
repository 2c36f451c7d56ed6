"""Load the EWT syntax model and print the analysis of a sample sentence.

Usage: python scripts/syntax/check_model.py [MODEL_DIR] [--offline-lookups]

--offline-lookups makes `import spacy_lookups_data` fail before loading, to show that the
lemmatizer's lookup table is stored inside the pipeline directory.
"""
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
if "--offline-lookups" in sys.argv:
    sys.modules["spacy_lookups_data"] = None  # any import attempt now raises ImportError

import spacy  # noqa: E402

model_dir = args[0] if args else "models/en_ewt_syntax"
TEXT = ("In the first half of the year, 8,419 criminal cases were established, "
        "up 220% year-on-year.")

nlp = spacy.load(model_dir)
print("pipeline:", nlp.pipe_names)
doc = nlp(TEXT)
print(f"{'i':>2} {'text':<12} {'POS':<6} {'TAG':<5} {'lemma':<12} {'dep':<10} head")
for t in doc:
    print(f"{t.i:>2} {t.text:<12} {t.pos_:<6} {t.tag_:<5} {t.lemma_:<12} {t.dep_:<10} {t.head.i} ({t.head.text})")
print("sentences:", len(list(doc.sents)))
