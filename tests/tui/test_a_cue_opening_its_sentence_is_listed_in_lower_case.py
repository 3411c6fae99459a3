"""A claim's cue in the panel is in lower case, as its cues are in the middle of a sentence:
"According to the ferry operator, …" listed its claim as "Harbour Ferries · According"."""

from __future__ import annotations

from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

TEXT = """\
Ferry timetable cut

According to Harbour Ferries, the late sailing will end in March. Dock workers said the \
early sailing would stay.
"""


def _claim(said: str, claimant: str, cue: str) -> Claim:
    start = TEXT.index(said)
    return Claim(
        start,
        start + len(said),
        ClaimKind.ATTRIBUTED,
        claimant=claimant,
        claimant_key=claimant.lower(),
        cue=cue,
    )


async def test_a_cue_that_opens_its_sentence_is_listed_in_lower_case() -> None:
    article = Article(text=TEXT)
    claims = (
        _claim("the late sailing will end in March", "Harbour Ferries", "According"),
        _claim("the early sailing would stay", "Dock workers", "said"),
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(120, 24)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        listed = app.query_one("#claims", OptionList)
        rows = [listed.render_line(y).text.strip() for y in range(8)]
        assert "Harbour Ferries · according" in rows
        assert "Dock workers · said" in rows  # a cue in lower case already, as it was
