"""The safe loader every command uses to turn a release file into a `Release`."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from toolkit.atomic import read_bytes
from toolkit.errors import (
    InputError,
    MisnamedRelease,
    ReservedId,
    SchemaError,
    first_conflict,
)
from toolkit.model import Release
from toolkit.release_xml import read_release
from toolkit.schema import schema_errors
from toolkit.vocabulary import NS
from toolkit.xmlsafe import parse_xml

_RELEASE = f"{{{NS}}}release"


def not_a_release(tree: etree._ElementTree,
                  advice: str = "keep it out of the releases folder") -> str | None:
    """What to say of XML that is no release at all (a sitemap, a pom.xml, a built
    page), None for a release: in place of libxml2's "Element 'urlset': No matching
    global declaration available for the validation root.", which says neither that
    the file is simply not a release nor what to do. Every command that checks XML
    against the schema (validate, build, extract, stats) asks it of what the schema
    refuses, so all say it alike, each with its own `advice` on what to do."""
    root = tree.getroot()
    if root.tag == _RELEASE:
        return None
    name = etree.QName(root)
    found = (f"<{name.localname}> in namespace {name.namespace}" if name.namespace
             else f"<{name.localname}>")
    return (f"not a release: its root element is {found}, not <release> in namespace "
            f"{NS}; if the file is not meant to be one, {advice}")


def _refused(tree: etree._ElementTree, path: str | Path, line: int, column: int,
             message: str) -> SchemaError:
    """The schema's first complaint about a document, plainly said when the document is
    no release at all (`not_a_release`). Asked only once the schema has refused it."""
    plain = not_a_release(tree)
    if plain is not None:
        return SchemaError(path, plain, tree.getroot().sourceline or line, 0)
    return SchemaError(path, message, line, column)


def _checked(tree: etree._ElementTree, path: str | Path) -> Release:
    for line, column, message in schema_errors(tree):
        raise _refused(tree, path, line, column, message)
    return read_release(tree, path)


def load_release(path: str | Path) -> Release:
    """Read, parse safely, validate against the schema and build the model."""
    return _checked(_parse(read_bytes(path), path), path)


def _parse(data: bytes, path: str | Path) -> etree._ElementTree:
    """`parse_xml`, refusing a release that parses with a merge's conflict marker in it
    (`MergeConflict`), as validate does: a `>>>>>>>` or `=======` line left in a
    paragraph was built and published as its text, one between elements was a schema
    error that did not say why. (A marker the parser stops at is `parse_xml`'s to say.)"""
    tree = parse_xml(data, path)
    # A search led by the newline, ~5 us for a 4 KB release: searching first for each
    # marker's seven characters (bytes.find, four of them) costs more than this.
    conflict = first_conflict(data, path)
    if conflict is not None:
        raise conflict
    return tree


def load_releases(paths: Sequence[str | Path]) -> list[Release | InputError]:
    """`load_release` of several files (or the error that stopped each), a step at a
    time over them all: all read and parsed, then all checked against the schema, then
    all made into models. Each step's code stays warm in the processor's caches, where
    one file at a time through every step left them cold (an extract worker loads eight
    releases this way: 5% less time)."""
    parsed = [_parsed(path) for path in paths]
    checked = [_checked_tree(tree, path) for tree, path in zip(parsed, paths, strict=True)]
    return [_model(tree, path) for tree, path in zip(checked, paths, strict=True)]


def _parsed(path: str | Path) -> etree._ElementTree | InputError:
    try:
        return _parse(read_bytes(path), path)
    except InputError as exc:
        return exc


def _checked_tree(tree: etree._ElementTree | InputError,
                  path: str | Path) -> etree._ElementTree | InputError:
    if isinstance(tree, InputError):
        return tree
    for line, column, message in schema_errors(tree):
        return _refused(tree, path, line, column, message)
    return tree


def _model(tree: etree._ElementTree | InputError, path: str | Path) -> Release | InputError:
    if isinstance(tree, InputError):
        return tree
    try:
        return read_release(tree, path)
    except InputError as exc:
        return exc


def parse_release(data: bytes, path: str | Path = "<release>") -> Release:
    return _checked(_parse(data, path), path)


def root_line(data: bytes, path: str | Path = "<release>") -> int:
    """The line of the root element of a release `parse_release` has read from `data`:
    where a message about the release as a whole points (the model keeps no line for
    it). Parses again: only for the rare message, never on a build's way."""
    return parse_xml(data, path).getroot().sourceline or 0


def named_by(path: str | Path, release_id: str) -> bool:
    """Whether a release file's name (``Path.stem``) is its release's id, with string
    operations: a Path a release cost extract more than the rest of the check."""
    name = os.path.basename(path)
    return name == release_id + ".xml" or os.path.splitext(name)[0] == release_id


def misnamed(path: str | Path, release_id: str, data: bytes,
             outcome: str) -> MisnamedRelease:
    """A release whose id is not its file's name, refused as validate refuses it
    (id-filename), by every command that names its outputs by the id (extract's
    template, build's pages). `outcome`: what the id would name ("template would be
    x.pot"). A copy of a release (cp, or a file renamed without its id) wrote over the
    other release's outputs, and the run said it had succeeded. At the id's value
    (`data`: the release's bytes), one of the two to correct."""
    return MisnamedRelease(path, f"release id {release_id!r} does not match the file "
                           f"name {os.path.basename(path)!r}: its {outcome}; rename the "
                           "file or correct the id", *id_position(data, path, value=True))


# What the build writes beside a locale's release pages (``<LL>/<id>.xml`` and
# ``<id>.html``): the locale's index page (``index.html``) and, with a site-url, its Atom
# feed (``feed.xml``, `toolkit.feeds.FEED_NAME`). A release of either id would write over
# one of them. (The front page and the sitemap are at the build folder's root, where no
# release page is: ``sitemap`` is an id like any other.) Compared without case: on
# macOS's and Windows's file systems ``Index.html`` is ``index.html``. Refused whether a
# project has a site-url or not, as one is added later.
RESERVED_IDS = frozenset({"index", "feed"})


def reserved_id(release_id: str) -> bool:
    return release_id.lower() in RESERVED_IDS


def reserved(path: str | Path, release_id: str, data: bytes) -> ReservedId:
    """A release whose id names a file the build writes beside the release pages
    (id-reserved), refused by every command that checks ids (extract, build, validate),
    at the id's value (`data`: the release's bytes), the part to correct, as id-filename."""
    line, column = id_position(data, path, value=True)
    written = "index page" if release_id.lower() == "index" else "Atom feed"
    return ReservedId(path, f"release id {release_id!r} is reserved: its pages would be "
                      f"<locale>/{release_id}.html and {release_id}.xml, where the build "
                      f"writes each locale's {written}; choose another id (and rename the "
                      "file)", line, column)


def id_position(data: bytes, path: str | Path = "<release>", *,
                value: bool = False) -> tuple[int, int]:
    """The line and column of the root element's id attribute, or with `value` of its
    value's first character (the root's line, column 0, when it cannot be told): only
    for the rare message."""
    line = root_line(data, path)
    if not line:
        return 0, 0
    lines = data.decode("utf-8", "replace").split("\n")
    text = "\n".join(lines[line - 1:])
    tag = text[:text.find(">")] if ">" in text else text  # the root's start tag
    found = re.search(r"(?<=\s)id\s*=\s*[\"']", tag)
    if found is None:
        return line, 0
    start = found.end() if value else found.start()
    before = text[:start]
    at_line = line + before.count("\n")
    return at_line, start - (before.rfind("\n") + 1) + 1
