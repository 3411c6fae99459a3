"""The words before a cue that closes its sentence, when the parse did not hang them on it
(:func:`_clause_before_a_closing_cue`): "The driver lost control, an inquest heard.", "Most
borrowers paid on time, Experian said.", "…, said Experian."; not the clause of "When he
spoke, the audience applauded", which says when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.syntax.datelines import opening
from newslens.analysis.syntax.words import _FINITE, _NOUNS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Words of the one who closes a sentence with a cue after a comma: "an inquest in Truro",
# "the inquest into his death", "a two-day inquest".
_CLOSING_SPEAKER = frozenset(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART"])
# What may follow a cue closing its sentence: when, where or how it was said ("on Tuesday",
# "in a statement", "again"), and after the cue, the one who said it ("…, said Experian.").
_CLOSING_CUE_TAIL = frozenset(["prep", "npadvmod", "advmod"])


def _clause_before_a_closing_cue(cue: Token, sent: SpacySpan) -> tuple[int, int] | None:
    """The words before a cue that closes the sentence after a comma and the one who said
    or heard them, when the parse did not hang them on the cue as what it reports.

    The main clause the parse hung the cue on (as an adverbial clause or in apposition) or
    read with it as one noun: "The driver lost control, an inquest heard." Not the clause
    of "When he spoke, the audience applauded", which says when. And, the cue being the
    sentence's root, words that read as a clause however the parse hung them: "Most
    borrowers paid on time, Experian said.", its "paid" read as a participle of "borrowers".
    ``sent`` is the cue's sentence.
    """
    doc = cue.doc
    root = sent.root
    if root == cue:
        return _words_before_a_closing_root(cue, sent)
    if not _closes_its_sentence(cue, sent):
        return None
    i = _before_closing_speaker(cue, _CLOSING_SPEAKER, sent.start)
    if doc[i].text != "," or doc[cue.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if root.i >= i or cue not in root.subtree:
        return None
    if any(c.dep_ == "mark" for c in root.children) or not any(
        c.dep_ in SUBJECTS for c in root.children
    ):
        return None
    return sent.start, i


def _closes_its_sentence(cue: Token, sent: SpacySpan) -> bool:
    """Whether nothing but when, where or how it was said follows a cue to its sentence's
    end: "…, the club confirmed on Monday.", "…, an inquest heard."; a participle with words
    after it is the writer's aside ("…, with auditors pointing to six transfers.")."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") and cue.i + 1 < sent.end:
        return doc[cue.i + 1].text in (".", "!", "?")
    if any(c.dep_ not in _CLOSING_CUE_TAIL for c in cue.rights if not c.is_punct):
        return False
    end = cue.right_edge.i + 1
    return end >= sent.end or doc[end].text in (".", "!", "?")


def _before_closing_speaker(cue: Token, tags: frozenset[str], start: int) -> int:
    """The token before the words of the one who closes the sentence with ``cue``, which
    starts at ``start``."""
    doc = cue.doc
    i = cue.i - 1
    while i > start and (doc[i].pos_ in tags or doc[i].tag_ in ("HYPH", "PRP$")):
        i -= 1
    return i


def _words_before_a_closing_root(cue: Token, sent: SpacySpan) -> tuple[int, int] | None:
    """The words before the comma of a cue that is its sentence's root and closes it, its
    speaker before it or after it, when they read as a clause: "Most borrowers paid on
    time, Experian said on Tuesday.", "…, said Experian."; ``sent`` is its sentence."""
    doc = cue.doc
    inverted = doc[cue.i - 1].text == "," and any(c.dep_ == "nsubj" for c in cue.rights)
    tail = _CLOSING_CUE_TAIL | {"nsubj"} if inverted else _CLOSING_CUE_TAIL
    if any(c.dep_ not in tail for c in cue.rights if not c.is_punct):
        return None
    end = cue.right_edge.i + 1
    if end < sent.end and doc[end].text not in (".", "!", "?"):
        return None
    i = (
        cue.i - 1
        if inverted
        else _before_closing_speaker(cue, _CLOSING_SPEAKER | {"PRON"}, sent.start)
    )
    start = opening(cue)
    if doc[i].text != "," or start >= i or not _reads_as_a_clause(doc[start:i]):
        return None
    return start, i


def _verbless_predicate(words: SpacySpan, verb: Token | None) -> bool:
    """Whether ``words`` open with a headline's clause that leaves out its verb, a noun and
    the adjective said of it, which the parse hangs on the noun: "Language unclear on who is
    covered", "Economy fragile"; not "Prices in May", with no adjective after its noun."""
    first = words[0]
    return first.pos_ in ("NOUN", "PROPN") and any(
        t.pos_ == "ADJ"
        and t.dep_ == "amod"
        and t.head.i == t.i - 1
        and t.head.i >= first.i
        and (verb is None or t.i < verb.i)
        for t in words[1:4]
    )


def _reads_as_a_clause(words: SpacySpan) -> bool:
    """Whether ``words`` hold a subject and then its verb, however the parse hung them:
    "Most borrowers paid on time", not "People like Scott", "The man who fled" nor
    "Asked about the plan"."""
    verb = next((t for t in words if t.pos_ in ("VERB", "AUX")), None)
    if _verbless_predicate(words, verb):
        return True
    if verb is None or verb.tag_ not in _FINITE | {"VBN"}:
        return False
    before = words.doc[words.start : verb.i]
    return any(t.pos_ in _NOUNS or t.pos_ == "NUM" for t in before) and not any(
        t.dep_ == "mark" or t.tag_ in ("WRB", "WDT", "WP") for t in before
    )
