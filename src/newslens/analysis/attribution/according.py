"""Which words of a sentence "according to X" gives X: the sentence around the phrase, less
the reporter's setting ("…, amid fears of a wider war"), what describes the source and a
relative clause's noun (:func:`_according_to`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.attribution.sources import _behind
from newslens.analysis.attribution.words import _Attribution, _reported_kind
from newslens.analysis.speakers import MEASURES, person_word
from newslens.analysis.syntax.cues import Scan, words_of
from newslens.analysis.syntax.edges import chars, trimmed
from newslens.analysis.syntax.names import name_with_its_mark
from newslens.analysis.syntax.set_off import sums_up
from newslens.analysis.syntax.words import SUBJECTS, object_of
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _according_to(doc: Doc, scan: Scan, nouns: set[int], marks: list[Span]) -> list[_Attribution]:
    """ "According to X, …": the sentence around the phrase, X's (``nouns``: the reporting
    nouns, whose source speaks for them)."""
    out = []
    for token in scan.according:
        # "According to X", or "in X's view", "by her own admission" (the phrase: "in …").
        source, phrase = words_of(token), token.head
        if source is None:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = to and (object_of(to) or _noun_read_as_verb(to))
            phrase = token
        if source is None or source.lemma_.lower() in MEASURES:
            continue  # "prices rise according to demand": a rule, not a source
        source = _behind(source, nouns)  # "according to a report by the budget office"
        # The sentence around the "according to X" phrase is what X says.
        sent = token.sent
        lo, hi = phrase.left_edge.i, phrase.right_edge.i + 1
        if name_with_its_mark(source):
            # "according to Which?, the consumer group": the parse, reading a question's end,
            # hangs the mark and what describes the body on the sentence.
            hi = _description_end(doc, source.i + 2, sent.end)
        opens = lo == sent.start
        name = _name_beside(doc, hi, sent.end, opens) if person_word(source) else None
        if name is not None:
            # "…, according to the head of the health board, Dr Priya Nair.", "According
            # to its regional officer, Paul Grant, morale …": she is the source, however
            # the parser hung her name on the sentence.
            source, hi = name.root, _description_end(doc, name.end, sent.end)
        elif opens:
            hi = _appositive_end(doc, hi, sent.end)
        if phrase is not token:
            # "He was, in the words of one aide, a disaster": the aside ends at its comma,
            # however the parser hung what follows on the name.
            hi = next((t.i for t in doc[source.i + 1 : hi] if t.text == ","), hi)
        if source is token:
            # "In a poll of 1,000 voters, conducted in May, …": when it was taken is no finding
            hi = _participle_end(doc, hi, sent.end)
        relative = _relative_around(phrase)
        if relative is not None:
            # "food inflation, which fell to 3.2% according to the ONS, could rise": the ONS
            # speaks for the relative clause alone, about the noun it qualifies.
            clause = relative.head
            words = [(clause.head.left_edge.i, relative.i), (relative.i + 1, lo)]
            ranges = trimmed(doc, [*words, (hi, clause.right_edge.i + 1)])
        else:
            # "…, according to a poll, a sign that the race has tightened": the sign is the
            # reporter's reading of what the poll found
            summed = any(sums_up(t) and t.left_edge.i == hi + 1 for t in doc[hi + 1 : sent.end])
            end = hi if summed else _before_the_setting(doc, hi, sent.end)
            # "Morale, according to the union, has never been lower": a one-word subject
            # before the aside is as much the words as what follows it
            # "He is not alone: in a survey by the union, 60% said …": the writer's lead-in
            # before a colon is no finding
            start = next((t.i + 1 for t in reversed(doc[sent.start : lo]) if t.text == ":"), None)
            start = sent.start if start is None else start
            shortest = 1 if _lone_subject_before(doc, start, lo, hi) else 2
            ranges = trimmed(doc, [(start, lo)], shortest) + trimmed(doc, [(hi, end)])
        comma = next((t.i for t in doc[source.i : sent.end] if t.text == ","), None)
        if not ranges and lo == sent.start and comma is not None:
            # "According to … Rush Limbaugh, the move reeks of …" parsed as one phrase, the
            # words hung on the name: they start after the comma that ends the phrase.
            ranges = trimmed(doc, [(comma + 1, sent.end)])
        if not ranges:
            continue
        parts = [chars(doc, a, b) for a, b in ranges]
        kind = _reported_kind(parts, marks)
        out.append(_Attribution(parts, kind, token, source, confidence=0.8))
    return out


def _lone_subject_before(doc: Doc, start: int, lo: int, hi: int) -> bool:
    """Whether the only word before an aside at [lo, hi) is the subject of a verb after it."""
    before = [t for t in doc[start:lo] if not (t.is_punct or t.is_space)]
    return len(before) == 1 and before[0].dep_ in SUBJECTS and before[0].head.i >= hi


def _noun_read_as_verb(to: Token) -> Token | None:
    """The source of "according to show insiders" when the tagger read its first noun as a
    verb and the source as that verb's object: "insiders", right after it."""
    verb = next((c for c in to.children if c.dep_ == "pcomp" and c.i == to.i + 1), None)
    if verb is None or verb.tag_ != "VB" or any(c.i < verb.i for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None
    )


def _before_the_setting(doc: Doc, after: int, end: int) -> int:
    """``end``, or ``after`` when what follows an "according to" phrase at ``after`` is the
    reporter's setting of the words, not more of them: "…, according to the ministry, as
    talks stalled", "…, amid fears of a wider war"."""
    i = after
    while i < end and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i in (after, end):
        return end
    word = doc[i]
    setting = word.lower_ == "amid" or (
        word.lower_ == "as"
        and word.dep_ == "mark"
        and any(c.dep_ in SUBJECTS for c in word.head.children)
    )
    return after if setting else end


def _participle_end(doc: Doc, after: int, end: int) -> int:
    """The end of a participle set off by commas at ``after`` (", conducted in May,"), else
    ``after``."""
    if after + 1 >= end or doc[after].text != "," or doc[after + 1].tag_ != "VBN":
        return after
    return next((t.i for t in doc[after + 1 : end] if t.text == ","), after)


def _description_end(doc: Doc, after: int, end: int) -> int:
    """The end of what describes a source, set off by a comma at ``after``: a phrase with no
    verb (", the consumer group") or a relative clause (", which surveyed 2,000 people"),
    up to the next comma or ``end``; ``after`` when what follows is a clause of its own."""
    if after >= end or doc[after].text != ",":
        return after
    close = next((t.i for t in doc[after + 1 : end] if t.text == ","), end)
    phrase = doc[after + 1 : close]
    relative = len(phrase) > 0 and phrase[0].tag_ in ("WDT", "WP")
    if relative or not any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return close
    return after


def _appositive_end(doc: Doc, after: int, end: int) -> int:
    """The end of a phrase describing the source, set off by commas at ``after``, before
    the words' own subject: "According to KFF, a health policy research group, premiums
    …"; ``after`` when what the commas set off is the words' subject ("…, the suspect, 45,
    fled") or the words go on otherwise."""
    if after >= end or doc[after].text != ",":
        return after
    close = next((t.i for t in doc[after + 1 : end] if t.text == ","), end)
    phrase = doc[after + 1 : close]
    if close + 1 >= end or not len(phrase) or phrase[0].pos_ != "DET":
        return after
    if any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
        return after  # "According to the survey, this year, wages rose": when, not who
    if any(t.pos_ in ("VERB", "AUX") for t in phrase) or doc[close + 1].tag_ in ("WDT", "WP"):
        return after
    subject = any(t.dep_ in SUBJECTS and t.left_edge.i == close + 1 for t in doc[close + 1 : end])
    return close if subject else after


def _relative_around(phrase: Token) -> Token | None:
    """The relative word opening the relative clause an "according to X" phrase qualifies:
    "which" of "food inflation, which fell to 3.2% according to the ONS, could rise"; None
    when the phrase qualifies a clause of the sentence's own."""
    clause = phrase.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    first = clause.doc[clause.left_edge.i]
    return first if first.tag_ in ("WDT", "WP") and first.head.i == clause.i else None


# Parts of speech of a word that opens a clause's subject: "the", "morale", "he", "new".
_OPENING_A_SUBJECT = frozenset(["DET", "NOUN", "PROPN", "PRON", "ADJ"])


def _name_beside(doc: Doc, after: int, end: int, opens: bool) -> SpacySpan | None:
    """The person's name set off by a comma at ``after``, after a role, that closes its
    sentence (``end``): ", Dr Priya Nair."; or that a second comma closes before the rest
    of the words: ", Paul Grant, morale has …" after a phrase that opens the sentence
    (``opens``), ", Paul Grant, has …" after one set in it, or before a relative clause
    that describes it: ", Mary Stone, who took over in May,"."""
    if after + 1 >= end or doc[after].text != ",":
        return None
    last = after + 1
    while last < end and doc[last].pos_ == "PROPN" and doc[last].ent_type_ != "PERSON":
        last += 1  # a title the recogniser left out of the name: "Dr"
    if last >= end or doc[last].ent_type_ != "PERSON":
        return None
    while last + 1 < end and doc[last + 1].ent_iob_ == "I":
        last += 1
    rest = doc[last + 1 : end]
    if all(t.is_punct or t.is_space for t in rest):
        return doc[after + 1 : last + 1]
    if len(rest) < 2 or rest[0].text != ",":
        return None
    # The words go on with a subject of their own after a phrase that opens the sentence,
    # with their verb after one set in them ("Morale, according to …, Paul Grant, has
    # …"); "According to the coroner, Mark Hale, 45, died …" tells of the name.
    goes_on = _OPENING_A_SUBJECT if opens else ("VERB", "AUX")
    described = rest[1].tag_ in ("WDT", "WP")  # ", Mary Stone, who took over in May"
    return doc[after + 1 : last + 1] if described or rest[1].pos_ in goes_on else None
