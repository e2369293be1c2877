# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = { -app-name }は、この機械にファイルを保存できません。保存する場所がいっぱいか、読むことしかできない場所かもしれません。場所をあけてから、もう一度ためしてください。
error-not-found = あなたの情報が見つかりませんでした。
error-already-exists = ここには、もう情報が保存されています。そのため、新しいものは作りませんでした。
error-foreign-file = { -app-name }のフォルダにあるファイルは、{ -app-name }のファイルではありません。このファイルは変えていません。
error-cannot-decrypt = このかぎでは、ファイルを開けません。ファイルは変えていません。
error-wrong-key = この機械にあったかぎでは、あなたの情報を開けません。何も変えていません。
error-wrong-passphrase = パスワードがちがいます。もう一度ためしてください。
error-corrupt = 保存した情報がこわれていて、読めません。ファイルは変えていません。
error-newer-schema = あなたの情報は、もっと新しいバージョンの{ -app-name }で保存されました。開くには、アプリをアップデートしてください。何も変えていません。
error-key-file-missing = かぎのファイルがないので、あなたの情報を開けません。何も変えていません。
error-key-file-damaged = かぎのファイルがこわれているので、あなたの情報を開けません。何も変えていません。
error-keystore-unavailable = この機械の、かぎの安全な置き場所が使えません。機械のロックをはずすか、ログインしなおしてから、もう一度ためしてください。
error-key-missing = あなたの情報のかぎが、この機械の、かぎの安全な置き場所に、もうありません。
error-passphrase-too-short = パスワードが短すぎます。
error-disk-full = この機械の保存する場所が、いっぱいです。さいごに変えたことは、保存されていません。場所をあけてから、もう一度ためしてください。
error-busy = { -app-name }は、ほかのウィンドウで使っています。そのウィンドウを閉じてから、もう一度ためしてください。
error-invalid-profile = 保存する前に、いくつかの答えを直してください。
error-io = ファイルを読むこと、または書くことができませんでした。なくなったものはありません。もう一度ためしてください。
error-database = 保存するときに、問題が起きました。なくなったものはありません。もう一度ためしてください。
error-unknown-language = このことばは使えません：{ $code }
error-invalid-input = アプリが、使えないデータを受け取りました：{ $field }
error-locked = あなたの情報はロックされています。先にロックをはずしてください。
error-internal = { -app-name }の中で、問題が起きました。なくなったものはありません。もう一度ためしてください。

## Content packs

error-pack-malformed = このファイルは{ -app-name }のパックではないか、こわれています。何も変えていません。
error-pack-too-large = このパックは、決められた大きさより大きいです。何も変えていません。
error-pack-manifest-invalid = このパックの中身のリストが正しくありません。何も変えていません。
error-pack-keys-not-trusted = このパックは、{ -app-name }のかぎでサインされていません。パックは入れませんでした。
error-pack-unknown-key = このパックは、わからないかぎでサインされています。パックは入れませんでした。
error-pack-revoked-key = このパックは、もう信用できないかぎでサインされています。パックは入れませんでした。
error-pack-bad-signature = サインが合いません。パックが変えられたかもしれません。パックは入れませんでした。
error-pack-rollback = このスマホにあるものより、古いバージョンです。何も変えていません。
error-pack-already-installed = このパックは、もうこのスマホにあります。
error-pack-equivocation = このパックは、このスマホにあるものと同じバージョンですが、内容がちがいます。パックは入れませんでした。
error-pack-needs-newer-app = このパックには、もっと新しいバージョンの{ -app-name }が必要です。先にアプリをアップデートしてください。
error-pack-file-mismatch = このパックの中のファイルが、こわれています。パックは入れませんでした。
error-pack-unexpected-file = このパックに、入っていてはいけないファイルがあります。パックは入れませんでした。
error-pack-missing-file = このパックには、足りないファイルがあります。パックは入れませんでした。
error-pack-bad-path = このパックに、使ってはいけない名前のファイルがあります。パックは入れませんでした。
error-pack-not-regular-file = このパックの、ファイルがあるはずの場所に、リンクかフォルダがあります。パックは入れませんでした。
error-pack-content-invalid = このパックの中に、このアプリで見せられない内容があります。パックは入れませんでした。
error-pack-wrong-base = このアップデートは、このスマホにあるバージョンに合いません。何も変えていません。
error-pack-io = パックのファイルを読めませんでした。何も変えていません。
error-update-no-server = アップデートのサーバーが設定されていません。
error-update-needs-wifi = 「Wi-Fiのときだけダウンロードする」がオンになっています。このスマホは今、モバイルデータを使っています。Wi-Fiにつなぐか、それでもダウンロードしてください。
error-update-network-unknown = この機械は、Wi-Fiを使っているかどうか、わかりません。だいじょうぶだとわかっているときだけ、それでもダウンロードしてください。
error-update-gone = このアップデートは、もうありません。もう一度アップデートをチェックしてください。
error-update-busy = ほかのダウンロードをしています。終わるまで待ってください。
error-update-server-url = これはサーバーのアドレスではありません。アドレスは https:// ではじまります。
error-update-offline = アップデートのサーバーにつながりません。接続を確認して、もう一度ためしてください。ダウンロードした分は残っています。
error-update-cancelled = ダウンロードを止めました。ダウンロードした分は、次のときのために残してあります。
error-update-corrupt = サーバーから、こわれたファイルが届きました。何も変えていません。あとで、もう一度ためしてください。
error-update-disk = ダウンロードしたものを保存できません。この機械の保存する場所をあけてから、もう一度ためしてください。
error-update-server = アップデートのサーバーから、正しい返事がありませんでした。あとで、もう一度ためしてください。
error-org-code-unknown = Mirai の団体コードではありません。コードは MIRAI1- で始まります。
error-org-code-damaged = コードがこわれています。もう一度、全部コピーしてください。
error-org-code-name = このコードの団体名は使えません。団体に新しいコードをもらってください。
error-seal-failed = 暗号化できなかったので、何も送らず、何も保存していません。もう一度ためしてください。
error-print-failed = PDFを保存できませんでした。何も変わっていません。別のフォルダを選んでください。
error-answer-out-of-range = { $min } から { $max } までの 整数で 答えてください。
error-answer-future-date = この日は まだ 来ていません。それが あった日を 選んでください。
error-answer-not-a-date = 日付では ありません。カレンダーから 日を 選んでください。
error-notify-failed = 通知を 出せませんでした。お知らせは ホーム画面に あります。
