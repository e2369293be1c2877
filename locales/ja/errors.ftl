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
