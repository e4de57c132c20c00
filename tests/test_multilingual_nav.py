"""Headed lists, lone bylines and abbreviated photo credits in many languages.

Each language has the header a site prints over a list of other headlines
("related", "read also", "more news") and the sentences an author may open
with the same words; a byline that is "by" and a name alone, and sentences
and titles that open with the same preposition.  The noise goes; the
look-alikes stay.  The shortcuts of both rules give what their slow paths do.
"""

from __future__ import annotations

import random

import pytest
import regex

from cleaner import Pipeline, shortcuts
from cleaner.credit_shape import credit_units, lone_byline_name
from cleaner.document import Document
from cleaner.stages import credits, navigation
from cleaner.stages.credits import credit_verdict

PROSE = {
    "nl": "Door de groei van het aantal fietsers staan de stallingen bij het station elke ochtend helemaal vol.",
    "pl": "Zobacz też, jak głosowali posłowie poszczególnych klubów: za ustawą było 310 posłów, przeciw tylko 120.",
    "tr": "İlgili haberler için ekonomistler, kurulun önümüzdeki aylarda temkinli kalacağını söylüyor ve uyarıyor.",
    "vi": "Bài viết liên quan đến giao thông công cộng luôn thu hút rất nhiều sự quan tâm của người đọc.",
    "id": "Berita terkait kebijakan ini akan diumumkan pekan depan, kata juru bicara perusahaan kereta api itu.",
    "ar": "قرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير في اجتماعه الأخير، وذلك في ظل تراجع معدلات التضخم.",
    "hi": "दिल्ली में रविवार को वायु गुणवत्ता सूचकांक 350 के पार पहुंच गया और विशेषज्ञों ने चेतावनी दी।",
    "uk": "Читайте також думку експертів: новий міст розвантажить центр міста у години пік, кажуть у мерії.",
    "cs": "Související články o novém stavebním zákonu najdete v naší rubrice, kde je také celý text zákona.",
    "sv": "Läs också rapporten från myndigheten, säger ministern, där står exakt var problemen i systemet finns.",
    "el": "Διαβάστε επίσης την ανάλυση του υπουργείου για τις τιμές, που δημοσιεύθηκε χθες το απόγευμα στην Αθήνα.",
    "hu": "Kapcsolódó cikkek helyett a szerkesztőség most egy hosszabb elemzést közöl a benzin áráról és adójáról.",
    "ro": "Citește și analiza economiștilor despre efectele măsurii, publicată ieri de institut pe site-ul său.",
    "fi": "Lue myös hallituksen tiedote, sanoi ministeri, jossa kerrotaan tarkasti veron vaikutuksista kuluttajiin.",
    "th": "กรุงเทพมหานครเปิดเส้นทางรถเมล์ไฟฟ้าสายใหม่สามสาย เชื่อมต่อใจกลางเมืองกับชานเมือง เริ่มให้บริการตั้งแต่เดือนหน้า และจะเพิ่มอีกห้าสายในปีถัดไป เพื่อลดมลพิษทางอากาศในเมืองหลวง ตามแผนของกรุงเทพมหานคร",
}

#: language: (headers, two headlines)
HEADERS = {
    "nl": (["Gerelateerde artikelen", "Lees ook", "Meer nieuws", "Meest gelezen"],
           ["Nieuwe fietsbrug over het kanaal geopend", "Wethouder: 'Utrecht moet fietsstad blijven'"]),
    "pl": (["Czytaj także", "Zobacz też", "Powiązane artykuły", "Przeczytaj również:", "Najczęściej czytane"],
           ["Prezes UODO: kary będą wyższe", "Jak chronić swoje dane w internecie? Poradnik"]),
    "tr": (["İlgili Haberler", "Bunlar da ilginizi çekebilir", "İLGİLİ HABERLER", "En çok okunanlar"],
           ["Dolar/TL güne yükselişle başladı", "Borsa İstanbul rekor tazeledi"]),
    "vi": (["Tin liên quan", "Bài viết liên quan", "Đọc thêm", "Có thể bạn quan tâm"],
           ["Người dân hào hứng với tuyến metro mới", "Hà Nội thí điểm làn đường riêng cho xe buýt"]),
    "id": (["Berita Terkait", "Baca Juga", "Artikel Terkait", "Berita Berkaitan", "BACA JUGA:"],
           ["KAI tambah perjalanan kereta jarak jauh", "Penumpang KRL meningkat 20 persen"]),
    "ar": (["أخبار ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "مقالات ذات صلة", "الأكثر قراءة"],
           ["ارتفاع أسعار الذهب في السوق المحلية", "الدولار يتراجع أمام الجنيه"]),
    "hi": (["संबंधित खबरें", "ये भी पढ़ें", "ये भी पढ़ें", "यह भी पढ़ें:", "संबंधित ख़बरें"],
           ["दिल्ली में स्कूल बंद करने पर विचार", "पराली जलाने के मामलों में बढ़ोतरी"]),
    "th": (["ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง"], ["ค่าโดยสารรถไฟฟ้าปรับขึ้นปีหน้า", "ผู้โดยสารรถไฟฟ้าเพิ่มขึ้นร้อยละ 20"]),
    "uk": (["Читайте також", "Схожі новини", "Новини за темою"], ["Київ отримав нові тролейбуси", "Ціни на проїзд не зміняться"]),
    "cs": (["Související články", "Čtěte také", "Súvisiace články", "Mohlo by vás zajímat"],
           ["Stavebníci vítají zrychlení řízení", "Opozice chce zákon napadnout u soudu"]),
    "sv": (["Relaterade artiklar", "Läs också", "Relaterede artikler", "Les også", "Mest lästa"],
           ["Så mycket kostar bensinen i dag", "Oppositionen kräver sänkt skatt"]),
    "el": (["Σχετικά άρθρα", "Διαβάστε επίσης", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "Διαβάστε ακόμα:"],
           ["Πόσο αυξήθηκαν οι τιμές στα σούπερ μάρκετ", "Επίδομα θέρμανσης: πότε θα καταβληθεί"]),
    "hu": (["Kapcsolódó cikkek", "Ezt is ajánljuk", "Legolvasottabb"], ["Rekordot döntött az üzemanyagár", "Így spórolhat a tankolásnál"]),
    "ro": (["Articole similare", "Citește și", "Citeşte şi", "Cele mai citite"],
           ["Cât costă coșul zilnic în 2024", "Inflația a scăzut în septembrie"]),
    "fi": (["Lue myös", "Aiheeseen liittyvät", "Luetuimmat"], ["Sähköautojen myynti kasvoi", "Näin paljon bensa maksaa nyt"]),
}

LIST_RULE = Pipeline.for_rule("NV002")


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_headed_lists_go_and_sentences_with_their_words_stay(language: str) -> None:
    headers, headlines = HEADERS[language]
    prose = PROSE[language]
    for header in headers:
        page = f"{prose}\n\n{header}\n{headlines[0]}\n{headlines[1]}\n\n{prose}\n"
        assert [line for line in LIST_RULE.clean(page).text.splitlines() if line] == [prose, prose], header


@pytest.mark.parametrize("header", ["Noticias relacionadas", "Leia também", "Leggi anche", "Gerelateerde artikelen", "Baca Juga:",
                                    "أخبار ذات صلة", "Related articles", "相关阅读"])
def test_a_header_with_nothing_under_it_at_the_end_goes(header: str) -> None:
    body = "The article ends with a sentence of its own, long enough to read as prose, and it ends."
    assert [line for line in LIST_RULE.clean(f"Title\n\n{body}\n\n{header}\n\n").text.splitlines() if line] == ["Title", body]
    # Before prose it stays: the extraction may have lost the list, and what follows may be the article.
    assert LIST_RULE.clean(f"Title\n\n{header}\n\n{body}\n").text == f"Title\n\n{header}\n\n{body}\n"
    # A page that is the header alone keeps it.
    assert LIST_RULE.clean(f"{header}\n").text == f"{header}\n"


def test_the_footer_goes_before_a_lone_header_does() -> None:
    """In the whole pipeline the footer is gone when NV002 runs, so a header over it is last and goes."""
    body = "O programa vai financiar cem mil casas até 2026, segundo o ministério, em todas as regiões do país."
    page = f"Governo anuncia novo programa\n\n{body}\n\n{body}\n\nLeia também\n\n© 2024 Jornal Exemplo. Todos os direitos reservados.\n"
    assert "Leia também" not in Pipeline().clean(page).text


ALL_HEADERS = [header for headers, _ in HEADERS.values() for header in headers] + [
    "Noticias relacionadas", "Leia também", "Leggi anche", "Lesen Sie auch", "À lire également", "Vous aimerez aussi",
    "Te puede interesar", "Você pode gostar", "Ti potrebbe interessare", "Читайте также", "Похожие новости", "あわせて読みたい",
    "관련뉴스", "Berita Lainnya", "Simak Juga", "Paling Popular", "Povezane vijesti", "Preberite tudi", "Още по темата",
    "مطالب مرتبط", "כתבות נוספות", "Notícies relacionades", "You might also like", "More from The Example Times",
]


@pytest.mark.parametrize("header", ALL_HEADERS)
def test_every_header_is_one_with_and_without_shortcuts(header: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # (str.lower makes İ an i and a dot above: no page writes that.)
    cased = [header, header.upper()] + ([header.lower()] if len(header.lower()) == len(header) else [])
    for text in (*cased, f"» {header}:", f"** {header} **", f"{header} ›"):
        assert navigation._LIST_HEADER.match(text), text
        assert navigation.is_list_header(text), text
        monkeypatch.setattr(shortcuts, "ENABLED", False)
        assert navigation.is_list_header(text), text
        monkeypatch.setattr(shortcuts, "ENABLED", True)


def test_no_header_begins_with_a_character_the_shortcut_strips() -> None:
    """The shortcut reads the header's words from the first letter: none may begin before it."""
    for char in navigation._NOT_WORD + " \t\u3000\u00a0«»►•":
        assert not navigation._HEADER_START.match(char, partial=True), repr(char)


def test_header_shortcut_agrees_with_the_pattern_on_lines_at_its_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    pieces = ALL_HEADERS + ["Related", "work", "ſee also", "İlgili", "ılgılı haberler", "Σ", "ς", "½", "2", "_", "►", "«", " ",
                            "\u3000", ":", "：", "*", "…", "x" * 45, "Lees", "ook", "het", "rapport", "K", "Kapcsolódó"]
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", ""]) for _ in range(rng.randint(1, 4))) for _ in range(6000)]
    matched = 0
    for text in texts:
        header = text.strip()
        if not header:
            continue
        expected = navigation._LIST_HEADER.match(header) is not None
        matched += expected
        assert navigation.is_list_header(header) == expected, header
    assert matched > 200, "too few headers generated: the comparison says little"


BYLINES = ["Door Jan de Vries", "Par Jean Dupont", "A cura di Giulia Bianchi", "Von Anna Müller", "Por Carlos García",
           "Oleh Budi Santoso", "Av Erik Johansson", "Af Mette Hansen", "di Marco Rossi", "de Andrei Popescu",
           "Γράφει ο Γιώργος Παπαδόπουλος", "بقلم أحمد محمود", "Escrito por María López", "Geschreven door Sanne Bakker",
           "  Door Jan van der Berg  ", "Oleh: Ahmad bin Ali", "Autor: Thomas Schmidt", "Autorka: Jana Nováková"]
NOT_BYLINES = ["Par ailleurs, les syndicats appellent à la grève.", "Door de regen", "Von Berlin aus", "Por una cabeza",
               "Door Weer En Wind", "Por Qué Importa", "Oleh karena itu", "Av allt att döma", "Par Avion", "Di Maio",
               "De Nieuwe Kerk", "Von Kopf Und Fuß", "Por Carlos García, el ministro, dijo que no.", "Door Corona",
               "โดย สมชาย ใจดี", "Par Jean Dupont lui-même, la direction a été prévenue."]
PHOTO_CREDITS = ["Fot. PAP/Jan Kowalski", "Fot. Shutterstock", "Zdj. Marek Nowak/Agencja Gazeta", "Fot.: Jan Kowalski",
                 "(Fot. PAP)", "Oprac. Anna Nowak", "Nuotr. BNS", "Tekst: Jan Nowak, fot. Anna Kowalska", "Fotó: MTI",
                 "Kuva: Lehtikuva"]
NOT_PHOTO_CREDITS = ["Fot. z archiwum pokazuje salę posiedzeń.", "Fot. 1. Widok na most", "Zdjęcia wykonano w maju."]
BOILERPLATE = Pipeline(stages=["boilerplate"])


def test_lone_bylines_and_abbreviated_photo_credits_go_and_look_alikes_stay() -> None:
    body = "The article's first sentence is long enough, and it has a clause."
    page = "Headline\n\n" + "\n".join(BYLINES + PHOTO_CREDITS + NOT_BYLINES + NOT_PHOTO_CREDITS) + f"\n\n{body}\n"
    kept = BOILERPLATE.clean(page).text.splitlines()
    assert [line for line in BYLINES + PHOTO_CREDITS if line in kept] == []
    assert [line for line in NOT_BYLINES + NOT_PHOTO_CREDITS if line not in kept] == []


def test_lone_byline_names() -> None:
    assert lone_byline_name("Door Jan de Vries") == "Jan de Vries"
    assert lone_byline_name("De Andrei Popescu") is None  # the Romanian "de" in lower case only
    assert credit_units("Fot. PAP/Jan Kowalski") == [("Fot.", "PAP/Jan Kowalski")]


def _page(seed: int) -> str:
    rng = random.Random(seed)
    pieces = BYLINES + NOT_BYLINES + PHOTO_CREDITS + NOT_PHOTO_CREDITS + [
        "", " ", "\t", "(", "[", "【", "《", "\u3000", "\x1c", "ſ", "K", "Σ", "ΤΗΣ ", "Της Μαρίας Παπαδοπούλου", "ΓΡΆΦΕΙ Η Μαρία Κώστα",
        "DOOR JAN DE VRIES", "par jean", "PAR", "Fot", ".", "FOT. PAP", "OPRAC. X", "İ", "von", "Von ", "a cura di ", "Jan Kowalski",
    ]
    return "\n".join("".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(60))


@pytest.mark.parametrize("seed", range(30))
def test_credit_candidates_hold_every_lone_byline_and_abbreviated_credit(seed: int) -> None:
    doc = Document(_page(seed))
    candidates = set(credits._credit_candidates(doc))
    assert credits._credit_candidates(doc) == sorted(candidates)
    for index, text in enumerate(doc.texts):
        if credit_verdict(text) is not None:
            assert index in candidates, text


def test_credit_candidates_where_folding_moves_offsets() -> None:
    class Longer(Document):
        __slots__ = ()

        @property
        def folded(self) -> str:
            return super().folded + "!"

    doc = Longer("Par Jean Dupont\nbody\n (Fot. PAP)\nDoor Jan de Vries\nVon Berlin aus")
    assert credits._credit_candidates(doc) == [0, 2, 3, 4]


def test_whole_pages_are_the_same_without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline()
    pages = [_page(seed) for seed in range(10)] + [
        f"{PROSE[language]}\n\n{header}\n{headlines[0]}\n{headlines[1]}\n" for language, (headers, headlines) in HEADERS.items()
        for header in headers
    ]
    fast = [pipeline.clean(page) for page in pages]
    monkeypatch.setattr(shortcuts, "ENABLED", False)
    slow = [pipeline.clean(page) for page in pages]
    assert [c.text for c in fast] == [c.text for c in slow]
    assert [c.changes for c in fast] == [c.changes for c in slow]


def test_the_header_pattern_is_one_alternation_of_the_listed_words() -> None:
    assert len(navigation._HEADER_ALTERNATIVES) > 250
    assert regex.compile(navigation._HEADER_SHAPE.format("|".join(a.pattern for a in navigation._HEADER_ALTERNATIVES)),
                         regex.I).pattern == navigation._LIST_HEADER.pattern
