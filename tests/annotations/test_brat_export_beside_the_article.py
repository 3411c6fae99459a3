"""`newslens export --format brat -o NAME.ann` writes NAME.txt beside it: never over the
article being exported, nor over a file whose bytes differ from the article's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.annotations.exports.files import export
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article
from newslens.cli import main
from tests.annotations.conftest import TEXT, span

WINDOWS_BYTES = TEXT.replace("\n", "\r\n").encode("utf-8")


@pytest.fixture
def windows_article(tmp_path: Path) -> Article:
    """An article saved with Windows line ends, tagged as newslens read it (line ends as \\n)."""
    path = tmp_path / "ferry.txt"
    path.write_bytes(WINDOWS_BYTES)
    article = Article(text=TEXT, title="Harbour Board Says Ferry Fares Will Rise", source=str(path))
    with AnnotationStore.open() as store:
        store.tag(article, *span(TEXT, "ferry fares would rise"), "disputed", kind=TargetKind.CLAIM)
    return article


def test_an_ann_named_after_the_article_leaves_the_article_as_it_was(
    windows_article: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--all", "--format", "brat", "-o", str(tmp_path / "ferry.ann")]) == 2
    assert "not written over" in capsys.readouterr().err
    assert (tmp_path / "ferry.txt").read_bytes() == WINDOWS_BYTES
    assert not (tmp_path / "ferry.ann").exists()


def test_a_copy_with_other_line_ends_beside_the_ann_is_not_replaced(
    windows_article: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(WINDOWS_BYTES)
    assert main(["export", "--all", "--format", "brat", "-o", str(tmp_path / "copy.ann")]) == 2
    assert "not this article's text" in capsys.readouterr().err
    assert copy.read_bytes() == WINDOWS_BYTES


def _brat_entities(ann: str, text: str) -> dict[str, tuple[str, str]]:
    """Each T line of ``ann`` read as brat reads it (its lines split as Python's
    ``splitlines`` splits them): its marked text, and the text the line gives."""
    entities = {}
    for line in ann.splitlines():
        name, rest = line.split("\t", 1)
        if name.startswith("T"):
            header, given = rest.split("\t", 1)
            spans = [tuple(map(int, s.split())) for s in header.split(" ", 1)[1].split(";")]
            entities[name] = (" ".join(text[s:e] for s, e in spans), given)
    return entities


# A page break of text from a PDF, a line or paragraph separator, a vertical tab: each ends a
# line for brat, which reads a .ann line by line, as for "\n".
@pytest.mark.parametrize("separator", ["\n\f", "\u2028", "\u2029", "\x0b", "\x85", "\x1e"])
def test_a_passage_across_a_line_separator_is_marked_in_brat_on_each_side(
    tmp_path: Path, separator: str
) -> None:
    text = f"The trust said repairs would cost{separator}six million pounds. Work begins in June."
    tagged = f"repairs would cost{separator}six million pounds"
    article = Article(text=text, title="Quay repairs", source=str(tmp_path / "quay.txt"))
    with AnnotationStore.open() as store:
        store.tag(article, *span(text, tagged), "disputed", kind=TargetKind.CLAIM)
        store.tag(article, *span(text, "Work begins in June"), "verified", kind=TargetKind.CLAIM)
        written = export("brat", store.export_items(), DEFAULT_TAGS, tmp_path / "q.ann", print)
    entities = _brat_entities(written[1].read_text(encoding="utf-8"), text)
    assert entities == {
        "T1": ("repairs would cost six million pounds",) * 2,
        # A passage on one line is one span, as ever.
        "T2": ("Work begins in June",) * 2,
    }


def _brat_export(tmp_path: Path, out: Path, *tags: str) -> list[Path]:
    text = "The mayor said the bridge would reopen in May. Traffic fell by a third."
    article = Article(text=text, title="Bridge", source=str(tmp_path / "bridge.txt"))
    with AnnotationStore.open() as store:
        for tag in tags:
            store.tag(article, *span(text, "the bridge would reopen in May"), tag)
        return export("brat", store.export_items(), DEFAULT_TAGS, out, print)


def _declared(conf: str, section: str) -> list[str]:
    """The names an annotation.conf section declares, as brat reads them."""
    body = conf.split(f"[{section}]\n", 1)[1].split("\n[", 1)[0]
    return [line.split("\t")[0] for line in body.splitlines() if line and line[0] != "#"]


def test_a_brat_export_declares_its_types_and_each_tag_as_brat_checks_them(
    tmp_path: Path,
) -> None:
    written = _brat_export(tmp_path, tmp_path, "disputed", "needs source")
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert tmp_path / "annotation.conf" in written
    assert _declared(conf, "entities") == ["Claim", "Quote", "Figure", "Span"]
    assert _declared(conf, "attributes") == ["disputed", "needs_source"]
    # brat keeps one value per attribute of an annotation: each tag is its own attribute.
    ann = next(p for p in written if p.suffix == ".ann").read_text(encoding="utf-8")
    assert [line.split("\t")[1] for line in ann.splitlines() if line[0] == "A"] == [
        "disputed T1",
        "needs_source T1",
    ]


def test_a_later_export_adds_its_new_tags_to_the_conf_newslens_wrote(tmp_path: Path) -> None:
    _brat_export(tmp_path, tmp_path, "disputed")
    _brat_export(tmp_path, tmp_path, "false")
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert _declared(conf, "attributes") == ["disputed", "false"]


def test_the_users_own_annotation_conf_is_left_as_it_was(tmp_path: Path) -> None:
    own = "[entities]\nClaim\n[attributes]\nChecked\tArg:<ENTITY>\n"
    (tmp_path / "annotation.conf").write_text(own, encoding="utf-8")
    written = _brat_export(tmp_path, tmp_path / "bridge.ann", "disputed")
    assert (tmp_path / "annotation.conf").read_text(encoding="utf-8") == own
    assert [p.suffix for p in written] == [".txt", ".ann"]


def test_tags_of_any_script_are_declared_with_the_ascii_names_brat_allows(
    tmp_path: Path,
) -> None:
    _brat_export(tmp_path, tmp_path, "vérifié", "東京", "大阪")
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert _declared(conf, "attributes") == ["u5927u962a", "u6771u4eac", "verifie"]
