"""f takes the mark off the claim to let the reader choose a speaker; esc there, no speaker
chosen, goes back to the article with that claim marked again, as it was before f, so the next
digit tags it. The mark had stayed off: the claim was there but the keys said to choose one.
Where nothing was marked before f, esc leaves nothing marked."""

from __future__ import annotations

from newslens.analysis.model import Analysis, Claim, ClaimKind, Speaker, SpeakerKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, screen_text, stored

TEXT = (
    "Hospital car park charges cut\n\n"
    "Health board chair Nadia Kerr said parking would be free for night staff from May.\n\n"
    "Union official Owen Price claimed that nurses paid 40 pounds a month to park.\n"
)


def span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def parking_app() -> NewslensApp:
    article = Article(text=TEXT)
    analysis = Analysis(
        fingerprint=article.fingerprint,
        speakers=(
            Speaker("nadia kerr", "Nadia Kerr", SpeakerKind.PERSON, (span("Nadia Kerr"),), 0),
            Speaker("owen price", "Owen Price", SpeakerKind.PERSON, (span("Owen Price"),), 0),
        ),
        claims=(
            Claim(
                *span("parking would be free for night staff from May"),
                ClaimKind.ATTRIBUTED,
                claimant="Nadia Kerr",
                claimant_key="nadia kerr",
                cue="said",
            ),
            Claim(
                *span("nurses paid 40 pounds a month to park"),
                ClaimKind.NUMERIC,
                claimant="Owen Price",
                claimant_key="owen price",
                cue="claimed",
            ),
        ),
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def marked(app: NewslensApp) -> str:
    return " ".join(line[3:] for line in screen_text(app).splitlines() if line[1:2] == "▸")


async def test_esc_from_the_speakers_f_shows_marks_the_claim_marked_before() -> None:
    app = parking_app()
    async with app.run_test(size=(110, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")  # Price's claim
        await pilot.pause()
        assert "nurses paid 40 pounds" in marked(app)
        await pilot.press("f", "down")  # a speaker in hand, none chosen
        await pilot.pause()
        assert marked(app) == ""
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.query_one(ArticleView)
        assert "nurses paid 40 pounds" in marked(app)
        await pilot.press("1")
        await pilot.pause()
        assert [(a.exact, a.tags) for a in stored(app.article)] == [
            ("nurses paid 40 pounds a month to park", ("verified",))
        ]
        await pilot.press("escape", "f", "escape")  # nothing marked before f: nothing after
        await pilot.pause()
        assert marked(app) == ""
