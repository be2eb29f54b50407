"""The vocabulary's rules agree with the schema they describe."""

from __future__ import annotations

import re

from lxml import etree

from toolkit.schema import schema_path
from toolkit.vocabulary import INLINE_ATTRIBUTES, RELEASE_ID, TYPED

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


def test_typed_values_have_the_attributes_the_schema_declares():
    # its:* and xml:lang (references, not names) are every inline element's; the rest is
    # what the vocabulary lists, in the order the writer puts them
    schema = etree.parse(str(schema_path()))
    for name in sorted(TYPED):
        (element,) = schema.findall(f"{XS}element[@name='{name}']")
        declared = {attribute.get("name") for attribute in element.iter(f"{XS}attribute")
                    if attribute.get("name")}
        assert declared == set(INLINE_ATTRIBUTES[name]), name


def test_a_number_and_an_amount_share_the_notation():
    schema = etree.parse(str(schema_path()))
    types = {element.get("name"): element.find(f".//{XS}attribute[@name='notation']")
             for element in schema.findall(f"{XS}element")
             if element.get("name") in ("number", "money")}
    assert {name: found.get("type") for name, found in types.items()} == {
        "number": "r:Notation", "money": "r:Notation"}
