"""An article opened again is served the analysis kept for its exact text, and only that."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslens import analysis_cache
from newslens.analysis import pipeline
from newslens.analysis.model import (
    Analysis,
    Claim,
    ClaimKind,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from newslens.analysis_cache import (
    cache_key,
    cached_analysis,
    entries_dir,
    store_analysis,
)
from newslens.article import Article
from newslens.cli import main
from newslens.errors import NewslensError
from newslens.sources import LoadOptions
from newslens.tui import background

TEXT = (
    "Harbour council backs the dune plan\n\n"
    'The harbourmaster, Lena Brook, said the dunes "have held for forty years" and '
    "that 120 volunteers would replant them by June.\n"
)


def analysis_of(text: str, fingerprint: str) -> Analysis:
    """A hand-made analysis: one quote and one figure, found where they are in ``text``."""
    quote_start = text.index('"have')
    quote_end = text.index('years"') + len('years"')
    figure_start = text.index("120")
    name_start = text.index("Lena Brook")
    return Analysis(
        fingerprint=fingerprint,
        speakers=(
            Speaker(
                "lena brook",
                "Lena Brook",
                SpeakerKind.PERSON,
                ((name_start, name_start + 10),),
                1,
            ),
        ),
        quotes=(
            Quote(
                ((quote_start, quote_end),),
                QuoteKind.DIRECT,
                "Lena Brook",
                "lena brook",
                (name_start, name_start + 10),
            ),
        ),
        figures=(
            Figure(figure_start, figure_start + 3, "120", FigureKind.COUNT, 120.0, "volunteers"),
        ),
        claims=(Claim(quote_start, quote_end, ClaimKind.ATTRIBUTED, "Lena Brook", score=0.5),),
        model_name="en_fake",
        model_version="1.0.0",
    )


@pytest.fixture
def model(tmp_path: Path) -> Path:
    """A model directory spaCy cannot load: only its meta.json, which names its version."""
    directory = tmp_path / "fake-model"
    directory.mkdir()
    (directory / "meta.json").write_text(json.dumps({"lang": "en", "name": "fake", "version": "1"}))
    return directory


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the pipeline analyses from now on, made without spaCy."""
    texts: list[str] = []

    def analyze(article: Article, nlp: object = None) -> Analysis:
        texts.append(article.text)
        return analysis_of(article.text, article.fingerprint)

    def analyze_many(
        articles: list[Article], nlp: object = None, n_process: int = 1, chunk_parsed: object = None
    ) -> Iterator[Analysis]:
        return (analyze(article) for article in articles)

    monkeypatch.setattr(pipeline, "analysis_pipeline", lambda nlp=None, requested=None: None)
    monkeypatch.setattr(pipeline, "analyze", analyze)
    monkeypatch.setattr(pipeline, "analyze_many", analyze_many)
    return texts


def model_never_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model was loaded")

    for name in ("analysis_pipeline", "analyze", "analyze_many"):
        monkeypatch.setattr(pipeline, name, refuse)


def child_result(
    monkeypatch: pytest.MonkeyPatch, article: Article, model: Path | None
) -> tuple[str, object]:
    """What the reader's analysis process sends back, the process's work run in this one."""
    monkeypatch.setattr(os, "nice", lambda increment: 0)  # not this test process's priority
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", os.environ.get("OPENBLAS_NUM_THREADS", "1"))
    receive, send = multiprocessing.Pipe(duplex=False)
    model_name = str(model) if model is not None else None
    background._analyse_in_child(article, LoadOptions(), model_name, None, send, None)
    kind, payload = receive.recv()
    receive.close()
    return kind, payload


def the_entry(article: Article, model: Path) -> Path:
    key = cache_key(article, str(model))
    assert key is not None
    return entries_dir() / f"{key}.json"


def test_the_sample_reopened_gets_the_same_analysis_without_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newslens.resources import sample_article

    article = Article(text=sample_article().read_text(encoding="utf-8"))
    first = child_result(monkeypatch, article, None)  # the installed model, really run
    model_never_loaded(monkeypatch)
    again = child_result(monkeypatch, article, None)
    assert first[0] == "ok" and again == first


def test_a_text_differing_only_in_blank_space_or_accents_is_analysed_afresh(
    monkeypatch: pytest.MonkeyPatch, model: Path, analysed: list[str]
) -> None:
    # The same fingerprint (newslens finds its annotations again), other offsets: the
    # spaces doubled and "é" written as "e" and a combining accent.
    article = Article(text="Café talk\n\n" + TEXT)
    other = Article(text="Cafe\u0301 talk\n\n" + TEXT.replace(" said", "  said"))
    assert other.fingerprint == article.fingerprint
    child_result(monkeypatch, article, model)
    kind, result = child_result(monkeypatch, other, model)
    assert kind == "ok" and result == analysis_of(other.text, other.fingerprint)
    assert analysed == [article.text, other.text]


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: b"",
        lambda entry: entry[: len(entry) // 2],
        lambda entry: b"\xff\xfe not json",
        lambda entry: b"[]",
        lambda entry: b'{"key": 3}',
        lambda entry: entry.replace(b'"schema_version":1', b'"schema_version":99'),
        lambda entry: entry.replace(b'"start":', b'"start":100000', 1),
        lambda entry: entry.replace(b'"kind":"count"', b'"kind":"heap"'),
        lambda entry: re.sub(rb'"start":(\d+)', rb'"start":\1.5', entry, count=1),
        lambda entry: entry.replace(b'"parts":[[', b'"parts":[],"was":[[', 1),
    ],
    ids=[
        "empty",
        "cut short",
        "not json",
        "a list",
        "no analysis",
        "schema",
        "span",
        "kind",
        "half offset",
        "no parts",
    ],
)
def test_a_damaged_entry_is_analysed_again_and_replaced(
    monkeypatch: pytest.MonkeyPatch,
    model: Path,
    analysed: list[str],
    damage: Callable[[bytes], bytes],
) -> None:
    article = Article(text=TEXT)
    child_result(monkeypatch, article, model)
    entry = the_entry(article, model)
    entry.write_bytes(damage(entry.read_bytes()))
    kind, result = child_result(monkeypatch, article, model)
    assert kind == "ok" and result == analysis_of(TEXT, article.fingerprint)
    assert len(analysed) == 2
    assert cached_analysis(article, entry.stem) == result  # whole again


def test_an_unwritable_cache_still_analyses(
    monkeypatch: pytest.MonkeyPatch, model: Path, analysed: list[str], tmp_path: Path
) -> None:
    in_the_way = tmp_path / "a file, not a directory"
    in_the_way.write_text("")
    monkeypatch.setenv("NEWSLENS_CACHE_DIR", str(in_the_way))
    article = Article(text=TEXT)
    for _ in range(2):
        kind, result = child_result(monkeypatch, article, model)
        assert kind == "ok" and result == analysis_of(TEXT, article.fingerprint)
    assert len(analysed) == 2


def test_another_model_version_or_analysis_code_misses(
    monkeypatch: pytest.MonkeyPatch, model: Path, analysed: list[str]
) -> None:
    article = Article(text=TEXT)
    child_result(monkeypatch, article, model)
    child_result(monkeypatch, article, model)
    assert len(analysed) == 1
    (model / "meta.json").write_text(json.dumps({"lang": "en", "name": "fake", "version": "2"}))
    child_result(monkeypatch, article, model)
    assert len(analysed) == 2
    monkeypatch.setattr(analysis_cache, "code_version", lambda: "rules edited")
    child_result(monkeypatch, article, model)
    assert len(analysed) == 3


def test_a_failed_analysis_is_not_kept(
    monkeypatch: pytest.MonkeyPatch, model: Path, analysed: list[str]
) -> None:
    article = Article(text=TEXT)

    def fail(article: Article, nlp: object = None) -> Analysis:
        raise NewslensError("the parser gave up")

    with monkeypatch.context() as failing:
        failing.setattr(pipeline, "analyze_many", lambda articles, *_, **__: map(fail, articles))
        assert child_result(monkeypatch, article, model) == ("error", "the parser gave up")
    assert not the_entry(article, model).exists()
    assert child_result(monkeypatch, article, model)[0] == "ok"
    assert len(analysed) == 1


def test_the_least_recently_used_entries_go_beyond_the_limit(model: Path) -> None:
    articles = [Article(text=f"Story {n}\n\n{TEXT}") for n in range(4)]
    keys = [cache_key(article, str(model)) for article in articles]
    sizes = []
    for article, key in zip(articles, keys, strict=True):
        assert key is not None
        store_analysis(key, analysis_of(article.text, article.fingerprint))
        entry = entries_dir() / f"{key}.json"
        sizes.append(entry.stat().st_size)
        os.utime(entry, (len(sizes), len(sizes)))  # stored in this order, a second apart
    assert keys[0] is not None and cached_analysis(articles[0], keys[0]) is not None  # read now
    key = cache_key(Article(text=f"Story 9\n\n{TEXT}"), str(model))
    assert key is not None
    store_analysis(key, analysis_of(TEXT, "x"), limit=sum(sizes[:3]) + 10)
    kept = {path.stem for path in entries_dir().iterdir()}
    assert kept == {keys[0], keys[3], key}


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=1),
    value=st.one_of(st.none(), st.floats(allow_nan=False), st.text()),
    data=st.data(),
)
def test_any_kept_analysis_reads_back_exactly(
    model: Path, text: str, value: float | str | None, data: st.DataObject
) -> None:
    article = Article(text=text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    analysis = Analysis(
        fingerprint=article.fingerprint,
        speakers=(Speaker(text, text[start:end], SpeakerKind.UNKNOWN, ((start, end),)),),
        figures=(Figure(start, end, text[start:end], FigureKind.QUANTITY, value, text),),
        boilerplate=((start, end),),
    )
    key = cache_key(article, str(model))
    assert key is not None
    store_analysis(key, analysis)
    assert cached_analysis(article, key) == analysis


def test_extract_reads_what_it_kept_and_no_cache_analyses_afresh(
    monkeypatch: pytest.MonkeyPatch,
    model: Path,
    analysed: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "dunes.txt"
    source.write_text(TEXT, encoding="utf-8")
    command = ["extract", str(source), "--model", str(model), "--format", "text"]
    assert main(command) == 0
    first = capsys.readouterr().out
    assert main([*command, "--no-cache"]) == 0
    assert capsys.readouterr().out == first
    assert len(analysed) == 2
    model_never_loaded(monkeypatch)
    assert main(command) == 0
    assert capsys.readouterr().out == first


@pytest.mark.parametrize("no_cache", [[], ["--no-cache"]], ids=["cache", "no cache"])
def test_extract_analyses_copies_of_one_text_once_each_keeping_its_source(
    model: Path,
    analysed: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_cache: list[str],
) -> None:
    # The copy with its spaces doubled shares the fingerprint, not the offsets: its own analysis.
    respaced = TEXT.replace(" said", "  said")
    sources = []
    for name, text in [("a", TEXT), ("b", respaced), ("c", TEXT), ("d", TEXT), ("e", respaced)]:
        sources.append(tmp_path / f"{name}.txt")
        sources[-1].write_text(text, encoding="utf-8")
    command = ["extract", *map(str, sources), "--model", str(model), "--format", "jsonl"]
    assert main([*command, *no_cache]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["source"] for line in lines] == [str(source) for source in sources]
    assert [line["text"] for line in lines] == [TEXT, respaced, TEXT, TEXT, respaced]
    assert lines[2]["quotes"] == lines[0]["quotes"] != lines[1]["quotes"] == lines[4]["quotes"]
    assert analysed == [TEXT, respaced]


def test_a_byline_is_part_of_what_is_kept(model: Path) -> None:
    # A column's claims are its writer's: the same text under another byline is another analysis.
    article = Article(text=TEXT, byline="By Lena Brook")
    assert cache_key(article, str(model)) != cache_key(Article(text=TEXT), str(model))
    assert cache_key(article, str(model)) == cache_key(
        Article(text=TEXT, byline="By Lena Brook"), str(model)
    )


def test_every_module_the_analysis_runs_is_in_its_code_version() -> None:
    # An edit of one left out would serve analyses its new rules would no longer make; an edit
    # of one put in needlessly would throw every kept analysis away.
    script = (
        "import importlib, pkgutil, sys, newslens.analysis as a\n"
        "for m in pkgutil.iter_modules(a.__path__):\n"
        "    importlib.import_module('newslens.analysis.' + m.name)\n"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('newslens.')))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    # What only finds the model (config) or says why it failed (errors) makes no analysis.
    made_by = {Path(f).resolve() for f in loaded if Path(f).name not in ("config.py", "errors.py")}
    hashed = {path for path in analysis_cache._code_files() if path.suffix == ".py"}
    assert made_by == hashed
