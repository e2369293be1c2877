# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = 同步
sync-intro = 有网络连接时，同步会发送你选择发送的内容，比如发给机构的自查。你不用等同步：没有同步，应用也一样能用。
sync-server-none = 还没有设置同步服务器。所有内容都留在这部手机上。
sync-server-label = 同步服务器地址
sync-server-hint = 你的机构会告诉你这个地址，例如 wss://example.org/sync
sync-server-save = 保存
sync-server-saved = 已保存。
sync-wifi-only = 只在连接 Wi-Fi 时同步
sync-now = 现在同步
sync-state = { $state ->
    [off] 同步已关闭。
    [wifi] 正在等待 Wi-Fi。
    [offline] 没有网络。应用会自己再试。
    [syncing] 正在同步…
   *[done] 所有内容都是最新的。
}
sync-last = 上次同步：{ $time }
sync-never = 还没有同步过。
sync-waiting = { $count ->
    [one] 有 { $count } 项等待发送。
   *[other] 有 { $count } 项等待发送。
}
error-sync-server-url = 这不是同步服务器地址。地址以 wss:// 开头（在本地网络中也可以是 ws://）。
error-sync-unavailable = 这台设备无法开始同步。你要发送的内容还在发件箱里。
