"""The safe loader every command uses to turn a release file into a `Release`."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
from toolkit.model import Release
from toolkit.release_xml import read_release
from toolkit.schema import schema_errors
from toolkit.xmlsafe import parse_xml, read_xml


def _checked(tree: etree._ElementTree, path: str | Path) -> Release:
    for line, column, message in schema_errors(tree):
        raise InputError(path, message, line, column)
    return read_release(tree, path)


def load_release(path: Path) -> Release:
    """Read, parse safely, validate against the schema and build the model."""
    return _checked(read_xml(path), path)


def parse_release(data: bytes, path: str | Path = "<release>") -> Release:
    return _checked(parse_xml(data, path), path)
