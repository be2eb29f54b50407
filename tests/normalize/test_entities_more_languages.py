"""People and organisations in Japanese, Chinese, German and Spanish: each rule, and what no rule
may take for a name."""

from __future__ import annotations

import pytest

from toolkit.model import Span
from toolkit.normalize.entities import company_short_name, entity_recognizer
from toolkit.normalize.values import select


def entities(lang: str, text: str) -> list[tuple[str, str]]:
    found = select(entity_recognizer(lang).candidates(text, 0))
    return [(f.parts[0].name, f.parts[0].text) for f in found if isinstance(f.parts[0], Span)]


@pytest.mark.parametrize(("text", "expected"), [
    # the title before the name or after it stays outside it
    ("王毅外长表示", [("person", "王毅")]),
    ("国务委员兼外长王毅在北京", [("person", "王毅")]),
    ("吉尔吉斯斯坦外长库鲁巴耶夫举行会谈", [("person", "库鲁巴耶夫")]),
    ("外交部发言人汪文斌当天", [("person", "汪文斌")]),
    ("于12月25日上午10时同赞布里外长举行会谈", [("person", "赞布里")]),
    # the honorific is part of the name as written, a transliterated name keeps its "·"
    ("企业代表李明先生等出席", [("person", "李明先生")]),
    ("大使馆阿伊达·萨尔巴耶娃女士和", [("person", "阿伊达·萨尔巴耶娃女士")]),
    # organisations by their last word; a ministry before a title is part of the title
    ("，中国政府将向", [("org", "中国政府")]),
    ("中国驻吉尔吉斯斯坦大使馆杜德文大使、",
     [("org", "中国驻吉尔吉斯斯坦大使馆"), ("person", "杜德文")]),
    ("外交部", [("org", "外交部")]),
    ("中华人民共和国外交部", [("org", "中华人民共和国外交部")]),
    # a bureau of the state or a city; its deputy's title opens with "副", no name's end
    ("江城市体育局副局长周立新介绍，", [("org", "江城市体育局"), ("person", "周立新")]),
    ("，向国家市场监督管理总局备案了", [("org", "国家市场监督管理总局")]),
    # a bureau whose field ends as a word in "局" does ("财政", finance, "政局" a political
    # situation): every city's finance and civil affairs bureaus, the State Post Bureau
    ("上海市财政局发布", [("org", "上海市财政局")]),
    ("，江城市民政局表示", [("org", "江城市民政局")]),
    ("，国家邮政局公布", [("org", "国家邮政局")]),
    # ... but a political situation is none
    ("，上海市周边政局稳定", []),
    # a commission, a province's department, an office, the State Council's too
    ("上海市商务委员会今天发布", [("org", "上海市商务委员会")]),
    ("，国家发展改革委表示", [("org", "国家发展改革委")]),
    ("广东省教育厅厅长", [("org", "广东省教育厅")]),
    ("，广西壮族自治区教育厅、", [("org", "广西壮族自治区教育厅")]),
    ("国务院新闻办公室举行", [("org", "国务院新闻办公室")]),
    ("，上海市人民政府办公厅印发", [("org", "上海市人民政府办公厅")]),
    # ... but an office alone, a hall or a room, a member, a judge, entrusting is none
    ("他在办公室。上海市区的办公室", []),
    ("客厅、餐厅，上海市民中心大厅，广东省博物馆展厅", []),
    ("上海市政协委员，上海市政协常委，江苏省大赛评委", []),
    ("上海市卫生委托第三方", []),
    # no bureau: a word ending in "局", the said city's, a bureau's chief
    ("，推动城市交通新格局。该市交通局表示，城市发展局面", []),
    # no name: a country, both sides, a ministers' meeting, "all"
    ("马来西亚外长将访华", []),
    ("两国外长举行会谈，双方外长一致同意。", []),
    ("他表示，中方全部支持。外交部长会议在北京举行。", []),
])
def test_chinese(text, expected):
    assert entities("zh", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the title after the name stays outside it; a portfolio may precede 大臣
    ("林芳正外務大臣は", [("person", "林芳正")]),
    ("林大臣から", [("person", "林")]),
    ("西村経済産業大臣と", [("person", "西村")]),
    ("在キルギス日本国大使館の山田大使も", [("org", "在キルギス日本国大使館"), ("person", "山田")]),
    # a foreign name, and the country MOFA writes between the name and the title
    ("クルバエフ・キルギス共和国外務大臣と", [("person", "クルバエフ")]),
    ("とサイドフ外務大臣", [("person", "サイドフ")]),
    ("ブリンケン米国務長官", [("person", "ブリンケン")]),
    # a country's formal name (qualifiers, then the kind of state), a portfolio after "・"
    ("ソン・ベトナム社会主義共和国外務大臣と", [("person", "ソン")]),
    ("グランホルム・エネルギー長官が", [("person", "グランホルム")]),
    ("レモンド商務長官と", [("person", "レモンド")]),
    # officers of agencies and companies
    ("国際協力機構の佐藤健一理事も", [("org", "国際協力機構"), ("person", "佐藤健一")]),
    ("田中明彦理事長は", [("person", "田中明彦")]),
    # the honorific is part of the name as written
    ("田中一郎氏らが", [("person", "田中一郎氏")]),
    ("アイダ・サルバエワさん、", [("person", "アイダ・サルバエワさん")]),
    # organisations by their last word
    ("外務省は", [("org", "外務省")]),
    ("本日外務省において", [("org", "外務省")]),
    ("日本政府が", [("org", "日本政府")]),
    ("経済産業省の", [("org", "経済産業省")]),
    ("防衛省及び在日米軍", [("org", "防衛省")]),
])
def test_japanese(text, expected):
    assert entities("ja", text) == expected


@pytest.mark.parametrize("text", [
    "両外相は",                 # both foreign ministers
    "同大臣は",                 # the said minister
    "日・キルギス外相会談",      # a meeting: the title is part of a longer word
    "キルギス外務大臣",          # a country, not a name
    "日本国大使館",              # an embassy, not "日本国" the ambassador
    "氏名を記入",                # "name" (氏名), not an honorific
    "反省する",                  # one character before 省 is not a ministry
    "両国政府",                  # "both governments"
    "被災者の皆様が",            # "everyone": no one's name with 様
    "住民の皆さんに",
    "ご利用者様へ",              # a kind of person (者), not a name
    "中央合同庁舎にて",          # a government building (庁舎), not an agency
])
def test_japanese_what_is_no_name(text):
    assert [e for e in entities("ja", text) if e[0] == "person" or e[1] in
            ("反省", "両国政府", "中央合同庁")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Außenministerin Baerbock empfängt", [("person", "Baerbock")]),
    ("Bundesaußenministerin Annalena Baerbock hat", [("person", "Annalena Baerbock")]),
    ("Herr Dr. Thomas Becker vom Bundesministerium für Wirtschaft und Klimaschutz sowie",
     [("person", "Herr Dr. Thomas Becker"),
      ("org", "Bundesministerium für Wirtschaft und Klimaschutz")]),
    ("Frau Keiko Tanaka, Präsidentin", [("person", "Frau Keiko Tanaka")]),
    ("Die Botschaft der Bundesrepublik Deutschland in Tokyo wird",
     [("org", "Botschaft der Bundesrepublik Deutschland in Tokyo")]),
    ("Die Bundesregierung stellt", [("org", "Bundesregierung")]),
    ("im Auswärtigen Amt empfangen", [("org", "Auswärtigen Amt")]),
    ("Die Regierung von Japan dankte", [("org", "Regierung von Japan")]),
])
def test_german(text, expected):
    assert entities("de", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El ministro Albares recibe", [("person", "Albares")]),
    ("El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, ha",
     [("person", "José Manuel Albares")]),
    ("el Sr. Carlos Méndez Ruiz, director", [("person", "Sr. Carlos Méndez Ruiz")]),
    ("la Sra. Keiko Tanaka, presidenta", [("person", "Sra. Keiko Tanaka")]),
    ("con el ministro japonés de Economía, Takeshi Yamada, y", [("person", "Takeshi Yamada")]),
    # the name may end the sentence rather than stand between commas
    ("asistió el ministro japonés de Economía, Takeshi Yamada.", [("person", "Takeshi Yamada")]),
    ("el director general de Política Exterior, Juan Pérez; y", [("person", "Juan Pérez")]),
    ("El ministro de Asuntos Exteriores, Unión Europea y Cooperación.", []),
    ("el Gobierno de España destinará", [("org", "Gobierno de España")]),
    ("La Embajada de España en Japón coordinará", [("org", "Embajada de España en Japón")]),
    ("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
     [("org", "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación")]),
    ("el Ministerio de Ciencia e Innovación", [("org", "Ministerio de Ciencia e Innovación")]),
])
def test_spanish(text, expected):
    assert entities("es", text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Minister vereinbarten"),     # a plural noun, no name after it
    ("de", "Der Präsident der Kommission"),
    ("es", "la sede del Ministerio (Foto"),  # a ministry with no name
    ("es", "el presidente del comité"),
])
def test_german_and_spanish_what_is_no_name(lang, text):
    assert entities(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a name between commas after its title's phrase, in German as in Spanish; "su
    # homólogo" (the counterpart) is such a title
    ("de", "die Botschafterin der Französischen Republik in Deutschland, Anne-Marie "
           "Descôtes, eine", [("person", "Anne-Marie Descôtes")]),
    ("de", "Staatssekretär für Europa, Anna Lührmann, und", [("person", "Anna Lührmann")]),
    ("es", "con su homólogo marroquí, Mohammed Sadiki, en", [("person", "Mohammed Sadiki")]),
    # a ministry, a state or another title after the comma is no name
    ("es", "el secretario general de Pesca, Ministerio de Agricultura.",
     [("org", "Ministerio de Agricultura")]),
    ("de", "der Botschafter der Republik Korea, Bundesrepublik Deutschland.", []),
    # a state after a title is no name, in Russian declined too
    ("ru", "Посол Республики Казахстан в Российской Федерации г-н Д.Ж.Ахметов",
     [("person", "г-н Д.Ж.Ахметов")]),
    ("ru", "Президент России заявил", []),
    # honorifics of the Commonwealth; post-nominal letters stay outside the name
    ("en", "Senator the Hon. Penny Wong, Minister", [("person", "Hon. Penny Wong")]),
    ("en", "the Hon. Richard Marles MP, Deputy", [("person", "Hon. Richard Marles")]),
    # a company by its legal form in every spaced language; an article opens no name
    ("fr", "l'usine de la société Air Liquide Japan Ltd. à Kawasaki",
     [("org", "Air Liquide Japan Ltd.")]),
    ("de", "Die Siemens AG investiert", [("org", "Siemens AG")]),
    # a French ministry lists its portfolios with commas, and adjectives end them
    ("fr", "le Ministère de l'Économie, des Finances et de la Souveraineté industrielle et "
           "numérique", [("org", "Ministère de l'Économie, des Finances et de la Souveraineté "
                                 "industrielle et numérique")]),
    # Chinese: a name ending a headline, an honorific after a title's name, a deputy
    # representative; a country's ambassador ("驻华") and a headline's verb are no name
    ("zh", "新加坡贸工部长颜金勇", [("person", "颜金勇")]),
    ("zh", "新加坡驻华大使吕德耀先生等出席", [("person", "吕德耀先生")]),
    ("zh", "副部长兼国际贸易谈判副代表王受文、", [("person", "王受文")]),
    ("zh", "马来西亚外长访华", []),
    ("zh", "外长将访华", []),
])
def test_names_beside_titles_in_more_forms(lang, text, expected):
    assert entities(lang, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the legal form before the name or after it is part of it
    ("株式会社みなとエナジー（本社：東京都港区）は", [("org", "株式会社みなとエナジー")]),
    ("建設は㈱九州建設と大成建設株式会社が担当し",
     [("org", "㈱九州建設"), ("org", "大成建設株式会社")]),
    ("親会社の桜ホールディングス株式会社の傘下", [("org", "桜ホールディングス株式会社")]),
    ("アルファ・システムズ合同会社と共同で", [("org", "アルファ・システムズ合同会社")]),
    ("九州建設㈱は", [("org", "九州建設㈱")]),
    # a word opening the sentence is not the name's; hiragana may open a name
    ("本日大成建設株式会社は", [("org", "大成建設株式会社")]),
    ("今回さくら精機株式会社は", [("org", "さくら精機株式会社")]),
    # a foreign company in katakana with 社; a group by its own name
    ("デンマークのオーステッド社からは", [("org", "オーステッド社")]),
    ("トヨタグループの", [("org", "トヨタグループ")]),
    # the railway's and the telephone company's regional companies, by letters and region
    ("　JR九州は、30日の九州新幹線の始発から", [("org", "JR九州")]),
    ("ＪＲ東日本とNTT西日本が", [("org", "ＪＲ東日本"), ("org", "NTT西日本")]),
    # a line of the railway is no company
    ("JR東海道線とJR九州線は", []),
    # no company: the said company, our group, a research group, a legal form alone
    ("同社は株式会社として当社グループの研究グループとワーキンググループを", []),
])
def test_japanese_companies(text, expected):
    assert entities("ja", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "from Rijnland Capital Partners N.V. for", [("org", "Rijnland Capital Partners N.V.")]),
    ("en", "and Lazard Frères SAS advised", [("org", "Lazard Frères SAS")]),
    ("en", "Toyota Motor Corporation said", [("org", "Toyota Motor Corporation")]),
    ("de", "Die Hans Weber Logistik GmbH & Co. KG übernimmt",
     [("org", "Hans Weber Logistik GmbH & Co. KG")]),
    # a German noun before the name is not the name's
    ("de", "ist die Beteiligungsgesellschaft Alpen Invest AG aus München",
     [("org", "Alpen Invest AG")]),
    ("es", "la empresa Aceites del Sur S.L.U. ha", [("org", "Aceites del Sur S.L.U.")]),
    ("fr", "la société Vinci SA a", [("org", "Vinci SA")]),
])
def test_legal_forms(lang, text, expected):
    assert entities(lang, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the weak declension of a title, and a company's titles
    ("mit dem mauretanischen Präsidenten Mohamed Ould Ghazouani zusammengetroffen",
     [("person", "Mohamed Ould Ghazouani")]),
    ("sagte Geschäftsführerin Katrin Vogt.", [("person", "Katrin Vogt")]),
])
def test_german_titles_in_more_forms(text, expected):
    assert entities("de", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a name with its role after it between commas, where a name stands: after a verb
    # of saying, at a sentence's start, after a colon
    ("en", '"We grow," said Kenji Morimoto, President and CEO of Hoshino Electric.',
     [("person", "Kenji Morimoto")]),
    ("en", "Jane Doe, spokesperson for the ministry, said the talks ended.",
     [("person", "Jane Doe")]),
    ("en", "Media contact: Laura Kim, Director of Communications",
     [("person", "Laura Kim")]),
    ("en", "Maria Castillo, chair of the audit committee, said", [("person", "Maria Castillo")]),
    ("de", "„Gut“, sagte Anna Weber, Sprecherin des Verbands.", [("person", "Anna Weber")]),
    ("de", "Jens Hartung, Geschäftsführer der Firma, sagte", [("person", "Jens Hartung")]),
    ("de", "erklärte Julia Brenner, Pressesprecherin des Amtes", [("person", "Julia Brenner")]),
    ("fr", "a déclaré Marie Dupont, porte-parole du groupe.", [("person", "Marie Dupont")]),
    ("es", "afirmó Ana García Ruiz, portavoz de la empresa.", [("person", "Ana García Ruiz")]),
])
def test_a_name_with_its_role_after_it(lang, text, expected):
    assert entities(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "before"), [
    # one word is no name; a company or a place before a role is none; a role followed
    # by a name names that name's role ("Hoshino Electric, President Kenji ...")
    ("en", "Meanwhile, President Biden said", "Meanwhile"),
    ("en", "In Tokyo Bay, Director of the port", "In Tokyo Bay"),
    ("en", "said Hoshino Electric, President Kenji Morimoto", "Hoshino Electric"),
    ("en", "said Mizuho Bank Group, head of the syndicate", "Mizuho Bank Group"),
    ("en", "said United States, Secretary of State", "United States"),
    # no verb of saying nor a sentence's start before it
    ("en", "the deal between Jane Doe, CEO of the firm", "Jane Doe"),
])
def test_what_is_no_name_before_a_role(lang, text, before):
    assert ("person", before) not in entities(lang, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("，华川新能源科技股份有限公司与德国博霖集团在上海签署",
     [("org", "华川新能源科技股份有限公司"), ("org", "博霖集团")]),
    # 控股 inside a name is the name's; "控股股东" is a controlling shareholder
    ("。公司控股股东华川控股集团有限公司持有", [("org", "华川控股集团有限公司")]),
    ("。华川储能（香港）有限公司将负责", [("org", "华川储能（香港）有限公司")]),
    ("。腾达控股表示，", [("org", "腾达控股")]),
    # a company's officer before the name
    ("华川新能源董事长陈立平表示，", [("person", "陈立平")]),
    ("。这家企业集团和一家有限公司与该集团", []),
])
def test_chinese_companies(text, expected):
    assert entities("zh", text) == expected


@pytest.mark.parametrize(("lang", "name", "short"), [
    ("zh", "华川新能源科技股份有限公司", "华川新能源"),
    ("zh", "华川储能（香港）有限公司", "华川储能"),
    ("zh", "博霖集团", "博霖"),
    ("zh", "外交部", None),
])
def test_a_chinese_company_short_name(lang, name, short):
    assert company_short_name(name, lang) == short


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Bundeskartellamt hat", [("org", "Bundeskartellamt")]),
    ("Sprecherin des Bundeskartellamtes.", [("org", "Bundeskartellamtes")]),
    ("mit der Bundesnetzagentur und dem Umweltbundesamt", [("org", "Bundesnetzagentur"),
                                                          ("org", "Umweltbundesamt")]),
    ("das Kraftfahrt-Bundesamt prüft", [("org", "Kraftfahrt-Bundesamt")]),
    ("beim Bundesamt für Migration und Flüchtlinge", [("org", "Bundesamt für Migration und "
                                                              "Flüchtlinge")]),
    # a kind of authority, a bare "Bundesamt", a federal state: no name
    ("die zuständige Aufsichtsbehörde, das Bundesamt, die Bundesländer, ein Ehrenamt", []),
])
def test_german_authorities(text, expected):
    assert entities("de", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("米Google社と独Siemens Energy社は", [("org", "Google社"), ("org", "Siemens Energy社")]),
    ("Microsoft社長", []),  # the president of Microsoft
])
def test_japanese_latin_companies(text, expected):
    assert entities("ja", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a public body: its head, adjectives in lower case, what it is of
    ("L'Autorité de la concurrence a autorisé", [("org", "Autorité de la concurrence")]),
    ("la Commission nationale de l'informatique et des libertés a prononcé",
     [("org", "Commission nationale de l'informatique et des libertés")]),
    ("La Direction générale de la concurrence, de la consommation et de la répression des "
     "fraudes avait transmis",
     [("org", "Direction générale de la concurrence, de la consommation et de la répression "
              "des fraudes")]),
    ("que la Commission européenne doit approuver", [("org", "Commission européenne")]),
    ("devant le Conseil d'État.", [("org", "Conseil d'État")]),
    ("un recours devant la cour d'appel de Paris.", [("org", "cour d'appel de Paris")]),
    # a ministry's portfolio may end in an adjective of its own
    ("Ministère de l'Agriculture et de la Souveraineté alimentaire",
     [("org", "Ministère de l'Agriculture et de la Souveraineté alimentaire")]),
    # the head alone, a phrase of the sentence after a comma, a kind of court: none
    ("transmis à l'Autorité en 2020", []),
    ("La Commission, de son côté, a rappelé", []),
    ("un tribunal administratif a jugé", []),
])
def test_french_public_bodies(text, expected):
    assert entities("fr", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bundesministerium für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz",
     [("org", "Bundesministerium für Umwelt, Naturschutz, nukleare Sicherheit und "
              "Verbraucherschutz")]),
    ("das Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung teilte mit",
     [("org", "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung")]),
    # an article or pronoun before a noun is no adjective of the portfolio
    ("Die Regierung in einem Schreiben", []),
])
def test_german_ministries_with_adjectives(text, expected):
    assert entities("de", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an appointing verb, the name, then its role without a comma
    ("en", "Kestrel Aerospace Names Priya Raman Chief Financial Officer",
     [("person", "Priya Raman")]),
    ("en", "The company today named Marcus Lindqvist chief operating officer, effective",
     [("person", "Marcus Lindqvist")]),
    ("en", "It also promoted Rafael Ortiz to senior vice president of engineering.",
     [("person", "Rafael Ortiz")]),
    ("fr", "Valmont Industries nomme Sophie Garnier directrice financière",
     [("person", "Sophie Garnier")]),
    ("fr", "la nomination de Sophie Garnier au poste de directrice financière",
     [("person", "Sophie Garnier")]),
    ("de", "Die Stadtwerke ernennt Julia Brenner zur Pressesprecherin.",
     [("person", "Julia Brenner")]),
    # no role after the name, or a capitalised name after the role: no person
    ("en", "The magazine named Brightwater Analytics one of the best employers.", []),
    ("en", "It named Kestrel Aerospace President Jane Doe as its adviser.",
     [("person", "Jane Doe")]),
    # a company officer's title spelt out before the name, no comma
    ("en", '"It is a strong foundation," said Chief Executive Officer Naomi Fletcher.',
     [("person", "Naomi Fletcher")]),
])
def test_a_name_an_appointing_verb_gives_a_role(lang, text, expected):
    assert entities(lang, text) == expected


def test_parts_are_no_ministry_in_chinese():
    assert entities("zh", "，二十年来累计交付零部件超过3,000万件。") == []


@pytest.mark.parametrize(("text", "expected"), [
    # Finnish writes a title in lower case (capitalised where it opens the sentence) and
    # undeclined before the name, which may be in a case: the title stays outside it
    ("Ministeri Anna Virtanen vieraili Tampereella.", [("person", "Anna Virtanen")]),
    ("pääministeri Petteri Orpon mukaan", [("person", "Petteri Orpon")]),
    ("tasavallan presidentti Alexander Stubb", [("person", "Alexander Stubb")]),
    ("toimitusjohtaja Matti Meikäläinen kertoo", [("person", "Matti Meikäläinen")]),
    # a portfolio's minister is one compound word
    ("Valtiovarainministeri Riikka Purra sanoi", [("person", "Riikka Purra")]),
    ("ulkoministeri Elina Valtonen tapasi Ruotsin ulkoministeri Tobias Billströmin",
     [("person", "Elina Valtonen"), ("person", "Tobias Billströmin")]),
    # no name after the title, a state, or the ministry: no person
    ("Ulkoministeri tapaa Ruotsin ulkoministerin", []),
    ("ministeri Suomi", []),
    ("Ulkoministeriö Matti", [("org", "Ulkoministeriö")]),
])
def test_finnish_titles(text, expected):
    assert entities("fi", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Turkish writes a title capitalised before the name; after what it is of, in its
    # possessive form, and a deputy's after it
    ("Bakan Ahmet Yılmaz açıkladı.", [("person", "Ahmet Yılmaz")]),
    ("Cumhurbaşkanı Recep Demir törene katıldı.", [("person", "Recep Demir")]),
    ("Vali Ayşe Kaya ziyaret etti.", [("person", "Ayşe Kaya")]),
    ("Başkan Mehmet Öztürk konuştu.", [("person", "Mehmet Öztürk")]),
    ("Dışişleri Bakanı Hakan Çelik görüştü.", [("person", "Hakan Çelik")]),
    ("İstanbul Valisi Davut Güler açıkladı.", [("person", "Davut Güler")]),
    ("Cumhurbaşkanı Yardımcısı Cevdet Yılmaz katıldı.", [("person", "Cevdet Yılmaz")]),
    # no name after the title, or a state: no person
    ("Bakan olarak görev yaptı.", []),
    ("Bakan Türkiye adına konuştu.", []),
])
def test_turkish_titles(text, expected):
    assert entities("tr", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Greek writes "κ." (κύριος) or "κα" (κυρία) before the name, the title before both;
    # the honorific is part of the name as written
    ("ο Υπουργός κ. Γιώργος Παπαδόπουλος δήλωσε", [("person", "κ. Γιώργος Παπαδόπουλος")]),
    ("η Υφυπουργός κα Μαρία Νικολάου παρέστη", [("person", "κα Μαρία Νικολάου")]),
    ("δήλωσε ο κ. Νίκος Δημητρίου.", [("person", "κ. Νίκος Δημητρίου")]),
    # a title alone before the name, in its cases; the portfolio after it is no name
    ("ο Πρωθυπουργός Κυριάκος Αντωνίου δήλωσε", [("person", "Κυριάκος Αντωνίου")]),
    ("συναντήθηκε με τον Πρωθυπουργό Κώστα Ιωάννου", [("person", "Κώστα Ιωάννου")]),
    ("ο Υπουργός Εξωτερικών Γιώργος Παπαδόπουλος δήλωσε",
     [("person", "Γιώργος Παπαδόπουλος")]),
    ("ο Υπουργός Εξωτερικών κ. Γιώργος Παπαδόπουλος δήλωσε",
     [("person", "κ. Γιώργος Παπαδόπουλος")]),
    # no name after the title: no person
    ("ο Υπουργός δήλωσε ότι", []),
    ("ο Υπουργός Εξωτερικών δήλωσε ότι", []),
])
def test_greek_honorifics_and_titles(text, expected):
    assert entities("el", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a title in lower case before the name, both declined
    ("cs", "Ministr Jan Lipavský se dnes setkal.", [("person", "Jan Lipavský")]),
    ("cs", "Podle ministra Jana Lipavského je to dobré.", [("person", "Jana Lipavského")]),
    ("cs", "ministryně Jana Černochová řekla", [("person", "Jana Černochová")]),
    ("cs", "náměstek ministra Jiří Kozák jednal", [("person", "Jiří Kozák")]),
    ("cs", "předseda vlády Petr Fiala uvedl", [("person", "Petr Fiala")]),
    ("cs", "jednal s premiérem Petrem Fialou", [("person", "Petrem Fialou")]),
    ("cs", "velvyslanec Hideo Suzuki předal", [("person", "Hideo Suzuki")]),
    ("sk", "minister Juraj Blanár povedal", [("person", "Juraj Blanár")]),
    ("sk", "predseda vlády Robert Fico uviedol", [("person", "Robert Fico")]),
    # past the portfolio, and its state
    ("cs", "Ministr zahraničních věcí Jan Lipavský se dnes", [("person", "Jan Lipavský")]),
    ("cs", "ministr zahraničních věcí ČR Jan Lipavský", [("person", "Jan Lipavský")]),
    ("sk", "minister zahraničných vecí a európskych záležitostí Juraj Blanár",
     [("person", "Juraj Blanár")]),
    # no name after the title, or a state's: no person
    ("cs", "ministr financí dnes oznámil", []),
    ("cs", "velvyslanec Japonska předal", []),
    ("cs", "velvyslanec České republiky v Tokiu", []),
])
def test_czech_and_slovak_titles(lang, text, expected):
    assert entities(lang, text) == expected


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize(("text", "expected"), [
    # Norwegian writes a title in lower case before the name (capitalised where it opens
    # the sentence): the title stays outside it
    ("statsråd Anniken Huitfeldt møtte", [("person", "Anniken Huitfeldt")]),
    ("Statsråd Anniken Huitfeldt sier", [("person", "Anniken Huitfeldt")]),
    # a portfolio's minister is one compound word
    ("sier utenriksminister Espen Barth Eide.", [("person", "Espen Barth Eide")]),
    ("statsminister Jonas Gahr Støre og kunnskapsminister Kari Nessa Nordtun",
     [("person", "Jonas Gahr Støre"), ("person", "Kari Nessa Nordtun")]),
    ("Kunnskapsminister Kari Nessa Nordtun", [("person", "Kari Nessa Nordtun")]),
    # a title alone, in its definite form, names no one
    ("statsministeren sa at utenriksministeren og statsråden", []),
    ("Statsministeren Jonas", []),
    ("utenriksministerens besøk", []),
])
def test_norwegian_titles(lang, text, expected):
    assert entities(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "ordfører Marianne Borgen åpnet"), ("nn", "ordførar Marianne Borgen opna")])
def test_a_norwegian_mayor_in_each_written_standard(lang, text):
    assert entities(lang, text) == [("person", "Marianne Borgen")]


@pytest.mark.parametrize(("lang", "state"), [
    ("nb", "Norge"), ("nn", "Noreg"),
    # an nn text may write the state as nb does, and nb as nn does
    ("nn", "Norge"), ("nb", "Noreg"), ("nn", "Sverige")])
def test_a_state_after_a_norwegian_title_is_no_person(lang, state):
    assert entities(lang, f"statsminister {state} og statsråd {state}") == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the Government in its definite form, opening a sentence or inside it, in the
    # genitive too
    ("nb", "Regjeringen øker støtten, sier regjeringen.", ["Regjeringen", "regjeringen"]),
    ("nb", "etter regjeringens forslag", ["regjeringens"]),
    ("nn", "Regjeringa aukar stønaden, seier regjeringa.", ["Regjeringa", "regjeringa"]),
    # a government named by its head, or a word it begins, is none
    ("nb", "Solberg-regjeringen og regjeringsadvokaten", []),
    ("nb", "en ny regjering", []),
])
def test_the_norwegian_government_is_an_organisation(lang, text, expected):
    assert [found for kind, found in entities(lang, text) if kind == "org"] == expected
