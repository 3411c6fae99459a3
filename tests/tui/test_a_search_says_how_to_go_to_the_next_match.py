"""A search that finds more than one match says which keys go on to the next and the previous
one: at 80 columns the footer has no room for n and N, and "7 matches for 'pier'" left a
reader who had never used less looking for them. The keys named are the ones bound now. Going
round from the last match to the first (or back) is said, once."""

from __future__ import annotations

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, notices

TEXT = (
    "Pier reopens\n\nThe pier reopened on Monday. Crowds walked the pier all day.\n\n"
    "The pier had been shut since the storm.\n\n"
    "Harbour traders said the summer season would decide whether the kiosks reopen at all.\n"
)


def _app(config: Config) -> NewslensApp:
    return NewslensApp(
        Article(text=TEXT), analyzer=lambda a: Analysis(fingerprint=a.fingerprint), config=config
    )


async def test_the_confirmation_of_a_search_names_n_and_shift_n() -> None:
    app = _app(Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"pier", "enter")
        await pilot.pause()
        assert notices(app)[-1] == "4 matches for 'pier' · n next, N previous"
        # Going round the matches is said once, as less and vim say it; a step inside them
        # says nothing (the status line's "match 2 of 4" does).
        await pilot.press("n", "N")
        await pilot.pause()
        assert notices(app)[-1] == "4 matches for 'pier' · n next, N previous"
        await pilot.press("N")
        await pilot.pause()
        assert notices(app)[-1] == "past the first match: on to the last"
        await pilot.press("n")
        await pilot.pause()
        assert notices(app)[-1] == "past the last match: back to the first"


async def test_the_keys_named_are_those_config_toml_binds() -> None:
    app = _app(Config(keys={"next-match": "ctrl+n", "previous-match": "ctrl+b"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"pier", "enter")
        await pilot.pause()
        assert notices(app)[-1] == "4 matches for 'pier' · ctrl+n next, ctrl+b previous"


async def test_a_single_match_names_no_keys() -> None:
    app = _app(Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *"storm", "enter")
        await pilot.pause()
        assert notices(app)[-1] == "1 match for 'storm'"


async def test_a_long_query_is_cut_to_keep_the_message_on_one_line_at_80_columns() -> None:
    app = _app(Config())
    query = "harbour traders said the summer season would decide whether the kiosks"
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("slash", *query, "enter")
        await pilot.pause()
        [found] = notices(app)[-1:]
        assert found.startswith("1 match for 'harbour traders said the summer season")
        assert found.endswith("…'") and len(found) <= 77
        await pilot.press("slash", *query.replace("kiosks", "ferries"), "enter")
        await pilot.pause()
        assert notices(app)[-1].startswith("no match for 'harbour traders")
        assert len(notices(app)[-1]) <= 77
