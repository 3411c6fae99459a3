"""What a reader sees of a formula or an inline picture stays in its sentence: MathML as the
characters it shows (its alttext where it shows none), never as LaTeX; an inline SVG as its
<title>; a chart as its title and its labels of a few words, not its axis ticks."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Reservoir levels fall faster than forecast | Science Desk</title></head>
<body><main><article><h1>Reservoir levels fall faster than forecast</h1>
<p>Upland reservoirs lost water at a rate of <math alttext="1.8"><mn>1.8</mn></math> per cent a
week through the autumn, hydrologists at the University of Leeds reported on Tuesday.</p>
<p>They modelled the loss as <math><mi>L</mi><mo>=</mo><msub><mi>c</mi><mn>0</mn></msub>
<msup><mi>t</mi><mn>2</mn></msup></math>, where the constant depends on the catchment's soil.</p>
<p>A formula with no text of its own, <math alttext="x over y"></math>, is read by its alttext.</p>
<div class="chart"><svg viewBox="0 0 400 200" role="img"><title>Weekly loss, September to
November</title><g class="axis"><text x="0" y="10">0</text><text x="0" y="50">1</text>
<text x="0" y="90">2</text><text x="40" y="190">Sep</text><text x="140" y="190">Oct</text>
<text x="240" y="190">Nov</text></g><text x="200" y="60">Driest week since records began</text>
<rect x="40" y="100" width="50" height="90"/></svg></div>
<p>Levels <svg width="12" height="12"><title>falling</title><path d="M0 0"/></svg> fastest
were recorded below 300 metres, the hydrologists said in their report.</p>
<p>Water companies said supplies to homes were not yet at risk but urged customers to save
water where they could over the winter.</p>
</article></main></body></html>"""


def _lines(tmp_path: Path, page: str = PAGE) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return [" ".join(line.split()) for line in load_article(str(path)).text.split("\n")]


def _text(tmp_path: Path, page: str = PAGE) -> str:
    return " ".join(_lines(tmp_path, page))


def test_a_formula_is_read_in_its_sentence_as_it_is_shown(tmp_path: Path) -> None:
    text = _text(tmp_path, PAGE)
    assert "a rate of 1.8 per cent a week" in text
    assert "They modelled the loss as L = c₀t², where" in text
    assert "no text of its own, x over y, is read" in text
    assert "\\(" not in text


def test_an_inline_picture_is_read_by_its_title(tmp_path: Path) -> None:
    assert "Levels falling fastest were recorded" in _text(tmp_path, PAGE)


def test_a_chart_gives_its_title_and_labels_not_its_ticks(tmp_path: Path) -> None:
    lines = _lines(tmp_path)
    assert "Weekly loss, September to November" in lines
    assert "Driest week since records began" in lines
    assert not {"0", "1", "2", "Sep", "Oct", "Nov"} & {
        word for line in lines for word in line.split()
    }


def test_a_formula_s_hidden_rendering_is_not_read_twice(tmp_path: Path) -> None:
    katex = PAGE.replace(
        '<math alttext="1.8"><mn>1.8</mn></math>',
        '<span class="katex"><span class="katex-mathml"><math><semantics><mn>1.8</mn>'
        '<annotation encoding="application/x-tex">1.8</annotation></semantics></math></span>'
        '<span class="katex-html" aria-hidden="true"><span class="mord">1.8</span></span></span>',
    )
    assert "a rate of 1.8 per cent a week" in _text(tmp_path, katex)


def test_icons_outside_a_sentence_say_nothing(tmp_path: Path) -> None:
    icons = PAGE.replace(
        "<h1>",
        '<div class="share"><svg><title>Facebook</title><path d="M0 0"/></svg>'
        '<a href="/share"><svg><title>Share by email</title><path d="M0 0"/></svg></a></div><h1>',
    )
    text = _text(tmp_path, icons)
    assert "Facebook" not in text and "Share by email" not in text
