# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = メインの内容へ進む
nav-label = メインメニュー
nav-home = ホーム
nav-portal = ガイド
nav-self-check = セルフチェック
nav-assist = 相談
nav-friends = 友だち
nav-packs = コンテンツ
nav-settings = 設定
language-button = ことば
loading = 読み込んでいます…
close = 閉じる

## Home

home-title = { -app-name }へようこそ
home-intro = 日本の生活と仕事について、情報とサポートがあります。インターネットがなくても使えます。
home-portal-desc = 日本の生活と仕事のことを、あなたのことばで
home-self-check-desc = あなたの仕事の条件をチェックする
home-assist-desc = 助けてくれる人と話す
home-friends-desc = あなたの近くの人とイベント
home-packs-desc = このスマホにあるガイドと、アップデート
home-settings-desc = ことば、あなたについて、あなたのデータ

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = このスマホには、まだガイドがありません
portal-empty-body = ガイドは、コンテンツパックに入っています。パックがこのスマホにあれば、ここでインターネットなしで読めます。
self-check-empty-title = このスマホには、まだセルフチェックがありません
self-check-empty-body = 質問は、コンテンツパックに入っています。あなたの答えは、このスマホの中に残ります。
assist-empty-title = まだ会話はありません
assist-empty-body = ここで、あなたのことばで、サポート団体に相談できるようになります。今は、つながっているサポート団体はまだありません。
friends-empty-title = まだ何もありません
friends-empty-body = ここで、あなたの国の人や、近くのイベントをさがせるようになります。アプリのこの部分は、まだできていません。
packs-empty-title = このスマホには、コンテンツパックがありません
packs-empty-body = コンテンツパックには、ガイドとセルフチェックが入っています。パックは、ダウンロードしたり、ファイルからコピーしたりできるようになります。
go-to-packs = コンテンツへ

## Language picker

language-picker-title = ことばを選んでください
language-picker-hint = あとで、どの画面からでも変えられます。
language-current = 今のことば

## First start without a secure key store, and unlocking

setup-title = あなたの情報を守りましょう
setup-body = この機械には、かぎの安全な置き場所がありません。パスワードを決めて、あなたの情報をロックしてください。パスワードを忘れると、だれもあなたの情報を開けません。わたしたちも開けません。
setup-passphrase-label = 新しいパスワード
setup-passphrase-hint = { $min }文字以上にしてください。いくつかの言葉をつなげると、覚えやすいです。
setup-confirm-label = パスワードをもう一度入れてください
setup-mismatch = 2つのパスワードが同じではありません。もう一度入れてください。
setup-too-short = パスワードが短すぎます。{ $min }文字以上にしてください。
setup-submit = このパスワードでロックする
setup-working = あなたの情報をロックしています…
unlock-title = { -app-name }のロックをはずす
unlock-body = パスワードを入れて、あなたの情報を開いてください。
unlock-label = パスワード
unlock-submit = ロックをはずす
unlock-working = ロックをはずしています…
show-passphrase = パスワードを見せる

## When the app cannot open the user's information

startup-error-title = { -app-name }は、あなたの情報を開けません
startup-error-untouched = 何も変えていません。何も消していません。あなたのファイルは、まだこのフォルダにあります：
startup-error-retry = もう一度ためす
startup-error-start-fresh = このファイルを別にして、はじめからやり直す
start-fresh-confirm = あなたのファイルは、同じ場所の中の、新しいフォルダに移します。何も消しません。何も入っていないアプリで、はじめからやり直しますか？
start-fresh-yes = はい、やり直します
start-fresh-no = いいえ、もどります
start-fresh-done = 前のファイルは、今ここにあります：{ $folder }

## Settings

settings-title = 設定
settings-language = ことば
settings-text-size = 文字の大きさ
text-size-normal = ふつう
text-size-large = 大きい
text-size-larger = もっと大きい
text-size-sample = 文字は、このように見えます。

settings-profile = あなたについて
profile-intro = { -app-name }が、あなたに大切なことを見せるために使います。この情報は、このスマホの中に残ります。
profile-home-country = あなたの国
profile-home-country-none = 選んでいません
profile-journey = 今、どこにいますか？
profile-journey-not-set = 答えたくありません
profile-journey-preparing = 日本へ行く準備をしています
profile-journey-in-japan = 日本に住んでいます
profile-departure-date = 出発する予定の日
profile-arrival-date = 日本に着いた日
profile-save = 保存する
profile-saving = 保存しています…
profile-saved = このスマホに保存しました。
profile-unreadable = 保存した答えの中に、読めないものがありました。答えを確認して、もう一度保存してください。
profile-issue-arrival-in-future = 日本に着いた日が、今日よりあとになっています。まだ出発していないときは、「日本へ行く準備をしています」を選んでください。
profile-issue-departure-in-past = 出発する日が、もう過ぎています。今、日本にいるときは、「日本に住んでいます」を選んでください。

settings-data = あなたのデータ
data-encrypted = あなたの情報は、このスマホの中で暗号化されています。
data-protection-keystore = かぎは、この機械の中の、かぎの安全な置き場所にあります。
data-protection-passphrase = かぎは、あなたのパスワードでロックされています。
data-details = 技術のくわしい情報
data-schema = データの形式のバージョン
data-cipher = 暗号化
data-folder = フォルダ
app-version = アプリのバージョン

## Errors shown on a form

error-prefix = エラー：
error-summary-title = 問題があります

## Content packs

packs-installed-title = このスマホにあるパック
packs-version = バージョン
packs-created = 作った日
packs-size = 大きさ
packs-items = { $count }件
packs-languages = ことば
packs-stale = この内容は、作ってから6か月以上たっています。できるときに、新しいバージョンをさがしてください。
packs-import = ファイルからパックを入れる
packs-import-hint = USBメモリ、SDカード、ほかのスマホにある、パックのファイルを使います。何かが変わる前に、ファイルをぜんぶチェックします。
packs-checking = パックをチェックしています（{ $pack }/{ $packs }）…
packs-imported = 入れました：{ $title }、バージョン { $version }
packs-export = パックを1つのファイルにしてシェアする
packs-export-hint = このスマホにあるパックを、ぜんぶ1つのファイルに保存します。そのファイルをほかのスマホにコピーして、そこで入れてください。
packs-exported = 保存しました。ファイルはここにあります：

## Guide

category-top = まずはここから
category-before-coming = 日本に来る前に
category-working = 仕事
category-studying = 勉強
category-living = 生活
category-trouble = 困ったとき・相談
portal-phone-title = 電話番号
article-back = すべてのガイド
article-not-found = このガイドは、このスマホにありません。
article-reviewed = { $date }に、情報のもとを見てチェックしました
article-sources = 情報のもと
article-related = 次に読む
directory-hours = 受付時間
directory-always = 毎日、24時間
directory-languages = ことば
directory-cost = 料金
directory-free = 電話代は無料です
directory-charged = 電話代がかかります
directory-source = { $date }にチェックしました。情報のもと：
day-holiday = 祝日
directory-closed = 休み：{ $from }～{ $to }
lines-title = どこに電話する？
portal-lines-desc = こまっていることをえらぶと、今あなたのことばで話せる電話がわかります。
lines-intro = こまっていることをえらんでください。今あなたのことばで話せる電話を、さいしょに出します。
lines-topic-legend = 何にこまっていますか？
lines-topic-emergency = 今、あぶない
lines-topic-health = 病気・けが
lines-topic-wages = 給料
lines-topic-working-conditions = 働く時間・休み・クビ
lines-topic-harassment = いやがらせ・暴力・差別
lines-topic-immigration = ビザ・在留カード
lines-topic-legal = 借金・契約・事故
lines-topic-disaster = 地震・台風・大雨
lines-topic-all = そのほか・わからない
lines-language = 話したいことば
lines-now = 今の日本の時間：{ $time }
lines-now-holiday = 今日は日本の祝日です。
lines-count = { $count ->
    [one] { $count }件
   *[other] { $count }件
}
lines-open = 今、話せます
lines-open-other = 今、話せます（あなたのことばではありません）
lines-yours-from = あなたのことば：{ $when }から
lines-closed-opens = 今は休み・{ $when }から
lines-closed-later = これから2週間、休みです
lines-some-days = あなたのことばは、一部の日だけです。下の説明を読むか、電話して聞いてください。
lines-call = { $number }に電話する
lines-none-title = このことで相談できる電話は、まだありません
lines-none-body = このスマホには、このことで相談できる電話がありません。あぶないときは、110（警察）か119（消防・救急車）に電話してください。
packs-updates-title = アップデート
packs-server-none = アップデートのサーバーが設定されていません。サーバーのアドレスを入れると、インターネットで新しいバージョンを受け取れます。
packs-server-label = アップデートのサーバーのアドレス
packs-server-hint = このアドレスは、あなたの団体が教えてくれます。例：https://example.org/packs/
packs-server-save = 保存する
packs-server-saved = 保存しました。
packs-wifi-only = Wi-Fiのときだけダウンロードする
packs-network = 今の接続：{ $kind ->
    [unmetered] Wi-Fiまたはケーブル
    [metered] モバイルデータ
   *[unknown] わかりません
}
packs-check = アップデートをチェックする
packs-checking-server = チェックしています…
packs-checked-on = さいごにチェックした日：{ $date }
packs-no-updates = ぜんぶ最新のバージョンです。
packs-update-version = バージョン { $from } → { $to }
packs-new-pack = 新しいパック（バージョン { $to }）
packs-size-delta = ダウンロードする大きさ：{ $size }（変わったところだけです。パック全体は { $full }）
packs-size-full = ダウンロードする大きさ：{ $size }
packs-update = アップデートする
packs-add = 入れる
packs-downloading = ダウンロードしています：{ $done } / { $total }
packs-paused = 一時停止しています：{ $done } / { $total }
packs-installing = チェックして、入れています…
packs-pause = 一時停止する
packs-resume = 再開する
packs-cancel = キャンセルする
packs-download-anyway = それでもダウンロードする
packs-updated = アップデートしました：{ $title }、バージョン { $version }
portal-search-label = ガイドをさがす
portal-search-all = すべてのことばでさがす
portal-search-results = { $count ->
    [one] { $count }件
   *[other] { $count }件
}
portal-search-none = 見つかりませんでした。ほかの単語でさがすか、すべてのことばでさがしてください。
portal-search-corrected = 「{ $text }」の 結果
article-read-in = 読むことば
article-bilingual = 日本語とならべて表示する
article-furigana = ふりがなを表示する（漢字の上の読み方）
article-save = このガイドを保存する
article-saved-note = 保存しました。ガイドのページの「保存したガイド」にあります。
article-unsaved-note = 「保存したガイド」から消しました。
portal-continue-title = 続きを読む
portal-continue-where = { $percent }% まで読みました。
portal-saved-title = 保存したガイド
portal-saved-empty = 保存したガイドは、まだありません。ガイドを開いて「このガイドを保存する」をおすと、ここに出ます。
portal-recent-title = 最近読んだガイド
portal-recent-empty = 開いたガイドは、ここに出ます。
portal-recent-privacy = このリストは、このスマホの中だけにあります。ほかの人にスマホを見られるかもしれないときは、消してください。
portal-recent-finished = 最後まで読みました
portal-recent-progress = { $percent }% 読みました
portal-history-clear = 読んだ記録を消す
portal-history-confirm = このスマホで読んだガイドのリストを消します。保存したガイドは消えません。消したら、もどせません。
portal-history-clear-yes = はい、消します
portal-history-clear-no = いいえ、消しません
portal-history-cleared = 読んだ記録を消しました。
settings-reading = ガイドの読み方
settings-content-language = ガイドのことば
settings-content-language-same = アプリと同じ
emergency-button = 緊急
emergency-title = 緊急：警察・消防・救急
emergency-say-title = はじめに 日本語で こう 言います
emergency-phrase-my-language = （自分の 言葉）を 話します。
emergency-phrase-no-japanese = 日本語が よく わかりません。
emergency-phrase-fire = 火事です。（119番）
emergency-phrase-ambulance = 救急車を おねがいします。（119番）
emergency-show-japanese = 日本語を 話す 人に 見せる
emergency-show-mine = もどる
selfcheck-privacy = あなたの 答えは、この スマホの 中だけに あります。あなたが シェアしない かぎり、だれも 見る ことは できません。
selfcheck-phase-arrival = はじめての チェック（日本に 来てから 3か月 ぐらい）
selfcheck-phase-periodic = 6か月 ごとの チェック
selfcheck-due = チェックする 日：{ $date }
selfcheck-due-now = 今、この チェックを する ときです。
selfcheck-start = チェックを はじめる
selfcheck-continue = やめた ところから つづける
selfcheck-progress = 質問 { $n } / { $total }
selfcheck-yes = はい
selfcheck-no = いいえ
selfcheck-not-sure = わかりません
selfcheck-number-hint = { $min }から { $max }までの 数字
selfcheck-basis = 法律：{ $basis }
selfcheck-back = もどる
selfcheck-next = 次へ
selfcheck-finish = 結果を 見る
selfcheck-results-title = あなたの 結果
selfcheck-results-none = あなたの 答えからは、問題は 見つかりませんでした。何か かわったら、もう一度 チェックして ください。
selfcheck-severity-serious = 大きな 問題：すぐに 相談して ください
selfcheck-severity-concern = たしかめて ください
selfcheck-severity-info = 知って おくと いい こと
selfcheck-next-step = あなたが できる こと
selfcheck-history = 前の チェック
selfcheck-history-empty = 終わった チェックは、まだ ありません。
selfcheck-history-counts = 大きな 問題：{ $serious } ・ たしかめる こと：{ $concern } ・ 知って おくと いい こと：{ $info }
selfcheck-erase = この チェックを 消す
selfcheck-erased = チェックを 消しました。
selfcheck-to-start = セルフチェックに もどる
selfcheck-before = 前回の チェックでも ありました
selfcheck-resolved = 前回は あって、今回は なかった もの
settings-points = ポイント: { $points }
settings-points-note = セルフチェックを 1回 終えると ポイントが もらえます。ポイントは お金に なりません。
selfcheck-summary-open = 印刷用のまとめ（PDF）
selfcheck-summary-title = セルフチェックのまとめ
selfcheck-summary-intro = 労働基準監督署、監理団体、支援団体に相談するときに使えます。それぞれの文は、あなたの言語のあとに日本語で書いてあります。
selfcheck-summary-date = チェックした日: { $date }
selfcheck-summary-answers = 回答
selfcheck-summary-question = 質問
selfcheck-summary-answer = 回答
selfcheck-summary-basis = 法令
selfcheck-summary-findings = 回答からわかること
selfcheck-summary-none = 問題は見つかりませんでした。
selfcheck-summary-save = PDFで保存
selfcheck-summary-saved = 保存しました: { $path }
selfcheck-summary-footer = 本人の回答をもとに Mirai アプリで作成したものです。法的な判断ではありません。
selfcheck-share-open = 団体に送る
selfcheck-share-title = このチェックを送る
selfcheck-share-intro = 送りたいときだけ送ってください。読めるのは、あなたが選んだ団体だけです。ほかの人は読めません。このスマホでも、もう開けません。
selfcheck-share-choose = 送る団体を選ぶ
selfcheck-share-none = まだ団体を追加していません。
selfcheck-share-add = 団体を追加する
selfcheck-share-code = 団体からもらったコード
selfcheck-share-code-hint = MIRAI1- で始まります。団体から直接、または信頼できるメッセージでもらってください。
selfcheck-share-add-button = 追加
selfcheck-share-added = 追加しました: { $name }
selfcheck-share-fingerprint = 鍵の確認: { $fingerprint }
selfcheck-share-remove = { $name } を削除
selfcheck-share-what = 送る内容
selfcheck-share-what-hint = 下の回答とわかったこと、チェックした月、団体ごとに違う乱数を送ります。名前、電話番号、いる場所は送りません。
selfcheck-share-employer = 勤め先の名前（空欄でもかまいません）
selfcheck-share-employer-hint = 同じ職場の問題に団体が気づくのに役立ちます。
selfcheck-share-note = 団体へのメモ（空欄でもかまいません）
selfcheck-share-identify = 私だとわかってしまいますか？
selfcheck-share-identify-1 = 団体は送った内容を見ます。メモに書かないかぎり、名前はわかりません。
selfcheck-share-identify-2 = 勤め先にあなたの回答が渡ることはありません。団体が公表する数字は、少なくとも10人の労働者、会社を比べるときは少なくとも5社の回答をまとめたものなので、一人を特定できません。
selfcheck-share-identify-3 = ある職場の全員がデリケートな質問に同じ答えをした場合、その数字は公表されません。
selfcheck-share-identify-4 = 勤め先で働く人があなただけ、または数人だけなら、会社の名前からあなただとわかるかもしれません。その場合は空欄にしてください。
selfcheck-share-send = 暗号化して送る
selfcheck-share-sent = 暗号化して、{ $organisation } あての送信箱に入れました。このスマホではもう読めません。
selfcheck-outbox = 送信箱
selfcheck-outbox-empty = まだ何も送っていません。
selfcheck-outbox-state-queued = 送信待ち
selfcheck-outbox-state-sent = 送信済み
selfcheck-outbox-state-failed = 送信できませんでした
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = 送らない
home-weekly-title = 今週の 記事
home-weekly-points = 最後まで 読むと { $points } ポイント もらえます。
home-weekly-earned = 読みました。今週の 記事で { $points } ポイント もらいました。
settings-points-weekly = 今週の 記事を 最後まで 読んでも、週に 1回 ポイントが もらえます。
report-all-segments = すべての 業種と 地域
report-workers = 労働者数
report-no-answer = 回答なし
report-suppressed = 非表示（人数が 少なく、安全に 示せないため）
selfcheck-outbox-file = ファイルに 保存
selfcheck-outbox-file-hint = 開けるのは 団体だけです。メッセージや USB メモリで 団体に わたせます。
selfcheck-outbox-saved = 保存しました: { $path }
selfcheck-arrival-missing = 設定で 日本に 来た日を 入れると、チェックの 日を お知らせします。
reminder-notification = お知らせが あります。アプリを 開いて 見てください。
settings-reminders = セルフチェックの 日に 通知する
settings-reminders-hint = 通知には「Mirai: お知らせが あります」としか 出ません。ほかの 人が 画面を 見ても、何の お知らせか わかりません。
