"""A quote signed with a dash names the signer without the dash, however the recogniser took the
dash into the name: '“…” ― Jacklyn Ashley' is Jacklyn Ashley's, shown as "Jacklyn Ashley". The
signature may give a role after the name, of any length to the line's end, and may open the line
under the quote ("— Sam Patel, chair of the traders' association"); a dash line that is a
sentence of its own signs nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


def test_the_signer_s_name_has_no_dash(analysis_nlp: Language) -> None:
    text = (
        "Readers write\n\n"
        "“I am so ashamed of this campaign. How did we get this low?”\u00a0― Jacklyn Ashley\u00a0\n"
        "“Trump must stop portraying Latinos as drug dealers.” ― Carla Sanchez\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Jacklyn Ashley",
        "Carla Sanchez",
    ]


@pytest.mark.parametrize(
    ("credit", "speakers"),
    [
        (" — Sam Patel, chair of the traders' association", ["Sam Patel"]),
        ("\n— Sam Patel, chair of the traders' association", ["Sam Patel"]),
        # near miss: a sentence after the dash, not a credit
        ("\n— and the council did nothing about it for years.", []),
        (" — The council did nothing about it for years and the stalls stayed shut.", []),
    ],
)
def test_a_signer_with_a_role_after_the_name(
    analysis_nlp: Language, credit: str, speakers: list[str | None]
) -> None:
    text = f"Market stays put\n\n“We will not move.”{credit}\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == speakers


@pytest.mark.parametrize(
    ("credit", "speakers"),
    [
        ("Jane Roe, speaking on BBC Radio 4, 11 March 2025.", ["Jane Roe"]),
        ("Health Secretary Sam Patel, in a speech in Leeds, 3 June 2024", ["Sam Patel"]),
        # near misses: a sentence of the story, and a line naming no one
        ("Jane Roe, a nurse, disagreed with the claim in March 2025.", []),
        ("Leeds, 11 March 2025.", []),
    ],
)
def test_a_fact_check_s_claim_credited_on_the_line_under_it(
    analysis_nlp: Language, credit: str, speakers: list[str | None]
) -> None:
    # A fact check quotes the claim it checks as a paragraph of its own, and credits it on the
    # line under it with the speaker, where and when, and no dash.
    text = (
        "Did waiting lists really halve?\n\nWhat was said\n\n"
        f"“Waiting lists have halved since the election, and every patient is seen in a week.”"
        f"\n\n{credit}\n\nOur verdict\n\nFalse. Waiting lists have grown.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == speakers


@pytest.mark.parametrize(
    ("gap", "post", "speaker"),
    [
        (
            "\n",
            "Gust of 80mph recorded at Brae Point at noon. Stay safe and follow local advice.",
            "Met Office",
        ),
        # pasted from a page: a blank line between the post and its credit
        ("\n\n", "Roof of the village hall now in the car park pic.twitter.com/xyz", "Jo Reid"),
    ],
)
def test_an_embedded_post_is_the_words_of_the_account_credited_under_it(
    analysis_nlp: Language, gap: str, post: str, speaker: str
) -> None:
    # An embedded post shows its words, then "— Name (@handle) date": the account's words.
    handle = "@" + speaker.replace(" ", "").lower()
    text = (
        "Storm hits the coast\n\nReaders sent us pictures of the damage.\n\n"
        f"{post}{gap}— {speaker} ({handle}) March 3, 2026\n\nThe ferries did not sail.\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, q.kind.value, text[q.start : q.end]) for q in result.quotes] == [
        (speaker, "direct", post)
    ]


def test_a_credit_line_under_a_story_s_own_quote_keeps_its_speaker(
    analysis_nlp: Language,
) -> None:
    # near miss: the line above the credit is the story's, its speaker named in it
    text = (
        "Storm hits the coast\n\n"
        "“Stay at home if you can,” said Jo Reid, the harbourmaster.\n"
        "— Met Office (@metoffice) March 3, 2026\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Jo Reid"]


@pytest.mark.parametrize(
    ("post", "credit", "speaker"),
    [
        (
            "Strong winds will bring disruption to travel on Sunday.\n"
            "Gusts of 70mph are possible on exposed coasts.\n"
            "Stay safe and check before you travel.",
            "— Met Office (@metoffice) November 29, 2026",
            "Met Office",
        ),
        # an Instagram post credits its account under its caption, with no dash
        (
            "Our garden this morning after the storm. Never seen anything like it.",
            "A post shared by Jane Hollis (@janehollis)",
            "Jane Hollis",
        ),
    ],
)
def test_an_embedded_post_of_several_lines_is_the_account_s_whole(
    analysis_nlp: Language, post: str, credit: str, speaker: str
) -> None:
    text = (
        "Storm hits the coast\n\nThe forecaster posted a warning late on Saturday night.\n\n"
        f"{post}\n{credit}\n\nThe ferries did not sail.\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [(speaker, post)]


def test_a_story_line_over_an_embedded_post_stays_the_writer_s(analysis_nlp: Language) -> None:
    # near miss: no blank line sets the post apart from the story, so only its last line is sure
    text = (
        "Storm hits the coast\nThe forecaster posted a warning late on Saturday night.\n"
        "Gusts of 70mph are possible on exposed coasts.\n"
        "Stay safe and check before you travel.\n"
        "— Met Office (@metoffice) November 29, 2026\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Met Office", "Stay safe and check before you travel.")
    ]
