"""A picture's caption and credit are furniture: on a page shaped like the BBC's (figure, image,
credit and caption inside the story) they never run into the story's paragraphs."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

FIGURE = """<div data-component="image-block"><figure><div><span role="text">
<span class="visually-hidden">Image source, </span>Getty Images</span><img src="/flood.jpg"
alt="Water covering a street"></div><figcaption><span class="visually-hidden">Image caption,
</span>Water reached the windows of houses on Frankwell by Sunday afternoon</figcaption>
</figure></div>"""

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Flood defences fail - BBC News</title>
</head><body><main><article>
<h1>Flood defences fail</h1>
{FIGURE}
<div data-component="text-block"><p>Temporary flood barriers gave way in Shrewsbury overnight as
the River Severn rose faster than forecast.</p></div>
{FIGURE.replace("flood.jpg", "barrier.jpg")}
<div data-component="text-block"><p>About 40 homes were evacuated, and the Environment Agency
said water levels had not yet peaked.</p></div>
</article></main></body></html>
"""


def test_a_figure_s_caption_and_credit_stay_out_of_the_story(tmp_path: Path) -> None:
    page = tmp_path / "flood.html"
    page.write_text(PAGE, encoding="utf-8")
    lines = load_article(str(page)).text.splitlines()
    assert lines == [
        "Temporary flood barriers gave way in Shrewsbury overnight as the River Severn rose "
        "faster than forecast.",
        "About 40 homes were evacuated, and the Environment Agency said water levels had not "
        "yet peaked.",
    ]
