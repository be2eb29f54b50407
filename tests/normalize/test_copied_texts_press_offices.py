"""English-language press offices' conventions (US, UK, Canadian, Australian releases)
pasted as text: the labels over the headline ("FOR IMMEDIATE RELEASE", "Media
Advisory"), a contact block at the top, the page-continuation mark "- more -", the end
marks ("ENDS", "###", "-30-") and the end matter under them. Each is read as the HTML
reader reads the same page: a label over the h1 is dropped, ENDS is dropped and the
notes to editors under it kept, the contact under "-30-" kept, what follows "###" the
site's."""

from __future__ import annotations

import html

from toolkit.model import Release
from toolkit.normalize import Options, Report, normalize
from toolkit.normalize.structure import read_dateline

from .pages import page, texts

OPENING = ("The Town of Maple launches a free winter shuttle on December 15, 2026, and the "
           "first buses leave the town hall at seven.")
SHUTTLE = "p: " + OPENING
CNW = f"MAPLE, Ont., Dec. 1, 2026 /CNW/ - {OPENING}"


def read(text: str) -> tuple[Release, Report]:
    result = normalize(text.encode("utf-8"), "input.txt", Options(publisher="Town of Maple"))
    return result.release, result.report


def as_page(lines: list[str], title: str) -> tuple[Release, Report]:
    """The same release as a page: each line above the headline a paragraph over the h1,
    each line under it a paragraph."""
    at = lines.index(title)
    above = "".join(f"<p>{html.escape(line)}</p>" for line in lines[:at] if line)
    below = "".join(f"<p>{html.escape(line)}</p>" for line in lines[at + 1:] if line)
    data = page(f"<main>{above}<h1>{html.escape(title)}</h1>{below}</main>",
                f"<title>{html.escape(title)}</title>")
    result = normalize(data, "page.html", Options(publisher="Town of Maple"))
    return result.release, result.report


def dropped(report: Report) -> list[str]:
    return [g.value for g in report.guesses if g.what == "dropped"]


# ------------------------------------------------------------ labels over the headline
def test_for_immediate_release_over_the_headline_is_dropped_not_the_title():
    for label in ("FOR IMMEDIATE RELEASE", "For Immediate Release", "For immediate release"):
        lines = ["NEWS RELEASE", label, "", "", "Town of Maple Launches Winter Shuttle", "",
                 CNW, "", "The shuttle runs every 30 minutes.", "", "-30-"]
        for release, report in (read("\n".join(lines)),
                                as_page(lines, "Town of Maple Launches Winter Shuttle")):
            assert release.title.text == "Town of Maple Launches Winter Shuttle", label
            assert release.figures == ()
            assert texts(release) == [SHUTTLE, "p: The shuttle runs every 30 minutes."]
            assert label in dropped(report)
    release, _ = read("\n".join(lines))
    assert release.id == "2026-12-01-town-of-maple-launches-winter-shuttle"


def test_a_media_advisory_for_release_on_a_date_is_dated_by_it_and_titled_by_the_headline():
    lines = ["MEDIA ADVISORY", "FOR RELEASE: March 3, 2026", "", "Maple to Open Its New Arena",
             "", "MAPLE, Ont., March 3, 2026 -- The Town of Maple opens its new arena on "
             "March 10, 2026, with a free public skate.", "", "Doors open at 10 a.m."]
    for release, report in (read("\n".join(lines)),
                            as_page(lines, "Maple to Open Its New Arena")):
        assert release.title.text == "Maple to Open Its New Arena"
        assert release.meta.published.get("value") == "2026-03-03"
        assert release.meta.place.text == "MAPLE, Ont."  # not "FOR RELEASE"
        assert "MEDIA ADVISORY" in dropped(report)


def test_a_release_label_before_a_date_is_no_place():
    for line in ("FOR RELEASE: March 3, 2026", "For immediate release: 3 March 2026",
                 "For release on March 3, 2026"):
        dateline = read_dateline(line, 1, ("en",))
        assert dateline is not None and dateline.date.get("value") == "2026-03-03"
        assert dateline.place is None, line


# ------------------------------------------------------------ a contact block at the top
CONTACT_END = ["heading: Contact:", "p: Jane Roe", "p: Communications Director",
               "p: 613-555-0199", "p: jane.roe@example.ca"]


def contacts(report: Report) -> list[str]:
    return [g.value for g in report.guesses if g.what == "contact"]


def test_a_contact_block_over_the_headline_is_the_releases_contact_at_its_end():
    # US style: the contact over the headline. The translated pages would lose it if it
    # were dropped as a label; it is the release's contact, read as one under the text.
    lines = ["NEWS RELEASE", "For Immediate Release", "", "Contact:", "Jane Roe",
             "Communications Director", "613-555-0199", "jane.roe@example.ca", "",
             "Town of Maple Launches Winter Shuttle", "", CNW, "",
             "The shuttle runs every 30 minutes.", "", "-30-"]
    for release, report in (read("\n".join(lines)),
                            as_page(lines, "Town of Maple Launches Winter Shuttle")):
        assert release.title.text == "Town of Maple Launches Winter Shuttle"
        assert release.meta.published.get("value") == "2026-12-01"
        assert texts(release) == [SHUTTLE, "p: The shuttle runs every 30 minutes.",
                                  *CONTACT_END]
        assert contacts(report) == ["Contact: / Jane Roe / Communications Director / "
                                    "613-555-0199 / jane.roe@example.ca"]
        assert {"NEWS RELEASE", "For Immediate Release"} <= set(dropped(report))


def test_a_contact_block_over_the_headline_ends_at_a_release_label_or_the_date():
    lines = ["MEDIA CONTACT", "Jane Roe", "613-555-0199", "FOR IMMEDIATE RELEASE",
             "March 3, 2026", "", "Maple to Open Its New Arena", "", OPENING]
    for release, report in (read("\n".join(lines)),
                            as_page(lines, "Maple to Open Its New Arena")):
        assert release.title.text == "Maple to Open Its New Arena"
        assert release.meta.published.get("value") == "2026-03-03"
        assert texts(release) == [SHUTTLE, "heading: MEDIA CONTACT", "p: Jane Roe",
                                  "p: 613-555-0199"]
        assert "FOR IMMEDIATE RELEASE" in dropped(report)


HEADLINE = "Town of Maple Launches Winter Shuttle"


def test_a_contact_block_run_straight_into_the_headline_ends_at_it():
    # A wire's plain text puts no blank line under the contact: the headline was taken
    # for one of its lines, and the date line or the wire's dateline had no title.
    block = ["Contact:", "Jane Roe", "Communications Director", "613-555-0199",
             "jane.roe@example.ca"]
    for under in ([CNW], ["December 1, 2026", "", OPENING],
                  [f"MAPLE, Ont., Dec. 1, 2026 -- {OPENING}"]):
        release, report = read("\n".join([*block, HEADLINE, *under,
                                          "", "The shuttle runs every 30 minutes."]))
        assert release.title.text == HEADLINE, under
        assert release.meta.published.get("value") == "2026-12-01"
        assert texts(release) == [SHUTTLE, "p: The shuttle runs every 30 minutes.",
                                  *CONTACT_END]
        assert contacts(report) == [" / ".join(block)]


def test_a_long_job_title_over_the_date_line_stays_the_contacts():
    # The headline is told by the text under the date line, not by the line's looks: a
    # contact's last line over the date line, with the headline under it, stays its own.
    lines = ["Contact:", "Jane Roe", "Director of Public Affairs and Outreach",
             "December 1, 2026", "", HEADLINE, "", OPENING]
    release, report = read("\n".join(lines))
    assert release.title.text == HEADLINE
    assert contacts(report) == ["Contact: / Jane Roe / Director of Public Affairs and "
                                "Outreach"]


def test_a_contact_s_phone_or_address_run_into_the_date_line_is_no_headline():
    for last in ("+1 613 555 0199 ext 42", "press@maple.example (media only)"):
        lines = ["Media contact:", "Jane Roe", last, "December 1, 2026", "", OPENING]
        release, report = read("\n".join(lines))
        assert contacts(report) == [f"Media contact: / Jane Roe / {last}"], last
        assert release.meta.published.get("value") == "2026-12-01"


def test_a_contact_over_the_headline_in_lines_parted_by_br_is_the_releases_too():
    data = page("<main><p>FOR IMMEDIATE RELEASE</p><p>Media Contact:<br>Jane Roe<br>"
                "613-555-0199</p><h1>Maple to Open Its New Arena</h1><p>March 3, 2026</p>"
                f"<p>{OPENING}</p></main>", "<title>Maple to Open Its New Arena</title>")
    result = normalize(data, "page.html", Options(publisher="Town of Maple"))
    assert texts(result.release) == [SHUTTLE, "heading: Media Contact:", "p: Jane Roe",
                                     "p: 613-555-0199"]
    assert contacts(result.report) == ["Media Contact: / Jane Roe / 613-555-0199"]


def test_a_one_line_media_contact_over_the_headline_is_the_releases():
    lines = ["FOR IMMEDIATE RELEASE", "Media contact: Jane Roe, 613-555-0199", "",
             "Town of Maple Launches Winter Shuttle", "", CNW]
    for release, report in (read("\n".join(lines)),
                            as_page(lines, "Town of Maple Launches Winter Shuttle")):
        assert release.title.text == "Town of Maple Launches Winter Shuttle"
        assert texts(release) == [SHUTTLE, "p: Media contact: Jane Roe, 613-555-0199"]
        assert contacts(report) == ["Media contact: Jane Roe, 613-555-0199"]


# ------------------------------------------------------------ the release's kind
def test_a_press_release_label_over_the_headline_is_dropped_in_both_readers():
    # A page prints it over its h1 as it prints "FOR IMMEDIATE RELEASE": what kind of
    # document this is, the same on every release, not the section of the site
    # (`series`) that a breadcrumb names.
    for label in ("PRESS RELEASE", "NEWS RELEASE", "Media release", "Press Release"):
        lines = [label, "March 3, 2026", "", "Maple to Open Its New Arena", "", OPENING]
        for release, report in (read("\n".join(lines)),
                                as_page(lines, "Maple to Open Its New Arena")):
            assert release.title.text == "Maple to Open Its New Arena", label
            assert release.meta.series is None, label
            assert label in dropped(report)
            assert texts(release) == [SHUTTLE]


def test_a_section_name_over_the_headline_is_still_the_series():
    for section in ("Newsroom", "Press Releases", "Statements", "Home > Press Release"):
        release, _ = read(f"{section}\nMaple to Open Its New Arena\nMarch 3, 2026\n\n"
                          f"{OPENING}\n")
        assert release.meta.series is not None, section
        assert release.meta.series.text == section.split(" > ")[-1]
        assert release.title.text == "Maple to Open Its New Arena"


# ------------------------------------------------------------ page continuation
def test_more_between_pages_is_dropped_by_both_readers():
    for mark in ("- more -", "-more-", "– MORE –", "(more)"):
        lines = ["Town of Maple Launches Winter Shuttle", "", CNW, "", mark, "",
                 "The shuttle runs every 30 minutes.", "", "-30-"]
        for release, report in (read("\n".join(lines)),
                                as_page(lines, "Town of Maple Launches Winter Shuttle")):
            assert texts(release) == [SHUTTLE, "p: The shuttle runs every 30 minutes."], mark
            assert mark in dropped(report)


# ------------------------------------------------------------ end marks and end matter
UK = """\
PRESS RELEASE
EMBARGOED UNTIL 00:01 GMT, TUESDAY 10 MARCH 2026

Acme Corp announces new factory in Leeds

LEEDS, 10 March 2026 – Acme Corp today announced a £40 million investment in a new factory \
that will create 250 jobs.

Construction starts in June 2026.

{ends}

{notes}
1. Acme Corp employs 3,000 people.
2. Images are available on request.

About Acme Corp
Acme Corp makes widgets in Leeds and Lyon.

For more information contact:
Bob Jones, 0113 496 0000, bob@acme.example
"""
UK_END = ["item: Acme Corp employs 3,000 people.", "item: Images are available on request.",
          "heading: About Acme Corp", "p: Acme Corp makes widgets in Leeds and Lyon.",
          "heading: For more information contact:",
          "p: Bob Jones, 0113 496 0000, bob@acme.example"]


def test_ends_is_dropped_and_the_notes_to_editors_under_it_kept():
    for ends in ("ENDS", "-ENDS-", "– Ends –", "- END -"):
        release, report = read(UK.format(ends=ends, notes="Notes to editors"))
        assert texts(release) == [
            "p: Acme Corp today announced a £40 million investment in a new factory that "
            "will create 250 jobs.", "p: Construction starts in June 2026.",
            "heading: Notes to editors", *UK_END], ends
        assert ends in dropped(report)


def test_the_labels_of_notes_to_editors_are_headings():
    for notes in ("Notes to editors", "Note to editors:", "NOTES TO EDITORS",
                  "Notes for editors:", "Editor's note:", "Editors’ notes"):
        release, _ = read(UK.format(ends="ENDS", notes=notes))
        assert texts(release)[2:] == [f"heading: {notes}", *UK_END], notes


def test_the_contact_under_thirty_is_kept_and_what_follows_three_hashes_is_not():
    body = (f"Maple to Open Its New Arena\nMarch 3, 2026\n\nMAPLE, Ont., March 3, 2026 – "
            f"{OPENING}\n\n"
            "{mark}\n\n{after}\n")
    for mark in ("-30-", "- 30 -", "– 30 –"):
        for after in ("Source: Jane Roe, Communications Director, 613-555-0199",
                      "For more information:\nJane Roe\n613-555-0199"):
            release, _ = read(body.format(mark=mark, after=after))
            assert texts(release)[0] == SHUTTLE
            assert "Jane Roe" in " ".join(texts(release)[1:]), (mark, after)
            assert mark not in " ".join(texts(release))
    for mark in ("###", "# # #"):
        release, report = read(body.format(mark=mark, after="MEDIA CONTACT\nJane Roe\n"
                                           "613-555-0199"))
        assert texts(release) == [SHUTTLE]
        assert any(value.startswith(mark) for value in dropped(report))


def test_a_media_contact_block_before_the_end_mark_is_the_releases():
    release, _ = read(f"Maple to Open Its New Arena\nMarch 3, 2026\n\n{OPENING}\n\n"
                      "MEDIA CONTACT\nJane Roe\n613-555-0199\n\n###\n")
    assert texts(release) == [SHUTTLE, "heading: MEDIA CONTACT", "p: Jane Roe",
                              "p: 613-555-0199"]


def test_an_australian_media_release_ends_and_keeps_its_media_contact():
    release, report = read("Media release\nTuesday 3 March 2026\n\n"
                           "Council opens new library in Bayside\n\n"
                           "Bayside City Council today opened a new library on Beach Road.\n\n"
                           "Mayor Jo Smith said the library would serve 20,000 residents.\n\n"
                           "ENDS\n\nMedia contact:\nSam Lee\n0400 000 000\n")
    assert release.title.text == "Council opens new library in Bayside"
    assert release.meta.published.get("value") == "2026-03-03"
    assert texts(release)[2:] == ["heading: Media contact:", "p: Sam Lee", "p: 0400 000 000"]
    assert "ENDS" in dropped(report)


def test_a_contact_block_under_the_title_is_the_releases():
    release, report = read("Maple to Open Its New Arena\nFOR IMMEDIATE RELEASE\n"
                           f"March 3, 2026\n\n{OPENING}\n\nContact:\nJane Roe\n613-555-0199\n\n"
                           "The arena seats 2,000 people.\n")
    assert release.title.text == "Maple to Open Its New Arena"
    assert "FOR IMMEDIATE RELEASE" in dropped(report)
    assert "Jane Roe" in " ".join(texts(release))
