"""The catalog model's header: fields read and set whatever the case of their names."""

from toolkit.catalog import Header, set_fields

FIELDS = (("Project-Id-Version", "a"), ("plural-forms", "nplurals=1; plural=0;"),
          ("Plural-Forms", "nplurals=2; plural=(n != 1);"))


def test_a_field_is_read_whatever_the_case_of_its_name_and_the_first_spelling_wins():
    header = Header(FIELDS)
    assert header["Plural-Forms"] == header["PLURAL-FORMS"] == "nplurals=1; plural=0;"
    assert header.get("project-id-version") == "a"
    assert header.get("Language") is None and header.get("Language", "") == ""
    assert "LANGUAGE" not in header and "Plural-Forms" in header
    assert list(header) == ["Project-Id-Version", "plural-forms", "Plural-Forms"]


def test_a_field_set_keeps_the_files_spelling_and_is_not_added_twice():
    # A catalog a tool wrote with lower-case names, re-dated: one field, as msgfmt reads.
    fields = (("Project-Id-Version", "a"), ("po-revision-date", "2024-01-01 00:00+0000"))
    assert set_fields(fields, {"PO-Revision-Date": "2026-11-30 06:00+0000"}) == (
        ("Project-Id-Version", "a"), ("po-revision-date", "2026-11-30 06:00+0000"))
    assert set_fields(fields, {"PO-REVISION-DATE": None}) == (("Project-Id-Version", "a"),)
    assert set_fields(fields, {"Language": "fr"})[-1] == ("Language", "fr")
