"""Are the catalogs up to date with their sources? Compared as models, never as bytes.

A template is fresh when it equals what `extract` gives for the current release, except
for POT-Creation-Date (the only field that changes with the clock). A catalog is fresh
when it holds exactly the live messages of its template: a message the template has and
the catalog lacks is never offered to translators; one the catalog has and the template
lost would be kept live forever. Each finding says which command fixes it.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.catalog import Catalog, Entry, Key
from toolkit.qa.codes import AT_MSGID, Finding

EXTRACT = "run `communique extract`"
UPDATE = "run `communique update`"
VOLATILE = frozenset({"POT-Creation-Date"})


def _short(text: str, width: int = 60) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[:width - 1] + "…"


def _name(key: Key) -> str:
    context, msgid = key
    where = f" (msgctxt {_short(context, 30)!r})" if context is not None else ""
    return f'"{_short(msgid)}"{where}'


_FIELDS = ("msgstr", "msgid_plural", "msgstr_plural", "flags", "translator_comments",
           "extracted_comments", "references", "previous_msgctxt", "previous_msgid",
           "previous_msgid_plural", "obsolete")


def _differing_field(actual: Entry, expected: Entry) -> str:
    for name in _FIELDS:
        if getattr(actual, name) != getattr(expected, name):
            return name.replace("_", " ")
    return "content"


def template_findings(template: Catalog, expected: Catalog, release: str) -> list[Finding]:
    """At most one `template-stale` finding: the first difference from extract's output."""
    found = next(_template_differences(template, expected, release), None)
    return [found] if found else []


def _template_differences(template: Catalog, expected: Catalog,
                          release: str) -> Iterator[Finding]:
    advice = f"the template is out of date with {release}; {EXTRACT}"
    if template.entries != expected.entries:
        actual_keys = {e.key: e for e in template.entries if not e.obsolete}
        expected_keys = {e.key: e for e in expected.entries if not e.obsolete}
        for entry in expected.entries:
            if entry.key not in actual_keys:
                yield Finding("template-stale", f"{_name(entry.key)} of the release is "
                              f"missing: {advice}", 1)
                return
        for entry in template.entries:
            if entry.key not in expected_keys:
                yield Finding("template-stale", f"{_name(entry.key)} is no longer in the "
                              f"release: {advice}", entry.line, spot=AT_MSGID)
                return
        for actual, wanted in zip(template.entries, expected.entries, strict=False):
            if actual.key != wanted.key:
                yield Finding("template-stale", f"{_name(actual.key)} is not where the "
                              f"release has it: {advice}", actual.line, spot=AT_MSGID)
                return
            if actual != wanted:
                yield Finding("template-stale", f"{_name(actual.key)} has other "
                              f"{_differing_field(actual, wanted)} than the release "
                              f"gives: {advice}", actual.line, spot=AT_MSGID)
                return
        yield Finding("template-stale", f"the entries differ from the release's: {advice}", 1)
        return
    fields = [(k, v) for k, v in template.header_fields if k not in VOLATILE]
    wanted_fields = [(k, v) for k, v in expected.header_fields if k not in VOLATILE]
    if fields != wanted_fields:
        have, want = dict(fields), dict(wanted_fields)
        names = [k for k in {**want, **have} if have.get(k) != want.get(k)]
        name = names[0] if names else "order"
        yield Finding("template-stale", f"header field {name!r} is {have.get(name)!r}, "
                      f"extract gives {want.get(name)!r}: {advice}", 1)
    elif (template.header_comments, template.header_flags) != (
            expected.header_comments, expected.header_flags):
        yield Finding("template-stale", f"the header comments differ: {advice}", 1)


def _singular(template: Catalog, entry: Entry) -> bool:
    wanted = template.lookup(entry.msgid, entry.msgctxt)
    return wanted is not None and wanted.msgid_plural is None


def catalog_findings(catalog: Catalog, template: Catalog,
                     wanted: frozenset[Key] | None = None) -> list[Finding]:
    """`catalog-stale` findings: template messages missing here, and messages it lost.

    `wanted` is the template's set of live keys, when the caller has it already.
    """
    if wanted is None:
        wanted = frozenset(e.key for e in template.live())
    have = {e.key for e in catalog.live()}
    found: list[Finding] = []
    # communique's templates have no plural messages, but a PO editor or platform may
    # make one plural: the build cannot use it (a segment has one form), update can.
    reshaped = [e for e in catalog.live() if e.msgid_plural is not None and e.key in wanted
                and _singular(template, e)]
    if reshaped:
        more = f" ({len(reshaped) - 1} more after it)" if len(reshaped) > 1 else ""
        found.append(Finding("catalog-stale", f"{_name(reshaped[0].key)} is a plural entry "
                             "(msgid_plural, msgstr[n]) where the template has one form, "
                             f"so the build does not use it{more}: {UPDATE} (it keeps the "
                             "first form for review, the others as a comment)",
                             reshaped[0].line, spot=AT_MSGID))
    if have == wanted:
        return found
    missing = [e.key for e in template.live() if e.key not in have]
    if missing:
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        found.append(Finding("catalog-stale", f"the catalog lacks {_name(missing[0])}{more} "
                             f"of its template: {UPDATE}", 1))
    extra = [e for e in catalog.live() if e.key not in wanted]
    if extra:
        more = f" ({len(extra) - 1} more after it)" if len(extra) > 1 else ""
        found.append(Finding("catalog-stale", f"{_name(extra[0].key)} is no longer in the "
                             f"template{more}: {UPDATE}", extra[0].line, spot=AT_MSGID))
    return found
