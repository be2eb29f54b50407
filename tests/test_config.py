"""Project configuration: where it is found, what it means, what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.config import LocaleSettings, load_config
from toolkit.errors import InputError, MergeConflict

REPO = Path(__file__).resolve().parent.parent


def test_the_sample_project_is_configured_in_pyproject():
    config = load_config(REPO)
    assert config.source == REPO / "pyproject.toml"
    assert config.source_locale == "en"
    assert config.locales == ("ja", "ky", "ru", "ar")
    assert config.releases == REPO / "releases"
    assert config.settings("ky").zone == "Asia/Bishkek"
    assert config.settings("xx").zone is None


def test_communique_toml_wins_and_paths_are_relative_to_it(tmp_path):
    (tmp_path / "communique.toml").write_text(
        'source-locale = "fr"\nlocales = ["de"]\nreleases = "src"\nmin-coverage = 80\n'
        '[locale.de]\ntime-pattern = "HH:mm"\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config = load_config(nested)
    assert config.releases == tmp_path / "src"
    assert config.catalog("de", "x") == tmp_path / "locales" / "de" / "LC_MESSAGES" / "x.po"
    assert config.min_coverage == 80.0
    assert config.settings("de").time_pattern == "HH:mm"


def test_a_locale_may_set_its_own_min_coverage(tmp_path):
    (tmp_path / "communique.toml").write_text(
        'locales = ["ja", "ky"]\nmin-coverage = 100\n[locale.ky]\nmin-coverage = 60\n'
        'zone = "Asia/Bishkek"\n')
    config = load_config(tmp_path)
    assert (config.coverage_minimum("ky"), config.coverage_minimum("ja")) == (60.0, 100.0)
    assert config.coverage_minimum(None) == 100.0  # a catalog of no known locale
    # not a formatting setting: the locale's house style is as without it
    assert config.settings("ky") == LocaleSettings(zone="Asia/Bishkek")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("bogus = 1\n", "unknown setting 'bogus'"),
        ('[locale.ja]\ncalender = "japanese"\n', "'calender' in [locale.ja]"),
        ('formatting-engine = "fast"\n', "formatting-engine"),
        ("locales = [\n", "invalid TOML"),
    ],
)
def test_mistakes_in_the_config_are_input_errors(tmp_path, text, fragment):
    (tmp_path / "communique.toml").write_text(text)
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('locales = "ja"\n', "locales must be a list"),
        ('locales = ["xx-YY"]\n', "unknown locale 'xx-YY'"),
        ('source-locale = "klingon"\n', "unknown locale 'klingon'"),
        ("releases = 5\n", "releases must be a string, not 5"),
        ("locale = 5\n", "locale must be a table"),
        ("checks = 5\n", "checks must be a table"),
        ("[locale]\nja = 5\n", "[locale.ja] must be a table"),
        ("[locale.ja]\nzone = 5\n", "zone in [locale.ja] must be a string"),
        ('[locale.ja]\nzone = "Mars/Olympus"\n', "unknown time zone 'Mars/Olympus'"),
        ('[locale.ja]\nzone = "../../etc/passwd"\n', "unknown time zone"),
        ("[locale.ja]\ntime-pattern = \"HH:mm '\"\n", "quote (') that is not closed"),
        ("min-coverage = 150\n", "min-coverage must be a number from 0 to 100"),
        ('min-coverage = "high"\n', "min-coverage must be a number"),
        ("[locale.ja]\nmin-coverage = 101\n",
         "min-coverage in [locale.ja] must be a number from 0 to 100 (percent), not 101"),
        ('[locale.ja]\nmin-coverage = "60%"\n', "min-coverage in [locale.ja] must be a number"),
        ("[locale.ja]\nmin-coverage = true\n", "min-coverage in [locale.ja] must be a number"),
        ('default-publisher = " "\n', "default-publisher is empty"),
        ("default-publisher = 5\n", "default-publisher must be a string"),
        # (normalize refused the input for it: "a.html: error: U+0000 is a character XML
        # cannot hold: remove it from the input")
        ('default-publisher = "Ministry\\u0000"\n', "default-publisher must be one line"),
        ('default-publisher = "Ministry of\\nForeign Affairs"\n', "must be one line of text"),
        ("po-width = 10\n", "po-width must be a number of columns, 20 or more, or false"),
        ('po-width = "77"\n', "po-width must be a number of columns"),
        ("po-width = true\n", "po-width must be a number of columns"),
        ('msgid-bugs-address = ""\n', "msgid-bugs-address is empty"),
        # (a line break would write a header field of its own into every template)
        ('msgid-bugs-address = "a@b.example\\nLanguage: fr"\n', "must be one line of text"),
        ("msgid-bugs-address = ['a@b.example']\n", "msgid-bugs-address must be a string"),
    ],
)
def test_settings_of_the_wrong_type_or_value_are_refused_when_read(tmp_path, text, fragment):
    # Each once ended in a traceback or a wrong result further on (a string of locales
    # was read as one locale per letter; an unknown zone failed mid-build).
    (tmp_path / "communique.toml").write_text(text)
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert fragment in str(info.value)


@pytest.mark.parametrize(("text", "width"), [("", 79), ("po-width = 77\n", 77),
                                             ("po-width = false\n", None)])
def test_po_width_is_the_column_po_files_are_wrapped_at(tmp_path, text, width):
    (tmp_path / "communique.toml").write_text(text)
    assert load_config(tmp_path).po_width == width


def test_locale_tags_cldr_knows_in_any_usual_spelling_are_accepted(tmp_path):
    (tmp_path / "communique.toml").write_text(
        'locales = ["ja", "pt-BR", "zh-Hant", "zh_TW", "sr-Latn", "en-XA"]\n'
        "[locale.ja]\ntime-pattern = \"H'時'mm'分'''\"\n")
    assert len(load_config(tmp_path).locales) == 6


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('locales = ["ja"]\nx = 1 2\n', ":2:7: error: invalid TOML: Expected newline"),
        ('locales = ["ja"\n', ":1: error: invalid TOML: Unclosed array"),
        ('locales = ["\xff"]\n', ":1: error: not UTF-8"),
    ],
)
def test_a_broken_config_names_its_line_and_column_and_is_shown_as_typed(
        tmp_path, monkeypatch, text, where):
    (tmp_path / "communique.toml").write_bytes(text.encode("latin-1"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert str(info.value).startswith("communique.toml" + where), str(info.value)


@pytest.mark.parametrize("pyproject", [False, True])
def test_a_config_left_in_a_merge_conflict_is_said_to_be_one_at_its_first_marker(
        tmp_path, monkeypatch, pyproject):
    # tomllib said "invalid TOML: Invalid statement", as if the file were mistyped.
    table = "[tool.communique]\n" if pyproject else ""
    name = "pyproject.toml" if pyproject else "communique.toml"
    (tmp_path / name).write_text(f'{table}source-locale = "en"\n<<<<<<< HEAD\n'
                                 'locales = ["ja", "ky"]\n=======\nlocales = ["ja", "ru"]\n'
                                 ">>>>>>> translations\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(MergeConflict) as info:
        load_config(tmp_path)
    assert str(info.value) == (f"{name}:{2 + pyproject}:1: error: unresolved merge "
                               "conflict, marked by '<<<<<<< HEAD': keep the lines wanted and "
                               "delete the marker lines (<<<<<<<, =======, >>>>>>>)")


def test_a_toml_error_before_a_conflict_marker_is_that_error(tmp_path):
    (tmp_path / "communique.toml").write_text('x = 1 2\n<<<<<<< HEAD\n=======\n>>>>>>> b\n')
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert not isinstance(info.value, MergeConflict)
    assert (info.value.line, info.value.column) == (1, 7)


@pytest.mark.parametrize(("typed", "spelt"), [
    ("ja", "ja"), ("JA", "ja"), ("Ja", "ja"),  # configured: as configured
    ("pt-br", "pt_BR"), ("PT_BR", "pt_BR"),
    ("EN", "en"),  # the source locale too
    ("en_xa", "en-XA"),  # a catalogs folder: as the folder
    ("ja-jp", "ja-JP"), ("ja_jp", "ja_JP"),  # another locale: conventional case
    ("ZH_hant_tw", "zh_Hant_TW"), ("es-419", "es-419"), ("DE", "de"),
    ("de-DE-u-CA-gregory", "de-DE-u-ca-gregory"), ("sr@latin", "sr@latin"),
])
def test_a_locale_tag_is_spelt_as_the_project_spells_it(tmp_path, typed, spelt):
    (tmp_path / "communique.toml").write_text('locales = ["ja", "pt_BR"]\n')
    (tmp_path / "locales" / "en-XA").mkdir(parents=True)
    assert load_config(tmp_path).locale_tag(typed) == spelt


def test_a_locale_tag_is_spelt_conventionally_when_there_are_no_catalogs(tmp_path):
    assert load_config(tmp_path).locale_tag("EN-xa") == "en-XA"


@pytest.mark.parametrize("output", ["releases", "./releases/", "src/../releases"])
def test_an_output_folder_that_is_the_releases_folder_is_refused(tmp_path, output):
    # The build wrote index.html, ja/ and (with a site-url) sitemap.xml among the
    # releases: every later extract, build and validate failed on the sitemap ("not a
    # release"). Found by setting output = "releases" and building twice.
    (tmp_path / "communique.toml").write_text(f'locales = ["ja"]\noutput = "{output}"\n')
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert info.value.line == 2
    assert info.value.message.startswith(f"output ({output!r}) is the releases folder")


def test_an_output_folder_inside_or_beside_the_releases_is_taken(tmp_path):
    # releases/out/ holds no *.xml at the releases' level: nothing is read from it.
    for output in ("releases/out", "locales", "."):
        (tmp_path / "communique.toml").write_text(f'output = "{output}"\n')
        assert load_config(tmp_path).output == tmp_path / output


@pytest.mark.parametrize("key", ["releases", "catalogs", "output"])
def test_a_folder_setting_that_names_a_file_is_refused_at_its_line(tmp_path, key):
    # releases = "notes.txt" was said not to exist, catalogs = "notes.txt" built every
    # page untranslated with exit 0, output = "notes.txt" failed inside it.
    (tmp_path / "notes.txt").write_text("a file\n")
    (tmp_path / "communique.toml").write_text(f'locales = ["ja"]\n{key} = "notes.txt"\n')
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert info.value.line == 2
    assert info.value.message == (f"{key} ('notes.txt') is a file, not a folder: correct "
                                  f"`{key}` in the config")


@pytest.mark.parametrize(("releases", "output"), [
    ("build/ja", "build"), ("build/en", "build"), ("site/pt-BR/", "site"), ("en-XA", "."),
    ("./build/../build/ko", "build")])
def test_a_releases_folder_a_build_writes_a_locale_s_pages_into_is_refused(
        tmp_path, releases, output):
    # releases = "build/ja": the ja build wrote every <id>.xml over its release, with
    # its translation, and taking ja out of locales then withdrew them all.
    (tmp_path / "communique.toml").write_text(
        f'locales = ["ja"]\nreleases = "{releases}"\noutput = "{output}"\n')
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert info.value.line == 2
    assert info.value.message.startswith(f"releases ({releases!r}) is the folder the build "
                                         "writes the ")


@pytest.mark.parametrize(("releases", "output"), [
    ("releases", "."), ("build/ja/releases", "build"), ("news", "."), ("src/ja", "build")])
def test_a_releases_folder_no_build_writes_into_is_taken(tmp_path, releases, output):
    (tmp_path / "communique.toml").write_text(
        f'locales = ["ja"]\nreleases = "{releases}"\noutput = "{output}"\n')
    assert load_config(tmp_path).releases == tmp_path / releases


def test_one_locale_listed_twice_in_two_spellings_is_refused(tmp_path):
    # Each spelling got its own catalogs and build folder (locales/zh-CN and zh_CN).
    (tmp_path / "communique.toml").write_text('locales = ["zh-CN", "fr", "zh_CN"]\n')
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert str(caught.value).endswith("/communique.toml:1:1: error: locales names one locale twice "
                                 "('zh-CN' and 'zh_CN': case and - or _ do not matter); "
                                 "keep one")


def test_locale_written_for_locales_says_to_write_locales(tmp_path):
    (tmp_path / "communique.toml").write_text('source-locale = "en"\nlocale = ["fr", "ar"]\n')
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert str(caught.value).endswith(
        "/communique.toml:2:1: error: locale must be a table ([locale...]), not ['fr', 'ar']; "
        'to list the locales, write locales = ["fr", "ar"]')


@pytest.mark.parametrize(("typed", "meant"), [
    ("jp", "ja"), ("english", "en"), ("Brazilian Portuguese", "pt-BR"), ("ua", "uk")])
def test_a_country_code_or_language_name_for_a_locale_names_the_tag(tmp_path, typed, meant):
    (tmp_path / "communique.toml").write_text(f'locales = ["fr", "{typed}"]\n')
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert str(caught.value).endswith(f"communique.toml:1:1: error: unknown locale {typed!r}: "
                                      f"CLDR has no data for it (did you mean {meant}?)")


def test_a_locale_nothing_is_known_of_gets_examples_of_tags(tmp_path):
    (tmp_path / "communique.toml").write_text('locales = ["klingon"]\n')
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert str(caught.value).endswith("(use a tag such as en, ja, pt-BR, zh-Hant)")


# ---------------------------------------------------------------- a locale's own labels
# A Turkish or Persian project could not give its pages their own fixed words ("Press
# releases", "Embargoed until"): [locale.ko.labels] was an unknown setting, and only a
# whole page template changed them.
def test_a_locale_s_labels_are_read_as_its_pages_own_words(tmp_path):
    (tmp_path / "communique.toml").write_text(
        'locales = ["tr", "fa"]\n[locale.tr]\nzone = "Europe/Istanbul"\n'
        '[locale.tr.labels]\npress-releases = "Basın bültenleri"\nembargo = "Ambargo: {time}"\n'
        '[locale.fa]\nlabels = { languages = "زبان‌ها" }\n')
    config = load_config(tmp_path)
    tr = config.page_labels("tr")
    assert (tr.text("press_releases"), tr.language("press_releases")) == (
        "Basın bültenleri", None)
    assert (tr.text("embargo"), tr.language("embargo")) == ("Ambargo: {time}", None)
    # a key left out takes the built-in words
    assert (tr.text("languages"), tr.language("languages")) == ("Diller", None)
    assert config.settings("tr").zone == "Europe/Istanbul"
    # (an inline table; a Persian word with its zero-width non-joiner kept)
    assert config.page_labels("fa").text("languages") == "زبان‌ها"
    assert config.page_labels("ja").own == ()


@pytest.mark.parametrize(("table", "line", "message"), [
    # no place for the instant: the embargo line said nothing of when
    ('embargo = "보도 유예"', 3, "embargo in [locale.ko.labels] must hold {time} once, "
     "where the instant goes (\"Embargo: {time}\"), not '보도 유예'"),
    ('embargo = "{time} ~ {time}"', 3, "must hold {time} once"),
    ('press_releases = "보도자료"', 3, "unknown label 'press_releases' in "
     "[locale.ko.labels]; did you mean 'press-releases'? (the labels are embargo, "
     "press-releases, languages)"),
    # a key of earlier versions: no page showed it, the dateline gives the date
    ('published = "발표일"', 3, "published in [locale.ko.labels] is no label: a page's "
     "dateline gives the release's date without one; remove it"),
    ('title = "보도자료"', 3, "unknown label 'title'"),
    ("languages = 3", 3, "languages in [locale.ko.labels] must be a string, not 3"),
    ('languages = ["언어"]', 3, "must be a string, not ['언어']"),
    ('languages = " "', 3, "languages in [locale.ko.labels] is empty"),
    ('languages = "언\\n어"', 3, "must be one line of text, not '언\\n어'"),
    ('languages = "언\\u0000어"', 3, "must be one line of text"),
])
def test_labels_a_page_could_not_show_are_refused_at_their_line(tmp_path, table, line,
                                                                message):
    (tmp_path / "communique.toml").write_text(
        f'locales = ["ko"]\n[locale.ko.labels]\n{table}\n')
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert f"communique.toml:{line}:1: error: " in str(caught.value)
    assert message in str(caught.value)


def test_labels_that_are_no_table_are_refused_at_their_line(tmp_path):
    (tmp_path / "communique.toml").write_text(
        'locales = ["ko"]\n[locale.ko]\nlabels = "보도자료"\n')
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert str(caught.value).endswith(
        "communique.toml:3:1: error: labels in [locale.ko] must be a table "
        "([locale.ko.labels]) of embargo, press-releases, languages, "
        "not '보도자료'")


@pytest.mark.parametrize(("text", "place"), [
    # indented, as a table's keys often are
    ('source-locale = "en"\n  min-coverge = 0\n', (2, 3)),
    # quoted: at its quote
    ('\t"min-coverage" = 120\n', (1, 2)),
    ('locales = ["ja"]\n[locale.ja]\n    zone = "Asia/Tokio"\n', (3, 5)),
    ('locales = ["ja"]\n[ locale . ja ]\n  time-pattern = "h \'o"\n', (3, 3)),
    ('  site-url = "https://www.example.org/press"\n', (1, 3)),
    ('   hold-embargoed = "yes"\n', (1, 4)),
    ('min-coverage = 50\n[locale.ja]\nzone = "Asia/Tokyo"\n  min-coverage = -5\n', (4, 3)),
    # a value of a key inline: at the key that holds it
    ('locales = ["ko"]\n[locale.ko]\n  labels = { title = "x" }\n', (3, 3)),
])
def test_a_refused_setting_is_placed_at_its_key_s_line_and_column(tmp_path, text, place):
    # GitHub places an annotation (validate --format github) at a column only when given
    # one; the config's were refused at their line alone.
    (tmp_path / "communique.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert (caught.value.line, caught.value.column) == place, caught.value


@pytest.mark.parametrize(("text", "place"), [
    ('  output = 3\n', (1, 3)),
    ('source-locale = 1\n', (1, 1)),
    ('locales = ["ja"]\n[locale.ja]\n zone = 9\n', (3, 2)),
])
def test_a_setting_that_is_no_string_is_placed_too(tmp_path, text, place):
    # (these named the file alone)
    (tmp_path / "communique.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert "must be a string" in caught.value.message
    assert (caught.value.line, caught.value.column) == place, caught.value


def test_a_valid_config_is_read_once_with_no_setting_looked_for(tmp_path, monkeypatch):
    # The places are found by reading the file again: only for a setting refused. A zone
    # and a site-url had theirs looked for on every run, both valid.
    import toolkit.config

    def looked_for(*args: object) -> tuple[int, int]:
        raise AssertionError(f"looked for {args[1:]}")

    monkeypatch.setattr(toolkit.config, "setting_place", looked_for)
    (tmp_path / "communique.toml").write_text(
        'locales = ["ja", "ko"]\nsite-url = "https://www.example.org/press/"\n'
        'default-publisher = "MOFA"\nmsgid-bugs-address = "l10n@example.org"\n'
        'hold-embargoed = true\npo-width = 77\nmin-coverage = 50\n'
        '[checks]\nnumber-changed = "warning"\n'
        '[locale.ja]\nzone = "Asia/Tokyo"\ntime-pattern = "H:mm"\n'
        '[locale.ko.labels]\nembargo = "엠바고: {time}"\n', encoding="utf-8")
    config = load_config(tmp_path)
    assert config.settings("ja").zone == "Asia/Tokyo"
    assert config.site_url == "https://www.example.org/press/"
