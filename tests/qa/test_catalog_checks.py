"""The checks of a catalog file: its header's Language names its folder's locale, and a
translation whose format directives are not its source's is found at the one that
differs."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from toolkit.catalog import Catalog, Entry
from toolkit.po_read import read_po
from toolkit.qa.catalog_checks import (
    check_entry,
    check_header,
    locale_of,
    nplurals,
    read_catalog,
)

HEADER = (("Content-Type", "text/plain; charset=UTF-8"),)


def language_findings(folder: str, language: str) -> list[str]:
    path = Path("locales") / folder / "LC_MESSAGES" / "x.po"
    catalog = Catalog(header_fields=(*HEADER, ("Language", language)))
    return [f.message for f in check_header(catalog, locale_of(path), template=False)
            if f.code == "header-language"]


@pytest.mark.parametrize(("folder", "language"), [
    # gettext's spelling of Serbian Latin (msginit, Poedit, GNOME, Weblate's folders)
    # and BCP 47's name one locale, which build formats in as sr_Latn.
    ("sr-Latn", "sr@latin"),
    ("sr@latin", "sr-Latn"),
    ("sr_Latn", "sr@latin"),
    ("sr-Latn-RS", "sr_RS@latin"),  # glibc's name, and Poedit's with a country
    ("pt_BR", "pt-BR"),
    ("pt-BR", "pt_BR"),
    ("zh-Hant", "zh_Hant"),
    ("en-XA", "en_XA"),
])
def test_two_spellings_of_one_locale_match(folder, language):
    assert language_findings(folder, language) == []


@pytest.mark.parametrize(("folder", "language", "named", "wanted"), [
    ("sr-Latn", "sr", "sr_Cyrl_RS", "sr_Latn_RS"),  # Cyrillic, CLDR's script for sr
    ("sr", "sr@latin", "sr_Latn_RS", "sr_Cyrl_RS"),
    ("sr@latin", "hr", "hr_Latn_HR", "sr_Latn_RS"),
    ("pt-BR", "pt-PT", "pt_Latn_PT", "pt_Latn_BR"),
    ("pt_BR", "es", "es_Latn_ES", "pt_Latn_BR"),
])
def test_another_locale_is_refused(folder, language, named, wanted):
    assert language_findings(folder, language) == [
        f"Language {language!r} does not match the catalog's folder {folder!r}: the "
        f"header names {named}, the folder {wanted} (CLDR's likely subtags)"]


# A header names its folder's locale when both are one CLDR locale once CLDR's likely
# subtags fill in the script and region each leaves out. A folder without a region is
# its likely region's locale: the one build formats its pages in (CLDR's zh_Hant holds
# Taiwan's data, pt Brazil's), so a header naming another region names other pages.
LIKELY_SUBTAGS = [
    # (folder, header, passes, why)
    ("zh-Hant", "zh_TW", True,
     "Poedit's code for Traditional Chinese (ll_CC, no script codes); zh_TW and "
     "zh_Hant are both zh_Hant_TW"),
    ("zh-Hans", "zh_CN", True, "Poedit's Simplified Chinese: both are zh_Hans_CN"),
    ("zh-Hant-TW", "zh_TW", True, "the folder's region stated, the same one"),
    ("zh-Hant-HK", "zh_HK", True, "zh_HK is zh_Hant_HK: Hong Kong writes Traditional"),
    ("sr-Cyrl", "sr", True, "Cyrillic is CLDR's likely script for sr: sr_Cyrl_RS"),
    ("sr", "sr@cyrillic", True, "gettext's explicit spelling of the same script"),
    ("sr-Latn-ME", "sr_ME", True, "Montenegro's Serbian is Latin: sr_Latn_ME"),
    ("uz-Latn", "uz", True, "Latin is CLDR's likely script for uz: uz_Latn_UZ"),
    ("pt", "pt_BR", True, "pt is Brazil's Portuguese: pt_Latn_BR"),
    ("en", "en_US", True, "en is en_Latn_US"),
    ("zh-Hant", "zh_HK", False,
     "zh_Hant_HK is not the folder's zh_Hant_TW: another CLDR locale (d/M/y dates, "
     "not y/M/d); a Hong Kong catalog belongs in zh-Hant-HK"),
    ("zh-Hant", "zh_CN", False, "Simplified script (zh_Hans_CN)"),
    ("zh-Hant", "zh", False, "zh alone is Simplified Chinese, zh_Hans_CN"),
    ("zh-Hans", "zh_TW", False, "Traditional script"),
    ("pt-PT", "pt", False,
     "pt alone is Brazil's (pt_Latn_BR); its CLDR plural rule even differs (0 is "
     "singular in Brazil, plural in Portugal)"),
    ("pt", "pt_PT", False, "the folder is pt_Latn_BR, the header European Portuguese"),
    ("sr", "sr@latin", False, "another script: sr_Latn_RS, not sr_Cyrl_RS"),
    ("sr-Latn", "sr_RS", False, "sr_RS is Cyrillic (sr_Cyrl_RS)"),
    ("uz-Latn", "uz@cyrillic", False, "another script"),
    ("uz", "uz_AF", False, "Afghanistan's Uzbek is written in Arabic: uz_Arab_AF"),
    ("en-GB", "en", False, "en alone is American English, en_Latn_US"),
    ("en-XA", "en", False, "a pseudo-locale is not its language (en_Latn_XA)"),
]


@pytest.mark.parametrize(("folder", "language", "passes", "why"), LIKELY_SUBTAGS,
                         ids=[f"{f}:{h}" for f, h, *_ in LIKELY_SUBTAGS])
def test_a_header_names_the_folders_locale_by_cldrs_likely_subtags(folder, language,
                                                                   passes, why):
    findings = language_findings(folder, language)
    assert (findings == []) is passes, why
    if not passes:
        [message] = findings
        assert message.startswith(f"Language {language!r} does not match the catalog's "
                                  f"folder {folder!r}: the header names ")


def plural_findings(folder: str, rule: str) -> list[str]:
    path = Path("locales") / folder / "LC_MESSAGES" / "x.po"
    catalog = Catalog(header_fields=(*HEADER, ("Language", folder), ("Plural-Forms", rule)))
    return [f.message for f in check_header(catalog, locale_of(path), template=False)
            if f.code == "header-plural-forms"]


@pytest.mark.parametrize(("folder", "rule"), [
    # What msginit, Poedit and Weblate (its default for a language added there) write:
    # gettext's older rules, which group every number below a million as CLDR does;
    # CLDR's later "many" form is for millions ("1 000 000 de fichiers").
    ("fr", "nplurals=2; plural=n > 1;"),
    ("fr", "nplurals=2; plural=(n > 1);"),
    ("pt_BR", "nplurals=2; plural=n > 1;"),
    ("es", "nplurals=2; plural=n != 1;"),
    ("it", "nplurals=2; plural=(n != 1);"),
    # Weblate's spelling of CLDR's own rules.
    ("ru", "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
           "(n%100<10 || n%100>=20) ? 1 : 2;"),
    ("ar", "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 "
           "? 3 : n%100>=11 ? 4 : 5;"),
])
def test_gettexts_and_weblates_rules_are_accepted(folder, rule):
    assert plural_findings(folder, rule) == []


@pytest.mark.parametrize(("folder", "rule"), [
    ("ar", "nplurals=2; plural=(n != 1);"),  # English's: Arabic has six forms
    ("fr", "nplurals=2; plural=n != 1;"),  # 0 is singular in French
    ("fr", "nplurals=3; plural=n > 1;"),  # a third form no number takes
    ("es", "nplurals=1; plural=0;"),
])
def test_a_rule_that_groups_numbers_otherwise_is_refused(folder, rule):
    [message] = plural_findings(folder, rule)
    assert message.startswith(f"Plural-Forms {rule!r} is not CLDR's rule for {folder}")


@pytest.mark.parametrize(("template", "command"), [(False, "update"), (True, "extract")])
def test_a_charset_other_than_utf8_names_the_command_that_converts_it(template, command):
    # msgconv's output, or Poedit's "ISO-8859-1" catalog: the command writes it in UTF-8.
    catalog = Catalog(header_fields=(("Content-Type", "text/plain; charset=ISO-8859-1"),
                                     ("Language", "fr")))
    findings = [f.message for f in check_header(catalog, "fr", template=template)
                if f.code == "header-charset"]
    assert findings == ["the catalog declares charset=ISO-8859-1; communique catalogs are "
                        f"UTF-8: run `communique {command}`"]


def mismatch_spots(flag: str, msgid: str, msgstr: str) -> list[tuple[int, int]]:
    """Where in the msgstr each format-mismatch finding of the entry is: (form, offset)."""
    entry = Entry(msgid, msgstr, flags=(flag,), line=3)
    found = [f for f in check_entry(entry, None) if f.code == "format-mismatch"]
    assert all(f.spot is not None for f in found)
    return [f.spot for f in found if f.spot is not None]


# (flag, msgid, msgstr, the msgstr from the finding's offset on: None for its opening
# quote, when the msgstr lacks a directive and so has none that is wrong)
MISPLACED = {
    "one too many": ("python-format", "Aid reached households.", "支援は（%s）。", "%s）。"),
    "another kind": ("c-format", "%d files in %s", "%s fichiers dans %s",
                     "%s fichiers dans %s"),
    "the second of two kinds": ("c-format", "%d files in %s", "%d fichiers dans %d", "%d"),
    "one missing": ("c-format", "%d files in %s", "%d fichiers", None),
    "an argument used twice": ("c-format", "%d files", "%d fichiers, %d", "%d"),
    "a numbered one of another kind": ("c-format", "%1$s has %2$d", "%2$d: %1$d", "%1$d"),
    "a misspelt name": ("python-format", "%(count)d homes", "%(cuont)d logements",
                        "%(cuont)d logements"),
    "a brace name": ("python-brace-format", "{name} met {host}", "{host} a vu {nom}",
                     "{nom}"),
    "an automatic brace": ("python-brace-format", "{} met", "{} a vu {}", "{}"),
}


@pytest.mark.parametrize("case", sorted(MISPLACED))
def test_a_format_mismatch_is_at_the_msgstrs_first_directive_that_differs(case):
    flag, msgid, msgstr, there = MISPLACED[case]
    [(form, offset)] = mismatch_spots(flag, msgid, msgstr)
    assert form == -1
    assert (offset == -1) if there is None else (msgstr[offset:] == there)


@pytest.mark.parametrize(("flag", "msgid", "msgstr"), [
    ("c-format", "%1$s has %2$d", "%2$d: %1$s"),  # numbered arguments in another order
    ("c-format", "%1$d of %1$d", "%1$d"),  # a numbered argument used twice, or once
    ("c-format", "%1$s", "%1$s (%1$s)"),
    ("python-format", "%(n)d homes", "%(n)d logements (%(n)d)"),  # a name used again
    ("python-brace-format", "{name} met {host}", "{host} a vu {name}"),
    ("c-format", "100%% of %s", "%s : 100 %%"),  # "%%" is no directive
])
def test_directives_taken_as_msgfmt_takes_them_are_no_mismatch(flag, msgid, msgstr):
    assert mismatch_spots(flag, msgid, msgstr) == []


def test_a_plural_forms_mismatch_is_on_that_forms_msgstr():
    entry = Entry("%d file", msgid_plural="%d files", msgstr_plural=("%d файл", "%s файла"),
                  flags=("c-format",), line=3)
    [found] = check_entry(entry, 2)
    assert (found.code, found.spot) == ("format-mismatch", (1, 0))


# GNU gettext (0.21, checked with msgfmt -c) reads a header's plural rule and charset
# whatever the case of their fields' names ("plural-forms:", "content-type:"; it looks for
# "nplurals=", "plural=" and "charset=" in the header): so do the reader and validate.
LOWER_CASE_HEADER = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n'
                     '"content-type: text/plain; charset=UTF-8\\n"\n'
                     '"plural-forms: nplurals=3; plural={rule};\\n"\n\n'
                     'msgid "a day"\nmsgid_plural "days"\nmsgstr[0] "день"\n'
                     'msgstr[1] "дня"\nmsgstr[2] "дней"\n')
RU_RULE = ("n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && "
           "(n % 100 < 12 || n % 100 > 14) ? 1 : 2")


def test_header_fields_are_read_whatever_the_case_of_their_names(tmp_path: Path):
    path = tmp_path / "ru" / "LC_MESSAGES" / "x.po"
    path.parent.mkdir(parents=True)
    path.write_text(LOWER_CASE_HEADER.format(rule=RU_RULE), encoding="utf-8")
    assert subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(path)]).returncode == 0
    catalog = read_po(path)
    assert catalog.header["Plural-Forms"] == f"nplurals=3; plural={RU_RULE};"
    assert catalog.header.get("CONTENT-TYPE") == "text/plain; charset=UTF-8"
    assert "Plural-Forms" in catalog.header and "X-Generator" not in catalog.header
    assert [name for name in catalog.header] == ["Language", "content-type", "plural-forms"]
    assert nplurals(catalog) == 3
    assert list(check_header(catalog, "ru", False)) == []


def test_a_wrong_rule_under_a_lower_case_name_is_found_at_its_line(tmp_path: Path):
    path = tmp_path / "ru" / "LC_MESSAGES" / "x.po"
    path.parent.mkdir(parents=True)
    path.write_text(LOWER_CASE_HEADER.format(rule="n%3"), encoding="utf-8")
    (found,) = check_header(read_po(path), "ru", False)
    assert (found.code, found.line, found.column) == ("header-plural-forms", 5, 16)


def test_the_first_of_two_spellings_of_a_field_is_the_one_read():
    # msgfmt reads the first "plural=" of the header.
    catalog = Catalog(header_fields=(("plural-forms", "nplurals=1; plural=0;"),
                                     ("Plural-Forms", "nplurals=2; plural=n != 1;")))
    assert catalog.header["Plural-Forms"] == "nplurals=1; plural=0;"
    assert len(catalog.header) == 2


def test_a_duplicate_says_the_files_other_entries_were_not_checked(tmp_path):
    # Both sides of a merge kept: msgfmt and build refuse the file, so no copy is "the"
    # translation to check the others against; the one finding read as the file's only
    # fault, and a translator fixed one error per push.
    path = tmp_path / "ja" / "LC_MESSAGES" / "x.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Tokyo"\nmsgstr "東京"\n\n'
                    'msgid "Tokyo"\nmsgstr "東京都"\n', encoding="utf-8")
    catalog, found = read_catalog(path)
    assert catalog is None and found is not None
    assert (found.code, found.line) == ("entry-duplicate", 7)
    assert found.message == ("duplicate message (first defined at line 4): msgfmt and build "
                             "refuse the file, so none of its other entries was checked; "
                             "keep one of the two, then validate again")
