"""The vocabulary's rules agree with the schema they describe."""

from __future__ import annotations

import re

from lxml import etree

from toolkit.schema import schema_path
from toolkit.vocabulary import RELEASE_ID

XS = "{http://www.w3.org/2001/XMLSchema}"


def test_release_id_is_the_schemas_release_id_pattern():
    schema = etree.parse(str(schema_path()))
    (pattern,) = schema.findall(f"{XS}simpleType[@name='ReleaseId']//{XS}pattern")
    assert pattern.get("value") == RELEASE_ID


def test_a_release_id_is_never_a_path():
    for name in ("../x", "a/b", "a\\b", ".hidden", "", "x" * 129, "a b"):
        assert not re.fullmatch(RELEASE_ID, name), name
    for name in ("2022-12-24-japan-kyrgyz", "a", "Release_1.v2", "x" * 128):
        assert re.fullmatch(RELEASE_ID, name), name
