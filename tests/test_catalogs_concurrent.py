"""`update` and the other programs that write catalogs (a translator's editor, a
translation platform's commit, a git pull) at the same time: what one saved while update
ran is never overwritten with a merge of what the file held before."""

from __future__ import annotations

from pathlib import Path

import pytest
from build_support import catalog_path, make_project, set_msgstr

from toolkit import catalogs, update
from toolkit.config import load_config
from toolkit.po_read import read_po


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "project")
    monkeypatch.chdir(root)
    release = root / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"
    # A message the catalogs do not have: their merges wait for the translation memory,
    # written at the end of the run from what each catalog held when it was read.
    release.write_text(release.read_text("utf-8").replace(
        "<place>Tokyo</place>", "<place>Kyoto</place>"), "utf-8")
    config = load_config(root)
    catalogs.extract_project(config)
    return root


def test_a_translation_saved_while_update_runs_is_kept(project, monkeypatch):
    # Found by saving a translation after update's workers had read the catalogs and
    # before their merges were written: the merge of the old file replaced it, exit 0.
    catalog = catalog_path(project, "ja")
    reads = update._run

    def run_then_save(*args, **kwargs):
        yield from reads(*args, **kwargs)
        set_msgstr(catalog, "Press Releases", "報道発表（保存済み）")

    monkeypatch.setattr(update, "_run", run_then_save)
    report = update.update_project(load_config(project), ["ja"])
    assert [r.status.value for r in report.results] == ["updated"]
    saved = read_po(catalog)
    assert saved.lookup("Press Releases").msgstr == "報道発表（保存済み）"
    assert saved.lookup("Kyoto") is not None  # and the merge was done, on the new file


def test_a_catalog_left_alone_is_written_from_the_first_merge(project, monkeypatch):
    merges = []
    update_file = update._update_file

    def counted(task, memory):
        merges.append(memory is not None)
        return update_file(task, memory)

    monkeypatch.setattr(update, "_update_file", counted)
    report = update.update_project(load_config(project), ["ja"])
    assert [r.status.value for r in report.results] == ["updated"]
    assert merges == [False]  # merged once, by the worker: nothing read again
    assert read_po(catalog_path(project, "ja")).lookup("Kyoto") is not None
