"""Annotating in the reader: tags, notes, "not a claim", undo/redo, selection, library, export.

:class:`AnnotatingMixin` is mixed into ``NewslensApp``; its keys are
:data:`ANNOTATION_BINDINGS`, listed in the app's BINDINGS so help, the palette and
config.toml ``[keys]`` see them like every other key.

What an action works on (the *target*) is what the reader sees marked, first match wins:
1. the span being chosen in selection mode (``v``);
2. the claim or figure under the cursor of the claims or figures list, when the list has
   focus: the article marks it too, as the cursor moves (so this is 3 as well);
3. what the article marks with ▸ (the *mark*): the claim or figure chosen last (``]`` /
   ``[``, a list's cursor or enter), the span chosen in selection mode, or an annotation
   opened from the library.
Nothing marked (``esc`` clears the mark): the action says so and changes nothing; a tag key
toggles, so a tag on a claim no longer in sight would be taken off unseen.

Every change goes through the store in one committed transaction *before* the
screen shows it (the store's calls return after COMMIT); a StoreError (a NewslensError) leaves the
screen as it was and says why. The store is opened in a thread worker after the
first paint; a store that cannot be written is used read-only.

The mixin also answers the panel's ``ClaimSelected`` and ``FigureSelected`` and the
selection bar's messages through Textual's ``on_*`` naming convention: they set the mark.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.compose import compose
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.timer import Timer

from newslens.analysis.model import Analysis, Claim, SpeakerKind
from newslens.annotations.anchoring import orphan_reason
from newslens.annotations.exports import FORMATS
from newslens.annotations.model import NOT_A_CLAIM, Annotation, TagSet, TargetKind
from newslens.annotations.tags import DEFAULT_TAGS, clean_tag_name, load_tagset
from newslens.article import Article
from newslens.config import Config, data_dir
from newslens.errors import NewslensError
from newslens.sources import LoadOptions, is_url, load_article
from newslens.tui.article_view import ArticleView
from newslens.tui.background import BackgroundAnalysis, stand_in
from newslens.tui.claims_panel import ClaimRow, Passage, RowAnnotation
from newslens.tui.highlights import Mark
from newslens.tui.inert import clipped
from newslens.tui.legend import Legend
from newslens.wording import counted, quoted

if TYPE_CHECKING:
    # The store, the exports, the library and the dialogs are imported when first
    # used (after the first paint): every launch of the reader would pay for them
    # otherwise (the note editor's TextArea alone costs several ms).
    from newslens.annotations.store import AnnotationStore, DocumentSummary, Opened
    from newslens.tui.article_view import ArticleView
    from newslens.tui.claims_panel import ClaimsPanel
    from newslens.tui.library import Choice
    from newslens.tui.selection import SelectionBar, Span
    from newslens.tui.tag_dialogs import NoteEditor

    # Tags by span, the claims marked "not a claim", and the reader's own passages.
    PanelAnnotations = tuple[dict[Span, RowAnnotation], set[Span], list[Passage]]
    _AppBase = App[None]
else:
    _AppBase = object

QUICK_TAG_KEYS = "123456789"
SELECTING = "selecting (v)"  # where selection mode's keys work, as help says it
SAVED = "saved ✓"
NOT_SAVED = "not saved ✗"
# Each state's mark alone, where the legend has no room for its words (legend.StatusPart).
SAVE_MARKS = {SAVED: "✓", NOT_SAVED: "✗"}
READ_ONLY = "read-only"
_NOTE_COLOUR = "#888888"  # an annotation with a note and no tag still shows
_SNIPPET = 40
_HIDDEN_SNIPPET = 120  # characters of a hidden claim, which its dialog wraps
_NOTE_WORDS = 60  # characters of a note under its claim in the panel
_INFORMED_FOR = 3  # seconds an inform() toast stays up, unless the next one takes its place
# Seconds "saved ✓" stays in the status line after a change, as long as its confirmation: kept
# for good, it cost the legend its claim and speaker counts for the rest of the session where
# the line has no room for both (a search's "match 3 of 7" beside it).
SAVED_SHOWN_FOR = _INFORMED_FOR

ANNOTATION_BINDINGS: list[BindingType] = [
    *(
        Binding(key, f"quick_tag('{key}')", f"Quick tag {key}", show=False, id=f"quick-tag-{key}")
        for key in QUICK_TAG_KEYS
    ),
    Binding("t", "pick_tag", "Tag…", id="tag"),
    Binding("x", "remove_tag", "Remove a tag", show=False, id="remove-tag"),
    Binding("e", "edit_note", "Note", id="note"),
    Binding("h", "not_a_claim", "Not a claim (hide it)", show=False, id="not-a-claim"),
    Binding("u", "undo", "Undo", show=False, id="undo"),
    Binding("ctrl+r,U", "redo", "Redo", show=False, id="redo"),
    Binding("v", "select_span", "Select text", id="select"),
    Binding("L", "library", "Library", show=False, id="library"),
]

_QUICK_TAGS = {  # quick-tag key → its binding
    binding.id.removeprefix("quick-tag-"): binding
    for binding in ANNOTATION_BINDINGS
    if isinstance(binding, Binding) and binding.id and binding.id.startswith("quick-tag-")
}

# The keys that act on what is marked, and so on the selection in selection mode (v): the
# selection's own keys must leave them free.
ON_SELECTION = frozenset(
    {*(f"quick-tag-{key}" for key in QUICK_TAG_KEYS), "tag", "remove-tag", "note", "not-a-claim"}
)

# What each format is for, after its name in the export list ("csv: a spreadsheet row…").
_EXPORT_LABELS = {
    "jsonl": "one annotation a line, all of it (newslens import reads it back)",
    "w3c": "Web Annotation, the W3C's JSON-LD",
    "claimreview": "schema.org ClaimReview JSON-LD, for the claims with a verdict",
    "csv": "a spreadsheet row per annotation",
    "brat": "standoff files, .txt and .ann",
    "html": "the article with its highlights, for a browser",
    "markdown": "a fact-check report to paste into a document",
}


@dataclass(frozen=True, slots=True)
class Target:
    """The span an annotation action applies to."""

    start: int
    end: int
    kind: TargetKind
    claimant: str | None = None
    claimant_kind: SpeakerKind | None = None  # the ClaimReview export types the author by it


def target_for_span(analysis: Analysis | None, span: Span) -> Target:
    """A chosen span, recognised as a claim, quote or figure when it is exactly one."""
    start, end = span
    if analysis is not None:
        for claim in analysis.claims:
            if (claim.start, claim.end) == span:
                return _claim_target(claim, analysis)
        for quote in analysis.quotes:
            if span in quote.parts:
                speaker = analysis.speaker(quote.speaker_key)
                kind = speaker.kind if speaker else None
                return Target(start, end, TargetKind.QUOTE, quote.speaker, kind)
        for figure in analysis.figures:
            if (figure.start, figure.end) == span:
                return Target(start, end, TargetKind.FIGURE)
    return Target(start, end, TargetKind.SPAN)


def found_spans(analysis: Analysis | None) -> dict[str, list[Span]]:
    """Claims, quote parts and figures by kind, sorted: where selection mode can jump."""
    if analysis is None:
        return {}
    return {
        "claim": sorted((c.start, c.end) for c in analysis.claims),
        "quote": sorted(part for q in analysis.quotes for part in q.parts),
        "figure": sorted((f.start, f.end) for f in analysis.figures),
    }


def marks_for(annotations: Iterable[Annotation], tagset: TagSet) -> list[Mark]:
    """Tag marks for the article view: each annotation in its first tag's colour."""
    marks = []
    for annotation in annotations:
        if annotation.hides_claim:
            continue  # hidden from the panel; a mark in the text would contradict that
        tags = [tag for tag in annotation.tags if tag != NOT_A_CLAIM]
        colour = tagset.colour(tags[0]) if tags else _NOTE_COLOUR
        marks.append(Mark(annotation.start, annotation.end, colour, ", ".join(tags)))
    return marks


def panel_annotations(
    annotations: Iterable[Annotation],
) -> tuple[dict[Span, RowAnnotation], set[Span]]:
    """What the panel lists under each claim or figure, by span (the tags of every
    annotation on it, the first note's first words), and the spans marked "not a claim"."""
    tags: dict[Span, list[str]] = {}
    notes: dict[Span, str] = {}
    hidden: set[Span] = set()
    for annotation in annotations:
        span = (annotation.start, annotation.end)
        if annotation.hides_claim:
            hidden.add(span)
        names = tags.setdefault(span, [])
        names.extend(t for t in annotation.tags if t != NOT_A_CLAIM and t not in names)
        if annotation.note.strip():
            notes.setdefault(span, _snippet(annotation.note, _NOTE_WORDS))
    annotated = {
        span: RowAnnotation(tuple(names), notes.get(span, "")) for span, names in tags.items()
    }
    return annotated, hidden


def own_passages(annotations: Iterable[Annotation], analysis: Analysis | None) -> list[Passage]:
    """The passages the reader annotated that the panel has no claim or figure row for, one
    a span, in text order: listed with the claims once the analysis says what its claims are.
    A claim marked "not a claim" is hidden, not listed."""
    if analysis is None:
        return []
    listed = {(c.start, c.end) for c in analysis.claims}
    listed.update((f.start, f.end) for f in analysis.figures)
    passages: dict[Span, Passage] = {}
    for annotation in annotations:
        span = (annotation.start, annotation.end)
        if span not in listed and not annotation.hides_claim:
            passages.setdefault(span, Passage(*span, annotation.claimant))
    return sorted(passages.values(), key=lambda passage: (passage.start, passage.end))


def annotation_target(annotation: Annotation) -> Target:
    """What an annotation is on, as the keys act on it: the same kind, so a tag goes on it
    rather than on a new annotation of the same words."""
    return Target(
        annotation.start,
        annotation.end,
        annotation.kind,
        annotation.claimant,
        annotation.claimant_kind,
    )


def passage_target(annotations: Iterable[Annotation], passage: Passage) -> Target:
    """A passage of the reader's as the annotation that lists it targets it: a claim's
    annotation stays a claim's, though the analysis no longer lists that claim."""
    on_it = (
        a
        for a in annotations
        if (a.start, a.end) == (passage.start, passage.end) and not a.hides_claim
    )
    found = next(on_it, None)
    if found is None:  # its annotation removed meanwhile (another window)
        return Target(passage.start, passage.end, TargetKind.SPAN)
    return annotation_target(found)


def export_path(article: Article, fmt: str, directory: Path) -> Path:
    """A file in ``directory`` named after the article that no earlier export holds: a second
    export is numbered ("…-2.csv"), as the first may have been edited or shared since."""
    from newslens.annotations.exports.files import file_stem, unused_path

    return unused_path(
        directory, file_stem(article.title, article.source, article.fingerprint), fmt
    )


def _step_words(label: str) -> str:
    """An undo step's label ("tag verified", "note") as the reader's confirmations say it:
    the store names the mark that hides a claim by its tag, which the reader never shows."""
    return {
        f"tag {NOT_A_CLAIM}": "marked not a claim",
        f"untag {NOT_A_CLAIM}": "claim shown again",
    }.get(label, label)


def _snippet(text: str, limit: int = _SNIPPET) -> str:
    return clipped(" ".join(text.split()), limit)


class AnnotatingMixin(_AppBase):
    """The annotation actions of the reader (see the module docstring)."""

    if TYPE_CHECKING:
        article: Article
        config: Config
        analyzer: Callable[[Article], Analysis]
        analysis: Analysis | None
        status: str
        _fetching: bool

        @property
        def view(self) -> ArticleView: ...

        @property
        def panel(self) -> ClaimsPanel: ...

        def _show_legend(self) -> None: ...

        def counts(self, hidden: Collection[Span]) -> str: ...

        def analyse(self) -> object: ...

        def _keys_shown(self, binding_id: str, binding: Binding) -> str: ...

        def key_for(self, binding_id: str) -> str: ...

        def reading(self, screen: Screen) -> bool: ...  # type: ignore[type-arg]

        def remember_place(self) -> None: ...

        def say_where_reopened(self) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.store: AnnotationStore | None = None
        self.tagset: TagSet = DEFAULT_TAGS
        self.save_status = ""
        self.annotations: tuple[Annotation, ...] = ()  # placed ones in this article, by start
        self._store_problem = "annotations are still opening"
        self._marked: Target | None = None  # what the article marks with ▸
        # The note editor open now, with what its note is on and held when it opened.
        self._open_note: tuple[NoteEditor, Target, str] | None = None
        self._go_to_after_open: str | None = None
        # What the panel was last told: tags by span, hidden claims, the reader's passages.
        self._panel_annotations: PanelAnnotations = ({}, set(), [])
        self._informing: Notification | None = None  # the toast inform() shows now
        self._saved_shown: Timer | None = None  # takes "saved ✓" out of the status line

    # -- opening the store ---------------------------------------------------

    @work(thread=True, exclusive=True, group="annotations")
    def open_annotations(self) -> None:
        """Open the store and this article's annotations, off the UI thread."""
        article = self.article
        problems: list[str] = []
        try:
            tagset = load_tagset(self.config.tags)
        except NewslensError as exc:
            problems.append(f"{exc}; using the default tags")
            tagset = DEFAULT_TAGS
        problems.extend(
            f"tag {tag.name!r}: {tag.key!r} is not a quick-tag key (1-9); "
            f"pick it with {self.key_for('tag')}"
            for tag in tagset.tags
            if tag.key is not None and tag.key not in QUICK_TAG_KEYS
        )
        try:
            from newslens.annotations.store import open_store

            store = self.store or open_store(self.config)
            opened = store.open_document(article)
        except NewslensError as exc:
            self.call_from_thread(self._annotations_failed, str(exc), problems)
            return
        # Here, off the UI thread: each orphan's fuzzy search again, in what may be a long text.
        changed = sum(orphan_reason(article.text, a).numbers_changed for a in opened.orphans)
        self.call_from_thread(
            self._annotations_ready, store, tagset, article, opened, problems, changed
        )

    def _annotations_failed(self, message: str, problems: list[str]) -> None:
        self._store_problem = f"annotations unavailable: {message}"
        self.save_status = "annotations unavailable"
        for problem in problems:
            self.notify(problem, severity="warning")
        self.notify(message, title="Annotations", severity="error", timeout=10)
        self._show_legend()

    def _annotations_ready(
        self,
        store: AnnotationStore,
        tagset: TagSet,
        article: Article,
        opened: Opened,
        problems: list[str],
        numbers_changed: int,
    ) -> None:
        if self.store is None:
            problems.extend(store.notices)
            # Another window on the same file may tag too: show what it saved.
            self.set_interval(1.0, self._reload_if_changed_elsewhere)
        self.store, self.tagset = store, tagset
        if article is not self.article:
            return  # another article was opened meanwhile; its own opening follows
        for problem in problems:
            self.notify(problem, title="Annotations", severity="warning", timeout=10)
        if opened.orphans:
            count = len(opened.orphans)
            # Another number in the same words is not a deleted paragraph: a fact-checker
            # looks at the one again and forgets the other.
            gone = count - numbers_changed
            if not numbers_changed:
                why = " (it changed)"
            elif not gone:
                why = ": their numbers changed"
            else:
                why = f": {numbers_changed} whose numbers changed, {gone} no longer found"
            self.notify(
                f"{counted(count, 'annotation')} could not be placed in this text{why}; "
                f"they are kept: see the library ({self.key_for('library')})",
                severity="warning",
                timeout=8,
            )
        elif opened.moved:
            self.notify(
                f"the text changed: {counted(opened.moved, 'annotation')} moved with it", timeout=5
            )
        self.save_status = READ_ONLY if store.readonly else ""
        self._reload()
        if self._go_to_after_open is not None:
            wanted = self._go_to_after_open
            self._go_to_after_open = None
            found = next((a for a in self.annotations if a.id == wanted), None)
            if found is not None:
                self._go_to(found)
            else:
                orphan = next((a for a in opened.orphans if a.id == wanted), None)
                self._orphan_chosen(orphan)

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- showing -------------------------------------------------------------

    def _paint_annotations(self) -> None:
        self.view.set_marks(marks_for(self.annotations, self.tagset))
        annotated, hidden = panel_annotations(self.annotations)
        passages = own_passages(self.annotations, self.analysis)
        # Refilling a list of hundreds of claims costs more than the whole commit: skip it
        # when nothing the lists show has changed (the store read again, another window).
        if (annotated, hidden, passages) != self._panel_annotations:
            self._panel_annotations = (annotated, hidden, passages)
            self.panel.set_annotations(annotated, hidden=hidden, passages=passages)
            self.status = self.counts(hidden)
        self._show_legend()

    def _reload(self) -> None:
        """Read the article's annotations again; a claim's tags follow the claim when this
        analysis reads it a little longer or shorter than the one they were made on."""
        assert self.store is not None
        claims = [(c.start, c.end) for c in self.analysis.claims] if self.analysis else []
        self.annotations = self.store.match_claims(self.article, claims)
        self._paint_annotations()

    def _reload_if_changed_elsewhere(self) -> None:
        # Its timer may fire once more while the reader closes: once the app has stopped
        # running, its widgets go one by one (the legend before the article view).
        if self.store is None or not self.is_running or not self.query(ArticleView):
            return
        if self.store.changed_elsewhere():
            self._reload()

    # -- the target ----------------------------------------------------------

    def _mark(self, target: Target | None, *, jump: bool = True) -> None:
        """Mark ``target`` in the article (▸), or nothing: the mark is what the keys annotate,
        so the two can never disagree."""
        self._marked = target
        if target is None:
            self.view.clear_span()
        else:
            self.view.show_span(target.start, target.end, jump=jump)
        self._show_legend()  # where the claim marked is in the list

    def _mark_unless_marked(self, target: Target) -> None:
        # The list's cursor moved in the same burst of keys as the one acting now: its
        # message, which marks the row, is still on its way.
        if target != self._marked:
            self._mark(target)

    def on_claims_panel_claim_selected(self, event: ClaimsPanel.ClaimSelected) -> None:
        self._show_chosen(self._row_target(event.claim), moved=event.moved)

    def mark_claim(self, row: ClaimRow) -> None:
        """Mark a row of the claims list, a claim or a passage, in the article and bring it
        into view."""
        self._mark(self._row_target(row))

    def _row_target(self, row: ClaimRow) -> Target:
        if isinstance(row, Passage):
            return passage_target(self.annotations, row)
        return _claim_target(row, self.analysis)

    def on_claims_panel_figure_selected(self, event: ClaimsPanel.FigureSelected) -> None:
        span = (event.figure.start, event.figure.end)
        self._show_chosen(target_for_span(self.analysis, span), moved=event.moved)

    def _show_chosen(self, target: Target, *, moved: bool) -> None:
        """Mark the panel's row in hand: brought into view when the cursor moved to it. When
        the list only took the focus (tab), the article stays where the reader is, and marks
        it only if it is on screen: the mark never shows another row than the one the keys
        act on, and those bring it into view when they act (_target)."""
        if moved:
            self._mark(target)
        elif self.view.shows(target.start):
            self._marked = target
            self.view.mark_span(target.start, target.end)
            self._show_legend()
        else:
            self._mark(None)

    def clear_mark(self) -> None:
        """Escape: nothing is marked, so nothing is annotated until a claim or span is chosen."""
        self._mark(None)

    def _selection_bar(self) -> SelectionBar | None:
        from newslens.tui.selection import SelectionBar

        bars = self.query(SelectionBar)
        return bars.first() if bars else None

    def _target(self) -> Target | None:
        bar = self._selection_bar()
        if bar is not None and bar.display:
            return target_for_span(self.analysis, bar.span)
        in_hand = self.panel.row_in_hand()
        if isinstance(in_hand, Claim | Passage):
            self._mark_unless_marked(self._row_target(in_hand))
        elif in_hand is not None:
            self._mark_unless_marked(target_for_span(self.analysis, (in_hand.start, in_hand.end)))
        if self._marked is not None:
            return self._marked
        self.inform(
            f"nothing is marked: choose a claim first ({self.key_for('next-claim')} and "
            f"{self.key_for('previous-claim')}, or the claims panel), "
            f"or select text with {self.key_for('select')}",
            timeout=4,
        )
        return None

    def _annotation_at(self, target: Target) -> Annotation | None:
        return next(
            (
                a
                for a in self.annotations
                if (a.start, a.end, a.kind) == (target.start, target.end, target.kind)
            ),
            None,
        )

    def _quote(self, where: Target | Annotation, limit: int = _SNIPPET) -> str:
        """The passage as the reader shows it (inert), shortened, between quotation marks:
        article text as messages and dialog titles quote it."""
        return quoted(_snippet(self.view.text[where.start : where.end], limit))

    # -- saving --------------------------------------------------------------

    def _writable_store(self) -> AnnotationStore | None:
        store = self.store
        if self._fetching:
            # The text on screen only says what is being fetched: nothing in it to annotate.
            self.notify("the article is still being fetched", severity="warning", timeout=4)
            return None
        if store is None:
            self.notify(self._store_problem, severity="warning", timeout=4)
        elif store.readonly:
            self.notify(
                f"annotations are read-only: {store.readonly_reason}", severity="error", timeout=6
            )
            return None
        return store

    def _save(self, write: Callable[[AnnotationStore], object], done: str) -> bool:
        """Run one store action (one committed transaction), then show its result."""
        store = self._writable_store()
        if store is None:
            return False
        try:
            write(store)
        except NewslensError as exc:  # the store's StoreError, or any write it refused
            self.save_status = NOT_SAVED
            self._show_legend()
            self.notify(str(exc), title="Not saved", severity="error", timeout=10)
            return False
        self._saved()
        if done:
            self.inform(done)
        return True

    def _saved(self) -> None:
        """Say "saved ✓" in the status line, until the confirmation has been read."""
        self.save_status = SAVED
        if self._saved_shown is not None:
            self._saved_shown.stop()
        self._saved_shown = self.set_timer(SAVED_SHOWN_FOR, self._saved_read)
        self._reload()

    def _saved_read(self) -> None:
        if self.save_status != SAVED:
            return  # since replaced by "not saved ✗"
        if not self.query(ArticleView):
            # Under a dialog or the Library (or closing): the status line goes back to the
            # counts once the reader is on screen again.
            self._saved_shown = self.set_timer(SAVED_SHOWN_FOR, self._saved_read)
            return
        self.save_status = ""
        self._show_legend()

    def inform(self, message: str, *, timeout: float | None = None, title: str = "") -> None:
        """Say what a key did, or why it did nothing, in the toast the last such message
        took: five tags in a second, or a digit pressed five times with nothing marked, would
        otherwise stack five toasts over the article. Errors and warnings stay up until they
        time out (``notify``): each may say something the next does not."""
        if self._informing is not None:
            self._take_down(self._informing)
        lasting = _INFORMED_FOR if timeout is None else timeout
        self._informing = Notification(message, title, timeout=lasting, markup=False)
        self.post_message(Notify(self._informing))

    def _take_down(self, notification: Notification) -> None:
        """Take a toast down as Textual does when its time is up: the notification expires,
        so the app forgets it and never puts it up again (in a burst of keys it may not be up
        yet), and its holder goes. (Textual takes down an expired notification's toast but
        leaves its holder behind, a blank line that pushes the next toast down from the top
        of the screen.)"""
        notification.timeout = 0
        holder_id = f"--textual-toast-{notification.identity}"  # as Textual's ToastRack names it
        # Under a dialog opened since, on the reader's screen too: its toasts come back with it.
        for screen in self.screen_stack:
            for holder in screen.query("ToastHolder"):
                if holder.id == holder_id:
                    holder.remove()

    # -- actions -------------------------------------------------------------

    def action_quick_tag(self, key: str) -> None:
        tag = self.tagset.by_key(key)
        if tag is None:
            self.inform(f"no tag on {key}: see [[tags]] in config.toml", timeout=4)
            return
        target = self._target()
        if target is None:
            return
        existing = self._annotation_at(target)
        removing = existing is not None and tag.name in existing.tags
        self._save(
            lambda store: store.toggle_tag(
                self.article,
                target.start,
                target.end,
                tag.name,
                kind=target.kind,
                claimant=target.claimant,
                claimant_kind=target.claimant_kind,
            ),
            f"{'−' if removing else '+'}{tag.name} · {self._quote(target)}",
        )

    async def action_pick_tag(self) -> None:
        from newslens.tui.tag_dialogs import TagPicker

        target = self._target()
        if target is None:
            return
        used = {tag for a in self.annotations for tag in a.tags if tag != NOT_A_CLAIM}
        names = [*self.tagset.names, *sorted(used - set(self.tagset.names))]
        annotated = self._annotation_at(target)

        def chosen(name: str | None) -> None:
            if name is None:
                return
            try:
                tag = clean_tag_name(name)
            except NewslensError as exc:
                self.notify(str(exc), severity="error")
                return
            existing = self._annotation_at(target)
            if existing is not None and tag in existing.tags:
                # Saved again, it said "+tag" and left an undo step that undid nothing.
                self.inform(
                    f"already {tag} · {self._quote(target)} "
                    f"({self.key_for('remove-tag')} removes a tag)"
                )
                return
            self._save(
                lambda store: store.tag(
                    self.article,
                    target.start,
                    target.end,
                    tag,
                    kind=target.kind,
                    claimant=target.claimant,
                    claimant_kind=target.claimant_kind,
                ),
                f"+{tag} · {self._quote(target)}",
            )

        # Waited for, as the note editor's: what is typed right after t filters the tags.
        await self.push_screen(
            TagPicker(
                self.tagset,
                self._quote(target),
                names=names,
                keys=self.tag_keys(),
                has=annotated.tags if annotated is not None else (),
            ),
            chosen,
        )

    def action_remove_tag(self) -> None:
        from newslens.tui.tag_dialogs import TagPicker

        target = self._target()
        if target is None:
            return
        existing = self._annotation_at(target)
        # A hidden claim is marked only when opened from the Library, which lists it
        # [not-a-claim]: there x takes that mark off like any tag, and the claim is back.
        tags = (
            [t for t in existing.tags if t != NOT_A_CLAIM or existing.hides_claim]
            if existing
            else []
        )
        if existing is None or not tags:
            self.inform("no tag here to remove")
            return
        annotation_id = existing.id
        on = f" · {self._quote(target)}"

        def remove(name: str | None) -> None:
            if name is not None:
                done = "claim shown again" if name == NOT_A_CLAIM else f"−{name}"
                self._save(lambda store: store.untag(annotation_id, name), done + on)

        if len(tags) == 1:
            remove(tags[0])
        else:
            self.push_screen(
                TagPicker(
                    self.tagset,
                    self._quote(target),
                    names=tags,
                    action="Remove a tag from",
                    allow_new=False,
                    keys=self.tag_keys(),
                ),
                remove,
            )

    async def action_edit_note(self) -> None:
        from newslens.tui.tag_dialogs import NoteEditor

        target = self._target()
        if target is None:
            return
        if self.store is not None:
            self._reload()  # another window on this article may have written a note since
        existing = self._annotation_at(target)
        opened_with = existing.note if existing else ""
        editor = NoteEditor(self._quote(target), opened_with)

        def closed(note: str | None) -> None:
            self._open_note = None
            if note is not None:
                self._save_note(target, opened_with, note)

        self._open_note = (editor, target, opened_with)
        # Waited for: the keys typed right after e (in the same burst) are held back until this
        # returns (NewslensApp.on_event), so the focused editor gets them as the note's words.
        await self.push_screen(editor, closed)

    @property
    def note_editor(self) -> NoteEditor | None:
        """The note editor, if one is open."""
        return self._open_note[0] if self._open_note is not None else None

    def save_open_note(self) -> bool | None:
        """Save the note in the open editor as ctrl+s would: quitting must not lose it.

        None when no editor is open or its note is as it was, else whether it was saved.
        """
        if self._open_note is None:
            return None
        editor, target, opened_with = self._open_note
        return self._save_note(target, opened_with, editor.note)

    def _save_note(self, target: Target, opened_with: str, note: str) -> bool | None:
        if note == opened_with:
            return None
        if self.store is not None:
            self._reload()
        now = self._annotation_at(target)
        meanwhile = now.note if now else ""
        if meanwhile != opened_with and meanwhile.strip() and meanwhile != note:
            # Written in another window while this editor was open: keep both.
            note = f"{meanwhile}\n\n{note}" if note.strip() else meanwhile
            self.notify(
                "another window changed this note meanwhile: both are kept",
                severity="warning",
                timeout=6,
            )
        return self._save(
            lambda store: store.set_note(
                self.article,
                target.start,
                target.end,
                note,
                kind=target.kind,
                claimant=target.claimant,
                claimant_kind=target.claimant_kind,
            ),
            f"{'note saved' if note.strip() else 'note removed'} · {self._quote(target)}",
        )

    def action_not_a_claim(self) -> None:
        target = self._target()
        if target is None:
            return
        if target.kind is not TargetKind.CLAIM:
            self.inform("only an extracted claim can be marked as not a claim", timeout=4)
            return
        if self._save(
            lambda store: store.tag(
                self.article,
                target.start,
                target.end,
                NOT_A_CLAIM,
                kind=TargetKind.CLAIM,
                claimant=target.claimant,
                claimant_kind=target.claimant_kind,
            ),
            f"marked not a claim and hidden · {self._quote(target)} "
            f"({self.key_for('undo')} undoes)",
        ):
            self._mark(None)

    def action_undo(self) -> None:
        self._step(undo=True)

    def action_redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        store = self._writable_store()
        if store is None:
            return
        word = "undo" if undo else "redo"
        before = self.annotations
        try:
            step = (store.undo if undo else store.redo)(self.article.fingerprint)
        except NewslensError as exc:  # the store's StoreError, or any write it refused
            self._reload()  # the conflicting action was dropped: show what the file has
            self.notify(str(exc), severity="error", timeout=6)
            return
        if step is None:
            self.inform(f"nothing to {word}")
            return
        self._saved()
        on = self._placed_text(step.annotation_id, (*before, *self.annotations))
        self.inform(f"{'undone' if undo else 'redone'}: {_step_words(step.label)}{on}")

    def _placed_text(self, annotation_id: str, annotations: Iterable[Annotation]) -> str:
        """The text of the annotation an undo or redo changed, quoted as the tag
        confirmations quote it (' · “…”'): the label alone ("note") does not say which.
        Nothing for an annotation placed neither before nor after (an orphan)."""
        annotation = next((a for a in annotations if a.id == annotation_id), None)
        if annotation is None:
            return ""
        return f" · {self._quote(annotation)}"

    # -- selection mode --------------------------------------------------------

    async def action_select_span(self) -> None:
        from newslens.tui.selection import SelectionBar, start_selection

        view = self.view
        span = start_selection(view.text, view.top_offset)
        if span is None:
            self.inform("no text here to select")
            return
        bar = self._selection_bar()
        if bar is None:
            bar = SelectionBar(id="selection")
            await self.mount(bar, before=self.query_one(Legend))
        keys = {
            binding_id: self.key_for(binding_id)
            for binding_id in (*(i for i, _, _ in self.selection_bindings()), "note")
        }
        tag_keys = list(self.tag_keys().values())
        bar.begin(view.text, span, found_spans(self.analysis), keys, tag_keys)

    def on_selection_bar_changed(self, event: SelectionBar.Changed) -> None:
        self.view.show_span(*event.span, jump=False)

    async def on_selection_bar_done(self, event: SelectionBar.Done) -> None:
        self._mark(target_for_span(self.analysis, event.span), jump=False)
        self.view.focus()
        await self.action_pick_tag()

    def on_selection_bar_cancelled(self, _: SelectionBar.Cancelled) -> None:
        self._mark(None)
        self.view.focus()

    def leave_selection(self) -> None:
        """End selection mode for a key that marks something else (]) or clears the marks
        (esc): the bar would go on naming a selection the article no longer shows, and the
        keys would act on it."""
        bar = self._selection_bar()
        if bar is not None and bar.display:
            bar.display = False
            self.view.focus()

    def selection_bindings(self) -> list[tuple[str, Binding, str]]:
        """Selection mode's keys, for help and config.toml [keys]: (id, binding, where)."""
        from newslens.tui.selection import SelectionBar

        return [
            (binding.id, binding, SELECTING)
            for binding in SelectionBar.BINDINGS
            if isinstance(binding, Binding) and binding.id
        ]

    # -- library -------------------------------------------------------------

    async def action_library(self) -> None:
        if self.store is None:
            self.notify(self._store_problem, severity="warning", timeout=4)
            return
        from newslens.tui.library import LibraryScreen

        # Awaited: keys typed right after L are held until the filter is there to take them.
        await self.push_screen(LibraryScreen(self.store, self.tagset), self._library_chosen)

    def _library_chosen(self, choice: Choice | None) -> None:
        if choice is None:
            return
        summary, annotation = choice
        if summary.fingerprint == self.article.fingerprint:
            found = next((a for a in self.annotations if a.id == annotation.id), None)
            if found is None:
                self._orphan_chosen(annotation)
            else:
                self._go_to(found)
            return
        options = LoadOptions(self.config.max_bytes, self.config.url_timeout)
        if is_url(summary.source):
            self.run_worker(self._fetch_other(summary, annotation.id, options))
        else:
            self.inform(f"opening {summary.title or summary.source}…")
            self._load_other(summary.fingerprint, summary.source, annotation.id, options)

    async def _fetch_other(
        self, summary: DocumentSummary, annotation_id: str, options: LoadOptions
    ) -> None:
        # A page may take the whole timeout: show what is being fetched, as at start-up, and
        # the article left behind again if nothing comes of it.
        left = self.article
        await self._show_article(stand_in(summary.source, options), None, fetching=True)
        await self.panel.built.wait()
        self._load_other(summary.fingerprint, summary.source, annotation_id, options, left)

    def _orphan_chosen(self, orphan: Annotation | None) -> None:
        """Say why the annotation chosen in the library has no place in this text."""
        reason = (
            " in this version of the text"
            if orphan is None
            else f": {orphan_reason(self.article.text, orphan)}"
        )
        self.inform(f"that annotation is an orphan{reason}", timeout=5)

    def _go_to(self, annotation: Annotation) -> None:
        self.panel.point_at((annotation.start, annotation.end))
        self._mark(annotation_target(annotation))
        self.view.focus()

    @work(thread=True, exclusive=True, group="open-article")
    def _load_other(
        self,
        fingerprint: str,
        source: str,
        annotation_id: str,
        options: LoadOptions,
        left: Article | None = None,
    ) -> None:
        """Reload the article from its source, else from the text the store kept; when
        neither can be had, show ``left`` again (the article a page being fetched replaced)."""
        assert self.store is not None
        article: Article | None = None
        problem = ""
        warnings: list[str] = []
        if source != "-":
            try:
                article = load_article(source, options, warnings.append)
            except NewslensError as exc:
                problem = str(exc)
        if article is None:
            document = self.store.document(fingerprint)
            if document is None or document.text is None:
                message = problem or "the store has no text for this article"
                self.call_from_thread(self.notify, f"cannot open it: {message}", severity="error")
                if left is not None:
                    self.call_from_thread(lambda: self.run_worker(self._show_article(left, None)))
                return
            article = Article(text=document.text, title=document.title, source=document.source)
            if problem:
                self.call_from_thread(
                    self.notify,
                    f"{problem}; showing the text as it was annotated",
                    severity="warning",
                )
        loaded = article
        self.call_from_thread(lambda: self.run_worker(self._show_article(loaded, annotation_id)))
        for warning in warnings:  # "read as Windows-1252", a paywall: as on the command line
            self.call_from_thread(self.notify, warning, severity="warning")

    async def _show_article(
        self, article: Article, annotation_id: str | None, fetching: bool = False
    ) -> None:
        """Show another article in the reader, at ``annotation_id`` if one is given; while
        ``fetching``, ``article`` stands in for a page, and nothing is analysed or annotated."""
        self.remember_place()  # of the article left
        self.article = article
        self.analysis = None
        self._fetching = fetching
        self.status = "fetching…" if fetching else "analysing…"
        self.annotations = ()
        self._panel_annotations = ({}, set(), [])
        self._marked = None
        self._go_to_after_open = annotation_id
        if fetching:
            await self.compose_reader()
            self.view.focus()
            self._show_legend()
            return
        if isinstance(self.analyzer, BackgroundAnalysis):
            # That child process analyses the first article only: start one for this
            # article, with the same model, so the interface keeps its core.
            self.analyzer.close()
            self.analyzer = BackgroundAnalysis(article, self.analyzer.model)
        await self.compose_reader()
        self.view.focus()
        self._show_legend()
        self.say_where_reopened()
        self.analyse()
        self.open_annotations()

    async def compose_reader(self) -> None:
        """Compose the reader anew, for another article, as ``App.recompose`` would, but
        removing the screen's own children (each takes its children with it), not every
        widget on the screen at once: pruned all at once, a parent may still handle an event
        after its children have gone, and Textual's tabs then fail on a resize with no
        underline to move (a crash opening an article from the Library)."""
        if self._exit:
            return
        screen = self.screen
        async with screen.batch():
            await screen.query_children("*").exclude(".-textual-system").remove()
            await screen.mount_all(compose(self))

    # -- export and the palette ----------------------------------------------

    def action_export_annotations(self) -> None:
        from newslens.tui.tag_dialogs import ChoiceDialog

        choices = [(fmt, f"{fmt}: {_EXPORT_LABELS[fmt]}") for fmt in FORMATS]
        self.push_screen(
            ChoiceDialog("Export this article's annotations as…", choices), self._export
        )

    def _export(self, fmt: str | None) -> None:
        if fmt is None:
            return
        if self.store is None:
            self.notify(self._store_problem, severity="warning")
            return
        items = self.store.export_items([self.article.fingerprint])
        if not items or not items[0][1]:
            self.inform("nothing to export: no annotations in this article yet", timeout=4)
            return
        here = Path.cwd()
        directory = here if os.access(here, os.W_OK) else data_dir() / "exports"
        path = export_path(self.article, fmt, directory)
        warnings: list[str] = []
        from newslens.annotations.exports.files import export

        try:
            directory.mkdir(parents=True, exist_ok=True)
            written = export(fmt, items, self.tagset, path, warnings.append)
        except (NewslensError, OSError) as exc:
            self.notify(f"export failed: {exc}", severity="error")
            return
        for warning in warnings:
            self.notify(warning, severity="warning")
        # Where the reader was started the name says where it is; elsewhere the path does.
        shown = [p.name if directory == here else str(p) for p in written]
        self.inform("exported to " + ", ".join(shown), timeout=10)

    def action_restore_claim(self) -> None:
        from newslens.tui.tag_dialogs import ChoiceDialog

        hidden = [a for a in self.annotations if a.hides_claim]
        if not hidden:
            self.inform("no claim is marked not a claim")
            return
        by_id = {a.id: a for a in hidden}

        def restore(annotation_id: str | None) -> None:
            if annotation_id in by_id:
                self._save(
                    lambda store: store.untag(annotation_id, NOT_A_CLAIM),
                    f"claim shown again · {self._quote(by_id[annotation_id])}",
                )

        # Quoted from the text on screen (inert): ``exact`` is the raw text. At a toast's
        # length two claims of one speaker ("Peskov said that …") would read alike.
        choices = [(a.id, self._quote(a, _HIDDEN_SNIPPET)) for a in hidden]
        self.push_screen(ChoiceDialog("Show a hidden claim again", choices), restore)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:  # type: ignore[type-arg]
        yield from super().get_system_commands(screen)
        if not self.reading(screen):
            return  # the Library or a dialog is on top: these act on the reader beneath
        yield SystemCommand(
            "Export annotations…",
            f"writes this article's annotations to a file ({', '.join(FORMATS)})",
            self.action_export_annotations,
        )
        yield SystemCommand(
            "Show a hidden claim",
            "takes a 'not a claim' mark off, and the claim is listed again",
            self.action_restore_claim,
        )
        keys = self.tag_keys()
        for tag in self.tagset.tags:
            if tag.name in keys:
                yield SystemCommand(
                    f"Tag {tag.name}",
                    f"key: {keys[tag.name]} (anywhere) · again removes it",
                    _bound(self.action_quick_tag, str(tag.key)),
                )

    def tag_keys(self) -> dict[str, str]:
        """Each tag's key as it works: its quick-tag key, wherever config.toml [keys] put it.
        A tag whose key is no quick-tag key has none (it is picked with t)."""
        return {
            tag.name: self._keys_shown(f"quick-tag-{tag.key}", _QUICK_TAGS[tag.key])
            for tag in self.tagset.tags
            if tag.key and tag.key in _QUICK_TAGS
        }


def _claim_target(claim: Claim, analysis: Analysis | None) -> Target:
    speaker = analysis.speaker(claim.claimant_key) if analysis else None
    kind = speaker.kind if speaker else None
    return Target(claim.start, claim.end, TargetKind.CLAIM, claim.claimant, kind)


def _bound(action: Callable[[str], None], key: str) -> Callable[[], None]:
    return lambda: action(key)
