"""Direct quotes: which quoted spans are someone's words, through which cue, and which are
only woven into the reporter's sentence or carry on a cue's reported speech. ``_Reading`` holds
what a text's quotes and cues are read against; ``_Direct`` keeps what the quotes leave to the
reported speech found after them. Words in quotation marks whose claimant names no one are
quoted by someone the text does not name (``_quoted_for_no_one_named``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newslens.analysis.attribution.labelled import _signature
from newslens.analysis.attribution.sources import _writer_behind
from newslens.analysis.attribution.uncued import _newcomer_before, _paragraph_subject, _turn_before
from newslens.analysis.attribution.words import _Attribution
from newslens.analysis.model import QuoteKind
from newslens.analysis.quoted.carrying_on import (
    joined_after_cue,
    reported_before,
    reported_paragraph_before,
)
from newslens.analysis.quoted.cues import (
    closer_cue,
    colon_cue,
    cue_right_after,
    linked_cue,
    nearest_cue,
    only_attribution,
    own_cue,
    retort_after,
    right_after,
    verb_before_colon,
)
from newslens.analysis.quoted.marks import (
    opens_sentence,
    quoted_heading,
    reads_as_quote,
    tokens_of_quotes,
)
from newslens.analysis.quoted.naming import (
    aside_before,
    in_view_of,
    named_words,
    namer_of,
    naming_cue,
)
from newslens.analysis.quoted.standing import (
    after_example_word,
    continues_reporter,
    embedded,
    ends_utterance,
    hands_on,
    linked_only_by_object,
    opens_clause,
    reported_clause_between,
    runs_on,
    split_by,
    stands_alone,
    utterance_after,
)
from newslens.analysis.speakers import names_no_one, person_word
from newslens.analysis.syntax.subjects import speaker_of, subject
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


CARRY_OVER_CHARS = 600  # how far back a quote opening a sentence looks for its speaker


@dataclass(frozen=True)
class _Reading:
    """What every quoted span and cue of one text is read against."""

    doc: Doc
    text: str
    in_quote: list[int]
    verb_cues: set[int]
    cues: set[int]  # the verb cues and "according"
    asked: set[int]  # the cues of questions nobody named asks


@dataclass
class _Direct:
    """The direct quotes, in text order, and what they leave to the reported speech."""

    quotes: list[_Attribution] = field(default_factory=list)
    cue_used: set[int] = field(default_factory=set)
    # quotes that carry on a cue's reported speech
    carried_on: dict[int, list[Span]] = field(default_factory=dict)
    woven: set[Span] = field(default_factory=set)  # quotes the reporter's sentence runs through

    def previous(self) -> _Attribution | None:
        return self.quotes[-1] if self.quotes else None

    def goes_on(self, cue: Token, span: Span) -> bool:
        """Whether ``span`` is one more part of the last quote, said through the same cue."""
        previous = self.previous()
        if previous is not None and previous.cue is not None and previous.cue.i == cue.i:
            previous.parts.append(span)
            return True
        return False


def _direct_quotes(r: _Reading, marks: list[Span]) -> _Direct:
    """Each quoted span read in text order, against the quotes before it."""
    found = _Direct()
    for span, tokens in zip(marks, tokens_of_quotes(marks, r.in_quote), strict=True):
        if not tokens:
            continue
        if quoted_heading(r.text, span):
            continue  # "'Tides Wait for No One.'" heading a section: no one says it there
        _place(r, found, span, tokens)
    return found


def _place(r: _Reading, found: _Direct, span: Span, tokens: list[int]) -> None:
    """Whose words one quoted span is: signed, named by a noun, inside the reporter's sentence,
    the next turn of an exchange, more of the last quote, said through a cue, or carried on."""
    signed = _signature(r.doc, r.text, span)
    if signed is not None:
        found.quotes.append(signed)
        return
    named = named_words(r.doc, tokens, r.in_quote) or in_view_of(r.doc, tokens, r.in_quote)
    within = not opens_clause(r.doc, tokens, r.cues) or continues_reporter(
        r.doc, tokens, r.in_quote
    )
    if named is not None and (within or linked_cue(r.doc, tokens, r.cues) is None):
        # "used the phrase “…”", "its headline: “…”": a noun of words names the quote;
        # "because to her, “…”": whose view the quoted words are.
        noun, source = named
        found.quotes.append(_Attribution([span], QuoteKind.DIRECT, noun, source, confidence=0.7))
        return
    if within:
        _within_sentence(r, found, span, tokens)
        return
    if _next_turn(r, found, span, tokens) or _said_on(r, found, span, tokens):
        return
    cue, linked, confidence = _cue_of(r, tokens)
    if cue is not None:
        _cued(r, found, span, tokens, cue, linked, confidence)
    else:
        _uncued(r, found, span, tokens)


def _within_sentence(r: _Reading, found: _Direct, span: Span, tokens: list[int]) -> None:
    """A quote inside the reporter's sentence: the words a cue names, or a fragment woven in."""
    namer = naming_cue(r.doc, tokens, r.verb_cues, r.in_quote) or aside_before(
        r.doc, tokens, r.verb_cues
    )
    if namer is None:
        found.woven.add(span)
        joined = joined_after_cue(r.doc, tokens, r.verb_cues, r.in_quote)
        if joined is None:
            return  # a fragment woven into the reporter's sentence: mixed speech at most
        # '"A," he said, but "b …"': the cue's words go on after the conjunction.
        if not found.goes_on(joined, span):
            found.carried_on.setdefault(joined.i, []).append(span)
        return
    # 'calls them "lone wolves"', 'likened the rules to "tearing up the charter"': the
    # quoted words are what the cue reports, the words before them only what is named.
    if found.goes_on(namer, span):
        return
    found.cue_used.add(namer.i)
    found.quotes.append(_Attribution([span], QuoteKind.DIRECT, namer, namer_of(namer, r.in_quote)))


def _next_turn(r: _Reading, found: _Direct, span: Span, tokens: list[int]) -> bool:
    """Whether a quote with no cue linked to it is the next turn of a quoted exchange."""
    turn = _turn_before(found.quotes, span, r.text)
    if turn is None or linked_cue(r.doc, tokens, r.cues) is not None:
        return False
    # '"…?" asked the barrister. "…," the witness replied. "…?" "…"': turns
    # alternate, each the one two turns before.
    found.quotes.append(
        _Attribution([span], QuoteKind.DIRECT, None, None, carried_from=turn, confidence=0.5)
    )
    return True


def _said_on(r: _Reading, found: _Direct, span: Span, tokens: list[int]) -> bool:
    """Whether a quote opening a sentence goes on with the last quote's cue, nothing but
    that cue between them."""
    previous = found.previous()
    if not (
        previous is not None
        and previous.cue is not None
        and opens_sentence(r.doc, tokens)
        and not own_cue(r.doc, tokens, r.cues)
        and only_attribution(previous.cue, r.text[previous.parts[-1][1] : span[0]])
    ):
        return False
    if runs_on(r.doc, tokens, r.in_quote):
        found.woven.add(span)
        return True  # "“…” to drive up the price.": a fragment of the reporter's sentence
    previous.parts.append(span)  # '"A," he said. "B."': one quote, however short B
    return True


def _cue_of(r: _Reading, tokens: list[int]) -> tuple[Token | None, Token | None, float]:
    """The cue a quote is said through, the cue the parse links it to, and how sure."""
    doc, cues = r.doc, r.cues
    cue = linked_cue(doc, tokens, cues)
    linked = cue
    if cue is not None:
        cue = closer_cue(doc, tokens, cue, cues)
    confidence = 0.9
    if cue is None:
        cue, confidence = colon_cue(doc, tokens, cues), 0.7
    if cue is None:
        # "Cole hit back: “…”", "“…,” Cole hit back": no reporting verb, but the quote's.
        cue = verb_before_colon(doc, tokens, r.in_quote) or retort_after(doc, tokens)
    if cue is None and reads_as_quote(doc, tokens):
        cue, confidence = nearest_cue(doc, tokens, cues), 0.7
    elif cue is None and ends_utterance(doc, tokens):
        cue, confidence = cue_right_after(doc, tokens, cues), 0.7
    if cue is not None and cue.lower_ == "according":
        # '"Did you hit a deer?" she asked him, according to the affidavit': she asked;
        # the affidavit is where the reporter read it.
        cue = cue_right_after(doc, tokens, r.verb_cues) or cue
    return cue, linked, confidence


def _cued(
    r: _Reading,
    found: _Direct,
    span: Span,
    tokens: list[int],
    cue: Token,
    linked: Token | None,
    confidence: float,
) -> None:
    """A quote with a cue: the cue's direct quote, unless the reporter's clause runs into it,
    it is more of the last quote, or only a name the cue mentions."""
    doc, in_quote = r.doc, r.in_quote
    if reported_clause_between(doc, tokens, cue, in_quote) or after_example_word(
        doc, tokens, in_quote
    ):
        found.woven.add(span)
        found.carried_on.setdefault(cue.i, []).append(span)  # the clause goes on in quotes
        return
    if not stands_alone(doc, tokens, cue, in_quote, r.cues) or embedded(cue, tokens, in_quote):
        found.woven.add(span)
        return  # the reporter's own words run into it: mixed speech
    if found.goes_on(cue, span) or _name_mentioned(r, tokens, cue):
        return
    found.cue_used.add(cue.i)
    if linked is not None:
        found.cue_used.add(linked.i)  # when a closer cue wins, the parse's cue said this too
    speaker = speaker_of(cue, in_quote)
    if speaker is not None:
        speaker = _writer_behind(speaker)  # "shared a post, which read: “…”"
    found.quotes.append(_Attribution([span], QuoteKind.DIRECT, cue, speaker, confidence=confidence))


def _name_mentioned(r: _Reading, tokens: list[int], cue: Token) -> bool:
    """Whether the quote is a short quoted name the cue mentions, not a whole utterance."""
    doc = r.doc
    return (
        not reads_as_quote(doc, tokens)
        and linked_only_by_object(doc, tokens)
        and not utterance_after(doc, tokens, cue)
        and not (
            (ends_utterance(doc, tokens) or hands_on(doc, tokens)) and right_after(doc, tokens, cue)
        )
        and not split_by(doc, tokens, cue, r.in_quote)
    )


def _uncued(r: _Reading, found: _Direct, span: Span, tokens: list[int]) -> None:
    """A quote with no cue: when it opens a sentence as a quote of its own, whose it is from
    what comes before."""
    if (
        not reads_as_quote(r.doc, tokens)
        or not opens_sentence(r.doc, tokens)
        or runs_on(r.doc, tokens, r.in_quote)
    ):
        return
    free_cues = r.verb_cues - found.cue_used - r.asked
    reported = reported_before(r.doc, tokens, free_cues, r.in_quote)
    if reported is not None:
        # "…, Schiff said. “The other factor …”": the quote carries on reported speech.
        found.carried_on.setdefault(reported.i, []).append(span)
        return
    previous = found.previous()
    if previous is None or span[0] - previous.parts[-1][1] > CARRY_OVER_CHARS:
        subject_before = _paragraph_subject(r.doc, r.text, span, tokens, r.in_quote)
        if subject_before is not None:
            # "Donald MacRae, 66, is retiring.\n\n“…”": a feature quotes whom it just
            # introduced.
            found.quotes.append(
                _Attribution([span], QuoteKind.DIRECT, None, subject_before, confidence=0.5)
            )
        return
    newcomer = _newcomer(r, tokens, previous, free_cues)
    if newcomer is not None:
        # "“…,” Niamh says. Asked …, Quinlan is quiet. “Once more, maybe.”": Quinlan's;
        # and a paragraph reporting what a person says gives the quote after it to them.
        found.quotes.append(_Attribution([span], QuoteKind.DIRECT, None, newcomer, confidence=0.6))
        return
    found.quotes.append(
        _Attribution(
            [span],
            QuoteKind.DIRECT,
            None,
            None,
            carried_from=previous.carried_from or previous,
            confidence=0.6,
        )
    )


def _newcomer(
    r: _Reading, tokens: list[int], previous: _Attribution, free_cues: set[int]
) -> Token | None:
    """Someone come in since the last speaker whose quote this is."""
    newcomer = _newcomer_before(r.doc, tokens, r.in_quote, previous.carried_from or previous)
    if newcomer is None:
        reported = reported_paragraph_before(r.doc, tokens, free_cues, r.in_quote)
        reporter = None if reported is None else subject(reported, r.in_quote)
        if reporter is not None and (reporter.lower_ in ("he", "she") or person_word(reporter)):
            newcomer = reporter  # a body's vote or ruling gives it no one's quote
    return newcomer


def _quoted_for_no_one_named(direct: list[_Attribution]) -> None:
    """Words in quotation marks whose claimant names no one ("The levy rate said: '…'") are
    still quoted, by someone the text does not name: they keep no speaker; so are words that
    "nobody" is the subject of the cue of ("'A scandal': the report nobody read")."""
    for a in direct:
        if a.speaker is not None and (names_no_one(a.speaker) or _nobody(a.speaker)):
            a.speaker, a.mention, a.phrase = None, None, None


def _nobody(word: Token) -> bool:
    """Whether a word denies there is anyone: "nobody", "no one" (who may yet be the one a
    report of a belief is about: "No one expected a long debate")."""
    return word.lower_ == "nobody" or (
        word.lower_ == "one" and any(c.lower_ == "no" for c in word.lefts)
    )
