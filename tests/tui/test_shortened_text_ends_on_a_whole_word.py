"""Text too long for its place (a claim in the panel, a figure's context, a quote in a toast)
is cut at the end of a word, with "…": "before the storm…", never "before the st…", which
reads as a word of its own. A single word longer than the room is still cut inside."""

from __future__ import annotations

from newslens.analysis.model import Claim, ClaimKind, Figure, FigureKind
from newslens.tui.claims_panel import claim_prompt, figure_prompt

from .helpers import analysed, notices, one_claim_app

CLAIM = (
    "The harbour board declared on Tuesday that the northern breakwater would soon be strengthened "
    "before the storm season begins in earnest"
)


def _words(text: str) -> set[str]:
    return set(text.replace(",", " ").split())


def test_a_long_claim_in_the_panel_ends_with_a_whole_word() -> None:
    text = f"Headline\n\n{CLAIM}.\n"
    start = text.index(CLAIM)
    claim = Claim(start, start + len(CLAIM), ClaimKind.ASSERTION)
    shown = claim_prompt(text, claim).plain.splitlines()[1]
    assert shown.endswith("…")
    assert shown[:-1].split()[-1] in _words(CLAIM)
    assert len(shown) <= 90


def test_a_figure_s_context_starts_and_ends_with_whole_words() -> None:
    text = (
        "Councillors on the harbour board argued for weeks that 19,000 homes near the quay "
        "were at risk from flooding every winter."
    )
    start = text.index("19,000")
    figure = Figure(start, start + 6, "19,000", FigureKind.COUNT)
    context = figure_prompt(text, figure).plain.splitlines()[1]
    assert context.startswith("…") and context.endswith("…")
    first, *_, last = context.strip("…").split()
    assert {first, last} <= _words(text), context


def test_a_word_longer_than_the_room_is_cut_inside() -> None:
    address = "https://example.org/" + "a" * 120
    text = f"See {address} now"
    start = text.index(address)
    claim = Claim(start, start + len(address), ClaimKind.ASSERTION)
    shown = claim_prompt(text, claim).plain.splitlines()[1]
    assert shown.startswith("https://example.org/aaa") and shown.endswith("a…")


async def test_a_toast_quotes_the_claim_up_to_a_whole_word() -> None:
    app = one_claim_app(CLAIM)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        await pilot.pause()
        quoted = notices(app)[-1].split("“", 1)[1]
        assert quoted.endswith("…”")
        assert quoted[:-2].split()[-1] in _words(CLAIM), quoted
