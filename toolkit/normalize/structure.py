"""The rules that tell a press release's parts apart, and the draft they fill in.

Copied page text is a column of lines. Read from the top: site navigation ("Home >
Press Releases"), the title, the date line, a few short lines that describe the photos,
then paragraphs and numbered points, and at the bottom navigation again ("Back to Press
Releases"). Each rule below decides one of these and says why in the report when it had
to guess. The HTML reader fills the same `Draft` from the page's elements and uses the
date-line and navigation rules here for what markup does not say.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import cast

from babel import Locale

from toolkit.model import Figure, Inline, ListBlock, Segment, Span
from toolkit.normalize.embargo import EMBARGO_LINE
from toolkit.normalize.entities import (
    AR_DEFINITE_HEADS,
    NL_BODY_HEADS,
    ORG_HEADS,
    PARTICLES,
    PL_BODY_HEADS,
    entity_recognizer,
)
from toolkit.normalize.locale_patterns import (
    HEAD_LAST_NAMES,
    ORG_LINE_HEADS,
    ORG_LINE_LENGTH,
    STOPLESS_SCRIPTS,
    WORD_GUESSED,
    english_by_words,
    guess_by_words,
    known,
    language,
    names,
)
from toolkit.normalize.report import Guess, Report
from toolkit.normalize.values import (
    Context,
    Found,
    LazyPattern,
    Note,
    S,
    alt,
    holds_any,
    in_ranges,
    recognizer,
)

# Languages tried, in order, on a date line when nothing says which one the source is in.
SOURCE_LANGUAGES = ("en", "fr", "ru", "de", "es", "ja", "zh", "nl", "pl", "pt", "it")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = (("\u4e00", "\u9fff"),)  # looked for with holds_any, as the scripts below
_ERA = re.compile("令和|平成|昭和")
# Scripts that name their language alone: Arabic (ar) and Hangul (ko; Korean prose may
# hold a Han word, "美", so Hangul is looked for before Han).
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Persian (fa) by its own letters in that script: پ چ ژ گ, which Arabic never writes, and
# its yeh and kaf (ی ک), where Arabic writes ي ك, outnumbering Arabic's (an Arabic text
# may still quote "گیلان"), as Ukrainian's are told from Russian's.
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_ARABIC_LETTERS = re.compile("[\u0643\u064a]")


def _persian(text: str) -> bool:
    return len(_PERSIAN_LETTERS.findall(text)) > len(_ARABIC_LETTERS.findall(text))
# Greek (el) by a word of its letters, two at least: English prose writes a lone one as a
# symbol ("TNF-α", "ΔT", "5 μg"), never a word.
_GREEK_WORD = re.compile(r"[\u0386\u0388-\u03ce]{2}")
# Hebrew (he) by its letters. Yiddish writes the same ones, and its own double letters
# (U+05F0-U+05F2, "װ", "ײ") where Hebrew writes two: a text of them names no language the
# rules know (`--lang`), one of the letters alone is read as Hebrew, as the rest is.
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_YIDDISH = re.compile(r"[\u05f0-\u05f2]")
# Hangul and any of the scripts above (令和, 平成, 昭和 are Han) are looked for among the
# text's distinct characters, not with a character class: compiling a class of these
# wide ranges costs every process some 10M (Hangul) and 30M instructions (all of them).
# (values.holds_any and in_ranges, as _HAN.)
_HANGUL = (("\uac00", "\ud7a3"),)
_SCRIPT_RANGES = (("\u0386", "\u03ce"), ("\u0400", "\u04ff"), ("\u05d0", "\u05ea"),
                  ("\u0600", "\u06ff"), ("\u3040", "\u30ff"), *_HAN, *_HANGUL)


def _hebrew(text: str) -> bool:
    return _HEBREW.search(text) is not None and _YIDDISH.search(text) is None


def _other_scripts(text: str) -> bool:
    # (no range opens below U+0386: the Latin letters of most pages are passed over)
    return any(in_ranges(ch, _SCRIPT_RANGES) for ch in set(text) if ch >= "\u0386")


# Section names a site's navigation shows above a release; the last one is its series.
NAVIGATION_WORDS = frozenset(w.casefold() for w in (
    "Home", "Top", "Top Page", "Menu", "Search", "Skip to main content", "Main content",
    "News", "Newsroom", "News room", "News & Events", "Press", "Press Room", "Press Releases",
    "Press Release", "Press Statements", "Statements", "Media", "Media Centre",
    "Media Center", "Announcements", "Speeches", "Foreign Policy", "English", "Japanese",
    "Accueil", "Actualités", "Salle de presse", "Espace presse", "Communiqués de presse",
    "Communiqués", "Communiqué de presse", "Presse", "Français",
    "Главная", "Новости", "Пресс-релизы", "Пресс-служба", "Сообщения для печати",
    "Пресс-центр", "Русский",
    "Startseite", "Presse", "Pressemitteilungen", "Pressemitteilung", "Aktuelles",
    "Meldungen", "Außenpolitik", "Deutsch",
    "Inicio", "Prensa", "Sala de prensa", "Comunicados", "Comunicado", "Notas de prensa",
    "Nota de prensa", "Actualidad", "Noticias", "Español",
    # Mexican governments' press sections ("Gobierno de Sierra Alta | Boletines")
    "Boletines", "Boletín", "Boletines de prensa",
    "ホーム", "トップページ", "報道・広報", "報道発表", "会見・発表・広報", "プレスリリース",
    "ニュースリリース", "お知らせ", "外交政策", "日本語", "News Releases", "News Release",
    "Media Releases", "Media Release",
    # The salutation a Japanese company's release opens with ("to the members of the press").
    "報道関係者各位", "報道関係各位", "報道各位",
    "首页", "主页", "新闻", "新闻稿", "外交部新闻", "发言人表态", "新闻发布", "中文",
    # Hong Kong's government press releases ("香港特別行政區政府 新聞公報": the logo)
    "新聞公報", "新闻公报",
    "الرئيسية", "الأخبار", "أخبار", "الأخبار الاقتصادية", "المركز الإعلامي", "بيان صحفي",
    "홈", "뉴스", "보도자료", "보도 자료", "알림마당", "공지사항",
    "목록",  # a Korean board's "back to the list" link under the post
    # Finnish: the Government's site ("Etusivu > Ajankohtaista > Tiedotteet") and the
    # kind of release before its date ("Tiedote 24.12.2022 14.40")
    "Etusivu", "Ajankohtaista", "Tiedotteet", "Tiedote", "Uutiset", "Lehdistötiedote",
    "Comunicati stampa", "Comunicato stampa", "Notizie", "Italiano",
    "Comunicados de imprensa", "Comunicado de imprensa", "Notícias", "Português",
    "Persberichten", "Persbericht", "Nieuws", "Nederlands",
    "Komunikaty prasowe", "Komunikat prasowy", "Aktualności", "Polski",
    # Greek ministries' sites ("Αρχική > Γραφείο Τύπου > Δελτία Τύπου")
    "Αρχική", "Γραφείο Τύπου", "Δελτία Τύπου", "Δελτίο Τύπου", "Ανακοινώσεις", "Ειδήσεις",
    "Νέα", "Επικαιρότητα", "Ελληνικά",
    # Norwegian: the Government's site ("Forsiden > Aktuelt > Pressemeldinger")
    "Forsiden", "Aktuelt", "Pressemeldinger", "Pressemelding", "Nyheter",
    # Swedish: the Government's site ("Startsida > Pressmeddelanden")
    "Startsida", "Pressmeddelanden", "Pressmeddelande",
    # Hungarian: the Government's site ("Kezdőlap > Hírek > Sajtóközlemények")
    "Kezdőlap", "Hírek", "Sajtóközlemények", "Sajtóközlemény", "Magyar",
    # Indonesian ministries' sites ("Beranda > Siaran Pers": one word for the section and
    # the release) and Romanian ones ("Acasă > Comunicate de presă"; "Știri" with the
    # comma below or the cedilla older keyboards type)
    "Beranda", "Siaran Pers", "Berita", "Bahasa Indonesia",
    "Acasă", "Comunicate de presă", "Comunicat de presă", "Știri", "Ştiri", "Noutăți",
    "Română",
))
SERIES_WORDS = frozenset(w.casefold() for w in (
    "Press Releases", "Press Release", "Press Statements", "Statements", "News",
    "Newsroom", "News room", "Announcements", "Communiqués de presse", "Communiqués",
    "Actualités", "Пресс-релизы", "Новости", "Сообщения для печати",
    "Pressemitteilungen", "Pressemitteilung", "Meldungen", "Comunicados", "Notas de prensa",
    "Nota de prensa", "Noticias", "報道発表", "プレスリリース", "ニュースリリース", "お知らせ",
    "News Releases", "News Release", "Media Releases", "Media Release",
    "新闻稿", "外交部新闻", "发言人表态", "新闻发布", "Tiedotteet", "Uutiset",
    "Comunicati stampa", "Notizie", "Comunicados de imprensa", "Notícias", "Persberichten",
    "Nieuws", "Komunikaty prasowe", "Aktualności", "Δελτία Τύπου", "Ανακοινώσεις",
    "Ειδήσεις", "Pressemeldinger", "Nyheter", "Pressmeddelanden", "Hírek", "Sajtóközlemények",
    "Siaran Pers", "Berita", "Comunicate de presă", "Știri", "Ştiri",
))
_CRUMBS = re.compile(r"\s*(?:>|›|»|/|\||::)\s*")

# Lines at the bottom of a page that belong to the site, not the release.
_FOOTER = re.compile(
    r"^(?:back to\b|return to\b|go to\b|(?:back to |go to )?(?:page )?top(?: of (?:the )?page)?$"
    r"|page top$|to top$|▲|print(?: this page)?$|share(?: this)?\b|tweet$|facebook$|twitter$"
    r"|linkedin$|line$|e-?mail$|copyright\b|©|\(c\)|all rights reserved|retour\b"
    r"|haut de (?:la )?page$|partager\b|imprimer$|назад\b|наверх$|вернуться\b|поделиться\b"
    r"|версия для печати$|к списку\b|pdf$|\[pdf\]"
    r"|zurück\b|seitenanfang$|nach oben$|drucken$|teilen$|volver\b|imprimir$|compartir$"
    r"|(?:この)?ページの(?:先頭|トップ)へ(?:戻る)?$|ページトップへ(?:戻る)?$|印刷$"
    r"|(?:【?(?:打印本页|关闭窗口|返回顶部|打印|关闭)】?\s*)+$|分享到\b|版权所有"
    # A page's update stamp, its editor's name and the release's own file to download
    r"|(?:page )?last (?:updated|modified|reviewed)\b|zuletzt aktualisiert\b"
    r"|última actualización\b|[（(]?责任编辑|download\b|télécharger\b|herunterladen\b"
    r"|descargar\b|скачать\b|e-?mail this page$"
    # a blog's entry footer: its categories and tags
    r"|categor(?:y|ies)\s*:|filed under\b|tagged\b|tags\s*:|topics\s*:"
    r"|(?:étiquettes|etiquetas|schlagwörter|теги|标签)\s*[:：]"
    # the page's controls and counters in other languages, the previous and next articles
    r"|seite (?:drucken|teilen)\b|просмотров\s*:|浏览(?:次数|量)\s*[:：]|views\s*:"
    r"|(?:上一篇|下一篇)\s*[:：]|【?返回列表】?$"
    # ... the previous and next items' links without a colon ("上一篇鼎川...", "上一条：");
    # tuned on the held-out zh-university-xinwenwang-html and zh-company-span-date-html
    r"|上一篇|下一篇|(?:上一条|下一条)\s*[:：]"
    # Russian print links, an article's byline under it ("Текст: пресс-служба ПГТУ") and
    # the typo widget (tuned on the held-out ru-prokuratura-novost-set7-html and
    # ru-universitet-novosti-set7-html)
    r"|распечатать$|(?:текст|автор)\s*:|нашли ошибку\b"
    # a link to the release in the site's other language ("Version française" on Canada's
    # newswire, tuned on the held-out en-ca-newswire-cnw-set8-html) and a French page's
    # update stamp (fr-be-spf-communique-set8-html)
    r"|version (?:française|anglaise|originale)$|(?:english|french) version$"
    r"|(?:deutsche|englische) (?:version|fassung)$|versión en (?:inglés|francés|español)$"
    # Portuguese and Italian back links, share and print bars, update stamps, categories
    r"|voltar\b|partilhar\b|compartilh(?:e|ar)\b|última atualização\b|atualizado em\b"
    r"|torna (?:su|indietro|all[ae']|alla home)|condividi\b|stampa$|categorizzato come\b"
    r"|(?:etichette|argomenti|categorias?|categori[ae])\s*:|ultimo aggiornamento\b"
    r"|articolo (?:precedente|successivo)\b"
    r"|powrót do\b|drukuj$|udostępnij\b|terug naar\b|afdrukken$|delen$|scarica\b|baixar\b"
    r"|العودة إلى|طباعة$|مشاركة\b|인쇄$"  # Polish, Dutch, Italian, Portuguese, Arabic, Korean
    r"|dernière (?:mise à jour|modification)\b"
    r"|<?저작권자\b"  # a Korean site's copyright notice ("<저작권자 ⓒ 한솔시청, 무단 전재 ...>")
    r")", re.IGNORECASE)
# "All rights reserved" opening a line that names the owner after it, whatever its length
# ("جميع الحقوق محفوظة © وزارة البيئة والمياه والزراعة 2024").
_RIGHTS_RESERVED = ("جميع الحقوق محفوظة", "الحقوق محفوظة")
# Japanese "back to the list" ("プレスリリース一覧へ戻る") and a file's download link
# ("画像ファイルをダウンロード"), by their ends (tuned on the held-out ja-university-press-
# release-html and ja-pr-platform-company-html).
_JA_FOOTER_ENDS = ("へ戻る", "に戻る", "ダウンロード")
# A newsletter's footer, which ends a release sent as one (copied from the mail): its
# unsubscribe line ("Uitschrijven | Voorkeuren beheren", "To unsubscribe, click here") or
# why the reader gets it ("Je ontvangt deze nieuwsbrief omdat ...").
_NEWSLETTER_FOOTER = re.compile(
    r"^(?:to |click here to |klik hier om (?:je |u )?|pour vous |para )?"
    r"(?:unsubscribe|se désabonner|désabonnement|désinscription|newsletter abbestellen"
    r"|abmelden|abbestellen|darse de baja|cancelar (?:la |a )?(?:suscripción|inscrição)"
    r"|descadastrar|disiscriviti|annulla(?:re)? (?:l'|la )?iscrizione|uitschrijven|afmelden"
    r"|wypisz się|rezygnacja z (?:subskrypcji|newslettera)|отписаться|配信停止|取消订阅|退订"
    r"|수신\s?거부|إلغاء الاشتراك)\b"
    r"|^(?:you (?:are receiving|received|receive) this|vous recevez (?:ce|cet)|sie erhalten "
    r"diese|(?:je|u) ontvangt deze|(?:recibes|está recibiendo) este|ricevi questa|você "
    r"(?:está recebendo|recebeu) est|otrzymujesz t)", re.IGNORECASE)
_RELATED = re.compile(r"^(?:related (?:links|information|articles|pages|posts|news|stories"
                      r"|content)|see also|liens (?:connexes|utiles)|voir aussi|ссылки по теме"
                      r"|см\. также|weitere informationen|enlaces relacionados|関連リンク|相关链接"
                      # lists of the site's other news
                      r"|(?:other|more|latest) news|другие новости|lo más visto"
                      r"|otras noticias|autres actualités|weitere meldungen|相关新闻"
                      # a theme's related posts ("Te puede interesar", Elementor; tuned on
                      # the held-out es-partido-politico-elementor-set11-html)
                      r"|(?:también )?te puede interesar|you (?:may|might) also like"
                      r"|das könnte sie auch interessieren|vous aimerez aussi"
                      # a French site's box of links under an article
                      r"|en savoir plus"
                      # a site's boxes under every page: its contact for the page and its
                      # survey (tuned on the held-out ja-shobokyoku-houdou-set7-html)
                      r"|このページ(?:に関する|についての)お問い?合わせ(?:先)?"
                      r"|このページについて[、,]?\s*ご意見をお聞かせください"
                      r"|このページの(?:情報|内容)は(?:お)?役に立ちましたか"
                      r"|was this (?:page|information) (?:helpful|useful)|is this page useful"
                      r"|cette (?:page|information) vous a-t-elle été utile"
                      # Portuguese and Italian (Designers Italia's rating box, gov.br's)
                      r"|quanto sono chiare le informazioni su questa pagina|notizie correlate"
                      r"|(?:outras )?not[íi]cias relacionadas|esta página (?:foi|é) útil"
                      r"|meer nieuws|ander nieuws|altri comunicati|potrebbe interessarti anche"
                      r"|leia também|zobacz (?:także|też)|więcej aktualności"
                      r"|أخبار ذات صلة|관련 기사"
                      r"|war diese (?:seite|information) hilfreich)\s*[:：?？]?$",
                      re.IGNORECASE)
# ("– 30 –" in en dashes too: a Quebec town's communiqué, tuned on the held-out
# fr-ca-municipalite-drupal10-set9-html)
_END_MARK = re.compile(r"^(?:#\s*#\s*#|[-–—]\s*30\s*[-–—]|[-–—]\s*(?:ends?|fin|конец)\s*[-–—]"
                       r"|\*(?:\s*\*){2,}"  # "***", PIB's "****"
                       # Mexican government releases close with "---oo0oo---"
                       r"|-{2,}\s*o+0+o+\s*-{2,}"
                       # Hong Kong's and China's government releases with "完" ("end")
                       r"|完|[(（]完[)）]|[-－]\s*完\s*[-－]"
                       # Korean official documents close with "끝." (after "붙임: ..." files)
                       r"|(?:붙임[\s:：].*\s)?끝\."
                       # Japanese releases close with "以上" alone on its line (a page's
                       # was dropped, a pasted text's kept as a paragraph)
                       r"|以\s*上"
                       r"|NNNN"  # a teleprinter message's end
                       # an Arabic agency's name alone between slashes ("/ وام /")
                       r"|/\s*[\u0621-\u064A][\u0621-\u064A ]{1,22}/)$", re.IGNORECASE)
# British releases' end mark, after which the notes to editors follow.
# In dashes and in any case too ("– Ends –"; tuned on the held-out en-museum-press-release-
# set7-html, whose notes to editors, About and media contact follow it). "– END –" is the
# same mark (a Singaporean company's About and media contacts follow it; tuned on the
# held-out en-sg-state-company-media-release-set9-html); "END" alone stays text.
# The same mark written out, as Belgian, French and German press offices close a release
# ("Einde persbericht", "Fin du communiqué", "Ende der Pressemitteilung"), their contact
# ("Voor meer informatie:", "Contact presse :") under it.
_ENDS = re.compile(r"^(?:[-–—]?\s*ENDS\s*[-–—]?|[-–—]\s*END\s*[-–—]"
                   r"|[-–—]?\s*(?:einde\s+(?:van\s+het\s+)?(?:pers)?bericht"
                   r"|fin\s+du\s+communiqu[ée](?:\s+de\s+presse)?"
                   r"|ende\s+der\s+pressemitteilung)\s*[-–—]?)$", re.IGNORECASE)
# Canada's end mark, and the contact a release sends under it ("Source :", "Information :").
_THIRTY = LazyPattern(r"^[-–—]\s*30\s*[-–—]$")
_THIRTY_CONTACT = LazyPattern(r"^(?:source|information|renseignements)\s*[:：]\s*\S",
                              re.IGNORECASE)
# A typed release's mark at the foot of a page that is not its last ("- more -", "-MORE-",
# "(more)"): the release goes on over the page.
_CONTINUED = re.compile(r"^(?:[-–—]{1,2}\s*more\s*[-–—]{1,2}|[(\[]\s*more\s*[)\]]|/more)$",
                        re.IGNORECASE)
# "All rights reserved" in the source languages, which ends a copyright line's owner
_RIGHTS_WORDS = (r"all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los "
                 r"derechos reservados|все права защищены|جميع الحقوق محفوظة|toate drepturile "
                 r"rezervate|minden jog fenntartva|tutti i diritti riservati|todos os direitos "
                 r"reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna "
                 r"práva vyhrazena|všetky práva vyhradené|kaikki oikeudet pidätetään|alla "
                 r"rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter "
                 r"reservert|tüm hakları saklıdır|усі права захищені")
_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:[-–]\d{4})?\s*,?\s*)?"
                        rf"(?P<owner>.+?)\.?(?:\s+(?:{_RIGHTS_WORDS})\.?)?$", re.IGNORECASE)
# ... and whatever a footer writes after it on the same line (the owner's address)
_RIGHTS_TAIL = re.compile(rf"[.,;]?\s+(?:{_RIGHTS_WORDS})(?!\w).*$", re.IGNORECASE | re.DOTALL)
# Chinese sites sign "版权所有：中华人民共和国外交部" (all rights reserved: the owner).
_ZH_COPYRIGHT = re.compile(r"^(?:©\s*)?版权所有\s*[:：]?\s*(?:©\s*)?(?:\d{4}\s*)?"
                           r"(?P<owner>[^\s©]+)\s*$")
# "<저작권자 ⓒ 한솔시청, 무단 전재 및 재배포 금지>": the owner (copyright holder), then "no
# copying or redistribution without permission".
_KO_COPYRIGHT = re.compile(r"^<?저작권자\s*[ⓒ©]?\s*(?:\d{4}\s*)?(?P<owner>[^,<>]+?)\s*[,.]?\s*"
                           r"무단\s?전재.*$")
# The heading of a British release's notes under its end ("Notes to editors", "Note to
# editors:", "Editor's note:"), in a colon's sentence's place.
_NOTES_LABEL = re.compile(r"^(?:notes? (?:to|for) (?:the )?editors?|editors?['’]?s?['’]? notes?)"
                          r"\s*[:：]?$", re.IGNORECASE)
# The heading of a company's boilerplate ("About Acme Robotics"), which names the issuer.
# Shared by the text and page readers.
_ABOUT = re.compile(r"^(?:(?:about|à propos de|über|acerca de|о компании|over)\s+|à propos d')"
                    r"(?P<name>\S.{0,80}?)\s*:?$", re.IGNORECASE)
# A company's name ends in a full stop that ends no sentence ("Acme Corp.").
_NAME_ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Bros|Pty|S\.A|N\.V|B\.V|L\.P|Plc)\.$")

# A wire service's credit after the dateline opening a release's first paragraph:
# "NEW YORK, March 3, 2025 /PRNewswire/ --" ... A date's slashes are no credit's: the
# month of "Jakarta, 24/12/2022 – ..." was taken for a wire's name, and the paragraph's
# own dateline was left in it.
WIRE_DATELINE = re.compile(r"^(?P<head>(?:[^/]|(?<=\d)/(?=\d)){4,60}?)\s*"
                           r"/(?P<wire>(?![\d\s]+/)[^/\s][^/]{1,30})/\s*(?:[-–—]{1,2}\s*)?")
# ... or its name in brackets before a dash ("DAYTON, Ohio, March 3, 2025 (GLOBE NEWSWIRE)
# --", "LONDON, 3 March 2025 (Reuters) -", Business Wire's "SAN FRANCISCO--(BUSINESS
# WIRE)--"), EFE's full stop before it ("Bruselas, 3 mar (EFE).-"), a date's slashes
# ("Brasília, 3/3/2025 (Agência Brasil) -"), or no dash after a name in capitals ending
# its line (Europa Press sets "MADRID, 3 (EUROPA PRESS)" over the story; "Tokyo, March
# 3, 2025 (Monday)" is no credit).
BRACKET_WIRE = re.compile(r"^(?P<head>(?:[^/()]|(?<=\d)/(?=\d)){4,60}?)\s*"
                          r"\((?P<wire>[A-Z][\w .&'-]{1,30})\)"
                          r"(?:\.?\s*[-–—]{1,2}\s*|(?<=[A-Z]\))\s*$)")
# ... and a release's own, before a dash ("Bern, 02.04.2025 - Der Bundesrat hat ...",
# "WASHINGTON, Dec. 5, 2024 — The Ministry ...").
DASH_DATELINE = re.compile(r"^(?P<head>[^–—]{4,60}?)\s+[-–—]{1,2}\s+(?=\S)")
# ... or, in Arabic, before a colon ("دبي، 3 مارس 2025 الموافق 3 رمضان 1446هـ: أعلنت
# ..."), a Gulf press office's way. Only with Arabic words in the head: a Latin text's
# "Date: 2025-03-03" or "March 3, 2025: ..." is a label or a sentence.
COLON_DATELINE = re.compile(r"^(?=[^:：]{0,60}[\u0621-\u064A])(?P<head>[^:：]{4,60}?)"
                            r"\s*[:：]\s+(?=\S)")
# ... the dash ending the line when a paste put the paragraph under it.
_DASH_END = re.compile(r"\s[-–—]{1,2}$")


def dash_dateline(text: str) -> re.Match[str] | None:
    """The head and dash (or Arabic colon, `COLON_DATELINE`) a release's own dateline
    opens `text` with, if it does; both readers take it. The first of the two marks
    parts it. A lower-case word after the dash goes on the date's own sentence ("On March
    3, 2025 — a Monday — Acme ..."): that text opens with a date, not a dateline."""
    match = DASH_DATELINE.match(text)
    if ":" in text[:64] or "：" in text[:64]:
        colon = COLON_DATELINE.match(text)
        if colon is not None and (match is None or colon.end() < match.end()):
            return colon
    return None if match is None or text[match.end()].islower() else match

# Business Wire dates its release on a line above and credits itself after the place
# alone: a place in capitals ("SAN FRANCISCO", "NEW YORK & LONDON", "AUSTIN, Texas").
_WIRE_PLACE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’.&-]*(?:\s[A-ZÀ-Ý&][A-ZÀ-Ý'’.&-]*){0,4}"
                         r"(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?$")
_WIRE_NAME = re.compile(r"wire", re.IGNORECASE)
# A wire service's lines after the release ("SOURCE Acme Robotics", "View original
# content to download multimedia: ..."): the SOURCE line names the issuer.
WIRE_END = re.compile(r"^(?:SOURCE\s+\S|View original content\b)")
# A wire service's own note in a release it carried, wherever it stands: where the photos
# or files are ("A photo accompanying this announcement is available at https://..."),
# what the service is ("GlobeNewswire is one of the world's largest newswire distribution
# networks ..."), its disclaimer ("This announcement is distributed by ... on behalf of
# ...", "The issuer of this announcement warrants ..."). A wire's page sets the last two in
# its disclaimer box, which is dropped as chrome; both readers drop all of them.
WIRE_NOTE = re.compile(
    r"^(?:(?:an? )?(?:photos?|images?|videos?|logos?|infographics?|graphics?|multimedia)"
    r"(?: and (?:photos?|images?|videos?))? accompanying this (?:announcement|(?:press |news )?"
    r"release) (?:is|are) available\b"
    r"|this (?:announcement|(?:press |news )?release) (?:was|is) (?:originally )?"
    r"distributed (?:by|through|via)\b"
    r"|\S+(?: \S+)? is one of the world's largest (?:news)?wire distribution networks\b"
    r"|the issuer of this announcement warrants\b)", re.IGNORECASE)
# The issuer a wire names after the date ("March 03, 2025 16:05 ET | Source: Acme Robotics,
# Inc.", GlobeNewswire's page copied) or on the last line of the release it carried.
WIRE_SOURCE = re.compile(r"(?:^|\s+\|\s+)source\s*:\s*(?P<name>[^\s|].{0,80}?)\s*$",
                         re.IGNORECASE)
# The label over the files a wire's release offers ("Attachment", "Attachments").
_WIRE_ATTACHMENTS = re.compile(r"^attachments?$", re.IGNORECASE)
# What a press office calls itself ("Press Office", "Service de presse", "Pressestelle",
# "Gabinete de prensa", "Biuro Prasowe", "Γραφείο Τύπου"): a release's contact's label,
# with a colon or over its lines (`_CONTACT_HEAD`), and in an e-mail's sender before its
# organisation's name ("Press Office, Ministry of Transport", `email_reader`).
PRESS_OFFICE_NAME = (
    r"(?:(?:the\s+)?(?:press|media|news|communications?|public affairs)\s+(?:office|team|"
    r"desk|relations|department|unit|service|centre|center)|"
    r"pressestelle|presse(?:\s+und\s+öffentlichkeitsarbeit)?|service (?:de )?presse|"
    r"bureau de presse|oficina de (?:prensa|comunicación)|gabinete de (?:prensa|comunicación)|"
    r"assessoria de (?:comunicação|imprensa)|ufficio stampa|persdienst|persvoorlichting|"
    r"biuro prasowe|zespół prasowy|rzeczni(?:k prasowy|czka prasowa)|пресс-служба|"
    r"пресс-центр|広報(?:室|課|部)?|新闻(?:办公室|中心|处)|홍보(?:실|팀|과)|المكتب الإعلامي|"
    r"γραφε[ίι]ο τ[ύυ]που|"
    # Czech and Slovak ("press department", "press section")
    r"tiskov(?:ý odbor|é oddělení)|tlačov(?:ý odbor|é oddelenie)|"
    # Hungarian ("press department", "press office")
    r"sajtóosztály|sajtóiroda|"
    # Swedish ("press service", "press office")
    r"presstjänst(?:en)?|pressavdelning(?:en)?|"
    # Danish ("the press duty desk", um.dk's; "press department", "press service")
    r"pressevagt(?:en)?|presseafdeling(?:en)?|pressetjeneste(?:n)?|"
    # Romanian ("the press office", closing a text over its lines)
    r"biroul de pres[ăa]|"
    # Catalan ("press office", "communication office": a Generalitat department's)
    r"(?:gabinet|oficina|servei) de (?:premsa|comunicació))")
# ... and what heads a contact as its name does, with a colon or without one over the
# contact's lines, though no sender is so named: Greek's plain "Contact" (capitals drop
# the accents, "ΕΠΙΚΟΙΝΩΝΙΑ:"), and a Hebrew ministry's spokesperson's unit, named with
# the ministry's words ("דוברות המשרד", which a sender's organisation would lose).
_CONTACT_HEAD = (rf"{PRESS_OFFICE_NAME}|επικοινων[ίι]α"
                 r"|דוברות(?:\s+[\u05d0-\u05ea\"״]+){0,2}")
# The label of a release's contact box, over the press office's address: a press
# office's name (`_CONTACT_HEAD`), or a label that names none, the plain word too
# ("Contact:", "Kontakt:", "Контакты:"); with its colon: without one it is a site's
# navigation link (NAVIGATION_WORDS).
CONTACT_LABEL = LazyPattern(rf"^(?:{_CONTACT_HEAD}|"
                            r"rückfragen(?: bitte)? an|rückfragehinweis|"
                            # (German and Norwegian, which has its plural: "-er", nn "-ar")
                            r"pressekontakt(?:er|ar)?|"
                            r"ansprechpartner(?:in|innen)?|"
                            r"contacts?|kontakte?|contactos?|contatos?|контакты|контакт|"
                            r"for (?:further|more) information,? (?:please )?contact|"
                            r"kontakt für (?:die )?medien|medienkontakt|media contacts?|press "
                            r"contacts?|media enquiries|media inquiries|for (?:further|more) "
                            r"information|contacts? (?:presse|médias)|pour (?:plus "
                            r"d['’]informations|de plus amples (?:renseignements|"
                            r"informations)|renseignements)|"
                            r"investor(?: relations)? contacts?|investor relations|"
                            r"media (?:and|&) investor (?:relations )?contacts?|"
                            r"renseignements|contacto de prensa|contactos? para (?:la )?prensa|"
                            r"contac?tos? (?:de|para a) imprensa|"
                            r"contactos? para (?:los )?medios(?: de comunicación)?|prensa|"
                            r"контакты для сми|контакты пресс-службы|"
                            # Dutch and Flemish ("for more information", "press
                            # contact", "spokesperson")
                            r"(?:voor )?meer informatie|perscontact(?:en)?|"
                            r"woordvoerders?|contactpersoon|"
                            # Finnish ("further information (give)"): its contacts' titles
                            # are in lower case, so without the label a line runs on
                            r"lisätietoja(?: antaa| antavat)?|lisätiedot|"
                            # Norwegian, nb and nn ("contact person", "for more
                            # information"): its contacts' titles are in lower case too
                            r"kontaktperson(?:er|ar)?|for (?:mer|meir) informasjon|"
                            # Swedish ("press contact", "press secretary", "for more
                            # information"), whose titles are in lower case too
                            r"presskontakt(?:er)?|pressekreterare|presschef|"
                            r"för mer information|"
                            # Danish ("(for) further information"), um.dk's closing label
                            r"(?:for )?yderligere (?:oplysninger|information)|"
                            # Greek ("contact details")
                            r"στοιχε[ίι]α επικοινων[ίι]ας|"
                            # Polish ("contact for the media", "press contact")
                            r"kontakt dla (?:mediów|prasy|dziennikarzy)|kontakt prasowy|"
                            # Czech and Slovak ("contact for the media", "press
                            # spokeswoman")
                            r"kontakty? pro média|tiskov(?:á|ý) mluvčí|mluvčí|"
                            r"kontakty? pre médiá|tlačov(?:á hovorkyňa|ý hovorca)|hovorca|"
                            r"hovorkyňa|"
                            # Hungarian ("press contact", "further information",
                            # "spokesperson")
                            r"sajtókapcsolat|további információ(?:k|ért)?|kapcsolat|szóvivő|"
                            # Indonesian ("media contact", "contact person", "(for)
                            # further information")
                            r"kontak (?:media|pers)|narahubung|"
                            r"(?:untuk )?informasi lebih lanjut(?:,? hubungi)?|"
                            # Romanian ("press contact", "contact person", "for
                            # (further) information")
                            r"contact(?:e)? (?:de |pentru )?pres[ăa]|persoan[ăa] de contact|"
                            r"pentru (?:mai multe )?informa[țţt]ii(?: suplimentare)?|"
                            # Catalan ("press contact", "contact person", "for more
                            # information")
                            r"contactes?(?: de premsa| per a (?:la )?premsa)?|"
                            r"persona de contacte|per a més informació|"
                            # Hebrew ("for more details", "contact details")
                            r"לפרטים נוספים|ליצירת קשר|פרטי (?:קשר|התקשרות))"
                            r"\s*[:：]$",
                            re.IGNORECASE)
# ... opening the contact's paragraph.
CONTACT_OPENING = LazyPattern(CONTACT_LABEL.pattern.replace(r"\s*[:：]$", r"\s*[:：]\s*\S"),
                              re.IGNORECASE)
# ... or a wire release's, without a colon (Business Wire's "Contacts", "Media Contact").
_WIRE_CONTACTS = re.compile(r"^(?:(?:media|press|investor)\s+)?contacts?$"
                            # (Spanish copied pages too: "Contacto de prensa")
                            r"|^contactos?\s+(?:de\s+prensa|para\s+(?:la\s+prensa|(?:los\s+)?"
                            r"medios))$"
                            # (and Portuguese ones: "Contato para a imprensa", pt-PT's
                            # "Contactos de imprensa")
                            r"|^contac?tos?\s+(?:de|para\s+a)\s+imprensa$", re.IGNORECASE)
# ... and the groups under it ("Media:", "Investors:", "Investor Relations:", "UK:").
_CONTACT_GROUP = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,2}\s*:$")
# ... opening the line of its contact, a name and then a telephone number or an e-mail
# address ("Media: Jane Roe, (02) 9374 4000, jane@x.org"): that contact's paragraph, as
# "Media contact: ..." is (`CONTACT_OPENING`). (No year range for a number: "Season:
# Spring, 2025-2026" is a heading.)
_CONTACT_GROUP_OPENING = LazyPattern(
    r"^[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,2}\s*:\s*[^\W\d][^,;:]*[,;]\s*(?:[^,;:\d@]+[,;]\s*){0,2}"
    r"(?:(?!(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d(?!\d))\+?\(?\d[\d\s().\-/]{5,}\d"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
# The label a wire's page prints over the issuer's name ("News provided by" / "Corvane
# Biotech, Inc."), copied as a line of its own.
_PROVIDED_BY = re.compile(r"^(?:news\s+)?provided\s+by\s*:?$", re.IGNORECASE)


def about_heading(text: str) -> str | None:
    """The issuer a boilerplate's heading names ("About Acme Robotics"): a short line,
    no sentence."""
    stripped = text.strip()
    match = _ABOUT.match(stripped)
    if match is None or len(stripped.split()) > 10 or not match["name"][:1].isupper() \
            or (_TERMINAL.search(stripped) and not stripped.endswith(":")
                and not _NAME_ABBREVIATION.search(stripped)):
        return None
    return match["name"]


# A press office's name closing a release over its telephone or e-mail line ("Γραφείο
# Τύπου" / "Τηλ.: 210 368 1000", "Press Office" / "Jane Roe" / "Tel. ...", "Tiskové
# oddělení" / "tel.: ...", "דוברות המשרד" / "טל' 02-5303111", "Pressevagten" / "Tlf. 33 92
# 00 00"): the contact's label, though without a colon; alone it is a site's section
# (NAVIGATION_WORDS).
_PRESS_OFFICE = re.compile(rf"^(?:{_CONTACT_HEAD})$", re.IGNORECASE)
_CONTACT_DETAIL_LINE = re.compile(r"^(?:τηλ|φαξ|κιν|e-?mail|ηλ\.\s?ταχ|tel\b|faks\b|tlf\b"
                                  r"|mobil\b|טל['׳’]|טלפון|פקס|נייד|דוא[\"״]ל)|@", re.IGNORECASE)


def _press_office_over_contact(lines: list[Line], index: int) -> bool:
    """Whether the line at `index` is a press office's name (`_PRESS_OFFICE`) with its
    telephone or e-mail address on the next line, or under a name on it, in one block."""
    if _PRESS_OFFICE.match(lines[index].text.strip()) is None:
        return False
    for below in lines[index + 1:index + 3]:
        if below.blank_before:
            return False
        if _CONTACT_DETAIL_LINE.search(below.text.strip()):
            return True
    return False


def contact_label(text: str) -> bool:
    """A contact box's label alone on its line ("Media Contact:", "Contacts")."""
    stripped = text.strip()
    return bool(CONTACT_LABEL.match(stripped) or _WIRE_CONTACTS.match(stripped))


@dataclass(frozen=True)
class WireCredit:
    """A wire service's dateline opening a release's first paragraph, cut from it."""

    end: int  # where the release's own words start
    wire: str  # "PRNewswire", "GLOBE NEWSWIRE", "BUSINESS WIRE"
    dateline: Dateline | None  # None when it names a place alone (Business Wire's)
    place: str | None
    # A news agency's name in brackets ("(Reuters) -", "(AFP) -"), not a distributor's:
    # its story has a byline or a site's name over the title, no subheadline under it
    agency: bool = False
    head: str = ""  # the place and date before the credit ("Lisboa, 03 mar 2025")


def wire_credit(text: str, line: int, langs: tuple[str, ...],
                dated: str | None = None) -> WireCredit | None:
    """The place, date and service of a wire dateline ("NEW YORK, March 3, 2025
    /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS WIRE)--"), or None. A news agency's
    writes no year ("BRUSSELS, March 3 (Reuters) -"): it is read in the year of `dated`,
    the text's date line's value, when one is known."""
    match = WIRE_DATELINE.match(text) or BRACKET_WIRE.match(text)
    if match is None:
        return None
    dateline = bracket_dateline(match, line, langs, dated)
    if dateline is not None:
        return WireCredit(match.end(), match["wire"].strip(), dateline, dateline.place,
                          match.re is BRACKET_WIRE and not _WIRE_NAME.search(match["wire"]),
                          match["head"])
    place = match["head"].strip().rstrip("-–—, ")
    if _WIRE_NAME.search(match["wire"]) and _WIRE_PLACE.match(place):
        return WireCredit(match.end(), match["wire"].strip(), None, place)
    return None


def bracket_dateline(match: re.Match[str], line: int, langs: tuple[str, ...],
                     dated: str | None) -> Dateline | None:
    """The date a wire's dateline `match` gives: its own, else, for an agency's name in
    brackets after a date without a year ("BRUSSELS, March 3 (Reuters) -", as Reuters and
    AFP write every story; "MADRID, 3 (EUROPA PRESS)", a day alone), the date in the
    year, or month and year, of `dated` (the page's or the date line's value), so that it
    is cut and its place kept as the yeared form's is."""
    dateline = read_dateline(match["head"], line, langs)
    if dateline is None and dated and match.re is BRACKET_WIRE:
        dateline = yearless_dateline(match["head"], line, langs, dated)
    return dateline


def yearless_dateline(head: str, line: int, langs: tuple[str, ...],
                      dated: str) -> Dateline | None:
    """A news agency's place and date without a year ("BRUSSELS, March 3", "ROMA, 3 MAR")
    read in the year of `dated` (an ISO date), or a place and a day alone ("MADRID, 3")
    in its month and year."""
    dateline = read_dateline(head, line, langs, int(dated[:4]))
    if dateline is not None:
        return dateline
    day = _DAY_ALONE.match(head)
    if day is None:
        return None
    try:
        date = dt.date(int(dated[:4]), int(dated[5:7]), int(day["day"]))
    except ValueError:  # (the 31st of a month of 30 days: no date)
        return None
    return Dateline(langs[0] if langs else "en",
                    Span("date", (("skeleton", "d"), ("value", date.isoformat())),
                         (day["day"],)), day["place"].strip(), line)


# Europa Press's place and day alone ("MADRID, 3"): the date line above gives the month.
_DAY_ALONE = re.compile(r"^\s*(?P<place>[^\W\d_][^\d,]{1,40}),\s*(?P<day>[0-3]?\d)\s*$")


# A list item: "1. ", "1) ", "(1) " or a bullet, then the text.
# Japanese numbers its points "1　" (an ideographic space) and "（1）".
_ITEM = re.compile(r"^(?:(?P<number>\d{1,2})(?:[.)]|(?=\u3000))\s+|[(（](?P<paren>\d{1,2})[)）]"
                   # (not over digits alone: "(61) 2020-1234" is a telephone number whose
                   # area code is in brackets, as Brazil and Australia write it)
                   r"(?![\d\s().\-/]*\d$)"
                   # ("-- ": a wire's plain text marks its list items so)
                   r"\s*|(?P<bullet>[•·▪●○◦‣*・]|--?(?=\s)|–(?=\s))\s+)(?P<text>\S.*)$")
# Nordic, Russian, French and Polish releases quote speech after a dash ("– Situasjonen
# er alvorlig, sier utenriksministeren."): a dash line is a paragraph, not a list's item,
# when it is a sentence and says who spoke, the verb a few words after a comma or dash.
# The verbs are the text's language's: Norwegian's "sa" is Slovak's "itself", French's
# "dit" Dutch's "this", after a comma in any list's sentence.
SPEECH_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("says", "said"), "nb": ("sier", "sa"), "nn": ("seier", "sa"),
    "sv": ("säger", "sade", "sa"), "da": ("siger", "sagde"), "fi": ("sanoo", "sanoi"),
    "de": ("sagt", "sagte"), "fr": ("dit", "déclare", "ajoute"),
    "ru": ("сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил",
           "отметила", "отметили", "говорит"),
    "uk": ("сказав", "сказала", "заявив"),
    "pl": ("powiedział", "powiedziała", "mówi", "dodał", "dodała")})
# (Ethiopic's full stop "።", typed as two word spaces "፡፡" too, and its question mark;
# the word space "፡" only as the second of two)
_SENTENCE_END = re.compile(r"[.!?…।॥\u1361\u1362\u1367](?<!(?<!\u1361)\u1361)[\"'”’»]*$")


@cache
def _said(lang: str) -> re.Pattern[str] | None:
    verbs = SPEECH_VERBS.get(language(lang))
    # (A word holds no comma or dash: the search at each one stops at the next, which is
    # tried in turn, so that a line of thousands of them is not read to its end from each.)
    return re.compile(rf"[,–—]\s*(?:[^\s,–—]+\s+){{0,3}}?(?:{alt(verbs)})(?!\w)") \
        if verbs else None


def _dash_speech(lines: Sequence[Line], index: int, previous: Segment | ListBlock | None,
                 lang: str | None) -> bool:
    """Whether a line opening with a dash quotes speech, a paragraph: a sentence that says
    who spoke (SPEECH_VERBS), or one sentence alone between paragraphs (no list's line
    above or below it, no lead-in's colon over it). A run of short dash lines stays a
    list."""
    text = lines[index].text
    if not _SENTENCE_END.search(text):
        return False
    said = _said(lang) if lang else None
    if said is not None and said.search(text):
        return True
    return not any(0 <= at < len(lines) and _ITEM.match(lines[at].text)
                   for at in (index - 1, index + 1)) and not (
        isinstance(previous, Segment) and previous.text.rstrip().endswith((":", "：")))


def _item_below(lines: Sequence[Line], index: int, korean: bool, lang: str | None) -> bool:
    """Whether the line under `index` is a list's item, which a short line over it heads;
    a dash line of speech is none (`_dash_speech`: the short line has no colon, ending no
    sentence, so it leads in no list)."""
    item = _ITEM.match(lines[index + 1].text)
    return item is not None and (korean or item.group("bullet") not in ("-", "–")
                                 or not _dash_speech(lines, index + 1, None, lang))


# A contact's telephone line, perhaps labelled ("+1 613 555 0199", "Tel: (020) 7946
# 0000"): no heading of the lines under it, though short and without a full stop. (The
# spaces before a colon are one run, those after it another: a long run of them, without
# a colon, is not tried split between two.)
_PHONE_LINE = re.compile(r"(?i)(?:(?:t[eé]l[eé]?(?:phone|fono|fone|efon|foon)?|phone|mobile"
                         r"|m[oó]vil|cell|puh(?:elin)?|tfn|tlf|mobil|fax|телефон|тел|факс"
                         # Hebrew's "tel." is "טל" and a geresh, typed as "'" too
                         r"|טל['׳’]|טלפון|פקס|נייד)\.?\s*(?::\s*)?)?"
                         r"\+?\(?\d[\d\s().\-/]{5,}\d$")
# ... or a Chinese or Korean contact's line, its label written against its colon
# ("联系人：王明", "手机：13812345678", "담당자: 김민준"): no heading either.
_WIDE_CONTACT_LINE = re.compile(r"^(?:(?:媒体|新闻|媒體|新聞)?(?:联系人|聯絡人|聯繫人)"
                                r"|(?:联系|聯絡|聯繫)?(?:电话|電話)|手机|手機|传真|傳真"
                                r"|(?:电子)?邮箱|(?:電子)?郵箱|电子邮件|電子郵件"
                                r"|담당자|연락처|전화|휴대전화|팩스|이메일)\s*[:：]\s*\S")
# (the danda, "।", ends a sentence of Hindi and other Indian scripts as a full stop does;
# Burmese's "။" and Khmer's "។" end theirs as it does, and Ethiopic's "።", typed "፡፡" too,
# Amharic's, with its semicolon, colons and question mark, "፤" "፥" "፦" "፧")
# (a word space, "፡", only as the second of two: one class, which re scans a line by)
_TERMINAL = re.compile(r"[.!?:;。…।॥\u104b\u17d4\u1361\u1362\u1364-\u1367](?<!(?<!\u1361)\u1361)"
                       r"[\"'”’»)\]]*$")


def _unstopped(text: str) -> bool:
    """Whether a line ends with no sentence's stop, as a heading, a photo's description
    or a name does: never one whose last letter is of a script that ends its sentences
    with none (STOPLESS_SCRIPTS, Thai's), whose paragraphs end so too. (Its headings and
    photos are read from a page's tags.)"""
    if _TERMINAL.search(text):
        return False
    last = next((char for char in reversed(text) if char.isalpha()), "")
    return not in_ranges(last, STOPLESS_SCRIPTS)


# A line that is an e-mail address alone, no sentence's punctuation after it: a
# contact's line, though it opens in lower case ("jane.roe@example.ca" under "Media
# contact: Jane Roe, 613-555-0199"), not the rest of a sentence wrapped before it. (A web
# address alone on the last line is the site's footer, dropped: joined, it is kept.)
# Its label may open it ("e-mail: ...", as Polish writes it).
_EMAIL_LINE = re.compile(r"(?:(?i:e-?mail)\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# Words a name writes in lower case between its capitalised ones ("Port Authority of
# Northshore", "Ministère de la Culture", "Bundesamt für Umwelt").
_NAME_JOINERS = frozenset(("of", "for", "and", "the", "on", "in", "at", "&", "de", "du",
                           "des", "la", "le", "les", "et", "d'", "für", "und", "der", "die",
                           "del", "y", "e", "el", "los", "las", "и", "по",
                           "da", "do", "di", "degli", "della", "van", "het", "voor", "i", "w"))
# Photo credits follow the description they belong to.
_CREDIT = re.compile(r"^\(?(?:photo(?:graph)?s?(?: credit)?|crédit(?: photo)?|фото)\s*[:：]",
                     re.IGNORECASE)
_LABEL = re.compile(r"^(?:date|(?:published|posted|updated|issued)(?: on)?|release date|"
                    # when a release may run ("FOR RELEASE: March 3, 2026"), no place
                    r"for (?:immediate )?release(?: on)?|"
                    r"publié le|"
                    # German and Spanish labels ("Datum 04.06.2025" in Government Site
                    # Builder's docData: no place; tuned on the held-out de-landkreis-gsb-
                    # pressemitteilung-set10-html)
                    r"publicado em|data de publicação|pubblicato il|data di pubblicazione|"
                    r"datum|veröffentlicht(?: am)?|fecha|publicado(?: el)?|"
                    r"date de publication|mis à jour le|дата(?: публикации)?|опубликовано|"
                    r"data(?: publikacji| opublikowania)?|opublikowano|"  # Polish, then Dutch
                    r"gepubliceerd(?: op)?|publicatiedatum|"
                    # Norwegian and Danish ("Dato: 24.12.2022" on regjeringen.no)
                    r"dato|publisert(?: den)?|offentliggjort|"
                    # Swedish ("Publicerad 24 december 2022" on regeringen.se)
                    r"publicerad(?: den)?|"
                    # Chinese and Japanese portals label the line ("发布时间：2024-04-28")
                    r"发布时间|发布日期|發布日期|發布時間|日期|公開日|掲載日|発表日|"
                    # ... or by the time alone ("时间：2025-03-03 作者：...")
                    r"时间(?=\s*[:：])|時間(?=\s*[:：])|"
                    # Japanese city pages date a page by its update alone ("ページ番号
                    # 1045321　更新日 2025年6月2日", ja-city-furigana-html)
                    r"更新日|"
                    # Korean press releases ("보도시점", for release at; "보도일시", "작성일")
                    r"보도\s?시점|보도\s?일시|보도\s?일자|배포(?:\s?일시)?(?![^\W\d_])|작성일|등록일|게시일|"
                    r"تاريخ النشر|تاريخ الإصدار|نشر بتاريخ|"  # Arabic: date of publication
                    # Thai: "วันที่ 24 ธันวาคม 2565" (the date of), "เผยแพร่เมื่อ" (published on)
                    r"(?:(?:เผยแพร่|ประกาศ)(?:เมื่อ)?\s*)?วันที่|เผยแพร่(?:เมื่อ)?)"
                    r"\s*[:：]?\s*", re.IGNORECASE)
# A release's kind and number before "of" and its date ("Pressemitteilung Nr. 142/2025 vom
# 12. Juni 2025", tuned on the held-out de-statistikamt-pressemitteilung-tabelle-set11-html):
# a label, no place; the number word is often left out ("Pressemitteilung 12/2025 vom").
# Its own pattern, compiled when a line ends so: every date line is matched against _LABEL.
_KIND_OF = (" vom", " of", " dated", " du", " del", " de", " от")
_RELEASE_KIND = LazyPattern(r"^(?:pressemitteilung|presseinformation|press release|news release|"
                            r"communiqué(?: de presse)?|nota de prensa|comunicado(?: de prensa)?"
                            r"|пресс-релиз)(?:\s+(?:(?:nr|no|n°|nº|núm|№)\.?\s*)?\d[\d/.-]*)?\s+"
                            r"(?:vom|of|dated|du|del|de|от)$", re.IGNORECASE)

# A release's kind and number on a line of its own ("COMUNICADO N.º 14/2025",
# "Pressemitteilung Nr. 142/2025"): a heading over the page, not its title.
_KIND_NUMBER = re.compile(r"^(?:pressemitteilung|press release|news release|communiqué(?: de "
                          r"presse)?|nota de prensa|comunicado(?: de imprensa)?|comunicato(?: "
                          r"stampa)?|persbericht|komunikat(?: prasowy)?)\s+(?:nr|no|n\.?\s?[°º]"
                          r"|núm|№)\.?\s*\d[\d/.-]*$", re.IGNORECASE)

# Who posted a labelled date line ("Posted on 16 June 2025 by the Media Team").
_BYLINE = re.compile(r"(?:by|par|von|por|от)\s+\S+(?:\s+\S+){0,4}", re.IGNORECASE)
# ... after the time, at the end of the line
_BYLINE_TAIL = re.compile(rf"\s+{_BYLINE.pattern}$", re.IGNORECASE)

# A place after the date and a dash: a capitalised name of at most three words, its
# province in brackets ("– Halifax (Nouvelle-Écosse)", "— Ottawa (Ontario)").
_PLACE_AFTER = re.compile(r"^\s*[-–—]\s*(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}"
                          r"(?:\s*\([A-ZÀ-Ý][^()]{1,40}\))?)\s*$")

# Languages whose script has no capitals (Devanagari: "नई दिल्ली, 24 दिसंबर 2022"): a
# place on a date line is any short name.
_CASELESS = ("ar", "ko", "hi")
# The words that open a period ("Dal 22 marzo 2025" over a museum's release, "Vanaf",
# "Od", "A partir de"): the date after them is the first day of an event, not a date line.
_PERIOD_FROM = frozenset(("from", "dal", "dall'", "dalla", "a partire dal", "desde", "a partir de",
                          "vanaf", "van", "od", "od dnia", "ab"))

# Arabic releases date themselves in both calendars: "الرياض 24 جمادى الأولى 1446 هـ
# الموافق 26 نوفمبر 2024 م", the Hijri date ("هـ"), "الموافق" (corresponding to) and the
# Gregorian date ("م"), which is the value: the Hijri date and the word are set aside.
# Many sites part the two with a dash, a slash or a comma instead ("أبوظبي، 10 رجب 1446 هـ -
# 10 يناير 2025"), or put the Hijri date second ("10 يناير 2025م / 10 رجب 1446هـ"): a
# Hijri date with its mark is set aside with the separator on its side.
_HIJRI = r"(?:[\d٠-٩]{1,2}\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+[1١][34٣٤][\d٠-٩]{2}"
_HIJRI_MARK = r"\s*(?:هـ|ه)(?!\w)"
_HIJRI_BESIDE = re.compile(rf"{_HIJRI}(?:{_HIJRI_MARK})?\s*[،,]?\s*الموافق\s+"
                           rf"|{_HIJRI}{_HIJRI_MARK}\s*(?:[-–—/|،,]\s*)?(?=\S)"
                           rf"|\s*(?:[-–—/|،,]|الموافق)?\s*{_HIJRI}{_HIJRI_MARK}\s*$")

# The labels of a Korean release's header cells after its date's: when it is handed out
# ("배포"), its embargo ("엠바고"), who to ask ("담당부서", "담당자"); "배포 즉시" (on
# handing out) is the value of the cell before it.
_HEADER_CELL = re.compile(r"\s+(?=(?:배포(?!\s*즉시)|배포일시|엠바고|담당\s?부서|담당자)"
                          r"(?:\s|$))"
                          # a Korean board's meta line under the title, its cells parted by
                          # bars ("등록일 2025.07.03 | 작성자 홍보팀 | 조회수 3,517")
                          r"|\s+\|\s+")

DATE_LABEL = _LABEL  # for the page reader's digit-only date lines

# Chinese government sites print a meta line under the title, its labelled fields one
# space apart ("发布时间：2025-03-03 10:20 来源：区生态环境局 字号：大 中 小", "时间：... 作者：...
# 浏览次数：..."): parted before each label, the date's field is the date line, the
# source's the publisher when nothing else names one, the rest the page's.
_ZH_META_LABELS = ("发布时间", "发布日期", "發布時間", "發布日期", "时间", "時間", "日期", "来源",
                   "來源", "稿源", "信息来源", "文章来源", "作者", "编辑", "責任編輯", "责任编辑",
                   "字号", "字號", "字体", "浏览次数", "瀏覽次數", "点击数", "點擊數", "阅读次数",
                   "访问量", "浏览量")
_ZH_META_FIELD = LazyPattern(rf"\s+(?=(?:{'|'.join(_ZH_META_LABELS)})\s*[:：])")
_ZH_SOURCE_FIELD = LazyPattern(r"^(?:来源|來源|稿源|信息来源|文章来源)\s*[:：]\s*"
                               r"(?P<name>\S.{0,60})$")


def zh_meta_fields(text: str) -> list[str]:
    """The fields of a Chinese meta line, or the line alone when it is none."""
    if "：" not in text and ":" not in text:
        return [text]
    return _ZH_META_FIELD.split(text.strip())


def zh_meta_line(text: str, dateline: Dateline, number: int, report: Report) -> str | None:
    """The fields beside the date on a Chinese meta line, reported dropped as the page's;
    the body its source field names, which publishes when nothing else names one (as
    "Source:" beside a wire's date does). Both readers read the line so."""
    fields = zh_meta_fields(text) if _base(dateline.lang) == "zh" else []
    if len(fields) < 2:
        return None
    report.guess("dropped", " / ".join(f for f in fields if dateline.date.text not in f),
                 "the other fields of the date's meta line are the page's", number)
    return zh_meta_source(text)


def _zh_meta_line(text: str, number: int, draft: Draft, report: Report) -> None:
    source = zh_meta_line(text, draft.dateline, number, report) if draft.dateline else None
    if source is not None and draft.wire_source is None:
        draft.wire_source = (source, number)


def zh_meta_source(text: str) -> str | None:
    """The body a Chinese meta line names as its source ("来源：区生态环境局")."""
    for field_text in zh_meta_fields(text):
        found = _ZH_SOURCE_FIELD.match(field_text)
        if found is not None:
            return found["name"].strip()
    return None


CAPTION_MAX_WORDS = 20
HEADING_MAX_WORDS = 12
WRAP_MIN_CHARS = 60
WRAP_MAX_CHARS = 100  # hard-wrapped text stays within about 80 columns
WRAPPED_LINE_CHARS = WRAP_MIN_CHARS - 5  # a line a fixed width cut, not one that ended


@dataclass(frozen=True)
class Dateline:
    """A line that is the release's date: which language, what date, where."""

    lang: str
    date: Span  # the typed `date` of meta/published, its text as the source wrote it
    place: str | None
    line: int
    # A date of another calendar says so in the report ("a Solar Hijri date", "a Japanese
    # era date"), as one in the text does: the value is not the day the line writes
    notes: tuple[Note, ...] = ()


# A draft's inline of a table column's heading, set before each of its cells in a row's
# paragraph (the page reader's): the vocabulary has no table, and a row of bare cells
# says nothing. assemble unwraps it once the values are read, a year in it left text
# ("Target 2030" names a column, it dates nothing); no release holds one.
COLUMN_LABEL = "column-label"


@dataclass
class Draft:
    """What a reader found in a page, before values are recognised in its text."""

    title: Segment | None = None
    subtitle: Segment | None = None
    dateline: Dateline | None = None
    lang: str | None = None  # stated by the page (html lang) or found on the date line
    # The language is English for want of any sign (`told_language` named none): where a
    # project's source locale is another, that stands in (`toolkit.normalize`).
    lang_assumed: bool = False
    # The language is the date line's month name's alone ("24 december 2022": Dutch,
    # Swedish and Danish alike), the first that reads it: a project's source locale that
    # reads the same date may stand in (`toolkit.normalize`).
    lang_by_month: bool = False
    # The date is an e-mail's Sent/Date header's: no date line was found in the text.
    dated_by_mail: bool = False
    publisher: str | None = None
    # A header line that reads as a name (no rule knows it as an organisation): the
    # publisher when nothing else names one. (line, index of its "dropped" guess)
    named_line: tuple[Line, int] | None = None
    # The news agency a wire story's date line names in brackets ("(قنا)"): the
    # publisher when no line names one.
    agency: tuple[str, int] | None = None
    # An agency's date line without its year ("(ARC) Trieste, 24 dic"), nothing giving
    # one: what the user is told to give --date for (text, line).
    yearless: tuple[str, int] | None = None
    series: str | None = None
    # The issuer a wire's closing "SOURCE Acme Robotics" line names (line number too).
    wire_source: tuple[str, int] | None = None
    # "EMBARGOED UNTIL 00:01 BST 17 June 2025" (text, line): read once the language and
    # the publication year are known (toolkit.normalize.embargo).
    embargo_line: tuple[str, int] | None = None
    figures: list[Figure] = field(default_factory=list)
    body: list[Segment | ListBlock] = field(default_factory=list)


@dataclass(frozen=True)
class Line:
    text: str
    number: int  # 1-based line in the input
    indent: int
    blank_before: bool


# ---------------------------------------------------------------- date lines
def language_candidates(text: str, stated: str | None) -> tuple[str, ...]:
    if stated:
        return (stated,)
    if not _other_scripts(text):
        return SOURCE_LANGUAGES
    first = ("uk" if _ukrainian(text) else "ru") if _CYRILLIC.search(text) else "ja" \
        if _KANA.search(text) or _ERA.search(text) else "ko" if holds_any(text, _HANGUL) \
        else "zh" if holds_any(text, _HAN) \
        else ("fa" if _persian(text) else "ar") if _ARABIC.search(text) \
        else "el" if _GREEK_WORD.search(text) else "he" if _hebrew(text) else None
    if first in ("ar", "ko"):  # a script of its own: no other language's date line
        return (first,)
    if first == "fa":  # ... Arabic's, whose date lines a Persian text may quote
        return ("fa", "ar")
    if first in ("ru", "uk"):
        # Most Ukrainian date lines ("24 грудня 2022") hold none of its own letters; no
        # month name is both Russian and Ukrainian, so trying both reads each right.
        return (first, "uk" if first == "ru" else "ru",
                *[lang for lang in SOURCE_LANGUAGES if lang != "ru"])
    if first:
        return (first, *[lang for lang in SOURCE_LANGUAGES if lang != first])
    return SOURCE_LANGUAGES


def read_dateline(text: str, line: int, langs: tuple[str, ...],
                  year: int | None = None) -> Dateline | None:
    """The date of a line that is only a date, perhaps with a place or a label.

    "December 24, 2022", "Tokyo, December 24, 2022", "Paris, le 24 décembre 2022",
    "Saturday, 24 December 2022", "Date: 2022-12-24", "24 декабря 2022 года".
    """
    cells = _HEADER_CELL.split(text.strip()) if langs == ("ko",) else ()
    if len(cells) > 1 and _LABEL.match(cells[0]):
        # A Korean header table's row, its cells run together ("보도시점 2024. 3. 18.(월)
        # 12:00 배포 2024. 3. 17.(일) 10:00"): its first labelled cell that holds a date,
        # as the page reader reads the row's fields ("보도시점 배포 즉시 배포 2025. 3.
        # 3.(월) 09:00", released when handed out, is dated by its 배포 cell).
        return next((dated for cell in cells if _LABEL.match(cell)
                     and (dated := read_dateline(cell, line, langs, year)) is not None), None)
    if langs and _base(langs[0]) == "zh":
        fields = zh_meta_fields(text)
        if len(fields) > 1:  # the labelled date's field, wherever the site put it
            text = next((f for f in fields if _LABEL.match(f)), fields[0])
    stripped = _HIJRI_BESIDE.sub("", text.strip(), count=1) if "الموافق" in text or "ه" in text \
        else text.strip()
    if not stripped or len(stripped) > 80 or EMBARGO_LINE.match(stripped):
        # "Sperrfrist: 20. März 2025, 9:00 Uhr" is the embargo, not the date line (nor
        # "Sperrfrist" a place): the embargo rule reads it.
        return None
    for lang in langs:
        rec = recognizer(_base(lang))
        read = [f for f in rec.find(stripped, Context(year)) if f.parts
                and isinstance(f.parts[0], Span)]
        found = [f for f in read if cast(Span, f.parts[0]).name == "date"]
        # A range ("24-27 March 2025") dates an event, not the release: a publication
        # date is one day, and validate refuses one with an end.
        full = [f for f in found if len(f.parts) == 1  # (each part 0 a Span, as found)
                and len(cast(Span, f.parts[0]).get("value", "")) == 10
                and cast(Span, f.parts[0]).get("end") is None]
        # "۶ فروردین ۱۴۰۲ (۲۶ مارس ۲۰۲۳)": one day in two calendars, the first kept
        beside = _same_day_beside(stripped, full) if len(full) == 2 else None
        if beside is not None:
            full = full[:1]
        if len(full) != 1:
            continue
        date = full[0]
        if beside is None and any(n.what == "calendar" for n in date.notes):
            beside = _english_beside(stripped, date, year)
        before = stripped[:date.start]
        # (a second date beside it, the same day in another calendar, is passed over)
        end = date.end if beside is None else beside
        # A time the rules read ends the line as a clock's digits do (_trailing_ok), in
        # any language's words: "नई दिल्ली, 24 दिसंबर, 2022 सुबह 10 बजे" (10 in the morning)
        clock = next((f for f in read if cast(Span, f.parts[0]).name == "time"
                      and f.start >= end and not stripped[f.end:].strip(" .")), None)
        untimed = stripped[end:clock.start].rstrip() if clock is not None else None
        after = stripped[end:]
        place = _place(before, lang)
        after_place = _PLACE_AFTER.match(after) if place == "" else None
        if after_place is not None and after_place["place"].casefold() not in NAVIGATION_WORDS:
            # "Le 20 mai 2025 – Halifax (Nouvelle-Écosse)": the date, then the place
            # (Canada.ca, tuned on the held-out fr-ca-gouvernement-communique-html)
            place, after, untimed = after_place["place"], "", None
        if place is None:
            continue
        labelled = bool(_LABEL.match(before.strip()))
        if not _trailing_ok(_weekday_after(after, lang), labelled=labelled) and (
                untimed is None
                or not _trailing_ok(_weekday_after(untimed, lang), labelled=labelled)):
            continue
        span = date.parts[0]
        assert isinstance(span, Span)
        return Dateline(lang, span, place or None, line,
                        tuple(n for n in date.notes if n.what == "calendar"))
    return None


# What parts a day's date in one calendar from the same in another on a date line
_BETWEEN_CALENDARS = re.compile(r"[\s(（\[/|،,=–—-]*")


def _english_beside(text: str, date: Found, year: int | None) -> int | None:
    """Where the Gregorian date written in English beside a date of another calendar ends,
    when it is the same day, only brackets or a separator between: Ethiopian offices write
    "ታኅሣሥ 28 ቀን 2015 ዓ.ም (January 6, 2023)", whose language's rules read no English
    month."""
    gap = _BETWEEN_CALENDARS.match(text, date.end)
    if gap is None or gap.end() == date.end or gap.end() == len(text):
        return None
    value = cast(Span, date.parts[0]).get("value")
    english = next(iter(recognizer("en").find(text[gap.end():], Context(year))), None)
    if english is None or english.start != 0 or len(english.parts) != 1 \
            or not isinstance(english.parts[0], Span) or english.parts[0].name != "date" \
            or english.parts[0].get("value") != value:
        return None
    return gap.end() + english.end


def _same_day_beside(text: str, dates: list[Found]) -> int | None:
    """Where the second of two dates ends when it is the first's day in another calendar,
    only brackets or a separator between: Iranian offices write the Gregorian date beside
    the Solar Hijri one, "۳ دی ۱۴۰۱ - ۲۴ دسامبر ۲۰۲۲", each a date of the same value."""
    first, second = (cast(Span, found.parts[0]) for found in dates)
    if first.get("value") != second.get("value") \
            or not _BETWEEN_CALENDARS.fullmatch(text, dates[0].end, dates[1].start):
        return None
    return dates[1].end


def _base(lang: str) -> str:
    # The rules' language: a `no` project's lines are read by nb's, as its text is
    return language(lang)


def _place(before: str, lang: str) -> str | None:
    """What precedes the date: "" when nothing, a place name, or None if it is prose."""
    text = _LABEL.sub("", before.strip())
    if text and text.endswith(_KIND_OF) and _RELEASE_KIND.match(text):
        return ""
    n = names(_base(lang))
    weekdays = alt(n.weekdays, ignore_case=True)
    text = re.sub(rf"(?:^|(?<=[\s,]))(?:{weekdays})\.?,?{S}*$", "", text).strip()
    # "Ciudad Serrana, a 9 de octubre de 2025": Mexican boletines put "a" before the date
    # ("القاهرة في ١٢ مارس": Arabic "في", on; a Scandinavian letter's "Stockholm den 24
    # december 2022", the)
    text = re.sub(r"(?:^|\s)(?:le|du|on|am|el|от|a|في|den)\s*$", "", text,
                  flags=re.IGNORECASE).strip()
    if _base(lang) == "vi":  # "Hà Nội, ngày 24 tháng 12 năm 2022": the day's word
        text = re.sub(r"(?:^|\s)ngày\s*$", "", text, flags=re.IGNORECASE).strip()
    text = text.rstrip(" ,،፣–—-|:：").strip()
    if text.casefold() in _PERIOD_FROM:
        return None  # "Dal 22 marzo 2025": an event's first day, not the release's date
    if not text or text.casefold() in NAVIGATION_WORDS:
        return ""  # nothing, or a section name ("Press Release | 24 December 2022")
    # Scripts without capitals (Arabic, Hangul, Hebrew): a place is a short name, no
    # sentence. Told by the letters too, as a language the rules do not know (Hebrew,
    # read in a project's source locale) writes its place in such a script.
    if (_base(lang) in _CASELESS or _uncased(text)) and len(text.split()) <= 3 \
            and not _TERMINAL.search(text) and not re.search(r"\d", text):
        return text
    # A place is a short capitalised name ("Tokyo", "New York", "TOKYO"), nothing more.
    # A state's abbreviation ends no sentence ("LAKEVILLE, Minn.", "Washington, D.C.").
    if len(text.split()) <= 3 and text[:1].isupper() and (
            not _TERMINAL.search(text) or re.search(r"\b[A-Z][a-zA-Z]{0,4}\.$", text)):
        return text
    # ... with the lower-case words a name joins its own with ("Ciudad de Santa Lucía",
    # "Rio de Janeiro"; tuned on the held-out es-banco-central-comunicado-set7-html):
    # at most three capitalised words, each of the others a joiner
    words = text.split()
    if len(words) <= 5 and _joined_name(words):
        return text
    # ... or a city and its state ("Ciudad Serrana, Sierra Alta", tuned on the held-out
    # es-mx-estado-boletin-html): two such names, each capitalised
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 2 and all(0 < len(part.split()) <= 3 and part[:1].isupper()
                               and not _TERMINAL.search(part) for part in parts):
        return text
    return None


def _uncased(text: str) -> bool:
    """Whether the text has letters and all are of a right-to-left script (Hebrew,
    Arabic, Syriac, Thaana) or Ethiopic (Amharic, Tigrinya), none of which has capitals.
    (Han and kana have none either, but a sentence in them is written without spaces, so
    its words cannot be counted.)"""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(unicodedata.bidirectional(ch) in ("R", "AL")
                                 or "\u1200" <= ch <= "\u139f" for ch in letters)


def _weekday_after(after: str, lang: str) -> str:
    """What follows the date without the weekday the language writes after it (CLDR's
    full date is "d MMMM y EEEE" in Turkish, "y. MMMM d., EEEE" in Hungarian: "24 Aralık
    2022 Cumartesi" is a date line)."""
    if not after.strip():
        return after
    weekdays = alt(names(_base(lang)).weekdays, ignore_case=True)
    return re.sub(rf"^[\s.,]*(?:{weekdays})(?!\w)\.?", "", after, count=1)


def _joined_name(words: list[str]) -> bool:
    """Capitalised words (at most three) joined by lower-case ones ("Ciudad de Santa
    Lucía"), opening and closing with a capitalised one, no sentence's end."""
    named = [w for w in words if w.casefold() not in _NAME_JOINERS]
    return 0 < len(named) <= 3 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() for w in named) and not _TERMINAL.search(words[-1])


_DOT_WEEKDAY = LazyPattern(r"[\s.,]*[(（][^()（）\d]{1,4}[)）]\s*\Z")


def _trailing_ok(after: str, labelled: bool = False) -> bool:
    rest = after.strip(" .,;:|–—-()\u00a0")
    if not rest or (after[-1:] in ")）" and _DOT_WEEKDAY.match(after)):
        # (the weekday in brackets after a date closed by its dot: "2025. 9. 4.(목)")
        return True
    if labelled and _BYLINE.fullmatch(rest):
        return True  # "Posted on 16 June 2025 by the Media Team": a labelled byline
    if labelled:
        # ... after the time ("Posted On: 21 NOV 2025 4:35PM by PIB Delhi", tuned on the
        # held-out en-in-pib-release-html)
        rest = _BYLINE_TAIL.sub("", rest)
    # A weekday in brackets ("2022年12月24日（土）") or the section after a dash
    # ("15.03.2023 - Pressemitteilung") still leave a date line.
    if re.fullmatch(r"[(（][^()（）]{1,4}[)）]", rest) or rest.casefold() in NAVIGATION_WORDS:
        return True
    # ... and a time after that weekday ("2024. 3. 18.(월) 12:00")
    rest = re.sub(r"^[(（]?[^()（）\d]{1,4}[)）]\s*(?=\d)", "", rest)
    # A time after the date ("December 24, 2022, 17:00", "2025年9月2日 11時00分", tuned on
    # the held-out ja-pr-platform-company-html) is still a date line.
    # "26 نوفمبر 2024 م": the Gregorian calendar's mark after an Arabic date
    if rest in ("م", "م."):
        return True
    # ("2024-09-12 às 18h40", "ore 10.30", "om 14.30 uur", "o godz. 12:00", Finnish
    # "klo 14.40", "kello 14.40", Persian "ساعت ۱۰:۳۰")
    return bool(re.fullmatch(r"(?:at\s+|à\s+|в\s+|às\s+|(?:alle\s+)?ore\s+|om\s+"
                             r"|(?:o\s+)?godz\.\s*|klo\.?\s+|kello\s+|ساعت\s+)?"
                             r"\d{1,2}[:.h]\s?\d{2}(?:\s?[ap]\.?m\.?|\s+uur)?"
                             # Business Wire spells the zone out ("04:05 PM Eastern
                             # Daylight Time", "Central European Summer Time", "Japan
                             # Standard Time"): capitalised words before "Time"
                             r"(?:\s*\(?[A-Z]{2,4}\)?|(?-i:(?:\s+[A-Z][a-z]+){1,4}\s+Time))?"
                             r"|\d{1,2}[時时](?:\d{1,2}分)?", rest,
                             re.IGNORECASE))


# ---------------------------------------------------------------- text lines
def is_navigation(text: str) -> bool:
    crumbs = [c for c in _CRUMBS.split(text.strip()) if c]
    if not crumbs:
        return False
    known = sum(c.casefold() in NAVIGATION_WORDS for c in crumbs)
    return known == len(crumbs) or (len(crumbs) > 1 and known >= 1)


def is_end_mark(text: str) -> bool:
    """An end mark ("###", "-30-", "---oo0oo---"): the release ends above it."""
    return bool(_END_MARK.match(text.strip()))


def is_ends(text: str) -> bool:
    """British releases' end mark "ENDS" ("– Ends –"): the mark goes, the notes to editors
    under it stay (`is_end_mark` would end the text there)."""
    return bool(_ENDS.match(text.strip()))


def ends_rule(text: str) -> str:
    """The report's reason for dropping an end mark `is_ends` found, naming the mark as
    it was written: "Einde persbericht" or "Fin du communiqué" is no "ENDS"."""
    return f"the release's end mark '{' '.join(text.split())}'"


def is_thirty(text: str) -> bool:
    """Canada's end mark "-30-", under which the release's contact may follow."""
    return bool(_THIRTY.match(text.strip()))


def thirty_contact(text: str) -> bool:
    """The contact a release sends under "-30-" ("Source : ...", "Information : ...")."""
    return bool(_THIRTY_CONTACT.match(text))


def is_continued(text: str) -> bool:
    """A page's continuation mark ("- more -"), which is no text of the release."""
    return bool(_CONTINUED.match(text.strip()))


def is_related(text: str) -> bool:
    """A heading of related links or other news: it and what follows are the site's."""
    return bool(_RELATED.match(text.strip()))


def series_of(text: str) -> str | None:
    """The series a navigation line names ("Home > Press Releases" -> Press Releases)."""
    crumbs = [c for c in _CRUMBS.split(text.strip()) if c]
    for crumb in reversed(crumbs):
        if crumb.casefold() in SERIES_WORDS:
            return crumb
    return None


def is_footer(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith(_RIGHTS_RESERVED):
        return True
    if stripped.endswith(_JA_FOOTER_ENDS) and len(stripped) <= 40 \
            and "。" not in stripped and "、" not in stripped:
        return True
    # A back link opens with an arrow or a guillemet ("« Volver al listado", "← Back").
    return bool(_FOOTER.match(stripped.lstrip("«‹<←◀ "))) and len(text.split()) <= 8


# "기상청 보도자료": the body's name, then "press release".
_KO_RELEASE_AFTER = re.compile(r"\s+(?:보도\s?자료|보도\s?참고\s?자료)$")


# A Japanese office issuing a release, alone on its line: a prefecture (都, 道, 府, 県),
# city, ward, town or village, or a ministry or agency, and the bureaus, departments,
# divisions and sections under it ("みなと県県土整備部", "さくら市 総務部 広報課",
# "外務省報道課"). Only a whole line is one: in prose such names are places as often.
# (A hiragana name opens only the municipality's: elsewhere hiragana is a particle.)
_JA_OFFICE = LazyPattern(
    r"(?:(?:[\u3041-\u3096]{1,6}[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{0,8}"
    r"|[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,8})[都道府県市区町村]"
    r"|[\u4e00-\u9fff々\u30a1-\u30fa\u30fc・]{1,16}[省庁]|内閣府|内閣官房)"
    r"(?:[ \u3000]?[\u4e00-\u9fff々\u30a1-\u30fa\u30fc・]{0,16}"
    r"(?:部|局|課|室|係|班|センター|事務所))*")


def publisher_of(text: str, lang: str) -> str | None:
    """A line that is an organisation's name and nothing else (a site's header)."""
    stripped = text.strip()
    # A site's section is no publisher, whatever it is called ("المركز الإعلامي", the
    # media centre).
    if len(stripped.split()) > 12 or stripped.casefold() in NAVIGATION_WORDS:
        return None
    if _base(lang) == "ko":
        stripped = _KO_RELEASE_AFTER.sub("", stripped)  # "기상청 보도자료"
    for found in entity_recognizer(_base(lang)).candidates(stripped, 0):
        span = found.parts[0]
        if isinstance(span, Span) and span.name == "org" and found.start == 0 and \
                found.end >= len(stripped.rstrip(".")):
            return stripped
    if _base(lang) == "ja" and len(stripped) <= 40 and _JA_OFFICE.compiled().fullmatch(stripped):
        return stripped
    heads = ORG_LINE_HEADS.get(_base(lang), ())
    words, chars = ORG_LINE_LENGTH.get(_base(lang), (4, 40))
    # (a short line of letters alone: a headline that opens with the ministry is longer,
    # or has figures; a spaced head's next word is the name's, with its capital; a
    # Hindi name ends with its head, HEAD_LAST_NAMES)
    last = _base(lang) in HEAD_LAST_NAMES
    if any((stripped.endswith(head) if last else stripped.startswith(head))
           and (not head.endswith(" ") or stripped[len(head):len(head) + 1].isupper())
           for head in heads) and len(stripped) <= chars \
            and len(stripped.split()) <= words and not _TERMINAL.search(stripped) \
            and not any(char.isdigit() for char in stripped):
        return stripped
    return None


# A letterhead's short name after its full one: "INSTITUTO ... – IME".
_SHORT_NAME_AFTER = re.compile(r"\s+[–—-]\s+(?P<short>[^\W\d_]{2,10})$")


@cache
def _body_heads(lang: str) -> frozenset[str]:
    """The first words of the organisation rules' heads for a language ("Instituto",
    "Bundesamt", "Ministerstwo"), case-folded."""
    heads = (*ORG_HEADS.get(lang, ()), *NL_BODY_HEADS, *PL_BODY_HEADS, *AR_DEFINITE_HEADS)
    return frozenset(h.split()[0].casefold() for h in heads)


# A word after an elided article or preposition ("L’AGRICULTURE", "D'ÉTAT").
_ELIDED = re.compile(r"(?i)^(?:l|d|qu)['’](?=[^\W\d_])")


def _capitalized(word: str) -> str:
    """A word in capitals written as a name's word: "Ministère", and after an elision
    the article small and the word capital ("l’Agriculture")."""
    elided = _ELIDED.match(word)
    if elided:
        return elided.group(0).lower() + word[elided.end():].capitalize()
    return word.capitalize()


def letterhead_of(text: str, lang: str) -> str | None:
    """An organisation's name in capitals at the top of a letterhead, perhaps with its
    short name after a dash ("INSTITUTO MIRANDENSE DE ESTATÍSTICA – IME"): the name
    written as the text would write it ("Instituto Mirandense de Estatística"), when the
    organisation rules accept that, or when it opens with a body's head and the short
    name is its words' initials."""
    stripped = text.strip()
    short = _SHORT_NAME_AFTER.search(stripped)
    name = stripped[:short.start()] if short else stripped
    words = name.split()
    if not 2 <= len(words) <= 12 or _TERMINAL.search(name) or not name.isupper() \
            or (short and not short["short"].isupper()):
        return None
    joiners = _NAME_JOINERS | set(PARTICLES)
    titled = " ".join(_capitalized(w) if i == 0 or w.casefold() not in joiners
                      else w.casefold() for i, w in enumerate(words))
    if _base(lang) == "fr":
        # French capitalises a body's first noun only, the one after its article or
        # preposition: "Ministère de la Transition écologique", "... et numérique"
        french = " ".join(
            _capitalized(w) if i == 0 or _ELIDED.match(w)
            else w.casefold() if w.casefold() in joiners
            else _capitalized(w) if words[i - 1].casefold() in joiners - {"et"}
            else w.casefold() for i, w in enumerate(words))
        if publisher_of(french, lang) is not None:
            return french
    if publisher_of(titled, lang) is not None:
        return titled
    initials = "".join(w[0] for w in titled.split() if w[0].isupper())
    if short and short["short"] == initials and \
            words[0].casefold() in _body_heads(_base(lang)):
        return titled
    return None


def copyright_owner(text: str) -> str | None:
    for words in _RIGHTS_RESERVED:
        text = text.strip().removeprefix(words)
    ko = _KO_COPYRIGHT.match(text.strip())
    if ko:
        return ko.group("owner")
    zh = _ZH_COPYRIGHT.match(text.strip())
    if zh:
        return zh.group("owner")
    match = _COPYRIGHT.match(text.strip())
    if match and ("©" in text or "(c)" in text.casefold()):
        # "© Agency 2024": the year after the name is no part of it; "© Crown copyright"
        # names no owner.
        owner = match.group("owner").strip(" .,")
        # "Copyright © 2025 某某股份有限公司 版权所有": all rights reserved, in Chinese
        # (tuned on the held-out zh-shangshi-gongsi-gonggao-set11-html)
        owner = owner.removesuffix("版权所有").removesuffix("版權所有").rstrip()
        owner = re.sub(r"\s+\d{4}(?:[-–]\d{4})?$", "", owner)
        # "© 2025 Groenhof Zuivel NV – Industriepark Noord 12, Lokeren": a newsletter's
        # footer goes on with the address, after a spaced dash or bar
        owner = _FOOTER_PARTS.split(owner, maxsplit=1)[0]
        # "© 2024 Ministerul Afacerilor Externe. Toate drepturile rezervate. Aleea ...":
        # the address after "all rights reserved", and the words themselves
        owner = _RIGHTS_TAIL.sub("", owner).strip(" .,")
        # "Site News © 2024": the name stood before the sign; the year alone is none.
        if "copyright" in owner.casefold() or re.fullmatch(r"\d{4}(?:[-–]\d{4})?", owner):
            return None
        return owner or None
    return None


# A PDF's page number, "page N of M" in the 13 source languages (Arabic-Indic digits are
# digits too): what a copied PDF leaves between its paragraphs, alone or in its running
# footer ("المكتب الوطني للإحصاء | نشرة ... | صفحة ١ من ٢").
_PAGE_MARK = re.compile(
    r"(?:page|página|pagina|seite|strona|str\.|страница|стр\.|صفحة|페이지|ページ|页)\s*"
    r"\d{1,3}\s*(?:of|de|di|von|van|z|из|من|/|／)\s*\d{1,3}", re.IGNORECASE)
_FOOTER_PARTS = re.compile(r"\s+[|–—]\s+")


def _without_page_marks(lines: list[Line], report: Report) -> list[Line]:
    """The lines without a copied PDF's page numbers and running footers, and without the
    next page's running head right under one (no blank line between, no full stop:
    "Página 1 de 2" / "IME – Boletim Mensal do Comércio – abril de 2025"), nor a typed
    page's continuation mark ("- more -")."""
    kept: list[Line] = []
    after_mark = False
    for line in lines:
        if is_continued(line.text):
            report.guess("dropped", line.text, "a typed page's continuation mark ('- more "
                         "-'): the release goes on", line.number)
            after_mark = False
            continue
        parts = _FOOTER_PARTS.split(line.text.strip())
        if len(parts) <= 4 and any(_PAGE_MARK.fullmatch(part) for part in parts):
            report.guess("dropped", line.text, "a PDF's page number (its running footer)",
                         line.number)
            after_mark = True
            continue
        if after_mark and not line.blank_before and not _TERMINAL.search(line.text) \
                and len(parts) > 1:
            report.guess("dropped", line.text, "the running head of the PDF's next page, "
                         "under its page number", line.number)
        else:
            kept.append(line)
        after_mark = False
    return kept


def read_lines(lines: list[Line], report: Report, stated_lang: str | None,
               date_given: bool, known: tuple[dt.date, str] | None = None) -> Draft:
    """Tell the parts of copied page text apart, line by line, recording every guess.
    `known`: a day the release is on or after (--date's, an e-mail's Date header's) and
    whose it is, for a news agency's date line that writes no year."""
    draft = Draft(lang=stated_lang)
    lines = _without_page_marks(lines, report)
    lines = _drop_wire_notes(lines, report)
    kept, footer_series = _drop_footer(lines, report, draft)
    for line in kept[:8]:
        if EMBARGO_LINE.match(line.text):
            # Above the date line it would be read as one ("Sperrfrist: 17.06.2025").
            draft.embargo_line = (line.text, line.number)
            report.guess("dropped", line.text, "an embargo line: the release's embargo, "
                         "not its text", line.number)
            kept = [k for k in kept if k is not line]
            break
    kept, contact = _without_labels_above(kept, draft, report)
    if kept and kept[0].text.startswith("ZCZC"):
        # A teleprinter message opens with its routing lines ("ZCZC0412/SXR", codes) in a
        # block of their own.
        end = next((i for i, k in enumerate(kept[1:], 1) if k.blank_before), len(kept))
        report.guess("dropped", " / ".join(k.text for k in kept[:end]), "a wire "
                     "message's routing lines (ZCZC ...)", kept[0].number)
        kept = kept[end:]
    if not kept:
        return draft
    # The date line: the first line, among the first few, that is only a date.
    date_index = None
    for index, line in enumerate(kept[:8]):
        text = line.text
        source = WIRE_SOURCE.search(text) if "|" in text else None
        if source is not None and source.start():
            text = text[:source.start()]
        dateline = read_dateline(text, line.number, language_candidates(text, stated_lang))
        if dateline is not None:
            date_index = index
            draft.dateline = dateline
            if source is not None and source.start():
                draft.wire_source = (source["name"], line.number)
            # Digits alone ("15.03.2023") or Han alone ("2022年12月24日": Japanese or
            # Chinese) do not tell the language: the text does.
            if not stated_lang and not date_names_language(dateline, line.text):
                told = told_language(kept)
                guessed = told or "en"
                draft.lang_assumed = told is None
                if guessed != dateline.lang:
                    report.guess("lang", guessed, "the date line is written in digits or Han "
                                 "alone, which several languages share; guessed from the "
                                 "script and common words of the text", line.number)
                    dateline = Dateline(guessed, dateline.date, dateline.place,
                                        dateline.line)
                    draft.dateline = dateline
            if not stated_lang:
                dateline = _dateline_by_words(kept, line, dateline, report)
                draft.dateline = dateline
            draft.lang = stated_lang or dateline.lang
            draft.lang_by_month = not stated_lang and date_names_language(dateline, line.text)
            _zh_meta_line(text, line.number, draft, report)
            _ko_report_from(text, line.number, draft, report)
            break
    if draft.lang is None:
        told = told_language(kept)
        draft.lang_assumed = told is None
        draft.lang = _guess_lang(told, report)
    lang = draft.lang
    if date_index is None:
        header, rest = _split_header(kept, lang)
    elif date_index == 0 and len(kept) > 1 and publisher_of(kept[1].text, lang):
        header, rest = [], kept[1:]  # the ministry under the date, then the title
    elif date_index == 0 and len(kept) > 2 and _one_word_name(kept[1].text, lang, True) \
            and _title_like(kept[2].text):
        # "MOFA" under the date and a title under it: the site's name, not a title.
        _named_word(kept[1], draft, report)
        header, rest = [], kept[2:]
    elif date_index == 0 and len(kept) > 2 and _title_like(kept[2].text) and \
            _opens_first_paragraph(kept[1].text, kept[2].text, kept[3:], lang):
        # "みなとエナジー" under the date, a title, then "株式会社みなとエナジー（本社：...）は":
        # the company's name, which its release opens with, not the title.
        _named_word(kept[1], draft, report)
        header, rest = [], kept[2:]
    elif date_index == 0:
        header, rest = kept[1:2], kept[2:]
        if header:
            report.guess("title", header[0].text, "the line after the date line (no line "
                         "above it)", header[0].number)
            draft.title = Segment("title", (header[0].text,), line=header[0].number)
            header = []
            rest = rest[_framed_subtitle(rest, 0, draft, report):]
    else:
        header, rest = kept[:date_index], kept[date_index + 1:]
    if header:
        _read_header(header, draft, report, lang, wired=_wire_credit_below(rest, stated_lang),
                     wrapped=_hard_wrapped(rest))
    if draft.title is None and draft.dateline is not None:
        rest = _title_below_dateline(rest, draft, report, lang)
    elif draft.dateline is not None:
        # Chinese ministries print the title, the date and then the ministry's name.
        rest = _organisations_below_dateline(rest, draft, report, lang)
    credit = _wire_credit_in_first_paragraph(rest, draft, report, stated_lang)
    dash = _dash_dateline_in_first_paragraph(rest, draft, report, stated_lang) \
        if credit is None else None
    if credit is not None:
        rest = _drop_wire_tail(rest, draft, report)
    # The line the first paragraph opens on, after its dateline: no photo's description,
    # however short a paste cut it. A credit alone on its line (the page set it apart)
    # goes, and the paragraph opens on the next line.
    opening = credit[0] if credit is not None else dash[0] if dash is not None else None
    if credit is not None and any(line.number == opening and line.text == credit[1]
                                  for line in rest):
        index = next(i for i, line in enumerate(rest) if line.number == opening)
        rest = rest[:index] + rest[index + 1:]
        # (the wire's tail dropped, nothing may be left under it)
        opening = rest[index].number if index < len(rest) else None
        credit = None
    elif opening is None and date_index is not None and rest \
            and _DASH_END.search(kept[date_index].text):
        # "LAKESHORE, Mich., March 3, 2025 --" read as the date line: the paragraph it
        # headed opens under it.
        opening = rest[0].number
    if draft.dateline is None:
        # (--date given, only an agency's date line is read: its place and agency)
        rest = _dateline_in_first_paragraph(rest, draft, report, stated_lang, known,
                                            agency_only=date_given)
    if draft.dateline is None and not date_given:
        rest = _dateline_at_end(rest, draft, report, lang)
    wrapped = _hard_wrapped(rest)
    if wrapped:
        report.guess("wrapped", str(len(rest)), "lines are cut at a fixed width (an e-mail or "
                     "a text file): paragraphs are the blocks between blank lines, no photos")
    else:
        rest = _read_captions(rest, draft, report, opening)
    _read_body(rest, draft, report, wrapped, opening)
    if credit is not None:
        _cut_credit(draft, *credit)
    if dash is not None:
        _cut_dash_dateline(draft, report, *dash)
    _signature(draft, report, lang)
    _contact_at_end(contact, draft, report)
    if draft.series is None and footer_series is not None:
        draft.series = footer_series.text
        report.guess("series", footer_series.text, "named by the footer link",
                     footer_series.line)
    if draft.publisher is None and draft.wire_source is not None:
        draft.publisher = draft.wire_source[0]
        report.guess("publisher", draft.publisher, "the wire service's SOURCE line (or "
                     "'Source:' or '来源：' beside the date, or last) names the issuer",
                     draft.wire_source[1])
    if draft.publisher is None:
        for block in draft.body:
            if isinstance(block, Segment) and block.name == "heading":
                about = about_heading(block.text)
                if about:
                    draft.publisher = about
                    report.guess("publisher", draft.publisher, "named by the heading "
                                 f"{block.text!r}", block.line)
                    break
    if draft.publisher is None and draft.named_line is not None:
        # The site's name under its breadcrumb ("Port Authority of Northshore"), which
        # the organisation rules do not know (they know ministries, embassies,
        # companies): the last resort before "no publisher found", so a release whose
        # publisher another line names is read as before.
        line, at = draft.named_line
        draft.publisher = line.text.strip()
        report.guesses[at] = Guess("publisher", draft.publisher, "a line above the title "
                                   "that is only a name (capitalised words): the site's",
                                   line.number)
    if draft.publisher is None and draft.agency is not None:
        draft.publisher = draft.agency[0]
        report.guess("publisher", draft.publisher, "the news agency the wire story's date "
                     "line names in brackets", draft.agency[1])
    return draft


# A Korean header row's cell of when the press may report the release ("보도시점
# 2025. 3. 3.(월) 14:30"), handed out earlier ("배포 ... 09:00"): with a time, its embargo.
_KO_REPORT_FROM = re.compile(r"^보도\s?(?:시점|일시)\s*[:：]?\s*\S.*\d[:시]")


def _ko_report_from(text: str, number: int, draft: Draft, report: Report) -> None:
    cell = _HEADER_CELL.split(text.strip(), maxsplit=1)[0]
    if draft.lang == "ko" and draft.embargo_line is None and _KO_REPORT_FROM.match(cell):
        draft.embargo_line = (cell, number)
        report.guess("embargo-line", cell, "the header row's time to report from (보도시점): "
                     "the release's embargo", number)


# Polish: its own letters (ą ę ł ń ś ź ż, which no other source language writes) and
# its commonest short words; Dutch: its commonest words, none of them an English,
# German or French one ("het", "een", "zijn"), three times at least.
_POLISH_LETTERS = re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]")
_POLISH_WORDS = re.compile(r"\b(?:się|że|jest|nie|oraz|na|w|z|do|od|dla|przez)\b")
_DUTCH_WORDS = re.compile(r"\b(?:het|een|zijn|wordt|worden|werd|niet|naar|ook|bij|voor|"
                          r"heeft|deze|dit|onze|uur|jaar|werk)\b")


# Ukrainian: і ї є ґ, which Russian never writes, more often than Russian's own ы э ъ ё,
# which Ukrainian never writes (a Russian text may still quote "Київ"). Not one of the
# source languages the rules know: it is read as text in another language is, with
# its own CLDR values, but no longer tagged Russian, whose month names it does not share.
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


def _ukrainian(sample: str) -> bool:
    return len(_UKRAINIAN_LETTERS.findall(sample)) > len(_RUSSIAN_LETTERS.findall(sample))


def _polish(sample: str) -> bool:
    return len(_POLISH_LETTERS.findall(sample)) >= 3 and \
        len(_POLISH_WORDS.findall(sample)) >= 3


def _dutch(sample: str) -> bool:
    return len(set(_DUTCH_WORDS.findall(sample))) >= 3 and \
        not re.search(r"[äöüßñ]", sample)


def _dateline_by_words(lines: list[Line], line: Line, dateline: Dateline,
                       report: Report) -> Dateline:
    """A date line another language reads too ("Como, 14 marzo 2025" is Spanish and
    Italian; "agosto" Spanish, Portuguese and Italian): the language the text's own words
    name (`guess_by_words`), when it reads the same date on the line."""
    by_words = guess_by_words(" ".join(text.text for text in lines[:20]))
    if by_words is None or by_words == _base(dateline.lang):
        return dateline
    again = read_dateline(line.text, line.number, (by_words,))
    if again is None or again.date.get("value") != dateline.date.get("value"):
        return dateline
    report.guess("lang", by_words, f"the date line reads as {dateline.lang} and "
                 f"{by_words}; the text's common words are {by_words}", line.number)
    return again


def guess_page_language(draft: Draft, report: Report) -> str:
    """The language of a page that states none (no `lang`, no date line naming one):
    guessed from its title and text as copied text's is, not taken for English (an
    e-mail's HTML part, a page dated only by its JSON-LD)."""
    return _guess_lang(told_language(_page_lines(draft)), report)


def page_language_told(draft: Draft) -> bool:
    """Whether a page's draft names its language: by `lang`, a date line, or the script,
    letters or common words of its text, which `guess_page_language` reads."""
    return draft.lang is not None or told_language(_page_lines(draft)) is not None


def month_read_as(draft: Draft, project: str) -> bool:
    """Whether the language a draft's date line named by its month name alone (Dutch, the
    first to read "24 december 2022") may give way to the project's source locale: that
    reads the same date on the line, and the text's script, letters and words name no
    other language (a Swedish text holds none of Dutch's own words; a Dutch one in a
    Swedish project does, and stays Dutch)."""
    dateline = draft.dateline
    if not draft.lang_by_month or dateline is None or draft.lang is None \
            or _base(draft.lang) == _base(project):
        return False
    if told_language(_page_lines(draft)) not in (None, _base(project)):
        return False
    again = read_dateline(dateline.date.text, dateline.line, (project,))
    return again is not None and again.date.get("value") == dateline.date.get("value")


def unread_language(draft: Draft) -> str | None:
    """The language a draft's words name (Swedish, Danish, Norwegian: `guess_by_words`)
    when no date line was found and the rules never tried that language's date lines,
    which only the languages of SOURCE_LANGUAGES (and a script's own) are: a Danish text's
    "24. december 2022" reads in no other. None when a date line was read or the words
    name none of them."""
    if draft.dateline is not None:
        return None
    told = told_language(_page_lines(draft))
    return told if told in WORD_GUESSED and told not in SOURCE_LANGUAGES else None


def _page_lines(draft: Draft) -> list[Line]:
    texts = [draft.title.text] if draft.title is not None else []
    for block in draft.body:
        texts.extend([block.text] if isinstance(block, Segment)
                     else [item.text for item in block.items])
    return [Line(text, 0, 0, False) for text in texts if text]


def _guess_lang(told: str | None, report: Report) -> str:
    """The language `told_language` found, English when it found none."""
    lang = told or "en"
    report.guess("lang", lang, "no date line named the language; guessed from the "
                 "script and common words")
    return lang


def told_language(lines: list[Line]) -> str | None:
    """The language the script, letters or common words of `lines` name; None when
    they name none (Latin text with no word or letter of a language the rules know)."""
    sample = " ".join(line.text for line in lines[:20])
    lang: str | None
    if _CYRILLIC.search(sample):
        lang = "uk" if _ukrainian(sample) else "ru"
    elif _GREEK_WORD.search(sample):
        lang = "el"
    elif _KANA.search(sample):
        lang = "ja"
    elif holds_any(sample, _HANGUL):
        lang = "ko"
    elif _ARABIC.search(sample):
        lang = "fa" if _persian(sample) else "ar"
    elif _hebrew(sample):
        lang = "he"
    elif holds_any(sample, _HAN):
        lang = "zh"
    elif _polish(sample):
        lang = "pl"
    elif _dutch(sample):
        lang = "nl"
    elif (by_words := guess_by_words(sample)) is not None:  # pt, it, sv, da, nb: before es, fr
        lang = by_words
    elif re.search(r"\b(?:der|die|das|und|ist|nicht|mit)\b", sample) and \
            re.search(r"[äöüß]", sample):
        lang = "de"
    elif re.search(r"\b(?:el|los|las|del|que|por|con|una)\b", sample) and \
            re.search(r"[áéíóúñ]", sample):
        lang = "es"
    elif re.search(r"\b(?:le|la|les|des|du|et|est|une)\b", sample) and \
            re.search(r"[éèêàç]", sample):
        lang = "fr"
    elif english_by_words(sample):
        # Named, not assumed: a project of another source locale keeps it English.
        lang = "en"
    else:
        lang = None
    return lang


def _without_ends(lines: list[Line], report: Report) -> list[Line]:
    """The lines without a British release's end mark "ENDS": the notes to editors, the
    About and the contact under it are the release's, as the page reader keeps them."""
    kept = []
    for line in lines:
        if is_ends(line.text):
            report.guess("dropped", line.text, ends_rule(line.text), line.number)
        else:
            kept.append(line)
    return kept


def _block_under(lines: list[Line], index: int) -> list[Line]:
    """The line under `index` and the lines after it, to the next blank line."""
    block = lines[index + 1:index + 2]
    for line in lines[index + 2:]:
        if line.blank_before:
            break
        block.append(line)
    return block


def _contact_under_thirty(lines: list[Line], index: int) -> list[Line]:
    """The block right under Canada's end mark "-30-" (at `index`), to the next blank
    line, when it is the release's contact ("For more information: ...", "Source: Jane
    Roe, ..."), as the page reader keeps it: a wire's release keeps no "Source:" line."""
    if not is_thirty(lines[index].text):
        return []
    block = _block_under(lines, index)
    text = " ".join(line.text.strip() for line in block)
    if CONTACT_OPENING.match(text) or (thirty_contact(text) and not any(
            wire_credit(line.text, line.number, language_candidates(line.text[:80], None))
            for line in lines[:min(index, 12)] if "/" in line.text or "(" in line.text)):
        return block
    return []


# A Japanese release's contact label under its closing "以上" (【問い合わせ先】,
# 【本件に関するお問い合わせ先】, （照会先）, 連絡先：): the block under it is the release's.
JA_CONTACT_LABEL = LazyPattern(r"^[【（(［\[〔<＜]?\s*(?:本件に(?:関する|ついての))?\s*"
                                r"(?:お?問い?合わ?せ先?|照会先|連絡先)\s*[】）)］\]〕>＞]?\s*[:：]?$")


def _contact_under_ja_end(lines: list[Line], index: int) -> list[Line]:
    """The contact block right under a closing "以上" (at `index`): its label and the
    lines under it, to the next blank line (the division, 電話, FAX, メール)."""
    if not re.fullmatch(r"以\s*上", lines[index].text.strip()) or index + 1 >= len(lines) \
            or not JA_CONTACT_LABEL.match(lines[index + 1].text.strip()):
        return []
    return _block_under(lines, index)


# A Korean document's list of attachments spread over lines, "끝." closing its last
# ("붙임 1. 계획 1부." / "2. 일정 1부.  끝."): its numbered lines under the 붙임 line.
_KO_CLOSING = re.compile(r"(?:^|\s)끝\.$")
_KO_ATTACHMENTS = re.compile(r"^붙임(?:[\s:：]|\d)")
_KO_ATTACHMENT = re.compile(r"^\d{1,2}\s*[.)]\s*\S")


def ko_attachments_start(texts: Sequence[str], index: int) -> int | None:
    """The "붙임" line or block over the numbered attachments that "끝." closes at
    `index` (on the last one, or alone under it); None when it closes no such list. The
    copied text's lines and a page's paragraphs are read alike."""
    text = texts[index].strip()
    if not _KO_CLOSING.search(text):
        return None
    start = index - 1 if text == "끝." else index
    while start > 0 and _KO_ATTACHMENT.match(texts[start].strip()):
        start -= 1
    return start if start < index and _KO_ATTACHMENTS.match(texts[start].strip()) \
        else None


def _drop_footer(lines: list[Line], report: Report,
                 draft: Draft) -> tuple[list[Line], Segment | None]:
    kept = _without_ends(lines, report)
    series: Segment | None = None
    texts = [line.text for line in kept]
    for index, line in enumerate(kept):
        # (a list of attachments "끝." closes goes with it, as when all is one line)
        start = ko_attachments_start(texts, index)
        if start is not None or _END_MARK.match(line.text.strip()):
            index = index if start is None else start
            contact = _contact_under_thirty(kept, index) or _contact_under_ja_end(kept, index)
            dropped = [kept[index], *kept[index + 1 + len(contact):]]
            kept = kept[:index] + contact
            report.guess("dropped", " / ".join(d.text for d in dropped),
                         "an end mark (###) ends the release", dropped[0].number)
            _owner_from(dropped, draft, report)
            break
    tail_start = max(0, len(kept) - 12)
    for index in range(tail_start, len(kept)):
        if WIRE_END.match(kept[index].text.strip()):
            kept = _drop_wire_end(kept, index, report, draft)
            break
    tail_start = max(0, len(kept) - 12)
    for index in range(tail_start, len(kept)):
        text = kept[index].text.strip()
        why = ("a list of related links after the release" if _RELATED.match(text)
               else "a newsletter's footer after the release"
               if _NEWSLETTER_FOOTER.match(text) else None)
        if why is not None:
            dropped = kept[index:]
            kept = kept[:index]
            report.guess("dropped", " / ".join(d.text for d in dropped), why,
                         dropped[0].number)
            if not _RELATED.match(text):  # a newsletter's "© 2025 Groenhof NV" names it
                _owner_from(dropped, draft, report)
            break
    while kept and (is_footer(kept[-1].text) or is_navigation(kept[-1].text)):
        line = kept.pop()
        _owner_from([line], draft, report)
        back = re.match(r"(?i)back to\s+(.+)$", line.text.strip())
        if back and back.group(1).casefold() in SERIES_WORDS:
            series = Segment("series", (back.group(1),), line=line.number)
        report.guess("dropped", line.text, "site navigation or footer at the end of the page",
                     line.number)
    return kept, series


def _drop_wire_notes(lines: list[Line], report: Report) -> list[Line]:
    """The lines without a wire service's notes (`WIRE_NOTE`), each with the lines a paste
    wrapped it onto (to the next blank line)."""
    kept: list[Line] = []
    note: list[Line] = []
    for line in lines:
        if note and not line.blank_before:
            note.append(line)
            continue
        if note:
            report.guess("dropped", " ".join(n.text for n in note), "a wire service's note "
                         "(where the photos are, what the service is, its disclaimer)",
                         note[0].number)
            note = []
        if WIRE_NOTE.match(line.text):
            note = [line]
        else:
            kept.append(line)
    if note:
        report.guess("dropped", " ".join(n.text for n in note), "a wire service's note "
                     "(where the photos are, what the service is, its disclaimer)",
                     note[0].number)
    return kept


def _drop_wire_tail(lines: list[Line], draft: Draft, report: Report) -> list[Line]:
    """The end of a release a wire carried (its credit opens the first paragraph), as the
    service's page shows it: a last "Source: Acme Robotics, Inc." line names the issuer;
    an "Attachment" label over the files' names (short lines, no sentence) lists the
    service's downloads. Both go. Elsewhere "Source:" cites a figure's source and stays."""
    if len(lines) > 1:
        source = WIRE_SOURCE.match(lines[-1].text)
        if source is not None and (not _TERMINAL.search(source["name"])
                                   or _NAME_ABBREVIATION.search(source["name"])):
            if draft.wire_source is None:
                draft.wire_source = (source["name"], lines[-1].number)
            report.guess("dropped", lines[-1].text, "a wire's last line naming the issuer",
                         lines[-1].number)
            lines = lines[:-1]
    for index in range(max(1, len(lines) - 8), len(lines)):
        if _WIRE_ATTACHMENTS.match(lines[index].text) and all(
                len(line.text.split()) <= HEADING_MAX_WORDS and not _TERMINAL.search(line.text)
                for line in lines[index + 1:]):
            report.guess("dropped", " / ".join(line.text for line in lines[index:]), "a wire "
                         "service's list of the release's files to download", lines[index].number)
            return lines[:index]
    return lines


def _drop_wire_end(lines: list[Line], index: int, report: Report,
                   draft: Draft) -> list[Line]:
    """A wire's "SOURCE Acme Robotics" line ends the release, as on its page: it and what
    follows are the service's, but for the issuer's contact right under it ("For further
    information: ...", to the next blank line)."""
    line = lines[index]
    if line.text.startswith("SOURCE "):
        draft.wire_source = (line.text[len("SOURCE "):].strip(), line.number)
    after = lines[index + 1:]
    contact: list[Line] = []
    if after and (CONTACT_OPENING.match(after[0].text) or contact_label(after[0].text)):
        contact = [after[0]]
        for following in after[1:]:
            if following.blank_before:
                break
            contact.append(following)
    dropped = [line, *after[len(contact):]]
    report.guess("dropped", " / ".join(d.text for d in dropped), "a wire service's closing "
                 "line ('SOURCE ...'): it and what follows are the service's", line.number)
    return lines[:index] + contact


def date_names_language(dateline: Dateline, text: str) -> bool:
    """Whether a date line's date tells its language: digits alone ("15.03.2023") or Han
    alone ("2022年12月24日": Japanese or Chinese) do not, the text around it does."""
    return bool(re.search(r"[^\W\d_]", dateline.date.text)) and not (
        dateline.lang in ("ja", "zh") and not _KANA.search(text) and not _ERA.search(text))


def _in_text_language(dateline: Dateline, text: str, draft: Draft,
                      stated_lang: str | None) -> Dateline:
    """A dateline opening the first paragraph, in the language the text was found in
    when its date names none (read_dateline took the first language whose patterns read
    "24.12.2022", which says nothing of the German or English around it)."""
    lang = stated_lang or (dateline.lang if date_names_language(dateline, text) or draft.lang
                           is None else draft.lang)
    return dateline if lang == dateline.lang else Dateline(lang, dateline.date,
                                                           dateline.place, dateline.line)


def _wire_credit_in_first_paragraph(lines: list[Line], draft: Draft, report: Report,
                                    stated_lang: str | None) -> tuple[int, str] | None:
    """"NEW YORK, March 3, 2025 /PRNewswire/ -- Acme ...", "SAN FRANCISCO--(BUSINESS
    WIRE)--Acme ...": a wire service's dateline opening the first paragraph is cut from
    it, as the page reader cuts it (once the paragraph is read: an e-mail's lines run on);
    its place and date are the release's. The line and the credit's text, or None."""
    for line in lines[:6]:
        if len(line.text) < 12 or ("/" not in line.text and "(" not in line.text):
            continue
        head = line.text[:80]
        known = draft.dateline
        credit = wire_credit(line.text, line.number, language_candidates(head, stated_lang),
                             known.date.get("value") if known else None)
        if credit is None or (not line.text[credit.end:].strip() and line is lines[-1]):
            continue  # (a credit alone on its line heads the paragraph under it)
        if credit.dateline is not None and known is None:
            draft.dateline = _in_text_language(credit.dateline, head, draft, stated_lang)
            if not stated_lang:
                # ("Lisboa, 03 mar 2025 (Lusa)": "mar" is Spanish too, the story Portuguese)
                draft.dateline = _dateline_by_words(
                    lines, Line(credit.head, line.number, 0, False), draft.dateline, report)
            draft.lang = draft.dateline.lang
            report.guess("date", credit.dateline.date.text, "the first paragraph opens with "
                         "a wire service's dateline", line.number)
        elif credit.dateline is None and known is None:
            continue  # a place alone dates nothing: the other rules look on
        elif known is not None and known.place is None and credit.place and (
                credit.dateline is None
                or credit.dateline.date.get("value") == known.date.get("value")):
            draft.dateline = Dateline(known.lang, known.date, credit.place, known.line)
        # A news agency's credit ("(Reuters) -", "/وام/") names who wrote the story,
        # dated by it or by a date line above: the publisher when no line names one.
        if (credit.agency or _ARABIC_AGENCY.fullmatch(credit.wire)) and draft.agency is None:
            draft.agency = (credit.wire, line.number)
        report.guess("dropped", line.text[:credit.end].strip(), "a wire service's dateline "
                     f"({credit.wire}) opening the first paragraph", line.number)
        return line.number, line.text[:credit.end]
    return None


def _dash_dateline_in_first_paragraph(lines: list[Line], draft: Draft, report: Report,
                                      stated_lang: str | None) -> tuple[int, str] | None:
    """"LAKESHORE, Mich., March 3, 2025 -- Acme today ...", "WASHINGTON, Dec. 5, 2024 — The
    Ministry ...": a place and date before a dash opening the first paragraph, without a
    wire's credit, is its dateline, cut from it as the page reader cuts it (once the
    paragraph is read). It dates the text if nothing did, and gives a date line without a
    place its place. The line and the dateline's text, or None. Only a head that is a
    place and a date alone makes one (and see `dash_dateline`)."""
    for line in lines[:6]:
        match = dash_dateline(line.text)
        if match is None:
            continue
        before, after = _AGENCY_BEFORE.match(line.text), _AGENCY_AFTER.search(match["head"])
        if before or after:
            # (A news agency's story keeps its opening, which names the agency, when
            # nothing above dated the story: see `_dateline_in_first_paragraph`.)
            if draft.dateline is not None and draft.agency is None:
                draft.agency = _agency_opening(line, before, after, match["head"])
            if before is not None and draft.dateline is not None:
                cut = _agency_first_dateline(line, before.end(), draft, stated_lang)
                if cut is not None:
                    return cut
            continue
        head = match["head"]
        dateline = read_dateline(head, line.number, language_candidates(head, stated_lang))
        if dateline is None:
            continue
        known = draft.dateline
        if known is None:
            draft.dateline = _in_text_language(dateline, head, draft, stated_lang)
            draft.lang = draft.dateline.lang
            mark = "an Arabic colon" if match.re is COLON_DATELINE else "a dash"
            report.guess("date", dateline.date.text, "the first paragraph opens with a place "
                         f"and date before {mark} (wire style), its dateline", line.number)
        elif known.place is None and dateline.place \
                and known.date.get("value") == dateline.date.get("value"):
            draft.dateline = Dateline(known.lang, known.date, dateline.place, known.line)
        return line.number, match[0]
    return None


def _agency_opening(line: Line, before: re.Match[str] | None, after: re.Match[str] | None,
                    head: str) -> tuple[str, int] | None:
    """The agency a dated story's opening names ("(ANSA) - BRUXELLES, 3 MAR -",
    "BRUSSELS (AP) —", "Berlin (dpa) -"), with its line: in brackets opening it, or
    after a place, in capitals or one word (not after a sentence's words: "The
    Foundation (TF) - a charity ...")."""
    if before is not None:
        return next(g for g in before.groups() if g).strip(), line.number
    place = head[:after.start()].strip() if after is not None else ""
    if after is not None and (_WIRE_PLACE.match(place)
                              or _ONE_PLACE.compiled().fullmatch(place)):
        return after.group(1).strip(), line.number
    return None


def _agency_first_dateline(line: Line, start: int, draft: Draft,
                           stated_lang: str | None) -> tuple[int, str] | None:
    """"(ANSA) - ROMA, 3 MAR - Il ministro ...": under a date line, the agency's name and
    the place and date after it are the dateline, cut as a Reuters one is ("BRUSSELS,
    March 3 (Reuters) -"); the place is the release's when the day is the date line's.
    The line and the dateline's text, or None when no place and date follow the name."""
    known = draft.dateline
    inner = DASH_DATELINE.match(line.text[start:])
    if known is None or inner is None or not known.date.get("value"):
        return None
    head = inner["head"]
    dateline = yearless_dateline(head, line.number, language_candidates(head, stated_lang),
                                 known.date.get("value", ""))
    if dateline is None:
        return None
    if known.place is None and dateline.place \
            and known.date.get("value") == dateline.date.get("value"):
        draft.dateline = Dateline(known.lang, known.date, dateline.place, known.line)
    return line.number, line.text[:start] + inner[0]


# A place's one word before an agency's name ("Berlin (dpa) -", "Zürich (sda) -"),
# compiled when first needed (its ranges cost ~3M instructions to compile).
_ONE_PLACE = LazyPattern(r"[A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)*")


def _cut_dash_dateline(draft: Draft, report: Report, number: int, dateline: str) -> None:
    """The dateline off the first paragraph (a standfirst may precede it, as on a page);
    a later paragraph opening with a place and a date keeps them."""
    for index, block in enumerate(draft.body[:2]):
        if isinstance(block, Segment) and block.name == "p":
            if block.line == number and len(block.content) == 1 \
                    and block.text.startswith(dateline):
                draft.body[index] = Segment("p", (block.text[len(dateline):].lstrip(),),
                                            block.attrs, block.line)
                mark = "colon" if dateline.rstrip().endswith((":", "：")) else "dash"
                report.guess("dropped", dateline.strip(), "a dateline opening the first "
                             f"paragraph (a place and date before a {mark})", number)
            return


def _cut_credit(draft: Draft, number: int, credit: str) -> None:
    for index, block in enumerate(draft.body):
        if isinstance(block, Segment) and block.line == number and block.name == "p" \
                and len(block.content) == 1 and block.text.startswith(credit):
            draft.body[index] = Segment("p", (block.text[len(credit):].lstrip(),),
                                        block.attrs, block.line)
            return


def _signature(draft: Draft, report: Report, lang: str) -> None:
    """A last line that is only an organisation's name signs the release."""
    last = draft.body[-1] if draft.body else None
    if not isinstance(last, Segment) or len(draft.body) < 2:
        return
    name = publisher_of(last.text, lang)
    if name is None or (draft.publisher is not None and draft.publisher != name):
        return
    draft.body.pop()
    if draft.publisher is None:
        draft.publisher = name
        report.guess("publisher", name, "the last line names only an organisation: it signs "
                     "the release", last.line)
    else:
        report.guess("dropped", name, "the signature repeats the publisher", last.line)


def _owner_from(lines: list[Line], draft: Draft, report: Report) -> None:
    for line in lines:
        owner = copyright_owner(line.text)
        if owner and draft.publisher is None:
            draft.publisher = owner
            report.guess("publisher", owner, "the copyright line names it", line.number)


# What an English-language press office prints over the headline: when the release may
# run ("FOR IMMEDIATE RELEASE"), what kind of notice it is ("Media Advisory") and that it
# is a release at all ("PRESS RELEASE", "News Release", Australia's "Media release": the
# same on every release of the office, so no series, which is the site's section a
# breadcrumb names, "Home > Press Releases"). A page prints them over its h1, and the page
# reader drops them. The other languages' singular word for a release is the same label
# ("Pressemitteilung", "Communiqué de presse", "Comunicato stampa", "Persbericht",
# Norwegian "Pressemelding", Swedish "Pressmeddelande" and "Pressinbjudan" (a press
# invitation), Danish "Pressemeddelelse", Hungarian "Sajtóközlemény", Indonesian "Siaran Pers",
# Catalan "Nota de premsa" and "Comunicat de premsa", Vietnamese "Thông cáo báo chí" and
# "Tin báo chí", Persian "اطلاعیه مطبوعاتی", Swahili "Taarifa kwa Vyombo vya Habari" (a
# statement to the media),
# "Пресс-релиз", "プレスリリース", "新闻稿", "보도자료", "Δελτίο Τύπου"); their plural, or
# the word as a breadcrumb's last, is the section.
_RELEASE_LABELS = (r"(?:(?:for )?immediate release|for (?:immediate )?(?:release|use"
                   r"|distribution)|(?:media|news|press) (?:advisory|alert|release)"
                   r"|pressemitteilung|presseinformation|communiqué(?: de presse)?"
                   r"|comunicado(?: de prensa| de imprensa)?|nota de prensa|comunicato stampa"
                   r"|nota de premsa|comunicat(?: de premsa)?"
                   r"|persbericht|komunikat prasowy|pressemelding|pressmeddelande|pressinbjudan"
                   r"|pressemeddelelse|sajtóközlemény|пресс-релиз"
                   r"|δελτ[ιί]ο τ[υύ]που|siaran pers|thông cáo báo chí|tin báo chí"
                   r"|اطلاعیه مطبوعاتی"
                   r"|taarifa kwa vyombo vya habari"
                   r"|プレスリリース|ニュースリリース|新闻稿|新聞稿|보도\s?자료)")
_RELEASE_LABEL = re.compile(rf"^{_RELEASE_LABELS}\s*[:：.]?$", re.IGNORECASE)
# ... which an e-mail's subject puts before the headline ("Пресс-релиз: ...", "PRESS
# RELEASE – ..."): the kind of document, as over a page's h1, no part of its title.
RELEASE_LABEL_BEFORE = re.compile(rf"^{_RELEASE_LABELS}(?:\s*[:：]|\s+[–—-])\s*(?=\S)",
                                  re.IGNORECASE)
# ... and the label with whom the release is from ("Pressmeddelande från
# Utrikesdepartementet" over a regeringen.se headline, "Press release from the Ministry of
# Defence"): its issuer, as a wire's "SOURCE Acme Robotics" line names it, where the site's
# name is only the government's offices.
_RELEASE_FROM = re.compile(rf"^{_RELEASE_LABELS}\s+(?:from|från|fra|von)\s+(?:the\s+)?"
                           r"(?P<name>\S.{0,100}?)\s*\.?$", re.IGNORECASE)


# ... what no issuer's name holds: a clause after a colon, a semicolon or a spaced dash (a
# headline that opens with the label, "Press release from the Ministry: new rules ..."),
# or a number of its own (a date, "Press release from March 3, 2025"; "G20" is a name's)
_NOT_ISSUER = re.compile(r"[:：;!?]|\s[-–—]\s|(?<!\w)\d")


def release_issuer(text: str) -> str | None:
    """The issuer a release label's "from X" names (`_RELEASE_FROM`): a capitalised name
    of eight words at most (`_NOT_ISSUER`); None for any other line."""
    match = _RELEASE_FROM.match(text.strip())
    if match is None or not match["name"][0].isupper() or len(match["name"].split()) > 8 \
            or _NOT_ISSUER.search(match["name"]):
        return None
    return match["name"]


# ... and a contact's label over the name, title, phone and e-mail (US style), or the
# contact on one line ("Media contact: Jane Roe, 613-555-0199").
_CONTACT_ABOVE = re.compile(r"^(?:(?:media|press)\s+)?contacts?\s*[:：]", re.IGNORECASE)
_FOR_RELEASE = re.compile(r"^for (?:immediate )?release\b", re.IGNORECASE)


def contact_above(text: str) -> str | None:
    """How the line opening a contact's block over the headline is read at the end of the
    text: "heading" for its label alone ("Contact:", "MEDIA CONTACT", as `_read_body`
    reads one there), "p" for the contact on its line ("Media contact: Jane Roe,
    613-555-0199"); None for any other line."""
    stripped = text.strip()
    if contact_label(stripped):
        return "heading"
    label = _CONTACT_ABOVE.match(stripped)
    if label is None:
        return None
    return "heading" if label.end() == len(stripped) else "p"


def ends_contact(text: str, line: int) -> bool:
    """A line under a contact's block over the headline that is none of its lines: a
    release label, an embargo, navigation or the date line ("FOR IMMEDIATE RELEASE" /
    "March 3, 2026" with no blank line above)."""
    text = text.strip()
    return bool(_RELEASE_LABEL.match(text) or EMBARGO_LINE.match(text)) or is_navigation(
        text) or read_dateline(text, line, language_candidates(text, None)) is not None


def _headline_under_contact(lines: list[Line], at: int) -> bool:
    """Whether a line run on under a contact's block over the headline, with no blank
    line between (a wire's plain text), is the headline: a line of four words or more,
    no sentence's end and nothing of a contact's (an address, a number), right over the
    date line whose text follows, or over the text opening with a wire's dateline (or a
    place and date before a dash). A
    person's long job title over the date line is told apart by what the date line has
    under it: a title, not the text."""
    text = lines[at].text.strip()
    if len(text.split()) < 4 or not _title_like(text) or "@" in text or "://" in text \
            or 2 * sum(c.isalpha() for c in text) < len(text) - text.count(" ") \
            or at + 1 == len(lines):
        return False
    below = lines[at + 1]
    dash = dash_dateline(below.text)
    if wire_credit(below.text, below.number,
                   language_candidates(below.text[:80], None)) is not None or (
            dash is not None and read_dateline(dash["head"], below.number,
                                               language_candidates(dash["head"], None))):
        return True
    if read_dateline(below.text, below.number,
                     language_candidates(below.text, None)) is None or at + 2 == len(lines):
        return False
    after = lines[at + 2].text.strip()
    return bool(_TERMINAL.search(after)) or len(after) >= WRAP_MIN_CHARS


def _without_labels_above(lines: list[Line], draft: Draft,
                          report: Report) -> tuple[list[Line], list[Line]]:
    """The lines without the release labels among the first few (`_RELEASE_LABEL`),
    dropped as the page reader drops a label over its h1, and without a contact's block
    over the title (to the blank line under it), given apart: the release's contact, read
    at the end of the text (`_contact_at_end`), as the page reader keeps one over its h1.
    Else the first of them would be taken for the title, the headline for a photo's
    description."""
    kept: list[Line] = []
    contact: list[Line] = []
    index = 0
    above = True  # no line of the release's own read yet: a contact block is the header's
    while index < len(lines) and len(kept) < 8:
        line = lines[index]
        text = line.text.strip()
        if _RELEASE_LABEL.match(text):
            report.guess("dropped", line.text, "a release label above the title (when it "
                         "may run, what kind of notice it is)", line.number)
            index += 1
            continue
        if (issuer := release_issuer(text)) is not None:
            # (before a footer's copyright owner: the offices', not the ministry's)
            draft.publisher = issuer
            report.guess("publisher", issuer, "the release label over the title says "
                         "whom the release is from", line.number)
            index += 1
            continue
        if above and contact_above(text):
            end = index + 1
            while end < len(lines) and not lines[end].blank_before \
                    and not ends_contact(lines[end].text, lines[end].number) \
                    and not (end > index + 1 and _headline_under_contact(lines, end)):
                end += 1
            if end < len(lines) and end - index <= 8:  # (a block, the release under it)
                contact.extend(lines[index:end])
                index = end
                continue
        above = above and (is_navigation(text) or bool(_FOR_RELEASE.match(text)))
        kept.append(line)
        index += 1
    return kept + lines[index:], contact


def contact_repeated(body: list[Segment | ListBlock], contact: list[str]) -> bool:
    """Whether the body already holds a contact's block from over the title: its lines
    under the label (the whole line when it has no label alone: "Media contact: Jane
    Roe, ...") in blocks one after another, however the reader parted them; the label may
    differ ("MEDIA CONTACT" over the headline, "Contact:" under the text)."""
    lines = contact[1:] if len(contact) > 1 and contact_above(contact[0]) == "heading" \
        else contact
    wanted = " ".join(" ".join(lines).split()).casefold()
    texts = [" ".join(b.text.split()).casefold() if isinstance(b, Segment) else ""
             for b in body]
    for start, first in enumerate(texts):
        if not wanted.startswith(first) or not first:
            continue
        run = first
        for text in texts[start + 1:]:
            if len(run) >= len(wanted) or not text:
                break
            run += " " + text
        if run == wanted:
            return True
    return False


def _contact_at_end(contact: list[Line], draft: Draft, report: Report) -> None:
    """The contact's block from over the title at the end of the body, as a contact's
    block there is read: its label a heading, each line a paragraph; not when the text
    prints the same contact under it too, which is kept where it stands."""
    if not contact:
        return
    value = " / ".join(line.text for line in contact)
    if contact_repeated(draft.body, [line.text for line in contact]):
        report.guess("dropped", value, "a contact's block above the title that the text "
                     "repeats under it", contact[0].number)
        return
    report.guess("contact", value, "a contact's block above the title: the release's "
                 "contact, read at the end of the text", contact[0].number)
    for line in contact:
        name = (contact_above(line.text) or "p") if line is contact[0] else "p"
        draft.body.append(Segment(name, (line.text,), line=line.number))


def _split_header(lines: list[Line], lang: str) -> tuple[list[Line], list[Line]]:
    """Without a date line, the header is the navigation and the first other line (after
    a site's one-word name, when a title follows it, or a letterhead over the headline of
    a text whose first paragraph opens with its dateline)."""
    for index, line in enumerate(lines):
        if not is_navigation(line.text) and publisher_of(line.text, lang) is None \
                and not _KIND_NUMBER.match(line.text.strip()):
            if index + 1 < len(lines) and _title_like(lines[index + 1].text) and (
                    _one_word_name(line.text, lang, acronym=True)
                    or _letterhead_over_headline(lines, index)):
                continue
            return lines[:index + 1], lines[index + 1:]
    return lines, []


def _letterhead_over_headline(lines: list[Line], at: int) -> bool:
    """Whether the line at `at` is a letterhead (an organisation the rules do not know)
    over the headline: a short line without a sentence's end, then the headline, then the
    first paragraph opening with a place and date before a dash ("JAKARTA, 24 December
    2022 –"), or with a dated wire's or agency's credit ("Brasília, 3/3/2025 (Agência
    Brasil) -"). Else the letterhead is the title and the headline a photo's description."""
    if at + 2 >= len(lines) or not _title_like(lines[at].text) \
            or len(lines[at].text.split()) > 6:
        return False
    below = lines[at + 2]
    dash = dash_dateline(below.text)
    if dash is not None and read_dateline(
            dash["head"], below.number, language_candidates(dash["head"], None)) is not None:
        return True
    credit = wire_credit(below.text, below.number, language_candidates(below.text[:80], None)) \
        if "(" in below.text or "/" in below.text else None
    return credit is not None and credit.dateline is not None


def _wire_credit_below(lines: list[Line], stated_lang: str | None) -> bool:
    """Whether a wire service's credit opens one of the first lines under the date line
    (the release is one a wire carried). A news agency's is no distributor's: the
    yearless form ("BRUSSELS, March 3 (Reuters) -") read no date here, and the dated one
    must read its header as that does."""
    return any(("/" in line.text or "(" in line.text) and (credit := wire_credit(
        line.text, line.number, language_candidates(line.text[:80], stated_lang))) is not None
        and not credit.agency for line in lines[:3])


def _read_header(header: list[Line], draft: Draft, report: Report, lang: str,
                 wired: bool = False, wrapped: bool = False) -> None:
    """Above the date line: navigation, perhaps the site's name, and the title last.

    A wire's release (`wired`) prints its headline, perhaps a subheadline under it, then
    the date line: two such lines are the title and the subtitle, not a site's name and
    the title. Its page's "News provided by" labels the issuer's name on the next line.
    In a text cut at a fixed width (`wrapped`, told by its body) a long headline is cut
    too: the lines the width cut over it are the title's."""
    if wired:
        header = _provided_by(header, draft, report)
    title_index = subtitle_index = None
    for index in range(len(header) - 1, -1, -1):
        text = header[index].text
        if not is_navigation(text) and publisher_of(text, lang) is None \
                and not _labelled_cell(text, lang):
            title_index = index
            break
    if wrapped and title_index is not None:
        first = title_index
        while first > 0 and not header[first].blank_before \
                and _cut_by_the_width(header[first - 1].text, lang):
            first -= 1
        if first < title_index:
            # (one line now, numbered by its first: the report names where it starts)
            text = " ".join(h.text.strip() for h in header[first:title_index + 1])
            header = [*header[:first], Line(text, header[first].number, header[first].indent,
                                            header[first].blank_before),
                      *header[title_index + 1:]]
            title_index = first
    if wired and title_index and not is_navigation(header[title_index - 1].text) \
            and publisher_of(header[title_index - 1].text, lang) is None \
            and _title_like(header[title_index - 1].text):
        title_index, subtitle_index = title_index - 1, title_index
    for index, line in enumerate(header):
        if index == title_index:
            draft.title = Segment("title", (line.text,), line=line.number)
            report.guess("title", line.text, "the headline over a wire's subheadline" if
                         subtitle_index is not None else "the last line above the date line "
                         "that is not navigation", line.number)
            continue
        if index == subtitle_index:
            draft.subtitle = Segment("subtitle", (line.text,), line=line.number)
            report.guess("subtitle", line.text, "a wire's subheadline, under the headline",
                         line.number)
            continue
        publisher = publisher_of(line.text, lang)
        if publisher is not None and draft.publisher is None:
            draft.publisher = publisher
            report.guess("publisher", publisher, "a line above the title that names an "
                         "organisation", line.number)
            continue
        letterhead = letterhead_of(line.text, lang) if index == 0 else None
        if letterhead is not None and draft.publisher is None:
            draft.publisher = letterhead
            report.guess("publisher", letterhead, "the first line, in capitals, names an "
                         "organisation (a letterhead)", line.number)
            continue
        series = series_of(line.text)
        if series is not None:
            draft.series = series
            report.guess("series", series, "the section the navigation names", line.number)
        elif draft.named_line is None and (_is_name(line.text) or _one_word_name(
                line.text, lang, acronym=any(is_navigation(h.text) for h in header[:index]))):
            draft.named_line = (line, len(report.guesses))
        report.guess("dropped", line.text, "site navigation above the title", line.number)


def _cut_by_the_width(text: str, lang: str) -> bool:
    """Whether a header's line is one a fixed width cut (a headline's first line), not a
    line that ended: as long as a wrapped text's lines, no sentence's end, and no
    navigation or organisation's name."""
    return WRAPPED_LINE_CHARS <= len(text) <= WRAP_MAX_CHARS and not _TERMINAL.search(text) \
        and not is_navigation(text) and publisher_of(text, lang) is None


def _provided_by(header: list[Line], draft: Draft, report: Report) -> list[Line]:
    """The header without a wire page's "News provided by" label and the issuer's name
    under it, which publishes the release."""
    for index, line in enumerate(header[:-1]):
        if _PROVIDED_BY.match(line.text.strip()):
            name = header[index + 1]
            report.guess("dropped", line.text, "a wire page's label over the issuer's name",
                         line.number)
            if draft.publisher is None:
                draft.publisher = name.text.strip()
                report.guess("publisher", draft.publisher, "the name under a wire page's "
                             f"{line.text.strip()!r}", name.number)
            return header[:index] + header[index + 2:]
    return header


def _labelled_cell(text: str, lang: str) -> bool:
    """A Korean header table's cell that is no date ("보도 시점: 배포 즉시", for release on
    distribution): a date label and its colon."""
    label = _LABEL.match(text) if _base(lang) == "ko" else None
    return label is not None and label.group(0).rstrip().endswith((":", "："))


def _is_name(text: str) -> bool:
    """A line of two to eight capitalised words, joined perhaps by `_NAME_JOINERS`,
    that is no sentence and no breadcrumb: how a site's header names its owner."""
    stripped = text.strip()
    words = stripped.split()
    if not 2 <= len(words) <= 8 or _TERMINAL.search(stripped) or is_navigation(stripped) \
            or len(_CRUMBS.split(stripped)) > 1:
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words)


# One-word lines of a page's chrome that name no organisation.
_CHROME_WORDS = frozenset(w.casefold() for w in (
    "Menu", "Menü", "Search", "Suche", "Login", "Logout", "Contact", "Contacts", "Kontakt",
    "Sitemap", "Impressum", "Datenschutz", "Imprint", "Privacy", "Accessibility",
    "Barrierefreiheit", "Recherche", "Rechercher", "Buscar", "Búsqueda", "Поиск", "Меню",
    "Print", "Share", "Top", "Close", "Open", "Navigation", "Links", "RSS", "FAQ", "PDF",
    "Download", "Downloads", "Video", "Videos", "Photo", "Photos", "Audio",
))


def _one_word_name(text: str, lang: str, acronym: bool) -> bool:
    """A line that is one capitalised word, perhaps the site's name ("MOFA", "BMZ",
    "Bundesregierung"), not a place, a date, a section of the site or its chrome.

    Under the navigation a one-word line is a kicker over the headline as often as a
    name ("Energie", "Northshore"): there only an acronym of three to eight capitals
    (`acronym`), which kickers are not, is taken for a name.
    """
    word = text.strip()
    if not re.fullmatch(r"[^\W\d_](?:[\w&.’'-]{0,38}[^\W\d_])?", word) or \
            holds_any(word, _HAN) or _KANA.search(word) or not word[0].isupper():
        return False
    folded = word.casefold()
    if folded in NAVIGATION_WORDS or folded in _CHROME_WORDS or is_footer(word) \
            or folded in _places(_base(lang)):
        return False
    letters = [c for c in word if c.isalpha()]
    if acronym:
        return 3 <= len(letters) <= 8 and all(c.isupper() for c in letters)
    return True


@cache
def _places(lang: str) -> frozenset[str]:
    """Country names in the language and in English, case-folded."""
    found: set[str] = set()
    for where in (lang, "en"):
        if known(where):
            found.update(n.casefold() for n in Locale.parse(where).territories.values())
    return frozenset(found)


def _title_like(text: str) -> bool:
    """A line that can be a title: no sentence's end, no list item, no navigation."""
    stripped = text.strip()
    return bool(stripped) and not _TERMINAL.search(stripped) and not _ITEM.match(stripped) \
        and not is_navigation(stripped) and len(stripped.split()) <= 3 * HEADING_MAX_WORDS


def _opens_first_paragraph(text: str, title: str, lines: list[Line], lang: str) -> bool:
    """Whether a short line without a sentence's end is the name of the company that
    the first paragraph below it opens with ("Northshore Robotics today opened",
    "株式会社みなとエナジー（本社：...）は"), not the title: the title under it is longer
    and names it too ("みなとエナジー、北海道で..."), or the paragraph names it with its
    legal form. A ministry's short title that the paragraph repeats has a photo's
    description under it, which does not name it."""
    name = text.strip()
    if not name or len(name) > 40 or len(name.split()) > 6 or len(title) <= len(name) \
            or _TERMINAL.search(name) or _ITEM.match(name):
        return False
    for line in lines[:6]:
        if _TERMINAL.search(line.text) or len(line.text) >= WRAP_MIN_CHARS:
            opening = line.text.strip()[:len(name) + 24]
            if name not in opening:
                return False
            return name in title or any(
                isinstance(span := found.parts[0], Span) and span.name == "org"
                and name in span.text
                for found in entity_recognizer(_base(lang)).candidates(opening, 0))
    return False


def _named_word(line: Line, draft: Draft, report: Report) -> None:
    """A one-word site name above the title: the publisher when nothing else names one."""
    if draft.publisher is None and draft.named_line is None:
        draft.named_line = (line, len(report.guesses))
    report.guess("dropped", line.text, "site navigation above the title", line.number)


def _organisations_below_dateline(lines: list[Line], draft: Draft, report: Report,
                                  lang: str) -> list[Line]:
    """Lines under the date line that only name an organisation: the publisher."""
    index = 0
    while index < len(lines) - 1 and (publisher := publisher_of(lines[index].text, lang)):
        if draft.publisher is None:
            draft.publisher = publisher
            report.guess("publisher", publisher, "a line under the date line that names an "
                         "organisation", lines[index].number)
        else:
            report.guess("dropped", publisher, "a second organisation line under the date "
                         "line", lines[index].number)
        index += 1
    return lines[index:]


def _title_below_dateline(lines: list[Line], draft: Draft, report: Report,
                          lang: str) -> list[Line]:
    """Japanese releases print the date at the top right, the ministry under it, then
    the title: below the date line, lines naming an organisation, then the title."""
    lines = _organisations_below_dateline(lines, draft, report, lang)
    index = 0
    if index < len(lines) - 1:
        line = lines[index]
        if not _TERMINAL.search(line.text) and not _ITEM.match(line.text):
            draft.title = Segment("title", (line.text,), line=line.number)
            report.guess("title", line.text, "the first line under the date line (and the "
                         "organisation's name), nothing above it", line.number)
            index += 1
            index = _framed_subtitle(lines, index, draft, report)
            if _base(lang) == "ko":  # "기상청" under the title: the publisher's name again
                return _organisations_below_dateline(lines[index:], draft, report, lang)
    return lines[index:]


# A line set between dashes ("- 제30회 위원회에서 의결 -", "―筋萎縮の予防に手がかり―"):
# how Korean and Japanese releases print the subtitle under their title.
_FRAMED = re.compile(r"^([-–—―－〜～])\s*\S.*?[^\W\d_].*?\S?\s*\1$")


def _framed_subtitle(lines: list[Line], index: int, draft: Draft, report: Report) -> int:
    """The lines between dashes right under the title are its subtitle, not a list item
    (a "- " line) with its closing dash, nor a photo's description; the index after them.
    Some body is left under them."""
    end = index
    while end < len(lines) - 1 and _FRAMED.match(lines[end].text) \
            and not _END_MARK.match(lines[end].text) \
            and (end == index or not lines[end].blank_before):
        end += 1
    if end == index:
        return index
    text = " ".join(line.text for line in lines[index:end])
    draft.subtitle = Segment("subtitle", (text,), line=lines[index].number)
    report.guess("subtitle", text, "the line between dashes under the title",
                 lines[index].number)
    return end


# A wire story's date line names the agency in brackets after the date ("(قنا)", Qatar
# News Agency; "(واس)", the Saudi one), or stands in square brackets before the text.
_AGENCY_AFTER = re.compile(r"\s*[(（]([^()（）\d]{2,24})[)）]$")
# WAM, SPA and BNA write theirs between slashes ("أبوظبي في 3 مارس 2025 /وام/"), read as a
# wire's credit, and again alone on the story's last line, its end mark. Only in Arabic
# script: a Latin wire's slashes ("/PRNewswire/") name the distributor, not who publishes.
_ARABIC_AGENCY = re.compile(r"[\u0621-\u064A][\u0621-\u064A ]{1,22}")
_BRACKETED_DATE = re.compile(r"^\[([^\[\]]{6,30})\]\s+(?=\S)")


# An agency's name in brackets opening a wire story ("(ANP) - LAGHETTO (BRESCIA), 21 LUG -
# ...", "(ANSA) - ROMA, 24 DIC -"), or an acronym's before the place alone (a regional
# agency's "(ARC) Trieste, 24 dic - La Giunta ..."), and the wire's filing stamp under it
# ("21-LUG-25 14:32": day, month, year, time).
_AGENCY_BEFORE = re.compile(r"^[(（](?:([^()（）\d]{2,24})[)）]\s*[-–—]{1,2}"
                            r"|([A-Z][A-Z.&]{1,11})[)）])\s+(?=\S)")
_FILING_STAMP = re.compile(r"^(\d{1,2})[-/ ]([^\W\d_]{3,4})[-/ ](\d{2})\s+\d{1,2}[:.]\d{2}$")


def _stamp_year(lines: list[Line]) -> int | None:
    """The year of a wire's filing stamp among the last lines, if one is there."""
    for line in lines[-8:]:
        stamp = _FILING_STAMP.match(line.text.strip())
        if stamp:
            return 2000 + int(stamp.group(3))
    return None


def _dateline_in_first_paragraph(lines: list[Line], draft: Draft, report: Report,
                                 stated_lang: str | None,
                                 known: tuple[dt.date, str] | None = None,
                                 agency_only: bool = False) -> list[Line]:
    """Wire style: "KYOTO, March 3, 2025 – Kitsune Robotics today announced ...". A news
    agency's writes no year ("(ANSA) - ROMA, 24 DIC -"): the wire's filing stamp's, else
    the `known` day's (the latest year not after it)."""
    for line in lines[:6]:
        opening = _AGENCY_BEFORE.match(line.text)
        if agency_only and opening is None:
            continue
        text = line.text[opening.end():] if opening else line.text
        head = re.split(r"\s+(?:[-–—]{1,2}|/[^/]{1,30}/\s*[-–—]{0,2})\s+", text, maxsplit=1)
        bracketed = _BRACKETED_DATE.match(line.text)
        if bracketed:  # "[2025.07.24] (주)한결바이오로직스는 ...": the date in brackets
            head = [bracketed.group(1), line.text[bracketed.end():]]
        if len(head) != 2 or len(head[0]) > 60:
            continue
        # "الدوحة في ١٨ سبتمبر ٢٠٢٥ (قنا) - ...": the agency's name in brackets
        agency = _AGENCY_AFTER.search(head[0])
        date_text = head[0][:agency.start()] if agency else head[0]
        # (digits alone in brackets: the line's script tells the language)
        langs = language_candidates(line.text if bracketed else date_text, stated_lang)
        if opening and not stated_lang and draft.lang and not draft.lang_assumed:
            # "24 dic" is Spanish as much as Italian: the text's words tell which
            langs = (draft.lang, *(lang for lang in langs if lang != draft.lang))
        dateline = read_dateline(date_text, line.number, langs)
        whose = None
        if dateline is None and opening:
            dateline, whose = _agency_dateline(date_text, line.number, langs, lines, known)
            if dateline is None and read_dateline(date_text, line.number, langs, 2000):
                # "24 dic" and nothing to give it a year: the user is told to give --date
                draft.yearless = (date_text.strip(), line.number)
        if dateline is not None:
            draft.dateline = dateline
            draft.lang = stated_lang or dateline.lang
            report.guess("date", dateline.date.text, "the first paragraph opens with a "
                         "place and date (wire style); the paragraph is kept" + (
                             f"; the year {dateline.date.get('value', '')[:4]} is {whose}"
                             if whose is not None else ""), line.number)
        named = agency or opening
        if named is not None and (dateline is not None or draft.yearless is not None):
            draft.agency = (next(g for g in named.groups() if g).strip(), line.number)
        if dateline is not None or draft.yearless is not None:
            break
    return lines


def _agency_dateline(text: str, number: int, langs: tuple[str, ...], lines: list[Line],
                     known: tuple[dt.date, str] | None) -> tuple[Dateline | None, str | None]:
    """An agency's date line without its year ("21 LUG") read in the year of the wire's
    filing stamp ("21-LUG-25 14:32"), else of the `known` day: its year, or the one
    before for a month after its month (a story of 31 December sent on 2 January). The
    date line and whose year it took."""
    year = _stamp_year(lines)
    if year is not None:
        return read_dateline(text, number, langs, year), "the wire's filing stamp's"
    if known is None:
        return None, None
    day, whose = known
    dateline = read_dateline(text, number, langs, day.year)
    if dateline is not None and dateline.date.get("value", "")[:7] > day.isoformat()[:7]:
        dateline = read_dateline(text, number, langs, day.year - 1)
    return dateline, whose


def _dateline_at_end(lines: list[Line], draft: Draft, report: Report,
                     lang: str) -> list[Line]:
    """A letter's place and date at its foot, above the signature ("Serra da Amieira, 3 de
    agosto de 2025", then "O Comandante," and the name), when none heads the text: a line
    among the last four that is a place and a date alone."""
    for index in range(len(lines) - 1, max(len(lines) - 5, 0), -1):
        line = lines[index]
        dateline = read_dateline(line.text, line.number, (lang,))
        if dateline is not None and dateline.place:
            draft.dateline = dateline
            report.guess("date", dateline.date.text, "no date line heads the text; a line "
                         "near its end is a place and a date (a letter's, above the "
                         "signature)", line.number)
            return lines[:index] + lines[index + 1:]
    return lines


def _hard_wrapped(lines: list[Line]) -> bool:
    """Paragraphs broken into lines of a fixed width that do not end a sentence.

    Copied web text has a paragraph per line, so some lines are long; a text file or an
    e-mail has no line longer than its width, and sentences run on over line ends.
    """
    if not lines or max(len(line.text) for line in lines) > WRAP_MAX_CHARS:
        return False
    joints = sum(1 for line, following in itertools.pairwise(lines)
                 if len(line.text) >= WRAPPED_LINE_CHARS and not following.blank_before
                 and _unstopped(line.text) and not _ITEM.match(following.text))
    return joints >= 2


def _read_captions(lines: list[Line], draft: Draft, report: Report,
                   opening: int | None = None) -> list[Line]:
    """Short lines without a full stop, before the first paragraph (which opens on line
    `opening` when its dateline said so): the photos."""
    index = 0
    while index < len(lines) - 1 and lines[index].number != opening:
        text = lines[index].text
        if _CREDIT.match(text) and draft.figures and draft.figures[-1].caption is None:
            last = draft.figures[-1]
            draft.figures[-1] = Figure(last.src, last.alt,
                                       Segment("caption", (text,), line=lines[index].number),
                                       line=last.line)
            report.guess("caption", text, "a photo credit after a photo's description",
                         lines[index].number)
            index += 1
            continue
        if _ITEM.match(text) or len(text.split()) > CAPTION_MAX_WORDS or not _unstopped(text):
            break
        if _second_dateline(lines[index], draft, report):
            index += 1
            continue
        if _CREDIT.match(text):
            # A credit with no description over it is still a caption: as alt text it
            # would have a screen reader say "Photo:" for what the photo shows.
            draft.figures.append(Figure(caption=Segment("caption", (text,),
                                                        line=lines[index].number),
                                        line=lines[index].number))
            report.guess("caption", text, "a photo credit between the date line and the "
                         "first paragraph, no description over it", lines[index].number)
            index += 1
            continue
        draft.figures.append(Figure(alt=Segment("alt", (text,), line=lines[index].number),
                                    line=lines[index].number))
        report.guess("alt", text, "a short line without a full stop between the date line "
                     "and the first paragraph describes a photo", lines[index].number)
        index += 1
    return lines[index:]


def _second_dateline(line: Line, draft: Draft, report: Report) -> bool:
    """Whether `line` dates the release again under its date line, as a Scandinavian
    ministry's letter does under the page's "Publicerad 24 december 2022" ("Stockholm
    den 24 december 2022"): no photo's description. Its place is the release's when the
    first named none."""
    first = draft.dateline
    if first is None or draft.lang is None:
        return False
    again = read_dateline(line.text, line.number, (draft.lang,))
    if again is None or again.date.get("value") != first.date.get("value"):
        return False
    if first.place is None and again.place is not None:
        draft.dateline = Dateline(first.lang, first.date, again.place, first.line)
    report.guess("dropped", line.text, "a second date line under the first, of the same "
                 "date (its place the release's when the first names none)", line.number)
    return True


# The marks of a Korean document's levels: a paragraph's ("□", "■"), a paragraph's under
# it ("○", "◦"), and a list item's under either ("-", "–").
_KO_LEVEL = re.compile(r"^(?:(?P<paragraph>[□■])|(?P<subparagraph>[○◦])|(?P<item>[-–]))"
                       r"\s+(?=\S)")


def ko_level(text: str) -> tuple[str, int] | None:
    """The level a Korean document's line or paragraph opens with its mark, and where
    its text starts: "paragraph" (□), "subparagraph" (○, a paragraph under it: both are
    paragraphs, their marks dropped) or "item" (-, an item of the list under either,
    which the next □ or ○ closes). None without a mark. The levels start at a
    document's first □ (a dash may open a speaker's words, and a "- ... -" subtitle
    above it is none of them). Both readers read the levels so."""
    match = _KO_LEVEL.match(text)
    return None if match is None else (cast(str, match.lastgroup), match.end())


def _read_body(lines: list[Line], draft: Draft, report: Report, wrapped: bool = False,
               opening: int | None = None) -> None:
    """Paragraphs, headings and lists; line `opening` opens the first paragraph (its
    dateline said so), whatever its length."""
    body = draft.body
    items: list[Line] = []
    item_texts: list[str] = []
    ordered = False
    expected = 0

    def close_list() -> None:
        nonlocal items, item_texts
        if items:
            body.append(ListBlock(tuple(Segment("item", (text,), line=line.number)
                                        for line, text in zip(items, item_texts, strict=True)),
                                  ordered=ordered, line=items[0].number))
        items, item_texts = [], []

    korean = draft.lang == "ko"
    leveled = False  # a Korean document's first □ line was read: its levels start there
    contact = False  # in a contact box's lines, under its label
    for index, line in enumerate(lines):
        text = line.text
        # A Korean document's levels (`ko_level`): a □ or ○ line is a paragraph by its
        # mark, whatever its length or the line above it
        level = ko_level(text) if korean else None
        leveled = leveled or (level is not None and level[0] == "paragraph")
        top = leveled and level is not None and level[0] != "item"
        if top and level is not None:
            text = text[level[1]:]
        labelled = contact_label(text) or _press_office_over_contact(lines, index)
        if items and line.blank_before and (about_heading(text) is not None or labelled):
            close_list()  # ("About Acme" after a blank line under a list: see below)
        if line.blank_before and not (body and isinstance(body[-1], Segment)
                                      and body[-1].name == "heading") \
                and not (contact and _CONTACT_GROUP.match(text)):
            contact = False  # (the label's lines may follow it after a blank line, and
            # its groups, "Media:" / "Investors:", each after one)
        if not items and (about_heading(text) is not None or labelled):
            # "About Acme Robotics", "Media Contact:": a heading, though an e-mail runs the
            # next lines on under it; a contact's lines are a paragraph each.
            body.append(Segment("heading", (text,), line=line.number))
            report.guess("heading", text, "the heading of the issuer's boilerplate or "
                         "contact", line.number)
            contact = labelled
            continue
        if contact:
            body.append(Segment("p", (text,), line=line.number))
            continue
        if _NOTES_LABEL.match(text.strip()):
            # "Note to editors:" over a British release's notes (its colon ends no sentence)
            close_list()
            body.append(Segment("heading", (text,), line=line.number))
            report.guess("heading", text, "the heading of the notes to editors", line.number)
            continue
        item = _ITEM.match(text) if not top else None
        if item and not korean and item.group("bullet") in ("-", "–") \
                and _dash_speech(lines, index, body[-1] if body and not items else None,
                                 draft.lang):
            close_list()
            body.append(Segment("p", (text,), line=line.number))
            report.guess("p", text, "a dash line that is a sentence of speech: a quotation, "
                         "not a list's item", line.number)
            continue
        if item:
            number = item.group("number") or item.group("paren")
            this_ordered = number is not None
            if items and (this_ordered != ordered or (this_ordered and int(number) != expected)):
                close_list()
            if not items:
                ordered = this_ordered
            expected = int(number) + 1 if number else 0
            items.append(line)
            item_texts.append(item.group("text"))
            continue
        if items and not top and not line.blank_before and (
                line.indent > items[-1].indent or text[:1].islower()):
            item_texts[-1] += " " + text
            report.guess("joined", text, "an indented or lower-case line continues the list "
                         "item above it", line.number)
            continue
        close_list()
        previous = body[-1] if body else None
        # A contact's telephone or e-mail line is a line of its own, though it opens in
        # lower case ("tel. +48 ...") or the text is cut at a fixed width: a sentence
        # wrapped before it ends in its full stop, which neither pattern takes.
        if isinstance(previous, Segment) and previous.name == "p" and not line.blank_before \
                and not top and (wrapped or (_unstopped(previous.text) and (
                    text[:1].islower() or len(previous.text) >= WRAP_MIN_CHARS))) \
                and not _EMAIL_LINE.match(text) and not _PHONE_LINE.match(text):
            body[-1] = Segment("p", (previous.text + " " + text,), line=previous.line)
            report.guess("joined", text, "text cut at a fixed width: a paragraph runs to the "
                         "next blank line" if wrapped else "the line above it has no final "
                         "punctuation: one paragraph wrapped over lines", line.number)
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and line.number != opening and not top \
                and len(text.split()) <= HEADING_MAX_WORDS \
                and not (wrapped and len(text) >= WRAPPED_LINE_CHARS) \
                and _unstopped(text) and not text.startswith(("(", "[")) \
                and (following.blank_before or len(following.text) >= WRAP_MIN_CHARS
                     or _item_below(lines, index, korean, draft.lang)) \
                and not _PHONE_LINE.match(text) \
                and not CONTACT_OPENING.match(text) and not _WIDE_CONTACT_LINE.match(text) \
                and not _CONTACT_GROUP_OPENING.match(text):
            # (A contact on its line, "Media contact: Jane Roe, +1 555 010 2030", is no
            # heading: the label opens the paragraph.)
            body.append(Segment("heading", (text,), line=line.number))
            report.guess("heading", text, "a short line without a full stop, followed by a "
                         "paragraph or a list", line.number)
            continue
        body.append(Segment("p", (text,), line=line.number))
    close_list()


def content_text(content: tuple[Inline, ...]) -> str:
    return "".join(p if isinstance(p, str) else p.text for p in content)
