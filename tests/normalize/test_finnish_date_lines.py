"""Finnish date lines: the date and its hour after "klo" or "kello" (o'clock), as the
Government's releases and e-mails print them, perhaps after the kind of release."""

from __future__ import annotations

import pytest

from toolkit.normalize import Options, normalize
from toolkit.normalize.structure import read_dateline


@pytest.mark.parametrize("line", [
    "24.12.2022 klo 14.40", "24.12.2022 kello 14.40", "Tiedote 24.12.2022 klo 14.40",
    "24. joulukuuta 2022 klo 14.40", "24.12.2022 14.40",
])
def test_a_date_line_may_end_with_its_hour_after_klo(line):
    dateline = read_dateline(line, 1, ["fi"])
    assert dateline is not None and dateline.date.get("value") == "2022-12-24"
    assert dateline.place is None


def test_an_hour_after_klo_in_prose_makes_no_date_line():
    assert read_dateline("Tilaisuus alkaa 24.12.2022 klo 14.40 ministeriössä", 1, ["fi"]) is None


def test_the_ministry_over_a_date_line_with_its_hour_is_the_publisher_not_a_photo():
    # The date line was not one: the ministry and the date line became photos'
    # descriptions, the headline a third, and the release took the e-mail's date.
    text = ("Ulkoministeriö\nTiedote 24.12.2022 klo 14.40\n\n"
            "Ulkoministeri tapaa Ruotsin ulkoministerin\n\n"
            "Ulkoministeri tapaa Ruotsin ulkoministerin Helsingissä. Tapaaminen on lyhyt.\n")
    release = normalize(text.encode(), "in.txt", Options(lang="fi")).release
    assert release.title.text == "Ulkoministeri tapaa Ruotsin ulkoministerin"
    assert release.meta.publisher.text == "Ulkoministeriö"
    assert release.meta.published.get("value") == "2022-12-24"
    assert not release.figures
