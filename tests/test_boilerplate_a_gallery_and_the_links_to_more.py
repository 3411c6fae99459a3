"""A story told in a gallery of captioned pictures ("3 of 20", then a caption with its
credit): the numbers and captions are dimmed as a picture's, and so is the list of links to
"More galleries" under it; the story's own paragraphs stay."""

from __future__ import annotations

from .dimmed import dimmed_passages

CAPTIONS = "\n\n".join(
    f"{n} of 20\nThe harbour in month {n}. Photograph: Jo Price/Porthaven Post"
    for n in range(1, 21)
)
GALLERY = (
    "Porthaven harbour through the year, in pictures\n\n"
    "The harbour has had a busy year: a rebuilt quay and a record cruise season.\n\n"
    f"{CAPTIONS}\n\n"
    "The harbour authority expects an even busier year in 2027.\n\n"
    "Share this gallery\n\nMore galleries\nPorthaven in the snow\nThe regatta in pictures\n"
)


def test_captions_and_the_links_to_more_galleries_are_dimmed() -> None:
    dimmed = dimmed_passages(GALLERY)
    assert dimmed[0] == CAPTIONS
    assert dimmed[-1].endswith("More galleries\nPorthaven in the snow\nThe regatta in pictures")
    assert not any("busier year" in passage for passage in dimmed)


STORY_OVER_A_LIST = (
    "The harbour authority expects an even busier year in 2027, its chair said.\n\n{}\n"
)


def test_a_most_popular_list_with_its_numbers_on_lines_of_their_own_is_dimmed() -> None:
    links = "Most popular\n1\nMan rescued from river after two hours\n2\nCouncil tax to rise by 5%"
    assert dimmed_passages(STORY_OVER_A_LIST.format(links)) == [links]


def test_a_story_s_numbered_points_on_lines_of_their_own_stay() -> None:
    points = "1\nThe quay will close in March.\n2\nFerries will sail from the north pier."
    assert dimmed_passages(STORY_OVER_A_LIST.format(points)) == ["1", "2"]
