import pytest


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("8,419 cases", ["8,419", "cases"]),
        ("66.973 million", ["66.973", "million"]),
        ("816 000 tonnes", ["816 000", "tonnes"]),
        ("220%", ["220", "%"]),
        ("+46,000", ["+", "46,000"]),
        ("$35.69", ["$", "35.69"]),
        ("US$3.2 billion", ["US$", "3.2", "billion"]),
        ("RMB5 billion", ["RMB", "5", "billion"]),
        ("3-5%", ["3", "-", "5", "%"]),
        ("1.2-1.5 million", ["1.2", "-", "1.5", "million"]),
        ("2.5bn", ["2.5", "bn"]),
        ("COVID-19", ["COVID-19"]),
        ("PM2.5", ["PM2.5"]),
        ("G20", ["G20"]),
        ("5G", ["5G"]),
        ("No. 1 Document", ["No.", "1", "Document"]),
        ("(in-state): $9", ["(", "in", "-", "state", ")", ":", "$", "9"]),
        ("USD5m", ["USD", "5", "m"]),
        ("RM5m", ["RM", "5", "m"]),
        ("Rp27.1 billion", ["Rp", "27.1", "billion"]),
        ("HK$ 3.1 billion", ["HK$", "3.1", "billion"]),
        ("Rs. 500", ["Rs.", "500"]),
        ("–1.4%", ["–", "1.4", "%"]),
        ("saved £40m.", ["saved", "£", "40", "m", "."]),
        ("produces 20kW.", ["produces", "20kW", "."]),
        ("carries 500 kV.", ["carries", "500", "kV", "."]),
        ("at 350 km/h.", ["at", "350", "km", "/", "h", "."]),
        # spaCy's emoticons never glue a bracket or a colon to a figure
        ("(-8%)", ["(", "-", "8", "%", ")"]),
        ("(up from 8)", ["(", "up", "from", "8", ")"]),
    ],
)
def test_tokenizer_keeps_figures_readable(nlp, text, tokens):
    doc = nlp.get_pipe("relstats_number_merger")(nlp.make_doc(text))
    assert [t.text for t in doc] == tokens


@pytest.mark.parametrize(
    "text,n_sentences",
    [
        ("Exports rose. Imports fell.", 2),
        ("The U.S. economy grew 2%. Prices rose.", 2),
        ("Document No. 5 was issued; it took effect.", 1),
        ("First line\nSecond line", 2),
        ("It rose 3.5 percent in May", 1),
    ],
)
def test_sentences_end_as_format_says(nlp, text, n_sentences):
    doc = nlp(text)
    assert len(list(doc.sents)) == n_sentences
