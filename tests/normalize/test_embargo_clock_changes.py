"""Embargo lines at a clock change: a written abbreviation settles the hour, else the later.

Expected instants are computed here from UTC, not from the reader's own arithmetic.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from toolkit.normalize.embargo import read_embargo
from toolkit.normalize.values import Context


def _utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)


CASES = [
    # line, language, context -> the instant in UTC, words of the note ("" for none)
    # New York shows 01:00-01:59 twice on 2 November 2025: EDT (05:xx UTC), then EST.
    ("Embargoed until 1:30 a.m. EST on 2 November 2025", "en", Context(2025, 11),
     _utc(2025, 11, 2, 6, 30), ""),
    ("Embargoed until 1:30 a.m. EDT on 2 November 2025", "en", Context(2025, 11),
     _utc(2025, 11, 2, 5, 30), ""),
    ("Embargoed until 1:30 a.m. ET on 2 November 2025", "en", Context(2025, 11),
     _utc(2025, 11, 2, 6, 30), "shown twice"),
    ("Embargoed until 2:30 a.m. EST on 2 November 2025", "en", Context(2025, 11),
     _utc(2025, 11, 2, 7, 30), ""),
    # Berlin skips 02:00-02:59 on 30 March 2025 and shows it twice on 26 October.
    ("Sperrfrist: 30.03.2025, 02:30 Uhr", "de", Context(2025, 3),
     _utc(2025, 3, 30, 1, 30), "does not exist"),
    ("Sperrfrist: 26.10.2025, 02:30 Uhr", "de", Context(2025, 10),
     _utc(2025, 10, 26, 1, 30), "shown twice"),
    ("Sperrfrist: 26.10.2025, 02:30 Uhr MESZ", "de", Context(2025, 10),
     _utc(2025, 10, 26, 0, 30), ""),
    ("Sperrfrist: 26.10.2025, 02:30 Uhr MEZ", "de", Context(2025, 10),
     _utc(2025, 10, 26, 1, 30), ""),
    ("Embargoed until 2:30 a.m. ET on 9 March 2025", "en", Context(2025, 3),
     _utc(2025, 3, 9, 7, 30), "does not exist"),
]


@pytest.mark.parametrize(("line", "lang", "context", "instant", "note"), CASES)
def test_an_hour_the_clocks_skip_or_repeat_is_never_read_early(
        line: str, lang: str, context: Context, instant: dt.datetime, note: str) -> None:
    reading = read_embargo(line, lang, context)
    value = dt.datetime.fromisoformat(reading.value)
    assert value == instant
    # The stored offset is the zone's own then, so the value reads as its clock.
    assert value.utcoffset() == value.astimezone(ZoneInfo(reading.zone)).utcoffset()
    assert note in reading.note
    if not note:
        assert reading.note == ""


def test_a_japanese_embargo_line_with_a_space_for_its_colon_is_an_embargo() -> None:
    from toolkit.normalize import Options, normalize
    done = normalize("解禁 2025年1月1日 0時 日本時間\n\nダムが開通\n\n2024年12月27日\n\n"
                     "新しいダムが本日開通した。\n".encode(), "release.txt",
                     Options(publisher="River Board"))
    embargo = done.release.meta.embargo
    assert embargo is not None
    assert (dt.datetime.fromisoformat(embargo.value), embargo.zone) == (
        _utc(2024, 12, 31, 15, 0), "Asia/Tokyo")
