"""A headline that the story's sentence repeats ("Council to close three libraries", then
"The council will close three libraries …") is one claim, the story's: it has the detail and
the claimant. A headline the story does not repeat, or repeats with other numbers, stays one.
So does a subheading the sentence under it does not repeat; one it repeats is the sentence's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text

REPEATED = """Council to close three libraries

The council will close three libraries in the spring, its leader Sam Okafor said on Tuesday.
"""


def test_the_story_s_sentence_is_the_one_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, REPEATED)
    claimed = [text[c.start : c.end] for c in result.claims]
    assert claimed == ["The council will close three libraries in the spring"]
    assert result.claims[0].claimant == "Sam Okafor"


def test_a_headline_with_other_numbers_is_a_claim_of_its_own(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, REPEATED.replace("will close three", "will close two")
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert "Council to close three libraries" in claimed


def test_a_headline_the_story_does_not_repeat_stays_a_claim(analysis_nlp: Language) -> None:
    text = (
        "Five dead in motorway crash\n\n"
        "Police have closed the M6 after a lorry overturned near junction 14 on Sunday.\n"
    )
    text, result = run_with_text(analysis_nlp, text)
    assert "Five dead in motorway crash" in [text[c.start : c.end] for c in result.claims]


def test_a_headline_worded_in_other_forms_of_the_same_words_is_repeated(
    analysis_nlp: Language,
) -> None:
    # "blocked" an adjective in the headline, a verb in the story.
    text = (
        "Residents blame blocked culvert for flooding\n\n"
        "Residents of Mill Lane say the flooding that hit 40 homes on Sunday was caused by a "
        "blocked culvert.\n"
    )
    text, result = run_with_text(analysis_nlp, text)
    claimed = [text[c.start : c.end] for c in result.claims]
    assert claimed == ["the flooding that hit 40 homes on Sunday was caused by a blocked culvert"]


HARBOUR = """Harbour wall repairs approved

Councillors approved £3.2m of repairs to the harbour wall on Thursday, after storms damaged it.

{heading}

{sentence}
"""


def test_a_subheading_the_sentence_under_it_repeats_is_that_sentence_s(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        HARBOUR.format(
            heading="Fishing fleet moved to Eastport",
            sentence="The fishing fleet has moved to Eastport for the summer, and its 14 boats "
            "will return in October.",
        ),
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert "Fishing fleet moved to Eastport" not in claimed
    assert any(claim.startswith("The fishing fleet has moved to Eastport") for claim in claimed)


def test_a_subheading_the_sentence_under_it_does_not_repeat_stays_a_claim(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        HARBOUR.format(
            heading="Fishing fleet moved to Eastport",
            sentence="Its 14 boats will return in October, once the wall is finished.",
        ),
    )
    assert "Fishing fleet moved to Eastport" in [text[c.start : c.end] for c in result.claims]


def test_a_subheading_naming_a_topic_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        HARBOUR.format(
            heading="The cost",
            sentence="Councillors were told the work would cost £3.2m, paid from reserves.",
        ),
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert "The cost" not in claimed
    assert "the work would cost £3.2m, paid from reserves" in claimed


RENTS = """Housing costs soar as one in four tenants struggle to pay rent

{lede}

{later}
"""


def test_a_headline_the_opening_sentence_puts_in_other_words_is_the_sentence_s(
    analysis_nlp: Language,
) -> None:
    # The opening sentence is written to say what the headline says: half its words will do.
    text, result = run_with_text(
        analysis_nlp,
        RENTS.format(
            lede="One in four tenants in Bristol now spends half their pay on rent, according to "
            "figures published by the city council on Monday.",
            later="The council wants landlords to register every property by 2027.",
        ),
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert not any(claim.startswith("Housing costs soar") for claim in claimed)
    assert any(claim.startswith("One in four tenants in Bristol") for claim in claimed)


def test_a_headline_the_opening_sentence_puts_with_other_numbers_stays_a_claim(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        RENTS.format(
            lede="One in five tenants in Bristol now spends half their pay on rent, according to "
            "figures published by the city council on Monday.",
            later="The council wants landlords to register every property by 2027.",
        ),
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert any(claim.startswith("Housing costs soar") for claim in claimed)


def test_a_headline_a_later_sentence_half_repeats_stays_a_claim(analysis_nlp: Language) -> None:
    # Past the opening, a sentence sharing half the headline's words tells something else.
    text, result = run_with_text(
        analysis_nlp,
        RENTS.format(
            lede="Landlords in Bristol raised rents by 9% last year, the city council said.",
            later="One in four tenants in Bristol now spends half their pay on rent.",
        ),
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert any(claim.startswith("Housing costs soar") for claim in claimed)


RELEASE = """Harbour Mills Reports Record Profits for Fiscal 2025

- Profits rose by 18% to £42 million

LEEDS, March 3 -- Harbour Mills {opening}
"""


def test_a_headline_the_opening_sentence_reports_is_no_claim_of_its_own(
    analysis_nlp: Language,
) -> None:
    # The opening sentence states no claim ("announced …" names what was said): the title that
    # says the same is none either, though a list's point stands between them.
    text, result = run_with_text(
        analysis_nlp,
        RELEASE.format(opening="today announced record profits for fiscal 2025."),
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert not any(claim.startswith("Harbour Mills Reports") for claim in claimed)


def test_a_headline_the_opening_sentence_does_not_report_stays_a_claim(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        RELEASE.format(opening="today named a new chief executive, Dana Ruiz."),
    )
    claimed = [text[c.start : c.end] for c in result.claims]
    assert any(claim.startswith("Harbour Mills Reports") for claim in claimed)
