"""The one-way flow holds: the reader never imports spaCy, the analysis never imports Textual,
annotations import neither, and starting the reader stays cheap."""

from __future__ import annotations

import subprocess
import sys

import pytest


def modules_after_import(module: str) -> set[str]:
    return modules_after_each_import([module])[module]


def modules_after_each_import(modules: list[str]) -> dict[str, set[str]]:
    """What one new interpreter has loaded after importing each of ``modules`` in turn.

    The modules a later one finds loaded were loaded by those before it, which are checked
    too: a package absent after the last import was brought in by none of them. One process
    for a list, not one each: every analysis module brings spaCy, seconds to import."""
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    print(name, *sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = (line.split() for line in result.stdout.splitlines())
    return {names[0]: set(names[1:]) for names in loaded}


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


ANALYSIS_MODULES = [
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
]


def test_analysis_never_imports_textual() -> None:
    for module, modules in modules_after_each_import(ANALYSIS_MODULES).items():
        assert "textual" not in top_level(modules), f"textual loaded by {module}"


def test_annotations_import_neither_spacy_nor_textual() -> None:
    annotations = [
        "newslens.annotations.store",
        "newslens.annotations.anchoring",
        "newslens.annotations.exports",
    ]
    for module, modules in modules_after_each_import(annotations).items():
        loaded = top_level(modules)
        assert "spacy" not in loaded, f"spaCy loaded by {module}"
        assert "textual" not in loaded, f"textual loaded by {module}"
