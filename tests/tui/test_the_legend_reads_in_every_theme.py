"""Each layer's name in the legend reads on the legend's background in every theme, shown or
switched off: in high-contrast the dimmed grey "boilerplate" on the navy panel did not (a
contrast of 2.3), nor in dark (1.8) and light (1.6); light's "speaker" and "figure" were
below WCAG's 4.5 too. The legend still shows each layer's cue (dimmed, bold, reversed). The
match a search is on reads in every theme too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.style import Style
from textual.color import Color

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config, config_dir
from newslens.tui import theming
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.legend import Legend, contrast, drawn_colour

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]
LABELS = ("speaker", "┃“quote”", "┆reported", "cue", "figure", "boilerplate")


def write_theme_without_highlights() -> None:
    """A user's theme that names only its primary colour: the highlights are the defaults."""
    themes = config_dir() / "themes"
    themes.mkdir(parents=True, exist_ok=True)
    Path(themes / "plain.toml").write_text('name = "plain"\n[colors]\nprimary = "#5fafff"\n')


def label_contrasts(app: NewslensApp) -> dict[str, float]:
    legend = app.query_one(Legend)
    own = legend.rich_style
    contrasts = {}
    for y in range(legend.size.height):
        for segment in legend.render_line(y):
            label = segment.text.strip()
            if label not in LABELS or segment.style is None:
                continue
            style = own + segment.style
            background = Color.from_rich_color(style.bgcolor)
            drawn = drawn_colour(style, background) or Color.from_rich_color(own.color)
            contrasts[label] = contrast(drawn, background)
    return contrasts


def test_contrast_is_wcags_ratio() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)
    assert contrast(Color(128, 128, 128), Color(128, 128, 128)) == pytest.approx(1)


async def test_every_layer_name_reads_in_every_theme(
    article: Article, fake_analyzer: Analyzer
) -> None:
    write_theme_without_highlights()
    names = [theme.name for theme in theming.load_themes().themes]
    assert {"dark", "light", "high-contrast", "plain"} <= set(names)
    for name in names:
        app = NewslensApp(article, analyzer=fake_analyzer, config=Config(), theme=name)
        async with app.run_test(size=(120, 24)) as pilot:
            await analysed(pilot)
            # Shown, then switched off (one app for both: opening one is most of the time).
            for switched_off in (False, True):
                if switched_off:
                    await pilot.press(*"SDICFB")
                    await pilot.pause()
                contrasts = label_contrasts(app)
                assert set(contrasts) == set(LABELS), (name, switched_off)
                for label, ratio in contrasts.items():
                    assert ratio >= 4.5, (name, switched_off, label, round(ratio, 2))
            # The match a search is on, drawn in its own colours: light's was white on gold.
            await pilot.press("slash", *"council", "enter")
            await pilot.pause()
            view = app.query_one(ArticleView)
            current = view.get_component_rich_style("article--match-current", partial=True)
            ratio = contrast(
                Color.from_rich_color(current.color), Color.from_rich_color(current.bgcolor)
            )
            assert ratio >= 4.5, (name, "match", round(ratio, 2))


# The coloured layers a marked claim's words can carry, as they are drawn together: a stance
# colours its cue, which is reversed (its colour is the block, the letters the background's).
IN_A_CLAIM = (
    ("speaker",),
    ("mention",),
    ("direct",),
    ("indirect",),
    ("cue",),
    ("cue", "stance-assertive"),
    ("cue", "stance-distancing"),
    ("cue", "stance-concessive"),
    ("cue", "stance-tentative"),
    ("figure",),
)


def drawn_pair(style: Style) -> tuple[Color, Color]:
    """The colours of a style's letters and of the block behind them."""
    background = Color.from_rich_color(style.bgcolor)
    letters = drawn_colour(style, background)
    assert letters is not None
    return (background, letters) if style.reverse else (letters, background)


async def test_every_layer_reads_on_the_page_and_inside_the_marked_claim_in_every_theme(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # Light's lavender marked claim (#d7d7ff) took its speaker to 3.4, its figure to 3.5;
    # dark's took a distancing cue ("claimed") to 3.6 and any cue to 4.3, high-contrast's
    # navy its distancing red to 4.0. A user's theme of default highlights read at 1.1-2.2,
    # and its distancing cue at 3.5 on Textual's dark background, outside a claim too.
    write_theme_without_highlights()
    for name in [theme.name for theme in theming.load_themes().themes]:
        app = NewslensApp(article, analyzer=fake_analyzer, config=Config(), theme=name)
        async with app.run_test(size=(120, 24)) as pilot:
            await analysed(pilot)
            view = app.query_one(ArticleView)
            for layers in IN_A_CLAIM:
                letters, block = drawn_pair(view._style(frozenset(layers)))
                assert contrast(letters, block) >= 4.5, (name, layers, contrast(letters, block))
            claim = Color.from_rich_color(view._style(frozenset({"claim"})).bgcolor)
            assert claim != Color.from_rich_color(view.rich_style.bgcolor), name
            for layers in IN_A_CLAIM:
                inside = view._style(frozenset({*layers, "claim"}))
                letters, block = drawn_pair(inside)
                assert contrast(letters, block) >= 4.5, (name, layers, contrast(letters, block))
                # The claim's background shows behind the letters, but where a cue's own
                # colour is the block.
                assert inside.reverse or block == claim, (name, layers)
            # The mark ▸ beside the claim, in the theme's "mark" colour (defined, unused, once).
            await pilot.press("right_square_bracket")
            await pilot.pause()
            mark = next(
                segment
                for y in range(view.size.height)
                for segment in view.render_line(y)
                if segment.text == "▸"
            )
            assert mark.style is not None
            letters, block = drawn_pair(mark.style)
            theme = app.get_theme(name)
            assert theme is not None
            wanted = theme.variables.get("nl-mark", theming.HIGHLIGHT_DEFAULTS["mark"])
            assert contrast(letters, block) >= 4.5, (name, "▸", contrast(letters, block))
            assert letters == Color.parse(wanted) or name == "plain", (name, letters.hex)
