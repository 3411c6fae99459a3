"""An article opened again opens where the reader left it, as the first line on screen, and
says so once with the key back to the top: a long report read over two sittings, or a page
fetched again after a correction, is not read again from its headline. Words that moved
(paragraphs added above them) are found where they went; words that are gone open the
top. ``[reader] remember_place = false`` always opens the top."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config, data_dir
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.places import PLACES_FILE
from newslens.tui.state_files import KEPT

from .helpers import analysed, notices, screen_lines, status_line

PARAGRAPHS = [
    f"Paragraph {n}: the harbour board met again and heard evidence from witness {n}."
    for n in range(1, 121)
]
TEXT = "Harbour inquiry\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def _app(article: Article, config: Config | None = None) -> NewslensApp:
    return NewslensApp(
        article,
        analyzer=lambda a: Analysis(fingerprint=a.fingerprint),
        config=config or Config(),
    )


def _file(tmp_path: Path, text: str = TEXT) -> Article:
    path = tmp_path / "inquiry.txt"
    path.write_text(text, encoding="utf-8")
    return Article(text=text, source=str(path))


async def _read_down_to(article: Article, paragraph: int) -> str:
    """Open ``article``, scroll until "Paragraph N:" is the first line on screen, quit; the
    first line's text."""
    app = _app(article)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        while not screen_lines(app)[0].strip().startswith(f"Paragraph {paragraph}:"):
            await pilot.press("j")
        first = screen_lines(app)[0]
        await pilot.press("q")
    return first


async def _first_line(article: Article, config: Config | None = None) -> tuple[str, list[str]]:
    app = _app(article, config)
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        return screen_lines(app)[0], notices(app)


async def test_a_file_opens_again_at_the_line_it_was_left_on(tmp_path: Path) -> None:
    article = _file(tmp_path)
    left = await _read_down_to(article, 12)
    first, said = await _first_line(_file(tmp_path))
    assert first == left
    assert said == ["opened where you left it · g for the top"]


async def test_quitting_from_a_dialog_keeps_the_place(tmp_path: Path) -> None:
    app = _app(_file(tmp_path))
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("space")
        left = screen_lines(app)[0]
        await pilot.press("question_mark")  # help, over the article
        await pilot.pause()
        await pilot.press("ctrl+q")
    first, _ = await _first_line(_file(tmp_path))
    assert first == left


async def test_a_terminal_closed_under_the_reader_keeps_the_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SSH connection dropped (SIGHUP) ended the reader without keeping where it was left:
    it still ends at once, by the signal, once the place is kept."""
    ended_by: list[int] = []
    monkeypatch.setattr(signal, "raise_signal", ended_by.append)
    # Not the test's end too, whatever the reader does with the signal.
    kept = signal.signal(signal.SIGHUP, lambda *_: None)
    try:
        app = _app(_file(tmp_path))
        async with app.run_test(size=(100, 24)) as pilot:
            await analysed(pilot)
            await pilot.press("space")
            left = screen_lines(app)[0]
            os.kill(os.getpid(), signal.SIGHUP)
            await pilot.pause(0.1)
    finally:
        signal.signal(signal.SIGHUP, kept)
    assert ended_by == [signal.SIGHUP]
    first, _ = await _first_line(_file(tmp_path))
    assert first == left


async def test_the_top_key_goes_back_and_is_remembered(tmp_path: Path) -> None:
    await _read_down_to(_file(tmp_path), 12)
    app = _app(_file(tmp_path))
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("g")
        assert app.query_one(ArticleView).top_offset == 0
        await pilot.press("q")
    first, said = await _first_line(_file(tmp_path))
    assert first.strip() == "Harbour inquiry"
    assert said == []


async def test_words_moved_down_by_an_edit_are_found_where_they_went(tmp_path: Path) -> None:
    await _read_down_to(_file(tmp_path), 12)
    added = "Correction: an earlier version named the wrong board.\n\n"
    edited = TEXT.replace("\n\nParagraph 1:", f"\n\n{added}Paragraph 1:")
    first, _ = await _first_line(_file(tmp_path, edited))
    assert first.strip().startswith("Paragraph 12:")


async def test_words_that_are_gone_open_the_top(tmp_path: Path) -> None:
    await _read_down_to(_file(tmp_path), 12)
    cut = TEXT.replace(PARAGRAPHS[11] + "\n\n", "")
    first, said = await _first_line(_file(tmp_path, cut))
    assert first.strip() == "Harbour inquiry"
    assert said == []


async def test_standard_input_is_known_by_its_text(tmp_path: Path) -> None:
    await _read_down_to(Article(text=TEXT), 9)
    first, _ = await _first_line(Article(text=TEXT))
    assert first.strip().startswith("Paragraph 9:")
    other, _ = await _first_line(Article(text=TEXT.replace("Harbour", "Airport")))
    assert other.strip() == "Airport inquiry"


async def test_remember_place_false_opens_the_top(tmp_path: Path) -> None:
    await _read_down_to(_file(tmp_path), 12)
    first, said = await _first_line(_file(tmp_path), Config(remember_place=False))
    assert first.strip() == "Harbour inquiry"
    assert said == []


async def test_a_broken_places_file_opens_the_top_and_is_written_afresh(tmp_path: Path) -> None:
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / PLACES_FILE).write_text("{not json", encoding="utf-8")
    first, said = await _first_line(_file(tmp_path))
    assert first.strip() == "Harbour inquiry"
    assert said == []
    await _read_down_to(_file(tmp_path), 7)
    first, _ = await _first_line(_file(tmp_path))
    assert first.strip().startswith("Paragraph 7:")


async def test_the_places_kept_are_the_most_recently_left(tmp_path: Path) -> None:
    data_dir().mkdir(parents=True, exist_ok=True)
    many = {f"/articles/{n}.txt": {"at": 5, "words": "some words of it"} for n in range(KEPT)}
    (data_dir() / PLACES_FILE).write_text(json.dumps({"places": many}), encoding="utf-8")
    article = _file(tmp_path)
    await _read_down_to(article, 3)
    kept = json.loads((data_dir() / PLACES_FILE).read_text(encoding="utf-8"))["places"]
    assert len(kept) == KEPT
    assert "/articles/0.txt" not in kept
    assert list(kept)[-1] == str(Path(article.source).resolve())


@pytest.mark.parametrize(
    ("config", "expected"),
    [(Config(), "claim 31 of 120"), (Config(remember_place=False), "claim 1 of 120")],
)
async def test_the_next_claim_goes_on_from_the_claim_left(config: Config, expected: str) -> None:
    """Thirty claims checked, the reader quit: ] the next day is the 31st, not the first at
    the top, which took the reader away from where they were (unless places are forgotten)."""
    article = Article(text=TEXT)
    spans = [(TEXT.index(p), TEXT.index(p) + len(p)) for p in PARAGRAPHS]
    analysis = Analysis(
        fingerprint=article.fingerprint,
        claims=tuple(Claim(*span, ClaimKind.ASSERTION) for span in spans),
    )
    for presses in (30, 1):
        app = NewslensApp(article, analyzer=lambda _: analysis, config=config)
        async with app.run_test(size=(100, 24)) as pilot:
            await analysed(pilot)
            await pilot.press(*"]" * presses)
            said = status_line(app)
            await pilot.press("q")
    assert said.startswith(expected)


async def test_the_claim_left_in_hand_is_marked_on_opening_again() -> None:
    """Reopened at the claim left in hand, the article marks it (▸) as ] to it did: the digit
    pressed next tags it, and the mark says so."""
    article = Article(text=TEXT)
    spans = [(TEXT.index(p), TEXT.index(p) + len(p)) for p in PARAGRAPHS]
    analysis = Analysis(
        fingerprint=article.fingerprint,
        claims=tuple(Claim(*span, ClaimKind.ASSERTION) for span in spans),
    )
    marked = []
    for presses in ("]]]", ""):
        app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
        async with app.run_test(size=(100, 24)) as pilot:
            await analysed(pilot)
            await pilot.press(*presses)
            await pilot.pause()
            marked.append([line for line in screen_lines(app) if "▸" in line])
            await pilot.press("q")
    assert marked[1] == marked[0] and "Paragraph 3:" in marked[0][0]
