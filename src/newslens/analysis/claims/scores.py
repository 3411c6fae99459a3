"""The check-worthiness score: a logistic function of the weighted named features (``_WEIGHTS``),
the score at which a sentence is check-worthy (``CHECKWORTHY``) and the raise a quote's words
get (``ATTRIBUTION_BONUS``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from spacy.tokens import Span

from newslens.analysis.claims.features import _features
from newslens.analysis.claims.parse import _Parse
from newslens.analysis.model import Figure

# A sentence is check-worthy when it scores at least this; a sentence outside quotes with no
# figure is listed as a claim only then. The F1-best cut depends on how many sentences are
# check-worthy: on out-of-fold scores of the tuning split it is 0.35 at the debates' 25%, and
# 0.26-0.31 at the 36% that the has-number figure implies for its held-out split (news,
# too, states more facts than debates do). This cut is chosen for that whole range, not for one
# share: against the best cut for each share from 25% to 36%, it loses the least F1 at worst
# (0.14 in repeated cross-validation, against 0.42 for the cut best at 25%).
CHECKWORTHY = 0.32
# Reported speech is what a fact-checker checks first: a quote's score is raised by this, when
# its words alone are check-worthy (an opinion is no more checkable for being quoted).
ATTRIBUTION_BONUS = 0.1

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
    # "exports are up", "taxes have gone down": a measure that moved. Fitted alone, the others
    # held, by the same regularised logistic fit on the tuning 4/5.
    "moved": 1.8,
    # "I've seen it ten times now", "I met a lady in Colorado": the speaker's own experience,
    # which no record holds. Fitted alone, the others held, as "moved" was.
    "experience": -0.6,
    # "Peskov denied that troops had fired": a charge said to be false. Too rare in the debates
    # to fit (one sentence of the tuning part), it weighs as a denied act ("denied_past") does.
    "denial": 0.7,
}


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
    # Most features are absent, and adding their 0.0 would change no sum.
    total = _WEIGHTS["bias"] + sum(
        [_WEIGHTS[name] * value for name, value in features.items() if value]
    )
    return 1.0 / (1.0 + math.exp(-total))


def span_features(words: Span, figures: Iterable[Figure]) -> dict[str, float]:
    """The named features of ``words`` that ``score_span`` weighs (1.0 present, else 0.0)."""
    return _features(_Parse(words.doc), words, figures)
