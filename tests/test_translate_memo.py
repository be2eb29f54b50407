"""A memo of translated segments, shared by the releases of one locale's build, changes
nothing but the cost: each release comes out, and is counted and reported, as without it."""

from __future__ import annotations

from tests.test_translate import Tagger, catalog, release
from toolkit.model import Segment
from toolkit.placeholders import message_parts
from toolkit.translate import SegmentMemo, translate_release

BODY = ('<p>On <date value="2024-05-01" skeleton="MMMMd">May 1</date> we met.</p>'
        '<p>Contact <em>us</em>.</p><p>Bad <em>x</em></p><p>Fuzzy</p><p>Nobody</p>')
ENTRIES = (("On <date/> we met.", "Le <date/>, réunion."), ("Contact <em>us</em>.",
           "Écrivez-<em>nous</em>."), ("Bad <em>x</em>", "Mal x"),
           ("Fuzzy", "Flou", "fuzzy"), ("T", "T"), ("P", "P"))


def outcome(result: object) -> tuple:
    """All a caller is given, with each segment's and issue's line."""
    lines = [(s.name, s.line) for s in result.release.segments()]
    issues = [(i.code, i.path, i.line, i.message) for i in result.issues]
    return result.release, lines, result.coverage, issues


def both(releases: list, cat: object, **kwargs: object) -> tuple[list, list]:
    memo = SegmentMemo()
    alone = [outcome(translate_release(r, cat, "fr", formatter=Tagger(), **kwargs))
             for r in releases]
    shared = [outcome(translate_release(r, cat, "fr", formatter=Tagger(), memo=memo,
                                        **kwargs)) for r in releases]
    return alone, shared


def test_equal_segments_of_other_releases_come_out_as_without_the_memo():
    # The second release repeats the first's segments on other lines.
    first = release(BODY)
    second = release("<p>Other</p>" + BODY.replace("</p><p>", "</p>\n\n<p>"))
    alone, shared = both([first, second, first], catalog(*ENTRIES), catalog_path="fr.po",
                         release_path="r.xml")
    assert shared == alone
    # Each release's segments keep their own lines, not the first release's.
    assert [line for _, line in shared[1][1]] != [line for _, line in shared[0][1]]


def test_each_release_reports_what_it_meets_though_the_memo_answered():
    _, shared = both([release(BODY), release(BODY)], catalog(*ENTRIES), catalog_path="fr.po",
                     release_path="r.xml")
    for _, _, coverage, issues in shared:
        assert (coverage.rejected.segments, coverage.fuzzy.segments,
                coverage.untranslated.segments) == (1, 1, 1)
        assert [(code, path, line) for code, path, line, _ in issues] == [
            ("placeholder-missing", "fr.po", 12), ("fuzzy", "fr.po", 16),
            ("untranslated", "r.xml", 1)]


def test_an_answer_for_one_translation_is_not_given_for_another():
    memo = SegmentMemo()
    rel = release("<p>Contact <em>us</em>.</p>")
    one = catalog(("Contact <em>us</em>.", "Écrivez-<em>nous</em>."))
    other = catalog(("Contact <em>us</em>.", "Appelez-<em>nous</em>."))
    untranslated = catalog(("Contact <em>us</em>.", ""))
    texts = [translate_release(rel, cat, "fr", formatter=Tagger(), memo=memo)
             .release.body[0].text for cat in (one, other, untranslated, one)]
    assert texts == ["Écrivez-nous.", "Appelez-nous.", "Contact us.", "Écrivez-nous."]


def test_a_release_in_another_language_is_not_served_the_source_languages_answer():
    # A fallback is marked with its release's language: the same segment falls back in
    # an English and in a German release of one project, marked differently.
    memo = SegmentMemo()
    english = release("<p>Nobody</p>")
    german = release("<p>Nobody</p>").__class__(
        **{**{f: getattr(english, f) for f in english.__dataclass_fields__}, "lang": "de"})
    marks = [translate_release(r, catalog(("T", "T")), "fr", formatter=Tagger(), memo=memo)
             .release.body[0].get("{http://www.w3.org/XML/1998/namespace}lang")
             for r in (english, german, english)]
    assert marks == ["en", "de", "en"]


def test_a_formatter_is_part_of_what_an_answer_depends_on():
    class Other(Tagger):
        def format(self, span: object) -> str:
            return "other"

    memo = SegmentMemo()
    rel = release('<p>On <date value="2024-05-01" skeleton="MMMMd">May 1</date> we met.</p>')
    cat = catalog(ENTRIES[0])
    texts = [translate_release(rel, cat, "fr", formatter=f, memo=memo).release.body[0].text
             for f in (Tagger(), Other())]
    assert texts == ["Le [date 2024-05-01], réunion.", "Le other, réunion."]


def test_the_memo_starts_over_once_full():
    memo = SegmentMemo()
    memo.LIMIT = 3
    for n in range(10):
        segment = Segment("p", (f"Segment {n}",))
        memo.add((segment, None), message_parts(segment))
        assert len(memo.known) <= 3
    assert memo.get((Segment("p", ("Segment 9",)), None)) is not None
