"""The reader: the article at once, the analysis when it is ready.

The text is on screen before spaCy is even imported: the analysis runs in a thread
worker through ``analyzer`` (a seam: tests pass a fake; the default imports the
pipeline lazily, inside the worker), and its highlights and claims arrive when it
is done. If it fails, the reader says so and the text stays readable.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import platformdirs
from rich.console import RenderableType
from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.containers import Horizontal
from textual.keys import REPLACED_KEYS, Keys, key_to_character
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import BUILTIN_THEMES
from textual.widget import Widget

from newslens.analysis.model import Analysis, Claim
from newslens.article import Article
from newslens.config import Config, config_path, data_dir, load_config
from newslens.errors import NewslensError
from newslens.tui import places, theming
from newslens.tui.annotating import (
    ANNOTATION_BINDINGS,
    ON_SELECTION,
    SAVE_MARKS,
    SELECTING,
    AnnotatingMixin,
)
from newslens.tui.article_view import LESS_KEYS, ArticleView
from newslens.tui.claims_panel import ClaimsPanel
from newslens.tui.footer import ReaderFooter
from newslens.tui.header import ArticleHeader
from newslens.tui.highlights import LAYERS, Runs, analysis_spans
from newslens.tui.legend import Legend, LegendEntry, StatusPart
from newslens.tui.search import SearchBar
from newslens.tui.stepped_list import PanelList
from newslens.wording import counted

if TYPE_CHECKING:
    from newslens.tui.dialogs import KeyRow
    from newslens.tui.tag_dialogs import NoteEditor

Analyzer = Callable[[Article], Analysis]

# Layer toggles use capitals: lower-case letters and digits are left for tagging keys.
LAYER_KEYS = {
    "speaker": "S",
    "direct": "D",
    "indirect": "I",
    "cue": "C",
    "figure": "F",
    "boilerplate": "B",
}
_LEGEND_LABELS = {
    "speaker": "speaker",
    "direct": "┃“quote”",
    "indirect": "┆reported",
    "cue": "cue",
    "figure": "figure",
    "boilerplate": "boilerplate",
}
_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "escape": "esc",
}
# Where keys work (the help screen's last column), besides selection mode's SELECTING. The
# article's keys move in the panel's lists too (stepped_list.py).
_ANYWHERE, _READING, _LISTS = "anywhere", "article, lists", "lists"
# Keys Textual answers before any of newslens's (priority bindings), with their action: any
# other action bound there would never run.
_TEXTUAL_KEYS = {"ctrl+q": ("quit", "quit"), "ctrl+p": ("command_palette", "the command palette")}
# Textual's own palette commands that a newslens key does too (title → binding id).
_TEXTUAL_COMMANDS = {"Theme": "change-theme", "Quit": "quit"}
# Actions that open a dialog, the search bar, the library, the Sources list (f), selection
# mode (v) or the theme list (T), which take typed keys (w there selects a word more, in the
# article it pages up; h in the theme list's search marks no claim), and how long keys typed
# after one wait for it at most (a safety: its own opening ends the wait).
_DIALOGS = {
    "edit_note",
    "pick_tag",
    "search",
    "library",
    "filter_speaker",
    "select_span",
    "pick_theme",
}
_HOLD_AT_MOST = 2.0


def _key_name(key: str) -> str:
    return _KEY_NAMES.get(key, key)


def _both_reachable(where: Collection[str], other: Collection[str]) -> bool:
    """Whether a key bound in the places ``where`` and in ``other`` can be pressed in the same
    place: the focused article or list answers before the app, so one of the two would never
    run. Selection mode takes over the app's keys while it lasts, by design, but for the keys
    that act on the selection (ON_SELECTION): only those and its own clash."""
    return any(_reachable_in(a, b) for a in where for b in other)


def _reachable_in(where: str, other: str) -> bool:
    if SELECTING in (where, other):
        return where == other
    return where == other or _ANYWHERE in (where, other)


def _less_keys_given_way(
    bound: Mapping[str, str], user_keys: Collection[str], where: Mapping[str, Collection[str]]
) -> dict[str, str]:
    """The bindings config.toml leaves as they are that give one of less's keys to a binding
    it puts there, with the keys each keeps: all but those, if any are left."""
    taken: dict[str, list[str]] = {}  # key → the bindings config.toml puts on it
    for binding_id in user_keys:
        for key in bound[binding_id].split(","):
            taken.setdefault(key, []).append(binding_id)
    kept = {}
    for binding_id, keys in bound.items():
        if binding_id in user_keys:
            continue
        own = keys.split(",")
        left = [
            key
            for key in own
            if key not in LESS_KEYS
            or not any(_both_reachable(where[binding_id], where[o]) for o in taken.get(key, ()))
        ]
        if left and len(left) < len(own):
            kept[binding_id] = ",".join(left)
    return kept


_MODIFIERS = {"ctrl", "shift", "alt"}
# Named keys Textual reports ("home", "pageup", "f1", "space", "escape"), without modifiers.
_NAMED_KEYS = {key.value for key in Keys if "+" not in key.value and not key.value.startswith("<")}
_KEY_HELP = (
    "a key is a character or a name such as home, pageup, f1, space or escape, "
    "after any of ctrl+, shift+ and alt+"
)


def _is_key(key: str) -> bool:
    """Whether Textual can report ``key`` (as written in config.toml [keys]) at all."""
    *modifiers, base = key.split("+")
    if not set(modifiers) <= _MODIFIERS or len(set(modifiers)) != len(modifiers):
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace()
    if base in _NAMED_KEYS:
        return True
    # A character's name ("question_mark", "slash"), as Textual names the keys it reports:
    # letters and digits go by themselves.
    character = key_to_character(REPLACED_KEYS.get(base, base))
    return character is not None and len(character) == 1 and not character.isalnum()


def make_analyzer(model: str | None = None) -> Analyzer:
    """The real analysis, imported only when first called (in the worker thread)."""

    def analyze_article(article: Article) -> Analysis:
        from newslens.analysis.pipeline import analysis_pipeline, analyze

        return analyze(article, analysis_pipeline(requested=model))

    return analyze_article


class NewslensApp(AnnotatingMixin, App[None]):
    """Read one article with its speakers, quotes, figures and claims."""

    CSS_PATH = "newslens.tcss"
    TITLE = "newslens"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-wide")]  # noqa: RUF012
    # The reader's screen under a dialog (newslens.tcss: its toasts wait with it).
    SUSPENDED_SCREEN_CLASS = "-suspended"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_match", "Next match", show=False, id="next-match"),
        Binding("N", "previous_match", "Previous match", show=False, id="previous-match"),
        Binding("right_square_bracket", "next_claim", "Next claim", id="next-claim"),
        Binding(
            "left_square_bracket",
            "previous_claim",
            "Previous claim",
            show=False,
            id="previous-claim",
        ),
        Binding("p", "toggle_panel", "Show / hide the panel", show=False, id="toggle-panel"),
        Binding("f", "filter_speaker", "Filter by speaker", show=False, id="filter-speaker"),
        Binding(
            "o", "toggle_claim_order", "Claims in text order / ranked", show=False, id="claim-order"
        ),
        Binding("T", "pick_theme", "Theme", show=False, id="change-theme"),
        Binding("escape", "clear", "Clear marks", show=False, id="clear"),
        *(
            Binding(
                key,
                f"toggle_layer('{layer}')",
                f"Toggle {label}",
                show=False,
                id=f"toggle-{layer}",
            )
            for (layer, label), key in zip(LAYERS, LAYER_KEYS.values(), strict=True)
        ),
        *ANNOTATION_BINDINGS,
    ]

    def __init__(
        self,
        article: Article,
        *,
        analyzer: Analyzer | None = None,
        theme: str | None = None,
        config: Config | None = None,
        load_warnings: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.article = article
        # What loading the article warned of ("read as Windows-1252"): shown in the reader,
        # as the terminal's own lines vanish under it.
        self._load_warnings = tuple(load_warnings)
        self.analyzer = analyzer or make_analyzer()
        self.config = config if config is not None else load_config()
        self.analysis: Analysis | None = None
        # binding id → keys: from config.toml [keys], and as applied (with the less keys other
        # bindings took); checked before the first frame
        self.user_keys, self.keymap, self._keymap_warning = self._checked_keymap(self.config.keys)
        self._reopened = False  # opened where it was left (places.py), not at the top
        self._last_search = ""  # what n and N look for again once its matches are gone
        self._quit_refused_for: NoteEditor | None = None  # its note could not be saved
        # The key opening a dialog and the keys typed after it, held until it is open (on_event).
        self._opener: events.Key | None = None
        self._held_keys: list[events.Key] | None = None
        # A URL is fetched by the analysis process (tui/background.py); until it is in,
        # ``article`` stands in for it. Why it could not be fetched, for the CLI to say.
        self._fetching = getattr(self.analyzer, "fetching", None) is not None
        self.fetch_error: str | None = None
        self.status = "fetching…" if self._fetching else "analysing…"
        self.animation_level = "none"  # kind to slow links: no animated scrolls
        themes = theming.load_themes()
        for each in themes.themes:
            self.register_theme(each)
        ours = {each.name for each in themes.themes}
        self._theme_problems = (*themes.problems, *self._unknown_config_theme(ours))
        self._start_with_theme(self._choose_theme(theme, ours))
        # Textual's own themes have no highlight colours of their own, and --theme and
        # [reader] theme do not take them: the palette's list offers newslens's themes only.
        for name in BUILTIN_THEMES.keys() - ours:
            self.unregister_theme(name)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Show a toast, always as plain text.

        Toasts carry tag names, notes, file names and article words, which are the user's
        and never markup: "[/x]" drawn as markup would stop the app. Widgets' ``notify``
        passes ``markup=True`` by default, so the argument is ignored here.
        """
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held_keys is not None:
                self._held_keys.append(event)
                return
            if self._opens_dialog(event.key):
                self._opener, self._held_keys = event, []
                self.set_timer(_HOLD_AT_MOST, lambda: self._release_keys(event))
        await super().on_event(event)

    def _opens_dialog(self, key: str) -> bool:
        """Whether ``key``, pressed now, opens the note editor or the tag picker."""
        active = self.screen.active_bindings.get(key)
        if active is None or active.node is not self or active.binding.action not in _DIALOGS:
            return False
        focused = self.focused
        return isinstance(focused, (ArticleView, PanelList)) or (
            focused is not None and focused is self._selection_bar()
        )

    async def on_key(self, event: events.Key) -> None:
        if event is self._opener:
            # Its action (the app's, next) has opened the dialog, or not: the keys after it go on.
            self.call_next(self._release_keys, event)

    async def _release_keys(self, opener: events.Key) -> None:
        """Hand on the keys held back behind ``opener``, in order, to wherever has the focus
        now: typed in the same burst as e or t (pasted, over SSH), they are the note or the
        filter; sent on at once they would reach the article before the dialog opened."""
        if opener is not self._opener:
            return  # released already
        held, self._opener, self._held_keys = self._held_keys or [], None, None
        for key in held:
            await self.on_event(key)  # a key among them may open a dialog and hold the rest

    def _start_with_theme(self, name: str) -> None:
        """Set the first theme before any stylesheet is parsed.

        Assigning ``self.theme`` here runs Textual's watcher, which re-parses every
        stylesheet and restyles every widget just before the first frame (some 10 ms
        on these machines). A theme like the one ``App.__init__``
        set up (dark, not ANSI) needs only its colours and its class; any other
        takes the watcher's way, which also remaps ANSI colours.
        """
        chosen, current = self.get_theme(name), self.current_theme
        if chosen is None or (chosen.dark, chosen.ansi) != (current.dark, current.ansi):
            self.theme = name
            return
        self.set_reactive(App.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.add_class(f"-theme-{name}")

    def _unknown_config_theme(self, available: Collection[str]) -> tuple[str, ...]:
        """Why ``[reader] theme`` is not used, when it names no theme at all (a broken
        theme file of that name is reported as the file's own problem)."""
        configured = self.config.theme
        if configured is None or configured in available:
            return ()
        if theming.theme_file_problem(configured) is not None:
            return ()
        names = ", ".join(sorted(available))
        return (
            f"config.toml [reader] theme {configured!r} is ignored: there is no theme of "
            f"that name (choose one of: {names})",
        )

    def _choose_theme(self, requested: str | None, available: Collection[str]) -> str:
        if requested is not None:
            if requested not in available:
                # A theme file that --theme means (a path, or a file of that name) says why.
                problem = theming.theme_file_problem(requested)
                if problem is not None:
                    raise NewslensError(problem)
                names = ", ".join(sorted(available))
                raise NewslensError(f"no theme called {requested!r}; choose one of: {names}")
            return requested
        for candidate in (theming.remembered_theme(), self.config.theme):
            if candidate is not None and candidate in available:
                return candidate
        return theming.DEFAULT_THEME

    def _theme_list(self) -> CommandPalette:
        return CommandPalette(providers=[theming.MarkedThemes], placeholder="Search for themes…")

    def search_themes(self) -> None:
        """The palette's "Theme": the theme list, the theme in use checked."""
        self.push_screen(self._theme_list())

    async def action_pick_theme(self) -> None:
        """T: the theme list, waited for as the tag picker is, so that what is typed right
        after T searches it (Textual's change_theme does not wait)."""
        await self.push_screen(self._theme_list())

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return theming.theme_variables({})

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.article, id="header")
        with Horizontal(id="main"):
            yield ArticleView(self.article.text, opening_at=self._opening_place(), id="article")
            yield ClaimsPanel(self.article.text, waiting=self.status, id="panel")
        # The search bar is mounted when first opened: the first frame has less to style.
        yield Legend(id="legend")
        yield ReaderFooter(compact=True)

    def _opening_place(self) -> int:
        """Where the article opens: where it was left, unless it is a page not yet fetched
        or it is opened at an annotation (the Library)."""
        self._reopened = False
        if self._fetching or self._go_to_after_open is not None:
            return 0
        if not self.config.remember_place:
            return 0
        at = places.remembered_place(self.article)
        self._reopened = bool(at)
        return at or 0

    def say_where_reopened(self) -> None:
        if self._reopened:
            self.inform(f"opened where you left it · {self.key_for('top')} for the top")

    def remember_place(self) -> None:
        """Keep where the article on screen is left (a page still being fetched is not yet
        on screen)."""
        if self._fetching or not self.config.remember_place or not self.query(ArticleView):
            return
        places.remember_place(self.article, self.view.top_offset)

    def exit(
        self,
        result: None = None,
        return_code: int = 0,
        message: RenderableType | None = None,
    ) -> None:
        """Quit, every way there is to, keeping where the article was left."""
        self.remember_place()
        super().exit(result, return_code, message)

    def on_mount(self) -> None:
        self.set_keymap(self.keymap)
        for problem in (*self._load_warnings, *self._theme_problems):
            self.notify(problem, severity="warning")
        if self._keymap_warning:
            self.notify(self._keymap_warning, severity="warning")
        self.watch(self, "theme", self._theme_changed, init=False)
        self.watch(self.screen, "focused", self._focus_moved, init=False)
        self.view.focus()
        self._show_legend()
        self.say_where_reopened()
        # The worker threads (the analysis only waits for its process; the store
        # imports and opens SQLite) start once the first frame is out: starting a
        # thread, and its work, would take turns with that frame for the GIL.
        if self._fetching:
            self.call_after_refresh(self._wait_for_article)
            return
        self.call_after_refresh(self.analyse)
        self.call_after_refresh(self.open_annotations)

    def on_ready(self) -> None:
        # Textual posts Ready right after the first frame is drawn: a waiting analysis
        # process hears of it here, before the after-refresh work (the panel's lists,
        # the footer's keys) that would hold it back some 60 ms.
        start = getattr(self.analyzer, "start", None)
        if callable(start):
            start()

    # -- the article, when it is fetched -------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def _wait_for_article(self) -> None:
        try:
            article, warnings = self.analyzer.wait_for_article()  # type: ignore[attr-defined]
        except NewslensError as exc:
            self._from_worker(self._fetch_failed, str(exc))
            return
        self._from_worker(lambda: self.run_worker(self._article_fetched(article, warnings)))

    async def _article_fetched(self, article: Article, warnings: Sequence[str]) -> None:
        self.article = article
        self._fetching = False
        self.status = "analysing…"
        self._marked = None  # nothing in the stand-in's text stays marked
        await self.compose_reader()
        self.view.focus()
        self._show_legend()
        self.say_where_reopened()
        for warning in warnings:
            self.notify(warning, severity="warning")
        self.analyse()
        self.open_annotations()

    def _fetch_failed(self, message: str) -> None:
        # As any source newslens cannot read: one line on standard error, exit code 2.
        self.fetch_error = message
        self.exit(return_code=2)

    # -- the analysis --------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        article = self.article
        try:
            analysis = self.analyzer(article)
            runs = Runs(analysis_spans(analysis))  # the sweep is built here, off the UI thread
        except NewslensError as exc:
            self._from_worker(self._analysis_failed, article, str(exc))
            return
        except Exception as exc:  # any failure must leave the text readable
            self._from_worker(self._analysis_failed, article, f"{type(exc).__name__}: {exc}")
            return
        self._from_worker(self._analysis_ready, article, analysis, runs)

    def _from_worker(self, callback: Callable[..., object], *args: object) -> None:
        # After quitting, the loop is waiting for this very thread: do not wait for it.
        if self.is_running:
            self.call_from_thread(callback, *args)

    def on_unmount(self) -> None:
        # Python waits for a thread worker at exit and a thread cannot be interrupted:
        # stop the analysis itself (BackgroundAnalysis kills its process) so q is instant.
        close = getattr(self.analyzer, "close", None)
        if callable(close):
            close()

    def _analysis_ready(self, article: Article, analysis: Analysis, runs: Runs) -> None:
        if article is not self.article:
            return  # another article was opened meanwhile (the library): its own analysis follows
        self.analysis = analysis
        self.view.set_analysis_runs(runs)
        self.panel.set_analysis(analysis)
        self.status = self.counts(hidden=self._panel_annotations[1])
        if self.store is not None:
            self._reload()  # tags on claims this analysis reads a little differently
        self._show_legend()

    def counts(
        self,
        hidden: Collection[tuple[int, int]],
        marked: tuple[str, int, int] | None = None,
        in_all: bool = True,
    ) -> str:
        """The status line's counts: the claims the panel lists (not those marked not a
        claim; while it lists one speaker's, "7 of 31 claims"), or which of them is
        ``marked`` ("claim 3 of 31": below 80 columns the panel is out of sight; "claim 2 of 7
        (31 in all)" while it lists one speaker's, unless not ``in_all``), and the speakers."""
        analysis = self.analysis
        if analysis is None:
            return self.status
        total = sum((c.start, c.end) not in hidden for c in analysis.claims)
        claims = counted(total, "claim")
        panel = self.panel
        if marked is not None:
            kind, at, rows = marked
            claims = f"{kind} {at:,} of {rows:,}"
            if in_all and panel.speaker_filter is not None:
                claims += f" ({total:,} in all)"
        elif panel.speaker_filter is not None:
            claims = f"{len(panel.shown_claims)} of {claims}"
        return f"{claims} · {counted(len(analysis.speakers), 'speaker')}"

    def on_claims_panel_filtered(self) -> None:
        self.status = self.counts(hidden=self._panel_annotations[1])
        self._show_legend()

    def _analysis_failed(self, article: Article, message: str) -> None:
        if article is not self.article:
            return  # the analysis of an article no longer shown (its process was stopped)
        self.status = "analysis failed"
        self.panel.show_failure()
        self._show_legend()
        self.notify(message, title="Analysis failed", severity="error", timeout=10)

    # -- widgets -------------------------------------------------------------

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def panel(self) -> ClaimsPanel:
        return self.query_one(ClaimsPanel)

    def _show_legend(self) -> None:
        view = self.view
        entries = [
            LegendEntry(
                LAYER_KEYS[layer],
                _LEGEND_LABELS[layer],
                view.layer_style(layer),
                layer not in view.hidden_layers,
            )
            for layer, _ in LAYERS
        ]
        analysis = self.analysis
        model = f"{analysis.model_name} {analysis.model_version}".strip() if analysis else ""
        status: str | StatusPart = self.status
        place = self._marked and self.panel.place_of(self._marked.start, self._marked.end)
        if place:
            row, place_at, rows = place
            kind = "claim" if isinstance(row, Claim) else "passage"
            hidden = self._panel_annotations[1]
            which = (kind, place_at, rows)
            forms = (self.counts(hidden, which), self.counts(hidden, which, in_all=False))
            status = StatusPart((*dict.fromkeys(forms), self.status))
        parts = []
        if view.current_match >= 0:
            # n/N go round from the last match to the first without a word: where they are in
            # the matches says so.
            at, count = f"{view.current_match + 1:,}", f"{view.match_count:,}"
            parts.append(StatusPart((f"match {at} of {count}", f"match {at}/{count}")))
        if self.save_status:
            mark = SAVE_MARKS.get(self.save_status)
            parts.append(StatusPart((self.save_status, mark) if mark else (self.save_status,)))
        self.query_one(Legend).show(entries, status, model, view.position, tuple(parts))

    @on(ArticleView.PositionChanged)
    def _position_changed(self) -> None:
        self._show_legend()

    def _theme_changed(self) -> None:
        theming.remember_theme(self.theme)
        self.call_after_refresh(self._show_legend)

    def _checked_keymap(
        self, keys: Mapping[str, str]
    ) -> tuple[dict[str, str], dict[str, str], str]:
        """config.toml [keys] with the bindings it names, the keymap as it is applied, and a
        warning naming an unknown binding id.

        A key given to a binding that another binding keeps where both can be pressed is a
        NewslensError naming both: one of the two would never run, silently. Except one of
        less's keys (LESS_KEYS) that its binding can do without: it goes to the binding
        config.toml gives it, as those keys came after config files that may use them.
        """
        bindings = list(self._keymap_bindings())
        known = {binding_id for binding_id, _, _ in bindings}
        unknown = sorted(set(keys) - known)
        warning = (
            f"config.toml [keys]: unknown binding {unknown[0]!r}; see ? for the names"
            if unknown
            else ""
        )
        user_keys = {binding_id: value for binding_id, value in keys.items() if binding_id in known}
        for binding_id, value in user_keys.items():
            bad = next((key for key in value.split(",") if not _is_key(key.strip())), None)
            if bad is not None:
                raise NewslensError(
                    f"config {config_path()}: [keys] {binding_id} is on {bad.strip()!r}, which "
                    f"is not a key; {_KEY_HELP}"
                )
        bound = self._normalize_keymap(
            {
                binding_id: user_keys.get(binding_id, binding.key)
                for binding_id, binding, _ in bindings
            }
        )
        where = {
            binding_id: {place, SELECTING} if binding_id in ON_SELECTION else {place}
            for binding_id, _, place in bindings
        }
        action = {binding_id: binding.action for binding_id, binding, _ in bindings}
        given_way = _less_keys_given_way(bound, user_keys, where)
        bound = {**bound, **given_way}
        holders: dict[str, list[str]] = {}  # key → the binding ids on it
        for binding_id in (*user_keys, *(b for b in bound if b not in user_keys)):
            for key in dict.fromkeys(bound[binding_id].split(",")):
                clash = next(
                    (
                        other
                        for other in holders.get(key, ())
                        if _both_reachable(where[binding_id], where[other])
                    ),
                    None,
                )
                if clash is not None:
                    raise NewslensError(
                        f"config {config_path()}: [keys] {clash} and {binding_id} are both on "
                        f"{_key_name(key)}; give one of them another key"
                    )
                textual = _TEXTUAL_KEYS.get(key)
                if textual and textual[0] != action[binding_id] and binding_id in user_keys:
                    raise NewslensError(
                        f"config {config_path()}: [keys] {binding_id} is on {key}, which "
                        f"is {textual[1]}; choose another key"
                    )
                holders.setdefault(key, []).append(binding_id)
        return user_keys, {**user_keys, **given_way}, warning

    # -- actions -----------------------------------------------------------

    def action_toggle_layer(self, layer: str) -> None:
        hidden = set(self.view.hidden_layers)
        hidden.symmetric_difference_update({layer})
        self.view.set_hidden_layers(hidden)
        self._show_legend()

    async def action_search(self) -> None:
        bars = self.query(SearchBar)
        bar = bars.first() if bars else None
        if bar is None:
            bar = SearchBar(id="search")
            await self.mount(bar, before=self.query_one(Legend))
        bar.open()

    @on(SearchBar.Search)
    def _search(self, event: SearchBar.Search) -> None:
        self._back_from_search()
        if event.query:
            self._last_search = event.query
            self._find(event.query)
        else:
            self.view.search("")
            self._show_legend()

    def _find(self, query: str) -> int:
        count = self.view.search(query)
        self._show_legend()
        found = f"{count:,} match{'es' * (count != 1)} for {query!r}"
        if count > 1:
            # The footer has no room for n and N at 80 columns: a reader new to less's keys
            # learns them here.
            found += (
                f" · {self.key_for('next-match')} next, {self.key_for('previous-match')} previous"
            )
        self.inform(found if count else f"no match for {query!r}")
        return count

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._back_from_search()

    def _back_from_search(self) -> None:
        """The keys go back to the selection when the search was opened in selection mode
        (its bar still names them), else to the article."""
        bar = self._selection_bar()
        (bar if bar is not None and bar.display else self.view).focus()

    def action_next_match(self) -> None:
        self._next_match(1)

    def action_previous_match(self) -> None:
        self._next_match(-1)

    def _next_match(self, step: int) -> None:
        if self.view.next_match(step):
            self._show_legend()
        elif not self._last_search:
            self.inform("no search yet: press / to search")
        # The matches were cleared (esc) or there were none: look for the last query again,
        # from the screen; N then takes the one before.
        elif self._find(self._last_search) and step < 0:
            self.view.next_match(step)
            self._show_legend()

    def action_next_claim(self) -> None:
        self._step_claim(1)

    def action_previous_claim(self) -> None:
        self._step_claim(-1)

    def _step_claim(self, delta: int) -> None:
        self.leave_selection()
        reading_at = None
        if self.panel.in_text_order:
            current = self.panel.current_claim()
            top, bottom = self.view.top_offset, self.view.bottom_offset
            if current is None or not top <= current.start < bottom:
                # Scrolled away from the claim: the next is the next one on from the screen,
                # not from a claim far behind.
                reading_at = top if delta > 0 else bottom
        claim = self.panel.step(delta, reading_at)
        if claim is not None:
            self.mark_claim(claim)
        else:
            waiting = self.analysis is None and self.status != "analysis failed"
            self.inform("no claims yet: the analysis is running" if waiting else "no claims")

    def _panel_open(self) -> bool:
        """Whether the panel is on screen: beside the article unless closed when wide,
        under it only if opened when narrow (newslens.tcss)."""
        if self.screen.has_class("-narrow"):
            return self.panel.has_class("-open")
        return not self.panel.has_class("-closed")

    def _open_panel(self, open_: bool) -> None:
        self.panel.set_class(open_, "-open")
        self.panel.set_class(not open_, "-closed")
        if not open_:
            self.view.focus()

    def action_toggle_panel(self) -> None:
        self._open_panel(not self._panel_open())

    def _focus_moved(self, focused: Widget | None) -> None:
        # Narrowing past the breakpoint hides the panel, and Textual then takes the focus
        # from its list and leaves none; the terminal's focus coming back may hand it to that
        # hidden list again. Either way keys would scroll nothing: the article takes them.
        # (While the terminal's focus is elsewhere, Textual keeps none on purpose.)
        # While the reader closes, its widgets go one by one and this runs on: nothing to do.
        if not self.app_focus or not self.query(ArticleView) or not self.query(ClaimsPanel):
            return
        if focused is None or (
            self.panel in focused.ancestors_with_self and not self._panel_open()
        ):
            self.view.focus()

    def action_filter_speaker(self) -> None:
        self._open_panel(True)
        self.panel.show_sources()

    def action_toggle_claim_order(self) -> None:
        in_text_order = not self.panel.in_text_order
        self.panel.set_text_order(in_text_order)
        self.inform("claims in text order" if in_text_order else "claims most check-worthy first")

    def action_clear(self) -> None:
        self.view.search("")
        self._show_legend()
        self.leave_selection()  # its bar may have lost the keys (tab), and with them its esc
        focused = self.focused
        if focused is not None and self.panel in focused.ancestors_with_self:
            # In a list the row under the cursor is what the keys act on: it would be marked
            # again by the next digit. Now, not after the keys already queued (a digit).
            self.screen.set_focus(self.view)
        self.clear_mark()

    async def action_quit(self) -> None:
        """Quit; a note being written is saved first (ctrl+q is Textual's, and works in the
        note editor too), and said so in the terminal once the reader is gone."""
        editor = self.note_editor
        if editor is None:
            self.exit()
        else:
            # Keys typed just before ctrl+q (pasted, or sent in one burst over SSH) may still
            # be on their way to the editor: the note is read once they are in.
            editor.after_typing(self._save_note_and_quit)

    def _save_note_and_quit(self) -> None:
        # A note that cannot be saved keeps the reader open, the reason on screen: a second
        # ctrl+q in the same editor then quits without it.
        editor = self.note_editor
        saved = self.save_open_note()
        if saved is False and self._quit_refused_for is not editor:
            self._quit_refused_for = editor
            self.notify("the note is not saved: ctrl+q again quits without it", severity="warning")
            return
        self.exit(message=Text("newslens: the note you were writing is saved") if saved else None)

    def action_help(self) -> None:
        from newslens.tui.dialogs import HelpScreen

        self.push_screen(HelpScreen(self.key_rows()))

    # -- keys, help and the command palette ------------------------------

    def _all_bindings(self) -> Iterable[tuple[str, Binding, str, str]]:
        """(id, binding, where, action) for every key newslens defines."""
        for cls, where in (
            (NewslensApp, _ANYWHERE),
            (ArticleView, _READING),
        ):
            for binding in cls.BINDINGS:
                if isinstance(binding, Binding) and binding.id:
                    yield binding.id, binding, where, binding.action

    def _keymap_bindings(self) -> Iterable[tuple[str, Binding, str]]:
        """(id, binding, where) for every key config.toml [keys] rebinds: selection mode's too."""
        for binding_id, binding, where, _ in self._all_bindings():
            yield binding_id, binding, where
        yield from self.selection_bindings()

    def _keys_shown(self, binding_id: str, binding: Binding) -> str:
        """The keys bound now (the user's keymap wins), as a reader would type them."""
        keys = self.keymap.get(binding_id, binding.key)
        return ", ".join(_key_name(key.strip()) for key in keys.split(","))

    def key_for(self, binding_id: str) -> str:
        """The first key that does ``binding_id`` now, for a message telling a reader to press it."""
        binding = next(b for i, b, _ in self._keymap_bindings() if i == binding_id)
        return self._keys_shown(binding_id, binding).split(", ")[0]

    def _description(self, binding_id: str, binding: Binding) -> str | None:
        """What a key does, as help shows it: a digit says its tag; one with no tag, None."""
        if binding_id.startswith("quick-tag-"):
            tag = self.tagset.by_key(binding_id.removeprefix("quick-tag-"))
            return None if tag is None else f"Tag {tag.name}"
        return binding.description

    def key_rows(self) -> list[KeyRow]:
        """Every key for the help screen, with the binding id that config.toml rebinds."""
        rows: list[KeyRow] = []
        for binding_id, binding, where in self._keymap_bindings():
            description = self._description(binding_id, binding)
            if description is not None:
                rows.append((self._keys_shown(binding_id, binding), description, where, binding_id))
        rows.append(("enter", "Show the claim / filter by the source", _LISTS, ""))
        rows.append(("tab, shift+tab", "Next / previous pane", _ANYWHERE, ""))
        rows.append(("←, →", "Previous / next tab of the panel", _LISTS, ""))
        rows.append(("ctrl+p", "Command palette: every command", _ANYWHERE, ""))
        rows.append(("ctrl+q", "Quit, saving an open note", _ANYWHERE, ""))
        rows.append(("mouse", "Scroll, click a claim or a tab", _ANYWHERE, ""))
        return rows

    def reading(self, screen: Screen) -> bool:  # type: ignore[type-arg]
        """Whether ``screen`` is the reader's own, not the Library or a dialog over it: the
        reader's keys and commands act on an article the user cannot see anywhere else."""
        return bool(self.screen_stack) and screen is self.screen_stack[0]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The Library is a screen, not a modal one: without this, a key its filter does not
        # take (a digit or ] once its list has the focus) reached the reader beneath it.
        return action not in _READER_ACTIONS or self.reading(self.screen)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:  # type: ignore[type-arg]
        reading = self.reading(screen)
        keys_help = {
            binding_id: f"key: {self._keys_shown(binding_id, binding)} ({where})"
            for binding_id, binding, where, _ in self._all_bindings()
        }
        for command in super().get_system_commands(screen):
            # Textual's "Keys" panel listed keys that do nothing here (scroll left, page
            # right) and squeezed the article and panel to make room; Help (?) lists every key.
            if command.title == "Keys":
                continue
            # Under the Library its filter takes T and q as typed letters.
            binding_id = _TEXTUAL_COMMANDS.get(command.title)
            yield (
                command._replace(help=keys_help[binding_id]) if reading and binding_id else command
            )
        if not reading:
            return
        for binding_id, binding, _, action in self._all_bindings():
            if action in ("quit", "pick_theme") or binding_id.startswith("quick-tag-"):
                continue  # Textual's palette has these; each tag has its own command
            yield SystemCommand(
                binding.description, keys_help[binding_id], self._palette_callback(action)
            )

    def deliver_screenshot(
        self,
        filename: str | None = None,
        path: str | None = None,
        time_format: str | None = None,
    ) -> str | None:
        """Save an SVG of the screen (the palette's Screenshot) and say where it went, or why
        it could not be saved.

        Textual's own saves in a thread and reports a failure with no reason, and its
        success message is markup, which this app's toasts show as typed.
        """
        directory = Path(path) if path else screenshot_dir()
        try:
            directory.mkdir(parents=True, exist_ok=True)
            saved = self.save_screenshot(filename, str(directory), time_format)
        except OSError as exc:
            where = exc.filename or directory
            self.notify(
                f"screenshot not saved: {where}: {exc.strerror or exc}",
                title="Screenshot",
                severity="error",
                timeout=10,
            )
            return None
        self.inform(f"screenshot saved to {saved}", title="Screenshot", timeout=10)
        return saved

    def _palette_callback(self, action: str) -> Callable[[], object]:
        async def run() -> None:
            await self.run_action(action, self.view if action in _VIEW_ACTIONS else self)

        return run


def screenshot_dir() -> Path:
    """The user's Downloads directory, where Textual saves screenshots; on a machine without
    one (a server reached over SSH), ``screenshots`` in newslens's data directory."""
    downloads = platformdirs.user_downloads_path()
    return downloads if downloads.is_dir() else data_dir() / "screenshots"


_VIEW_ACTIONS = {binding.action for binding in ArticleView.BINDINGS if isinstance(binding, Binding)}
# The app's actions that act on the article read (all but quitting, help and themes), as
# check_action sees them: by name, without their arguments.
_READER_ACTIONS = {
    binding.action.partition("(")[0]
    for binding in NewslensApp.BINDINGS
    if isinstance(binding, Binding)
} - {"quit", "help", "pick_theme"}
