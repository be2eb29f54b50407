"""Locales named as gettext names them (`ll_CC@modifier`) format as the locale they name."""

from __future__ import annotations

import pytest

from toolkit.formatting import babel_locale_for, get_formatter
from toolkit.model import Span

PUBLISHED = Span("date", (("skeleton", "yMMMMd"), ("value", "2022-12-24")))


# With a region, Babel dropped the modifier and filled in the region's likely script:
# sr_RS@latin (glibc's and Poedit's name of Serbian Latin in Serbia) was sr_Cyrl_RS, and
# its pages were built in Cyrillic ("дец"); uz_UZ@cyrillic was built in Latin letters.
@pytest.mark.parametrize(("gettext", "bcp47"), [
    ("sr_RS@latin", "sr-Latn-RS"),
    ("sr_ME@latin", "sr-Latn-ME"),
    ("uz_UZ@cyrillic", "uz-Cyrl-UZ"),
    ("sr@latin", "sr-Latn"),
])
@pytest.mark.parametrize("engine", ["babel", "icu"])
def test_a_modifier_naming_a_script_is_that_script_with_a_region_too(gettext, bcp47, engine):
    if engine == "icu":
        pytest.importorskip("icu")
    assert babel_locale_for(gettext) == babel_locale_for(bcp47)
    assert get_formatter(gettext, engine=engine).format(PUBLISHED) == \
        get_formatter(bcp47, engine=engine).format(PUBLISHED)
