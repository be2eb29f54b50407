"""The command line as a whole: every command is listed, `python -m toolkit` works."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from typer.testing import CliRunner

from toolkit import __version__
from toolkit.cli.app import _exit_status, app

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


def test_the_process_ends_with_the_commands_status_and_all_its_output(tmp_path):
    # main() ends the process with os._exit: what was printed must be flushed first,
    # and the command's exit status kept.
    (tmp_path / "communique.toml").write_text('source-locale = "en"\n', encoding="utf-8")
    (tmp_path / "releases").mkdir()
    done = subprocess.run([sys.executable, "-m", "toolkit", "extract", "no-such-id"],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("no-such-id: error: no such release")
    done = subprocess.run([sys.executable, "-m", "toolkit", "extract", "--format", "json"],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0
    assert json.loads(done.stdout)["summary"]["created"] == 0


def test_exit_status_is_what_sys_exit_gives(capsys):
    assert [_exit_status(code) for code in (None, 0, 2)] == [0, 0, 2]
    assert _exit_status("Aborted!") == 1
    assert capsys.readouterr().err == "Aborted!\n"


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


def test_no_help_is_cut_at_80_columns():
    # Rich shortens what does not fit its table: `--no-fuzzy-matc…`, a metavar folded
    # into `<text|json|github|sari` / `f>`, an example id cut mid-word.
    import typer
    from typer.core import TyperGroup, TyperOption

    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    pages = {"communique": (group, runner.invoke(app, ["--help"], env={"COLUMNS": "80"}))}
    for name, command in group.commands.items():
        pages[name] = (command, runner.invoke(app, [name, "--help"], env={"COLUMNS": "80"}))
    for name, (command, result) in pages.items():
        page = result.stdout
        assert result.exit_code == 0, name
        assert "…" not in page, name
        for line in page.splitlines():
            assert len(line) <= 80, (name, line)
        words = set(page.replace("│", " ").split())
        ctx = command.make_context(name, [], resilient_parsing=True)
        for param in command.params:
            if isinstance(param, TyperOption):
                for spelling in (*param.opts, *param.secondary_opts):
                    assert spelling in words, (name, spelling)
                if not param.is_flag:  # the <metavar> whole, not folded over two lines
                    assert _metavar(param, ctx) in page, (name, param.opts)


def _metavar(param: Any, ctx: Any) -> str:
    # What the help page prints as the option's value, asked as the Typer versions the
    # project allows ask it: Typer 0.29 its own `display_type_rich`; before it, Click's
    # make_metavar, which Click 8.2 made take the context.
    if hasattr(param, "display_type_rich"):
        return str(param.display_type_rich(ctx=ctx))
    try:
        return str(param.make_metavar(ctx=ctx))
    except TypeError:
        return str(param.make_metavar())
