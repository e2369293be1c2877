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
