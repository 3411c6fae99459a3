"""The one-way flow holds: the reader never imports spaCy, the analysis never imports Textual,
annotations import neither, and starting the reader stays cheap."""

from __future__ import annotations

import subprocess
import sys

import pytest


def modules_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(result.stdout.split())


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.mark.parametrize("module", ["newslens.tui.app", "newslens.cli"])
def test_reader_starts_without_spacy_or_trafilatura(module: str) -> None:
    modules = modules_after_import(module)
    loaded = top_level(modules)
    assert "spacy" not in loaded
    assert "trafilatura" not in loaded
    # Needed only for URLs and for the annotation store, after the first frame.
    assert "urllib.request" not in modules
    assert "sqlite3" not in loaded
    # The claims panel's tabs are composed after the first frame; so are their modules.
    assert "textual.widgets._tabbed_content" not in modules


@pytest.mark.parametrize(
    "module",
    [
        "newslens.analysis.pipeline",
        "newslens.analysis.chunks",
        "newslens.analysis.spacy_model",
        "newslens.analysis.components",
        "newslens.analysis.attribution",
        "newslens.analysis.figures",
        "newslens.analysis.figures.values",
        "newslens.analysis.speakers",
        "newslens.analysis.syntax.complements",
        "newslens.analysis.claims",
    ],
)
def test_analysis_never_imports_textual(module: str) -> None:
    assert "textual" not in top_level(modules_after_import(module))


@pytest.mark.parametrize(
    "module",
    [
        "newslens.annotations.store",
        "newslens.annotations.anchoring",
        "newslens.annotations.exports",
    ],
)
def test_annotations_import_neither_spacy_nor_textual(module: str) -> None:
    loaded = top_level(modules_after_import(module))
    assert "spacy" not in loaded
    assert "textual" not in loaded
