"""Whether a word names a person: a role ("the spokesman", "the harbourmaster"), a title or an
honorific ("Ms", "Sir"), a person's noun or trade ("economist"), a role as a headline writes it
("Cop", "Mum"); whether a subject could be someone who speaks (``could_speak``) or is a thing
that states nothing (``names_no_one``); and the words naming whose a role is ("the council's
head", "a spokesman for the firm")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers.words import (
    _BODY_NOUNS,
    _BROKERS_PEOPLE,
    _CLAUSE_ADJECTIVES,
    _MINISTERS,
    _NO_ROLE_ROOTS,
    _NO_SPEAKERS,
    _PERSON_ENDINGS,
    _PERSON_NOUNS,
    _PERSON_WORDS,
    _ROLE_ENDINGS,
    _ROLE_WORDS,
    _SPEAKING_NOUNS,
    _SPEAKING_PRONOUNS,
    _WORKPLACE_LINKS,
    DESCRIBED,
    RELATIVES,
    ROYAL_TITLES,
    TITLES,
)
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token


def worker_at(name: Token) -> Token | None:
    """The person named or described as working where a name is: "an analyst" of "an analyst
    at Hollis & Co.", "an economist with Corvane Bank", "Kate Byrne, of Usdaw"; None where
    the name is no workplace."""
    while name.dep_ in ("compound", "flat"):
        name = name.head
    place = name.head
    worker = place.head
    if (
        name.dep_ == "pobj"
        and place.lower_ in _WORKPLACE_LINKS
        and worker.pos_ in ("NOUN", "PROPN")
        and person_word(worker)
    ):
        return worker
    return None


def brokers_workplace(name: Token) -> bool:
    """Whether a name is where analysts work ("analysts at Peel Hunt"): a broker's."""
    worker = worker_at(name)
    return worker is not None and worker.lemma_.lower() in _BROKERS_PEOPLE


def person_word(word: Token) -> bool:
    """Whether a word names a person: a role ("governor"), a person's noun ("economist",
    "farmer", "people"), one in the plural ("women", "chairmen") or a person's name."""
    lower, lemma = word.lower_, word.lemma_.lower()
    return (
        word.ent_type_ == "PERSON"
        or _role_word(lower)
        or lower in TITLES
        or lemma in _PERSON_NOUNS
        or _person_by_ending(lower)
        or (lemma != lower and _person_by_ending(lemma))
    )


def _person_by_ending(lower: str) -> bool:
    """Whether a word's ending makes it a person's noun: "economist", "chairwoman", "person",
    "photographer". The ending is the whole word, or follows a root of three letters at
    least: "list", "wrist", "exist" and "human" only end alike."""
    if not lower.endswith(_PERSON_ENDINGS):
        return False  # one test of every ending at once: most words end in none of them
    roots = (len(lower) - len(e) for e in _PERSON_ENDINGS if lower.endswith(e))
    return any(root == 0 or root >= 3 for root in roots)


def could_speak(word: Token) -> bool:
    """Whether a subject may be someone who speaks: a person, a body or one standing for
    them ("he", "they", "the committee"), not a thing ("the plan", "costs", "it")."""
    lower = word.lower_
    return (
        lower in _SPEAKING_PRONOUNS
        or word.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or (word.pos_ == "PROPN" and not word.ent_type_)
        or person_word(word)
        or word.lemma_.lower() in _SPEAKING_NOUNS
    )


def names_no_one(word: Token) -> bool:
    """Whether a subject is a thing that states nothing, a state, a quality, an event or an
    amount ("the levy rate will decline by half a point", "the pressure found a new outlet"),
    a relative standing for one ("a culture of secrecy that encourages managers to …", "the
    accident, which confirmed what engineers feared"), an "it" that stands for a clause ("It
    goes without saying that …"), or the "us" of "let's": the writer's proposal."""
    if word.lower_ in ("'s", "’s", "us") and word.i > 0 and word.doc[word.i - 1].lower_ == "let":
        return True
    if word.lower_ == "it" and _stands_for_a_clause(word):
        return True
    if word.lower_ in RELATIVES and word.head.dep_ == "relcl":
        word = word.head.head
    # lower case: "Price" or "Marks and Spencer" opening a sentence is a name
    return word.is_lower and not could_speak(word) and word.lemma_ in _NO_SPEAKERS


def _stands_for_a_clause(it: Token) -> bool:
    """Whether "it" stands for a clause after it, not for someone: "It goes without saying
    that …", "It is hard to judge the plan without seeing …", "will find it hard to explain
    …"; not "It said" nor "It was quick to point out that …"."""
    head = it.head
    lemma = head.lemma_.lower()
    if lemma == "go":
        return any(c.lower_ == "without" for c in head.children)
    if head.pos_ == "ADJ":  # "find it hard to …"
        return lemma in _CLAUSE_ADJECTIVES
    return lemma == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _CLAUSE_ADJECTIVES
        for c in head.children
    )


def _royal(word: Token) -> bool:
    return word.is_title and word.lower_ in ROYAL_TITLES


def _before_a_name(word: Token) -> bool:
    """A title, or a person's noun written as one at the start of a sentence: "Farmer Joseph
    Kiprop said", "Striker Kane said", "Harbourmaster Jo Price said"."""
    return word.lower_ in TITLES or (
        word.is_title and (_noun_as_title(word) or _compound_role(word))
    )


def _noun_as_title(word: Token) -> bool:
    """A person's noun, singular, before a person's name: "Farmer Joseph Kiprop", "Striker
    Kane"; not a noun opening a body's name ("Refugee Convention", "Citizens for Tax
    Justice"), nor one capitalised where no sentence starts before one name only, which the
    capital shows to be of the name ("said Rider Pay", a firm)."""
    lemma = word.lemma_.lower()
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        lemma in _PERSON_NOUNS
        and word.lower_ == lemma
        and after is not None
        and (_two_names_after(word) or (after.ent_type_ == "PERSON" and _capital_of_a_start(word)))
    )


def _capital_of_a_start(word: Token) -> bool:
    """Whether a word opens a sentence, a line or a quotation, where any word has a capital."""
    if word.i == 0 or word.is_sent_start:
        return True
    before = word.doc[word.i - 1]
    # a quote mark with no space after it opens the quotation: '"Striker', not '," Rider'
    opening = (before.is_left_punct and not before.is_right_punct) or (
        before.is_quote and not before.whitespace_
    )
    return before.is_space or opening or before.text == ":"


def _compound_role(word: Token) -> bool:
    """A role noun built on a word before a given name and a surname: "Harbourmaster Jo
    Price". Two names after it keep a given name that ends alike ("Norman Tebbit") whole."""
    return _compound_noun(word.lower_) and _two_names_after(word)


def _two_names_after(word: Token) -> bool:
    names = word.doc[word.i + 1 : word.i + 3]
    return len(names) == 2 and all(t.pos_ == "PROPN" and t.is_title for t in names)


def _compound_noun(lower: str) -> bool:
    """Whether a word is a role noun built on another ("harbour|master", "business|woman",
    "shop|keeper"): a root of four letters at least, so not "Herman"; not a given name
    ("Sherman"), nor a body ("carmaker")."""
    if not lower.endswith(_ROLE_ENDINGS):
        return False  # most words: no root to look for
    root = next((lower[: -len(e)] for e in _ROLE_ENDINGS if lower.endswith(e)), "")
    return len(root) >= 4 and root.isalpha() and lower not in _NO_ROLE_ROOTS


def _role_word(lower: str) -> bool:
    """Whether a word names a person by role: "the spokesman", "the harbourmaster"."""
    return lower in _ROLE_WORDS or _compound_noun(lower)


def _role_of_a_body(head: Token) -> bool:
    """Whether a role is given as a body's, the body called by its noun: "the board's head",
    "the head of the board", "the health board head" stand only for someone the story named
    in that role, as "the witness" does."""
    return any(o.is_lower and o.lemma_.lower() in _BODY_NOUNS for o in _bodies_named_on(head))


def _described(lower: str) -> bool:
    """Whether a role noun stands only for someone the article called so: "the witness",
    "the harbourmaster" after "Harbourmaster Jo Price"."""
    listed = lower in _PERSON_WORDS  # "the spokeswoman", "the batsman": anyone fitting
    return lower in DESCRIBED or (not listed and _compound_noun(lower))


def _a_persons_noun(word: Token) -> bool:
    """Whether a noun names a person by what they are, not by a role: "the veteran", "the
    patient", "the mother", which stands only for someone the article called so ("Tom Reed,
    a veteran of three strikes", "the veteran Tom Reed") or else for someone of their own. A
    role ("the spokesman", "the candidate") may stand for anyone fitting: see ``_described``
    for the roles that may not."""
    lower = word.lower_
    return (
        word.pos_ == "NOUN"
        and not _role_word(lower)
        and (word.lemma_.lower() in _PERSON_NOUNS or _person_by_ending(lower))
    )


# What a description of a role is built of: "the former Ohio state treasurer".
_DESCRIBING = frozenset(["ADJ", "NOUN", "PROPN"])


def _description(role: Token, words: list[Token]) -> tuple[str, ...]:
    """The words a phrase "the … <role>" gives its role, lower case: ("new", "mexico") of "the
    New Mexico senator", ("republican", "presidential") of "The Republican presidential
    nominee"; none for another shape ("a Texas senator", "the party's nominee",
    "the leader of the legion")."""
    words = [t for t in words if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "the" or words[-1].i != role.i:
        return ()
    between = words[1:-1]
    if any(t.dep_ in ("poss", "case") or t.like_num or t.pos_ not in _DESCRIBING for t in between):
        return ()
    return tuple(t.lower_ for t in between)


# Words that only ever go before a person's name: "Ms Hale" is someone, whatever the
# recogniser took it for.
_HONORIFICS = frozenset(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."]) | frozenset(
    ["dr", "dr.", "rev", "rev.", "prof", "prof.", "sir", "dame"]  # "Rev Hollis", "Sir Keith"
)


# Titles that go before a given name: "Sir Keith", "Dame Judith" after "Sir Keith Arundel".
_GIVEN_NAME_TITLES = frozenset(["sir", "dame"])


def _after_honorific(name: Token) -> bool:
    before = name.doc[name.i - 1] if name.i > 0 else None
    return (
        before is not None
        and (before.lower_ in _HONORIFICS or before.lower_ in TITLES)
        and before.lower_ not in _GIVEN_NAME_TITLES
    )


# What the story calls the role a headline gives in short: "Rovers boss" or "Rovers chief"
# is the manager, "Mum" the mother, "Cop" the constable, "PM" the prime minister. Headlines
# use these words as labels where a story would not ("Cop: '…'", "Star: '…'").
_HEADLINE_ROLES = {
    "boss": frozenset(["manager", "chief", "head"]),
    "chief": frozenset(["manager", "boss", "head"]),
    "mum": frozenset(["mother"]),
    "mom": frozenset(["mother"]),
    "dad": frozenset(["father"]),
    "cop": frozenset(["officer", "policeman", "policewoman", "constable", "pc", "sergeant"]),
    "officer": frozenset(["policeman", "policewoman", "constable", "pc", "sergeant"]),
    "doctor": frozenset(["dr", "gp", "surgeon", "physician", "consultant", "medic"]),
    "medic": frozenset(["doctor", "dr", "nurse", "paramedic", "surgeon"]),
    "teacher": frozenset(["headteacher", "headmaster", "headmistress"]),
    "judge": frozenset(["recorder", "justice"]),
    "minister": _MINISTERS,
    "mp": frozenset(["mp", "backbencher"]),
    "pm": frozenset(["prime"]),  # "Prime Minister Ann Vale"
    "star": frozenset(["actor", "actress", "singer", "presenter", "player", "comedian"]),
    "fan": frozenset(["supporter"]),
    "gp": frozenset(["doctor", "dr"]),
}
# Of these, the ones shown as written when no one is named ("MP", not "mp"); a headline
# in capitals writes every word so ("WITNESS: …" is still "witness").
_INITIALISMS = frozenset(["mp", "pm", "gp"])


def headline_role(word: Token) -> bool:
    """Whether a word is a person's role or trade written as a headline writes a label:
    "Witness", "Mother", "Neighbours", "Cop" (not "Chief Constable Nadia Okoro", a name)."""
    lemma = word.lemma_.lower()
    return (lemma in _PERSON_WORDS or lemma in _HEADLINE_ROLES) and word.lower_ not in GIVEN_NAMES


def _bodies_named_on(role: Token) -> list[Token]:
    """The words naming whose a role is, or whom a spokesperson speaks for: "council" of "a
    council spokesman" or "the council's head", "firm" of "a spokesman for the firm" or "the
    head of the firm", "Northwind" of "a spokeswoman at Northwind".

    One reading for both: a spokesperson's body may then be named (``_spoken_for`` finds
    it by its name), while a role stands for someone named before only when the body is
    called by its noun (``_role_of_a_body``), as a witness is called "the witness"."""
    bodies = [c for c in role.lefts if c.dep_ in ("compound", "poss", "nmod")]
    for prep in role.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            bodies += [c for c in prep.children if c.dep_ == "pobj"]
    return bodies
