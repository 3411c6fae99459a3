"""The library: every annotated article and every annotation, filtered as you type.

It reads the store and returns the chosen ``(article summary, annotation)``
through ``dismiss``; opening the article is the app's business. The filter is the
store's own search (quote, tags, note, claimant, title, source; case-insensitive).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from newslens.annotations.anchoring import OrphanReason
from newslens.annotations.model import Annotation, TagSet
from newslens.annotations.store import AnnotationStore, DocumentSummary
from newslens.article import source_label
from newslens.tui.annotating.keys import LIBRARY_BINDINGS
from newslens.tui.inert import clipped, inert_line
from newslens.tui.selection import key_range
from newslens.wording import counted, quoted

Choice = tuple[DocumentSummary, Annotation]
_QUOTE = 70
_NOTE = 70


def _cut(text: str, limit: int) -> str:
    return clipped(" ".join(inert_line(text).split()), limit)


def annotation_prompt(
    annotation: Annotation, tagset: TagSet, reason: OrphanReason | None = None
) -> Text:
    """An annotation's row; an orphan's says why it is one (``reason``) on a line of its
    own, which a narrow screen does not cut off after a long quote."""
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append("  ")
    for tag in annotation.tags:
        prompt.append(f"[{inert_line(tag)}]", style=f"bold {tagset.colour(tag)}")
        prompt.append(" ")
    prompt.append(quoted(_cut(annotation.exact, _QUOTE)), style="italic")
    if annotation.orphan:
        reason = reason or OrphanReason()
        prompt.append(f"\n    orphan: {inert_line(str(reason))}", style="dim")
        if reason.passage is not None:
            prompt.append(
                f"\n    it now reads {quoted(inert_line(reason.excerpt(_QUOTE)))}", style="dim"
            )
    if annotation.note.strip():
        prompt.append(f"\n    {_cut(annotation.note, _NOTE)}", style="dim")
    return prompt


def document_prompt(summary: DocumentSummary) -> Text:
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append(inert_line(summary.title or "untitled"), style="bold")
    count = summary.annotations
    prompt.append(f" · {counted(count, 'annotation')}", style="dim")
    # On a line of its own: the list cuts a row at the screen's edge, and a long title
    # would cut off the path or URL that tells two versions of an article apart.
    prompt.append(f"\n {inert_line(source_label(summary.source))}", style="dim")
    return prompt


def library_title(annotations: int, articles: int, in_all: tuple[int, int], filtered: bool) -> str:
    """The Library's title: what the list holds, or, when the filter leaves nothing, that
    nothing matches it and how much there is in all ("0 annotations in 0 articles" read as if
    nothing were saved)."""
    if not (filtered and not annotations):
        return f"Library · {counted(annotations, 'annotation')} in {counted(articles, 'article')}"
    saved, among = in_all
    if not saved:
        return "Library · no match: no annotations yet"
    return f"Library · no match among {counted(saved, 'annotation')} in {counted(among, 'article')}"


def empty_library_row(query: str, tag_keys: Sequence[str], pick_key: str) -> str:
    """The Library's one row when it lists nothing: how to tag, with the keys that tag now
    (``pick_key`` opens the tag picker, for tags with no key)."""
    if query:
        return "no annotations match"
    return f"no annotations yet: tag a claim with {key_range(tag_keys) if tag_keys else pick_key}"


class LibraryScreen(Screen[Choice | None]):
    """All annotations in the store, the article being read first (with the cursor on its
    first annotation: L is most often pressed to find one of them); enter opens the article at
    the chosen one."""

    DEFAULT_CSS = """
    LibraryScreen #library-title { padding: 0 1; background: $panel; width: 100%; }
    LibraryScreen #library-filter { margin: 0 1; }
    LibraryScreen #library-list {
        height: 1fr; border: none; text-wrap: nowrap; text-overflow: ellipsis;
    }
    LibraryScreen #library-hint { padding: 0 1; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Close the library", id="library-close"),
        *LIBRARY_BINDINGS,
        Binding("down", "move(1)", "Next annotation", show=False, priority=True),
        Binding("up", "move(-1)", "Previous annotation", show=False, priority=True),
    ]

    def __init__(
        self,
        store: AnnotationStore,
        tagset: TagSet,
        reading: str = "",
        *,
        tag_keys: Sequence[str],
        pick_key: str,
        export_key: str,
    ) -> None:
        super().__init__()
        # The keys that tag now (config.toml [keys]'s), for the empty list to name.
        self._tag_keys, self._pick_key = tag_keys, pick_key
        self._hint = f"type to filter · ↑↓ move · enter open · {export_key} export · esc back"
        self._store = store
        self._tagset = tagset
        self._reading = reading  # the fingerprint of the article the Library was opened from
        self._rows: dict[str, Choice] = {}
        self._query = ""  # the words the list was last filled for
        self._in_all = (0, 0)  # annotations and articles unfiltered: the first fill's
        # Worked out once a screen: orphans do not change while the library is open.
        self._reasons: dict[str, OrphanReason] = {}

    def compose(self) -> ComposeResult:
        yield Label("", id="library-title")
        yield Input(
            placeholder="filter: words from quotes, tags, notes, titles…", id="library-filter"
        )
        yield OptionList(id="library-list")
        yield Label(self._hint, id="library-hint")

    def on_mount(self) -> None:
        self._fill("")
        # At once (focus() waits behind the app's queued keys): what is typed next filters.
        self.set_focus(self.query_one(Input))

    @on(Input.Changed)
    def _typed(self) -> None:
        # By the words in the box now, not those of the key that changed them: with hundreds
        # of articles a fill takes a third of a second, and each key of a word typed at speed
        # waited for a fill of its own; the keys that came meanwhile are in the box already.
        query = self.query_one(Input).value.strip()
        if query != self._query:
            self._fill(query)

    @property
    def filtered(self) -> bool:
        """Whether the list is the filter's match, not every annotation."""
        return bool(self._query)

    def listed(self) -> dict[str, list[str]]:
        """The annotations listed, by their article's fingerprint, each article's in order:
        what "Export annotations…" writes from the Library."""
        by_article: dict[str, list[str]] = {}
        for summary, annotation in self._rows.values():
            by_article.setdefault(summary.fingerprint, []).append(annotation.id)
        return by_article

    def say(self, message: str) -> None:
        """Say what a command did in the key line, until the filter changes: the reader's
        toasts wait under the Library (its title is what they would cover)."""
        self.query_one("#library-hint", Label).update(Text(message))

    def _fill(self, query: str) -> None:
        self._query = query
        self.query_one("#library-hint", Label).update(self._hint)
        found = sorted(
            self._store.search(query), key=lambda row: row[0].fingerprint != self._reading
        )
        self._reasons.update(
            self._store.orphan_reasons(
                a for _, a in found if a.orphan and a.id not in self._reasons
            )
        )
        options: list[Option] = []
        self._rows = {}
        current = None
        for summary, annotation in found:
            if summary.fingerprint != current:
                current = summary.fingerprint
                options.append(Option(document_prompt(summary), disabled=True))
            self._rows[annotation.id] = (summary, annotation)
            prompt = annotation_prompt(annotation, self._tagset, self._reasons.get(annotation.id))
            options.append(Option(prompt, id=annotation.id))
        if not options:
            options.append(
                Option(empty_library_row(query, self._tag_keys, self._pick_key), disabled=True)
            )
        listing = self.query_one(OptionList)
        listing.set_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        listing.highlighted = first
        articles = len({s.fingerprint for s, _ in found})
        if not query:
            self._in_all = (len(found), articles)
        title = library_title(len(found), articles, self._in_all, bool(query))
        self.query_one("#library-title", Label).update(Text(title, style="bold"))

    def action_move(self, step: int) -> None:
        listing = self.query_one(OptionList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self._choose(listing.get_option_at_index(listing.highlighted).id)

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id in self._rows:
            self.dismiss(self._rows[option_id])
