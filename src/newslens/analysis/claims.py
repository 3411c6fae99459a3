"""Claims a fact-checker would want to check, ranked by check-worthiness.

Three kinds, in this order of precedence for any one stretch of text:

- an *attributed statement*: every quote (direct or indirect) is one, its claimant the quote's
  speaker, its span the quote's own words — but for reported speech that only names what it was
  about ("welcomed the report") and words reported as not said;
- a *numeric assertion*: a sentence, outside quotes, that states a figure;
- an *other checkable assertion*: a sentence that reports something that happened or is the
  case — past events, records and comparisons, named people, places and bodies doing things —
  rather than an opinion, a question, a plan or a prediction.

Check-worthiness is a logistic score over readable, named features of the words and their parse
(see ``_WEIGHTS``; the word lists are in claim_words.txt): figures, numbers in digits, past
tense, denied past acts ("did not vote"), states measured by a number or a comparison ("was the
busiest"), comparatives, named entities, words of measurable things and of public policy,
positions for and against, offices and third persons, against questions, conditions,
first-person opinion and promises, a main verb under a modal, future talk, hedges, value words
and vague generalities. The weights were set against the check-worthy sentences of debate
transcripts (ClaimBuster), by cross-validation over 4/5 of them, then rounded; no model is
trained or shipped. Measured with benchmarks/claims_accuracy.py on the fifth held out from
tuning: F1 74.2 for the check-worthy class (precision 69.0, recall 80.2; macro F1 82.3), 77.2
on the tuning part, against 60.6 for "the sentence holds a number"; in repeated 5-fold
cross-validation of the tuning part, 76.3 (81.0 with a 36% share of check-worthy sentences),
where a fifth's F1 moves by about 1.5 by chance. These features are near what a linear score
draws from single sentences without learning their words. In the same cross-validation, each at
its best cut: these features 76.7; a logistic fit of a weight for every word of the tuning part
(measured only, never shipped) 72.6, 71.2 on the held-out fifth; these features plus such word
weights 77.6, 76.0 on the held-out fifth; the best clause of each sentence instead of the whole
76.0, as "I think" before a past event still marks the sentence as an opinion.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from functools import lru_cache
from typing import Any, Generic, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import Claim, ClaimKind, Figure, FigureKind, Quote, QuoteKind
from newslens.analysis.syntax import dateline_end, doc_text, is_negated
from newslens.article import Span as TextSpan
from newslens.boilerplate import Furniture, is_inside, strip_span
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
    lists["topics"] = frozenset().union(
        *(
            lists[name]
            for name in ("economy", "security", "welfare", "environment", "measurable", "public")
        )
    )
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
    becomes a claim. Each quote is one
    attributed claim; each sentence that is not a quote's words or its attribution becomes a numeric
    claim when it states a figure, or another checkable claim when it scores at least
    ``CHECKWORTHY``. Ties in score keep text order.
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
    units = sentences(doc)
    by_sentence = _Index(units, lambda span: span)
    by_figure = _Index(figures, lambda f: (f.start, f.end))
    furniture = Furniture(boilerplate)
    quoted = [q for q in quotes if not furniture.covers((q.start, q.end))]
    by_quote = _Index(quoted, lambda q: (q.start, q.end))
    # "She declined to say how much was spent": words reported as not said claim nothing,
    # though their sentence is still the report's, not a claim of the reporter's.
    for quote in (q for q in quoted if not q.negated):
        inside = by_figure.inside(quote.start, quote.end)
        if not inside and _names_only(doc, quote):
            continue
        base = _quote_score(doc, quote, by_sentence.overlapping(quote.start, quote.end), inside)
        claims.append(
            Claim(
                start=quote.start,
                end=quote.end,
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
        if start >= end or furniture.covers((start, end)):
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
        if not any(t.pos_ in ("VERB", "AUX") for t in sent) and all(
            f.kind in (FigureKind.DATE, FigureKind.TIME) for f in stated
        ):
            # A title or a table's head ("Council budget 2026", "Department | 2026 | Change")
            # asserts nothing; "Five dead in crash" states a count, and is a claim.
            continue
        score = score_span(sent, inside)
        if stated and not _is_question(sent):
            kind = ClaimKind.NUMERIC
        elif score >= CHECKWORTHY:
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
    claims.sort(key=lambda c: (-c.score, c.start))
    return claims


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


# Words that join the reporter's clause to the attribution after it.
_JOINING = frozenset(["although", "though", "but", "and", "while", "as", "after", "because", "yet"])


def _own_clause_end(doc: Doc, quotes: Sequence[Quote], span: TextSpan) -> int | None:
    """Where the reporter's clause that opens a sentence ends, before its first attribution;
    None when the sentence opens with the attribution or with quoted words."""
    start, end = span
    if any(q.start < start < q.end for q in quotes):
        return None  # the sentence is the end of a quote that began before it
    firsts = [q.start for q in quotes]
    firsts += [q.cue_span[0] for q in quotes if q.cue_span is not None]
    firsts += [q.speaker_span[0] for q in quotes if q.speaker_span is not None]
    stop = min((i for i in firsts if start <= i < end), default=start)
    clause = doc.char_span(start, stop, alignment_mode="contract")
    if clause is None:
        return None
    words = [t for t in clause if not t.is_space]
    while words and (words[-1].is_punct or words[-1].lower_ in _JOINING):
        words.pop()
    if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return words[-1].idx + len(words[-1])


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


def _quote_score(
    doc: Doc, quote: Quote, units: Sequence[TextSpan], figures: Sequence[Figure]
) -> float:
    """A quote is as check-worthy as its most check-worthy sentence (``units``: those it overlaps)."""
    best = 0.0
    for sent_start, sent_end in units:
        start, end = max(quote.start, sent_start), min(quote.end, sent_end)
        if start >= end:
            continue
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is not None:
            inside = [f for f in figures if start <= f.start and f.end <= end]
            best = max(best, score_span(words, inside, attributed=True))
    return best


def score_span(words: Span, figures: Iterable[Figure], attributed: bool = False) -> float:
    """Check-worthiness in [0, 1] of a sentence or, with ``attributed``, a quote's words.

    In a quote, "I" and "we" are the named speaker ("We have significant losses" is the
    Kremlin's statement on record), so the first-person features count as a third party's.
    """
    if len(words) == 0:
        return 0.0
    features = span_features(words, figures)
    if attributed:
        features.update(i=0.0, you=0.0, pronouns=0.0, third_party=1.0)
    total = _WEIGHTS["bias"] + sum(_WEIGHTS[name] * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-total))


def span_features(words: Span, figures: Iterable[Figure]) -> dict[str, float]:
    """The named features of ``words`` that ``score_span`` weighs (1.0 present, else 0.0)."""
    lists = word_lists()
    tokens = [t for t in words if not t.is_space]
    lowers = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    vocabulary = set(lowers) | set(lemmas)
    kinds = {f.kind for f in figures}
    # Entity starts, read from the tokens: ``Span.ents`` scans the whole doc each time.
    entities = [t for t in tokens if t.ent_iob_ == "B" and t.ent_type_ in _ENTITY_LABELS]
    content = [t for t in tokens if not t.is_punct]
    first = content[0] if content else None
    subjects = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")]
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)

    def listed(name: str) -> float:
        return float(not lists[name].isdisjoint(vocabulary))

    features = {
        name: listed(name)
        for name in (
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
    }
    features.update(
        {
            "figure": float(bool(kinds - {FigureKind.DATE, FigureKind.TIME, FigureKind.ORDINAL})),
            # "one" is mostly a pronoun or an article ("one thing", "no one"), not a count.
            "number": float(any(t.like_num and t.lower_ != "one" for t in tokens)),
            # Statistics are written in digits; small counts in talk are spelled out.
            "digits": float(any(c.isdigit() for c in words.text)),
            "past": float(any(t.tag_ == "VBD" for t in tokens)),
            "perfect": float(
                any(t.tag_ == "VBN" and _has_aux(t, ("have", "has", "'ve", "had")) for t in tokens)
            ),
            "comparative": float(any(t.tag_ in ("JJR", "RBR") for t in tokens)),
            # "Most voters" is a quantity (a magnitude word), not a superlative like "the most
            # expensive" or "the largest".
            "superlative": float(
                any(
                    t.tag_ == "RBS" or (t.tag_ == "JJS" and t.lower_ not in ("most", "least"))
                    for t in tokens
                )
            ),
            "entity": float(bool(entities)),
            "event": float(
                any(t.pos_ == "VERB" and t.lemma_.lower() in lists["event_verbs"] for t in tokens)
            ),
            "third_party": float(
                any(
                    s.head.lemma_.lower() in lists["record_verbs"]
                    and (s.pos_ == "PROPN" or s.lower_ in _THIRD_PERSON)
                    for s in subjects
                )
            ),
            "question": float(_is_question(words)),
            "opinion": float(
                any(
                    t.lemma_.lower() in lists["opinion_verbs"]
                    and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in t.children)
                    for t in tokens
                )
            ),
            "will": float(any(t.tag_ == "MD" and t.lower_ in _FUTURE_MODALS for t in tokens)),
            "should": float(
                any(w in _NORMATIVE_MODALS for w in lowers)
                or _has_pair(lemmas, ("need", "have", "get"))
                or any(a == "let" and b in ("'s", "us") for a, b in itertools.pairwise(lowers))
            ),
            "can": float(any(t.tag_ == "MD" and t.lower_ in _POSSIBLE_MODALS for t in tokens)),
            "going_to": float(_has_pair(lemmas, ("go", "want", "plan", "intend"))),
            "you": float(any(w in ("you", "your") for w in lowers)),
            "i": float(any(s.lower_ == "i" for s in subjects)),
            "judgement": float(
                root is not None
                and root.lemma_ == "be"
                and any(c.dep_ == "acomp" and c.tag_ == "JJ" for c in root.children)
            ),
            "imperative": float(first is not None and first.tag_ == "VB" and first.dep_ == "ROOT"),
            "social": float(bool(_SOCIAL.match(words.text))),
            "nouns": _share(content, lambda t: t.pos_ in ("NOUN", "PROPN", "NUM")),
            "pronouns": _share(content, lambda t: t.pos_ == "PRON"),
            "root_past": float(root is not None and root.tag_ in ("VBD", "VBN")),
            # "Now, let me say …" opens a turn; "it is now 12 percent" states a fact.
            "now": float(any(t.lower_ in lists["now"] for t in content[1:])),
            "first_future": float(
                any(s.lower_ in _FIRST_PERSON and _is_intent(s.head) for s in subjects)
            ),
            # How many words name the matter of public policy: taxes, troops, schools, laws …
            "topics": min(4, sum(1 for w in lowers if w in lists["topics"])) / 4,
            "first_past": float(
                any(s.lower_ in _FIRST_PERSON and _is_past(s.head) for s in subjects)
            ),
            "you_subject": float(any(s.lower_ == "you" for s in subjects)),
            "root_opinion": float(
                root is not None and root.lemma_.lower() in lists["opinion_verbs"]
            ),
            "talk_openers": float(first is not None and first.lower_ in lists["talk_openers"]),
            "existential": float(any(t.tag_ == "EX" for t in tokens)),
            "than": float("than" in lowers),
            "denied_past": float(
                any((_is_past(t) or _has_aux(t, ("did",))) and is_negated(t) for t in tokens)
            ),
            "measured_state": float(
                root is not None
                and root.lemma_ == "be"
                and any(
                    g.like_num or g.tag_ in ("JJR", "JJS", "RBR", "RBS")
                    for c in root.children
                    if c.dep_ in ("attr", "acomp")
                    for g in c.subtree
                )
            ),
            "modal_root": float(
                root is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
            ),
        }
    )
    return features


def _is_intent(verb: Any) -> bool:
    """A verb of future, wish or duty: "will cut", "would do", "going to", "want to", "need to"."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    return verb.lemma_.lower() in ("go", "want", "need", "plan", "intend", "have") and any(
        c.dep_ == "xcomp" for c in verb.children
    )


def _is_past(verb: Any) -> bool:
    """A verb in the past tense or the perfect: "cut", "has cut", "was cut"."""
    return bool(
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and _has_aux(verb, ("have", "has", "had", "was", "were")))
    )


def _has_aux(token: Any, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in token.children)


def _share(tokens: list[Any], test: Any) -> float:
    return sum(1 for t in tokens if test(t)) / len(tokens) if tokens else 0.0


def _has_pair(lemmas: list[str], firsts: tuple[str, ...]) -> bool:
    """ "going to", "need to": one of ``firsts`` followed by "to"."""
    return any(a in firsts and b == "to" for a, b in itertools.pairwise(lemmas))


def _is_question(words: Span) -> bool:
    return words.text.rstrip().rstrip("\"'”’)").endswith("?")


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
        doc._.set(EXTENSION, [asdict(c) for c in claims])
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
