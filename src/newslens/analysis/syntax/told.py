"""Whether a cue's subject is the one told, bidden or asked: the hearer of the words, not who
speaks ("Jury told carer stole …", "Parents urged to check …", "Vogt, asked whether …,
said …"), or the one bidden to say them ("urged him to say …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.text import stopped
from newslens.analysis.syntax.words import _SPEAKER_WORDS, SUBJECTS, object_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs whose object is not the one who does what follows it: "promised voters to …".
_SUBJECT_DOES_IT = frozenset(["promise", "vow", "pledge", "threaten"])
# Objects that name no one: "used it to say", "took this to mean".
_NO_ONE = frozenset(["it", "this", "that", "these", "those"])


def _bidden(verb: Token, infinitive: Token | None) -> Token | None:
    """The one a verb bids or brings to do what its infinitive says: Stumpf of "the senator
    forced Stumpf to admit that …", him of "urged him to say …", the recipients of "the rules
    oblige the recipients to declare …", not the one who forces; not a thing ("used the speech
    to say …")."""
    if infinitive is None or infinitive.dep_ != "xcomp" or infinitive.head != verb:
        return None
    if verb.lemma_.lower() in _SUBJECT_DOES_IT:
        return None
    bidden = next((c for c in verb.children if c.dep_ == "dobj" and c.i < infinitive.i), None)
    if bidden is None or bidden.lower_ in _NO_ONE:
        return None
    if bidden.pos_ not in ("PROPN", "PRON") and not could_speak(bidden):
        return None
    return bidden


# Who hear what someone else tells them, never saying it: "The court heard that …".
AUDIENCES = _SPEAKER_WORDS["audiences"] | _SPEAKER_WORDS["gatherings"]


def _teller_to(cue: Token, hearer: Token | None) -> Token | None:
    """Who speaks when ``hearer`` is the cue's subject: the one heard from (Pole of "The
    inquiry heard from Dr Pole that …", Lloyd of "We heard from Gareth Lloyd: …"), no one
    named when an audience heard from no one named ("The court heard that …", "…, an inquest
    heard"); anyone else who hears believes it ("Neighbours had heard that …")."""
    if hearer is None or cue.lemma_.lower() != "hear":
        return hearer
    source = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    teller = None if source is None else object_of(source)
    if teller is not None or hearer.lemma_.lower() in AUDIENCES:
        return teller
    return hearer


# Audiences a headline names bare before "told": "Jury told …", "MPs told …".
_TOLD_AUDIENCES = AUDIENCES | {"mps", "jurors", "councillors"}
# Verbs that, active, always name whom they tell ("warned that …" need not).
_TOLD_SOMEONE = frozenset(["tell", "inform", "notify", "assure", "remind"])


# Verbs that, active, always name whom they bid before the infinitive: "urged parents to
# check", never "urged to check" ("asked to speak" and "promised to" may be active).
_BID_SOMEONE = frozenset(
    ["urge", "advise", "encourage", "order", "instruct", "implore", "exhort", "tell", "warn"]
)


def _bid_passively(cue: Token) -> bool:
    """Whether the subject of a bidding verb is the one bidden, in a headline's clipped
    passive: "Parents urged to check vaccines", with no one named between verb and "to"."""
    if cue.lemma_.lower() not in _BID_SOMEONE or cue.tag_ not in ("VBD", "VBN"):
        return False
    children = list(cue.children)
    if any(c.dep_ in ("dobj", "dative", "aux") for c in children):
        return False  # "urged parents to …", "has urged …"
    return any(
        c.dep_ == "xcomp" and c.i > cue.i and any(a.tag_ == "TO" for a in c.lefts) for c in children
    )


def _told_passively(cue: Token) -> bool:
    """Whether the subject of "told" is the one told, in a headline's clipped passive:
    "Jury told carer stole …", "…, court told". Told actively, someone is always told
    ("told reporters"); an object that is the subject of a finite verb right after it
    ("carer stole") is no one told."""
    if cue.lemma_.lower() not in _TOLD_SOMEONE or cue.tag_ not in ("VBD", "VBN"):
        return False
    if cue.dep_ == "relcl":
        return False  # "the story Kennedy told": the object is what the clause is on
    if _an_audience_told_in_a_headline(cue):
        return True
    children = list(cue.children)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    ):
        return False  # "A mum has told how …": a perfect, active, with no one told named
    told = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    if not told and hearer_run_into_the_words(cue) is not None:
        return False  # "told reporters members would …": the reporters are told
    return not told or all(
        t.i + 1 < len(t.doc)
        and (after := t.doc[t.i + 1]).head.i == cue.i
        and after.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in SUBJECTS for c in after.children)
        for t in told
    )


def _an_audience_told_in_a_headline(cue: Token) -> bool:
    """Whether "told" follows an audience with no article, in a headline with no stop: "Jury
    told carer stole from pensioners", however the parse reads what follows ("carer stole" as
    one noun); an audience is told in court, as "The court was told …" is. With an article
    ("The jury told the judge it could not agree") an audience speaks."""
    if cue.dep_ != "ROOT":
        return False
    subject = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _TOLD_AUDIENCES or any(subject.children):
        return False
    if any(
        c.dep_ in ("dobj", "dative") and any(g.dep_ in ("det", "poss") for g in c.lefts)
        for c in cue.rights
    ):
        return False  # "Jurors told the judge they could not agree": the judge is told
    return not stopped(cue.sent)


def subject_told_as_the_object(cue: Token, clause: Token) -> Token | None:
    """The subject of the words an audience is told, that the parse made the cue's object
    right before a clause with no subject: "taxes" of "MPs told taxes will rise"."""
    if clause.dep_ != "ccomp" or clause.head.i != cue.i:
        return None
    start = clause.left_edge.i
    told = next(
        (c for c in cue.rights if c.dep_ == "dobj" and c.right_edge.i + 1 == start),
        None,
    )
    if told is None or any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    return told if _told_passively(cue) else None


def hearer_run_into_the_words(cue: Token) -> Token | None:
    """The last word of whom "told" tells, where the parse ran them into the clause told:
    "reporters" of "told reporters members would stay out" (a noun before the clause's
    subject), "MPs" of "told MPs taxes would not rise" (a noun before an object the clause
    lacks for its subject), "members" of "told union members pay would rise" (the subject of
    a noun read as the clause's verb). A plural noun that could speak, right after the cue
    ("told carer stole" is no such hearer). A headline's body that hears, with no article,
    too: "inquiry" of "tells inquiry warnings about reservoir were 'not passed on'"."""
    doc = cue.doc
    if cue.lemma_.lower() not in _TOLD_SOMEONE or cue.i + 3 >= len(doc):
        return None
    hearer, after = doc[cue.i + 1], doc[cue.i + 2]
    told_one = _one_told_before_a_thing(hearer)
    if told_one is not None:
        hearer, after = told_one, doc[told_one.i + 1]
    plural = told_one is not None or _plural_speaker(hearer)
    if (
        hearer.dep_ == "compound"
        and hearer.head.i == after.i
        and (plural or (hearer.lemma_.lower() in AUDIENCES and after.dep_ == "dobj"))
    ):
        if after.dep_ in SUBJECTS and after.tag_ in ("NNS", "NNPS"):
            clause = after.head
            return hearer if clause.dep_ == "ccomp" and clause.head.i == cue.i else None
        if after.dep_ != "dobj" or after.head.i != cue.i or after.right_edge.i + 1 >= len(doc):
            return None
        start = after.right_edge.i + 1
        return hearer if _subjectless_clause_of(cue, doc[start].head, start) else None
    while hearer.dep_ == "compound" and hearer.head.i == hearer.i + 1:
        hearer = hearer.head
    if hearer.i + 3 >= len(doc):
        return None
    noun_read_as_verb, modal = doc[hearer.i + 1], doc[hearer.i + 2]
    if (
        hearer.dep_ != "nsubj"
        or hearer.head != noun_read_as_verb
        or not _plural_speaker(hearer)
        or modal.tag_ != "MD"
    ):
        return None
    clause = modal.head
    if noun_read_as_verb.dep_ in SUBJECTS and noun_read_as_verb.head == clause:
        # "members pay would rise" read as "members pay" and "pay would rise"
        return hearer if clause.dep_ == "ccomp" and clause.head.i == cue.i else None
    if noun_read_as_verb.dep_ != "ccomp" or noun_read_as_verb.head.i != cue.i:
        return None
    return hearer if _subjectless_clause_of(noun_read_as_verb, clause, modal.i) else None


def teller_run_into_the_words(cue: Token) -> Token | None:
    """Who tells, named by "by", where the parse ran them into the subject of the words told:
    "prosecutor" of "Jury told by prosecutor carer stole from pensioners" (a noun before a
    finite verb whose clause lacks its subject)."""
    doc = cue.doc
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    subject = None if agent is None else object_of(agent)
    if subject is None or subject.i + 1 >= len(doc) or subject.i < 1:
        return None
    clause, teller = doc[subject.i + 1], doc[subject.i - 1]
    if clause.tag_ not in ("VBD", "VBZ") or not _subjectless_clause_of(cue, clause, clause.i):
        return None
    return teller if teller.dep_ == "compound" and teller.head == subject else None


def _one_told_before_a_thing(det: Token) -> Token | None:
    """The noun after a determiner that the parse made a modifier of the plural after it,
    where that noun could speak and the plural cannot: "minister" of "told the minister taxes
    would rise" (the minister is told; "taxes" is what will rise). "the council tax" is one
    thing."""
    doc = det.doc
    if det.dep_ != "det" or det.i + 3 >= len(doc) or det.head.i not in (det.i + 1, det.i + 2):
        return None
    noun, thing = doc[det.i + 1], doc[det.i + 2]
    if noun.head.i != thing.i or thing.tag_ != "NNS":
        return None
    return noun if could_speak(noun) and not could_speak(thing) else None


def _plural_speaker(word: Token) -> bool:
    """Whether a noun is a plural who could be told: "reporters", or an initialism's plural
    ("MPs", "GPs"), which the parse may read as singular."""
    text = word.text
    if text.endswith("s") and len(text) > 2 and text[:-1].isupper():
        return True
    return word.tag_ in ("NNS", "NNPS") and could_speak(word)


def _subjectless_clause_of(verb: Token, clause: Token, start: int) -> bool:
    """Whether ``clause`` is a clause hung on ``verb`` that starts at ``start`` with no
    subject of its own: "would not rise" of "told MPs taxes would not rise"."""
    return (
        clause.dep_ == "ccomp"
        and clause.head.i == verb.i
        and clause.left_edge.i == start
        and not any(c.dep_ in SUBJECTS for c in clause.children)
    )


def _misread_participle(verb: Token) -> Token | None:
    """The noun a participle between commas describes, where the parse made it its subject.

    "Vogt, asked whether she would resign, said she would not" is parsed as if Vogt asked,
    in a clause reported by a "said" with no subject: she was asked, and she said.
    """
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ in ("ccomp", "advcl"):
        if verb.head.i <= verb.i:
            return None
    elif verb.dep_ != "ROOT" or not any(_verb_after_comma(c) for c in verb.rights):
        # "Hale, asked about the report, said he …", parsed with "said" a conjunct of "asked"
        return None
    noun = doc[verb.i - 2]
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    return noun


def _verb_after_comma(word: Token) -> bool:
    """Whether a conjunct is a verb that a comma, not "and", joins on."""
    return word.dep_ == "conj" and word.pos_ == "VERB" and word.doc[word.i - 1].text == ","
