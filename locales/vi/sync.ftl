# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = Đồng bộ
sync-intro = Khi có kết nối, đồng bộ sẽ gửi những gì bạn đã chọn gửi, ví dụ phần tự kiểm tra gửi cho một tổ chức. Bạn không cần chờ đồng bộ: không có đồng bộ, ứng dụng vẫn dùng như bình thường.
sync-server-none = Chưa có máy chủ đồng bộ. Mọi thứ vẫn ở trên điện thoại này.
sync-server-label = Địa chỉ máy chủ đồng bộ
sync-server-hint = Tổ chức của bạn sẽ cho bạn địa chỉ này, ví dụ wss://example.org/sync
sync-server-save = Lưu
sync-server-saved = Đã lưu.
sync-wifi-only = Chỉ đồng bộ khi có Wi-Fi
sync-now = Đồng bộ ngay
sync-state = { $state ->
    [off] Đồng bộ đang tắt.
    [wifi] Đang chờ Wi-Fi.
    [offline] Không có kết nối. Ứng dụng sẽ tự thử lại.
    [syncing] Đang đồng bộ…
   *[done] Đã đồng bộ xong.
}
sync-last = Lần đồng bộ gần nhất: { $time }
sync-never = Chưa đồng bộ lần nào.
sync-waiting = { $count ->
    [one] Có { $count } mục đang chờ gửi.
   *[other] Có { $count } mục đang chờ gửi.
}
error-sync-server-url = Đây không phải là địa chỉ máy chủ đồng bộ. Địa chỉ bắt đầu bằng wss:// (hoặc ws:// trong mạng nội bộ).
error-sync-unavailable = Không thể bắt đầu đồng bộ trên thiết bị này. Những gì bạn đã chọn gửi vẫn nằm trong hộp thư đi.

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = Liên kết thiết bị khác
sync-pair-intro = Điện thoại và máy tính có thể dùng chung một tài khoản: lấy mã ở đây, rồi nhập mã đó trên thiết bị kia.
sync-pair-get = Lấy mã
sync-pair-new = Lấy mã mới
sync-pair-asking = Đang hỏi máy chủ…
sync-pair-code = Mã để nhập trên thiết bị kia
sync-pair-qr = Mã QR của cùng mã này
sync-pair-left = Còn dùng được { $time }.
sync-pair-expired = Mã này đã hết hạn. Hãy lấy mã mới.
sync-pair-use-title = Dùng mã từ thiết bị kia của bạn
sync-pair-use-label = Mã
sync-pair-use-hint = 8 chữ cái và chữ số, hiện trên thiết bị kia ở mục "Liên kết thiết bị khác".
sync-pair-use = Liên kết thiết bị này
sync-pair-linking = Đang liên kết…
sync-pair-linked = Đã liên kết. Thiết bị này dùng chung tài khoản với thiết bị kia của bạn.
error-sync-no-server = Hãy đặt máy chủ đồng bộ trước.
error-pairing-not-a-code = Đây không phải là mã. Mã gồm 8 chữ cái và chữ số.
error-pairing-offline = Không kết nối được với máy chủ đồng bộ. Hãy kiểm tra kết nối rồi thử lại.
error-pairing-unknown-device = Máy chủ chưa biết thiết bị này. Hãy để thiết bị đồng bộ một lần, rồi thử lại.
error-pairing-wrong-code = Mã sai, đã được dùng hoặc đã hết hạn. Hãy lấy mã mới trên thiết bị kia.
error-pairing-too-many = Đã thử quá nhiều mã sai. Hãy chờ một phút rồi thử lại.
error-pairing-refused = Máy chủ đồng bộ đã từ chối. Hãy thử lại sau.
