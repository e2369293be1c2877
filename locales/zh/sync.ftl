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

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = 连接另一台设备
sync-pair-intro = 手机和电脑可以用同一个账户：在这里获取代码，然后在另一台设备上输入。
sync-pair-get = 获取代码
sync-pair-new = 获取新代码
sync-pair-asking = 正在询问服务器…
sync-pair-code = 在另一台设备上输入的代码
sync-pair-qr = 同一代码的二维码
sync-pair-left = 还可以用 { $time }。
sync-pair-expired = 这个代码已过期。请获取新代码。
sync-pair-use-title = 使用另一台设备上的代码
sync-pair-use-label = 代码
sync-pair-use-hint = 8 个字母和数字，显示在另一台设备的“连接另一台设备”下面。
sync-pair-use = 连接这台设备
sync-pair-linking = 正在连接…
sync-pair-linked = 已连接。这台设备和你的另一台设备使用同一个账户。
error-sync-no-server = 请先设置同步服务器。
error-pairing-not-a-code = 这不是代码。代码由 8 个字母和数字组成。
error-pairing-offline = 连不上同步服务器。请检查网络连接，然后再试一次。
error-pairing-unknown-device = 服务器还不认识这台设备。请先让它同步一次，然后再试。
error-pairing-wrong-code = 代码不对、已经用过或已过期。请在另一台设备上获取新代码。
error-pairing-too-many = 试过的错误代码太多了。请等一分钟再试。
error-pairing-refused = 同步服务器拒绝了。请稍后再试。
