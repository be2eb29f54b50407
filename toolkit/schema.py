"""Validation of release XML against `schemas/release.xsd`, loaded once per process."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from lxml import etree

# In a checkout `toolkit/schemas` is a link to the top-level `schemas/`; a wheel carries
# the files themselves, so an installed communique validates without the repository.
SCHEMA_DIR = Path(__file__).parent / "schemas"


def schema_path() -> Path:
    return SCHEMA_DIR / "release.xsd"


@cache
def release_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    path = schema_path()
    return etree.XMLSchema(etree.parse(str(path), parser))


def schema_errors(tree: etree._ElementTree) -> Iterator[tuple[int, int, str]]:
    """(line, column, message) for every schema violation, in document order."""
    schema = release_schema()
    if schema.validate(tree):
        return
    for error in schema.error_log:
        yield error.line, error.column, _tidy(error.message)


def _tidy(message: str) -> str:
    # lxml names elements in Clark notation; a reader wants the local name.
    return message.replace("{https://ns.communique.dev/release/1}", "").replace(
        "{http://www.w3.org/2005/11/its}", "its:")
