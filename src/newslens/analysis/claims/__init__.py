"""Claims a fact-checker would want to check, ranked by check-worthiness.

Three kinds, in this order of precedence for any one stretch of text:

- an *attributed statement*: every quote (direct or indirect) is one, its claimant the quote's
  speaker, its span the quote's own words — but for reported speech that only names what it was
  about ("welcomed the report", "rejected a request to unseal the file", "spoke to her about
  grief"), words reported as not said, a call to act or a demand reported ("urged parents to
  check …", "demanding that the governor make a pledge"), an aim reported with no figure
  ("threatened to close the border", whose sentence is then the reporter's), a question reported
  ("asked whether …", "questioned how …"), and words that assert nothing: questions, calls to
  act ("Please don't wait."), greetings and low-scoring exclamations ("What a year!"), left out
  of a quote's span at either end, and no claim when that is all the quote says;
- a *numeric assertion*: a sentence, outside quotes, that states a figure (but a date or a
  time alone makes it one only when it scores as check-worthy, as does the reporter's own
  question, and someone's age is no figure);
- an *other checkable assertion*: a sentence that reports something that happened or is the
  case — past events, records and comparisons, named people, places and bodies doing things,
  and what something named did not do ("The council has not published the report"), how many
  times a thing has happened ("the third stabbing this month") or since when a state has
  lasted ("closed since March") — rather than an opinion, a question, a plan or a prediction.

A headline that a claim of the story repeats, with the same numbers ("Council to close three
libraries", then "The council will close three libraries …"), or that the opening sentence puts
in other words, is listed once, as the story's (no claim when that sentence is none), and so
is a subheading that the sentence under it repeats, and a claim whose figures a claim that says
more states again (a release's point "68% … versus 9%", then its body's "68% … compared with
9% … (p<0.001)");
so are words reported within a report of the same speaker ("accusing them of being corrupt"
in "called on the mayor to apologise for accusing them of being corrupt"), or within a quote
of anyone. The line that opens a quote set below it ("Reeves added:") is no claim. A direct
quote is scored by its quoted words, not the attribution set between them, and a quote is
raised above the reporter's words (``ATTRIBUTION_BONUS``) only when those words alone are
check-worthy.

Check-worthiness is a logistic score over readable, named features of the words and their parse
(see ``_WEIGHTS``; the word lists are in claim_words.txt): figures, numbers in digits, past
tense, denied past acts ("did not vote"), states measured by a number or a comparison ("was the
busiest"), measures gone up or down ("exports are up"), comparatives, named entities, words of
measurable things and of public policy, positions for and against, denials by someone named
("Peskov denied that …"), offices and third persons, against questions, conditions, first-person
opinion, promises and experience ("I've seen it"), a main verb under a modal, future talk,
hedges, value words and vague generalities. The weights were set against the
check-worthy sentences of debate transcripts (ClaimBuster), by cross-validation over 4/5 of
them, then rounded; no model is trained or shipped. Measured with benchmarks/claims_accuracy.py
on the fifth held out from tuning: F1 75.3 for the check-worthy class (precision 71.0, recall
80.2; macro F1 83.2), 78.8 on the tuning part, against 60.6 for "the sentence holds a number";
in repeated 5-fold cross-validation of the tuning part, 77.4 (81.9 with a 36% share of
check-worthy sentences), where a fold's F1 moves by about 1.5 by chance. These features are near
what a linear score draws from single sentences without learning their words. Measured on these
features, in cross-validation of the tuning part at each model's best cut and then on the
held-out fifth: the same features refitted 77.8 and 75.5; a logistic fit of a weight for every
word and pair of words of the tuning part (measured only, never shipped) 71.6 and 73.8; these
features plus such word weights 79.0 and 77.2, so even a model of the debates' words stays under
80 on the fifth; gradient-boosted trees over these features 76.7 and 75.7; a logistic fit with
every pair's product 77.0 and 74.8. Earlier measures, on fewer features: no single product or
gate ("a question without a figure") added more than 0.1, nor the best clause of each sentence
instead of the whole (as "I think" before a past event still marks the sentence as an opinion);
nor further readable features, each alone: kinds of figure, sentence length, kinds of entity,
the main verb's subject, negation, universal quantifiers, reported speech, numbers in words,
anecdotes, lists drawn from the errors (-0.2 to +0.15); chosen by nested cross-validation, the
best of them together added +0.3-0.4 at the debates' share and about 0 at 36%, so none is kept.
Two were added later for news, not for F1: the speaker's own experience ("I've seen it"),
fitted alone with the others held (-0.6), and a denial by someone named, too rare in the debates
to fit (one sentence of the tuning part), weighed as a denied act; with them the held-out F1
stays 75.3 and the tuning part's 78.8. Most errors left are the labels' judgement of what
matters: plain present-tense statements missed, personal anecdotes marked.

The modules, lowest first: ``words`` holds the word lists; ``token_kinds`` tells what a token is
where the parse would mislead (a present "have got", a "has" written short, a supposed past, a
number or a rank, a name spoken to); ``parse`` reads every token of a doc once into the table
the others read, and what they read of one span; ``index`` finds items by their spans;
``moods`` tells words that ask or call to act from words that state;
``listed_words`` whether a word list's word is in a span in the sense the list means;
``features`` reads a span's named features, ``single_words`` the tests of single words behind
them, and ``scores`` weighs them (``_WEIGHTS``);
``statements`` decides what a reporter's sentence is on record for beyond its score;
``own_clauses`` which words of a sentence that reports are the reporter's own; ``reported``
which words of a quote are claimed; ``lines`` gives the sentences and tells the titles;
``reporters`` which of the reporter's sentences are claims; ``repeated_figures`` which claims
repeat the figures of a fuller one; and this module makes the claims of
a doc (:func:`find_claims`) from the quotes and those sentences, and is the spaCy component. A
name with a leading underscore is the package's own: its modules share it, and only they and
their tests use it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from newslens.analysis.claims.lines import _entry_headings, _without_repeated_headings, sentences
from newslens.analysis.claims.parse import _Parse
from newslens.analysis.claims.repeated_figures import without_repeated_figures
from newslens.analysis.claims.reported import (
    _asserting_pieces,
    _claimed_words,
    _is_a_call,
    _is_a_question,
    _is_a_vote_on_a_thing,
    _is_an_aim,
    _names_a_talk_topic,
    _names_only,
    _past_joining_that,
    _quote_score,
)
from newslens.analysis.claims.reporters import _reporters_claims, _skipped
from newslens.analysis.claims.scores import (
    ATTRIBUTION_BONUS,
    CHECKWORTHY,
    score_span,
    span_features,
)
from newslens.analysis.claims.statements import _states_a_figure
from newslens.analysis.claims.words import word_lists
from newslens.analysis.model import Claim, ClaimKind, Figure, Quote, as_plain
from newslens.analysis.span_index import SpanIndex
from newslens.analysis.syntax.text import doc_text
from newslens.article import Span as TextSpan
from newslens.boilerplate import Furniture

__all__ = [
    "CHECKWORTHY",
    "EXTENSION",
    "ClaimsComponent",
    "claims_of",
    "find_claims",
    "make_claims",
    "score_span",
    "span_features",
    "word_lists",
]


EXTENSION = "newslens_claims"


def find_claims(
    doc: Doc,
    quotes: Sequence[Quote],
    figures: Sequence[Figure],
    boilerplate: Sequence[TextSpan] = (),
    offset: int = 0,
) -> list[Claim]:
    """The claims of ``doc``, most check-worthy first.

    ``quotes``, ``figures`` and ``boilerplate`` spans, and the claims returned, are offsets into
    a text in which ``doc`` starts at ``offset`` (0: ``doc.text`` itself), so a long article
    analysed in chunks passes each chunk's doc with its position and the article's own spans;
    those outside the chunk are ignored. Nothing that lies mostly inside a ``boilerplate`` span
    becomes a claim. Each quote that asserts something is one attributed claim; each sentence
    that is not a quote's words or its attribution becomes a numeric claim when it states a
    figure, or another checkable claim when it scores at least ``CHECKWORTHY`` or denies a fact.
    Ties in score keep text order.
    """
    if offset:
        end = offset + len(doc_text(doc))
        local = find_claims(
            doc,
            [q.shifted(-offset) for q in quotes if offset <= q.start and q.end <= end],
            [f.shifted(-offset) for f in figures if offset <= f.start and f.end <= end],
            [(a - offset, b - offset) for a, b in boilerplate],
        )
        return [c.shifted(offset) for c in local]
    parse = _Parse(doc)
    units = sentences(doc)
    by_figure = SpanIndex(figures, lambda f: (f.start, f.end))
    furniture = Furniture(boilerplate)
    skipped = (furniture, Furniture(_entry_headings(parse.text)))
    quoted = _quotes_on_record(parse, quotes, by_figure, skipped)
    claims = _attributed_claims(parse, quoted, SpanIndex(units, lambda span: span), by_figure)
    claims += _reporters_claims(parse, units, quoted, by_figure, skipped)
    claims = _without_repeated_headings(parse, claims, furniture, units)
    claims = _without_nested(claims)
    claims = without_repeated_figures(claims, figures)
    claims.sort(key=lambda c: (-c.score, c.start))
    return claims


def _quotes_on_record(
    parse: _Parse,
    quotes: Sequence[Quote],
    by_figure: SpanIndex[Figure],
    skipped: Sequence[Furniture],
) -> list[Quote]:
    """The quotes whose words are a speaker's, not the reporter's: not boilerplate nor a
    heading, and no aim reported without a figure."""
    # "Port owner says it will not reopen the offer" over an entry's time is a title too: the
    # entry under it reports the same words. "The council voted to close the library": the aim
    # reported is no claim, and its sentence is the reporter's own, that the vote took place;
    # "plans to open 30 stores" puts a figure on record as the company's. "Islanders voted
    # 70% against the plan": the vote, with its tally, is the reporter's to state.
    return [
        q
        for q in quotes
        if not _skipped(skipped, (q.start, q.end))
        and not (_is_an_aim(parse, q) and not _states_a_figure(by_figure.inside(q.start, q.end)))
        and not _is_a_vote_on_a_thing(parse, q)
    ]


def _attributed_claims(
    parse: _Parse,
    quoted: Sequence[Quote],
    by_sentence: SpanIndex[TextSpan],
    by_figure: SpanIndex[Figure],
) -> list[Claim]:
    # "She declined to say how much was spent": words reported as not said claim nothing,
    # though their sentence is still the report's, not a claim of the reporter's.
    claims = (_attributed_claim(parse, q, by_sentence, by_figure) for q in quoted if not q.negated)
    return [claim for claim in claims if claim is not None]


def _attributed_claim(
    parse: _Parse, quote: Quote, by_sentence: SpanIndex[TextSpan], by_figure: SpanIndex[Figure]
) -> Claim | None:
    """The claim of the words of ``quote`` that assert something, if any do."""
    inside = by_figure.inside(quote.start, quote.end)
    if _is_a_question(parse, quote):
        return None
    # "touted her support of the 2011 raid": a date or an age in the thing named is no
    # figure put on record.
    if not _states_a_figure(inside) and (
        _names_only(parse.doc, quote)
        or _is_a_call(parse, quote)
        or _names_a_talk_topic(parse, quote)
    ):
        return None
    pieces = _asserting_pieces(parse, quote, by_sentence.overlapping(quote.start, quote.end))
    if not pieces:
        return None
    start, end = _claimed_words(parse.text, quote, (pieces[0][0], pieces[-1][1]))
    start = _past_joining_that(parse, start, end)
    inside = [f for f in inside if start <= f.start and f.end <= end]
    base = _quote_score(parse, pieces, inside)
    # What a fact-checker checks is what was said, when it can be checked; that someone
    # said "the gap is almost laughable" ranks it no higher than the reporter's own words.
    bonus = ATTRIBUTION_BONUS if base >= CHECKWORTHY else 0.0
    return Claim(
        start=start,
        end=end,
        kind=ClaimKind.ATTRIBUTED,
        claimant=quote.speaker,
        claimant_key=quote.speaker_key,
        cue=quote.cue,
        figures=tuple((f.start, f.end) for f in inside),
        score=round(min(1.0, base + bonus), 3),
    )


def _without_nested(claims: list[Claim]) -> list[Claim]:
    """The claims, each set of words listed once: of two claims one inside the other, the
    inner naming no one or the outer's claimant ('accused him of "lying about the figures"' and
    the words it quotes), the one that names who said them, else the longer. A report within a
    claim that names someone else ("… a fine, which the regulator said was unlawful") is a
    claim of its own, but not within a quote: "Mook asserted that Trump tells so many lies …",
    where "Trump tells" reads as a report of its own, is Mook's claim, listed once."""
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c.claimant is None, c.start - c.end)):
        # Two claims of the same words touch: most pairs do not, and are passed at one test.
        if not any(
            k.start <= claim.end
            and claim.start <= k.end
            and (_same_words(claim, k) or _same_words(k, claim))
            for k in kept
        ):
            kept.append(claim)
    # Only an attributed claim is reported within another: the others are not compared, and
    # of those only the claims that overlap or touch it can hold it.
    attributed = SpanIndex(
        (k for k in kept if k.kind is ClaimKind.ATTRIBUTED), lambda k: (k.start, k.end)
    )
    return [
        c
        for c in kept
        if c.kind is not ClaimKind.ATTRIBUTED
        or not any(_reported_within(c, o) for o in attributed.overlapping(c.start - 1, c.end + 1))
    ]


def _reported_within(inner: Claim, outer: Claim) -> bool:
    return (
        inner.kind is outer.kind is ClaimKind.ATTRIBUTED
        and outer.start <= inner.start
        and inner.end <= outer.end
        and (inner.start, inner.end) != (outer.start, outer.end)
        and inner.claimant_key != outer.claimant_key
    )


def _same_words(inner: Claim, outer: Claim) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and inner.claimant_key in (None, outer.claimant_key)
    )


if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


class ClaimsComponent:
    """Sets ``doc._.newslens_claims`` (plain dicts, see :func:`claims_of`).

    Reads the quotes of ``newslens_attribution`` and the figures of ``newslens_figures`` when
    those components ran before it, and skips the doc's boilerplate.
    """

    def __call__(self, doc: Doc) -> Doc:
        from newslens.analysis.figures import figures_of, find_figures
        from newslens.boilerplate import find_boilerplate

        quotes = _quotes_on(doc)
        figures = figures_of(doc) if doc._.get("newslens_figures") is not None else None
        claims = find_claims(
            doc,
            quotes,
            figures if figures is not None else find_figures(doc),
            find_boilerplate(doc_text(doc)),
        )
        doc._.set(EXTENSION, [as_plain(c) for c in claims])
        return doc


@Language.factory(EXTENSION, requires=["token.dep", "token.tag", "doc.sents", "doc.ents"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    """``nlp.add_pipe("newslens_claims")``, after ``newslens_attribution`` and ``newslens_figures``."""
    return ClaimsComponent()


def claims_of(doc: Doc, offset: int = 0) -> list[Claim]:
    """The claims ``newslens_claims`` stored on ``doc``, shifted by ``offset``."""
    return [Claim.from_dict(c, offset) for c in doc._.get(EXTENSION) or ()]


def _quotes_on(doc: Doc) -> list[Quote]:
    if not Doc.has_extension("newslens_quotes") or doc._.get("newslens_quotes") is None:
        return []
    from newslens.analysis.components import quotes_of

    return quotes_of(doc)
