"""How normalize reads web pages it was not tuned on: structure against a hand-written truth.

Each case under tests/fixtures/normalize-heldout-html/<case>/ is a page (input.html) and
what a reader of it expects of the release (expect.txt), written before normalising it.
One line each, `kind: text`; `#` lines are comments; `||` separates accepted answers:

    title: the release's title, exactly (white space collapsed)
    date: YYYY-MM-DD, the publication date
    publisher: the organisation that publishes it
    p: | h: | item: | quote: | lead:   the body's blocks in order, by their first words
    figure: alt text (start) | caption (start; empty: not checked)
    not: a string of the page's chrome that must appear nowhere in the release's text

`h` is a heading, `item` a list item, `lead` the standfirst under the title (the
subtitle or a paragraph). A block is found when a block of the release starts with its
words; found as another kind (a heading read as a paragraph) it counts as found with the
wrong kind. A block of the release that no expected block starts is an extra: chrome
that leaked, or text split in two. `not` strings are looked for in the title, subtitle,
body and figures (the meta's series and publisher may name the site).

When normalize refuses a page (no date, publisher or title found), the option a user
would give is taken from the expectation and the page read again; what had to be given
counts as wrong.

    python -m tests.normalize.html_truth [CASE-PREFIX...]

These are measurements, not goldens: misses are reported, not required to be none.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model import Inline, ListBlock, Release, Segment
from toolkit.normalize import Options, normalize

from .support import FIXTURES, cases, input_of

HELD_OUT_HTML = FIXTURES.parent / "normalize-heldout-html"
# Pages kept from whoever tunes the rules, scored only at the end (--locked).
LOCKED_HTML = FIXTURES.parent / "normalize-locked" / "html"
LOCKED2_HTML = FIXTURES.parent / "normalize-locked2" / "html"  # a second set (--locked2)
LOCKED3_HTML = FIXTURES.parent / "normalize-locked3" / "html"  # a third (--locked3)
BLOCK_KINDS = ("p", "h", "item", "quote", "lead")
_KIND_OF = {"p": "p", "heading": "h", "quote": "quote", "item": "item", "subtitle": "lead"}


def squash(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Expectation:
    title: str = ""
    date: str = ""
    publishers: tuple[str, ...] = ()
    blocks: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    figures: list[tuple[str, str]] = field(default_factory=list)
    nots: list[str] = field(default_factory=list)


def read_expectation(path: Path) -> Expectation:
    expect = Expectation()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, sep, value = raw.partition(":")
        if not sep or not value.startswith(" "):
            raise ValueError(f"{path}:{number}: not 'kind: text': {raw!r}")
        kind, value = kind.strip(), squash(value)
        choices = tuple(squash(v) for v in value.split("||"))
        if kind == "title":
            expect.title = value
        elif kind == "date":
            dt.date.fromisoformat(value)
            expect.date = value
        elif kind == "publisher":
            expect.publishers = choices
        elif kind in BLOCK_KINDS:
            expect.blocks.append((kind, choices))
        elif kind == "figure":
            alt, _, caption = value.partition("|")
            expect.figures.append((alt.strip(), caption.strip()))
        elif kind == "not":
            expect.nots.append(value)
        else:
            raise ValueError(f"{path}:{number}: unknown kind {kind!r}")
    if not (expect.title and expect.date and expect.publishers and expect.blocks):
        raise ValueError(f"{path}: title, date, publisher and blocks are all required")
    return expect


@dataclass
class PageScore:
    case: str
    refused: list[str] = field(default_factory=list)  # what normalize asked to be given
    title: str | None = None  # what the release has, None when right
    date: str | None = None
    publisher: str | None = None
    expected: int = 0
    found: int = 0
    right_kind: int = 0
    missed: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    figures_expected: int = 0
    figures_found: int = 0
    figures_extra: int = 0
    nots: int = 0
    leaked: list[str] = field(default_factory=list)


def _text(content: tuple[Inline, ...]) -> str:
    return squash("".join(p if isinstance(p, str) else p.text for p in content))


def blocks_of(release: Release) -> list[tuple[str, str]]:
    """The release's text blocks in order, as (kind, text)."""
    out: list[tuple[str, str]] = []
    if release.subtitle is not None:
        out.append(("lead", _text(release.subtitle.content)))
    for block in release.body:
        if isinstance(block, ListBlock):
            out.extend(("item", _text(item.content)) for item in block.items)
        else:
            assert isinstance(block, Segment)
            out.append((_KIND_OF.get(block.name, block.name), _text(block.content)))
    return out


def _read(case: Path, expect: Expectation) -> tuple[Release, list[str]]:
    source = input_of(case)
    given: dict[str, object] = {}
    refused: list[str] = []
    for _ in range(4):
        try:
            return normalize(source.read_bytes(), source.name, Options(**given)).release, \
                refused  # type: ignore[arg-type]
        except InputError as exc:
            what = _refusal(exc.message)
            if what == "date" and "date" not in given:
                given["date"] = dt.date.fromisoformat(expect.date)
            elif what == "publisher" and "publisher" not in given:
                given["publisher"] = expect.publishers[0]
            elif what == "title" and "title" not in given:
                given["title"] = expect.title
            else:
                raise
            refused.append(exc.message)
    raise AssertionError("unreachable")  # pragma: no cover


def _refusal(message: str) -> str:
    """Which option normalize's refusal asks for: date, publisher, title or none."""
    for what, words in (("date", "no date line found"), ("publisher", "no publisher found"),
                        ("title", "no title found")):
        if message.startswith(words):
            return what
    return ""


def _kind_fits(expected: str, got: str) -> bool:
    return expected == got or (expected == "lead" and got == "p")


def score(case: Path) -> PageScore:
    expect = read_expectation(case / "expect.txt")
    result = PageScore(case.name)
    try:
        release, result.refused = _read(case, expect)
    except Exception as exc:  # a crash scores as a refusal, and says so
        result.refused.append(exc.message if isinstance(exc, InputError)
                              else f"crashed: {type(exc).__name__}: {exc}")
        result.title = result.date = result.publisher = "(refused)"
        result.expected = len(expect.blocks)
        result.missed = [f"{k}: {c[0]}" for k, c in expect.blocks]
        result.figures_expected = len(expect.figures)
        result.nots = len(expect.nots)
        return result
    title = squash(release.title.text)
    if title != expect.title:
        result.title = title
    date = release.meta.published.get("value", "")
    if date != expect.date:
        result.date = date
    publisher = squash(release.meta.publisher.text)
    if publisher not in expect.publishers:
        result.publisher = publisher
    for refusal in result.refused:
        what = _refusal(refusal)
        if what:
            setattr(result, what, f"(refused: no {what} found)")

    got = blocks_of(release)
    used = [False] * len(got)
    at = 0
    result.expected = len(expect.blocks)
    for kind, choices in expect.blocks:
        # The next unmatched block that starts with the words, preferring document order.
        order = [*range(at, len(got)), *range(0, at)]
        hit = next((i for i in order if not used[i]
                    and any(got[i][1].startswith(c) for c in choices)), None)
        if hit is None:
            result.missed.append(f"{kind}: {choices[0]}")
            continue
        used[hit] = True
        at = hit + 1
        result.found += 1
        if _kind_fits(kind, got[hit][0]):
            result.right_kind += 1
        else:
            result.wrong_kind.append(f"{kind} read as {got[hit][0]}: {choices[0]}")
    result.extra = [f"{k}: {t[:70]}" for (k, t), u in zip(got, used, strict=True) if not u]

    figures = [(_text(f.alt.content) if f.alt else "",
                _text(f.caption.content) if f.caption else "") for f in release.figures]
    result.figures_expected = len(expect.figures)
    free = list(figures)
    for alt, caption in expect.figures:
        hit = next((f for f in free if f[0].startswith(alt) and f[1].startswith(caption)),
                   None)
        if hit is not None:
            free.remove(hit)
            result.figures_found += 1
    result.figures_extra = len(free)

    texts = [release.title.text, *(t for _, t in got),
             *(part for f in figures for part in f)]
    whole = "\n".join(texts)
    result.nots = len(expect.nots)
    result.leaked = [s for s in expect.nots if s in whole]
    return result


def main(only: tuple[str, ...] = (), root: Path = HELD_OUT_HTML) -> None:
    """Score every held-out page, or those whose case names start with one of `only`."""
    totals = {"title": 0, "date": 0, "publisher": 0, "pages": 0, "expected": 0, "found": 0,
              "right_kind": 0, "extra": 0, "fig_exp": 0, "fig_found": 0, "fig_extra": 0,
              "nots": 0, "leaked": 0}
    for case in cases(root):
        if only and not case.name.startswith(only):
            continue
        s = score(case)
        totals["pages"] += 1
        totals["title"] += s.title is None
        totals["date"] += s.date is None
        totals["publisher"] += s.publisher is None
        totals["expected"] += s.expected
        totals["found"] += s.found
        totals["right_kind"] += s.right_kind
        totals["extra"] += len(s.extra)
        totals["fig_exp"] += s.figures_expected
        totals["fig_found"] += s.figures_found
        totals["fig_extra"] += s.figures_extra
        totals["nots"] += s.nots
        totals["leaked"] += len(s.leaked)

        def mark(wrong: str | None) -> str:
            return "ok" if wrong is None else "WRONG"

        print(f"{s.case:30} title {mark(s.title):5} date {mark(s.date):5} publisher "
              f"{mark(s.publisher):5} blocks {s.found}/{s.expected} (kind {s.right_kind}) "
              f"extra {len(s.extra)}  figures {s.figures_found}/{s.figures_expected}"
              f"+{s.figures_extra}  leaked {len(s.leaked)}/{s.nots}")
        for what in ("title", "date", "publisher"):
            wrong = getattr(s, what)
            if wrong is not None:
                print(f"    {what}: {wrong!r}")
        for message in s.refused:
            print(f"    refused: {message}")
        for line in s.missed:
            print(f"    missed {line}")
        for line in s.wrong_kind:
            print(f"    kind   {line}")
        for line in s.extra:
            print(f"    extra  {line}")
        for line in s.leaked:
            print(f"    leaked {line!r}")
    t = totals
    print(f"total: {t['pages']} pages; title {t['title']}/{t['pages']}, date "
          f"{t['date']}/{t['pages']}, publisher {t['publisher']}/{t['pages']}; blocks "
          f"{t['found']}/{t['expected']} found ({t['right_kind']} of the right kind), "
          f"{t['extra']} extra; figures {t['fig_found']}/{t['fig_exp']} (+{t['fig_extra']}); "
          f"boilerplate leaked {t['leaked']}/{t['nots']}")


if __name__ == "__main__":
    args = sys.argv[1:]
    roots = {"--locked": LOCKED_HTML, "--locked2": LOCKED2_HTML, "--locked3": LOCKED3_HTML}
    root = next((roots[a] for a in args if a in roots), HELD_OUT_HTML)
    args = [a for a in args if a not in roots]
    if any(arg.startswith("-") for arg in args):
        raise SystemExit("usage: python -m tests.normalize.html_truth "
                         "[--locked|--locked2|--locked3] [CASE-PREFIX...]")
    main(tuple(args), root)
