"""Whatever text a user brings (scripts written right to left, CJK, emoji joined by
zero-width joiners, combining marks, figures grouped by no-break spaces, digits of other
scripts, control characters, Markdown), the analysis never fails, and every span in it is in
the text, in order, and indexes the words its JSON gives: a figure's text, a quote's cue."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newslens.analysis.model import Analysis
from newslens.analysis.pipeline import analyze
from newslens.article import Article, Span
from newslens.json_text import dumps

PIECES = st.sampled_from(
    [
        " said Ana Ruiz",
        " The mayor said that",
        " homes were flooded",
        " Officials expect",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "״",
        '"',
        "19\u00a0000",
        "£1\u202f234",
        "3,000",
        "40%",
        "٣٠٠",
        "３００",
        "10²",
        "½",
        "东京电力公司表示",
        "「引用」",
        " قال الوزير",
        " אמר השר",
        "👩\u200d👩\u200d👧",
        "🇬🇧",
        "👍🏽",
        "e\u0301",
        "\u200b",
        "\u00ad",
        "\ufeff",
        "\u202e",
        "\x00",
        "\x1b[31m",
        "\x07",
        "\x85",
        "\x0c",
        "\u2028",
        "\t",
        "\n",
        "\n\n",
        " ",
        ".",
        ",",
        ":",
        "```\n",
        "| 3,000 | x |\n",
        "# ",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join)


def assert_in_text(span: Span | None, text: str) -> None:
    assert span is None or 0 <= span[0] < span[1] <= len(text), span


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(TEXTS)
# A claim that runs on into a copyright line cites no figure of that line: the line's figures
# are furniture, not the story's.
@example(" said Ana Ruiz said Ana Ruiz“```\n©19\u00a0000")
def test_every_span_of_any_text_indexes_it(analysis_nlp: Language, text: str) -> None:
    result = analyze(Article(text=text), nlp=analysis_nlp)
    for quote in result.quotes:
        previous_end = 0
        for part in quote.parts:
            assert_in_text(part, text)
            assert previous_end <= part[0]
            previous_end = part[1]
        assert_in_text(quote.speaker_span, text)
        assert_in_text(quote.cue_span, text)
        if quote.cue_span is not None:
            assert text[slice(*quote.cue_span)] == quote.cue
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.text != ""
    figure_spans = {(figure.start, figure.end) for figure in result.figures}
    for claim in result.claims:
        assert_in_text((claim.start, claim.end), text)
        for span in claim.figures:
            assert span in figure_spans and claim.start <= span[0] < span[1] <= claim.end
    for speaker in result.speakers:
        for mention in speaker.mentions:
            assert_in_text(mention, text)
    for span in result.boilerplate:
        assert_in_text(span, text)
    assert Analysis.from_dict(json.loads(dumps(result.to_dict()))) == result
