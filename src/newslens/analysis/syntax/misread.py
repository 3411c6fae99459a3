"""A cue's subject the parse read as another word: a word qualifying the verb ("…, an inquest
heard.", "…, said Next."), the object of the phrase before, an ordinal, the noun of "as" or of
a phrase of time, a noun joined to the clause before, the noun an aside before the cue
describes, the noun a past verb was read as describing; a verb it read as a subject ("Keeps
saying …"), and a sentence's verb read as a participle on it, or on the last noun of its
relative clause, or as an adjective inside a reporting noun's clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicons
from newslens.analysis.speakers import RELATIVES, could_speak
from newslens.analysis.speakers.relatives import person_before
from newslens.analysis.syntax.cues import INTERVIEWING
from newslens.analysis.syntax.names import object_read_before
from newslens.analysis.syntax.text import stopped
from newslens.analysis.syntax.told import AUDIENCES
from newslens.analysis.syntax.words import _NOT_WHO, SUBJECTS, object_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _speaker_of_as_aside(cue: Token) -> Token | None:
    """The speaker of an aside "as X said" that the parse read as "as" a preposition and X
    its object: "Hawaii, as one of the governor's advisers pointed out, rarely gets …",
    parsed with "Hawaii" the subject of "pointed", is the adviser's point. The phrase opens
    after a comma and runs up to the cue: "Ruiz, as mayor, said …" is Ruiz's, as mayor."""
    doc = cue.doc
    # the "as" hangs on the cue or on the subject before it
    for holder in (cue, *(c for c in cue.children if c.dep_ in SUBJECTS)):
        for preposition in holder.children:
            if preposition.dep_ != "prep" or preposition.lower_ != "as":
                continue
            noun = object_of(preposition)
            if (
                noun is not None
                and noun.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
                and doc[preposition.i - 1].text == ","
                and preposition.right_edge.i + 1 == cue.i
            ):
                return noun
    return None


def _subject_past_its_aside(verb: Token) -> Token | None:
    """The noun heading a sentence with no verb of its own before the cue, when the parse
    hung the verb on a noun inside the aside on it, right after the aside's closing comma:
    "Ortiz, Lee's rival in the coming election, called Friday for …", parsed as an election
    called Friday, is Ortiz calling."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.doc[verb.i - 1].text != ",":
        return None
    aside = verb.head
    while aside.dep_ != "appos" and aside.head != aside and aside.pos_ not in ("VERB", "AUX"):
        aside = aside.head
    noun = aside.head
    if aside.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # or the subject of a verb after it, which the parse took for the sentence's: "…, called
    # Friday for …, saying …"
    heads = noun.dep_ == "ROOT" or (noun.dep_ == "nsubj" and noun.head.i > verb.i)
    return noun if heads else None


def _person_for_who(who: Token, verb: Token) -> Token | None:
    """The person a "who" stands for, where the parse hung its clause on a thing after them:
    "calls from listeners to her phone-in show who said …" are the listeners' words, not the
    show's."""
    if who.lower_ != "who" or verb.dep_ != "relcl" or could_speak(verb.head):
        return None
    return person_before(verb.head)


def _subject_of_as_clause(subject: Token, verb: Token) -> Token | None:
    """The subject of a headline's "as" clause the parse read as a preposition: "Halvex
    shares slide as chief executive warns …", parsed with "slide" as the subject of
    "warns" and "chief executive" as the object of "as", is the chief executive's warning."""
    if subject.pos_ != "VERB":
        return None
    as_ = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = None if as_ is None else object_of(as_)
    return noun if noun is not None and noun.i == verb.i - 1 else None


# Verbs that go on with a participle, which the tagger may read as a plural noun opening a
# sentence: "Keeps saying …" ("Protesters chanting …" is the protesters').
_GOING_ON_WITH = frozenset(["keeps", "continues", "starts", "begins", "stops", "resumes"])


def _verb_read_as_a_subject(word: Token, participle: Token) -> bool:
    """Whether the word opening a sentence before a participle is a verb the tagger read as a
    plural noun, its subject: "Keeps saying she opposed the war.", "Continues claiming …", as
    a list of what someone does writes them, with no one named."""
    return (
        word.is_sent_start is True
        and word.lower_ in _GOING_ON_WITH
        and word.i + 1 == participle.i
        and participle.tag_ == "VBG"
        and participle.dep_ == "ROOT"
    )


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """The noun right before a verb with no subject that the parse took for a word qualifying
    the verb, as if the verb were a noun: "inquest" of "…, an inquest heard." and of "…, a
    two-day inquest found."."""
    if verb.pos_ not in ("VERB", "NOUN") or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.head != verb or noun.dep_ not in ("amod", "compound") or noun.pos_ != "NOUN":
        return None
    return noun


def _name_after_read_as_modifier(verb: Token) -> Token | None:
    """The firm named right after a verb with no subject, ending the sentence, that the parse
    took for a word qualifying the verb: "Next" of "…, said Next."."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 2].text != ".":
        return None
    name = doc[verb.i + 1]
    if name.dep_ != "advmod" or name.head != verb or name.ent_type_ != "ORG":
        return None
    if not name.is_title or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return name


def _subject_read_as_described(verb: Token) -> Token | None:
    """The noun right before a cue that the parse read as a clause describing it, the noun
    made the subject of a verb past the colon after the cue: "The singer posted on X:
    “Thank you all.”", read as "the singer (who was) posted on X" thanking."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or noun.i != verb.i - 1:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in SUBJECTS or noun.head.i < verb.i:
        return None
    if not any(t.text == ":" for t in verb.doc[verb.i + 1 : noun.head.i]):
        return None
    return None if any(c.dep_ in SUBJECTS for c in verb.children) else noun


def _subject_read_as_object_before(verb: Token) -> Token | None:
    """The noun right before a reporting verb with no subject, that the parse hung on the
    phrase before as its object: "a fraction of the $20 million experts say it costs", a
    relative clause with no "that", is what the experts say."""
    if verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    return noun if object_read_before(noun, verb) and noun.ent_type_ not in _NOT_WHO else None


def _name_read_as_a_when(verb: Token) -> Token | None:
    """A name before a verb with no subject that the parse hung on the verb as if it said
    when, after the long aside on it: "Helixa Therapeutics, Inc. (Nasdaq: HLXA), a biotech
    company developing …, today announced …" is Helixa announcing."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.lefts
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON")
        ),
        None,
    )


def _counted_subject(verb: Token) -> Token | None:
    """ "A third wrote: …" after "One resident said … Another said …": the parse may take
    the ordinal for a modifier of the verb, but it is the one who speaks."""
    if verb.i < 2:
        return None
    word = verb.doc[verb.i - 1]
    if (
        word.head.i == verb.i
        and word.dep_ in ("amod", "advmod", "npadvmod")
        and word.ent_type_ == "ORDINAL"
        and any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in word.children)
    ):
        return word
    return None


# Words that open a clause as well as a phrase: "after replays suggested …".
_CLAUSE_PREPOSITIONS = frozenset(["after", "before", "since", "until", "till", "as"])
# Prepositions of a phrase that says when: "after the debate", "during the hearing".
_WHEN_PREPOSITIONS = (_CLAUSE_PREPOSITIONS - {"as"}) | {"during"}


def _subject_after_conjunction(cue: Token) -> Token | None:
    """The subject of a clause the parse read as a phrase of time hung on its verb, or as a
    noun joined to the clause before: "after replays suggested Wrona was offside" is what
    the replays suggested, not the speaker of the sentence around it."""
    if any(c.dep_ in SUBJECTS for c in cue.children) or cue.i < 2:
        return None
    noun = cue.doc[cue.i - 1]
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.i == noun.left_edge.i - 1
        and prep.head.i == cue.i
        and prep.lower_ in _CLAUSE_PREPOSITIONS
        and noun.pos_ in ("NOUN", "PROPN", "PRON")
    ):
        return noun
    # "Republicans said the inquiry was mishandled and Democrats accused the GOP of …": a
    # reporting verb's subject after "and", which the parse joined to the noun before it
    if (
        noun.dep_ == "conj"
        and cue.tag_ in ("VBD", "VBZ", "VBP")
        and cue.lemma_.lower() in lexicons()[0]
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.left_edge.i > 0
        and cue.doc[noun.left_edge.i - 1].dep_ == "cc"
    ):
        return noun
    return None


def main_verb_read_as_participle(cue: Token) -> bool:
    """Whether the parse read a sentence's verb as a participle on its subject, leaving the
    sentence no verb: a noun with a name set beside it ("The chief constable, Helen Grant,
    promised on Monday to put …"), an audience that heard from someone ("An inquest heard
    from Dr Moss that …", parsed as an inquest that was heard), or the last noun of a relative
    clause on the subject (:func:`subject_past_its_relative`)."""
    head = cue.head
    if cue.dep_ != "acl" or cue.i == 0:
        return False
    if head.dep_ != "ROOT":
        return subject_past_its_relative(cue) is not None
    if cue.doc[cue.i - 1].text == ",":
        return any(t.dep_ == "appos" for t in cue.doc[head.i : cue.i])
    return (
        head.i == cue.i - 1
        and cue.lemma_.lower() == "hear"
        and head.lemma_.lower() in AUDIENCES
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in cue.rights)
    )


# The writer's "I" or "we" in a clause of whom they heard: "the owners I spoke to said".
_THE_WRITER = frozenset(["i", "we"])
_HEARD = INTERVIEWING | {"ask"}
_HEARD_RELATIVES = frozenset(["who", "whom", "that"])


def one_the_writer_heard(cue: Token) -> Token | None:
    """The noun whose relative clause says the writer heard them, just before the cue: "the
    owners I spoke to said …", "people we met say …", which the parse may read with the cue
    hanging on "spoke to", the writer its subject. None when anything else stands between."""
    doc, at = cue.doc, cue.i - 1
    if at > 0 and doc[at].lower_ in ("to", "with"):
        at -= 1
    if at < 2 or doc[at].lemma_.lower() not in _HEARD or doc[at - 1].lower_ not in _THE_WRITER:
        return None
    noun = doc[at - 2]
    if noun.lower_ in _HEARD_RELATIVES and at > 2:
        noun = doc[at - 3]  # "the owners who I spoke to said"
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def participle_read_as_a_clause(verb: Token) -> bool:
    """Whether a past form right after the object before it, which the parse made a clause of
    the verb above, is a participle on that object: "pointed to a new contract agreed this
    year" names a contract, and no one agrees; "said the council agreed" has a subject."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ccomp" or verb.i == 0:
        return False
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj"):
        return False
    if any(c.dep_ in _OWN_CLAUSE_WORDS for c in verb.children):
        return False
    # "after replays suggested Wrona was offside": a verb reporting a clause of its own
    return not any(c.dep_ == "ccomp" and _has_a_subject(c) for c in verb.children)


def _has_a_subject(clause: Token) -> bool:
    """Whether a clause has a subject that is no relative word ("that raises the fee")."""
    return any(c.dep_ in SUBJECTS and c.lower_ not in RELATIVES for c in clause.children)


_OWN_CLAUSE_WORDS = frozenset(["nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"])


def subject_past_its_relative(cue: Token) -> Token | None:
    """The subject whose relative clause the parse ran the sentence's verb into, reading the
    verb as a participle on the clause's last noun and leaving the sentence no verb: "One of
    the doctors who signed the letter called Lee a quack", read as a letter called Lee, is
    what the doctor called him. None when the sentence has a verb of its own ("A letter
    called Hope arrived") or the cue follows no noun of a relative clause."""
    head = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in ("VBN", "VBD") or head.i != cue.i - 1:
        return None
    if not any(a.dep_ == "relcl" for a in head.ancestors):
        return None
    root = cue.sent.root
    return None if root.pos_ in ("VERB", "AUX") or root.i > cue.i else root


def main_verb_read_as_adjective(noun: Token, clause: Token) -> Token | None:
    """The sentence's verb the parse read as an adjective in the clause of the noun that
    heads the sentence, leaving it no verb: "The mayor's statement that the depot would
    close angered staff", read as what the depot would close. None when the sentence has a
    verb, when it is a headline with no stop, or when the clause's object is a noun phrase
    of its own ("would close the old depot"). A sentence with no verb of its own is the
    test, not the word's form: an irregular past ("upset drivers", "hurt sales") is parsed as
    any adjective is, and only a comparative or superlative ("older drivers") is no verb."""
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or not stopped(noun.sent):
        return None
    for thing in clause.rights:
        if thing.dep_ not in ("dobj", "attr") or thing.i == 0:
            continue
        if any(c.dep_ in ("det", "poss", "nummod") for c in thing.lefts):
            continue
        verb = thing.doc[thing.i - 1]
        if verb.head.i == thing.i and verb.dep_ == "amod" and verb.tag_ not in ("JJR", "JJS"):
            return verb
    return None
