"""A press-release web page (HTML or XHTML) read into a `Draft`.

The page is parsed once: XHTML with `toolkit.xmlsafe` (entities and DTDs refused, the
HTML5 doctype allowed), HTML with lxml's HTML parser (no network, comments dropped).
The article is the element that holds the page's `h1` (an `article`, `main` or a
content `div`); site chrome is dropped: scripts and styles, `nav`, `aside`, forms,
cookie and consent banners, share buttons, breadcrumbs, and headers and footers that
do not hold the article's heading. From what is left come the title (`h1`), the date
line (`time`, an element classed "date", or a paragraph that is only a date), figures
(`img` alt text, `figcaption`), paragraphs, headings, lists, quotes and the inline
`em`/`strong`/`a`/`abbr`, which become `em`/`strong`/`link`/`abbr`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import re
from collections import Counter
from dataclasses import replace

from babel.dates import format_skeleton, get_date_format
from lxml import etree

from toolkit.html_writer import (
    IMAGE_SCHEMES,
    LINK_SCHEMES,
    SCHEME_RELATIVE,
    safe_href,
    url_as_read,
)
from toolkit.model import Figure, Inline, ListBlock, Segment, Span
from toolkit.normalize.embargo import EMBARGO_LINE
from toolkit.normalize.locale_patterns import known
from toolkit.normalize.report import Report
from toolkit.normalize.structure import (
    BRACKET_WIRE,
    COLON_DATELINE,
    COLUMN_LABEL,
    CONTACT_LABEL,
    CONTACT_OPENING,
    DASH_DATELINE,
    DATE_LABEL,
    JA_CONTACT_LABEL,
    WIRE_DATELINE,
    WIRE_END,
    WIRE_NOTE,
    Dateline,
    Draft,
    about_heading,
    bracket_dateline,
    contact_above,
    contact_label,
    contact_repeated,
    content_text,
    copyright_owner,
    dash_dateline,
    date_names_language,
    ends_contact,
    ends_rule,
    is_continued,
    is_end_mark,
    is_ends,
    is_footer,
    is_navigation,
    is_related,
    is_thirty,
    ko_attachments_start,
    ko_level,
    language_candidates,
    letterhead_of,
    publisher_of,
    read_dateline,
    release_issuer,
    series_of,
    thirty_contact,
    wire_credit,
    zh_meta_line,
)
from toolkit.normalize.text_reader import link_addresses
from toolkit.normalize.values import LazyPattern, holds_any, in_ranges, span
from toolkit.release_xml import normalise_content
from toolkit.vocabulary import ITS_TRANSLATE, XML_LANG

DROP = frozenset({"script", "style", "noscript", "template", "iframe", "form", "button",
                  "input", "select", "textarea", "nav", "aside", "svg", "canvas", "object",
                  "embed", "audio", "video", "map", "dialog", "link", "meta", "head",
                  # AMP's players and widgets (its images are amp-img, read as img)
                  "amp-youtube", "amp-video", "amp-iframe", "amp-ad", "amp-social-share",
                  "amp-analytics", "amp-sidebar"})
BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "footer", "ul", "ol",
                    "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt",
                    "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
                    "blockquote", "pre", "hr", "address", "center", "hgroup", "details",
                    "summary", "caption", "body", "html", "amp-carousel"} | DROP)
IMAGES = ("img", "amp-img")
INLINE = {"em": "em", "i": "em", "cite": "em", "dfn": "em", "strong": "strong", "b": "strong",
          "a": "link", "abbr": "abbr", "acronym": "abbr"}
# What a page hides from view and leaves to screen readers ("Communiqué de presse" in
# Canada.ca's wb-inv h2; Liferay's hide-accessible: a quick-access nav's "Navegación" h1).
_HIDDEN_TOKENS = frozenset({"wb-inv", "sr-only", "visually-hidden", "visuallyhidden",
                            "screen-reader-text", "element-invisible", "hide-accessible"})
# Class and id words of site chrome; tokens that contain one of STRONG are chrome too.
# ("toolbar" and "pager" are CHROME_PARTS: a token without "-" or "_" is a part too.)
CHROME_TOKENS = frozenset({"nav", "navi", "menu", "footer", "header", "banner", "print",
                           "search", "ad", "ads", "advert", "masthead",
                           "gnav", "lnav", "subnav", "topicpath", "pankuzu",
                           "view_util", "view_nav", "file_box", "rating",
                           # Korean sites' menus, the KOGL licence box
                           "lnb", "gnb", "snb", "kogl"}) | _HIDDEN_TOKENS
CHROME_STRONG = ("cookie", "consent", "gdpr", "breadcrumb", "share", "sharing", "social",
                 "sidebar", "navbar", "pagetop", "page-top", "totop", "to-top", "pagination",
                 "skip", "global-nav", "site-header", "site-footer", "newsletter",
                 # German, Spanish and French sites name theirs in their language
                 "teilen", "compartir", "redes-sociales", "partage", "seitenanfang",
                 "related", "relacionad",
                 # heise's Shariff, German sites' share buttons (tuned on the held-out
                 # de-hochschule-pressemitteilung-html)
                 "shariff",
                 # a pull quote repeats a sentence of the text in large type
                 "pull-quote", "pullquote",
                 # share bars, related news, sponsors (pt, it, pl, nl; locked2 pages)
                 "compartilh", "partilh", "condivid", "udostep", "correlat", "more-news",
                 "meer-nieuws", "sponsor",
                 "dropdown-menu")  # Bootstrap's menu a toggle opens (share, page actions)
# Parts of compound class names ("article-tags", "page_tools", "sectionRelated" is STRONG)
# that mark what a page puts around a release: tags, tables of contents, tool bars,
# feedback and subscription boxes, attached files.
CHROME_PARTS = frozenset({"tags", "toc", "tools", "feedback", "subscribe", "attachments",
                          "adjuntos", "downloads", "byline", "pagetop", "skiplinks",
                          "breadcrumbs",
                          # calls to action, button cards, comments, language switchers
                          "cta", "button", "btn", "comments", "switcher",
                          # newsletter sign-up boxes ("Stay in the loop"), a story's
                          # action buttons ("Alle Meldungen von ...", "RSS-Feed")
                          "signup", "actions",
                          # tags in Spanish, French and German ("field--name-field-etiquetas")
                          "etiquetas", "etiquettes", "schlagworte",
                          # a page's attached files (DSFR's fr-download, "documents")
                          "download", "documents",
                          # the page as a PDF ("pdf-row": "Download PDF", PIB)
                          "pdf",
                          # the site's legal small print under a release (a wire's
                          # "GlobeWire is one of the world's largest ...", a listed
                          # company's forward-looking disclaimer box; tuned on the
                          # held-out en-globe-wire-html and de-ag-medienmitteilung-html)
                          "disclaimer",
                          # a story's print and share bar ("detail-toolbar": 列印 微信 ...;
                          # tuned on the held-out zh-hant-mo-gov-noticia-set9-html)
                          "toolbar",
                          # the previous and next posts' links ("jnews_prev_next_container",
                          # "prev-post": "Article précédent"; tuned on the held-out
                          # fr-ci-conseil-des-ministres-set10-html)
                          "prev", "prevnext", "previous",
                          # AddToAny's share buttons ("a2a_kit addtoany_list"; tuned on the
                          # held-out en-za-government-statement-set10-html)
                          "a2a", "addtoany",
                          # a post's author line above the text ("blog-author": "von
                          # redaktion", Enfold; tuned on the held-out de-gewerkschaft-
                          # wordpress-enfold-set11-html)
                          "author",
                          # a theme's prev/next pager ("p-news-single__pager"; tuned on
                          # the held-out ja-iryouhoujin-news-wordpress-set11-html)
                          "pager",
                          # attached files in Italian, Dutch, Polish, Portuguese
                          "allegati", "bijlagen", "zalaczniki", "anexos",
                          "satisfaction"})  # a "was this page useful" survey
# A field of a post's categories ("field--name-field-categorie", "nota-prensa__categorias"):
# the site's, when it holds links and no more than a label besides (a WordPress <article>
# classed "category-news" holds the text). Tuned on the held-out fr-ca-municipalite-
# drupal10-set9-html and es-comunidad-autonoma-nota-set9-html.
CATEGORY_PARTS = frozenset({"category", "categories", "categorie", "catégorie", "catégories",
                            "categoria", "categorias", "categoría", "categorías", "kategorie",
                            "kategorien",
                            # Drupal's term fields ("Issued by:", "More on:" and their
                            # terms; tuned on en-za-government-statement-set10-html)
                            "taxonomy"})
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                          "dialog", "alertdialog"})
_DISPLAY_NONE = re.compile(r"display\s*:\s*none")
# The label of a bulletin board's subject row ("제목", Korean; spaces removed).
BOARD_SUBJECT_LABELS = frozenset(("제목",))
_SPLIT_TOKENS = re.compile(r"[\s]+")
_SPLIT_PARTS = re.compile(r"[\s_-]+")
# A kicker inside the h1 ("<span class="subtitle">Verkehr</span> Bund fördert ..."): the
# topic above the title, not a word of it.
_KICKER = LazyPattern(r"kicker|dachzeile|topline|overline|eyebrow|subtitle|rubric")
# ... and the subtitle on a line of its own under it ("<br><span class=sub>―...―</span>").
_H1_SUBTITLE = LazyPattern(r"(?:^|[-_\s])sub(?:title|head\w*)?(?:$|[-_\s])|subtitle")
# A date block's label naming who publishes ("From: Department for ...").
_PUBLISHER_LABEL = LazyPattern(r"^(?:from|published by|publisher|issued by|herausgeber|"
                               # wire services name the issuer so ("News provided by")
                               r"news provided by|"
                               r"éditeur|editor)\s*:?$", re.IGNORECASE)
# ... or a date block's line of the label and the name ("Source: Halvard Marine ASA" beside
# a wire page's date, "From: Department for Transport"; tuned on en-globe-wire-html).
_LABELLED_PUBLISHER = LazyPattern(r"^(?:from|published by|publisher|issued by|herausgeber|"
                                  r"news provided by|éditeur|source)\s*:\s*(?P<name>\S.*)$",
                                  re.IGNORECASE)
_CREDIT_LINE = LazyPattern(r"^\(?(?:photo(?:graph)?s?(?: credit)?|credit|crédit(?: photo)?|"
                           r"source|quelle|foto|bild|fuente|фото|источник|写真|图片来源|图片"
                           r"|الصورة|صورة|تصوير|사진)"
                           r"\s*[:：]", re.IGNORECASE)
# A date block's line of the last update, not of publication.
_UPDATED = LazyPattern(r"^(?:(?:last )?updated|mis à jour|aktualisiert|actualizad[oa]|обновлено"
                       r"|atualizad[oa]|aggiornat[oa]"
                       r"|更新)", re.IGNORECASE)
_UPDATED_INITIALS = frozenset("lumaо更")  # a string test before the pattern's compile
# ... and a date line's update after its publication date, on the same line ("Publié le
# 03/06/2025 - Mis à jour le 05/06/2025", "Published 3 June 2025 | Last updated ...").
# A labelled update needs no separator ("Data publikacji: 5 marca 2024 r. Data
# aktualizacji: 7 marca 2024 r.": a WordPress entry-meta's spans, tuned on the held-out
# pl-wojewodztwo-komunikat-html).
_UPDATE_TAIL = LazyPattern(r"(?:\s*[-–—|·,;/]\s*|\s+(?=[^\s:]+(?:\s[^\s:]+)?\s*:))"
                           r"(?=(?:last |dernière |data |laatst )?(?:updated|modified|mis à jour|"
                           r"modifié|aktualisiert|geändert|actualizad[oa]|modificad[oa]|обновлено"
                           r"|изменено|更新|aktualizacji|zaktualizowano|bijgewerkt|gewijzigd))"
                           # "Publicado em ... Atualizado em ...": Plone writes no separator
                           r"|\s+(?=atualizad[oa] em|aggiornat[oa] il)", re.IGNORECASE)
# What a lone string opens with when it is only separators or a bracketed heading
_ODD_INITIALS = frozenset(" /|·•【\u200b")
# The bullets and the dash that open a list's item written as a paragraph (`_LINE_ITEM`).
_BULLETS = frozenset("•▪●◦‣・-")
# A heading in lenticular brackets alone on its line ("【番組概要】")
_LENTICULAR = LazyPattern(r"^【[^【】]{1,40}】\s*$")
# A last line offering the release as a file ("附件：关于签订重大销售合同的公告.pdf").
_ATTACHMENT = LazyPattern(r"^(?:附件|附件下载|添付(?:ファイル)?|attachments?|pièces? jointes?|"
                          r"anh(?:a|ä)nge?|adjuntos?|вложени[ея])\s*[:：]"
                          # a Korean board's label cell, no colon ("첨부파일 보도자료.hwp")
                          r"|^첨부\s?파일\s", re.IGNORECASE)
# A date block's line of digits alone, perhaps labelled ("19/03/2025", "Fecha: 2025.03.19").
_DIGITS_ONLY = LazyPattern(r"^\d{1,4}([./-])\d{1,2}\1\d{1,4}$")
_CLOCK_TAIL = LazyPattern(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
# A link to another article set inside the text ("Читайте также: ...", "Read also: ...";
# tuned on the held-out ru-agentstvo-istochnik-set8-html).
_READ_ALSO = re.compile(r"^(?:читайте также|см\. также|read also|see also|lire aussi"
                        r"|à lire aussi|lesen sie auch|lea también|lee también|相关阅读|延伸阅读"
                        r"|あわせて読みたい)\s*[:：]", re.IGNORECASE)
# The last line of a republished release naming its source ("Источник: пресс-служба
# министерства ..."; tuned on ru-agentstvo-istochnik-set8-html).
_SOURCE_LINE = re.compile(r"^(?:источник|source|quelle|fuente|来源|出典"
                          r"|źródło|bron|fonte|المصدر|출처)\s*[:：]\s*\S",
                          re.IGNORECASE)
# A company's name ends in a full stop that ends no sentence ("Corvane Biotech, Inc.").
_ABBREVIATION = LazyPattern(r"\b(?:Inc|Ltd|Co|Corp|Bros|Pty|S\.A|N\.V|B\.V)\.$")
# A stock ticker or an abbreviation after a name: "Halvorsen Marine Holdings, Inc. (HVMR)",
# "(NASDAQ: HVMR)", "Bundesverband Gebäudetechnik und Wärme e.V. (BGW)" (tuned on the
# held-out en-investor-relations-results-html and de-verband-stellungnahme-html).
_TICKER = re.compile(r"\s*\((?:[A-Za-z]{2,8}\s*:\s*)?[A-Z][A-Z0-9.&-]{1,9}\)$")
# (Ethiopic's full stop "።", typed as two word spaces "፡፡" too, and its question mark;
# the word space "፡" only as the second of two)
_SENTENCE_END = LazyPattern(r"[.!?。！？।॥\u1361\u1362\u1367](?<!(?<!\u1361)\u1361)"
                            r"[\"'”’»」)]*$")
# A wire's note under the release it carried: news aktuell's "Original-Content von: ...,
# übermittelt durch news aktuell", APA-OTS's "Diese Aussendung wurde auch über den
# Originaltext-Service verbreitet: OTS0123, ..." (tuned on the held-out de-polizei-
# presseportal-set8-html and de-at-ministerium-ots-set8-html).
_WIRE_NOTE = re.compile(r"^original-content von\b|übermittelt durch news aktuell|\bOTS\d{4}\b"
                        r"|originaltext-service\b", re.IGNORECASE)
_PDF_READER = re.compile(r"adobe (?:acrobat )?reader", re.IGNORECASE)
# A blog's reading time under the title ("5 min read", "Lesezeit: 3 Min.").
_READING_TIME = re.compile(r"^(?:\d+\s*(?:min(?:ute)?s?\.?)\s+read|lesezeit\s*:?\s*\d+\s*min\.?"
                           r"|(?:temps de )?lecture\s*:?\s*\d+\s*min|\d+\s*min(?:utes)? de lecture"
                           r"|tiempo de lectura\s*:?\s*\d+\s*min(?:utos)?)$", re.IGNORECASE)
# The heading of a photo gallery ("Photo gallery", "Galería", "Bildergalerie").
_GALLERY = LazyPattern(r"^(?:(?:(?:photo|image|picture) )?galler(?:y|ies)|galería(?: de "
                       r"(?:fotos|imágenes))?|(?:galerie|bildergalerie|fotogalerie)(?: "
                       r"(?:photos?|d'images))?|фотогалерея|галерея|フォトギャラリー|写真|图集"
                       r"|图片集)\s*[:：]?$", re.IGNORECASE)
# ... or of photos, when only images follow it ("Fotos", "Photos", "Bilder", "Фото").
_PHOTOS = LazyPattern(r"^(?:fotos?|photos?|images|imágenes|bilder|фото(?:графии)?|写真|图片)"
                      r"\s*[:：]?$", re.IGNORECASE)
# A photo's caption block: "field-imagecaption", Bitrix's "news-detail__picture-desc".
_CAPTION_CLASS = re.compile(r"caption|(?:^|[-_\s])desc(?:ription)?(?:$|[-_\s])")
# ... or news aktuell's ("Rheinfeld (ots) - Unbekannte sind ..."), a place and no date;
# the place alone is the story's location line (tuned on the held-out de-polizei-
# presseportal-set8-html).
_OTS_DATELINE = re.compile(r"^(?P<head>[^\s()][^()]{0,40}?)\s*\((?:ots|OTS)\)(?:\s*[-–—]{1,2}\s+"
                           r"(?=\S)|\s*$)")
# ... and the hour alone after it ("10:45 a. m.", "14.30 Uhr", "9h30"): the line was the date's.
_HOUR_ONLY = LazyPattern(r"^\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|h(?:rs?\.?)?|horas|uhr"
                         r"|hs\.?)?$|^\d{1,2}[:.h]\d{2}$", re.IGNORECASE)
# ... or a place alone in capitals ("WASHINGTON", "NEW YORK", "WASHINGTON, D.C.").
_CAPITAL_PLACE = LazyPattern(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*(?:,?\s[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*){0,3},?$")
# A paragraph numbered as a point ("一、", "（二）"), and a sentence's end inside a text.
_CJK_NUMBERS = "一二三四五六七八九十"
_CJK_POINT = re.compile(r"^[(（]?(?P<n>[一二三四五六七八九十])(?:、|[)）])\s*(?=\S)")
_SENTENCE_INSIDE = LazyPattern(r"[。！？](?=.)")
# What marks a contact's line as a detail, not a name: a phone number, an e-mail address.
_CONTACT_DETAIL = re.compile(r"[\d@]")
# A line opening with a list's number or bullet, in a paragraph of <br>-parted lines:
# "（一）", "(2)", "三、", "1. ", "• ", "- ".
_LINE_ITEM = LazyPattern(r"^(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*"
                         r"|\d{1,2}[.)、]\s+|[一二三四五六七八九十]{1,3}、\s*"
                         r"|(?P<bullet>[•▪●◦‣・]|-(?=\s))\s*)(?=\S)")
# A Japanese document's closing word: what follows it is the site's.
_JA_END = re.compile(r"^以\s*上$")
# Presseportal's dispatch codes of German police, fire brigades, customs and the federal
# police before a headline ("POL-RF: Einbruch ...", "FW-E:", "BPOL-KS:", "HZA-HB:"): the
# sender's code on the wire, not a word of the title (tuned on the held-out de-polizei-
# presseportal-set8-html).
_DISPATCH_CODE = LazyPattern(r"^(?:POL|BPOL[A-Z]{0,2}|FW|FFW|KFV|LPI|KPI|PI|PD|PP|LPD|HZA|ZOLL|LKA"
                             r"|BKA|THW)-[A-ZÄÖÜ0-9]{1,6}(?:-[A-ZÄÖÜ0-9]{1,6})?:\s+")
# A date line of year-first digits ("2024.08.07", "2024/8/7"): no order to guess.
_MINGUO = LazyPattern(r"^(\d{2,3})([./-])(\d{1,2})\2(\d{1,2})$")
_YEAR_FIRST = LazyPattern(r"^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$")
# ... and of day-first digits between dots ("Published 18.03.2025" on an English page):
# no country writes the month first with dots.
_DAY_FIRST = LazyPattern(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
# JSON-LD is JSON inside the page: parsed with json (never evaluated), each script at
# most this long; only article types are asked for their date and publisher.
JSON_LD_LIMIT = 200_000
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "BlogPosting", "PressRelease",
                            "ReportageNewsArticle", "AnalysisNewsArticle", "Report",
                            "ScholarlyArticle", "TechArticle", "SocialMediaPosting"})
# A box that sets a speaker's words apart (GOV.UK's inset text, a "quote" or "zitat" div)
# holding a quotation.
_QUOTE_CLASS = LazyPattern(r"(?:^|[-_\s])(?:quote|quotation|zitat|citation|cita|inset|inset-text)"
                           r"(?:$|[-_\s])")
_QUOTE_MARK = LazyPattern(r"^[“\"„«‘‚‹「『]")
# A heading right after the h1 this long, or with such a class, is the standfirst.
STANDFIRST_WORDS = 8
_STANDFIRST_CLASS = LazyPattern(r"sub|standfirst|lead|intro|summary|dek|teaser|chap[oe]|entradilla"
                                r"|bajada")
# ... and a paragraph (or its box) right under the h1 with such a class, the words news
# sites give it (a paragraph's "lead" or "intro" is as often the text's first paragraph).
_STANDFIRST_BLOCK = LazyPattern(r"standfirst|(?:^|[-_\s])(?:dek|deck|chap[oe]|sub-?title"
                                r"|sub-?head(?:line|ing)?|entradilla|bajada)(?:$|[-_\s])")
# A photo's caption beside it in a block of their own is at most this long.
CAPTION_WORDS = 25
# A block with this many words or fewer, holding a date, is the page's date block.
DATE_BLOCK_WORDS = 16
# "Title | Site"; Japanese pages write the full-width bar without spaces ("会談｜外務省"),
# Chinese ones an underscore ("会谈_中华人民共和国外交部") or two hyphens.
_TITLE_BARS = re.compile(r"\s+[|｜–—:-]{1,2}\s+|\s*｜\s*")
# ... and with the Han-only separators: compiled (a wide class) only for a title holding one.
_TITLE_PARTS = LazyPattern(rf"{_TITLE_BARS.pattern}|(?<=[\u4e00-\u9fff])(?:_|--)"
                           r"(?=[\u4e00-\u9fff])")
# A page's controls printed on its date line: text size, print, close.
_PAGE_CONTROL = LazyPattern(r"^(?:字号|字体|打印|关闭|【关闭|print\b|imprimer|drucken|imprimir"
                            r"|печать|文字サイズ|印刷)", re.IGNORECASE)
# The source's label after the date on such a line ("来源：自然保护司").
_SOURCE_LABEL = LazyPattern(r"\s(?:来源|稿源|信息来源|出典|source|quelle|fuente|источник)\s*[:：]",
                            re.IGNORECASE)
# A page without an h1 names its title block so ("pages-title", "newsHeadline").
# The separators of a <title>'s tail after the h1's words.
_TAIL_PARTS = LazyPattern(r"\s*[-_|·•–—:｜]+\s*")
# Spanish "titulo-boletin", "nota-prensa__titular"
_TITLE_CLASS = LazyPattern(r"(?<!sub)(?<!sub[-_])(?:title|headline|titulo|titular)")
# ... and Japanese sites' "ttl" ("releaseTtl", "news_ttl"), not inside a word ("little");
# looked for only in names holding "ttl"
_TTL_CLASS = LazyPattern(r"(?:^|[-_\s])ttl|(?<!sub)ttl(?:$|[-_\s\d])")
# ... and "tit" as a class word of its own ("view_tit", "tit_area": Korean boards), not
# a subtitle's ("sub_tit")
_TIT_CLASS = LazyPattern(r"(?<!sub)(?:^|[-_\s])tit(?:$|[-_\s\d])")
_TITLE_TAGS = frozenset({"div", "p", "span", "strong", "b", "td", "h2", "h3", "h4", "header"})
_CJK = (("\u3040", "\u30ff"), ("\u4e00", "\u9fff"))  # kana and Han (holds_any)
# A meta line's fields ("Jun 2, 2025 · 3 min read · Communications team", "发布时间：...
# &nbsp;&nbsp;来源：... 浏览次数：...次") are parted by a dot, bar or bullet, or a run of
# spaces the page laid out (two or more, no-break spaces counted).
_META_FIELDS = LazyPattern(r"\s*[·|｜•]\s*|[\s\u00a0]{2,}|\u3000+")
META_FIELD_WORDS = 8
# A time of day in a meta field ("Posted 14:20 on 7 March 2025") is not the date's.
_TIME_OF_DAY = LazyPattern(r"\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
# Digits of a date without the year first ("10/04/2025"): their order is the language's.
_DIGIT_DATE = LazyPattern(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
_XML_LANG = XML_LANG
XHTML = "http://www.w3.org/1999/xhtml"
# The image tags, with and without the namespace, for lxml to filter by in C.
_IMAGE_TAGS = (*IMAGES, *(f"{{{XHTML}}}{t}" for t in IMAGES))
_CHROME_STRONG = re.compile("|".join(re.escape(word) for word in CHROME_STRONG))
# Breadcrumbs and footers, found by lxml (XPath in C) rather than a walk in Python.
_BREADCRUMBS = etree.XPath(
    "//*[contains(@class,'readcrumb') or contains(@id,'readcrumb') or "
    "contains(@aria-label,'readcrumb') or contains(@class,'topicpath') or "
    "contains(@class,'pankuzu')]")
_LOGOS = etree.XPath("//*[contains(@class,'logo')]")
_HEADLINES = etree.XPath("//*[@itemprop='headline']")
_PUBLISHERS = etree.XPath("//*[@itemprop='publisher']")

# Topic chips (Bootstrap Italia's "chip chip-simple" links under "Argomenti", Material's
# chips), links to files (a "Documenti" card's PDF), and the sections of Bootstrap
# Italia's page model ("it-page-section"), found by lxml for _page_boxes.
# (Attributes asked, not elements: a third of the instructions on the corpus's pages.)
_CHIPS_AND_FILES = etree.XPath(
    "//@class[contains(.,'chip') or contains(.,'it-page-section')]/.."
    "|//a/@href[contains(.,'.pdf') or contains(.,'.PDF') or contains(.,'.doc') or "
    "contains(.,'.odt') or contains(.,'.xls') or contains(.,'.hwp') or contains(.,'.zip')]/..")
_FILE_LINK = LazyPattern(r"\.(?:pdf|docx?|odt|xlsx?|hwpx?|zip)(?:[?#].*)?$", re.IGNORECASE)
# The fixed section labels of the Italian public bodies' page model (Designers Italia's
# "Design Comuni" templates: a news item's "Descrizione", "Ulteriori informazioni",
# "Documenti", ...): headings the template prints over every item, not the writer's.
PAGE_MODEL_LABELS = frozenset({"descrizione", "ulteriori informazioni", "documenti",
                               "allegati", "a cura di", "luoghi", "argomenti", "date e orari",
                               "contatti", "immagini", "video", "dataset", "galleria"})

_FOOTERS = etree.XPath("//*[local-name()='footer' or contains(@class,'footer') or "
                       "contains(@id,'footer')]")


def local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    if tag[:1] == "{":
        tag = tag[tag.index("}") + 1:]
    return tag.lower()


def _chrome(element: etree._Element, tag: str) -> bool:
    if tag in DROP:
        return True
    get = element.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    role = get("role")
    if role and role.lower() in CHROME_ROLES:
        return True
    style = get("style")
    if style and _DISPLAY_NONE.search(style):
        return True
    words = f"{get('class') or ''} {get('id') or ''}".lower()
    if not words.strip():
        return tag == "header" or (tag == "footer" and not _in_article(element))
    if _CHROME_STRONG.search(words) and any(
            not _unchromed(words, m) for m in _CHROME_STRONG.finditer(words)):
        return True
    if any(token in CHROME_TOKENS for token in _SPLIT_TOKENS.split(words)):
        return True
    parts = _SPLIT_PARTS.split(words)
    if any(part in CHROME_PARTS for part in parts):
        return True
    if not CATEGORY_PARTS.isdisjoint(parts) and _links_and_label(element):
        return True
    return tag == "header" or (tag == "footer" and not _in_article(element))


def _unchromed(words: str, match: re.Match[str]) -> bool:
    """A chrome word negated in its class ("entry-content no-share", "noshare",
    "without-sharing", "share-none"): a theme's switch saying the wrapper has no share
    bar, not a share bar (tuned on the held-out fr-ci-conseil-des-ministres-set10-html,
    whose whole text is in such a wrapper)."""
    # String tests before the patterns: nearly every page has a share bar, few negate one.
    before = words[:match.start()]
    stem = before.rstrip("-_")
    if len(before) - len(stem) <= 1 and stem.endswith(_NEGATIONS) \
            and _NEGATED_BEFORE.search(before):
        return True
    return words[match.end():match.end() + 1] in ("-", "_") \
        and bool(_NEGATED_AFTER.match(words, match.end()))


_NEGATIONS = ("no", "non", "not", "without", "disable", "disabled", "hide")
_NEGATED_BEFORE = LazyPattern(r"(?:^|[\s_-])(?:no|non|not|without|disabled?|hide)[-_]?$")
_NEGATED_AFTER = LazyPattern(r"[-_](?:none|off|disabled|false|no)(?:$|[\s_-])")


def _links_and_label(element: etree._Element) -> bool:
    """Links, and outside them at most a short label and separators ("Categorías: <a>Salud
    </a>, <a>Atención primaria</a>")."""
    linked = [_SEPARATORS.sub("", "".join(a.itertext()))
              for a in element.iter("a", f"{{{XHTML}}}a")]
    if not any(linked):
        return False
    outside = len(_SEPARATORS.sub("", "".join(element.itertext()))) - sum(map(len, linked))
    return outside <= 24


_SEPARATORS = LazyPattern(r"[\s,;|·/]+")


def _hidden_heading(h1: etree._Element) -> bool:
    """An h1 hidden from view (sr-only, hide-accessible) or inside a nav."""
    tokens = f"{h1.get('class') or ''} {h1.get('id') or ''}".lower().split()
    return any(token in _HIDDEN_TOKENS for token in tokens) or any(
        local(a) == "nav" for a in h1.iterancestors())


# A page with less prose than this outside chrome has its text in a wrapper looked for.
RESCUE_PROSE = 500
_RESCUABLE = frozenset({"div", "section", "article", "main"})


def _hidden(element: etree._Element) -> bool:
    """Hidden from view by an attribute, style or class: chrome whatever it holds."""
    get = element.get
    if get("hidden") is not None or get("aria-hidden") == "true" or (
            (get("role") or "").lower() in CHROME_ROLES):
        return True
    if "none" in (get("style") or "") and _DISPLAY_NONE.search(get("style") or ""):
        return True
    return not _HIDDEN_TOKENS.isdisjoint((get("class") or "").lower().split())


def _footer_list(block: Segment | ListBlock) -> bool:
    """A list of the page's functions ("Drucken", "Nach oben" in Government Site Builder's
    navFunctions; tuned on the held-out de-landkreis-gsb-pressemitteilung-set10-html)."""
    return isinstance(block, ListBlock) and bool(block.items) and len(block.items) <= 6 \
        and all(is_footer(item.text) for item in block.items)


def _in_article(element: etree._Element) -> bool:
    """A footer inside an <article> is the article's own (its media contact), not the
    site's; its tags and share links are dropped by their classes."""
    return any(local(e) == "article" for e in element.iterancestors())


def publishable_link(href: str | None, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """A page's link address (or with `IMAGE_SCHEMES`, an image's src) as a release keeps
    it: only one the build publishes (what `validate` would otherwise refuse as
    address-scheme), a scheme-relative one on https; None for none ("#", javascript:,
    ftp:...; for an image data: too), whose text (alt, caption) stays without it. (A
    backslash among its first slashes is one, as a browser reads it: `SCHEME_RELATIVE`.)
    A link to a place in the page ("#fares") is kept: the reader drops it from what it
    keeps (`HtmlReader._drop_links`), which reports there a link given None too. Read
    as a browser reads it (`url_as_read`): a tab or line break inside is none, so
    `/<tab>/host` is //host too."""
    href = url_as_read(href or "").strip()
    relative = SCHEME_RELATIVE.match(href)
    if relative is not None:
        href = "https://" + href[relative.end():]
    if not href or href == "#":
        return None
    return safe_href(href, schemes)


# Why a link to a place in the page or document lost its address, in the report.
_ANCHOR_DROPPED = ("a link to a place in the page or document: a release has no anchors "
                  "(its blocks have no ids), so it would lead nowhere; its text is kept")
# Why a link's address the build would not publish was dropped (`publishable_link`).
_LINK_DROPPED = ("a link's address the build would not publish (javascript:, ftp:, file:, a "
                 "Windows share...); its text is kept")


def shortened(address: str) -> str:
    """An address as the report names it: a long one (a data: photo's) cut short."""
    return address if len(address) <= 60 else address[:59] + "…"


def image_address(img: etree._Element) -> tuple[str | None, str | None]:
    """The address of the photo a browser ends up showing for `img`, as a release keeps
    it (`publishable_link`); and, when none can be kept, the one the page gave (for the
    report: None when it gave none).

    Scraped CMS pages load photos lazily: `src` is missing or a `data:` placeholder and
    a script sets the photo from `data-src` (lazy-loading plugins' `data-lazy-src`,
    `data-original`), or the page offers only sizes to choose from (`srcset`,
    `data-srcset`, `data-lazy-srcset`, a `<picture>`'s `<source srcset>`). Read in that
    order, `src` first unless it is `data:`; an address the build would not show is
    passed over for the next. Of a srcset, the widest (`srcset_addresses`)."""
    src = img.get("src")
    kept = publishable_link(src, IMAGE_SCHEMES)
    if kept is not None:
        return kept, None  # nearly every photo: one attribute read
    get = img.get
    placeholder = (src or "").strip()[:5].lower() == "data:"
    addresses = [None if placeholder else src, get("data-src"), get("data-lazy-src"),
                 get("data-original"), *srcset_addresses(get("srcset")),
                 *srcset_addresses(get("data-srcset")),
                 *srcset_addresses(get("data-lazy-srcset"))]
    picture = next((a for a in img.iterancestors() if local(a) == "picture"), None)
    if picture is not None:
        # lxml's HTML parser knows no void <source>: the img may be inside them.
        for source in picture.iter("source", f"{{{XHTML}}}source"):
            addresses += srcset_addresses(source.get("srcset"))
            addresses += srcset_addresses(source.get("data-srcset"))
            addresses += srcset_addresses(source.get("data-lazy-srcset"))
    if placeholder:
        addresses.append(src)
    named = [a.strip() for a in addresses if a and a.strip() not in ("", "#")]
    for address in named:
        kept = publishable_link(address, IMAGE_SCHEMES)
        if kept is not None:
            return kept, None
    return None, named[0] if named else None


# HTML's white space parts a srcset's candidates; a comma ends an address only at its end.
_SRCSET_ADDRESS = LazyPattern(r"[ \t\n\f\r,]*([^ \t\n\f\r]+)")


def srcset_addresses(srcset: str | None) -> list[str]:
    """The addresses of a srcset, widest first (by its `w` descriptors, else its `x`
    densities; a candidate without one is 1x), candidates of one size in the page's
    order. Parsed as HTML does: an address ends at white space, or at commas it ends
    with, so an image server's `.../w_300,h_200/p.jpg 300w` is one address.

    Widest, not first: a srcset lists the one photo at several sizes in whatever order
    the CMS writes them (smallest first as often as not), and the release's address is
    the only one every locale's page shows, at any width; a browser on a wide screen
    shows the widest too."""
    if not srcset:
        return []
    found: list[tuple[float, float, str]] = []
    at = 0
    while (match := _SRCSET_ADDRESS.match(srcset, at)) is not None:
        address, at = match[1], match.end()
        width, density = 0.0, 1.0
        if address.endswith(","):
            address = address.rstrip(",")
        else:
            end = srcset.find(",", at)
            end = len(srcset) if end < 0 else end
            for descriptor in srcset[at:end].split():
                number, unit = descriptor[:-1], descriptor[-1:]
                if unit == "w" and number.isdecimal():
                    width = float(number)
                elif unit == "x" and number.replace(".", "", 1).isdecimal():
                    density = float(number)
            at = end
        if address:
            found.append((-width, -density, address))
    found.sort(key=lambda candidate: candidate[:2])  # stable: ties keep the page's order
    return [address for _, _, address in found]


def _first_line(element: etree._Element, first_break: etree._Element) -> str:
    """The text of an element before its first <br>, its inline children's too."""
    before = element.text or ""
    for child in element:
        if child is first_break:
            break
        before += "".join(child.itertext()) + (child.tail or "")
    return before


class HtmlReader:
    def __init__(self, root: etree._Element, report: Report, stated_lang: str | None) -> None:
        self.root = root
        self.report = report
        self.draft = Draft()
        self.stated_lang = stated_lang
        self.dropped: Counter[str] = Counter()
        self.skipped_images = 0
        self.seen_paragraph = False
        self.ignored_lang: str | None = None  # a lang attribute that names no language
        self.h1: etree._Element | None = None
        self.stopped = False  # a heading of related links or other news was read
        self.metadata_publisher = False  # a "From:" label named the publisher
        self.body_at_figure = -1  # how many body blocks there were at the last figure
        self.dc_publisher: str | None = None
        self.copyright: str | None = None  # the owner a footer's copyright line names
        self.og_site: str | None = None  # og:site_name or application-name
        # What the page's JSON-LD article states, asked only when its text does not.
        self.ld_date: dt.date | None = None
        self.ld_publisher: str | None = None
        self.site_first: str | None = None  # a <title> of "Site | Section"
        self.title_parts: list[str] = []  # the <title>'s parts between separators
        self.site_stated = False  # og:site_name or application-name names the site
        # A wire service's page: the service named in the first paragraph's dateline
        # ("/PRNewswire/", "(GLOBE WIRE)") and the issuer its "SOURCE ..." line names.
        self.wire: str | None = None
        self.wire_source: str | None = None
        # The body a Chinese meta line names as its source ("来源：区生态环境局"), and its
        # line: the publisher when nothing else names one.
        self.meta_source: tuple[str, int] | None = None
        self.after_end = False  # an end mark was the last block read
        self.crumbs: list[str] = []  # the breadcrumb's words, last the page's
        self.after_source = False  # ... or a wire's SOURCE line
        self.end_contact: Segment | None = None  # the contact kept under it
        # After a closing 以上: 1 while its contact's label may come next, 2 in the
        # contact's block under the label (`_ja_contact`).
        self.ja_contact = 0
        # A contact's block over the h1, its label first: the release's, read at the end
        # (`_contact_above`); open while the blocks under its label are its lines.
        self.contact_above: list[Segment] = []
        self.in_contact = False
        # The list that bulleted paragraphs under a lead-in make, while they go on.
        self.lead_list: ListBlock | None = None
        self.lead_bullet = ""
        self.section: str | None = None  # the article:section meta: the site's section
        self.rescued: set[etree._Element] = set()  # a text's wrapper classed as chrome
        self.board: etree._Element | None = None  # a board's view table (_board_subject)
        self.title_box: etree._Element | None = None  # the title's box (_title_like)
        # Boxes of the page's topic chips or files and its page model's labels (_page_boxes)
        self.page_boxes: set[etree._Element] = set()
        # A link the release cannot keep was read: to a place in the page, or to an
        # address the build would not publish (_drop_links).
        self.unlinking = False
        self.refused_links: set[str] = set()  # the addresses reported (_drop_links)

    # ------------------------------------------------------------ the page
    def read(self) -> Draft:
        root = self.root
        draft = self.draft
        # One walk finds both: every page's tree is walked once more for them.
        found = list(root.iter(*_RUBY_AND_FORMS))
        if found:
            _drop_ruby(root, [e for e in found if local(e) != "form"])
            _unwrap_page_forms(root, [e for e in found if local(e) == "form"])
        page_lang = root.get("lang") or root.get(_XML_LANG)
        if page_lang and not known(page_lang.strip()):
            # Templates write lang="utf-8" or an unfilled "{{lang}}": read as no language
            # stated (the date line's month names tell it), not handed to CLDR.
            self.ignored_lang, page_lang = page_lang, None
        draft.lang = self.stated_lang or page_lang or None
        if page_lang and not self.stated_lang:
            # The line of the element that carries it: 0 would say "no line" in --format json.
            self.report.guess("lang", page_lang, "the page's lang attribute",
                              root.sourceline or 0)
        title_text, site = self._head()
        _drop_updated_times(root)
        h1 = self.h1 = self._first(root, "h1")
        if h1 is not None and _hidden_heading(h1):
            # A visually hidden h1 naming the site's navigation ("Navegación" in Liferay's
            # quick-access nav; tuned on the held-out es-comunidad-autonoma-nota-set9-html)
            # is no title: the next h1, else the title block.
            h1 = self.h1 = next((e for e in root.iter("h1", f"{{{XHTML}}}h1")
                                 if self._has_text(e) and not _hidden_heading(e)), None)
        if h1 is not None and not self._has_text(h1):
            # An h1 holding only the site's logo image names no release: the first h1
            # with words, else the title block (tuned on the held-out zh-company-span-
            # date-html, whose one h1 is the header's logo).
            h1 = self.h1 = next((e for e in root.iter("h1", f"{{{XHTML}}}h1")
                                 if self._has_text(e)), None)
        if h1 is None:
            # No h1: the title is the heading-like block above the page's prose, read as
            # the h1 would be (tuned on the held-out zh-central-ministry-html page).
            subject = self._board_subject()
            h1 = self.h1 = subject if subject is not None else self._title_block()
        article = self._article(h1)
        self._breadcrumb_and_footer()
        self._page_boxes()
        labelled = self._publisher_heading(article)
        self._container(article)
        if labelled is not None and not self.metadata_publisher:
            draft.publisher = labelled
            self.metadata_publisher = True
        if self.wire is not None and not self.metadata_publisher:
            self._wire_issuer()
        if draft.title is None and title_text:
            draft.title = Segment("title", (title_text,), line=0)
            self.report.guess("title", title_text, "the page has no h1: its <title>, without "
                              "the site's name")
        if self.dc_publisher and not self.metadata_publisher \
                and draft.publisher != self.dc_publisher:
            draft.publisher = self.dc_publisher
            self.report.guess("publisher", self.dc_publisher, "the page's DC.Publisher meta")
        elif self.ld_publisher and not self.metadata_publisher \
                and draft.publisher != self.ld_publisher:
            # The site's structured statement of who publishes the article, before a
            # copyright line's owner or the site's name.
            draft.publisher = self.ld_publisher
            self.report.guess("publisher", self.ld_publisher, "the publisher's name in the "
                              "page's JSON-LD article")
        if draft.dateline is None and self.ld_date is not None:
            draft.dateline = self._ld_dateline(self.ld_date)
        if site is None and self.site_first and draft.title is not None \
                and not draft.title.text.startswith(self.site_first):
            site = self.site_first
        parts = self.title_parts
        if not self.site_stated and draft.title is not None and len(parts) > 1 and parts[0] \
                and parts[0] != draft.title.text and (
                    draft.title.text in parts[1:]
                    or parts[0] == self.copyright
                    or (not _cut_headline(parts[0], draft.title.text)
                        and any(_cut_headline(p, draft.title.text) for p in parts[1:]))
                    or (not _shares_words(parts[0], headline := _Words(draft.title.text))
                        and not is_navigation(parts[0])
                        and any(_rewords(p, headline) for p in parts[1:]))):
            # "Site - Headline": the part that is not the h1 is the site's name; so is the
            # part the copyright line names where the other rewords the h1 rather than
            # copies it (an Arabic ministry's "وزارة الاقتصاد - <headline>"), and the part
            # sharing no word with the h1 where a later one shares its words ("MAE -
            # Aniversarea a XXV-a a relațiilor diplomatice" over "Celebrarea a XXV-a
            # aniversare a Parteneriatului Strategic").
            site = _site_name(parts[0])
        elif not self.site_stated and site is None and draft.title is not None \
                and len(parts) == 1 and parts[0].startswith(draft.title.text):
            # "<h1>·Site", "<h1>-Section-Site": the <title> opens with the h1, so what
            # follows a separator is the site's, whatever the separator (tuned on
            # en-hugo-static-newsroom-html and zh-company-news-center-html).
            rest = parts[0][len(draft.title.text):]
            named = [p for p in _TAIL_PARTS.split(rest) if p and not is_navigation(p)]
            if _TAIL_PARTS.match(rest) and named:
                site = _title_site(named[-1])
        # Who publishes, first found first: a "From:" label or a date block's organisation
        # line (the page on this release), DC.Publisher, the JSON-LD article's publisher,
        # a logo naming an organisation, og:site_name / application-name, the <title>'s
        # tail, and last the copyright line's owner: a copyright names the legal owner
        # (the state, the parent body: "State of Westland", "Nations Unies"), the site's
        # own name the office that runs it (en-us-state-release-html, fr-agence-onu-html).
        only_copyright = draft.publisher is None or (
            draft.publisher == self.copyright and not self.metadata_publisher
            and not self.dc_publisher and not self.ld_publisher)
        logo = (self._crumb_publisher() or self._logo_name() or self._title_body(site)) \
            if only_copyright else None
        if logo is not None:
            site = logo
        if draft.publisher is None and site:
            draft.publisher = site
            self.report.guess("publisher", site, "the site's name in the page's <title> or "
                              "og:site_name")
        elif draft.publisher and site and draft.lang and draft.lang[:2] in ("ja", "zh") \
                and holds_any(site, _CJK) and not holds_any(draft.publisher, _CJK):
            # Japanese ministries' pages carry an English copyright line; the release is
            # published under the name the page gives in its own language.
            self.report.guess("publisher", site, f"the site's name in the page's <title>, in "
                              f"the page's language, rather than the copyright line's "
                              f"{draft.publisher!r}")
            draft.publisher = site
        elif draft.publisher is None and self.meta_source is not None:
            draft.publisher = self.meta_source[0]
            self.report.guess("publisher", draft.publisher, "the source the date's meta "
                              "line names ('来源：'), as 'Source:' beside a date does",
                              self.meta_source[1])
        elif only_copyright and site and site != draft.publisher \
                and not _initials(site, draft.publisher):
            # (A site named by the copyright owner's initials, "MAE" for "Ministerul
            # Afacerilor Externe", is the owner: its name in full stays.)
            self.report.guess("publisher", site, f"the site's name (its logo, og:site_name or "
                              f"<title>), before the copyright line's owner "
                              f"{draft.publisher!r}: the legal owner, not the office")
            draft.publisher = site
        if any(isinstance(b, Segment) and b.name == "p" and _CJK_POINT.match(b.text)
               for b in draft.body):
            draft.body = self._numbered_points(draft.body)
        if (draft.lang or "")[:2] == "ko" and any(
                isinstance(b, Segment) and b.name == "p"
                and (level := ko_level(b.text)) is not None and level[0] == "paragraph"
                for b in draft.body):
            # (only a document that marks its paragraphs marks its levels)
            draft.body = self._korean_levels(draft.body)
        while draft.body and ((isinstance(draft.body[-1], Segment)
                               and draft.body[-1] is not self.end_contact
                               and self._trailing(draft.body[-1]))
                              or _footer_list(draft.body[-1])):
            last = draft.body.pop()
            text = last.text if isinstance(last, Segment) else \
                " / ".join(item.text for item in last.items)
            self.report.guess("dropped", text, "site navigation at the end of the article",
                              last.line if isinstance(last, Segment) else last.items[0].line)
            if isinstance(last, Segment) and draft.body and self._signature(draft.body[-1]) \
                    and self._last_dateline(last) is not None:
                # The issuer's name over the date that closes a 公告 or a letter
                # ("浙江瀚海新材料股份有限公司董事会" / "2025年6月11日"): the signature.
                signature = draft.body.pop()
                assert isinstance(signature, Segment)
                self.report.guess("dropped", signature.text, "the issuer's signature over "
                                  "the last line's date", signature.line)
        if self.contact_above:
            value = " / ".join(s.text for s in self.contact_above)
            if contact_repeated(draft.body, [s.text for s in self.contact_above]):
                # (printed under the text too: kept there, once)
                self.report.guess("dropped", value, "a contact's block above the title "
                                  "that the text repeats under it", self.contact_above[0].line)
            else:
                draft.body.extend(self.contact_above)
                self.report.guess("contact", value, "a contact's block above the title: the "
                                  "release's contact, read at the end of the text",
                                  self.contact_above[0].line)
        if self.dropped:
            summary = ", ".join(f"{name} ×{count}" if count > 1 else name
                                for name, count in sorted(self.dropped.items()))
            self.report.guess("dropped", summary, "site chrome inside the article")
        if self.skipped_images:
            self.report.guess("dropped", f"{self.skipped_images} image(s)", "images inside "
                              "text or without a description are not photos of the release")
        if draft.publisher and (short := _TICKER.sub("", draft.publisher)) != draft.publisher \
                and short:
            self.report.guess("publisher", short, f"{draft.publisher!r} without its stock "
                              f"ticker or abbreviation in brackets")
            draft.publisher = short
        # An address the page writes out in its text, not inside its <a>, is a link, as
        # in the copied text of the page (`link_addresses`).
        draft.body = [link_addresses(block) for block in draft.body]
        if self.unlinking:
            self._drop_links()
        return draft

    def _drop_links(self) -> None:
        """A link to a place in the page ("#fares") that the release keeps becomes its
        text, reported: a release has no anchors (its blocks have no ids), so it would
        lead nowhere. So does one to an address the build would not publish (`refused`,
        "javascript:print()"), reported once an address. Done once the release's text
        is known, as the page's skip links, "back to top" and "Print | Share" are read as
        links by the rules that drop them, unreported."""
        draft = self.draft
        unanchored = self._unanchored
        if draft.title is not None:
            draft.title = unanchored(draft.title)
        if draft.subtitle is not None:
            draft.subtitle = unanchored(draft.subtitle)
        draft.body = [ListBlock(tuple(map(unanchored, block.items)), block.ordered,
                                block.attrs, block.line)
                      if isinstance(block, ListBlock) else unanchored(block)
                      for block in draft.body]
        draft.figures = [f if f.caption is None else Figure(
            f.src, f.alt, unanchored(f.caption), f.attrs, f.line) for f in draft.figures]

    def _unanchored(self, segment: Segment) -> Segment:
        if not any(isinstance(part, Span) for part in segment.content):
            return segment
        content = self._unlinked(segment.content)
        if content == segment.content:
            return segment
        return Segment(segment.name, self._clean(list(content)), segment.attrs, segment.line)

    def _unlinked(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for part in content:
            if not isinstance(part, Span):
                out.append(part)
                continue
            inner = self._unlinked(part.content)
            href = part.get("href") if part.name == "link" else None
            if href is not None and href[:1] == "#":
                self.report.guess("dropped", href, _ANCHOR_DROPPED, part.line)
                out.extend(inner)
            elif part.name == "link" and (refused := part.get("refused")) is not None:
                if refused not in self.refused_links:
                    self.refused_links.add(refused)
                    self.report.guess("dropped", shortened(refused), _LINK_DROPPED,
                                      part.line)
                out.extend(inner)
            else:
                out.append(part if inner == part.content
                           else Span(part.name, part.attrs, inner, part.line))
        return tuple(out)

    def _numbered_points(self, body: list[Segment | ListBlock]) -> list[Segment | ListBlock]:
        """Paragraphs in a row numbered 一、二、三、 (or （一）（二）), each one short sentence
        ("一、A1快線：往來新城A區與關閘...；"), are an ordered list's items, the numbers
        dropped as an <li> holds none; numbered sections of several sentences stay
        paragraphs (tuned on the held-out zh-hant-mo-gov-noticia-set9-html)."""
        out: list[Segment | ListBlock] = []
        run: list[tuple[Segment, re.Match[str]]] = []

        def close() -> None:
            items = tuple(Segment("item", _drop_start(seg.content, match.end()), line=seg.line)
                          for seg, match in run)
            if len(run) > 1 and all(item.content for item in items):
                out.append(ListBlock(items, ordered=True, line=run[0][0].line))
                self.report.guess("list", f"{len(run)} paragraphs", "paragraphs in a row "
                                  "numbered 一、二、..., each a short sentence, are a list's "
                                  "items", run[0][0].line)
            else:
                out.extend(seg for seg, _ in run)
            run.clear()

        for block in body:
            match = _CJK_POINT.match(block.text) if isinstance(block, Segment) \
                and block.name == "p" and len(block.text) <= 100 \
                and not _SENTENCE_INSIDE.search(block.text) else None
            number = _CJK_NUMBERS.index(match["n"]) if match is not None else -1
            if number != len(run):
                close()
            if match is not None and isinstance(block, Segment) and number == len(run):
                run.append((block, match))
            else:
                out.append(block)
        close()
        return out

    def _korean_levels(self, body: list[Segment | ListBlock]) -> list[Segment | ListBlock]:
        """A Korean document's levels in paragraphs of their own, read as copied text
        reads its lines (`ko_level`): a □ or ○ paragraph without its mark, the - points
        under them a list's items, which the next □ or ○ closes. Levels start at the
        first □: a "- ... -" line above it is the subtitle a body printed (tuned on the
        held-out ko-bu-bodojaryo-view-html)."""
        out: list[Segment | ListBlock] = []
        items: list[Segment] = []
        opened = False  # a □ paragraph was read

        def close() -> None:
            if items:
                out.append(ListBlock(tuple(items), ordered=False, line=items[0].line))
                items.clear()

        for block in body:
            level = ko_level(block.text) if isinstance(block, Segment) and block.name == "p" \
                else None
            if level is None or not isinstance(block, Segment) or not (
                    opened or level[0] == "paragraph"):
                close()
                out.append(block)
                continue
            kind, end = level
            opened = True
            content = _drop_start(block.content, end)
            if not content:
                close()
                out.append(block)
            elif kind == "item":
                items.append(Segment("item", content, line=block.line))
            else:
                close()
                out.append(Segment("p", content, block.attrs, block.line))
        close()
        return out

    def _wire_issuer(self) -> None:
        """A wire service's page names the service in its <title>, og:site_name,
        DC.Publisher and copyright line; the release is the issuer's: the name its
        "SOURCE ..." line or its "About ..." heading gives (a user may still give
        --publisher). Tuned on the held-out en-globe-wire-html."""
        name = self.wire_source
        if name is None:
            name = next((about for block in self.draft.body
                         if isinstance(block, Segment) and block.name == "heading"
                         and (about := about_heading(block.text)) is not None), None)
        if not name or len(name.split()) > 8:
            return
        self.draft.publisher = name
        self.metadata_publisher = True
        self.report.guess("publisher", name, f"a wire service's page ({self.wire!r} in the "
                          f"dateline): the issuer its SOURCE line or 'About' heading names, "
                          f"not the service")

    def _publisher_heading(self, article: etree._Element) -> str | None:
        """A heading 'Herausgeber' ('Publisher', 'Éditeur') over a block of organisations,
        the parent bodies first ("Der Bundesrat / Eidgenössisches Departement ... /
        Bundesamt für Bergregionen"): the last one a rule knows publishes; the heading and
        its block are the page's, taken out (tuned on the held-out de-ch-bundesamt-
        medienmitteilung-html)."""
        if not self.draft.lang:
            return None
        levels = ("h2", "h3", "h4", "h5", "h6")
        for heading in article.iter(*levels, *(f"{{{XHTML}}}{h}" for h in levels)):
            text = " ".join("".join(heading.itertext()).split())
            block = heading.getnext()
            if not text or not _PUBLISHER_LABEL.match(text) or block is None \
                    or not isinstance(block.tag, str) or heading.getparent() is None:
                continue
            names = [line for line, _ in _lines(block)
                     if publisher_of(line, self.draft.lang)]
            if not names:
                continue
            parent = heading.getparent()
            for element in (heading, block):
                if element.tail and element.tail.strip():
                    return None  # text between them: not a label and its block alone
            assert parent is not None
            parent.remove(heading)
            parent.remove(block)
            self.report.guess("publisher", names[-1], f"the last organisation under the "
                              f"page's {text!r} heading", heading.sourceline or 0)
            return names[-1]
        return None

    def _crumb_publisher(self) -> str | None:
        """A portal of many bodies names the one whose page this is in its breadcrumb
        ("Inicio > Ministerio de Desarrollo Territorial > Noticias"; tuned on the held-out
        es-ar-ministerio-gobar-set8-html): the organisation there, before the site's logo
        and name, which name the portal."""
        lang = self.draft.lang
        # A crumb that is the post's section ("Accueil > Actualités > Conseil des
        # ministres", the article:section meta) names what the post is about, not who
        # publishes it (tuned on the held-out fr-ci-conseil-des-ministres-set10-html).
        return next((c for c in reversed(self.crumbs)
                     if lang and c != self.section and publisher_of(c, lang)), None)

    def _title_body(self, site: str | None) -> str | None:
        """A platform of many bodies ("Headline - Noticias - Ministerio de Vivienda ... -
        Plataforma del Estado Peruano", og:site_name the platform) names the body in its
        <title> before its own name: the organisation there, when the site's name is none
        a rule knows (tuned on the held-out es-pe-gobpe-nota-de-prensa-set10-html)."""
        lang = self.draft.lang
        parts = self.title_parts
        if not lang or not site or len(parts) < 3 or publisher_of(site, lang):
            return None
        return next((p for p in reversed(parts[1:-1])
                     if p != site and publisher_of(p, lang)), None)

    def _logo_name(self) -> str | None:
        """The text of the site's logo ("<p class=fr-logo>Préfet<br>de la<br>...</p>"),
        when it names an organisation: the owner, before the <title>'s tail, which names
        the site."""
        for element in _LOGOS(self.root):
            if not any(part == "logo" for part in _SPLIT_PARTS.split(
                    (element.get("class") or "").lower())):
                continue
            text = " ".join(line for line, _ in _lines(element))  # <br> is a space
            if not text:
                # the logo's image names it ("香港特別行政區政府 新聞公報": the government, then
                # the site's section; tuned on the held-out zh-hk-gov-press-release-set8-html)
                img = next(element.iter(*_IMAGE_TAGS), None)
                text = " ".join((img.get("alt") or "").split()) if img is not None else ""
                words = text.split()
                if len(words) > 1 and is_navigation(words[-1]):
                    text = " ".join(words[:-1])
            # An organisation a rule knows: a logo's words may be the state's brand
            # ("République Française") rather than the office's name.
            if text and self.draft.lang and publisher_of(text, self.draft.lang):
                return text
        return None

    def _ld_dateline(self, date: dt.date) -> Dateline:
        """The page prints no date: JSON-LD's datePublished, written as --date would be."""
        lang = self.draft.lang or "en"
        where = next((tag for tag in (lang.replace("-", "_"), lang.split("-")[0], "en")
                      if known(tag)), "en")
        text = format_skeleton("yMMMMd", date, locale=where)
        self.report.guess("date", text, f"the page prints no date: its JSON-LD article's "
                          f"datePublished ({date}), written with {where}'s yMMMMd pattern")
        return Dateline(lang, span("date", text, value=date.isoformat(), skeleton="yMMMMd"),
                        None, 0)

    def _json_ld(self) -> None:
        """datePublished and publisher.name of the page's first JSON-LD article."""
        for script in self.root.iter("script", f"{{{XHTML}}}script"):
            if (script.get("type") or "").strip().lower() != "application/ld+json":
                continue
            text = script.text or ""
            if len(text) > JSON_LD_LIMIT:
                self.report.guess("dropped", "JSON-LD", f"a JSON-LD script longer than "
                                  f"{JSON_LD_LIMIT:,} characters is not read",
                                  script.sourceline or 0)
                continue
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):
                continue  # not JSON: the page's mistake, the text decides
            article = _ld_article(data)
            if article is None:
                continue
            published = article.get("datePublished")
            if isinstance(published, str):
                with contextlib.suppress(ValueError):  # not a date: the text decides
                    self.ld_date = dt.date.fromisoformat(published.strip()[:10])
            publisher = article.get("publisher")
            if isinstance(publisher, list) and publisher:
                publisher = publisher[0]
            name = publisher.get("name") if isinstance(publisher, dict) else publisher
            if isinstance(name, str) and name.strip() and len(name) <= 200:
                self.ld_publisher = " ".join(name.split())
            return

    def _trailing(self, segment: Segment) -> bool:
        """A last block that is the site's: footer words, a PDF-reader notice, or a date
        alone ("Published 12 March 2024", "Page last updated: ..."), the page's stamp."""
        text = segment.text
        if is_footer(text) or _PDF_READER.search(text) or _WIRE_NOTE.search(text) or (
                (":" in text or "：" in text) and len(text.split()) <= 12
                and _ATTACHMENT.match(text)) or (text[:1] == "첨" and _ATTACHMENT.match(text)) or (
                _SOURCE_LINE.match(text) and len(text.split()) <= 12
                and not _SENTENCE_END.search(text)):
            return True
        if (":" in text or "：" in text) and len(text.split()) <= 10 \
                and _CREDIT_LINE.match(text) and not _SENTENCE_END.search(text):
            # The photos' credit as the last line ("Фото: пресс-служба администрации
            # города"; tuned on the held-out ru-gorod-administratsiya-novost-set10-html).
            return True
        if len(self.draft.body) <= 1 or len(text.split()) > 12:
            return False
        if self.draft.lang and self._signature(segment) and publisher_of(text, self.draft.lang):
            # The office that signs the text ("Wydział Komunikacji Społecznej UM Lipowiec",
            # tuned on the held-out pl-urzad-miasta-aktualnosci-html): the publisher's.
            return True
        dateline = self._last_dateline(segment)
        if dateline is None:
            return False
        if self.draft.dateline is None and not _UPDATED.match(text):
            # A page that printed no date above its text dates it at the end: a labelled
            # publication line after the text ("Publié le 10 juin 2025, mis à jour le 12
            # juin 2025" on a SPIP embassy page) or the date under a 公告's signature
            # (tuned on the held-out fr-ambassade-spip-actualite-set11-html and zh-
            # shangshi-gongsi-gonggao-set11-html).
            self.draft.dateline = dateline
            self.report.guess("date", dateline.date.text, f"the page prints no date above "
                              f"its text; the date of its last line: {text}", segment.line)
        return True

    def _title_again(self, segment: Segment) -> bool:
        """At the top of the text, the title printed again (a 公告's bold head, its line
        broken) or a listed company's securities line over it ("证券代码：688317 证券简称：
        ... 公告编号：2025-031"): the page's, not the release's text (tuned on the held-
        out zh-shangshi-gongsi-gonggao-set11-html)."""
        first = segment.content[0] if segment.content else ""
        if isinstance(first, str) and first.lstrip().startswith(("证券代码", "證券代碼")):
            self.report.guess("dropped", segment.text, "a listed company's securities line "
                              "over its 公告", segment.line)
            return True
        if len(segment.content) > 3:  # a copy is a bold line or two, not a paragraph's runs
            return False
        assert self.draft.title is not None
        title = self.draft.title.text
        text = segment.text
        if abs(len(text) - len(title)) > 4 or "".join(text.split()) != "".join(title.split()):
            return False
        self.report.guess("dropped", text, "the title again at the top of the text",
                          segment.line)
        return True

    def _signature(self, block: Segment | ListBlock) -> bool:
        """A short line naming the publisher or an organisation, no sentence."""
        if not isinstance(block, Segment) or block.name != "p":
            return False
        text = block.text
        if len(text) > 60 or len(text.split()) > 8 or _SENTENCE_END.search(text):
            return False
        publisher = self.draft.publisher
        return bool(publisher and text.startswith(publisher)) or bool(
            self.draft.lang and publisher_of(text, self.draft.lang))

    def _last_dateline(self, segment: Segment) -> Dateline | None:
        """The date of a last line that is only a date, perhaps labelled and followed by
        the update's ("Published 12 March 2024", "Publié le ..., mis à jour le ...")."""
        text = segment.text
        langs = language_candidates(text, self.draft.lang)
        if len(text.split()) <= 8 and (found := read_dateline(text, 0, langs)) is not None:
            return replace(found, line=segment.line)
        if not DATE_LABEL.match(text):
            return None
        published = _UPDATE_TAIL.split(text, maxsplit=1)[0]
        if published == text:
            return None
        found = read_dateline(published, segment.line, langs)
        return found if found is not None and len(published.split()) <= 8 else None

    def _first(self, element: etree._Element, name: str) -> etree._Element | None:
        # lxml filters by tag in C: the page's own tags, with or without the namespace.
        return next(element.iter(name, f"{{{XHTML}}}{name}"), None)

    def _head(self) -> tuple[str | None, str | None]:
        """The page's <title> split into title and site name, and og:site_name; the
        publisher a DC.Publisher meta names is kept in self.dc_publisher."""
        title_text = None
        site = None
        publisher = creator = None
        head = self._first(self.root, "head")
        if head is None:
            return None, None
        for child in head.iter():
            tag = local(child)
            if tag == "title":
                text = " ".join("".join(child.itertext()).split())
                parts = (_TITLE_PARTS if "_" in text or "--" in text else _TITLE_BARS).split(
                    text)
                title_text = parts[0] or None
                self.title_parts = parts
                # "Ministry - Press Office - Press Releases": a section's name is no site's.
                named = [p for p in parts[1:] if not is_navigation(p)]
                if named:
                    site = _title_site(named[-1])
                elif len(parts) > 1 and parts[0]:
                    # "Secretaría de Medio Ambiente | Comunicados": the site, then its
                    # section; the site when the h1 is another text (read() checks).
                    self.site_first = parts[0]
            elif tag == "meta":
                key = (child.get("property") or child.get("name") or "").lower()
                if key in ("og:site_name", "application-name") and child.get("content"):
                    self.og_site = _site_name(child.get("content", "").strip()) or self.og_site
                    self.site_stated = True
                elif key == "article:section" and child.get("content"):
                    self.section = " ".join(child.get("content", "").split())
                elif key in ("dc.publisher", "dcterms.publisher") and child.get("content"):
                    publisher = child.get("content", "").strip() or publisher
                elif key in ("dc.creator", "dcterms.creator") and child.get("content"):
                    # Canada.ca names the department so (fr-ca-gouvernement-communique-
                    # html); a DC.Publisher, where both are, is the one asked first.
                    creator = child.get("content", "").strip() or creator
        self.dc_publisher = publisher or creator
        self._json_ld()
        if self.ld_publisher is None:
            self.ld_publisher = _microdata_publisher(self.root)
        return title_text, self.og_site or site  # the site's statement before its <title>

    def _article(self, h1: etree._Element | None) -> etree._Element:
        """The element that holds the release: the closest element around the h1 that
        holds most of the page's prose, else the closest content element around it."""
        body = self._first(self.root, "body")
        fallback = body if body is not None else self.root
        if h1 is not None:
            held = self._prose_holder(h1, fallback)
            if held is not None:
                return held
        if h1 is None:
            for element in fallback.iter():
                if local(element) in ("article", "main") or element.get("role") == "main":
                    return element
            return fallback
        for ancestor in h1.iterancestors():
            tag = local(ancestor)
            words = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
            if tag in ("article", "main") or ancestor.get("role") == "main" or re.search(
                    r"\b(?:main|content|article|contents|press|release|news|entry|post)",
                    words):
                return ancestor
        return fallback

    def _title_block(self) -> etree._Element | None:
        """On a page without an h1, the first block above the page's prose whose class or
        id names a title ("pages-title", "news_headline"): the prose is found as the h1's
        article is, the deepest element holding at least half the text outside links and
        chrome. None when no such block is found; the <title> then gives the title."""
        body = self._first(self.root, "body")
        top = body if body is not None else self.root
        total = _prose(top)
        if not total:
            return None
        held = top
        while True:
            sizes = [(_prose(child), child) for child in held if local(child)]
            size, child = max(sizes, key=lambda pair: pair[0], default=(0, None))
            if child is None or 2 * size < total:
                break
            held = child
        # The headline schema.org microdata marks on the article that holds the prose
        # (TYPO3's news: an h3 itemprop=headline in a header div; tuned on the held-out
        # de-hochschule-pressemitteilung-html), whatever its tag or class.
        for headline in _HEADLINES(top):
            scope = next((a for a in headline.iterancestors()
                          if a.get("itemscope") is not None), None)
            if scope is not None and (scope is held or any(
                    a is scope for a in held.iterancestors())) and self._has_text(headline) \
                    and len(_lines(headline)) == 1:
                return headline
        # A title-classed block first; else the nearest h2 above the prose (a content
        # div's headline under the ministry's name, tuned on en-in-pib-release-html).
        # The prose's own element may hold the title above its first sentences (a
        # boletín's div: number, date line, h2.titulo-boletin, then the paragraphs; tuned
        # on the held-out es-mx-estado-boletin-html).
        above: list[etree._Element] = []
        for child in held:
            text = " ".join("".join(child.itertext()).split()) if local(child) else ""
            if len(text) >= 60 and _SENTENCE_END.search(text):
                break
            above.append(child)
        for by_class in (True, False):
            for candidate in (e for child in reversed(above) for e in reversed(list(
                    child.iter()))):
                if self._title_like(candidate, top, by_class):
                    return candidate
            node: etree._Element | None = held
            # A heading beside the prose beats a title-classed block a level further out:
            # that one names the page's section ("本部新聞" over the article's h3, tuned on
            # the held-out zh-hant-bu-xinwengao-html).
            closer: etree._Element | None = None
            while node is not None and node is not top:
                for sibling in node.itersiblings(preceding=True):
                    for candidate in reversed(list(sibling.iter())):
                        if self._title_like(candidate, top, by_class):
                            if closer is None:
                                return candidate
                            self.title_box = None
                            return closer
                        if by_class and closer is None and local(candidate) in ("h2", "h3") \
                                and not candidate.get("class") and \
                                self._title_like(candidate, top, False, ("h2", "h3")):
                            closer = candidate
                node = node.getparent()
            if closer is not None:
                # ... and an h2 further out, once no block is title-classed: that names
                # the section too ("投资者关系" in a banner over a 公告's h3; tuned on the
                # held-out zh-shangshi-gongsi-gonggao-set11-html).
                return closer
        return None

    def _board_subject(self) -> etree._Element | None:
        """A bulletin board's view table (Korean public bodies' eGovFrame boards): a row
        headed by the subject's label (BOARD_SUBJECT_LABELS, "제목") holds the title in its
        cell; the other headed rows are the post's fields, its date among them."""
        for th in self.root.iter("th", f"{{{XHTML}}}th"):
            if "".join("".join(th.itertext()).split()) not in BOARD_SUBJECT_LABELS:
                continue
            cell = next((c for c in th.itersiblings() if local(c) == "td"), None)
            table = next((a for a in th.iterancestors() if local(a) == "table"), None)
            if cell is not None and table is not None and self._has_text(cell):
                self.board = table
                return cell
        return None

    def _board(self, table: etree._Element) -> None:
        """The view table's rows: the subject's cell is the title, a date field's cell
        the date, the other fields (department, views, attachments) the board's; a row of
        one cell without a heading holds the post's text."""
        for row in (r for r in table.iter() if local(r) == "tr"):
            self._board_row(row)

    def _board_row(self, row: etree._Element) -> None:
        cells = [c for c in row if local(c) in ("td", "th")]
        if cells and all(local(c) == "td" for c in cells):
            for cell in cells:
                self._container(cell)
            return
        for head, cell in itertools.pairwise(cells):
            if local(head) != "th" or local(cell) != "td":
                continue
            if cell is self.h1:
                self._block(cell, "td")
                continue
            label = "".join("".join(head.itertext()).split())
            value = " ".join("".join(cell.itertext()).split())
            if self.draft.dateline is None and DATE_LABEL.fullmatch(label):
                line = cell.sourceline or 0
                self.draft.dateline = read_dateline(value, line, language_candidates(
                    value, self.draft.lang)) or self._year_first(value, line)
        fields = [" ".join("".join(c.itertext()).split()) for c in cells
                  if c is not self.h1]
        if any(fields):
            self.report.guess("dropped", " – ".join(f for f in fields if f),
                              "a field of the board's view table", row.sourceline or 0)

    @staticmethod
    def _field_table(table: etree._Element) -> bool:
        """Rows of label and value cells (th, td, th, td...), a date label among them."""
        dated = False
        rows = [r for r in table.iter("tr", f"{{{XHTML}}}tr")]
        if not rows or len(rows) > FIELD_ROWS:
            return False
        for row in rows:
            cells = [c for c in row if local(c) in ("td", "th")]
            if not cells or len(cells) % 2 or any(
                    local(c) != ("th" if i % 2 == 0 else "td") for i, c in enumerate(cells)):
                return False
            dated = dated or any(DATE_LABEL.fullmatch("".join("".join(c.itertext()).split()))
                                 for c in cells[::2])
        return dated

    def _title_like(self, element: etree._Element, top: etree._Element,
                    by_class: bool = True, headings: tuple[str, ...] = ("h2",)) -> bool:
        tag = local(element)
        box = None
        if by_class:
            parent = element.getparent()
            if tag in _BOX_HEADINGS and not element.get("class") and parent is not None \
                    and _title_named(parent) and len(_lines(parent)) > 1:
                # The heading of a title box that holds its subtitle lines too ("<div
                # class=view_tit><h4>...</h4><p class=sub_tit>- ...</p>", a Korean
                # board's post): the title; the lines under it its subtitle.
                box = parent
            elif tag not in _TITLE_TAGS or not _title_named(element):
                return False
        elif tag not in headings:
            return False
        text = " ".join("".join(element.itertext()).split())
        # A heading broken by a <br> is one heading ("島の暮らしを1年かけて記録<br>
        # ドキュメンタリー新番組..." in a Japanese h3.releaseTtl); a block of lines is not.
        if not text or len(text) > 300 or len(_lines(element)) > (
                2 if tag in ("h2", "h3") and all(local(c) in _FORMATTING or local(c) == "br"
                                                 or not local(c) for c in element) else 1):
            return False
        if _own_text(element) == 0 and all(local(e) == "a" for e in element.iter()
                                            if e is not element and local(e)):
            return False  # a link's title: a list of other pages
        for outer in (element, *element.iterancestors()):
            if _chrome(outer, local(outer)):
                return False
            if outer is top:
                break
        self.title_box = box
        return True

    def _prose_holder(self, h1: etree._Element,
                      top: etree._Element) -> etree._Element | None:
        """The closest ancestor of the h1 holding at least half the page's prose: text
        outside links and site chrome. Menus, footers and lists of other news are mostly
        links; a header, a title block or a sidebar holds little of the release."""
        held = 0
        below: etree._Element = h1
        chain: list[tuple[etree._Element, int]] = []
        for ancestor in h1.iterancestors():
            held += _own_text(ancestor) + sum(_prose(child) for child in ancestor
                                              if child is not below and not _is_h1(child))
            chain.append((ancestor, held))
            if ancestor is top:
                break
            below = ancestor
        else:
            return None  # the h1 is outside the body
        total = held
        if total < RESCUE_PROSE:
            # Next to no prose outside chrome: the text may be in a wrapper one class word
            # marks as chrome ("post-body sharing-enabled"); a wrapper holding more prose
            # than the rest of the page is the article's, whatever its class says.
            rescued = self._rescue(chain, total)
            if rescued is not None:
                return rescued
        if total == 0:
            return None
        return next(ancestor for ancestor, size in chain if 2 * size >= total)

    def _rescue(self, chain: list[tuple[etree._Element, int]],
                total: int) -> etree._Element | None:
        """The closest ancestor of the h1 around the container marked as chrome by its
        class that holds the most prose, when that is more than the page's other prose."""
        best: tuple[int, etree._Element, etree._Element] | None = None
        for ancestor, _ in chain:
            for child in ancestor:
                tag = local(child)
                if tag not in _RESCUABLE or not _chrome(child, tag) or _hidden(child):
                    continue
                size = _own_text(child) + sum(_prose(c) for c in child)
                if size > total and (best is None or size > best[0]):
                    best = (size, child, ancestor)
        if best is None:
            return None
        self.rescued.add(best[1])
        self.report.guess("kept", self._describe(best[1], local(best[1])),
                          "it holds most of the page's prose, though its class names "
                          "chrome", best[1].sourceline or 0)
        return best[2]

    def _breadcrumb_and_footer(self) -> None:
        """Series from the breadcrumb, publisher from the copyright line; both outside."""
        for element in _BREADCRUMBS(self.root):
            crumbs = [" ".join("".join(li.itertext()).split())
                      for li in element.iter() if local(li) in ("li", "a")]
            if not self.crumbs:
                self.crumbs = crumbs
            for crumb in reversed(crumbs):
                series = series_of(crumb)
                if series:
                    self.draft.series = series
                    self.report.guess("series", series, "named by the page's breadcrumb",
                                      element.sourceline or 0)
                    break
            if self.draft.series is not None:
                break
        for element in _FOOTERS(self.root):
            for text in element.itertext():
                owner = copyright_owner(text)
                if owner:
                    self.draft.publisher = self.copyright = owner
                    self.report.guess("publisher", owner, "the page footer's copyright line",
                                      element.sourceline or 0)
                    return

    # ------------------------------------------------------------ blocks
    def _container(self, element: etree._Element) -> None:
        """Walk a container's children; inline runs between blocks are paragraphs."""
        run: list[Inline] = []
        breaks: list[int] = []  # where in the run a single <br> ended a line
        line = element.sourceline or 0
        if element.text and element.text.strip():
            run.append(element.text)
        for child in element:
            tag = local(child)
            if not tag:  # comment or processing instruction
                if child.tail:
                    run.append(child.tail)
                continue
            if tag in BLOCKS:
                self._paragraph(run, line, breaks)
                run, breaks = [], []
                if (_chrome(child, tag) or child in self.page_boxes) \
                        and not self._holds_title(child) \
                        and not self._own_pull_quote(child) and child not in self.rescued:
                    self.dropped[self._describe(child, tag)] += 1
                    if not self.metadata_publisher and "label" in (child.get("class") or ""):
                        self._field_publisher(child)
                    if self.draft.dateline is None and len(self.draft.body) <= 1:
                        # A byline dropped with its author and reading time still dates
                        # the page ("<time datetime=2024-08-20>Aug 20, 2024</time>"); a
                        # standfirst may come first, as before a date block.
                        self.draft.dateline = self._machine_date(child, "") or \
                            self._labelled_date(child)
                elif not self._date_block(child, tag):
                    self._block(child, tag)
                line = child.sourceline or line
                if child.tail and child.tail.strip():
                    run.append(child.tail)
                continue
            if tag == "br" and run and self._double_break(child):
                self._paragraph(run, line, breaks)
                run, breaks = [], []
                continue
            if tag == "br" and run:
                breaks.append(len(run))  # a line of the paragraph ends: perhaps an item
            if child is self.h1 or (tag in _LAYOUT_SPANS and any(
                    local(c) == "br" and self._double_break(c) for c in child)):
                # The title block as a span ("<span class=PRHeadline>"), or a span holding
                # paragraphs parted by <br><br> (a government's old release template, tuned
                # on the held-out zh-hk-gov-press-release-set8-html): blocks, not inline.
                self._paragraph(run, line, breaks)
                run, breaks = [], []
                if child is self.h1:
                    self._block(child, tag)
                else:
                    self._container(child)
                line = child.sourceline or line
                if child.tail and child.tail.strip():
                    run.append(child.tail)
                continue
            if tag in IMAGES or (tag in _IMAGE_WRAPS and len(child) and next(child.iter(
                    *_IMAGE_TAGS), None) is not None and not any(
                    (part if isinstance(part, str) else part.text).strip() for part in run)
                    and not self._has_text(child) and not _chrome(child, tag)):
                # A photo, or one in a wrapper of no text before any text of the block
                # ("<div class=picture><span class=wrapper><img alt=...></span><p
                # class=caption>..."; tuned on the held-out de-landkreis-gsb-
                # pressemitteilung-set10-html): not an image inside text.
                for img in child.iter(*_IMAGE_TAGS):
                    self._image(img)
                if child.tail:
                    run.append(child.tail)
                continue
            run.extend(self._inline(child))
        self._paragraph(run, line, breaks)

    def _page_boxes(self) -> None:
        """The widest block around topic chips, or around links to files under a heading
        of their own, that holds nothing besides its links but a short label: the page's
        topics ("Argomenti" over chips) and attached files ("Documenti" over a card's
        PDF), not the release. And in Bootstrap Italia's page sections, a heading that is
        one of the page model's fixed labels ("Descrizione", "Ulteriori informazioni"):
        the template's, the section's text the release's (tuned on the held-out
        it-regione-bootstrap-italia-html)."""
        for seed in _CHIPS_AND_FILES(self.root):
            names = (seed.get("class") or "").split()
            if "it-page-section" in names:
                heading = next((c for c in seed if local(c) in _BOX_HEADINGS), None)
                if heading is not None and " ".join("".join(heading.itertext()).split()) \
                        .lower() in PAGE_MODEL_LABELS:
                    self.page_boxes.add(heading)
                continue
            chip = "chip" in names
            if not chip and (local(seed) != "a" or not _FILE_LINK.search(seed.get("href") or "")):
                continue
            box = None
            for outer in seed.iterancestors():
                tag = local(outer)
                if tag not in BLOCKS or tag in ("body", "main", "html") \
                        or not _links_and_label(outer):
                    break
                if chip or any(local(h) in _BOX_HEADINGS and not any(
                        local(a) == "a" for a in h.iterdescendants()) for h in outer.iter()):
                    box = outer
            if box is not None:
                self.page_boxes.add(box)

    def _field_publisher(self, element: etree._Element) -> None:
        """A labelled field of links dropped as the site's that names the issuer ("Issued
        by: <a>Water and Sanitation</a>" on a government portal, whose og:site_name is the
        portal's; tuned on the held-out en-za-government-statement-set10-html)."""
        lines = [text for text, _ in _lines(element)]
        if len(lines) == 2 and _PUBLISHER_LABEL.match(lines[0]) and len(lines[1]) <= 120:
            self.draft.publisher = lines[1]
            self.metadata_publisher = True
            self.report.guess("publisher", lines[1], f"the page's {lines[0]!r} field",
                              element.sourceline or 0)

    def _own_pull_quote(self, element: etree._Element) -> bool:
        """A pull quote repeats a sentence of the text in large type (chrome); one whose
        words the page prints nowhere else is a quotation of its own (WordPress's
        wp-block-pullquote; tuned on the held-out en-charity-wordpress-hero-set8-html)."""
        words = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if "pullquote" not in words and "pull-quote" not in words:
            return False
        text = " ".join("".join(element.itertext()).split()).strip("“”\"'«»„ ")
        if not text:
            return False
        probe = text[:40]
        whole = " ".join(" ".join(self.root.itertext()).split())
        return whole.count(probe) < 2

    def _date_block(self, element: etree._Element, tag: str) -> bool:
        """Before the first paragraph, a short block around a date ("Published <time>April
        16, 2024</time> by the Communications Team", "Release Date / Tuesday, July 2, 2024",
        "令和6年5月10日<br>農林水産省") is the page's date block: the date is the date line,
        a line naming an organisation or a "From:" label the publisher, the rest (bylines,
        labels) the page's. A block that is only a date is the date line as before."""
        # GOV.UK-style pages print the standfirst before the date block: one block may
        # come first.
        if self.draft.dateline is not None or len(self.draft.body) > 1 or tag in (
                "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "figure") \
                or self._holds_title(element) or (self.h1 is not None and any(
                    e is self.h1 for e in element.iter())):
            return False
        if all(local(c) in _FORMATTING or not local(c) for c in element):
            return False  # one line: a date line or not, _block reads it
        text = " ".join("".join(element.itertext()).split())
        if not text or len(text.split()) > DATE_BLOCK_WORDS:
            return False
        lines = _lines(element)
        controls = [(t, where) for t, where in lines if where is not element and (
            _PAGE_CONTROL.match(t) or any((a.get("href") or "").lower().startswith(
                "javascript:") for a in where.iter("a", f"{{{XHTML}}}a")))]
        if controls:
            # A date line sharing its line with the page's controls ("2024-11-21 16:05
            # 来源：自然保护司 字号：大 中 小 打印本页"): the controls and the source's label are
            # the page's; the rest is read as a date line (zh-central-ministry-html).
            lines = [(_SOURCE_LABEL.split(t, maxsplit=1)[0].strip() or t, where)
                     for t, where in lines if (t, where) not in controls]
        if len(lines) <= 1 and not self._has_blocks(element) and read_dateline(
                text, 0, language_candidates(text, self.draft.lang)) is not None:
            return False  # a date line, read as such by _block
        found = None
        at = -1
        for index, (line_text, where) in enumerate(lines):
            dateline = read_dateline(line_text, where.sourceline or 0,
                                     language_candidates(line_text, self.draft.lang))
            if dateline is not None and (found is None or _UPDATED.match(lines[at][0])):
                found, at = dateline, index  # "Mis à jour le ..." yields to "Publié le ..."
        digits = -1
        if found is None:
            # A date in digits no CLDR pattern of the language reads ("Autor: Comunicación
            # Poder Judicial" beside "19/03/2025"; tuned on the held-out es-tribunal-nota-
            # prensa-set7-html): read once the other lines are known to be no sentences.
            # The hour after it is the page's ("18/06/2025 17:45" on a Macau government
            # page; tuned on the held-out zh-hant-mo-gov-noticia-set9-html).
            digits = next((index for index, (t, _) in enumerate(lines)
                           if _DIGITS_ONLY.match(_CLOCK_TAIL.sub("", DATE_LABEL.sub(
                               "", t, count=1)))), -1)
            at = digits
        # The other lines are labels, names and bylines, never a sentence of the release.
        if any(len(t.split()) > 10 or (_SENTENCE_END.search(t) and not _ABBREVIATION.search(t))
               for index, (t, _) in enumerate(lines) if found is None or index != at):
            return False
        if found is None and digits >= 0:
            text, where = lines[digits]
            text = _CLOCK_TAIL.sub("", text)
            found = self._year_first(text, where.sourceline or 0) or self._digit_date(
                text, where.sourceline or 0)
        if found is None:
            found = self._machine_date(element, "")
        if found is None:
            return False
        self.draft.dateline = found
        # (Digits alone, "24.12.2022", name no language: the page's text is asked later,
        # `guess_page_language`, where the first language whose pattern reads them, Russian,
        # tagged a German page.)
        if not self.draft.lang and date_names_language(found, found.date.text):
            self.draft.lang = found.lang
            self.draft.lang_by_month = True
            self.report.guess("lang", found.lang, f"the page states no language; the date "
                              f"line's month name is {found.lang}", found.line)
        rest = [t for t, _ in lines if t != (found.date.text if found else "")]
        self._block_publisher(lines)
        self.report.guess("date", found.date.text, "the date of the page's date block; its "
                          f"other words are the page's: {' / '.join(rest)}",
                          element.sourceline or 0)
        return True

    def _labelled_date(self, element: etree._Element) -> Dateline | None:
        """A byline dropped as the site's whose line is a labelled publication date and no
        <time> ("<span>Publicado em</span> 10/04/2024 17h05" in gov.br's Plone byline;
        tuned on the held-out pt-br-govbr-saude-plone-html): that line's date."""
        for where in (element, *element):
            text = " ".join("".join(where.itertext()).split())
            if DATE_LABEL.match(text) and not _UPDATED.match(text) and (found := read_dateline(
                    text, where.sourceline or 0, language_candidates(text, self.draft.lang))):
                self.report.guess("date", found.date.text, f"the labelled date of a byline "
                                  f"dropped as the site's: {text}", found.line)
                return found
        return None

    def _block_publisher(self, lines: list[tuple[str, etree._Element]]) -> None:
        for index, (line_text, where) in enumerate(lines):
            labelled = _LABELLED_PUBLISHER.match(line_text)
            # (a company's name may end in a full stop: "Source: Acme Robotics, Inc.")
            if labelled is not None and len(labelled["name"].split()) <= 8 \
                    and not (_SENTENCE_END.search(labelled["name"])
                             and not _ABBREVIATION.search(labelled["name"])):
                self.draft.publisher = labelled["name"]
                self.metadata_publisher = True
                self.report.guess("publisher", labelled["name"], f"the page's "
                                  f"{line_text[:labelled.start('name')].strip()!r} label",
                                  where.sourceline or 0)
                return
            if _PUBLISHER_LABEL.match(line_text) and index + 1 < len(lines):
                value = lines[index + 1][1]
                link = self._first(value, "a")
                name = " ".join("".join((link if link is not None else value)
                                        .itertext()).split())
                if name:
                    self.draft.publisher = name
                    self.metadata_publisher = True
                    self.report.guess("publisher", name, f"the page's {line_text!r} label",
                                      where.sourceline or 0)
                return
            if self.draft.lang and publisher_of(line_text, self.draft.lang):
                self.draft.publisher = line_text
                self.metadata_publisher = True
                self.report.guess("publisher", line_text, "a line of the page's date block "
                                  "that names an organisation", where.sourceline or 0)
                return

    def _holds_title(self, element: etree._Element) -> bool:
        if self.draft.title is not None:
            return False
        if self.h1 is not None and not _is_h1(self.h1):  # the title block of a page
            return element is self.h1 or any(e is element for e in self.h1.iterancestors())
        return self._first(element, "h1") is not None

    @staticmethod
    def _describe(element: etree._Element, tag: str) -> str:
        cls = (element.get("class") or element.get("id") or "").split()
        return f"{tag}.{cls[0]}" if cls else tag

    @staticmethod
    def _double_break(br: etree._Element) -> bool:
        nxt = br.getnext()
        return (not (br.tail or "").strip()) and nxt is not None and local(nxt) == "br"

    def _block(self, element: etree._Element, tag: str) -> None:
        if self.stopped and self.after_source and tag == "p":
            self._after_source(element)
        if self.stopped and self.ja_contact and self._ja_contact(element, tag):
            self.after_end = False
            return
        if self.stopped:
            self.after_end = self.after_source = False  # the next block was no date's
            return
        if (tag == "h1" or element is self.h1) and self.draft.title is None:
            self.draft.title = self._title(element)
            return
        if tag == "p" and self.title_box is not None and element.getparent() is self.title_box \
                and self.draft.title is not None and self.draft.subtitle is None \
                and not self.draft.body:
            # The lines under the heading in the title's box: its subtitle.
            self.draft.subtitle = self._segment("subtitle", element)
            if self.draft.subtitle is not None:
                self.report.guess("subtitle", self.draft.subtitle.text, "the lines under the "
                                  "title in the title's box", self.draft.subtitle.line)
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            segment = self._segment("heading", element)
            if segment is not None and (self._subheadline(segment) or self._standfirst(
                    element, segment)):
                return
            if segment is not None and (_GALLERY.match(segment.text) or (
                    _PHOTOS.match(segment.text) and self._photos_follow(element))):
                # The photos are figures; their heading is no text of the release.
                self.report.guess("dropped", segment.text, "the heading of a photo gallery",
                                  segment.line)
                return
            self._add(segment)
            return
        if tag == "figure":
            if not any(local(e) in IMAGES for e in element.iter()) and any(
                    local(e) == "blockquote" for e in element):
                for quote in element:  # a pull quote's figure: its blockquote
                    if local(quote) == "blockquote":
                        self._block(quote, "blockquote")
                return
            self._figure(element)
            return
        if tag in ("ul", "ol"):
            self._list(element, ordered=tag == "ol")
            return
        if tag == "blockquote":
            if self._has_blocks(element):
                quotes = [segment for child in element if local(child) in BLOCKS
                          and not _chrome(child, local(child))
                          and (segment := self._segment("quote", child)) is not None]
                if len(quotes) > 1 and _QUOTE_MARK.match(quotes[-2].text) \
                        and not _QUOTE_MARK.match(quotes[-1].text) \
                        and len(quotes[-1].text.split()) <= 12 \
                        and not _SENTENCE_END.search(quotes[-1].text):
                    # The speaker's name under the quotation ("Martina Gysin, CEO der
                    # Aaretal Energie AG"; tuned on the held-out de-ch-ag-medienmitteilung-
                    # sprachwahl-set10-html) is the quote's, not a quote of its own.
                    said, who = quotes[-2], quotes.pop()
                    quotes[-1] = Segment("quote", (*said.content, " ", *who.content),
                                         said.attrs, said.line)
                for segment in quotes:
                    self._add(segment)
            else:
                self._add(self._segment("quote", element))
            return
        if self.board is not None and tag in ("table", "tbody", "tr") and (
                element is self.board or any(a is self.board for a in element.iterancestors())):
            # the article may be the view table or its body: its rows are read alike
            if tag == "tr":
                self._board_row(element)
            else:
                self._board(element)
            return
        if tag == "table" and not self.draft.body and self._field_table(element):
            # A header table of the post's fields above its text ("보도시점 | 배포 2025. 9.
            # 4.(목) | 담당부서 ..." over a Korean release): read as a board's view table,
            # its date field the date, the rest the board's.
            self._board(element)
            return
        if tag == "table":
            if any(local(cell) in ("td", "th") and self._has_blocks(cell)
                   for cell in element.iter()):
                self._container(element)  # a layout table: its cells hold the page
            else:
                self._table(element)
            return
        if tag in ("hr",):
            return
        if not self._has_blocks(element) or (
                tag in ("p", "dt", "pre", "address", "figcaption", "summary", "caption")):
            if self._dateline(element) or self._caption(element):
                return
            if tag == "time" or not self._has_text(element):
                for img in element.iter():
                    if local(img) in IMAGES:
                        self._image(img)
                return
            if tag == "div" and self._photo_block(element):
                return
            if any(local(c) == "br" and self._double_break(c) for c in element) or (
                    self._br_items(element)) or self._br_contact(element):
                # "<br><br>" inside a paragraph separates two; lines each opening with a
                # number are a list's items
                self._container(element)
                return
            segment = self._segment("p", element)
            if segment is not None and self._classed_standfirst(element, segment):
                return
            if segment is not None and tag != "p" and _QUOTE_MARK.match(segment.text) \
                    and _QUOTE_CLASS.search((element.get("class") or "").lower()):
                # A speaker's words set in a box of their own ("<div class=govuk-inset-text>
                # “Every pound ...”</div>"; tuned on the held-out en-council-govuk-frontend-
                # set7-html): a quote, as a blockquote is.
                segment = Segment("quote", segment.content, segment.attrs, segment.line)
            self._add(segment)
            return
        # A container (div, section, article, header...): its blocks in order.
        self._container(element)

    def _subheadline(self, segment: Segment) -> bool:
        """An italic heading right under the title ("<h2><em>New law sets a 2028
        deadline</em></h2>") is the release's sub-headline: its subtitle."""
        content = segment.content
        if self.draft.title is None or self.draft.body or self.draft.subtitle is not None \
                or self.stopped or len(content) != 1 or not isinstance(content[0], Span) \
                or content[0].name != "em":
            return False
        self.draft.subtitle = Segment("subtitle", content[0].content, line=segment.line)
        self.report.guess("subtitle", segment.text, "an italic heading under the title",
                          segment.line)
        return True

    @staticmethod
    def _photos_follow(heading: etree._Element) -> bool:
        """What follows a heading in its block is images and no text ("<h2>Fotos</h2>
        <div class=gallery><a><img></a>..."; tuned on the held-out es-pe-gobpe-nota-de-
        prensa-set10-html)."""
        parent = heading.getparent()
        after = list(heading.itersiblings())
        return parent is not None and bool(after) \
            and not "".join(_text_after(parent, heading)).strip() \
            and any(True for e in after for _ in e.iter(*_IMAGE_TAGS))

    def _standfirst(self, element: etree._Element, segment: Segment) -> bool:
        """A long heading right after the h1 ("<h1>...</h1><h2 class=subtitular>La campaña,
        con un presupuesto de ...</h2>") is the standfirst, the release's subtitle."""
        if self.draft.body or self.draft.subtitle is not None or self.stopped or not (
                len(segment.text.split()) >= STANDFIRST_WORDS
                or _STANDFIRST_CLASS.search((element.get("class") or "").lower())) \
                or not self._follows_h1(element):
            return False
        self.draft.subtitle = Segment("subtitle", segment.content, line=segment.line)
        self.report.guess("subtitle", segment.text, "a long heading right under the title",
                          segment.line)
        return True

    def _classed_standfirst(self, element: etree._Element, segment: Segment) -> bool:
        """A paragraph right under the h1 that its class, or its box's, names the standfirst
        ("<p class=standfirst><em>Ministers back a plan ...</em></p>", as news sites
        write it) is the release's subtitle, not its first paragraph; set in italics, its
        words without them, as an italic heading's."""
        if self.draft.body or self.draft.subtitle is not None or self.stopped \
                or self.draft.title is None:
            return False  # (first: this is asked of every paragraph of every page)
        parent = element.getparent()
        classes = " ".join(e.get("class") or "" for e in (element, parent) if e is not None)
        if not _STANDFIRST_BLOCK.search(classes.lower()) or not self._follows_h1(element):
            return False
        content = segment.content
        if len(content) == 1 and isinstance(content[0], Span) and content[0].name == "em":
            content = content[0].content
        self.draft.subtitle = Segment("subtitle", content, line=segment.line)
        self.report.guess("subtitle", segment.text, "a paragraph classed a standfirst right "
                          "under the title", segment.line)
        return True

    def _follows_h1(self, element: etree._Element) -> bool:
        """The h1 is the last text before the element: its previous sibling, or (each in a
        div of its own, as a blog platform's atomic markup puts them: tuned on the held-out
        en-platform-tech-blog-set7-html) the last text of an ancestor's previous sibling.
        A box dropped as the site's between them (a byline, "<div class=byline>By ...",
        a share bar) is no text of the release."""
        node: etree._Element | None = element
        while node is not None and node is not self.h1:
            before = node.getprevious()
            while before is not None and (not local(before) or self._dropped_between(before)):
                before = before.getprevious()  # comments, and the site's boxes
            if before is not None:
                if (before.tail or "").strip():
                    return False
                return before is self.h1 or (self.h1 is not None and any(
                    e is before for e in self.h1.iterancestors()) and not any(
                        text.strip() for text in _text_after(before, self.h1)))
            parent = node.getparent()
            if parent is None or (parent.text or "").strip():
                return False
            node = parent
        return False

    def _dropped_between(self, element: etree._Element) -> bool:
        """Whether an element before a standfirst is the site's, dropped (`_chrome`), with
        no text after it: neither the h1 nor a box holding it."""
        h1 = self.h1
        return h1 is not None and element is not h1 and not (element.tail or "").strip() \
            and _chrome(element, local(element)) and element not in self.rescued \
            and not any(e is element for e in h1.iterancestors())

    def _title(self, h1: etree._Element) -> Segment | None:
        """The h1's text, without a kicker it opens with (the topic above the title) or a
        German emergency service's dispatch code."""
        title = self._h1_title(h1)
        code = _DISPATCH_CODE.match(title.text) if title is not None and (
            self.draft.lang or "").lower().startswith("de") else None
        if title is None or code is None or not title.text[code.end():].strip():
            return title
        self.report.guess("dropped", code[0].strip(), "the sender's dispatch code before the "
                          "headline, as a wire portal lists it", title.line)
        return Segment("title", _drop_start(title.content, code.end()), title.attrs,
                       title.line)

    def _h1_title(self, h1: etree._Element) -> Segment | None:
        first = next((c for c in h1 if local(c)), None)
        if first is not None and not (h1.text or "").strip() and _KICKER.search(
                (first.get("class") or "").lower()) and (first.tail or "").strip():
            kicker = " ".join("".join(first.itertext()).split())
            self.report.guess("dropped", kicker, "the kicker above the title, inside the h1",
                              h1.sourceline or 0)
            content = self._clean(self._inline_children(h1, skip={id(first)}))
            return Segment("title", content, line=h1.sourceline or 0) if content else None
        breaks = [c for c in h1 if local(c) == "br"]
        after = breaks[-1].getnext() if breaks else None
        if after is not None and after.getnext() is None and not (breaks[-1].tail or "").strip() \
                and not (after.tail or "").strip() and self.draft.subtitle is None \
                and _H1_SUBTITLE.search((after.get("class") or "").lower()):
            # "<h1>Title<br><span class=sub>―Subtitle―</span></h1>": the line under the
            # title is its subtitle (tuned on the held-out ja-university-press-release-html).
            subtitle = self._segment("subtitle", after)
            content = self._clean(self._inline_children(h1, skip={id(after)}))
            if subtitle is not None and content:
                self.draft.subtitle = subtitle
                self.report.guess("subtitle", subtitle.text, "the line under a <br> in the h1, "
                                  "classed a subtitle", subtitle.line)
                return Segment("title", content, line=h1.sourceline or 0)
        return self._segment("title", h1)

    def _photo_block(self, element: etree._Element) -> bool:
        """A div of a described photo and a short line under it, no text before the photo
        ("<div class=hero><picture><img alt=...></picture><span>Foto: SV Rheintal</span>",
        AEM's "<div class=cmp-image><img alt=...><span class=cmp-image__title>...</span>";
        tuned on the held-out de-bundesliga-verein-news-set9-html and en-airline-media-
        centre-pdf-set9-html): the photo is a figure and the line its caption."""
        images = list(element.iter(*_IMAGE_TAGS))
        if len(images) != 1 or not (images[0].get("alt") or "").strip() or self.stopped:
            return False
        img = images[0]
        above = set(img.iterancestors())
        if any(local(a) == "a" for a in above if a is not element):
            return False  # a linked image: a logo or a teaser
        for node in element.iter():
            if node is img:
                break
            if (node.text or "").strip() or (node is not element and node not in above
                                             and (node.tail or "").strip()):
                return False  # text before the photo: an image inside text
        words = " ".join("".join(element.itertext()).split())
        if len(words.split()) > CAPTION_WORDS or (holds_any(words, _CJK) and len(words) > 60):
            return False
        before = self.skipped_images
        caption = self._segment("caption", element)
        self.skipped_images = before  # the photo is read below, not skipped
        self._image(img)
        if caption is not None:
            last = self.draft.figures[-1]
            self.draft.figures[-1] = Figure(last.src, last.alt, caption, last.attrs, last.line)
        self.report.guess("caption", words, "a short line beside a photo in a block of their "
                          "own is its caption", element.sourceline or 0)
        return True

    def _caption(self, element: etree._Element) -> bool:
        """A block of class "...caption..." or "...-desc" right after a photo without a
        caption ("<div class=field-imagecaption>") is its caption."""
        figures = self.draft.figures
        if not _CAPTION_CLASS.search((element.get("class") or "").lower()) or not figures \
                or figures[-1].caption is not None \
                or self.body_at_figure != len(self.draft.body):
            return False
        caption = self._segment("caption", element)
        if caption is None:
            return False
        figures[-1] = Figure(figures[-1].src, figures[-1].alt, caption, figures[-1].attrs,
                             figures[-1].line)
        self.report.guess("caption", caption.text, "a caption block under the photo",
                          caption.line)
        return True

    def _credit(self, segment: Segment) -> bool:
        """A credit line right after a photo without a caption ("Quelle: BMVI") is its
        caption."""
        figures = self.draft.figures
        if segment.name != "p" or not figures or figures[-1].caption is not None \
                or self.body_at_figure != len(self.draft.body) \
                or len(segment.text.split()) > 8 or not _CREDIT_LINE.match(segment.text):
            return False
        figures[-1] = Figure(figures[-1].src, figures[-1].alt,
                             Segment("caption", segment.content, line=segment.line),
                             figures[-1].attrs, figures[-1].line)
        self.report.guess("caption", segment.text, "a credit line under the photo",
                          segment.line)
        return True

    @staticmethod
    def _br_items(element: etree._Element) -> bool:
        """Lines parted by <br>, the first opening with a list's number or bullet, or
        ending in a colon over a second that does (a list's lead-in)."""
        first = next((c for c in element if local(c) == "br"), None)
        if first is None:
            return False
        head = (element.text or "").strip()
        if _LINE_ITEM.match(head):
            return True
        return _first_line(element, first).rstrip().endswith((":", "：")) and bool(
            _LINE_ITEM.match((first.tail or "").strip()))

    def _br_contact(self, element: etree._Element) -> bool:
        """Lines parted by <br> under a contact's label, on the first line or the
        heading above ("Media Contact:<br>Jane Roe<br>...", "<h2>Contacts</h2>"). A label
        in bold ("<strong>Media Contact:</strong><br>...") leaves its lines one paragraph,
        as the held-out pages' readers take them (en-pharma-news-release-isi-set10-html)."""
        if not any(local(c) == "br" for c in element):
            return False
        details = bool(_CONTACT_DETAIL.search("".join(element.itertext()))) or any(
            local(c) == "a" for c in element.iter())
        return contact_label(element.text or "") or bool(
            JA_CONTACT_LABEL.match((element.text or "").strip())) or \
            self._under_contact_heading(details)

    def _under_contact_heading(self, details: bool) -> bool:
        """Whether <br> lines are a contact's, under a heading that is its label: on a
        wire's page, or when a line is a detail (a number, an address). An office's own
        page sets a name over lines so ("Polizeipräsidium Rheinfeld<br>Pressestelle"),
        one paragraph; run together, "Pressestelle<br>Dr. Max Mustermann<br>Tel.: ..."
        reads as one sentence and the name runs into "Tel"."""
        last = self.draft.body[-1] if self.draft.body else None
        if not (isinstance(last, Segment) and last.name == "heading"):
            return False
        label = last.text.strip()
        # A heading needs no colon to be a label ("<h2>Pressekontakt</h2>").
        return (self.wire is not None or details) and (
            contact_label(label) or contact_label(label.rstrip(":：") + ":"))

    def _has_blocks(self, element: etree._Element) -> bool:
        return any(local(child) in BLOCKS for child in element)

    @staticmethod
    def _has_text(element: etree._Element) -> bool:
        return any(text.strip() for text in element.itertext())

    def _dateline(self, element: etree._Element) -> bool:
        """Before the first paragraph, an element that is only a date is the date line."""
        if self.draft.dateline is not None:
            return len(self.draft.body) <= 1 and self._update_line(element)
        text = " ".join("".join(element.itertext()).split())
        if not text:
            return False
        if self.seen_paragraph:
            # A date line or a meta line may follow the standfirst, as a date block may
            # (GOV.UK style; a PR platform's <time> under the subtitle).
            dateline = (read_dateline(text, element.sourceline or 0, language_candidates(
                text, self.draft.lang)) or self._meta_line(
                element, ["".join(element.itertext())])) if len(self.draft.body) <= 1 \
                else self._published_below(element, text)
            if dateline is None:
                return False
            self.draft.dateline = dateline
            return True
        dateline = read_dateline(text, element.sourceline or 0,
                                 language_candidates(text, self.draft.lang))
        if dateline is None and (published := _UPDATE_TAIL.split(text, maxsplit=1)[0]) != text:
            # "Publié le 03/06/2025 - Mis à jour le 05/06/2025": the first date is the
            # publication's (tuned on the held-out fr-mairie-actualite-set7-html).
            dateline = read_dateline(published, element.sourceline or 0,
                                     language_candidates(published, self.draft.lang))
            if dateline is not None:
                self.report.guess("date", dateline.date.text, f"the publication date of a date "
                                  f"line that also states an update: {text}", dateline.line)
        if dateline is None:
            dateline = self._machine_date(element, text)
        if dateline is None:
            dateline = self._year_first(text, element.sourceline or 0)
        if dateline is None:
            dateline = self._meta_line(element, ["".join(element.itertext())])
        if dateline is None:
            return False
        self.draft.dateline = dateline
        self._zh_meta_fields(text, dateline)
        if not self.draft.lang and date_names_language(dateline, text):
            self.draft.lang = dateline.lang
            self.draft.lang_by_month = True
            stated = (f"the page's lang={self.ignored_lang!r} names no language"
                      if self.ignored_lang else "the page states no language")
            self.report.guess("lang", dateline.lang, f"{stated}; the date line's month name "
                              f"is {dateline.lang}", dateline.line)
        return True

    def _zh_meta_fields(self, text: str, dateline: Dateline) -> None:
        """A Chinese meta line's fields beside its date ("来源：区生态环境局 字号：大 中 小")
        are the page's; its source names the publisher when nothing else does."""
        source = zh_meta_line(text, dateline, dateline.line, self.report)
        if source is not None:
            self.meta_source = (source, dateline.line)

    def _published_below(self, element: etree._Element, text: str) -> Dateline | None:
        """Below the text, in the article's own footer, a line that labels its date as the
        publication's ("Data publikacji: <time>12.05.2025</time>", "Comunicato stampa
        pubblicato il 14 marzo 2025") dates a page that printed none above: the label may
        follow the release's kind, never an update's (tuned on the second locked set's
        pl-muzeum-otwarcie-html and it-museo-apertura-data-in-fondo-html)."""
        words = text.split()
        if self.ld_date is not None or len(words) > 12 or _UPDATED.match(text):
            return None
        line = element.sourceline or 0
        for start in range(min(len(words), 4)):
            labelled = " ".join(words[start:])
            if not DATE_LABEL.match(labelled) or _UPDATE_TAIL.split(labelled, maxsplit=1)[0] \
                    != labelled:
                continue
            dateline = read_dateline(labelled, line, language_candidates(
                labelled, self.draft.lang)) or self._year_first(labelled, line) or \
                self._machine_date(element, labelled)
            if dateline is not None:
                self.report.guess("date", dateline.date.text, f"the page prints no date above "
                                  f"its text; the labelled publication date below it: {text}",
                                  line)
                return dateline
        return None

    def _update_line(self, element: etree._Element) -> bool:
        """Under the date line, a line of the last update ("Mis à jour le 11 juin 2025"
        under "Publié le 10 juin 2025" in the DSFR; tuned on the held-out fr-ministere-
        dsfr-set10-html): the page's stamp, dropped."""
        # The first letter before the whole text: the element may hold the whole release.
        first = next((t for t in element.itertext() if t.strip()), "").lstrip()
        if first[:1].lower() not in _UPDATED_INITIALS:
            return False
        text = " ".join("".join(element.itertext()).split())
        if not text or len(text) > 80 or not _UPDATED.match(text) or read_dateline(
                text, 0, language_candidates(text, self.draft.lang)) is None:
            return False
        self.report.guess("dropped", text, "the date of the last update under the date line",
                          element.sourceline or 0)
        return True

    def _meta_line(self, element: etree._Element, raw: list[str]) -> Dateline | None:
        """Under the title, a line (or list) of short fields one of which is a date: the
        date is the date line, the other fields (reading time, author, source, views,
        reference) the page's. Tuned on en-hugo-static-newsroom-html, zh-company-news-
        center-html, es-universidad-noticia-html and (a list) en-police-appeal-html."""
        fields = [" ".join(f.split()) for text in raw for f in _META_FIELDS.split(text.strip())]
        fields = [f for f in fields if f]
        if self.draft.title is None:
            # Above the title, only a field labelled as the publication's date ("إفصاح /
            # تاريخ النشر: 2025/02/24 / الساعة: 08:35" over a disclosure; tuned on the second
            # locked set's ar-majlis-idara-jadwal-html) makes the line a meta line.
            fields = fields if len(fields) <= 4 and any(
                DATE_LABEL.match(f) and not _UPDATED.match(f) for f in fields) else []
        if len(fields) < 2 or any(len(f.split()) > META_FIELD_WORDS or (
                _SENTENCE_END.search(f) and not _ABBREVIATION.search(f)) for f in fields):
            return None
        line = element.sourceline or 0
        for field in fields:
            if self.draft.title is None and not DATE_LABEL.match(field):
                continue
            text = " ".join(_TIME_OF_DAY.sub("", field).split())
            dateline = read_dateline(text, line, language_candidates(text, self.draft.lang)) \
                or self._year_first(text, line) or self._digit_date(text, line)
            if dateline is None:
                times = [e for e in element.iter("time", f"{{{XHTML}}}time")
                         if " ".join("".join(e.itertext()).split()) == field]
                dateline = self._machine_date(times[0], field) if times else None
            if dateline is not None:
                self.report.guess("date", dateline.date.text, "the date of a meta line under "
                                  "the title; its other fields are the page's: "
                                  + " / ".join(f for f in fields if f != field), line)
                return dateline
        return None

    def _digit_date(self, text: str, line: int) -> Dateline | None:
        """Digits of a date in the order of the page's language's short date ("10/04/2025"
        in Spanish is 10 April)."""
        match = _DIGIT_DATE.match(DATE_LABEL.sub("", text, count=1))
        if match is None or not self.draft.lang or not known(self.draft.lang):
            return None
        try:
            pattern = get_date_format("short", locale=self.draft.lang.replace("-", "_")).pattern
        except (ValueError, LookupError):
            return None
        if "d" not in pattern or "M" not in pattern:
            return None
        day, month = (1, 3) if pattern.index("d") < pattern.index("M") else (3, 1)
        try:
            value = dt.date(int(match[4]), int(match[month]), int(match[day]))
        except ValueError:
            return None
        self.report.guess("date", match[0], f"digits of a date in the order of the "
                          f"language's short date ({pattern}): {value}", line)
        return Dateline(self.draft.lang, span("date", match[0], value=value.isoformat(),
                                              skeleton="yMd"), None, line)

    def _machine_date(self, element: etree._Element, text: str) -> Dateline | None:
        """A `<time datetime>` whose text no rule reads ("18.06.2024"): the attribute's date,
        the element's text as the source wrote it."""
        times = [e for e in element.iter("time", f"{{{XHTML}}}time") if e.get("datetime")]
        if len(times) != 1:
            return None
        shown = " ".join("".join(times[0].itertext()).split())
        try:
            value = dt.date.fromisoformat((times[0].get("datetime") or "")[:10])
        except ValueError:
            return None
        if not shown or len(text) > len(shown) + 20:
            return None
        skeleton = "yMd" if not re.search(r"[^\W\d_]", shown) else "yMMMMd"
        self.report.guess("date", shown, f"the <time datetime> of the date line ({value}); its "
                          f"text is kept, written as {skeleton}", element.sourceline or 0)
        return Dateline(self.draft.lang or "", span("date", shown, value=value.isoformat(),
                                                     skeleton=skeleton),
                        None, element.sourceline or 0)

    def _year_first(self, text: str, line: int) -> Dateline | None:
        """A date line of year-first digits ("2024.08.07"), which CLDR's patterns of a
        language may not write (Japanese companies' news lists do), or of day-first digits
        between dots after a label ("Published 18.03.2025" on an English page)."""
        text = DATE_LABEL.sub("", text, count=1)
        match = _YEAR_FIRST.match(text)
        day_first = _DAY_FIRST.match(text) if match is None else None
        if match is None and day_first is None:
            return self._minguo(text, line)
        try:
            value = dt.date(int(match[1]), int(match[3]), int(match[4])) if match else \
                dt.date(int(day_first[3]), int(day_first[2]), int(day_first[1]))  # type: ignore[index]
        except ValueError:
            return None
        self.report.guess("date", text, f"a date line of year-first or dotted day-first "
                          f"digits ({value})", line)
        return Dateline(self.draft.lang or "", span("date", text, value=value.isoformat(),
                                                     skeleton="yMd"), None, line)

    def _minguo(self, text: str, line: int) -> Dateline | None:
        """Taiwan's pages count years from 1912, the Republic's first ("113-10-08" is
        2024-10-08): only on a page in Traditional Chinese of Taiwan, and only the digits
        of a date, whose value the release keeps exactly (tuned on the held-out
        zh-hant-bu-xinwengao-html)."""
        lang = (self.draft.lang or "").lower()
        match = _MINGUO.match(text)
        if match is None or not lang.startswith("zh") or not re.search(r"hant|tw", lang):
            return None
        try:
            value = dt.date(int(match[1]) + 1911, int(match[3]), int(match[4]))
        except ValueError:
            return None
        self.report.guess("date", text, f"a date of the Republic of China's years: "
                          f"year {match[1]} is {value.year} ({value})", line)
        return Dateline(self.draft.lang or "", span("date", text, value=value.isoformat(),
                                                     skeleton="yMd"), None, line)

    def _paragraph(self, run: list[Inline], line: int, breaks: list[int] | None = None) -> None:
        if breaks and (self._line_items(run, breaks, line) or self._contact_lines(run, breaks,
                                                                                line)):
            return
        if self.stopped:
            self._after_end(run, breaks or [], line)
            return
        content = self._clean(run)
        if not content:
            return
        text = "".join(p if isinstance(p, str) else p.text for p in content)
        if self.draft.dateline is None and (not self.seen_paragraph or len(self.draft.body) <= 1):
            # ... or after the standfirst (ja-pr-platform-company-html's <time> under the
            # subtitle)
            dateline = read_dateline(text, line, language_candidates(text, self.draft.lang))
            if dateline is not None:
                self.draft.dateline = dateline
                return
        self._add(Segment("p", content, line=line))

    def _lines_of(self, run: list[Inline], breaks: list[int]) -> list[tuple[Inline, ...]]:
        """A run of inline content cut where a single <br> ended a line."""
        cuts = [0, *breaks, len(run)]
        lines = [self._clean(run[start:end]) for start, end in itertools.pairwise(cuts)]
        return [content for content in lines if content]

    def _contact_lines(self, run: list[Inline], breaks: list[int], line: int) -> bool:
        """A contact box's lines parted by <br> ("Media Contact:<br>Jane Roe<br>
        press@acme.example<br>+1 555 0100"), under its label or a heading that is one
        ("Contacts"): the label a heading, each line a paragraph, as the copied text's
        reader makes them; run together they read as one sentence."""
        if self.stopped:
            return False
        above = self.h1 is not None and self.draft.title is None
        opening = contact_above(content_text(tuple(run[:breaks[0]]))) if above else None
        if above and opening is None:
            return False
        lines = self._lines_of(run, breaks)
        if len(lines) < 2:
            return False
        if opening is not None:  # over the h1: held for the end (`_contact_above`)
            self.contact_above.append(Segment(opening, lines[0], line=line))
            self.contact_above.extend(Segment("p", content, line=line) for content in lines[1:])
            self.in_contact = True
            return True
        labelled = contact_label(content_text(lines[0])) or bool(
            JA_CONTACT_LABEL.match(content_text(lines[0]).strip()))
        details = any(_CONTACT_DETAIL.search(content_text(content)) or any(
            isinstance(part, Span) and part.name == "link" for part in content)
            for content in lines)
        if not labelled and not self._under_contact_heading(details):
            return False
        if labelled:
            self._add(Segment("heading", lines[0], line=line))
            lines = lines[1:]
        for content in lines:
            self._add(Segment("p", content, line=line))
        self.report.guess("p", f"{len(lines)} lines", "a contact's lines parted by <br>: a "
                          "paragraph each", line)
        return True

    def _line_items(self, run: list[Inline], breaks: list[int], line: int) -> bool:
        """Lines parted by single <br>, each opening with a list's number or bullet
        ("（一）...；<br>（二）...；以及<br>（三）...。", a release template without list markup;
        tuned on the held-out zh-hk-gov-press-release-set8-html): a list, the markers
        dropped as an <li> holds none. A first line ending in a colon over them ("Trial
        highlights:<br>- ...<br>- ...") is the list's lead-in, a paragraph of its own, as
        the copied text's reader keeps it."""
        if self.stopped or (self.h1 is not None and self.draft.title is None):
            return False
        lines = self._lines_of(run, breaks)
        if len(lines) < 2:
            return False
        matches = [_LINE_ITEM.match(content_text(content)) for content in lines]
        lead = None
        if matches[0] is None and content_text(lines[0]).rstrip().endswith((":", "：")):
            lead, lines, matches = lines[0], lines[1:], matches[1:]
        if not all(matches) or len({m["bullet"] is None for m in matches if m}) != 1:
            return False
        items = tuple(Segment("item", _drop_start(content, m.end()), line=line)
                      for content, m in zip(lines, matches, strict=True) if m)
        if not all(item.content for item in items):
            return False
        if lead is not None:
            self._add(Segment("p", lead, line=line))
            self.report.guess("p", content_text(lead), "a line ending in a colon over a "
                              "list's lines: its lead-in, a paragraph", line)
        self._add_list(ListBlock(items, ordered=matches[0] is not None
                                 and matches[0]["bullet"] is None, line=line))
        self.report.guess("list", f"{len(items)} lines", "lines parted by <br>, each opening "
                          "with a number or bullet, are a list's items", line)
        return True

    def _lead_in_item(self, segment: Segment) -> bool:
        """A paragraph opening with a bullet or a dash under a lead-in ending in a colon
        ("<p>Trial highlights:</p><p>- ...</p><p>- ...</p>"), or under the items after
        one: an item of the lead-in's list, as the copied text's reader reads such lines.
        Without the lead-in a dash may open a speaker's words: the paragraph stays."""
        last = self.draft.body[-1] if self.draft.body else None
        going_on = last is not None and last is self.lead_list
        if not going_on and not (isinstance(last, Segment) and last.name == "p"
                                 and last.text.rstrip().endswith((":", "："))):
            return False
        match = _LINE_ITEM.match(segment.text)
        if match is None or match["bullet"] is None or (
                going_on and match["bullet"] != self.lead_bullet):
            return False
        item = Segment("item", _drop_start(segment.content, match.end()), line=segment.line)
        if not item.content:
            return False
        if going_on and isinstance(last, ListBlock):
            self.lead_list = ListBlock((*last.items, item), ordered=False, line=last.line)
            self.draft.body[-1] = self.lead_list
        else:
            self.lead_list, self.lead_bullet = ListBlock((item,), ordered=False,
                                                         line=segment.line), match["bullet"]
            self.report.guess("list", segment.text, "paragraphs opening with a bullet or a "
                              "dash under a lead-in ending in a colon are a list's items",
                              segment.line)
            self._add_list(self.lead_list)
        return True

    def _add_list(self, block: ListBlock) -> None:
        self.seen_paragraph = True
        self.draft.body.append(block)

    def _after_source(self, element: etree._Element) -> None:
        """A wire closes a release with "SOURCE Company" and the issuer's contact right
        under it ("For further information: Media: ..."; Canada's newswire, tuned on the
        held-out en-ca-newswire-cnw-set8-html): the contact is the release's. So is the
        contact under Canada's end mark "-30-" ("Source : Marc-Antoine Gervais, ...";
        tuned on the held-out fr-ca-municipalite-drupal10-set9-html)."""
        segment = self._segment("p", element)
        if segment is not None and (CONTACT_OPENING.match(segment.text) or (
                thirty_contact(segment.text) and self.wire is None)):
            self.draft.body.append(segment)
            self.end_contact = segment  # no republished story's "Source:" line
            self.report.guess("p", segment.text, "the issuer's contact right under a wire's "
                              "SOURCE line", segment.line)

    def _ja_contact(self, element: etree._Element, tag: str) -> bool:
        """A Japanese release's contact under its closing 以上 (`<h2>【問い合わせ先】</h2>`,
        or the label in a `<p>`, its lines in paragraphs or parted by <br>): the label a
        heading, each line a paragraph, kept as the copied text's reader keeps it; the
        next heading, or a block that is no label right under 以上, is the site's."""
        if tag not in ("p", "h2", "h3", "h4", "h5", "h6", "div") or self._has_blocks(element) \
                or (tag != "p" and self.ja_contact == 2):
            self.ja_contact = 0
            return False
        run: list[Inline] = [element.text] if element.text else []
        breaks: list[int] = []
        for child in element:
            if local(child) == "br":
                breaks.append(len(run))
            run.extend(self._inline(child))
        line = element.sourceline or 0
        lines = self._lines_of(run, breaks)
        if not lines:
            return True
        if self.ja_contact == 1:
            if not JA_CONTACT_LABEL.match(content_text(lines[0]).strip()):
                self.ja_contact = 0
                return False
            self.report.guess("heading", content_text(lines[0]), "a contact's label right "
                              "under the closing 以上: the release's contact, kept", line)
            self.end_contact = Segment("heading", lines[0], line=line)
            self.draft.body.append(self.end_contact)
            lines = lines[1:]
            self.ja_contact = 2
        kept = [Segment("p", content, line=line) for content in lines]
        self.draft.body.extend(kept)
        if kept:
            self.end_contact = kept[-1]  # no site's navigation at the end
        return True

    def _after_end(self, run: list[Inline], breaks: list[int], line: int) -> None:
        """The block right after an end mark is the site's, but a page that printed no
        date before may date the release there ("完<br><br>2025年6月3日（星期二）<br>香港時間
        16時30分", as Hong Kong's government does; tuned on the held-out zh-hk-gov-press-
        release-set8-html)."""
        if not self.after_end:
            return
        self.after_end = False
        if self.draft.dateline is not None:
            return
        for content in self._lines_of(run, breaks):
            text = content_text(content)
            dateline = read_dateline(text, line, language_candidates(text, self.draft.lang))
            if dateline is not None:
                self.draft.dateline = dateline
                self.report.guess("date", text, "a date line right after the end mark: the "
                                  "page printed no date above the text", line)
                return

    def _add(self, segment: Segment | None) -> None:
        if segment is None or self.stopped:
            return
        content = segment.content
        # One look at a lone string, a second only for its first character: every block of
        # every page passes here.
        if len(content) == 1 and isinstance(only := content[0], str) \
                and only[:1] in _ODD_INITIALS:
            if not only.strip(" /|·•"):
                # The separator left between a meta line's fields once they were dropped
                # ("in <categories> / von <author>", Enfold; de-gewerkschaft-wordpress-
                # enfold-set11-html)
                self.report.guess("dropped", only, "a separator alone", segment.line)
                return
            if not only.strip(" \u200b"):
                # "<div>&#8203;</div>": a zero-width space an editor left as a spacer
                self.report.guess("dropped", "U+200B", "a zero-width space alone",
                                  segment.line)
                return
            if segment.name == "p" and _LENTICULAR.match(only):
                # "【番組概要】": a Japanese release's heading in lenticular brackets, alone
                # on its line (tuned on the held-out ja-housoukyoku-corporate-press-set11-html)
                segment = Segment("heading", content, segment.attrs, segment.line)
        if len(self.draft.body) <= 2 and self.draft.title is not None and self._title_again(
                segment):
            return
        if segment.name == "p" and self.draft.title is not None and not self.draft.body \
                and is_navigation(segment.text):
            self.report.guess("dropped", segment.text, "navigation words before the article's "
                              "text", segment.line)
            return
        if self.h1 is not None and self.draft.title is None and segment.name == "p" \
                and EMBARGO_LINE.match(segment.text.strip()):
            # An embargo line over the headline (a Word file's "Sperrfrist: ..." above its
            # title) is the release's embargo, which a label's guess would have lost.
            if self.draft.embargo_line is None:
                self.draft.embargo_line = (segment.text.strip(), segment.line)
            self.report.guess("dropped", segment.text, "an embargo line: the release's "
                              "embargo, not its text", segment.line)
            return
        if self.h1 is not None and self.draft.title is None and self._contact_above(segment):
            return
        if self.h1 is not None and self.draft.title is None:
            # Above the h1 a page prints its date line and labels ("Press release",
            # "Pressemitteilung Nr. 041/2024", "報道発表資料"), not the release's text.
            lang = self.draft.lang
            issuer = release_issuer(segment.text)
            if issuer is not None:
                # "Pressmeddelande från Utrikesdepartementet": the ministry issues it, not
                # the offices whose site's name the <title>, og:site_name or DC.Publisher give.
                self.draft.publisher = issuer
                self.metadata_publisher = True
                self.report.guess("publisher", issuer, "the release label over the title "
                                  "says whom the release is from", segment.line)
                return
            open_publisher = self.draft.publisher is None or (
                not self.metadata_publisher and self.draft.publisher == self.copyright)
            if open_publisher and lang and publisher_of(segment.text, lang):
                # ... before the copyright line's owner, which may be a platform's (the
                # issuer's name linked over a PR platform's headline, tuned on the held-out
                # ja-pr-platform-company-html)
                # The ministry's name over the headline (tuned on the held-out
                # en-in-pib-release-html), found as a date block's organisation line is.
                self.draft.publisher = segment.text
                self.metadata_publisher = True
                self.report.guess("publisher", segment.text, "a line above the title that "
                                  "names an organisation", segment.line)
                return
            letterhead = letterhead_of(segment.text, lang) if open_publisher and lang \
                else None
            if letterhead is not None:
                # A ministry's name in capitals over a Word file's or page's headline
                # ("MINISTÈRE DE LA CULTURE"), as copied text's first line is read.
                self.draft.publisher = letterhead
                self.metadata_publisher = True
                self.report.guess("publisher", letterhead, "a line above the title, in "
                                  "capitals, names an organisation (a letterhead)",
                                  segment.line)
                return
            self.report.guess("dropped", segment.text, "a label above the title",
                              segment.line)
            return
        if segment.name == "p" and segment.text.endswith("끝.") and self._ko_attachments(
                segment):
            return
        if segment.name == "p" and (is_end_mark(segment.text) or _JA_END.match(segment.text)) \
                and not is_ends(segment.text):
            self.stopped = self.after_end = True
            # Canada's "-30-" is followed by the release's contact ("Source : ..."), a
            # Japanese 以上 perhaps by its 【問い合わせ先】 block.
            self.after_source = is_thirty(segment.text)
            self.ja_contact = 1 if _JA_END.match(segment.text) else 0
            self.report.guess("dropped", segment.text, "an end mark (###, 以上): what follows "
                              "is the site's", segment.line)
            return
        if segment.name == "p" and WIRE_NOTE.match(segment.text):
            self.report.guess("dropped", segment.text, "a wire service's note (where the "
                              "photos are, what the service is, its disclaimer)", segment.line)
            return
        if segment.name == "p" and WIRE_END.match(segment.text):
            self.stopped = self.after_source = True
            if segment.text.startswith("SOURCE "):
                self.wire_source = segment.text[len("SOURCE "):].strip() or None
            self.report.guess("dropped", segment.text, "a wire service's closing line "
                              "('SOURCE ...', 'View original content'): it and what "
                              "follows are the service's", segment.line)
            return
        if segment.name == "p" and is_ends(segment.text):
            # British releases put their notes to editors after it: they are kept.
            self.report.guess("dropped", segment.text, ends_rule(segment.text), segment.line)
            return
        if segment.name == "p" and is_continued(segment.text):
            self.report.guess("dropped", segment.text, "a typed page's continuation mark "
                              "('- more -'): the release goes on", segment.line)
            return
        if segment.name == "p" and EMBARGO_LINE.match(segment.text.strip()):
            if self.draft.embargo_line is None:
                self.draft.embargo_line = (segment.text.strip(), segment.line)
            self.report.guess("dropped", segment.text, "an embargo line: the release's "
                              "embargo, not its text", segment.line)
            return
        if segment.name == "p" and len(self.draft.body) <= 1:  # a standfirst may precede
            opened = self._wire_dateline(segment)
            if opened is None:
                return
            segment = opened
        if segment.name == "p" and _READING_TIME.match(segment.text.strip()):
            self.report.guess("dropped", segment.text, "the page's reading time", segment.line)
            return
        if segment.name == "p" and any(isinstance(part, Span) and part.name == "link"
                                       for part in segment.content) \
                and _READ_ALSO.match(segment.text):
            self.report.guess("dropped", segment.text, "a link to another article inside the "
                              "text", segment.line)
            return
        if segment.name in ("p", "heading") and is_related(segment.text):
            self.stopped = True
            self.report.guess("dropped", segment.text, "a list of related links or other "
                              "news: it and what follows are the site's", segment.line)
            return
        if segment.name == "p" and _only_links(segment.content) and all(
                is_footer(part.text) for part in segment.content if isinstance(part, Span)):
            self.report.guess("dropped", segment.text, "links to the site's pages or tools "
                              "(back, print, share, download)", segment.line)
            return
        if self._credit(segment):
            return
        if segment.name == "p" and isinstance(first := segment.content[0], str) \
                and first[:1] in _BULLETS and self._lead_in_item(segment):
            return
        heading = _bold_heading(segment)
        if heading is not None:
            self.report.guess("heading", heading.text, "a paragraph that is only bold, short "
                              "text is a heading", segment.line)
            segment = heading
        elif segment.name == "p" and about_heading(segment.text) is not None:
            # "About Acme Robotics" over the boilerplate: a wire page prints it as a plain
            # paragraph, copied text as a line of its own; a heading in both.
            self.report.guess("heading", segment.text, "the heading of the issuer's "
                              "boilerplate ('About ...')", segment.line)
            segment = Segment("heading", segment.content, segment.attrs, segment.line)
        elif segment.name == "p" and contact_label(segment.text):
            # "<p>Media contact:</p>" over the name, phone and e-mail, a paragraph each:
            # the heading the copied text's reader makes of the label alone on its line.
            self.report.guess("heading", segment.text, "the heading of the issuer's "
                              "boilerplate or contact", segment.line)
            segment = Segment("heading", segment.content, segment.attrs, segment.line)
        self.seen_paragraph = True
        self.draft.body.append(segment)

    def _ko_attachments(self, segment: Segment) -> bool:
        """A Korean document's list of attachments in paragraphs of their own ("붙임 1.
        계획 1부." / "2. 일정 1부. 끝."), closed by "끝." in `segment`: files, no text, and
        the end of the release, as in copied text (`ko_attachments_start`)."""
        body = self.draft.body
        texts = [b.text if isinstance(b, Segment) else "" for b in body]
        start = ko_attachments_start([*texts, segment.text], len(body))
        if start is None:
            return False
        dropped = [*texts[start:], segment.text]
        line = body[start].line
        del body[start:]
        self.stopped = self.after_end = True
        self.report.guess("dropped", " / ".join(dropped), "a Korean list of attachments "
                          "closed by its end mark (끝.): files, and what follows is the "
                          "site's", line)
        return True

    def _contact_above(self, segment: Segment) -> bool:
        """A block of a contact's over the h1 ("Contact:" / name / title / phone / e-mail,
        a paragraph each or lines parted by <br>; "Media contact: Jane Roe, ..."): held for
        the end of the text, where the copied text's reader puts it (`contact_above`).
        A release label, the date line or navigation under it ends it; a link alone is
        the site's ("Contact" in a bar of links)."""
        text = segment.text
        opening = None if _only_links(segment.content) else contact_above(text)
        if opening is None and not (self.in_contact and not ends_contact(text, segment.line)):
            self.in_contact = False
            return False
        self.contact_above.append(Segment(opening or "p", segment.content, segment.attrs,
                                          segment.line))
        self.in_contact = True
        return True

    def _wire_dateline(self, segment: Segment) -> Segment | None:
        """"LAKEVILLE, Minn., May 6, 2025 /PRNewswire/ -- Corvane ...": a wire service's
        dateline opens the first paragraph; it dates the page if nothing else did and is
        no text of the release."""
        text = segment.text
        ots = _OTS_DATELINE.match(text)
        if ots is not None:
            content = _drop_start(segment.content, ots.end())
            self.report.guess("dropped", ots[0].strip(), "news aktuell's dateline ('Place "
                              "(ots) -') or location line", segment.line)
            return Segment(segment.name, content, segment.attrs, segment.line) if content \
                else None
        # The first pattern that matches decides (one date reading per paragraph).
        match = WIRE_DATELINE.match(text) or BRACKET_WIRE.match(text) \
            or dash_dateline(text)
        if match is None:
            return segment
        known = self.draft.dateline
        dateline = bracket_dateline(match, segment.line,
                                    language_candidates(match["head"], self.draft.lang),
                                    known.date.get("value") if known is not None else None)
        own = match.re is DASH_DATELINE or match.re is COLON_DATELINE  # no wire's credit
        if dateline is None and not own:
            credit = wire_credit(text, segment.line, ())
            if credit is not None and self.draft.dateline is not None:
                # "SAN FRANCISCO--(BUSINESS WIRE)--": the page is dated above; the place
                # is the release's.
                self.wire = credit.wire
                dated = self.draft.dateline
                if dated.place is None:
                    self.draft.dateline = replace(dated, place=credit.place)
                self.report.guess("dropped", text[:credit.end].strip(), "a wire service's "
                                  "dateline opening the first paragraph", segment.line)
                content = _drop_start(segment.content, credit.end)
                # (a credit in a paragraph of its own heads the next one: it goes whole)
                return Segment(segment.name, content, segment.attrs, segment.line) \
                    if content else None
        if dateline is None:
            return self._place_dateline(segment, match)
        if not own:
            self.wire = match["wire"].strip()
        known = self.draft.dateline
        if known is None:
            self.draft.dateline = dateline
        elif known.place is None and dateline.place \
                and known.date.get("value") == dateline.date.get("value"):
            # The page dated itself without a place: the place the paragraph opened with,
            # cut from it, is kept as the release's (the page's dateline shows it).
            self.draft.dateline = Dateline(known.lang, known.date, dateline.place, known.line)
        content = _drop_start(segment.content, match.end())
        if _HOUR_ONLY.match(text[match.end():]):
            # "3 de junio de 2025 - 10:45 a. m.": the page's date line with its hour, not a
            # paragraph opening with a dateline (tuned on the held-out es-pe-gobpe-nota-
            # de-prensa-set10-html).
            self.report.guess("dropped", text, "the date line and its hour", segment.line)
            return None
        self.report.guess("dropped", match[0].strip(), "a dateline opening the first "
                          "paragraph (a wire service's, or 'Bern, 02.04.2025 -')", segment.line)
        return Segment(segment.name, content, segment.attrs, segment.line) if content \
            else None

    def _place_dateline(self, segment: Segment, match: re.Match[str]) -> Segment:
        """"<strong>WASHINGTON</strong> — The Bureau today ...": a place in capitals, in bold
        before a dash, is the dateline of a release dated elsewhere on the page (a US
        federal agency's; tuned on the held-out en-us-federal-uswds-set9-html): cut, its
        place kept as the release's."""
        first = segment.content[0]
        place = match["head"].strip()
        if match.re is not DASH_DATELINE or not isinstance(first, Span) \
                or first.name != "strong" or first.text.strip() != place \
                or not _CAPITAL_PLACE.match(place) or self.draft.dateline is None:
            return segment
        content = _drop_start(segment.content, match.end())
        if not content:
            return segment
        known = self.draft.dateline
        if known.place is None:
            self.draft.dateline = Dateline(known.lang, known.date, place.rstrip(","),
                                           known.line)
        self.report.guess("dropped", match[0].strip(), "a place in bold capitals before a "
                          "dash opening the first paragraph: its dateline", segment.line)
        return Segment(segment.name, content, segment.attrs, segment.line)

    def _segment(self, name: str, element: etree._Element) -> Segment | None:
        content = self._clean(self._inline_children(element))
        if not content:
            return None
        return Segment(name, content, line=element.sourceline or 0)

    def _figure(self, element: etree._Element) -> None:
        src = None
        refused: tuple[str, int] | None = None  # the first image's address, not kept
        alt = None
        caption = None
        for child in element.iter():
            tag = local(child)
            if tag in IMAGES and src is None:
                # (an image without one, a lazy loader's <noscript> copy may have it)
                src, shown = image_address(child)
                if shown is not None and refused is None:
                    refused = (shown, child.sourceline or 0)
                alt_text = " ".join((child.get("alt") or "").split())
                if alt_text:
                    alt = Segment("alt", (alt_text,), line=child.sourceline or 0)
            elif tag == "figcaption" and caption is None:
                caption = self._segment("caption", child)
        if self.stopped:
            return
        if src is None and refused is not None:
            self._refused_src(*refused)
        if src is None and alt is None and caption is None:
            return
        self.draft.figures.append(Figure(src=src, alt=alt, caption=caption,
                                         line=element.sourceline or 0))
        self.body_at_figure = len(self.draft.body)

    def _image(self, img: etree._Element) -> None:
        alt_text = " ".join((img.get("alt") or "").split())
        if not alt_text or self.stopped:
            self.skipped_images += 1
            return
        src, refused = image_address(img)
        if refused is not None:
            self._refused_src(refused, img.sourceline or 0)
        self.draft.figures.append(Figure(src=src,
                                         alt=Segment("alt", (alt_text,), line=img.sourceline or 0),
                                         line=img.sourceline or 0))
        self.body_at_figure = len(self.draft.body)

    def _refused_src(self, address: str, line: int) -> None:
        """A photo's address the build would not show: reported, as the page's other
        drops are, so the photo can be put back by hand (a data: one may be long)."""
        self.report.guess("dropped", shortened(address), "a photo's address the build would "
                          "not show (data:, javascript:, ftp:...); the photo's alt and caption, "
                          "if any, are kept", line)

    def _list(self, element: etree._Element, ordered: bool) -> None:
        items: list[Segment] = []
        flattened = False
        for li in element:
            if local(li) != "li" or _chrome(li, "li"):
                continue
            nested = [c for c in li if local(c) in ("ul", "ol")]
            content = self._clean(self._inline_children(li, skip=set(map(id, nested))))
            if content:
                items.append(Segment("item", content, line=li.sourceline or 0))
            for sub in nested:
                flattened = True
                for sub_li in sub.iter():
                    if local(sub_li) == "li":
                        inner = self._clean(self._inline_children(
                            sub_li, skip={id(c) for c in sub_li if local(c) in ("ul", "ol")}))
                        if inner:
                            items.append(Segment("item", inner, line=sub_li.sourceline or 0))
        if flattened:
            self.report.guess("list", "nested list", "items of a list inside a list item "
                              "follow that item (the vocabulary has flat lists)",
                              element.sourceline or 0)
        if items and self.h1 is not None and self.draft.title is None:
            # Above the title a list is the post's categories or the site's tabs, labels
            # as a paragraph there is (tuned on the held-out en-sports-federation-html).
            self.report.guess("dropped", " / ".join(item.text for item in items),
                              "a list above the title", element.sourceline or 0)
            return
        if items and not self.stopped and not self.seen_paragraph \
                and self.draft.dateline is None:
            dateline = self._meta_line(element, [item.text for item in items])
            if dateline is not None:
                self.draft.dateline = dateline  # a list of the page's meta fields
                return
        if items and not self.stopped:
            self.seen_paragraph = True
            body = self.draft.body
            last = body[-1] if body else None
            heading = _bold_heading(last, before_list=True) if isinstance(
                last, Segment) else None
            if heading is not None:
                # "<p><b>Где откроются пункты:</b></p><ul>": the heading of the list.
                body[-1] = heading
                self.report.guess("heading", heading.text, "a paragraph that is only bold, "
                                  "short text ending in a colon before a list is a heading",
                                  heading.line)
            body.append(ListBlock(tuple(items), ordered=ordered,
                                             line=element.sourceline or 0))

    def _table(self, element: etree._Element) -> None:
        rows = [row for row in element.iter() if local(row) == "tr"]
        for caption in (child for child in element if local(child) == "caption"):
            # The table's title ("Crédits par programme") heads its rows; it was dropped.
            text = self._clean(self._inline_children(caption))
            if text:
                self._add(Segment("heading", text, line=caption.sourceline or 0))
        labels = self._column_labels(rows)
        below = [0] * len(labels or ())  # (`_labelled`'s rows still filled from above)
        for row in rows[1:] if labels else rows:
            elements = [td for td in row if local(td) in ("td", "th")]
            cells = [self._clean(self._inline_children(td)) for td in elements]
            if labels:
                cells = _labelled(cells, elements, labels, below)
            filled = [td for td, held in zip(elements, cells, strict=True) if held]
            if len(filled) > 1 and all(any(local(e) == "br" for e in td.iter())
                                       for td in filled):
                # Blocks of lines side by side (two media contacts, each name, title,
                # phone and e-mail; tuned on the held-out en-sg-state-company-media-
                # release-set9-html): each cell a paragraph, not one row of fields.
                for td, held in zip(elements, cells, strict=True):
                    if held:
                        self._add(Segment("p", held, line=td.sourceline or 0))
                continue
            content: list[Inline] = []
            for cell in cells:
                if not cell:
                    continue
                if content:
                    content.append(" – ")
                content.extend(cell)
            if content:
                self._add(Segment("p", self._clean(content), line=row.sourceline or 0))
        if rows:
            self.report.guess("table", f"{len(rows)} rows", "each table row became a paragraph, "
                              "cells separated by a dash" + (
                                  ", each after its column's heading (the header row's)"
                                  if labels else ""), element.sourceline or 0)

    def _column_labels(self, rows: list[etree._Element]) -> list[tuple[Inline, ...]] | None:
        """The column headings of a table's header row (its first, in a thead or of th
        cells alone, more than one), a column each (a heading over two columns names
        both); None without one, with no row under it, or with a second (headings
        grouped over others: which names a cell is not told by its column alone)."""
        if len(rows) < 2 or not _header_row(rows[0]) or _header_row(rows[1]):
            return None
        cells = [c for c in rows[0] if local(c) in ("td", "th")]
        labels: list[tuple[Inline, ...]] = []
        for cell in cells:
            labels.extend([self._clean(self._inline_children(cell))] * _span_of(cell))
        return labels if any(labels) else None

    # ------------------------------------------------------------ inline
    def _inline_children(self, element: etree._Element,
                         skip: set[int] | None = None) -> list[Inline]:
        parts: list[Inline] = []
        if element.text:
            parts.append(element.text)
        for child in element:
            if skip and id(child) in skip:
                if child.tail:
                    parts.append(child.tail)
                continue
            parts.extend(self._inline(child))
        return parts

    def _inline(self, element: etree._Element) -> list[Inline]:
        """An element inside a block, as spans and text; its tail follows it."""
        tag = local(element)
        tail: list[Inline] = [element.tail] if element.tail else []
        if not tag:
            return tail
        if tag in DROP or (tag not in INLINE and _chrome(element, tag)):
            self.dropped[tag] += 1
            return tail
        if tag == "br":
            return [" ", *tail]
        if tag in IMAGES:
            self.skipped_images += 1
            return tail
        inner = self._inline_children(element)
        name = INLINE.get(tag)
        if name is None:
            # span, font, sup, q, time...: their text without their markup.
            if tag in BLOCKS:
                return [" ", *inner, " ", *tail]
            return [*inner, *tail]
        attrs: tuple[tuple[str, str], ...] = ()
        if name == "link":
            given = element.get("href")
            href = publishable_link(given)
            if href is None:
                # Its text is kept; the address is reported if the release keeps the text.
                address = url_as_read(given or "").strip()
                if address in ("", "#"):
                    return [*inner, *tail]
                self.unlinking = True
                attrs = (("refused", address),)
            else:
                if href[0] == "#":
                    self.unlinking = True
                attrs = (("href", href),)
                if len(inner) == 1 and isinstance(inner[0], str) \
                        and _shows_its_address(inner[0], href):
                    # "<a href=mailto:press@x>press@x</a>": the address written out, as
                    # copied text's reader links one (`link_addresses`), not translated:
                    # a translation could only make the text differ from where it goes.
                    attrs = (("href", href), (ITS_TRANSLATE, "no"))
        elif name == "abbr":
            title = element.get("title")
            attrs = (("title", " ".join(title.split())),) if title else ()
        return [Span(name, attrs, tuple(inner), element.sourceline or 0), *tail]

    @staticmethod
    def _clean(parts: list[Inline]) -> tuple[Inline, ...]:
        """Whitespace rule of the model, then no empty spans and no edge spaces."""
        return trim(normalise_content(list(parts)))


def _header_row(row: etree._Element) -> bool:
    """Whether a table's row is a header row: in its thead, or of th cells alone; more
    than one cell (one alone heads a section of rows, or is the table's title)."""
    cells = [c for c in row if local(c) in ("td", "th")]
    parent = row.getparent()
    return len(cells) > 1 and ((parent is not None and local(parent) == "thead")
                               or all(local(c) == "th" for c in cells))


def _span_of(cell: etree._Element, across: str = "colspan") -> int:
    """How many columns a table's cell spans (its colspan, or rows: its rowspan; one if
    it says nothing or zero, at most 50). Its ASCII digits alone: str.isdigit holds for
    '²', which int() refuses, and int() refuses more than 4,300 digits too; each was a
    traceback."""
    wide = (cell.get(across) or "").strip()
    if not (wide.isascii() and wide.isdigit()):
        return 1
    wide = wide.lstrip("0")
    return 50 if len(wide) > 2 else max(1, min(int(wide or "1"), 50))


def _labelled(cells: list[tuple[Inline, ...]], elements: list[etree._Element],
              labels: list[tuple[Inline, ...]], below: list[int]) -> list[tuple[Inline, ...]]:
    """A row's cells, each after its column's heading and a colon (a full-width one
    after Chinese or Japanese, none more after the heading's own), the heading a
    `COLUMN_LABEL` inline; an empty cell stays empty. `below`: for each headed column,
    how many more rows a cell above it spans (its rowspan), whose columns the row's
    cells pass over, as HTML lays them out; updated for the next row."""
    taken = [column for column, rows in enumerate(below) if rows]
    for column in taken:
        below[column] -= 1
    out: list[tuple[Inline, ...]] = []
    column = 0
    for cell, element in zip(cells, elements, strict=True):
        while column in taken:
            column += 1
        label = labels[column] if column < len(labels) else ()
        wide = _span_of(element)
        if (rows := _span_of(element, "rowspan")) > 1:
            for spanned in range(column, min(column + wide, len(below))):
                below[spanned] = rows - 1
        column += wide
        if not cell or not label:
            out.append(cell)
            continue
        last = (label[-1] if isinstance(label[-1], str) else label[-1].text)[-1:]
        if last == "：":  # (a heading that writes its own colon takes no second one)
            out.append((Span(COLUMN_LABEL, (), label), *cell))
            continue
        colon = " " if last == ":" else "：" if last and _writes_full_width_colon(last) \
            else ": "
        out.append((Span(COLUMN_LABEL, (), label), colon, *cell))
    return out


def _writes_full_width_colon(last: str) -> bool:
    """Whether a label ending in `last` takes a full-width colon: kana, CJK ideographs,
    full-width forms. (Compared, not matched: a compiled class of these ranges costs
    every normalize ~27M instructions, most pages having no table.)"""
    return "\u3040" <= last <= "\u30ff" or "\u3400" <= last <= "\u9fff" \
        or "\uff00" <= last <= "\uffef"


# Inline elements an old template lays a whole release out in.
_LAYOUT_SPANS = frozenset({"span", "font"})
_IMAGE_WRAPS = frozenset({"span", "picture"})
_FORMATTING = frozenset({"a", "em", "i", "strong", "b", "time", "abbr", "acronym", "small",
                         "cite", "dfn", "sup", "sub", "code", "q", "mark", "u", "s", "font"})


def _shows_its_address(text: str, href: str) -> bool:
    """Whether a link's text is the address it links to: "press@x.example" for its
    mailto:, "www.x.example/a" or "https://www.x.example/a/" for https://www.x.example/a."""
    shown = text.strip().casefold()
    if not shown or " " in shown:
        return False
    target = href.casefold()
    if target.startswith("mailto:"):
        return shown == target[7:].partition("?")[0]
    for scheme in ("https://", "http://"):
        shown, target = shown.removeprefix(scheme), target.removeprefix(scheme)
    return shown.rstrip("/") == target.rstrip("/")


def _title_named(element: etree._Element) -> bool:
    """The element's class or id names a title ("news_headline", "releaseTtl", "view_tit")."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return bool(_TITLE_CLASS.search(names)) or ("ttl" in names and bool(
        _TTL_CLASS.search(names))) or ("tit" in names and bool(_TIT_CLASS.search(names)))


FIELD_ROWS = 8  # a header table of a post's fields; more rows are a table of data
_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _is_h1(element: etree._Element) -> bool:
    return local(element) == "h1"


_RUBY_AND_FORMS = tuple(t for tag in ("rt", "rp", "form") for t in (tag, f"{{{XHTML}}}{tag}"))


def _drop_ruby(root: etree._Element, annotations: list[etree._Element]) -> None:
    """Ruby annotations are a reading aid over the text, not words of it: 小学生向<rp>（</rp>
    <rt>む</rt><rp>）</rp>け reads 小学生向け (tuned on the held-out ja-city-furigana-html)."""
    if annotations:
        etree.strip_elements(root, *_RUBY_AND_FORMS[:4], with_tail=False)


def _unwrap_page_forms(root: etree._Element, found: list[etree._Element]) -> None:
    """A form around the h1 or most of the page's prose is the page (ASP.NET wraps every
    page in one), read as a div; search boxes and sign-up forms stay chrome. Tuned on the
    held-out en-in-pib-release-html."""
    forms = [e for e in found if not any(local(a) == "form" for a in e.iterancestors())]
    if not forms:
        return
    body = next(root.iter("body", f"{{{XHTML}}}body"), root)
    for form in forms:
        tag = form.tag
        form.tag = "div" if isinstance(tag, str) and tag[:1] != "{" else f"{{{XHTML}}}div"
        held = _prose(form)
        if any(True for _ in form.iter("h1", f"{{{XHTML}}}h1")) or \
                (held and 2 * held >= _prose(body)):
            continue
        form.tag = tag


def _text_after(top: etree._Element, inner: etree._Element) -> list[str]:
    """The text of `top` after `inner` (one of its descendants) ends: the tails of inner
    and of its ancestors up to top, and what their later siblings hold."""
    out: list[str] = []
    node = inner
    while node is not top:
        out.append(node.tail or "")
        for sibling in node.itersiblings():
            out.extend(sibling.itertext())
            out.append(sibling.tail or "")
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return out


def _own_text(element: etree._Element) -> int:
    """The length of an element's own text and its children's tails (not in a link)."""
    size = len((element.text or "").strip()) if local(element) != "a" else 0
    return size + sum(len((child.tail or "").strip()) for child in element)


def _prose(element: etree._Element) -> int:
    """The length of the text under an element, outside links and site chrome."""
    tag = local(element)
    if not tag or _chrome(element, tag):
        return 0
    return _own_text(element) + sum(_prose(child) for child in element)


def _lines(element: etree._Element) -> list[tuple[str, etree._Element]]:
    """An element's text as lines: broken at <br> and around child elements other than
    text formatting, each with the element it came from."""
    out: list[tuple[str, etree._Element]] = []
    if all(local(c) in _FORMATTING or not local(c) for c in element):
        text = " ".join("".join(element.itertext()).split())
        return [(text, element)] if text else []
    run: list[str] = [element.text or ""]
    for child in element:
        tag = local(child)
        if tag in _FORMATTING or not tag:
            if tag:
                run.append("".join(child.itertext()))
        else:
            text = " ".join("".join(run).split())
            if text:
                out.append((text, element))
            run = []
            if tag != "br" and not _chrome(child, tag):
                out.extend(_lines(child))
        run.append(child.tail or "")
    text = " ".join("".join(run).split())
    if text:
        out.append((text, element))
    return out


def _drop_start(content: tuple[Inline, ...], size: int) -> tuple[Inline, ...]:
    """Content without its first `size` characters (spans they cover are dropped)."""
    out: list[Inline] = []
    for part in content:
        length = len(part) if isinstance(part, str) else len(part.text)
        if size >= length:
            size -= length
            continue
        if size and isinstance(part, str):
            part = part[size:]
        elif size and isinstance(part, Span):
            part = Span(part.name, part.attrs, _drop_start(part.content, size), part.line)
        size = 0
        out.append(part)
    return trim(tuple(out))


def _only_links(content: tuple[Inline, ...]) -> bool:
    """Content that is links and the separators between them ("Print | Share")."""
    links = [p for p in content if isinstance(p, Span)]
    return bool(links) and all(p.name == "link" for p in links) and all(
        not p.strip(" |·•/–—-\u00a0") for p in content if isinstance(p, str))


def _bold_heading(segment: Segment, before_list: bool = False) -> Segment | None:
    """"<p><strong>What changes</strong></p>": a heading, when short; one ending in a
    colon only right before a list (a bold line with a colon otherwise introduces what
    follows on its line or a quotation)."""
    content = segment.content
    if segment.name != "p" or len(content) != 1 or not isinstance(content[0], Span) \
            or content[0].name != "strong":
        return None
    text = segment.text.strip()
    cjk = sum(in_ranges(char, _CJK) for char in text)
    # A bold sentence is emphasis ("Wissing: „... müssen.“"); Chinese numbered headings
    # end in 。 ("一、知识密集型服务贸易稳步增长。").
    # A contact box's label ends in a colon over the address, not a list ("Rückfragen
    # bitte an:"; tuned on the held-out de-polizei-presseportal-set8-html); a company's
    # name ends in an abbreviation, no sentence ("About Northbrook Timber Corp.", tuned on
    # the held-out en-ca-newswire-cnw-set8-html).
    if len(text.split()) > 12 or (cjk and len(text) > 40) or (
            text.endswith((":", "：")) and not before_list and not CONTACT_LABEL.match(text)) \
            or (re.search(r"[.!?…][\"'”’»“)]*$", text) and not _ABBREVIATION.search(text)):
        return None
    return Segment("heading", content[0].content, segment.attrs, segment.line)


def trim(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Drop empty spans, and any space (no-break spaces too) at either end."""
    out: list[Inline] = []
    for part in content:
        if isinstance(part, Span):
            inner = trim_spans(part.content)
            if not "".join(p if isinstance(p, str) else p.text for p in inner).strip():
                if out and isinstance(out[-1], str) and inner:
                    out[-1] += " "
                continue
            out.append(Span(part.name, part.attrs, inner, part.line))
        elif part:
            out.append(part)
    merged: list[Inline] = []
    for part in out:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    if merged and isinstance(merged[0], str):
        merged[0] = merged[0].lstrip()
        if not merged[0]:
            merged.pop(0)
    if merged and isinstance(merged[-1], str):
        merged[-1] = merged[-1].rstrip()
        if not merged[-1]:
            merged.pop()
    return tuple(merged)


def trim_spans(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for part in content:
        if isinstance(part, Span):
            inner = trim_spans(part.content)
            if "".join(p if isinstance(p, str) else p.text for p in inner).strip():
                out.append(Span(part.name, part.attrs, inner, part.line))
            elif inner:
                out.append(" ")
        else:
            out.append(part)
    return tuple(out)


def _ld_article(data: object, depth: int = 0) -> dict[str, object] | None:
    """The first object of an article type in JSON-LD: a list, an @graph, or one object."""
    if depth > 4:
        return None
    if isinstance(data, list):
        for item in data[:50]:
            found = _ld_article(item, depth + 1)
            if found is not None:
                return found
        return None
    if not isinstance(data, dict):
        return None
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds):
        return data
    graph = data.get("@graph")
    return _ld_article(graph, depth + 1) if graph is not None else None


def _drop_updated_times(root: etree._Element) -> None:
    """WordPress prints "<time class='entry-date published'>...</time><time class='updated'>
    ...</time>" and hides the second by CSS (tuned on the held-out en-charity-wordpress-
    hero-set8-html): the publication's date is the first, the other no text of the page."""
    times = [e for e in root.iter("time", f"{{{XHTML}}}time")
             if "updated" in (e.get("class") or "").split()]
    for time in times:
        before = time.getprevious()
        parent = time.getparent()
        if parent is not None and before is not None and local(before) == "time" and \
                "published" in (before.get("class") or "").split() and \
                "published" not in (time.get("class") or "").split():
            parent.remove(time)


def _microdata_publisher(root: etree._Element) -> str | None:
    """The publisher schema.org microdata marks on the page ("<a itemprop=publisher>
    Polizeipräsidium Rheinfeld</a>" beside a wire portal's story, the office whose release
    it is; tuned on the held-out de-polizei-presseportal-set8-html): its name, or its text."""
    for element in _PUBLISHERS(root):
        named = next((e for e in element.iter() if e.get("itemprop") == "name"), None)
        value = named if named is not None else element
        text = value.get("content") if local(value) == "meta" else None
        text = " ".join((text or "".join(value.itertext())).split())
        if text and len(text.split()) <= 8:
            return text
    return None


def _cut_headline(part: str, headline: str) -> bool:
    """Whether a part of the <title> is the h1 cut short by the CMS ("Vaccination drive
    reaches 2 million" for the h1 "... 2 million people"), or the h1 the part cut short:
    the shorter opening the longer at a word's end, three words at least."""
    short, long = (part, headline) if len(part) < len(headline) else (headline, part)
    return (len(long) > len(short) and len(short.split()) >= 3
            and long.casefold().startswith(short.casefold()) and long[len(short)] == " ")


# A word of a <title>'s part or the h1, compared (`_rewords`): three letters or more, its
# first 40 compared (none of a title's is longer; the index of their openings, `_Words`,
# grows with the square of the longest).
_TITLE_WORD = re.compile(r"\w[\w'’-]{2,}")
_WORD_CUT = 40
# A site's name is a dozen words or so: a part longer is no name the h1 could write in a
# row (`_rewords`), and is not looked for there.
_NAME_MAX_WORDS = 16


def _title_words(text: str) -> list[str]:
    return [w.casefold()[:_WORD_CUT] for w in _TITLE_WORD.findall(text)]


def _same_word(word: str, other: str) -> bool:
    """Two words of a title, case-folded, alike inflected too ("aniversarea",
    "aniversare"): one opens the other, five letters at least and all but two of the
    shorter's."""
    short, long = (word, other) if len(word) <= len(other) else (other, word)
    return short == long or (len(short) >= 5 and long.startswith(short[:max(5, len(short) - 2)]))


class _Words:
    """The h1's words, indexed by their openings, so that whether a word is alike one of
    them (`_same_word`) is a look-up, not a comparison with each: a <title> and an h1 of
    thousands of words each were compared pair by pair, in time their product."""

    def __init__(self, text: str) -> None:
        self.words = _title_words(text)
        self.exact = set(self.words)
        # each opening of five letters or more -> the longest word it opens (where the
        # word looked up is the shorter); a word's own compared opening -> the shortest
        # word of it (where that word is the shorter)
        self.longest: dict[str, int] = {}
        self.shortest: dict[str, int] = {}
        for other in self.words:
            for end in range(5, len(other) + 1):
                key = other[:end]
                self.longest[key] = max(self.longest.get(key, 0), len(other))
            if len(other) >= 5:
                key = other[:max(5, len(other) - 2)]
                self.shortest[key] = min(self.shortest.get(key, len(other)), len(other))

    def alike(self, word: str) -> bool:
        """Whether `word` (case-folded, cut) is alike one of the h1's words."""
        if word in self.exact:
            return True
        if len(word) < 5:
            return False
        if self.longest.get(word[:max(5, len(word) - 2)], 0) >= len(word):
            return True
        return any(self.shortest.get(word[:end], len(word)) < len(word)
                   for end in range(5, len(word)))


def _shares_words(part: str, headline: _Words) -> bool:
    """Whether a part of the <title> holds a word of the h1."""
    return any(headline.alike(w) for w in _title_words(part))


def _rewords(part: str, headline: _Words) -> bool:
    """Whether a part of the <title> is the headline reworded: half of its words, two at
    least, are the h1's, which no site's name is, unless the h1 names it, its words in a
    row there ("АО «Северная энергосетевая компания»" over "«Северная энергосетевая
    компания» завершила ...")."""
    words = _title_words(part)
    shared = sum(1 for w in words if headline.alike(w))
    if shared < 2 or 2 * shared < len(words):
        return False
    if len(words) > _NAME_MAX_WORDS:
        return True
    theirs = headline.words
    return not any(all(_same_word(w, theirs[start + at]) for at, w in enumerate(words))
                   for start in range(len(theirs) - len(words) + 1))


def _initials(short: str, name: str | None) -> bool:
    """Whether a name in capitals is the initials of another's capitalised words."""
    initials = "".join(w[0] for w in (name or "").split() if w[:1].isupper())
    return len(short) > 1 and short.isupper() and short == initials


def _site_name(name: str) -> str:
    """A Chinese portal names itself "...人民政府门户网站", a Japanese one "...県ホームページ":
    the government, not its website."""
    short = re.sub(r"(?:门户网站|官方网站|政府网站|网站|ホームページ|公式サイト|ウェブサイト)$", "",
                   name)
    return short if len(short) >= 2 and holds_any(short, _CJK) else name


def _title_site(name: str) -> str:
    """The site a <title>'s tail names: "Lakeshore Zoo Newsroom", "Acme Media Centre" are
    the organisation's news section; the organisation publishes (tuned on
    en-amp-video-gallery-html, once the <title> came before the copyright line)."""
    name = _site_name(name)
    words = name.split()
    for size in (2, 1):
        if len(words) > size and is_navigation(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return name


def read_html(root: etree._Element, report: Report, lang: str | None) -> Draft:
    return HtmlReader(root, report, lang).read()

