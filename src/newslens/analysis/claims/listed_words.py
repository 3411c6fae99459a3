"""Whether a word of one of the word lists is in a span in the sense the list means: a judging
word that is no name ("a good plan", not "Great Britain"), a "since" of time and not of reason,
"most" as an amount and not a degree, a "point" of the talk itself and not "point out" or "at
some point", an "up" or "down" of a measure that moved and not of a way or a place, a vague
"anything" and not the "anything to do with" of a part in an act; and how many words name a
matter of public policy.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newslens.analysis.claims.parse import _Parse, _Read
from newslens.analysis.claims.words import word_lists

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


@lru_cache(maxsize=1)
def _listed_by_word() -> dict[str, tuple[str, ...]]:
    """For each word of the ``_LISTED`` word lists, the names of the lists it is in."""
    by_word: dict[str, list[str]] = {}
    for name in _LISTED:
        for word in word_lists()[name]:
            by_word.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in by_word.items()}


def _count(words: list[str], listed: frozenset[str]) -> int:
    """How many of ``words`` are ``listed``, each time it occurs."""
    return 0 if listed.isdisjoint(words) else sum(1 for w in words if w in listed)


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


def _talks_of_talk(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` speaks of the talk itself: "that's a good point", "the
    question", "tonight"; not the verb "point out", which puts a fact forward ("I want to point
    out that the deficit doubled"), nor the time of "at some point", "at one point"."""
    meta = word_lists()["meta"]
    return any(
        (parse.lower[i] in meta or parse.lemma[i] in meta)
        and not (
            parse.lemma[i] == "point"
            and (parse.lower[i + 1 : i + 2] == ["out"] or (i >= 2 and parse.lower[i - 2] == "at"))
        )
        for i in tokens
    )


# "anything to do with": a part in an act, denied or asked about.
_TO_DO_WITH = ["to", "do", "with"]


def _generalises(parse: _Parse, tokens: Sequence[int]) -> bool:
    """Whether one of ``tokens`` is a vague word: "things", "something", "anything"; not the
    "anything" of "to do with", which denies or asks about a part in an act ("denied having
    anything to do with the fire")."""
    vague = word_lists()["vague"]
    return any(
        (parse.lower[i] in vague or parse.lemma[i] in vague)
        and not (parse.lower[i] == "anything" and parse.lower[i + 1 : i + 4] == _TO_DO_WITH)
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


def _listed(s: _Read) -> dict[str, float]:
    """The features of the word lists: one of a list's words is in the span, in the sense the
    list means; an event's verb; how many words name a matter of public policy."""
    parse, tokens, words_used, lemmas_used = s.parse, s.tokens, s.words_used, s.lemmas_used
    lists = word_lists()
    features: dict[str, float] = {}
    listed_by_word = _listed_by_word()
    for word in listed_by_word.keys() & (words_used | lemmas_used):
        for name in listed_by_word[word]:
            features[name] = 1.0
    if features.get("evaluative"):
        features["evaluative"] = float(_judges(parse, tokens))
    if features.get("record") and "since" in words_used:
        features["record"] = float(_records(parse, tokens))
    if features.get("magnitude") and "most" in words_used:
        features["magnitude"] = float(_amounts(parse, tokens))
    if features.get("meta") and "point" in lemmas_used:
        features["meta"] = float(_talks_of_talk(parse, tokens))
    if features.get("vague") and "anything" in words_used:
        features["vague"] = float(_generalises(parse, tokens))
    features["event"] = float(
        not lists["event_verbs"].isdisjoint(lemmas_used)
        and any(parse.lemma[i] in lists["event_verbs"] for i in tokens if parse.pos[i] == "VERB")
    )
    # How many words name the matter of public policy: taxes, troops, schools, laws …
    features["topics"] = (
        min(4, _count(s.lowers, lists["topics"]) - _public_verbs(parse, tokens, words_used)) / 4
    )
    return features


def _moved(parse: _Parse, level: int) -> bool:
    """Whether the "up" or "down" at ``level`` tells that a measure moved, as a figure does:
    "exports are up", "taxes have gone down", "it is still going up"; not where someone is ("I
    was down in Texas"), a way ("went up the hill"), whose task it is ("it is up to the
    council"), nor a move to come or wished ("prices will go up", "to get the deficit down")."""
    verb = parse.head[level]
    if (
        parse.lemma[verb] not in word_lists()["level_verbs"]
        # The parse may take the word for a preposition: it is one only with an object ("up
        # the hill"), and "up to" tells whose task something is.
        or parse.dep[level] not in ("advmod", "prt", "acomp", "prep")
        or any(c.dep_ == "pobj" for c in parse.doc[level].children)
        or (level + 1 < len(parse.lower) and parse.lower[level + 1] == "to")
        or parse.has_modal(verb)
        or parse.has_aux(verb, ("to",))
        or parse.dep[verb] == "xcomp"
    ):
        return False
    # A measure is a thing ("it" too); "I", "we", "they" … are people, who go up and down.
    subjects = parse.children(verb, "nsubj")
    return bool(subjects) and not any(
        parse.tag[c] == "PRP" and parse.lower[c] != "it" for c in subjects
    )
