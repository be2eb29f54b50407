"""A coverage figure shown to a person or given in JSON is rounded down: it never claims
more than is translated, nor contradicts the threshold it is compared with."""

from __future__ import annotations

from toolkit.build_pair import PairResult, Status
from toolkit.qa.project import Coverage as CatalogCoverage
from toolkit.stats import LocaleTotals, StatsRow
from toolkit.translate import Count, Coverage, floored_percent, shown_percent


def test_a_shown_percentage_is_rounded_down_in_exact_arithmetic():
    assert shown_percent(8, 9) == "88%"
    assert shown_percent(8, 9, 1) == "88.8%"
    assert shown_percent(199, 200) == "99%"
    assert shown_percent(1999, 2000, 1) == "99.9%"
    assert shown_percent(3, 8, 1) == "37.5%"
    assert shown_percent(573, 1000, 1) == "57.3%"  # 57.29999... as a float
    assert shown_percent(9, 9) == "100%"
    assert shown_percent(0, 0, 1) == "100.0%"  # nothing to translate
    assert shown_percent(0, 3) == "0%"


def test_the_build_line_never_says_100_while_a_segment_is_untranslated():
    coverage = Coverage(translated=Count(199, 1000), untranslated=Count(1, 3))
    assert coverage.shown() == "99%"


def test_validate_never_says_a_catalog_below_the_threshold_reaches_it():
    # 8 of 9 is 88.89%: below a min-coverage of 88.9, so shown as 88.8%, not 88.9%.
    coverage = CatalogCoverage(translated=8, fuzzy=0, untranslated=1)
    assert coverage.percent < 88.9
    assert coverage.describe().startswith("88.8% translated (8 of 9;")


def test_a_json_percentage_is_rounded_down_to_two_decimals_in_exact_arithmetic():
    assert floored_percent(24999, 25000) == 99.99  # 99.996: never 100.0
    assert floored_percent(2, 3) == 66.66
    assert floored_percent(573, 1000) == 57.3  # 57.29999... as a float
    assert floored_percent(13, 16) == 81.25
    assert floored_percent(9, 9) == floored_percent(0, 0) == 100.0
    assert floored_percent(1, 30000) == 0.0


# One untranslated segment among 25,000: 99.996%.
ALMOST = Coverage(translated=Count(24999, 90000), untranslated=Count(1, 3))


def test_stats_json_never_says_100_while_a_segment_is_untranslated():
    row = StatsRow("r", "releases/r.xml", "ja", ALMOST).as_dict()
    totals = LocaleTotals("ja", ALMOST, releases=2).as_dict()
    assert row["percent"] == totals["percent"] == 99.99
    assert ALMOST.shown(1) == "99.9%"  # the text agrees: rounded down too


def test_build_json_never_says_100_while_a_segment_is_untranslated():
    result = PairResult(release="releases/r.xml", release_id="r", locale="ja",
                        status=Status.BUILT, coverage=ALMOST)
    assert result.as_dict()["coverage"]["percent"] == 99.99
