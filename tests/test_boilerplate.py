"""Boilerplate phrase packs: notices go, sentences about the same things stay."""

from __future__ import annotations

import pytest

from cleaner import Pipeline

PIPELINE = Pipeline(select=["BP"])


def clean(text: str) -> str:
    return PIPELINE.clean(text).text


@pytest.mark.parametrize("line", [
    "© 2019 Example Media. All rights reserved.",
    "转载请注明出处、作者和本文链接",
    "如需轉載，請註明來源",
    "未经授权，不得转载",
    "【版權聲明】秉承互聯網開放的精神，歡迎轉載，但要嚴格注明來源；如有版權問題請聯繫我們。",
    "声明:文章内容仅供参考、交流、学习、不构成投资建议。",
    "(Like our Facebook page and follow us now on Twitter @example)",
    "Share this:", "关注我们", "发表评论", "0 / 300", "登录后输入评论内容", "Leave a comment", "12 Comments",
    "扫描下载App", "Download our app", "Advertisement", "广告", "喜马拉雅 PC端文章详情页顶部23-26",
    "Read more", "阅读原文", "(Chinese Version)", "Click here to subscribe", "……………", "-----",
    "Reprinted with permission from the author.",
    # The same furniture in other languages.
    "© 2021 Beispiel Verlag GmbH. Alle Rechte vorbehalten.", "Tous droits de reproduction réservés",
    "Todos los derechos reservados.", "Reservados todos los derechos", "Todos os direitos reservados",
    "Tutti i diritti riservati", "© Riproduzione riservata", "Все права защищены",
    "無断転載禁止", "記事・写真の無断転載を禁じます。", "무단 전재 및 재배포 금지", "저작권자 ⓒ 예시뉴스",
    "Teilen", "Auf WhatsApp teilen", "Folgen Sie uns auf Twitter", "Newsletter abonnieren", "Partager sur Facebook",
    "Suivez-nous sur les réseaux sociaux", "Abonnez-vous à notre newsletter", "Compartir en WhatsApp", "Síguenos en Instagram",
    "Suscríbete a nuestro boletín", "Compartilhar", "Siga-nos no Facebook", "Assine nossa newsletter", "Condividi",
    "Seguici su Facebook", "Iscriviti alla newsletter", "Поделиться", "Подписывайтесь на наш канал в Telegram",
    "ВКонтакте", "シェア", "LINEで送る", "공유하기", "카카오톡",
    "12 Kommentare", "Kommentar schreiben", "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "3 commentaires",
    "Laisser un commentaire", "Vous devez être connecté pour publier un commentaire.", "Deja un comentario",
    "Los comentarios están cerrados.", "2 Comentários", "Deixe um comentário", "Lascia un commento Annulla risposta",
    "I commenti sono chiusi.", "5 комментариев", "Оставить комментарий", "Ответить", "コメントを書く", "5件のコメント",
    "댓글 3", "댓글 쓰기",
    "Laden Sie jetzt unsere App herunter", "Jetzt bei Google Play", "Anmelden / Registrieren", "Téléchargez l'application",
    "Se connecter", "Descarga nuestra app", "Iniciar sesión", "Baixe o aplicativo", "Entrar", "Scarica l'app gratis",
    "Accedi", "Скачайте наше приложение", "Войти", "アプリをダウンロード", "ログイン", "앱 다운로드", "로그인",
    "Anzeige", "- Werbung -", "PUBLICITÉ", "Publicidad", "» Publicidade", "Pubblicità", "Реклама", "広告", "スポンサーリンク",
    "광고", "Weiter nach der Anzeige", "La suite après cette publicité",
    "Weiterlesen »", "Nach oben", "Hier klicken", "Lire la suite", "Retour en haut de page", "Cliquez ici pour vous abonner",
    "Leer más", "Volver arriba", "Leia mais", "Saiba mais", "Continua a leggere", "Torna su", "Читать далее →", "Подробнее",
    "Наверх", "続きを読む", "ページトップへ", "더보기", "맨 위로",
])
def test_notices_go(line: str) -> None:
    assert clean(f"Body.\n\n{line}\n\nFinal words.\n") == "Body.\n\nFinal words.\n"


@pytest.mark.parametrize("line", [
    "The court ruled that copyright in the photograph belonged to the photographer, not the magazine.",
    "他在会上发表评论说，市场还会继续增长，投资者不必过于担心短期波动。",
    "Readers left 12 comments on the first draft, and the editor read them all.",
    "She said Facebook would follow the new rules on Twitter within a year.",
    "Advertising revenue fell by a third.",
    "Read more about the plan in the report, she said.",
    "* * *",
    "“Share this,” she whispered.",
    "公司去年的广告收入增长了两成。",
    # Sentences in other languages that use the same words.
    "Der Verlag behält sich alle Rechte an der Übersetzung vor, sagte die Sprecherin.",
    "Les droits réservés aux actionnaires ont été modifiés en 2019.",
    "Los derechos de autor de la foto pertenecen al fotógrafo, dijo el tribunal.",
    "Права на фильм защищены законом, заявил представитель студии.",
    "著作権の問題について、専門家は慎重な対応を求めた。",
    "Wir teilen die Sorge der Anwohner, sagte der Bürgermeister.",
    "Folgen Sie uns in die Altstadt, wo die Führung beginnt.",
    "Il faut partager les richesses, a-t-il dit.",
    "Síguenos, dijo el guía, y entramos en la cueva.",
    "Он решил поделиться опытом с коллегами из Twitter.",
    "ツイッターで写真をシェアする人が増えている。",
    "Die Leser schrieben 12 Kommentare zum ersten Entwurf.",
    "Commenter l'actualité n'est pas son métier, dit-elle.",
    "Comentar la noticia no es fácil, dijo ella.",
    "Он отказался комментировать решение суда.",
    "Antworten auf diese Fragen gibt es noch nicht.",
    "読者からのコメントは500件を超えた。",
    "Die Nutzer können die App kostenlos herunterladen, sagte die Firma.",
    "Скачайте приложение и войдите в аккаунт, советует банк.",
    "Inscription",
    "Registrar",
    "Die Werbung brachte dem Verlag weniger ein.",
    "La publicité a rapporté moins cette année.",
    "Реклама на телевидении подорожала.",
    "広告収入は前年より減った。",
    "Weiterlesen wollte er nicht, sagte sie.",
    "Lire la suite du rapport prendra du temps, a-t-il dit.",
    "Подробнее о плане рассказал министр.",
    "続きを読むのが楽しみだ。",
])
def test_content_stays(line: str) -> None:
    assert clean(f"{line}\n") == f"{line}\n"


def test_email_residue_is_removed_in_line() -> None:
    assert clean("Write to [email protected] today.\n") == "Write to today.\n"
