"""Which of the reporter's own sentences, outside quotes and their attributions, are claims,
and of what kind: numeric when they state a figure, else an assertion when they score as
check-worthy or deny a fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from newslens.analysis.claims.lines import _past_dateline
from newslens.analysis.claims.moods import _appeals
from newslens.analysis.claims.own_clauses import _own_clause_end, _reports
from newslens.analysis.claims.parse import _Parse
from newslens.analysis.claims.scores import CHECKWORTHY, _score
from newslens.analysis.claims.statements import (
    _asks_for_comment,
    _attributes_only,
    _counts_or_dates_an_event,
    _denies_a_fact,
    _is_past,
    _reacts_only,
    _states_a_figure,
    _tells_a_conversation,
    _tells_own_time,
)
from newslens.analysis.figures.ages import an_age
from newslens.analysis.model import Claim, ClaimKind, Figure, FigureKind, Quote
from newslens.analysis.quotes import line_at
from newslens.analysis.span_index import SpanIndex
from newslens.analysis.transcripts.labels import asks_in_an_exchange
from newslens.article import Span as TextSpan
from newslens.boilerplate import Furniture, is_header_line


def _reporters_claims(
    parse: _Parse,
    units: Sequence[TextSpan],
    quoted: Sequence[Quote],
    by_figure: SpanIndex[Figure],
    skipped: Sequence[Furniture],
) -> list[Claim]:
    by_quote = SpanIndex(quoted, lambda q: (q.start, q.end))
    by_cue = SpanIndex([q.cue_span for q in quoted if q.cue_span is not None], lambda cue: cue)
    claims = []
    for unit in units:
        words = _reporters_words(parse, unit, by_quote, by_cue, by_figure, skipped)
        claim = None if words is None else _reporters_claim(parse, words, by_figure)
        if claim is not None:
            claims.append(claim)
    return claims


def _reporters_words(
    parse: _Parse,
    unit: TextSpan,
    by_quote: SpanIndex[Quote],
    by_cue: SpanIndex[TextSpan],
    by_figure: SpanIndex[Figure],
    skipped: Sequence[Furniture],
) -> TextSpan | None:
    """The words of the sentence ``unit`` that are the reporter's own, if it has any: past its
    dateline, not boilerplate, not the line that opens a quote, before the report it holds."""
    start, end = unit
    start = _past_dateline(parse.doc, start, end)
    if start >= end or _skipped(skipped, (start, end)):
        return None
    # "Q: You nearly left medicine in 2021.": the interviewer's line prompts the answer,
    # which is the claim. Only a line that opens with a "Q" is matched.
    line_start = parse.text.rfind("\n", 0, start) + 1
    opening = parse.text[line_start : line_start + 8].lstrip(" \t*_")
    if opening.startswith("Q") and asks_in_an_exchange(parse.text, line_start):
        return None
    # "From: Harwood Press Office Sent: 3 March 2026", a mail's header, the parse may cut
    # before its "To:": its line is read, only when a colon is in it.
    if ":" in parse.text[start:end] and is_header_line(
        parse.text[slice(*line_at(parse.text, start))]
    ):
        return None
    reported = by_quote.overlapping(start, end)
    if (
        not reported
        and not _states_a_figure(by_figure.inside(start, end))
        and _introduces(parse.text, (start, end), by_cue.inside(start, end))
    ):
        return None
    if _reports(reported, (start, end)):
        # "Homicides fell to 570, although police said …": the reporter's own clause
        # before the attribution may state a figure of its own.
        own_end = _own_clause_end(parse.doc, reported, (start, end))
        if own_end is None:
            return None
        end = own_end
    return start, end


def _reporters_claim(parse: _Parse, words: TextSpan, by_figure: SpanIndex[Figure]) -> Claim | None:
    """The claim of the reporter's ``words``: numeric when they state a figure, else an
    assertion when they score as check-worthy or deny a fact; None when neither."""
    start, end = words
    sent = parse.doc.char_span(start, end, alignment_mode="expand")
    if sent is None:
        return None
    inside = by_figure.inside(start, end)
    stated = [f for f in inside if f.kind is not FigureKind.ORDINAL and not an_age(f)]
    if _asserts_nothing(parse, sent, stated):
        return None
    score = _score(parse, sent, inside)
    if score < CHECKWORTHY and _tells_own_time(parse, sent, stated):
        return None
    # "So why do we still pretend that a three-day week is enough?": the reporter's question
    # puts its figure on record only when it scores as check-worthy ("Why did the council
    # spend £2.4m on …?" states the spending). 'footage of her asking, "Why …?"' asks in a
    # quote, and the reporter states what the footage shows.
    if score < CHECKWORTHY and parse.text[start:end].rstrip().endswith("?"):
        return None
    on_record = score >= CHECKWORTHY or _counts_or_dates_an_event(parse, sent, inside)
    if score < CHECKWORTHY:
        stated = [f for f in stated if not _incidental(parse, sent, f)]
    # "He will appear in court on Monday": a sentence that states only a date or a time is
    # no more check-worthy for it.
    if _states_a_figure(stated) or (stated and on_record):
        kind = ClaimKind.NUMERIC
    elif on_record or _denies_a_fact(parse, sent):
        kind = ClaimKind.ASSERTION
    else:
        return None
    return Claim(
        start=start,
        end=end,
        kind=kind,
        figures=tuple((f.start, f.end) for f in inside),
        score=round(score, 3),
    )


def _asserts_nothing(parse: _Parse, sent: Span, stated: Sequence[Figure]) -> bool:
    """Whether the reporter's words ``sent``, stating the figures ``stated`` (ordinals and ages
    left out), assert nothing: a title or a table's head, a reaction, a request for comment,
    who said the words before or spoke to whom, an appeal to the reader."""
    dates_only = all(f.kind in (FigureKind.DATE, FigureKind.TIME) for f in stated)
    if dates_only and not any(parse.pos[i] in ("VERB", "AUX") for i in range(sent.start, sent.end)):
        # A title or a table's head ("Council budget 2026", "Department | 2026 | Change")
        # asserts nothing; "Five dead in crash" states a count, and is a claim.
        return True
    return (
        (not stated and _reacts_only(sent))
        or (
            dates_only
            and (
                _asks_for_comment(parse, sent)
                or _attributes_only(sent)
                or _tells_a_conversation(sent)
            )
        )
        or _appeals(parse, sent)
    )


# "four-day week", "12-hour shifts": a measure that names a kind of thing, no amount of it.
_COMPOUND_MEASURE = re.compile(r"[^\s-]+-[^\s-]+\s")


def _incidental(parse: _Parse, sent: Span, figure: Figure) -> bool:
    """Whether ``figure`` in the reporter's words ``sent``, which score low, puts no amount on
    record: "one" of a single thing ("I spoke to one manager"), a kind of thing named by a
    measure ("A four-day week will not suit every job"; "signed him on a five-year contract"
    tells of a deal done), or a figure an "if" supposes ("If a firm can do the work in four
    days, it should …")."""
    words = parse.text[figure.start : figure.end]
    if words.lower() == "one":
        return True
    if _COMPOUND_MEASURE.match(words):
        return not _is_past(sent.root)
    if "if" not in parse.lower[sent.start : sent.end]:
        return False
    span = parse.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and any(
        t.dep_ == "advcl" and any(m.lower_ == "if" for m in t.children) for t in span.root.ancestors
    )


def _introduces(text: str, sentence: TextSpan, cues: Sequence[TextSpan]) -> bool:
    """Whether a sentence is only the line that opens a quote set below it, "Limbaugh added:":
    it holds the quote's cue and none of its words, and says nothing itself."""
    return bool(cues) and text[sentence[0] : sentence[1]].rstrip().endswith(":")


def _skipped(skipped: Sequence[Furniture], span: TextSpan) -> bool:
    """Whether ``span`` lies mostly inside the boilerplate or an entry's heading."""
    return any(furniture.covers(span) for furniture in skipped)
