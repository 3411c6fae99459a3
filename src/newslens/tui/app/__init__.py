"""The reader: the article at once, the analysis when it is ready.

The text is on screen before spaCy is even imported: the analysis runs in a thread
worker through ``analyzer`` (a seam: tests pass a fake; the default imports the
pipeline lazily, inside the worker), and its highlights and claims arrive when it
is done. If it fails, the reader says so and the text stays readable.

:class:`NewslensApp` holds the reader's state, its widgets and its keys (BINDINGS: Textual
reads them from the app class only, and so do help and the Library's guard, through
``_all_bindings`` and ``check_action``), and is made of one mixin for each question, over
``base`` (the widgets the mixins share, and what they read of the app, for the type checker; a
Textual message pump, so that a mixin's ``@on`` handlers run): ``key_bursts`` the keys typed
right after one that opens a dialog, ``counts`` a count before a key that moves (":5j"),
``themes`` the theme, ``leaving`` where the article opens and is left and quitting,
``analysing`` the fetch and analysis workers, ``status`` the legend and status line,
``searching`` the search bar and its matches, ``navigating`` the claims stepped through and
the panel, ``keymap`` config.toml [keys] and the keys bound now,
``help_and_palette`` help and the command palette; the annotating mixins come from
tui/annotating. A name with a leading underscore is the package's own: its modules share it,
and only they and their tests use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal
from textual.notifications import SeverityLevel
from textual.theme import BUILTIN_THEMES

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config, load_config
from newslens.tui import theming
from newslens.tui.annotating import ANNOTATION_BINDINGS, AnnotatingMixin
from newslens.tui.app.analysing import AnalysingMixin
from newslens.tui.app.counts import CountsMixin
from newslens.tui.app.help_and_palette import HelpAndPaletteMixin
from newslens.tui.app.key_bursts import KeyBurstsMixin
from newslens.tui.app.keymap import _ANYWHERE, _READING, KeymapMixin
from newslens.tui.app.leaving import LeavingMixin
from newslens.tui.app.navigating import NavigatingMixin
from newslens.tui.app.searching import SearchMixin
from newslens.tui.app.status import LAYER_KEYS, StatusMixin
from newslens.tui.app.themes import ThemesMixin
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel
from newslens.tui.escape_prefix import keep_alt_on_named_keys
from newslens.tui.footer import ReaderFooter
from newslens.tui.header import ArticleHeader
from newslens.tui.highlights import LAYERS
from newslens.tui.legend import Legend
from newslens.tui.palette import KeyCommand, ReaderCommands
from newslens.tui.reader_screen import ReaderScreen

if TYPE_CHECKING:
    from newslens.tui.tag_dialogs import NoteEditor

Analyzer = Callable[[Article], Analysis]


def make_analyzer(model: str | None = None) -> Analyzer:
    """The real analysis, imported only when first called (in the worker thread)."""

    def analyze_article(article: Article) -> Analysis:
        from newslens.analysis.pipeline import analysis_pipeline, analyze

        return analyze(article, analysis_pipeline(requested=model))

    return analyze_article


# Textual runs the on_unmount of every class here in this order, and get_system_commands goes
# down it through super(): the reader's mixins come before the annotating ones, as the app's
# own methods did.
class NewslensApp(
    KeyBurstsMixin,
    CountsMixin,
    ThemesMixin,
    LeavingMixin,
    AnalysingMixin,
    StatusMixin,
    SearchMixin,
    NavigatingMixin,
    KeymapMixin,
    HelpAndPaletteMixin,
    AnnotatingMixin,
    App[None],
):
    """Read one article with its speakers, quotes, figures and claims."""

    CSS_PATH = "../newslens.tcss"  # the reader's stylesheet stays in tui/
    TITLE = "newslens"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-wide")]  # noqa: RUF012
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ReaderCommands}
    # Each key with the words a user may type for it in the palette (tui/palette.py).
    BINDINGS: ClassVar[list[BindingType]] = [
        KeyCommand("q", "quit", "Quit", id="quit", words=("exit", "close")),
        KeyCommand("question_mark", "help", "Help", id="help", words=("keys", "shortcuts")),
        KeyCommand("slash", "search", "Search", id="search", words=("find", "look for")),
        KeyCommand(
            "n", "next_match", "Next match", show=False, id="next-match", words=("find next",)
        ),
        KeyCommand(
            "N",
            "previous_match",
            "Previous match",
            show=False,
            id="previous-match",
            words=("find previous",),
        ),
        Binding("right_square_bracket", "next_claim", "Next claim", id="next-claim"),
        Binding(
            "left_square_bracket",
            "previous_claim",
            "Previous claim",
            show=False,
            id="previous-claim",
        ),
        KeyCommand(
            "p",
            "toggle_panel",
            "Show / hide the panel",
            show=False,
            id="toggle-panel",
            words=("sidebar", "claims list"),
        ),
        # Shown by the footer in the Claims list only (tui/footer.py).
        KeyCommand(
            "f",
            "filter_speaker",
            "Filter by speaker",
            id="filter-speaker",
            words=("who said", "sources", "person", "quotes by"),
        ),
        KeyCommand(
            "o",
            "toggle_claim_order",
            "Claims in text order / ranked",
            show=False,
            id="claim-order",
            words=("sort", "check-worthy"),
        ),
        KeyCommand(
            "T",
            "pick_theme",
            "Theme",
            show=False,
            id="change-theme",
            words=("colours", "colors", "dark", "light"),
        ),
        KeyCommand(
            "escape",
            "clear",
            "Clear marks and filter",
            show=False,
            id="clear",
            words=("reset", "unfilter", "unmark"),
        ),
        Binding("colon", "count", "Count: :5j, :3], :10G line 10", show=False, id="count"),
        *(
            KeyCommand(
                key,
                f"toggle_layer('{layer}')",
                f"Toggle {label}",
                show=False,
                id=f"toggle-{layer}",
                words=("highlights", "colours"),
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
        keep_alt_on_named_keys()  # "esc [" and "esc /" reach the reader with alt, as "esc q" does
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
        self._count: str | None = None  # the digits typed after the colon, while it waits
        self._quit_refused_for: NoteEditor | None = None  # its note could not be saved
        # The key opening a dialog and the keys typed after it, held until it is open (on_event).
        self._opener: events.Key | None = None
        self._held_keys: list[events.Key] | None = None
        self._dialog_keys_for = None  # the keys that open a dialog, for the keymap they are of
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

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(id="_default")

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.article, id="header")
        with Horizontal(id="main"):
            left = self._opening_place()
            yield ArticleView(self.article.text, opening_at=left.top or 0, id="article")
            panel = ClaimsPanel(self.article.text, waiting=self.status, id="panel")
            if left.speaker is not None:
                panel.filter_once_listed(left.speaker)
            if left.claim is not None:
                panel.point_at(left.claim, marked=True)
            yield panel
        # The search bar is mounted when first opened: the first frame has less to style.
        yield Legend(id="legend")
        yield ReaderFooter(compact=True)

    def on_mount(self) -> None:
        self.set_keymap(self.keymap)
        for problem in (*self._load_warnings, *self._theme_problems):
            self.notify(problem, severity="warning")
        if self._keymap_warning:
            self.notify(self._keymap_warning, severity="warning")
        self.watch(self, "theme", self._theme_changed, init=False)
        self.watch(self.screen, "focused", self._focus_moved, init=False)
        self.keep_place_on_hang_up()
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

    def _all_bindings(self) -> Iterable[tuple[str, Binding, str, str]]:
        """(id, binding, where, action) for every key newslens defines."""
        for cls, where in (
            (NewslensApp, _ANYWHERE),
            (ArticleView, _READING),
        ):
            for binding in cls.BINDINGS:
                if isinstance(binding, Binding) and binding.id:
                    yield binding.id, binding, where, binding.action

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The Library is a screen, not a modal one: without this, a key its filter does not
        # take (a digit or ] once its list has the focus) reached the reader beneath it.
        return action not in _READER_ACTIONS or self.reading(self.screen)


# The app's actions that act on the article read (all but quitting, help and themes), as
# check_action sees them: by name, without their arguments.
_READER_ACTIONS = {
    binding.action.partition("(")[0]
    for binding in NewslensApp.BINDINGS
    if isinstance(binding, Binding)
} - {"quit", "help", "pick_theme"}
