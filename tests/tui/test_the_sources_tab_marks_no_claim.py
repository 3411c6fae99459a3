"""The Sources tab lists speakers, and a speaker is no passage to tag: the list entered takes
the mark off the claim the Claims tab had, as an empty Figures tab does, and a tag key there
says to choose a claim (enter lists the speaker's) instead of tagging the claim out of sight
in another tab (entered by → or by f). The claim tagged is always the one marked."""

from __future__ import annotations

from newslens.analysis.model import Analysis, Claim, ClaimKind, Speaker, SpeakerKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, notices, screen_text, stored

TEXT = (
    "Bus fares to rise in spring\n\n"
    "Transport chief Lena Ortiz said fares would rise by 20 pence in April.\n\n"
    "Councillor Tom Reyes claimed that half of all routes lose money.\n"
)


def span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def fares_app() -> NewslensApp:
    """Ortiz's claim ranked first, then Reyes's."""
    article = Article(text=TEXT)
    analysis = Analysis(
        fingerprint=article.fingerprint,
        speakers=(
            Speaker("lena ortiz", "Lena Ortiz", SpeakerKind.PERSON, (span("Lena Ortiz"),), 0),
            Speaker("tom reyes", "Tom Reyes", SpeakerKind.PERSON, (span("Tom Reyes"),), 0),
        ),
        claims=(
            Claim(
                *span("fares would rise by 20 pence in April"),
                ClaimKind.NUMERIC,
                claimant="Lena Ortiz",
                claimant_key="lena ortiz",
                cue="said",
            ),
            Claim(
                *span("half of all routes lose money"),
                ClaimKind.NUMERIC,
                claimant="Tom Reyes",
                claimant_key="tom reyes",
                cue="claimed",
            ),
        ),
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def marked(app: NewslensApp) -> str:
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


async def test_the_sources_tab_takes_the_mark_off_and_its_tag_keys_say_what_to_choose() -> None:
    app = fares_app()
    async with app.run_test(size=(110, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")  # Ortiz's claim, on screen, is marked
        await pilot.pause()
        assert "fares would rise" in marked(app)
        await pilot.press("right")  # Sources
        await pilot.pause()
        assert marked(app) == ""
        await pilot.press("1", "t")
        await pilot.pause()
        assert stored(app.article) == []
        assert app.screen is app.screen_stack[0]  # no tag picker for a claim out of sight
        assert notices(app)[-1].startswith("nothing is marked: enter lists this speaker's claims")
        await pilot.press("down", "down", "enter")  # from all speakers to Tom Reyes: his claim
        await pilot.pause()
        assert "half of all routes" in marked(app)
        await pilot.press("3")
        await pilot.pause()
        assert [(a.exact, a.tags) for a in stored(app.article)] == [
            ("half of all routes lose money", ("false",))
        ]
        await pilot.press("escape", "right_square_bracket")  # Reyes's claim, from the article
        await pilot.pause()
        assert "half of all routes" in marked(app)
        await pilot.press("f")  # Sources, as the speaker filter
        await pilot.pause()
        assert marked(app) == ""
        await pilot.press("3")  # not the false tag taken off the claim out of sight
        await pilot.pause()
        assert [a.tags for a in stored(app.article)] == [("false",)]


async def test_esc_from_the_speakers_f_shows_marks_the_claim_marked_before() -> None:
    app = fares_app()
    async with app.run_test(size=(110, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")  # Reyes's claim
        await pilot.pause()
        assert "half of all routes" in marked(app)
        await pilot.press("f", "down")  # a speaker in hand, none chosen
        await pilot.pause()
        assert marked(app) == ""
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.query_one(ArticleView)
        assert "half of all routes" in marked(app)
        await pilot.press("1")
        await pilot.pause()
        assert [(a.exact, a.tags) for a in stored(app.article)] == [
            ("half of all routes lose money", ("verified",))
        ]
        await pilot.press("escape", "f", "escape")  # nothing marked before f: nothing after
        await pilot.pause()
        assert marked(app) == ""
