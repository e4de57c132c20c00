"""Stage ``navigation``: menus and lists of other articles left in the page text.

A whole-page extraction carries the site's menus as runs of short link-like
lines (``Home``, ``News``, ``Sport`` ... or ``首页 新闻 体育``), and lists of
other headlines under a header (``Related articles``, ``Most read``,
``相关阅读``).  NV001 finds menus by their rhythm, NV002 finds headed lists.
"""

from __future__ import annotations

from typing import Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.line_shape import clause_marks, ends_like_sentence, has_letters, is_prose
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

_LIST_MARKER = regex.compile(r"^\s*(?:[-*•·▪◦]|\d+[.)、]|[a-z][.)]\s|[一二三四五六七八九十]+[、.])")
_WORD = regex.compile(r"\S+")
_SMALL = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "with", "by", "&", "+", "or", "|", "-"}
_MENU_LINE = regex.compile(r"^(?:\p{Han}{2,6})(?:[ \t\u3000|｜/·•]+\p{Han}{2,6}){3,}$")


#: The longest (stripped) line that can look like a link.
_LINK_CHARS = 40


def is_link_like(text: str) -> bool:
    """A menu item: a few title-case words or a few Han characters, no sentence or list shape.

    Case is read in every cased script (Latin with its accents, Cyrillic,
    Greek...); words of scripts without case (Han, Arabic, Devanagari, Thai,
    Hangul...) pass as labels.
    """
    text = text.strip()
    if not text or len(text) > _LINK_CHARS or not has_letters(text) or _LIST_MARKER.match(text):
        return False
    if ends_like_sentence(text) or clause_marks(text):
        return False
    words = _WORD.findall(text)
    if len(words) > 5:
        return False
    # Every word capitalised, a small word, or not opening with a cased letter
    # (a number, Han, Arabic, Devanagari...): a lower-case word in any cased
    # script (``équipe``, ``пришла``, ``νέο``) makes a phrase, not a label.
    return all(not w[:1].islower() or w.lower() in _SMALL for w in words)


@register
class MenuRun(Rule):
    """Drop menus: runs of short link-like lines, and one-line menus of Han words.

    A run is at least ``min_run`` consecutive non-blank lines (blank lines
    between them allowed) that each look like a link: at most five
    title-case words or a short Han label, no sentence end, no comma, not
    a numbered or bulleted list item.  A line of four or more short Han
    words separated by spaces or bars (``首页 新闻 体育 娱乐``) is a menu on
    its own.  A list inside an article is usually numbered, bulleted, or
    made of lower-case phrases with commas, and stays.

    Safe for page text; text that is mostly a list of proper names (an
    index, a table of contents) can lose entries, so raise ``min_run``.
    """

    code = "NV001"
    name = "menu-run"
    stage = "navigation"
    summary = "Drop runs of short link-like lines (site menus) and one-line menus of short Han words."
    options = {"min_run": Option(5, "How many link-like lines in a row make a menu.")}
    examples = (
        Example(
            "Title\n\nHome\nNews\nSport\nWeather\nTravel\n\nBody of the article, which is a sentence.\n",
            "Title\n\nBody of the article, which is a sentence.\n",
        ),
        Example("标题\n\n首页 新闻 体育 娱乐 财经\n\n正文。\n", "标题\n\n正文。\n"),
        Example(
            "You need:\n\n- 2 eggs\n- 1 cup flour\n- Milk\n- Sugar\n- Salt\n",
            "You need:\n\n- 2 eggs\n- 1 cup flour\n- Milk\n- Sugar\n- Salt\n",
        ),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Drop each run of link-like lines long enough to be a menu."""
        min_run = self.options.get("min_run", 5)
        enabled = shortcuts.ENABLED
        texts = doc.texts
        drops: list = []
        # The lines that may be in a run, up to the next line that ends any run.
        stretch: list[int] = []
        title = True
        for index, text in enumerate(texts):
            if not text or text.isspace():
                continue  # blank
            if title:
                title = False
                continue  # the first line is the title, never part of a menu
            # A menu line is Han characters: an ASCII line never matches.
            if not text.isascii() and _MENU_LINE.match(text.strip()):
                drops.append((index, "menu: one line of short Han labels", {"detector": "menu-line"}))
                continue
            if not enabled or len(text) <= _LINK_CHARS or len(text.strip()) <= _LINK_CHARS:
                stretch.append(index)
                continue
            # Too long to look like a link (see is_link_like): it ends any run,
            # and the lines before it make no run when they are too few.
            if stretch:
                if len(stretch) >= min_run:
                    self._runs(texts, stretch, min_run, drops)
                stretch = []
        if len(stretch) >= min_run or not enabled:
            self._runs(texts, stretch, min_run, drops)
        yield from doc.drop_lines(drops)

    @staticmethod
    def _runs(texts: list[str], stretch: list[int], min_run: int, drops: list) -> None:
        """Add to ``drops`` the runs of at least ``min_run`` link-like lines among the lines ``stretch``."""
        run: list[int] = []
        for index in [*stretch, None]:
            if index is not None and is_link_like(texts[index]):
                run.append(index)
                continue
            if len(run) >= min_run:
                reason = f"menu: a run of {len(run)} short link-like lines"
                drops.extend((k, reason, {"detector": "menu-run", "run": len(run)}) for k in run)
            run = []


#: The words of the headers, one alternative of a pattern each; :data:`_LIST_HEADER` matches a line of one.
_HEADER_WORDS = (
    r"related(?: articles?| stories| posts| news| content| links| topics| coverage| reading)?|"
    r"(?:more|latest|top|recent|popular|trending|featured|recommended|similar|other) (?:articles|stories|posts|news|"
    r"headlines|videos|from [\w' .&-]{1,30}|on [\w' .&-]{1,30}|in [\w' .&-]{1,30})|"
    r"most (?:read|popular|viewed|shared|commented|emailed)|read next|up next|what to read next|also read|"
    r"(?:you )?(?:may|might) also (?:like|enjoy|be interested in)|recommended(?: for you| reading)?|editor'?s? picks?|"
    r"trending(?: now)?|popular now|don't miss|further reading|see also|suggested (?:articles|reading|for you)|"
    r"相关阅读|相關閱讀|相关文章|相關文章|相关新闻|相關新聞|相关推荐|相關推薦|热门推荐|熱門推薦|推荐阅读|推薦閱讀|"
    r"猜你喜欢|猜你喜歡|延伸阅读|延伸閱讀|热门文章|熱門文章|最新文章|精彩推荐|精彩推薦|热点新闻|熱點新聞|"
    r"大家都在看|热门排行|熱門排行|排行榜|最新资讯|最新資訊|热门阅读|熱門閱讀|往期回顾|往期回顧|往期推荐|往期推薦|"
    # The same headers as sites in other languages word them: "related",
    # "read also", "you may also like", "most read", "more news".
    # German, French, Spanish, Portuguese, Italian, Catalan.
    r"lesen sie auch|das könnte (?:sie|dich) auch interessieren|auch interessant|mehr zum thema|passend zum thema|"
    r"weitere artikel|weitere nachrichten|ähnliche artikel|verwandte artikel|meistgelesen(?:e artikel)?|"
    r"(?:à )?lire (?:aussi|également)|sur le même (?:sujet|thème)|articles (?:similaires|liés|connexes|recommandés)|"
    r"les plus (?:lus|partagés|commentés)|(?:à )?voir aussi|vous aimerez (?:peut-être )?aussi|dans la même rubrique|"
    r"lea también|(?:también )?te (?:puede|podría) interesar|quizás te interese|te recomendamos|"
    r"noticias relacionadas|artículos relacionados|contenido relacionado|relacionad[oa]s|lo más (?:leído|visto)|"
    r"más (?:noticias|leídas|leídos)|otras noticias|"
    r"leia também|veja também|notícias relacionadas|matérias relacionadas|artigos relacionados|mais (?:lidas|lidos)|"
    r"você (?:também )?pode (?:gostar|se interessar)|outras notícias|"
    r"leggi anche|articoli correlati|notizie correlate|correlati|(?:i )?più letti|(?:ti )?potrebbe interessarti|"
    r"ti potrebbe(?:ro)? interessare|potrebbero interessarti|vedi anche|altre notizie|"
    r"notícies relacionades|(?:també )?et pot interessar|"
    # Russian, Ukrainian, Bulgarian, Serbian.
    r"читайте (?:также|ещ[её])|материалы по теме|новости по теме|(?:ещ[её] )?по теме|похожие (?:статьи|новости)|"
    r"самое (?:читаемое|популярное)|смотрите также|вам может быть интересно|другие новости|новости партн[её]ров|"
    r"читайте також|схожі (?:новини|статті)|(?:новини|матеріали) за темою|за темою|по темі|найпопулярніше|"
    r"найчитаніше|дивіться також|вас може зацікавити|інші новини|"
    r"още по темата|прочетете още|свързани (?:новини|статии)|най-четени|повезане вести|прочитајте још|"
    # Japanese, Korean.
    r"関連記事|関連ニュース|関連リンク|人気記事|人気の記事|おすすめ記事|注目記事|(?:あわせて|合わせて)読みたい|"
    r"こちらもおすすめ|관련\s?기사|관련\s?뉴스|많이 본 (?:뉴스|기사)|인기\s?기사|추천\s?기사|"
    # Dutch; Swedish, Danish and Norwegian; Finnish.
    r"gerelateerde (?:artikelen|berichten)|gerelateerd|lees ook|meer nieuws|meer over dit onderwerp|ook interessant|"
    r"meest gelezen|bekijk ook|"
    r"relaterade artiklar|relaterat|läs (?:också|även)|mest lästa|fler nyheter|relaterede artikler|relateret|"
    r"læs også|mest læste|flere nyheder|les også|relaterte artikler|relatert|mest lest|flere nyheter|"
    r"lue myös|aiheeseen liittyv(?:ät|ää)|luetuimmat|suosituimmat|katso myös|lisää aiheesta|"
    # Polish, Czech, Slovak, Croatian and Slovene, Hungarian, Romanian.
    r"(?:czytaj|zobacz|przeczytaj) (?:też|także|również)|powiązane(?: artykuły)?|podobne artykuły|polecane|polecamy|"
    r"najczęściej czytane|najpopularniejsze|więcej na ten temat|może cię (?:też |także )?zainteresować|"
    r"související(?: články)?|čtěte (?:také|též)|přečtěte si (?:také|též)|mohlo by vás (?:zajímat|zaujímať)|"
    r"nejčtenější|podobné články|další články|súvisiace(?: články)?|čítajte aj|prečítajte si aj|najčítanejšie|"
    r"povezan(?:e vijesti|i članci)|pročitajte (?:i|još)|najčitanije|sorodne novice|preberite tudi|"
    r"kapcsolódó (?:cikkek|hírek|tartalmak)|ezt is ajánljuk|ajánlott cikkek|legolvasottabb(?: cikkek)?|"
    r"ezek is érdekelhetik|további híreink|"
    r"articole (?:similare|asemănătoare|recomandate)|cite[șş]te [șş]i|vezi [șş]i|[șş]tiri similare|"
    r"cele mai citite|te-ar putea interesa|alte [șş]tiri|"
    # Greek, in lower case with and without accents (capitals drop them).
    r"σχετικ[άα] [άα]ρθρα|σχετικ[έε]ς ειδ[ήη]σεις|διαβ[άα]στε (?:επ[ίι]σης|ακ[όο]μα|ακ[όο]μη)|δε[ίι]τε επ[ίι]σης|"
    r"τα πιο δημοφιλ[ήη]|δημοφιλ[ήη]|"
    # Turkish (regex pairs İ with i and I with ı when ignoring case).
    r"ilgili (?:haberler|içerikler|yazılar)|benzer haberler|(?:bunlar da )?ilginizi çekebilir|"
    r"(?:en )?çok okunan(?:lar| haberler)|diğer haberler|editörün seçtikleri|"
    # Vietnamese, Indonesian and Malay, Filipino.
    r"tin liên quan|bài (?:viết )?liên quan|đọc thêm|xem thêm|tin cùng chuyên mục|tin khác|đọc nhiều nhất|tin đọc nhiều|"
    r"có thể bạn quan tâm|bạn có thể quan tâm|"
    r"berita terkait|artikel terkait|berita berkaitan|artikel berkaitan|baca juga|simak juga|lihat juga|"
    r"berita lainnya|artikel lainnya|(?:berita )?terpopuler|paling banyak dibaca|pilihan editor|"
    r"rekomendasi (?:untuk anda|berita|artikel)|berita pilihan|jangan lewatkan|paling popular|basahin din|"
    # Arabic, Persian, Hebrew.
    r"[اأ]خبار (?:ذات صلة|متعلقة)|مقالات (?:ذات صلة|مقترحة)|مواضيع ذات صلة|موضوعات ذات صلة|ذات صلة|"
    r"[اأإ]قرأ [اأ]يض(?:اً|ًا|ا)|شاهد [اأ]يض(?:اً|ًا|ا)|ال[اأ]كثر (?:قراءة|مشاهدة)|قد يهمك|قد يعجبك [اأ]يض(?:اً|ًا|ا)|"
    r"مطالب مرتبط|اخبار مرتبط|بیشتر بخوانید|כתבות (?:נוספות|קשורות)|עוד בנושא|"
    # Hindi (the nukta as its own mark or in the letter), Thai.
    "(?:संबंधित|सम्बंधित|सम्बन्धित) (?:(?:ख|\u0916\u093c|\u0959)बरें|लेख|समाचार)|"
    "(?:ये|यह|इसे|और) भी प(?:ढ|\u0922\u093c|\u095d)ें|(?:जरूर|\u091c\u093cरूर|\u095bरूर) प(?:ढ|\u0922\u093c|\u095d)ें|"
    r"ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|เรื่องที่เกี่ยวข้อง|เนื้อหาที่เกี่ยวข้อง|ข่าวแนะนำ|"
    r"บทความแนะนำ|ข่าวยอดนิยม|บทความยอดนิยม|คุณอาจสนใจ"
)
_HEADER_SHAPE = r"^\W*(?:{})\s*[:：]?\W*$"
_LIST_HEADER = regex.compile(_HEADER_SHAPE.format(_HEADER_WORDS), regex.IGNORECASE)


#: The most characters the words of a header span: the widest match of the
#: alternatives of :data:`_LIST_HEADER` (a test measures the pattern).
_HEADER_CHARS = 47
#: Characters ``regex`` reads as ``\\W``: ASCII punctuation and white space, and Chinese punctuation.
_NOT_WORD = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_")) + "。，、；：？！“”‘’（）《》「」『』【】…—·｜"


def _may_be_header(text: str) -> bool:
    """False for a line whose words span too much for :data:`_LIST_HEADER` to match it.

    The pattern allows only non-word characters around the header's words.
    Stripped of such characters, a line that starts and ends with a letter
    or digit has all of what is left inside the header's words.
    """
    core = text.strip(_NOT_WORD)
    if len(core) <= _HEADER_CHARS:
        return True
    return not (_word_character(core[0]) and _word_character(core[-1]))


def _word_character(char: str) -> bool:
    """Whether ``regex`` surely reads ``char`` as ``\\w``: a letter, or an ASCII digit or underscore."""
    return char.isalpha() or char in "0123456789_"


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of the pattern ``source`` (split at ``|`` outside groups and classes)."""
    """The top-level alternatives of the pattern ``source`` (its ``|`` outside groups and classes)."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for k, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:k])
            start = k + 1
    return [*parts, source[start:]]


_HEADER_ALTERNATIVES = [regex.compile(part, regex.IGNORECASE) for part in _alternatives(_HEADER_WORDS)]
_HEADER_START = regex.compile(rf"(?:{_HEADER_WORDS})", regex.IGNORECASE)
#: Per first letter of a line's words, :data:`_LIST_HEADER` with only the alternatives that may start with it (or None).
_HEADERS_FROM: dict[str, regex.Pattern | None] = {}


def _headers_from(letter: str) -> regex.Pattern | None:
    """The pattern of the headers whose words may begin with ``letter``, or None; as ``regex`` reads them."""
    found = _HEADERS_FROM.get(letter, _HEADERS_FROM)
    if found is _HEADERS_FROM:
        found = None
        if _HEADER_START.match(letter, partial=True):
            words = [part.pattern for part in _HEADER_ALTERNATIVES if part.match(letter, partial=True)]
            found = regex.compile(_HEADER_SHAPE.format("|".join(words)), regex.IGNORECASE)
        _HEADERS_FROM[letter] = found
    return found  # type: ignore[return-value]


def is_list_header(header: str) -> bool:
    """Whether the stripped line ``header`` is a header of a list of other articles (:data:`_LIST_HEADER`).

    Every header's words begin with a letter, which ``\\W*`` cannot take.
    When the line's first letter comes after characters ``regex`` surely
    reads as ``\\W``, only the alternatives that may begin with that letter
    are tried (a few instead of hundreds), and a line whose words span too
    much is ruled out first (:func:`_may_be_header`).
    """
    if not shortcuts.ENABLED:
        return _LIST_HEADER.match(header) is not None
    core = header.strip(_NOT_WORD)
    first = core[:1]
    if first.isalpha():
        last = core[-1]
        if len(core) > _HEADER_CHARS and (last.isalpha() or last in "0123456789_"):
            return False
        pattern = _HEADERS_FROM.get(first, _HEADERS_FROM)
        if pattern is _HEADERS_FROM:
            pattern = _headers_from(first)
        return pattern is not None and pattern.match(header) is not None  # type: ignore[union-attr]
    if not first or first in "0123456789_":
        return False  # no letter, or a word character no header begins with
    return _may_be_header(header) and _LIST_HEADER.match(header) is not None


@register
class HeadedList(Rule):
    """Drop a list of other articles under its header: Related articles, Most read, 相关阅读.

    After a header line, the list runs while lines look like headlines:
    at most ``max_item_chars`` characters and not prose ending in a full
    stop.  It stops at the first paragraph of running text or after
    ``max_items`` items.  The header goes with its list.

    The headers are the phrase families sites use for "related", "read
    also", "you may also like", "most read" and "more news", in English
    and Chinese, and in German, French, Spanish, Portuguese, Italian,
    Catalan, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech,
    Slovak, Croatian, Slovene, Serbian, Hungarian, Romanian, Greek,
    Turkish, Russian, Ukrainian, Bulgarian, Japanese, Korean, Vietnamese,
    Indonesian, Malay, Filipino, Arabic, Persian, Hebrew, Hindi and Thai
    (``Gerelateerde artikelen``, ``Czytaj także``, ``İlgili Haberler``,
    ``Tin liên quan``, ``Baca Juga``, ``أخبار ذات صلة``, ``ये भी पढ़ें``,
    ``ข่าวที่เกี่ยวข้อง``, ``Читайте також``, ``Související články``,
    ``Läs också``, ``Σχετικά άρθρα``, ``Kapcsolódó cikkek``, ``Citește
    și``, ``Lue myös``).  The whole line must be the header, with
    punctuation around it: a sentence that opens with the same words
    (``Lees ook het rapport ...``) is no header.

    A header followed by prose keeps its place (the extraction may have lost
    the list, and what follows may be the article).  A header on the last
    line of the page, with nothing under it (the stages before took the
    footer), goes alone: it heads a list the extraction lost and holds no
    word of the author's.

    Safe: only the header's own list is dropped; a heading such as
    ``Related work`` followed by a paragraph stays.
    """

    code = "NV002"
    name = "headed-list"
    stage = "navigation"
    summary = (
        "Drop lists of other headlines under a header such as Related articles, Most read, 相关阅读, Lees ook, "
        "Baca juga, أخبار ذات صلة (in about forty languages), and such a header left alone at the end of the page."
    )
    options = {
        "max_items": Option(30, "The longest list taken after one header."),
        "max_item_chars": Option(150, "Longer lines are not list items."),
    }
    examples = (
        Example(
            "Body of the story, which is a sentence.\n\nRelated articles\n\nA headline here\n\nAnother headline\n",
            "Body of the story, which is a sentence.\n\n",
        ),
        Example(
            "Related work\n\nEarlier studies looked at the same question, with other methods and data.\n",
            "Related work\n\nEarlier studies looked at the same question, with other methods and data.\n",
        ),
        Example(
            "Tekst van het artikel, dat een zin is.\n\nGerelateerde artikelen\nNieuwe fietsbrug geopend\nStation weer open\n\n"
            "Berita Terkait:\nKAI tambah perjalanan kereta\n\nأخبار ذات صلة\nارتفاع أسعار الذهب\n\nLa suite du texte de l'article, "
            "qui est une phrase de plus de dix mots.\n\nNoticias relacionadas\n",
            "Tekst van het artikel, dat een zin is.\n\nLa suite du texte de l'article, qui est une phrase de plus de dix mots.\n\n",
        ),
        Example(
            "Lees ook het rapport van de Fietsersbond, zegt de wethouder.\n\nLeggi anche\n\n"
            "Il testo integrale della manovra sarà pubblicato domani, con tutte le tabelle e le note del ministero.\n",
            "Lees ook het rapport van de Fietsersbond, zegt de wethouder.\n\nLeggi anche\n\n"
            "Il testo integrale della manovra sarà pubblicato domani, con tutte le tabelle e le note del ministero.\n",
        ),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Drop each header with the headline list under it."""
        max_items = self.options.get("max_items", 30)
        max_chars = self.options.get("max_item_chars", 150)
        texts = doc.texts
        drops: list = []
        free = 0  # the first line not taken by a list above: headers inside a list are its items
        # The first and last lines that are not blank: a header on the last heads nothing.
        first = next((n for n, text in enumerate(texts) if text.strip()), len(texts))
        last = next((n for n in range(len(texts) - 1, first - 1, -1) if texts[n].strip()), first)
        for n, text in enumerate(texts):
            if n < free:
                continue
            header = text.strip()
            if not header or not is_list_header(header):
                continue
            items = self._items(texts, n + 1, max_items, max_chars)
            if not items:
                if n == last and n != first:
                    # Nothing under it to the end of the page (the stages before took the
                    # footer): a header of a list the extraction lost, no words of the author's.
                    drops.append((n, f"header {header!r} with nothing under it at the end of the page", {"detector": "headed-list-end"}))
                continue
            reason = f"list of {len(items)} headlines under {header!r}"
            drops.append((n, f"header of a {reason}", {"detector": "headed-list"}))
            drops.extend((item, reason, {"detector": "headed-list"}) for item in items)
            free = items[-1] + 1
        yield from doc.drop_lines(drops)

    @staticmethod
    def _items(texts: list[str], start: int, max_items: int, max_chars: int) -> list[int]:
        """The indices of the headline lines from ``start`` on: non-blank lines up to the first long or prose one."""
        items: list[int] = []
        for k in range(start, len(texts)):
            if len(items) >= max_items:
                break
            text = texts[k].strip()
            if not text:
                continue
            if len(text) > max_chars or (is_prose(text) and ends_like_sentence(text)):
                break
            items.append(k)
        return items
