from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslens.tui.layout import Layout


def lines(text: str, width: int) -> list[str]:
    layout = Layout(text, width)
    layout.ensure_line(10**9)
    return [text[a:b] for a, b in zip(layout.starts, layout.ends, strict=True)]


def test_paragraphs_are_wrapped_and_kept_apart() -> None:
    text = "one two three four five\nsix seven"
    assert lines(text, 10) == ["one two", "three four", "five", "", "six seven"]


def test_blank_lines_collapse_to_one_gap() -> None:
    assert lines("a\n\n\n\nb\n", 10) == ["a", "", "b"]


def test_a_word_longer_than_the_width_is_cut() -> None:
    assert lines("abcdefghij kl", 4) == ["abcd", "efgh", "ij", "kl"]


def test_wide_characters_wrap_by_cells() -> None:
    # Each of these takes two cells: four fit in a width of 8.
    assert lines("日本語のテキスト", 8) == ["日本語の", "テキスト"]


def test_wrapping_is_lazy() -> None:
    text = "\n".join(f"paragraph {i} " + "word " * 30 for i in range(1000))
    layout = Layout(text, 40)
    layout.ensure_line(30)
    assert not layout.complete
    assert 30 <= layout.wrapped_lines < 100
    assert layout.estimated_lines() > 1000
    layout.ensure_line(10**9)
    assert layout.complete
    assert layout.estimated_lines() == layout.wrapped_lines


def test_line_of_offset_wraps_far_enough() -> None:
    text = "\n".join("word " * 20 for _ in range(500))
    layout = Layout(text, 30)
    offset = len(text) - 3
    index = layout.line_of_offset(offset)
    start, end = layout.starts[index], layout.ends[index]
    assert start <= offset <= end


@given(st.text(alphabet=st.sampled_from("ab \n日“”é\u0301ж😀"), max_size=200), st.integers(2, 20))
def test_lines_fit_and_cover_every_word(text: str, width: int) -> None:
    from rich.cells import cell_len

    shown = lines(text, width)
    assert all(cell_len(line) <= max(width, 2) for line in shown)
    assert "".join(shown).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_wide_and_zero_width_characters_do_not_cancel_out() -> None:
    # "a" + combining accent (0 cells) + "a" + 日 (2 cells): four characters, four cells.
    assert lines("a\u0301a日", 2) == ["a\u0301a", "日"]
