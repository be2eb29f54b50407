"""The command line as a whole: every command is listed, `python -m toolkit` works."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from toolkit import __version__
from toolkit.cli.app import app

COMMANDS = ("normalize", "validate", "extract", "update", "build", "stats", "pseudo")
runner = CliRunner()


def test_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout


def test_every_command_has_its_own_help():
    for name in COMMANDS:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage" in result.stdout


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.stdout.strip() == f"communique {__version__}"


def test_python_dash_m_toolkit_runs_the_same_app():
    done = subprocess.run([sys.executable, "-m", "toolkit", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"communique {__version__}"


def test_no_arguments_shows_help_and_is_a_usage_error():
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert "Usage" in result.output
