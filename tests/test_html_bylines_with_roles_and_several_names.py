"""The byline printed under a page's headline is shown as the reader sees it there: every author
it names ("By A and B", "By A, B and C"), without their roles ("A, Political Editor") or the
date and buttons set beside them, even where the page's markup names only one of them or runs
the whole block together."""

from __future__ import annotations

from pathlib import Path

from .test_html_byline_place import byline_of_page


def test_a_byline_with_roles_names_both_authors_without_the_block_s_buttons(
    tmp_path: Path,
) -> None:
    byline = (
        '<div class="story-byline"><div class="contributor"><span>By <a href="/p/1">Nia'
        ' Rowlands</a>, Political Editor, and <a href="/p/2">Tom Askew</a></span></div>'
        '<div class="story-dates"><span>Updated</span></div>'
        '<div class="share-tools"><button>Share</button><button>Save</button></div></div>'
    )
    assert byline_of_page(tmp_path, byline=byline) == "Nia Rowlands and Tom Askew"


def test_a_byline_with_a_role_above_the_date_names_its_author(tmp_path: Path) -> None:
    byline = '<div class="meta">By Owen Pryce, Chief Reporter<br>Thursday, 5 February 2026</div>'
    assert byline_of_page(tmp_path, byline=byline) == "Owen Pryce"


def test_two_authors_linked_one_by_one_are_both_named(tmp_path: Path) -> None:
    byline = (
        '<p class="byline">By <a rel="author" href="/by/1">Ruth Ainsley</a> and'
        ' <a rel="author" href="/by/2">Dan Kellet</a></p>'
    )
    assert byline_of_page(tmp_path, byline=byline) == "Ruth Ainsley and Dan Kellet"


def test_three_authors_are_named_as_a_list(tmp_path: Path) -> None:
    byline = "<p>By Ruth Ainsley, Dan Kellet and Asha Mistry</p>"
    assert byline_of_page(tmp_path, byline=byline) == "Ruth Ainsley, Dan Kellet and Asha Mistry"


def test_the_page_s_own_list_of_authors_outweighs_a_shorter_printed_byline(
    tmp_path: Path,
) -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Ruth Ainsley"}, {"@type": "Person", "name": "Dan Kellet"}'
        "]}</script>"
    )
    byline = byline_of_page(tmp_path, byline="<p>By Ruth Ainsley</p>", head=head)
    assert byline == "Ruth Ainsley and Dan Kellet"


def test_a_role_in_the_author_s_markup_is_not_taken_for_a_second_author(tmp_path: Path) -> None:
    byline = '<span class="author">Graham Tully, Transport Correspondent</span>'
    assert byline_of_page(tmp_path, byline=byline) == "Graham Tully"


def test_a_role_after_a_signed_name_is_not_taken_for_a_second_author(tmp_path: Path) -> None:
    byline = '<span class="article-byline">By Graham Tully, Transport Correspondent</span>'
    assert byline_of_page(tmp_path, byline=byline) == "Graham Tully"
