"""Markdown releases of a static site (Hugo, Jekyll, Eleventy, Decap CMS): front matter and
a CommonMark body, read as the page they render, never as copied text."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.model import ListBlock, Release, Segment, Span
from toolkit.normalize import Normalized, Options, normalize, render
from toolkit.normalize.batch import expand
from toolkit.normalize.markdown_reader import Entry, front_matter
from toolkit.normalize.source import read_source

NORMALIZING = Path(__file__).resolve().parents[2] / "docs" / "normalizing.md"

RELEASE = """\
---
title: "Port Authority opens new ferry terminal"
date: 2025-03-05T14:40:00+09:00
lang: en
author: Port Authority of Northshore
description: A second terminal doubles the harbour's capacity
categories: [news, transport]
draft: false
---

The **Port Authority of Northshore** opened its new ferry terminal on *March 5, 2025*,
at a cost of $45 million. More at [our site](https://port.example/terminal).

## What changes

- 12 sailings a day
- 3,500 passengers an hour

1. Tickets go on sale today
2. The old pier closes

> "This terminal doubles our capacity," said the director.
"""


def _read(text: str, name: str = "release.md", **options: object) -> Normalized:
    return normalize(text.encode("utf-8"), name, Options(**options))  # type: ignore[arg-type]


def _blocks(release: Release) -> list[Segment | ListBlock]:
    return list(release.body)


def _spans(content: tuple[object, ...]) -> list[Span]:
    found: list[Span] = []
    for part in content:
        if isinstance(part, Span):
            found.append(part)
            found.extend(_spans(part.content))
    return found


def _all_text(release: Release) -> str:
    return " ".join(segment.text for segment in release.segments())


# ---------------------------------------------------------------- detection
@pytest.mark.parametrize(("name", "text"), [
    ("release.md", "Just a paragraph of *Markdown*.\n"),
    ("RELEASE.Markdown", "# A heading\n\nText.\n"),
    ("release.txt", "---\ntitle: Ferry terminal\n---\n\nText.\n"),
    ("release", "---\r\ndate: 2025-03-05\r\n...\r\nText.\r\n"),
    ("release.txt", '+++\ntitle = "Ferry terminal"\n+++\n\nText.\n'),  # Hugo's TOML
    ("release", '+++\r\ndate = 2025-03-05\r\n+++\r\nText.\r\n'),
])
def test_markdown_is_known_by_its_extension_or_its_front_matter(name, text):
    assert read_source(text.encode(), name).kind == "markdown"


@pytest.mark.parametrize("text", [
    "---\nNo key here, a rule under a line\n---\n",  # no `key:` under the fence
    "---\ntitle: never closed\n\nText.\n",  # no closing fence: copied text
    "Ministry of Transport\n---\ntitle: x\n---\n",  # the fence is not at the top
    '+++\ntitle = "never closed"\n\nText.\n',  # no closing '+++'
    "+++\nNo key here\n+++\n",
])
def test_copied_text_that_only_looks_like_it_stays_text(text):
    assert read_source(text.encode(), "release.txt").kind == "text"


def test_a_folder_holds_markdown_releases_but_not_hugos_section_page(tmp_path):
    for name in ("a.md", "b.markdown", "_index.md", "notes.rst"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in expand([tmp_path])] == ["a.md", "b.markdown"]


# ---------------------------------------------------------------- before: copied text
def test_nothing_of_the_markup_leaks_into_the_release():
    # Read as copied text, the release's title was '---', its first paragraph the front
    # matter and its heading '## What changes'.
    release = _read(RELEASE).release
    text = _all_text(release)
    for leak in ("---", "**", "## ", "](", "title:", "> ", "- 12"):
        assert leak not in text
    assert release.title.text == "Port Authority opens new ferry terminal"


# ---------------------------------------------------------------- front matter
def test_front_matter_fields_are_the_releases():
    result = _read(RELEASE)
    release, report = result.release, result.report
    assert report.kind == "markdown"
    assert release.lang == "en"
    assert release.meta.published.get("value") == "2025-03-05"
    assert release.meta.published.text == "March 5, 2025"
    assert release.meta.publisher.text == "Port Authority of Northshore"
    assert release.subtitle is not None
    assert release.subtitle.text == "A second terminal doubles the harbour's capacity"
    assert release.id == "2025-03-05-port-authority-opens-new-ferry-terminal"
    guesses = {(g.what, g.line): g for g in report.guesses}
    assert guesses[("lang", 4)].rule == "the front matter's lang"
    assert "14:40 +09:00 not kept" in guesses[("date", 3)].rule
    assert guesses[("dropped", 7)].value == "categories"  # unknown keys: said, not read


def test_the_date_is_the_day_in_its_own_offset():
    # Jekyll's form: 23:30 in New York is already the 6th in Tokyo, still the 5th there.
    text = "---\ntitle: T\ndate: 2025-03-05 23:30:00 -0500\npublisher: P\n---\nText.\n"
    assert _read(text).release.meta.published.get("value") == "2025-03-05"


def test_the_front_matter_title_heads_a_body_without_its_heading():
    text = ("---\ntitle: Harbour opens terminal\ndate: 2025-03-05\npublisher: Port\n---\n\n"
            "## Background\n\nThe harbour opened a terminal.\n")
    release = _read(text).release
    assert release.title.text == "Harbour opens terminal"
    assert release.title.line == 2
    assert [b.name for b in _blocks(release) if isinstance(b, Segment)] == ["heading", "p"]


def test_language_and_publisher_are_read_and_author_yields_to_default_publisher():
    text = ("---\ntitle: Nueva terminal\ndate: '2025-03-05'\nlanguage: es\n"
            "author:\n  - Gabinete de Prensa\n---\n\nLa terminal costó 45 millones de euros.\n")
    release = _read(text).release
    assert release.lang == "es"
    assert release.meta.published.text == "5 de marzo de 2025"
    assert release.meta.publisher.text == "Gabinete de Prensa"
    # A site's author is often the press officer: the project's own publisher wins.
    release = _read(text, default_publisher="Ministerio de Transportes").release
    assert release.meta.publisher.text == "Ministerio de Transportes"
    with_publisher = text.replace("language: es\n", "language: es\npublisher: Puerto\n")
    release = _read(with_publisher, default_publisher="Ministerio de Transportes").release
    assert release.meta.publisher.text == "Puerto"


def test_yaml_subset_values():
    keys, taken = front_matter(
        '---\ntitle: "Quoted \\"title\\" \\u00e9"\nsummary: >-\n  folded over\n  two lines\n'
        "tags: [a, 'b, c', \"d\"]\nimages:\n  - /one.jpg\n  - '/two.jpg'\n"
        "params:\n  weight: 3\nnote: it''s plain # a comment\nempty: ~\n---\nBody\n", "x.md")
    assert taken == 14  # the body starts on line 15
    assert keys["title"].value == 'Quoted "title" é'
    assert keys["summary"].value == "folded over two lines"
    assert keys["tags"].value == ["a", "b, c", "d"]
    assert keys["images"].value == ["/one.jpg", "/two.jpg"]
    assert keys["params"].value is None  # a nested mapping: not read
    assert keys["note"].value == "it''s plain"
    assert keys["empty"].value == ""
    assert keys["images"].line == 7


def test_front_matter_images_are_photos():
    text = ("---\ntitle: T\ndate: 2025-03-05\npublisher: P\nimages: [/img/a.jpg, "
            "/img/b.jpg]\n---\nText.\n")
    release = _read(text).release
    assert [f.src for f in release.figures] == ["/img/a.jpg", "/img/b.jpg"]


@pytest.mark.parametrize(("front", "line", "column", "message"), [
    ("title: Ferry: new terminal", 2, 1, "quote it"),
    ('title: "never closed', 2, 1, "not closed"),
    ("title: *alias", 2, 1, "anchors, aliases and tags"),
    ("just a line", 2, 1, "not a 'key: value' line"),
    ("  indented: x", 2, 3, "an indented line under no key"),
    ("tags: [a, b", 2, 1, "not closed"),
    ("title: A\ntitle: B", 3, 1, "given twice (first at line 2)"),
    ("date: 5 March 2025", 2, 1, "is no date"),
    ("date: 2025-02-30", 2, 1, "is no date"),
    ('title: "bad \\q escape"', 2, 1, "unknown escape"),
])
def test_malformed_front_matter_is_one_error_at_its_line(front, line, column, message):
    text = f"---\n{front}\n---\nText.\n"
    with pytest.raises(InputError) as caught:
        _read(text, publisher="P", date=dt.date(2025, 3, 5))
    assert (caught.value.line, caught.value.column) == (line, column)
    assert caught.value.message.startswith("malformed front matter: ")
    assert message in caught.value.message


def test_an_unclosed_front_matter_in_a_markdown_file_is_refused():
    with pytest.raises(InputError, match="not closed") as caught:
        _read("---\ntitle: T\n\nText.\n")
    assert caught.value.line == 1


def test_the_cli_says_file_line_column_and_exits_2(tmp_path):
    source = tmp_path / "release.md"
    source.write_text("---\ntitle: A\ndate: 2025-03-05\n  stray: x\n---\nText.\n",
                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "toolkit", "normalize", str(source), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 2
    assert f"{source}:4:3: error: malformed front matter" in done.stderr
    assert "Traceback" not in done.stderr


# ---------------------------------------------------------------- Hugo's TOML front matter
TOML_RELEASE = """\
+++
title = "Port Authority opens new ferry terminal"
date = 2025-03-05T14:40:00+09:00
lang = "en"
author = "Port Authority of Northshore"
description = \"\"\"
A second terminal doubles
the harbour's capacity\"\"\"
images = ["/img/terminal.jpg"]
draft = false
categories = ["news", "transport"]

[params]
weight = 3
+++

The **Port Authority of Northshore** opened its new ferry terminal on *March 5, 2025*,
at a cost of $45 million.
"""


def test_toml_front_matter_is_read_as_yamls_is_and_nothing_of_it_leaks():
    # Read as Markdown without it, the front matter was the first two paragraphs
    # ('+++ title = "Port Authority ...', '[params] weight = 3 +++').
    for name in ("release.md", "release.txt"):
        result = _read(TOML_RELEASE, name)
        release, report = result.release, result.report
        assert report.kind == "markdown"
        for leak in ("+++", "title =", "[params]", "weight"):
            assert leak not in _all_text(release)
        assert release.title.text == "Port Authority opens new ferry terminal"
        assert release.lang == "en"
        assert release.meta.published.get("value") == "2025-03-05"
        assert release.meta.publisher.text == "Port Authority of Northshore"
        assert release.subtitle is not None
        assert release.subtitle.text == "A second terminal doubles the harbour's capacity"
        assert [f.src for f in release.figures] == ["/img/terminal.jpg"]
        guesses = {(g.what, g.line): g for g in report.guesses}
        assert guesses[("title", 2)].rule == "the front matter's title"
        assert "14:40 +09:00 not kept" in guesses[("date", 3)].rule
        assert guesses[("dropped", 11)].value == "categories, params"
        assert "Port Authority of Northshore" in release.body[0].text


def test_toml_values():
    keys, taken = front_matter(
        '+++\ntitle = "T"\ndate = 2025-03-05T14:40:00Z\nday = 2025-03-05\n'
        'summary = """\ntitle = "no key: inside the string"\n"""\n"quoted key" = 1\n'
        "draft = true\ntags = ['a', 'b']\nnumbers = [1, 2]\nparams.x = 1\n"
        "inline = { a = 1 }\n[[menu.main]]\nname = 'x'\n[taxonomies]\ntitle = 'nested'\n"
        "+++\nBody\n", "x.md")
    assert taken == 18  # the body starts on line 19
    assert keys["title"] == Entry("T", 2)  # not the table's "title" below, nor the string's
    assert keys["date"].value == "2025-03-05T14:40:00+00:00"  # as written, its offset kept
    assert keys["day"].value == "2025-03-05"
    assert keys["summary"] == Entry('title = "no key: inside the string"\n', 5)
    assert keys["quoted key"] == Entry("1", 8)
    assert keys["draft"].value == "true"
    assert keys["tags"].value == ["a", "b"]
    assert keys["numbers"].value == ["1", "2"]
    # a table, an array of tables, a dotted key's table: nested, not read
    assert keys["params"] == Entry(None, 12)
    assert keys["inline"] == Entry(None, 13)
    assert keys["menu"] == Entry(None, 14)
    assert keys["taxonomies"] == Entry(None, 16)


def test_a_toml_date_as_text_or_a_local_datetime_is_the_day():
    for date in ('"2025-03-05"', "2025-03-05", "2025-03-05T23:30:00-05:00",
                 "2025-03-05 23:30:00"):
        text = f'+++\ntitle = "T"\ndate = {date}\npublisher = "P"\n+++\nText.\n'
        assert _read(text).release.meta.published.get("value") == "2025-03-05", date


@pytest.mark.parametrize(("front", "line", "column", "message"), [
    # tomllib's own words, its place moved from the message to the file's line and column
    ('title = "never closed', 2, 1, "invalid TOML"),
    ("title = Ferry terminal", 2, 9, "invalid TOML"),
    ("just a line", 2, 6, "invalid TOML"),
    ('title = "A"\ntitle = "B"', 3, 1, "invalid TOML"),
    ('tags = ["a",', 2, 1, "invalid TOML"),  # at the end of the front matter
    ('Title = "A"\ntitle = "B"', 3, 1, "'title' is given twice (first at line 2)"),
    ("date = 14:40:00", 2, 1, "is no date"),
])
def test_malformed_toml_front_matter_is_one_error_at_its_place(front, line, column, message):
    text = f"+++\n{front}\n+++\nText.\n"
    with pytest.raises(InputError) as caught:
        _read(text, publisher="P", date=dt.date(2025, 3, 5))
    assert (caught.value.line, caught.value.column) == (line, column)
    assert caught.value.message.startswith("malformed front matter: ")
    assert message in caught.value.message
    assert "(at " not in caught.value.message


def test_an_unclosed_toml_front_matter_in_a_markdown_file_is_refused():
    with pytest.raises(InputError, match=re.escape("'+++' is not closed")) as caught:
        _read('+++\ntitle = "T"\n\nText.\n')
    assert caught.value.line == 1


def test_the_cli_says_where_toml_is_malformed_and_exits_2(tmp_path):
    source = tmp_path / "release.md"
    source.write_text('+++\ntitle = "A"\ndate = 2025-03-05\nlang = en\n+++\nText.\n',
                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "toolkit", "normalize", str(source), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 2
    assert f"{source}:4:8: error: malformed front matter: invalid TOML: " in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# ---------------------------------------------------------------- the body
def test_body_structure_is_a_pages():
    release = _read(RELEASE).release
    blocks = _blocks(release)
    kinds = [b.name if isinstance(b, Segment) else "ordered" if b.ordered else "unordered"
             for b in blocks]
    assert kinds == ["p", "heading", "unordered", "ordered", "quote"]
    first = blocks[0]
    assert isinstance(first, Segment)
    names = {s.name: s for s in _spans(first.content)}
    assert names["strong"].text == "Port Authority of Northshore"
    assert names["em"].text == "March 5, 2025"
    assert names["link"].get("href") == "https://port.example/terminal"
    assert names["link"].text == "our site"
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    assert [i.text for i in lists[0].items] == ["12 sailings a day", "3,500 passengers an hour"]
    assert blocks[-1].text == '"This terminal doubles our capacity," said the director.'


def test_each_block_has_its_line_in_the_markdown_file():
    release = _read(RELEASE).release
    assert [b.line if isinstance(b, Segment) else b.items[0].line
            for b in _blocks(release)] == [11, 14, 16, 19, 22]


def test_values_are_recognised_inside_the_markup():
    first = _blocks(_read(RELEASE).release)[0]
    assert isinstance(first, Segment)
    values = {s.name: s for s in _spans(first.content)}
    assert values["date"].get("value") == "2025-03-05"
    assert values["money"].get("value") == "45000000"
    assert values["money"].get("currency") == "USD"


def test_shortcodes_and_liquid_tags_are_dropped_a_figure_kept():
    text = ("---\ntitle: T\ndate: 2025-03-05\npublisher: P\n---\n\nFirst paragraph.\n\n"
            '{{< figure src="/img/ferry.jpg" caption="The new terminal" alt="A ferry" >}}\n\n'
            "{{< youtube abc123 >}}\n\n{% include signup.html %}\n\n"
            "Second {{ site.title }} paragraph.\n")
    result = _read(text)
    release = result.release
    assert _all_text(release).count("{") == 0
    assert [b.text for b in _blocks(release)] == ["First paragraph.", "Second paragraph."]
    [figure] = release.figures
    assert figure.src == "/img/ferry.jpg"
    assert figure.caption is not None and figure.caption.text == "The new terminal"
    assert figure.alt is not None and figure.alt.text == "A ferry"
    dropped = next(g for g in result.report.guesses if g.what == "dropped"
                   and "shortcodes" in g.rule)
    assert dropped.value == ("{{< youtube >}} (line 11), {% include %} (line 13), "
                             "{{ ... }} (line 15)")
    assert dropped.line == 11


def test_raw_html_is_not_passed_through():
    text = ("---\ntitle: T\ndate: 2025-03-05\npublisher: P\n---\n\nSafe text.\n\n"
            "<script>alert('x')</script>\n\nInline <b onclick=\"x()\">bold</b> word.\n"
            "<!-- more -->\n")
    result = _read(text)
    data = render(result.release, "release.md").decode("utf-8")
    assert "script" not in data and "alert" not in data and "onclick" not in data
    assert "more" not in data and "<b " not in data and "&lt;" not in data
    assert [b.text for b in _blocks(result.release)] == ["Safe text.", "Inline bold word."]
    dropped = next(g for g in result.report.guesses if g.value.startswith("raw HTML"))
    assert dropped.value == "raw HTML ×4" and dropped.line == 9


def test_markdown_it_is_loaded_only_for_a_markdown_input():
    code = ("import sys; from toolkit.normalize import normalize; "
            "normalize(b'Ministry of Transport\\n\\nFerry terminal opens\\n\\nMarch 5, 2025\\n\\n"
            "The terminal opened today.\\n', 'in.txt'); print('markdown_it' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_the_documented_markdown_example():
    doc = NORMALIZING.read_text(encoding="utf-8")
    example = re.search(r"```markdown\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    release = _read(example.group(1)).release
    assert release.title.text == "Harbour opens second ferry terminal"
    assert release.meta.published.get("value") == "2025-03-05"
    assert release.meta.publisher.text == "Port Authority of Northshore"
    assert release.subtitle is not None
    assert release.subtitle.text == "The terminal doubles the harbour's capacity"
    [paragraph] = _blocks(release)
    assert isinstance(paragraph, Segment)
    assert paragraph.text == ("The terminal opened on March 5, 2025 after two years of work, "
                              "at a cost of $45 million.")
    assert {s.name for s in _spans(paragraph.content)} >= {"strong", "date", "link", "money"}
    render(release, "release.md")  # valid against the schema
