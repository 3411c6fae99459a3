"""The named features of a span that the check-worthiness score weighs (``_features``): 1.0
present, else 0.0, or a share ("nouns", "pronouns", "topics"), read in groups by what they read
(the word lists, the tense, the mood, who is the subject, the sentence's shape). The tests of
single words behind them are ``single_words``'s; whether a word of a list is there in the sense
the list means is ``listed_words``'s.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

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
from newslens.analysis.claims.single_words import (
    _FIRST_PERSON,
    _NORMATIVE_MODALS,
    _has_pair,
    _obliges,
    _of_the_present,
    _qualifies_a_word,
    _ranks_highest,
    _standard_of_comparison,
    _talk_formula,
)
from newslens.analysis.claims.words import word_lists
from newslens.analysis.figures.ages import an_age
from newslens.analysis.model import Figure, FigureKind

_FUTURE_MODALS = {"will", "'ll", "shall", "wo"}
_POSSIBLE_MODALS = {"can", "could", "may", "might", "would", "'d", "ca"}
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
