"""Figures in a text: counts, money, percentages, quantities, dates, times, ordinals, ranges.

spaCy's entities (CARDINAL, MONEY, PERCENT, QUANTITY, DATE, TIME, ORDINAL) find most figures;
regular expressions add what the small model misses or mislabels ("12 per cent" comes back as
MONEY, "£30m" as "30", "3 p.m." as a bare "3"), and the words in front of a figure that bound
it ("nearly", "more than", "up to") are taken into its span and set its qualifier. Numbers
that name or reach something rather than count it are no figures: telephone numbers, "No. 10"
(a place in a ranking, "the world No 3", is a rank),
"COVID-19", "FTSE 100", "BBC Radio 4", "Flight 370", "401(k)", "the 9/11 attacks", a title
("a fan of The 411"), a police or court reference ("crime reference 4412", "case 2024/113"), a
road junction, an exit, a platform, a gate or a bus route ("between junctions 40 and 41", "gate
22", "route 38", "the 73 bus"), a year naming a body ("the 1922 Committee") or a version ("iOS
17"); nor are words that describe or pick out a person ("mother-of-two", "a father of three",
"said one woman").

Reading a figure's value and unit (``Figure.value``, ``Figure.unit``) from its words is the
job of :mod:`newslens.analysis.figures.values`.

Qualifiers: besides the words in front, words after a figure bound it and join its span ("30
years or more", "aged 65 and over", "15-plus years", "50+": at least; "£20,000 or less" and,
past its period, "$48,000 a year or less": at most; "40 or so": approximately); "just under
40%" is at most, as "sub-" glued to a figure is ("sub-£1,000", "a sub-two-hour marathon"), and
"just over" at least; "from £25" is at least where prices or a start are named ("priced from
£25", "rooms start from $10"), not elsewhere ("data from 40 countries", "up from 3%").

The modules, lowest first: ``numbers``, ``currencies``, ``clock_times``, ``lengths_of_time``,
``dates`` (a calendar date, a part of a year, a decade, a date in digits), ``units`` (what a
quantity is measured in), ``rates`` (multiples and rates of occasions), ``ranges`` (a range's
bounds, a tally's pair) and ``values`` read a figure's words into its value; ``patterns`` holds
the pieces of the rules; ``money``, ``exchange_rates`` (money that is a currency's price),
``changes``, ``shared_units`` (a unit left out, taken from the figure a change or a
comparison sets it against), ``tallies``, ``qualifiers``, ``counts``, ``ages``, ``speech``,
``ranks``, ``not_figures``, ``labels`` (a number that labels the noun before it, "stage 4"),
``weights`` (pounds that weigh), ``thousands`` (thousands set apart by an ordinary space or a
dot), ``shares`` (so many in so many,
a fraction or points that are a share), ``ratios`` (a pair joined by a colon: a share, a score
or a scale), ``odds`` (odds and a chance joined by a hyphen: a share),
``sport_scores`` (a score line, a cricket score, overs and balls, strokes against par, a part
of a game's point), ``durations`` (a duration in parts) and ``temperatures`` (degrees told by their
decade, "in the mid-30s") each decide one question
about the words round a number; ``entity_non_figures`` says which of the model's entities
measure nothing; ``rules`` are the patterns for what the model misses, most specific first
(``date_rules``, the dates, before all others; ``money_rules``, the prices);
``entities`` and ``rule_matches`` (where each rule is tried, which of its matches stand) give
the candidates, ``resolve`` makes them spans, ``count_units`` says what a number read as a
count turns out to be (millions, the noun it counts, a measure, a year, a duration,
percentage points), ``reading`` makes each span a figure, and this module runs them in order
(:func:`find_figures`) and is the spaCy component. A name with a leading underscore is the
package's own: its modules share it, and only they and their tests use it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from newslens.analysis.figures.currencies import LocalMoney
from newslens.analysis.figures.dates import (
    _dates_month_first,
    _parts_listed,
    _parts_of_named_years,
)
from newslens.analysis.figures.durations import _durations_joined
from newslens.analysis.figures.entities import _amounts_in_sentence_case, _entity_candidates
from newslens.analysis.figures.exchange_rates import _exchange_rates
from newslens.analysis.figures.labels import (
    labels_the_word_after,
    labels_the_word_before,
    names_the_body_before,
)
from newslens.analysis.figures.money import (
    _RAND_ANYWHERE,
    _in_currency,
    _in_rand,
    _local_dollars,
    _past_periods_of_amounts,
)
from newslens.analysis.figures.not_figures import (
    _a_second_sides_count,
    _in_a_title,
    _names_a_thing,
    _past_numbers_not_figures,
    not_figures,
)
from newslens.analysis.figures.numbers import VULGAR_FRACTION
from newslens.analysis.figures.odds import odds_as_ratios
from newslens.analysis.figures.patterns import _Candidate
from newslens.analysis.figures.ranks import (
    _a_place_in_a_ranking,
    _names_a_round,
    _orders_nothing,
    ranks_of_one_unit,
)
from newslens.analysis.figures.reading import _AMOUNT_LABELS, _figure
from newslens.analysis.figures.resolve import _past_lead_words, _resolve, _trim
from newslens.analysis.figures.rule_matches import _rule_candidates
from newslens.analysis.figures.shared_units import _units_shared
from newslens.analysis.figures.shares import (
    _fractions_changed_by,
    _rates_compared,
    _wholes_of_runs,
)
from newslens.analysis.figures.speech import counted_points
from newslens.analysis.figures.sport_scores import (
    cricket_scores,
    overs_and_balls,
    points_of_a_game,
    score_lines,
    strokes_against_par,
)
from newslens.analysis.figures.tallies import (
    _hours_open,
    _scores_in_series,
    _scores_named,
    _tallies_in_words,
    _times_told_to_the_hour,
)
from newslens.analysis.figures.temperatures import _temperatures_by_decade, bare_temperatures
from newslens.analysis.figures.thousands import DECIMAL_COMMAS, plain_spaced_thousands
from newslens.analysis.figures.web_addresses import web_addresses
from newslens.analysis.model import Figure, FigureKind, as_plain
from newslens.analysis.span_index import SpanIndex
from newslens.analysis.syntax.text import doc_text

__all__ = [
    "DECIMAL_COMMAS",
    "EXTENSION",
    "LOCAL_MONEY",
    "MONTH_FIRST",
    "FiguresComponent",
    "counted_points",
    "figures_of",
    "find_figures",
    "make_figures",
]
EXTENSION = "newslens_figures"
# What the whole article's bare "$" and "R" stand for (``LocalMoney`` as a list), set on a doc
# that is one chunk of a long article: the dateline that decides it is in the first chunk only.
LOCAL_MONEY = "newslens_local_money"
# Whether the whole article writes its dates month first (``writes_month_first``), set on a doc
# that is one chunk of a long article: the "9/17/16" that shows it may be in another chunk.
MONTH_FIRST = "newslens_month_first"

# Entities whose numbers are part of a name, not a figure.
_NAME_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PERSON", "GPE"}


def find_figures(doc: Doc, offset: int = 0) -> list[Figure]:
    """The figures in ``doc``, ordered by position, never overlapping.

    ``offset`` is added to every span, so a caller that analyses a long text in chunks can pass
    the chunk's position in the whole text; ``Figure.text`` is always the figure's own words.
    """
    text = doc_text(doc)
    ents = _amounts_in_sentence_case(doc)  # doc.ents is built anew on every read
    candidates = _entity_candidates(doc, ents, text)
    candidates += _fractions_changed_by(doc, text, candidates) + _rule_candidates(doc)
    candidates += _wholes_of_runs(text, candidates) + plain_spaced_thousands(doc, text)
    given = doc._.get(LOCAL_MONEY)
    money = LocalMoney(*given) if given is not None else LocalMoney.of(text)
    rand = money.rand
    if rand:
        candidates += [
            _Candidate(*m.span(), FigureKind.MONEY.value) for m in _RAND_ANYWHERE.finditer(text)
        ]
    # The model may take a fraction set as one character ("¼") for a name.
    names = SpanIndex(
        (
            (e.start_char, e.end_char)
            for e in ents
            if e.label_ in _NAME_LABELS
            and not _FRACTION_ALONE.fullmatch(text, e.start_char, e.end_char)
        ),
        lambda name: name,
    )
    numbers_not_figures = [
        m.span() for m in not_figures(text) if not _a_place_in_a_ranking(text, *m.span())
    ]
    numbers_not_figures += counted_points(text) + web_addresses(text)
    figures: list[Figure] = []
    last_end = 0
    for found in _resolve(candidates):
        cand = _past_numbers_not_figures(text, found, numbers_not_figures)
        if cand is None:
            continue
        # "World No 1 Novak Djokovic": a place in a ranking is no name's number, whatever the
        # capitals round it
        ranked = cand.label == FigureKind.ORDINAL.value and _a_place_in_a_ranking(
            text, cand.start, cand.end
        )
        bare = not ranked and cand.label in (
            "CARDINAL",
            FigureKind.COUNT.value,
            FigureKind.ORDINAL.value,
        )
        # "and the Liberals 35 in 2019": the model may take a second side and its count for a
        # name, as it takes "Section 230"
        # (The names that hold the candidate are among those that overlap or touch it.)
        named = any(
            a <= cand.start and cand.end <= b
            for a, b in names.overlapping(cand.start - 1, cand.end + 1)
        )
        # "Android 14", "iOS 18": a version the model may take for a date or a time
        version = cand.label in ("DATE", "TIME") and _SHORT_DIGITS.fullmatch(
            text, cand.start, cand.end
        )
        if (bare or version) and (
            (named and not _a_second_sides_count(doc, cand.start, cand.end))
            or _names_a_thing(doc, cand.start, cand.end)
        ):
            continue  # "BBC Radio 4", "Section 230", "Apollo 11": part of a name
        if bare and _names_a_round(doc, cand.start, cand.end):
            continue
        # "Proposition 22", "the 1922 Committee", "the Group of 20", which the model may take
        # for a date
        if (bare or cand.label == "DATE") and (
            labels_the_word_before(doc, text, cand.start, cand.end)
            or labels_the_word_after(doc, text, cand.start, cand.end)
            or names_the_body_before(doc, text, cand.start, cand.end)
        ):
            continue
        ordinal = cand.label in ("ORDINAL", FigureKind.ORDINAL.value)
        if ordinal and _orders_nothing(doc, cand.start, cand.end):
            continue
        if _in_a_title(doc, text, cand.start, cand.end):
            continue
        start, end = _trim(text, cand.start, cand.end)
        if cand.label in _AMOUNT_LABELS:
            start = _past_lead_words(text, start, end)
        figure = _figure(doc, text, max(start, last_end), end, cand.label, floor=last_end)
        if figure is not None and rand and _in_rand(figure):
            figure = replace(figure, kind=FigureKind.MONEY, unit=_in_currency("ZAR", figure.unit))
        if figure is not None:
            last_end = figure.end
            figures.append(figure)
    figures = _scores_in_series(text, _scores_named(doc, _tallies_in_words(doc, text, figures)))
    figures = odds_as_ratios(doc, figures)
    figures = cricket_scores(doc, text, strokes_against_par(text, points_of_a_game(doc, figures)))
    figures = score_lines(text, figures)
    figures = bare_temperatures(text, _temperatures_by_decade(text, figures))
    figures = _hours_open(doc, text, _times_told_to_the_hour(doc, text, figures))
    figures = _durations_joined(text, _past_periods_of_amounts(text, figures))
    figures = _local_dollars(money.dollar, _rates_compared(text, _units_shared(doc, figures)))
    figures = overs_and_balls(_exchange_rates(doc, text, figures))
    figures = _parts_of_named_years(text, _parts_listed(text, ranks_of_one_unit(text, figures)))
    figures = _dates_month_first(text, doc._.get(MONTH_FIRST), figures)
    return [f.shifted(offset) if offset else f for f in figures]


_FRACTION_ALONE = re.compile(VULGAR_FRACTION)
_SHORT_DIGITS = re.compile(r"\d{1,3}")


for _name in (EXTENSION, LOCAL_MONEY, MONTH_FIRST, DECIMAL_COMMAS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class FiguresComponent:
    """Sets ``doc._.newslens_figures`` to the figures as plain dicts (see :func:`figures_of`).

    Plain values, not ``Figure`` objects, because spaCy's multi-process ``nlp.pipe`` sends
    docs between processes through msgpack.
    """

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, [as_plain(f) for f in find_figures(doc)])
        return doc


@Language.factory(EXTENSION, requires=["doc.ents", "token.dep"])
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    """``nlp.add_pipe("newslens_figures")``, after the ``ner`` component."""
    return FiguresComponent()


def figures_of(doc: Doc, offset: int = 0) -> list[Figure]:
    """The figures ``newslens_figures`` stored on ``doc``, shifted by ``offset``."""
    return [Figure.from_dict(f, offset) for f in doc._.get(EXTENSION) or ()]
