"""`check_file`: the issues validate reports of one release file."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.loader import load_release
from toolkit.release_checks import check_file


def test_xml_that_is_no_release_is_one_plain_issue_in_the_loaders_words(tmp_path: Path):
    # validate, build and extract say the same of a sitemap: the loader's one message,
    # not libxml2's "No matching global declaration available for the validation root."
    # Only the advice differs: validate is handed files by the pre-commit hook, whose
    # `exclude:` leaves such a file out; build and extract read the releases folder.
    path = tmp_path / "sitemap.xml"
    path.write_text("<?xml version='1.0'?>\n<urlset><url/></urlset>\n", encoding="utf-8")
    release, found = check_file(path, "en")
    with pytest.raises(InputError) as loaded:
        load_release(path)
    assert release is None
    statement = loaded.value.message.partition("; if the file")[0]
    assert [(i.path, i.line, i.column, i.code, i.message) for i in found] == [
        (str(path), 2, 0, "schema", statement + "; if the file is not meant to be one, "
         "leave it out (pre-commit: `exclude:`)")]
    assert loaded.value.message == statement + ("; if the file is not meant to be one, "
                                                "keep it out of the releases folder")
    assert loaded.value.message.startswith("not a release: its root element is <urlset>,")
