"""The panel's tabs say how many claims, speakers and figures there are: at 80 columns, the
narrowest terminal that sets the panel beside the article, three-figure counts are shown whole
(cut off, "Figures 105" read "Figures 10"), the tabs' words shorter where they must be."""

from __future__ import annotations

from textual.widgets import Tab, Tabs

from newslens.analysis.model import Analysis, Claim, ClaimKind, Figure, FigureKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.claims_panel import ClaimsPanel

from .helpers import analysed

# A ledger of 120 lines, each a claim stating one figure.
LINES = [f"Line {n} of the ledger records {n + 200} boxes." for n in range(120)]
TEXT = "The harbour ledger\n\n" + "\n\n".join(LINES) + "\n"


def _ledger() -> tuple[Article, Analysis]:
    article = Article(text=TEXT)
    figures, claims = [], []
    for n, line in enumerate(LINES):
        start = TEXT.index(line)
        amount = f"{n + 200} boxes"
        at = start + line.index(amount)
        figures.append(Figure(at, at + len(amount), amount, FigureKind.COUNT, n + 200.0, "boxes"))
        claims.append(
            Claim(start, start + len(line), ClaimKind.NUMERIC, figures=((at, at + len(amount)),))
        )
    analysis = Analysis(
        fingerprint=article.fingerprint, figures=tuple(figures), claims=tuple(claims)
    )
    return article, analysis


async def test_three_figure_counts_fit_the_panels_tabs_at_80_columns() -> None:
    article, analysis = _ledger()
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        panel = app.query_one(ClaimsPanel)
        tabs = panel.query_one(Tabs)
        labels = [str(tab.label) for tab in tabs.query(Tab)]
        assert labels == ["Claims 120", "Sources 0", "Figs 120"]
        visible = panel.content_region
        for tab in tabs.query(Tab):
            assert tab.region.right <= visible.right, f"{tab.label} is cut off"
        assert tabs.scroll_x == 0
