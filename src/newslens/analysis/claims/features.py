"""The named features of a span that the check-worthiness score weighs (``_features``): 1.0
present, else 0.0, or a share ("nouns", "pronouns", "topics"), read in groups by what they read
(the word lists, the tense, the mood, who is the subject, the sentence's shape); and the tests
of single words behind them: a duty put and not reported ("we must act", not "he said we
should wait"), a "now" or "still" of the present state of things, a "you" that addresses no one
("you know"). Whether a word of a list is there in the sense the list means is
``listed_words``'s.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from spacy.tokens import Span

from newslens.analysis.claims.listed_words import _LISTED, _listed, _moved
from newslens.analysis.claims.main_verbs import _denies, _tells_an_experience
from newslens.analysis.claims.moods import (
    _SOCIAL,
    _aside,
    _bids,
    _calls_after_a_purpose,
    _opening,
    _questions,
)
from newslens.analysis.claims.parse import _Parse, _Read, _read
from newslens.analysis.claims.words import word_lists
from newslens.analysis.figures.ages import an_age
from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import Figure, FigureKind

_FUTURE_MODALS = {"will", "'ll", "shall", "wo"}
_NORMATIVE_MODALS = {"should", "must", "ought"}
_POSSIBLE_MODALS = {"can", "could", "may", "might", "would", "'d", "ca"}
_FIRST_PERSON = {"i", "we"}
_THIRD_PERSON = {"he", "she", "they"}

# The features in the order of ``_features``'s result, the order the score adds up their
# weights in: a sum of floats depends on its order.
_NAMES = (
    *_LISTED,
    *[
        "figure",
        "number",
        "digits",
        "past",
        "perfect",
        "comparative",
        "superlative",
        "entity",
        "event",
        "third_party",
        "question",
        "opinion",
        "will",
        "should",
        "can",
        "going_to",
        "you",
        "i",
        "judgement",
        "imperative",
        "social",
        "nouns",
        "pronouns",
        "root_past",
        "now",
        "first_future",
        "topics",
        "first_past",
        "you_subject",
        "root_opinion",
        "talk_openers",
        "existential",
        "than",
        "denied_past",
        "measured_state",
        "modal_root",
        "moved",
        "denial",
        "experience",
    ],
)


def _features(parse: _Parse, words: Span, figures: Iterable[Figure]) -> dict[str, float]:
    # Each test of single words asks first whether the span has such a word at all (a test of
    # its sets of words and tags), and only then goes through its tokens: most spans have none.
    span = _read(parse, words)
    features = dict.fromkeys(_NAMES, 0.0)
    features.update(_listed(span))
    features.update(_counts_and_names(span, figures))
    features.update(_tense(span))
    features.update(_mood(span))
    features.update(_persons(span))
    features.update(_shape(span))
    return features


def _counts_and_names(s: _Read, figures: Iterable[Figure]) -> dict[str, float]:
    """The features of what the span counts and names: figures, numbers, digits, entities."""
    parse, tokens = s.parse, s.tokens
    kinds = {f.kind for f in figures if not an_age(f)}
    return {
        "figure": float(bool(kinds - {FigureKind.DATE, FigureKind.TIME, FigureKind.ORDINAL})),
        "number": float(not parse.numbers.isdisjoint(tokens)),
        # Statistics are written in digits; small counts in talk are spelled out. The "2" of
        # a speaker's "Number 2, …" is neither.
        "digits": float(
            any(map(str.isdigit, s.text))
            and (not s.counting or any(any(map(str.isdigit, parse.lower[i])) for i in tokens))
        ),
        "entity": float(not parse.entity_starts.isdisjoint(tokens)),
    }


def _tense(s: _Read) -> dict[str, float]:
    """The features of when the span's acts and states are: past, perfect, denied past acts,
    the present state of things."""
    parse, tokens, tags, root = s.parse, s.tokens, s.tags, s.root
    lower, tag = parse.lower, parse.tag
    now = word_lists()["now"]
    return {
        "past": float(
            "VBD" in tags
            and any(not _standard_of_comparison(parse, i) for i in tokens if tag[i] == "VBD")
        ),
        "perfect": float(
            "VBN" in tags and any(parse.has_perfect(i) for i in tokens if tag[i] == "VBN")
        ),
        "root_past": float(root is not None and tag[root] in ("VBD", "VBN")),
        # "Now, let me say …" opens a turn; "it is now 12 percent" states a fact.
        "now": float(
            not now.isdisjoint(s.words_used)
            and any(lower[i] in now and _of_the_present(parse, i, s.content) for i in s.content[1:])
        ),
        "denied_past": float(not parse.denied_past.isdisjoint(tokens)),
    }


def _mood(s: _Read) -> dict[str, float]:
    """The features of what the span does besides stating: asking, putting a duty, a modal's
    future or possibility, a plan, calling to act, greeting."""
    parse, tokens, tags, root = s.parse, s.tokens, s.tags, s.root
    lower, tag, dep = parse.lower, parse.tag, parse.dep
    words_used, lemmas_used, lemmas, lowers = s.words_used, s.lemmas_used, s.lemmas, s.lowers
    modals = {lower[i] for i in tokens if tag[i] == "MD"} if "MD" in tags else set()
    call = _opening(parse, s.content)
    return {
        "question": float(_questions(parse, s.text, s.content)),
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
        # "Look, the rate has doubled" asks for attention, and calls for nothing.
        "imperative": float(
            (
                root is not None
                and (
                    (call is not None and tag[call] == "VB" and dep[call] == "ROOT")
                    or _bids(parse, root)
                )
                and not _aside(parse, root, s.content)
            )
            or _calls_after_a_purpose(parse, tokens, s.content)
        ),
        "social": float(bool(_SOCIAL.match(s.text))),
        "modal_root": float(root is not None and parse.has_modal(root)),
    }


def _persons(s: _Read) -> dict[str, float]:
    """The features of who the span's subjects are: a third party on record, the speaker's own
    opinion, intent, past or experience, a "you" addressed, a denial."""
    parse, tokens, subjects, root = s.parse, s.tokens, s.subjects, s.root
    lower, lemma, pos = parse.lower, parse.lemma, parse.pos
    lists = word_lists()
    return {
        "third_party": float(
            any(
                lemma[parse.head[sub]] in lists["record_verbs"]
                and (pos[sub] == "PROPN" or lower[sub] in _THIRD_PERSON)
                for sub in subjects
            )
        ),
        "opinion": float(
            not lists["opinion_verbs"].isdisjoint(s.lemmas_used)
            and any(
                parse.has_subject(i, _FIRST_PERSON)
                for i in tokens
                if lemma[i] in lists["opinion_verbs"]
            )
        ),
        "you": float(
            not s.words_used.isdisjoint(("you", "your"))
            and any(lower[i] in ("you", "your") and not _talk_formula(parse, i) for i in tokens)
        ),
        "i": float(any(lower[sub] == "i" for sub in subjects)),
        "first_future": float(
            any(parse.is_intent(parse.head[sub]) for sub in subjects if lower[sub] in _FIRST_PERSON)
        ),
        "first_past": float(
            any(parse.is_past(parse.head[sub]) for sub in subjects if lower[sub] in _FIRST_PERSON)
        ),
        "you_subject": float(
            any(lower[sub] == "you" and not _talk_formula(parse, sub) for sub in subjects)
        ),
        "root_opinion": float(root is not None and lemma[root] in lists["opinion_verbs"]),
        "denial": float(_denies(s)),
        "experience": float(_tells_an_experience(s)),
    }


def _shape(s: _Read) -> dict[str, float]:
    """The features of the sentence's shape: comparisons, a judgement or a measure of a state
    after "be", its share of nouns and of pronouns, an opening of talk, "there is"."""
    parse, tokens, tags, content, be_root = s.parse, s.tokens, s.tags, s.content, s.be_root
    tag, pos = parse.tag, parse.pos
    content_pos = [pos[i] for i in content]
    first = content[0] if content else None
    levels = word_lists()["levels"]
    return {
        "comparative": float(not tags.isdisjoint(("JJR", "RBR"))),
        # "Most voters" is a quantity (a magnitude word), not a superlative like "the most
        # expensive" or "the largest".
        "superlative": float(
            not tags.isdisjoint(("RBS", "JJS"))
            and any(_ranks_highest(parse, i) for i in tokens if tag[i] in ("RBS", "JJS"))
        ),
        "judgement": float(
            be_root is not None and any(tag[c] == "JJ" for c in parse.children(be_root, "acomp"))
        ),
        "nouns": _share(
            content_pos.count("NOUN") + content_pos.count("PROPN") + content_pos.count("NUM"),
            len(content),
        ),
        "pronouns": _share(content_pos.count("PRON"), len(content)),
        "talk_openers": float(
            first is not None
            and parse.lower[first] in word_lists()["talk_openers"]
            and not _qualifies_a_word(parse, first)
        ),
        "existential": float("EX" in tags),
        "moved": float(
            not levels.isdisjoint(s.words_used)
            and any(_moved(parse, i) for i in tokens if parse.lower[i] in levels)
        ),
        "than": float("than" in s.words_used),
        "measured_state": float(
            be_root is not None
            and any(
                g.like_num or g.tag_ in ("JJR", "JJS", "RBR", "RBS")
                for c in parse.children(be_root, "attr") + parse.children(be_root, "acomp")
                for g in parse.doc[c].subtree
            )
        ),
    }


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


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
