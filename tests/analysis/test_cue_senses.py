"""Reporting verbs in senses that report no words, and what a cue's words are bounded by:
short articles written for the purpose, one pattern of news English per test."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def said_in_parts(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    """Who said what: (speaker, cue, words) of every quote in ``text``."""
    return [(q.speaker, q.cue, words(text, q)) for q in run(nlp, text).quotes]


def test_claiming_money_a_prize_or_lives_reports_no_words(analysis_nlp: Language) -> None:
    for text in (
        "A Derby plumber who claimed more than £300,000 in false tax refunds was jailed"
        " for four years.",
        "Floods claimed two lives in the valley last week.",
        "Her side claimed the trophy after a penalty shoot-out.",
    ):
        assert said_in_parts(analysis_nlp, text) == [], text


def test_claiming_responsibility_is_still_a_claim(analysis_nlp: Language) -> None:
    text = "The rebel group claimed responsibility for the bombing."
    assert said_in_parts(analysis_nlp, text) == [
        ("The rebel group", "claimed", "responsibility for the bombing")
    ]


def test_slamming_into_a_place_is_no_quote(analysis_nlp: Language) -> None:
    text = "A tropical storm slammed into the coast of Fiji on Monday, flooding hundreds of homes."
    assert said_in_parts(analysis_nlp, text) == []
    text = "The union slammed the pay offer as an insult."
    assert said_in_parts(analysis_nlp, text) == [
        ("The union", "slammed", "the pay offer as an insult")
    ]


def test_refusing_an_act_reports_nothing(analysis_nlp: Language) -> None:
    for text in (
        "The trust refused to pay the £18,000 repair bill.",
        "The landlord refused to leave the flat.",
    ):
        assert said_in_parts(analysis_nlp, text) == [], text


def test_refusing_to_give_words_is_words_not_said(analysis_nlp: Language) -> None:
    for text, cue in (
        ("The trust declined to elaborate on the repair bill.", "declined to elaborate"),
        ("The club refused to give a date for the sale.", "refused to give"),
    ):
        quotes = run(analysis_nlp, text).quotes
        assert [(q.cue, q.negated) for q in quotes] == [(cue, True)], text


def test_a_belief_inside_reported_words_is_no_second_source(analysis_nlp: Language) -> None:
    for text, speaker, cue in (
        (
            "Finance director Ana Cole said the group expects annual profit of £2.1 billion.",
            "Ana Cole",
            "said",
        ),
        ("Ben Hale said he expected the appeal to fail.", "Ben Hale", "said"),
        (
            "Dr Rhys Morgan warned that the data showed the virus was spreading faster.",
            "Rhys Morgan",
            "warned",
        ),
        ("She said a test on Friday would show whether the bone was broken.", "She", "said"),
    ):
        assert [(s, c) for s, c, _ in said_in_parts(analysis_nlp, text)] == [(speaker, cue)], text


def test_speech_inside_reported_words_is_a_second_source(analysis_nlp: Language) -> None:
    text = "Ms Cole said the regulator had told her that the deal was safe."
    assert [(s, c) for s, c, _ in said_in_parts(analysis_nlp, text)] == [
        ("Cole", "said"),
        ("the regulator", "told"),
    ]
    text = "The group expects annual profit of £2.1 billion."
    assert said_in_parts(analysis_nlp, text) == [
        ("The group", "expects", "annual profit of £2.1 billion")
    ]


def test_a_plan_something_is_done_to_is_no_ones_words(analysis_nlp: Language) -> None:
    for text in (
        "Plans to build 120 flats on the old bus depot site were approved by councillors"
        " on Thursday.",
        "A proposal to close the library has been rejected.",
    ):
        assert said_in_parts(analysis_nlp, text) == [], text
    text = "The developer's plans to build 120 flats were approved."
    assert said_in_parts(analysis_nlp, text) == [("The developer", "plans", "to build 120 flats")]


def test_denying_what_was_said_before_does_not_make_it_the_deniers(
    analysis_nlp: Language,
) -> None:
    for text, words_said in (
        (
            "The union said the depot had lost 30 drivers. The manager denied this.",
            "the depot had lost 30 drivers",
        ),
        (
            "The defence said the officer had lied. Judge Mary Pike rejected that.",
            "the officer had lied",
        ),
    ):
        assert [(c, w) for _, c, w in said_in_parts(analysis_nlp, text)] == [
            ("said", words_said)
        ], text
    assert said_in_parts(analysis_nlp, "The mayor denied the allegations against her.") == []
    text = "The mayor dismissed the allegations as smears."
    assert said_in_parts(analysis_nlp, text) == [
        ("The mayor", "dismissed", "the allegations as smears")
    ]


def test_the_one_told_is_no_part_of_what_was_told(analysis_nlp: Language) -> None:
    for text, words_told in (
        (
            "Two neighbours in Hull have told a tribunal that cracks opened in their walls.",
            "that cracks opened in their walls",
        ),
        ("Dr Amir Shah told the meeting he would step down.", "he would step down"),
    ):
        assert [w for _, _, w in said_in_parts(analysis_nlp, text)] == [words_told], text
    text = "They would not tell the tax office anything it did not already know."
    assert said_in_parts(analysis_nlp, text) == []


def test_a_conjunction_the_parse_left_behind_ends_no_words(analysis_nlp: Language) -> None:
    text = "The supermarket plans to open 150 shops this year and will raise its dividend to 51.5p a share."
    assert said_in_parts(analysis_nlp, text) == [
        ("The supermarket", "plans", "to open 150 shops this year")
    ]


def test_posed_intoned_opined_and_averred_report_words(analysis_nlp: Language) -> None:
    for text, expected in (
        (
            "“Who will pay for the roads now?” posed Ms Wanjiru Kamau.",
            [("Wanjiru Kamau", "posed", "“Who will pay for the roads now?”")],
        ),
        (
            "“We shall not be moved,” the bishop intoned.",
            [("the bishop", "intoned", "“We shall not be moved,”")],
        ),
        (
            "The senator opined that the bill would fail.",
            [("The senator", "opined", "that the bill would fail")],
        ),
        (
            "The witness averred that she had never met him.",
            [("The witness", "averred", "that she had never met him")],
        ),
    ):
        assert said_in_parts(analysis_nlp, text) == expected, text
    for text in ("The drought poses a threat to farmers.", "He posed for photographs with fans."):
        assert said_in_parts(analysis_nlp, text) == [], text


def test_questioning_or_rejecting_someone_reports_no_words(analysis_nlp: Language) -> None:
    for text in (
        "A poll for the paper questioned 1,500 people about their savings.",
        "Detectives questioned the driver for six hours.",
        "Voters rejected Smith at the polls.",
    ):
        assert said_in_parts(analysis_nlp, text) == [], text
    text = "She questioned the wisdom of the plan."
    assert said_in_parts(analysis_nlp, text) == [("She", "questioned", "the wisdom of the plan")]
    text = "The board dismissed him as a liar."
    assert said_in_parts(analysis_nlp, text) == [("The board", "dismissed", "him as a liar")]


def test_charging_someone_and_considering_a_thing_report_no_words(
    analysis_nlp: Language,
) -> None:
    for text in (
        "Police have charged a 24-year-old man over the stabbing in Leeds.",
        "The council will consider the plans next week.",
    ):
        assert said_in_parts(analysis_nlp, text) == [], text
    for text, expected in (
        (
            "Critics charged that the vote had been rigged.",
            [("Critics", "charged", "that the vote had been rigged")],
        ),
        (
            "Ministers consider the tax a burden on farmers.",
            [("Ministers", "consider", "the tax a burden on farmers")],
        ),
    ):
        assert said_in_parts(analysis_nlp, text) == expected, text
