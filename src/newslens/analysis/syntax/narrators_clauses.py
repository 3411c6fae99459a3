"""The narrator's clause closing reported words (:func:`narrators_clause`): "said the plan was
fully costed, as he faced repeated questions" tells when he said it, not what he said; and the
narrator's comment on them (:func:`comment_on_the_report`): "said it is safe, which could take
days"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.syntax.words import _SPEAKER_WORDS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Conjunctions of a clause that tells what the speaker was doing at the time.
_WHILE_DOING = frozenset(["as", "while", "whilst", "after"])
_SPEAKER_PRONOUNS = frozenset(["he", "she"])
# Pronouns and nouns in the words that "he" or "she" could stand for instead of the speaker.
_OTHER_PERSONS = _SPEAKER_PRONOUNS | {"him", "her", "his", "hers", "himself", "herself"}
_PERSON_WORDS = (
    _SPEAKER_WORDS["role_nouns"]
    | _SPEAKER_WORDS["person_nouns"]
    | _SPEAKER_WORDS["described_nouns"]
    | _SPEAKER_WORDS["offices"]
    | _SPEAKER_WORDS["positions"]
)
# Verbs of a state, which a backshifted report gives in the past: "as he knew the team"
# may be the speaker's own reason.
_STATES = frozenset(
    [
        "be",
        "have",
        "know",
        "want",
        "need",
        "believe",
        "think",
        "feel",
        "hope",
        "expect",
        "fear",
        "like",
        "love",
        "understand",
        "remain",
        "seem",
        "mean",
        "own",
        "hold",
        "trust",
    ]
)


def narrators_clause(cue: Token, clause: Token, words: list[Token]) -> Token | None:
    """The clause closing the reported words after ``clause`` (``words``, its subtree) that
    tells what the speaker of ``cue`` was doing: "as he faced questions", "while she
    defended the scheme", "after she was pressed". Its subject is "he" or "she" for the
    speaker and its verb is in the narrator's past; "as it had in Wales" (another subject)
    and "as he knew the team" (a state, perhaps his reason) stay in the words."""
    speaker = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    if speaker is None or not _may_be_he_or_she(speaker):
        return None
    end = clause.right_edge.i
    for token in words:
        if token.i <= clause.i or token.dep_ != "advcl" or token.right_edge.i != end:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _WHILE_DOING for c in token.children):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.lower_ not in _SPEAKER_PRONOUNS:
            return None
        if speaker.pos_ == "PRON" and speaker.lower_ != subject.lower_:
            return None
        if not _narrative_past(token) or _another_person_before(words, clause, token):
            return None
        return token
    return None


def _may_be_he_or_she(speaker: Token) -> bool:
    """Whether a cue's subject is one person: "Starmer", "the minister", "he"."""
    if speaker.pos_ == "PRON":
        return speaker.lower_ in _SPEAKER_PRONOUNS
    return speaker.tag_ in ("NNP", "NN")


def _narrative_past(verb: Token) -> bool:
    """Whether a verb tells an act in the simple past, active or passive: "faced", "was
    pressed", "was speaking"; not a past perfect ("had lost") or a state ("wanted")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_.lower() in _STATES or any(a.lower_ == "had" for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ in ("VBN", "VBG") and any(a.lower_ in ("was", "were") for a in auxiliaries)


def _another_person_before(words: list[Token], clause: Token, narrated: Token) -> bool:
    """Whether the reported words before the narrated clause name someone else "he" or "she"
    may stand for: "said the man fled as he saw officers"."""
    return any(
        t.ent_type_ == "PERSON"
        or t.lower_ in _OTHER_PERSONS
        or (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in _PERSON_WORDS)
        for t in words
        if t.i < narrated.left_edge.i and t.i >= clause.left_edge.i
    )


def comment_on_the_report(clause: Token, words: list[Token]) -> Token | None:
    """The clause closing the reported words after ``clause`` (``words``, its subtree) in
    which the narrator comments on the report: after a comma, "which" stands for all that
    went before, hung on the reported verb itself ("said it is safe, which could take several
    days"); "said the council would sell the depot, which has stood empty" tells of the depot,
    "said the plan, which costs £2bn, would fail" goes on after it, and "because it would
    encourage investors to wait, which would defer taxes" is the reason's."""
    doc = clause.doc
    end = clause.right_edge.i
    for which in words:
        if which.lower_ != "which" or which.i <= clause.i or doc[which.i - 1].text != ",":
            continue
        comment = which.head
        if comment.left_edge.i != which.i or comment.right_edge.i != end:
            continue
        if comment.dep_ in ("advcl", "relcl") and comment.head == clause:
            return comment
    return None
