"""The Article: one piece of text and what is known about where it came from."""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ARTICLE_SCHEMA_VERSION = 1

# A stretch of an article: start and end (exclusive), Python string indices into its text.
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Article:
    """An article as newslens reads it.

    Every offset anywhere in newslens is a Python string index into ``text``.
    """

    text: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    source: str = "-"
    fingerprint: str = ""

    def __post_init__(self) -> None:
        if not self.fingerprint:
            object.__setattr__(self, "fingerprint", fingerprint(self.text))

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": ARTICLE_SCHEMA_VERSION, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        fields = {k: data[k] for k in ("text", "title", "byline", "date", "source") if k in data}
        return cls(**fields, fingerprint=data.get("fingerprint", ""))


# A run of blank space other than one plain space: matching single spaces too made
# this 4–5× slower on long articles, for the same result.
_BLANK_RUN = re.compile(r" [ \t\f\v\u00a0]+|[\t\f\v\u00a0][ \t\f\v\u00a0]*")


# The command line's name for standard input as a source.
STDIN = "-"


def source_label(source: str) -> str:
    """Where an article came from, as a reader says it: "-" names standard input, no file."""
    return "standard input" if source == STDIN else source


def canonical_source(source: str) -> str:
    """The source as newslens keys what it keeps of an article (its annotations, where it
    was left): URLs and ``-`` as given, file paths absolute."""
    if source == STDIN or "://" in source:
        return source
    return str(Path(source).expanduser().resolve())


def normalise_for_fingerprint(text: str) -> str:
    """The text with differences that do not change what it says folded away.

    Unicode NFC, line endings and runs of blank space: a file re-saved by another
    editor keeps its fingerprint, so its annotations find it again.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _BLANK_RUN.sub(" ", text).strip()


def fingerprint(text: str) -> str:
    """sha256 of the normalised text, as hex."""
    return hashlib.sha256(normalise_for_fingerprint(text).encode("utf-8")).hexdigest()


_TITLE_MAX_CHARS = 200


# Front matter: YAML between "---" lines (Jekyll, Eleventy, Hugo) or TOML between "+++" lines
# (Hugo).
_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?=\n|$)", re.DOTALL)
# A field of front matter, "title: …" at the start of its line, and an item of a list under
# one ("  - Jo Price"); a field indented under another (a map's) is none of the text's own.
_FIELD = re.compile(r"([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")
_ITEM = re.compile(r"[ \t]*-[ \t]+(.*?)[ \t]*")


def front_matter(text: str) -> tuple[Span | None, dict[str, str]]:
    """The span of the front matter that opens a Markdown text, YAML ("---", "title: …",
    "---") or TOML ("+++", 'title = "…"', "+++"), and its fields by name in lower case, each
    its value without quotes: a list's items as "A; B". (None, {}) for a text that opens with
    none, or with lines between two rules that are no front matter.

    A field's value that is a map (a YAML field's indented under its name, a TOML table) is
    left out.
    """
    at = 0
    while at < len(text) and text[at] == "\n":  # not text.lstrip(), a copy of 5 MB
        at += 1
    found = _FRONT_MATTER.match(text, at)
    if found is None:
        return None, {}
    fields = (
        _toml_fields(found.group(2)) if found.group(1) == "+++" else _yaml_fields(found.group(2))
    )
    if not fields:
        return None, {}
    return (at, found.end()), fields


def _yaml_fields(block: str) -> dict[str, str]:
    """The fields of YAML front matter, a list's items written "[A, B]" or a line each under
    the field's name; {} for lines that are not all fields (prose between two rules)."""
    fields: dict[str, list[str]] = {}
    items: list[str] = []
    for line in block.split("\n"):
        field, item = _FIELD.fullmatch(line), _ITEM.fullmatch(line)
        if field is not None:
            value = field.group(2)
            listed = value[1:-1].split(",") if value[:1] == "[" and value[-1:] == "]" else [value]
            items = fields.setdefault(field.group(1).lower(), [])
            items.extend(v.strip().strip("\"'") for v in listed if v.strip().strip("\"'"))
        elif item is not None:
            items.append(item.group(1).strip("\"'"))
        elif line.strip() and line[:1] not in (" ", "\t", "#"):
            return {}
    return {name: "; ".join(values) for name, values in fields.items()}


def _toml_fields(block: str) -> dict[str, str]:
    """The fields of TOML front matter, as :func:`_yaml_fields` gives them (a date TOML
    writes bare, 2026-09-14T08:30:00+01:00, as Python writes it); {} for a block that is no
    TOML, which is then read as text, as prose between YAML's rules is."""
    try:
        table = tomllib.loads(block)
    except tomllib.TOMLDecodeError:
        return {}
    params = table.get("params")
    if isinstance(params, dict):
        # Hugo keeps a page's own fields under [params] ("author"): the text's too, where
        # the top level has none of the same name, singular or plural ("authors").
        own = {name.removesuffix("s") for name in table}
        table = {k: v for k, v in params.items() if k.removesuffix("s") not in own} | table
    # A table, or a list of them, is none of the text's own fields, as a YAML map is none.
    return {
        name.lower(): "; ".join(
            str(item).strip()
            for item in (value if isinstance(value, list) else [value])
            if not isinstance(item, dict | list) and str(item).strip()
        )
        for name, value in table.items()
    }


# Text pasted from a page puts each paragraph on one line, well over the width at which text
# is wrapped by hand (72–80 characters), so a line that long is no continuation of the one
# before it.
_PARAGRAPH_LINE = 120


def _opens_paragraphs(first: str, rest: str) -> bool:
    """Whether a first line with no blank line after it is a headline over the story: a line
    that ends no sentence, above a whole paragraph on one line or one wrapped by hand."""
    following = rest.partition("\n\n")[0].split("\n")
    if first.endswith("."):
        return False
    return len(following[0].strip()) > _PARAGRAPH_LINE or _stops_short(first, following)


# Text copied from a PDF or wrapped by hand breaks a line where the next word would not fit,
# so each line of a paragraph but its last is nearly as long as the longest. A first line
# with room to spare for the word that follows it ends there because it is a line of its own.
_WRAPPED_LINES = 3  # looked at: a page number or a running head may come further down


def _stops_short(first: str, paragraph: list[str]) -> bool:
    # A paragraph's last line may be short, unless it is its only line (a standfirst under
    # the headline): the width the text is wrapped at is at least that line's.
    wrapped = [
        line.strip() for line in paragraph[: max(1, min(len(paragraph) - 1, _WRAPPED_LINES))]
    ]
    if not wrapped[0] or not re.match(r"[\"“‘'(\[]?[A-Z0-9]", paragraph[0].strip()):
        return False
    next_word = paragraph[0].split()[0]
    return len(first) + 1 + len(next_word) < min(len(line) for line in wrapped)


# The slugs a wire service puts before a headline, each with a version number or not:
# "UPDATE 2-", "CORRECTED-UPDATE 1-", "EXCLUSIVE-". They tell the copy's history, not its story.
WIRE_SLUGS = (
    *("UPDATE", "WRAPUP", "CORRECTED", "REFILE", "RPT", "EXCLUSIVE", "INSIGHT", "ANALYSIS"),
    *("FACTBOX", "PREVIEW", "TIMELINE", "BREAKINGVIEWS", "BRIEF", "FEATURE", "COLUMN"),
)
_WIRE_SLUG = re.compile(rf"^(?:(?:{'|'.join(WIRE_SLUGS)})(?: \d+)?-)+(?=\S)")


# The labels of the sections that say what kind of piece a headline tops.
_LABELS = (
    r"(?:news )?analysis|opinion|op-?ed|editorial|comment(?:ary)?|column|perspective"
    r"|viewpoint|letters?(?: to the editor)?|explainer|fact[ -]?check|obituary|satire"
    r"|(?:guest )?essay|sponsored(?: content)?|paid (?:content|post)|partner content"
)
# A section's label in front of a headline: "Opinion | Why the bridge must close", "ANALYSIS:
# …", "Letters – …". A separator must follow it: "Opinion polls show …" is a headline.
_SECTION_LABEL = re.compile(
    rf"(?P<label>{_LABELS})[ \t]*(?:[|:]|[ \t][–—-])[ \t]*(?P<headline>\S.*)", re.IGNORECASE
)
_LABEL_ALONE = re.compile(_LABELS, re.IGNORECASE)
# The wire's slugs that say what kind of piece follows, where the others tell its history.
_KIND_SLUGS = {"ANALYSIS": "Analysis", "COLUMN": "Column", "BREAKINGVIEWS": "Breakingviews"}


def split_section_label(title: str) -> tuple[str, str | None]:
    """The headline of a title and the section label in front of it ("Opinion"), if any."""
    labelled = _SECTION_LABEL.fullmatch(title)
    if labelled is None:
        return title, None
    return labelled.group("headline"), _as_shown(labelled.group("label"))


def section_label(words: str) -> str | None:
    """The section label ("Opinion") that ``words`` are, and nothing else, or None: the
    part of a page's <title> between its headline and the site's name ("… | Opinion | …")."""
    return _as_shown(words.strip()) if _LABEL_ALONE.fullmatch(words.strip()) else None


def _as_shown(label: str) -> str:
    return label[0].upper() + label[1:].lower()


def with_section_label(headline: str, label: str | None) -> str:
    """The title shown for a headline: the headline first, so that it is what a narrow header
    or a list of articles shows, and its section's label after it, since a fact-checker reads
    an opinion or an analysis differently from a report."""
    return headline if label is None else f"{headline} ({label})"


def written_in_capitals(line: str) -> bool:
    """Whether a line is written in capitals, as no line of a paragraph is."""
    # Read up to the first letter not in capitals: a paragraph's second letter, mostly.
    letters = 0
    for c in line:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters > 1


def title_from_first_line(text: str) -> str | None:
    """The first line, when it reads like a headline rather than a paragraph.

    A headline is short, stands alone (a blank line, the end or a paragraph on one line
    follows it) and does not end like a sentence mid-paragraph would with a colon or a comma.
    """
    first, sep, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    # A Markdown heading is a title by definition; its marks are no part of it.
    unmarked = re.sub(r"^#{1,6}\s+", "", first)
    label_alone = section_label(unmarked)
    if label_alone is not None:
        # A section's label on a line of its own over the headline ("OPINION", then the
        # headline): shown after the headline, as a label in front of it on its line is.
        # A paragraph under it is the piece itself, untitled: the label stays the title.
        headline = title_from_first_line(rest)
        if headline is not None and not headline.endswith("."):
            return with_section_label(headline, label_alone)
    if not first or len(first) > _TITLE_MAX_CHARS:
        return None
    if first.endswith((",", ";", ":")):
        return None
    standalone = (
        rest.startswith("\n") or written_in_capitals(first) or _opens_paragraphs(first, rest)
    )
    if sep and rest and not standalone:
        return None
    first = unmarked
    slug = _WIRE_SLUG.match(first)
    kind = None if slug is None else _kind_of_slug(slug.group())
    first, label = split_section_label(first if slug is None else first[slug.end() :])
    if len(first.split()) > 30:
        return None
    return with_section_label(first, label or kind)


def _kind_of_slug(slug: str) -> str | None:
    return next((_KIND_SLUGS[w] for w in re.findall(r"[A-Z]+", slug) if w in _KIND_SLUGS), None)
