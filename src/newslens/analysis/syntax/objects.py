"""What a verb that reports its object reports.

Whether its objects are words or a position rather than a thing, a topic or the scene ("spoke
at a rally"), whom it told and what about, whether an object only points back to words said
before or is another's words (:func:`others_words`, :func:`judges`); a view of its object ("saw
the plan as a waste", :func:`taken_as`), the words that stand for what was said ("said as
much", :func:`stood_for`) and the topic little was said about (:func:`said_about`). The clause
of a passive report is ``passives``'.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicons, mind_nouns, physical_targets, word_nouns
from newslens.analysis.syntax.hearers import a_hearer
from newslens.analysis.syntax.object_clauses import holds_a_clause
from newslens.analysis.syntax.spoken_about import a_matter_voiced
from newslens.analysis.syntax.words import _SPEAKER_WORDS, _WHEN_ENTITIES, object_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# Prepositions of place, time, audience and route set the scene ("spoke at a rally", "wrote
# in 2014", "spoke to the local paper", "wrote from prison", "called into a radio show",
# "voted along party lines"); the others bring in what was said ("spoke about", "called
# for", "warned against").
SETTING_PREPOSITIONS = frozenset(
    [
        *("in", "at", "during", "after", "before", "since", "until", "near", "through"),
        *("within", "to", "from", "into", "along", "across", "via"),
    ]
)


# Verbs that set one thing beside another: "likened the stadium to a spaceship" says both.
_LIKENING = frozenset(["liken", "compare", "equate"])


# Verbs of answering, whose "for" phrase is whom the answer speaks for, not what it says.
_ANSWERING = frozenset(["respond", "reply", "answer"])


def _setting(phrase: Token) -> bool:
    """Whether a prepositional phrase sets the scene: "spoke at a rally", "on Sunday night"."""
    if phrase.dep_ != "prep":
        return False
    if phrase.lower_ == "to" and phrase.head.lemma_.lower() in _LIKENING:
        return False
    if phrase.lower_ == "for" and phrase.head.lemma_.lower() in _ANSWERING:
        return True  # "Responding for the government, the minister said": whom she answers for
    if phrase.lower_ in SETTING_PREPOSITIONS:
        return True
    if phrase.lower_ == "according":
        return True  # "rejected the plan, according to a statement": who tells of it
    if phrase.lower_ in ("with", "by") and _names_the_act(phrase.head):
        return True  # "spoke with the prime minister by phone": with whom and how, not what
    return any(c.dep_ == "pobj" and c.ent_type_ in _WHEN_ENTITIES for c in phrase.children)


def _names_the_act(verb: Token) -> bool:
    """Whether a verb names the act of speaking, no words of its own: "spoke", "talked"."""
    entry = lexicons()[0].get(verb.lemma_.lower())
    return entry is not None and entry.act


def _topic_of_the_one_told(first: Token, verb: Verb) -> Token:
    """What a cue's first object reports: itself, or, when it is the one told, what the
    parse hung on it as its topic ("told the meeting about the plan" is about the plan)."""
    if verb.addressee and first.dep_ == "dobj" and a_hearer(first):
        about = [c for c in first.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS]
        if about:
            return about[0]
    return first


def _only_whom_told(cue: Token, verb: Verb) -> bool:
    """Whether a cue's objects only say whom it told ("told reporters on Friday"), not what
    about ("told reporters about the plan", "told the story", "told the meeting about the
    plan", the parse hanging the topic on the one told)."""
    told = [c for c in cue.children if c.dep_ == "dobj"]
    return (
        verb.addressee
        and all(map(a_hearer, told))
        and not any(
            c.dep_ == "prep"
            and c.lower_ in _TOPIC_PREPOSITIONS
            and not any(o.ent_type_ in _WHEN_ENTITIES for o in c.children)
            for c in (*cue.children, *(t for h in told for t in h.children))
        )
    )


# Prepositions that only lead in to what was said: "called for [a ban]", "warned about [the
# risks]", "argued against [the plan]", "spoke of [a new era]", "warns on [inflation]".
_LEAD_IN_PREPOSITIONS = frozenset(["for", "about", "against", "of", "on"])
# Prepositions of what someone was told about: "warned the council about …", "of …".
_TOPIC_PREPOSITIONS = frozenset(["about", "of", "on", "over"])


def _reported_start(first: Token) -> int:
    """Where the words an object verb reports begin: after a lead-in preposition."""
    if first.dep_ == "prep" and first.lower_ in _LEAD_IN_PREPOSITIONS and first.n_rights:
        return first.i + 1
    return first.left_edge.i


def judges(cue: Token) -> bool:
    """Whether the cue says what its object is: "attacked their position as untenable",
    "dismissed the reports as lies" judge it in the speaker's words."""
    # Only what follows: "Critics call it a tactic; the minister denies this" hangs the
    # critics' clause on "denies", which judges nothing.
    return any(c.dep_ in ("oprd", "ccomp") or c.lower_ == "as" for c in cue.rights)


# Words that stand for what was said or thought: "said so", "said yes", "thinks so".
_STAND_INS = frozenset(["so", "yes", "no"])


def stood_for(cue: Token, verb: Verb) -> tuple[int, int] | None:
    """The token range [start, end) of the words after a verb that says or thinks a clause
    which stand for what it said: "said as much", "said so", "has said the same thing",
    "said the same of Trump", "said yes"; "as much" after any verb ("indicated as much in an
    email": the email is no words of hers). None when there are none."""
    for word in cue.rights:
        if word.dep_ not in ("dobj", "advmod", "intj"):
            continue
        if _as_much(word):
            return word.i - 1, word.i + 1  # not "in an interview" the parse hangs on "much"
        if verb.reports_object:
            return None  # its object is reported as it is
        same = word.lemma_.lower() == "same" or any(
            c.dep_ == "amod" and c.lower_ == "same" for c in word.children
        )
        if same or (word.lower_ in _STAND_INS and word.n_lefts + word.n_rights == 0):
            return word.left_edge.i, word.right_edge.i + 1
    return None


def _as_much(word: Token) -> bool:
    """Whether a word is the "much" of "as much" standing for what was said before, not of a
    comparison ("praised her as much as the others")."""
    doc = word.doc
    return (
        word.lower_ == "much"
        and word.i > 0
        and doc[word.i - 1].lower_ == "as"
        and (word.i + 1 == len(doc) or doc[word.i + 1].lower_ != "as")
    )


# How much was said of a topic: "has said little about how …", "isn't saying much about …".
_AMOUNTS_SAID = frozenset(["much", "little", "nothing", "more", "less"])


def said_about(cue: Token, verb: Verb) -> tuple[int, int] | None:
    """The token range [start, end) of the topic a verb of saying says much, little or nothing
    about: "has said little about how the scheme will be paid for" reports "how the scheme will
    be paid for", as a refusal reports what it is about. None when there is no such topic."""
    if verb.reports_object or verb.mind or verb.act:
        return None
    amount = next(
        (c for c in cue.rights if c.dep_ in ("dobj", "advmod") and c.lower_ in _AMOUNTS_SAID),
        None,
    )
    if amount is None:
        return None
    about = next(
        (c for c in (*amount.rights, *cue.rights) if c.dep_ == "prep" and c.lower_ == "about"),
        None,
    )
    topic = None
    if about is not None:  # "about the strike", "about how the scheme will be paid for"
        topic = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None)
    if topic is None:
        return None
    return topic.left_edge.i, topic.right_edge.i + 1


def taken_as(cue: Token, verb: Verb) -> tuple[int, int] | None:
    """The token range [start, end) of a view a verb of seeing holds of its object: "see the
    plan as a waste", "viewed them as rivals"; a belief held of something, reported as
    "considered the plan a waste" is; and someone a verb of portraying casts as something:
    "painted Ruiz as a career politician". None when the verb has no such object."""
    if not verb.views:
        return None
    thing = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if thing is None:
        return None
    if not verb.mind and thing.pos_ not in ("PRON", "PROPN"):
        return None  # "painted Ruiz as a crook" portrays him; "painted the room as a favour"
    # "as" on the verb or, as the parse may hang it, on the thing: "viewed the rota as a …"
    taken = next(
        (
            c
            for c in (*cue.rights, *thing.rights)
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > thing.i and object_of(c) is not None
        ),
        None,
    )
    if taken is None:
        return None
    return thing.left_edge.i, taken.right_edge.i + 1


# What a court puts to someone, and counts them in: "denied two counts of fraud", "denied the
# charges" answer the charge, a thing of its own, not words someone said before.
CHARGES = frozenset(["count", "charge", "offence", "offense"])


def _points_back(thing: Token) -> bool:
    """Whether an object only points to words said before: "this", "it", "the claim",
    "these allegations against him" (not "the claim that …", which holds them, "the claims
    as lies", which says what they are, "three allegations of theft", which counts and names
    them, nor "the charges" a court put or "the plan", things of their own)."""
    if thing.lower_ in ("this", "that", "it"):
        return thing.n_lefts + thing.n_rights == 0
    if thing.lemma_.lower() in CHARGES:
        return False
    counted = any(c.dep_ == "nummod" for c in thing.children)
    if counted and any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children):
        return False
    return thing.lemma_.lower() in _words_nouns() and not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ == "as" for t in thing.subtree
    )


_TOLD_NOUNS = _SPEAKER_WORDS["told_nouns"]


def names_what_was_told(verb: Verb, thing: Token) -> bool:
    """Whether a verb's object names what was told before and tells no words: "confirmed the
    story" (a verb marked "truth"), "reported the deaths" (one marked "event", whose "the
    story" or "the claims" is its own telling)."""
    if not (verb.truth or verb.event) or not told_before(thing):
        return False
    return verb.truth or not (
        thing.lemma_.lower() in _TOLD_NOUNS or thing.lemma_.lower() in _words_nouns()
    )


# Prepositions of the place a thing happened: "the fire at the depot" is still only named.
_PLACED = frozenset(["at", "near"])


def told_before(thing: Token) -> bool:
    """Whether an object is a noun after a bare "the", naming a thing told of before: "the
    story", "the figures", "the fire at the depot" (not "the closure of 12 branches", which
    tells it, nor "the charges" a court put)."""
    if thing.pos_ != "NOUN" or thing.lemma_.lower() in CHARGES:
        return False
    words = [c.lower_ for c in thing.children]
    return words == ["the"] or (len(words) == 2 and words[0] == "the" and words[1] in _PLACED)


def others_words(thing: Token) -> bool:
    """Whether an object is words with their own speaker: "his claim that …", "Smith's
    warning that …" (the possessor says them, whoever publishes or repeats them; one who
    denies them says the contrary, which is reported as the denial's words)."""
    verb = lexicons()[0].get(thing.head.lemma_.lower())
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is None or (verb is not None and verb.denies):
        return False
    doer = next((c for c in thing.head.children if c.dep_ == "nsubj"), None)
    if (
        owner.pos_ == "PRON"
        and doer is not None
        and (doer.ent_type_ == "PERSON" or doer.pos_ == "PRON")
    ):
        return False  # "Trump highlighted his message that …": his own, told by him
    return (
        thing.dep_ == "dobj"
        and thing.lemma_.lower() in _words_nouns()
        and any(c.dep_ in ("ccomp", "acl") for c in thing.children)
    )


@lru_cache(maxsize=1)
def _words_nouns() -> frozenset[str]:
    """Nouns for words said, not thought or intended: "the claim", "the allegations"."""
    return (frozenset(lexicons()[1]) - mind_nouns()) | word_nouns()[0]


def _names_words(thing: Token) -> bool:
    """Whether an object names words: "the claim", "32% of the claims" (not "the offer")."""
    shares = [o for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.rights]
    return any(t.lemma_.lower() in _words_nouns() for t in (thing, *shares))


# Entities that are somewhere, or something built, rather than someone with a view; and
# sums of money, which are claimed, paid or pledged rather than argued with.
PLACE_ENTITIES = frozenset(["GPE", "LOC", "FAC", "PRODUCT"])
TAKEN_ENTITIES = PLACE_ENTITIES | {"MONEY"}


# Prepositions of a body moving against something: "slammed into the coast", "crashed
# against the wall" strike it, whoever or whatever it is.
MOTION_PREPOSITIONS = frozenset(["into", "onto", "against"])


def _object_reported(cue: Token, objects: list[Token], verb: Verb) -> bool:
    """Whether a guarded verb's objects are words or a position rather than a thing or topic."""
    if verb.object_must == "topic":
        # "talked about how the talks failed" reports; "wrote about the war" names a topic,
        # but "spoke of her pride" tells what she voiced, as "spoke about her pride" does.
        if objects[0].dep_ == "prep" and objects[0].lower_ == "of":
            return True
        about = objects[0].dep_ == "prep" and objects[0].lower_ == "about"
        if verb.act and about and a_matter_voiced(objects[0]):
            return True
        if verb.tables and any(o.dep_ == "dobj" and o.lemma_.lower() in _TABLED for o in objects):
            return False  # "backed the plan to build 300 homes" supports it, says nothing
        if verb.asks and not any(o.dep_ == "prep" and o.lower_ in ("on", "about") for o in objects):
            return False  # "pressed the button that opens the gate" asks nothing
        # "expects annual profit of £2.1 billion" forecasts; "had expected the decision" no more
        # than names what was decided, and "had expected profit of £195m" is the mark a result
        # is held against, an expectation overtaken, not words anyone stands by now
        numbers = [t for o in objects for t in o.subtree if t.like_num]
        overtaken = _held_before(cue) and any(t.ent_type_ in _AMOUNTS for t in numbers)
        forecast = verb.mind and bool(numbers) and not overtaken
        return forecast or any(holds_a_clause(cue, o) for o in objects)
    dobj = next((o for o in objects if o.dep_ == "dobj"), None)
    if cue.lemma_.lower() == "welcome" and dobj is not None and _comes_in(dobj):
        return False  # "welcomed the governor", "welcomes applications": no reaction voiced
    if verb.reason and not any(
        t.dep_ == "prep" and t.lower_ == "for" for o in objects for t in o.subtree
    ):
        return False  # "thanked the volunteers" says what for no more than "met them" does
    if verb.spoken and dobj is not None and not _names_words(dobj):
        return False  # "repeated the journey" did it again; "repeated the claim" said it
    if verb.tables and dobj is not None and dobj.lemma_.lower() in _TABLED:
        return False  # "proposed an amendment" put it to a vote; "proposed a 5% rise" argues
    if verb.object_must != "target":
        return True
    if judges(cue):
        # a "for" phrase may be a reason ("attacked Smith for …") or a duration ("defended
        # the city for weeks"), so it judges nothing
        return True
    if dobj is None:
        return not any(o.dep_ == "prep" and o.lower_ in MOTION_PREPOSITIONS for o in objects)
    if cue.lemma_.lower() in _BACKING and _people_of_a_kind(dobj):
        return False  # "a charity that supports flood victims" helps them, takes no side
    targets = physical_targets()
    for noun in [dobj, *dobj.conjuncts]:
        if noun.ent_type_ in TAKEN_ENTITIES or noun.lemma_.lower() in targets:
            return False  # "attacked civilian buildings", "defended Kharkiv", "claimed £2m"
    return True


# Entities of a figure a result is held against: a sum, a share, a count; not "No one
# expected a full 90 minutes of debate", a length of time, which tells what they thought.
_AMOUNTS = frozenset(["MONEY", "PERCENT", "CARDINAL", "QUANTITY"])


def _held_before(cue: Token) -> bool:
    """Whether a verb is in the past: "expected", "had expected", "were expecting"."""
    return cue.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in cue.children)


# What is welcomed as it comes in, not as a reaction to news: a welcome greets or invites it.
_SENT_IN = frozenset(
    ["guest", "visitor", "application", "entry", "submission", "donation", "booking", "view"]
)


def _comes_in(noun: Token) -> bool:
    """Whether a welcomed noun is someone, or what people send in, or things counted as
    they come: "the governor", "several hundred guests", "applications", "96,000 visits",
    "300 ships"; not "the decision", "the report"."""
    return (
        a_hearer(noun)
        or noun.ent_type_ == "PERSON"
        or noun.lemma_.lower() in _SENT_IN
        or _people_of_a_kind(noun)
        or any(c.dep_ == "nummod" and _in_digits(c) for c in noun.children)
    )


def _in_digits(number: Token) -> bool:
    """Whether a number is written in digits ("96,000", "1.2 million"), as news counts what
    comes in; "welcomed the two decisions" is spelled out, a reaction to each."""
    return any(t.text[:1].isdigit() for t in number.subtree)


# Verbs of taking a side, which said of people of a kind mean helping them instead.
_BACKING = frozenset(["support", "back"])
_PEOPLE = _SPEAKER_WORDS["person_nouns"] | {"people"}
# What a verb marked "tables" puts to a vote when it is the object: "an amendment", "a bill".
_TABLED = _SPEAKER_WORDS["tabled_items"]


def _people_of_a_kind(noun: Token) -> bool:
    """Whether a noun names people of a kind, not anyone by name: "flood victims", "people
    with dementia", "local residents"; not "Trump", "the union"."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in _PEOPLE
