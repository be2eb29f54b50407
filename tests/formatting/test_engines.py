"""Choosing an engine: `auto` means ICU when importable; Babel always works alone."""

from __future__ import annotations

import sys
from types import MappingProxyType

import pytest

from toolkit.config import Config, LocaleSettings
from toolkit.errors import UsageError
from toolkit.formatting import get_formatter, icu_available, resolve_engine
from toolkit.model import Span


@pytest.fixture
def icu_hidden(monkeypatch):
    """As if the `icu` extra were not installed: `import icu` raises ImportError."""
    monkeypatch.setitem(sys.modules, "icu", None)


def test_auto_falls_back_to_babel_without_icu(icu_hidden):
    assert not icu_available()
    assert resolve_engine("auto") == "babel"
    formatter = get_formatter("ja")
    assert formatter.engine == "babel"
    published = Span("date", (("skeleton", "yMMMMd"), ("value", "2022-12-24")))
    assert formatter.format(published) == "2022年12月24日"
    assert formatter.metadata["engine"] == "babel"


def test_asking_for_icu_without_it_names_the_extra(icu_hidden):
    with pytest.raises(UsageError, match=r"pip install communique\[icu\]"):
        get_formatter("ja", engine="icu")


def test_japanese_calendar_without_icu_names_the_extra(icu_hidden):
    with pytest.raises(UsageError, match=r"calendar 'japanese' needs the ICU.*communique\[icu\]"):
        get_formatter("ja", LocaleSettings(calendar="japanese"))


def test_auto_prefers_icu_when_installed():
    pytest.importorskip("icu")
    assert get_formatter("ja").engine == "icu"


def test_formatters_are_cached_per_locale_settings_and_engine():
    first = get_formatter("ru", LocaleSettings(zone="Europe/Moscow"), engine="babel")
    assert get_formatter("ru", LocaleSettings(zone="Europe/Moscow"), engine="babel") is first
    assert get_formatter("ru", LocaleSettings(numbering="latn"), engine="babel") is not first


def test_unknown_engine_is_a_usage_error():
    with pytest.raises(UsageError, match="formatting engine must be one of"):
        get_formatter("en", engine="cldr")


def test_bcp47_and_cldr_spellings_are_the_same_locale():
    assert get_formatter("pt-BR", engine="babel").format_number("1234.5") == "1.234,5"
    assert get_formatter("pt_BR", engine="babel").format_number("1234.5") == "1.234,5"


def test_algorithmic_numbering_needs_icu():
    with pytest.raises(UsageError, match="algorithmic and needs the ICU engine"):
        get_formatter("he", LocaleSettings(numbering="hebr"), engine="babel")


@pytest.mark.parametrize("engine", ["babel", "icu"])
def test_pseudo_locales_format_values_as_their_language(engine):
    if engine == "icu":
        pytest.importorskip("icu")
    date = Span("date", (("value", "2022-12-24"), ("skeleton", "yMMMMd")), ("x",))
    assert get_formatter("en-XA", engine=engine).format(date) == \
        get_formatter("en", engine=engine).format(date)
    assert get_formatter("ar-XB", engine=engine).direction == "rtl"


@pytest.mark.parametrize("engine", ["babel", "icu"])
def test_a_bidi_pseudo_locale_is_right_to_left_and_formats_with_the_source_data(engine):
    # A project's settings give an XB locale its source locale's data (`Config.settings`):
    # ICU's ar-XB is English data laid out right to left.
    if engine == "icu":
        pytest.importorskip("icu")
    date = Span("date", (("value", "2022-12-24"), ("skeleton", "yMMMMd")), ("x",))
    for tag in ("ar-XB", "he-XB", "en-XB"):
        formatter = get_formatter(tag, LocaleSettings(data="en"), engine=engine)
        assert formatter.direction == "rtl"
        assert formatter.format(date) == "December 24, 2022"
        assert formatter.metadata["data"] == "en"
    assert get_formatter("en-XA", engine=engine).direction == "ltr"
    assert "data" not in get_formatter("en-XA", engine=engine).metadata


def test_the_settings_of_a_bidi_pseudo_locale_are_the_source_locales(tmp_path):
    config = Config(root=tmp_path, source_locale="ja", locale=MappingProxyType(
        {"ja": LocaleSettings(zone="Asia/Tokyo")}))
    assert config.settings("ar-XB") == LocaleSettings(zone="Asia/Tokyo", data="ja")
    assert config.settings("en-XA") == LocaleSettings()


# gettext names some locales with a modifier (`sr@latin`, the catalog folder Weblate and
# GNOME use for Serbian in Latin letters). Babel kept it in the name and then failed to
# load "locale-data/sr@latin.dat"; ICU refused the name with a traceback.
@pytest.mark.parametrize("engine", ["babel", "icu"])
def test_a_gettext_modifier_naming_a_script_is_that_script(engine):
    if engine == "icu":
        pytest.importorskip("icu")
    published = Span("date", (("skeleton", "yMMMMd"), ("value", "2022-12-24")))
    latin = get_formatter("sr@latin", engine=engine).format(published)
    assert latin == get_formatter("sr-Latn", engine=engine).format(published)
    assert "dec" in latin  # in Latin letters, where sr (Cyrillic) writes "дец"
    assert "дец" in get_formatter("sr", engine=engine).format(published)
    # Any other modifier names no CLDR data: the locale without it.
    assert get_formatter("de_DE@euro", engine=engine).format(published) == \
        get_formatter("de-DE", engine=engine).format(published)
