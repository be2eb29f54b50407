"""Which segments of a release are translatable: ITS translate, inherited from containers.

Extract makes a message of each translatable segment and the build translates the same
ones (`toolkit.translate` maps its translator over them with `map_segments`), so the two
never disagree. A module of its own, apart from the build's translator: extract needs
only this, and `toolkit.translate` (its dataclasses, the issues it reports) costs ~20M
instructions to import, 5% of every extract's start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import is_

from toolkit.model import Attrs, Block, Figure, ListBlock, Meta, Release, Segment
from toolkit.vocabulary import ITS_TRANSLATE


def _untranslatable(attrs: Attrs, inherited: bool) -> bool:
    """ITS translate is inherited: "no" on a container covers what is inside it."""
    for key, value in attrs:
        if key == ITS_TRANSLATE:
            return value == "no"
    return inherited


def translatable_segments(release: Release) -> list[Segment]:
    """The segments that are gettext messages, in document order (as extract sees them)."""
    found: list[Segment] = []

    def collect(segment: Segment, hidden: bool) -> Segment:
        if not hidden:
            found.append(segment)
        return segment

    map_segments(release, collect)
    return found


def map_segments(release: Release, fn: Callable[[Segment, bool], Segment]) -> Release:
    """A release with `fn(segment, untranslatable)` applied to each segment in document
    order (the order of `Release.segments`), ITS translate inherited from containers."""
    root = _untranslatable(release.attrs, False)

    def seg(segment: Segment | None, inherited: bool = root) -> Segment | None:
        if segment is None:
            return None
        return fn(segment, _untranslatable(segment.attrs, inherited))

    # What fn leaves as it was is kept, not copied: the source locale and extract change
    # nothing, and a copy of a frozen dataclass costs more than the comparisons.
    # (Copies are made with the constructors: `dataclasses.replace` costs three times
    # as much, and a release has a dozen of them.)
    def figure(f: Figure) -> Figure:
        state = _untranslatable(f.attrs, root)
        alt, caption = seg(f.alt, state), seg(f.caption, state)
        if alt is f.alt and caption is f.caption:
            return f
        return Figure(src=f.src, alt=alt, caption=caption, attrs=f.attrs, line=f.line)

    def block(b: Block) -> Block:
        if isinstance(b, ListBlock):
            state = _untranslatable(b.attrs, root)
            items = tuple([fn(i, _untranslatable(i.attrs, state)) for i in b.items])
            return (b if all(map(is_, items, b.items))
                    else ListBlock(items=items, ordered=b.ordered, attrs=b.attrs, line=b.line))
        return fn(b, _untranslatable(b.attrs, root))

    meta = release.meta
    publisher = fn(meta.publisher, _untranslatable(meta.publisher.attrs, root))
    series = seg(meta.series)
    place = seg(meta.place)
    title = fn(release.title, _untranslatable(release.title.attrs, root))
    subtitle = seg(release.subtitle)
    figures = tuple([figure(f) for f in release.figures])
    body = tuple([block(b) for b in release.body])
    if publisher is not meta.publisher or series is not meta.series or place is not meta.place:
        meta = Meta(publisher=publisher, published=meta.published, series=series, place=place,
                    embargo=meta.embargo)
    if (meta is release.meta and title is release.title and subtitle is release.subtitle
            and all(map(is_, figures, release.figures)) and all(map(is_, body, release.body))):
        return release
    return Release(id=release.id, lang=release.lang, meta=meta, title=title, body=body,
                   subtitle=subtitle, figures=figures, attrs=release.attrs)
