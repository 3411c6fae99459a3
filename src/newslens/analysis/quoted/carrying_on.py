"""A quote that goes on with reported speech before it: the sentence or paragraph just
before, or a cue before "and" or "but"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.subjects import ATTRIBUTION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def reported_before(
    doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]
) -> Token | None:
    """The cue of reported speech in the sentence just before a quote, if it has one.

    "The summit did “too little,” he added. “Europe risks a lot.”": the quote goes on
    with what the sentence before reported, not with an earlier quote.
    """
    before = quote[0] - 1
    while before >= 0 and (doc[before].is_space or in_quote[before] == in_quote[quote[0]]):
        if "\n" in doc[before].text:
            return None  # a new paragraph
        before -= 1
    if before < 0 or "\n" in doc[before].whitespace_:
        return None
    return _reporting_cue_of(doc, doc[before].sent, cues, in_quote)


def reported_paragraph_before(
    doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]
) -> Token | None:
    """The cue of reported speech ending the paragraph just before a quote opening its own.

    "Okafor says the star changed everything. “…”\n\nAlvarez worries, she says, that
    stars make a kitchen cautious.\n\n“You start cooking for the guide …”": the quote goes on
    with what she was just reported saying, not with Okafor's quote before.
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or not any("\n" in t.text_with_ws for t in doc[before : quote[0]]):
        return None
    return _reporting_cue_of(doc, doc[before].sent, cues, in_quote)


def _reporting_cue_of(
    doc: Doc, sent: SpacySpan, cues: set[int], in_quote: list[int]
) -> Token | None:
    """The last cue of a sentence that reports speech of its own, with no quote of its own."""
    found = [doc[i] for i in cues if sent.start <= i < sent.end]
    if not found or in_quote[sent.start] >= 0:
        return None  # a sentence opened by a quote attributes that quote
    cue = max(found, key=lambda t: t.i)
    # '“…,” she said.' attributes a quote of its own, and "He did not suggest …" reports
    # nothing: the quote after either is no part of them.
    # A quoted fragment woven into the sentence ("did “too little,” he added") is no quote of
    # its own, so the next quote may still go on with it.
    near = doc[max(sent.start, cue.i - ATTRIBUTION_WORDS) : cue.i]
    if any(in_quote[t.i] >= 0 and not _in_fragment(doc, t.i, in_quote) for t in near):
        return None
    if is_negated(cue) or any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None  # "He did not say …", "She had been offered a seat": nobody reports here
    verb = lexicon().get(cue.lemma_.lower())
    if verb is not None and verb.mind and verb.reports_object:
        return None  # "Councillors voted for the plan.", "Figures show a rise.": no one spoke
    return cue


def _in_fragment(doc: Doc, i: int, in_quote: list[int]) -> bool:
    """Whether token ``i`` is in a quoted span that opens in lower case, mid-sentence."""
    k = in_quote[i]
    while i > 0 and in_quote[i - 1] == k:
        i -= 1
    first = next((t for t in doc[i : i + 4] if t.is_alpha and in_quote[t.i] == k), None)
    return first is not None and first.is_lower and not first.is_sent_start


# Words between a cue and "and"/"but" that still belong to its attribution: "said the mayor
# on Friday, but “…”".
JOIN_WORDS = 6


def joined_after_cue(
    doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]
) -> Token | None:
    """The cue whose words a quoted fragment carries on after "and" or "but".

    '"I like him," the mayor said, but "when it comes to bridges …"' and 'The firm "lost
    the deal," Ruiz said, and still "got paid …"': the cue reports both quoted spans.
    """
    first = next((doc[i] for i in quote if doc[i].is_alpha), None)
    if first is None or not first.is_lower:
        return None
    i = quote[0] - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    for _ in range(2):
        if i >= 0 and doc[i].pos_ == "ADV" and in_quote[i] < 0:  # "and still"
            i -= 1
    if i < 0 or doc[i].lower_ not in ("and", "but") or "\n" in doc[i].whitespace_:
        return None
    i -= 1
    if i < 0 or doc[i].text != ",":
        return None  # "promised lower taxes and “jobs”": one object, not a second utterance
    i -= 1
    for j in range(i, max(-1, i - JOIN_WORDS), -1):
        token = doc[j]
        if j in cues:
            return token
        if in_quote[j] >= 0 or token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
        if "\n" in token.whitespace_:
            return None
    return None
