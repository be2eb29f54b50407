"""Small press pages for the page-convention tests, and what a release read from one holds."""

from __future__ import annotations

from toolkit.model import ListBlock, Release, Segment
from toolkit.normalize import Report, normalize

PROSE = ("The council opened the new bridge on Monday after two years of work, and the first "
         "buses crossed it in the afternoon.")


def page(body: str, head: str = "<title>Bridge opens | Example Council</title>",
         lang: str = "en") -> bytes:
    """A whole page around `body`, as a site serves it."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
            f"<body>{body}</body></html>").encode()


def read(data: bytes) -> tuple[Release, Report]:
    result = normalize(data, "page.html")
    return result.release, result.report


def texts(release: Release) -> list[str]:
    """The body's blocks as `kind: text` lines, a list's items one a line."""
    out: list[str] = []
    for block in release.body:
        if isinstance(block, ListBlock):
            out.extend(f"item: {item.text}" for item in block.items)
        else:
            assert isinstance(block, Segment)
            out.append(f"{block.name}: {block.text}")
    return out


def everything(release: Release) -> str:
    """Every segment's text, to look for a word anywhere in the release."""
    return " ".join(s.text for s in release.segments())
