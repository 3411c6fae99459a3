"""A claim a colon gives its speaker (a transcript's "KEMBLE: I would add …", a headline's
"'…': the new mayor") has the colon for its cue. Its row in the Claims tab said
"Ruth Kemble · :", which reads as a slip; it says the claim's kind instead, as a row with no
cue does ("Ruth Kemble · attributed"). A cue in words is still shown."""

from __future__ import annotations

from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

TEXT = """\
Kemble interview

KEMBLE: I would add that the party has been very supportive.

Ruth Kemble said the count would be over by noon.
"""


def _claim(said: str, cue: str) -> Claim:
    start = TEXT.index(said)
    return Claim(
        start,
        start + len(said),
        ClaimKind.ATTRIBUTED,
        claimant="Ruth Kemble",
        claimant_key="ruth kemble",
        cue=cue,
    )


def _app() -> NewslensApp:
    article = Article(text=TEXT)
    claims = (
        _claim("I would add that the party has been very supportive", ":"),
        _claim("the count would be over by noon", "said"),
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


async def test_a_claims_row_names_its_kind_where_its_cue_is_a_colon() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        claims = app.query_one("#claims", OptionList)
        rows = [claims.render_line(y).text.strip() for y in range(claims.size.height)]
        assert "Ruth Kemble · attributed" in rows
        assert "Ruth Kemble · said" in rows
        assert not any(row.endswith("· :") for row in rows), rows
