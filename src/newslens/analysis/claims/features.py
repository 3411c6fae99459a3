"""The named features of a span that the check-worthiness score weighs (``_features``): 1.0
present, else 0.0, or a share ("nouns", "pronouns", "topics"); and the tests of single words
behind them: a judging word that is no name ("a good plan", not "Great Britain"), a "since" of
time and not of reason, a "now" or "still" of the present state of things, a duty put and not
reported ("we must act", not "he said we should wait"), a "you" that addresses no one ("you
know").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Span

from newslens.analysis.claims.moods import _SOCIAL, _aside, _bids, _opening, _questions
from newslens.analysis.claims.parse import _Parse, _within
from newslens.analysis.claims.words import word_lists
from newslens.analysis.figures.ages import an_age
from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import Figure, FigureKind

_FUTURE_MODALS = {"will", "'ll", "shall", "wo"}
_NORMATIVE_MODALS = {"should", "must", "ought"}
_POSSIBLE_MODALS = {"can", "could", "may", "might", "would", "'d", "ca"}
_FIRST_PERSON = {"i", "we"}
_THIRD_PERSON = {"he", "she", "they"}

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
    kinds = {f.kind for f in figures if not an_age(f)}
    text = parse.text_of(words)
    content = _within(parse.content, words)
    content_pos = [pos[i] for i in content]
    first = content[0] if content else None
    call = _opening(parse, content)
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
