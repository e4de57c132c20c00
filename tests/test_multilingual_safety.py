"""Article content in other languages and writing conventions survives the rules.

The development data is English and Chinese; these cases hold what the rules
must not do to text in other scripts (Cyrillic, Arabic, Devanagari, Hangul,
kana, Thai) and number conventions (decimal commas, dots or spaces between
thousands), nor to words that are English function words elsewhere.
"""

from __future__ import annotations

import pytest

from cleaner import Pipeline, line_shape
from cleaner.line_shape import ends_like_sentence, is_prose, is_sentence_like, shape_of
from cleaner.stages.navigation import is_link_like
from cleaner.stages.repair_words import reads_english
from cleaner.stages.tickers import quotes_in


def run(code: str, text: str) -> str:
    return Pipeline.for_rule(code).clean(text).text


def cleaned(text: str) -> str:
    return Pipeline().clean(text).text


# -- line shapes: prose and sentences in scripts other than Han and Latin --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Московская компания, которая разрабатывает программы для распознавания речи, привлекла "
        "12 млн долларов от американского венчурного фонда.",
        "وقال رئيس البلدية في كلمته خلال حفل الافتتاح إن المعرفة هي أساس التقدم، وإن المكتبة بيت لكل القراء.",
        "राजधानी दिल्ली में आज एक नई मेट्रो लाइन का उद्घाटन किया गया और इस पर बाईस स्टेशन बनाए गए हैं।",
        "시 관계자는 운영 적자가 계속 늘어나 불가피한 결정이었다고 설명했으며 지난해 적자 규모는 약 1조 원에 달했다.",
        "研究を率いた山田教授は、論文の要旨で次のように述べている。",
        "กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาอย่างเป็นทางการเมื่อวันเสาร์ที่ผ่านมา",
        "Το νέο μουσείο άνοιξε τις πύλες του την Παρασκευή, και το κόστος κατασκευής έφτασε τα 18,5 εκατ. ευρώ.",
    ],
)
def test_prose_in_other_scripts_is_prose(line: str) -> None:
    assert is_prose(line)


@pytest.mark.parametrize(
    "line",
    [
        "Сейчас в компании работает 85 человек.",
        "मेट्रो सुबह 6 बजे से रात 11 बजे तक चलेगी।",
        "هل ستفتح المكتبة يوم الجمعة؟",
        "費用はまだ高い。",
        "„Wir müssen jetzt handeln, sonst wird es teurer.“",
        "«Hemos sufrido mucho, pero nunca nos rendimos.»",
    ],
)
def test_short_sentences_in_other_scripts_and_quotes(line: str) -> None:
    assert is_sentence_like(line) or is_prose(line)


def test_sentence_ends_of_other_scripts() -> None:
    assert ends_like_sentence("यह एक वाक्य है।")
    assert ends_like_sentence("هل هذا سؤال؟")
    assert ends_like_sentence("„So ist es.“")
    assert not ends_like_sentence("Главная")


def test_latin_and_han_shapes_are_unchanged() -> None:
    # Lines of Latin and Han letters only are measured as before.
    assert shape_of("The first paragraph is long enough to be prose, with a clause, and it ends.").prose
    assert not shape_of("Home").prose and not shape_of("Home").short_sentence
    assert shape_of("第三段很長的正文，總結了全文的觀點，並且說明了原因。").prose


# -- AB002: the article's lines in another script than the shapes name -----------------------------


RUSSIAN_WITH_ENGLISH = (
    "Российский стартап привлёк инвестиции\n\n"
    "Московская компания, которая разрабатывает программы для распознавания речи, привлекла 12 млн "
    "долларов от американского венчурного фонда, сообщил основатель компании.\n\n"
    '"We have followed this team for three years, and we believe their speech models are among the best '
    'we have seen, especially for languages with complex grammar."\n\n'
    '"The round will help them open an office in Berlin and hire about forty engineers over the next '
    'eighteen months, which is an ambitious but realistic plan."\n\n'
    "Основатель компании добавил, что деньги пойдут на расширение команды.\n\n"
    "Сейчас в компании работает 85 человек.\n\n"
    "Новый офис откроется весной.\n"
)


def test_a_russian_article_quoting_english_keeps_its_russian_lines() -> None:
    assert run("AB002", RUSSIAN_WITH_ENGLISH) == RUSSIAN_WITH_ENGLISH


JAPANESE_WITH_ENGLISH = (
    "大阪の研究チーム、新しい電池材料を開発\n\n"
    "大阪大学の研究チームは、従来のリチウムイオン電池よりも安全で長持ちする新しい電池材料を開発したと発表した。\n\n"
    "研究を率いた山田教授は、論文の要旨で次のように述べている。\n\n"
    '"Our material keeps more than ninety percent of its capacity after two thousand cycles, and it does '
    'not catch fire even when it is damaged."\n\n'
    '"We expect the first commercial products within five years, although the cost of production still '
    'needs to come down."\n\n'
    "研究チームは今後、企業と協力して実用化を目指す。\n\n"
    "費用はまだ高い。\n"
)


def test_a_japanese_article_quoting_english_keeps_its_japanese_lines() -> None:
    assert run("AB002", JAPANESE_WITH_ENGLISH) == JAPANESE_WITH_ENGLISH


def test_an_english_article_still_loses_a_chinese_footer() -> None:
    text = (
        "Title of the story\n\n"
        "The first paragraph is long enough to be prose, with a clause, and it ends.\n\n"
        "The second paragraph is long enough to be prose, with a clause, and it ends.\n\n"
        "扫描下载App\n"
    )
    assert "扫描下载App" not in run("AB002", text)


def test_a_cyrillic_menu_before_a_russian_article_goes() -> None:
    text = (
        "Заголовок статьи\n\nГлавная\nНовости\nСпорт\nПогода\n\n"
        "Первый абзац статьи достаточно длинный, в нём есть запятые, и он заканчивается точкой.\n\n"
        "Второй абзац статьи тоже достаточно длинный, в нём есть запятые, и он тоже заканчивается.\n"
    )
    out = run("AB002", text)
    assert "Главная" not in out and "Погода" not in out
    assert "Первый абзац" in out and "Второй абзац" in out


# -- NV001: case is read in every cased script ----------------------------------------------------


def test_lower_case_words_of_any_cased_script_are_no_labels() -> None:
    assert not is_link_like("Зима пришла")
    assert not is_link_like("équipe de France")
    assert not is_link_like("νέο μουσείο")
    assert is_link_like("Главная")
    assert is_link_like("Équipe")
    assert is_link_like("首页")


def test_a_russian_poem_is_no_menu() -> None:
    text = (
        "Стихи молодого поэта\n\nЗима пришла\nСнега легли\nНа крыши сёл\nИ на поля\nМолчит река\n"
        "Под тонким льдом\n"
    )
    assert run("NV001", text) == text


def test_a_cyrillic_menu_is_still_a_menu() -> None:
    text = "Заголовок\n\nГлавная\nНовости\nСпорт\nПогода\nКонтакты\n\nТекст статьи, который является предложением.\n"
    assert run("NV001", text) == "Заголовок\n\nТекст статьи, который является предложением.\n"


# -- RP008: a repeat that is grammatical in another language --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wielu czytelników pyta, czy nowy regulamin to to samo, co stary.\n",
        "Kto to to zrobił? Takie pytanie zadawali sobie mieszkańcy.\n",
        "Podle poroty je to to nejlepší představení sezóny.\n",
    ],
)
def test_slavic_to_to_stays(text: str) -> None:
    assert run("RP008", text) == text


def test_english_repeats_are_still_removed() -> None:
    assert run("RP008", "He had a tendancy to to go off on his own.\n") == "He had a tendancy to go off on his own.\n"


def test_reads_english() -> None:
    assert reads_english("It is one of the largest clouds.")
    assert not reads_english("Czy nowy regulamin samo, co stary?")
    assert not reads_english("to")


# -- TK002: counts with dots between thousands ----------------------------------------------------


def test_counts_with_dot_thousands_are_no_quotes() -> None:
    table = "Altdorf 12.500 +120\nNeudorf 8.120 -35\nBergheim 3.410 +12\nTalhausen 1.105 -8\n"
    assert run("TK002", table) == table
    assert quotes_in("EUR/USD 1.085 +0.002") == 1
    assert quotes_in("恒生指数 17,123.45 +0.52%") == 1


# -- the repairs and ftfy leave other number conventions and scripts alone -------------------------


UNTOUCHED = [
    "Der Umsatz stieg um 2,1 Prozent auf 1.234,56 € je Anschluss, bei 12.500 Einwohnern.",
    "Die Arbeiten beginnen am 12.10.2024 um 14.35 Uhr, z. B. an der Bahnhofstraße, d.h. im Zentrum.",
    "Im Jahr 2010 20 Teilnehmer kamen, 2015 10 weitere; die Software läuft in Version v2.10.3.",
    "Die Region hat 1 250 000 Einwohner, davon 312 400 in der Hauptstadt und 21 100 in Altdorf.",
    "La société Bâtiments du Sud S.A. a remporté l'appel d'offres pour 1 250 000 €.",
    "El club facturó 1.250.000 euros, un 4,5 % más; la Sra.García lo confirmó.",
    "Kentte her gün yaklaşık 7.500.000 yolculuk yapılıyor ve bilet 17,70 TL'den 20,35 TL'ye çıkıyor.",
    "Anggaran belanja negara ditetapkan sebesar Rp3.621,3 triliun pada tahun 2025.",
    "Dự án có tổng vốn đầu tư khoảng 65.400 tỷ đồng, giá vé từ 8.000 đến 20.000 đồng mỗi lượt.",
    "Średnia cena wyniosła 14.250 zł, czyli o 8,4 proc. więcej niż w 2023 r.",
    "Праця почнеться о 9:00, а вартість становить 42,5 млн гривень, т. е. 1 000 000 на рік.",
    "Το κόστος έφτασε τα 18,5 εκατ. ευρώ και η συλλογή έχει 3.200 έργα.",
    "افتتحت المكتبة بتكلفة ١٢٫٥ مليون دينار وتضم ٢٥٠٬٠٠٠ كتاب.",
    "Priset på metall steg kraftigt, och mellan mätningarna låg ett intervall på tre veckor.",
]


@pytest.mark.parametrize("line", UNTOUCHED)
@pytest.mark.parametrize("code", ["RP001", "RP002", "RP003", "RP004", "RP005", "RP006", "RP007", "RP008", "UN001"])
def test_repairs_leave_other_conventions_alone(code: str, line: str) -> None:
    assert run(code, line + "\n") == line + "\n"


def test_a_whole_vietnamese_article_keeps_its_paragraphs() -> None:
    text = (
        "Hà Nội khởi công tuyến đường sắt đô thị số 5\n\n"
        "Sáng nay, thành phố Hà Nội đã chính thức khởi công tuyến đường sắt đô thị số 5 với tổng vốn đầu tư "
        "khoảng 65.400 tỷ đồng. Tuyến dài 38,4 km, đi qua nhiều quận và huyện phía tây thành phố.\n\n"
        "Theo Ban quản lý dự án, tuyến sẽ có 20 nhà ga, trong đó có 7 ga ngầm. Dự kiến công trình hoàn "
        "thành vào năm 2030.\n\n"
        '"Đây là dự án rất quan trọng đối với sự phát triển của thủ đô," ông Hùng phát biểu.\n'
    )
    assert cleaned(text) == text


def test_the_fast_scan_for_other_scripts_misses_no_letter() -> None:
    # Every character the fast scan passes over is no letter of another script
    # than Han and Latin, so skipping the count there changes no measure.
    passed_over = (
        chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and not line_shape._BEYOND_HAN_AND_LATIN.search(chr(c))
    )
    assert not any(line_shape._OTHER_LETTER.search(c) for c in passed_over)
