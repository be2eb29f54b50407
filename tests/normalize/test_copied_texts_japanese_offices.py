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
OPENING = ("　みなと県では、令和７年３月１０日（月）午後２時３０分から約３０分間、"
           "みなと大橋を全面通行止めにします。")


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
    release, _ = read("令和7年3月3日\nみなと県\n\nみなと県道路整備計画の策定について\n\n"
                      f"{OPENING}\n")
    assert release.title.text == "みなと県道路整備計画の策定について"
    assert release.meta.publisher.text == "みなと県"


CONTACT = ["【問い合わせ先】", "みなと県県土整備部道路維持課", "担当：山田、佐藤",
           "電話：098-866-2374（直通）", "FAX：098-866-2375"]


@pytest.mark.parametrize("label", ["【問い合わせ先】", "【本件に関するお問い合わせ先】",
                                   "（照会先）", "問合せ先："])
def test_the_contact_under_the_closing_mark_is_kept(label):
    contact = "\n".join([label, *CONTACT[1:]])
    release, report = read(f"令和7年3月3日\nみなと県県土整備部\n\n{HEADLINE}\n\n{OPENING}\n\n"
                           f"以上\n\n{contact}\n\nホーム > 県政情報\n")
    assert texts(release)[1:] == [f"p: {line}" for line in [label, *CONTACT[1:]]]
    assert any(g.what == "dropped" and g.value.startswith("以上 / ホーム")
               for g in report.guesses)


def test_what_follows_the_closing_mark_without_a_contact_label_is_still_dropped():
    release, _ = read(f"令和7年3月3日\nみなと県県土整備部\n\n{HEADLINE}\n\n{OPENING}\n\n"
                      "以上\n\nこのページの先頭へ\nみなと県庁\n")
    assert texts(release) == ["p: " + OPENING.strip()]
