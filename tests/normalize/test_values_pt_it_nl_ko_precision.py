"""Values in Portuguese, Italian, Dutch and Korean prose read as their writers mean them:
thousands grouped by a space (CLDR pt_PT), a person's age after "de"/"di"/"com", two units
joined by "e" as one duration, an hour after a time preposition or inside "tussen ... en"
as a time of day, and a Korean day alone before its hour or "until"."""

from __future__ import annotations

from toolkit.model import Span
from toolkit.normalize.values import Context, recognizer


def _spans(lang: str, text: str, month: int | None = None) -> list[tuple[str, str, str]]:
    found = recognizer(lang).find(text, Context(2025, month))
    return [(s.name, dict(s.attrs).get("value", ""), str(s.content[0]))
            for f in found for s in f.parts if isinstance(s, Span)]


def test_portuguese_thousands_grouped_by_a_space_are_one_number():
    assert _spans("pt", "A área ardida é de 1 320 hectares.") == [("number", "1320", "1 320")]
    assert _spans("pt", "uma coima de 10 000 euros") == [("money", "10000", "10 000 euros")]
    assert _spans("pt", "custou 1.320 reais") == [("money", "1320", "1.320 reais")]


def test_the_years_of_a_person_after_of_or_with_are_an_age_not_a_duration():
    assert _spans("pt", "e um civil de 72 anos, transportado") == [("number", "72", "72")]
    assert _spans("it", "un imprenditore di 58 anni, a") == [("number", "58", "58")]
    assert _spans("pt", "um prazo de 10 anos") == [("duration", "P10Y", "10 anos")]
    assert _spans("it", "4 anni di reclusione") == [("duration", "P4Y", "4 anni")]


def test_two_units_joined_by_and_are_one_duration():
    assert _spans("it", "condannato a 4 anni e 6 mesi di reclusione") == [
        ("duration", "P4Y6M", "4 anni e 6 mesi")]


def test_an_hour_after_a_time_preposition_is_a_time_of_day():
    assert _spans("pt", "regressaram às 10 horas de sábado") == [("time", "10:00", "10 horas")]
    assert _spans("pt", "durante 48 horas") == [("duration", "PT48H", "48 horas")]
    assert _spans("nl", "tussen 22 uur en 6 uur") == [("time", "22:00", "22 uur"),
                                                       ("time", "06:00", "6 uur")]
    assert _spans("nl", "het duurde twee uur") == [("duration", "PT2H", "twee uur")]


def test_a_korean_day_alone_before_its_hour_or_until_is_a_date_of_the_month():
    assert ("date", "2025-06-18", "18일") in _spans("ko", "18일(수) 오전 6시까지", 6)
    assert _spans("ko", "전날인 16일까지 물을", 6) == [("date", "2025-06-16", "16일")]
    assert ("date", "2025-06-16", "16일") not in _spans("ko", "16일간 이어진다", 6)
