"""The pre-commit hook other repositories use: read as pre-commit reads it, then run."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml
from qa_support import RELEASE_ID, make_project
from typer.testing import CliRunner

from toolkit.cli.app import app

REPO = Path(__file__).resolve().parents[2]


def hook() -> dict[str, object]:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    [found] = [h for h in hooks if h["id"] == "communique-validate"]
    return found


def test_the_hook_is_declared_as_pre_commit_expects():
    found = hook()
    assert found["language"] == "python"
    assert found["pass_filenames"] is True
    assert found["entry"] == "communique validate"
    for key in ("id", "name", "entry", "language"):
        assert isinstance(found[key], str) and found[key]


def test_the_hook_takes_releases_templates_and_catalogs_only():
    files = re.compile(str(hook()["files"]))
    for name in ("releases/a.xml", "locales/a.pot", "locales/ja/LC_MESSAGES/a.po"):
        assert files.search(name), name
    for name in ("schemas/release.xsd", "README.md", "a.pot.bak", "pyproject.toml"):
        assert not files.search(name), name


def test_the_hook_command_passes_on_the_sample_files(monkeypatch):
    monkeypatch.chdir(REPO)
    files = ["releases/japan-kyrgyz-fm-meeting-2022.xml",
             "locales/japan-kyrgyz-fm-meeting-2022.pot",
             "locales/ja/LC_MESSAGES/japan-kyrgyz-fm-meeting-2022.po"]
    program, command = shlex.split(str(hook()["entry"]))
    assert program == "communique"
    result = CliRunner().invoke(app, [command, *files])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "checked 1 release, 1 template, 1 catalog: no problems\n"


def hook_run(files: list[str]) -> tuple[int, str, str]:
    """The hook's command on `files`, as pre-commit runs it (in the current folder)."""
    _, command = shlex.split(str(hook()["entry"]))
    result = CliRunner().invoke(app, [command, *files])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose project is in its folder l10n/, with [checks] of its own and a
    release in French, which its checks allow; pre-commit runs hooks at its root."""
    repository = tmp_path / "repository"
    repository.mkdir()
    project = Path(shutil.move(make_project(tmp_path), repository / "l10n"))
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8")
                      + '\n[checks]\nrelease-language = "off"\n', encoding="utf-8")
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_text(release.read_text(encoding="utf-8").replace(
        'xml:lang="en"', 'xml:lang="fr"', 1), encoding="utf-8")
    monkeypatch.chdir(repository)
    return repository


def test_the_hook_finds_a_project_in_a_folder_of_the_repository(repository: Path):
    # Checked without the project's config, the release was a release-language warning
    # and held to no template.
    code, out, err = hook_run([f"l10n/releases/{RELEASE_ID}.xml",
                               f"l10n/locales/ja/LC_MESSAGES/{RELEASE_ID}.po"])
    assert (code, out) == (0, "")
    assert err == "checked 1 release, 1 template, 1 catalog: no problems\n"


def test_the_project_of_the_current_folder_comes_first(repository: Path):
    (repository / "communique.toml").write_text('source-locale = "en"\n', encoding="utf-8")
    (repository / "releases").mkdir()
    code, out, _ = hook_run([f"l10n/releases/{RELEASE_ID}.xml"])
    assert code == 0 and "[release-language]" in out


def test_files_of_two_projects_are_refused_not_checked_by_one(repository: Path):
    shutil.copytree(repository / "l10n", repository / "web")
    code, _, err = hook_run([f"l10n/releases/{RELEASE_ID}.xml",
                             f"web/releases/{RELEASE_ID}.xml"])
    assert code == 2
    assert err == ("communique: error: the files given are of more than one project "
                   "(l10n/communique.toml, "
                   "web/communique.toml): give --config, once for each project's files\n")


def built(project: Path) -> list[str]:
    """The project built with a site URL (feeds and a sitemap too): the XML files of its
    output folder, as the hook gets them when they are committed."""
    config = project / "communique.toml"
    config.write_text('site-url = "https://press.example/"\n'
                      + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "--config", str(config)])
    assert result.exit_code == 0, result.output
    found = sorted(str(p.relative_to(Path.cwd())) for p in (project / "build").rglob("*.xml"))
    assert {Path(p).name for p in found} >= {"feed.xml", "sitemap.xml", f"{RELEASE_ID}.xml"}
    return found


def test_the_hook_leaves_out_what_communique_built(repository: Path):
    # A feed or sitemap was "not a release"; a built release, in its locale's language,
    # release-language, and each locale's a duplicate of the others' id.
    files = built(repository / "l10n")
    code, out, err = hook_run([*files, f"l10n/releases/{RELEASE_ID}.xml"])
    assert (code, out) == (0, "")
    assert err == (f"checked 1 release, 1 template: no problems; {len(files)} files of the "
                   "output folder l10n/build left out, as built by communique\n")


def test_an_output_folder_that_holds_the_releases_leaves_out_nothing(tmp_path: Path,
                                                                      monkeypatch):
    project = make_project(tmp_path)
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'output = "build"', 'output = "."'), encoding="utf-8")
    monkeypatch.chdir(project)
    code, _, err = hook_run([f"releases/{RELEASE_ID}.xml"])
    assert (code, err) == (0, "checked 1 release, 1 template: no problems\n")
