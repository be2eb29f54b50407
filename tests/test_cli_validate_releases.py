"""`communique validate` on release XML: formats, exit codes, and refused attacks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli.app import app

ATTACKS = Path(__file__).parent / "fixtures" / "attacks"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["validate", *args])


def broken(tmp_path: Path, sample_bytes: bytes, old: bytes, new: bytes) -> Path:
    assert old in sample_bytes
    path = tmp_path / "japan-kyrgyz-fm-meeting-2022.xml"
    path.write_bytes(sample_bytes.replace(old, new, 1))
    return path


def test_the_sample_as_shipped_validates_with_no_finding_at_all(sample_path):
    result = run(str(sample_path))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "checked 1 release, 1 template: no problems\n"
    assert json.loads(run(str(sample_path), "--format", "json").stdout) == []
    sarif = json.loads(run(str(sample_path), "--format", "sarif").stdout)
    assert sarif["runs"][0]["results"] == []


def test_the_sample_without_its_photos_warns_of_each_and_still_passes(
        tmp_path, sample_path, monkeypatch):
    (tmp_path / "releases").mkdir()  # (a project of the sample alone: no images/ folder)
    path = tmp_path / "releases" / sample_path.name
    shutil.copy(sample_path, path)
    monkeypatch.chdir(tmp_path)
    result = run(str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [(f["line"], f["column"], f["code"]) for f in json.loads(result.stdout)] == [
        (12, 16, "figure-missing"), (16, 16, "figure-missing"), (20, 16, "figure-missing")]
    github = run(str(path), "--format", "github").stdout
    assert github.count("::warning ") == 3 and ",line=12,col=16,title=figure-missing::" in github
    sarif = json.loads(run(str(path), "--format", "sarif").stdout)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["figure-missing"] * 3


def test_malformed_xml_exits_2_with_path_line_and_column(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b"</title>", b"</titel>")
    result = run(str(path))
    assert result.exit_code == 2, result.output
    line = result.stdout.strip()
    assert line.startswith(f"{path}:10:")
    assert ": error: " in line and line.endswith("[unreadable]")
    assert "Traceback" not in result.output


def test_schema_violation_exits_1_with_one_line_per_problem(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'<list type="ordered">', b'<list type="numbered">')
    result = run(str(path))
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{path}:")
    assert "numbered" in line and line.endswith("[schema]")


def test_an_impossible_date_is_an_error(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'value="2022-12-23"', b'value="2022-02-30"')
    result = run(str(path))
    assert result.exit_code == 1
    assert "2022-02-30" in result.stdout


def test_a_skeleton_asking_for_a_missing_day_is_an_error(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'value="2022-12-23" skeleton="MMMMd"',
                  b'value="2022-12" skeleton="MMMMd"')
    result = run(str(path))
    assert result.exit_code == 1
    assert "[date-skeleton]" in result.stdout


def test_an_unknown_time_zone_is_an_error(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'zone="Asia/Tokyo">2:40', b'zone="Asia/Edo">2:40')
    result = run(str(path))
    assert result.exit_code == 1
    assert "[zone-unknown]" in result.stdout and "Asia/Edo" in result.stdout


def test_an_id_that_does_not_match_the_file_name_is_an_error(tmp_path, sample_bytes):
    path = tmp_path / "other-name.xml"
    path.write_bytes(sample_bytes)
    result = run(str(path))
    assert result.exit_code == 1
    assert "[id-filename]" in result.stdout


def test_an_id_that_does_not_match_is_annotated_at_the_id_s_value(tmp_path, sample_bytes):
    # Without a column GitHub marked the whole root tag's line, where the id is one
    # attribute of three.
    path = tmp_path / "other-name.xml"
    path.write_bytes(sample_bytes)
    line = next(n for n, text in enumerate(sample_bytes.decode().split("\n"), 1)
                if text.startswith("<release"))
    column = sample_bytes.decode().split("\n")[line - 1].index(' id="') + 6
    result = run("--format", "github", str(path))
    assert f",line={line},col={column},title=id-filename::" in result.stdout


def test_json_format_lists_objects_with_the_same_fields(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'value="2022-12-23"', b'value="2022-02-30"')
    result = run("--format", "json", str(path))
    assert result.exit_code == 1
    [issue] = json.loads(result.stdout)
    assert issue["path"] == str(path) and issue["severity"] == "error"
    assert issue["code"] == "schema" and issue["line"] > 0
    assert set(issue) >= {"path", "line", "column", "severity", "code", "message"}


def test_github_format_is_a_workflow_command(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'value="2022-12-23"', b'value="2022-02-30"')
    result = run("--format", "github", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={path},line=")


def test_a_folder_is_validated_file_by_file(tmp_path, sample_bytes):
    shutil.copy(ATTACKS / "billion-laughs.xml", tmp_path)
    (tmp_path / "japan-kyrgyz-fm-meeting-2022.xml").write_bytes(sample_bytes)
    result = run(str(tmp_path))
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("name", ["billion-laughs.xml", "external-entity.xml", "external-dtd.xml"])
def test_attacks_exit_2_with_a_clear_message_and_nothing_leaked(name, tmp_path):
    path = tmp_path / name
    path.write_text((ATTACKS / name).read_text().replace("PORT", "9"))
    result = run(str(path))
    assert result.exit_code == 2
    assert "refused as unsafe" in result.stdout
    assert "lollol" not in result.output
    hostname = Path("/etc/hostname")
    if hostname.exists() and len(hostname.read_text().strip()) > 3:
        assert hostname.read_text().strip() not in result.output


def test_unknown_subcommand_option_is_a_usage_error():
    result = run("--no-such-option")
    assert result.exit_code == 2


def test_a_release_not_in_the_source_language_is_a_warning_at_its_root(tmp_path,
                                                                         sample_bytes):
    # The project's source locale is en: a French release would be built into en/ as
    # the English version (build warns too), so CI hears of it before the build.
    path = broken(tmp_path, sample_bytes, b'xml:lang="en"', b'xml:lang="fr"')
    result = run(str(path))
    assert result.exit_code == 0, result.output  # a warning: CI can make it an error
    assert result.stdout.startswith(f"{path}:2:") and "[release-language]" in result.stdout
    assert "written in fr (xml:lang), not in en" in result.stdout


def test_a_release_more_precisely_tagged_than_the_source_locale_is_not_warned(
        tmp_path, sample_bytes):
    # en-GB text in an en project is English: the same language, more precisely tagged.
    path = broken(tmp_path, sample_bytes, b'xml:lang="en"', b'xml:lang="en-GB"')
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert "[release-language]" not in result.stdout


@pytest.mark.parametrize(("end", "message"), [
    (b"2022-12-20", b"ends before it starts"),
    (b"2022-12", b"not written as the start is"),
])
def test_a_date_range_ending_before_it_starts_is_an_error_at_its_line(
        tmp_path, sample_bytes, end, message):
    path = broken(tmp_path, sample_bytes, b'value="2022-12-23" skeleton="MMMMd"',
                  b'value="2022-12-23" end="' + end + b'" skeleton="MMMMd"')
    result = run(str(path))
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{path}:27:") and line.endswith("[date-range]")
    assert message.decode() in line


def test_a_date_range_validates_clean(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'value="2022-12-23" skeleton="MMMMd"',
                  b'value="2022-12-23" end="2022-12-25" skeleton="MMMMd"')
    result = run(str(path))
    assert result.exit_code == 0, result.output


def test_a_publication_date_with_an_end_is_an_error_at_its_line(tmp_path, sample_bytes):
    # A release is published on one day; normalize reads a date line '24–27 March 2025'
    # as a range, which validate must not let through as the publication date.
    path = broken(tmp_path, sample_bytes, b'<published><date value="2022-12-24"',
                  b'<published><date value="2022-12-24" end="2022-12-26"')
    result = run(str(path))
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{path}:6:") and line.endswith("[date-range]")
    assert "publication date is one day" in line and "'2022-12-26'" in line


def test_a_backward_publication_range_is_one_error(tmp_path, sample_bytes):
    path = broken(tmp_path, sample_bytes, b'<published><date value="2022-12-24"',
                  b'<published><date value="2022-12-24" end="2022-12-20"')
    [line] = run(str(path)).stdout.splitlines()
    assert "publication date is one day" in line


def test_a_wrong_weekday_is_a_warning_that_gates_ci_as_warnings_do(tmp_path, sample_bytes):
    # 24 December 2022 is a Saturday
    path = broken(tmp_path, sample_bytes, b'<p>On <date value="2022-12-24"',
                  b'<p>On Friday, <date value="2022-12-24"')
    result = run(str(path))
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{path}:24:11: warning: 'Friday' is written beside the date")
    assert line.endswith("[weekday-mismatch]")
    assert run(str(path), "--warnings-as-errors").exit_code == 1
    github = run(str(path), "--format", "github").stdout
    assert github.startswith(f"::warning file={path},line=24,col=11,title=weekday-mismatch::")
    config = tmp_path / "communique.toml"
    config.write_text('[checks]\nweekday-mismatch = "error"\n', encoding="utf-8")
    strict = run(str(path), "--config", str(config))
    assert strict.exit_code == 1, strict.output
    assert ": error: 'Friday' is written" in strict.stdout
