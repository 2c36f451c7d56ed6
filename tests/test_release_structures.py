"""How real releases state figures (PHENOMENA, issue 10): rates with their own time, earlier values listed
after a comparison, parts that add up to their whole, comparisons closing a sentence, quarters named by
their months or coordinated as ordinals, counts after a verb of sharing, points beside a rate, lists of
changes after ``by``, and predicates before brackets (GUIDELINES C12-1 ... C12-15). Every case runs through
the rules and through the model we ship."""

import pytest

from conftest import by_text, check, quantities, relations


def attributes(doc: dict, text: str) -> dict:
    """The QUANTITY span whose text is ``text``."""
    found = [q for q in quantities(doc) if q["text"] == text]
    assert found, (text, [q["text"] for q in quantities(doc)])
    return found[0]


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # C12-1: the earlier rate's own time is its PERIOD, and no BASELINE of the current rate
        ("The consumer price index rose 3.4% in the year to May, compared with 3.9% a month earlier.",
         [("3.9%", "PERIOD", "a month earlier")], [("3.4%", "BASELINE", "a month earlier")]),
        ("Wage growth eased to 4.6% (4.9% a month earlier).", [("4.9%", "PERIOD", "a month earlier")],
         [("4.6%", "BASELINE", "a month earlier")]),
        # ... while a multiple still compares with the time after it
        ("Output of industrial robots reached 52,000 units, 1.3 times the previous year.",
         [("1.3 times", "BASELINE", "the previous year")], []),
    ],
)
def test_a_rate_stated_with_its_own_time(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)


def test_a_colon_before_a_clause_with_its_own_verb_is_no_label(extract_both):
    rel = relations(extract_both("Hiring has cooled: the job vacancy rate was 2.8% in the June quarter."))
    check(rel, [("2.8%", "CATEGORY", "job vacancy rate")], [("2.8%", "CATEGORY", "Hiring has cooled")])


def test_earlier_values_listed_after_a_comparison_take_the_figures_categories(extract_both):
    rel = relations(extract_both(
        "Customs seized 3,120 kg of cocaine, 845 kg of heroin and 96 kg of fentanyl in the year, compared with "
        "2,480 kg, 910 kg and 41 kg respectively in 2022."))
    check(rel, [("2,480 kg", "CATEGORY", "cocaine"), ("910 kg", "CATEGORY", "heroin"),
                ("41 kg", "CATEGORY", "fentanyl")])


@pytest.mark.parametrize(
    "text,expected",
    [
        # C12-4: ``with <subject> at <figure>``
        ("The central bank left its main refinancing rate at 4.25%, with the marginal lending rate at 4.50%.",
         [("4.50%", "CATEGORY", "marginal lending rate")]),
        # C12-5: a phrase restricting every item of a respectively-list
        ("Retail sales of grain, clothing and furniture at enterprises above the designated size grew by 9.1, "
         "4.8 and 2.2 percent respectively.",
         [("9.1", "CATEGORY", "grain"), ("4.8", "CATEGORY", "clothing"), ("2.2 percent", "CATEGORY", "furniture")]),
    ],
)
def test_gapped_and_restricted_subjects(extract_both, text, expected):
    check(relations(extract_both(text)), expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Total visitor arrivals were 4.86 million in the month: 3.91 million from the Mainland and 0.95 million "
         "from other markets.",
         [("3.91 million", "PART_OF", "4.86 million"), ("0.95 million", "PART_OF", "4.86 million")]),
        ("Asylum applications reached 61,200 in 2023, made up of 48,700 main applicants and 12,500 dependants.",
         [("48,700", "PART_OF", "61,200"), ("12,500", "PART_OF", "61,200")]),
        ("Charges for burglary numbered 1,830 and those for robbery 940, together 2,770 charges.",
         [("1,830", "PART_OF", "2,770"), ("940", "PART_OF", "2,770")]),
        ("Net migration was 45,300 in the year, the net result of arrivals (118,900) and departures (73,600).",
         [("118,900", "PART_OF", "45,300"), ("73,600", "PART_OF", "45,300")]),
    ],
)
def test_parts_that_add_up_to_their_whole(extract_both, text, expected):
    check(relations(extract_both(text)), expected)


def test_a_balance_is_no_part_of_the_flows_it_is_left_from(extract_both):
    rel = relations(extract_both(
        "Exports of goods rose to $180.4 billion, and imports of goods to $111.9 billion, leaving a goods "
        "surplus of $68.5 billion."))
    assert not any(label == "PART_OF" for _, label, _ in rel), sorted(rel)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In the quarter from April to June 2024, the jobless rate was 5.9%, 0.4 percentage points lower than "
         "in the quarter from January to March 2024.",
         [("5.9%", "PERIOD", "In the quarter from April to June 2024"),
          ("0.4 percentage points", "BASELINE", "the quarter from January to March 2024")]),
        ("Exports were 6.1% higher than in the same quarter of 2022.",
         [("6.1%", "BASELINE", "the same quarter of 2022")]),
    ],
)
def test_quarters_named_by_their_months(extract_both, text, expected):
    check(relations(extract_both(text)), expected)


def test_a_comparison_closing_its_sentence_serves_every_change_of_the_clause(extract_both):
    rel = relations(extract_both(
        "Industrial production fell by 1.2% in Germany and by 0.8% in France in July 2024, compared with June 2024."))
    check(rel, [("1.2%", "BASELINE", "June 2024"), ("0.8%", "BASELINE", "June 2024")])


def test_a_count_after_a_verb_of_sharing_counts_its_noun_for_the_subject(extract_both):
    doc = extract_both("Pedestrians accounted for 385 deaths (24%) in the year ending June 2024.")
    check(relations(doc), [("385", "CATEGORY", "Pedestrians"), ("24%", "MODIFIES", "385")])
    assert attributes(doc, "385")["unit"] == "death" and attributes(doc, "385")["metric"] == "COUNT"


def test_a_rank_after_a_verb_of_having_is_a_predicate(extract_both):
    rel = relations(extract_both("Among the regions, Tasmania had the highest (5.1%), while the ACT had the lowest "
                                 "(3.2%)."))
    check(rel, [("5.1%", "CATEGORY", "Tasmania")], [("5.1%", "CATEGORY", "highest")])


@pytest.mark.parametrize(
    "text,figure",
    [
        ("- participation rate: 66.9% (-0.2 pts)", "-0.2 pts"),
        ("Net exports contributed -0.4 point to GDP growth in the quarter.", "-0.4 point"),
    ],
)
def test_points_beside_a_rate_are_percentage_points(extract_both, text, figure):
    span = attributes(extract_both(text), figure)
    assert span["unit"] == "percentage point" and span["metric"] == "CHANGE", span


def test_an_index_keeps_its_points(extract_both):
    assert attributes(extract_both("The composite index rose 112 points in the week."), "112 points")["unit"] == \
        "index point"


def test_changes_listed_after_by_past_a_comma_or_a_bracket(extract_both):
    doc = extract_both("Employment rose in Ontario and Alberta, by 31,000 and 17,500 people respectively, and "
                       "compared with May it was lower by 8 200 (-0.9%) and 6 100 (-1.1%) in two other provinces.")
    for figure in ("31,000", "17,500", "8 200", "6 100"):
        assert attributes(doc, figure)["metric"] == "CHANGE", figure
    assert attributes(doc, "6 100")["direction"] == "down"
    assert attributes(doc, "31,000")["unit"] == "person"


def test_a_change_and_a_level_after_by_are_no_range(extract_both):
    doc = extract_both("The labour force and employment grew by 4 300 and 2 900 to 3 812 600 and 3 694 100 "
                       "respectively.")
    assert attributes(doc, "2 900")["value_max"] is None
    check(relations(doc), [("2 900", "MODIFIES", "3 694 100")])


def test_an_earlier_level_in_brackets_keeps_the_kind_of_the_level(extract_both):
    doc = extract_both("Cervical screening coverage was 68.7% in March 2024, 3.2 percentage points lower than in "
                       "March 2019 (71.9%).")
    assert attributes(doc, "71.9%")["metric"] == "SHARE"


def test_coordinated_ordinal_quarters_are_one_period_each(extract_both):
    doc = extract_both("Real GDP growth in the first, second and third quarters of 2023 was 4.5, 6.3 and 4.9 percent "
                       "respectively.", date="2023-10-18")
    rel = relations(doc)
    check(rel, [("4.5", "CATEGORY", "Real GDP growth"), ("4.9 percent", "CATEGORY", "Real GDP growth")])
    periods = {doc["text"][s["start"] : s["end"]]: s for s in doc["spans"] if s["label"] == "PERIOD"}
    linked = {h: c for h, label, c in rel if label == "PERIOD"}
    assert periods[linked["4.5"]]["date_from"] == "2023-01-01"
    assert periods[linked["6.3"]]["date_from"] == "2023-04-01"
    assert periods[linked["4.9 percent"]]["date_from"] == "2023-07-01"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The trade balance was negative (-$2.1 billion; -4.3%) in April.",
         [("-$2.1 billion", "CATEGORY", "trade balance")]),
        ("Police made 342 arrests (97 for firearms offences) during the operation.",
         [("97", "PART_OF", "342"), ("97", "CATEGORY", "firearms offences")]),
        ("Border officers found A$14.6 million in undeclared currency in 2023-24.",
         [("A$14.6 million", "CATEGORY", "undeclared currency")]),
    ],
)
def test_predicates_and_named_parts_in_brackets(extract_both, text, expected):
    check(relations(extract_both(text)), expected)


def test_an_index_named_by_what_it_leaves_out(extract_both):
    rel = relations(extract_both("The energy index fell 0.8 percent in May, while the index for all items less food "
                                 "and energy rose 0.2 percent."))
    check(rel, [("0.2 percent", "CATEGORY", "index for all items less food and energy")])


def test_a_change_between_two_named_times_takes_no_other_comparison(extract_both):
    rel = relations(extract_both(
        "Payroll jobs fell by 21,000 (-0.1%) between May and June 2024, while in July 2024 payroll jobs numbered "
        "29.9 million, up 95,000 (+0.3%) on the same month of the previous year."))
    assert not any(h == "21,000" and label == "BASELINE" for h, label, _ in rel), sorted(rel)
    check(rel, [("21,000", "PERIOD", "between May and June 2024")])


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Shipments to Japan came to US$2.4 billion (+4.1%) and those to India to US$1.9 billion (+7.6%), all "
         "compared with March 2024.", [("+4.1%", "BASELINE", "March 2024"), ("+7.6%", "BASELINE", "March 2024")]),
        ("Employment stood at 31.02 million in May to July 2024, up 198,000 (+0.6%) on February to April 2024.",
         [("198,000", "BASELINE", "February to April 2024")]),
    ],
)
def test_more_comparisons_that_close_a_clause(extract_both, text, expected):
    check(relations(extract_both(text)), expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hotel overnight stays declined 1.8% in March but increased 4.6% in April.",
         [("1.8%", "CATEGORY", "Hotel overnight stays"), ("4.6%", "CATEGORY", "Hotel overnight stays")]),
        ("Exports fell 2% in May and imports rose 3%.", [("3%", "CATEGORY", "imports")]),
    ],
)
def test_a_coordinated_verb_shares_the_subject_of_the_first(extract_both, text, expected):
    check(relations(extract_both(text)), expected)


def test_a_bracket_after_an_adverbial_comparison_is_an_earlier_rate(extract_both):
    rel = relations(extract_both("Shelter costs rose 5.7% year over year (+6.1% in June)."))
    check(rel, [("+6.1%", "PERIOD", "in June"), ("+6.1%", "CATEGORY", "Shelter costs")])


def test_a_period_in_a_which_clause_does_not_date_the_figures_outside_it(extract_both):
    rel = relations(extract_both(
        "In June, industrial output rose to 812.4 billion yuan, up 5.1 percent, which was the fourth monthly rise "
        "in a row after a decline in February."))
    check(rel, [("812.4 billion yuan", "PERIOD", "In June")], [("812.4 billion yuan", "PERIOD", "in February")])


def test_a_time_label_in_brackets_dates_the_earlier_value_only(extract_both):
    rel = relations(extract_both("Officers seized 4,310 illegal weapons in 2023-24 (2022-23: 3,870)."))
    check(rel, [("3,870", "PERIOD", "2022-23"), ("4,310", "PERIOD", "in 2023-24")], [("3,870", "PART_OF", "4,310")])


def test_coordinated_fiscal_years_are_periods_of_their_own(extract_both):
    rel = relations(extract_both("Visa grants numbered 51,400 and 58,900 in 2022-23 and 2023-24 respectively."))
    check(rel, [("51,400", "PERIOD", "in 2022-23"), ("58,900", "PERIOD", "2023-24")])


@pytest.mark.parametrize(
    "text,threshold",
    [
        ("In October, the value added of industrial enterprises above designated size (those with an annual main "
         "business revenue of 20 million yuan or more) grew by 5.3 percent year on year.", "20 million yuan"),
        ("Turnover of firms with 250 employees or more rose by 3.1% compared with the same quarter of 2023.",
         "250"),
    ],
)
def test_a_threshold_is_never_the_figure_a_change_modifies(extract_both, text, threshold):
    # C13-6: a bound that defines what is measured (``or more``) is no level of it
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[1] == "MODIFIES" and r[2].startswith(threshold)], sorted(rel)


TABLE_ROWS = [("Crime group", "2022-23", "2023-24", "% change"), ("Sexual crimes", "14,508", "14,623", "1%"),
              ("Crimes of dishonesty", "108,221", "113,870", "-5%")]


@pytest.mark.parametrize("layout", ["bars", "tabs", "aligned"])
def test_a_text_table_with_years_and_a_change_column(extract_both, layout):
    """A table whose header names two years and a percent change, its cells between bars, tabs or aligned with
    spaces: the year columns hold counts of the title's noun (not percents), each row's label is every cell's
    category, and the change modifies the latest value."""
    if layout == "bars":
        rows = [" | ".join(row) for row in TABLE_ROWS]
    elif layout == "tabs":
        rows = ["\t".join(row) for row in TABLE_ROWS]
    else:
        rows = [f"{a:<26}{b:>9}{c:>12}{d:>12}" for a, b, c, d in TABLE_ROWS]
    doc = extract_both("Table 1: Recorded crime by crime group, Scotland\n" + "\n".join(rows))
    for span in doc["spans"]:
        surface = doc["text"][span["start"] : span["end"]]
        assert surface == surface.strip(), surface
    found = by_text(doc)
    assert found["14,508"]["unit"] == "crime" and found["113,870"]["metric"] == "COUNT"
    assert (found["1%"]["metric"], found["1%"]["direction"]) == ("CHANGE", "up")
    assert (found["-5%"]["metric"], found["-5%"]["direction"]) == ("CHANGE", "down")
    check(relations(doc), [("14,623", "CATEGORY", "Sexual crimes"), ("108,221", "CATEGORY", "Crimes of dishonesty"),
                           ("1%", "MODIFIES", "14,623"), ("-5%", "MODIFIES", "113,870")], [])


def test_a_header_line_that_leaves_the_row_label_column_blank(extract_both):
    """Aligned tables often head only their figure columns (``2023   2024   % change`` over ``Potatoes  7,120
    6,890  -3.2``): each cell is matched to the header cell above it by its place on the line, so the year columns
    take the title's measure and scale and the change column is a change of the latest year."""
    text = ("Table 2  Harvest of main vegetables, Scotland (thousands of tonnes; percent change from 2023)\n"
            "                     2023       2024    % change\n"
            "Potatoes            1,120      1,084        -3.2\n"
            "Carrots               214        229         7.0\n")
    doc = extract_both(text)
    found = by_text(doc)
    assert (found["1,120"]["unit"], found["1,120"]["value"]) == ("ton", 1120000)
    assert found["229"]["unit"] == "ton" and found["229"]["metric"] != "CHANGE"
    assert (found["-3.2"]["unit"], found["-3.2"]["metric"], found["-3.2"]["direction"]) == ("percent", "CHANGE", "down")
    assert (found["7.0"]["metric"], found["7.0"]["direction"]) == ("CHANGE", "up")
    check(relations(doc), [("-3.2", "MODIFIES", "1,084"), ("7.0", "MODIFIES", "229"), ("214", "CATEGORY", "Carrots")])


@pytest.mark.parametrize("columns, first, second", [
    ("q-o-q    y-o-y", "q-o-q", "y-o-y"),
    ("m/m      y/y", "m/m", "y/y"),
])
def test_baselines_named_by_an_indented_header_line(extract_both, columns, first, second):
    """A title declaring ``changes in percent`` over an indented header that names one comparison per column: every
    cell is a percent change, compared with its own column's baseline."""
    text = ("Table 3. Output by sector, volume changes in percent, second quarter of 2024\n"
            f"                               {columns}\n"
            "Agriculture                    1.2      -0.4\n"
            "Construction                  -2.1       0.9\n")
    doc = extract_both(text)
    found = by_text(doc)
    assert all(found[x]["unit"] == "percent" and found[x]["metric"] == "CHANGE" for x in ("1.2", "-0.4", "-2.1", "0.9"))
    check(relations(doc), [("1.2", "BASELINE", first), ("-2.1", "BASELINE", first), ("-0.4", "BASELINE", second),
                           ("0.9", "BASELINE", second), ("0.9", "CATEGORY", "Construction")],
          [("1.2", "BASELINE", second), ("0.9", "BASELINE", first)])


def test_a_row_gloss_overrides_the_titles_change(extract_both):
    """``(percentage change ... unless otherwise stated)`` makes the cells changes, except in a row whose label
    names its own percent level (``(percent)``, ``(rate)``): those rows are shares."""
    text = ("Table 4. Main forecasts (percentage change from the previous year unless otherwise stated)\n\n"
            "                                         2025    2026    2027\n"
            "Household consumption                     1.9     2.2     2.0\n"
            "Bank Rate, end of year (percent)          4.0     3.5     3.25\n"
            "Unemployment (rate)                       4.6     4.4     4.3\n")
    doc = extract_both(text)
    found = by_text(doc)
    assert (found["1.9"]["unit"], found["1.9"]["metric"]) == ("percent", "CHANGE")
    assert (found["3.25"]["unit"], found["3.25"]["metric"]) == ("percent", "SHARE")
    assert (found["4.6"]["unit"], found["4.6"]["metric"]) == ("percent", "SHARE")


def test_a_gloss_that_declares_percent_for_the_rate_rows_only(extract_both):
    """``(thousand persons, rates in percent; change on ... in brackets)``: the rows of people are counts in
    thousands with changes of people; the rate rows are percents, and their bracketed changes percentage points.
    A small signed change in brackets (``(-18)``) keeps its sign."""
    text = ("Table 1. Labour market, August 2024 (thousand persons, rates in percent; change on August 2023 in brackets)\n"
            "  Employed persons                    5,482   (+64)\n"
            "  Unemployed persons                    231   (-18)\n"
            "  Unemployment rate                     4.0   (-0.3)\n")
    doc = extract_both(text)
    found = by_text(doc)
    assert (found["5,482"]["unit"], found["5,482"]["value"], found["5,482"]["metric"]) == ("person", 5482000, "COUNT")
    assert (found["-18"]["value"], found["-18"]["metric"], found["-18"]["direction"]) == (18000, "CHANGE", "down")
    assert (found["4.0"]["unit"], found["4.0"]["metric"]) == ("percent", "SHARE")
    assert (found["-0.3"]["unit"], found["-0.3"]["metric"]) == ("percentage point", "CHANGE")
    check(relations(doc), [("+64", "MODIFIES", "5,482"), ("-18", "MODIFIES", "231"), ("-0.3", "MODIFIES", "4.0")])


@pytest.mark.parametrize("text, figure, category", [
    ("Net public debt as a percentage of GDP stood at 91.3% at the end of June.", "91.3%", "Net public debt"),
    ("Youth unemployment as a share of the labour force was 5.8 percent in the third quarter.", "5.8 percent",
     "unemployment"),
    ("Renewable generation as a proportion of total supply reached 47.2% in 2023.", "47.2%", "Renewable generation"),
])
def test_a_subject_stated_as_a_share_of_a_whole(extract_both, text, figure, category):
    """``X as a share of Y was N%``: a share whose category is X, not the whole Y."""
    doc = extract_both(text)
    found = by_text(doc)
    assert found[figure]["metric"] == "SHARE"
    categories = {c for h, label, c in relations(doc) if h == figure and label == "CATEGORY"}
    assert len(categories) == 1 and category in next(iter(categories)), categories


def test_a_level_table_whose_changes_are_in_points_and_its_numbered_title(extract_both):
    """``(%; change on ... in percentage points in brackets)``: the main column is a percent level (a SHARE), the
    bracketed one its change in points, modifying it; ``Table 2.3`` numbers the table and is no figure."""
    text = ("Table 2.3 Trains arriving on time by region, April to June 2024 (%; change on the same quarter of "
            "2023 in percentage points in brackets)\n"
            "- Scotland: 74.2 (+1.1)\n"
            "- Wales: 63.8 (-2.4)\n")
    doc = extract_both(text)
    found = by_text(doc)
    assert "2.3" not in found
    assert (found["74.2"]["unit"], found["74.2"]["metric"]) == ("percent", "SHARE")
    assert (found["-2.4"]["unit"], found["-2.4"]["metric"]) == ("percentage point", "CHANGE")
    check(relations(doc), [("+1.1", "MODIFIES", "74.2"), ("-2.4", "MODIFIES", "63.8"), ("63.8", "CATEGORY", "Wales"),
                           ("-2.4", "BASELINE", "the same quarter of 2023")])


def test_a_titles_baseline_a_blank_line_above_the_header(extract_both):
    """``(percentage change from previous year ...)`` in a title set a blank line above the header line: every
    change of the table is compared with the previous year."""
    text = ("Table 5. Forecast summary (percentage change from previous year unless otherwise stated)\n\n"
            "                                  2025    2026\n"
            "Exports                            2.4     3.1\n"
            "Business investment               -1.2     0.8\n")
    doc = extract_both(text)
    check(relations(doc), [("2.4", "BASELINE", "previous year"), ("-1.2", "BASELINE", "previous year"),
                           ("0.8", "CATEGORY", "Business investment")])


def test_times_of_a_when_clause_and_of_a_cause(extract_both):
    """A figure in a ``, when`` clause about an earlier time takes neither the sentence's period nor that time as a
    comparison; a period right before ``, when`` dates the figures of the clause; a time inside a clause giving a
    cause (``due to``) dates the cause, not the figure before it."""
    doc = extract_both("Output rose by 0.6 percent in the second quarter of 2024 compared with the first quarter, when it "
                       "had grown by 0.3 percent (revised from 0.2 percent).")
    rel = relations(doc)
    check(rel, [("0.6 percent", "PERIOD", "in the second quarter of 2024"), ("0.6 percent", "BASELINE", "the first quarter")],
          [("0.3 percent", "PERIOD", "in the second quarter of 2024"), ("0.3 percent", "BASELINE", "the first quarter")])
    doc = extract_both("Bank reserves grew in May, when net purchases amounted to £4.2 billion.")
    check(relations(doc), [("£4.2 billion", "PERIOD", "in May")])
    doc = extract_both("Punctuality on the western routes was 61.5%, a fall of 4.8 percentage points that was mostly due to "
                       "flooding in January.")
    check(relations(doc), [], [("61.5%", "PERIOD", "in January"), ("4.8 percentage points", "PERIOD", "in January")])


@pytest.mark.parametrize("text, figure, category", [
    ("Statistics Canada has revised real GDP growth for 2023 to 1.5 percent, from 1.2 percent previously.", "1.5 percent",
     "real GDP growth"),
    ("The Bank has lowered its inflation projection for 2025 to 2.3 percent.", "2.3 percent", "inflation projection"),
])
def test_the_object_of_a_revision_dated_before_its_level(extract_both, text, figure, category):
    """``revised X for 2023 to N``: the revised object is the category, its time stands between it and ``to``."""
    rel = relations(extract_both(text))
    found = {c for h, label, c in rel if h == figure and label == "CATEGORY"}
    assert len(found) == 1 and category in next(iter(found)), sorted(rel)


def test_a_labels_own_gloss_declares_its_measure_and_a_loss_stays_a_level(extract_both):
    """``Revenue (EUR million): 2,310 (2,190)`` under ``(2023 in brackets)``: both columns are euros in millions; a
    minus under such a label, with no change named, is a level below zero (``Operating result (EUR million): -58``);
    ``pkm`` is a passenger kilometer."""
    text = ("Key figures, regional rail, 2024 (2023 in brackets)\n"
            "Passenger volume (million pkm): 12,480 (12,915)\n"
            "Revenue (EUR million): 2,310 (2,190)\n"
            "Operating result (EUR million): -58 (-71)\n")
    found = by_text(extract_both(text))
    assert (found["12,480"]["unit"], found["12,480"]["value"], found["12,480"]["metric"]) == \
        ("passenger kilometer", 12480000000, "AMOUNT")
    assert (found["2,190"]["unit"], found["2,190"]["value"], found["2,190"]["metric"]) == ("euro", 2190000000, "MONEY")
    assert (found["-58"]["metric"], found["-58"]["value"], found["-71"]["metric"]) == ("MONEY", 58000000, "MONEY")


def test_a_unit_written_after_the_bracketed_columns_clause_is_that_columns(extract_both):
    """``(change on January-June 2023 in brackets, %)``: the percent is the bracketed column's; the main column
    counts the row's events and each bracketed change modifies its count."""
    text = ("Table 2. Vital events, January-June 2024 (change on January-June 2023 in brackets, %)\n"
            "- Live births: 41,220 (-6.1)\n"
            "- Marriages: 22,954 (+2.4)\n")
    doc = extract_both(text)
    found = by_text(doc)
    assert found["41,220"]["metric"] == "COUNT" and found["41,220"]["unit"] != "percent"
    assert (found["-6.1"]["unit"], found["-6.1"]["metric"], found["-6.1"]["direction"]) == ("percent", "CHANGE", "down")
    check(relations(doc), [("-6.1", "MODIFIES", "41,220"), ("+2.4", "MODIFIES", "22,954")])


@pytest.mark.parametrize("text, figure, unit", [
    ("The crude marriage rate was 4.6 per thousand inhabitants in 2023.", "4.6 per thousand inhabitants",
     "per thousand inhabitants"),
    ("Infant mortality fell to 3.1 per thousand.", "3.1 per thousand", "per thousand"),
])
def test_a_rate_whose_base_is_written_in_words(extract_both, text, figure, unit):
    """``per thousand`` written out is the base of a rate, as ``per 1,000`` is: one figure, a SHARE."""
    found = by_text(extract_both(text))
    assert figure in found, sorted(found)
    assert found[figure]["metric"] == "SHARE" and found[figure]["unit"].endswith(unit)


@pytest.mark.parametrize("text, percent, count", [
    ("In the first half, 31,940 children were born, 6.3% (2,148) fewer than a year earlier.", "6.3%", "2,148"),
    ("In May, 4,512 couples married, 3.1% or 144 more than in May 2023.", "3.1%", "144"),
])
def test_a_change_and_its_restatement_before_a_comparative(extract_both, text, percent, count):
    """``6.3% (2,148) fewer than``, ``3.1% or 144 more than``: the percent and the count both state the change,
    with the comparative's direction."""
    found = by_text(extract_both(text))
    direction = "down" if "fewer" in text else "up"
    for figure in (percent, count):
        assert (found[figure]["metric"], found[figure]["direction"]) == ("CHANGE", direction), found[figure]


def test_a_header_with_a_label_column_and_year_columns(extract_both):
    """``Energy source   2024   2025`` under ``Shares of generation ... (percent)``: the header's year cells are no
    figures of a body row; the title's percent and share words make the cells shares."""
    text = ("Table 4. Shares of electricity generation by source (percent)\n"
            "Source            2024    2025\n"
            "Wind                31      33\n"
            "Solar               12      14\n")
    found = by_text(extract_both(text))
    assert all((found[x]["unit"], found[x]["metric"]) == ("percent", "SHARE") for x in ("31", "33", "12", "14"))


@pytest.mark.parametrize("text, figure, unit", [
    ("In the second quarter, 9,874 couples got married, 3% fewer than a year earlier.", "9,874", "couple"),
    ("Residential electricity is forecast to cost 16.2 cents per kilowatthour in 2025.", "16.2 cents per kilowatthour",
     "cent per kilowatt hour"),
])
def test_units_of_irregular_verbs_and_one_word_energy_units(extract_both, text, figure, unit):
    """``couples got married``: ``got`` is the verb after the counted noun, never its unit; ``kilowatthour`` (one
    word, as the EIA writes it) is a kilowatt hour."""
    found = by_text(extract_both(text))
    assert found[figure]["unit"] == unit, found[figure]


def test_a_change_after_which_is_and_its_restatement(extract_both):
    """``was 301,450, which is 9,870 offences (or 3%) higher than the level recorded in 2022-23``: both the count and
    the percent in ``(or ...)`` are changes of the level before ``which is``; ``N noun more than`` is a change, while
    ``cities with more than 2 million cars`` stays a count with a bound after it."""
    doc = extract_both("The number of offences recorded in 2023-24 was 301,450, which is 9,870 offences (or 3%) higher "
                       "than the level recorded in 2022-23.")
    found = by_text(doc)
    assert (found["9,870"]["metric"], found["3%"]["metric"], found["3%"]["direction"]) == ("CHANGE", "CHANGE", "up")
    check(relations(doc), [("9,870", "MODIFIES", "301,450"), ("3%", "MODIFIES", "301,450")])
    found = by_text(extract_both(
        "Revised figures put the total at 289,362, which is 312 offences more than previously published. Some 41 "
        "cities had more than 2 million cars."))
    assert (found["312"]["metric"], found["312"]["direction"]) == ("CHANGE", "up")
    assert found["41"]["metric"] == "COUNT"


def test_periods_months_into_a_year_and_fiscal_year_baselines(extract_both):
    """``Nine months into 2024`` is a period (``Nine months`` no figure); ``from fiscal year 2023`` after a change
    is its baseline, not the period of the level before it."""
    doc = extract_both("Nine months into 2024, registrations were up 1.2% at 7.1 million units.")
    assert "Nine months" not in {q["text"] for q in quantities(doc)}
    check(relations(doc), [("7.1 million", "PERIOD", "Nine months into 2024")])
    doc = extract_both("- Outlays: $6.752 trillion, up $618 billion (10 percent) from fiscal year 2023")
    check(relations(doc), [("$618 billion", "BASELINE", "fiscal year 2023")],
          [("$6.752 trillion", "PERIOD", "fiscal year 2023")])


@pytest.mark.parametrize("text, change, level", [
    ("Police recorded 52,310 crimes in 2023-24, an increase of around 1,940 offences compared with the previous year.",
     "1,940", "52,310"),
    ("The number of deaths rose to 12,407 from 11,950 in the same period of 2023, an increase of 3.8%.", "3.8%", "12,407"),
    ("World demand rises by 1.1 million b/d to an average of 103.9 million b/d in 2025.", "1.1 million b/d",
     "103.9 million b/d"),
    ("Pipeline exports rise by 1.5 billion cubic feet per day (Bcf/d) to 16.2 Bcf/d.", "1.5 billion cubic feet per day",
     "16.2 Bcf/d"),
])
def test_appositive_changes_and_levels_reached(extract_both, text, change, level):
    """``..., an increase of around 1,940 offences``: an appositive change (with its own noun) modifies the level
    before it; after ``to A from B`` it is A's; ``to an average of`` and a bracketed abbreviation before ``to`` still
    reach a level."""
    check(relations(extract_both(text)), [(change, "MODIFIES", level)])


@pytest.mark.parametrize("text, change, baseline", [
    ("The price is forecast at $612 per tonne, up $18/t from last month's outlook.", "$18/t", "last month's outlook"),
    ("Stocks ended October at 3,811 Bcf, 4% above the five-year (2019-2023) average.", "4%",
     "the five-year (2019-2023) average"),
])
def test_baselines_of_outlooks_and_dated_averages(extract_both, text, change, baseline):
    """``last month's outlook`` and ``the five-year (2019-2023) average`` are whole comparison points."""
    check(relations(extract_both(text)), [(change, "BASELINE", baseline)])


def test_a_respectively_list_takes_no_comparison_of_a_contrasted_clause(extract_both):
    """``increased by 9% and 3% respectively, whereas ... fell to 4,310, down from 4,702 a year earlier``: the
    comparison of the clause after ``whereas`` is not the list's."""
    doc = extract_both("Burglary rose by 12% to 21,400 offences in 2023-24, and fraud and robbery increased by 9% and 3% "
                       "respectively, whereas vehicle theft fell to 4,310, down from 4,702 a year earlier.")
    check(relations(doc), [("9%", "CATEGORY", "fraud")], [("9%", "BASELINE", "a year earlier"),
                                                          ("3%", "BASELINE", "a year earlier")])


def test_a_bracketed_year_range_does_not_make_an_average_a_year(extract_both):
    """``the five-year (2019-2023) average`` is a comparison of type ``other`` with no year: the bracketed years
    date the average."""
    doc = extract_both("Stocks ended October at 3,811 Bcf, 4% above the five-year (2019-2023) average.")
    base = [s for s in doc["spans"] if s["label"] == "BASELINE"]
    assert [(b["type"], b["year"]) for b in base] == [("other", None)], base


@pytest.mark.parametrize("text, expected", [
    ("Port revenue in the first half was €512 million, of which €268 million came from seaport dues and €203 million "
     "from lease income.", [("€268 million", "seaport dues"), ("€203 million", "lease income")]),
    ("Investment reached a record €9.8 billion, of which €2.1 billion was spent on the renewal of bridges.",
     [("€2.1 billion", "the renewal of bridges")]),
    ("Exports to the EU were €6,912 million, of which €2,044 million went to France and €1,180 million to Spain.",
     [("€2,044 million", "France"), ("€1,180 million", "Spain")]),
])
def test_a_sub_total_said_to_come_from_or_go_somewhere(extract_both, text, expected):
    """``of which €268 million came from seaport dues and €203 million from lease income``: each part's category is
    what it came from, went to or was spent on (GUIDELINES 3, the predicate of a sub-total), also for the list items
    that leave the verb out."""
    rel = relations(extract_both(text))
    for figure, category in expected:
        found = {c for h, label, c in rel if h == figure and label == "CATEGORY"}
        assert found and category in next(iter(found)), (figure, sorted(rel))


@pytest.mark.parametrize("text, expected", [
    ("Grammar schools, academies and free schools recorded 31.2%, 24.1% and 20.6% respectively (29.9%, 23.5% and "
     "20.1% a year earlier).", [("29.9%", "Grammar schools"), ("23.5%", "academies"), ("20.1%", "free schools")]),
    ("The crude birth rate was 7.9 per thousand inhabitants and the crude death rate 12.8 per thousand, compared with "
     "8.6 and 13.2 respectively in 2022.", [("8.6", "crude birth rate"), ("13.2", "crude death rate")]),
])
def test_a_list_of_earlier_values_takes_its_figures_categories_in_order(extract_both, text, expected):
    """A list of earlier values after as many figures (in brackets that name their time, or after ``compared
    with``) takes their categories in order; signed changes in brackets are no earlier values."""
    rel = relations(extract_both(text))
    for figure, category in expected:
        found = {c for h, label, c in rel if h == figure and label == "CATEGORY"}
        assert found and category in next(iter(found)), (figure, sorted(rel))
    rel = relations(extract_both("Sales grew in Spain and Italy (+4.9% and +0.9% respectively) and fell in France and "
                                 "Germany (-2.7% and -0.4%, respectively)."))
    check(rel, [("-2.7%", "CATEGORY", "France"), ("-0.4%", "CATEGORY", "Germany")])


def test_colon_labels_in_brackets_labels_with_a_threshold_and_lone_verbs(extract_both):
    """A colon in brackets (``(third quarter of 2023: 60.6%)``) labels no line, so the paragraph's dateline is never
    a category; a label naming a threshold (``Treatment within 62 days: 67.3``) names its measure before it; a lone
    ``contributed`` is no category."""
    doc = extract_both("BONN – In the third quarter of 2024, 91.2 billion kilowatt hours were fed into the grid. "
                       "Generation from renewable sources reached a share of 61.8% (third quarter of 2023: 58.9%).")
    rel = relations(doc)
    assert not [r for r in rel if r[2] == "BONN"], sorted(rel)
    doc = extract_both("Waiting times, October 2024 (percentage of patients; September 2024 in brackets)\n"
                       "- Diagnosis or all-clear within 28 days: 77.1 (76.4)\n"
                       "- Urgent referral to first treatment within 62 days: 69.0 (67.9)\n")
    check(relations(doc), [("77.1", "CATEGORY", "Diagnosis or all-clear"),
                           ("67.9", "CATEGORY", "Urgent referral to first treatment")])
    rel = relations(extract_both("Household consumption picked up and contributed +0.2 point to GDP growth this quarter."))
    check(rel, [("+0.2 point", "CATEGORY", "Household consumption")])


def test_two_counted_glosses_and_clauses_after_a_figure(extract_both):
    """``(persons, cases)`` names two counted things: each row's label decides its unit; ``revised to 118,801
    following the reconciliation of late records`` counts what was revised, not the reconciliation."""
    found = by_text(extract_both(
        "Table 1. Vital statistics, September (persons, cases)\n"
        "                    September 2023   September 2024   Change (%)\n"
        "Marriages           14,210           15,633           10.0\n"
        "Divorces             7,455            7,102           -4.7\n"))
    assert (found["14,210"]["unit"], found["7,102"]["unit"]) == ("marriage", "divorce")
    found = by_text(extract_both(
        "Border encounters in July have been revised to 118,801 following the reconciliation of late records."))
    assert found["118,801"]["unit"] == "encounter"


def test_bare_rates_and_negative_balances(extract_both):
    """``bringing the crude divorce rate down to 1.7``: a bare figure of a level rate is a SHARE; ``the number of
    offences per 100,000 inhabitants, was 7,110 in 2023``: the rate declared without a figure gives its unit to the
    bare figure (a preposition after it is no counted noun) and the base is no figure; ``Budgetary balance: -14.5``
    under a heading in $ billions is a deficit (MONEY), not a fall. A pace (``at rates of 1,004,000``) keeps its
    own unit."""
    found = by_text(extract_both(
        "Divorces fell by 402 to 6,950, bringing the crude divorce rate down to 1.6."))
    assert found["1.6"]["metric"] == "SHARE"
    found = by_text(extract_both(
        "The frequency rate, which expresses the number of offences per 100,000 inhabitants, was 7,110 in 2023."))
    assert "100,000" not in found and found["7,110"]["unit"].endswith("per 100,000 inhabitants")
    found = by_text(extract_both(
        "Table 2: Budgetary transactions, April to September 2024 ($ billions; April to September 2023 in brackets)\n"
        "- Budgetary revenues: 241.7 (220.3)\n- Budgetary balance: -13.2 (-14.0)\n"))
    assert (found["-13.2"]["metric"], found["-14.0"]["metric"], found["-13.2"]["value"]) == ("MONEY", "MONEY", 13.2e9)
    found = by_text(extract_both(
        "Completions of single-family homes and of units in larger buildings were at rates of 1,004,000 and 593,000 "
        "respectively."))
    assert found["593,000"]["metric"] == "COUNT"


@pytest.mark.parametrize("text, expected", [
    ("The crude birth rate, the number of live births per 1,000 population, was 5.2, up 0.4 from a year earlier.",
     [("0.4", "MODIFIES", "5.2")]),
    ("In October, RMB loans increased by RMB500 billion, RMB238 billion less than in October 2023.",
     [("RMB238 billion", "MODIFIES", "RMB500 billion")]),
    ("M2 stood at RMB309 trillion, increasing by 7.5 percent year on year, 0.3 percentage points higher than at "
     "end-September and 1.4 percentage points lower than a year earlier.",
     [("0.3 percentage points", "MODIFIES", "7.5 percent"), ("1.4 percentage points", "MODIFIES", "7.5 percent")]),
])
def test_changes_stated_after_a_comma_and_compared_again(extract_both, text, expected):
    """``was 5.2, up 0.4 from a year earlier`` and ``increased by RMB500 billion, RMB238 billion less than``: a change
    with its own cue after a comma modifies the figure before the comma; ``..., 0.3 points higher than at
    end-September and 1.4 points lower than a year earlier``: compared again, it modifies the same figure."""
    check(relations(extract_both(text)), expected)


@pytest.mark.parametrize("text, expected, absent", [
    ("M2 grew 7.2 percent year on year, 0.2 percentage points lower than at end-September.",
     [("0.2 percentage points", "BASELINE", "end-September")], []),
    ("Container volumes were up 4.1% and 2.6% respectively on the same quarters of 2023.",
     [("4.1%", "BASELINE", "the same quarters of 2023"), ("2.6%", "BASELINE", "the same quarters of 2023")], []),
    ("In October, RMB loans increased by RMB500 billion, RMB238 billion less than in October 2023.",
     [("RMB238 billion", "BASELINE", "October 2023")], [("RMB500 billion", "BASELINE", "October 2023")]),
    ("Retail sales slipped 0.4% in July, but rose 4.2% over a year earlier.",
     [("4.2%", "BASELINE", "a year earlier")], [("0.4%", "BASELINE", "a year earlier")]),
])
def test_month_ends_plural_periods_and_comparisons_of_their_own(extract_both, text, expected, absent):
    """``than at end-September`` is a month-on-month comparison (a named previous month, FORMAT); ``on the same
    quarters of 2023`` compares a list; a comparison stated after a second change (``, RMB238 billion less than ...``)
    or in a contrasted clause (``, but rose 4.2% over a year earlier``) is that change's own."""
    doc = extract_both(text)
    check(relations(doc), expected, absent)
    if "end-September" in text:
        assert [b["type"] for b in doc["spans"] if b["label"] == "BASELINE" and "end-" in text[b["start"]:b["end"]]] == ["mom"]


def test_absolute_constructions_after_with_and_fronted_wholes_spent_on_parts(extract_both):
    """``, with exports up 5.1% and imports down 2.4%``: each change is of its own subject and modifies no earlier
    level (``with dry peas up 15.0% to 3.00 Mt`` still reaches its level); ``Of the $70.2 billion of spending,
    $37.9 billion went on services and $32.3 billion on goods``: each part's category is what it went on, while a
    share of a fronted whole keeps the whole."""
    rel = relations(extract_both("Steel held steady at 3.4 million tonnes (+0.8%), with exports up 5.1% and imports down "
                                 "2.4%."))
    check(rel, [("5.1%", "CATEGORY", "exports"), ("2.4%", "CATEGORY", "imports")],
          [("5.1%", "MODIFIES", "3.4 million tonnes")])
    rel = relations(extract_both("Pulse output rose to 7.6 Mt, with dry peas up 15.0% to 3.00 Mt."))
    check(rel, [("15.0%", "MODIFIES", "3.00 Mt")])
    rel = relations(extract_both("Of the $70.2 billion of household spending in September, $37.9 billion went on services "
                                 "and $32.3 billion on goods."))
    check(rel, [("$37.9 billion", "CATEGORY", "services"), ("$32.3 billion", "CATEGORY", "goods")])
