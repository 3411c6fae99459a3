"""Speakers across chunk boundaries: a long article gives what its paragraphs give in one piece."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.chunks import chunk_spans, context_start
from newslens.analysis.model import Analysis, Quote
from tests.analysis.helpers import run

FILLER = (
    "Rain fell across the northern valleys for most of the week, and the river rose slowly "
    "under a low grey sky while the roads along the water stayed open to traffic.\n\n"
)
NAMED = "Defence Minister Anna Kovacs said the border crossings would stay open all winter.\n\n"
SHE = "“We will not close a single crossing while I hold this office,” she said.\n\n"


def _split_before(paragraphs: list[str], first_of_next: int) -> tuple[str, int]:
    """The text of ``paragraphs`` and a chunk limit that starts a chunk at ``first_of_next``."""
    text = "".join(paragraphs)
    boundary = len("".join(paragraphs[:first_of_next]))
    assert boundary in [start for start, _ in chunk_spans(text, boundary)]
    return text, boundary


def _analyse(
    text: str, limit: int, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> tuple[Analysis, Analysis]:
    """The article analysed in chunks of at most ``limit`` characters, and in one piece."""
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", limit)
    assert len(chunk_spans(text, limit)) > 1
    chunked = run(nlp, text)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", len(text))
    whole = run(nlp, text)
    return chunked, whole


def _quote_at(result: Analysis, text: str, start: int) -> Quote:
    """The quote with a part opening at the first quotation mark from ``start`` on."""
    mark = text.index("“", start)
    return next(q for q in result.quotes if any(a == mark for a, _ in q.parts))


def test_pronoun_opening_a_chunk_takes_the_speaker_named_before_it(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraphs = [FILLER] * 6 + [NAMED, SHE] + [FILLER] * 3
    text, limit = _split_before(paragraphs, 7)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    quote = _quote_at(chunked, text, limit)
    assert (quote.speaker, quote.speaker_key) == ("Anna Kovacs", "anna kovacs")
    assert chunked.quotes == whole.quotes
    assert chunked.speaker("anna kovacs") == whole.speaker("anna kovacs")
    kovacs = chunked.speaker("anna kovacs")
    assert kovacs is not None and kovacs.quote_count == 2


def test_without_context_the_pronoun_stays_nobody_keyed_by_its_article_offset(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The case above is a real boundary: parsed alone, the chunk cannot say who "she" is.
    paragraphs = [FILLER] * 6 + [NAMED, SHE] + [FILLER] * 3
    text, limit = _split_before(paragraphs, 7)
    monkeypatch.setattr(pipeline, "CONTEXT_CHARS", 0)
    chunked, _ = _analyse(text, limit, analysis_nlp, monkeypatch)
    she = text.index("she said", limit)
    quote = _quote_at(chunked, text, limit)
    assert quote.speaker_key == f"she@{she}"
    assert chunked.speaker(f"she@{she}") is not None


SAID = "“The crossings are the lifeline of three towns,” Kovacs told reporters on Monday."
MORE = "“Nobody in this government will cut that line, whatever the weather does.”\n\n"


def test_second_part_of_a_quote_joins_it_across_the_boundary(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # '"A," Kovacs told reporters. "B."' is one quote, B in the next chunk.
    paragraphs = [FILLER] * 5 + [NAMED, SAID + "\n\n", MORE] + [FILLER] * 3
    text, limit = _split_before(paragraphs, 7)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    quote = _quote_at(chunked, text, limit)
    assert len(quote.parts) == 2 and quote.speaker_key == "anna kovacs"
    assert chunked.quotes == whole.quotes
    assert chunked.speakers == whole.speakers


def test_quote_carrying_on_the_last_speaker_reaches_across_the_boundary(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = " Two army trucks stood at the northern crossing beside a long line of buses.\n\n"
    paragraphs = [FILLER] * 5 + [NAMED, SAID + scene, MORE] + [FILLER] * 3
    text, limit = _split_before(paragraphs, 7)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    quote = _quote_at(chunked, text, limit)
    assert quote.parts == ((limit, limit + len(MORE.strip())),)
    assert quote.speaker_key == "anna kovacs"
    assert chunked.quotes == whole.quotes
    assert chunked.speakers == whole.speakers


def test_role_noun_opening_a_chunk_takes_the_person_with_that_role(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    named = "Health Minister Tomas Brandt said the clinics would reopen in the spring.\n\n"
    role = "“Every clinic will have its doctors back by April,” the minister added.\n\n"
    paragraphs = [FILLER] * 6 + [named, role] + [FILLER] * 3
    text, limit = _split_before(paragraphs, 7)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    assert _quote_at(chunked, text, limit).speaker_key == "tomas brandt"
    assert chunked.quotes == whole.quotes
    assert chunked.speakers == whole.speakers


def test_pronoun_of_the_other_sex_is_not_resolved_across_the_boundary(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    named = "Mrs Kovacs, the defence minister, said the crossings would stay open.\n\n"
    he = "“We will not close a single crossing while I hold this office,” he said.\n\n"
    paragraphs = [FILLER] * 6 + [named, he] + [FILLER] * 3
    text, limit = _split_before(paragraphs, 7)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    quote = _quote_at(chunked, text, limit)
    assert quote.speaker_key == f"he@{text.index('he said', limit)}"
    assert chunked.quotes == whole.quotes


def test_pronoun_after_the_chunks_own_speaker_is_not_taken_back_across_the_boundary(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = "Mayor Ruth Okafor said the town would pay for the repairs itself.\n\n"
    paragraphs = [FILLER] * 6 + [NAMED, FILLER, own, SHE] + [FILLER] * 3
    text, limit = _split_before(paragraphs, 7)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    assert _quote_at(chunked, text, text.index(SHE)).speaker_key == "ruth okafor"
    assert chunked.quotes == whole.quotes


def test_speaker_named_beyond_the_context_is_not_reached(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Memory stays bounded: a chunk reads at most CONTEXT_CHARS before it, so a "she" whose
    # only antecedent is further back stays nobody in particular (in one piece it would not).
    paragraphs = [FILLER] * 2 + [NAMED] + [FILLER] * 5 + [SHE] + [FILLER] * 2
    text, limit = _split_before(paragraphs, 8)
    monkeypatch.setattr(pipeline, "CONTEXT_CHARS", len(FILLER) * 3)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    assert _quote_at(whole, text, limit).speaker_key == "anna kovacs"
    assert _quote_at(chunked, text, limit).speaker_key == f"she@{text.index('she said', limit)}"


def test_context_starts_at_a_paragraph_within_the_limit() -> None:
    text = "One.\n\nTwo two.\n\nThree three three.\n\nFour."
    start = text.index("Four")
    assert context_start(text, start, 25) == text.index("Three")
    assert context_start(text, start, 1_000) == 0
    assert context_start(text, start, 0) == start


def test_surname_in_the_context_keeps_the_full_name_the_earlier_chunk_gave_it(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The context holds only "Kovacs"; the chunk before it knew her as Anna Kovacs.
    surname = "Ms Kovacs said the army would guard the crossings through the night.\n\n"
    paragraphs = [NAMED] + [FILLER] * 4 + [surname, SHE] + [FILLER] * 2
    text, limit = _split_before(paragraphs, 6)
    monkeypatch.setattr(pipeline, "CONTEXT_CHARS", len(FILLER) * 2)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    quote = _quote_at(chunked, text, limit)
    assert (quote.speaker, quote.speaker_key) == ("Anna Kovacs", "anna kovacs")
    assert chunked.quotes == whole.quotes
    assert chunked.speakers == whole.speakers


def test_quote_carrying_on_a_pronoun_resolved_before_the_context(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The context holds '"…," she said.' but not who she is; the chunk before it knew.
    scene = " Two army trucks stood at the northern crossing beside a long line of buses.\n\n"
    paragraphs = [NAMED] + [FILLER] * 4 + [SHE.replace("\n\n", scene), MORE, FILLER]
    text, limit = _split_before(paragraphs, 6)
    monkeypatch.setattr(pipeline, "CONTEXT_CHARS", len(FILLER) * 2)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    assert _quote_at(chunked, text, limit).speaker_key == "anna kovacs"
    assert chunked.quotes == whole.quotes
    assert chunked.speakers == whole.speakers


def test_surname_far_from_the_full_name_joins_it(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    surname = "Ms Kovacs told reporters that the army would guard the crossings.\n\n"
    paragraphs = [NAMED] + [FILLER] * 4 + [FILLER, surname, FILLER]
    text, limit = _split_before(paragraphs, 5)
    monkeypatch.setattr(pipeline, "CONTEXT_CHARS", len(FILLER) * 2)
    chunked, whole = _analyse(text, limit, analysis_nlp, monkeypatch)
    told = next(q for q in chunked.quotes if q.cue == "told")
    assert (told.speaker, told.speaker_key) == ("Anna Kovacs", "anna kovacs")
    assert chunked.quotes == whole.quotes
    assert chunked.speakers == whole.speakers
