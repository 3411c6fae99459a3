"""Claims a fact-checker would want to check, ranked by check-worthiness.

Three kinds, in this order of precedence for any one stretch of text:

- an *attributed statement*: every quote (direct or indirect) is one, its claimant the quote's
  speaker, its span the quote's own words — but for reported speech that only names what it was
  about ("welcomed the report"), words reported as not said, a call to act reported ("urged
  parents to check …"), a question reported ("asked whether …"), and words that assert
  nothing: questions, calls to act ("Please don't wait."), greetings and low-scoring
  exclamations ("What a year!"), left out of a quote's span at either end, and no claim when
  that is all the quote says;
- a *numeric assertion*: a sentence, outside quotes, that states a figure (but a date or a
  time alone makes it one only when it scores as check-worthy);
- an *other checkable assertion*: a sentence that reports something that happened or is the
  case — past events, records and comparisons, named people, places and bodies doing things,
  and what something named did not do ("The council has not published the report"), how many
  times a thing has happened ("the third stabbing this month") or since when a state has
  lasted ("closed since March") — rather than an opinion, a question, a plan or a prediction.

A headline that a claim of the story repeats, with the same numbers ("Council to close three
libraries", then "The council will close three libraries …"), is listed once, as the story's.

Check-worthiness is a logistic score over readable, named features of the words and their parse
(see ``_WEIGHTS``; the word lists are in claim_words.txt): figures, numbers in digits, past
tense, denied past acts ("did not vote"), states measured by a number or a comparison ("was the
busiest"), comparatives, named entities, words of measurable things and of public policy,
positions for and against, offices and third persons, against questions, conditions,
first-person opinion and promises, a main verb under a modal, future talk, hedges, value words
and vague generalities. The weights were set against the check-worthy sentences of debate
transcripts (ClaimBuster), by cross-validation over 4/5 of them, then rounded; no model is
trained or shipped. Measured with benchmarks/claims_accuracy.py on the fifth held out from
tuning: F1 75.3 for the check-worthy class (precision 71.0, recall 80.2; macro F1 83.2), 78.6
on the tuning part, against 60.6 for "the sentence holds a number"; in repeated 5-fold
cross-validation of the tuning part, 76.3 (81.0 with a 36% share of check-worthy sentences),
where a fifth's F1 moves by about 1.5 by chance. These features are near what a linear score
draws from single sentences without learning their words. In the same cross-validation, each at
its best cut: these features 76.7; a logistic fit of a weight for every word of the tuning part
(measured only, never shipped) 72.6, 71.2 on the held-out fifth; these features plus such word
weights 77.6, 76.0 on the held-out fifth; the best clause of each sentence instead of the whole
76.0, as "I think" before a past event still marks the sentence as an opinion. Nor is much
left in combining these features: gradient-boosted trees over them 76.2-76.7, a logistic fit
with every pair's product 76.9-77.2, and no single product or gate ("a question without a
figure") adds more than 0.1. Nor do further readable features, each alone: kinds of figure,
sentence length, kinds of entity, the main verb's subject, negation, universal quantifiers,
reported speech, numbers in words, anecdotes, lists drawn from the errors (-0.2 to +0.15);
chosen by nested cross-validation, the best of them together add +0.3-0.4 at the debates'
share and about 0 at 36%, so none is kept. Most errors left are the labels' judgement of what
matters: plain present-tense statements missed, personal anecdotes marked.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LIKE_NUM,
    LOWER,
    POS,
    TAG,
)
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures import counted_points
from newslens.analysis.figures.numbers import TENS
from newslens.analysis.lexicon import lexicon, word_sections
from newslens.analysis.model import (
    Claim,
    ClaimKind,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
    as_plain,
)
from newslens.analysis.quotes import reads_as_headline
from newslens.analysis.syntax.datelines import dateline_end
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import SUBJECTS
from newslens.article import Span as TextSpan
from newslens.boilerplate import LIST_POINT, Furniture, is_entry_time, is_inside, strip_span
from newslens.wrapping import wrapped_line_ends

EXTENSION = "newslens_claims"

T = TypeVar("T")

# A sentence is check-worthy when it scores at least this; a sentence outside quotes with no
# figure is listed as a claim only then. The F1-best cut depends on how many sentences are
# check-worthy: on out-of-fold scores of the tuning split it is 0.35 at the debates' 25%, and
# 0.26-0.31 at the 36% that the has-number figure implies for its held-out split (news,
# too, states more facts than debates do). This cut is chosen for that whole range, not for one
# share: against the best cut for each share from 25% to 36%, it loses the least F1 at worst
# (0.14 in repeated cross-validation, against 0.42 for the cut best at 25%).
CHECKWORTHY = 0.32
# Reported speech is what a fact-checker checks first: a quote's score is raised by this.
ATTRIBUTION_BONUS = 0.1

_FUTURE_MODALS = {"will", "'ll", "shall", "wo"}
_NORMATIVE_MODALS = {"should", "must", "ought"}
_POSSIBLE_MODALS = {"can", "could", "may", "might", "would", "'d", "ca"}
_FIRST_PERSON = {"i", "we"}
_THIRD_PERSON = {"he", "she", "they"}
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "LAW", "EVENT", "FAC", "PRODUCT"}
# The relations of a child to its head that the features read.
_CHILD_RELATIONS = frozenset(["aux", "auxpass", "nsubj", "xcomp", "acomp", "attr", "ccomp"])
_ENTITY_BEGINS = Token.iob_strings().index("B")  # ENT_IOB's value for an entity's first token
# Words that carry on the talk before a call to act: "And remember …", "So hold the line …",
# "Well, let's …".
_BEFORE_A_CALL = frozenset(["and", "but", "so", "now", "well", "oh", "okay", "yes", "no"])
_SOCIAL = re.compile(r"^\W*(thank|thanks|applause|laughter|good (evening|morning|night))\b", re.I)

# Feature weights of the check-worthiness score (a logistic function of their sum): a regularised
# logistic fit of these named features on 4/5 of the ClaimBuster training sentences, rounded to
# one decimal; features and word lists were kept only when they helped on cross-validation folds
# of that 4/5; the other fifth is only reported (benchmarks/claims_accuracy.py). A name that is
# also a list in claim_words.txt means "one of that list's words is in the sentence".
_WEIGHTS: dict[str, float] = {
    "bias": -3.2,
    "figure": 1.0,  # a count, amount, percentage or quantity
    "number": 0.6,  # any number word or digits but "one"
    "digits": 1.1,  # a number in digits
    "past": 0.9,  # a verb in the past tense
    "perfect": 0.6,  # has/have/had + participle
    "comparative": 0.3,
    "superlative": 0.6,
    "record": 0.5,  # ever, never, since, first, only …
    "entity": 0.6,  # a named person, place, body …
    "measurable": 0.6,  # words for counted or measured things
    "event": 0.4,  # verbs of change, decision, act
    "third_party": 0.7,  # "he voted", "Smith says"
    "question": -1.5,
    "opinion": -0.4,  # "I think", "we believe"
    "will": -0.5,  # future
    "should": -0.8,  # should, must, need to, have to, let's
    "can": -0.4,  # can, could, may, might, would
    "going_to": -0.4,  # going to, want to, plan to
    "hedge": -0.4,
    "you": -0.6,
    "i": -0.7,  # "I" as a subject
    "judgement": -0.3,  # "X is wrong"
    "imperative": -1.5,  # "Let …", "Look at …"
    "social": -0.7,
    "values": -1.1,  # freedom, peace, leadership …
    "evaluative": -0.9,  # important, good, wrong …
    "meta": -0.9,  # the question, the point, tonight
    "nouns": 1.3,  # share of nouns and numbers among the words
    "pronouns": -0.9,  # share of pronouns
    "root_past": 0.5,  # the main verb is past
    "magnitude": 0.5,  # significant, huge, most, thousands …
    "stance": 1.0,  # for or against: voting records
    "economy": 0.2,  # on top of "topics": each domain its own weight
    "security": 0.4,
    "welfare": 0.4,
    "now": 0.9,  # "is now", "still": the state of things
    "vague": -0.6,  # thing, something, the way …
    "hypothetical": -0.9,  # if, unless, whether
    "first_future": -0.2,  # "we will", "I would", "I'm going to": a promise
    "factual": 0.8,  # actually, the fact, true, history
    "politics": 0.8,  # president, senator, opponent, campaign …: whose record
    "third_persons": 0.4,  # he, his, they …: about someone else
    "topics": 1.5,  # words of policy (taxes, troops, schools, laws …), up to 4, over 4
    "first_past": 0.3,  # "I voted", "we cut": the speaker's own record
    "you_subject": 0.5,  # "you voted", "you said": the opponent's record
    "existential": 0.4,  # "there are 200,000 …", "there is no …": what exists
    "than": 0.4,  # "more than", "lower than": a comparison to check
    "root_opinion": -0.5,  # the main verb is think, want, hope, know …, whoever's
    "talk_openers": -0.3,  # "So …", "Well …", "What we need …"
    "denied_past": 0.7,  # "did not vote", "has never met": a denied act is checked too
    "measured_state": 0.5,  # "unemployment is 8 percent", "it was the largest": a measured state
    "modal_root": -0.6,  # the main verb under a modal: "we must do", "it would cost"
}


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """The word lists of claim_words.txt, by name, and "topics": the policy lists together."""
    lists = dict(word_sections("claim_words.txt"))
    others = frozenset().union(
        *(lists[name] for name in ("economy", "security", "welfare", "environment", "measurable"))
    )
    lists["topics"] = others | lists["public"]
    # The words of public business that name it only as nouns: "the deal", "the Act", "health
    # care"; "deal with", "act now", "care about" are verbs that name nothing public.
    lists["public_nouns"] = lists["public"] - others
    return lists


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
    becomes a claim. Each quote that asserts something is one
    attributed claim; each sentence that is not a quote's words or its attribution becomes a numeric
    claim when it states a figure, or another checkable claim when it scores at least
    ``CHECKWORTHY`` or denies a fact. Ties in score keep text order.
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
    claims: list[Claim] = []
    parse = _Parse(doc)
    units = sentences(doc)
    by_sentence = _Index(units, lambda span: span)
    by_figure = _Index(figures, lambda f: (f.start, f.end))
    furniture = Furniture(boilerplate)
    entry_headings = Furniture(_entry_headings(parse.text))
    # "Port owner says it will not reopen the offer" over an entry's time is a title too: the
    # entry under it reports the same words.
    quoted = [
        q
        for q in quotes
        if not furniture.covers((q.start, q.end)) and not entry_headings.covers((q.start, q.end))
    ]
    by_quote = _Index(quoted, lambda q: (q.start, q.end))
    # "She declined to say how much was spent": words reported as not said claim nothing,
    # though their sentence is still the report's, not a claim of the reporter's.
    for quote in (q for q in quoted if not q.negated):
        inside = by_figure.inside(quote.start, quote.end)
        if _is_a_question(parse, quote):
            continue
        if not inside and (_names_only(doc, quote) or _is_a_call(parse, quote)):
            continue
        pieces = _asserting_pieces(parse, quote, by_sentence.overlapping(quote.start, quote.end))
        if not pieces:
            continue
        start, end = _claimed_words(parse.text, quote, (pieces[0][0], pieces[-1][1]))
        start = _past_joining_that(parse, start, end)
        inside = [f for f in inside if start <= f.start and f.end <= end]
        base = _quote_score(parse, pieces, inside)
        claims.append(
            Claim(
                start=start,
                end=end,
                kind=ClaimKind.ATTRIBUTED,
                claimant=quote.speaker,
                claimant_key=quote.speaker_key,
                cue=quote.cue,
                figures=tuple((f.start, f.end) for f in inside),
                score=round(min(1.0, base + ATTRIBUTION_BONUS), 3),
            )
        )
    for start, end in units:
        start = _past_dateline(doc, start, end)
        if start >= end or furniture.covers((start, end)) or entry_headings.covers((start, end)):
            continue
        reported = by_quote.overlapping(start, end)
        if _reports(reported, (start, end)):
            # "Homicides fell to 570, although police said …": the reporter's own clause
            # before the attribution may state a figure of its own.
            own_end = _own_clause_end(doc, reported, (start, end))
            if own_end is None:
                continue
            end = own_end
        sent = doc.char_span(start, end, alignment_mode="expand")
        if sent is None:
            continue
        inside = by_figure.inside(start, end)
        stated = [f for f in inside if f.kind is not FigureKind.ORDINAL]
        if not any(parse.pos[i] in ("VERB", "AUX") for i in range(sent.start, sent.end)) and all(
            f.kind in (FigureKind.DATE, FigureKind.TIME) for f in stated
        ):
            # A title or a table's head ("Council budget 2026", "Department | 2026 | Change")
            # asserts nothing; "Five dead in crash" states a count, and is a claim.
            continue
        if not stated and _reacts_only(sent):
            continue
        if _asks_for_comment(parse, sent) and all(
            f.kind in (FigureKind.DATE, FigureKind.TIME) for f in stated
        ):
            continue
        score = _score(parse, sent, inside)
        on_record = score >= CHECKWORTHY or _counts_or_dates_an_event(parse, sent, inside)
        # "He will appear in court on Monday": a sentence that states only a date or a time is
        # no more check-worthy for it.
        if any(f.kind not in (FigureKind.DATE, FigureKind.TIME) for f in stated) or (
            stated and on_record
        ):
            kind = ClaimKind.NUMERIC
        elif on_record or _denies_a_fact(parse, sent):
            kind = ClaimKind.ASSERTION
        else:
            continue
        claims.append(
            Claim(
                start=start,
                end=end,
                kind=kind,
                figures=tuple((f.start, f.end) for f in inside),
                score=round(score, 3),
            )
        )
    claims = _without_repeated_headline(parse, claims, furniture)
    claims.sort(key=lambda c: (-c.score, c.start))
    return claims


# A headline repeated by a claim of the story's repeats this share of its words at least:
# "Council to close three libraries" in "The council will close three libraries by June".
_REPEATED_SHARE = 0.75
# The words that carry what a headline says: a sentence's own words, not its grammar.
_CARRYING = frozenset(["NOUN", "PROPN", "VERB", "NUM", "ADJ", "ADV"])


def _without_repeated_headline(
    parse: _Parse, claims: list[Claim], furniture: Furniture
) -> list[Claim]:
    """``claims`` but the headline's when a claim of the story says the same: the story's
    sentence has the detail and the claimant, and a fact-checker checks the one statement once.
    (A tag already on the headline stays on its words, in the article and the library.)"""
    headline = _headline(parse.text, furniture)
    if headline is None:
        return claims
    start, end = headline
    heads = [c for c in claims if start <= c.start and c.end <= end]
    if not heads:
        return claims
    body = [
        (set().union(*_carrying_words(parse, c.start, c.end)), _numbers(parse, c.start, c.end))
        for c in claims
        if c.start >= end
    ]
    repeated = set()
    for claim in heads:
        words = _carrying_words(parse, claim.start, claim.end)
        numbers = _numbers(parse, claim.start, claim.end)
        if len(words) >= 2 and any(
            sum(bool(forms & story) for forms in words) >= _REPEATED_SHARE * len(words)
            and all(any(_rounds_to(n, m) for m in story_numbers) for n in numbers)
            for story, story_numbers in body
        ):
            repeated.add(claim)
    return [c for c in claims if c not in repeated]


def _numbers(parse: _Parse, start: int, end: int) -> list[str]:
    words = parse.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return []
    return [
        parse.lower[i].replace(",", "") for i in range(words.start, words.end) if i in parse.numbers
    ]


def _rounds_to(headline: str, story: str) -> bool:
    """Whether the story's number is the headline's, or the headline's rounds it ("12-point
    swing" of a swing of 12.4 points); "three libraries" is not "two libraries"."""
    if headline == story:
        return True
    try:
        return round(float(story)) == float(headline)
    except ValueError:
        return False


def _headline(text: str, furniture: Furniture) -> TextSpan | None:
    """The text's first line past any furniture (a masthead, a site's menu), when it reads
    as a headline: short, one sentence, no full stop at its end."""
    for line in re.finditer(r"[^\n]+", text):
        span = strip_span(text, *line.span())
        if span[0] == span[1] or furniture.covers(span):
            continue
        return span if _is_heading(text[slice(*span)]) else None
    return None


def _carrying_words(parse: _Parse, start: int, end: int) -> set[frozenset[str]]:
    """The words in ``start:end`` that carry what it says, each as its lemma and as written:
    a headline's "blocked culvert" (an adjective) is the story's "a blocked culvert" (a verb,
    lemma "block")."""
    words = parse.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return set()
    return {
        frozenset((parse.lemma[i], parse.lower[i]))
        for i in range(words.start, words.end)
        if parse.pos[i] in _CARRYING
    }


def _counts_or_dates_an_event(parse: _Parse, sent: Span, figures: Sequence[Figure]) -> bool:
    """ "It is the third stabbing in the borough this month", "The bridge has been closed since
    March", "Talks broke up on Wednesday": the reporter's statement of how many times a thing
    has happened, since when a state has lasted, or when a thing was done. Debates seldom say
    any of them, so the score, set on debates, weighs none; but each is on record and a
    fact-checker checks it."""
    root = sent.root
    if (
        root.pos_ not in ("VERB", "AUX")
        or parse.has_modal(root.i)
        or _is_question(parse.text_of(sent))
        or _is_imperative(parse, sent)
        or not word_lists()["hypothetical"].isdisjoint(parse.lower[sent.start : sent.end])
    ):
        return False
    # The ordinal is what the sentence says the thing is: "It is the third stabbing", not a
    # title ("the former first lady") or a series ("by the second debate, …").
    counts = [
        (parse.doc[c].left_edge.idx, parse.doc[c].right_edge.idx + len(parse.doc[c].right_edge))
        for c in parse.children(root.i, "attr")
    ]
    if any(
        f.kind is FigureKind.ORDINAL and a <= f.start and f.end <= b
        for f in figures
        for a, b in counts
    ):
        return True
    since = [parse.doc[i].idx for i in range(sent.start, sent.end) if parse.lower[i] == "since"]
    if any(f.kind is FigureKind.DATE and any(s < f.start for s in since) for f in figures):
        return True
    return _is_past(root) and any(
        f.kind is FigureKind.DATE and _dates(parse, root, f) for f in figures
    )


def _is_past(verb: Token) -> bool:
    """ "broke up", "was approved", "had closed": a verb that tells of something done (not
    "was", which tells what a thing was like: "It was a lovely day last Saturday")."""
    if verb.pos_ != "VERB" or _has_got(verb):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    )


def _dates(parse: _Parse, verb: Token, figure: Figure) -> bool:
    """ "Talks broke up on Wednesday", "In 2015, she moved to Leeds": ``figure`` is when the
    act of ``verb`` took place, not a date inside one of its phrases."""
    words = parse.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if words is None:
        return False
    word = words.root
    if word.head == verb:
        return word.dep_ == "npadvmod"
    return word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head == verb


# The tag ``_Parse`` gives the "got" of "have got": a present verb, as "have" is.
_PRESENT_GOT = "VBP"


def _has_got(verb: Token) -> bool:
    """Whether ``verb`` is the "got" of a present "have got", what one has or must do ("We've
    got two hospitals", "The council has got to act", "She's got a plan"), no past act; "has got
    worse" and "had got" are."""
    return (
        verb.lower_ == "got"
        and any(
            c.dep_ in ("aux", "auxpass")
            and (c.lower_ in ("'s", "’s") or (c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")))
            for c in verb.children
        )
        and any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
        and not any(c.dep_ in ("acomp", "oprd") for c in verb.children)
    )


# "has", "had" and "have" written short, and the tag ``_Parse`` gives a "'d" that is "had".
_SHORT_HAVE = ("'s", "’s", "'d", "’d", "'ve", "’ve")
_HAD = "VBD"
# Verbs whose passive is followed by a name: "He's called that", "She's named chair".
_NAMING = frozenset(["call", "name", "dub", "label", "term", "nickname", "title"])


def _short_have(aux: Token) -> bool:
    """Whether ``aux``, a "'s", "'d" or "'ve", is the "has", "had" or "have" of a perfect:
    "'ve" always; "'d" before a past participle, which "would" never takes ("they'd spent
    it"); "'s" before "been" ("it's been closed", "it's been a year") or before a participle
    with an object, which no passive has but of a verb that names ("She's cut the budget";
    "He's charged", "He's called that" are passive)."""
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or verb.tag_ != "VBN" or verb.i < aux.i:
        return False
    if aux.lower_ not in ("'s", "’s"):
        return True
    if verb.lower_ == "been" or aux.nbor().lower_ == "been":
        return True
    return (
        verb.lemma_ not in _NAMING
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") and c != aux for c in verb.children)
    )


# An ordinal number, in words or in digits: "first", "twenty-third", "12th", "200th".
_ORDINAL = re.compile(r"\d*(?:1st|2nd|3rd|\dth)|(?:\w+-)?(?:first|second|third|\w+th)")
# The ordinal of a scale, which a number before it multiplies: "two hundredth".
_SCALE_ORDINAL = re.compile(r"(?:hundred|thousand|million|billion)th")
# The tag ``_Parse`` gives the past form of a supposition: no past, as in "If I were …".
_SUPPOSED = "VBP"
# Modals of what would follow from a supposition: "If I were mayor, I would …".
_WOULD = frozenset(["would", "'d", "could", "might"])


def _supposed(verb: Token) -> bool:
    """Whether ``verb``, in a past form, is what an "if" or "unless" supposes, not what happened:
    "If I were mayor, I would close it", "we could cut the deficit if we had the will" (but "If
    they closed it in May, they broke the law" tells of a past act)."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in _WOULD for c in verb.head.children
    )


# Verbs (lemmas) of a reaction that says nothing of its own: "Tom Briggs disagreed."
_REACTIONS = frozenset(["agree", "disagree", "concur", "nod", "smile", "laugh", "shrug", "sigh"])
# What a bare reaction may have besides its subject: "Her husband, too, strongly agreed."
_BARE = frozenset(["nsubj", "punct", "advmod", "cc", "aux", "neg"])


def _reacts_only(sent: Span) -> bool:
    """ "Her husband, Mark Fowler, agreed.", "Tom Briggs disagreed.": a reaction with nothing
    it agrees to or laughs at in the sentence, which a reader checks in the words it answers."""
    root = sent.root
    return root.lemma_.lower() in _REACTIONS and all(c.dep_ in _BARE for c in root.children)


def _asks_for_comment(parse: _Parse, sent: Span) -> bool:
    """ "A spokesperson did not respond to a request for comment", "Hale was not available for
    comment", "did not return calls seeking comment", "messages requesting comment": the
    reporter's note that someone was asked, which a reader takes as it is, no claim (not
    "criticised for comments she made")."""
    # Only a "comment" is read as a Token: a sentence's words are found in ``parse``.
    comments = (sent.doc[i] for i in range(sent.start, sent.end) if parse.lower[i] == "comment")
    return any(
        (t.head.lower_ == "for" or t.head.lemma_.lower() in ("seek", "request"))
        and not any(c.dep_ in ("det", "poss", "relcl") for c in t.children)
        for t in comments
    )


def _denies_a_fact(parse: _Parse, sent: Span) -> bool:
    """ "The council has never published the report", "The firm does not disclose its pay":
    the reporter's statement that something named did not or does not do a thing. Such a
    statement has no figure and little the score weighs, but it is on record either way."""
    root = sent.root
    return (
        not _is_question(parse.text_of(sent))
        and root.pos_ in ("VERB", "AUX")
        and is_negated(root)
        and not parse.has_modal(root.i)
        and any(parse.pos[s] in ("NOUN", "PROPN") for s in parse.children(root.i, "nsubj"))
    )


def _names_only(doc: Doc, quote: Quote) -> bool:
    """True when reported speech is only the thing it was about, with no verb of its own:
    "welcomed the report", "denied the allegations". The attribution is still highlighted,
    but the words state nothing to check."""
    if quote.kind is not QuoteKind.INDIRECT:
        return False
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    # The thing is the cue's object; words the tagger misread ("the move reeks of fear",
    # "reeks" a noun) hang elsewhere.
    return (
        words is not None
        and words.root.dep_ in ("dobj", "pobj")
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _past_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a sentence's own words start, past a dateline or a live blog's time in front of
    them ("NEW YORK, Feb 6 (Reuters) - ", "MUMBAI: ", "14:52 "): the story's, not a claim."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return start
    after = dateline_end(doc, words.start)
    if after is None:
        return start
    return doc[after].idx if after < words.end else end


# A live blog's entry heading ("Power cut to 38,000 homes" under "12.10 GMT") is a title, no
# claim, whatever figures it states: the entry under it tells the same in sentences. A heading
# reads as a headline does, with no full stop or colon at its end, inside a closing quotation
# mark too; a list's point is no heading.


def _entry_headings(text: str) -> list[TextSpan]:
    """The lines of ``text`` that head a live blog's entries: each the line under an entry's
    time, or over it ("Minister resigns", then "10.42 GMT"), with more of its entry under it.
    An entry of one short line, the next entry's time under it, is the entry's own words, not
    a heading."""
    lines = [strip_span(text, *line.span()) for line in re.finditer(r"[^\n]+", text)]
    lines = [(start, end) for start, end in lines if start < end]
    # Padded with a line that is no time at either end: each line has neighbours to look at.
    timed = [False, *(is_entry_time(text[start:end]) for start, end in lines), False, False]
    return [
        lines[k - 1]
        for k in range(1, len(lines))
        if not timed[k]
        and (
            (timed[k - 1] and not timed[k + 1])  # under its time
            or (not timed[k - 1] and timed[k + 1] and k + 1 < len(lines) and not timed[k + 2])
        )
        and _is_heading(text[slice(*lines[k - 1])])
    ]


def _is_heading(line: str) -> bool:
    return (
        reads_as_headline(line)
        and not line.rstrip("\"'”’)").endswith((".", ",", ";", ":"))
        and LIST_POINT.match(line) is None
    )


# Words that join the reporter's clause to the attribution after it, and prepositions that set
# a report in a phrase ("despite warnings that …", "amid claims that …").
_JOINING = frozenset(["although", "though", "but", "and", "while", "as", "after", "because", "yet"])
_RELATIVES = frozenset(["which", "who", "whom"])
_JOINING |= {"despite", "amid", "with", "when", "where", "before", "until"} | _RELATIVES
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
# How a phrase hangs on a word of the clause it is part of, not on a clause joined to another:
# "Trump did not unveil | plans to …", "Republicans were in the lead in | advocating …".
_INSIDE_A_CLAUSE = frozenset(
    ["dobj", "pobj", "pcomp", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp", "acl"]
) | {"nsubj", "nsubjpass", "compound", "amod", "poss", "det", "nummod", "appos", "nmod"}


def _own_clause_end(doc: Doc, quotes: Sequence[Quote], span: TextSpan) -> int | None:
    """Where the reporter's clause that opens a sentence ends, before its first attribution;
    None when the sentence opens with the attribution, with quoted words or with a phrase
    ("Asked whether the budget would be enough, he replied …"); the sentence's end when the
    attribution is inside the reporter's clause ("Trump did not unveil plans to pay for it")."""
    start, end = span
    if any(q.start < start < q.end for q in quotes):
        return None  # the sentence is the end of a quote that began before it
    firsts = [_antecedent_end(doc, q) or q.start for q in quotes]
    for quote in quotes:
        joined = _joined_to_own_verb(doc, quote, quotes)
        if joined is not None:
            firsts.append(joined)
            continue
        firsts += [span[0] for span in (quote.cue_span, quote.speaker_span) if span is not None]
    stop = min((i for i in firsts if start <= i < end), default=start)
    clause = doc.char_span(start, stop, alignment_mode="contract")
    if clause is None:
        return None
    words = [t for t in clause if not t.is_space]
    popped = ""
    while words and (
        words[-1].is_punct
        or words[-1].lower_ in _JOINING
        or (words[-1].tag_ == "IN" and popped in _RELATIVES)  # "a day on Nov. 1 during which"
    ):
        popped = words.pop().lower_
    # "Speaking at the conference on Tuesday, the minister said …" or "Asked whether the
    # budget would be enough, he replied …" opens with a phrase, not a clause of the
    # reporter's own: it needs a verb in a tense, and no verb out of one at its head.
    if (
        len(words) < 3
        or not any(t.tag_ in _FINITE_TAGS for t in words)
        or any(t.pos_ == "VERB" and not _is_finite(t) for t in _heads(words))
    ):
        return None
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is not None and _runs_on_into(words, doc[words[-1].i + 1 : sentence.end]):
        return end
    return words[-1].idx + len(words[-1])


def _heads(words: Sequence[Token]) -> list[Token]:
    """The words of ``words`` that hang on none of them."""
    inside = {t.i for t in words}
    return [t for t in words if t.head.i not in inside or t.head == t]


def _is_finite(verb: Token) -> bool:
    """ "fell", "will pay", "has been closed": a verb in a tense, or with an auxiliary in one."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children
    )


def _runs_on_into(clause: Sequence[Token], rest: Span) -> bool:
    """Whether the words after the reporter's ``clause`` are part of it, an object or a phrase
    it needs ("did not unveil | plans to …"), not a clause joined to it ("fell 5%, | although
    police said …", "broke up, | with each side accusing …")."""
    inside = {t.i for t in clause}
    return any(t.head.i in inside and t.dep_ in _INSIDE_A_CLAUSE for t in rest if not t.is_space)


def _cue_words(doc: Doc, quote: Quote) -> Span | None:
    """The words of ``quote``'s cue in ``doc``; None when it has none."""
    if quote.cue_span is None:
        return None
    return doc.char_span(*quote.cue_span, alignment_mode="expand")


def _antecedent_end(doc: Doc, quote: Quote) -> int | None:
    """Where a quote's first part ends when it is the noun its relative clause qualifies,
    which the reporter's clause names too: "the plan" of "About 300 people signed a petition
    against the plan, which campaigners say was drawn up in secret"; else None."""
    cue = _cue_words(doc, quote)
    if len(quote.parts) < 2 or cue is None:
        return None
    clause = next((t for t in (cue.root, *cue.root.ancestors) if t.dep_ == "relcl"), None)
    start, end = quote.parts[0]
    return end if clause is not None and start <= clause.head.idx < end else None


def _joined_to_own_verb(doc: Doc, quote: Quote, quotes: Sequence[Quote]) -> int | None:
    """Where the words joined to a verb that reports nothing start, when ``quote``'s cue is
    that verb's conjunct and shares its subject, the speaker; else None.

    "The company will pay a dividend of 8.4p a share, and plans to open 30 stores": the
    subject is the speaker, but the clause it opens is the reporter's own.
    """
    cue = _cue_words(doc, quote)
    if quote.speaker_span is None or cue is None:
        return None
    if cue.root.dep_ != "conj" or cue.root.head.i >= cue.root.i:
        return None
    verb = cue.root.head
    if verb.pos_ not in ("VERB", "AUX") or any(
        q.cue_span is not None and q.cue_span[0] <= verb.idx < q.cue_span[1] for q in quotes
    ):
        return None
    if any(child.dep_ in SUBJECTS for child in cue.root.children):
        return None  # "…, and after that the rate would rise": a subject of its own
    speaker_start, speaker_end = quote.speaker_span
    shared = any(
        child.dep_ in SUBJECTS
        and child.left_edge.idx < speaker_end
        and speaker_start < child.right_edge.idx + len(child.right_edge)
        for child in verb.children
    )
    return cue.root.left_edge.idx if shared else None


def _reports(quotes: Sequence[Quote], span: TextSpan) -> bool:
    """True when the sentence ``span`` is a quote's words or the frame that attributes them.

    '"A," said the mayor, who …' is the mayor's claim, listed once, as the quote.
    """
    start, end = span
    if is_inside(span, [(q.start, q.end) for q in quotes]):
        return True
    return any(
        q.start < end and start < q.end and q.cue_span is not None and start <= q.cue_span[0] < end
        for q in quotes
    )


def sentences(doc: Doc) -> list[TextSpan]:
    """The parser's sentences, also cut at line breaks, without surrounding whitespace.

    A headline or a paragraph never runs on into the next line, though the small model's
    sentence boundaries often do ("Council approves barrier\n\nThe council …"). A line break
    inside a paragraph wrapped by hand (an email, a PDF) is no cut: "… to cost about
    180,000\npounds." is one sentence.
    """
    text = doc_text(doc)
    soft = wrapped_line_ends(text)
    spans = []
    for sent in doc.sents:
        start = sent.start_char
        while start < sent.end_char:
            end = text.find("\n", start, sent.end_char)
            while end in soft:
                end = text.find("\n", end + 1, sent.end_char)
            end = sent.end_char if end < 0 else end
            piece = strip_span(text, start, end)
            if piece[0] < piece[1]:
                spans.append(piece)
            start = end + 1
    return spans


class _Parse:
    """The attributes the features read, of every token of one doc, each read once.

    A spaCy Token attribute builds a new Python object on every read, and the features read
    the same few attributes in some twenty passes over each sentence and each quote's words
    (which overlap the sentences): ``find_claims`` reads the doc's tokens once, here, and
    scores all its spans from these lists, indexed by token.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        # One array of hashes and flags, not a Token object per token and attribute; tokens
        # of a kind are found in it by their hashes.
        strings = doc.vocab.strings
        lower, lemma, tag, pos, dep, ent_type, ent_iob, like_num, is_space, is_punct = doc.to_array(
            [LOWER, LEMMA, TAG, POS, DEP, ENT_TYPE, ENT_IOB, LIKE_NUM, IS_SPACE, IS_PUNCT]
        ).T
        self.lower = _strings(strings, lower)
        # Lower-cased, as the word lists are.
        self.lemma = _strings(strings, lemma, str.lower)
        self.tag = _strings(strings, tag)
        # "We've got two hospitals", "has got to stop": present, though tagged as a past.
        for i in _positions(_is_any(lower, strings, ("got",))):
            if _has_got(doc[i]):
                self.tag[i] = _PRESENT_GOT
        # "She's cut the budget", "it's been closed", "they'd spent it", "we’ve cut": a "has" or
        # "had" written short before a past participle, which the small model reads as "is" or
        # "would", or leaves as written.
        for i in _positions(_is_any(lower, strings, _SHORT_HAVE)):
            if _short_have(doc[i]):
                self.lemma[i] = "have"
                if self.tag[i] == "MD":
                    self.tag[i] = _HAD
        # "If we had more troops, we would …": a supposition, no past act.
        for i in _positions(_is_any(tag, strings, ("VBD",))):
            if _supposed(doc[i]):
                self.tag[i] = _SUPPOSED
        self.pos = _strings(strings, pos)
        self.dep = _strings(strings, dep)
        self.is_space: list[int] = is_space.tolist()
        self.spaces = _positions(is_space != 0)
        # Sorted positions of the words (not whitespace) of a kind, a span's found by bisection.
        words = is_space == 0
        # "Number two, we must …": a speaker counting their points states no number and names
        # no measure; the words after it are the point's.
        points = numpy.zeros(len(doc), dtype=bool)
        for start, end in counted_points(self.text):
            counted = doc.char_span(start, end, alignment_mode="expand")
            if counted is not None:
                points[counted.start : counted.end] = True
        self.points = set(_positions(points))
        self.content = _positions(words & (is_punct == 0) & ~points)
        self.subjects = _positions(words & _is_any(dep, strings, SUBJECTS))
        self.roots = _positions(words & _is_any(dep, strings, ("ROOT",)))
        # "one" is mostly a pronoun or an article ("one thing", "no one"), not a count; "first",
        # "second", "21st" rank ("in the first place", "the 21st century"), and are numbers
        # only as a share ("a third of", tagged a noun).
        numbers = _positions(words & (like_num != 0) & ~points & ~_is_any(lower, strings, ("one",)))
        ranks = _compound_ranks(self.lower, numbers)
        self.numbers = {
            i
            for i in numbers
            if (self.tag[i] == "NN" or _ORDINAL.fullmatch(self.lower[i]) is None) and i not in ranks
        }
        # The words of names: "the Great Depression" judges nothing.
        self.names = set(_positions(_is_any(ent_type, strings, _ENTITY_LABELS)))
        # Entity starts, read from the tokens: ``Span.ents`` scans the whole doc each time.
        self.entity_starts = {
            i
            for i in numpy.flatnonzero(ent_iob == _ENTITY_BEGINS).tolist()
            if strings[int(ent_type[i])] in _ENTITY_LABELS
            and not (strings[int(ent_type[i])] == "PERSON" and _addressed(doc[i]))
        }
        # HEAD is the offset to the head, a negative one wrapped round in the unsigned array.
        offsets = doc.to_array(HEAD).astype(numpy.int64).tolist()
        self.head = [i + offset for i, offset in enumerate(offsets)]
        # ``Token.children`` (the tokens whose head is this one; a root is its own head) by
        # their relation, for the relations the features read.
        self._children: dict[tuple[int, str], list[int]] = {}
        for i in _positions(_is_any(dep, strings, _CHILD_RELATIONS)):
            if self.head[i] != i:
                self._children.setdefault((self.head[i], self.dep[i]), []).append(i)
        # "did not vote", "has never met": a past act denied. is_negated reads Tokens, so it
        # reads only the words that can be past: tagged so, or the head of a "did".
        did = {self.head[i] for i in _positions(_is_any(lower, strings, ("did",)))}
        past = did.union(_positions(_is_any(tag, strings, ("VBD", "VBN"))))
        self.denied_past = {
            i for i in past if (self.is_past(i) or self.has_aux(i, ("did",))) and is_negated(doc[i])
        }

    def tokens(self, words: Span) -> Sequence[int]:
        """The positions of the tokens of ``words`` but for whitespace: a range when it has none."""
        start, end = words.start, words.end
        if bisect.bisect_left(self.spaces, start) == bisect.bisect_left(self.spaces, end):
            return range(start, end)
        return [i for i in range(start, end) if not self.is_space[i]]

    def text_of(self, words: Span) -> str:
        """``words.text``, sliced from the doc's text instead of joined from its tokens."""
        return self.text[words.start_char : words.end_char]

    def children(self, i: int, relation: str) -> list[int]:
        """The children of token ``i`` in ``relation`` to it, one of ``_CHILD_RELATIONS``."""
        return self._children.get((i, relation), [])

    def has_aux(self, i: int, words: tuple[str, ...]) -> bool:
        return any(self.lower[c] in words for c in self.children(i, "aux"))

    def has_modal(self, i: int) -> bool:
        """ "will cut", "would do", "must go": token ``i`` has a modal auxiliary."""
        return any(self.tag[c] == "MD" for c in self.children(i, "aux"))

    def has_subject(self, i: int, words: set[str]) -> bool:
        return any(self.lower[c] in words for c in self.children(i, "nsubj"))

    def has_perfect(self, i: int) -> bool:
        """ "has cut", "had closed", "’ve seen", "it's been": token ``i`` has a "have" as its
        auxiliary."""
        return any(self.lemma[c] == "have" for c in self.children(i, "aux")) or any(
            self.lemma[c] == "have" for c in self.children(i, "auxpass")
        )

    def is_past(self, i: int) -> bool:
        """A verb in the past tense or the perfect: "cut", "has cut", "was cut"."""
        return self.tag[i] == "VBD" or (
            self.tag[i] == "VBN" and self.has_aux(i, ("have", "has", "had", "was", "were"))
        )

    def is_intent(self, i: int) -> bool:
        """A verb of future, wish or duty: "will cut", "would do", "going to", "want to", "need to"."""
        if self.has_modal(i):
            return True
        return self.lemma[i] in ("go", "want", "need", "plan", "intend", "have") and bool(
            self.children(i, "xcomp")
        )


def _compound_ranks(lower: list[str], numbers: list[int]) -> set[int]:
    """The ``numbers`` (positions of number words in words ``lower``) that rank with the
    number before or after them: "twenty-fifth", "the twenty-first century", "our two hundredth
    birthday", "its 500 millionth passenger"; not "one-third", "one hundredth of a second" (a
    share), "a thirty-second advert" (a length) nor "Twenty first-time buyers"."""
    ranks: set[int] = set()
    for i, j in itertools.pairwise(numbers):
        if j == i + 2 and lower[i] in TENS and lower[i + 1] == "-":
            ordinal = lower[j] != "second" and _ORDINAL.fullmatch(lower[j]) is not None
        else:
            ordinal = (
                j == i + 1
                and _SCALE_ORDINAL.fullmatch(lower[j]) is not None
                and lower[j + 1 : j + 2] != ["of"]
            )
        if ordinal:
            ranks.update((i, j))
    return ranks


def _addressed(name: Token) -> bool:
    """Whether the name that ``name`` opens is someone spoken to, set off by commas from a clause
    with a subject of its own: "Jim, you voted for it", "Well, Mr. Lee, we have", "Sander,
    that's a fair question" (a verb has one subject), inside a phrase ("those of us in office,
    Jim, have a duty") or before a clause without a tense ("Well, Mr. Nixon, to go back to
    1955"); no one it speaks of, as "Mr. Lee, as mayor, voted for it" is."""
    doc = name.doc
    end = name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    head = doc[name.i : end].root
    last = head.right_edge.i
    while last > head.i and doc[last].is_punct:  # "Mr Lee," with its comma in its phrase
        last -= 1
    start, end = min(name.i, head.left_edge.i), max(end, last + 1)
    if not ((start == 0 or doc[start - 1].is_punct) and end < len(doc) and doc[end].is_punct):
        return False
    other_subject = any(c.dep_ in (*SUBJECTS, "expl") and c != head for c in head.head.children)
    if head.dep_ == "npadvmod":
        return other_subject or head.head.pos_ in ("NOUN", "PRON", "PROPN")
    if head.dep_ == "nsubj":
        return other_subject or any(c.tag_ == "TO" for c in head.head.children)
    return False


def _strings(
    strings: StringStore, hashes: numpy.ndarray, spelling: Callable[[str], str] = str
) -> list[str]:
    """The strings of ``hashes`` in ``spelling``, each distinct one looked up once."""
    distinct, at = numpy.unique(hashes, return_inverse=True)
    names = numpy.array([spelling(strings[key]) for key in distinct.tolist()], dtype=object)
    spelt: list[str] = names[at].tolist()
    return spelt


def _is_any(hashes: numpy.ndarray, strings: StringStore, words: Iterable[str]) -> numpy.ndarray:
    """Whether each of ``hashes`` is that of one of ``words``."""
    found = numpy.zeros(len(hashes), dtype=bool)
    for word in words:
        found |= hashes == strings[word]
    return found


def _positions(found: numpy.ndarray) -> list[int]:
    positions: list[int] = numpy.flatnonzero(found).tolist()
    return positions


def _quote_score(parse: _Parse, pieces: Sequence[TextSpan], figures: Sequence[Figure]) -> float:
    """A quote is as check-worthy as its most check-worthy sentence (``pieces``: its words in
    each sentence)."""
    best = 0.0
    for start, end in pieces:
        words = parse.doc.char_span(start, end, alignment_mode="expand")
        if words is not None:
            inside = [f for f in figures if start <= f.start and f.end <= end]
            best = max(best, _score(parse, words, inside, attributed=True))
    return best


def _asserting_pieces(parse: _Parse, quote: Quote, units: Sequence[TextSpan]) -> list[TextSpan]:
    """The quote's words in each sentence it overlaps (``units``), from the first that asserts
    something to the last: '"The scheme is the biggest in a generation," she said. "We're
    delighted!"' claims only its first words; '"What a year!"' claims nothing."""
    pieces = []
    for sent_start, sent_end in units:
        start, end = max(quote.start, sent_start), min(quote.end, sent_end)
        words = parse.doc.char_span(start, end, alignment_mode="expand") if start < end else None
        if words is not None:
            pieces.append(((start, end), not _asserts_nothing(parse, words)))
    asserting = [k for k, (_, asserts) in enumerate(pieces) if asserts]
    if not asserting:
        return []
    return [piece for piece, _ in pieces[asserting[0] : asserting[-1] + 1]]


_QUOTATION_MARKS = "\"'“”‘’«»"


def _claimed_words(text: str, quote: Quote, kept: TextSpan) -> TextSpan:
    """The span of a quote's words that assert something (``kept``), cut at the ends of its
    parts where it can be ('"A," she said.' of '"A," she said. "Wow!"' is '"A,"'), else
    without the quotation marks left with no partner."""
    start, end = kept
    # A closing mark the parser left as a sentence of its own is no cut.
    if not any(c.isalnum() for c in text[end : quote.end]):
        end = quote.end
    if not any(c.isalnum() for c in text[quote.start : start]):
        start = quote.start
    if (start, end) == (quote.start, quote.end):
        return start, end
    ends = [b for a, b in quote.parts if start < b <= end]
    starts = [a for a, b in quote.parts if start <= a < end]
    if end < quote.end and ends:
        end = max(ends)
    if start > quote.start and starts:
        start = min(starts)
    if any(part == (start, end) for part in quote.parts):
        return start, end
    while start < end and (text[start].isspace() or text[start] in _QUOTATION_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTATION_MARKS):
        end -= 1
    return start, end


def _past_joining_that(parse: _Parse, start: int, end: int) -> int:
    """Where reported words begin past the "that" joining them to their cue: "the port would
    reopen" of "said that the port would reopen", as a fact-checker writes the claim down; a
    demonstrative "that" ("said that was wrong") is the words' own.

    Quotation marks in the words may lead the parse to take the "that" for the object of a
    verb that could have one ('that Doyle had left "by mutual consent"'): a "that" before
    its verb's subject joins all the same.
    """
    words = parse.doc.char_span(start, end, alignment_mode="contract")
    if words is None or len(words) < 2 or parse.lower[words.start] != "that":
        return start
    that = words[0]
    joining = that.dep_ == "mark" or any(
        c.dep_ in SUBJECTS and that.i < c.i for c in that.head.children
    )
    return words[1].idx if joining else start


def _asserts_nothing(parse: _Parse, words: Span) -> bool:
    """Whether a sentence asserts nothing anyone could check: a question, with its mark or
    without ("Did anyone check the figures."), a call to act ("Book an appointment today.",
    "Please don't wait."), a greeting, or an exclamation that scores low ("We're delighted!",
    "What a year!"; "They lied to Parliament!" still asserts)."""
    text = parse.text_of(words)
    content = _within(parse.content, words)
    if not content or _questions(parse, text, content) or _SOCIAL.match(text):
        return True  # (no words: a closing quotation mark the parser left on its own)
    if _is_imperative(parse, words):
        return True
    return text.rstrip(_CLOSING).endswith("!") and _score(parse, words, ()) < CHECKWORTHY


def score_span(words: Span, figures: Iterable[Figure], attributed: bool = False) -> float:
    """Check-worthiness in [0, 1] of a sentence or, with ``attributed``, a quote's words.

    In a quote, "I" and "we" are the named speaker ("We have significant losses" is the
    Kremlin's statement on record), so the first-person features count as a third party's.
    This reads every token of ``words.doc``; ``find_claims`` reads them once for all its spans.
    """
    return _score(_Parse(words.doc), words, figures, attributed)


def _score(
    parse: _Parse, words: Span, figures: Iterable[Figure], attributed: bool = False
) -> float:
    if len(words) == 0:
        return 0.0
    features = _features(parse, words, figures)
    if attributed:
        features.update(i=0.0, you=0.0, pronouns=0.0, third_party=1.0)
    total = _WEIGHTS["bias"] + sum([_WEIGHTS[name] * value for name, value in features.items()])
    return 1.0 / (1.0 + math.exp(-total))


def span_features(words: Span, figures: Iterable[Figure]) -> dict[str, float]:
    """The named features of ``words`` that ``score_span`` weighs (1.0 present, else 0.0)."""
    return _features(_Parse(words.doc), words, figures)


# The features that say one of a word list's words is in the sentence, in their order in
# ``span_features``'s result.
_LISTED = (
    "record",
    "measurable",
    "hedge",
    "values",
    "evaluative",
    "meta",
    "magnitude",
    "stance",
    "economy",
    "security",
    "welfare",
    "vague",
    "hypothetical",
    "factual",
    "politics",
    "third_persons",
)


def _features(parse: _Parse, words: Span, figures: Iterable[Figure]) -> dict[str, float]:
    # Each test of single words asks first whether the span has such a word at all (a test of
    # its sets of words and tags), and only then goes through its tokens: most spans have none.
    lists = word_lists()
    lower, lemma, tag, pos, dep = parse.lower, parse.lemma, parse.tag, parse.pos, parse.dep
    tokens = parse.tokens(words)
    counting = not parse.points.isdisjoint(tokens)
    if counting:
        tokens = [i for i in tokens if i not in parse.points]
    lowers = _at(lower, tokens)
    lemmas = _at(lemma, tokens)
    tags = set(_at(tag, tokens))
    words_used = set(lowers)
    lemmas_used = set(lemmas)
    vocabulary = words_used | lemmas_used
    kinds = {f.kind for f in figures}
    text = parse.text_of(words)
    content = _within(parse.content, words)
    content_pos = [pos[i] for i in content]
    first = content[0] if content else None
    call = next((i for i in content if lower[i] not in _BEFORE_A_CALL), None)
    subjects = _within(parse.subjects, words)
    roots = _within(parse.roots, words)
    root = roots[0] if roots else None
    # The lemma as the parse spells it, not lowered as the word lists' are.
    be_root = root if root is not None and parse.doc[root].lemma_ == "be" else None
    modals = {lower[i] for i in tokens if tag[i] == "MD"} if "MD" in tags else set()
    features = dict.fromkeys(_LISTED, 0.0)
    listed_by_word = _listed_by_word()
    for word in listed_by_word.keys() & vocabulary:
        for name in listed_by_word[word]:
            features[name] = 1.0
    if features["evaluative"]:
        features["evaluative"] = float(_judges(parse, tokens))
    if features["record"] and "since" in words_used:
        features["record"] = float(_records(parse, tokens))
    if features["magnitude"] and "most" in words_used:
        features["magnitude"] = float(_amounts(parse, tokens))
    if features["meta"] and "point" in lemmas_used:
        features["meta"] = float(_talks_of_talk(parse, tokens))
    features.update(
        {
            "figure": float(bool(kinds - {FigureKind.DATE, FigureKind.TIME, FigureKind.ORDINAL})),
            "number": float(not parse.numbers.isdisjoint(tokens)),
            # Statistics are written in digits; small counts in talk are spelled out. The "2" of
            # a speaker's "Number 2, …" is neither.
            "digits": float(
                any(map(str.isdigit, text))
                and (not counting or any(any(map(str.isdigit, lower[i])) for i in tokens))
            ),
            "past": float(
                "VBD" in tags
                and any(not _standard_of_comparison(parse, i) for i in tokens if tag[i] == "VBD")
            ),
            "perfect": float(
                "VBN" in tags and any(parse.has_perfect(i) for i in tokens if tag[i] == "VBN")
            ),
            "comparative": float(not tags.isdisjoint(("JJR", "RBR"))),
            # "Most voters" is a quantity (a magnitude word), not a superlative like "the most
            # expensive" or "the largest".
            "superlative": float(
                not tags.isdisjoint(("RBS", "JJS"))
                and any(_ranks_highest(parse, i) for i in tokens if tag[i] in ("RBS", "JJS"))
            ),
            "entity": float(not parse.entity_starts.isdisjoint(tokens)),
            "event": float(
                not lists["event_verbs"].isdisjoint(lemmas_used)
                and any(lemma[i] in lists["event_verbs"] for i in tokens if pos[i] == "VERB")
            ),
            "third_party": float(
                any(
                    lemma[parse.head[s]] in lists["record_verbs"]
                    and (pos[s] == "PROPN" or lower[s] in _THIRD_PERSON)
                    for s in subjects
                )
            ),
            "question": float(_questions(parse, text, content)),
            "opinion": float(
                not lists["opinion_verbs"].isdisjoint(lemmas_used)
                and any(
                    parse.has_subject(i, _FIRST_PERSON)
                    for i in tokens
                    if lemma[i] in lists["opinion_verbs"]
                )
            ),
            "will": float(not modals.isdisjoint(_FUTURE_MODALS)),
            "should": float(
                (
                    (
                        not words_used.isdisjoint(_NORMATIVE_MODALS)
                        or ("to" in lemmas_used and _has_pair(lemmas, ("need", "have", "get")))
                    )
                    and _obliges(parse, tokens)
                )
                or (
                    "let" in words_used
                    and any(b in ("'s", "us") for a, b in itertools.pairwise(lowers) if a == "let")
                )
            ),
            "can": float(not modals.isdisjoint(_POSSIBLE_MODALS)),
            "going_to": float(
                "to" in lemmas_used and _has_pair(lemmas, ("go", "want", "plan", "intend"))
            ),
            "you": float(
                not words_used.isdisjoint(("you", "your"))
                and any(lower[i] in ("you", "your") and not _talk_formula(parse, i) for i in tokens)
            ),
            "i": float(any(lower[s] == "i" for s in subjects)),
            "judgement": float(
                be_root is not None
                and any(tag[c] == "JJ" for c in parse.children(be_root, "acomp"))
            ),
            # "Look, the rate has doubled" asks for attention, and calls for nothing.
            "imperative": float(
                root is not None
                and (
                    (call is not None and tag[call] == "VB" and dep[call] == "ROOT")
                    or _bids(parse, root)
                )
                and not _aside(parse, root, content)
            ),
            "social": float(bool(_SOCIAL.match(text))),
            "nouns": _share(
                content_pos.count("NOUN") + content_pos.count("PROPN") + content_pos.count("NUM"),
                len(content),
            ),
            "pronouns": _share(content_pos.count("PRON"), len(content)),
            "root_past": float(root is not None and tag[root] in ("VBD", "VBN")),
            # "Now, let me say …" opens a turn; "it is now 12 percent" states a fact.
            "now": float(
                not lists["now"].isdisjoint(words_used)
                and any(
                    lower[i] in lists["now"] and _of_the_present(parse, i, content)
                    for i in content[1:]
                )
            ),
            "first_future": float(
                any(parse.is_intent(parse.head[s]) for s in subjects if lower[s] in _FIRST_PERSON)
            ),
            # How many words name the matter of public policy: taxes, troops, schools, laws …
            "topics": min(
                4, _count(lowers, lists["topics"]) - _public_verbs(parse, tokens, words_used)
            )
            / 4,
            "first_past": float(
                any(parse.is_past(parse.head[s]) for s in subjects if lower[s] in _FIRST_PERSON)
            ),
            "you_subject": float(
                any(lower[s] == "you" and not _talk_formula(parse, s) for s in subjects)
            ),
            "root_opinion": float(root is not None and lemma[root] in lists["opinion_verbs"]),
            "talk_openers": float(
                first is not None
                and lower[first] in lists["talk_openers"]
                and not _qualifies_a_word(parse, first)
            ),
            "existential": float("EX" in tags),
            "than": float("than" in words_used),
            "denied_past": float(not parse.denied_past.isdisjoint(tokens)),
            "measured_state": float(
                be_root is not None
                and any(
                    g.like_num or g.tag_ in ("JJR", "JJS", "RBR", "RBS")
                    for c in parse.children(be_root, "attr") + parse.children(be_root, "acomp")
                    for g in parse.doc[c].subtree
                )
            ),
            "modal_root": float(root is not None and parse.has_modal(root)),
        }
    )
    return features


def _within(positions: list[int], words: Span) -> list[int]:
    """The ``positions`` (sorted) of tokens of ``words``."""
    return positions[
        bisect.bisect_left(positions, words.start) : bisect.bisect_left(positions, words.end)
    ]


def _at(values: list[str], tokens: Sequence[int]) -> list[str]:
    """The values of ``tokens``: a slice when they are a range."""
    if isinstance(tokens, range):
        return values[tokens.start : tokens.stop]
    return [values[i] for i in tokens]


@lru_cache(maxsize=1)
def _listed_by_word() -> dict[str, tuple[str, ...]]:
    """For each word of the ``_LISTED`` word lists, the names of the lists it is in."""
    by_word: dict[str, list[str]] = {}
    for name in _LISTED:
        for word in word_lists()[name]:
            by_word.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in by_word.items()}


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def _count(words: list[str], listed: frozenset[str]) -> int:
    """How many of ``words`` are ``listed``, each time it occurs."""
    return 0 if listed.isdisjoint(words) else sum(1 for w in words if w in listed)


def _bids(parse: _Parse, root: int) -> bool:
    """Whether the main verb ``root`` is a call, in its bare form with no subject and no
    auxiliary, after whatever opens the sentence: "If you see him, call 999", "When you look at
    the record, take a look at Syria", "Since I have a minute, let me say this". A capital
    after the opening is a name read as a verb: "With two months to go, Trump still ducks"."""
    return (
        parse.tag[root] == "VB"
        and not parse.children(root, "nsubj")
        and not parse.children(root, "aux")
        and not parse.doc[root].text[:1].isupper()
    )


# What a verb of attention may take before its comma: "excuse me", "bear in mind", "mind you".
_ASIDE_WORDS = frozenset(["me", "us", "you", "in", "mind", "also", "here", "now", "again", "this"])
_ASIDE_MARKS = frozenset([",", "-", "--", "—", "–", ":", ";"])


def _aside(parse: _Parse, verb: int, content: Sequence[int]) -> bool:
    """Whether the bare ``verb`` only asks for attention or pardon, set off by a comma from
    words of their own (of ``content``, the sentence's): "Look, the rate has doubled",
    "Remember, he voted for it", "… fell by half -- excuse me, by a third"; not "Look at the
    record", nor "Remember, vote on Tuesday", which call to act."""
    if parse.lemma[verb] not in word_lists()["asides"]:
        return False
    mark = verb + 1
    while mark < len(parse.lower) and parse.lower[mark] in _ASIDE_WORDS:
        mark += 1
    if mark >= len(parse.lower) or parse.lower[mark] not in _ASIDE_MARKS:
        return False
    before = [i for i in content if i < verb and parse.lower[i] not in _BEFORE_A_CALL]
    return bool(before) or any(
        parse.dep[i] in SUBJECTS and parse.head[i] > mark for i in content if i > mark
    )


# Verbs whose "you" is a formula of talk: "you know", "as you see", "I tell you", "I can assure
# you that …".
_KNOWING = frozenset(["know", "see"])
_TELLING = frozenset(["tell", "assure", "promise"])
_SPEAKERS = {"i", "we", "me", "us"}  # "me" of "Let me tell you"


def _talk_formula(parse: _Parse, you: int) -> bool:
    """Whether the "you" at ``you`` only carries the talk on, "You know, the plant closed",
    "as you know", "I can tell you that …", "let me tell you", addressing no one about the
    matter; not "You know that he voted for it", "you voted", "He didn't tell you that …"."""
    verb = parse.head[you]
    if parse.dep[you] == "nsubj" and parse.lemma[verb] in _KNOWING:
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in parse.doc[verb].children)
    return (
        parse.dep[you] in ("dobj", "dative")
        and parse.lemma[verb] in _TELLING
        and parse.has_subject(verb, _SPEAKERS)
    )


def _judges(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` is a judging word: "a good plan", "thrilled", "That's right",
    "it went better"; not a noun that only shares its lemma ("civil rights", "goods"), a right
    had ("the right to vote", "their right"), a name ("the Great Depression", "Great Britain"),
    nor the "right" of a time or a place ("right now", "right next to it", "right after")."""
    judging = word_lists()["evaluative"]
    for i in tokens:
        lower = parse.lower[i]
        if lower not in judging and (
            parse.lemma[i] not in judging or parse.pos[i] not in ("ADJ", "ADV")
        ):
            continue
        if i in parse.names:
            continue
        if lower == "right" and (
            parse.pos[parse.head[i]] in ("ADV", "ADP")
            or any(c.dep_ in ("det", "poss") for c in parse.doc[i].children)
        ):
            continue
        return True
    return False


def _standard_of_comparison(parse: _Parse, i: int) -> bool:
    """Whether the past verb at ``i`` only sets what the present is compared with, its clause
    the "than" or the second "as" of a degree ("better off than we were four years ago", "not
    as high as it once was", "more than we did"), no act of the past ("just as he did in 2012"
    tells of one)."""
    if parse.lemma[i] not in ("be", "do", "have"):
        return False
    marks = {c.lower_ for c in parse.doc[i].children if c.dep_ == "mark"}
    degree = parse.doc[parse.head[i]]  # "high" of "as high as it once was"
    return "than" in marks or (
        "as" in marks
        and degree.pos_ in ("ADJ", "ADV")
        and any(c.lower_ in ("as", "so") and c.i < degree.i for c in degree.children)
    )


def _qualifies_a_word(parse: _Parse, first: int) -> bool:
    """Whether the first word of a sentence is part of a phrase, not an opening of talk: "So
    far, the council has not paid", "So many firms have closed" ("So, …" and "Well, …" open
    talk)."""
    return parse.lower[first] in ("so", "well") and parse.pos[parse.head[first]] in ("ADJ", "ADV")


def _ranks_highest(parse: _Parse, i: int) -> bool:
    """Whether the superlative at ``i`` ranks a thing above all others ("the largest", "the
    most expensive", "worked hardest"); not "most" and "least" as amounts ("most voters"), nor
    a bound set with "at" ("at least 20", "at best", "at most")."""
    if parse.tag[i] == "JJS" and parse.lower[i] in ("most", "least"):
        return False
    return i == 0 or parse.lower[i - 1] != "at"


def _amounts(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` puts an amount in words: "most voters", "most of them", "many";
    not the "most" of a superlative ("the most expensive scheme", "those who need it most"),
    which is a degree, no amount."""
    magnitude = word_lists()["magnitude"]
    return any(
        (parse.lower[i] in magnitude or parse.lemma[i] in magnitude)
        and not (parse.lower[i] == "most" and parse.tag[i] == "RBS")
        for i in tokens
    )


# Verbs whose "still" tells how one keeps, not for how long: "America has not stood still".
_KEEPING_STILL = frozenset(["stand", "sit", "keep", "hold", "lie", "stay", "remain"])
# Words that open a sentence before a "still" that concedes: "But still, it worked".
_CONCEDING = frozenset(["and", "but", "yet"])


def _of_the_present(parse: _Parse, word: int, content: Sequence[int]) -> bool:
    """Whether the "now", "today" or "still" at ``word`` tells of the state of things ("the
    plant is still closed", "it is now 12 percent"), not of a time to come ("ten years from
    now"), and "still" not of keeping without moving ("the economy has stood still"), what
    is conceded ("But still, it was a good day") or a degree ("better still")."""
    if word > 0 and parse.lower[word - 1] == "from":
        return False
    return parse.lower[word] != "still" or _lasting(parse, word, content)


def _lasting(parse: _Parse, still: int, content: Sequence[int]) -> bool:
    if parse.lemma[parse.head[still]] in _KEEPING_STILL and parse.head[still] < still:
        return False
    if still == content[1] and parse.lower[content[0]] in _CONCEDING:
        return False
    return parse.tag[still - 1] not in ("JJR", "RBR") if still > 0 else True


def _talks_of_talk(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` speaks of the talk itself: "that's a good point", "the
    question", "tonight"; not the verb "point out", which puts a fact forward ("I want to point
    out that the deficit doubled")."""
    meta = word_lists()["meta"]
    return any(
        (parse.lower[i] in meta or parse.lemma[i] in meta)
        and not (parse.lemma[i] == "point" and parse.lower[i + 1 : i + 2] == ["out"])
        for i in tokens
    )


def _records(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` is a word of the record: "since 1990", "ever since he took
    office", "the first", "never"; not a "since" that gives a reason, its clause in the present
    ("Since the council has no money, it will …", "since we can't afford it"), while "since he
    has been mayor" and "since it opened" tell how long."""
    record = word_lists()["record"]
    return any(
        parse.lower[i] in record and (parse.lower[i] != "since" or not _gives_a_reason(parse, i))
        for i in tokens
    )


# The tags of a verb in the present, and of an auxiliary that keeps its verb there ("is
# spending", "are needed"); "has been", "have closed" are perfect, telling of a time before.
_PRESENT_TAGS = frozenset(["VBZ", "VBP"])
_PERFECT_AUX = frozenset(["have", "has", "'ve", "’ve", "'s", "’s"])


def _gives_a_reason(parse: _Parse, since: int) -> bool:
    """Whether the "since" at ``since`` opens a clause in the present: a reason, not a time."""
    verb = parse.head[since]
    if parse.dep[since] != "mark" or verb == since:
        return False
    if parse.tag[verb] in _PRESENT_TAGS or parse.has_modal(verb):
        return True
    auxiliaries = parse.children(verb, "aux") + [
        c.i for c in parse.doc[verb].children if c.dep_ == "auxpass"
    ]
    return (
        parse.tag[verb] in ("VBG", "VBN")
        and any(parse.tag[a] in _PRESENT_TAGS for a in auxiliaries)
        and not any(parse.lower[a] in _PERFECT_AUX for a in auxiliaries)
    )


def _public_verbs(parse: _Parse, tokens: Sequence[int], words_used: set[str]) -> int:
    """How many of ``tokens`` (whose words are ``words_used``) are verbs spelt as a noun of
    public business: "deal with", "act now"."""
    nouns = word_lists()["public_nouns"]
    if nouns.isdisjoint(words_used):
        return 0
    return sum(1 for i in tokens if parse.pos[i] == "VERB" and parse.lower[i] in nouns)


def _obliges(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` puts a duty, "we must act", "they need to pay", "it has got to
    stop"; not one in words reported as said ("he said we should wait", "a lady who said we
    ought to legalise it"), which are on record, nor the "must" of "I must say", "I should point
    out", which puts forward what follows. A quote's words are said, and their duty is one: the
    verb that reports them must be among ``tokens``."""
    for k, i in enumerate(tokens):
        if parse.lower[i] in _NORMATIVE_MODALS:
            verb = parse.head[i] if parse.dep[i] == "aux" else i
            if parse.has_perfect(verb):
                continue
        elif (
            parse.lemma[i] in ("need", "have", "get")
            and k + 1 < len(tokens)
            and parse.lemma[tokens[k + 1]] == "to"
        ):
            verb = i
        else:
            continue
        if not _said(parse, verb, tokens[0]):
            return True
    return False


def _said(parse: _Parse, verb: int, start: int) -> bool:
    """Whether ``verb`` is a speaker's own verb of saying what follows ("I must say that …", "we
    should point out that …"; not "we must continue to …") or is said in words reported in the
    past ("said we ought to", "has said you've got to") by a verb from ``start`` on."""
    if (
        _speaks(parse.lemma[verb])
        and parse.has_subject(verb, _FIRST_PERSON)
        and parse.children(verb, "ccomp")
    ):
        return True
    cue = parse.head[verb]
    return (
        parse.dep[verb] == "ccomp"
        and start <= cue < verb
        and _speaks(parse.lemma[cue])
        and parse.is_past(cue)
    )


def _speaks(lemma: str) -> bool:
    """Whether ``lemma`` is a verb that reports words said ("say", "point out", "warn"), not
    what one thinks or how one says it ("believe", "laugh")."""
    verb = lexicon().get(lemma)
    return verb is not None and not verb.mind and not verb.after_quote_only


def _has_pair(lemmas: list[str], firsts: tuple[str, ...]) -> bool:
    """ "going to", "need to": one of ``firsts`` followed by "to"."""
    return any(a in firsts for a, b in itertools.pairwise(lemmas) if b == "to")


# What may close a sentence after its full stop, question or exclamation mark.
_CLOSING = "\"'”’) \n"


def _is_question(text: str) -> bool:
    return text.rstrip(_CLOSING).endswith("?")


# Auxiliaries that open a condition, not a question, before their subject: "Had we known, …",
# "Should you need help, …", "Were the plan approved, …".
_SUPPOSING = frozenset(["had", "should", "were"])


def _asks(parse: _Parse, content: Sequence[int]) -> bool:
    """Whether words without a question mark ask all the same, an auxiliary before its subject
    at their start ("Is it true that the council knew.", "Have you noticed, they've been in
    charge", "And did anyone check.") or "What if …"."""
    opening = next((i for i in content if parse.lower[i] not in _BEFORE_A_CALL), None)
    if opening is None or opening + 1 >= len(parse.lower):
        return False
    word = parse.lower[opening]
    if word == "what" and parse.lower[opening + 1] == "if":
        return True
    if parse.pos[opening] != "AUX" or word in _SUPPOSING:
        return False
    verb = parse.doc[opening] if parse.dep[opening] == "ROOT" else parse.doc[opening].head
    return any(c.dep_ in SUBJECTS and c.left_edge.i == opening + 1 for c in verb.children)


def _questions(parse: _Parse, text: str, content: Sequence[int]) -> bool:
    """Whether words ``text`` (their words but punctuation ``content``) ask, with a question
    mark or without, and do not only put a thing as known."""
    return (_is_question(text) or _asks(parse, content)) and not _puts_as_known(parse, content)


# Verbs whose object is known to be so: "Do you know that it has tripled?" says it has.
_KNOWN = frozenset(["know", "realize", "realise", "remember", "understand"])


def _puts_as_known(parse: _Parse, content: Sequence[int]) -> bool:
    """Whether a question only asks whether one knows what it puts as known ("Do you know that
    the bill has tripled?", "Did you realise the council spent £2m?"), stating it; not "Do you
    know whether …", "Do you know what it cost?", which ask."""
    opening = next((i for i in content if parse.lower[i] not in _BEFORE_A_CALL), None)
    if opening is None or parse.lower[opening] not in ("do", "did"):
        return False
    verb = opening + 2
    if verb + 1 >= len(parse.lower) or parse.lower[opening + 1] != "you":
        return False
    following = verb + 1
    return (
        parse.lemma[verb] in _KNOWN
        and parse.lower[following] not in ("whether", "if")
        and not parse.tag[following].startswith("W")
        and bool(parse.children(verb, "ccomp"))
    )


def _is_imperative(parse: _Parse, words: Span) -> bool:
    """ "Call 999.", "Please don't wait.", "Let us fight for our town.": the main verb in its
    bare form, with no subject and no modal."""
    content = _within(parse.content, words)
    if content and parse.lower[content[0]] == "please":
        return True
    # The small model takes a bare verb opening a sentence for a noun ("Book a jab with your
    # GP."): words that address the reader with no subject of their own are a call too.
    if not _within(parse.subjects, words) and any(
        parse.lower[i] in ("you", "your") for i in content
    ):
        return True
    # The head of the words, not the doc's root: a quote's sentence hangs off its cue.
    root = words.root.i
    return (
        parse.tag[root] == "VB"
        and not parse.children(root, "nsubj")
        and not parse.has_modal(root)
        and not parse.has_aux(root, ("to",))
        and not _aside(parse, root, content)
    )


def _is_a_call(parse: _Parse, quote: Quote) -> bool:
    """Reported speech that is a call to act, "urged parents to check their children's jabs",
    'warned passengers to expect "severe disruption"': what someone wants done, not something
    they state."""
    cue = _cue_words(parse.doc, quote)
    if quote.kind is QuoteKind.DIRECT or cue is None:
        return False
    if not any(parse.lemma[t.i] in word_lists()["calling_verbs"] for t in cue):
        return False
    if parse.text.startswith("to ", quote.start):
        return True
    # "urged the council to act": whom the call is to, then what they are to do
    words = parse.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return words is not None and any(
        t.dep_ == "xcomp" and cue.start <= t.head.i < cue.end for t in words
    )


# Verbs (lemmas) whose "if" opens a question put, not a condition: "asked if shop owners had
# been consulted", but "said if the talks failed, the strike would go ahead".
_ASKING = frozenset(["ask", "wonder", "question", "query", "inquire", "enquire"])


def _is_a_question(parse: _Parse, quote: Quote) -> bool:
    """Reported speech that is a question put, "asked whether the minister had met any
    fishermen", "asked if shop owners had been consulted": it asks, and asserts nothing."""
    if quote.kind is QuoteKind.DIRECT or quote.cue_span is None:
        return False
    words = parse.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is None or parse.lower[words.start] not in ("whether", "if"):
        return False
    if parse.lower[words.start] == "whether":
        return True
    cue = _cue_words(parse.doc, quote)
    return cue is not None and any(parse.lemma[t.i] in _ASKING for t in cue)


class _Index(Generic[T]):
    """Items with spans, sorted, to find those overlapping a range without a full scan."""

    def __init__(self, items: Iterable[T], span_of: Callable[[T], TextSpan]) -> None:
        self._span_of = span_of
        self._items = sorted(items, key=lambda item: span_of(item)[0])
        self._starts = [span_of(item)[0] for item in self._items]
        self._longest = max((span_of(i)[1] - span_of(i)[0] for i in self._items), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [item for item in self._items[low:high] if self._span_of(item)[1] > start]

    def inside(self, start: int, end: int) -> list[T]:
        return [
            item
            for item in self.overlapping(start, end)
            if start <= self._span_of(item)[0] and self._span_of(item)[1] <= end
        ]


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
