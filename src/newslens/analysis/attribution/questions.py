"""Questions and orders that report nobody's words: asking only about a topic ("asked about
the delay"), an order to the reader ("ask yourself …"), a yes-no question or one put to the
reader, the words of a question put to someone ("asked whether …") and someone asked by no
asker named ("Asked whether she would sell, Trent said no")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.speakers.words import _PEOPLE_ONLY
from newslens.analysis.syntax.subjects import subject
from newslens.analysis.syntax.words import SUBJECTS, object_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ASKING = frozenset(["ask", "inquire", "enquire", "query"])


def _asks_about_a_topic(cue: Token) -> bool:
    """Whether a verb of asking names only what the question was about, not the question:
    "Reporters asked about the delay", "When she asked him about the cost". The asker says
    nothing there; "asked whether …" and "asked about how …" still report a question. The
    parse may hang "about" on whom it asks ("asks people about crimes"). Only "ask" takes
    whom it asks as its object; "queried the figures about …" queries the words."""
    asks = cue.lemma_.lower() == "ask"
    asked = [cue, *(c for c in cue.children if asks and c.dep_ == "dobj" and not _words_asked(c))]
    about = [c for w in asked for c in w.children if c.dep_ == "prep" and c.lower_ == "about"]
    if not about or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    if any(_words_asked(c, asks) for c in cue.children):
        return False  # "asked questions about …" is no topic alone; the object is the words
    # "about how it happened" holds a question; "about the delay" only its topic
    return all(
        object_of(p) is not None and not any(c.dep_ == "pcomp" for c in p.children) for p in about
    )


_ANSWERING = frozenset(["answer", "reply", "respond"])


_ASKING_OR_ANSWERING = frozenset(["ask", *_ANSWERING])


def answers_a_question_named(cue: Token) -> bool:
    """Whether a verb of answering names the question, not the answer: "He pauses before
    answering whether he thinks he will" tells no words of his; "answered that he would
    stay" does."""
    return any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in cue.children
    )


def _words_asked(child: Token, asks: bool = True) -> bool:
    """Whether a verb of asking's object is the words it asks, not whom it asks them: "asked
    questions", not "asked residents" (the hearers, as "asked him" names)."""
    return (
        child.dep_ == "dobj"
        and child.pos_ not in ("PRON", "PROPN")
        and not (asks and child.lemma_.lower() in _PEOPLE_ONLY)
    )


def _imperative(cue: Token) -> bool:
    """Whether the cue tells the reader to do something: "Now tell us …", "ask yourself …".

    An order to the reader reports nobody's words, and neither does "Thank you, Cardiff!"
    opening a post (the tagger reads it as present tense, "VBP").
    """
    if _opens_a_bracket(cue):
        return True  # "… until the rules settle (think tariffs, for instance)": a prompt
    opening = cue.tag_ == "VBP" and cue.is_sent_start and cue.dep_ == "ROOT"
    if (cue.tag_ != "VB" and not opening) or cue.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in cue.children):
        return False
    return cue.dep_ == "ROOT" or _imperative(cue.head)  # "go further, and ask …"


def _opens_a_bracket(cue: Token) -> bool:
    """Whether a verb of mind in the plain form opens a bracket, with no subject or auxiliary
    before it: "(think tariffs)", "(consider the costs)" bid the reader, whatever the parse
    made the noun after it; a belief is never told with its subject after the verb, as "(say
    officials)" is."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text not in ("(", "[") or not cue.is_lower:
        return False
    verb = lexicon().get(cue.lemma_.lower())
    if verb is None or not verb.mind or cue.tag_ not in ("VB", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.lefts)


def _asked_not_told(cue: Token, in_quote: list[int], text: str) -> bool:
    """Whether the cue is asked about, not reported: "Do you know when the council will
    vote?", "Did they say the road would reopen?". A yes-no question, or one put to the
    reader or listener, tells nobody's words. A question in quotation marks is someone's words: "as Bown observed, 'what
    would you pick?'" still reports them. ``text``: the doc's."""
    if text.find("?", cue.idx) < 0:
        return False  # no question after the cue, so none in its sentence (Token.sent is slow)
    sentence = cue.sent
    if not text[sentence.start_char : sentence.end_char].rstrip().rstrip("\"”’'").endswith("?"):
        return False
    root = sentence.root
    if in_quote[root.i] >= 0:
        return False
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    inverted = next((c for c in root.lefts if c.dep_ == "aux" and c.i < subject.i), None)
    if inverted is None:
        return False
    # "How do you know when …?" asks how, and takes the knowing as given.
    opener = sentence.doc[sentence.start : inverted.i]
    if any(t.tag_ in ("WRB", "WP", "WDT") for t in opener):
        return False
    return subject.lower_ == "you" or inverted.i == sentence.start


def _questioned(doc: Doc, cues: set[int]) -> set[int]:
    """The words of the questions put to someone: "whether she worries about …" of "Asked
    whether she worries about …", "if she had said …" of "asked her if she had said …",
    "whether he thinks he will" of "answering whether he thinks he will". A cue among them is
    what the question is about, not anything anyone said."""
    out: set[int] = set()
    for ask in (doc[i] for i in cues if doc[i].lemma_.lower() in _ASKING_OR_ANSWERING):
        for clause in ask.children:
            marks = (m for m in clause.children if m.dep_ == "mark")
            # "will reply if the council says so" is a condition, not a question answered
            asks = ask.lemma_.lower() == "ask"
            questions = clause.dep_ == "ccomp" or (asks and clause.dep_ == "advcl")
            if questions and any(m.lower_ in ("whether", "if") for m in marks):
                out.update(t.i for t in clause.subtree)
    return out


def _asked_by_nobody_named(cue: Token, in_quote: list[int]) -> bool:
    """Whether the cue is someone being asked, with no asker named: "Asked whether she
    would sell, Trent said no", "Vogt, asked whether …, said", "were asked to leave". The
    question is the reporter's or an unnamed official's, and the one asked is not its source;
    only the cue's subject, had it one, would be."""
    if cue.lemma_.lower() != "ask" or cue.tag_ not in ("VBN", "VBD"):
        return False
    # "Asked whether …, she laughs", parsed as what she laughs: a participle opening the
    # sentence has no subject of its own, whatever the parse climbs to; nor has one after
    # the word that opens it ("When asked about the delay, the spokesman said …"), whatever
    # tense the tagger gave it.
    opening = (cue.tag_ == "VBN" and cue.is_sent_start) or _opened_by_a_subordinator(cue)
    return (opening and not any(c.dep_ in SUBJECTS for c in cue.children)) or subject(
        cue, in_quote
    ) is None


def _opened_by_a_subordinator(verb: Token) -> bool:
    """Whether the one word before ``verb`` opens its sentence and is its subordinator:
    "When asked …", "If elected …", "Once confirmed …"."""
    if verb.i == 0:
        return False
    before = verb.nbor(-1)
    return bool(before.is_sent_start) and before.head == verb and before.dep_ in ("advmod", "mark")
