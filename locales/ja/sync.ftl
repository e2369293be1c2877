# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = 同期
sync-intro = 同期は、あなたが送ると決めたもの（団体に送るセルフチェックなど）を、インターネットにつながったときに送ります。同期を待つ必要はありません。同期がなくても、アプリは同じように使えます。
sync-server-none = 同期のサーバーが設定されていません。データは、ぜんぶこのスマホの中に残ります。
sync-server-label = 同期のサーバーのアドレス
sync-server-hint = このアドレスは、あなたの団体が教えてくれます。例：wss://example.org/sync
sync-server-save = 保存する
sync-server-saved = 保存しました。
sync-wifi-only = Wi-Fiのときだけ同期する
sync-now = 今すぐ同期する
sync-state = { $state ->
    [off] 同期はオフです。
    [wifi] Wi-Fiを待っています。
    [offline] インターネットにつながっていません。アプリが自動で、もう一度ためします。
    [syncing] 同期しています…
   *[done] ぜんぶ同期しました。
}
sync-last = さいごに同期したとき：{ $time }
sync-never = まだ同期していません。
sync-waiting = { $count ->
    [one] { $count }件が、送信を待っています。
   *[other] { $count }件が、送信を待っています。
}
error-sync-server-url = これは同期のサーバーのアドレスではありません。アドレスは wss:// ではじまります。ローカルネットワークでは、ws:// でもかまいません。
error-sync-unavailable = この機械では、同期を始められません。送るものは、送信箱に残っています。

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = ほかの機械をつなぐ
sync-pair-intro = スマホとパソコンで同じアカウントを使えます。ここでコードを出して、もう一つの機械で入力してください。
sync-pair-get = コードを出す
sync-pair-new = 新しいコードを出す
sync-pair-asking = サーバーに聞いています…
sync-pair-code = もう一つの機械に入力するコード
sync-pair-qr = 同じコードのQRコード
sync-pair-left = あと { $time } 使えます。
sync-pair-expired = このコードは期限が切れました。新しいコードを出してください。
sync-pair-use-title = もう一つの機械のコードを使う
sync-pair-use-label = コード
sync-pair-use-hint = 英字と数字の8文字です。もう一つの機械の「ほかの機械をつなぐ」に出ています。
sync-pair-use = この機械をつなぐ
sync-pair-linking = つないでいます…
sync-pair-linked = つながりました。この機械は、もう一つの機械と同じアカウントを使います。
error-sync-no-server = 先に同期のサーバーを設定してください。
error-pairing-not-a-code = これはコードではありません。コードは英字と数字の8文字です。
error-pairing-offline = 同期のサーバーにつながりません。インターネットの接続を確かめて、もう一度ためしてください。
error-pairing-unknown-device = サーバーは、まだこの機械を知りません。一度同期してから、もう一度ためしてください。
error-pairing-wrong-code = コードがちがうか、もう使われたか、期限が切れています。もう一つの機械で新しいコードを出してください。
error-pairing-too-many = まちがったコードが多すぎます。1分待ってから、もう一度ためしてください。
error-pairing-refused = 同期のサーバーに断られました。あとで、もう一度ためしてください。
