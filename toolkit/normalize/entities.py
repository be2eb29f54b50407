"""People and organisations, marked up only where a rule makes them certain.

A person is a run of capitalised name words (FAMILY names in capitals included, as
foreign ministries write them: "Mr. HAYASHI Yoshimasa") after an honorific ("Mr.",
"H.E.", "Mme", "г-н") or after a title ("Minister Hayashi", "Prime Minister Kishida");
the honorific belongs to the name as written, the title stays outside it. Russian
initials ("С.В.Лавров") are a person too. An organisation is a ministry, government or
embassy "of" somewhere, or a name ending in a company's legal form ("Inc.", "Co., Ltd.").

Nothing else is guessed: capitalised words alone are never a person, a country alone is
never an organisation. The tables are per language and small on purpose.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property, partial
from types import MappingProxyType

from babel import Locale

from toolkit.model import Span
from toolkit.normalize.values import Found, LazyPattern, S, Trigger, alt, words_of

HONORIFICS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("H.E.", "His Excellency", "Her Excellency", "Their Excellencies", "Mr.", "Ms.",
           "Mrs.", "Mr", "Ms", "Mrs", "Dr.", "Prof.", "Professor", "Sir", "Dame", "Madam",
           "Hon.", "Rt. Hon.", "Rt Hon",
           # India's official English (Mr., Mrs.): "Shri Shivraj Singh Chouhan"
           "Shri", "Smt.", "Smt"),
    "fr": ("M.", "MM.", "Mme", "Mmes", "Mlle", "Dr", "Pr", "S.E.", "Son Excellence",
           "Me"),
    "ru": ("г-н", "г-на", "г-ну", "г-ном", "г-не", "г-жа", "г-жи", "г-же", "г-жой",
           "господин", "господина", "госпожа", "госпожи", "Его Превосходительство",
           "Её Превосходительство", "Ее Превосходительство"),
    "de": ("Herr", "Herrn", "Frau", "Dr.", "Prof.", "S.E.", "I.E.", "Seine Exzellenz",
           "Ihre Exzellenz"),
    "es": ("Sr.", "Sra.", "Srta.", "D.", "Dña.", "Dª", "Excmo.", "Excma.", "S.E.", "Dr.",
           "Dra."),
    "pt": ("Sr.", "Sra.", "Dr.", "Dra.", "Exmo.", "Exma.", "S.Exa."),
    "it": ("Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Prof.", "Prof.ssa", "On.", "Ing.", "Avv."),
    # "κ." (κύριος) and "κα" (κυρία), in their cases ("του κ.", "της κας"), and spelt out
    "el": ("κ.", "κα", "κα.", "κας", "κας.", "κ.κ.", "κύριος", "κύριο", "κυρίου", "κυρία",
           "κυρίας"),
})

TITLES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # Polish titles decline with the name after them ("wojewody ... Ewy Sokół")
    "pl": ("minister", "ministra", "wiceminister", "wiceministra", "premier", "premiera",
           "prezydent", "prezydenta", "wojewoda", "wojewody", "burmistrz", "burmistrza",
           "marszałek", "marszałka", "starosta", "starosty", "wójt", "wójta"),
    "en": ("Prime Minister", "Minister", "President", "Vice President", "Ambassador",
           "Secretary-General", "Chief Cabinet Secretary", "Governor", "Mayor", "Chancellor",
           "Senator", "King", "Queen", "Emperor", "Crown Prince", "Pope",
           # a company's officers, spelt out ("said Chief Executive Officer Naomi Fletcher")
           "Chief Executive Officer", "Chief Executive", "Chief Financial Officer",
           "Chief Operating Officer", "Chief Technology Officer"),
    "fr": ("Premier ministre", "ministre", "président", "présidente", "ambassadeur",
           "ambassadrice", "secrétaire général", "secrétaire générale"),
    "ru": ("министр", "министра", "министром", "министру", "президент", "президента",
           "президентом", "президенту", "посол", "посла", "послом"),
    "de": ("Minister", "Ministerin", "Botschafter", "Botschafterin", "Präsident",
           "Präsidentin", "Präsidenten",  # the weak declension: "dem Präsidenten X"
           # a company's ("sagte Geschäftsführerin Katrin Vogt")
           "Geschäftsführer", "Geschäftsführerin", "Vorstandschef", "Vorstandschefin",
           "Vorstandsvorsitzende", "Vorstandsvorsitzender", "Generalsekretär",
           "Generalsekretärin", "Gouverneur", "König", "Königin", "Kaiser"),
    "es": ("ministro", "ministra", "presidente", "presidenta", "vicepresidente",
           "vicepresidenta", "embajador", "embajadora", "secretario de Estado",
           "secretaria de Estado", "secretario general", "secretaria general", "canciller",
           "rey", "reina", "alcalde", "alcaldesa", "director general", "directora general",
           "homólogo", "homóloga", "consejero", "consejera"),
    "pt": ("ministro", "ministra", "presidente", "vice-presidente", "secretário",
           "secretária", "secretário de Estado", "secretária de Estado", "diretor-geral",
           "diretora-geral", "diretor", "diretora", "embaixador", "embaixadora", "governador",
           "governadora", "prefeito", "prefeita", "presidente da Câmara"),
    "it": ("ministro", "ministra", "presidente", "vicepresidente", "sottosegretario",
           "sottosegretaria", "viceministro", "sindaco", "sindaca", "assessore", "assessora",
           "ambasciatore", "ambasciatrice", "direttore generale", "direttrice generale",
           "direttore", "direttrice", "amministratore delegato", "segretario generale"),
    # Czech and Slovak write a title in lower case before the name, and decline both
    # ("ministr Jan Lipavský", "podle ministra Jana Lipavského", "s premiérem Petrem
    # Fialou"); a portfolio between them is CS_SK_PORTFOLIOS'.
    "cs": ("ministr", "ministra", "ministrovi", "ministrem", "ministryně", "ministryni",
           "ministryní", "náměstek ministra", "náměstka ministra", "náměstkem ministra",
           "náměstkyně ministra", "předseda vlády", "předsedy vlády", "předsedovi vlády",
           "předsedou vlády", "předsedkyně vlády", "premiér", "premiéra", "premiérovi",
           "premiérem", "premiérka", "premiérky", "velvyslanec", "velvyslance",
           "velvyslanci", "velvyslancem", "velvyslankyně", "prezident", "prezidenta",
           "prezidentem", "prezidentka", "hejtman", "hejtmana", "hejtmanka", "primátor",
           "primátora", "primátorka", "starosta", "starosty", "starostka"),
    "sk": ("minister", "ministra", "ministrovi", "ministrom", "ministerka", "ministerky",
           "štátny tajomník", "štátna tajomníčka", "predseda vlády", "predsedu vlády",
           "predsedovi vlády", "predsedom vlády", "predsedníčka vlády", "premiér",
           "premiéra", "premiérom", "premiérka", "veľvyslanec", "veľvyslanca",
           "veľvyslancom", "veľvyslankyňa", "prezident", "prezidenta", "prezidentka",
           "prezidentky", "primátor", "primátora", "starosta", "starostu", "župan"),
    # Dutch writes a title in lower case before the name ("minister Vincent Van
    # Quickenborne", "burgemeester Bart De Wever"), capitalised at a sentence's start
    "nl": ("minister", "minister-president", "premier", "vicepremier", "eerste minister",
           "staatssecretaris", "burgemeester", "schepen", "gouverneur", "commissaris",
           "ambassadeur", "voorzitter", "directeur-generaal"),
    # Finnish writes a title in lower case in running text, undeclined before the name
    # ("pääministeri Petteri Orpon mukaan"); a portfolio's minister is a compound
    # (FI_TITLE_ENDINGS).
    "fi": ("ministeri", "pääministeri", "presidentti", "tasavallan presidentti",
           "suurlähettiläs", "pormestari", "kansliapäällikkö", "valtiosihteeri", "pääjohtaja",
           "toimitusjohtaja"),
    # Turkish writes a title before the name, capitalised; after what it is of, in its
    # possessive form ("Dışişleri Bakanı Hakan Fidan", "İstanbul Valisi ..."), and a
    # deputy's after it ("Cumhurbaşkanı Yardımcısı ...").
    # Norwegian, Bokmål and Nynorsk, as Finnish: a title in lower case before the name
    # ("statsråd Anniken Huitfeldt"), a portfolio's minister one compound word
    # (NO_TITLE_ENDINGS: "utenriksminister", "statsminister"); its definite form names
    # no one ("statsministeren sa").
    "nb": ("minister", "statsråd", "statssekretær", "ordfører", "varaordfører",
           "fylkesordfører", "ambassadør", "president", "kong", "dronning", "kronprins",
           "kronprinsesse", "administrerende direktør", "konsernsjef", "daglig leder"),
    "nn": ("minister", "statsråd", "statssekretær", "ordførar", "varaordførar",
           "fylkesordførar", "ambassadør", "president", "kong", "dronning", "kronprins",
           "kronprinsesse", "administrerande direktør", "konsernsjef", "dagleg leiar"),
    "tr": ("Bakan", "Bakanı", "Bakan Yardımcısı", "Başbakan", "Cumhurbaşkanı",
           "Cumhurbaşkanı Yardımcısı", "Vali", "Valisi", "Vali Yardımcısı", "Başkan",
           "Başkanı", "Başkan Yardımcısı", "Başkanvekili", "Büyükelçi", "Büyükelçisi",
           "Genel Müdür", "Genel Müdürü", "Kaymakam", "Kaymakamı"),
})

# What joins a title to the place or portfolio it is of, where the name follows between
# commas ("el ministro de Agricultura, Pesca y Alimentación, Luis Planas,", "die
# Botschafterin der Französischen Republik, Anne-Marie Descôtes,"); "su homólogo
# marroquí, Mohammed Sadiki," has none. Not English: the rule's scan of every title cost
# the 1,000-release English corpus 6.6% more instructions, and English writes the name
# after an honorific there ("..., Mr. KIHARA Minoru,"), which is found.
TITLE_OF: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "de": ("der", "des", "für", "von"),
    "es": ("de", "del", "para"),  # "la ministra para la Transición Ecológica, ..."
    "pt": ("de", "da", "do", "dos", "das"),  # "o ministro de Minas e Energia, ..."
    "it": ("di", "del", "della", "delle", "dei", "degli", "dello", "alla", "al", "per"),
})

# A name followed by its role between commas: "said Kenji Morimoto, President and CEO of
# Hoshino Electric", "Jane Doe, spokesperson for the ministry, said", "erklärte Julia
# Brenner, Sprecherin des Amtes". The role is the clue, but only where a name stands: at
# a sentence's start or after a verb of saying, two to five name words, and the role not
# followed by a capitalised word ("Hoshino Electric, President Kenji Morimoto" names the
# company, then the president).
APPOSITIVE_ROLES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("President", "Vice President", "CEO", "CFO", "COO", "CTO", "Chief Executive",
           "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer",
           "Chief Technology Officer", "Chairman", "Chairwoman", "Chair", "Chairperson",
           "Founder", "Co-founder", "Director", "Managing Director", "Director-General",
           "Director General", "Head", "Spokesperson", "Spokesman", "Spokeswoman",
           "General Manager", "Managing Partner", "Minister", "Secretary",
           "Secretary-General", "Ambassador", "Governor", "Mayor", "Professor",
           "Commissioner"),
    "fr": ("président", "présidente", "président-directeur général", "PDG", "directeur",
           "directrice", "directeur général", "directrice générale", "porte-parole",
           "fondateur", "fondatrice", "cofondateur", "cofondatrice", "ministre",
           "secrétaire général", "secrétaire générale", "gérant", "gérante",
           "vice-président", "vice-présidente", "ambassadeur", "ambassadrice", "maire"),
    "es": ("presidente", "presidenta", "vicepresidente", "vicepresidenta",
           "consejero delegado", "consejera delegada", "director", "directora",
           "director general", "directora general", "portavoz", "fundador", "fundadora",
           "cofundador", "cofundadora", "ministro", "ministra", "secretario general",
           "secretaria general", "gerente", "embajador", "embajadora", "alcalde",
           "alcaldesa", "CEO"),
})
# German roles are nouns, also compounds ("Pressesprecherin", "Abteilungsleiter"): a
# capitalised word ending in one of these.
DE_ROLE_ENDINGS = ("sprecher", "sprecherin", "führer", "führerin", "leiter", "leiterin",
                   "vorsitzende", "vorsitzender", "chef", "chefin", "direktor", "direktorin",
                   "gründer", "gründerin", "präsident", "präsidentin", "minister",
                   "ministerin", "sekretär", "sekretärin", "botschafter", "botschafterin")
# Words that may stand between the comma and the role ("the company's", "ehemalige").
ROLE_MODIFIERS = ("the", "its", "our", "their", "former", "new", "deputy", "senior",
                  "executive", "acting", "interim", "group", "global", "regional",
                  "die", "der", "ehemalige", "ehemaliger", "neue", "neuer", "stellvertretende",
                  "stellvertretender", "le", "la", "l'", "ancien", "ancienne", "nouveau",
                  "nouvelle", "el", "su", "actual", "nuevo", "nueva")
# Verbs of saying a name follows ("said Kenji Morimoto, President ...").
SAY_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("said", "says", "added", "adds", "explained", "explains", "noted", "notes",
           "commented", "stated", "continued", "remarked", "according to"),
    "de": ("sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "so", "meinte",
           "ergänzte", "kommentierte", "unterstrich", "laut"),
    "fr": ("déclaré", "déclare", "indiqué", "indique", "expliqué", "explique", "souligné",
           "souligne", "affirmé", "affirme", "précisé", "précise", "estimé", "estime",
           "ajouté", "ajoute", "commenté", "selon"),
    "es": ("declaró", "afirmó", "dijo", "explicó", "señaló", "indicó", "aseguró", "destacó",
           "añadió", "subrayó", "comentó", "según"),
})
# Verbs of appointing a name and its role follow without a comma ("Names Priya Raman
# Chief Financial Officer", "today named Marcus Lindqvist chief operating officer",
# "nomme Sophie Garnier directrice financière", "ernennt Julia Brenner zur Sprecherin"),
# and the words that may join the name to the role ("as", "au poste de", "zur").
APPOINT_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("appoints", "appointed", "names", "named", "promotes", "promoted", "hires", "hired",
           "elects", "elected"),
    "fr": ("nomme", "nomination de", "désigne", "promeut", "recrute"),
    "de": ("ernennt", "beruft", "bestellt", "befördert"),
    "es": ("nombra", "nombramiento de", "designa", "designación de", "ficha"),
})
APPOINT_JOINERS = frozenset(("as", "to", "its", "the", "new", "au", "poste", "de", "comme",
                             "en", "tant", "que", "nouveau", "nouvelle", "zum", "zur", "als",
                             "neuen", "neue", "como", "nuevo", "nueva"))

# Words no person's name holds: an organisation's ("Hoshino Electric Group, Head ...").
ORG_WORDS = frozenset({
    "Group", "Bank", "University", "Committee", "Council", "Agency", "Company",
    "Corporation", "Association", "Foundation", "Institute", "Office", "Department",
    "Ministry", "Embassy", "Government", "Holdings", "Partners", "Capital", "Technologies",
    "Systems", "Industries", "International", "Electric", "Motors", "Energy", "Solutions",
    "Board", "Commission", "Authority", "Service", "Services", "News", "Press",
})

# Words that open the name of a state, not of a person ("Посол Республики Казахстан").
STATE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Republic", "Kingdom", "State", "States", "Federation", "Commonwealth"),
    "fr": ("République", "Royaume", "État", "États", "Fédération"),
    "ru": ("Республика", "Республики", "Республике", "Республикой", "Королевство",
           "Королевства", "Федерация", "Федерации", "Российской", "Соединенных",
           "Соединённых", "Государство", "Государства"),
    "de": ("Republik", "Bundesrepublik", "Königreich", "Königreichs", "Staat", "Staaten",
           "Föderation"),
    "es": ("República", "Reino", "Estado", "Estados", "Federación"),
    # (a state's adjective: "velvyslanec České republiky")
    "cs": ("Česká", "České", "Českou", "Slovenská", "Slovenské", "Spojené", "Spojených",
           "Spolková", "Spolkové", "Republika", "Republiky", "Království"),
    "sk": ("Česká", "Českej", "Slovenská", "Slovenskej", "Spojené", "Spojených", "Spolková",
           "Spolkovej", "Republika", "Republiky", "Kráľovstvo", "Kráľovstva"),
})

# Letters after a name that are no part of it ("the Hon. Richard Marles MP").
POST_NOMINALS = ("MP", "MEP", "MSP", "QC", "KC", "OBE", "CBE", "MBE", "KBE")

# German compounds of a title ("Bundesaußenministerin", "Staatssekretär"): any
# capitalised word ending in one of these, with the feminine -in.
DE_TITLE_ENDINGS = ("minister", "kanzler", "präsident", "sekretär", "botschafter")

# Japanese writes the title after the name ("林外務大臣", "山田大使") and the honorific
# too ("田中一郎氏", "アイダ・サルバエワさん"); a portfolio may precede 大臣.
JA_TITLES = ("内閣総理大臣", "総理大臣", "総理", "首相", "外相", "副大臣", "大臣政務官", "大臣",
             "官房長官", "国務長官", "長官", "大統領", "副大統領", "国家主席", "国王", "皇太子",
             "特命全権大使", "大使", "総領事", "事務総長", "事務局長", "審議官", "局長", "知事",
             "市長", "議長", "報道官", "首席補佐官", "理事長", "理事", "副総裁", "総裁",
             "会長", "社長")
JA_PORTFOLIOS = ("外務", "財務", "防衛", "法務", "総務", "文部科学", "厚生労働", "農林水産",
                 "経済産業", "国土交通", "環境", "復興", "デジタル", "内閣府特命担当",
                 "エネルギー", "商務", "通商", "国防")
JA_HONORIFICS = ("氏", "さん", "様", "殿")
# Words before a title or honorific that are not a name: "同大臣" (the said minister),
# "両外相", "皆様" and "皆さん" (everyone: "被災者の皆様").
JA_NOT_NAMES = ("同", "両", "各", "本", "当", "貴", "前", "元", "新", "現", "次期", "歴代",
                "日本", "我が国", "政府", "外務", "首脳", "閣僚", "皆")
# A name does not end as an institution or a place does (not 村, 部 or 市: 中村, 阿部,
# 古市 are family names), nor as a kind of person does ("利用者様", "関係者各位").
JA_NOT_NAME_ENDINGS = ("国", "省", "府", "庁", "県", "局", "会", "団", "館", "側", "党", "軍",
                       "州", "区", "的", "者")
# The kind of state that ends a country's formal name ("キルギス共和国").
JA_STATES = ("共和国", "王国", "連邦", "合衆国", "首長国連邦", "首長国", "公国", "大公国")
# One-character country names written before a title ("ブリンケン米国務長官").
JA_COUNTRY_MARKS = ("米", "英", "仏", "独", "中", "韓", "露", "豪", "加", "伊", "印", "比")
# Japanese organisations end in these ("外務省", "日本政府", "在キルギス日本国大使館").
JA_ORG_ENDINGS = ("大使館", "総領事館", "領事館", "政府代表部", "代表部", "政府", "省", "庁")
JA_ORG_NAMES = ("内閣府", "内閣官房", "国際協力機構")
# Words that open a sentence before an organisation's name, without a comma ("本日外務省で").
JA_LEADING = ("本日", "同日", "昨日", "今般", "今回", "今後", "また", "なお")

# Chinese companies end in their legal form ("华川新能源科技股份有限公司"), or in 集团
# (group) or 控股 (holdings) as part of the name ("博霖集团", "华川控股集团有限公司"); 控股
# alone ends a name only where no Han follows ("控股股东" is a controlling shareholder).
ZH_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# Words a company's name never holds ("公司控股股东华川…": the company's shareholder), and
# words it may follow directly ("股东华川控股集团有限公司", "与德国博霖集团").
ZH_NOT_IN_COMPANY = ("公司", "股东", "子公司", "签署", "协议", "表示", "宣布", "成立",
                     "收购", "合作", "的", "是", "为", "在", "将", "与", "和", "同", "及",
                     "向", "由", "对", "从")
# Words that open a kind of company, not a company's name ("企业集团", "该集团", "一家公司").
ZH_NOT_COMPANIES = ("企业", "该", "本", "各", "这家", "一家", "两家", "大型", "跨国", "国有",
                    "民营", "中央", "上市", "控股", "有限")
ZH_BEFORE_COMPANY = ("股东", "子公司", "旗下", "与", "和", "同", "及", "向", "由", "对", "从",
                     "为", "是", "在", "、")
# Words of trade a Chinese company's short name drops ("华川新能源科技" -> "华川新能源").
ZH_TRADE_WORDS = ("科技", "技术", "实业", "发展", "国际", "投资", "控股", "集团", "股份")
# A company's officers, written before the name ("董事长陈立平表示"); never after a name,
# where the company's own name stands ("华川新能源董事长").
ZH_COMPANY_TITLES = ("董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官",
                     "首席财务官", "创始人", "董事会秘书")

# Chinese writes a title before the name ("外长王毅在北京", "发言人汪文斌表示") or after it
# ("王毅外长", "杜德文大使"), and an honorific after it ("李明先生", "萨尔巴耶娃女士").
ZH_TITLES = ("国务委员", "国家主席", "副主席", "主席", "副总理", "总理", "副总统", "总统", "首相",
             "外交部长", "外长", "副部长", "部长", "特命全权大使", "大使", "总领事", "发言人",
             "秘书长", "总干事", "国王", "司长", "局长", "省长", "市长", "副代表", "首席代表")
ZH_HONORIFICS = ("先生", "女士", "夫人", "阁下")
# A name is not one of these words, nor does it end as an institution or a side does,
# nor in "副", which opens a deputy's title ("体育局副局长周立新": the bureau, then
# its deputy director).
ZH_NOT_NAMES = ("中方", "双方", "两国", "各国", "本国", "我国", "该国", "前任", "现任", "新任",
                "历任", "驻华", "政府", "举行", "会见", "会谈", "表示", "出席", "主持", "宣布",
                "将于", "共同", "一致", "分别", "还将", "也将", "同意", "代表")
ZH_NOT_NAME_ENDINGS = ("国", "部", "府", "馆", "方", "会", "局", "处", "团", "省", "市", "州",
                       "级", "委", "院", "署", "副")
# What follows a name written after its title: a verb, a preposition or punctuation.
ZH_AFTER_NAME = ("在", "同", "与", "和", "及", "表示", "指出", "说", "宣布", "举行", "会见",
                 "会谈", "出席", "主持", "邀请", "将", "于", "当天", "当日", "也", "还", "是",
                 "介绍",
                 "，", "、", "。", "；", "：", "（", "）", "”", "等")
# Verbs a headline ends with after a title ("外长访华"): never a name.
ZH_HEADLINE_VERBS = ("访华", "访问", "出访", "抵达", "抵京", "离京", "致辞", "讲话", "发表",
                     "答记者问", "辞职", "就职")
# Words a name may follow directly: the end of an embassy or a list ("大使馆杜德文大使",
# "代表李明先生"), a conjunction.
ZH_BEFORE_NAME = ("馆", "部", "、", "和", "与", "同", "及", "代表", "应", "请")
# Organisations end in these ("中国政府", "马来西亚驻华大使馆", "外交部"); a ministry's name
# before a title is part of that title ("外交部发言人", "外交部长").
ZH_ORG_ENDINGS = ("驻华大使馆", "大使馆", "总领事馆", "领事馆", "代表团", "政府", "部")
# A government's bureau is named by the state or a province, city, county or district
# it is of and its field ("国家市场监督管理总局", "江城市体育局"); these words end in "局"
# without being one (a situation, an outcome, a layout, the authorities).
ZH_NOT_BUREAUS = ("格局", "结局", "布局", "大局", "全局", "当局", "开局", "政局", "时局", "残局",
                  "僵局", "出局", "赌局", "骗局", "饭局", "终局", "定局", "变局", "新局", "棋局",
                  "邮局", "胜局", "败局")
# ... but these bureaus' names end in one ("财政局", finance, in "政局"; civil affairs,
# the post, municipal services): a bureau all the same.
ZH_BUREAUS_AS_WORDS = ("财政局", "民政局", "邮政局", "市政局")
# A government's other bodies end in a commission ("上海市商务委员会", "国家发展改革委"), a
# province's department ("广东省教育厅") or an office ("国务院新闻办公室"); these words end
# in "委" without being one (a standing committee's member, a judge, an editor, a
# commissar, a party's chair) ...
ZH_NOT_COMMISSIONS = ("常委", "评委", "编委", "政委", "主委")
# ... and these in "厅" (a hall, a room): a department is a province's, never a hall.
ZH_NOT_DEPARTMENTS = ("客厅", "餐厅", "大厅", "展厅", "门厅", "舞厅", "歌厅", "饭厅", "前厅",
                      "会议厅", "音乐厅", "宴会厅", "营业厅", "咖啡厅", "报告厅", "演播厅",
                      "放映厅", "候车厅", "候机厅", "售票厅", "观众厅", "功能厅", "接待厅",
                      "休息厅", "议事厅", "展览厅", "陈列厅", "演奏厅", "体验厅", "展示厅")
# Words ending in "部" that are not a ministry ("全部", all; "北部", the north).
ZH_NOT_ORGS = ("全部", "内部", "外部", "局部", "干部", "总部", "东部", "西部", "南部", "北部",
               "中部", "俱乐部")

# Words a person's full name follows, each a convention of its language, not a title:
# the predecessor after a verb of succeeding ("She succeeds Thomas Albrecht", "Elle
# succède à Laurent Picard", "folgt er auf Mateo Ferreira", "sucede a", "сменит Игоря
# Белова"); a role noun the title tables do not list, in German one compound ("sagte
# die Meteorologin Sabine Krüger", "Oberbürgermeister Volker Brandt", "Sportdirektor"),
# in Spanish after its article ("el magistrado Andrés Villalobos Peña"); a nationality
# after its article, as sports results name athletes ("Le Kényan Daniel Kiprono", "la
# Française Léa Morin", "der Norweger Erik Solberg"). The name is two to five
# capitalised words, no capitalised word after it.
PERSON_CUES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("succeeds", "succeeded", "will succeed", "takes over from", "took over from",
           "will take over from"),
    "fr": ("succède à", "succédera à", "succédé à", "succéder à"),
    "de": ("folgt auf", "folgte auf", "folgt er auf", "folgt sie auf", "folgte er auf",
           "folgte sie auf", "Nachfolger von", "Nachfolgerin von"),
    "es": ("sucede a", "sucederá a", "sustituye a", "sustituirá a", "releva a",
           "relevará a"),
    "ru": ("сменит", "сменил", "сменила", "сменяет", "сменившего", "сменившая"),
})
# German role nouns before a name, alone or as a compound's last part ("Cheftrainerin").
DE_ROLES_BEFORE = ("meteorologe", "meteorologin", "bürgermeister", "bürgermeisterin",
                   "direktor", "direktorin", "trainer", "trainerin", "landrat", "landrätin",
                   "kapitän", "kapitänin", "stadtrat", "stadträtin", "dezernent",
                   "dezernentin", "intendant", "intendantin", "kurator", "kuratorin")
# Spanish roles after their article ("la catedrática Elena Soto Vidal").
ES_ROLES_BEFORE = ("magistrado", "magistrada", "catedrático", "catedrática", "investigador",
                   "investigadora", "rector", "rectora", "concejal", "concejala", "juez",
                   "jueza", "fiscal", "diputado", "diputada", "senador", "senadora",
                   "entrenador", "entrenadora", "seleccionador", "seleccionadora",
                   "biólogo", "bióloga", "doctor", "doctora", "delegado", "delegada",
                   "subdelegado", "subdelegada", "periodista", "escritor", "escritora",
                   "arquitecto", "arquitecta")
# Nationalities after their article, as athletes are named ("Le Kényan", "der Kenianer").
NATIONALITIES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": tuple(f"{stem}{end}" for stem, ends in (
        ("Kényan", ("", "e")), ("Éthiopien", ("", "ne")), ("Érythréen", ("", "ne")),
        ("Ougandais", ("", "e")), ("Tanzanien", ("", "ne")), ("Marocain", ("", "e")),
        ("Algérien", ("", "ne")), ("Tunisien", ("", "ne")), ("Français", ("", "e")),
        ("Allemand", ("", "e")), ("Italien", ("", "ne")), ("Espagnol", ("", "e")),
        ("Portugais", ("", "e")), ("Américain", ("", "e")), ("Canadien", ("", "ne")),
        ("Brésilien", ("", "ne")), ("Japonais", ("", "e")), ("Chinois", ("", "e")),
        ("Norvégien", ("", "ne")), ("Suédois", ("", "e")), ("Néerlandais", ("", "e")),
        ("Polonais", ("", "e")), ("Ukrainien", ("", "ne")), ("Australien", ("", "ne")),
        ("Sénégalais", ("", "e")), ("Ivoirien", ("", "ne")), ("Camerounais", ("", "e")),
        ("Britannique", ("",)), ("Belge", ("",)), ("Suisse", ("",)), ("Russe", ("",)))
        for end in ends),
    "de": tuple(f"{stem}{end}" for stem, ends in (
        ("Kenianer", ("", "in")), ("Äthiopier", ("", "in")), ("Eritreer", ("", "in")),
        ("Ugander", ("", "in")), ("Tansanier", ("", "in")), ("Marokkaner", ("", "in")),
        ("Norweger", ("", "in")), ("Italiener", ("", "in")), ("Spanier", ("", "in")),
        ("Amerikaner", ("", "in")), ("US-Amerikaner", ("", "in")), ("Kanadier", ("", "in")),
        ("Brasilianer", ("", "in")), ("Japaner", ("", "in")), ("Niederländer", ("", "in")),
        ("Belgier", ("", "in")), ("Schweizer", ("", "in")), ("Österreicher", ("", "in")),
        ("Australier", ("", "in")), ("Ukrainer", ("", "in")), ("Engländer", ("", "in")),
        ("Schwede", ("", "n")), ("Franzose", ("", "n")), ("Brite", ("", "n")),
        ("Pole", ("", "n")), ("Däne", ("", "n")), ("Finne", ("", "n")), ("Russe", ("", "n")),
        ("Portugiese", ("", "n")), ("Chinese", ("", "n")), ("Schwedin", ("",)),
        ("Französin", ("",)), ("Britin", ("",)), ("Polin", ("",)), ("Dänin", ("",)),
        ("Finnin", ("",)), ("Russin", ("",)), ("Portugiesin", ("",)), ("Chinesin", ("",)))
        for end in ends),
})

# French names a person after the role and a comma ("sa présidente, Anne Richard", "La
# ministre de la Culture, Rachida Dati, inaugurera", "Le maire de Grenoble, Olivier
# Besson, a rendu hommage"): the roles of the title and appositive tables, and these.
FR_ROLES_BEFORE_COMMA = ("préfet", "préfète", "sous-préfet", "sous-préfète")
# Words of a body, not of a name, after such a comma ("le maire de Lyon, Grand Lyon
# Métropole, ...", "la directrice générale, Banque de France, ...").
FR_ORG_WORDS = frozenset(("Banque", "Groupe", "Société", "Compagnie", "Fondation",
                          "Association", "Université", "Métropole", "Mobilités", "Ville",
                          "Région", "Département", "Mairie", "Syndicat", "Fédération",
                          "Mutuelle", "Crédit", "Centre", "Musée", "Théâtre"))

# A press contact's label opening a line, the name after it ("Contact presse : Julie
# Roche, +33 ...", "Pressekontakt: Lena Schubert", "媒体联系人：王晓静，").
CONTACT_LABELS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Media contact", "Media contacts", "Press contact", "Press contacts",
           "Media enquiries", "Media inquiries", "Press enquiries", "Press inquiries",
           "Investor contact", "Investor contacts", "Investor enquiries", "Contact"),
    "fr": ("Contact presse", "Contacts presse", "Contact médias", "Contact média",
           "Relations presse", "Relations médias", "Contact"),
    "de": ("Pressekontakt", "Medienkontakt", "Kontakt", "Ansprechpartner",
           "Ansprechpartnerin"),
    "es": ("Contacto de prensa", "Contacto para medios", "Contacto con los medios",
           "Contacto"),
    "pt": ("Contacto para a imprensa", "Contato para a imprensa", "Contacto de imprensa",
           "Contato de imprensa", "Assessoria de imprensa", "Contacto", "Contato"),
    "nl": ("Perscontact", "Perscontacten", "Woordvoerder", "Contactpersoon",
           "Voor meer informatie", "Contact"),
    "it": ("Contatti stampa", "Contatto stampa", "Contatti per la stampa", "Contatti",
           "Contatto"),
    "ru": ("Контакты для СМИ", "Контакт для СМИ", "Контакты для прессы", "Контактное лицо"),
    "cs": ("Kontakt pro média", "Kontakty pro média", "Tisková mluvčí", "Tiskový mluvčí",
           "Mluvčí", "Kontakt"),
    "sk": ("Kontakt pre médiá", "Kontakty pre médiá", "Tlačová hovorkyňa", "Tlačový hovorca",
           "Hovorkyňa", "Hovorca", "Kontakt"),
    "hu": ("Sajtókapcsolat", "Szóvivő", "Kapcsolat"),
    "pl": ("Kontakt dla mediów", "Kontakt dla prasy", "Kontakt dla dziennikarzy",
           "Kontakt prasowy", "Rzecznik prasowy", "Rzeczniczka prasowa", "Kontakt"),
    "nb": ("Kontaktperson", "Kontaktpersoner", "Pressekontakt", "Pressekontakter",
           "For mer informasjon", "Kontakt"),
    "nn": ("Kontaktperson", "Kontaktpersonar", "Pressekontakt", "Pressekontaktar",
           "For meir informasjon", "Kontakt"),
    "da": ("Pressekontakt", "Kontaktperson", "Kontaktpersoner", "Yderligere oplysninger",
           "For yderligere oplysninger", "Yderligere information", "Kontakt"),
    "sv": ("Presskontakt", "Presskontakter", "Pressekreterare", "Presschef", "Kontaktperson",
           "Kontaktpersoner", "För mer information", "Kontakt"),
    "id": ("Kontak media", "Kontak pers", "Narahubung", "Informasi lebih lanjut", "Kontak"),
    "ro": ("Contact presă", "Contact pentru presă", "Persoană de contact", "Contact"),
    "ca": ("Contacte de premsa", "Contactes de premsa", "Contacte per a la premsa",
           "Persona de contacte", "Per a més informació", "Contacte"),
    # (Hebrew's spokesperson's unit first: it is named with its ministry's words,
    # "דוברות המשרד", "דוברות משרד החוץ", which `_cue_rules` reads after it)
    "he": ("דוברות", "לפרטים נוספים", "ליצירת קשר", "פרטי קשר", "פרטי התקשרות"),
    "zh": ("媒体联系人", "新闻联系人", "联系人"),
})
# Hebrew, which no capitals mark: words after a contact's label that are no name's (a
# body, the spokesperson's role or unit, a request to call), each perhaps after a prefix
# ("לדוברות").
HE_CONTACT_NOT_NAMES = ("משרד", "לשכת", "עיריית", "רשות", "אגף", "מחלקת", "יחידת", "מטה",
                        "דוברות", "דובר", "דוברת", "הדוברות", "השר", "השרה", "פנו", "ניתן",
                        "לפנות", "נא", "אנא", "טל", "טלפון", "פקס", "נייד", "אתר")
# Japanese: an officer named after the role and a colon in a company's header line
# ("（本社：大阪市、代表取締役社長：佐藤健一）"); a contact or attendee line of a
# department or role, a full-width space, and the name ending it ("（問い合わせ先）広報部
# 佐藤美咲", "出席者：代表取締役社長　高橋誠").
JA_HEADER_ROLES = ("代表取締役社長", "代表取締役会長", "代表取締役", "取締役社長", "代表者",
                   "代表理事", "理事長", "社長", "会長", "学長", "院長", "所長")
JA_LINE_ROLE_ENDINGS = ("部", "課", "室", "係", "社長", "会長", "役員", "取締役", "部長", "課長",
                        "室長", "係長", "担当", "センター", "事務局")

# Capitalised words that follow a title without being a name ("Ambassador Extraordinary").
NOT_NAMES = frozenset({
    "Extraordinary", "Plenipotentiary", "Counsellor", "Counselor", "Emeritus", "Designate",
    "Elect", "The", "Of", "For", "And", "In", "On", "At", "To",
})


# English headlines capitalise their words ("Minister Opens New Bridge", "Prime Minister
# Ishiba Attends G7 Summit"), so a title's capitals there need be no name's: in a
# title-case text (`_title_case`) a name after a title or honorific ends before a
# headline's verb or common word, and a title with one right after it names no one. Not
# in a sentence, where "Ambassador Sarah Marks" is a name, and these words are written
# in lower case when they are none.
HEADLINE_WORDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "en": frozenset({
        # verbs, as headlines write them
        "Opens", "Opened", "Visits", "Visited", "Signs", "Signed", "Meets", "Met",
        "Attends", "Attended", "Announces", "Announced", "Launches", "Launched", "Holds",
        "Held", "Hosts", "Hosted", "Receives", "Received", "Welcomes", "Welcomed", "Calls",
        "Urges", "Unveils", "Unveiled", "Pays", "Says", "Makes", "Takes", "Gives",
        "Leads", "Joins", "Delivers", "Delivered", "Addresses", "Discusses", "Inaugurates",
        "Inaugurated", "Congratulates", "Condemns", "Expresses", "Extends", "Issues",
        "Releases", "Approves", "Approved", "Appoints", "Appointed", "Nominates",
        "Outlines", "Presents", "Reaffirms", "Highlights", "Stresses", "Commends",
        "Chairs", "Concludes", "Begins", "Starts", "Completes", "Travels", "Arrives",
        "Departs", "Returns", "Tours", "Toured", "Inspects", "Honours", "Honors",
        "Celebrates", "Commemorates", "Lays", "Speaks", "Spoke", "Talks", "Thanks",
        "Offers", "Accepts", "Confirms", "Agrees", "Pledges", "Commits", "Supports",
        "Backs", "Vows", "Warns", "Rejects", "Denies", "Responds", "Hails", "Praises",
        "Greets", "Mourns", "Introduces", "Proposes", "Submits", "Seeks", "Asks", "Orders",
        "Reviews", "Explores", "Promotes", "Strengthens", "Boosts", "Expands",
        "Adopts", "Passes", "Reveals", "Shares", "Steps", "Resigns", "Retires", "Wins",
        "Secures", "Awards", "Convenes", "Reiterates", "Emphasises", "Emphasizes",
        "Underlines", "Encourages", "Invites", "Witnesses", "Observes", "Sworn", "Sworn-In",
        "Swears", "Tables", "Briefs", "Briefed",
        # what a headline says a title has or gives, and the words joining its parts
        "Statement", "Remarks", "Message", "Speech", "Address", "Visit", "Meeting",
        "Interview", "Briefing", "Press", "Conference", "Op-Ed", "Letter", "Condolences",
        "Congratulations", "New", "Joint", "Official", "Annual", "To", "Is", "Was",
        "Has", "And", "With", "Of", "On", "In", "At", "For", "From", "As", "The"}),
})
# The short words title case writes in lower case ("Minister Visits the Port of Kobe").
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "of", "to",
                          "in", "on", "at", "by", "with", "from", "into", "as", "per", "via",
                          "vs", "vs.", "up", "off", "over"})
_SPACED = re.compile(r"\S+")


def _title_case(text: str) -> bool:
    """Whether `text` is written in title case: three words or more besides the minor
    ones, at most one in five of those in lower case (a sentence of names and titles
    holds more: "Prime Minister Ishiba attended the summit today")."""
    words = [w for w in (w.strip("\"“”‘’'([{,.:;!?") for w in text.split())
             if w[:1].isalpha() and w.casefold() not in _MINOR_WORDS]
    lower = sum(1 for w in words if not w[0].isupper())
    return len(words) >= 3 and 5 * lower <= len(words)


def _headline_end(text: str, start: int, end: int, words: frozenset[str],
                  lead: frozenset[str]) -> int:
    """Where a name found at `start`..`end` ends in a title-case `text`: before its first
    headline word (HEADLINE_WORDS); `start` when no word of a name is left, only the
    honorifics it opened with (`lead`). Elsewhere `end`."""
    parts = list(_SPACED.finditer(text, start, end))
    if words.isdisjoint(p.group() for p in parts) or not _title_case(text):
        return end
    at = start
    for part in parts:
        if part.group() in words:
            break
        at = part.end()
    kept = text[start:at].split()
    return at if kept and kept[-1] not in lead else start


# What a company's job title names after its rank ("Vice President Marketing").
ROLE_FUNCTIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Marketing", "Sales", "Operations", "Finance", "Communications", "Engineering",
           "Product", "Products", "Strategy", "Research", "Development", "Business",
           "Corporate", "Investor", "Relations", "Legal", "Human", "Resources", "Public",
           "Affairs", "Policy", "Technology", "Innovation", "Digital", "Customer", "People",
           "Supply", "Chain"),
})


def _role_words(lang: str) -> tuple[str, ...]:
    """The words of the language's titles and roles, capitalised: the words a job title
    goes on with after a title it begins with, which are no name after that title
    ("said Jane Doe, Chief Executive Officer of Acme": "Chief Executive", then no person
    "Officer"; "President Director", "Governor General", "Vice President Global Sales",
    "Vice President Marketing")."""
    roles = (*TITLES.get(lang, ()), *APPOSITIVE_ROLES.get(lang, ()), *ROLE_MODIFIERS,
             *ROLE_FUNCTIONS.get(lang, ()))
    return tuple({word[:1].upper() + word[1:] for role in roles for word in role.split()})


# Name particles written in lower case inside a name ("LULA da Silva").
PARTICLES = ("da", "de", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den",
             "ter", "bin", "binti", "ibn", "al", "el", "la", "le",
             # Dutch's in two words ("Hilde van den Berg", "Frans van der Meer")
             "van de", "van den", "van der", "van het")

ORG_HEADS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Ministry", "Government", "Embassy", "Consulate-General", "Consulate General",
           "Consulate", "Permanent Mission", "Delegation", "Cabinet Office"),
    "fr": ("ministère", "Ministère", "gouvernement", "Gouvernement", "ambassade",
           "Ambassade", "consulat", "Consulat",
           # the State in a département ("Préfecture de la Haute-Loirette", "Préfet de ...")
           "Préfecture", "Préfet"),
    "ru": ("Министерство", "Министерства", "Министерству", "Министерством", "Министерстве",
           "Правительство", "Правительства", "Правительству", "Правительством",
           "Правительстве", "Посольство", "Посольства", "Посольству", "Посольством",
           "Посольстве", "МИД"),
    "de": ("Bundesministerium", "Bundesministeriums", "Ministerium", "Ministeriums",
           "Botschaft", "Generalkonsulat", "Generalkonsulats", "Konsulat", "Regierung",
           "Ständige Vertretung", "Staatsministerium", "Bundesamt", "Bundesamtes",
           "Bundesamts", "Bundesanstalt", "Bundesagentur", "Landesamt", "Landesamtes"),
    "es": ("Ministerio", "Gobierno", "Embajada", "Consulado General", "Consulado",
           "Secretaría de Estado", "Representación Permanente", "Presidencia",
           # public bodies named by their kind and what they are of ("Agencia Estatal de
           # Meteorología", "Junta de Andalucía", "Consejo de Seguridad Nuclear")
           "Agencia", "Comisión", "Consejo", "Junta", "Confederación", "Consejería",
           "Secretaría General", "Dirección General", "Instituto", "Delegación del Gobierno",
           "Ayuntamiento", "Diputación", "Generalitat", "Xunta", "Comunidad", "Tribunal",
           "Defensor"),
    # The heads of BODY_GRAMMARS' ministries, seated bodies and public bodies.
    "pt": ("Ministério", "Governo", "Embaixada", "Consulado-Geral", "Consulado",
           "Missão Permanente", "Secretaria de Estado", "Presidência", "Agência", "Comissão",
           "Conselho", "Instituto", "Tribunal", "Câmara Municipal", "Prefeitura", "Empresa",
           "Secretaria", "Autoridade", "Direção-Geral", "Fundação", "Universidade",
           "Associação", "Junta de Freguesia", "Hospital"),
    "it": ("Ministero", "Governo", "Ambasciata", "Consolato Generale", "Consolato",
           "Rappresentanza Permanente", "Presidenza del Consiglio", "Presidenza", "Agenzia",
           "Commissione", "Consiglio", "Istituto", "Autorità", "Conferenza", "Regione",
           "Comune", "Provincia", "Tribunale", "Dipartimento", "Direzione Generale",
           "Fondazione", "Università"),
})

# Dutch and Polish public bodies: a capitalised head, then what it is of. Dutch joins it
# with "van" ("Ministerie van Infrastructuur en Waterstaat") or names it at once
# ("Waterschap Rivierenland", "Gemeente Utrecht"); Polish writes it in the genitive,
# every word capitalised ("Ministerstwo Infrastruktury", "Urząd Miasta Lipowiec"), and
# declines the head too ("w Ministerstwie Infrastruktury", "Politechniki Gdańskiej").
NL_BODY_HEADS = ("Ministerie", "Gemeente", "Provincie", "Waterschap", "Hoogheemraadschap",
                 "Agentschap", "Rijksdienst", "Inspectie", "Autoriteit", "Ambassade",
                 "Consulaat-generaal", "Federale Overheidsdienst", "Politie", "Universiteit",
                 "Hogeschool", "Stad", "Federaal Agentschap",  # Belgium's FAVV, FAGG
                 # Belgium's police zones ("Politiezone Leievallei", "PZ Leievallei") and
                 # the water companies ("Waterbedrijf Groningen"), named so at once
                 "Politiezone", "PZ", "Waterbedrijf",
                 # its federal public services as they write themselves ("FOD
                 # Buitenlandse Zaken"; POD, a programmatory one)
                 "FOD", "POD")
PL_BODY_HEADS = tuple(f"{stem}{end}" for stem, ends in (
    ("Ministerstw", ("o", "a", "u", "em", "ie")), ("Urz", ("ąd", "ędu", "ędowi", "ędem",
                                                      "ędzie")),
    ("Wydzia", ("ł", "łu", "łem", "le")), ("Kancelari", ("a", "i", "ę", "ą")),
    ("Agencj", ("a", "i", "ę", "ą")), ("Politechni", ("ka", "ki", "ce", "kę", "ką")),
    ("Uniwersytet", ("", "u", "owi", "em", "cie")), ("Komend", ("a", "y", "zie", "ę", "ą")),
    ("Starostw", ("o", "a", "u", "em", "ie")), ("Giełd", ("a", "y", "zie", "ę", "ą")),
    ("Inspektorat", ("", "u", "em", "cie")), ("Ambasad", ("a", "y", "zie", "ę", "ą")),
    ("Gmin", ("a", "y", "ie", "ę", "ą")), ("Rad", ("a", "y", "zie", "ę", "ą")),
    ("Sąd", ("", "u", "em", "zie")), ("Instytut", ("", "u", "em", "cie")),
    ("Generalna Dyrekcj", ("a",)), ("Generalnej Dyrekcj", ("i",)), ("Generalną Dyrekcj", ("ą",)),
    ("Dyrekcj", ("a", "i", "ę", "ą"))) for end in ends)
# Capitalised words after a contact's label (CONTACT_LABELS) that open a body's name, not
# a person's: Polish capitalises its press office and its ministry ("Kontakt: Biuro
# Prasowe Ministerstwa Zdrowia"), Indonesian and Romanian their directorates and offices
# ("Kontak media: Direktorat Jenderal Protokol", "Contact presă: Biroul de Presă"), Danish
# its press offices after a ministry's name ("Kontakt: Udenrigsministeriets Pressevagt").
CONTACT_NOT_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "pl": ("Biuro", "Zespół", *PL_BODY_HEADS),
    "da": ("Pressevagt", "Pressevagten", "Presseafdeling", "Presseafdelingen",
           "Pressetjeneste", "Pressetjenesten"),
    "id": ("Direktorat", "Biro", "Bagian", "Pusat", "Kementerian", "Sekretariat", "Humas"),
    "ro": ("Biroul", "Serviciul", "Direcția", "Departamentul", "Ministerul", "Purtătorul"),
    # Catalan: "Contacte de premsa: Gabinet de Premsa del Departament de Salut"
    "ca": ("Gabinet", "Oficina", "Servei", "Departament", "Direcció", "Àrea"),
})
NL_NAMED_ORGS = ("Rijkswaterstaat", "Rijksoverheid", "Vlaamse Regering", "Vlaamse overheid",
                 "Tweede Kamer", "Eerste Kamer", "Europese Commissie", "Europese Unie")
PL_NAMED_ORGS = ("Rada Ministrów", "Rady Ministrów", "Komisja Europejska",
                 "Komisji Europejskiej", "Sejm", "Sejmu", "Senat", "Senatu")

# Capitalised adjectives between a Spanish body's head and what it is of ("Comisión
# Nacional de ...", "Confederación Hidrográfica del Guadalquivir").
ES_BODY_ADJECTIVES = ("Nacional", "Estatal", "General", "Española", "Español", "Hidrográfica",
                      "Superior", "Central", "Regional", "Provincial", "Autonómica",
                      "Europea", "Permanente", "Tributaria", "Territorial", "Federal",
                      "Interministerial", "Sectorial", "Constitucional", "Técnica", "Insular",
                      "Foral", "Metropolitana", "Municipal")
# Capitalised words after "y el", "y de la" that open another body, not the rest of one
# ministry's portfolio ("el Ministerio de Cultura y el Museo del Prado").
ES_OTHER_BODIES = ("Museo", "Banco", "Universidad", "Fundación", "Real", "Grupo", "Puerto",
                   "Hospital", "Centro", "Asociación", "Federación", "Club", "Partido",
                   "Parlamento", "Congreso", "Senado", "Rey", "Reina", "Presidente",
                   "Presidenta", "Ministro", "Ministra", "Cámara", "Colegio", "Red",
                   "Guardia", "Policía", "Ejército", "Servicio", "Sociedad", "Empresa",
                   "Organización", "Oficina", "Unión", "Estado", "Gobierno")

# Lower-case words before a noun in a German ministry's name that are no adjective of
# its portfolio ("Regierung in einem Schreiben", "für ihre Arbeit").
DE_NOT_ADJECTIVES = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                     "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "sein",
                     "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer",
                     "unsere", "unseren", "unserem", "unserer", "diese", "diesen", "diesem",
                     "dieser", "dieses", "jede", "jeden", "jedem", "jeder", "alle", "allen",
                     "aller", "beide", "beiden", "welche", "welchen", "mehrere", "einige",
                     "andere", "anderen", "weitere", "weiteren", "deren", "dessen", "unter",
                     "hinter", "über", "wieder", "immer", "oder", "aber", "sowie", "sehr",
                     "eben", "gegen", "ohne")

# Organisations a German or Spanish text names with no "of" ("Bundesregierung").
NAMED_ORGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "de": ("Bundesregierung", "Auswärtiges Amt", "Auswärtigen Amt", "Auswärtigen Amtes",
           "Auswärtigen Amts", "Bundeskanzleramt", "Bundespresseamt", "Bundespräsidialamt"),
})

# German federal and state authorities are one compound ("Bundeskartellamt",
# "Bundesnetzagentur", "Umweltbundesamt", "Kraftfahrt-Bundesamt"): a word of "Bundes" or
# "Landes", something of its own, and an authority's last word. Conservatively: no bare
# "Bundesamt" (the heads rule reads "Bundesamt für Justiz"), no "Aufsichtsbehörde" or
# "Werbeagentur" (a kind of authority or firm, no name).
DE_AUTHORITY_ENDINGS = ("amt", "ministerium", "behörde", "agentur", "anstalt")
DE_AUTHORITY_TRIGGERS = ("Bundes", "bundes", "Landes")

# Portfolio words of Russian ministries ("Министерство иностранных дел"), in lower case.
RU_PORTFOLIOS = ("иностранных дел", "обороны", "финансов", "юстиции", "культуры",
                 "экономического развития", "здравоохранения", "энергетики",
                 "промышленности и торговли", "образования", "науки и высшего образования")

# Ukrainian ministries: the head in its cases, then the portfolio in the genitive, in
# lower case as Russian's ("Міністерство освіти і науки України"), and embassies.
UK_MINISTRY_HEADS = tuple(f"{head}{end}" for head in ("Міністерств", "Посольств")
                          for end in ("о", "а", "у", "ом", "і"))
UK_PORTFOLIOS = ("закордонних справ", "оборони", "фінансів", "юстиції", "культури",
                 "культури та інформаційної політики", "культури та стратегічних комунікацій",
                 "економіки", "економіки, довкілля та сільського господарства",
                 "охорони здоров'я", "охорони здоров’я", "охорони здоровʼя", "енергетики",
                 "освіти і науки", "цифрової трансформації", "соціальної політики",
                 "внутрішніх справ", "аграрної політики та продовольства",
                 "розвитку громад та територій",
                 "розвитку громад, територій та інфраструктури", "інфраструктури",
                 "захисту довкілля та природних ресурсів", "у справах ветеранів",
                 "молоді та спорту", "стратегічних галузей промисловості",
                 "з питань реінтеграції тимчасово окупованих територій",
                 "національної єдності")
UK_NAMED_ORGS = ("Кабінет Міністрів України", "Кабінету Міністрів України",
                 "Верховна Рада України", "Верховної Ради України", "Офіс Президента України",
                 "Офісу Президента України", "Національний банк України",
                 "Національного банку України")
# Turkish names a public body first and says what it is after ("Ticaret Bakanlığı",
# "Millî Eğitim Bakanlığı", "Ankara Valiliği"), perhaps after the state's "T.C.".
TR_BODY_ENDINGS = ("Bakanlığı", "Başkanlığı", "Genel Müdürlüğü", "Valiliği",
                   "Büyükelçiliği", "Belediyesi", "Kaymakamlığı")
# Capitalised words that open a sentence, not a body's name ("Bugün Ticaret Bakanlığı").
TR_NOT_NAME_WORDS = ("Bu", "Bugün", "Dün", "Yarın", "Ayrıca", "Ancak", "Buna", "Bunun",
                     "Bir", "Her", "Geçen", "Öte", "Aynı", "Diğer", "Tüm", "Ve")

# Finnish writes a ministry or an agency as one compound word ending in what it is
# ("Valtiovarainministeriö", "Ruokavirasto"; two portfolios joined: "Työ- ja
# elinkeinoministeriö"), in lower case in running text, a case ending after it.
FI_BODY_KINDS = ("ministeriö", "virasto")
FI_CASE_ENDINGS = ("n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "on",
                   "ön", "na", "nä", "a", "ä", "ta", "tä", "t", "ksi")
FI_NAMED_ORGS = ("Valtioneuvoston kanslia", "valtioneuvoston kanslia", "Valtioneuvosto",
                 "valtioneuvosto")
# ... and a minister as one compound word ending in the title ("ulkoministeri Elina
# Valtonen", "Valtiovarainministeri Riikka Purra"), as German's "Bundesaußenministerin".
FI_TITLE_ENDINGS = ("ministeri",)

# Hungarian names a body by its capitalised words and, last, the kind of body, often one
# compound word with its portfolio ("Külgazdasági és Külügyminisztérium", "Központi
# Statisztikai Hivatal", "Nemzeti Adó- és Vámhivatal"), a case ending joined to it in
# running text ("a Belügyminisztériumban", "a Hivatalnak"). The kinds' triggers leave out
# their first letter, which is a capital when the kind is a word of its own.
HU_BODY_KINDS = ("minisztérium", "hivatal", "hatóság", "nagykövetség", "főkonzulátus",
                 "konzulátus", "önkormányzat", "ügyészség", "bíróság")
HU_CASE_ENDINGS = ("ban", "ben", "ba", "be", "ból", "ből", "nak", "nek", "nál", "nél",
                   "hoz", "hez", "höz", "tól", "től", "ra", "re", "ról", "ről", "on", "en",
                   "ön", "val", "vel", "mal", "mel", "ot", "et", "öt", "t", "ig", "ért",
                   "ként", "ok", "ek", "a", "e", "ja", "je")
# Capitalised words that open a sentence, not a body's name ("Ma a Hivatal ...").
HU_NOT_NAME_WORDS = ("Az", "Egy", "Ez", "Ezt", "Ma", "Tegnap", "Holnap", "Idén", "Most",
                     "Mint", "Szerint", "És", "Is", "Ha", "Hogy", "De", "Majd")

# Norwegian (nb and nn) writes a ministry, a directorate or an inspectorate as one
# capitalised compound, definite, ending in what it is ("Utenriksdepartementet",
# "Helsedirektoratet", "Datatilsynet"; two portfolios joined: "Helse- og
# omsorgsdepartementet"), perhaps in the genitive ("-ets"); a municipality or a county by
# its place's name and the kind in lower case ("Oslo kommune", "Vestland fylkeskommune";
# a county's name may join two: "Møre og Romsdal fylkeskommune").
NO_BODY_KINDS = ("departementet", "direktoratet", "tilsynet")
NO_MUNICIPAL_KINDS = ("kommune", "fylkeskommune")
NO_NAMED_ORGS = ("Statsministerens kontor",)
# The Government, as English's "Government" and German's "Bundesregierung" are bodies: its
# definite form, nb's and nn's, written in lower case inside a sentence ("sier
# regjeringen"), so not by its capital alone, which only a sentence's start gives it.
NO_GOVERNMENT = ("Regjeringen", "regjeringen", "Regjeringa", "regjeringa")
# The first words of a municipality's name of two ("Indre Østfold", "Nordre Follo").
NO_PLACE_PREFIXES = ("Indre", "Ytre", "Nordre", "Søndre", "Østre", "Vestre", "Øvre",
                     "Nedre", "Midtre")
# Capitalised words before "kommune" that open a sentence, no place ("Hver kommune skal").
NO_NOT_PLACES = ("Hver", "Hvert", "Kvar", "Enhver", "Ein", "En", "Én", "Ei", "Eitt", "Et",
                 "Ingen", "Samme", "Same", "Denne", "Den", "Din", "Vår", "Hvilken",
                 "Kva", "Annenhver", "Egen", "Eigen", "Sin", "Hans", "Hennes", "Deres",
                 "Hele", "Heile", "Også", "Og", "Men", "Ny", "Dagens")
# ... and a minister as one compound ending in the title, as Finnish's.
NO_TITLE_ENDINGS = ("minister",)

# Greek bodies: the head in its cases, then what it is of in the genitive, every word
# capitalised ("Υπουργείο Εξωτερικών", "του Υπουργείου Ψηφιακής Διακυβέρνησης",
# "Γενική Γραμματεία Επικοινωνίας και Ενημέρωσης", "Δήμος Αθηναίων", "Πρεσβεία της
# Ελλάδος στο Τόκιο"); a letterhead writes it in capitals, which drop the accents
# ("ΥΠΟΥΡΓΕΙΟ ΕΞΩΤΕΡΙΚΩΝ").
EL_BODY_HEADS = ("Υπουργείο", "Υπουργείου", "Υφυπουργείο", "Υφυπουργείου",
                 "Γενική Γραμματεία", "Γενικής Γραμματείας", "Περιφέρεια", "Περιφέρειας",
                 "Δήμος", "Δήμου", "Δήμο", "Πρεσβεία", "Πρεσβείας")
EL_JOINERS = ("και", "της", "του", "των")
EL_SEATS = ("στο", "στη", "στην", "στον")
# Greek titles before the name, in their cases ("ο Υπουργός", "του Υπουργού", "τον
# Υπουργό"; a woman's the same, "η Υφυπουργός"), and the portfolio after one, which is
# no name ("ο Υπουργός Εξωτερικών Γιώργος ..."): its genitive words.
EL_TITLES = tuple(f"{stem}{end}" for stem, ends in (
    ("Υπουργ", ("ός", "ού", "ό")), ("Υφυπουργ", ("ός", "ού", "ό")),
    ("Πρωθυπουργ", ("ός", "ού", "ό")), ("Πρόεδρ", ("ος", "ο")), ("Προέδρ", ("ου",)),
    ("Δήμαρχ", ("ος", "ο")), ("Δημάρχ", ("ου",)), ("Περιφερειάρχ", ("ης", "η")),
    ("Πρέσβ", ("ης", "η")), ("Γενικ", ("ός Γραμματέας", "ού Γραμματέα", "ό Γραμματέα")))
    for end in ends)
EL_PORTFOLIO_WORDS = ("Εξωτερικών", "Εσωτερικών", "Οικονομικών", "Εθνικής", "Οικονομίας",
                      "Άμυνας", "Υγείας", "Παιδείας", "Θρησκευμάτων", "Αθλητισμού",
                      "Πολιτισμού", "Τουρισμού", "Δικαιοσύνης", "Εργασίας",
                      "Κοινωνικής", "Ασφάλισης", "Ανάπτυξης", "Επενδύσεων", "Επικρατείας",
                      "Υποδομών", "Μεταφορών", "Ναυτιλίας", "Νησιωτικής", "Πολιτικής",
                      "Περιβάλλοντος", "Ενέργειας", "Ψηφιακής", "Διακυβέρνησης",
                      "Μετανάστευσης", "Ασύλου", "Προστασίας", "Πολίτη", "Αγροτικής",
                      "Τροφίμων", "Κλιματικής", "Κρίσης", "Συνοχής",
                      "Οικογένειας", "Δημοκρατίας", "Κυβέρνησης", "Εκπαίδευσης")

# Czech and Slovak bodies by their head, in its cases ("Ministerstvo", "na Ministerstvu",
# "s Ministerstvem"), then what it is of in the genitive, in lower case but for its
# state ("Ministerstvo zahraničních věcí České republiky", "Ministerstvo školství,
# mládeže a tělovýchovy"): a verb may follow in lower case too ("Ministerstvo financí
# dnes oznámilo"), so a ministry is of a portfolio of the table, as a Ukrainian one is.
CS_SK_MINISTRY_HEADS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "cs": ("Ministerstvo", "Ministerstva", "Ministerstvu", "Ministerstvem", "Ministerstvě"),
    "sk": ("Ministerstvo", "Ministerstva", "Ministerstvu", "Ministerstvom", "Ministerstve")})
CS_SK_PORTFOLIOS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "cs": ("zahraničních věcí", "vnitra", "financí", "obrany", "spravedlnosti",
           "zdravotnictví", "zemědělství", "životního prostředí", "dopravy", "kultury",
           "školství, mládeže a tělovýchovy", "práce a sociálních věcí",
           "průmyslu a obchodu", "pro místní rozvoj"),
    "sk": ("zahraničných vecí a európskych záležitostí", "zahraničných vecí", "vnútra",
           "financií", "obrany", "spravodlivosti", "zdravotníctva",
           "pôdohospodárstva a rozvoja vidieka", "životného prostredia", "dopravy",
           "dopravy a výstavby", "kultúry", "školstva, výskumu, vývoja a mládeže",
           "školstva, vedy, výskumu a športu", "práce, sociálnych vecí a rodiny",
           "hospodárstva", "investícií, regionálneho rozvoja a informatizácie",
           "cestovného ruchu a športu")})
# The state after a ministry or the Government's Office, spelt out or abbreviated.
CS_SK_STATES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "cs": ("České republiky", "ČR"), "sk": ("Slovenskej republiky", "SR")})
# Bodies named by their head and a fixed rest, in the nominative and genitive ("Úřad
# vlády", "Úřadu vlády"), perhaps the state after them.
CS_SK_OFFICES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "cs": ("Úřad vlády", "Úřadu vlády", "Úřadem vlády"),
    "sk": ("Úrad vlády", "Úradu vlády", "Úradom vlády")})
# ... a region's, a city's or a town's office, and an embassy (Czech "Velvyslanectví"
# does not decline), by the place's capitalised words: "Krajský úřad Jihomoravského
# kraje", "Krajský úřad kraje Vysočina", "Magistrát hlavního města Prahy", "Magistrát
# města Brna", "Městský úřad Říčany", "Velvyslanectví České republiky v Berlíně".
CS_SK_REGION_OFFICES = ("Krajský úřad", "Krajského úřadu", "Krajský úrad", "Krajského úradu")
CS_SK_CITY_OFFICES = ("Městský úřad", "Městského úřadu", "Obecní úřad", "Obecního úřadu",
                      "Mestský úrad", "Mestského úradu", "Obecný úrad", "Obecného úradu")
CS_SK_MAGISTRATES = ("Magistrát", "Magistrátu")
CS_SK_EMBASSIES = ("Velvyslanectví", "Veľvyslanectvo", "Veľvyslanectva", "Veľvyslanectve")
# The abbreviations a Czech ministry signs with ("Tiskový odbor MZV"); those of one or two
# letters but for the ministry of health's and agriculture's (MZd, MZe) only with the
# state's after them ("MF ČR"), as Slovak's are ("MZVEZ SR", "MF SR").
CS_SK_MINISTRY_ABBREVIATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "cs": ("MZV", "MŠMT", "MPSV", "MPO", "MMR", "MŽP", "MZd", "MZe", "MSp"),
    "sk": ()})
CS_SK_STATE_ABBREVIATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "cs": ("MF", "MV", "MO", "MK", "MD"),
    "sk": ("MZVEZ", "MZV", "MŠVVaM", "MŠVVaŠ", "MPSVR", "MPRV", "MŽP", "MIRRI", "MF", "MV",
           "MO", "MK", "MH", "MDV", "MD", "MZ", "MS", "MCRŠ")})


def _greek_capitals(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words as Greek capitals write them, without their accents ("ΥΠΟΥΡΓΕΙΟ")."""
    return tuple("".join(c for c in unicodedata.normalize("NFD", w.upper())
                         if not unicodedata.combining(c)) for w in words)

# A body after a press service's name is in the genitive ("Пресс-служба Правительства
# ..."); as a publisher it is named as its letterhead names it: the head in the nominative
# (what it is of stays in the genitive).
RU_GENITIVE_HEADS: Mapping[str, str] = MappingProxyType({
    "Министерства": "Министерство", "Правительства": "Правительство",
    "Посольства": "Посольство"})
# ... as is a Czech or Slovak one after its press department's ("Tiskový odbor
# Ministerstva zahraničních věcí").
CS_SK_GENITIVE_HEADS: Mapping[str, str] = MappingProxyType({
    "Ministerstva": "Ministerstvo", "Úřadu": "Úřad", "Úradu": "Úrad",
    "Magistrátu": "Magistrát"})

# German does the same after "Pressestelle des" ("... des Statistischen Bundesamtes"),
# where the letterhead prints "Statistisches Bundesamt": the endings of a head in the
# genitive, the head's in the nominative, and whether it is neuter (its adjectives end
# "-es" there, a masculine head's "-er"; a feminine head, after "der", keeps its form).
DE_GENITIVE_HEADS: tuple[tuple[str, str, bool], ...] = (
    ("ministeriums", "ministerium", True), ("amtes", "amt", True), ("amts", "amt", True),
    ("institutes", "institut", True), ("instituts", "institut", True),
    ("gerichtes", "gericht", True), ("gerichts", "gericht", True),
    ("zentrums", "zentrum", True), ("büros", "büro", True), ("landes", "land", True),
    ("rates", "rat", False), ("rats", "rat", False), ("senats", "senat", False),
    ("kreises", "kreis", False), ("tages", "tag", False), ("bundes", "bund", False))

# A Russian region's bodies are of its adjective and its kind, which stays in lower case
# ("Правительство Тульской области", "Министерство транспорта Краснодарского края",
# "Правительства Ханты-Мансийского автономного округа"): the kinds, in the genitive.
RU_REGION_KINDS = ("области", "края", "округа")

# Russian bodies are a head and what it is of in the genitive, in lower case
# ("Министерство транспорта Российской Федерации", "Федеральное агентство воздушного
# транспорта"), or of "по" and a field ("Федеральная служба по надзору в сфере
# транспорта"): words with a case ending, never one of these (pronouns, adverbs,
# conjunctions and the counted words a date or an amount ends in).
RU_NOT_COMPLEMENTS = (
    "для", "при", "если", "или", "чтобы", "были", "была", "его", "их", "ее", "её", "эти",
    "этой", "этих", "этого", "той", "тех", "того", "всех", "всего", "всей", "все", "всегда",
    "сегодня", "снова", "когда", "тогда", "туда", "сюда", "вчера", "завтра", "пока",
    "никогда", "иногда", "также", "тоже", "уже", "ранее", "более", "менее", "свои", "своих",
    "своего", "своей", "которой", "которых", "которого", "которые", "наши", "ваши",
    "такие", "такой", "всю", "года", "году", "лет", "месяца", "месяцев", "дней", "недели",
    "часа", "часов", "минут", "тысячи", "тысяч", "миллиона", "миллионов", "рублей",
    "процента", "процентов", "вместе", "далее", "впервые", "около", "после", "против",
    "среди", "кроме", "вокруг", "вдоль", "внутри", "ради", "из-за", "между", "перед")
# The words a federal service's or agency's "по" opens its field with ("по надзору",
# "по делам молодежи", "по управлению государственным имуществом").
RU_FIELD_WORDS = ("надзору", "делам", "труду", "контролю", "регулированию", "аккредитации",
                  "гидрометеорологии", "интеллектуальной", "ветеринарному", "техническому",
                  "экологическому", "финансовому", "рыболовству", "недропользованию",
                  "туризму", "тарифам", "управлению", "развитию", "обеспечению", "защите",
                  "печати", "связи", "атомной", "лесному", "водным", "строительству",
                  "мониторингу")
# Bodies a Russian text names by a short name, declined as a noun: its forms' endings.
RU_NAMED_ORGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # a consonant ends them: "Минтранса", "Ространснадзору", "Росстатом"
    "consonant": ("Минтранс", "Минфин", "Минздрав", "Минпромторг", "Минсельхоз", "Минтруд",
                  "Минюст", "Минстрой", "Минспорт", "Росстат", "Ространснадзор",
                  "Роскомнадзор", "Роспотребнадзор", "Ростехнадзор", "Росприроднадзор",
                  "Росавтодор", "Росжелдор", "Росморречфлот", "Росреестр", "Росгидромет",
                  "Рослесхоз", "Роструд", "Роспатент", "Росархив", "Росфинмониторинг",
                  "Росздравнадзор", "Рособрнадзор", "Ростуризм", "Росгвардия"),
    "ия": ("Росавиация", "Росаккредитация"),
    "о": ("Росимущество", "Росрыболовство", "Росалкогольтабакконтроль"),
    # indeclinable
    "": ("Минобороны", "Минэнерго", "Минприроды", "Минэкономразвития", "Минцифры",
         "Минкультуры", "Минобрнауки", "Минпросвещения", "Минвостокразвития", "Роснедра",
         "ФНС", "ФАС", "ФТС", "МЧС", "МВД"),
})
# The endings of each kind's cases, after the name without its last letter (a vowel)
# or, for "consonant", after the whole name.
_RU_ENDINGS = {"consonant": ("", "а", "у", "ом", "е"), "ия": ("я", "и", "ю", "ей"),
               "о": ("о", "а", "у", "ом", "е"), "": ("",)}
# Roles a Russian name follows after what they are of ("министр транспорта Андрей
# Никитин", "глава ведомства Виктор Басаргин"), in their case forms.
RU_ROLES = tuple(f"{stem}{end}" for stem, ends in (
    ("министр", ("", "а", "у", "ом", "е")), ("глав", ("а", "ы", "е", "у", "ой")),
    ("руководител", ("ь", "я", "ю", "ем", "е")), ("председател", ("ь", "я", "ю", "ем", "е")),
    ("директор", ("", "а", "у", "ом", "е")), ("губернатор", ("", "а", "у", "ом", "е")),
    ("мэр", ("", "а", "у", "ом", "е")), ("вице-премьер", ("", "а", "у", "ом", "е")),
    ("премьер-министр", ("", "а", "у", "ом", "е"))) for end in ends)

# English bodies defined with their acronym ("the Competition and Markets Authority
# (CMA)", "the Office of Gas and Electricity Markets (Ofgem)"): capitalised words holding
# one of these, then the acronym in brackets, which the release then names them by.
EN_BODY_WORDS = ("Authority", "Agency", "Commission", "Office", "Board", "Council",
                 "Regulator", "Department", "Ministry", "Executive", "Inspectorate",
                 "Ombudsman", "Tribunal", "Bureau", "Administration", "Institute", "Committee",
                 "Organisation", "Organization", "Directorate", "Secretariat", "Bank", "Fund",
                 "Service")

# German municipal utilities are "Stadtwerke" and their town ("die Stadtwerke Münster",
# "den Stadtwerken Lübeck") or the town's adjective ("die Berliner Stadtwerke"); German
# capitalises every noun, so a word after them is a town only if it is none of these
# ("die Stadtwerke Anfang März", "bieten die Stadtwerke Kunden ...").
DE_UTILITIES = ("Stadtwerke", "Stadtwerken")
DE_NOT_TOWNS = ("Anfang", "Ende", "Mitte", "Jahr", "Jahre", "Jahren", "Monat", "Monate",
                "Kunden", "Kundinnen", "Strom", "Gas", "Wasser", "Wärme", "Fernwärme", "Geld",
                "Millionen", "Milliarden", "Euro", "Prozent", "Energie", "Bürger",
                "Bürgerinnen", "Haushalte", "Haushalten", "Mitarbeiter", "Mitarbeitende",
                "Mitarbeitenden", "Unternehmen", "Gesellschaft", "Holding", "Gruppe",
                "Konzern", "Bund", "Land", "Länder", "Stadt", "Städte", "Gemeinde",
                "Gemeinden", "Kommune", "Kommunen", "Heute", "Morgen", "Damit", "Dafür",
                "Dabei", "Zudem", "Auch", "Bereits", "Bislang", "Insgesamt", "Gemeinsam",
                "Jetzt", "Nun", "Ab", "Seit", "Bis", "Nach", "Vor", "Im", "In", "Mit", "Für",
                "Und", "Oder", "Die", "Der", "Das", "Den", "Dem", "Des")
DE_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "nis", "tum",
                   "mittel", "kosten", "arbeiten", "anlage", "anlagen", "werk", "werke",
                   "netz", "netze", "preis", "preise", "tarif", "tarife", "kunden", "vertrag",
                   "verträge", "projekt", "projekte", "plan", "pläne", "geld", "zahlen")
DE_NOT_TOWN_ADJECTIVES = ("Unser", "Unsere", "Unserer", "Ihrer", "Anderer", "Mehrerer",
                          "Weiterer", "Kommunaler", "Vieler", "Aller", "Einiger", "Jeder",
                          "Dieser", "Neuer", "Kleiner", "Großer", "Regionaler", "Lokaler",
                          "Städtischer", "Deutscher", "Örtlicher", "Beider", "Solcher",
                          "Welcher", "Mancher", "Eigener", "Der", "Oder", "Aber", "Über",
                          "Unter", "Hinter", "Wieder", "Immer", "Später", "Früher",
                          "Zahlreicher")

# Adjectives that end French institutions' names ("Affaires étrangères").
FR_ADJECTIVES = ("étrangères", "étrangers", "française", "français", "fédérale", "populaire",
                 "démocratique", "islamique", "arabe", "unies", "unis", "socialiste",
                 "intérieur", "extérieur", "industrielle", "numérique", "écologique",
                 "solidaire", "nationale", "territoriale", "sociale", "économique",
                 "publique", "publiques", "supérieur", "culturelle", "énergétique")

# French public bodies are named by a capitalised head, lower-case adjectives and what
# they are "of" ("Autorité de la concurrence", "Commission nationale de l'informatique et
# des libertés", "Direction générale de l'alimentation", "Conseil d'État"), unlike a
# ministry's portfolio in capitals. A head alone ("l'Autorité") names none by itself.
FR_AUTHORITY_HEADS = ("Autorité", "Haute Autorité", "Commission", "Conseil", "Direction",
                      "Agence", "Office", "Institut", "Cour", "Tribunal", "Observatoire",
                      "Délégation", "Inspection générale", "Haut-commissariat", "Caisse",
                      "Secrétariat général")
FR_AUTHORITY_ADJECTIVES = (
    *FR_ADJECTIVES, "national", "général", "générale", "européen", "européenne", "régional",
    "régionale", "supérieure", "constitutionnel", "administratif", "administrative",
    "judiciaire", "fédéral", "international", "internationale", "interministériel",
    "interministérielle", "indépendante", "permanent", "permanente", "sanitaire",
    "alimentaire", "nucléaire", "financier", "financière", "financiers", "financières",
    "environnemental", "environnementale", "social", "mondial", "mondiale", "local",
    "locale", "départemental", "départementale", "public", "publics", "spatial", "spatiale",
    "statistique", "agricole", "maritime", "fiscal", "fiscale", "civil", "civile")
# Words after "de" that open a phrase of the sentence, not the body's portfolio ("la
# Commission, de son côté", "de ce fait").
FR_NOT_PORTFOLIOS = ("ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
                     "notre", "nos", "votre", "vos", "mon", "ma", "mes", "un", "une", "plus",
                     "manière", "façon", "sorte", "nouveau", "nouvelle", "nombreux",
                     "nombreuses", "même", "tout", "toute", "tous", "toutes")
# Courts named by their kind in lower case and their seat ("cour d'appel de Paris").
FR_COURTS = ("cour d'appel", "cour d’appel", "cour administrative d'appel",
             "cour administrative d’appel", "tribunal judiciaire", "tribunal administratif",
             "tribunal de commerce", "tribunal correctionnel", "conseil de prud'hommes")

LEGAL_FORMS = ("Co., Ltd.", "Co.,Ltd.", "Inc.", "Incorporated", "Corporation", "Corp.", "Co.",
               "Ltd.", "Ltd", "Limited", "Pty Ltd", "Pty. Ltd.", "LLC", "L.L.C.", "LLP", "plc",
               "PLC", "Holdings", "K.K.", "Kabushiki Kaisha",
               # German, Austrian, Swiss: the partnership with a limited partner first
               "GmbH & Co. KG", "AG & Co. KG", "GmbH & Co. KGaA", "GmbH", "gGmbH", "AG",
               "KGaA", "KG", "OHG", "SE",
               # French, Spanish, Italian, Benelux, Nordic
               "S.A.", "SA", "S.A.S.", "SAS", "SASU", "SARL", "S.à r.l.", "SCA", "S.L.",
               "S.L.U.", "S.A.U.", "S.p.A.", "S.r.l.", "N.V.", "B.V.", "ASA", "Oyj",
               "NV", "BV", "sp. z o.o.", "Sp. z o.o.", "spółka z o.o.", "S.K.A.", "sp.k.")
# German nouns a company's name follows ("die Beteiligungsgesellschaft Alpen Invest AG",
# "der Maschinenbauer Brandt GmbH"): a capitalised word ending so is not the name's.
DE_COMPANY_NOUNS = ("gesellschaft", "konzern", "hersteller", "herstellerin", "unternehmen",
                    "firma", "tochter", "gruppe", "anbieter", "anbieterin", "händler",
                    "zulieferer", "dienstleister", "käufer", "käuferin", "verkäufer",
                    "verkäuferin", "investor", "investorin", "partner", "partnerin", "bauer",
                    "spezialist", "spezialistin", "versicherer", "betreiber", "betreiberin",
                    "gründer", "kunde", "kundin", "marke")

# Lower-case words inside a company's name before its legal form.
COMPANY_JOINERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": ("de", "du", "des", "de la", "d'"), "es": ("de", "del", "de la", "de los"),
    "de": ("für", "von"),
    "pt": ("de", "do", "da", "dos", "das"), "it": ("di", "del", "della", "dei", "delle"),
})

# Japanese legal forms, before or after the name ("株式会社みなとエナジー", "大成建設株式会社",
# "㈱九州建設"), and words that end a company's own name ("桜ホールディングス").
JA_LEGAL_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "㈱", "㈲", "(株)",
                  "（株）", "(有)", "（有）")
JA_COMPANY_ENDINGS = ("ホールディングス", "グループ")
# What a company's name is not: "同社" (the said company), "当社グループ" (our group).
JA_NOT_COMPANIES = ("同社", "当社", "本社", "弊社", "自社", "他社", "各社", "両社", "親会社",
                    "子会社", "関連会社", "ワーキング", "プロジェクト", "タスク", "フォーカス",
                    "ユーザー", "ターゲット", "サポート", "リサーチ", "チーム", "コア", "研究",
                    "作業")

# Capitalised words that open a sentence rather than a company name.
SENTENCE_WORDS = ("The", "Today", "On", "In", "At", "As", "For", "With", "By", "From", "This",
                  "Our", "We", "About", "After", "Before", "When", "While", "And", "But",
                  "Yesterday", "Founded", "Based", "Since", "Through", "Under",
                  "Le", "La", "Les", "Die", "Der", "Das", "El", "Los", "Las")


def _char_class(predicate: str) -> str:
    """A character class of the cased letters of Latin, Greek and Cyrillic scripts."""
    blocks = ((0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF))
    ranges: list[tuple[int, int]] = []
    for low, high in blocks:
        for code in range(low, high + 1):
            char = chr(code)
            ok = char.isupper() if predicate == "upper" else char.islower()
            if not ok:
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)
    return f"[{body}]"


UP = _char_class("upper")
LO = _char_class("lower")
_TOKEN = (rf"(?:{UP}['’]{UP}{LO}+|{UP}{LO}+(?:[-'’]{UP}?{LO}+)*(?:{UP}{LO}+)*"
          rf"|{UP}{{2,}}(?:[-'’]{UP}{{2,}})*|{UP}\.(?:{S}?{UP}\.)*(?:{UP}{LO}+)?)(?![\w])")
_NAME = (rf"{_TOKEN}(?:{S}+(?:{alt(PARTICLES)}{S}+)?(?!{alt(POST_NOMINALS)}(?!\w)){_TOKEN})"
         r"{0,4}")
# A Dutch name after its title: a bare "van" after two capitalised words opens the
# title's portfolio, no particle ("minister Marieke Oosterbeek van Infrastructuur en
# Waterstaat", "van Buitenlandse Zaken"): a given name and a surname are the name already.
# One word before it keeps "van" ("Joris van Dijk"), and "van der", "van den" stay
# particles anywhere ("Hilde van den Berg").
_NOT_POST_NOMINAL = rf"(?!{alt(POST_NOMINALS)}(?!\w))"
_DUTCH_NAME = (rf"{_TOKEN}(?:{S}+(?:{alt(PARTICLES)}{S}+)?{_NOT_POST_NOMINAL}{_TOKEN})?"
               rf"(?:{S}+(?:(?!van{S}+{UP}){alt(PARTICLES)}{S}+)?{_NOT_POST_NOMINAL}{_TOKEN})"
               r"{0,3}")


def _body_rule(lang: str, cap: str) -> str:
    """A Dutch or Polish public body (NL_BODY_HEADS, PL_BODY_HEADS): the head, then at
    most four capitalised words; Dutch may join them with "van (de/het)", "en", "voor";
    Polish may join its last ones with "i" ("Ministerstwo Rozwoju i Technologii") and
    end with its seat ("w Zamościu")."""
    if lang == "nl":
        link = rf"{S}+(?:van{S}+(?:de{S}+|het{S}+)?|en{S}+|voor{S}+(?:de{S}+|het{S}+)?)"
        return (rf"(?<![\w])(?P<org>{alt(NL_BODY_HEADS)}(?:{link}|{S}+){cap}"
                rf"(?:(?:{link}|{S}+){cap}){{0,3}})(?!\w)")
    return (rf"(?<![\w])(?P<org>{alt(PL_BODY_HEADS)}{S}+{cap}(?:{S}+(?:i{S}+)?{cap}){{0,3}}"
            rf"(?:{S}+w{S}+{cap})?)(?!\w)")


def _rule(pattern: str, triggers: tuple[str, ...], name: str, *,
          inside_words: bool = False, refuse: Callable[[str], bool] | None = None,
          cut: Callable[[str, int, int], int] | None = None) -> _Rule:
    """A rule run where one of its trigger words occurs; `inside_words` where one occurs
    inside a word (German compounds, Japanese text without spaces). `refuse` says of a
    match's text that it is none (a test on the few matches, cheaper than a lookahead
    of hundreds of words at every one); `cut` where in the text a match's span ends
    (`_headline_end`), the start when it holds nothing."""
    trigger = Trigger.of((), substrings=triggers) if inside_words else Trigger.of(triggers)
    return _Rule(LazyPattern(pattern), trigger, name, name, refuse, cut)


@dataclass(frozen=True)
class _Rule:
    pattern: LazyPattern
    trigger: Trigger  # the rule runs only where one of its words occurs
    name: str  # "person" or "org"
    group: str  # the group that is the span
    refuse: Callable[[str], bool] | None = None
    cut: Callable[[str, int, int], int] | None = None


class EntityRecognizer:
    """The person and organisation rules of one language, compiled once."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        rules: list[_Rule] = []
        honorifics = HONORIFICS.get(lang, ())
        headline = HEADLINE_WORDS.get(lang)
        cut = None if headline is None else partial(
            _headline_end, words=headline,
            lead=frozenset(w for h in honorifics for w in h.split()))
        if honorifics:
            chain = rf"(?:{alt(honorifics)}{S}+)+"
            rules.append(_rule((
                rf"(?<![\w.])(?P<person>{chain}(?!{alt(TITLES.get(lang, ()))}(?!\w)){_NAME})"),
                honorifics, "person", cut=cut))
        titles = TITLES.get(lang, ())
        # A title's name is not a place: "Посол Республики Казахстан", "President России".
        not_place = _place_test(lang)
        if titles:
            ignore_case = lang != "en"
            rules.append(_rule((
                rf"(?<![\w.]){alt(titles, ignore_case=ignore_case)}(?![\w\-]){S}+"
                rf"(?!{alt((*NOT_NAMES, *_role_words(lang)))}(?!\w))"
                rf"(?P<person>{_DUTCH_NAME if lang == 'nl' else _NAME})"),
                tuple(t.casefold() for t in titles), "person", refuse=not_place, cut=cut))
        if lang == "ru":
            rules.append(_rule((
                rf"(?<![\w.])(?P<person>[А-ЯЁ]\.{S}?[А-ЯЁ]\.{S}?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
                rf"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?{S}[А-ЯЁ]\.{S}?[А-ЯЁ]\.(?!{S}?[А-ЯЁ]))"),
                tuple("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"), "person"))
        if lang == "de":
            endings = alt(DE_TITLE_ENDINGS)
            rules.append(_rule((
                rf"(?<![\w.])(?:{UP}{LO}*)?{endings}(?:in)?{S}+"
                rf"(?!{alt(NOT_NAMES)}(?!\w))(?P<person>{_NAME})"),
                DE_TITLE_ENDINGS, "person", inside_words=True))
        if lang in TITLE_OF:
            # "el ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel
            # Albares, ha recibido": the name after the title's phrase, between commas or
            # ending the sentence ("..., el embajador de Japón, Takeshi Yamada."); a
            # ministry, a state or another title there is no name.
            title_words = alt(titles, ignore_case=lang != "en")
            triggers = tuple(t.casefold() for t in titles)
            if lang == "de":  # and the compounds: "Botschafterin", "Staatssekretär"
                title_words = rf"(?:{title_words}|(?:{UP}{LO}*)?{alt(DE_TITLE_ENDINGS)}(?:in)?)"
                triggers = DE_TITLE_ENDINGS + tuple(e.capitalize() for e in DE_TITLE_ENDINGS)
            no_name = alt((*ORG_HEADS.get(lang, ()), *titles, *NOT_NAMES))
            rules.append(_rule((
                rf"(?<![\w.]){title_words}(?:{S}+{LO}+)?"
                rf"(?:{S}+{alt(TITLE_OF[lang])}{S}[^.;:()]{{0,90}}?)?,"
                # not a portfolio of a list ("de Agricultura, Pesca, Agua y ...,"): a
                # name's comma is followed by no capitalised word
                rf"{S}+(?!(?i:{no_name})(?!\w))(?P<person>{_NAME})"
                rf"(?=[.;:)]|,(?!{S}*{UP})|$)"),
                triggers, "person", inside_words=lang == "de", refuse=not_place))
        own_rules = _OWN_RULES.get(lang)
        if own_rules is not None:
            rules.extend(own_rules())
        heads = ORG_HEADS.get(lang, ())
        cap = (rf"(?!(?:Mr|Ms|Mrs|Dr|H\.E|Minister|President|Prime|The|On|In)(?!\w))"
               rf"(?:{UP}{LO}+(?:-{UP}?{LO}+)*|{UP}{{2,}})(?!\w)")
        if lang not in ("ja", "zh"):
            # A company by its legal form ("Air Liquide Japan Ltd.", "Siemens AG").
            noun = (rf"(?!{UP}{LO}*{alt(DE_COMPANY_NOUNS)}(?!\w))" if lang == "de" else "")
            # "Aceites del Sur S.L.U.", "Banque de France SA"; not in English, where "of"
            # joins a title to the company ("President of Toyota Motor Corporation").
            joiner = (rf"(?:{alt(COMPANY_JOINERS[lang])}{S}+)?" if lang in COMPANY_JOINERS
                      else "")
            rules.append(_rule((
                rf"(?<![\w])(?P<org>(?!{alt(SENTENCE_WORDS)}(?!\w)){noun}{cap}"
                rf"(?:{S}+{joiner}(?:{cap}|&)){{0,3}},?{S}+{alt(LEGAL_FORMS)})(?!\w|{S}&)"),
                LEGAL_FORMS, "org"))
        if lang == "en":
            listed = rf"(?={S}+{cap}(?:{S}+{cap})*(?:,{S}+{cap}(?:{S}+{cap})*)*,?{S}+and{S}+{cap})"
            join = rf"(?:{S}+(?:of|for)(?:{S}+the)?|{S}+(?:and|&)|,{listed})?{S}+"
            rules.append(_rule((
                rf"(?<![\w])(?P<org>(?:{alt(heads)})(?:{S}+(?:of|for)(?:{S}+the)?{S}+{cap}"
                rf"(?:{join}{cap})*)?)(?!\w)"), tuple(heads), "org"))
        elif lang == "fr":
            word = rf"{UP}{LO}+(?:-{UP}?{LO}+)*"
            # "... de la Souveraineté industrielle et numérique"; a portfolio list is
            # joined by commas ("de l'Économie, des Finances et de la ...").
            adjective = rf"(?:{S}+(?:et{S}+)?{alt(FR_AUTHORITY_ADJECTIVES)}(?!\w))*"
            conn = (rf"(?:,?{S}+(?:et{S}+)?(?:de{S}+la{S}+|de{S}+l['’]|des{S}+|du{S}+|de{S}+"
                    rf"|d['’])|{S}+et{S}+)")
            rules.append(_rule((
                rf"(?<![\w])(?P<org>{alt(heads)}{conn}{word}{adjective}(?:{conn}{word}{adjective})*)"
                rf"(?!\w)"), tuple(heads), "org"))
            # A public body: its head, then adjectives, what it is of, or both; the
            # first "de" without a comma before it ("la Commission, de son côté").
            noun = (rf"(?!(?:{alt(FR_NOT_PORTFOLIOS)})(?!\w))"
                    rf"(?:{LO}+(?:-{LO}+)*|{word})")
            adjectives = rf"(?:{S}+(?:et{S}+)?{alt(FR_AUTHORITY_ADJECTIVES)}(?!\w))"
            of = rf"{S}+(?:de{S}+la{S}+|de{S}+l['’]|des{S}+|du{S}+|de{S}+|d['’])"
            part = rf"(?:{conn}{noun}{adjectives}*)"
            rules.append(_rule((
                rf"(?<![\w])(?P<org>{alt(FR_AUTHORITY_HEADS)}(?:{adjectives}+(?:{of}{noun}"
                rf"{adjectives}*{part}*)?|{of}{noun}{adjectives}*{part}*))(?!\w|['’])"),
                FR_AUTHORITY_HEADS, "org"))
            rules.append(_rule((
                rf"(?<![\w])(?P<org>{alt(FR_COURTS)}{S}+(?:de{S}+|d['’]|du{S}+){word}"
                rf"(?:-{word})*)(?!\w)"), FR_COURTS, "org"))
        elif lang in ("de", "es", "pt", "it"):
            word = rf"{UP}{LO}+(?:-{UP}?{LO}+)*"
            if lang == "de":  # "für wirtschaftliche Zusammenarbeit", "nukleare Sicherheit"
                word = (rf"(?:(?!{alt(DE_NOT_ADJECTIVES)}(?!\w))[a-zäöüß]{{3,}}"
                        rf"(?:e|en|er|es|em){S}+)?{word}")
            if lang == "de":
                links = alt(("des", "der", "für", "von", "und", "in"))
                conn = rf"{S}+(?:{links}){S}+"
                listed = rf"(?:,{S}+{word}(?:{S}+{word})*(?={conn}|,))*"
                rules.append(_rule((
                    rf"(?<![\w])(?P<org>{alt(heads)}(?:{conn}{word}(?:{S}+{word})*{listed})+)"
                    rf"(?!\w)"), tuple(heads), "org"))
            else:
                rules.extend(_body_rules(heads, word, lang))
            named = NAMED_ORGS.get(lang, ())
            if named:
                rules.append(_rule(rf"(?<![\w])(?P<org>{alt(named)})(?!\w)", named, "org"))
            if lang == "de":
                rules.append(_rule(_german_authority(), DE_AUTHORITY_TRIGGERS, "org",
                                   inside_words=True))
                rules.append(_rule(_german_utilities(), DE_UTILITIES, "org",
                                   refuse=_noun_after_utilities))
        elif lang in ("nl", "pl"):
            rules.append(_rule(_body_rule(lang, cap), NL_BODY_HEADS if lang == "nl"
                               else PL_BODY_HEADS, "org"))
            named = NL_NAMED_ORGS if lang == "nl" else PL_NAMED_ORGS
            rules.append(_rule(rf"(?<![\w])(?P<org>{alt(named)})(?!\w)", named, "org"))
        elif lang == "ru":
            # a hyphen joins a name's parts ("Санкт-Петербурга"), so no part ends it
            word = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?!-)"
            region = _ru_region()
            rules.append(_rule((
                rf"(?<![\w])(?P<org>МИД(?:{S}+{word}(?:{S}+{word}){{0,2}})?|{alt(heads)}"
                rf"(?:{S}+{alt(RU_PORTFOLIOS)}(?:{S}+(?:{region}|{word}(?:{S}+{word}){{0,2}}))?"
                # a state, a region, or capitalised words no name follows ("Правительства
                # Российской Федерации Михаил Мишустин": the government, then a person)
                rf"|{S}+(?:Российской{S}+Федерации|(?:{alt(STATE_WORDS['ru'])}){S}+{word})"
                rf"(?!\w)|{S}+{region}|{S}+{word}(?:{S}+{word}){{0,2}}(?!{S}+[А-ЯЁ])))(?!\w)"),
                tuple(heads), "org"))
            rules.extend(_russian_body_rules(heads, not_place))
        rules.extend(_cue_rules(lang, not_place))
        self.rules = tuple(rules)
        self.appositive = _Appositive(lang, not_place) if lang in SAY_VERBS else None
        self.acronyms: _DefinedAcronyms | _GermanAcronyms | None = (
            _DefinedAcronyms(cap) if lang == "en" else _GermanAcronyms() if lang == "de"
            else None)

    def candidates(self, text: str, rank: int,
                   tokens: frozenset[str] | None = None) -> Iterator[Found]:
        tokens = words_of(text) if tokens is None else tokens
        persons: set[int] = set()  # where the persons found end
        for index, rule in enumerate(self.rules):
            if not rule.trigger.fires(text, tokens):
                continue
            for match in rule.pattern.finditer(text):
                start, end = match.span(rule.group)
                if rule.cut is not None:
                    end = rule.cut(text, start, end)
                    if end == start:
                        continue
                if rule.refuse is not None and rule.refuse(text[start:end]):
                    continue
                if rule.name == "person":
                    persons.add(end)
                yield Found(start, end, (Span(rule.name, (), (text[start:end],)),),
                            rank + index)
        if self.appositive is not None and self.appositive.trigger.fires(text, tokens):
            for start, end in self.appositive.names(text, persons):
                yield Found(start, end, (Span("person", (), (text[start:end],)),),
                            rank + len(self.rules))
        if self.appositive is not None and self.appositive.appoint.fires(text, tokens):
            for start, end in self.appositive.appointed(text):
                yield Found(start, end, (Span("person", (), (text[start:end],)),),
                            rank + len(self.rules) + 1)
        if self.acronyms is not None and self.acronyms.trigger.fires(text, tokens):
            for start, end in self.acronyms.found(text):
                yield Found(start, end, (Span("org", (), (text[start:end],)),),
                            rank + len(self.rules) + 2)


# A word as the appositive rule reads one, and a word with what stands between it and
# the next (the name's words are joined by spaces only).
_APPOSITIVE_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")
# Up to six words after a comma, each its own group, joined by spaces only.
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+([^\W\d_][\w'’-]*)")
_SPACED_WORD = r"[ \u00a0\u202f]+([^\W\d_][\w'’-]*)"
_FOLLOWING = re.compile(_SPACED_WORD + f"(?:{_SPACED_WORD}" * 5 + ")?" * 5)
_OPENERS = "\"“„«("  # a quote or bracket a name may open


class _Appositive:
    """A name with its role after it between commas (APPOSITIVE_ROLES).

    Read in Python from each comma a role follows, not by a pattern: its alternations of
    roles and verbs and the cased letters of a name's words cost more instructions to
    compile than normalising a hundred releases, and to run at every capital letter of
    a ministry's English, where "President" and "Minister" fire the rule on every page.
    """

    def __init__(self, lang: str, not_place: Callable[[str], bool]) -> None:
        self.lang = lang
        self.not_place = not_place
        if lang == "de":
            self.endings: tuple[str, ...] = DE_ROLE_ENDINGS
            self.roles: frozenset[tuple[str, ...]] = frozenset()
            self.trigger = Trigger.of((), substrings=DE_ROLE_ENDINGS + tuple(
                e.capitalize() for e in DE_ROLE_ENDINGS))
        else:
            self.endings = ()
            self.roles = frozenset(tuple(r.casefold().split()) for r in APPOSITIVE_ROLES[lang])
            self.trigger = Trigger.of(tuple(r.casefold() for r in APPOSITIVE_ROLES[lang]))
        self.longest = max((len(r) for r in self.roles), default=1)
        self.modifiers = frozenset(ROLE_MODIFIERS)
        self.heads = frozenset(r[0] for r in self.roles)
        self.openers = self.heads | self.modifiers
        verbs = [v.casefold().split() for v in SAY_VERBS[lang]]
        self.verbs = frozenset(v[-1] for v in verbs)
        self.verb_phrases = {v[-1]: v[:-1] for v in verbs if len(v) > 1}  # "according to"
        self.states = frozenset(Locale.parse(lang).territories.values())  # "United States"
        self.no_name = frozenset((*SENTENCE_WORDS, *NOT_NAMES, *POST_NOMINALS, *ORG_WORDS,
                                  *(w for r in APPOSITIVE_ROLES.get(lang, ()) for w in r.split())))
        self.particles = frozenset(PARTICLES)
        appoint = APPOINT_VERBS.get(lang, ())
        self.appoint = Trigger.of(appoint)
        self._appoint = re.compile(rf"(?<!\w)(?i:{alt(appoint)})[ \u00a0]+(?=[^\W\d_])")

    def appointed(self, text: str) -> Iterator[tuple[int, int]]:
        """The names an appointing verb is followed by, with their role after them
        and no comma: two to five name words, then perhaps "as", "to", "au poste de",
        then a role, not followed by a capitalised word ("names Kestrel Aerospace
        President Jane Doe ..." names no person "Kestrel Aerospace")."""
        for verb in self._appoint.finditer(text):
            run: list[re.Match[str]] = []
            at = verb.end()
            for word in _APPOSITIVE_WORD.finditer(text, at, at + 200):
                gap = text[at:word.start()]
                if (run and not gap) or gap.strip(" \u00a0") or len(run) == 12:
                    break
                run.append(word)
                at = word.end()
            words = [w.group() for w in run]
            folded = [w.rstrip(".").casefold() for w in words]
            for size in range(2, min(6, len(run))):
                if not self._is_name(words[:size]):
                    break
                role_end = self._role_at(folded, words, size)
                if role_end:
                    if role_end < len(words) and words[role_end][0].isupper() and \
                            run[role_end - 1].end() < len(text) and \
                            text[run[role_end - 1].end()] != ",":
                        break
                    yield run[0].start(), run[size - 1].end()
                    break

    def _role_at(self, folded: list[str], words: list[str], first: int) -> int:
        """Where the role that opens folded[first:] ends (after joining words), or 0."""
        at = first
        while at < len(folded) - 1 and at - first < 4 and (
                folded[at] in APPOINT_JOINERS or folded[at] in self.modifiers):
            at += 1
        if self.endings:
            return at + 1 if folded[at].endswith(self.endings) and words[at][0].isupper() \
                else 0
        for size in range(min(self.longest, len(folded) - at), 0, -1):
            if tuple(folded[at:at + size]) in self.roles:
                return at + size
        return 0

    def names(self, text: str, known: set[int]) -> Iterator[tuple[int, int]]:
        """The names before a role; not where a rule found a person ending at the comma
        ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs"), as ministries' English
        names every minister so."""
        comma = text.find(",")
        while comma >= 0:
            if comma not in known and text[comma - 1:comma].isalpha() and \
                    self._may_open(text, comma + 1) and \
                    self._role_after(text, comma + 1):
                span = self._name_before(text, comma)
                if span is not None:
                    yield span
            comma = text.find(",", comma + 1)

    def _may_open(self, text: str, at: int) -> bool:
        """Whether the word after `at` may open a role or its modifiers: a set lookup, as
        most commas open none."""
        after = _NEXT_WORD.match(text, at)
        if after is None:
            return False
        word = after.group(1).casefold()
        return word in self.openers or word.endswith(("'s", "’s")) or (
            bool(self.endings) and word.endswith(self.endings))

    def _role_after(self, text: str, at: int) -> bool:
        """Whether a role opens text[at:] (after up to two modifiers: "the company's"),
        and no capitalised word follows it ("Hoshino Electric, President Kenji Morimoto"
        names the president). One match of the words after the comma, then set lookups:
        most commas open no role."""
        match = _FOLLOWING.match(text, at)
        if match is None:
            return False
        words = [w for w in match.groups() if w]
        folded = [w.casefold() for w in words]
        first = 0
        while first < 2 and first < len(folded) - 1 and (
                folded[first] in self.modifiers or folded[first].endswith(("'s", "’s"))):
            first += 1
        role_end = 0
        if self.endings:
            if folded[first].endswith(self.endings) and words[first][0].isupper():
                role_end = first + 1
        elif folded[first] in self.heads:
            for size in range(min(self.longest, len(folded) - first), 0, -1):
                if tuple(folded[first:first + size]) in self.roles:
                    role_end = first + size
                    break
        if not role_end:
            return False
        if text[match.end(role_end):match.end(role_end) + 1] == "-":
            return False  # "Director-level"
        return not (role_end < len(words) and words[role_end][0].isupper())

    def _name_before(self, text: str, comma: int) -> tuple[int, int] | None:
        """The name that ends at the comma: two to five words, capitalised (particles
        aside), where a name stands: a sentence's or line's start, after a quote, a colon
        or a verb of saying."""
        words = list(_APPOSITIVE_WORD.finditer(text, max(0, comma - 100), comma))
        if not words or words[-1].end() != comma:
            return None
        run = [words[-1]]
        for word in reversed(words[:-1]):
            gap = text[word.end():run[0].start()]
            if not gap or gap.strip() or len(run) == 5:
                break
            run.insert(0, word)
        for first in range(len(run) - 1):
            name = run[first:]
            if self._stands(text, name[0].start(), run[:first]) and self._is_name(
                    [w.group() for w in name]):
                return name[0].start(), comma
        return None

    def _stands(self, text: str, start: int, before: list[re.Match[str]]) -> bool:
        head = text[:start].rstrip(" \u00a0\u202f")
        spaced = len(head) < start
        if not head or head[-1] in "\n:;" or head[-1] in _OPENERS or (
                spaced and (head[-1] in ".!?" or head[-2:] in (".”", ".\"", "!”", "?”"))):
            return True
        if not before or not spaced:
            return False
        verb = before[-1].group().casefold()
        if verb not in self.verbs:
            return False
        phrase = self.verb_phrases.get(verb)
        return phrase is None or [w.group().casefold() for w in before[-1 - len(phrase):-1]] \
            == phrase

    def _is_name(self, words: list[str]) -> bool:
        if not (words[0][0].isupper() and words[-1][0].isupper()) or any(
                w in self.no_name or not (w[0].isupper() or w in self.particles)
                for w in words):
            return False
        name = " ".join(words)
        return not (self.not_place(name) or name in self.states)


def _cue_rules(lang: str, not_place: Callable[[str], bool]) -> list[_Rule]:
    """The persons a convention of the language names after a cue (PERSON_CUES,
    CONTACT_LABELS, the German and Spanish roles before a name, a nationality, the
    Japanese header and contact lines): each run only where its words occur, and
    compiled only then (LazyPattern)."""
    rules: list[_Rule] = []
    if lang == "ja":
        han = f"[{_HAN}]{{2,5}}"
        rules.append(_rule(
            rf"(?:{alt(JA_HEADER_ROLES)})：(?P<person>{han}?)(?=[）)、，,]|$)",
            JA_HEADER_ROLES, "person", inside_words=True))
        rules.append(_rule(
            rf"^[^\n。]{{0,40}}?(?:{alt(JA_LINE_ROLE_ENDINGS)})　+(?P<person>{han})$",
            ("　",), "person", inside_words=True))
        return rules
    if lang == "he":
        # No capitals end a Hebrew name: two or three words, a comma, a semicolon, a
        # bracket or a dash after them (the role or the phone follows), none a word of a
        # body's or a request's (HE_CONTACT_NOT_NAMES); at the end of its line a name is
        # as likely the ministry's words.
        labels = CONTACT_LABELS["he"]
        word = r"(?:[\u05d0-\u05ea]['׳]?)+(?:[-־](?:[\u05d0-\u05ea]['׳]?)+)?"
        unit = rf"(?:{S}+[\u05d0-\u05ea\"״]+){{0,2}}"  # the unit's ministry's words
        stops = frozenset(HE_CONTACT_NOT_NAMES)

        def no_hebrew_name(found: str) -> bool:
            return any(w.strip("'׳") in stops or w[1:] in stops for w in found.split())
        rules.append(_rule(
            rf"(?:^|(?<=\n))(?:דוברות{unit}|{alt(labels[1:])}){S}*:{S}*"
            rf"(?P<person>{word}(?:{S}+{word}){{1,2}})(?={S}*[,;(–—-])",
            labels, "person", refuse=no_hebrew_name))
        return rules
    if lang == "zh":
        labels = CONTACT_LABELS["zh"]
        rules.append(_rule(
            rf"(?:^|(?<=\n))(?:{alt(labels)})[：:]{S}*(?P<person>[\u4e00-\u9fff]{{2,4}}?)"
            rf"(?=[，,、；;（(]|{S}|$)", labels, "person", inside_words=True))
        return rules
    # Two to five capitalised words, no capitalised word after them.
    name = (rf"{_TOKEN}(?:{S}+(?:{alt(PARTICLES)}{S}+)?(?!{alt(POST_NOMINALS)}(?!\w)){_TOKEN})"
            rf"{{1,4}}(?!{S}+{UP}|[\w'’-])")
    no_name = frozenset((*ORG_WORDS, *SENTENCE_WORDS, *NOT_NAMES, *LEGAL_FORMS,
                         *STATE_WORDS.get(lang, ())))

    def refuse(found: str) -> bool:
        return not_place(found) or not no_name.isdisjoint(found.split())
    cues = PERSON_CUES.get(lang, ())
    if cues:
        rules.append(_rule(rf"(?<![\w-])(?i:{alt(cues)}){S}+(?P<person>{name})",
                           cues, "person",
                           refuse=refuse))
    labels = CONTACT_LABELS.get(lang, ())
    if labels:
        bodies = frozenset(CONTACT_NOT_NAMES.get(lang, ()))

        def no_contact(found: str) -> bool:
            # A line in capitals names a body in capitals ("MEDIA CONTACT: PRESS
            # OFFICE"): its words are the tables' words as usually written.
            usual = " ".join(w.capitalize() if w.isupper() else w for w in found.split())
            return refuse(found) or refuse(usual) or not bodies.isdisjoint(usual.split())
        # The label in any case: a release's last lines often set it in capitals
        # ("MEDIA CONTACT:", "KONTAKT DLA MEDIÓW:"); the name's capitals still mark it.
        rules.append(_rule(
            rf"(?:^|(?<=\n)){alt(labels, ignore_case=True)}{S}*:{S}*(?P<person>{name})"
            rf"(?=,|;|{S}*[(–—-]|{S}*$)",
            labels, "person",
            refuse=no_contact))
    if lang == "de":
        roles = alt(DE_ROLES_BEFORE)
        rules.append(_rule(
            rf"(?<![\w-])(?:{UP}{LO}*)?(?i:{roles}){S}+(?P<person>{name})",
            (*DE_ROLES_BEFORE, *(r.capitalize() for r in DE_ROLES_BEFORE)), "person",
            inside_words=True, refuse=refuse))
    if lang == "es":
        rules.append(_rule(
            rf"(?<![\w-])(?i:el|la|al|del){S}+(?:{alt(ES_ROLES_BEFORE)}){S}+(?P<person>{name})",
            ES_ROLES_BEFORE, "person", refuse=refuse))
    nationalities = NATIONALITIES.get(lang, ())
    if nationalities:
        article = r"(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd](?:er|ie|en|em|es))"
        rules.append(_rule(
            rf"(?<![\w-]){article}{S}*(?<=['’]|\s)(?:{alt(nationalities)}){S}+(?P<person>{name})",
            nationalities, "person", refuse=refuse))
    if lang == "fr":
        # The role, perhaps an adjective ("générale", "déléguée") and what it is of
        # ("de la Culture", "de Grenoble"), a comma, then two to four name words ended
        # by a comma, a full stop or the sentence's verb; "de l'Économie, des Finances"
        # continues a portfolio, not a name, so no comma stands in what the role is of.
        fr_roles = (*TITLES["fr"], *APPOSITIVE_ROLES["fr"], *FR_ROLES_BEFORE_COMMA)
        bodies = frozenset((*FR_ORG_WORDS, *ORG_HEADS["fr"], *FR_AUTHORITY_HEADS))

        def not_a_name(found: str) -> bool:
            return refuse(found) or not bodies.isdisjoint(found.split())
        short = (rf"{_TOKEN}(?:{S}+(?:{alt(PARTICLES)}{S}+)?{_TOKEN}){{1,3}}"
                 rf"(?!{S}+{UP}|[\w'’-])")
        rules.append(_rule(
            rf"(?<![\w-])(?i:{alt(fr_roles)})(?![\w-])(?:{S}+{LO}+(?:-{LO}+)*)?"
            rf"(?:{S}+(?:du|des|de|d['’])[^,.;:()\n]{{0,60}}?)?,{S}+(?P<person>{short})"
            rf"(?=,|;|\.(?!\w)|{S}+(?:a|et|est|sera|avait|était)(?![\w'’-])|{S}*$)",
            tuple(r.casefold() for r in fr_roles), "person", refuse=not_a_name))
    return rules


# The heads of the Spanish bodies a seat may follow ("Embajada de España en Japón"); a
# body's seat is no part of its name elsewhere ("la Junta de Andalucía en Sevilla").
_ES_SEATED = ("Embajada", "Consulado General", "Consulado", "Representación Permanente")


@dataclass(frozen=True)
class BodyGrammar:
    """How a Romance language names a ministry or public body after its head: the words
    "of" ("de la", "della", "do"), "and", the articles after "and" that open a name's
    last part ("y el Reto Demográfico", "e del Made"), "in" before a seat, which heads
    take a seat and which are a government's own (no adjectives), the capitalised
    adjectives a body's head takes and the words that open another body after "and"."""

    of: tuple[str, ...]
    conj: tuple[str, ...]
    last: tuple[str, ...]
    seat: str
    seated: tuple[str, ...]
    ministries: tuple[str, ...]
    adjectives: tuple[str, ...]
    others: tuple[str, ...]
    within: tuple[str, ...] = ()  # lower-case words inside the last part ("Made in Italy")
    forms: tuple[str, ...] = ()  # a public body's legal form after a comma ("I. P.")


BODY_GRAMMARS: Mapping[str, BodyGrammar] = MappingProxyType({
    "es": BodyGrammar(
        ("de la", "de los", "de las", "del", "de", "para la", "para el", "para los",
         "para las"), ("y", "e"),
        ("el", "la", "los", "las", "de la", "de los", "de las", "del", "de"), "en",
        _ES_SEATED, ("Ministerio", "Gobierno", "Secretaría de Estado", "Presidencia"),
        ES_BODY_ADJECTIVES, ES_OTHER_BODIES),
    "pt": BodyGrammar(
        ("da", "do", "das", "dos", "de", "para a", "para o", "para os", "para as"), ("e",),
        ("a", "o", "os", "as", "da", "do", "das", "dos", "de"), "em",
        ("Embaixada", "Consulado-Geral", "Consulado", "Missão Permanente"),
        ("Ministério", "Governo", "Secretaria de Estado", "Presidência"),
        ("Nacional", "Federal", "Geral", "Regional", "Municipal", "Superior", "Central",
         "Brasileira", "Portuguesa", "Estadual", "Metropolitana", "Europeia",
         "Humanitária"),  # Portugal's fire brigades: "Associação Humanitária dos Bombeiros ..."
        ("Museu", "Banco", "Universidade", "Fundação", "Instituto", "Empresa", "Ministério",
         "Governo", "Presidente", "Ministro", "Ministra", "Câmara", "Tribunal"),
        forms=("I. P.", "I.P.", "E. P. E.", "E.P.E.")),  # Portugal's instituto público
    "it": BodyGrammar(
        ("della", "delle", "dello", "degli", "dei", "del", "di", "dell'", "dell’", "per la",
         "per il", "per lo", "per le", "per i", "per gli", "per l'"), ("e", "ed"),
        ("il", "la", "lo", "i", "le", "gli", "del", "della", "dello", "dei", "delle", "degli",
         "di"), "in",
        ("Ambasciata", "Consolato Generale", "Consolato", "Rappresentanza Permanente"),
        ("Ministero", "Governo", "Presidenza del Consiglio", "Presidenza"),
        ("Nazionale", "Generale", "Regionale", "Superiore", "Centrale", "Italiana",
         "Italiano", "Europea", "Provinciale", "Comunale", "Metropolitana", "Permanente"),
        ("Museo", "Banca", "Università", "Fondazione", "Istituto", "Società", "Ministero",
         "Governo", "Presidente", "Ministro", "Camera", "Tribunale", "Comune", "Regione"),
        ("in",)),
})


def _body_rules(heads: tuple[str, ...], word: str, lang: str) -> list[_Rule]:
    """Ministries and public bodies: a head, perhaps capitalised adjectives (for a body:
    "Agencia Estatal", "Comisión Nacional"), then what it is of or for, in capitals ("de
    Agricultura, Pesca y Alimentación", "para la Transición Ecológica"), and at most one
    last part after "y el", "y de la" ("y el Reto Demográfico", "y la Competencia") that
    opens no other body and is the end of the name. A list of portfolios goes on to its
    "y" ("de Agricultura, Pesca y Alimentación"); "de Meteorología, Miguel Ángel López,"
    names the body, then a person. The words are the language's (BODY_GRAMMARS)."""
    grammar = BODY_GRAMMARS[lang]
    seated = tuple(h for h in heads if h in grammar.seated)
    bodies = tuple(h for h in heads if h not in grammar.seated
                   and h not in grammar.ministries)
    ministries = tuple(h for h in heads if h not in seated and h not in bodies)
    of = grammar.of
    others = alt((*heads, *grammar.adjectives, *grammar.others))
    conj = "|".join(grammar.conj)
    articles = "|".join(a.replace(" ", f"{S}+") for a in grammar.last)
    stops = alt((*{o.split()[0] for o in of}, *grammar.conj))
    inside = rf"(?:{alt(grammar.within)}{S}+)?" if grammar.within else ""
    forms = rf"(?:,{S}+{alt(grammar.forms)})?" if grammar.forms else ""
    last = (rf"(?:{S}+(?:{conj}){S}+(?:{articles})"
            rf"{S}+(?!{others}(?!\w)){word}(?:{S}+{inside}{word})*"
            rf"(?!{S}+(?:{stops})(?!\w)|{S}+{UP}))?")
    rules = []
    for group, links, adjectives in (
            (seated, (*of, *grammar.conj, grammar.seat), ""),
            (ministries, (*of, *grammar.conj), ""),
            (bodies, (*of, *grammar.conj), rf"(?:{S}+{alt(grammar.adjectives)})*")):
        if not group:
            continue
        # "per l'Italia", "dell'Economia": an elided article joins the next word
        elided = tuple(link for link in links if link.endswith(("'", "’")))
        conn = rf"{S}+(?:{alt(set(links) - set(elided))}){S}+"
        if elided:
            conn = rf"(?:{conn}|{S}+{alt(elided)})"
        listed = rf"(?:(?:,{S}+{word}(?:{S}+{word})*)+(?={conn}))?"
        rules.append(_rule((
            rf"(?<![\w])(?P<org>{alt(group)}{adjectives}"
            rf"(?:{conn}{word}(?:{S}+{word})*{listed})+{last}{forms})(?!\w)"), group, "org"))
    return rules


@cache
def ru_named_orgs() -> tuple[str, ...]:
    """Every form of the Russian bodies named by a short name ("Минтранса", "Росавиации")."""
    return tuple((name if kind in ("", "consonant") else name[:-1]) + end
                 for kind, names in RU_NAMED_ORGS.items() for name in names
                 for end in _RU_ENDINGS[kind])


def _ru_complement() -> tuple[str, str]:
    """A word of a body's genitive complement ("транспорта", "воздушного"), and a word of
    any case ("надзору", "сфере"): a case ending, not a verb's past ("провела"), not a
    listed function word."""
    stop = rf"(?!{alt(RU_NOT_COMPLEMENTS)}(?![а-яё-]))"
    past = r"(?<![аеиоуыяюё]л[аио])"
    genitive = (rf"{stop}[а-яё]{{2,}}(?:-[а-яё]+)?(?:а|я|и|ы|ов|ев|ей|ий|ых|их|ого|его|ой)"
                rf"{past}(?![а-яё-])")
    any_case = (rf"{stop}[а-яё]{{2,}}(?:-[а-яё]+)?(?:а|я|у|ю|ы|и|е|й|ов|ев|ых|их|ого|его|ому"
                rf"|ему|ым|им|ом|ем|ам|ям|ах|ях|ами|ями){past}(?![а-яё-])")
    return genitive, any_case


def _ru_region() -> str:
    """A region a Russian body is of: its adjective (one or two words, hyphens joining
    their parts) and its kind in lower case ("Еврейской автономной области")."""
    adjective = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*"
    return (rf"{adjective}(?:{S}+{adjective})?{S}+(?:автономн(?:ого|ой){S}+)?"
            rf"{alt(RU_REGION_KINDS)}(?![\w-])")


def _russian_body_rules(heads: tuple[str, ...],
                        not_place: Callable[[str], bool]) -> list[_Rule]:
    """Bodies with a lower-case complement, federal services and agencies, bodies by
    their short name, and a person named after a role and what it is of."""
    genitive, any_case = _ru_complement()
    cap = r"[А-ЯЁ][а-яё]+"
    complement = rf"{S}+{genitive}(?:{S}+(?:и{S}+)?{genitive}){{0,4}}"
    field = (rf"{S}+по{S}+{alt(RU_FIELD_WORDS)}"
             rf"(?:{S}+(?:и{S}+|в{S}+сфере{S}+|в{S}+области{S}+)?{any_case}){{0,6}}")
    state = (rf"(?:{S}+(?:Российской{S}+Федерации|России|РФ|(?:{alt(STATE_WORDS['ru'])})"
             rf"{S}+{cap}|{_ru_region()}))?")
    case = "(?:ая|ой|ую|ое|ого|ому|ым|ом)"
    kind = r"(?:служб(?:а|ы|е|у|ой)|агентств(?:о|а|у|ом|е)|казначейств(?:о|а|у|ом|е))"
    federal = rf"Федеральн{case}"
    adjective = rf"[а-яё]+(?:-[а-яё]+)?{case}"
    named = alt(ru_named_orgs())
    body = (rf"(?<![\w-])(?P<org>(?:{alt(heads)}(?:{complement}(?:{field})?|{field})"
            rf"|{federal}{S}+{adjective}{S}+{kind}(?:{complement})?(?:{field})?"
            rf"|{federal}{S}+{kind}(?:{complement}(?:{field})?|{field})){state})(?![\w-])")
    short = rf"(?<![\w-])(?P<org>{named}(?:{S}+(?:России|РФ))?)(?![\w-])"
    # The name: given and family name, perhaps the patronymic between; what stands
    # between the role and it may hold capitalised words ("председатель Правительства",
    # "губернатор Тульской области"), so the name is the last two (or three) of them.
    patronymic = rf"{cap}(?:ович|евич|ич|овн|евн|ичн|иничн)[а-я]{{0,2}}(?![\w-])"
    name = rf"{cap}(?:-{cap})?(?:{S}+{patronymic})?{S}+{cap}(?:-{cap})?"
    between = rf"(?:{S}+(?:{genitive}|{named}|{cap}))"
    # A name opens with no patronymic ("назначил генеральным директором Дмитрия
    # Сергеевича Волкова" is not "Сергеевича Волкова"): a first name and a patronymic
    # right after the role are the name's, nothing between.
    person = (rf"(?<![\w-])(?i:{alt(RU_ROLES)})(?:{between}{{1,5}}?|(?={S}+{cap}(?:-{cap})?"
              rf"{S}+{patronymic})){S}+(?P<person>(?!{patronymic}){name})(?![\w-]|{S}*[А-ЯЁ])")
    # A state's bank, in any case ("Банк России", "по прогнозу Банка России", "Центральный
    # банк Российской Федерации"): the word after it must be a state's.
    bank = (rf"(?<![\w-])(?P<org>(?:Центральн(?:ый|ого|ому|ым|ом){S}+банк|Банк)(?:а|у|ом|е)?{S}+"
            rf"(?:Российской{S}+Федерации|РФ|{cap}))(?![\w-])")

    def no_state(found: str) -> bool:
        last = found.split()[-1]
        return last not in ("Федерации", "РФ") and not not_place(last)
    heads_words = frozenset((*heads, *ru_named_orgs()))

    def no_person(found: str) -> bool:
        return not_place(found) or not heads_words.isdisjoint(found.split())
    return [
        _rule(body, (*heads, "Федеральная", "Федеральной", "Федеральную", "Федеральное",
                     "Федерального", "Федеральному", "Федеральным", "Федеральном"), "org"),
        _rule(short, ru_named_orgs(), "org"),
        _rule(person, RU_ROLES, "person", refuse=no_person),
        _rule(bank, ("Банк", "Банка", "Банку", "Банком", "Банке", "банк", "банка", "банку",
                     "банком", "банке"), "org", refuse=no_state),
    ]


# An acronym a body is defined with: capitals ("CMA"), or the "Of" of a British
# regulator ("Ofgem", "Ofwat"); mentions then names the body by it.
ACRONYM = r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|Of[a-z]{3,5}"


class _DefinedAcronyms:
    """An English body named in full with its acronym after it in brackets: the full
    name and the acronym are two organisations ("the Office of Gas and Electricity
    Markets (Ofgem)"). The acronym is capitals ("CMA") or a regulator's "Of..." word.

    Found from each bracketed acronym back to the name before it, not by a pattern run
    at every capital letter: ministries' English names a Ministry or an Office on every
    page, and brackets after one rarely."""

    def __init__(self, cap: str) -> None:
        self.cap = cap
        self.acronym = re.compile(rf"{S}\(({ACRONYM})\)")
        self.trigger = Trigger.of(EN_BODY_WORDS)

    @cached_property
    def full(self) -> re.Pattern[str]:
        """The full name ending where the acronym's bracket opens; compiled only for a
        release with a bracketed acronym, as its letters' classes cost to compile."""
        join = rf"(?:{S}+(?:of|for|on)(?:{S}+the)?|{S}+(?:and|&))?{S}+"
        body = rf"(?:{alt(EN_BODY_WORDS)})(?!\w)"
        return re.compile(rf"(?<![\w-])(?:{self.cap}{join})*?{body}(?:{join}{self.cap})*$")

    def found(self, text: str) -> Iterator[tuple[int, int]]:
        """The full names' and acronyms' places, in pairs."""
        at = text.find("(")
        while at > 0:
            match = self.acronym.match(text, at - 1)
            if match is not None:
                head = text[max(0, at - 160):match.start()]
                full = self.full.search(head) if any(
                    w in head for w in EN_BODY_WORDS) else None
                if full is not None:
                    offset = match.start() - len(head)
                    yield offset + full.start(), match.start()
                    yield match.start(1), match.end(1)
            at = text.find("(", at + 1)


# German bodies end in one of these nouns ("Wetterdienst", "Bundesverband",
# "Oberlandesgericht", "Deutsche Bahn"), perhaps in the genitive.
DE_BODY_ENDINGS = ("dienst", "amt", "bank", "verband", "gericht", "institut", "agentur",
                   "behörde", "anstalt", "ministerium", "kammer", "stiftung", "verein", "rat",
                   "kommission", "zentrum", "gesellschaft", "bund", "union", "bahn", "stelle",
                   "akademie", "universität", "hochschule", "werk", "werke", "netz", "konzern")
# Lower-case words inside a German body's name ("Bundesamt für Seeschifffahrt und ...").
_DE_NAME_JOINERS = frozenset(("für", "und", "der", "des", "von"))
_DE_ACRONYM = re.compile(r" \(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*)\)")
_DE_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")


class _GermanAcronyms:
    """A German body named in full with its acronym after it in brackets ("der Deutsche
    Wetterdienst (DWD)"): the full name and the acronym are two organisations.

    German capitalises every noun, so capitals do not mark a name ("Künstliche
    Intelligenz (KI)", "Gigawatt (GW)"): the name must end as a body does (one of its
    words in DE_BODY_ENDINGS) and be what the acronym abbreviates, as a reader checks
    it: the acronym opens with the name's first letter, its letters stand in the name in
    order, and the name's capitalised words' initials stand in the acronym in order.
    The name is the fewest words before the bracket that pass, so an article or a verb
    before it stays out."""

    trigger = Trigger(frozenset(), ("(",))

    def found(self, text: str) -> Iterator[tuple[int, int]]:
        for match in _DE_ACRONYM.finditer(text):
            start = self._name(text, match.start(), match.group(1))
            if start is not None:
                yield start, match.start()
                yield match.start(1), match.end(1)

    @staticmethod
    def _name(text: str, end: int, acronym: str) -> int | None:
        words = list(_DE_NAME_WORD.finditer(text, max(0, end - 120), end))
        # only the words joined by single spaces right up to the bracket
        run: list[re.Match[str]] = []
        for word in reversed(words):
            if len(run) == 6 or text[word.end():run[0].start() if run else end] != (
                    " " if run else ""):
                break
            run.insert(0, word)
        for first in range(len(run) - 1, -1, -1):
            names = [w.group() for w in run[first:]]
            if not names[0][:1].isupper() or names[0] in SENTENCE_WORDS or any(
                    not (w[:1].isupper() or w in _DE_NAME_JOINERS) for w in names):
                continue
            if _abbreviates(acronym, names) and any(
                    w.casefold().removesuffix("es").removesuffix("s").endswith(DE_BODY_ENDINGS)
                    for w in names if w[:1].isupper()):
                return run[first].start()
        return None


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether an acronym abbreviates these words: its first letter theirs, its letters
    in theirs in order, their capitalised words' initials in it in order."""
    letters = "".join(words).casefold()
    short = acronym.casefold()
    if not letters.startswith(short[0]):
        return False
    at = 0
    for char in short:
        at = letters.find(char, at) + 1
        if not at:
            return False
    at = 0
    for initial in (w[0].casefold() for w in words if w[:1].isupper()):
        at = short.find(initial, at) + 1
        if not at:
            return False
    return True


def _german_utilities() -> str:
    """Stadtwerke and their town, or the town's adjective and Stadtwerke."""
    town = (rf"(?!(?:{alt(DE_NOT_TOWNS)})(?![\w-])){UP}{LO}+(?:-{UP}{LO}+)*"
            rf"(?![\w-])")
    before = rf"(?!(?:{alt(DE_NOT_TOWN_ADJECTIVES)}){S}){UP}{LO}+er{S}+Stadtwerken?"
    return (rf"(?<![\w-])(?P<org>{before}|Stadtwerken?{S}+{town}"
            rf"(?:{S}+(?:am|an{S}+der|in){S}+{UP}{LO}+)?)(?![\w-])")


def _noun_after_utilities(name: str) -> bool:
    """Whether the word after "Stadtwerke" ends as a noun does ("Stadtwerke
    Fördermittel"), not as a town."""
    words = name.split()
    return words[0].startswith("Stadtwerk") and words[1].casefold().endswith(DE_NOUN_ENDINGS)


def _german_authority() -> str:
    endings = alt(DE_AUTHORITY_ENDINGS)
    own = r"[a-zäöüß]{3,}?"
    return (rf"(?<![\w-])(?P<org>(?:(?:{UP}{LO}+-)?(?:Bundes|Landes){own}{endings}"
            rf"|{UP}{LO}+bundes(?:amt|anstalt|agentur)|{UP}{LO}+-Bundes(?:amt|anstalt|agentur))"
            rf"(?:es|s)?)(?![\w-])")


_HAN = "一-龯々〆ヶ"
_KANA = "ァ-ヺー"


# Arabic names a body by its head noun and what it is of, each word definite ("وزارة
# التخطيط والتنمية الاقتصادية", "الهيئة السعودية للمياه"): a head in the construct state
# takes one word of any kind ("بنك مصر"), a definite head ("البنك الدولي") one definite
# word at least; the definite words after them (ال, وال, لل, بال) are the name's. "و"
# (and), "ل" (of), "ب" (with) written against the head are outside ("لوزارة").
AR_ORG_HEADS = ("وزارة", "هيئة", "صندوق", "بنك", "شركة", "مؤسسة", "مجلس", "جامعة", "سفارة",
                "منظمة", "مصرف", "ديوان", "اتحاد", "جهاز", "غرفة", "سوق", "مديرية",
                "مكتب", "بلدية", "أمانة")
AR_DEFINITE_HEADS = ("البنك", "الجهاز", "الهيئة", "المجلس", "الصندوق", "الاتحاد", "المنظمة",
                     "المصرف", "الشركة", "الديوان", "الغرفة", "السوق", "المؤسسة",
                     # a directorate, a centre ("المديرية العامة للدفاع المدني", "المركز
                     # الوطني للأرصاد")
                     "المديرية", "المركز",
                     # an office, a municipality, a secretariat, a general directorate
                     # ("المكتب الوطني للإحصاء", "الأمانة العامة لمجلس الوزراء")
                     "المكتب", "البلدية", "الأمانة", "الإدارة")
# A body's press office ("المكتب الإعلامي", the media office) is no body of its own.
AR_PRESS_OFFICES = ("المكتب الإعلامي",)
# Bodies every Arab state has, named by a fixed phrase: the civil defence.
AR_ORG_NAMES = ("الدفاع المدني",)


# Definite words that follow a body's name in prose and are none of it: the day ("مصرف
# قطر المركزي اليوم الخميس"), what was issued ("الصادر"), when ("الماضي", "المقبل") and
# the relative pronouns ("الذي", "التي").
AR_NOT_NAME_WORDS = ("اليوم", "الصادر", "الصادرة", "الماضي", "الماضية", "المقبل", "المقبلة",
                     "القادم", "القادمة", "الحالي", "الحالية", "الجاري", "الجارية", "الذي",
                     "التي", "الذين", "اللذين", "اللتين")
# A company's legal form after its name: the words ("شركة نورديك نتوركس المحدودة",
# limited; "القابضة", holding) end a name of up to three words of any kind, the letters
# (م.ع.م public shareholding, Jordan; ش.م.ع, ش.م.م, ذ.م.م in the Gulf) follow it.
AR_LEGAL_WORDS = ("المحدودة", "القابضة", "المساهمة")
# The words that end a name of two words of any kind after its head, as a legal form does
# ("شركة بترول أبوظبي الوطنية", "شركة موانئ دبي العالمية", "بنك الإمارات دبي الوطني"):
# nisbas such names end with. (Any nisba would take a sentence's object: "أعلنت شركة
# أدنوك نتائجها المالية".)
AR_NAME_ENDINGS = ("الوطنية", "الوطني", "الدولية", "الدولي", "العالمية", "العالمي",
                   "العربية", "العربي", "الإسلامية", "الإسلامي")
# Words a head is followed by in prose, and no name is: prepositions and conjunctions
# ("500 شركة خلال الدورة الأولى", 500 companies during the first round).
AR_NOT_AFTER_HEAD = ("خلال", "في", "من", "على", "إلى", "الى", "عن", "مع", "بين", "عبر",
                     "حول", "ضمن", "لدى", "منذ", "نحو", "تحت", "فوق", "بعد", "قبل", "عند",
                     "حتى", "أو", "ثم", "أن", "إن")
AR_LEGAL_FORMS = ("م.ع.م", "ش.م.ع", "ش.م.ع.ق", "ش.م.ع.ع", "ش.م.م", "ذ.م.م", "ش.م.ب", "ش.م.ك",
                  "ش.م.ق", "ش.م.خ")


# A person's name follows the honorifics of the Gulf and of Arabic prose ("معالي الشيخ
# عبدالله بن زايد آل نهيان", "سعادة السيد ناصر بن علي الكواري"), which are the span's,
# as "H.E." is in English. Longest first: "الشيخة" before "الشيخ".
AR_HONORIFICS = ("صاحب السمو", "صاحبة السمو", "سمو", "معالي", "سعادة", "فخامة", "الشيخة",
                 "الشيخ", "السيدة", "السيد", "الدكتورة", "الدكتور", "المهندسة", "المهندس")
# The titles an honorific is followed by instead of a name ("معالي وزير الاقتصاد", "سمو
# ولي العهد"); a definite word is none either ("معالي الوزير", "سعادة السفير").
AR_TITLES = ("وزير", "وزيرة", "سفير", "سفيرة", "رئيس", "رئيسة", "نائب", "نائبة", "مدير",
             "مديرة", "وكيل", "وكيلة", "محافظ", "أمين", "مستشار", "مستشارة", "عضو", "قائد",
             "مساعد", "ولي", "حاكم", "أمير", "رئيسي", "عميد")
# What links a name's parts: "بن"/"بنت" (son/daughter of) before the father's name, "آل"
# before the family's.
AR_NAME_LINKS = ("بن", "بنت", "ابن")


@cache
def _ar_weekdays() -> tuple[str, ...]:
    return tuple(Locale.parse("ar").days["format"]["wide"].values())


def _arabic_rules() -> list[_Rule]:
    stop = rf"(?!(?:{alt(AR_NOT_NAME_WORDS + _ar_weekdays())})(?!\w))"
    definite = rf"(?:{stop}[وف]?(?:ال|لل|بال)[^\W\d_]{{2,}})"
    # a word of a name after its head: no preposition, and no word with a pronoun
    # joined to it ("نتائجها", its results)
    word = (rf"(?:{stop}(?!(?:{alt(AR_NOT_AFTER_HEAD)})(?!\w))[^\W\d_]{{2,}}"
            rf"(?<!ها)(?<!هم))")
    quoted = r"(?:«[^«»\n]{1,40}»|“[^“”\n]{1,40}”|\"[^\"\n]{1,40}\")"
    # (no head counted by a number before it: "500 شركة", 500 companies)
    start = r"(?:(?<!\w)|(?<=(?<!\w)[وبلف]))(?<![0-9٠-٩][ \u00a0\u202f])"
    legal = rf"(?:{S}+(?:{alt(AR_LEGAL_FORMS)})(?![\w.]))?"
    heads = alt(AR_ORG_HEADS)
    # A given name ("محمد", "عبد الله"): no title, preposition or definite word. The name
    # runs over its "بن" links to the family's "آل" or nisba ("المهيري"); without a link
    # two words are a name only with the nisba or where a comma, a bracket or the line
    # closes them ("سعادة محمد أحمد،"), so that "استقبل الشيخ محمد وفداً" takes no object.
    given = (rf"(?:عبد{S}+ال[^\W\d_]{{2,}}|(?!ال)(?!(?:{alt(AR_TITLES + AR_NOT_AFTER_HEAD)})"
             rf"(?!\w)){word})")
    family = rf"(?:{S}+آل{S}+[^\W\d_]{{2,}})"
    nisba = rf"(?:{S}+{stop}ال[^\W\d_]{{2,}}ي(?!\w))"
    link = rf"(?:{S}+(?:{alt(AR_NAME_LINKS)}){S}+{given})"
    closed = r"(?=\s*[،,؛;:.()\[\]]|\s*$)"
    name = (rf"{given}(?:{link}+{family}?{nisba}?|(?:{S}+{given})?(?:{family}|{nisba})"
            rf"|(?:{S}+{given}){{0,2}}{closed})")
    chain = rf"(?:(?:{alt(AR_HONORIFICS)}){S}+)+"
    return [_rule(
        rf"{start}(?P<person>{chain}{name})(?!\w)", AR_HONORIFICS, "person",
        inside_words=True), _rule(
        rf"{start}(?!(?:{alt(AR_PRESS_OFFICES)})(?!\w))(?P<org>(?:(?:{heads})(?:{S}+{word}){{1,3}}?{S}+"
        rf"(?:{alt(AR_LEGAL_WORDS)})"
        rf"|(?:(?:{heads})(?:{S}+{word}){{1,2}}?{S}+(?:{alt(AR_NAME_ENDINGS)})(?!\w)"
        rf"|(?:{heads}){S}+(?:{quoted}|{definite}|{word})"
        rf"|(?:{alt(AR_DEFINITE_HEADS)})(?={S}+{definite}))(?:{S}+{definite})*){legal}"
        rf"|{alt(AR_ORG_NAMES)})(?!\w)",
        AR_ORG_HEADS + AR_DEFINITE_HEADS + AR_ORG_NAMES, "org", inside_words=True)]


# Korean bodies end with what they are (산업통상자원부 ministry, 기상청 agency, 위원회
# committee, 연구원 institute, 대사관 embassy), a particle perhaps after (은, 를, 과, 의);
# companies carry their legal form before or after the name (주식회사 누리에너지,
# 한국수력원자력(주)). Ministries' short names are as long (산업부); two-syllable words
# ending so are common nouns (정부 government, 요청 request, 대처 response): three at least.
KO_ORG_ENDINGS = ("부", "청", "처", "위원회", "연구원", "대사관", "영사관", "공사", "공단",
                  "재단", "은행", "협회", "진흥원", "연구소", "대학교", "광역시", "특별시",
                  "본부")  # "상수도사업본부" (waterworks headquarters): two syllables before
KO_NOT_ORG_ENDINGS = ("정부", "요청", "신청", "초청", "대처", "출처", "근처", "여부",
                      "일부", "전부", "내부", "외부", "세부", "간부", "연락처", "문의처", "거래처",
                      "접수처", "사용처")
KO_PARTICLES = ("은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "에서", "로", "으로",
                "도", "과의", "와의", "측", "이며", "이다", "에서는", "에는", "와는", "과는")
KO_LEGAL_FORMS = ("주식회사", "(주)", "㈜")


# A Korean name is a family name and a given name of one or two syllables, written
# together ("최영호", "남궁민수"); the title stands after it ("최영호 장관은") or, in a
# body's brackets and a contact's table, before it ("(장관 최영호)", "과장 김민준").
# Read as one only in three syllables or more: two, a one-syllable family name's first,
# are far more often the field of the office the title names ("국방 장관", defence
# minister; "경제 부총리", "홍보 과장") than a name.
# Titles that are common nouns too (시장 market, 대표 representative, 지사 branch) are not
# among them, nor are words that open as a family name does (신임 new, 한국 Korea).
KO_TITLES = ("장관", "차관", "청장", "처장", "원장", "위원장", "과장", "국장", "실장", "차장",
             "사무관", "주무관", "서기관", "대변인", "대통령", "총리", "부총리", "도지사",
             "구청장", "군수", "본부장", "이사장", "총장", "교수", "대사")
KO_FAMILY_NAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문",
                   *"김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차"
                   "주우구민진나지엄채원천방공현함변염여추도소석설마길연위표명기반왕금옥육인"
                   "맹탁국은편용예경봉")
_KO_DOUBLE_FAMILY_NAMES = tuple(n for n in KO_FAMILY_NAMES if len(n) == 2)
_KO_SINGLE_FAMILY_NAMES = "".join(n for n in KO_FAMILY_NAMES if len(n) == 1)
# Words of three syllables that open as a name does: the words that link sentences
# ("이어서 장관은", then the minister; "조만간", soon). (Two-syllable ones, "신임" new,
# "한편" meanwhile, are no name by their length.)
KO_NOT_NAMES = ("이어서", "조만간")


def _ko_not_org_ending() -> str:
    """Look-behinds refusing a word that ends as a body does ("국토부 장관": the ministry's
    minister), one per length of ending, as a look-behind has one width."""
    lengths = sorted({len(e) for e in KO_ORG_ENDINGS})
    return "".join(f"(?<!{alt(tuple(e for e in KO_ORG_ENDINGS if len(e) == n))})"
                   for n in lengths)


@cache
def _ko_countries() -> tuple[str, ...]:
    return tuple(sorted(Locale.parse("ko").territories.values(), key=len, reverse=True))


def _korean_rules() -> list[_Rule]:
    word = "[가-힣A-Za-z0-9]"
    after = rf"(?=(?:{alt(KO_PARTICLES)})?(?![가-힣A-Za-z0-9]))"
    # A city's body names the city first ("한솔시 상수도사업본부", the city's waterworks).
    country = rf"(?:(?:{alt(_ko_countries())}|(?<![가-힣])[가-힣]{{1,3}}[시군](?<!도시)){S})?"
    name = (rf"(?<![가-힣A-Za-z0-9])(?!(?:{alt(KO_NOT_NAMES)})(?![가-힣]))"
            rf"(?:(?:{alt(_KO_DOUBLE_FAMILY_NAMES)})[가-힣]{{1,2}}"
            rf"|[{_KO_SINGLE_FAMILY_NAMES}][가-힣]{{2}}){_ko_not_org_ending()}")
    title = alt(KO_TITLES)
    return [
        _rule(rf"(?P<person>{name}){S}(?:{title}){after}", KO_TITLES, "person",
              inside_words=True),
        # before it only where the name closes the bracket, the clause or the line, so that
        # "장관 주재로 열린" (chaired by the minister) names no one
        _rule(rf"(?<![가-힣])(?:{title}){S}(?P<person>{name})(?=\s*[,)）(（]|\s*$)", KO_TITLES,
              "person", inside_words=True),
        _rule(rf"(?<!{word[:-1]}])(?P<org>(?:주식회사|\(주\)|㈜){S}?{word}+"
              rf"|{word}+(?:\(주\)|㈜))", KO_LEGAL_FORMS, "org", inside_words=True),
        _rule(rf"(?<![가-힣A-Za-z0-9])(?P<org>{country}(?!{word}*(?:{alt(KO_NOT_ORG_ENDINGS)})"
              rf"(?![가-힣]))[가-힣]{{2,}}(?:{alt(KO_ORG_ENDINGS)})){after}",
              KO_ORG_ENDINGS, "org", inside_words=True),
    ]


def _japanese_rules() -> list[_Rule]:
    """People before their title or honorific, organisations by their last word."""
    countries = tuple(name for name in Locale.parse("ja").territories.values()
                      if re.fullmatch(f"[{_HAN}{_KANA}]+", name))
    not_names = alt(JA_NOT_NAMES)
    kanji_name = (rf"(?<![{_HAN}])(?!{not_names}(?:{alt(JA_TITLES)}|{alt(JA_PORTFOLIOS)}|"
                  rf"{alt(JA_HONORIFICS)}))[{_HAN}]{{1,4}}?(?<!{alt(JA_NOT_NAME_ENDINGS)})")
    # A foreign name in katakana, its parts joined by "・"; a country's name is not one.
    kana_name = (rf"(?<![{_KANA}・])(?!(?:{alt(countries)})(?![{_KANA}]))"
                 rf"[{_KANA}]+(?:[・＝][{_KANA}]+)*?")
    # A country by its short name, or its formal one: the short name, perhaps a few
    # qualifying characters, and the kind of state ("ベトナム社会主義共和国").
    country = (rf"(?:・?(?:{alt(countries)})(?:[{_HAN}]{{0,6}}?(?:{alt(JA_STATES)}))?|"
               rf"{alt(JA_COUNTRY_MARKS)}(?=国務|大統領|首相|大使))")
    # The portfolio may stand after the name's "・" ("グランホルム・エネルギー長官").
    title = rf"(?:・?(?:{alt(JA_PORTFOLIOS)}))?(?:{alt(JA_TITLES)})(?![{_HAN}])"
    person_title = (rf"(?P<person>{kanji_name}|{kana_name})(?:{country})?{title}")
    person_honorific = (rf"(?P<person>(?:{kanji_name}|{kana_name})"
                        rf"{alt(JA_HONORIFICS)}(?![{_HAN}]))")  # not "氏名", "様子"
    org = (rf"(?<![{_HAN}{_KANA}・])(?:{alt(JA_LEADING)})?(?P<org>(?!{alt(('両', '各', '同'))})"
           rf"(?:{alt(JA_ORG_NAMES)}|在[{_HAN}{_KANA}・]{{1,20}}?(?:大使館|総領事館|領事館|代表部)"
           # not "政府間" (intergovernmental), nor "合同庁舎" (a government building)
           rf"|[{_HAN}{_KANA}・]{{2,16}}?(?:{alt(JA_ORG_ENDINGS)})))(?![間舎])")
    return [
        _rule(person_title, ("大臣", *JA_TITLES), "person", inside_words=True),
        _rule(person_honorific, JA_HONORIFICS, "person", inside_words=True),
        _rule(org, (*JA_ORG_ENDINGS, *JA_ORG_NAMES), "org", inside_words=True),
        *_japanese_company_rules(),
    ]


# The characters of a Japanese company's name: Han, katakana, Latin letters and digits
# (half and full width), "・" and "&"; hiragana only where the name opens with it
# ("さくら精機", "みなとエナジー"), since elsewhere it is a particle ("と", "は", "の").
_JA_NAME_CHARS = f"{_HAN}{_KANA}・＆&A-Za-zＡ-Ｚａ-ｚ0-9０-９"
_HIRAGANA = "ぁ-ゖゝゞ"


def _japanese_company_rules() -> list[_Rule]:
    """Companies by their legal form before or after the name, by "ホールディングス" or
    "グループ" ending it, and a foreign company in katakana with "社" ("オーステッド社")."""
    chars, hira = _JA_NAME_CHARS, _HIRAGANA
    forms = alt(JA_LEGAL_FORMS)
    not_company = alt(JA_NOT_COMPANIES)
    # A name opening with hiragana starts after punctuation or the line's start; one
    # opening with another character may follow a particle ("建設は㈱九州建設と").
    # "本日大成建設株式会社は": a word that opens the sentence is not the name's.
    leading = "|".join(f"(?<={re.escape(w)})" for w in JA_LEADING)
    name_start = (rf"(?:(?:(?<![{chars}{hira}])|{leading})[{hira}]{{1,6}}|(?<![{chars}])"
                  rf"|{leading})"
                  rf"(?!{not_company}|{alt(JA_LEADING)})")
    before = (rf"(?P<org>{name_start}[{chars}]{{1,24}}?"
              rf"(?:{forms}|ホールディングス(?:{forms})?|"
              # "グループ" ends a name only after katakana or Latin ("トヨタグループ"), not
              # after a common noun in Han ("研究グループ").
              rf"(?<=[{_KANA}A-Za-zＡ-Ｚａ-ｚ・])グループ))(?![{_KANA}])")
    # After a form alone ("株式会社として"), hiragana is a particle, not a name.
    particle = alt(("と", "は", "が", "の", "を", "に", "で", "も", "へ", "や", "から", "より"))
    after = (rf"(?<![{chars}])(?P<org>{forms}{S}?(?:(?!{particle})[{hira}]{{1,6}})?"
             rf"(?!{not_company})[{chars}]{{1,24}})"
             rf"(?![{chars}])")
    # Not "ソニー社長" (the president of Sony): no Han after "社".
    foreign = (rf"(?<![{_KANA}・])(?P<org>(?!{not_company})[{_KANA}][{_KANA}・]{{1,20}}社)"
               rf"(?![{_HAN}])")
    # Or in Latin letters ("Google社", "Meta Platforms社"), opening with a capital.
    latin = (r"(?<![A-Za-z0-9&.\-'’])(?P<org>[A-ZＡ-Ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９&.\-'’]*"
             r"(?: [A-Z][A-Za-z0-9&.\-'’]*){0,3}社)"
             rf"(?![{_HAN}])")
    # The companies of the split national railway and telephone monopolies, named by the
    # group's letters and their region ("JR九州", "JR東日本", "NTT西日本"), not by a form.
    group = (r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<org>(?:JR|ＪＲ)"
             r"(?:北海道|東日本|東海|西日本|四国|九州|貨物)"
             rf"|(?:NTT|ＮＴＴ)(?:東日本|西日本))(?![{_HAN}{_KANA}])")
    return [
        _rule(before, (*JA_LEGAL_FORMS, *JA_COMPANY_ENDINGS), "org", inside_words=True),
        _rule(after, JA_LEGAL_FORMS, "org", inside_words=True),
        _rule(foreign, ("社",), "org", inside_words=True),
        _rule(latin, ("社",), "org", inside_words=True),
        _rule(group, ("JR", "ＪＲ", "NTT", "ＮＴＴ"), "org", inside_words=True),
    ]


def _chinese_rules() -> list[_Rule]:
    """People next to their title or honorific, organisations by their last word.

    Chinese has no spaces and names no capitals: a name is two or three characters (a
    Chinese name) or a transliterated one ("库鲁巴耶夫", "阿伊达·萨尔巴耶娃"), found only
    where a title or honorific is beside it and what is on its other side is a boundary:
    punctuation, a verb or preposition after it, the end of an embassy's name before it.
    A country before a title ("马来西亚外长") is never a name.
    """
    han = "\u4e00-\u9fff"
    countries = tuple(name for name in Locale.parse("zh").territories.values()
                      if re.fullmatch(f"[{han}]+", name))
    # A name holds no title, no "兼" ("国务委员兼外长王毅": two titles, then the name),
    # no "代表" ("企业代表李明先生": a representative, then the name) and no "驻"
    # ("新加坡驻华大使": stationed in China, a country's ambassador).
    # Nor a country: "王毅同澳大利亚外长黄英贤" is a name, "with", a country and its minister.
    char = rf"(?:(?!{alt(ZH_TITLES)}|兼|代表|驻|{alt(countries)})[{han}])"
    # Nor a country, perhaps with a portfolio, before the title ("新加坡贸工部长").
    not_name = (rf"(?!{alt(ZH_NOT_NAMES)}|(?:{alt(countries)})[{han}]{{0,3}}?(?:{alt(ZH_TITLES)}|"
                rf"{alt(ZH_HONORIFICS)}))")
    name = (rf"{not_name}(?:{char}{{2,8}}?·{char}{{2,8}}?|{char}{{2,8}}?)"
            rf"(?<!{alt(ZH_NOT_NAME_ENDINGS)})")
    single = [w for w in ZH_BEFORE_NAME if len(w) == 1]
    double = [w for w in ZH_BEFORE_NAME if len(w) == 2]
    # Not after a digit either: "10时同赞布里外长" is a time, then "同".
    # A name does not begin inside a title: "王部长和黄外长" holds no name "长和黄".
    inside_title = "|".join(f"(?<={re.escape(t[:k])}){re.escape(t[k:])}"
                            for t in ZH_TITLES for k in range(1, len(t)))
    start = (rf"(?!{inside_title})(?:(?<![{han}·0-9０-９])|(?<=[{''.join(single)}])|"
             + "|".join(f"(?<={w})" for w in double) + ")")
    title = rf"(?:{alt(ZH_TITLES)})(?!馆|级|会|助理)"
    name_title = rf"{start}(?P<person>{name}){title}"
    honorific = rf"{start}(?P<person>{name}{alt(ZH_HONORIFICS)})"
    # After the title the name ends at a verb, punctuation or the end of the text (a
    # headline); an honorific after it is part of it ("大使吕德耀先生等").
    # At the end of a headline ("贸工部长颜金勇") the name may not open with a word that
    # ends one ("外长将访华": will visit China) nor be a verb of headlines ("访华").
    after = alt(ZH_AFTER_NAME)
    named = rf"{char}{{2,8}}?(?:·{char}{{2,8}}?)?(?:{alt(ZH_HONORIFICS)})?"
    # A company's officer too, written before the name ("董事长陈立平表示"); never after
    # a name, where the company's own name stands ("华川新能源董事长").
    title_name = (rf"(?:{title}|{alt(ZH_COMPANY_TITLES)})(?!{alt(ZH_NOT_NAMES)})"
                  rf"(?:(?={named}{after})|(?!{after}|"
                  rf"{alt(ZH_HEADLINE_VERBS)}))(?P<person>{named})(?={after}|$)")
    not_orgs = "".join(f"(?<!{re.escape(w)})" for w in ZH_NOT_ORGS)  # each its own width
    org = (rf"(?<![{han}·])(?P<org>[{han}]{{2,16}}?(?:{alt(ZH_ORG_ENDINGS)}))"
           rf"{not_orgs}(?!间|长|门|分|署|队|件|落|位|发言人|首脑|[{han}]?部长)")
    return [
        _rule(name_title, ZH_TITLES, "person", inside_words=True),
        _rule(honorific, ZH_HONORIFICS, "person", inside_words=True),
        _rule(title_name, (*ZH_TITLES, *ZH_COMPANY_TITLES), "person", inside_words=True),
        _rule(org, ZH_ORG_ENDINGS, "org", inside_words=True),
        _rule(_chinese_bureau(han), ("局", "委", "厅", "办公室"), "org", inside_words=True),
        # "德国集团" (Germany's group, the country alone) is none; a test of the few
        # matches, not a second alternation of every country name to compile.
        _rule(_chinese_company(han, countries), (*ZH_LEGAL_FORMS, "集团", "控股"), "org",
              inside_words=True, refuse=lambda name: name.startswith(countries)),
    ]


def _ukrainian_rules() -> list[_Rule]:
    """A ministry by its portfolio, of Ukraine perhaps ("Міністерство освіти і науки
    України"); an embassy by its country's name, in a city perhaps ("Посольство України
    в Японії"); and the bodies named so at once ("Кабінет Міністрів України")."""
    word = rf"{UP}{LO}+(?:-{UP}{LO}+)*"
    portfolio = alt(UK_PORTFOLIOS)
    ministries = tuple(h for h in UK_MINISTRY_HEADS if h.startswith("Мін"))
    embassies = tuple(h for h in UK_MINISTRY_HEADS if h.startswith("Пос"))
    return [
        _rule(rf"(?<![\w])(?P<org>(?:{alt(ministries)}){S}+(?:{portfolio})(?!\w)"
              rf"(?:{S}+України)?|(?:{alt(embassies)}){S}+{word}(?:{S}+[ву]{S}+{word})?"
              rf"|{alt(UK_NAMED_ORGS)})(?!\w)", UK_MINISTRY_HEADS + UK_NAMED_ORGS, "org")]


def _turkish_rules() -> list[_Rule]:
    """A body by its name's capitalised words and what it is after them, joined by "ve"
    or commas ("Çevre, Şehircilik ve İklim Değişikliği Bakanlığı"), perhaps after "T.C."
    or "Türkiye Cumhuriyeti"; a case ending after its apostrophe is not the name's."""
    word = rf"(?!(?:{alt(TR_NOT_NAME_WORDS)})(?!\w)){UP}{LO}+"
    state = rf"(?:(?:T\.{S}?C\.|Türkiye{S}+Cumhuriyeti){S}+)?"
    ending = alt(TR_BODY_ENDINGS)
    return [_rule(rf"(?<![\w.])(?P<org>{state}{word}(?:(?:,|{S}+ve)?{S}+{word}){{0,5}}"
                  rf"{S}+(?:{ending}))(?!\w)", TR_BODY_ENDINGS, "org")]


def _finnish_rules() -> list[_Rule]:
    """A ministry or agency by the kind of body its compound word ends in, at least two
    letters of portfolio before it ("Ulkoministeriö"; "ministeriö" alone names none, nor
    does "ministeri", the minister), perhaps a first portfolio joined by "ja"; and the
    Government and its office, each perhaps in a case. A person after a minister's
    compound title ("ulkoministeri Elina Valtonen"; "ministeri" alone is in TITLES)."""
    letters = r"[^\W\d_]"
    first = rf"{letters}+-{S}+(?:ja|sekä){S}+"
    kind = rf"{letters}{{2,}}?(?:{alt(FI_BODY_KINDS)})"
    title = rf"{letters}{{2,}}?(?:{alt(FI_TITLE_ENDINGS)})"
    return [_rule(rf"(?<![\w-])(?P<org>(?:{first})?{kind}(?:{alt(FI_CASE_ENDINGS)})?"
                  rf"|(?:{alt(FI_NAMED_ORGS)})(?:n(?!{S}+kanslia))?)(?!\w)",
                  FI_BODY_KINDS + FI_NAMED_ORGS, "org", inside_words=True),
            _rule(rf"(?<![\w-]){title}{S}+(?!{alt(NOT_NAMES)}(?!\w))(?P<person>{_NAME})",
                  FI_TITLE_ENDINGS, "person", inside_words=True, refuse=_place_test("fi"))]


def _hungarian_rules() -> list[_Rule]:
    """A body by its capitalised words, joined by "és", commas or a compound's hyphen
    ("Adó- és Vámhivatal"), and last the word that ends in its kind (HU_BODY_KINDS), a
    case ending perhaps joined to it; the kind alone in lower case is no name ("a
    minisztérium")."""
    letters = r"[^\W\d_]"
    word = rf"(?!(?:{alt(HU_NOT_NAME_WORDS)})(?!\w)){UP}{LO}+-?"
    kinds = alt(HU_BODY_KINDS)
    tails = alt(tuple(k[1:] for k in HU_BODY_KINDS))  # the kind as a word: "Hivatal"
    return [_rule(rf"(?<![\w.-])(?P<org>(?:{word}(?:,|{S}+és)?{S}+){{0,5}}"
                  rf"{UP}{letters}*?(?:{kinds}|{tails})"
                  rf"(?:{alt(HU_CASE_ENDINGS)})?)(?!\w)",
                  tuple(k[1:] for k in HU_BODY_KINDS), "org", inside_words=True)]


def _norwegian_rules(lang: str) -> list[_Rule]:
    """A ministry, directorate or inspectorate by the end of its capitalised compound, at
    least two letters of portfolio before it ("Kunnskapsdepartementet"; "departementet"
    alone, the ministry a sentence names again, is none), perhaps a first portfolio
    joined by "og"; a municipality or county by its place's name ("Oslo kommune"), not a
    word that opens a sentence ("Hver kommune"); the Prime Minister's office and the
    Government (NO_GOVERNMENT). A person
    after a minister's compound title ("utenriksminister Espen Barth Eide"; "minister"
    alone is in TITLES)."""
    letters = r"[^\W\d_]"
    first = rf"{UP}{letters}*-{S}+og{S}+"
    kind = rf"(?:{first}|{UP}){letters}+?(?:{alt(NO_BODY_KINDS)})"
    place = (rf"(?!(?:{alt(NO_NOT_PLACES)})(?!\w)){UP}{LO}+(?:-{UP}?{LO}+)*")
    municipality = (rf"(?:(?:{alt(NO_PLACE_PREFIXES)}){S}+)?{place}{S}+kommune"
                    rf"|{place}(?:{S}+og{S}+{place})?{S}+fylkeskommune")
    title = rf"{letters}{{2,}}?(?:{alt(NO_TITLE_ENDINGS)})"
    return [_rule(rf"(?<![\w-])(?P<org>(?:{kind}|{municipality}|{alt(NO_GOVERNMENT)})s?"
                  rf"|{alt(NO_NAMED_ORGS)})(?!\w)",
                  NO_BODY_KINDS + NO_MUNICIPAL_KINDS + NO_NAMED_ORGS + NO_GOVERNMENT, "org",
                  inside_words=True),
            _rule(rf"(?<![\w-]){title}{S}+(?!{alt(NOT_NAMES)}(?!\w))(?P<person>{_NAME})",
                  NO_TITLE_ENDINGS, "person", inside_words=True, refuse=_place_test(lang))]


def _greek_rules() -> list[_Rule]:
    """A body by its head and capitalised words in the genitive, joined by "και", an
    article or a comma, perhaps its seat after "στο" (EL_BODY_HEADS); in capitals too.
    A person after a title, past the portfolio's words ("ο Υπουργός Εξωτερικών Γιώργος
    Παπαδόπουλος"); not "Δήμος Παπαδόπουλος", a man's given name and surname."""
    word = rf"{UP}{LO}+(?:-{UP}{LO}+)*"
    link = rf"(?:,{S}+|{S}+(?:{alt(EL_JOINERS)}){S}+|{S}+)"
    seat = rf"(?:{S}+{alt(EL_SEATS)}{S}+{word})?"
    body = (rf"{alt(EL_BODY_HEADS)}(?:{S}+(?:της|του|των))?{S}+{word}"
            rf"(?:{link}{word}){{0,4}}{seat}")
    caps = _greek_capitals(EL_BODY_HEADS)
    cap_word = rf"{UP}{{2,}}(?:-{UP}{{2,}})*"
    cap_link = rf"(?:,{S}+|{S}+(?:{alt(_greek_capitals(EL_JOINERS))}){S}+|{S}+)"
    cap_body = (rf"{alt(caps)}{cap_link}{cap_word}(?:{cap_link}{cap_word}){{0,4}}"
                rf"(?:{S}+{alt(_greek_capitals(EL_SEATS))}{S}+{cap_word})?")
    portfolio = rf"(?:{S}+(?:{alt(EL_PORTFOLIO_WORDS)}|και)(?!\w))*"
    return [_rule(rf"(?<![\w])(?P<org>{body}|{cap_body})(?!\w)", EL_BODY_HEADS + caps, "org",
                  refuse=_greek_man),
            _rule(rf"(?<![\w.]){alt(EL_TITLES, ignore_case=True)}{portfolio}{S}+"
                  rf"(?!(?:{alt((*EL_PORTFOLIO_WORDS, *NOT_NAMES))})(?!\w))(?P<person>{_NAME})",
                  tuple(t.casefold() for t in EL_TITLES), "person", refuse=_place_test("el"))]


def _greek_man(name: str) -> bool:
    """Whether "Δήμος" opens a man's name, not a municipality's: a municipality is of a
    place in the genitive, which never ends in "-ος" as a nominative surname does."""
    head, _, rest = name.partition(" ")
    return head in ("Δήμος", "ΔΗΜΟΣ") and rest.split(maxsplit=1)[0].endswith(("ος", "ός", "ΟΣ"))


# Hebrew bodies by their head, one of its prefixes (and, in, to, from, that) perhaps
# joined to it ("במשרד החוץ"): a ministry or an office of what the next word names, with
# the article ("משרד החוץ", "משרד הבריאות", "לשכת הנשיא"), its adjectives ("לשכת העיתונות
# הממשלתית") and the portfolios joined to it ("משרד המדע, התרבות והספורט"); a city's
# municipality ("עיריית ירושלים", "עיריית תל אביב-יפו"); an authority ("רשות המסים",
# "רשות שדות התעופה", the word before the article's without one, "בישראל" after it).
# Hebrew has no capitals: a verb after the name opens with "ה" as its next word does
# ("משרד החוץ הודיע"), so only an adjective's ending follows it, and a portfolio only
# after "וה" (and the), not the minister after it ("והשר").
HE_NAMED_BODIES = ("משרד ראש הממשלה", "לשכת ראש הממשלה", "משרד החקלאות ופיתוח הכפר",
                   "משרד החקלאות וביטחון המזון", "רשות ניירות ערך",
                   "משרד התחבורה והבטיחות בדרכים")
HE_NOT_PORTFOLIOS = ("השר", "השרה", "הדובר", "הדוברת", "המנהל", "המנכ\"ל", "המנכ״ל",
                     "הנשיא", "הממשלה", "הצבא", "המשטרה")
# The first words of a city's name of two ("תל אביב", "באר שבע", "ראשון לציון").
HE_CITY_FIRST_WORDS = ("תל", "באר", "ראשון", "פתח", "בית", "רמת", "כפר", "ראש", "קריית",
                       "קרית", "מעלה", "בני", "נס", "אור", "גבעת", "מגדל", "נוף", "הוד",
                       "בת", "טירת", "אום", "זכרון", "נצרת", "קצרין", "יהוד")
HE_NOT_AFTER_AUTHORITY = ("לא", "של", "על", "את", "זו", "זאת", "זה", "כי", "גם", "אין", "יש")


def _hebrew_rules() -> list[_Rule]:
    letter = r"[\u05d0-\u05ea]"
    word = rf"{letter}{{2,}}(?:[\"״]{letter})?"
    adjective = rf"(?:{S}+ה{letter}+(?:י|ית|יים|יות)(?!\w))?"
    definite = rf"ה{word}{adjective}"
    stop = rf"(?!(?:{alt(HE_NOT_PORTFOLIOS)})(?!\w))"
    portfolios = rf"(?:(?:,{S}*{stop}{definite})*{S}+ו{stop}{definite})?"
    of = rf"{S}+{definite}{portfolios}"
    city = rf"(?:(?:{alt(HE_CITY_FIRST_WORDS)}){S}+)?{word}(?:[-־]{word})?"
    authority = (rf"רשות{S}+(?:(?!(?:{alt(HE_NOT_AFTER_AUTHORITY)})(?!\w))(?!ה){word}{S}+)?"
                 rf"{definite}{portfolios}(?:{S}+בישראל)?")
    # (one prefix, or "ו" or "ש" before another: "ובמשרד", "שבעיריית"; "ברשות" is "in
    # the possession of", no authority)
    prefixed = r"(?:(?<!\w)|(?<=(?<!\w)[ובלמשכ])|(?<=(?<!\w)[וש][בלמכ]))"
    not_in = r"(?:(?<!\w)|(?<=(?<!\w)[ולמש])|(?<=(?<!\w)[וש][למכ]))"
    end = r"(?![\w\"״'׳])"
    return [_rule(rf"{prefixed}(?P<org>{alt(HE_NAMED_BODIES)}|(?:משרד|לשכת){of}"
                  rf"|עיריית{S}+{city}){end}", ("משרד", "לשכת", "עיריית", "רשות"), "org",
                  inside_words=True),
            _rule(rf"{not_in}(?P<org>{authority}){end}", ("רשות",), "org", inside_words=True)]


def _czech_slovak_rules(lang: str) -> list[_Rule]:
    """A ministry by its portfolio (CS_SK_PORTFOLIOS), its state perhaps after it; the
    Government's Office; a region's, city's or town's office and an embassy by the
    place's capitalised words; a ministry's abbreviation (CS_SK_MINISTRY_ABBREVIATIONS).
    A person after a title and a portfolio ("ministr zahraničních věcí Jan Lipavský")."""
    word = rf"{UP}{LO}+(?:-{UP}{LO}+)*"
    state = rf"(?:{S}+(?:{alt(CS_SK_STATES[lang])}))?"
    ministry = (rf"(?:{alt(CS_SK_MINISTRY_HEADS[lang])}){S}+(?:{alt(CS_SK_PORTFOLIOS[lang])})"
                rf"(?!\w){state}")
    office = rf"(?:{alt(CS_SK_OFFICES[lang])}){state}"
    # "Jihomoravského kraje", "kraje Vysočina", "Vysočina"; Slovak "Žilinského kraja"
    region = rf"(?:{word}{S}+kraj[ea]|kraj[ea]{S}+{word}|{word})"
    city = rf"(?:(?:v|ve){S}+)?{word}(?:{S}+{word})?"
    magistrate = (rf"(?:{alt(CS_SK_MAGISTRATES)}){S}+(?:hlavn(?:ího|ého){S}+)?"
                  rf"(?:města|mesta){S}+{word}")
    # a state's name writes its noun in lower case ("České republiky", "Spojených států
    # amerických")
    country = (rf"{word}(?:{S}+(?:{word}|(?:republiky|republike|států|štátov|království"
               rf"|kráľovstva)(?:{S}+americk(?:ých|ej))?))?")
    embassy = (rf"(?:{alt(CS_SK_EMBASSIES)}){S}+{country}"
               rf"(?:{S}+(?:v|ve|vo){S}+{word}(?:{S}+{word})?)?")
    abbreviation = (rf"(?:{alt(CS_SK_STATE_ABBREVIATIONS[lang])}){S}+"
                    rf"{CS_SK_STATES[lang][-1]}")
    if CS_SK_MINISTRY_ABBREVIATIONS[lang]:
        abbreviation += (rf"|(?:{alt(CS_SK_MINISTRY_ABBREVIATIONS[lang])})"
                         rf"(?:{S}+{CS_SK_STATES[lang][-1]})?")
    heads = (*CS_SK_MINISTRY_HEADS[lang], *(h.split()[0] for h in CS_SK_OFFICES[lang]),
             *(h.split()[0] for h in (*CS_SK_REGION_OFFICES, *CS_SK_CITY_OFFICES)),
             *CS_SK_MAGISTRATES, *CS_SK_EMBASSIES, *CS_SK_MINISTRY_ABBREVIATIONS[lang],
             *CS_SK_STATE_ABBREVIATIONS[lang])
    titles = TITLES[lang]
    return [_rule(rf"(?<![\w])(?P<org>{ministry}|{office}"
                  rf"|(?:{alt(CS_SK_REGION_OFFICES)}){S}+{region}"
                  rf"|(?:{alt(CS_SK_CITY_OFFICES)}){S}+{city}|{magistrate}|{embassy}"
                  rf"|{abbreviation})(?!\w)", tuple(dict.fromkeys(heads)), "org"),
            _rule(rf"(?<![\w.]){alt(titles, ignore_case=True)}{S}+"
                  rf"(?:{alt(CS_SK_PORTFOLIOS[lang])}){state}{S}+"
                  rf"(?!{alt(NOT_NAMES)}(?!\w))(?P<person>{_NAME})",
                  tuple(t.casefold() for t in titles), "person", refuse=_place_test(lang))]


# The languages whose names no capitals mark: rules of their own, by script and word;
# and those whose bodies are named otherwise (Ukrainian's portfolio in lower case,
# Turkish's kind of body after its name, Finnish's and Norwegian's at the end of its
# compound).
_OWN_RULES: Mapping[str, Callable[[], list[_Rule]]] = MappingProxyType({
    "ja": _japanese_rules, "zh": _chinese_rules, "ar": _arabic_rules, "ko": _korean_rules,
    "uk": _ukrainian_rules, "tr": _turkish_rules, "fi": _finnish_rules, "el": _greek_rules,
    "he": _hebrew_rules, "cs": lambda: _czech_slovak_rules("cs"),
    "sk": lambda: _czech_slovak_rules("sk"), "hu": _hungarian_rules,
    "nb": partial(_norwegian_rules, "nb"), "nn": partial(_norwegian_rules, "nn")})


def _chinese_bureau(han: str) -> str:
    """A bureau, commission or office of the state (or the State Council) or of a
    province, city, county or district, or a province's department, after a boundary as
    a company is; not a word ending in "局" (ZH_NOT_BUREAUS, but for the bureaus
    ZH_BUREAUS_AS_WORDS names), "委" (ZH_NOT_COMMISSIONS) or "厅" (ZH_NOT_DEPARTMENTS),
    not a body's chief ("局长", "厅长") nor "局面", "局势", "局部", "委员", "委托"."""
    char = rf"(?:(?!{alt(ZH_NOT_IN_COMPANY)})[{han}])"
    start = ("(?:(?<![" + han + "A-Za-z0-9·])|"
             + "|".join(f"(?<={re.escape(w)})" for w in ZH_BEFORE_COMPANY) + ")")
    not_bureaus = "".join(f"(?<!{re.escape(w)})" for w in ZH_NOT_BUREAUS)
    bureaus = "|".join(f"(?<={re.escape(w)})" for w in ZH_BUREAUS_AS_WORDS)
    not_commissions = "".join(f"(?<!{re.escape(w)})" for w in ZH_NOT_COMMISSIONS)
    not_departments = "".join(f"(?<!{re.escape(w)})" for w in ZH_NOT_DEPARTMENTS)
    ending = (rf"总?局(?:{bureaus}|{not_bureaus})(?!长|面|势|部)|委员会|办公室|办公厅"
              rf"|委{not_commissions}(?!员|托|派|任|屈|婉|会)")
    # "该市交通局" (the said city's): no name
    return (rf"{start}(?P<org>(?!该|本|各|我|全)"
            rf"(?:(?:国家|国务院|{char}{{1,5}}?(?:省|市|县|区)){char}{{2,8}}?(?:{ending})"
            # a department only a province's (a general office any government's)
            rf"|(?:国务院|{char}{{1,5}}?(?:省|自治区)){char}{{2,8}}?厅{not_departments}(?!长)))")


def _chinese_company(han: str, countries: tuple[str, ...]) -> str:
    """A company by its legal form, 集团 or 控股: after a boundary (punctuation, a
    conjunction, "股东"), a country before it left out ("德国博霖集团": Germany's)."""
    char = rf"(?:(?!{alt(ZH_NOT_IN_COMPANY)})[{han}A-Za-z0-9])"
    start = ("(?:(?<![" + han + "A-Za-z0-9·])|"
             + "|".join(f"(?<={re.escape(w)})" for w in ZH_BEFORE_COMPANY) + ")")
    form = alt(ZH_LEGAL_FORMS)
    ending = rf"(?:控股)?(?:集团)?{form}|(?:控股)?集团|控股(?![{han}])|控股(?={alt(ZH_AFTER_NAME)})"
    # A place in brackets inside the name: "华川储能（香港）有限公司".
    return (rf"{start}(?:{alt(countries)})?(?P<org>(?!{alt(ZH_NOT_COMPANIES)}){char}{{2,16}}?"
            rf"(?:[（(][{han}]{{2,6}}[）)])?(?:{ending}))")


# Words of industry a Chinese company's short name may drop too ("华东轨道装备" ->
# "华东轨道", "华东轨道交通" -> "华东轨道"), where four characters or more are left.
ZH_INDUSTRY_WORDS = ("装备", "交通", "设备", "制造", "工业", "电气", "机械", "重工", "材料",
                     "物流", "电子", "通信", "工程", "建设")


def company_short_names(name: str, lang: str) -> tuple[str, ...]:
    """The names a company is named again by: without its legal form, and in Chinese
    also without its industry word ("华东轨道交通集团有限公司" -> "华东轨道交通",
    "华东轨道")."""
    short = company_short_name(name, lang)
    if short is None:
        return ()
    if lang == "zh" and short.endswith(ZH_INDUSTRY_WORDS) and len(short) >= 6:
        return (short, short[:-2])
    return (short,)


def company_short_name(name: str, lang: str) -> str | None:
    """A company's name without its legal form ("Voltera B.V." -> "Voltera",
    "株式会社みなとエナジー" -> "みなとエナジー", "オーステッド社" -> "オーステッド"), or None when
    it has none to leave out."""
    if lang == "ja":
        short = _legal_form("ja").sub("", name)
        return short if short != name and len(short) >= 2 else None
    if lang == "zh":  # "华川新能源科技股份有限公司" -> "华川新能源", "博霖集团" -> "博霖"
        short = _legal_form("zh").sub("", name)
        return short if short != name and len(short) >= 2 else None
    short = _legal_form("").sub("", name)
    if short == name or len(short) < 3 or short in SENTENCE_WORDS:
        return None
    return short


# Heads by which a Spanish body is named again after its article ("el Ministerio", "la
# Junta"), and the Russian ones, named again alone in any case ("Министерство проведет").
ES_MENTION_HEADS = ("Ministerio", "Junta", "Agencia", "Comisión", "Consejo", "Confederación",
                    "Consejería", "Secretaría", "Instituto", "Ayuntamiento", "Diputación",
                    "Gobierno", "Tribunal")
RU_MENTION_HEADS = ("Министерств", "Правительств")


def authority_heads(name: str, lang: str) -> tuple[str, ...]:
    """The head of a French or Spanish public body's name ("Autorité de la concurrence"
    -> "Autorité", "Junta de Andalucía" -> "Junta"), by which the release names it
    again after the article, or a Russian ministry's or government's in each case
    ("Министерство", "Министерства" ...); none for another organisation."""
    head = name.split(maxsplit=1)[0]
    if head == name:
        return ()
    if (lang == "fr" and head in FR_AUTHORITY_HEADS) or (
            lang == "es" and head in ES_MENTION_HEADS):
        return (head,)
    stem = next((h for h in RU_MENTION_HEADS if head.startswith(h)), "") if lang == "ru" \
        else ""
    if stem and len(head) - len(stem) <= 2:
        return tuple(stem + end for end in ("о", "а", "у", "ом", "е"))
    return ()


@cache
def ru_complement_word() -> re.Pattern[str]:
    """A Russian word that would be a body's complement ("транспорта")."""
    return re.compile(_ru_complement()[0])


@cache
def _legal_form(lang: str) -> re.Pattern[str]:
    """A legal form at either end of a Japanese company's name, or at the end of another."""
    if lang == "ja":
        return re.compile(rf"^(?:{alt(JA_LEGAL_FORMS)}){S}?|(?:{alt(JA_LEGAL_FORMS)}|社)$")
    if lang == "zh":
        words = alt((*ZH_TRADE_WORDS, *ZH_LEGAL_FORMS))
        return re.compile(rf"(?:[（(][^（）()]+[）)])?{words}+$")
    return re.compile(rf",?{S}+(?:{alt(LEGAL_FORMS)})$")


def _place_test(lang: str) -> Callable[[str], bool]:
    """Whether a would-be name opens with a state's: a state word or a CLDR territory
    name of the language (Russian declines it: "России", "Казахстана")."""
    # Norwegian's two written standards name states apart ("Norge", nn "Noreg"), and an
    # nn text may write either: both are states there.
    standards = ("nb", "nn") if lang in ("nb", "nn") else (lang,)
    names = [n for code in standards for n in Locale.parse(code).territories.values()
             if re.fullmatch(r"\w+", n)]
    words = frozenset((*STATE_WORDS.get(lang, ()), *names))
    # A declined state is its stem and a noun's case ending ("Дании", "Казахстаном"), not
    # any three letters: "Даниил" is a given name, not a form of "Дания".
    stems = re.compile(rf"(?:{alt(n[:-1] if n[-1] in 'аяйьо' else n for n in names if len(n) > 4)})"
                       r"(?:[аяуюыиеоь]|[оеё][йм]|[оеё]ю)?") if lang == "ru" else None
    if lang in ("cs", "sk"):  # "velvyslanec Japonska", "veľvyslanec Nemecka"
        declined = (n[:-1] if n[-1] in "oaey" else n for n in names if len(n) > 4)
        stems = re.compile(rf"(?:{alt(declined)})(?:[aouyeiíě]|em|ou|om)?")

    def is_place(name: str) -> bool:
        first = name.split(maxsplit=1)[0]
        return first in words or (stems is not None and stems.fullmatch(first) is not None)
    return is_place


@cache
def entity_recognizer(lang: str) -> EntityRecognizer:
    return EntityRecognizer(lang)
