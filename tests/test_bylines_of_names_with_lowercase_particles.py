"""A writer's name may hold a particle in lower case ("Ana de la Cruz", "Ludwig van
Beethoven", "Jean-Luc d'Arcy"): the "By …" line still signs the story, in plain text and
in a page, and is dimmed as its byline; "By the end of the year" still signs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

from .dimmed import dimmed_passages

NAMES = ["Ana de la Cruz", "Ludwig van Beethoven", "Jean-Luc d'Arcy", "Hendrik van der Berg"]
STORY = (
    "The coast road between Porthaven and Mellin stayed closed on Tuesday after a second week"
    " of floods, the county council said.\n\n"
    "Engineers said the road would reopen once the water had drained from the culverts.\n"
)


@pytest.mark.parametrize("name", NAMES)
def test_a_plain_text_byline_with_a_particle(tmp_path: Path, name: str) -> None:
    text = f"Floods close the coast road\n\nBy {name}\n\n{STORY}"
    path = tmp_path / "floods.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(str(path)).byline == name
    assert f"By {name}" in dimmed_passages(text)


def test_two_names_with_particles(tmp_path: Path) -> None:
    path = tmp_path / "floods.txt"
    path.write_text(f"Floods\n\nBy Ana de la Cruz and Jean-Luc d'Arcy\n\n{STORY}", "utf-8")
    assert load_article(str(path)).byline == "Ana de la Cruz and Jean-Luc d'Arcy"


@pytest.mark.parametrize("name", NAMES)
def test_a_pages_byline_with_a_particle(tmp_path: Path, name: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    page = tmp_path / "floods.html"
    page.write_text(
        "<!doctype html><html><head><title>Floods close the coast road</title></head><body>"
        f"<article><h1>Floods close the coast road</h1><p>By {name}</p>{paragraphs}"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert load_article(str(page)).byline == name


def test_a_sentence_that_opens_with_by_signs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "floods.txt"
    path.write_text(f"Floods\n\nBy the end of the week the road had reopened.\n\n{STORY}", "utf-8")
    assert load_article(str(path)).byline is None
