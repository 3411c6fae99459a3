"""The attribution scorer in benchmarks/: the metrics of the eval format, on tiny cases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCORER = Path(__file__).parents[1] / "benchmarks" / "score_attributions.py"


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_attributions", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_attributions"] = module
    spec.loader.exec_module(module)
    return module


TEXT = "“We will win,” Ana said. Officials said the count was late."
GOLD = {
    "id": "a",
    "text": TEXT,
    "quotes": [
        {"start": 0, "end": 14, "kind": "direct", "speaker": "Ana", "speaker_span": [15, 18]},
        {
            "start": 39,
            "end": 58,
            "kind": "indirect",
            "speaker": "Officials",
            "speaker_span": [25, 34],
        },
    ],
}


def metrics(scorer: ModuleType, quotes: list[dict[str, object]]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = scorer.metrics(
        scorer.score({"a": GOLD}, {"a": {"id": "a", "quotes": quotes}})
    )
    return table


def test_perfect_predictions_score_100(scorer: ModuleType) -> None:
    table = metrics(scorer, GOLD["quotes"])  # type: ignore[arg-type]
    assert table["all"]["frag_f1"] == 100.0
    assert table["direct"]["speaker_acc"] == 100.0
    assert table["all"]["e2e_f1"] == 100.0


def test_half_a_quote_is_found_but_a_wrong_speaker_is_not_who_said_what(
    scorer: ModuleType,
) -> None:
    table = metrics(
        scorer,
        [{"start": 0, "end": 9, "kind": "direct", "speaker": "Bob", "speaker_span": [40, 45]}],
    )
    assert table["direct"]["frag_r"] == 100.0 and table["direct"]["frag_p"] == 100.0
    assert table["direct"]["speaker_acc"] == 0.0
    assert table["direct"]["e2e_f1"] == 0.0
    assert table["all"]["frag_r"] == 50.0


def test_a_quote_found_under_another_kind_counts_unless_the_kind_must_agree(
    scorer: ModuleType,
) -> None:
    table = metrics(
        scorer,
        [{"start": 0, "end": 14, "kind": "mixed", "speaker": "Ana", "speaker_span": [15, 18]}],
    )
    assert table["direct"]["frag_r"] == 100.0
    assert table["direct="]["frag_r"] == 0.0
    assert table["indirect"]["frag_p"] == 100.0
    assert table["indirect="]["frag_p"] == 0.0
    assert table["indirect"]["frag_r"] == 0.0  # the indirect gold quote is still missed
