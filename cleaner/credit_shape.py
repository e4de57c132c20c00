"""What a credit looks like: a role word, a separator, a short name.

``Editor | Qi Jielun``, ``text|you yong``, ``editor: zhou luping``,
``文/甄祥晴 編選:網經社``, ``責任編輯：王小明``, ``Reporting by A; Editing by B``,
``By Jane Doe | Example News``, ``Текст: Лида Буслаева``, ``Foto: dpa``.
The shape is general: a role from a lexicon of credit roles in English,
Simplified and Traditional Chinese and, with a separator only, German,
French, Spanish, Portuguese, Italian, Russian, Japanese, Korean, Dutch,
Polish, Turkish, Vietnamese, Indonesian, Malay, Arabic, Hindi, Thai,
Ukrainian, Czech, Slovak, Swedish, Danish, Norwegian and Greek, a
separator (``|``, ``:``, ``：``, ``/``) or ``by``, and a name of a few
words without sentence punctuation.  A line is a credit when it is nothing
but such units.  Some roles are abbreviated with a full stop for a
separator (Polish ``Fot. PAP``, ``Zdj. X``).  A byline in another language
may be "by" and a name alone (``Door Jan de Vries``, ``Par Jean Dupont``):
:func:`lone_byline_name`.
"""

from __future__ import annotations

import re

import regex

from cleaner import shortcuts

_ROLES_EN = (
    "additional reporting|art direction|author|authors|by|chief editor|columnist|compiled|compiler|contributor|"
    "contributors|copy editor|correspondent|cover|cover image|cover photo|credit|credits|design|designer|edited|"
    "editing|editor|editors|executive editor|graphic|graphics|head image|head map|header image|illustration|"
    "illustrations|image|images|intern|interview|layout|map|photo|photograph|photographer|photographs|"
    "photography|photos|picture|pictures|planning|produced|producer|proofreading|proofread|reporter|reporters|"
    "reporting|responsible editor|reviewed|reviewer|source|sources|text|translated|translation|translator|"
    "typesetting|video|words|writer|written"
)
_ROLES_ZH = (
    "作者|文|撰文|文字|文章来源|文章來源|本文来源|本文來源|来源|來源|稿源|出处|出處|"
    "编辑|編輯|责编|責編|责任编辑|責任編輯|主编|主編|编审|編審|编选|編選|编译|編譯|值班编辑|值班編輯|"
    "图|圖|图片|圖片|图源|圖源|题图|題圖|头图|頭圖|封面|封面图|封面圖|插图|插圖|配图|配圖|"
    "摄影|攝影|摄|攝|记者|記者|通讯员|通訊員|实习生|實習生|特约记者|特約記者|"
    "翻译|翻譯|译者|譯者|编译|校对|校對|审核|審核|审校|審校|终审|終審|初审|初審|"
    "出品|策划|策劃|监制|監製|制作|製作|设计|設計|排版|视频|視頻|整理|口述|供稿|采写|採寫|统筹|統籌"
)
# The same roles in other languages sites write in (German, French, Spanish,
# Portuguese, Italian, Russian, Japanese, Korean); only with a separator,
# since their words for "by" (von, par, por, di) also open sentences.
_ROLES_OTHER = (
    "autor|autorin|autoren|text|texte|texto|testo|foto|fotos|bild|bilder|quelle|redaktion|übersetzung|grafik|"
    "auteur|auteure|photo|photos|source|rédaction|traduction|crédit|crédits|illustration|"
    "autora|fuente|fonte|redacción|redação|traducción|tradução|edición|edição|fotografía|fotografia|"
    "autore|redazione|traduzione|"
    "автор|авторы|текст|фото|фотография|источник|редактор|редакция|перевод|иллюстрация|видео|"
    "写真|記者|編集|出典|翻訳|取材|"
    "기자|사진|글|편집|출처|번역|"
    # Dutch, Polish, Turkish, Vietnamese, Indonesian and Malay, Arabic,
    # Ukrainian, Czech and Slovak, Swedish, Danish and Norwegian, Greek.
    "auteur|tekst|bron|beeld|fotografie|redactie|vertaling|eindredactie|"
    "redakcja|źródło|zdjęcie|zdjęcia|tłumaczenie|opracowanie|"
    "fotoğraf|editör|kaynak|haber|yazar|çeviri|muhabir|görsel|"
    "ảnh|biên tập|tác giả|nguồn|đồ họa|thực hiện|phóng viên|bài|"
    "penulis|sumber|pewarta|redaktur|penyunting|oleh|teks|gambar|wartawan|"
    "كتب|كتبت|بقلم|تصوير|تحرير|المصدر|الصورة|ترجمة|إعداد|مراسل|"
    "джерело|редакція|переклад|ілюстрація|"
    "redakce|zdroj|překlad|ilustrace|redakcia|preklad|"
    "redaktör|källa|översättning|kilde|redaktør|"
    "φωτογραφία|επιμέλεια|πηγή|κείμενο|συντάκτης|μετάφραση|εικόνα|"
    # Polish and Czech for a woman and for several authors; Hungarian,
    # Romanian and Finnish.
    "autorka|autorzy|autoři|fotó|szöveg|forrás|szerkesztő|sursa|kuva|teksti|lähde|toimittaja"
)
#: Roles that sites abbreviate with a full stop instead of a separator
#: (Polish ``Fot. PAP``, ``Zdj. X``, ``Oprac. X``, ``Tłum. X``, Lithuanian
#: ``Nuotr. BNS``): the full stop is their separator.  A number after it
#: makes a figure's caption (``Fot. 1. Widok na most``), not a credit.
ROLES_DOTTED = "fot|zdj|oprac|tłum|nuotr"
# Roles in scripts whose words hold combining marks (Hindi, Thai); the
# unit shape reads a mark as part of a word, as it reads a letter.
_ROLES_MARKED = (
    "फोटो|संपादक|लेखक|स्रोत|रिपोर्ट|संवाददाता|अनुवाद|तस्वीर|"
    "ภาพ|บรรณาธิการ|ที่มา|เรื่อง|ผู้เขียน|เขียน|แปล|ภาพประกอบ|เรียบเรียง"
)
# A unit: an optional qualifier (two words, or a few Han characters), a
# role, then a separator or "by".
_UNIT = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{N}}])(?:[\p{{Latin}}]+\s+){{0,2}}(?:{_ROLES_EN})(?:\s+by\b|\s*[|｜:：/]))"
    rf"|(?:\p{{Han}}{{0,3}}(?:{_ROLES_ZH})\s*[|｜:：/])"
    rf"|(?:(?<![\p{{L}}\p{{N}}])(?:{_ROLES_OTHER}|{_ROLES_MARKED})\s*[|｜:：/])"
    rf"|(?:(?<![\p{{L}}\p{{N}}])(?:{ROLES_DOTTED})\.(?:\s*[:：])?)",
    regex.IGNORECASE,
)
# What :data:`_UNIT` needs at the start of a text, for ``re`` (several times
# faster to rule a text out): up to four words, then a separator; or one to
# four words, then ``by``; or a word and a full stop (an abbreviated role).  A unit is up to two words (Latin ones or, in
# Chinese, Han characters run together) and a role of at most two words,
# then a separator, or white space and ``by``.  A word here is a run of
# anything but white space (that of ``re`` holds that of ``regex``),
# separators and ASCII characters other than letters: no role and no Latin
# or Han letter is one of those.  ``regex`` pairs ``b`` and ``y`` only with
# ``B`` and ``Y`` when ignoring case.
_WORD = r"[^\x00-@\[-`{-\x7f\s｜：]++"
_UNIT_SHAPE = re.compile(rf"(?:{_WORD}\s++){{0,3}}{_WORD}\s*+[|｜:：/]|(?:{_WORD}\s++){{1,4}}[bB][yY]|{_WORD}\.")
_SENTENCE_PUNCT = regex.compile(r"[!?。！？；;\"“”]|[.](?=\s+\p{Ll})|(?<=\p{L}{3})[.](?=\s|$)")
_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}'’.\-]*")
_STOP = regex.compile(r"^(?:the|a|an|this|that|then|now|way|far|contrast|comparison|default|chance|law|means|far)\b", regex.I)


def credit_units(text: str) -> list[tuple[str, str]] | None:
    """``[(role, name), ...]`` when ``text`` is nothing but credits, else None.

    Units may be separated by white space, ``;``, ``,``, ``|`` or ``/``; each
    name is at most 40 characters and six words, without sentence
    punctuation.
    """
    text = text.strip().strip("()（）[]【】<>《》 \t")
    if not text or len(text) > 160:
        return None
    if shortcuts.ENABLED and not _UNIT_SHAPE.match(text):
        return None
    if not _UNIT.match(text):
        return None  # the first unit must start the text: one anchored try instead of a scan
    matches = list(_UNIT.finditer(text))
    units = []
    for n, match in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
        name = text[match.end() : end].strip(" \t;,，、|｜/·•-–—")
        if not _is_name(name) or (name[:1].isdigit() and "." in match.group(0)):
            return None
        units.append((match.group(0).strip(), name))
    return units


def _is_name(name: str) -> bool:
    """A short name: a few words, no sentence punctuation, not a sentence start."""
    if not name or len(name) > 40 or _SENTENCE_PUNCT.search(name):
        return False
    if len(_LATIN_WORD.findall(name)) > 6 or _STOP.search(name):
        return False
    return True


_BYLINE = regex.compile(
    r"^\W{0,2}by\s+(?P<name>[^|,;:()]{2,40}?)(?:\s*[|,/·•-]\s*(?P<org>[^|,;:]{2,40}))?\W{0,2}$",
    regex.IGNORECASE,
)


def is_byline(text: str) -> bool:
    """True for ``By Jane Doe`` or ``By Jane Doe | Example News`` (a name of one to four words)."""
    match = _BYLINE.match(text.strip())
    if not match:
        return False
    name = match.group("name").strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or _STOP.search(name) or _SENTENCE_PUNCT.search(name):
        return False
    return all(w[:1].isupper() for w in words) or text == text.lower()


#: "By" in other languages: ``Von``, ``Door``, ``Par``, ``Por``, ``di``,
#: ``A cura di``, ``Av``, ``Oleh``, ``Γράφει ο``, ``بقلم``.
_BY_OTHER = r"von|door|par|por|di|a cura di|av|af|oleh|γράφει(?: ο| η)?|بقلم"
#: "By" opening a byline, with the uncased scripts' ``โดย`` and ``bởi``.
_BY_WORD = regex.compile(rf"^\W{{0,2}}(?:{_BY_OTHER}|bởi|โดย)\s*:?\s+", regex.IGNORECASE)
#: Words that open a sentence or a title, never a name (``Por una cabeza``, ``Par avion``).
_NOT_NAME = frozenset(
    "a an the el la los las le les un una uno une des der die das den dem ein eine het de een lo il gli i o os as "
    "um uma y e et und en och og".split()
)
#: Particles inside names: ``Jan de Vries``, ``Ludwig van Beethoven``, ``Ahmad bin Ali``.
_PARTICLES = frozenset("de van der den von da di del della dos das du le la bin binti al el ter ten y".split())
_NAME_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.\-]*")
_CASED = regex.compile(r"\p{Lu}|\p{Ll}")


def is_person_name(text: str, least: int = 1) -> bool:
    """A person's name: ``least`` to four words (particles aside), no digits or sentence marks.

    In a script with case (Latin, Cyrillic, Greek) every word but a
    particle starts with a capital and the first word is no article; in
    others (Arabic, Thai, Hindi, Korean) the words are only letters.
    """
    words = text.split()
    if not words or len(text) > 40 or _SENTENCE_PUNCT.search(text):
        return False
    if not all(_NAME_TOKEN.fullmatch(w) for w in words):
        return False
    if _CASED.search(text):
        if words[0].casefold() in _NOT_NAME or not words[0][:1].isupper():
            return False
        names = [w for w in words if w.casefold() not in _PARTICLES]
        if not all(w[:1].isupper() for w in names):
            return False
    else:
        names = words
    return least <= len(names) <= 4


def foreign_byline_name(text: str) -> str | None:
    """The name of a byline in another language (``Door Jan de Vries``, ``Oleh: Budi Santoso``), or None."""
    match = _BY_WORD.match(text.strip())
    if not match:
        return None
    name = text.strip()[match.end() :].strip()
    return name if is_person_name(name, 1 if len(match.group(0).strip()) > 3 else 2) else None


#: "By" opening a byline that is nothing but the name: the words of
#: :data:`_BY_WORD` but the uncased scripts' (Thai ``โดย``, Vietnamese
#: ``bởi`` open phrases too) and ``Γράφει``; ``Του``/``Της`` (Greek, the
#: name in the genitive); "written by" (``Escrito por``, ``Scritto da``,
#: ``Geschrieben von``, ``Écrit par``, ``Geschreven door``, ``Skrevet av``);
#: and the Romanian ``de``, in lower case only (``De`` opens Dutch and
#: Spanish sentences and names).
_LONE_BY_WORD = regex.compile(
    rf"^(?:(?P<word>{_BY_OTHER}|per|του|της|"
    r"escrit[oa] por|scritt[oa] da|geschrieben von|écrit par|geschreven door|skrevet av|skrevet af|skrivet av)"
    r"\s*:?|(?-i:de))\s+",
    regex.IGNORECASE,
)
#: Words that open or join the words of a title, never a name's: ``Door
#: Weer En Wind``, ``Por Qué Importa``, ``Von Kopf Und Fuß`` are titles.
#: Capitalised, they make the line no byline (a name with a capitalised
#: particle, ``Juan De La Cruz``, stays too: keeping it is the safe side).
_TITLE_WORDS = _NOT_NAME | frozenset(
    "and or of en und et och og ve dan és și y e i o u a al del della di da de du van von zu zum zur im am "
    "mit für auf aus pour sur dans avec sans para con sin sobre per che met voor op uit naar "
    "qué que quién cómo como dónde cuándo porque pourquoi comment quoi was wie warum wer wo wat hoe waarom "
    "nicht niet non ne no not yang ini itu dengan untuk".split()
)


#: The longest lone byline: the longest "by" (16 characters), white space and a name of at most 40.
_LONE_BYLINE_CHARS = 64


def lone_byline_name(text: str) -> str | None:
    """The name of a byline that is "by" and a name only (``Door Jan de Vries``, ``Par Jean Dupont``), or None.

    The name is two to four words, each capitalised but for particles
    (``de``, ``van``, ``bin``), with no word of a title among them; a name
    in an uncased script only after ``بقلم``.  A sentence that opens with
    the same word (``Par ailleurs, ...``, ``Door de regen ...``, ``Von
    Berlin aus ...``) or a title (``Por una cabeza``) is no byline.
    """
    text = text.strip()
    if len(text) > _LONE_BYLINE_CHARS:
        return None  # longer than "by" and the longest name: said cheaply before the pattern tries
    match = _LONE_BY_WORD.match(text)
    if not match:
        return None
    name = text[match.end() :].strip()
    if not is_person_name(name, 2):
        return None
    words = name.split()
    if any(w[:1].isupper() and w.casefold() in _TITLE_WORDS for w in words):
        return None
    if not _CASED.search(name) and match.group("word") != "بقلم":
        return None
    return name


#: A Korean reporter line: ``김민수 기자``, ``기자 김민수``, with an e-mail address.
_KOREAN_REPORTER = regex.compile(
    r"^\W{0,2}(?:\p{Hangul}{2,4}\s*(?:기자|특파원|선임기자|수습기자|인턴기자|객원기자|전문기자)"
    r"|(?:기자|특파원)\s*\p{Hangul}{2,4})(?:\s*[(\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]]?)?\W{0,2}$"
)


def is_korean_reporter(text: str) -> bool:
    """True for ``김민수 기자``, ``기자 김민수``, ``김민수 기자 kim@example.co.kr``."""
    return bool(_KOREAN_REPORTER.match(text.strip()))


_BY_CREDIT = regex.compile(
    r"^\W{0,2}(?:translated|edited|written|compiled|reported|photographed|illustrated|produced|reviewed|"
    r"proofread|interviewed|designed|photos?|video|reporting|additional reporting|text|words)\s+by\s+\p{L}",
    regex.IGNORECASE,
)


def is_by_credit(text: str) -> bool:
    """True for ``Translated by X (...)``, ``Reporting by X; Editing by Y``: a short credit sentence."""
    text = text.strip()
    return len(text) <= 200 and bool(_BY_CREDIT.match(text)) and text.count(". ") <= 1


def is_credit_line(text: str) -> bool:
    """True when the whole line is a credit (units, a byline, a by-credit or a Korean reporter line)."""
    return credit_units(text) is not None or is_byline(text) or is_by_credit(text) or is_korean_reporter(text)


#: Every line :func:`is_credit_line` accepts holds one of these (a separator
#: of a credit unit, or ``by``: a unit's role ``by``, a byline, a by-credit)
#: or opens with a role abbreviated with a full stop (``Fot. X``, see
#: ``_LINE_START_WORDS`` in :mod:`cleaner.stages.credits`).
#: ``re`` pairs at least the characters ``regex`` pairs with b and y ignoring case.
#: ``기자`` and ``특파원`` for a Korean reporter line; ``•`` and ``·`` between
#: a byline and its date (:func:`cleaner.stages.credits.byline_with_date`).
CREDIT_LINE_SCOUT = re.compile(r"[|｜:：/•·]|by|기자|특파원", re.IGNORECASE)
#: The same for the folded text (:meth:`cleaner.document.Document.folded_lines_matching`).
FOLDED_CREDIT_LINE_SCOUT = re.compile(r"[|｜:：/•·]|by|기자|특파원")
