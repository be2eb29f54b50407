"""Language tags compared as content is tagged: a page's language holds the text tagged
with it, or with a region or variant of it, not with another script."""

from __future__ import annotations

import pytest

from toolkit.language_tags import within_language


@pytest.mark.parametrize(("tag", "language", "within"), [
    ("en-GB", "en", True), ("en_gb", "EN", True), ("en", "en", True),
    ("de-CH-1996", "de", True), ("zh-Hant-TW", "zh-Hant", True),
    ("en", "en-GB", False), ("en-GB", "en-US", False), ("eng", "en", False),
    ("zh-Hant", "zh", False), ("sr-Latn-RS", "sr", False),
])
def test_within_language_is_rfc_4647_basic_filtering_without_a_change_of_script(
        tag, language, within):
    assert within_language(tag, language) is within
