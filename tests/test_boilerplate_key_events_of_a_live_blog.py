"""A live blog's "Key events" list, which repeats its main entries' headings (each perhaps
after its time, or cut short) as links to them, is dimmed, so that no heading is listed as a
claim twice; the entries themselves, headings and all, are the story's."""

from __future__ import annotations

from .dimmed import dimmed_passages

PASTED = (
    "Harbour strike live: dockers walk out\n\n"
    "Key events\n\n"
    "2h ago\n"
    "Port owner will not reopen the pay offer\n"
    "4h ago\n"
    "Dockers walk out at noon\n"
    "Show key events only\n\n"
    "14.20 GMT\n"
    "Port owner will not reopen the pay offer\n"
    "The port's owner said its offer of 4.5% over two years was final.\n\n"
    "12.05 GMT\n"
    "Dockers walk out at noon\n"
    "About 400 dockers left the quayside and formed a picket line at the main gate.\n"
)


def test_the_key_events_list_is_dimmed_and_the_entries_are_not() -> None:
    assert dimmed_passages(PASTED) == [
        "Key events\n\n2h ago\nPort owner will not reopen the pay offer\n4h ago\n"
        "Dockers walk out at noon\nShow key events only"
    ]


def test_a_list_of_points_with_times_and_headings_cut_short_is_dimmed() -> None:
    text = (
        "Harbour strike live: dockers walk out\n"
        "Key events\n"
        "- 2h ago Port owner will not reopen the pay…\n"
        "- 4h ago Dockers walk out at noon\n"
        "14.20 GMT\n"
        "Port owner will not reopen the pay offer\n"
        "The port's owner said its offer of 4.5% over two years was final.\n"
        "12.05 GMT\n"
        "Dockers walk out at noon\n"
        "About 400 dockers left the quayside and formed a picket line at the main gate.\n"
    )
    assert dimmed_passages(text) == [
        "Key events\n- 2h ago Port owner will not reopen the pay…\n- 4h ago Dockers walk out at noon"
    ]


def test_the_first_entry_under_the_heading_alone_is_the_storys() -> None:
    text = (
        "Harbour strike live: dockers walk out\n"
        "Key events\n"
        "14.20 GMT\n"
        "Port owner will not reopen the pay offer\n"
        "The port's owner said its offer of 4.5% over two years was final.\n"
    )
    assert dimmed_passages(text) == ["Key events"]
