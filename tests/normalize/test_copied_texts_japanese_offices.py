"""A Japanese prefecture's or city's press release pasted as text: the date line, the
issuing department under it (the prefecture and its bureau, division or section), then
the headline; the body, "記" and its items, the closing "以上", and the contact block
under it (【問い合わせ先】 with the division, telephone, FAX and mail lines)."""

from __future__ import annotations

import pytest

from toolkit.model import Release
from toolkit.normalize import Options, Report, normalize

from .pages import texts

HEADLINE = "みなと大橋の補修工事に伴う通行止めについて"
OPENING = "　みなと県では、令和７年３月１０日（月）午後２時３０分から約３０分間、みなと大橋を全面通行止めにします。"


def read(text: str) -> tuple[Release, Report]:
    result = normalize(text.encode("utf-8"), "input.txt", Options())
    return result.release, result.report


@pytest.mark.parametrize("office", [
    "みなと県県土整備部",             # the prefecture and its department
    "みなと県 県土整備部 道路維持課",  # ... its division, parted by spaces
    "みなと県",                        # the prefecture alone
    "北海道建設部",                    # 道, 府 and 都 are prefectures too
    "大阪府商工労働部",
    "東京都港湾局",
    "さくら市総務部広報課",            # a city, its name in hiragana
    "外務省報道課",                    # a ministry's division
])
def test_the_issuing_office_under_the_date_line_is_the_publisher_not_the_title(office):
    release, _ = read(f"令和7年3月3日\n{office}\n\n{HEADLINE}\n\n{OPENING}\n")
    assert release.title.text == HEADLINE
    assert release.meta.publisher.text == office
    assert release.figures == ()  # the headline is no photo's description
    assert texts(release) == ["p: " + OPENING.strip()]


def test_a_headline_that_names_an_office_is_still_the_title():
    release, _ = read(f"令和7年3月3日\nみなと県\n\nみなと県道路整備計画の策定について\n\n{OPENING}\n")
    assert release.title.text == "みなと県道路整備計画の策定について"
    assert release.meta.publisher.text == "みなと県"
