"""Figures: what is found, its span, its kind, its normalised value and qualifier."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newslens.analysis.figures import figures_of, find_figures
from newslens.analysis.model import Figure, FigureKind, Qualifier
from newslens.resources import sample_article


def only(nlp: Language, text: str, words: str) -> Figure:
    """The one figure whose text is ``words``."""
    found = [f for f in find_figures(nlp(text)) if f.text == words]
    assert found, f"no figure {words!r} in {[f.text for f in find_figures(nlp(text))]}"
    return found[0]


def test_nearly_is_approximately_and_part_of_the_span(nlp: Language) -> None:
    figure = only(nlp, "Officials say nearly 19,000 soldiers have died.", "nearly 19,000")
    assert (figure.kind, figure.value, figure.qualifier) == (
        FigureKind.COUNT,
        19000.0,
        Qualifier.APPROXIMATELY,
    )


def test_count_carries_the_noun_it_counts(nlp: Language) -> None:
    figure = only(nlp, "Officials say nearly 19,000 soldiers have died.", "nearly 19,000")
    assert figure.unit == "soldiers"


def test_more_than_is_at_least(nlp: Language) -> None:
    figure = only(nlp, "The club gets more than 300 letters a week.", "more than 300")
    assert (figure.value, figure.qualifier) == (300.0, Qualifier.AT_LEAST)


def test_fewer_than_is_at_most(nlp: Language) -> None:
    figure = only(nlp, "Fewer than 40 people came to the meeting.", "Fewer than 40")
    assert (figure.value, figure.qualifier) == (40.0, Qualifier.AT_MOST)


def test_a_bare_number_is_exact(nlp: Language) -> None:
    figure = only(nlp, "The council has 45 members.", "45")
    assert (figure.kind, figure.value, figure.qualifier) == (
        FigureKind.COUNT,
        45.0,
        Qualifier.EXACTLY,
    )


def test_dollars_with_a_scale_word(nlp: Language) -> None:
    figure = only(nlp, "The bridge cost $3.5 million to repair.", "$3.5 million")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.MONEY, 3_500_000.0, "USD")


def test_pounds_with_an_abbreviated_scale(nlp: Language) -> None:
    figure = only(nlp, "The club lost £30m last season.", "£30m")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.MONEY, 30_000_000.0, "GBP")


def test_currency_written_as_a_word(nlp: Language) -> None:
    figure = only(nlp, "The fund holds about 1.2bn euros in cash.", "about 1.2bn euros")
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.MONEY,
        1_200_000_000.0,
        "EUR",
        Qualifier.APPROXIMATELY,
    )


@pytest.mark.parametrize(
    ("text", "words", "value", "currency"),
    [
        ("The deal is worth A$2.1 billion to the miner.", "A$2.1 billion", 2.1e9, "AUD"),
        ("Ottawa set aside C$1.9bn for housing.", "C$1.9bn", 1.9e9, "CAD"),
        ("The magistrate fined him R50,000 on Friday.", "R50,000", 50_000.0, "ZAR"),
        ("Eskom needs R1.2bn for repairs.", "R1.2bn", 1.2e9, "ZAR"),
        ("The state will spend Rs 45 billion on roads.", "Rs 45 billion", 4.5e10, "INR"),
        ("The state will spend ₹4,500 crore on roads.", "₹4,500 crore", 4.5e10, "INR"),
        ("Petrol now sells for ₦617 a litre.", "₦617", 617.0, "NGN per litre"),
        ("The bank was fined CHF 12 million.", "CHF 12 million", 1.2e7, "CHF"),
        ("Shares closed at 212p in London.", "212p", 2.12, "GBP"),
        ("The pump price hit 142.9p a litre.", "142.9p", 1.429, "GBP per litre"),
    ],
)
def test_currencies_beyond_the_dollar_keep_their_own_code(
    nlp: Language, text: str, words: str, value: float, currency: str
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.unit) == (FigureKind.MONEY, currency)
    assert figure.value == pytest.approx(value)


def test_letters_and_pixels_that_look_like_money_are_not(nlp: Language) -> None:
    text = "Take the R2 motorway to see an R15 film, streamed in 1080p."
    assert [f.text for f in find_figures(nlp(text))] == []


def test_a_scale_before_a_unit_keeps_the_unit(nlp: Language) -> None:
    figure = only(nlp, "Some 1.2 million barrels a day were lost.", "Some 1.2 million barrels")
    # the scale is the amount's and the period the unit's ("a day"): barrels per day
    assert (figure.kind, figure.value, figure.unit) == (
        FigureKind.QUANTITY,
        1.2e6,
        "barrels per day",
    )


def test_a_number_word_with_a_hyphen_is_one_number_not_a_range(nlp: Language) -> None:
    figure = only(nlp, "Twenty-five thousand people marched.", "Twenty-five thousand")
    assert (figure.kind, figure.value) == (FigureKind.COUNT, 25_000.0)


def test_two_numbers_joined_by_and_are_not_their_sum(nlp: Language) -> None:
    figure = only(nlp, "Rates rose 10 and 20 percent respectively.", "10 and 20 percent")
    assert figure.value != pytest.approx(0.3)


def test_percent_sign_is_a_fraction(nlp: Language) -> None:
    figure = only(nlp, "Turnout was 42% in the north.", "42%")
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.42)


def test_per_cent_in_words_is_a_percentage_not_money(nlp: Language) -> None:
    figure = only(nlp, "Prices rose by 12 per cent in a year.", "12 per cent")
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.12)


def test_date_without_a_year_is_truncated_iso(nlp: Language) -> None:
    figure = only(nlp, "The invasion began on February 24.", "February 24")
    assert (figure.kind, figure.value) == (FigureKind.DATE, "--02-24")


def test_full_date_is_iso(nlp: Language) -> None:
    figure = only(nlp, "The invasion began on February 24, 2022.", "February 24, 2022")
    assert figure.value == "2022-02-24"


def test_a_year_alone_is_a_date(nlp: Language) -> None:
    figure = only(nlp, "The peninsula was annexed in 2014.", "2014")
    assert (figure.kind, figure.value) == (FigureKind.DATE, "2014")


def test_month_and_year(nlp: Language) -> None:
    figure = only(nlp, "The plant closed in March 2019.", "March 2019")
    assert figure.value == "2019-03"


def test_between_and_is_a_range(nlp: Language) -> None:
    figure = only(nlp, "Between 10 and 20 people were hurt.", "Between 10 and 20")
    assert (figure.kind, figure.value) == (FigureKind.RANGE, "10/20")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Between 10 and 20 percent of voters were undecided.", "Between 10 and 20 percent"),
        ("Polls put it at between 10% and 20% of voters.", "between 10% and 20%"),
    ],
)
def test_a_range_of_percentages_is_one_range(nlp: Language, text: str, words: str) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, "10/20", "percent")


def test_range_of_durations_keeps_its_unit(nlp: Language) -> None:
    figure = only(nlp, "The storm will last between 10 and 20 hours.", "between 10 and 20 hours")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, "10/20", "hours")


def test_hyphenated_range(nlp: Language) -> None:
    figure = only(nlp, "Each crate holds 10-20 bottles.", "10-20")
    assert (figure.kind, figure.value) == (FigureKind.RANGE, "10/20")


def test_money_range_shares_its_scale(nlp: Language) -> None:
    figure = only(nlp, "The repairs will cost $10-20 million.", "$10-20 million")
    assert (figure.kind, figure.value, figure.unit) == (
        FigureKind.RANGE,
        "10000000/20000000",
        "USD",
    )


def test_quantity_with_a_unit(nlp: Language) -> None:
    figure = only(nlp, "The village lies 5 km from the border.", "5 km")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 5.0, "km")


def test_up_to_joins_a_quantity(nlp: Language) -> None:
    figure = only(nlp, "Winds reached up to 50 mph overnight.", "up to 50 mph")
    assert (figure.kind, figure.qualifier) == (FigureKind.QUANTITY, Qualifier.AT_MOST)


def test_number_words_with_dozen(nlp: Language) -> None:
    figure = only(nlp, "Two dozen protesters gathered outside.", "Two dozen")
    assert figure.value == 24.0


def test_ordinal_word(nlp: Language) -> None:
    figure = only(nlp, "She finished third in the race.", "third")
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 3.0)


def test_ordinal_time_is_one_phrase(nlp: Language) -> None:
    figure = only(nlp, "It was the third time the mayor spoke.", "third time")
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 3.0)


def test_numeric_ordinal(nlp: Language) -> None:
    assert only(nlp, "It is the city's 21st marathon.", "21st").value == 21.0


def test_clock_time(nlp: Language) -> None:
    figure = only(nlp, "The polls close at 9 p.m. tonight.", "9 p.m.")
    assert (figure.kind, figure.value) == (FigureKind.TIME, "21:00")


def test_duration_is_a_number_of_units(nlp: Language) -> None:
    figure = only(nlp, "The trial lasted three years.", "three years")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 3.0, "years")


def test_hyphenated_duration(nlp: Language) -> None:
    figure = only(nlp, "Drivers work 12-hour shifts.", "12-hour")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 12.0, "hours")


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("She won in two hours and 51 minutes.", "two hours and 51 minutes", 171.0, "minutes"),
        ("Talks resumed after 18 weeks & 3 days.", "18 weeks & 3 days", 129.0, "days"),
    ],
)
def test_a_duration_in_two_units_is_counted_in_the_smaller(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, value, unit)


@pytest.mark.parametrize(
    ("text", "words"),
    [("Gaza: 18 weeks & counting.", "18 weeks"), ("It took a year and three days.", "a year")],
)
def test_a_figure_does_not_end_on_the_word_joining_it_to_the_next(
    nlp: Language, text: str, words: str
) -> None:
    figure = only(nlp, text, words)
    assert figure.kind is FigureKind.QUANTITY


def test_over_before_a_duration_means_during(nlp: Language) -> None:
    figure = only(nlp, "The offer is a rise of 4% over two years.", "two years")
    assert figure.qualifier is Qualifier.EXACTLY


def test_a_vote_tally_is_not_a_range(nlp: Language) -> None:
    figure = only(nlp, "The council voted 5-2 to approve the plan.", "5-2")
    assert (figure.kind, figure.value) == (FigureKind.COUNT, "5-2")


def test_percentage_in_words(nlp: Language) -> None:
    figure = only(nlp, "Four and a half per cent is the offer.", "Four and a half per cent")
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.045)


@pytest.mark.parametrize(
    ("text", "period", "value"),
    [
        ("Crime fell in the 1990s.", "the 1990s", "199X"),
        ("Phones spread in the 2000s.", "the 2000s", "200X"),
        # a year ending in 00 with an "s" is the century papers mean by it
        ("The mill was built in the 1800s.", "the 1800s", "18XX"),
        ("The mill was built in the early 1900s.", "the early 1900s", "19XX"),
        ("The mill was built in the 19th century.", "the 19th century", "18XX"),
        # the part of the century glued to its number by a hyphen
        ("The mill was built in the mid-19th century.", "the mid-19th century", "18XX"),
        ("The mill was built in the late-20th century.", "the late-20th century", "19XX"),
    ],
)
def test_decade_or_century_is_an_edtf_date(
    nlp: Language, text: str, period: str, value: str
) -> None:
    assert only(nlp, text, period).value == value


def test_iso_date_written_as_digits(nlp: Language) -> None:
    figure = only(nlp, "The order was signed on 2022-02-24.", "2022-02-24")
    assert (figure.kind, figure.value) == (FigureKind.DATE, "2022-02-24")


def test_one_in_five_is_a_share(nlp: Language) -> None:
    figure = only(nlp, "One in five adults smoke.", "One in five")
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.2)


def test_negative_temperature(nlp: Language) -> None:
    figure = only(nlp, "The lake froze at -5°C last night.", "-5°C")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, -5.0, "°C")


def test_m_before_people_is_millions(nlp: Language) -> None:
    figure = only(nlp, "About 1.5m people live there.", "About 1.5m")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, 1_500_000.0, "people")


def test_m_before_an_adjective_is_metres(nlp: Language) -> None:
    figure = only(nlp, "The wall is 1.5m high.", "1.5m")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 1.5, "m")


def test_month_alone_is_truncated_iso(nlp: Language) -> None:
    assert only(nlp, "The work starts in July.", "July").value == "--07"


def test_about_before_a_year_is_not_a_qualifier(nlp: Language) -> None:
    figure = only(nlp, "They talked about 2014 all evening.", "2014")
    assert figure.qualifier is Qualifier.EXACTLY


@pytest.mark.parametrize(
    ("text", "words", "qualifier"),
    [
        ("The road will stay closed until at least Friday.", "at least Friday", Qualifier.AT_LEAST),
        ("The ban will last until at least 2027.", "at least 2027", Qualifier.AT_LEAST),
        # near miss: a date with no bound of its own
        ("The road will stay closed until Friday.", "Friday", Qualifier.EXACTLY),
        # near miss: a hedge on a time before a date
        (
            "He said the returns were not audited at least before 2009.",
            "at least before 2009",
            Qualifier.EXACTLY,
        ),
    ],
)
def test_at_least_in_a_dates_words_bounds_it(
    nlp: Language, text: str, words: str, qualifier: Qualifier
) -> None:
    assert only(nlp, text, words).qualifier is qualifier


@pytest.mark.parametrize(
    "text",
    ["One of the officers declined to comment.", "Talks will resume in the coming days."],
)
def test_pronoun_one_and_vague_dates_are_not_figures(nlp: Language, text: str) -> None:
    assert find_figures(nlp(text)) == []


def test_offset_shifts_spans_but_not_text(nlp: Language) -> None:
    figure = find_figures(nlp("Turnout was 42%."), offset=100)[0]
    assert (figure.start, figure.end, figure.text) == (112, 115, "42%")


def test_sample_article_figures(nlp: Language) -> None:
    text = sample_article().read_text(encoding="utf-8")
    found = {f.text for f in find_figures(nlp(text))}
    assert {"February 24", "nearly 19,000", "2014", "more than 300", "first time"} <= found


def test_component_sets_the_doc_extension(nlp: Language) -> None:
    import newslens.analysis.figures  # noqa: F401  (registers the factory)

    pipeline = Language(vocab=nlp.vocab)
    for name in nlp.pipe_names:
        pipeline.add_pipe(name, source=nlp)
    pipeline.add_pipe("newslens_figures")
    doc = pipeline("Turnout was 42% in the north.")
    assert figures_of(doc) == find_figures(doc)
    assert [f.text for f in figures_of(doc, offset=10)] == ["42%"]


def test_component_works_in_multiprocess_pipe(nlp: Language) -> None:
    import newslens.analysis.figures  # noqa: F401  (registers the factory)

    pipeline = Language(vocab=nlp.vocab)
    for name in nlp.pipe_names:
        pipeline.add_pipe(name, source=nlp)
    pipeline.add_pipe("newslens_figures")
    texts = ["Turnout was 42%.", "It cost $5 million."]
    docs = list(pipeline.pipe(texts, n_process=2))
    assert [[f.text for f in figures_of(d)] for d in docs] == [["42%"], ["$5 million"]]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "nearly",
                "19,000",
                "$",
                "3.5",
                "million",
                "%",
                "per",
                "cent",
                "between",
                "and",
                "10-20",
                "km",
                "February",
                "24",
                "2014",
                "more",
                "than",
                "the",
                "first",
                "time",
                "-",
                "~",
                "£30m",
                "p.m.",
                ",",
                ".",
                "dozen",
                "two",
                "half",
                "up",
                "to",
                "\n",
                "“",
            ]
        )
        | st.text(max_size=6),
        max_size=25,
    ).map(" ".join)
)
def test_any_text_gives_spans_in_range_that_match_the_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    last_end = 0
    for figure in find_figures(doc):
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.text == text[figure.start : figure.end]
        assert figure.start >= last_end
        last_end = figure.end


def test_a_number_in_a_name_is_no_figure(nlp: Language) -> None:
    text = "Speaking on BBC Radio 4's Today programme, she said 600 carriages were on order."
    assert [f.text for f in find_figures(nlp(text))] == ["600"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Revenue grew to a record $24.2bn.", "$24.2bn", 24.2e9),
        ("Profit hit a record £3.5m last year.", "£3.5m", 3.5e6),
        ("They raised $16.4bn.", "$16.4bn", 16.4e9),
        ("The drug was given at 75 mg a day.", "75 mg", 75.0),
        ("The population grew by a quarter of a million.", "a quarter of a million", 250_000.0),
        ("A hundred people came.", "A hundred", 100.0),
        ("It lasted four and a half hours.", "four and a half hours", 4.5),
    ],
)
def test_an_article_is_not_a_number_of_its_own(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert only(nlp, text, words).value == value


def test_hundredths_of_a_currency(nlp: Language) -> None:
    assert only(nlp, "The pound rose half a cent.", "half a cent").value == 0.005
    assert only(nlp, "The euro fell 0.4 cents.", "0.4 cents").value == 0.004


def test_fractions_in_words_are_shares(nlp: Language) -> None:
    text = "Two-thirds of voters agreed, and three-quarters of homes were insured."
    assert only(nlp, text, "Two-thirds").value == pytest.approx(2 / 3)
    assert only(nlp, text, "three-quarters").value == 0.75
    point = only(nlp, "It rose by half a percentage point.", "half a percentage point")
    assert (point.kind, point.value) == (FigureKind.PERCENT, 0.005)
    assert only(nlp, "Profits fell 25pc this year.", "25pc").value == 0.25


def test_temperatures_written_without_a_degree_sign(nlp: Language) -> None:
    text = "Temperatures were 1.45C above average and fell to minus 12C in the north."
    warm = only(nlp, text, "1.45C")
    assert (warm.kind, warm.value, warm.unit) == (FigureKind.QUANTITY, 1.45, "°C")
    assert only(nlp, text, "minus 12C").value == -12.0


def test_round_counts_in_words_are_approximate(nlp: Language) -> None:
    text = "Tens of thousands marched and dozens of people were hurt."
    for words in ("Tens of thousands", "dozens"):
        figure = only(nlp, text, words)
        assert (figure.kind, figure.qualifier) == (FigureKind.COUNT, Qualifier.APPROXIMATELY)


@pytest.mark.parametrize(
    "text",
    [
        "For more information call 020 7946 0321.",
        "The desk is on +44 20 7946 0958 for readers.",
        "Readers can reach the desk at (555) 010-4477.",
        "Anyone who sees the van should call 999.",
        "The chancellor spoke outside No. 11 Downing Street.",
        "COVID-19 admissions remain low.",
        "The FTSE 100 closed higher.",
        "A strike halted production of the 737 MAX.",
        "The work was funded under grant agreement No. 101076589.",
    ],
)
def test_telephone_numbers_and_numbered_names_are_no_figures(nlp: Language, text: str) -> None:
    assert find_figures(nlp(text)) == []


def test_a_count_after_call_is_still_a_count(nlp: Language) -> None:
    assert only(nlp, "Volunteers called 300 voters on Monday.", "300").value == 300.0


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        (
            "Analysts see profits of between $4bn and $5bn this year.",
            "between $4bn and $5bn",
            "4000000000/5000000000",
            "USD",
        ),
        (
            "The glass is fired at between 600°C and 700°C for an hour.",
            "between 600°C and 700°C",
            "600/700",
            "°C",
        ),
        (
            "The fair is open between March 3 and March 9 this year.",
            "between March 3 and March 9",
            "--03-03/--03-09",
            None,
        ),
        (
            "Bills sent between February 1 and April 15 are affected.",
            "between February 1 and April 15",
            "--02-01/--04-15",
            None,
        ),
        ("The fair runs from 4 to 7 July.", "from 4 to 7 July", "--07-04/--07-07", None),
    ],
)
def test_bounds_with_their_own_signs_units_or_months_make_one_range(
    nlp: Language, text: str, words: str, value: str, unit: str | None
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, value, unit)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Spending rose in 2024-25 as planned.", "2024-25", "2024/2025"),
        ("The 2016/17 season ended early.", "2016/17", "2016/2017"),
        ("The trust overspent in the 2020-21 financial year.", "2020-21", "2020/2021"),
    ],
)
def test_a_financial_year_or_season_is_a_period(
    nlp: Language, text: str, words: str, value: str
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value) == (FigureKind.DATE, value)


def test_years_further_apart_are_a_range_and_tallies_stay_tallies(nlp: Language) -> None:
    assert only(nlp, "Output fell over 2010-15.", "2010-15").value == "2010/2015"
    text = "The jury split 7-3 and the home side won 3-1."
    for words in ("7-3", "3-1"):
        assert (only(nlp, text, words).kind, only(nlp, text, words).value) == (
            FigureKind.COUNT,
            words,
        )
    assert only(nlp, "Fees rose 20-25% this year.", "20-25%").value == "20/25"


def test_just_under_is_at_most(nlp: Language) -> None:
    figure = only(nlp, "Just under 60% of members voted.", "Just under 60%")
    assert figure.qualifier is Qualifier.AT_MOST


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Seats are priced from £40 for the matinee.", "from £40"),
        ("Lessons start from $15 an hour.", "from $15"),
    ],
)
def test_from_a_price_is_at_least(nlp: Language, text: str, words: str) -> None:
    assert only(nlp, text, words).qualifier is Qualifier.AT_LEAST


@pytest.mark.parametrize(
    ("text", "words"),
    [("Results from 30 countries were pooled.", "30"), ("Inflation is up from 3%.", "3%")],
)
def test_from_a_source_or_an_old_value_is_no_bound(nlp: Language, text: str, words: str) -> None:
    assert only(nlp, text, words).qualifier is Qualifier.EXACTLY


@pytest.mark.parametrize(
    ("text", "words", "qualifier"),
    [
        ("Staff who have worked 20 years or longer get a bonus.", "20 years or longer", "≥"),
        ("Staff who have worked 20 years or more get a bonus.", "20 years or more", "≥"),
        ("Members aged 70 or above pay half.", "70 or above", "≥"),
        ("Families with incomes of £15,000 or less qualify.", "£15,000 or less", "≤"),
        ("Groups of 12 people or fewer can meet.", "12 people or fewer", "≤"),
    ],
)
def test_words_after_a_figure_bound_it(
    nlp: Language, text: str, words: str, qualifier: str
) -> None:
    expected = Qualifier.AT_LEAST if qualifier == "≥" else Qualifier.AT_MOST
    assert only(nlp, text, words).qualifier is expected


def test_an_age_is_a_number_of_years(nlp: Language) -> None:
    figure = only(nlp, "The 31-year-old denied the charges.", "31-year-old")
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.QUANTITY,
        31.0,
        "years",
        Qualifier.EXACTLY,
    )


def test_under_an_age_in_words_is_at_most(nlp: Language) -> None:
    figure = only(nlp, "Meals are free for children under seven.", "under seven")
    assert (figure.kind, figure.value, figure.qualifier) == (
        FigureKind.QUANTITY,
        7.0,
        Qualifier.AT_MOST,
    )


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Prices rose for the 9th week in a row.", "the 9th week in a row", 9.0),
        ("The walkout entered its 12th day.", "12th day", 12.0),
        ("It was the third straight day of strikes.", "the third straight day", 3.0),
        # a fraction straight before its unit is a share only as "a quarter century" is
        ("Food prices rise for a third month", "a third month", 3.0),
    ],
)
def test_a_rank_among_periods_is_an_ordinal(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, value)


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("It took a quarter century to build.", "a quarter century", 0.25, "centuries"),
        ("We waited a half hour more.", "a half hour", 0.5, "hours"),
    ],
)
def test_a_half_or_a_quarter_before_its_unit_is_a_share_of_it(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, value, unit)


def test_a_number_before_a_scale_ordinal_is_one_rank(nlp: Language) -> None:
    figure = only(nlp, "The museum greeted its 2 millionth visitor.", "2 millionth")
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 2_000_000.0)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The striker has scored 9 in 14 games since joining.",
            [("9", FigureKind.COUNT), ("14", FigureKind.COUNT)],
        ),
        # 50 overs and 4 balls, in balls
        (
            "The visitors were dismissed for 243 in 50.4 overs.",
            [("243", FigureKind.COUNT), ("50.4", FigureKind.QUANTITY)],
        ),
    ],
)
def test_a_number_in_a_number_of_occasions_is_no_share(
    nlp: Language, text: str, figures: list[tuple[str, FigureKind]]
) -> None:
    found = find_figures(nlp(text))
    assert [(f.text, f.kind) for f in found] == figures


def test_a_share_written_with_a_word_and_digits(nlp: Language) -> None:
    figure = only(nlp, "Three in 10 households rent their home.", "Three in 10")
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.3)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The order was made on 17/08/2023 in court.", "17/08/2023", "2023-08-17"),
        ("The contract was signed on 08/17/2023 in Ohio.", "08/17/2023", "2023-08-17"),
        ("The file is dated 02/03/2024 on its cover.", "02/03/2024", "2024-03-02"),
    ],
)
def test_a_date_in_digits_is_one_date_read_day_first_when_ambiguous(
    nlp: Language, text: str, words: str, value: str
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value) == (FigureKind.DATE, value)


def test_every_pair_in_a_series_of_scores_is_a_tally(nlp: Language) -> None:
    found = find_figures(nlp("She won 6-3, 4-6, 6-1 on Sunday."))
    scores = [(f.text, f.kind, f.value) for f in found if f.text != "Sunday"]
    assert scores == [(s, FigureKind.COUNT, s) for s in ("6-3", "4-6", "6-1")]


def test_magnitude_is_the_unit_of_a_quake(nlp: Language) -> None:
    figure = only(nlp, "A magnitude 5.9 earthquake shook the island.", "magnitude 5.9")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 5.9, "magnitude")


def test_a_number_labelling_a_noun_counts_nothing(nlp: Language) -> None:
    assert only(nlp, "She bought a size 10 dress.", "10").unit is None


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The galaxy is 300 light years away.", "300 light years", 300.0, "light years"),
        ("The collider reached 6.5 TeV in tests.", "6.5 TeV", 6.5, "TeV"),
        ("Wind farms made 2.1 terawatt hours.", "2.1 terawatt hours", 2.1, "terawatt hours"),
        ("Solar made 900 gigawatt hours of power.", "900 gigawatt hours", 900.0, "gigawatt hours"),
        ("The reservoir covers 2,350 km² of the valley.", "2,350 km²", 2350.0, "km²"),
    ],
)
def test_units_of_distance_energy_and_area(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, value, unit)


def test_a_fall_from_one_figure_to_another_is_no_range(nlp: Language) -> None:
    text = "The council cut the limit from 40 mph to 30 mph last year."
    assert [f.text for f in find_figures(nlp(text)) if f.kind is FigureKind.QUANTITY] == [
        "40 mph",
        "30 mph",
    ]


def test_numbers_called_and_lists_of_numbers(nlp: Language) -> None:
    text = "Anyone with information should call 116 123, and residents called 911 about it."
    assert find_figures(nlp(text)) == []
    listed = only(nlp, "Mobs of a hundred, two hundred camels roam.", "a hundred, two hundred")
    assert listed.value is None  # a list of numbers, not 10,200


def test_fifths_and_tenths_are_shares(nlp: Language) -> None:
    text = "Roughly a fifth of homes and two-fifths of shops were flooded."
    assert only(nlp, text, "Roughly a fifth").value == 0.2
    assert only(nlp, text, "two-fifths").value == 0.4


@pytest.mark.parametrize(
    ("text", "words", "kind", "value", "unit"),
    [
        ("A bag now sells at Sh2,500 in Nakuru.", "Sh2,500", FigureKind.MONEY, 2500.0, "KES"),
        ("The state released KSh 300 million.", "KSh 300 million", FigureKind.MONEY, 3e8, "KES"),
        ("Shares closed higher at 2,412p.", "2,412p", FigureKind.MONEY, 24.12, "GBP"),
        (
            "It sank to minus 12 degrees Fahrenheit overnight.",
            "minus 12 degrees Fahrenheit",
            FigureKind.QUANTITY,
            -12.0,
            "degrees Fahrenheit",
        ),
        (
            "Lows of minus 24 Celsius are forecast.",
            "minus 24 Celsius",
            FigureKind.QUANTITY,
            -24.0,
            "Celsius",
        ),
        ("It fell as low as minus 35 in the hills.", "minus 35", FigureKind.COUNT, -35.0, None),
        ("Winds reached 230 km/h at the coast.", "230 km/h", FigureKind.QUANTITY, 230.0, "km/h"),
        (
            "Winds reached 185 kilometers per hour.",
            "185 kilometers per hour",
            FigureKind.QUANTITY,
            185.0,
            "kilometers per hour",
        ),
        ("They built a 300-metre sea wall.", "300-metre", FigureKind.QUANTITY, 300.0, "metres"),
        ("The drug cuts the risk by a fifth.", "a fifth", FigureKind.PERCENT, 0.2, None),
        ("Sales rose by almost a quarter.", "almost a quarter", FigureKind.PERCENT, 0.25, None),
        ("The council missed its own 2021 deadline.", "2021", FigureKind.DATE, "2021", None),
        ("Labour won in a quarter of the seats.", "a quarter", FigureKind.PERCENT, 0.25, None),
        ("Shares rose by a quarter.", "a quarter", FigureKind.PERCENT, 0.25, None),
        ("Crime fell by a fifth last year.", "a fifth", FigureKind.PERCENT, 0.2, None),
        ("The budget for FY25-26 is larger.", "FY25-26", FigureKind.DATE, "2025/2026", None),
    ],
)
def test_figures_as_papers_beyond_the_us_write_them(
    nlp: Language, text: str, words: str, kind: FigureKind, value: object, unit: str | None
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.unit) == (kind, unit)
    assert figure.value == (pytest.approx(value) if isinstance(value, float) else value)


def test_prices_with_decimals_are_amounts_not_clock_times(nlp: Language) -> None:
    figure = only(nlp, "It expects earnings of $4.10 to $4.25 a share.", "$4.10 to $4.25")
    assert (figure.kind, figure.value, figure.unit) == (
        FigureKind.RANGE,
        "4.1/4.25",
        "USD per share",
    )
    figure = only(nlp, "Rates will range from 4.10 to 4.25 per cent.", "from 4.10 to 4.25 per cent")
    assert (figure.value, figure.unit) == ("4.1/4.25", "percent")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The index climbed past 2,700 on Friday.", "2,700"),
        ("Sales topped $1bn for the first time.", "$1bn"),
        ("Deaths exceeded 300 by March.", "300"),
    ],
)
def test_a_figure_a_verb_says_was_passed_is_at_least_it(
    nlp: Language, text: str, words: str
) -> None:
    assert only(nlp, text, words).qualifier is Qualifier.AT_LEAST


def test_a_tally_passed_is_no_bound(nlp: Language) -> None:
    assert only(nlp, "The bill passed 52-48.", "52-48").qualifier is Qualifier.EXACTLY


@pytest.mark.parametrize(
    ("text", "words", "kind", "value", "unit"),
    [
        ("Rates rose from 4.10 to 4.25 per cent.", "4.10", FigureKind.PERCENT, 0.041, None),
        ("The limit was cut from 35 to 25 mph.", "35", FigureKind.QUANTITY, 35.0, "mph"),
        ("The party went from 3 to 4 seats.", "3", FigureKind.COUNT, 3.0, "seats"),
    ],
)
def test_a_change_writes_its_first_value_in_the_seconds_unit(
    nlp: Language, text: str, words: str, kind: FigureKind, value: float, unit: str | None
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value, figure.unit) == (kind, pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The car has 16- and 17-inch wheels.", FigureKind.QUANTITY, "inches"),
        ("Screens of 16- and 17-inch sizes are sold.", FigureKind.QUANTITY, "inches"),
        # near miss: a count with its own noun keeps it
        ("The car has 16 seats and 17-inch wheels.", FigureKind.COUNT, "seats"),
    ],
)
def test_a_number_whose_hyphen_waits_takes_the_unit_after_the_next(
    nlp: Language, text: str, kind: FigureKind, unit: str
) -> None:
    figure = only(nlp, text, "16")
    assert (figure.kind, figure.value, figure.unit) == (kind, 16.0, unit)


def test_a_rate_and_a_season_are_no_share(nlp: Language) -> None:
    rate = find_figures(nlp("The board meets once a quarter."))
    assert [(f.text, f.kind, f.value, f.unit) for f in rate] == [
        ("once a quarter", FigureKind.QUANTITY, 1.0, "per quarter")
    ]
    assert [f.text for f in find_figures(nlp("Profits doubled in a quarter."))] == ["doubled"]


def test_an_ordinal_before_a_noun_stays_an_ordinal(nlp: Language) -> None:
    figure = only(nlp, "He won the title for a fifth time.", "fifth time")
    assert figure.kind is FigureKind.ORDINAL


def test_bounds_on_times_and_durations(nlp: Language) -> None:
    text = "The fire started around 3 a.m. and burned for a little over four years."
    assert only(nlp, text, "around 3 a.m.").qualifier is Qualifier.APPROXIMATELY
    assert only(nlp, text, "a little over four years").qualifier is Qualifier.AT_LEAST


def test_a_match_reports_minute_is_no_count(nlp: Language) -> None:
    text = "78' Saka-Reid is booked after 3 fouls."
    assert [f.text for f in find_figures(nlp(text))] == ["3"]


def test_a_numbered_lists_item_numbers_are_no_counts(nlp: Language) -> None:
    text = "The plan has three steps:\n1. Close the bridge.\n2) Send 40 sandbags to Mill Lane."
    assert [f.text for f in find_figures(nlp(text))] == ["three", "40"]


def test_a_number_ending_a_sentence_mid_line_is_still_a_count(nlp: Language) -> None:
    text = "The council has closed 2. Residents want more to go."
    assert [f.text for f in find_figures(nlp(text))] == ["2"]


def test_a_duration_with_a_thousands_comma_keeps_its_value(nlp: Language) -> None:
    figure = only(nlp, "The crew spent more than 1,500 days in orbit.", "more than 1,500 days")
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        FigureKind.QUANTITY,
        1500.0,
        "days",
        Qualifier.AT_LEAST,
    )


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Police logged 90 thefts, up from 72 the previous year.", "72", 72.0),
        ("England have now lost 11 of their last 12 Tests.", "12", 12.0),
    ],
)
def test_a_bare_number_the_model_took_into_a_date_is_a_count(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value) == (FigureKind.COUNT, value)
    assert all(f.kind is not FigureKind.DATE for f in find_figures(nlp(text)))


def test_four_digits_before_a_time_zone_are_a_clock_time(nlp: Language) -> None:
    figure = only(nlp, "Brent crude was flat at $82 by 1415 GMT.", "1415 GMT")
    assert (figure.kind, figure.value) == (FigureKind.TIME, "14:15")


def test_a_decade_of_someones_life_is_an_age_range(nlp: Language) -> None:
    figure = only(nlp, "The victim, a woman in her 40s, was treated at the scene.", "40s")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANGE, "40/49", "years")


def test_a_freephone_number_is_no_figure(nlp: Language) -> None:
    assert find_figures(nlp("For advice, ring the helpline on 1800 234 567.")) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Its grant was cut by a fifth since 2019.", "a fifth", 0.2),
        ("Rents rise by a third\n\nTenants protest.", "a third", pytest.approx(1 / 3)),
    ],
)
def test_a_share_followed_by_no_noun_it_orders_is_a_share(
    nlp: Language, text: str, words: str, value: object
) -> None:
    figure = only(nlp, text, words)
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, value)


def test_a_tally_in_words_is_not_summed(nlp: Language) -> None:
    figure = only(nlp, "Members voted five to two in favour of the merger.", "five to two")
    assert (figure.kind, figure.value) == (FigureKind.COUNT, "5-2")


def test_a_fraction_opening_a_compound_word_is_no_figure(nlp: Language) -> None:
    figures = find_figures(nlp("Ireland trailed 10-3 at half-time but won."))
    assert [f.text for f in figures] == ["10-3"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kenya closed with Otieno on 43 and opener James Mwangi on 12.", "43"),
        ("He sold his old three-wheeler last spring.", "three"),
    ],
)
def test_a_count_takes_no_noun_it_does_not_count(nlp: Language, text: str, words: str) -> None:
    assert only(nlp, text, words).unit is None


def test_a_rank_in_digits_is_an_ordinal(nlp: Language) -> None:
    figure = only(nlp, "The country is placed 142nd on the index.", "142nd")
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, 142.0)
    assert only(nlp, "She won it for the 4th time.", "4th time").value == 4.0


def test_a_rise_from_one_figure_to_another_is_two_figures(nlp: Language) -> None:
    figures = find_figures(nlp("Bus fares have gone up from £2 to £3 this year."))
    assert [(f.text, f.kind, f.value) for f in figures[:2]] == [
        ("£2", FigureKind.MONEY, 2.0),
        ("£3", FigureKind.MONEY, 3.0),
    ]
    turnout = find_figures(nlp("Turnout was up from 61 to 70 per cent."))
    assert [f.text for f in turnout] == ["61", "70 per cent"]
