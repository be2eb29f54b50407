"""`communique extract`: release XML into gettext templates (``<catalogs>/<id>.pot``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.catalog_options import (
    JobsOption,
    NoWrapOption,
    WidthOption,
    page_width,
    print_files,
    summary_line,
)
from toolkit.cli.common import (
    RELEASES_HELP,
    RELEASES_METAVAR,
    ConfigOption,
    FormatOption,
    OutputFormat,
    handles_errors,
    interactive,
    progress_bar,
    release_files,
    releases_project,
)

if TYPE_CHECKING:
    from toolkit.catalogs import RunReport


@handles_errors
def command(
    releases: Annotated[
        list[str] | None,
        typer.Argument(help=RELEASES_HELP.format("every configured release"),
                       metavar=RELEASES_METAVAR, show_default=False),
    ] = None,
    *,
    width: WidthOption = None,
    no_wrap: NoWrapOption = False,
    jobs: JobsOption = None,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Write the gettext template of each release: one entry per distinct segment.

    Inline markup becomes attribute-free placeholder tags; `#.` comments give each
    segment's role, ITS notes and what each empty tag stands for; `#:` references point
    at the release. Files whose content did not change are not rewritten.
    Exit 0 when done, 2 when a release cannot be read (its template is left as it was).
    """
    from toolkit.catalogs import extract_project

    cfg = releases_project(config, releases)
    files = release_files(cfg, releases)
    with progress_bar("extracting", output_format is OutputFormat.text and interactive()) \
            as progress:
        report = extract_project(cfg, files, width=page_width(width, no_wrap, cfg.po_width),
                                 jobs=jobs, progress=progress)
    _print(report, output_format, "template")
    if files is None and not report.results and output_format is OutputFormat.text:
        # "0 templates: none" alone left a newcomer with an empty releases folder
        # wondering what went wrong; update and pseudo say what to run first, so does
        # extract (still exit 0: a project with nothing yet is not a failure).
        from toolkit.paths import relative

        where = relative(cfg.releases, cfg.root) or "."
        typer.echo(f"no releases in {where}/: write them with `communique normalize "
                   "INPUT...`, then run extract again", err=True)
    raise typer.Exit(2 if report.failed else 0)


def _print(report: RunReport, output_format: OutputFormat, noun: str) -> None:
    if output_format is OutputFormat.json:
        import json  # (only here: a text run need not load it, ~5M instructions)

        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    print_files(report)
    typer.echo(summary_line(report, noun))
