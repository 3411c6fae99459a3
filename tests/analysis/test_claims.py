"""Claims: what becomes one, of which kind, and how they rank."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from newslens.analysis.claims import (
    CHECKWORTHY,
    Claim,
    claims_of,
    find_claims,
    score_span,
    span_features,
    word_lists,
)
from newslens.analysis.claims.scores import _WEIGHTS
from newslens.analysis.figures import figures_of, find_figures
from newslens.analysis.model import ClaimKind, Quote, QuoteKind
from newslens.analysis.pipeline import analyze
from newslens.article import Article
from newslens.boilerplate import find_boilerplate
from newslens.resources import sample_article

ARTICLE = (
    "Council approves flood barrier\n\n"
    "The council approved a £4.2 million flood barrier on Tuesday. "
    "“The river has burst its banks three times since 2010,” said mayor Ann Hale. "
    "I think the town deserves better. "
    "Will the barrier be ready by winter? "
    "The contractor built a similar wall in Leeds last year. "
    "Maybe it will look nice.\n"
    "Share this article\n"
)
QUOTED = "The river has burst its banks three times since 2010,"


def quote_in(text: str) -> Quote:
    start = text.index(QUOTED)
    cue = text.index("said mayor")
    return Quote(
        parts=((start, start + len(QUOTED)),),
        kind=QuoteKind.DIRECT,
        speaker="Ann Hale",
        speaker_key="ann hale",
        speaker_span=(text.index("Ann Hale"), text.index("Ann Hale") + 8),
        cue="said",
        cue_span=(cue, cue + 4),
    )


def claims_for(nlp: Language, text: str = ARTICLE) -> tuple[Doc, list[Claim]]:
    doc = nlp(text)
    quotes = [quote_in(text)] if QUOTED in text else []
    return doc, find_claims(doc, quotes, find_figures(doc), find_boilerplate(text))


def claim_texts(doc: Doc, claims: list[Claim]) -> list[str]:
    return [doc.text[c.start : c.end] for c in claims]


def test_a_quote_is_an_attributed_claim_of_its_speaker(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    attributed = [c for c in claims if c.kind is ClaimKind.ATTRIBUTED]
    assert len(attributed) == 1
    claim = attributed[0]
    assert doc.text[claim.start : claim.end] == QUOTED
    assert (claim.claimant, claim.claimant_key, claim.cue) == ("Ann Hale", "ann hale", "said")


def test_attributed_claim_carries_the_figures_inside_it(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    claim = next(c for c in claims if c.kind is ClaimKind.ATTRIBUTED)
    assert [doc.text[a:b] for a, b in claim.figures] == ["three", "2010"]


def test_a_sentence_stating_a_figure_is_a_numeric_claim(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    numeric = [c for c in claims if c.kind is ClaimKind.NUMERIC]
    sentence = "The council approved a £4.2 million flood barrier on Tuesday."
    assert claim_texts(doc, numeric) == [sentence]
    assert "£4.2 million" in [doc.text[a:b] for a, b in numeric[0].figures]


def test_a_past_event_without_figures_is_another_checkable_claim(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    other = claim_texts(doc, [c for c in claims if c.kind is ClaimKind.ASSERTION])
    assert "The contractor built a similar wall in Leeds last year." in other


def test_opinions_questions_and_hedged_predictions_are_not_claims(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    texts = " ".join(claim_texts(doc, claims))
    for sentence in ("I think the town", "Will the barrier", "Maybe it will look nice"):
        assert sentence not in texts


def test_boilerplate_never_becomes_a_claim(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    assert all("Share this" not in doc.text[c.start : c.end] for c in claims)


def test_the_quoted_sentence_is_not_listed_twice(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    assert sum("burst its banks" in doc.text[c.start : c.end] for c in claims) == 1


def test_claims_are_ranked_by_score(nlp: Language) -> None:
    _, claims = claims_for(nlp)
    scores = [c.score for c in claims]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_figures_and_record_outrank_plain_assertions(nlp: Language) -> None:
    doc, claims = claims_for(nlp)
    ranked = claim_texts(doc, claims)
    numeric = ranked.index("The council approved a £4.2 million flood barrier on Tuesday.")
    assert numeric < ranked.index("The contractor built a similar wall in Leeds last year.")


def test_first_person_in_a_quote_counts_as_the_speakers_statement(nlp: Language) -> None:
    text = "“We have lost 40 jobs this year,” the manager said. We have lost 40 jobs this year."
    doc = nlp(text)
    start = text.index("We have")
    quote = Quote(parts=((start, start + 31),), kind=QuoteKind.DIRECT, speaker="the manager")
    claims = find_claims(doc, [quote], find_figures(doc))
    attributed = next(c for c in claims if c.kind is ClaimKind.ATTRIBUTED)
    assert attributed.score >= max(c.score for c in claims if c.kind is not ClaimKind.ATTRIBUTED)


def test_opinion_scores_below_the_checkworthy_threshold(nlp: Language) -> None:
    doc = nlp("I believe we should be proud of what this country can do.")
    assert find_claims(doc, [], find_figures(doc)) == []


def test_component_reads_figures_and_sets_claims(nlp: Language) -> None:
    pipeline = Language(vocab=nlp.vocab)
    for name in nlp.pipe_names:
        pipeline.add_pipe(name, source=nlp)
    pipeline.add_pipe("newslens_figures")
    pipeline.add_pipe("newslens_claims")
    doc = pipeline("The council approved a £4.2 million flood barrier on Tuesday.\nShare this\n")
    claims = claims_of(doc)
    assert [doc.text[c.start : c.end] for c in claims] == [
        "The council approved a £4.2 million flood barrier on Tuesday."
    ]
    assert claims_of(doc, offset=5)[0].start == claims[0].start + 5
    assert claims[0].figures == tuple((f.start, f.end) for f in figures_of(doc))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "The",
                "council",
                "voted",
                "42%",
                "in",
                "2014",
                "?",
                ".",
                "I",
                "think",
                "will",
                "“",
                "”",
                "\n",
                "Share this",
                "more than 300",
                "Mr Smith",
                "said",
                ",",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_any_text_gives_ranked_claims_in_range(nlp: Language, text: str) -> None:
    doc = nlp(text)
    claims = find_claims(doc, [], find_figures(doc), find_boilerplate(text))
    assert [c.score for c in claims] == sorted((c.score for c in claims), reverse=True)
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert 0.0 <= claim.score <= 1.0
        assert claim.kind is ClaimKind.NUMERIC or claim.score >= CHECKWORTHY
        assert all(claim.start <= a < b <= claim.end for a, b in claim.figures)


def test_a_sentence_that_attributes_a_quote_is_not_listed_again(nlp: Language) -> None:
    text = '"Rents doubled," said Ann Hale, who has run the shop on Mill Street since 2009.'
    doc = nlp(text)
    cue = text.index("said")
    quote = Quote(
        parts=((1, 15),),
        kind=QuoteKind.DIRECT,
        speaker="Ann Hale",
        cue="said",
        cue_span=(cue, cue + 4),
    )
    claims = find_claims(doc, [quote], find_figures(doc))
    assert [(c.kind, c.start, c.end) for c in claims] == [(ClaimKind.ATTRIBUTED, 1, 15)]


def test_offset_takes_and_gives_spans_of_the_whole_text(nlp: Language) -> None:
    prefix = "An earlier paragraph, analysed as another chunk.\n\n"
    whole = prefix + ARTICLE
    doc = nlp(ARTICLE)
    local = find_claims(doc, [quote_in(ARTICLE)], find_figures(doc), find_boilerplate(ARTICLE))
    shifted = find_claims(
        doc,
        [quote_in(whole)],
        find_figures(doc, offset=len(prefix)),
        find_boilerplate(whole),
        offset=len(prefix),
    )
    assert [(c.start - len(prefix), c.end - len(prefix), c.score) for c in shifted] == [
        (c.start, c.end, c.score) for c in local
    ]
    assert all(
        whole[c.start : c.end] == ARTICLE[c.start - len(prefix) : c.end - len(prefix)]
        for c in shifted
    )


def test_sample_article_claims_hold_its_checkable_statements(nlp: Language) -> None:
    import newslens.analysis.components  # noqa: F401  (registers the quote components)

    pipeline = Language(vocab=nlp.vocab)
    for name in nlp.pipe_names:
        pipeline.add_pipe(name, source=nlp)
    for name in ("newslens_quotes", "newslens_attribution", "newslens_figures", "newslens_claims"):
        pipeline.add_pipe(name)
    text = sample_article().read_text(encoding="utf-8")
    claims = claims_of(pipeline(text))
    texts = [text[c.start : c.end] for c in claims]
    for words in ("significant losses", "nearly 19,000", "more than 300 applications"):
        assert any(words in t for t in texts), words
    tail = find_boilerplate(text)[0][0]
    assert all(c.start < tail for c in claims)
    assert all(c.score >= CHECKWORTHY for c in claims if "nearly 19,000" in text[c.start : c.end])


def score_of(nlp: Language, text: str) -> float:
    doc = nlp(text)
    return score_span(doc[:], find_figures(doc))


def test_every_feature_has_a_weight_and_every_weight_a_feature(nlp: Language) -> None:
    doc = nlp("The senator voted against the bill in 2019.")
    assert set(span_features(doc[:], find_figures(doc))) | {"bias"} == set(_WEIGHTS)


def test_word_lists_are_read_from_the_data_file() -> None:
    lists = word_lists()
    assert "vetoed" in lists["stance"]
    assert "unemployment" in lists["topics"]
    assert "if" in lists["hypothetical"]


def test_a_voting_record_is_checkable_and_a_condition_is_not(nlp: Language) -> None:
    assert score_of(nlp, "The senator voted against the farm bill twice.") >= CHECKWORTHY
    assert score_of(nlp, "If we had acted sooner, things would be different.") < CHECKWORTHY


def test_a_promise_ranks_below_the_record_of_the_same_act(nlp: Language) -> None:
    promise = score_of(nlp, "We will cut taxes for working families.")
    record = score_of(nlp, "The governor cut taxes for working families.")
    assert promise < CHECKWORTHY <= record


def test_now_counts_as_the_state_of_things_but_not_as_a_turn_opener(nlp: Language) -> None:
    opener = nlp("Now, let me tell you something.")
    state = nlp("Unemployment is now higher than it was.")
    assert span_features(opener[:], [])["now"] == 0.0
    assert span_features(state[:], find_figures(state))["now"] == 1.0


def test_vague_generalities_and_value_talk_are_not_claims(nlp: Language) -> None:
    for text in ("That is the thing about freedom.", "I believe in the future of this nation."):
        doc = nlp(text)
        assert find_claims(doc, [], find_figures(doc)) == [], text


def test_a_call_to_act_is_not_a_claim_wherever_it_stands(nlp: Language) -> None:
    doc = nlp("And this year, let's give every family a tax credit for child care.")
    assert span_features(doc[:], find_figures(doc))["should"] == 1.0
    assert find_claims(doc, [], find_figures(doc)) == []


def test_a_main_verb_of_opinion_marks_the_sentence_whoever_holds_it(nlp: Language) -> None:
    opinion = nlp("Most voters want lower prices at the pump.")
    record = nlp("Most voters paid higher prices at the pump last year.")
    assert span_features(opinion[:], [])["root_opinion"] == 1.0
    assert span_features(record[:], find_figures(record))["root_opinion"] == 0.0
    assert score_of(nlp, opinion.text) < CHECKWORTHY <= score_of(nlp, record.text)


def test_a_conversational_opener_lowers_the_score(nlp: Language) -> None:
    plain = score_of(nlp, "The plant closed in the spring.")
    opened = score_of(nlp, "So the plant closed in the spring.")
    assert opened < plain


def test_one_as_a_pronoun_is_not_a_number_but_digits_are(nlp: Language) -> None:
    pronoun = nlp("That is one thing I never understood.")
    spelled = nlp("Two plants closed in the spring.")
    written = nlp("The plant laid off 240 workers.")
    assert span_features(pronoun[:], find_figures(pronoun))["number"] == 0.0
    assert span_features(spelled[:], find_figures(spelled))["number"] == 1.0
    assert span_features(spelled[:], find_figures(spelled))["digits"] == 0.0
    assert span_features(written[:], find_figures(written))["digits"] == 1.0


def test_environment_words_count_as_policy_topics(nlp: Language) -> None:
    assert {"emissions", "pollution", "wetlands"} <= word_lists()["topics"]
    doc = nlp("The mill doubled its emissions of carbon.")
    assert span_features(doc[:], find_figures(doc))["topics"] > 0.0


def test_a_denied_past_vote_is_checkable(nlp: Language) -> None:
    denied = nlp("The mayor did not vote for the budget.")
    assert span_features(denied[:], find_figures(denied))["denied_past"] == 1.0
    assert score_of(nlp, denied.text) >= CHECKWORTHY
    refused = nlp("The mayor does not like the budget.")
    assert span_features(refused[:], find_figures(refused))["denied_past"] == 0.0


def test_a_measured_state_is_checkable_and_a_judgement_is_not(nlp: Language) -> None:
    measured = nlp("The harbour was the busiest in the region.")
    judged = nlp("The harbour is beautiful in the spring.")
    assert span_features(measured[:], find_figures(measured))["measured_state"] == 1.0
    assert span_features(judged[:], find_figures(judged))["measured_state"] == 0.0
    assert score_of(nlp, judged.text) < CHECKWORTHY <= score_of(nlp, measured.text)


def test_what_a_body_would_or_must_do_is_not_a_claim_but_what_it_did_is(nlp: Language) -> None:
    for text in ("The council would close the library.", "The council must close the library."):
        doc = nlp(text)
        assert span_features(doc[:], find_figures(doc))["modal_root"] == 1.0
        assert score_of(nlp, text) < CHECKWORTHY, text
    assert score_of(nlp, "The council closed the library last year.") >= CHECKWORTHY


def test_most_as_a_quantity_is_not_a_superlative(nlp: Language) -> None:
    quantity = nlp("Most residents oppose the new road.")
    superlative = nlp("The road is the most expensive project in the county.")
    assert span_features(quantity[:], [])["superlative"] == 0.0
    assert span_features(superlative[:], [])["superlative"] == 1.0


def test_the_reporters_own_figure_before_an_attribution_is_a_claim(
    analysis_nlp: Language,
) -> None:
    text = "Drivers were offered a 4% pay rise, but the union says this is a real-terms cut."
    claims = analyze(Article(text=text), nlp=analysis_nlp).claims
    numeric = [text[c.start : c.end] for c in claims if c.kind is ClaimKind.NUMERIC]
    assert numeric == ["Drivers were offered a 4% pay rise"]
    attributed = [text[c.start : c.end] for c in claims if c.kind is ClaimKind.ATTRIBUTED]
    assert attributed == ["this is a real-terms cut"]


def test_the_reporters_clause_before_warnings_in_a_phrase_ends_before_the_phrase(
    analysis_nlp: Language,
) -> None:
    text = (
        "Councillors approved a £12 million plan to rebuild the pool, despite warnings that "
        "the town will be without one for two years."
    )
    claims = analyze(Article(text=text), nlp=analysis_nlp).claims
    numeric = [text[c.start : c.end] for c in claims if c.kind is ClaimKind.NUMERIC]
    assert numeric == ["Councillors approved a £12 million plan to rebuild the pool"]


def test_reported_words_ending_in_a_percentage_keep_it(analysis_nlp: Language) -> None:
    text = "He said inflation would stay near 3%."
    [claim] = analyze(Article(text=text), nlp=analysis_nlp).claims
    assert text[claim.start : claim.end] == "inflation would stay near 3%"
    assert [text[a:b] for a, b in claim.figures] == ["near 3%"]


def test_words_reported_as_not_said_are_no_claim(analysis_nlp: Language) -> None:
    text = (
        "A spokeswoman for the council said the scheme would be finished by March. "
        "She declined to say how much had already been spent."
    )
    result = analyze(Article(text=text), nlp=analysis_nlp)
    claimed = [text[c.start : c.end] for c in result.claims]
    assert not any("spent" in words for words in claimed), claimed
    assert any("finished by March" in words for words in claimed), claimed


def test_reported_speech_that_only_names_its_subject_is_no_claim(analysis_nlp: Language) -> None:
    text = (
        "Treasury Secretary Janet Morales welcomed the report. "
        "The union denied the allegations. "
        "The minister confirmed the deaths of 300 soldiers. "
        "She said the plant would close."
    )
    result = analyze(Article(text=text), nlp=analysis_nlp)
    reported = [text[q.start : q.end] for q in result.quotes]
    assert "the report" in reported  # still highlighted as what she reported on
    claimed = [text[c.start : c.end] for c in result.claims if c.kind is ClaimKind.ATTRIBUTED]
    assert not any(words in ("the report", "the allegations") for words in claimed), claimed
    assert any("300 soldiers" in words for words in claimed), claimed
    assert "the plant would close" in claimed


def test_a_reported_sentence_the_tagger_misreads_is_still_a_claim(analysis_nlp: Language) -> None:
    # "reeks" is tagged a noun here, so the words hold no verb, yet they are a sentence.
    text = "According to Dale Whitcombe, the move reeks of fear."
    result = analyze(Article(text=text), nlp=analysis_nlp)
    claimed = [text[c.start : c.end] for c in result.claims if c.kind is ClaimKind.ATTRIBUTED]
    assert claimed == ["the move reeks of fear"]


def test_the_last_sentence_of_a_quote_is_not_listed_again_as_the_reporters(
    analysis_nlp: Language,
) -> None:
    text = (
        "“Please do not drive into floodwater. We have already pulled 40 people out of cars"
        " this week,” she said."
    )
    claims = analyze(Article(text=text), nlp=analysis_nlp).claims
    assert [c.kind for c in claims] == [ClaimKind.ATTRIBUTED]


def test_datelines_and_a_live_blogs_times_are_no_part_of_a_claim(analysis_nlp: Language) -> None:
    lines = {
        "NEW YORK, Feb 6 (Reuters) - Harlow Foods cut 400 jobs on Thursday.": "Harlow Foods",
        "CHENNAI, March 12: The state government has approved 1,200 new buses.": "The state",
        "WASHINGTON (AP) — The Senate passed the $1.2 trillion bill on Tuesday.": "The Senate",
        "14:52 The Chancellor cut fuel duty by 5p a litre.": "The Chancellor",
        "90+2' Mendes scores his 12th goal of the season.": "Mendes",
    }
    for line, opening in lines.items():
        claims = analyze(Article(text=line), nlp=analysis_nlp).claims
        assert [line[c.start : c.end].split(" ")[0] for c in claims] == [opening.split()[0]], line
        assert all(
            line[a:b] not in ("Feb 6", "March 12", "14:52") for c in claims for a, b in c.figures
        )


def test_a_tables_rows_are_claims_and_its_head_and_a_dated_title_are_not(
    analysis_nlp: Language,
) -> None:
    text = (
        "Council budget 2026\n\n"
        "Department | 2026 (£m) | Change\n"
        "Schools | 412.5 | +2.1%\n"
        "Transport | 85.1 | -3.3%\n"
    )
    claims = analyze(Article(text=text), nlp=analysis_nlp).claims
    assert sorted(text[c.start : c.end] for c in claims) == [
        "Schools | 412.5 | +2.1%",
        "Transport | 85.1 | -3.3%",
    ]


# An email wrapped by hand at 66 characters: a sentence runs over a line end.
WRAPPED_EMAIL = (
    "Dear members,\n\n"
    "The harbour board met on Monday and agreed the repairs to the north\n"
    "pier. The work is expected to take six weeks and to cost about 180,000\n"
    "pounds, which the board will pay from its reserves this spring and the\n"
    "council has promised to match any sum raised by the members this year.\n"
)


def test_a_claim_in_text_wrapped_by_hand_runs_over_the_line_end(analysis_nlp: Language) -> None:
    article = Article(text=WRAPPED_EMAIL)
    claims = analyze(article, analysis_nlp).claims
    texts = [WRAPPED_EMAIL[c.start : c.end] for c in claims]
    costing = next(t for t in texts if "180,000" in t)
    assert "180,000\npounds" in costing
    assert costing.startswith("The work is expected")
