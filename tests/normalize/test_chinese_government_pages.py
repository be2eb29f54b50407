"""A Chinese government office's own pages and copied text: the meta line under the
title, its labelled fields one space apart ("发布时间：2025-03-03 10:20 来源：区生态环境局"),
gives the date; its source names the publisher where nothing else does; the text size
and view counter are the page's."""

from __future__ import annotations

import pytest

from toolkit.errors import InputError
from toolkit.model import Release, Segment
from toolkit.normalize import Options, Report, normalize
from toolkit.vocabulary import ITS_TRANSLATE

TITLE = "浦东新区举办科技创新活动周"
OPENING = "浦东新区今天开幕科技创新活动周，百余家企业参加。"


def read_text(text: str, options: Options | None = None) -> tuple[Release, Report]:
    result = normalize(text.encode("utf-8"), "input.txt", options or Options(lang="zh-CN"))
    return result.release, result.report


def read_page(body: str, options: Options | None = None) -> tuple[Release, Report]:
    page = (f'<html lang="zh-CN"><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>'
            f"{body}<p>{OPENING}</p></body></html>")
    result = normalize(page.encode("utf-8"), "page.html", options or Options())
    return result.release, result.report


def paragraphs(release: Release) -> list[str]:
    return [b.text for b in release.body if isinstance(b, Segment)]


META_LINES = [
    ("发布时间：2025-03-03 10:20 来源：区生态环境局", "2025-03-03", "区生态环境局"),
    ("发布日期：2025年3月3日 来源：上海市人民政府新闻办公室 字号：大 中 小", "2025-03-03",
     "上海市人民政府新闻办公室"),
    # the date's field need not come first, and "时间" alone labels it
    ("来源：浦东新区科经委 时间：2025-03-04", "2025-03-04", "浦东新区科经委"),
]


@pytest.mark.parametrize(("meta", "value", "source"), META_LINES)
def test_copied_meta_line_gives_the_date_and_its_source_publishes(meta, value, source):
    release, report = read_text(f"{TITLE}\n\n{meta}\n\n{OPENING}\n")
    assert release.meta.published.get("value") == value
    assert release.meta.publisher.text == source
    assert paragraphs(release) == [OPENING]
    assert any(g.what == "dropped" and source in g.value for g in report.guesses)


@pytest.mark.parametrize(("meta", "value", "source"), META_LINES)
def test_a_pages_meta_line_gives_the_date_and_its_source_publishes(meta, value, source):
    release, _ = read_page(f'<div class="info">{meta}</div>')
    assert release.meta.published.get("value") == value
    assert release.meta.publisher.text == source
    assert paragraphs(release) == [OPENING]


def test_author_and_view_count_are_the_pages_and_name_no_publisher():
    meta = "时间：2025-03-03 作者：张华 浏览次数：1234"
    release, report = read_text(f"{TITLE}\n\n{meta}\n\n{OPENING}\n",
                                Options(lang="zh-CN", publisher="浦东新区人民政府"))
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.meta.publisher.text == "浦东新区人民政府"
    assert paragraphs(release) == [OPENING]
    assert [g.value for g in report.guesses if g.what == "dropped"] == [
        "作者：张华 / 浏览次数：1234"]


def test_a_source_yields_to_the_letterhead_that_names_the_publisher():
    release, _ = read_text(f"上海市生态环境局\n\n{TITLE}\n\n发布时间：2025-03-03 10:20 "
                           f"来源：区生态环境局\n\n{OPENING}\n")
    assert release.meta.publisher.text == "上海市生态环境局"


def test_a_source_yields_to_the_sites_name_on_a_page():
    page = (f"<html lang='zh-CN'><head><title>{TITLE}_上海市生态环境局</title></head><body>"
            f"<h1>{TITLE}</h1><div>发布时间：2025-03-03 10:20 来源：区生态环境局</div>"
            f"<p>{OPENING}</p></body></html>")
    release = normalize(page.encode("utf-8"), "page.html", Options()).release
    assert release.meta.publisher.text == "上海市生态环境局"


def test_a_sentence_with_a_colon_is_no_meta_line():
    text = f"{TITLE}\n\n会议指出：2025年3月3日 来源：各区上报的数据显示增长。\n\n{OPENING}\n"
    with pytest.raises(InputError, match="no date line found"):
        read_text(text)


@pytest.mark.parametrize("body", ["上海市商务委员会", "广东省教育厅", "国务院新闻办公室",
                                  "国家发展改革委"])
def test_a_commission_department_or_office_over_the_title_publishes(body):
    release, _ = read_text(f"{body}\n\n{TITLE}\n\n2025年3月3日\n\n{body}今天表示，{OPENING}\n")
    assert release.meta.publisher.text == body
    assert release.title.text == TITLE
    first = release.body[0]
    assert isinstance(first, Segment) and any(
        getattr(part, "name", "") == "org" and part.text == body for part in first.content)


@pytest.mark.parametrize("line", ["办公室", "上海市民中心大厅"])
def test_an_office_alone_or_a_hall_over_the_title_is_no_publisher(line):
    release, _ = read_text(f"{line}\n\n{TITLE}\n\n2025年3月3日\n\n{OPENING}\n",
                           Options(lang="zh-CN", publisher="浦东新区人民政府"))
    assert release.meta.publisher.text == "浦东新区人民政府"


def test_a_pages_telephone_line_is_no_message():
    page = (f'<html lang="zh-CN"><body><h1>{TITLE}</h1><p>2025年3月3日</p><p>{OPENING}</p>'
            "<p>联系电话：021-12345678</p></body></html>")
    release = normalize(page.encode("utf-8"), "page.html", Options(publisher="浦东新区")).release
    phone = next(b for b in release.body if isinstance(b, Segment) and "021" in b.text)
    assert phone.get(ITS_TRANSLATE) == "no"
