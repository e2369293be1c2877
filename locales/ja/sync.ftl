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
