"""Freshness: a changed release needs extract, a changed template needs update."""

from __future__ import annotations

from pathlib import Path

import pytest
from qa_support import RELEASE_ID, validate, write_template
from typer.testing import CliRunner

from toolkit.catalog import Catalog, Entry
from toolkit.cli.app import app
from toolkit.qa.freshness import catalog_findings, template_findings


def release(root: Path) -> Path:
    return root / "releases" / f"{RELEASE_ID}.xml"


def test_a_release_edited_without_extract_fails_with_the_advice_to_extract(project):
    path = release(project)
    path.write_text(path.read_text().replace("Food and clean water", "Food and drinking water"))
    result = validate(project)
    assert result.exit_code == 1
    assert result.codes == ["template-stale"]
    [issue] = result.issues
    assert str(issue["path"]).endswith(f"locales/{RELEASE_ID}.pot")
    assert "Food and drinking water" in str(issue["message"])
    assert "run `communique extract`" in str(issue["message"])


def test_lines_moved_in_the_release_make_the_template_stale_too(project):
    path = release(project)
    path.write_text(path.read_text().replace("<body>", "<body>\n\n", 1))
    result = validate(project)
    assert result.codes == ["template-stale"]
    assert "references" in str(result.issues[0]["message"])


def test_after_extract_the_template_is_fresh_and_the_catalogs_need_update(project):
    path = release(project)
    path.write_text(path.read_text().replace("Food and clean water", "Food and drinking water"))
    write_template(project)
    result = validate(project)
    # Every locale lacks the new message and still has the old one.
    assert result.codes == ["catalog-stale"] * 8
    messages = {str(i["message"]) for i in result.issues}
    assert all("run `communique update`" in m for m in messages)
    assert any('lacks "Food and drinking water"' in m for m in messages)
    assert any('"Food and clean water" is no longer in the template' in m for m in messages)


def test_only_the_creation_date_may_differ(project):
    template = project / "locales" / f"{RELEASE_ID}.pot"
    text = template.read_text()
    template.write_text(text.replace('"POT-Creation-Date: \\n"',
                                     '"POT-Creation-Date: 2031-01-01 00:00+0000\\n"'))
    assert validate(project).codes == []
    template.write_text(text.replace("X-Source-Language: en", "X-Source-Language: fr"))
    result = validate(project)
    assert result.codes == ["template-stale"]
    assert "X-Source-Language" in str(result.issues[0]["message"])


def test_a_release_without_template_needs_extract(project):
    (project / "locales" / f"{RELEASE_ID}.pot").unlink()
    result = validate(project)
    assert result.codes == ["template-missing"]
    assert "run `communique extract`" in str(result.issues[0]["message"])
    assert str(result.issues[0]["path"]).endswith(f"releases/{RELEASE_ID}.xml")


@pytest.mark.parametrize(("damage", "code"), [
    (lambda text: text[:len(text) // 2], "unreadable"),  # cut: not well-formed
    (lambda text: text.replace("<title>", "<heading>").replace("</title>", "</heading>"),
     "schema"),
])
def test_a_release_without_template_that_cannot_be_read_is_one_error(project, damage, code):
    # Extract refuses it as well: its own error is the finding, not "run extract".
    (project / "locales" / f"{RELEASE_ID}.pot").unlink()
    path = release(project)
    path.write_text(damage(path.read_text()))
    result = validate(project)
    assert set(result.codes) == {code}


def test_a_locale_without_its_catalog_needs_update(project):
    (project / "locales" / "zh" / "LC_MESSAGES" / f"{RELEASE_ID}.po").unlink()
    result = validate(project)
    assert result.codes == ["catalog-missing"]
    message = str(result.issues[0]["message"])
    assert "zh" in message and "run `communique update`" in message


def whole_file_finding(project: Path, missing: str) -> str:
    """Make `project` lack one file (or keep one whose source is gone); the code found."""
    template = project / "locales" / f"{RELEASE_ID}.pot"
    if missing == "catalog":
        (project / "locales" / "zh" / "LC_MESSAGES" / f"{RELEASE_ID}.po").unlink()
        return "catalog-missing"
    if missing == "template":
        template.unlink()
        return "template-missing"
    if missing == "release":
        (project / "locales" / "old-release.pot").write_bytes(template.read_bytes())
        return "template-orphan"
    orphan_catalog(project)
    return "catalog-orphan"


WHOLE_FILE = ["catalog", "template", "release", "release and template"]


@pytest.mark.parametrize("missing", WHOLE_FILE)
def test_a_whole_file_finding_is_annotated_at_its_first_line_and_column(project, missing):
    # Without a column, GitHub's annotation of catalog-missing or template-orphan had
    # none to point at, where every other finding has one; template-missing had not
    # even a line, and catalog-orphan a line without a column.
    code = whole_file_finding(project, missing)
    result = validate(project)
    assert [(i["code"], i["line"], i["column"]) for i in result.issues] == [(code, 1, 1)]


@pytest.mark.parametrize("missing", WHOLE_FILE)
def test_a_whole_file_finding_has_the_same_place_in_text_and_github(project, missing):
    code = whole_file_finding(project, missing)
    (issue,) = validate(project).issues
    config = str(project / "communique.toml")
    text = CliRunner().invoke(app, ["validate", "--config", config]).stdout
    assert text.startswith(f"{issue['path']}:1:1: ")
    github = CliRunner().invoke(app, ["validate", "--config", config, "--format", "github"])
    assert f" file={issue['path']},line=1,col=1,title={code}::" in github.stdout


def test_a_template_whose_release_is_gone_is_a_warning(project):
    (project / "locales" / "old-release.pot").write_bytes(
        (project / "locales" / f"{RELEASE_ID}.pot").read_bytes())
    result = validate(project)
    assert result.codes == ["template-orphan"]
    assert result.exit_code == 0
    # Without catalogs there is nothing to carry over: no rename is suggested.
    assert "--renamed" not in str(result.issues[0]["message"])


def test_a_template_whose_release_is_gone_names_its_catalogs_to_delete_too(project):
    # A release removed (`git rm releases/x.xml`): validate said "delete it" of the
    # template alone, and only once it was gone did the next run name its catalogs,
    # one catalog-orphan each: a removal took two rounds of CI to learn.
    locales = project / "locales"
    (locales / "old-release.pot").write_bytes((locales / f"{RELEASE_ID}.pot").read_bytes())
    orphan_catalog(project)
    [issue] = validate(project).issues
    assert issue["code"] == "template-orphan"
    message = str(issue["message"])
    assert "for this template: delete it and its catalogs (" in message
    assert "locales/*/LC_MESSAGES/old-release.po), or restore the release" in message


def orphan_catalog(project: Path) -> Path:
    """A catalog whose release and template were deleted (or renamed) without it."""
    orphan = project / "locales" / "ru" / "LC_MESSAGES" / "old-release.po"
    orphan.write_bytes((project / "locales" / "ru" / "LC_MESSAGES" / f"{RELEASE_ID}.po")
                       .read_bytes())
    return orphan


def test_a_catalog_whose_template_and_release_are_gone_is_a_warning_at_its_line_1(project):
    orphan_catalog(project)
    result = validate(project)
    assert result.codes == ["catalog-orphan"]
    assert result.exit_code == 0
    [issue] = result.issues
    assert str(issue["path"]).endswith("locales/ru/LC_MESSAGES/old-release.po")
    assert issue["line"] == 1
    message = str(issue["message"])
    assert "locales/old-release.pot" in message and "releases/old-release.xml" in message
    assert "delete it, or restore the release" in message
    # Its messages are the release's: update's rename rule names it, with the command.
    assert (f"it looks renamed to {RELEASE_ID} (100% of the same messages): `communique "
            f"update --renamed old-release={RELEASE_ID}` carries its translations over, "
            "then deletes it") in message


def test_an_orphan_like_no_release_gets_the_general_advice(project):
    orphan = orphan_catalog(project)
    orphan.write_text('msgid "Something else entirely"\nmsgstr "別物"\n', encoding="utf-8")
    [issue] = [i for i in validate(project).issues if i["code"] == "catalog-orphan"]
    assert "communique update --renamed old-release=NEW" in str(issue["message"])
    assert "looks renamed" not in str(issue["message"])


def test_an_orphan_catalog_of_a_locale_not_configured_is_told_its_locale(project):
    orphan = orphan_catalog(project)
    other = project / "locales" / "xx" / "LC_MESSAGES" / orphan.name
    other.parent.mkdir(parents=True)
    orphan.rename(other)
    [issue] = [i for i in validate(project, str(other)).issues
               if i["code"] == "catalog-orphan"]
    assert (f"update --renamed old-release={RELEASE_ID} --locale xx`"
            in str(issue["message"]))


def test_an_orphan_template_with_catalogs_names_the_release_it_looks_renamed_to(project):
    (project / "locales" / "old-release.pot").write_bytes(
        (project / "locales" / f"{RELEASE_ID}.pot").read_bytes())
    orphan_catalog(project)
    [issue] = validate(project).issues
    assert issue["code"] == "template-orphan"
    assert (f"it looks renamed to {RELEASE_ID} (100% of the same messages): `communique "
            f"update --renamed old-release={RELEASE_ID}` carries its catalogs over") \
        in str(issue["message"])


@pytest.mark.parametrize("jobs", [1, 2])
def test_orphans_are_matched_reading_each_file_once(project, monkeypatch, jobs):
    """Each orphan read every template again to find its rename, and its own file was
    read twice (by the plan, for the rename, then by its check)."""
    import toolkit.po_read

    locales = project / "locales"
    for name in ("gone-a", "gone-b", "gone-c"):  # two with a template, one without
        if name != "gone-c":
            (locales / f"{name}.pot").write_bytes((locales / f"{RELEASE_ID}.pot").read_bytes())
        (locales / "ru" / "LC_MESSAGES" / f"{name}.po").write_bytes(
            (locales / "ru" / "LC_MESSAGES" / f"{RELEASE_ID}.po").read_bytes())
    reads: dict[str, int] = {}
    read_bytes = toolkit.po_read.read_bytes

    def counted(path: Path) -> bytes:
        name = path.relative_to(locales).as_posix()
        reads[name] = reads.get(name, 0) + 1
        return read_bytes(path)

    monkeypatch.setattr(toolkit.po_read, "read_bytes", counted)
    monkeypatch.setattr("toolkit.qa.project.SERIAL_BELOW", 0)
    result = validate(project, "--jobs", str(jobs))
    assert result.codes == ["catalog-orphan", "template-orphan", "template-orphan"]
    assert all(f"looks renamed to {RELEASE_ID} (100% of the same messages)"
               in str(issue["message"]) for issue in result.issues)
    if jobs == 1:  # (a worker's reads are its own process's)
        # The release's template: once for all orphans' renames, once checked.
        assert reads.pop(f"{RELEASE_ID}.pot") == 2
        assert set(reads.values()) == {1}, reads
        assert len(reads) == 2 + 3 + 4  # gone-a and -b's templates, their catalogs, ours


def renamed_without_update(project: Path) -> list[Path]:
    """`git mv` of the release to RELEASE_ID and `extract`, before `update --renamed`:
    old-release's template and catalogs are left, RELEASE_ID has none of its own."""
    locales = project / "locales"
    (locales / "old-release.pot").write_bytes((locales / f"{RELEASE_ID}.pot").read_bytes())
    moved = []
    for catalog in sorted(locales.glob(f"*/LC_MESSAGES/{RELEASE_ID}.po")):
        moved.append(catalog.rename(catalog.with_name("old-release.po")))
    assert moved
    return moved


@pytest.mark.parametrize("jobs", [1, 2])
def test_after_a_rename_the_missing_catalogs_advise_update_renamed(project, monkeypatch,
                                                                   jobs):
    # Plain `update` would start them from the translation memory only and leave
    # old-release's translations behind as orphans. With two jobs the units run in
    # worker processes, which get the rename the parent found.
    monkeypatch.setattr("toolkit.qa.project.SERIAL_BELOW", 0)
    moved = renamed_without_update(project)
    result = validate(project, "--jobs", str(jobs))
    assert sorted(result.codes) == ["catalog-missing"] * len(moved) + ["template-orphan"]
    for issue in result.issues:
        if issue["code"] == "catalog-missing":
            message = str(issue["message"])
            assert (f"old-release, whose release is gone, looks renamed to {RELEASE_ID} "
                    f"(100% of the same messages): run `communique update --renamed "
                    f"old-release={RELEASE_ID}` to carry its translations over") in message
            assert "run `communique update`" not in message


def test_a_missing_catalog_with_no_orphan_like_it_gets_the_plain_advice(project):
    for catalog in renamed_without_update(project):
        catalog.write_text('msgid "Something else entirely"\nmsgstr "別物"\n',
                           encoding="utf-8")
    (project / "locales" / "old-release.pot").unlink()
    result = validate(project)
    missing = [str(i["message"]) for i in result.issues if i["code"] == "catalog-missing"]
    assert missing and "catalog-orphan" in result.codes
    assert all(m.endswith("for this template: run `communique update`") for m in missing)


def test_a_catalog_given_alone_is_an_orphan_too_and_the_config_can_turn_it_off(project):
    orphan = orphan_catalog(project)
    assert validate(project, str(orphan)).codes == ["catalog-orphan"]
    config = project / "communique.toml"
    config.write_text(config.read_text() + '\n[checks]\ncatalog-orphan = "off"\n')
    assert validate(project).codes == []


def test_a_catalog_with_a_template_but_no_release_is_the_templates_warning(project):
    # The template is the orphan there; its catalogs are still held to it.
    orphan_catalog(project)
    (project / "locales" / "old-release.pot").write_bytes(
        (project / "locales" / f"{RELEASE_ID}.pot").read_bytes())
    assert validate(project).codes == ["template-orphan"]


def test_given_files_are_held_to_their_template_and_release(project):
    path = release(project)
    path.write_text(path.read_text().replace("Food and clean water", "Food and drinking water"))
    result = validate(project, str(path))
    assert result.codes == ["template-stale"]
    catalog = project / "locales" / "ja" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    result = validate(project, str(catalog))
    assert "template-stale" in result.codes


def test_a_catalog_outside_the_project_is_checked_on_its_own(tmp_path, project):
    loose = tmp_path / "ja.po"
    loose.write_bytes((project / "locales" / "ja" / "LC_MESSAGES" / f"{RELEASE_ID}.po")
                      .read_bytes().replace("。".encode(), b".", 1))
    result = validate(project, str(loose))
    assert result.codes == ["punctuation-final"]


# ------------------------------------------------------------------ the pure functions

def catalog(*msgids: str, obsolete: tuple[str, ...] = ()) -> Catalog:
    entries = [Entry(msgid=m, line=10 + n) for n, m in enumerate(msgids)]
    entries += [Entry(msgid=m, obsolete=True) for m in obsolete]
    return Catalog(entries=tuple(entries))


def test_obsolete_entries_do_not_count_for_catalog_freshness():
    assert catalog_findings(catalog("a", "b", obsolete=("c",)), catalog("a", "b")) == []


def test_a_catalog_with_other_messages_gets_one_finding_each_way():
    found = catalog_findings(catalog("a", "x", "y"), catalog("a", "b"))
    assert [(f.code, f.line) for f in found] == [("catalog-stale", 1), ("catalog-stale", 11)]
    assert '"x" is no longer in the template (1 more after it)' in found[1].message


def test_a_template_in_another_order_is_stale():
    [found] = template_findings(catalog("b", "a"), catalog("a", "b"), "releases/r.xml")
    assert found.line == 10 and "is not where the release has it" in found.message


# A PO editor or platform may turn a message into a plural entry (msgid_plural,
# msgstr[n]); communique's templates have none, and the build cannot use one.
PLURAL_FOOD = ('msgid "Food and clean water"\nmsgid_plural "Food and clean water"\n'
               'msgstr[0] "Продовольствие и чистая вода"\n'
               'msgstr[1] "Продовольствие и чистая вода"\n'
               'msgstr[2] "Продовольствие и чистая вода"\n')


def _pluralise_food(project: Path) -> Path:
    path = project / "locales" / "ru" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    text = path.read_text()
    singular = 'msgid "Food and clean water"\nmsgstr "Продовольствие и чистая вода"\n'
    assert singular in text
    path.write_text(text.replace(singular, PLURAL_FOOD))
    return path


def test_a_plural_entry_of_a_singular_message_is_stale_and_not_counted_translated(project):
    path = _pluralise_food(project)
    result = validate(project, "--min-coverage", "100")
    assert result.exit_code == 1
    assert result.codes == ["catalog-stale", "coverage-low"]
    stale = next(i for i in result.issues if i["code"] == "catalog-stale")
    line = path.read_text().splitlines().index('msgid "Food and clean water"') + 1
    assert stale["line"] == line
    assert "plural entry" in str(stale["message"])
    assert "run `communique update`" in str(stale["message"])
    low = next(i for i in result.issues if i["code"] == "coverage-low")
    assert "1 rejected" in str(low["message"])  # as the build counts it


def test_update_makes_the_plural_entry_singular_for_review(project):
    path = _pluralise_food(project)
    CliRunner().invoke(app, ["update", "--config", str(project / "communique.toml"),
                             "--locale", "ru"], catch_exceptions=False)
    text = path.read_text()
    assert "msgid_plural" not in text.split("#| msgid_plural")[-1]
    assert validate(project).codes == []  # a fuzzy entry: for review, not an error
