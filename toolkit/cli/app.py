"""The Typer application: one small module per command, registered here."""

from __future__ import annotations

import typer

from toolkit import __version__
from toolkit.cli import build, stats, validate
from toolkit.cli.common import not_built

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


app.command("normalize")(not_built("normalize", "scraped text or HTML into release XML"))
app.command("validate")(validate.command)
app.command("extract")(not_built("extract", "release XML into gettext templates"))
app.command("update")(not_built("update", "merge templates into PO catalogs"))
app.command("build")(build.command)
app.command("stats")(stats.command)
app.command("pseudo")(not_built("pseudo", "pseudo-translated catalogs for testing"))


def main() -> None:
    app()
