"""What kind of speaker a name or a noun is (person, organisation, place, group), whatever
label the recogniser gave it: a firm's or a body's name ("Crestline Motors", "Harrow Council"),
a name given a title or a role ("Chief Constable Nadia Okoro"; an age or a ranking is
``ages``' and ``rankings``'), the body's noun a name is given ("grid operator E-Redes"), people of
a kind opening a sentence ("Neighbours said"), and a part of a whole ("one of the drivers",
"some of the workers")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.body_names import _named_with_its_s, _own_words
from newslens.analysis.speakers.names import _entity_of, name_start
from newslens.analysis.speakers.roles import _HONORIFICS, _before_a_name, _person_by_ending
from newslens.analysis.speakers.words import (
    _BODY_ENDINGS,
    _BODY_NOUNS,
    _CLUB_ENDINGS,
    _COLLECTIVE_NOUNS,
    _FIRM_DESCRIPTORS,
    _FIRM_NAME_ENDINGS,
    _FIRM_NAME_OPENINGS,
    _FIRM_WORDS,
    _GOVERNMENT_SEATS,
    _NO_ACRONYMS,
    _NO_BODY_NAMES,
    _ORGANISATION_NOUNS,
    _PEOPLE_ONLY,
    _PERSON_NOUNS,
    _TRADES,
    DATA_NOUNS,
    ROLE_NOUNS,
    SPEAKER_WORDS,
    TITLES,
)
from newslens.analysis.syntax.hyphens import glued_hyphen
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token


# "one of the drivers" is a driver; "some of the drivers", several.
_ONE_OF = frozenset(["one", "each", "either", "neither", "another"])
_SOME_OF = frozenset(["some", "many", "most", "several", "all", "both", "few", "none", "two"])
_KIND_OF_LABEL = {
    "PERSON": SpeakerKind.PERSON,
    "ORG": SpeakerKind.ORGANISATION,
    "GPE": SpeakerKind.PLACE,
    "LOC": SpeakerKind.PLACE,
    "NORP": SpeakerKind.GROUP,
    "FAC": SpeakerKind.ORGANISATION,
}


# Words that make a paper a piece of research, not a newspaper: "a research paper".
_RESEARCH = frozenset(["research", "scientific", "academic", "working", "discussion", "white"])


def _research_paper(noun: Token) -> bool:
    """Whether "paper" names a piece of research, as "the study" does, not a newspaper: one
    published somewhere ("The paper, published in The Lancet, found …") or called research
    ("a research paper")."""
    if noun.lemma_.lower() != "paper":
        return False
    return any(
        (c.dep_ == "acl" and c.lemma_.lower() == "publish")
        or (c.dep_ in ("amod", "compound") and c.lower_ in _RESEARCH)
        for c in noun.children
    )


def _people_opening(head: Token) -> bool:
    """Whether a word opening its sentence, alone, is people of a kind: "Neighbours said …",
    "Witnesses said …", "Staff said …", whatever name the tagger or the recogniser took the
    capital for."""
    if not head.is_sent_start:
        return False
    lower = head.lower_
    singular = lower[:-2] if lower.endswith("sses") else lower[:-1]
    if not (lower.endswith("s") and singular in _PERSON_NOUNS) and lower not in _COLLECTIVE_NOUNS:
        return False
    entity = _entity_of(head)
    return (entity is None or len(entity) == 1) and not any(
        c.dep_ in ("compound", "amod") for c in head.lefts
    )


def _plural_name(word: Token) -> bool:
    """Whether a capitalised word is a plural ("Greens", "Tories"), not "Swiss" or "Swede"."""
    lower = word.lower_
    return lower.endswith("s") and not lower.endswith("ss")


def _honoured(entity: SpacySpan) -> bool:
    words = [t for t in entity if not t.is_punct]
    return len(words) >= 2 and words[0].lower_ in _HONORIFICS and all(t.is_title for t in words[1:])


def _titled(entity: SpacySpan) -> bool:
    """Whether an entity is a title and a full personal name: "Chief Constable Nadia Okoro".

    Not "General Motors" or "President's Council on Sports": after the titles come at least
    two capitalised words, none of them a firm's or a body's.
    """
    titles = [t.i for t in entity if t.lower_ in TITLES]
    if not titles:
        return False
    # "Police Chief Marcus Hale": the name is what follows the last title.
    words = [t for t in entity if t.i > titles[-1]]
    return (
        len(words) >= 2
        and all(t.is_alpha and t.is_title for t in words)
        and not any(t.lower_ in _FIRM_WORDS or t.lower_ in _ORGANISATION_NOUNS for t in words)
    )


def _called(head: Token) -> bool:
    """Whether a name is given a person's role or a person's given name: "nurse Obi
    Adeyemi", "organiser Kezia Marlowe", "Margaret Ellison"."""
    doc = head.doc
    start = head.i
    while start > 0 and (before := doc[start - 1]).dep_ == "compound" and before.head.i == head.i:
        start -= 1
    if start == head.i:
        return False  # no word before the name hangs on it: nothing calls it anything
    names = doc[start : head.i]
    if any(t.lower_ in GIVEN_NAMES for t in names):
        return True  # "Retired accountant Felix Amare"
    if _titled(doc[start : head.i + 1]):
        return True  # "Police Chief Marcus Hale", where the recogniser saw "Marcus Hale" alone
    # A role in lower case: "General Motors" is a firm's name, "nurse Obi Adeyemi" a nurse;
    # "event organiser Alliance for Schools" may be a body's, as [shared_with_bodies] says.
    roles = [t.lower_ for t in names if t.is_lower]
    return any(w in _PEOPLE_ONLY or w in ROLE_NOUNS or _person_by_ending(w) for w in roles)


def _body_noun(head: Token, entity: SpacySpan | None) -> str:
    """The body's noun in lower case a name is given, if any: "operator" of "grid operator
    E-Redes", "airline" of "budget airline Ryanair", "group" of "consumer group Which?".
    ``entity``: the head's, ``_entity_of(head)``."""
    nouns = [c for c in head.lefts if c.dep_ == "compound" and c.is_lower]
    # "grid operator E-Redes": the tokenizer splits the name at its hyphen, and the parse
    # hangs the noun on the first part or makes it a subject of its own. Not the body a
    # titled person heads: "the head of the health board Dr Priya Nair".
    before = _word_before_name(head, entity)
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.is_lower
        and not _before_a_name(head.doc[before.i + 1])
    ):
        nouns.append(before)
    beside = next((c for c in head.rights if c.dep_ == "appos"), None)
    if not nouns and beside is not None and beside.is_lower and beside.pos_ == "NOUN":
        # "Ofgem, the energy regulator, said": the body it is called beside the name (not a
        # later aside: "Jo Bell, a founder of C2I, a company …").
        nouns = [beside]
    elif not nouns and (body := body_set_beside(head)) is not None:
        nouns = [body]  # "the firm, Hollis Grant, said"
    noun = _hyphened_lemma(nouns[-1]) if nouns else ""
    # "streaming giant Flickr+", "chipmaker Veltrix": a firm, not a person, whether the
    # tagger took the word before the name for a noun or an adjective.
    described = noun or (before.lemma_ if before is not None and before.is_lower else "")
    firm = described in _FIRM_DESCRIPTORS and described not in _TRADES
    if firm and _one_word_name(head, entity):
        return described
    # "mortgage broker Jane Smith": a trade before a given name is the person's.
    if noun in _TRADES and head.doc[name_start(head)].lower_ in GIVEN_NAMES:
        return ""
    return noun if noun in _BODY_NOUNS else ""


def _hyphened_lemma(noun: Token) -> str:
    """A noun's lemma with the word the tokenizer split off at a hyphen, written without it:
    "startup" of "the California start-up", which the parse heads with "up"."""
    doc = noun.doc
    if noun.i == 0 or not glued_hyphen(doc[noun.i - 1]):
        return noun.lemma_
    return f"{doc[noun.i - 2].lower_}{noun.lemma_}"


def _word_before_name(head: Token, entity: SpacySpan | None) -> Token | None:
    """The word before the name ``head`` ends, however far the parse or the recogniser
    (``entity``) runs it."""
    start = min(name_start(head), entity.start if entity is not None else head.i)
    return head.doc[start - 1] if start > 0 else None


def body_set_beside(head: Token) -> Token | None:
    """The body's noun a name is set beside after a comma: "firm" of "the firm, Hollis
    Grant,", "union" of "the union, Brightwell Workers,"; the name is the body's in every
    mention. None for a name the noun heads with no comma ("the health board Dr Priya
    Nair", who heads it) and for a person's noun ("the singer, Jo Bell,")."""
    if head.dep_ != "appos":
        return None
    before = _word_before_name(head, _entity_of(head))
    if before is None or before.text != ",":
        return None
    body = head.head
    return body if body.i < head.i and body.is_lower and body.lemma_ in _BODY_NOUNS else None


def firm_word_after(place: SpacySpan) -> Token | None:
    """The firm's last word the recogniser left out of a name it took for a place: "Mutual" of
    "Halden Mutual", a firm the story may call "Halden" later. Not a word the name goes on
    past ("the Paris Air Show")."""
    doc = place.doc
    if place.label_ != "GPE" or place.end >= len(doc):
        return None
    word = doc[place.end]
    if not (word.is_title and word.lower_ in _FIRM_WORDS):
        return None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return None if after is not None and after.is_title and after.pos_ == "PROPN" else word


def _one_word_name(head: Token, entity: SpacySpan | None) -> bool:
    """Whether a name is one word and no given name: "Flickr+", not "Tom Reid" nor "Tom",
    whom a "developer" or a "producer" before the name would make no firm."""
    return (
        name_start(head) == head.i
        and (entity is None or len(entity) == 1)
        and head.lower_ not in GIVEN_NAMES
    )


def _body_first(run: SpacySpan) -> bool:
    """Whether a name is a body's noun and one word: "Union Usdaw said" opening a sentence,
    "Police Scotland". A person's name opens with no such noun."""
    if len(run) != 2:
        return False
    noun, name = run
    return (
        noun.is_title
        and noun.lower_ in _ORGANISATION_NOUNS
        and name.text[:1].isupper()
        and name.lower_ not in _NO_BODY_NAMES
    )


def _written_alone(name: Token) -> bool:
    """Whether a body's name is written elsewhere without the noun before it, as a body's
    name ("Usdaw said", "the union Usdaw"): "Union Usdaw" is then Usdaw, while "Police
    Scotland" stays whole."""
    return any(
        t.text == name.text
        and t.i != name.i
        and (
            t.ent_type_ == "ORG"
            or (
                t.i > 0 and t.doc[t.i - 1].is_lower and t.doc[t.i - 1].lower_ in _ORGANISATION_NOUNS
            )
        )
        for t in name.doc
    )


def _named_like_a_body(head: Token, ent: SpacySpan) -> bool:
    """Whether a one-word name the recogniser took for a nationality, a religion or a party
    is a body's: "Experian said", "according to Experian". One of those is written with an
    article or in the plural ("the Swede said", "Republicans said"); alone and singular, the
    word is a name, and a given name ("Christian said") a person's."""
    return (
        len(ent) == 1
        and head.tag_ == "NNP"
        and not any(c.dep_ == "det" for c in head.children)
        and head.lower_ not in GIVEN_NAMES
    )


def _acronym(head: Token, name: SpacySpan) -> bool:
    """Whether a name is a body's written in capitals ("LSEG", "UNICEF", "NHS"): one word of
    three letters or more, not a transcript's label ("REYES:"), a given name ("JOHN"), a thing
    ("DNA") nor a word of a sentence written all in capitals."""
    if not (
        len(name) == 1
        and head.is_upper
        and sum(c.isalpha() for c in head.text) >= 3
        and head.lower_ not in _NO_ACRONYMS
    ):
        return False
    # Only a word in capitals is asked about its sentence, which is walked word by word.
    doc = head.doc
    label = head.i + 1 < len(doc) and doc[head.i + 1].text == ":"
    return not label and not all(t.is_upper for t in head.sent if t.is_alpha)


def _lone_persons_name(head: Token, ent: SpacySpan) -> bool:
    """Whether a one-word name the recogniser took for a body or a place is a person's: one
    set beside a noun only a person is ("Another mother, Kirsty", "One parent, Shona, said",
    "said Tasha, a mother of two"; not "its biggest customer, Tesco", see [shared_with_bodies]
    in speaker_words.txt), or, beside no noun, a given name taken for a body ("Nicola said",
    as local news calls people by their first names; not "Wendy's said", nor "Georgia said",
    which may be the country)."""
    if len(ent) != 1:
        return False
    if any(_one_of_a_people(c) for c in head.rights if c.dep_ == "appos"):
        return True  # "Brandt, a Republican, said": one member of a party is a person
    beside = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN":
        beside.append(head.head)
    if beside:
        return any(noun.is_lower and noun.lemma_.lower() in _PEOPLE_ONLY for noun in beside)
    return (
        head.ent_type_ in ("ORG", "FAC")
        and head.lower_ in GIVEN_NAMES
        and not _named_with_its_s(head)
    )


def _one_of_a_people(word: Token) -> bool:
    """Whether a word is one member of a party, a nation or a faith: "a Republican", "a
    Briton", not "the Republicans"."""
    return (
        word.ent_type_ == "NORP"
        and word.tag_ == "NNP"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children)
    )


def _corporate(name: str) -> SpeakerKind | None:
    """Organisation for a name that ends like a firm's ("Crestline Motors", "Comscore") or
    begins like one in another language ("Banco Santander"), whatever the recogniser said."""
    words = name.lower().split()
    last = words[-1] if words else ""
    # "Comscore", not "Score" nor "Tech" alone, which may be anyone's or anything's name
    # One test of every ending at once first: most names end in none of them.
    one_word_firm = last.endswith(_FIRM_NAME_ENDINGS) and any(
        last.endswith(e) and len(last) > len(e) + 1 for e in _FIRM_NAME_ENDINGS
    )
    named_so = len(words) > 1 and (last in _FIRM_WORDS or words[0] in _FIRM_NAME_OPENINGS)
    firm = named_so or one_word_firm
    return SpeakerKind.ORGANISATION if firm else None


def _kind_by_name(name: str, kind: SpeakerKind) -> SpeakerKind:
    """Organisation for a name that ends like a firm's or a body's ("Crestline Motors",
    "The Crohn's Society", "Harrow Council"), or whose own words before a "for" or an "of"
    do ("Campaign for Better Transport"), or that is a body's word alone, as a headline writes
    it ("Council warns of flood risk"), or a seat of government ("Downing Street"), whatever
    the recogniser said; else ``kind``."""
    words = name.lower().split()
    own = _own_words(words)
    if own[-1] in _BODY_ENDINGS or (len(words) > 1 and own[-1] in _CLUB_ENDINGS):
        return SpeakerKind.ORGANISATION
    if " ".join(words[1:] if words[0] == "the" else words) in _GOVERNMENT_SEATS:
        return SpeakerKind.ORGANISATION
    return _corporate(name) or kind


def _kind_of_part(head: Token) -> SpeakerKind:
    """ "one of the legionnaires" is a person, "some of the workers" a group, "one of the
    studies" no one of a kind known."""
    whole = next(
        (g for c in head.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if whole is None and head.lower_ in _SHARES_OF_PEOPLE:
        # "68 per cent said", "Half said": a poll's share of those asked, its whole unsaid
        return SpeakerKind.GROUP
    if whole is None or whole.tag_ not in ("NNS", "NNPS"):
        return SpeakerKind.UNKNOWN
    if whole.lemma_.lower() in _FINDINGS:
        return SpeakerKind.UNKNOWN  # "one of the largest studies of its kind" is no one
    if head.lower_ in _ONE_OF:
        named_body = whole.lemma_.lower() in _ORGANISATION_NOUNS or whole.ent_type_ == "ORG"
        return SpeakerKind.ORGANISATION if named_body else SpeakerKind.PERSON
    # "71% of members", "two-thirds of voters", "a majority of voters": a share is several
    if head.lower_ in _SOME_OF or head.lower_ in _SHARES or head.ent_type_ in _COUNTED:
        return SpeakerKind.GROUP
    return SpeakerKind.UNKNOWN


# Data and documents that find and tell, as "figures show" does, but not the "figures" and
# "numbers" that people are too ("one of the leading figures in the party").
_FINDINGS = DATA_NOUNS - frozenset(["figure", "figures", "number", "numbers"])
_SHARES = frozenset(["majority", "minority", "half", "third", "thirds", "quarter", "quarters"])
_COUNTED = frozenset(["PERCENT", "CARDINAL"])
_SHARES_OF_PEOPLE = SPEAKER_WORDS["shares_of_people"]
