"""Spanish and Russian public bodies, German municipal utilities, English bodies defined
with an acronym, and the names that go with them: each rule, and what no rule may take
for one."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.model import Span, iter_spans
from toolkit.normalize import Options, normalize
from toolkit.normalize.entities import company_short_names, entity_recognizer
from toolkit.normalize.structure import publisher_of
from toolkit.normalize.values import select


def entities(lang: str, text: str) -> list[tuple[str, str]]:
    found = select(entity_recognizer(lang).candidates(text, 0))
    return [(f.parts[0].name, f.parts[0].text) for f in found if isinstance(f.parts[0], Span)]


def marked(text: str, lang: str, publisher: str = "Press office") -> list[tuple[str, str]]:
    """The persons and organisations of a release of a title line and paragraphs."""
    options = Options(date=dt.date(2024, 6, 3), publisher=publisher, lang=lang)
    release = normalize(text.encode(), "in.txt", options).release
    return [(s.name, s.text) for seg in release.segments() for s in iter_spans(seg.content)
            if isinstance(s, Span) and s.name in ("person", "org")]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Ministerio para la Transición Ecológica y el Reto Demográfico"),
    ("es", "Ministerio para la Transformación Digital y de la Función Pública"),
    ("es", "Junta de Andalucía"),
    ("es", "Agencia Española de Protección de Datos"),
    ("ru", "Министерство транспорта Российской Федерации"),
    ("ru", "Федеральная служба по надзору в сфере транспорта"),
    ("ru", "Федеральное агентство воздушного транспорта"),
    ("ru", "Федеральная налоговая служба"),
    # a region's bodies: what they are of is an adjective and the kind of region
    ("ru", "Правительство Северной области"),
    ("ru", "Министерство транспорта Тульской области"),
    ("ru", "Правительство Ханты-Мансийского автономного округа"),
    ("ru", "Правительство Санкт-Петербурга"),
    ("de", "Stadtwerke Münster"),
    # Ukrainian ministries by their portfolio, in lower case as Russian's; an embassy
    ("uk", "Міністерство освіти і науки України"),
    ("uk", "Міністерство охорони здоров’я України"),
    ("uk", "Міністерство економіки, довкілля та сільського господарства України"),
    ("uk", "Посольство України в Японії"),
    ("uk", "Кабінет Міністрів України"),
    # Turkish bodies say what they are after their name, perhaps after the state's T.C.
    ("tr", "T.C. Ticaret Bakanlığı"),
    ("tr", "Ticaret Bakanlığı"),
    ("tr", "Türkiye Cumhuriyeti Dışişleri Bakanlığı"),
    ("tr", "Çevre, Şehircilik ve İklim Değişikliği Bakanlığı"),
    ("tr", "Millî Eğitim Bakanlığı"),
    ("tr", "Karayolları Genel Müdürlüğü"),
    ("tr", "Ankara Büyükşehir Belediyesi"),
    # Hungarian bodies end in their kind, often a compound word with the portfolio
    ("hu", "Külgazdasági és Külügyminisztérium"),
    ("hu", "Belügyminisztérium"),
    ("hu", "Központi Statisztikai Hivatal"),
    ("hu", "Nemzeti Adó- és Vámhivatal"),
    ("hu", "Magyarország Bukaresti Nagykövetsége"),
])
def test_a_public_body_on_its_own_line_is_the_publisher(lang, line):
    assert publisher_of(line, lang) == line


@pytest.mark.parametrize(("text", "expected"), [
    ("la Comisión Nacional de los Mercados y la Competencia supervisará",
     [("org", "Comisión Nacional de los Mercados y la Competencia")]),
    ("según la Confederación Hidrográfica del Guadalquivir.",
     [("org", "Confederación Hidrográfica del Guadalquivir")]),
    # two bodies joined by "y la" are two; a seat is no part of a body's name
    ("La Junta de Andalucía y la Agencia Estatal de Meteorología firman",
     [("org", "Junta de Andalucía"), ("org", "Agencia Estatal de Meteorología")]),
    ("la Junta de Andalucía en Sevilla", [("org", "Junta de Andalucía")]),
    ("el Ministerio de Cultura y el Museo del Prado firman", [("org", "Ministerio de Cultura")]),
    # a body, then a person between commas: not one name
    ("el presidente de la Agencia Estatal de Meteorología, Miguel Ángel López, ha firmado",
     [("org", "Agencia Estatal de Meteorología"), ("person", "Miguel Ángel López")]),
    # the minister after "ministra para la ...", a regional minister after her portfolios
    ("La vicepresidenta tercera y ministra para la Transición Ecológica y el Reto "
     "Demográfico, Teresa Ribera, ha presentado", [("person", "Teresa Ribera")]),
    ("La consejera de Agricultura, Pesca, Agua y Desarrollo Rural, Carmen Crespo, y el",
     [("person", "Carmen Crespo")]),
    # lower-case words after a head are no body's name
    ("la junta de accionistas aprobó el consejo de administración", []),
])
def test_spanish_bodies_and_their_people(text, expected):
    assert entities("es", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Министерство транспорта Российской Федерации утвердило программу",
     [("org", "Министерство транспорта Российской Федерации")]),
    ("Минтранс России утвердил программу", [("org", "Минтранс России")]),
    ("по данным Ространснадзора и Росавиации", [("org", "Ространснадзора"),
                                               ("org", "Росавиации")]),
    ("— заявил министр транспорта Андрей Никитин.", [("person", "Андрей Никитин")]),
    ("— заявил глава ведомства Виктор Басаргин. По словам", [("person", "Виктор Басаргин")]),
    # the government, then its chairman: not one name
    ("председатель Правительства Российской Федерации Михаил Мишустин",
     [("org", "Правительства Российской Федерации"), ("person", "Михаил Мишустин")]),
    # a region's bodies, in their cases: the kind of region is part of the name
    ("Пресс-служба Правительства Северной области сообщает",
     [("org", "Правительства Северной области")]),
    ("Правительство Краснодарского края утвердило программу",
     [("org", "Правительство Краснодарского края")]),
    ("по данным Министерства здравоохранения Тульской области,",
     [("org", "Министерства здравоохранения Тульской области")]),
    ("Министерство транспорта Ленинградской области и Минтранс России",
     [("org", "Министерство транспорта Ленинградской области"), ("org", "Минтранс России")]),
    ("заместитель председателя Правительства Еврейской автономной области Иван Петров",
     [("org", "Правительства Еврейской автономной области"), ("person", "Иван Петров")]),
    # a region's adjective with no kind of region after it is no part of the body
    ("Правительство Северной Осетии", [("org", "Правительство Северной Осетии")]),
    ("Министерство транспорта Тульской и Орловской", [("org", "Министерство транспорта")]),
    # a head and a verb, an adverb or a phrase of the sentence: no body's name
    ("Министерство утвердило программу. Министерство сегодня сообщило.", []),
    ("Министерство по итогам года сообщило", []),
    # a role, a state and no name after it
    ("заявил министр иностранных дел Республики Казахстан.", []),
    # a given name that begins as a state's does is no form of it (Дания: Дании, Данией)
    ("сообщил руководитель проекта Даниил Егоров.", [("person", "Даниил Егоров")]),
])
def test_russian_bodies_and_their_people(text, expected):
    assert entities("ru", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("mit den Stadtwerken Lübeck um zwölf Jahre", [("org", "Stadtwerken Lübeck")]),
    ("Das Modell haben die Berliner Stadtwerke erprobt.", [("org", "Berliner Stadtwerke")]),
    ("die Stadtwerke Frankfurt am Main", [("org", "Stadtwerke Frankfurt am Main")]),
    # German capitalises nouns: a noun after "Stadtwerke" is no town
    ("Ab Montag bieten die Stadtwerke Kunden neue Tarife an.", []),
    ("Dafür haben die Stadtwerke Fördermittel beantragt.", []),
    ("Unsere Stadtwerke sind kommunal.", []),
])
def test_german_municipal_utilities(text, expected):
    assert entities("de", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Office of Gas and Electricity Markets (Ofgem) has fined",
     [("org", "Office of Gas and Electricity Markets"), ("org", "Ofgem")]),
    ("Separately, the Competition and Markets Authority (CMA) is reviewing",
     [("org", "Competition and Markets Authority"), ("org", "CMA")]),
    # a place or a word in brackets is no acronym; a body word must be in the name
    ("the Environment Agency (England) said", []),
    ("the Kent and Essex Partnership (KEP) said", []),
])
def test_english_bodies_defined_with_an_acronym(text, expected):
    assert entities("en", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Deutsche Wetterdienst (DWD) hat gewarnt.",
     [("org", "Deutsche Wetterdienst"), ("org", "DWD")]),
    ("Das Bundesamt für Seeschifffahrt und Hydrographie (BSH) rechnet mit einer Sturmflut.",
     [("org", "Bundesamt für Seeschifffahrt und Hydrographie"), ("org", "BSH")]),
    # German capitalises every noun: no body's noun ends the name, or the acronym does
    # not abbreviate it
    ("Die Künstliche Intelligenz (KI) verändert die Arbeit.", []),
    ("Der Park leistet 5 Gigawatt (GW).", []),
    ("Der Deutsche Wetterdienst (BSH) hat gewarnt.", []),
])
def test_german_bodies_defined_with_an_acronym(text, expected):
    assert entities("de", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Банк России снизил ключевую ставку.", [("org", "Банк России")]),
    ("По прогнозу Банка России, инфляция замедлится.", [("org", "Банка России")]),
    ("Центральный банк Российской Федерации принял решение.",
     [("org", "Центральный банк Российской Федерации")]),
    # a bank of no state: a city, a word
    ("Банк Москвы открыл отделение.", []),
    ("Банк данных пополнен.", []),
])
def test_a_states_bank_in_russian_in_its_cases(text, expected):
    assert entities("ru", text) == expected


def test_a_german_acronym_is_named_again():
    text = ("DWD warnt vor Sturm\n\nDer Deutsche Wetterdienst (DWD) hat gewarnt. Aktuelle "
            "Warnungen veröffentlicht der DWD im Internet.\n")
    assert marked(text, "de") == [("org", "DWD"), ("org", "Deutsche Wetterdienst"),
                                  ("org", "DWD"), ("org", "DWD")]


def test_a_defined_acronym_and_a_bodys_head_are_named_again():
    text = ("Regulator fines supplier\n\nThe Competition and Markets Authority (CMA) fined "
            "the supplier. The CMA said it would publish its decision.\n")
    assert marked(text, "en") == [("org", "Competition and Markets Authority"),
                                  ("org", "CMA"), ("org", "CMA")]
    text = ("La Junta de Andalucía firma un convenio\n\nLa Junta destinará 6,5 millones de "
            "euros. La junta de accionistas no se ha reunido.\n")
    assert marked(text, "es") == [("org", "Junta de Andalucía"), ("org", "Junta")]


def test_the_publishers_head_names_it_again():
    text = "Convocatoria abierta\n\nEl Ministerio abrirá la convocatoria el 15 de noviembre.\n"
    publisher = "Ministerio para la Transformación Digital y de la Función Pública"
    assert marked(text, "es", publisher) == [("org", "Ministerio")]
    assert marked(text, "es") == []


def test_a_russian_ministry_named_again_by_its_head_and_a_family_name_in_its_cases():
    text = ("Программа утверждена\n\nМинистерство транспорта Российской Федерации утвердило "
            "программу, заявил министр транспорта Андрей Никитин. По словам Никитина, "
            "Министерство проведет совещание.\n")
    assert marked(text, "ru") == [("org", "Министерство транспорта Российской Федерации"),
                                  ("person", "Андрей Никитин"), ("person", "Никитина"),
                                  ("org", "Министерство")]


def test_a_chinese_company_is_named_again_without_its_industry_word():
    assert company_short_names("华东轨道交通集团有限公司", "zh") == ("华东轨道交通", "华东轨道")
    # two characters would be left: a region's name, no company's
    assert company_short_names("华东交通集团有限公司", "zh") == ("华东交通",)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("uk", "Міністерство освіти і науки повідомляє, що", [
        ("org", "Міністерство освіти і науки")]),
    ("uk", "за даними Міністерства охорони здоров'я України.", [
        ("org", "Міністерства охорони здоров'я України")]),
    # a ministry named by no portfolio the table knows is no body's name
    ("uk", "Міністерство повідомляє, що", []),
    ("tr", "Hazine ve Maliye Bakanlığı'nın verilerine göre", [
        ("org", "Hazine ve Maliye Bakanlığı")]),  # the case ending is not the name's
    ("tr", "Bugün Ticaret Bakanlığı açıkladı", [("org", "Ticaret Bakanlığı")]),
    # the minister is no body
    ("tr", "Ticaret Bakanı açıkladı", []),
])
def test_ukrainian_and_turkish_bodies(lang, text, expected):
    assert entities(lang, text) == expected


@pytest.mark.parametrize(("lang", "letterhead", "headline", "date"), [
    ("uk", "Міністерство освіти і науки України", "Уряд затвердив нову програму для шкіл",
     "Київ, 24 березня 2025 року"),
    ("tr", "T.C. Ticaret Bakanlığı", "İhracatta yeni rekor: bin firma ilk kez ihracat yaptı",
     "Ankara, 24 Mart 2025"),
])
def test_a_letterhead_above_the_headline_is_the_publisher_not_the_title(
        lang, letterhead, headline, date):
    # The body's name took the title and the headline became a photo's description,
    # where the same e-mail in English came out right; without a date line too.
    for lines in ((letterhead, headline, date), (letterhead, headline)):
        text = "\n\n".join((*lines, "Перший абзац тексту." if lang == "uk"
                             else "Bakanlık bugün bir açıklama yaptı.")) + "\n"
        options = Options(date=dt.date(2025, 3, 24), lang=lang)
        release = normalize(text.encode(), "in.txt", options).release
        assert release.title.text == headline
        assert release.meta.publisher.text == letterhead
        assert not release.figures


@pytest.mark.parametrize("line", [
    "Valtiovarainministeriö", "Ulkoministeriö", "Työ- ja elinkeinoministeriö",
    "Sosiaali- ja terveysministeriö", "Maa- ja metsätalousministeriö",
    "Valtioneuvoston kanslia", "Valtioneuvosto", "Ruokavirasto", "Liikenne- ja viestintävirasto",
])
def test_a_finnish_public_body_on_its_own_line_is_the_publisher(line):
    # Finnish writes a ministry or an agency as one compound word, its kind at the end.
    assert publisher_of(line, "fi") == line


@pytest.mark.parametrize(("text", "expected"), [
    ("Valtiovarainministeriön mukaan tuki", [("org", "Valtiovarainministeriön")]),
    ("Opetus- ja kulttuuriministeriö myöntää", [("org", "Opetus- ja kulttuuriministeriö")]),
    # the minister is no body, nor is the ministry a sentence names with no name of its own
    ("Ulkoministeri tapaa Ruotsin ulkoministerin", []),
    ("ministeriö kertoi, että", []),
])
def test_finnish_bodies(text, expected):
    assert entities("fi", text) == expected


def test_a_finnish_letterhead_over_the_date_line_is_the_publisher_and_the_headline_the_title():
    # A release copied from its page: the ministry, the kind and date of the release, the
    # headline. The ministry took the title and the headline became a photo's description.
    text = ("Etusivu > Ajankohtaista > Tiedotteet\nValtiovarainministeriö\n"
            "Tiedote 24.12.2022 14.40\n"
            "Hallitus esittää lisätalousarviota energiatukeen\n"
            "Hallitus esittää eduskunnalle lisätalousarviota. Tuki maksetaan kotitalouksille.\n")
    release = normalize(text.encode(), "in.txt", Options(lang="fi")).release
    assert release.title.text == "Hallitus esittää lisätalousarviota energiatukeen"
    assert release.meta.publisher.text == "Valtiovarainministeriö"
    assert release.meta.published.get("value") == "2022-12-24"
    assert release.meta.place is None  # "Tiedote", the kind of release, is no place
    assert release.meta.series is not None and release.meta.series.text == "Tiedotteet"
    assert not release.figures


GREEK_BODIES = ("Υπουργείο Εξωτερικών", "ΥΠΟΥΡΓΕΙΟ ΕΞΩΤΕΡΙΚΩΝ", "Υφυπουργείο Εξωτερικών",
                "Υπουργείο Παιδείας, Θρησκευμάτων και Αθλητισμού",
                "Υπουργείο Κλιματικής Κρίσης και Πολιτικής Προστασίας",
                "Γενική Γραμματεία Επικοινωνίας και Ενημέρωσης",
                "ΓΕΝΙΚΗ ΓΡΑΜΜΑΤΕΙΑ ΕΠΙΚΟΙΝΩΝΙΑΣ ΚΑΙ ΕΝΗΜΕΡΩΣΗΣ", "Περιφέρεια Αττικής",
                "ΠΕΡΙΦΕΡΕΙΑ ΑΤΤΙΚΗΣ", "Δήμος Αθηναίων", "ΔΗΜΟΣ ΑΘΗΝΑΙΩΝ",
                "Πρεσβεία της Ελλάδος στο Τόκιο")


@pytest.mark.parametrize("line", GREEK_BODIES)
def test_a_greek_public_body_on_its_own_line_is_the_publisher(line):
    # Greek capitals drop the accents: "ΥΠΟΥΡΓΕΙΟ" is "Υπουργείο" in a letterhead
    assert publisher_of(line, "el") == line


@pytest.mark.parametrize(("text", "expected"), [
    ("σύμφωνα με το Υπουργείο Υγείας.", [("org", "Υπουργείο Υγείας")]),
    ("ανακοίνωσε του Υπουργείου Ψηφιακής Διακυβέρνησης", [
        ("org", "Υπουργείου Ψηφιακής Διακυβέρνησης")]),  # the head in the genitive
    ("της Γενικής Γραμματείας Επικοινωνίας", [("org", "Γενικής Γραμματείας Επικοινωνίας")]),
    ("τον Δήμο Αθηναίων", [("org", "Δήμο Αθηναίων")]),
    # "Δήμος" is a man's given name too: a surname after it, no municipality
    ("ο Δήμος Παπαδόπουλος δήλωσε", []),
    # a ministry in lower case is the common noun
    ("το υπουργείο εξωτερικών ανακοίνωσε", []),
])
def test_greek_bodies_in_running_text(text, expected):
    assert entities("el", text) == expected


@pytest.mark.parametrize("letterhead", ["Υπουργείο Εξωτερικών", "ΥΠΟΥΡΓΕΙΟ ΕΞΩΤΕΡΙΚΩΝ"])
def test_a_greek_ministry_over_the_date_line_is_the_publisher_not_the_title(letterhead):
    # Copied from gov.gr: the ministry took the title, the headline became a photo's
    # description, and with no publisher found normalize stopped.
    headline = "Συνάντηση του Υπουργού Εξωτερικών με τον Πρέσβη της Ιαπωνίας"
    opening = "Ο Υπουργός Εξωτερικών συναντήθηκε σήμερα με τον Πρέσβη της Ιαπωνίας."
    text = f"{letterhead}\nΑθήνα, 24 Δεκεμβρίου 2022\n\n{headline}\n\n{opening}\n"
    release = normalize(text.encode(), "in.txt", Options(source_locale="el")).release
    assert release.title.text == headline
    assert release.meta.publisher.text == letterhead
    assert release.meta.published.get("value") == "2022-12-24"
    assert not release.figures


HEBREW_BODIES = ("משרד החוץ", "משרד הבריאות", "משרד ראש הממשלה", "לשכת ראש הממשלה",
                 "משרד הכלכלה והתעשייה", "משרד המדע, התרבות והספורט",
                 "משרד החקלאות ופיתוח הכפר", "לשכת העיתונות הממשלתית", "עיריית ירושלים",
                 "עיריית תל אביב-יפו", "עיריית באר שבע", "רשות המסים", "רשות המסים בישראל",
                 "רשות שדות התעופה", "רשות האוכלוסין וההגירה", "רשות ניירות ערך")


@pytest.mark.parametrize("line", HEBREW_BODIES)
def test_a_hebrew_public_body_on_its_own_line_is_the_publisher(line):
    assert publisher_of(line, "he") == line


@pytest.mark.parametrize(("text", "expected"), [
    # a verb after the name opens with "ה" as the portfolio does: no part of it
    ("משרד החוץ הודיע היום כי", [("org", "משרד החוץ")]),
    ("לדברי משרד הבריאות, המצב יציב", [("org", "משרד הבריאות")]),
    # a prefix joined to the head is no part of the name
    ("במשרד החוץ נערכה פגישה", [("org", "משרד החוץ")]),
    ("ממשרד הביטחון נמסר", [("org", "משרד הביטחון")]),
    ("בעיריית חיפה החליטו", [("org", "עיריית חיפה")]),
    ("ונציגי רשות החדשנות השתתפו", [("org", "רשות החדשנות")]),
    # "and the minister" after a ministry is no portfolio of it
    ("משרד החוץ והשר הודיעו", [("org", "משרד החוץ")]),
    # "the office", an office without the article after it, "in the possession of",
    # "permission"
    ("המשרד הודיע", []), ("משרד עורכי דין", []), ("הרכוש ברשות המדינה", []),
    ("הוא קיבל רשות לא להגיע", []),
])
def test_hebrew_bodies_in_running_text(text, expected):
    assert entities("he", text) == expected


def test_a_hebrew_ministry_over_the_title_is_the_publisher():
    # The ministry's line above the headline was dropped, and with no publisher found
    # normalize stopped.
    headline = "השר כהן נפגש עם שר החוץ"
    opening = "השר אלי כהן נפגש היום עם שר החוץ של יפן בירושלים."
    text = f"משרד החוץ\n\n{headline}\n\nירושלים, 24 בדצמבר 2022\n\n{opening}\n"
    release = normalize(text.encode(), "in.txt", Options(source_locale="he")).release
    assert release.title.text == headline
    assert release.meta.publisher.text == "משרד החוץ"
    assert release.meta.published.get("value") == "2022-12-24"
    assert release.id == "2022-12-24-hshr-khn-nfgsh-m-shr-hhvts"


CZECH_SLOVAK_BODIES = [
    ("cs", "Ministerstvo zahraničních věcí České republiky"),
    ("cs", "Ministerstvo zahraničních věcí"),
    ("cs", "Ministerstvo školství, mládeže a tělovýchovy"),
    ("cs", "Ministerstvo pro místní rozvoj ČR"),
    ("cs", "Úřad vlády České republiky"), ("cs", "Úřad vlády"),
    ("cs", "Krajský úřad Jihomoravského kraje"), ("cs", "Krajský úřad kraje Vysočina"),
    ("cs", "Magistrát hlavního města Prahy"), ("cs", "Magistrát města Brna"),
    ("cs", "Městský úřad Říčany"),
    ("cs", "Velvyslanectví České republiky v Berlíně"),
    ("cs", "Velvyslanectví Spojených států amerických"),
    # the abbreviations a ministry signs with
    ("cs", "MZV"), ("cs", "MŠMT"), ("cs", "MZV ČR"), ("cs", "MF ČR"),
    ("sk", "Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky"),
    ("sk", "Ministerstvo financií SR"), ("sk", "Úrad vlády Slovenskej republiky"),
    ("sk", "Veľvyslanectvo Slovenskej republiky vo Viedni"), ("sk", "MZVEZ SR"),
]


@pytest.mark.parametrize(("lang", "line"), CZECH_SLOVAK_BODIES)
def test_a_czech_or_slovak_public_body_on_its_own_line_is_the_publisher(lang, line):
    assert publisher_of(line, lang) == line


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the head in its cases; a verb after the portfolio is no part of it
    ("cs", "Ministerstvo financí dnes oznámilo, že", [("org", "Ministerstvo financí")]),
    ("cs", "Podle Ministerstva zahraničních věcí ČR je to nutné.",
     [("org", "Ministerstva zahraničních věcí ČR")]),
    ("cs", "jednání s Ministerstvem vnitra a Ministerstvu obrany",
     [("org", "Ministerstvem vnitra"), ("org", "Ministerstvu obrany")]),
    ("cs", "na Velvyslanectví Japonska v Praze se konalo",
     [("org", "Velvyslanectví Japonska v Praze")]),
    ("sk", "s Ministerstvom vnútra Slovenskej republiky",
     [("org", "Ministerstvom vnútra Slovenskej republiky")]),
    # a ministry of no portfolio, a one-letter abbreviation without its state: none
    ("cs", "Ministerstvo dnes oznámilo", []), ("cs", "MF oznámilo", []),
    ("sk", "MZV oznámilo", []),
])
def test_czech_and_slovak_bodies_in_running_text(lang, text, expected):
    assert entities(lang, text) == expected


def test_a_czech_ministry_over_the_title_is_the_publisher():
    # The ministry's line above the headline named no body, and with no publisher found
    # normalize stopped.
    headline = "Ministr Lipavský jednal s japonským protějškem"
    text = ("Ministerstvo zahraničních věcí České republiky\n\n"
            f"{headline}\n\nPraha 24. prosince 2022\n\n"
            "Ministr zahraničních věcí se dnes v Praze setkal s japonským ministrem.\n")
    release = normalize(text.encode(), "in.txt", Options(source_locale="cs")).release
    assert release.title.text == headline
    assert release.meta.publisher.text == "Ministerstvo zahraničních věcí České republiky"
    assert release.meta.published.get("value") == "2022-12-24"


@pytest.mark.parametrize(("text", "expected"), [
    # a case ending joined to the kind is read with it, as Hungarian writes it
    ("A Külgazdasági és Külügyminisztériumban elmondták, hogy",
     [("org", "Külgazdasági és Külügyminisztériumban")]),
    ("a Központi Statisztikai Hivatal adatai szerint", [("org", "Központi Statisztikai Hivatal")]),
    ("a Nemzeti Adó- és Vámhivatalnak jutott", [("org", "Nemzeti Adó- és Vámhivatalnak")]),
    # the kind in lower case, or a sentence's first word before a body, is no name
    ("a minisztérium közölte, hogy", []),
    ("Ma a Belügyminisztérium közölte", [("org", "Belügyminisztérium")]),
])
def test_hungarian_bodies(text, expected):
    assert entities("hu", text) == expected


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("line", [
    "Utenriksdepartementet", "Kunnskapsdepartementet", "Helse- og omsorgsdepartementet",
    "Helsedirektoratet", "Datatilsynet", "Statsministerens kontor", "Oslo kommune",
    "Indre Østfold kommune", "Nord-Fron kommune", "Vestland fylkeskommune",
    "Møre og Romsdal fylkeskommune",
])
def test_a_norwegian_public_body_on_its_own_line_is_the_publisher(lang, line):
    # Norwegian writes a ministry, directorate or inspectorate as one compound, its kind
    # at the end; a municipality or county by its place's name and the kind after it.
    assert publisher_of(line, lang) == line


@pytest.mark.parametrize(("text", "expected"), [
    ("Utenriksdepartementets rapport viser", [("org", "Utenriksdepartementets")]),
    ("Også Oslo kommune og Bergen kommunes skoler",
     [("org", "Oslo kommune"), ("org", "Bergen kommunes")]),
    # the ministry, directorate or municipality a sentence names with no name of its own
    ("departementet sa at direktoratet og tilsynet", []),
    ("Departementet og Direktoratet", []),
    ("Hver kommune skal, og Den kommune som", []),
])
def test_norwegian_bodies(text, expected):
    assert entities("nb", text) == expected


@pytest.mark.parametrize("locale", ["nb", "no"])
def test_a_norwegian_ministry_over_the_title_is_the_publisher(locale):
    # Copied text with the ministry's line over the headline and no date line stopped
    # with "no publisher found"; a `no` project is read by nb's rules.
    text = ("Kunnskapsdepartementet\nNye læreplaner fra høsten\n"
            "Regjeringen innfører nye læreplaner i grunnskolen fra høsten.\n\n"
            "Endringene gjelder alle trinn.\n")
    options = Options(date=dt.date(2024, 3, 12), source_locale=locale)
    release = normalize(text.encode(), "in.txt", options).release
    assert release.title.text == "Nye læreplaner fra høsten"
    assert release.meta.publisher.text == "Kunnskapsdepartementet"
