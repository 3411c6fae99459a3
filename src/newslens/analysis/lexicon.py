"""The reporting-verb lexicon, read from reporting_verbs.txt: lemma, stance and frame."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from newslens.analysis.model import Stance
from newslens.word_lists import word_sections_of


@dataclass(frozen=True, slots=True)
class Verb:
    """A reporting verb: its stance, whether its object is reported too, and on what terms.

    ``object_must`` is "" when any object is reported, "target" when only someone or a
    position is ("attacked the plan", not "attacked the bridge"), "topic" when only an
    object holding a clause is ("talked about how …", not "talks about the war").
    """

    stance: Stance
    reports_object: bool
    object_must: str = ""
    names: bool = False  # 'calls them "cowards"': the quoted name is the speaker's words
    aside_only: bool = False  # a cue only in "as she put it"
    after_quote_only: bool = False  # a cue only right after a quotation: '“…,” she laughed'
    mind: bool = False  # belief, expectation, finding or intent: "expects", "showed"
    denies: bool = False  # what its object names is someone else's: "denied the claim"
    addressee: bool = False  # its object is the one told: "told the meeting …"
    act: bool = False  # names the speaking, no words: "As she spoke, …" says when
    side: bool = False  # a name alone for its object is whom it takes a side on: "endorsed Cruz"
    views: bool = False  # its object "as" something is a view held: "sees the plan as a waste"
    asks: bool = False  # reports only what it asks "on" or "about": "pressed him on why …"
    reason: bool = False  # reports its object only with a "for": "thanked them for their work"
    spoken: bool = False  # reports its object only if it names words: "repeated the claim"
    tables: bool = False  # a motion or a bill for its object is tabled: "proposed an amendment"
    truth: bool = False  # a "the" noun for its object was told before: "confirmed the story"
    event: bool = False  # a "the" noun naming no words tells none: "reported the deaths"


@lru_cache(maxsize=1)
def lexicons() -> tuple[dict[str, Verb], dict[str, Stance]]:
    """The reporting verbs (lemma → Verb) and reporting nouns (lemma → Stance)."""
    verbs: dict[str, Verb] = {}
    nouns: dict[str, Stance] = {}
    for entry in _entries():
        if not entry:
            continue
        lemma, stance, frame, *marks = entry
        if frame in ("words", "withheld", "made", "adjective", "hearsay"):
            continue  # see word_nouns(), withheld(), made_known(), mind_adjectives(), hearsay()
        if frame == "noun":
            nouns[lemma] = Stance(stance)
        else:
            guarded = frame in ("target", "topic")
            verbs[lemma] = Verb(
                Stance(stance),
                frame in ("object", "naming") or guarded,
                frame if guarded else "",
                names=frame == "naming",
                aside_only=frame == "aside",
                after_quote_only=frame == "manner",
                mind="mind" in marks,
                denies="denial" in marks,
                addressee="addressee" in marks,
                act="act" in marks,
                side="side" in marks,
                views="views" in marks,
                asks="asks" in marks,
                reason="reason" in marks,
                spoken="spoken" in marks,
                tables="tables" in marks,
                truth="truth" in marks,
                event="event" in marks,
            )
    return verbs, nouns


def lexicon() -> dict[str, Verb]:
    """The reporting verbs (lemma → Verb) from reporting_verbs.txt."""
    return lexicons()[0]


def reporting_verb_of(word: str) -> str | None:
    """The reporting verb a lower-case third-person form is ("laughs", "pushes"), if any."""
    if not word.endswith("s"):
        return None
    verbs = lexicon()
    return next((lemma for lemma in (word[:-1], word[:-2]) if lemma in verbs), None)


@lru_cache(maxsize=1)
def word_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns naming someone's words: (those that name a quotation right after them, all).

    "the phrase “…”" takes only the first set ("words" in reporting_verbs.txt); a colon
    after any of them brings in the words ("its headline: “…”", "his answer: “…”"), which
    adds the reporting nouns and the nouns of the reporting verbs.
    """
    named = _framed("words")
    verbs, nouns = lexicons()
    return named, named | frozenset(nouns) | frozenset(verbs)


@lru_cache(maxsize=1)
def withheld() -> frozenset[str]:
    """Verbs that, refused, keep words back: the reporting verbs and the "withheld" ones of
    reporting_verbs.txt ("declined to elaborate", "refused to release the report")."""
    return _framed("withheld") | frozenset(lexicon())


@lru_cache(maxsize=1)
def made_known() -> frozenset[str]:
    """Words that with "make" disclose, the "made" ones of reporting_verbs.txt: "make public",
    "make known"."""
    return _framed("made")


@lru_cache(maxsize=1)
def mind_nouns() -> frozenset[str]:
    """Reporting nouns of belief or intent ("plan", "fear"), marked "mind" in
    reporting_verbs.txt."""
    return frozenset(e[0] for e in _entries() if e[2:3] == ["noun"] and "mind" in e[3:])


@lru_cache(maxsize=1)
def noun_lead_ins() -> dict[str, tuple[frozenset[str], bool]]:
    """Reporting nouns whose words a noun phrase may be, after a preposition: lemma → (the
    prepositions, whether only with someone's name on the noun), from the marks of the
    "noun" frame in reporting_verbs.txt: "allegations of fraud", "Ruiz's call for calm"."""
    out = {}
    for e in _entries():
        if e[2:3] != ["noun"]:
            continue
        prepositions = frozenset(m for m in e[3:] if m not in ("mind", "owned"))
        if prepositions:
            out[e[0]] = (prepositions, "owned" in e[3:])
    return out


@lru_cache(maxsize=1)
def mind_adjectives() -> dict[str, Stance]:
    """Adjectives of mind or stance (word as written → stance), the "adjective" frame of
    reporting_verbs.txt: "sure", "afraid", "frustrated" that …"""
    return {e[0]: Stance(e[1]) for e in _entries() if e[2:3] == ["adjective"]}


@lru_cache(maxsize=1)
def hearsay() -> dict[str, Stance]:
    """Adverbs whose clause someone unnamed reports (word → stance), the "hearsay" frame of
    reporting_verbs.txt: "allegedly", "reportedly"."""
    return {e[0]: Stance(e[1]) for e in _entries() if e[2:3] == ["hearsay"]}


@lru_cache(maxsize=1)
def raised() -> frozenset[str]:
    """Verbs whose passive with an infinitive reports its subject's clause for no one named
    ("is said to have fled", "is believed to owe £2m"), marked "raised" in reporting_verbs.txt."""
    return frozenset(e[0] for e in _entries() if e[2:3] != ["noun"] and "raised" in e[3:])


def _framed(frame: str) -> frozenset[str]:
    """The lemmas reporting_verbs.txt gives ``frame``."""
    return frozenset(e[0] for e in _entries() if e[2:3] == [frame])


@lru_cache(maxsize=1)
def _entries() -> list[list[str]]:
    """The words of each line of reporting_verbs.txt, without comments."""
    text = files("newslens.analysis").joinpath("reporting_verbs.txt").read_text("utf-8")
    return [line.split("#", 1)[0].split() for line in text.splitlines()]


@lru_cache(maxsize=1)
def physical_targets() -> frozenset[str]:
    """Noun lemmas for things struck, held or defended by force, from physical_targets.txt."""
    text = files("newslens.analysis").joinpath("physical_targets.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(line for line in lines if line)


@cache
def word_sections(name: str) -> dict[str, frozenset[str]]:
    """The word lists of a data file of this package, by section (see ``newslens.word_lists``)."""
    return word_sections_of("newslens.analysis", name)
