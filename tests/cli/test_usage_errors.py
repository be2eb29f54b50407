"""A mistake in the command line (an unknown option or command, an option without its
value, a --format not offered) is one line on stderr, ``communique: error: ...``, as
every other error is, with Click's hint of where help is, and exit 2.

Typer printed rich's box: the usage and the hint above a frame, the message wrapped
inside it at the frame's width, and in bold on a terminal even under NO_COLOR. A CI log
searched for ``error:`` did not find it.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from build_support import files, make_project
from typer.testing import CliRunner

from toolkit.cli.app import app


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(("args", "expected"), [
    (["build", "--bogus"],
     "communique: error: No such option: --bogus (Possible options: --jobs). "
     "Try 'communique build --help' for help."),
    (["validate", "--format", "xml"],
     "communique: error: Invalid value for '--format' / '-f': 'xml' is not one of 'text', "
     "'json', 'github', 'sarif'. Try 'communique validate --help' for help."),
    (["buidl"],
     "communique: error: No such command 'buidl'. Did you mean 'build'? "
     "Try 'communique --help' for help."),
    (["--bogus"],
     "communique: error: No such option: --bogus. Try 'communique --help' for help."),
    # Click gives no context, so no hint, for an option left without its value.
    (["build", "--locale"], "communique: error: Option '--locale' requires an argument."),
])
def test_a_usage_error_is_one_line_naming_communique_and_exit_2(tmp_path, monkeypatch,
                                                                args, expected):
    monkeypatch.chdir(tmp_path)
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stderr == expected + "\n"
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_a_message_click_wraps_is_joined_into_its_one_line(tmp_path, monkeypatch):
    # A value longer than the box's width: rich wrapped it over two lines of the frame.
    monkeypatch.chdir(tmp_path)
    result = invoke("stats", "--format", "x" * 120)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "x" * 120 in result.stderr


def test_no_arguments_still_prints_the_help():
    result = invoke()
    assert result.exit_code == 2
    assert "Usage: communique" in result.stdout
    assert "error" not in result.stderr


def on_a_terminal(cwd: Path, *args: str, **env: str) -> tuple[int, bytes]:
    """The exit status and everything the command wrote, run with a terminal for its
    standard output and error (where rich styles what it prints)."""
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "toolkit", *args], cwd=cwd,
                                   stdout=follower, stderr=follower,
                                   env={**os.environ, "TERM": "xterm-256color", **env})
        os.close(follower)
        said = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # (Linux: the terminal's other end closed)
                break
            if not chunk:
                break
            said += chunk
        return process.wait(timeout=60), said
    finally:
        os.close(leader)


@pytest.mark.parametrize("no_color", ["1", ""])
def test_on_a_terminal_the_line_has_no_styling(tmp_path, no_color):
    # NO_COLOR set (any non-empty value) asks for no colour; the line has no styling
    # whether it is set or not, as communique's other errors have none.
    status, said = on_a_terminal(tmp_path, "build", "--bogus", NO_COLOR=no_color)
    assert status == 2
    assert b"\x1b" not in said
    assert said.decode().splitlines() == [
        "communique: error: No such option: --bogus (Possible options: --jobs). "
        "Try 'python -m toolkit build --help' for help."]


@pytest.mark.parametrize("args", [
    ["pseudo", "--locale", "ar"],  # a configured locale: its translations would go
    ["build", "--locale", "xx"],  # a tag CLDR does not know
    ["stats", "--locale", "ja-JP"],  # a configured language with a region added
    ["build", "--as-of", "yesterday"],
    ["validate", "--min-coverage", "150"],
    ["update", "--keep-old"],
    ["update", "--renamed", "old"],
    ["normalize", "--date", "2025-13-01", "releases"],
])
def test_a_refusal_of_what_the_command_line_asks_names_communique_as_clicks_do(
        tmp_path, monkeypatch, args):
    # What communique itself refuses on the command line was a bare sentence ("'ar' is
    # a configured locale; ..."), beside Click's `communique: error: ...` and a file's
    # `path:line:col: error: ...`: a log searched for `error:` missed it.
    monkeypatch.chdir(make_project(tmp_path / "project"))
    before = files(Path.cwd())
    result = invoke(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("communique: error: "), result.stderr
    assert "Traceback" not in result.output
    assert files(Path.cwd()) == before  # nothing written


def test_a_folder_without_a_project_is_refused_naming_communique(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("build")
    assert result.exit_code == 2
    assert result.stderr.startswith("communique: error: no communique.toml ")


def test_min_coverage_out_of_range_is_refused_alike_by_validate_and_build(tmp_path,
                                                                          monkeypatch):
    # build's option is a range Click checks; validate's was a plain number it checked
    # itself, in other words ("--min-coverage must be a percent between 0 and 100").
    monkeypatch.chdir(make_project(tmp_path / "project"))
    said = {command: invoke(command, "--min-coverage", "150") for command in
            ("validate", "build")}
    for command, result in said.items():
        assert result.exit_code == 2
        assert result.stderr == (
            "communique: error: Invalid value for '--min-coverage': 150.0 is not in the "
            f"range 0<=x<=100. Try 'communique {command} --help' for help.\n")
