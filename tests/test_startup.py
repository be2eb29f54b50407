"""What a command loads before its work: only what its path needs.

Every CI step and pre-commit hook pays a command's imports before its first file
(`validate` of one changed release is nearly all imports), so modules that only some
paths use are imported where they are used. Each test runs a fresh interpreter and
asserts a module stays unloaded; the modules themselves are tested elsewhere.
"""

from __future__ import annotations

import subprocess
import sys


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    listing = f"{code}\nimport sys\nprint(' '.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", listing], capture_output=True,
                            text=True, check=True)
    return set(result.stdout.split())


def test_validate_loads_translation_checks_and_processes_only_when_it_uses_them():
    loaded = loaded_after("import toolkit.cli.validate, toolkit.qa.project")
    assert "toolkit.qa.project" in loaded
    for module in ("toolkit.qa.translation_checks", "html.entities", "multiprocessing",
                   "concurrent.futures", "toolkit.catalogs"):
        assert module not in loaded, module


def test_a_text_report_loads_neither_json_nor_the_table_of_codes():
    # build prints its report in text; only SARIF's rules need the codes' descriptions
    loaded = loaded_after("from toolkit.report import render\n"
                          "from toolkit.issues import error\n"
                          "render([error('x.xml', 1, 'schema', 'bad')], 'text')")
    assert "toolkit.report" in loaded
    assert "json" not in loaded
    assert "toolkit.qa.codes" not in loaded


def test_checking_a_locale_tag_does_not_load_the_formatting_engines_base():
    # config checks every locale with babel_locale_for; extract formats nothing
    loaded = loaded_after("from toolkit.formatting import babel_locale_for, is_pseudo_locale\n"
                          "babel_locale_for('ja'); is_pseudo_locale('en-XA')")
    assert "toolkit.formatting" in loaded
    assert "toolkit.formatting.base" not in loaded
    assert "zoneinfo" not in loaded


def test_the_formatting_package_still_offers_the_base_classes():
    from toolkit import formatting
    from toolkit.formatting.base import Formatter, InvalidValue

    assert formatting.Formatter is Formatter
    assert formatting.InvalidValue is InvalidValue


def test_extract_loads_neither_babel_nor_the_builds_translator(tmp_path):
    # extract formats nothing: a configured locale whose CLDR file Babel ships is checked
    # without importing Babel, and which segments are messages is not the translator's;
    # it reads no catalog (update's module and the PO reader) and prints no JSON here
    config = tmp_path / "communique.toml"
    config.write_text('source-locale = "en"\nlocales = ["ja", "pt-BR", "zh-Hant"]\n',
                      encoding="utf-8")
    loaded = loaded_after("from pathlib import Path\nimport toolkit.cli.extract, toolkit.catalogs\n"
                          "from toolkit.config import load_config\n"
                          f"load_config(explicit=Path({str(config)!r}))")
    assert "toolkit.catalogs" in loaded
    for module in ("babel", "toolkit.formatting", "toolkit.translate", "toolkit.issues",
                   "toolkit.update", "toolkit.po_read", "json"):
        assert module not in loaded, module
