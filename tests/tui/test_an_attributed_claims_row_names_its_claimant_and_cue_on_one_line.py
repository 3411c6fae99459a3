"""At 80 columns the panel is some 30 wide: a claim's row opens with who said it and how
("Joanna Marsh · insisted"), on one line. Its kind, "attributed", which the cue already tells,
often took a row of its own, and fewer claims were on screen; a claim of another kind still
says which ("· numeric")."""

from __future__ import annotations

from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

TEXT = """\
Harbour wall plan

Joanna Marsh insisted the wall would be finished by May. The trust spent 4 million pounds.
"""


def _app() -> NewslensApp:
    article = Article(text=TEXT)
    said = "the wall would be finished by May"
    spent = "The trust spent 4 million pounds"
    figure = TEXT.index("4 million pounds")
    claims = (
        Claim(
            TEXT.index(said),
            TEXT.index(said) + len(said),
            ClaimKind.ATTRIBUTED,
            claimant="Joanna Marsh",
            claimant_key="joanna marsh",
            cue="insisted",
        ),
        Claim(
            TEXT.index(spent),
            TEXT.index(spent) + len(spent),
            ClaimKind.NUMERIC,
            figures=((figure, figure + len("4 million pounds")),),
        ),
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


async def test_a_claims_row_opens_with_its_claimant_and_cue_on_one_line() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.pause()
        claims = app.query_one("#claims", OptionList)
        rows = [claims.render_line(y).text.strip() for y in range(4)]
        assert rows[:2] == ["Joanna Marsh · insisted", "the wall would be finished by"]
        assert "unattributed · numeric" in rows
