"""The Typer application: one small module per command, registered here.

Each command module imports its engine inside the command, not at the top: every run
would otherwise load every engine (ICU, the normaliser, the checks), and start-up is paid
by each CI step and pre-commit hook that runs communique.
"""

from __future__ import annotations

import typer

from toolkit import __version__
from toolkit.cli import build, extract, normalize, pseudo, stats, update, validate

app = typer.Typer(
    name="communique",
    help="Localise press releases: normalise, extract, update, build, validate.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"communique {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Localise press releases: normalise, extract, update, build, validate."""


app.command("normalize")(normalize.command)
app.command("validate")(validate.command)
app.command("extract")(extract.command)
app.command("update")(update.command)
app.command("build")(build.command)
app.command("stats")(stats.command)
app.command("pseudo")(pseudo.command)


def main() -> None:
    app()
