"""analyze(): chunking long texts with offsets mapped back, the model named, the sample article."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.model import Analysis, QuoteKind
from newslens.analysis.pipeline import analyze, analyze_many, chunk_spans
from newslens.article import Article
from tests.analysis.helpers import run_with_text

SAMPLE = Path(__file__).parents[2] / "seeds" / "kremlin-admits-losses.txt"


@given(st.text(alphabet=st.sampled_from(list("ab .\n")), max_size=400), st.integers(2, 60))
def test_chunks_cover_the_text_in_order_within_the_limit(text: str, limit: int) -> None:
    spans = chunk_spans(text, limit)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end == start
    assert all(0 < b - a <= limit for a, b in spans) or text == ""


def test_chunks_end_at_paragraph_breaks_when_they_can() -> None:
    text = "First paragraph here.\n\nSecond one is here.\n\nThird."
    spans = chunk_spans(text, 30)
    start, end = spans[0]
    assert text[start:end] == "First paragraph here.\n\n"


def test_long_text_is_analysed_in_chunks_with_offsets_into_the_whole_text(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = "“The dam will hold through the winter storms,” engineer Paul Weber said.\n\n"
    text = "Storm season begins.\n\n" + paragraph * 12
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 200)
    assert len(chunk_spans(text, 200)) > 1
    result = analyze(Article(text=text), nlp=analysis_nlp)
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 12
    for quote in direct:
        assert text[quote.start : quote.end] == "“The dam will hold through the winter storms,”"
        assert quote.speaker_span is not None
        assert text[slice(*quote.speaker_span)].endswith("Paul Weber")
    weber = result.speaker("paul weber")
    assert weber is not None and weber.quote_count == 12 and len(weber.mentions) == 12


def test_a_long_text_on_one_line_is_read_in_chunks_cut_at_sentence_ends(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No paragraph break anywhere (a page flattened onto one line): each chunk still ends
    # where a sentence does, and what it finds points into the whole text.
    sentence = "“The dam will hold through the winter storms,” engineer Paul Weber said. "
    text = "Storm season begins. " + sentence * 12 + "Officials expect 40% more rain."
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 200)
    spans = chunk_spans(text, 200)
    assert len(spans) > 1 and all(text[end - 2 : end] == ". " for _, end in spans[:-1])
    result = analyze(Article(text=text), nlp=analysis_nlp)
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [text[q.start : q.end] for q in direct] == [
        "“The dam will hold through the winter storms,”"
    ] * 12
    assert all(text[slice(*q.speaker_span or (0, 0))].endswith("Paul Weber") for q in direct)
    assert [text[f.start : f.end] for f in result.figures][-1] == "40%"


def test_analysis_names_the_model_and_round_trips(analysis_nlp: Language) -> None:
    result = analyze(Article(text="“We won,” said the captain of the team."), nlp=analysis_nlp)
    assert result.model_name.startswith("en_core_web_sm")
    assert result.model_version.startswith("3.8")
    assert Analysis.from_dict(result.to_dict()) == result


def test_analyze_many_keeps_the_order_of_articles(analysis_nlp: Language) -> None:
    texts = [f"“Result number {n} is in,” said Judge Amy Clark." for n in range(5)] + [""]
    articles = [Article(text=t) for t in texts]
    results = list(analyze_many(articles, nlp=analysis_nlp))
    assert [r.fingerprint for r in results] == [a.fingerprint for a in articles]
    assert [len(r.quotes) for r in results] == [1] * 5 + [0]


def test_components_run_in_any_spacy_pipeline(analysis_nlp: Language) -> None:
    doc = analysis_nlp("“Prices will fall by spring,” the governor said.")
    assert doc._.newslens_quote_marks == [[0, len("“Prices will fall by spring,”")]]
    assert [q["speaker"] for q in doc._.newslens_quotes] == ["the governor"]


@pytest.fixture(scope="module")
def sample(analysis_nlp: Language) -> tuple[str, Analysis]:
    return run_with_text(analysis_nlp, SAMPLE.read_text(encoding="utf-8"))


def test_sample_article_direct_quotes_and_their_speakers(sample: tuple[str, Analysis]) -> None:
    text, result = sample
    direct = [
        (text[q.start : q.start + 20], q.speaker) for q in result.quotes if q.kind == "direct"
    ]
    assert direct == [
        ("“We have significant", "Dmitry Peskov"),
        ("“We deny that the Ru", "Dmitry Peskov"),
        ("“Our military is doi", "Dmitry Peskov"),
        ("“Our legion includes", "the leader of the legion"),
        ("“There is a real war", "one of the legionnaires"),
    ]


def test_sample_article_mistyped_mark_ends_the_first_quote(sample: tuple[str, Analysis]) -> None:
    text, result = sample
    first = next(q for q in result.quotes if q.kind == "direct")
    assert text[first.start : first.end].endswith("a huge tragedy for us, “")


def test_sample_article_speakers(sample: tuple[str, Analysis]) -> None:
    _, result = sample
    peskov = result.speaker("dmitry peskov")
    assert peskov is not None and peskov.quote_count >= 6
    keys = {s.key for s in result.speakers}
    assert {"ukrainian forces", "russia", "moscow"} <= keys


def test_sample_article_reported_speech(sample: tuple[str, Analysis]) -> None:
    text, result = sample
    reported = {
        text[q.start : q.end]: q.speaker for q in result.quotes if q.kind is not QuoteKind.DIRECT
    }
    assert reported["they have killed nearly 19,000 Russian soldiers so far"] == (
        "Ukrainian forces"
    )
    assert reported["that there is no war in Ukraine"] == "Moscow"
    hinted = next(q for q in result.quotes if q.cue == "hinted")
    assert hinted.speaker == "Dmitry Peskov" and hinted.stance == "tentative"


def test_sample_article_navigation_tail_has_no_quotes(sample: tuple[str, Analysis]) -> None:
    text, result = sample
    tail = text.index("Kremlin spokesman says war could end")
    assert all(q.start < tail for q in result.quotes)


CHUNKY = st.lists(
    st.sampled_from(
        [
            "“We will win the vote,” said Ana Ruiz.",
            " The mayor said that 3,000 homes were flooded.",
            "\n\n",
            " Officials expect 40% more rain.",
            " “It is over,” he said.",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=25, deadline=None)
@given(CHUNKY, st.integers(20, 120))
def test_chunked_offsets_point_into_the_whole_text(
    analysis_nlp: Language, text: str, limit: int
) -> None:
    saved = pipeline.CHUNK_CHARS
    pipeline.CHUNK_CHARS = limit
    try:
        result = analyze(Article(text=text), nlp=analysis_nlp)
    finally:
        pipeline.CHUNK_CHARS = saved
    for quote in result.quotes:
        if quote.kind is QuoteKind.DIRECT:
            assert text[quote.start] == "“"
        if quote.cue_span is not None and quote.cue is not None:
            assert text[slice(*quote.cue_span)] == quote.cue
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.text


def test_only_the_line_ends_of_text_wrapped_by_hand_are_soft() -> None:
    from newslens.wrapping import wrapped_line_ends

    wrapped = (
        "The city council voted on Tuesday to build a flood barrier along the\n"
        "river, after three winters of flooding in the old town. Mayor Ana Ruiz\n"
        "said the barrier would cost about 12 million euros.\n"
        "\n"
        "Tom Hale said the plan was rushed.\n"
    )
    assert {wrapped[i - 5 : i] for i in wrapped_line_ends(wrapped)} == {"g the", " Ruiz"}
    one_line_paragraphs = (
        "The city council voted on Tuesday to build a flood barrier along the river, after "
        "three winters of flooding in the old town.\n"
        "Mayor Ana Ruiz said the barrier would cost about 12 million euros, and that it would "
        "be finished by 2027.\n"
        "Opposition councillor Tom Hale said the plan was rushed and warned that costs would rise.\n"
    )
    assert not wrapped_line_ends(one_line_paragraphs)
    headline_and_list = "Council approves barrier\nWhat we know\n- cost\n- date\n- who pays\n"
    assert not wrapped_line_ends(headline_and_list)


def test_an_item_of_a_list_in_wrapped_text_opens_a_line_of_its_own() -> None:
    from newslens.wrapping import wrapped_line_ends

    text = (
        "The council listed three reasons for the delay in its report to\n"
        "members, published on Monday after a long and difficult meeting\n"
        "of the full council and its finance committee at the town hall:\n"
        "- the contractor went into administration over the summer months\n"
        "- two of the bridge piers failed their inspection in September\n"
        "2. the budget was cut by the new administration this spring\n"
    )
    soft = {text[i + 1 : i + 4] for i in wrapped_line_ends(text)}
    assert soft == {"mem", "of "}
