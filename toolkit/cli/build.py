"""`communique build`: localised release XML and HTML pages for every locale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import (
    ConfigOption,
    FormatOption,
    OutputFormat,
    handles_errors,
    interactive,
    progress_bar,
    project,
)

if TYPE_CHECKING:
    from toolkit.build import BuildReport, PairResult

PAIR_LINES = 20  # above this many releases with problems, a summary per locale


@handles_errors
def command(
    releases: Annotated[
        list[Path] | None,
        typer.Argument(help="Release XML files to build (default: the configured releases)."),
    ] = None,
    *,
    locale: Annotated[
        list[str] | None,
        typer.Option("--locale", "-l", help="Build this locale (repeatable; default: the "
                     "source locale and every configured locale)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Output folder (default: the configured output).",
                     file_okay=False),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    ] = None,
    min_coverage: Annotated[
        float | None,
        typer.Option("--min-coverage", min=0, max=100,
                     help="Skip a locale's release translated below this percentage."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Fail (exit 1) and write nothing on any fallback, "
                     "rejected translation or skipped release."),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild everything, even unchanged inputs.")
    ] = False,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Build localised release XML and HTML pages into the output folder.

    Untranslated and fuzzy segments fall back to the source text; a translation whose
    tags do not match its source is rejected (source used) and reported with its PO
    line. Unchanged inputs are not rebuilt. Exit 0 when built, 1 when --strict found
    problems (nothing written), 2 when an input cannot be read.
    """
    from toolkit.build import build

    cfg = project(config)
    with progress_bar("building", output_format is OutputFormat.text and interactive()) \
            as progress:
        report = build(cfg, locales=locale or None, output=output, jobs=jobs, strict=strict,
                       min_coverage=min_coverage, force=force,
                       releases=_expand(releases) if releases else None, progress=progress)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(_text(report), nl=False)
    if report.failed:
        raise typer.Exit(2)
    raise typer.Exit(1 if strict and report.problems else 0)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.xml")) if path.is_dir() else [path])
    return files


def _pair_line(result: PairResult) -> str:
    coverage = result.coverage
    detail = ""
    if coverage is not None:
        parts = [f"{n} {name}" for name, n in (("untranslated", coverage.untranslated.segments),
                                                ("fuzzy", coverage.fuzzy.segments),
                                                ("rejected", coverage.rejected.segments)) if n]
        detail = f"{coverage.percent:.0f}% translated" + (f" ({', '.join(parts)})"
                                                          if parts else "")
    return f"{result.locale}\t{result.release}\t{result.status.value}\t{detail}".rstrip() + "\n"


def _text(report: BuildReport) -> str:
    from toolkit.build import Status, display
    from toolkit.issues import Severity
    from toolkit.report import render

    out: list[str] = []
    # A release that cannot be read fails in every locale with the same issue: say it once.
    errors = dict.fromkeys(i for r in report.results for i in r.issues
                           if i.severity is Severity.ERROR)
    out.append(render(errors, "text"))
    troubled = [r for r in report.results if r.problems]
    if len(troubled) <= PAIR_LINES:
        out.extend(_pair_line(r) for r in troubled)
    else:  # a big build: one line per locale; --format json has every pair
        for locale in dict.fromkeys(r.locale for r in troubled):
            mine = [r for r in troubled if r.locale == locale]
            skipped = sum(1 for r in mine if r.status is Status.SKIPPED)
            out.append(f"{locale}\t{len(mine)} releases with fallbacks or rejections"
                       + (f", {skipped} skipped" if skipped else "") + "\n")
    engines = sorted({e.get("engine", "?") for e in report.engines.values()})
    summary = ", ".join(f"{report.count(s)} {s.value}" for s in Status if report.count(s))
    where = display(Path(report.output))
    if report.written:
        out.append(f"{summary or 'nothing to build'} -> {where}/ "
                   f"(formatting: {', '.join(engines)})\n")
    else:
        out.append(f"not built (--strict): {summary}; nothing written to {where}/\n")
    return "".join(out)
