"""Project configuration: where it is found, what it means, what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.config import load_config
from toolkit.errors import InputError

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
