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


def test_help_paragraphs_are_reflowed_not_broken_at_the_source_width():
    # A docstring's hard line breaks once showed up mid-sentence in `--help`.
    wide = {"COLUMNS": "200"}
    top = runner.invoke(app, ["--help"], env=wide).stdout
    assert "Print translation coverage per release and locale, counted as `build` counts it." \
        in top
    stats = runner.invoke(app, ["stats", "--help"], env=wide).stdout
    assert "untranslated and rejected segments (distinct messages" in stats


def test_help_text_is_not_read_as_rich_markup():
    validate = runner.invoke(app, ["validate", "--help"], env={"COLUMNS": "200"}).stdout
    assert "in the config's [checks] table" in validate


def test_only_what_rich_reads_as_a_tag_is_escaped_in_help_text():
    from rich.text import Text

    from toolkit.cli.app import _escape

    for text in ("the [checks] table", "a [/] closing tag", "list [1] and [ ] stay",
                 r"a path C:\[x] here"):
        assert Text.from_markup(_escape(text)).plain == text
