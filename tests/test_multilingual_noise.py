"""Site noise in many languages goes; the article's sentences about the same things stay.

Each language has lines a site prints around an article (footer notices,
buttons, credits, datelines) and sentences an author might write about
copyright, comments, apps or sharing.  The boilerplate stage alone must drop
every noise line and keep every sentence, so a new phrase family is checked
against its own content look-alikes.
"""

from __future__ import annotations

import re

import pytest

from cleaner import Pipeline
from cleaner.credit_shape import _ROLES_MARKED, _UNIT_SHAPE
from cleaner.document import fold
from cleaner.stages import credits

#: language: (noise lines, content lines)
CASES = {
    "nl": (
        ["Deel dit artikel", "Reacties (12)", "Plaats een reactie", "Download onze app",
         "Schrijf je in voor onze nieuwsbrief", "Alle rechten voorbehouden.",
         "Overname van artikelen is alleen toegestaan met bronvermelding.", "Lees meer",
         "Tags: fiets, Utrecht, verkeer", "Privacyverklaring | Cookiebeleid | Colofon", "Redactie: Sanne Bakker",
         "Door Jan de Vries | 12 oktober 2024, 14:35"],
        ["Bewoners plaatsten tientallen reacties op de website van de gemeente.",
         "Het auteursrecht op de ontwerpen ligt bij het architectenbureau.",
         "De overname van het bedrijf werd vorige week afgerond."],
    ),
    "pl": (
        ["Udostępnij na Facebooku", "Komentarze (5)", "Dodaj komentarz", "Pobierz naszą aplikację",
         "Zapisz się do newslettera", "Wszelkie prawa zastrzeżone.", "Przedruk tylko za zgodą redakcji.",
         "Czytaj więcej", "Tagi: dane osobowe, RODO", "Polityka prywatności | Regulamin | Kontakt",
         "Redakcja: Piotr Nowak"],
        ["W konsultacjach wpłynęło ponad trzysta komentarzy od obywateli.",
         "Wszelkie prawa do kodu źródłowego pozostaną przy państwie, zapewnia resort."],
    ),
    "tr": (
        ["Paylaş", "Facebook'ta paylaş", "Yorumlar (8)", "Yorum Yazın", "Uygulamamızı indirin",
         "Tüm hakları saklıdır.", "Kaynak gösterilmeden alıntı yapılamaz.", "Devamını oku",
         "Etiketler: faiz, enflasyon", "Fotoğraf: AA", "Editör: Mehmet Demir",
         "Ayşe Yılmaz | 12 Ekim 2024, 14:35", "Güncelleme: 12.10.2024 16:02"],
        ["Karar sonrası sosyal medyada binlerce yorum yapıldı.", "Yorum yapmaktan kaçındı"],
    ),
    "vi": (
        ["Chia sẻ", "Chia sẻ qua Facebook", "Bình luận (3)", "Gửi bình luận", "Tải ứng dụng",
         "Đăng ký nhận bản tin", "Bản quyền thuộc về Báo Ví Dụ.",
         "Ghi rõ nguồn khi phát hành lại thông tin từ website này.", "Xem thêm", "Ảnh: Ngọc Thành",
         "Biên tập: Trần Thị Hoa", "Nguyễn Văn An | 12/10/2024 14:35 (GMT+7)"],
        ["Nhiều người dân đã để lại bình luận, chia sẻ mong muốn có thêm điểm dừng.",
         "Theo tòa án, bản quyền thuộc về nhiếp ảnh gia."],
    ),
    "id": (
        ["Bagikan", "Bagikan ke WhatsApp", "Komentar (4)", "Tulis komentar", "Unduh aplikasi kami",
         "Hak cipta dilindungi undang-undang.", "Dilarang mengutip artikel ini tanpa izin redaksi.",
         "Baca selengkapnya", "Baca juga: Harga tiket kereta naik mulai bulan depan", "Penulis: Budi Santoso",
         "Oleh: Budi Santoso | Sabtu, 12 Oktober 2024 14:35 WIB"],
        ["Tiket nantinya dapat dibeli melalui aplikasi resmi perusahaan kereta.",
         "Baca juga komentar warga di bawah ini."],
    ),
    "ar": (
        ["شارك على فيسبوك", "التعليقات (6)", "أضف تعليقك", "حمّل تطبيقنا", "اشترك في النشرة البريدية",
         "جميع الحقوق محفوظة.", "لا يجوز النقل أو الاقتباس دون الإشارة إلى المصدر.", "اقرأ المزيد",
         "سياسة الخصوصية | اتصل بنا | من نحن", "تصوير: محمد علي", "تحرير: سارة خالد",
         "كتب: أحمد محمود | السبت 12 أكتوبر 2024 - 14:35"],
        ["وأطلق البنك تطبيقا جديدا يتيح للمواطنين متابعة أسعار الصرف يوميا."],
    ),
    "hi": (
        ["शेयर करें", "फेसबुक पर शेयर करें", "टिप्पणियां (3)", "अपनी टिप्पणी लिखें", "हमारा ऐप डाउनलोड करें",
         "सर्वाधिकार सुरक्षित", "और पढ़ें", "टैग: प्रदूषण, दिल्ली", "फोटो: पीटीआई", "संपादक: अनीता वर्मा",
         "लेखक: राहुल शर्मा | अपडेटेड: 12 अक्टूबर 2024, 14:35 IST"],
        ["नागरिक एक मोबाइल ऐप के जरिए अपने इलाके की हवा की गुणवत्ता देख सकेंगे।"],
    ),
    "th": (
        ["แชร์", "แชร์ไปยัง Facebook", "ความคิดเห็น (2)", "แสดงความคิดเห็น", "ดาวน์โหลดแอปของเรา",
         "สมัครรับจดหมายข่าว", "สงวนลิขสิทธิ์", "ห้ามคัดลอกหรือนำไปเผยแพร่โดยไม่ได้รับอนุญาต", "อ่านต่อ",
         "ภาพ: รอยเตอร์ส", "บรรณาธิการ: สมหญิง รักดี", "โดย สมชาย ใจดี | 12 ต.ค. 2567 14:35 น."],
        ["มีผู้แสดงความคิดเห็นในโซเชียลมีเดียจำนวนมาก และหลายคนแชร์ภาพสถานที่ท่องเที่ยว"],
    ),
    "uk": (
        ["Поділитися у Facebook", "Коментарі (7)", "Залишити коментар", "Завантажуйте наш застосунок",
         "Усі права захищені.", "Передрук матеріалів дозволено лише з посиланням на джерело.", "Читати далі",
         "Фото: Укрінформ", "Редактор: Іван Петренко"],
        ["Фермери залишили сотні коментарів під повідомленням міністерства."],
    ),
    "cs": (
        ["Sdílet na Facebooku", "Komentáře (9)", "Přidat komentář", "Stáhněte si naši aplikaci",
         "Všechna práva vyhrazena.", "Jakékoliv užití obsahu je bez písemného souhlasu zakázáno.", "Číst více",
         "Štítky: stavební zákon", "Redakce: Jana Svobodová"],
        ["Opozice k návrhu podala desítky připomínek a komentářů."],
    ),
    "sv": (
        ["Dela på Facebook", "Kommentarer (4)", "Skriv en kommentar", "Ladda ner vår app",
         "Prenumerera på vårt nyhetsbrev", "Alla rättigheter förbehållna.",
         "Kopiering av material utan tillstånd är förbjuden.", "Läs mer", "Redaktör: Karin Lind",
         "Av Erik Johansson | Publicerad 12 oktober 2024 kl. 14.35"],
        ["Förslaget har fått hundratals kommentarer på sociala medier.", "Kommentera inte det, sa hon."],
    ),
    "el": (
        ["Μοιραστείτε στο Facebook", "Σχόλια (3)", "Γράψτε ένα σχόλιο", "Κατεβάστε την εφαρμογή μας",
         "Με επιφύλαξη παντός δικαιώματος.", "Απαγορεύεται η αναδημοσίευση χωρίς αναφορά στην πηγή.",
         "Διαβάστε περισσότερα", "Φωτογραφία: Eurokinissi", "Επιμέλεια: Μαρία Κωνσταντίνου",
         "Γράφει ο Γιώργος Παπαδόπουλος | 12.10.2024, 14:35"],
        ["Χιλιάδες πολίτες άφησαν σχόλια στη σελίδα του υπουργείου."],
    ),
    "ru": (
        ["Перепечатка материалов разрешена только со ссылкой на источник.",
         "При цитировании ссылка на сайт обязательна.", "Иван Петров | 12 октября 2024, 14:35"],
        ["Перепечатка схем в СМИ, как пояснили в мэрии, допускается без ограничений."],
    ),
    "ko": (
        ["기자 김민수 | 2024.10.12 14:35", "김민수 기자 minsu@example.co.kr",
         "입력 2024.10.12 14:35 수정 2024.10.12 16:02"],
        ["시 관계자는 기자에게 노선을 설명했다."],
    ),
    "de-fr-es-pt-it": (
        ["Nachdruck nur mit Quellenangabe gestattet.", "Von Max Mustermann | 12.10.2024, 14:35 Uhr",
         "Toute reproduction, même partielle, est interdite sans autorisation.",
         "Par Jean Dupont | Publié le 12 octobre 2024 à 14h35",
         "Queda prohibida la reproducción total o parcial de este contenido.",
         "Por Juan Pérez | 12 de octubre de 2024 - 14:35", "É proibida a reprodução deste conteúdo sem autorização.",
         "Atualizado em 12/10/2024 às 16h02", "È vietata la riproduzione, anche parziale, dei contenuti.",
         "di Marco Rossi | 12 ottobre 2024, ore 14:35"],
        ["La reproduction des cartes est autorisée, précise la mairie.", "Le 12 octobre 2024, la grève a continué.",
         "Der Nachdruck des Romans erschien 1950 in Zürich."],
    ),
}

BOILERPLATE = Pipeline(stages=["boilerplate"])


@pytest.mark.parametrize("language", sorted(CASES))
def test_noise_goes_and_content_stays(language: str) -> None:
    noise, content = CASES[language]
    page = "Headline of the story\n\n" + "\n\n".join(content) + "\n\n" + "\n".join(noise) + "\n"
    kept = BOILERPLATE.clean(page).text.splitlines()
    assert [line for line in noise if line in kept] == []
    assert [line for line in content if line not in kept] == []


def test_roles_with_marks_are_words_of_the_unit_shape() -> None:
    """Hindi and Thai roles hold combining marks; the unit shape must still see them as one word."""
    for role in _ROLES_MARKED.split("|"):
        assert len(role.split(" ")) == 1, role
        assert _UNIT_SHAPE.match(f"{role}: X"), role


@pytest.mark.parametrize(
    "text",
    ["12 oktober 2024", "12 de octubre de 2024", "12. Oktober", "12 ต.ค. 2567", "12 أكتوبر", "12 अक्टूबर 2024",
     "12 ΟΚΤΩΒΡΊΟΥ 2024", "12 EKİM 2024", "12 Şubat", "3 października 2023"],
)
def test_date_hint_finds_dates_in_other_languages(text: str) -> None:
    assert credits.DATE.search(text), text
    assert credits._FOLDED_DATE_HINT.search(fold(text)), text


def test_a_title_with_a_date_after_a_bar_is_not_a_byline() -> None:
    for text in ["Por una cabeza | 12 de octubre de 2024", "De begroting voor 2025 | 12 oktober 2024"]:
        assert credits.credit_verdict(text) is None, text
    assert re.search("byline", credits.credit_verdict("Door Jan de Vries | 12 oktober 2024, 14:35")[1])
