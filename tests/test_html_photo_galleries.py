"""A photo gallery set between a story's paragraphs ("In pictures: …", its photographs, their
captions and its "1 of 3" buttons) is furniture: none of it is read as the story, and every
paragraph around it is kept in order."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PARAGRAPHS = [
    "The looms at the old mill start at six each morning, as they have done for well over a "
    "century, and the building shakes with them.",
    "Its owner bought the business out of administration and says it has made a profit in each "
    "of the last six years.",
    "The mill now runs a two-year apprenticeship, and its first four apprentices qualified last "
    "month.",
]

GALLERY = """<div class="gallery" data-component="gallery">
<h3 class="gallery-title">In pictures: a day at the mill</h3>
<figure><img src="1.jpg"><figcaption>A weaver checks a length of tweed.
<span class="credit">Photograph: Mark Ash</span></figcaption></figure>
<figure><img src="2.jpg"><figcaption>The looms run until eight at night.
<span class="credit">Photograph: Mark Ash</span></figcaption></figure>
<div class="gallery-nav"><button>Previous</button> 1 of 2 <button>Next</button></div>
</div>"""


def _text(tmp_path: Path, story: str) -> list[str]:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Inside the last mill</title></head><body><article>"
        f"<h1>Inside the last mill</h1>{story}</article></body></html>",
        encoding="utf-8",
    )
    return load_article(str(page)).text.splitlines()


def test_a_gallery_between_paragraphs_is_left_out_of_the_story(tmp_path: Path) -> None:
    first, *rest = (f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    assert _text(tmp_path, first + GALLERY + "".join(rest)) == PARAGRAPHS


def test_a_story_in_blocks_without_paragraph_tags_and_two_pictures_is_kept(
    tmp_path: Path,
) -> None:
    figures = '<figure><img src="1.jpg"></figure><figure><img src="2.jpg"></figure>'
    blocks = "".join(f"<div>{paragraph}</div>" for paragraph in PARAGRAPHS)
    assert _text(tmp_path, f'<div class="story">{figures}{blocks}</div>') == PARAGRAPHS
