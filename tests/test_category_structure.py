"""Categories from the structure of real sentences: lists of places with rates, absolute constructions,
changes stated as nouns, and words that premodify a figure without being its category."""

import pytest

from conftest import relations


def _category(rel, figure):
    found = [c for h, label, c in rel if h == figure and label == "CATEGORY"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Unemployment rates in June were 4.3% in New South Wales, 4.4% in Victoria, 4.0% in Queensland and 3.8% "
         "in South Australia.", "4.0%", "Queensland"),
        ("The indices stand at 133.9 for primary goods, 113.0 for capital goods and 155.6 for intermediate goods.",
         "113.0", "capital goods"),
        ("Violent crime fell 3.0% in 2023, with murder down 11.6%, rape down 9.4% and aggravated assault down 2.8%.",
         "9.4%", "rape"),
        ("The food index increased 0.2 percent, with the index for food at home rising 0.1 percent.",
         "0.1 percent", "index for food at home"),
        ("Goods-producing industries fell 0.5 percent, outweighing a 0.9 percent rise in primary industries.",
         "0.9 percent", "primary industries"),
        ("This result stems from an increase of 0.4 percent in average hourly earnings.", "0.4 percent",
         "average hourly earnings"),
    ],
)
def test_category_from_the_structure_of_the_sentence(extract_one, text, figure, category):
    found = _category(relations(extract_one(text)), figure)
    assert found is not None and category.lower() in found.lower() and len(found) <= 3 * len(category) + 10, found


@pytest.mark.parametrize(
    "text,figure,wrong",
    [
        ("Average hourly wages rose 5.1% in May, following a 5.2% increase in April.", "5.2%", "following a"),
        ("Arrivals from China were still 38.5% lower than in May 2019.", "38.5%", "still"),
        ("The index has risen 3.93% over the year, above the 3.69% observed a year before.", "3.69%", "above the"),
    ],
)
def test_words_before_a_figure_that_are_not_its_category(extract_one, text, figure, wrong):
    assert _category(relations(extract_one(text)), figure) != wrong


def test_two_figures_placed_in_two_areas_keep_the_subject(extract_one):
    rel = relations(extract_one("Seasonally adjusted GDP rose by 0.4% in the euro area and by 0.5% in the EU."))
    assert _category(rel, "0.5%") != "EU"
