"""Stage ``boilerplate``: credits and datelines around the article.

The site prints who wrote, edited, translated and photographed an article,
where it came from and when it was published.  These lines are the site's,
not the author's text.  CR001 drops a line that is only credits, CR002 a line
that is only a date with its labels, CR003 removes a credit in parentheses at
the end of a paragraph and keeps the paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Iterator

import regex

from cleaner import shortcuts
from cleaner.credit_shape import (
    CREDIT_LINE_SCOUT, FOLDED_CREDIT_LINE_SCOUT, ROLES_DOTTED, credit_units, foreign_byline_name, is_byline, is_by_credit, is_credit_line,
    is_korean_reporter, is_person_name, lone_byline_name,
)
from cleaner.document import Document, Line, fold
from cleaner.literal_index import INDEX
from cleaner.model import Edit
from cleaner.rule import Example, Rule, register


@register
class CreditLine(Rule):
    """Drop a line that is only credits: role, separator, short name.

    A credit names a role (editor, author, text, photo, source, translated
    by, 编辑, 作者, 来源, 文, 图, 責任編輯, ...), a separator (``|``, ``:``,
    ``：``, ``/``) or ``by``, and a short name: ``Editor | Qi Jielun``,
    ``text|you yong``, ``editor: zhou luping``, ``Head map source | stone
    map``, ``文/X 编辑/Y``, ``來源：X``, ``By Jane Doe | Example News``,
    ``Translated by X (...)``.  The whole line must be credits: a sentence
    that mentions an editor, or a name longer than six words, stays.

    Roles in other languages count with a separator (``Foto: dpa``,
    ``Redactie: X``, ``Fotoğraf: AA``, ``Ảnh: X``, ``Penulis: X``,
    ``تصوير: X``, ``फोटो: X``, ``ภาพ: X``, ``Φωτογραφία: X``); a Korean
    reporter line (``김민수 기자 kim@example.co.kr``) counts as it is; and a
    byline followed by its date after a bar: "by" in some language with a
    name, a credit, or a bare name, then datelines (``Door Jan de Vries |
    12 oktober 2024, 14:35``, ``Иван Петров | 12 октября 2024, 14:35``,
    ``기자 김민수 | 2024.10.12 14:35``).

    A byline without a separator or a date counts too when it is "by" in
    another language and a name alone: ``Door Jan de Vries``, ``Par Jean
    Dupont``, ``Von Anna Müller``, ``Por Carlos García``, ``A cura di
    Giulia Bianchi``, ``Oleh Budi Santoso``, ``Av Erik Johansson``,
    ``Γράφει ο Γιώργος Παπαδόπουλος``, ``بقلم أحمد محمود``, the Romanian
    ``de Andrei Popescu``.  The name is two to four capitalised words
    (particles such as ``de``, ``van``, ``bin`` aside) and nothing else, so
    a sentence that opens with the same word (``Par ailleurs, ...``, ``Door
    de regen ...``, ``Von Berlin aus ...``) and a title (``Por una
    cabeza``, ``Door Weer En Wind``) stay.  So does a role abbreviated with
    a full stop where sites write it so: ``Fot. PAP/Jan Kowalski``, ``Zdj.
    Marek Nowak``, ``Oprac. Anna Nowak``, ``Nuotr. BNS`` (but not a
    figure's caption, ``Fot. 1. Widok na most``).

    Safe: the line is removed whole; undo restores it.

    Before::

        Title

        Editor | Qi Jielun

        Body.

    After::

        Title

        Body.
    """

    code = "CR001"
    name = "credit-line"
    stage = "boilerplate"
    summary = (
        "Drop lines that are only credits: Editor | Name, 文/X, 來源：X, By Jane Doe, Translated by X, Foto: X, Fot. X, "
        "김민수 기자, Door X | date, Par Jean Dupont."
    )
    examples = (
        Example("Title\n\nEditor | Qi Jielun\n\nBody.\n", "Title\n\nBody.\n"),
        Example("Title\n\ntext|you yong\n\neditor: zhou luping\n\nBody.\n", "Title\n\nBody.\n"),
        Example("正文。\n\n責任編輯：王小明\n", "正文。\n\n"),
        Example(
            "The editor said the story would run on Monday.\n",
            "The editor said the story would run on Monday.\n",
        ),
        Example(
            "Titel\nDoor Jan de Vries | 12 oktober 2024, 14:35\nFotoğraf: AA\nتصوير: محمد علي\n김민수 기자 minsu@example.co.kr\n"
            "Иван Петров | 12 октября 2024, 14:35\n",
            "Titel\n",
        ),
        Example(
            "Por una cabeza | 12 de octubre de 2024\nDe redactie besloot het stuk te schrappen.\n시 관계자는 기자에게 설명했다.\n",
            "Por una cabeza | 12 de octubre de 2024\nDe redactie besloot het stuk te schrappen.\n시 관계자는 기자에게 설명했다.\n",
        ),
        Example(
            "Titel\nDoor Jan de Vries\nPar Jean Dupont\nA cura di Giulia Bianchi\nOleh Budi Santoso\nFot. PAP/Jan Kowalski\n"
            "Zdj. Shutterstock\n",
            "Titel\n",
        ),
        Example(
            "Por una cabeza\nPar ailleurs, les syndicats appellent à la grève.\nDoor de regen\nVon Berlin aus fahren mehr Züge.\n"
            "Fot. 1. Widok na most\n",
            "Por una cabeza\nPar ailleurs, les syndicats appellent à la grève.\nDoor de regen\nVon Berlin aus fahren mehr Züge.\n"
            "Fot. 1. Widok na most\n",
        ),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Drop each line that reads as credits only."""
        if shortcuts.ENABLED:
            texts = doc.texts
            found = ((index, shortcuts.remembered(_CREDIT_VERDICTS, texts[index], credit_verdict)) for index in _credit_candidates(doc))
        else:
            found = ((line.index, credit_verdict(line.text)) for line in doc.lines)
        for index, verdict in found:
            if verdict is not None:
                reason, detector = verdict
                yield doc.drop_line(index, reason, evidence={"detector": detector})


def credit_verdict(line: str) -> tuple[str, str] | None:
    """Why a line of text ``line`` is credits only and which detector says so, or None."""
    text = line.strip()
    if not text or len(text) > 200:
        return None
    units = credit_units(text)
    if units is not None:
        shown = ", ".join(f"{role} {name}" for role, name in units)
        return f"credit line: {shown}", "credit-units"
    if is_byline(text):
        return f"byline: {text!r}", "byline"
    if is_by_credit(text):
        return f"credit sentence: {text[:60]!r}", "by-credit"
    if is_korean_reporter(text):
        return f"reporter line: {text!r}", "korean-reporter"
    head = byline_with_date(text)
    if head is not None:
        return f"byline and date: {head!r}", "byline-date"
    if lone_byline_name(text) is not None:
        return f"byline: {text!r}", "lone-byline"
    return None


_BYLINE_PARTS = regex.compile(r"\s*[|｜·•]\s*")


def byline_with_date(text: str) -> str | None:
    """The byline of a line that is a byline, then a date (and credits), or None.

    ``Door Jan de Vries | 12 oktober 2024, 14:35``, ``Oleh: Budi Santoso |
    Sabtu, 12 Oktober 2024 14:35 WIB``, ``기자 김민수 | 2024.10.12 14:35``,
    ``Иван Петров | 12 октября 2024, 14:35``.  The byline is a credit, "by"
    in some language with a name, or a bare name of two to four words; the
    other parts are datelines or credits, one of them a dateline.
    """
    parts = [part for part in (piece.strip() for piece in _BYLINE_PARTS.split(text)) if part]
    if len(parts) < 2:
        return None
    head, rest = parts[0], parts[1:]
    dated = [is_dateline(part) for part in rest]
    if not any(dated) or not all(d or credit_units(part) is not None for d, part in zip(dated, rest)):
        return None
    if (
        credit_units(head) is not None or is_byline(head) or is_korean_reporter(head)
        or foreign_byline_name(head) is not None or is_person_name(head, 2)
    ):
        return head
    words = head.split()
    if len(words) == 2 and "기자" in words and is_person_name(" ".join(w for w in words if w != "기자"), 1):
        return head
    return None


# The scouts of the credit lines, each match running on to the end of its line (see _lines_matching).
_CREDIT_LINE_REST = re.compile(rf"(?:{CREDIT_LINE_SCOUT.pattern})[^\n]*", re.IGNORECASE)
_FOLDED_CREDIT_LINE_REST = re.compile(rf"(?:{FOLDED_CREDIT_LINE_SCOUT.pattern})[^\n]*")


#: What the credit lines without a separator or ``by`` begin with, after
#: white space and brackets: "by" in another
#: language and white space or a colon after it
#: (:func:`~cleaner.credit_shape.lone_byline_name`; looked at, not taken,
#: so the newline of an empty byline stays for the next line's match), or
#: a role abbreviated with a full stop (``Fot.``, ``Zdj.``).  Folded: ``τη[σς]`` as ``regex``
#: pairs the two sigmas; ``re``'s white space holds that of ``regex``.
#: After a newline, which ``re`` looks for fast, so the scan costs little.
_LINE_START_WORDS = (
    r"(?:(?:von|door|par|por|per|di|de|a cura di|av|af|oleh|γράφει|του|τη[σς]|بقلم|escrit[oa] por|scritt[oa] da|"
    r"geschrieben von|écrit par|geschreven door|skrevet av|skrevet af|skrivet av)(?=[\s:])|(?:"
    + ROLES_DOTTED
    + r")\.)"
)
_LINE_START = r"\n(?:[^\S\n]|[()（）\[\]【】<>《》])*" + _LINE_START_WORDS
_FOLDED_LINE_START_SCOUT = re.compile(_LINE_START)
_LINE_START_SCOUT = re.compile(_LINE_START, re.IGNORECASE)


def _credit_candidates(doc: Document) -> list[int]:
    """The indices of the lines of ``doc`` that may be credits (a superset), in order."""
    folded = doc.folded
    if len(folded) == len(doc.text):
        found = _lines_matching(doc, _FOLDED_CREDIT_LINE_REST, folded)
        starting = _lines_after(doc, _FOLDED_LINE_START_SCOUT, folded)
    else:
        found = _lines_matching(doc, _CREDIT_LINE_REST, doc.text)
        starting = _lines_after(doc, _LINE_START_SCOUT, doc.text)
    return sorted({*found, *starting}) if starting else found


def _lines_after(doc: Document, scout: re.Pattern[str], text: str) -> list[int]:
    """The indices of the lines of ``doc`` after each newline where ``scout`` (which starts with one) finds a match in ``text``.

    The first line, with no newline before it, is tried with one.
    """
    starts = doc.starts
    found = [bisect_right(starts, match.start() + 1) - 1 for match in scout.finditer(text)]
    if scout.match("\n" + text[: starts[1] if len(starts) > 1 else len(text)]):
        found.append(0)
    return found


def _lines_matching(doc: Document, scout: re.Pattern[str], text: str) -> list[int]:
    """The indices of the lines of ``doc`` in which ``scout`` finds a match in ``text``, in order.

    ``text`` is the text of ``doc``, or its folded text when folding kept the
    offsets.  ``scout`` matches no newline and ends with ``[^\\n]*``: each
    match runs to the end of the line it starts in, so one ``finditer`` pass
    in C meets every line with a match once, as
    :meth:`~cleaner.document.Document.lines_matching` does, without making a
    :class:`~cleaner.document.Line` per line.
    """
    starts = doc.starts
    return [bisect_right(starts, match.start()) - 1 for match in scout.finditer(text)]


#: Credit and dateline verdicts remembered per line text (pages of a site repeat their credit and byline
#: lines, and the lines with digits of their menus and footers).
_CREDIT_VERDICTS: dict[str, Any] = {}
_DATELINE_VERDICTS: dict[str, bool] = {}


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: Month names of other languages, as a day number precedes them (``12
#: oktober 2024``, ``12 de octubre de 2024``, ``12 октября``, ``12 Ekim``,
#: ``12 ต.ค. 2567``): German, Dutch, French, Spanish, Portuguese, Italian,
#: Swedish, Danish, Norwegian, Polish, Czech, Russian, Ukrainian, Turkish,
#: Indonesian, Malay, Greek, Arabic, Hindi and Thai.  In lower case: the
#: date hint looks for them in the folded text.
_MONTHS_OTHER = (
    "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    "januari|februari|maart|mei|augustus|december|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "maj|augusti|oktober|juni|juli|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    "maret|agustus|desember|mac|jun|julai|ogos|disember|"
    "ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|"
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर|"
    "ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|"
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
)
#: A calendar date in the forms sites print.
DATE = regex.compile(
    # First, so that ``12 octobre`` is not read as the English ``12 oct``.
    rf"\d{{1,2}}\.?\s*(?:de\s+)?(?:{_MONTHS_OTHER})(?![\p{{L}}\p{{M}}])(?:,?\s*(?:de\s+)?\d{{4}})?|"
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}"
    r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}})?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s*\d{{4}})?"
    r"|\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前|刚刚|剛剛|昨天|今天|yesterday|today",
    regex.IGNORECASE,
)
# What may stand around a date on a dateline: times, weekdays, labels,
# counters, time zones, and connecting words.
_AROUND = regex.compile(
    r"\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|"
    r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?"
    r"|星期[一二三四五六日天]|周[一二三四五六日]|週[一二三四五六日]"
    r"|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|发表于|發表於|发布于|發布於|"
    r"更新时间|更新時間|更新于|更新於|时间|時間|日期|发布|發布|發佈"
    r"|\b(?:first |last )?(?:published|posted|updated|modified|created|date|dated|on|at|in|by)\b"
    r"|\b(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|JST|HKT|SGT|AEST)\b"
    r"|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|阅读量|閱讀量|浏览量|瀏覽量|浏览次数|瀏覽次數|views?|reads?)\s*[:：]?\s*\d[\d,]*"
    r"|\d[\d,]*\s*(?:views?|reads?|次浏览|次瀏覽|次阅读|次閱讀)"
    # Other languages: times (14h35, kl. 14.35, 14時35分, 14:35 น.), time
    # zones, weekdays and the labels of publication and update.
    r"|\b\d{1,2}\s*[h.]\s*\d{2}\b|\d{1,2}\s*時(?:\s*\d{1,2}\s*分)?"
    r"|\b(?:WIB|WITA|WIT|MSK|EET|EEST|TRT|ICT|KST|MYT|PHT)\b"
    r"|\b(?:uhr|kl|ore|om|à|às|a las|alle|o|в|lúc|pukul|godz|pagi|siang|sore|malam|petang|le|el|il|am|um|em|op|den|dne|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad|isnin|khamis|"
    r"pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|"
    r"veröffentlicht|aktualisiert|publié|mis à jour|modifié|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt|geplaatst|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|"
    r"opublikowano|zaktualizowano|aktualizacja|publikováno|aktualizováno|aktualizace|yayınlanma|güncelleme|güncellenme|"
    r"tarihi|cập nhật|ngày đăng|diperbarui|dipublikasikan|diterbitkan|dikemaskini|опубликовано|обновлено|"
    r"опубліковано|оновлено|δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|ενημέρωση)\b\.?"
    r"|\b(?:ngày|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b"
    r"|(?:نشر في|آخر تحديث|تاريخ النشر|تحديث|الساعة|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة)"
    r"|(?:अपडेटेड|प्रकाशित|अपडेट)|(?:น\.|เผยแพร่|อัปเดต|วันที่)"
    r"|(?:입력|수정|승인|업데이트|등록|기사입력|최종수정)|(?:公開|更新|配信)",
    regex.IGNORECASE,
)
#: Every match of DATE holds a digit or one of these words.  ``regex`` knows
#: digits of newer Unicode than ``re``, all beyond the BMP, so every
#: character there counts; ``re`` pairs at least the characters ``regex``
#: pairs with an ASCII letter when ignoring case.  (``re`` scans far faster.)
#: Each match runs on to the end of its line (see :func:`_lines_matching`).
_DATE_SCOUT = re.compile(r"(?:\d|[\U00010000-\U0010ffff]|刚刚|剛剛|昨天|今天|yesterday|today)[^\n]*", re.IGNORECASE)
#: The digits alone: one character class, which ``re`` scans for much faster
#: than for the alternatives; the words are looked for in the folded text
#: (:func:`cleaner.document.fold` folds what ``regex`` pairs with their letters).
_DIGIT_SCOUT = re.compile(r"[\d\U00010000-\U0010ffff][^\n]*")
_DATE_WORDS = ("刚刚", "剛剛", "昨天", "今天", "yesterday", "today")
INDEX.register(_DATE_WORDS)
_DIGIT = r"[\d\U00010000-\U0010ffff]"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#: What each alternative of DATE holds, in a folded line: the last digit of
#: a year or day, a date separator (年 too), a day of one or two digits, a
#: separator (月 too) and a digit; a digit, 月 and a digit; a digit and a
#: unit of time with ``ago`` or 前 after it; a digit and a month; a month, a
#: day of one or two digits and no third digit (DATE's word boundary after
#: the day rules one out, as ``re``'s digits are word characters for
#: ``regex``); or one of the words.  With the digits and white space of
#: ``re`` (which hold those of ``regex``), it finds every line DATE does, and
#: ``re`` rules most others out far faster: every alternative but the month's
#: opens with a digit, so it tries little where there is none.
_FOLDED_DATE_HINT = re.compile(
    rf"{_DIGIT}(?:\s*(?:[-/.年]\s*{_DIGIT}{{1,2}}\s*[-/.月]\s*{_DIGIT}|月\s*{_DIGIT}"
    r"|(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前)"
    rf"|(?:st|nd|rd|th)?\s+{_MONTH}|\.?\s*(?:de\s+)?(?:{_MONTHS_OTHER}))"
    rf"|{_MONTH}\w*\.?\s+{_DIGIT}{{1,2}}(?!\d)"
    r"|刚刚|剛剛|昨天|今天|yesterday|today"
)
_UNIT_SPLIT = regex.compile(
    r"\s{2,}|\s*[|｜]\s*|\s+(?=(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|source|author)\s*[:：])"
)
_RESIDUE = regex.compile(r"[\p{L}\p{N}]")


def dateline_residue(text: str) -> str | None:
    """What is left of ``text`` after its date, times, labels and credits; None without a date."""
    if shortcuts.ENABLED and not _FOLDED_DATE_HINT.search(fold(text)):
        return None
    dated, found = DATE.subn(" ", text)
    if not found:
        return None
    rest = _AROUND.sub(" ", dated)
    if not _RESIDUE.search(rest):
        return ""  # nothing is left, whatever credits there were
    units_free = rest
    for part in _UNIT_SPLIT.split(rest):
        part = part.strip(" \t·•-–—/|,，")
        if part and credit_units(part) is not None:
            units_free = units_free.replace(part, " ")
    return "".join(_RESIDUE.findall(units_free))


@register
class Dateline(Rule):
    """Drop a line that is only a publication date, with its labels, time and credits.

    ``發布時間:2019年10月08日 09:17:42``, ``3 October 2017 • 9:04am``,
    ``Published 1 day ago``, ``2021-04-17 10:20 来源：新华网 作者：李明``,
    ``March 26, 1998``, and the same in other languages (``12 oktober 2024,
    14:35``, ``Publié le 12 octobre 2024 à 14h35``, ``Sabtu, 12 Oktober
    2024 14:35 WIB``, ``12 ต.ค. 2567 14:35 น.``, ``입력 2024.10.12 14:35``).
    After the date, times, weekdays, labels (published, updated,
    aktualisiert, publié, güncelleme, 发布时间, 日期, 입력), view counters and
    credit units are taken out, nothing may be left.  A sentence that quotes a date ("On
    March 5, 2019, the company said...") keeps its words and stays.

    Safe: the line is removed whole; undo restores it.
    """

    code = "CR002"
    name = "dateline"
    stage = "boilerplate"
    summary = "Drop lines that are only a publication date and time, with labels, counters and credits (in English and about twenty other languages)."
    examples = (
        Example("Title\n發布時間:2019年10月08日 09:17:42\n\nBody.\n", "Title\n\nBody.\n"),
        Example("Title\n\nPublished 1 day ago\n\nBody.\n", "Title\n\nBody.\n"),
        Example("On March 5, 2019, the company said it would list.\n", "On March 5, 2019, the company said it would list.\n"),
        Example(
            "Titel\nPublié le 12 octobre 2024 à 14h35\nAtualizado em 12/10/2024 às 16h02\n12 октября 2024, 14:35\n"
            "Sabtu, 12 Oktober 2024 14:35 WIB\n12 ต.ค. 2567 14:35 น.\n입력 2024.10.12 14:35 수정 2024.10.12 16:02\n",
            "Titel\n",
        ),
        Example(
            "Le 12 octobre 2024, la grève a continué.\nAm 12. Oktober 2024 stimmte der Rat zu.\n",
            "Le 12 octobre 2024, la grève a continué.\nAm 12. Oktober 2024 stimmte der Rat zu.\n",
        ),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Drop each line that is a date and nothing else of substance."""
        texts = doc.texts
        if shortcuts.ENABLED:
            memory = _DATELINE_VERDICTS
            found = ((index, shortcuts.remembered(memory, texts[index], is_dateline)) for index in _date_candidates(doc))
        else:
            found = ((line.index, is_dateline(line.text)) for line in doc.lines)
        for index, dated in found:
            if dated:
                yield doc.drop_line(index, f"dateline: {texts[index].strip()!r}", evidence={"detector": "dateline"})


def is_dateline(line: str) -> bool:
    """True when a line of text ``line`` is a date and nothing else of substance."""
    text = line.strip()
    return bool(text) and len(text) <= 120 and dateline_residue(text) == ""


def _date_candidates(doc: Document) -> list[int]:
    """The indices of the lines of ``doc`` that may hold a :data:`DATE` (a superset), in order."""
    if len(doc.folded) != len(doc.text):
        return _lines_matching(doc, _DATE_SCOUT, doc.text)
    found = set(_lines_matching(doc, _DIGIT_SCOUT, doc.text))
    found.update(line.index for line in INDEX.lines_holding(doc, _DATE_WORDS))
    return sorted(found)


_TRAILING = regex.compile(r"\s*[(（]([^()（）]{2,120})[)）]\s*$")
_PARENTHESES = "()（）"
#: A line that :data:`_TRAILING` matches ends with a closing parenthesis and
#: what ``regex`` reads as ``\s``, which ``re`` (and ``str.strip``) read as
#: space too.  One scout per parenthesis: ``re`` looks for a literal far faster.
_CLOSING_AT_END = (re.compile(r"\)\s*$", re.MULTILINE), re.compile(r"）\s*$", re.MULTILINE))


def lines_closing_a_parenthesis(doc: Document) -> list[Line]:
    """The lines of ``doc`` that may end with a parenthesis :data:`_TRAILING` matches (a superset), in order."""
    found = {line.index: line for scout in _CLOSING_AT_END for line in doc.lines_matching(scout)}
    return [found[index] for index in sorted(found)]


def _search_trailing(text: str) -> regex.Match | None:
    """``_TRAILING.search(text)``, started where its match can start.

    The match closes the last parenthesis before the closing one at the end,
    and its white space comes after the parenthesis before that one.
    """
    if not shortcuts.ENABLED:
        return _TRAILING.search(text)
    close = len(text.rstrip()) - 1  # str.strip removes all that regex reads as \s (and more)
    if close < 0 or text[close] not in ")）":
        return None
    opening = max(text.rfind(p, 0, close) for p in _PARENTHESES)
    if opening < 0 or text[opening] not in "(（":
        return None
    return _TRAILING.search(text, max(text.rfind(p, 0, opening) for p in _PARENTHESES) + 1)


def trailing_credit(text: str) -> regex.Match | None:
    """The match of a credit in parentheses that ends ``text`` after some other text, or None."""
    match = _search_trailing(text)
    if not match or match.start() == 0 or not text[: match.start()].strip():
        return None
    inner = match.group(1)
    if credit_units(inner) is None and not is_by_credit(inner):
        return None
    return match


@register
class TrailingCredit(Rule):
    """Remove a credit in parentheses at the end of a paragraph; keep the paragraph.

    Syndicated articles end their last paragraph with where they came from:
    ``...的機會。”(來源:投中網 文/甄祥晴 編選:網經社)``, ``...on Monday.
    (Reporting by Jane Doe; Editing by John Roe)``.  Only the parenthetical
    goes, and only when everything inside it is credits.  A bracket at the
    start of a paragraph (the agency tag ``(網經社訊)``) is never touched.

    Safe: an in-line delete; undo restores it.
    """

    code = "CR003"
    name = "trailing-credit"
    stage = "boilerplate"
    summary = "Remove a credit in parentheses at the end of a paragraph, such as (來源:X 文/Y)."
    examples = (
        Example("他說,“不會錯過機會。”(來源:投中網 文/甄祥晴 編選:網經社)\n", "他說,“不會錯過機會。”\n"),
        Example(
            "Shares rose 3%. (Reporting by Jane Doe; Editing by John Roe)\n",
            "Shares rose 3%.\n",
        ),
        Example("(網經社訊)2018年9月30日,騰訊調整組織架構。\n", "(網經社訊)2018年9月30日,騰訊調整組織架構。\n"),
        Example("The plan (see the annex) was approved.\n", "The plan (see the annex) was approved.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Delete each trailing credit parenthetical."""
        if shortcuts.ENABLED:
            found = ((line, _trailing_span(line.text)) for line in lines_closing_a_parenthesis(doc))
        else:
            found = ((line, _trailing_span(line.text)) for line in doc.lines)
        for line, span in found:
            if span is not None:
                start, end, credit = span
                yield Edit(
                    line.start + start,
                    line.start + end,
                    "",
                    f"credit at the end of a paragraph: {credit!r}",
                    evidence={"detector": "trailing-credit"},
                )


def _trailing_span(text: str) -> tuple[int, int, str] | None:
    """Where the trailing credit of a line of text ``text`` starts and ends, and the credit; or None."""
    if "(" not in text and "（" not in text:  # a blank line too
        return None
    match = trailing_credit(text)
    return None if match is None else (match.start(), match.end(), match.group(1))


__all__ = [
    "CreditLine", "Dateline", "TrailingCredit", "DATE", "byline_with_date", "credit_verdict", "dateline_residue", "is_dateline",
    "trailing_credit", "is_credit_line",
]
