"""What a page draws rather than writes, as the words it shows: a MathML formula ("x²", "a/b")
and an inline SVG's title and labels."""

from __future__ import annotations

import re
from typing import Any

from newslens.html_pages.tree import _HTML_BLOCKS, _stamp_text

# A formula set in MathML is part of its sentence ("a rate of 2.3 per cent"), but trafilatura
# drops <math>, or writes it as LaTeX between \\( and \\) where it has an alttext: either way
# the sentence no longer reads as a reader saw it. It is written as the characters it shows,
# in order, a fraction "a/b", a power "x²", spaces around an operator; its alttext, for a
# <math> that shows none. KaTeX and MathJax set a picture of the formula beside its MathML,
# hidden from screen readers, which would repeat it: it is left out, the MathML read.
_SPACED_OPERATORS = frozenset("=+-−±×÷·<>≤≥≈≠→∝")
_NOT_SHOWN = frozenset({"annotation", "annotation-xml"})
# A power or an index of figures is written as it is set ("x²", "k₀"); any other as plain
# text writes it ("x^n", "k_i").
_SCRIPTS = {
    "msup": str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻"),
    "msub": str.maketrans("0123456789+-−", "₀₁₂₃₄₅₆₇₈₉₊₋₋"),
}
_SCRIPT_MARKS = {"msup": "^", "msub": "_"}
_FORMULA_RENDERER = re.compile(r"katex|mathjax|mjx", re.I)


def _formulas_as_text(tree: Any) -> None:
    for math in list(tree.iter("math")):
        if math.getparent() is None:  # inside a formula already read
            continue
        _drop_renderings_beside(math)
        shown = " ".join(_formula_text(math).split()) or math.get("alttext", "").strip()
        _replace_with_words(math, shown)


def _formula_text(element: Any) -> str:
    if not isinstance(element.tag, str) or element.tag in _NOT_SHOWN:
        return ""
    parts = [_formula_text(child) for child in element]
    if element.tag == "mfrac" and len(parts) == 2:
        return f"{parts[0]}/{parts[1]}"
    if element.tag in _SCRIPTS and len(parts) == 2:
        base, script = parts
        set_as_script = script.translate(_SCRIPTS[element.tag])
        if set_as_script == script:  # no figures to raise or lower
            set_as_script = f"{_SCRIPT_MARKS[element.tag]}{script}"
        return base + set_as_script
    if element.tag == "msqrt":
        return f"√{''.join(parts)}"
    own = (element.text or "").strip()
    if element.tag == "mo" and own in _SPACED_OPERATORS:
        own = f" {own} "
    return own + "".join(parts)


def _drop_renderings_beside(math: Any) -> None:
    from trafilatura.xml import delete_element

    for around in math.iterancestors():
        if _FORMULA_RENDERER.search(around.get("class", "")):
            holding = {math, *math.iterancestors()}
            for hidden in [e for e in around.iter() if e.get("aria-hidden") == "true"]:
                if hidden not in holding and hidden.getparent() is not None:
                    delete_element(hidden)
            return


# An inline SVG is a picture trafilatura drops: an icon in a sentence, which a screen reader
# reads by its <title> ("Rates of rising loss"), or a chart, which draws its labels as text:
# its <title> says what it shows, and its labels of a few words what it points out ("Record
# low in 2019"); its ticks and short labels ("1990", "0", "Wales") are read by the eye off the
# picture, and would flood the text. An icon outside a sentence (a share bar's, a logo), one
# hidden from screen readers, or one in a link or a button says nothing of the story.
_MIN_LABEL_WORDS = 3
_CONTROLS = frozenset({"a", "button"})


def _pictures_as_text(tree: Any) -> None:
    for svg in list(tree.iter("svg")):
        if (
            svg.getparent() is None
            or svg.get("aria-hidden") == "true"
            or any(ancestor.tag in _CONTROLS for ancestor in svg.iterancestors())
        ):
            continue
        title = next((_stamp_text(t) for t in svg.iterchildren("title")), "")
        title = title or svg.get("aria-label", "").strip()
        if _in_a_paragraph(svg):
            _replace_with_words(svg, title)
        elif next(svg.iter("text"), None) is not None:
            _replace_with_lines(svg, [title, *_worded_labels(svg)])


def _in_a_paragraph(element: Any) -> bool:
    block = next(element.iterancestors(*_HTML_BLOCKS), None)
    return block is not None and block.tag == "p"


def _worded_labels(chart: Any) -> list[str]:
    labels = map(_stamp_text, chart.iter("text"))
    return [words for words in labels if len(words.split()) >= _MIN_LABEL_WORDS]


def _replace_with_lines(element: Any, lines: list[str]) -> None:
    block = element.makeelement("div", {})
    for line in filter(None, lines):
        paragraph = block.makeelement("p", {})
        paragraph.text = line
        block.append(paragraph)
    block.tail = element.tail
    element.getparent().replace(element, block)


def _replace_with_words(element: Any, words: str) -> None:
    span = element.makeelement("span", {})
    span.text = words
    span.tail = element.tail
    element.getparent().replace(element, span)
