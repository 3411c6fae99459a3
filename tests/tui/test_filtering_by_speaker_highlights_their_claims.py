"""Filtering the claims by speaker leaves the cursor on one of that speaker's claims: the
claim it was on when it is theirs, else their first. A digit pressed in the list then tags a
claim the reader can see whole, never the one that happened to sit at the old row number.
The status line counts the claims listed ("3 of 5 claims"), not the whole article's."""

from __future__ import annotations

from textual.widgets import Label

from newslens.analysis.model import Analysis, Claim, ClaimKind, Speaker, SpeakerKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.claims_panel import ClaimsPanel
from newslens.tui.legend import Legend

from .helpers import analysed

TEXT = """\
Two voices on the tram plan

Ada Brook said the line opens in June. Carl Dunn said the budget doubled.
Brook said the depot is finished. Dunn said the tickets will cost more.
Brook said the trams are ordered.
"""

SAID = [
    ("ada", "the line opens in June"),
    ("carl", "the budget doubled"),
    ("ada", "the depot is finished"),
    ("carl", "the tickets will cost more"),
    ("ada", "the trams are ordered"),
]
NAMES = {"ada": "Ada Brook-Featherstonehaugh", "carl": "Carl Dunn"}


def _app() -> NewslensApp:
    article = Article(text=TEXT)
    claims = []
    for key, words in SAID:
        start = TEXT.index(words)
        claims.append(
            Claim(
                start,
                start + len(words),
                ClaimKind.ATTRIBUTED,
                claimant=NAMES[key],
                claimant_key=key,
                cue="said",
            )
        )
    speakers = tuple(Speaker(key, name, SpeakerKind.PERSON, (), 0) for key, name in NAMES.items())
    analysis = Analysis(fingerprint=article.fingerprint, speakers=speakers, claims=tuple(claims))
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def _highlighted_text(app: NewslensApp) -> str | None:
    claim = app.query_one(ClaimsPanel).current_claim()
    return None if claim is None else TEXT[claim.start : claim.end]


async def test_a_speaker_without_the_claim_in_hand_starts_at_their_first() -> None:
    app = _app()
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert _highlighted_text(app) == "the budget doubled"  # Carl Dunn's, row 2
        await pilot.press("f", "down", "enter")  # Ada Brook
        await pilot.pause()
        assert _highlighted_text(app) == "the line opens in June"


async def test_the_claim_in_hand_stays_highlighted_when_its_speaker_is_chosen() -> None:
    app = _app()
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        for _ in range(4):
            await pilot.press("right_square_bracket")
        assert _highlighted_text(app) == "the tickets will cost more"  # row 4
        await pilot.press("f", "down", "down", "enter")  # Carl Dunn
        await pilot.pause()
        assert _highlighted_text(app) == "the tickets will cost more"
        await pilot.press("1")
        await pilot.pause()
        assert "+verified · “the tickets will cost more”" in [
            str(n.message) for n in app._notifications
        ]


async def test_the_filter_line_of_a_long_name_wraps_within_the_panel() -> None:
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("f", "down", "enter")  # Ada Brook-Featherstonehaugh
        await pilot.pause()
        label = app.query_one("#claims-filter", Label)
        shown = " ".join(label.render_line(y).text.strip() for y in range(label.size.height))
        assert shown == "only Ada Brook-Featherstonehaugh · f to change"
        assert label.region.right <= app.query_one(ClaimsPanel).region.right


async def test_the_filter_line_of_a_short_name_takes_one_line_of_a_40_column_panel() -> None:
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("f", "down", "down", "enter")  # Carl Dunn
        await pilot.pause()
        label = app.query_one("#claims-filter", Label)
        assert label.size.height == 1
        assert str(label.render()) == "only Carl Dunn · f to change"


async def test_the_status_line_counts_the_claims_the_filter_leaves() -> None:
    app = _app()
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        assert str(app.query_one(Legend).render()).startswith("5 claims · 2 speakers")
        await pilot.press("f", "down", "enter")  # Ada Brook
        await pilot.pause()
        # Her first claim is marked: which of her 3 it is, and of how many in all, in place
        # of "3 of 5 claims".
        legend = str(app.query_one(Legend).render())
        assert legend.startswith("claim 1 of 3 (5 in all) · 2 speakers")
        await pilot.press("f", "enter")  # the cursor on Ada Brook: the filter stays
        await pilot.press("f", "up", "enter")  # all speakers
        await pilot.pause()
        assert str(app.query_one(Legend).render()).startswith("claim 1 of 5 · 2 speakers")


async def test_an_article_opened_again_lists_the_speaker_it_was_left_filtered_by() -> None:
    """As the place it was left at: one speaker's claims checked, the reader quit, the list
    the next day is theirs again, and says so; a filter taken off before quitting stays off."""
    filters = []
    for keys in (("f", "down", "enter"), ("escape", "escape"), ()):  # Ada Brook; then off
        app = _app()
        async with app.run_test(size=(120, 30)) as pilot:
            await analysed(pilot)
            label = app.query_one("#claims-filter", Label)
            filters.append(str(label.render()) if label.display else "")
            await pilot.press(*keys, "q")
    assert filters == [
        "",
        "only Ada Brook-Featherstonehaugh · f to change",
        "",
    ]
