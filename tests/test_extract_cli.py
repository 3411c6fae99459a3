"""`newslens extract`: the analysis printed as jsonl, json or text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from newslens.cli import main


@pytest.fixture
def two_articles(tmp_path: Path, analysis_nlp: Language) -> list[Path]:
    first = tmp_path / "strike.txt"
    first.write_text(
        "Rail strike ends\n\n“The trains will run again on Monday,” union leader Ida Berg said.\n",
        encoding="utf-8",
    )
    second = tmp_path / "vote.txt"
    second.write_text("The council said that the vote would be held in March.\n", encoding="utf-8")
    return [first, second]


def test_jsonl_line_per_source_in_the_scorer_shape(
    two_articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", *map(str, two_articles), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["source"] for line in lines] == [str(p) for p in two_articles]
    first = lines[0]
    assert {
        "source",
        "title",
        "fingerprint",
        "text",
        "speakers",
        "quotes",
        "figures",
        "claims",
    } <= (first.keys())
    assert first["title"] == "Rail strike ends"
    quote = first["quotes"][0]
    assert first["text"][quote["start"] : quote["end"]] == "“The trains will run again on Monday,”"
    assert quote["kind"] == "direct" and quote["speaker"] == "Ida Berg" and quote["cue"] == "said"
    assert first["text"][slice(*quote["speaker_span"])].endswith("Ida Berg")
    assert first["text"][slice(*quote["cue_span"])] == "said"
    assert quote["parts"] == [[quote["start"], quote["end"]]]
    assert lines[1]["quotes"][0]["kind"] == "indirect"


def test_a_web_page_s_byline_and_date_come_with_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], analysis_nlp: Language
) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>Ferry fares rise</title>"
        '<meta name="author" content="Ines Varga">'
        '<meta property="article:published_time" content="2026-03-04T09:00:00Z">'
        "</head><body><article><h1>Ferry fares rise</h1>"
        "<p>Ferry fares will rise by 12 percent in May, the operator said on Tuesday.</p>"
        "<p>Commuters said the rise was the third in two years and came without warning.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["title"], record["byline"], record["date"]) == (
        "Ferry fares rise",
        "Ines Varga",
        "2026-03-04",
    )
    assert main(["extract", str(page), "--format", "text"]) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [
        "Ferry fares rise",
        str(page),
        "Ines Varga · 2026-03-04",
    ]


def test_json_of_several_sources_is_one_array(
    two_articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", *map(str, two_articles), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_source_it_cannot_read_costs_only_that_source(
    two_articles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    missing = tmp_path / "gone.txt"
    sources = [str(two_articles[0]), str(missing), str(two_articles[1])]
    assert main(["extract", *sources, "--format", fmt]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"newslens: {missing}: no such file\n"
    out = captured.out
    records = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [str(two_articles[0]), str(two_articles[1])]


def test_json_of_several_sources_stays_an_array_when_one_is_left(
    two_articles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [str(two_articles[0]), str(tmp_path / "gone.txt")]
    assert main(["extract", *sources, "--format", "json"]) == 2
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_text_is_who_said_what(
    two_articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(two_articles[0]), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Ida Berg · said · direct" in out
    assert "“The trains will run again on Monday,”" in out


def test_text_lists_the_claims_most_check_worthy_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], analysis_nlp: Language
) -> None:
    path = tmp_path / "budget.txt"
    path.write_text(
        "The city spent $4.2 million on road repairs in 2025, twice the year before.\n\n"
        "“We will fix every pothole,” Mayor Ana Ruiz said.\n\n"
        "Maybe the weather will be nicer next week.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Ana Ruiz (person) · 1 quote\n" in out
    claims = out.split("Claims (")[1]
    assert claims.startswith("2)")
    lines = claims.splitlines()
    assert lines[1].endswith("numeric assertion")
    assert lines[2].strip().startswith("The city spent $4.2 million")
    assert "attributed statement · Ana Ruiz" in claims
    assert "weather" not in claims


def test_text_never_passes_control_characters_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], analysis_nlp: Language
) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("“Ring the bell now\x07 please, everyone,” the clerk said.\n", encoding="utf-8")
    assert main(["extract", str(path), "--format", "text"]) == 0
    assert "\x07" not in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_escapes_the_control_characters_a_terminal_would_act_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], analysis_nlp: Language, fmt: str
) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("“Prices \u009b31m rose,” the clerk said of the café.\n", encoding="utf-8")
    assert main(["extract", str(path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "\u009b" not in out and "café" in out  # readable UTF-8 all the same
    record = json.loads(out)
    text = (record[0] if isinstance(record, list) else record)["text"]
    assert text == path.read_text(encoding="utf-8")  # the data exact


def test_jobs_must_be_positive(
    two_articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(two_articles[0]), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_jobs_two_gives_the_same_analysis(
    two_articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [str(p) for p in two_articles]
    assert main(["extract", *sources, "--format", "jsonl"]) == 0
    single = capsys.readouterr().out
    assert main(["extract", *sources, "--format", "jsonl", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == single
