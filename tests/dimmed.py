"""What newslens dims as a site's boilerplate, as the tests of it read it."""

from __future__ import annotations

from newslens.boilerplate import find_boilerplate

# A story with one line of its own between two paragraphs, for telling furniture set inside a
# story from the story's sentences.
STORY_AROUND_A_LINE = (
    "The bridge will close for repairs in June, the council said.\n\n{}\n\nIt reopens in August."
)


def dimmed_passages(text: str) -> list[str]:
    """The passages of ``text`` dimmed as boilerplate, in order."""
    return [text[start:end] for start, end in find_boilerplate(text)]


def dimmed_inside_a_story(line: str) -> bool:
    """Whether ``line``, set as a paragraph of its own inside a story, is dimmed."""
    text = STORY_AROUND_A_LINE.format(line)
    return any(line in passage for passage in dimmed_passages(text))
