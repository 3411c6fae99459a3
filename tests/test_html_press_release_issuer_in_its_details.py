"""A government's press release names who issued it in the details under its headline
("From: Department for Environment and Environment Agency"); with no author in its markup,
that is its byline."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>£42 million to restore coastal saltmarsh - GOV.UK</title></head><body><main>
<h1>£42 million to restore coastal saltmarsh</h1>
<p class="lead-paragraph">Twelve projects on the east coast will restore 1,100 hectares of saltmarsh.</p>
<dl class="metadata"><dt>From:</dt><dd><a href="/defe">Department for Environment</a> and
<a href="/ea">Environment Agency</a></dd><dt>Published</dt><dd>27 November 2026</dd></dl>
<div class="govspeak">
<p>Twelve coastal projects will share £42 million to restore saltmarsh along the east coast, the
minister announced today.</p>
<p>The schemes will restore around 1,100 hectares of marsh, reducing flood risk to around 6,000
homes.</p>
<p>Work on the first six schemes will start in the spring of next year, the agency said.</p>
</div></main></body></html>
"""


def test_the_release_is_signed_by_who_it_is_from(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(PAGE, encoding="utf-8")
    article = load_article(str(page))
    assert article.byline == "Department for Environment and Environment Agency"
    assert "From:" not in article.text
