"""The README's quick start, held true: a project of one's own goes from a press office's
web page and copied text to built pages in five commands, each run in the project's
folder, with the files and messages the README names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli.app import app

# The README's first line of the flow, as printf writes it.
CONFIG = 'source-locale = "en"\nlocales = ["fr", "ar"]\n'

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Northshore Port Authority opens new container terminal
 | Port Authority of Northshore</title></head>
<body>
<header><nav><a href="/">Home</a> &gt; <a href="/news">Press Releases</a></nav></header>
<main>
<article>
<h1>Northshore Port Authority opens new container terminal</h1>
<p class="date">Northshore, March 15, 2023</p>
<figure><img src="terminal.jpg" alt="Cranes at the new terminal">
<figcaption>The new terminal at dawn.</figcaption></figure>
<p>The Port Authority of Northshore today opened its new container terminal, the largest
investment in the port's history at <strong>USD 250 million</strong>.</p>
<p>The terminal will handle 1,500,000 containers a year, an increase of 35% over current
capacity. Construction took approximately 18 months and employed 1,200 workers.</p>
<h2>About the Port Authority</h2>
<p>The Port Authority of Northshore manages the port on behalf of the city. More at
<a href="https://port.example.org">port.example.org</a>.</p>
</article>
</main>
<footer><p>© 2023 Port Authority of Northshore</p></footer>
</body></html>
"""

NOTES = """\
Home > News > Press Releases

City of Riverton

Riverton launches free bus service for students

Riverton, June 2, 2023

The City of Riverton will offer free bus travel to all students from September 1, 2023.
The programme will cost approximately $3.2 million a year and is expected to serve
12,000 students.

"Free transport removes a barrier to education," said Mayor John Smith.

1. Register at the city website.
2. Collect a pass at any library.

###
"""

TITLE = "Riverton launches free bus service for students"
TITLE_FR = "Riverton lance un service de bus gratuit pour les étudiants"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "communique.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_five_commands_of_the_quick_start(project: Path):
    # communique normalize page.html notes.txt   # releases/<id>.xml
    result = invoke("normalize", "page.html", "notes.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    made = json.loads(result.stdout)
    ids = [entry["id"] for entry in made]
    assert ids[0].startswith("2023-03-15-") and ids[1].startswith("2023-06-02-")
    assert [entry["output"] for entry in made] == [f"releases/{i}.xml" for i in ids]
    for release_id in ids:
        assert (project / "releases" / f"{release_id}.xml").is_file()

    # communique extract                         # locales/<id>.pot
    result = invoke("extract")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "locales").glob("*.pot")) == \
        sorted(f"{i}.pot" for i in ids)

    # communique update                          # locales/fr/LC_MESSAGES/<id>.po, ar's
    result = invoke("update")
    assert result.exit_code == 0, result.output
    for locale in ("fr", "ar"):
        assert sorted(p.name for p in (project / "locales" / locale / "LC_MESSAGES").iterdir()) \
            == sorted(f"{i}.po" for i in ids)

    # The translators' work: one title in French.
    catalog = project / "locales" / "fr" / "LC_MESSAGES" / f"{ids[1]}.po"
    text = catalog.read_text(encoding="utf-8")
    entry = f'msgid "{TITLE}"\nmsgstr ""\n'
    assert entry in text
    catalog.write_text(text.replace(entry, f'msgid "{TITLE}"\nmsgstr "{TITLE_FR}"\n'),
                       encoding="utf-8")

    # The page's photo, beside its release, where the build copies it from (else
    # validate warns: figure-missing).
    (project / "releases" / "terminal.jpg").write_bytes(b"\xff\xd8\xff\xd9")

    # communique validate                        # after the translators: CI's gate
    result = invoke("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "checked 2 releases, 2 templates, 4 catalogs: no problems\n"

    # communique build                           # build/<LL>/<id>.html and .xml
    result = invoke("build")
    assert result.exit_code == 0, result.output
    for locale in ("en", "fr", "ar"):
        for release_id in ids:
            assert (project / "build" / locale / f"{release_id}.html").is_file()
            assert (project / "build" / locale / f"{release_id}.xml").is_file()
        assert (project / "build" / locale / "index.html").is_file()
    assert (project / "build" / "index.html").is_file()
    # Building the source locale gives back the source release byte for byte.
    for release_id in ids:
        assert (project / "build" / "en" / f"{release_id}.xml").read_bytes() == \
            (project / "releases" / f"{release_id}.xml").read_bytes()
    page = (project / "build" / "fr" / f"{ids[1]}.html").read_text(encoding="utf-8")
    assert f"<h1>{TITLE_FR}</h1>" in page
    assert ">2 juin 2023</time>" in page  # the date line, from CLDR's French
    assert '<html lang="ar" dir="rtl">' in \
        (project / "build" / "ar" / f"{ids[1]}.html").read_text(encoding="utf-8")
