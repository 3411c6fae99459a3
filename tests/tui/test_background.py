"""The analysis child process: results, errors and stopping it early."""

from __future__ import annotations

import pytest

from newslens.article import Article
from newslens.errors import NewslensError
from newslens.tui.background import BackgroundAnalysis


def test_a_failing_analysis_comes_back_as_a_user_error() -> None:
    article = Article(text="Mayor Ann Holt said the wall will hold.\n")
    analysis = BackgroundAnalysis(article, model="no_such_model_for_newslens_tests")
    with pytest.raises(NewslensError, match="no_such_model_for_newslens_tests"):
        analysis(article)
    analysis.close()


def test_close_stops_a_running_analysis() -> None:
    article = Article(text="Words. " * 1000)
    analysis = BackgroundAnalysis(article)
    analysis.close()
    assert not analysis._process.is_alive()
    with pytest.raises(NewslensError, match="ended without a result"):
        analysis(article)


def test_it_answers_only_for_its_own_article() -> None:
    article = Article(text="One.\n")
    analysis = BackgroundAnalysis(article, model="no_such_model_for_newslens_tests")
    with pytest.raises(ValueError, match="another article"):
        analysis(Article(text="Two.\n"))
    analysis.close()
