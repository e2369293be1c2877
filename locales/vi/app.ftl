# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = Chuyển đến nội dung chính
nav-label = Menu chính
nav-home = Trang chủ
nav-portal = Hướng dẫn
nav-self-check = Tự kiểm tra
nav-assist = Hỗ trợ
nav-friends = Bạn bè
nav-packs = Gói nội dung
nav-settings = Cài đặt
language-button = Ngôn ngữ
loading = Đang tải…
close = Đóng

## Home

home-title = Chào mừng bạn đến với { -app-name }
home-intro = Thông tin và hỗ trợ cho cuộc sống và công việc ở Nhật Bản. Dùng được cả khi không có mạng.
home-portal-desc = Cuộc sống và công việc ở Nhật, bằng ngôn ngữ của bạn
home-self-check-desc = Kiểm tra điều kiện làm việc của bạn
home-assist-desc = Nói chuyện với người có thể giúp bạn
home-friends-desc = Mọi người và sự kiện gần bạn
home-packs-desc = Hướng dẫn và bản cập nhật trên điện thoại này
home-settings-desc = Ngôn ngữ, thông tin về bạn và dữ liệu của bạn

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = Chưa có hướng dẫn nào trên điện thoại này
portal-empty-body = Các hướng dẫn nằm trong gói nội dung. Khi có gói trên điện thoại này, bạn có thể đọc ở đây mà không cần mạng.
self-check-empty-title = Chưa có phần tự kiểm tra trên điện thoại này
self-check-empty-body = Các câu hỏi nằm trong gói nội dung. Câu trả lời của bạn sẽ được giữ trên điện thoại này.
assist-empty-title = Chưa có cuộc trò chuyện nào
assist-empty-body = Sau này, ở đây bạn có thể nhờ một tổ chức hỗ trợ giúp đỡ, bằng ngôn ngữ của bạn. Hiện chưa có tổ chức hỗ trợ nào được kết nối.
friends-empty-title = Chưa có gì ở đây
friends-empty-body = Sau này, ở đây bạn sẽ tìm thấy người đồng hương và các sự kiện gần bạn. Phần này của ứng dụng chưa sẵn sàng.
packs-empty-title = Không có gói nội dung nào trên điện thoại này
packs-empty-body = Gói nội dung chứa các hướng dẫn và phần tự kiểm tra. Sau này bạn có thể tải gói về, hoặc sao chép từ một tệp.
go-to-packs = Đến Gói nội dung

## Language picker

language-picker-title = Chọn ngôn ngữ của bạn
language-picker-hint = Bạn có thể đổi lại sau, ở bất kỳ màn hình nào.
language-current = Ngôn ngữ hiện tại

## First start without a secure key store, and unlocking

setup-title = Bảo vệ thông tin của bạn
setup-body = Thiết bị này không có nơi an toàn để giữ khóa mã hóa. Hãy chọn một mật khẩu để khóa thông tin của bạn. Nếu bạn quên mật khẩu, không ai mở được thông tin của bạn, kể cả chúng tôi.
setup-passphrase-label = Mật khẩu mới
setup-passphrase-hint = Ít nhất { $min } ký tự. Ghép vài từ lại với nhau sẽ dễ nhớ.
setup-confirm-label = Nhập lại mật khẩu
setup-mismatch = Hai mật khẩu không giống nhau. Hãy nhập lại.
setup-too-short = Mật khẩu quá ngắn. Hãy dùng ít nhất { $min } ký tự.
setup-submit = Khóa bằng mật khẩu này
setup-working = Đang khóa thông tin của bạn…
unlock-title = Mở khóa { -app-name }
unlock-body = Nhập mật khẩu để mở thông tin của bạn.
unlock-label = Mật khẩu
unlock-submit = Mở khóa
unlock-working = Đang mở khóa…
show-passphrase = Hiện mật khẩu

## When the app cannot open the user's information

startup-error-title = { -app-name } không mở được thông tin của bạn
startup-error-untouched = Không có gì bị thay đổi hay bị xóa. Các tệp của bạn vẫn ở trong thư mục này:
startup-error-retry = Thử lại
startup-error-start-fresh = Để riêng các tệp này và bắt đầu lại
start-fresh-confirm = Các tệp của bạn sẽ được chuyển vào một thư mục mới, ở ngay chỗ đó. Không có gì bị xóa. Bạn có muốn bắt đầu lại với ứng dụng trống không?
start-fresh-yes = Có, bắt đầu lại
start-fresh-no = Không, quay lại
start-fresh-done = Các tệp cũ của bạn bây giờ ở: { $folder }

## Settings

settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-text-size = Cỡ chữ
text-size-normal = Bình thường
text-size-large = Lớn
text-size-larger = Lớn hơn
text-size-sample = Chữ sẽ trông như thế này.

settings-profile = Về bạn
profile-intro = Thông tin này giúp { -app-name } hiện những gì quan trọng với bạn. Thông tin được giữ trên điện thoại này.
profile-home-country = Nước của bạn
profile-home-country-none = Chưa chọn
profile-journey = Bây giờ bạn đang ở đâu?
profile-journey-not-set = Tôi không muốn nói
profile-journey-preparing = Đang chuẩn bị sang Nhật
profile-journey-in-japan = Đang sống ở Nhật
profile-departure-date = Ngày dự kiến xuất cảnh
profile-arrival-date = Ngày bạn đến Nhật
profile-save = Lưu
profile-saving = Đang lưu…
profile-saved = Đã lưu trên điện thoại này.
profile-unreadable = Không đọc được một số câu trả lời đã lưu. Hãy kiểm tra và lưu lại lần nữa.
profile-issue-arrival-in-future = Ngày đến này là một ngày trong tương lai. Nếu bạn chưa đi, hãy chọn “Đang chuẩn bị sang Nhật”.
profile-issue-departure-in-past = Ngày xuất cảnh này đã qua. Nếu bây giờ bạn đang ở Nhật, hãy chọn “Đang sống ở Nhật”.

settings-data = Dữ liệu của bạn
data-encrypted = Thông tin của bạn được mã hóa trên điện thoại này.
data-protection-keystore = Khóa mã hóa được giữ trong kho khóa an toàn của thiết bị này.
data-protection-passphrase = Khóa mã hóa được khóa lại bằng mật khẩu của bạn.
data-details = Chi tiết kỹ thuật
data-schema = Phiên bản định dạng dữ liệu
data-cipher = Mã hóa
data-folder = Thư mục
app-version = Phiên bản ứng dụng

## Errors shown on a form

error-prefix = Lỗi:
error-summary-title = Có vấn đề

## Content packs

packs-installed-title = Trên điện thoại này
packs-version = Phiên bản
packs-created = Ngày tạo
packs-size = Dung lượng
packs-items = { $count } mục
packs-languages = Ngôn ngữ
packs-stale = Nội dung này đã cũ hơn 6 tháng. Khi có thể, hãy tìm phiên bản mới hơn.
packs-import = Thêm gói từ tệp
packs-import-hint = Tệp gói từ USB, thẻ SD hoặc điện thoại khác. Tệp được kiểm tra đầy đủ trước khi có bất kỳ thay đổi nào.
packs-checking = Đang kiểm tra gói thứ { $pack } trong { $packs } gói…
packs-imported = Đã thêm: { $title }, phiên bản { $version }
packs-export = Chia sẻ các gói thành một tệp
packs-export-hint = Lưu tất cả các gói trên điện thoại này vào một tệp. Hãy sao chép tệp đó sang điện thoại khác và thêm vào ở đó.
packs-exported = Đã lưu. Tệp ở đây:

## Guide

category-top = Bắt đầu từ đây
category-before-coming = Trước khi sang Nhật
category-working = Làm việc
category-studying = Học tập
category-living = Cuộc sống
category-trouble = Khó khăn và giúp đỡ
portal-phone-title = Số điện thoại
article-back = Tất cả hướng dẫn
article-not-found = Hướng dẫn này không có trên điện thoại này.
article-reviewed = Đã kiểm tra theo các nguồn vào { $date }
article-sources = Nguồn
article-related = Đọc tiếp
directory-hours = Giờ làm việc
directory-always = Cả ngày và đêm, mọi ngày
directory-languages = Ngôn ngữ
directory-cost = Chi phí
directory-free = Gọi miễn phí
directory-charged = Có tính phí cuộc gọi
directory-source = Đã kiểm tra vào { $date }. Nguồn:
day-holiday = ngày lễ
directory-closed = Nghỉ từ { $from } đến { $to }
lines-title = Tôi nên gọi số nào?
portal-lines-desc = Chọn vấn đề của bạn để xem nơi nào đang nghe máy bằng tiếng của bạn.
lines-intro = Hãy chọn vấn đề của bạn. Các số đang nghe máy bằng tiếng của bạn sẽ ở trên cùng.
lines-topic-legend = Bạn gặp vấn đề gì?
lines-topic-emergency = Đang gặp nguy hiểm
lines-topic-health = Bị bệnh hoặc bị thương
lines-topic-wages = Tiền lương
lines-topic-working-conditions = Giờ làm, ngày nghỉ, bị đuổi việc
lines-topic-harassment = Quấy rối, bạo lực, phân biệt đối xử
lines-topic-immigration = Visa và thẻ cư trú
lines-topic-legal = Nợ, hợp đồng, tai nạn
lines-topic-disaster = Động đất, bão, lũ lụt
lines-topic-all = Vấn đề khác, hoặc chưa rõ
lines-language = Ngôn ngữ bạn muốn nói
lines-now = Giờ Nhật Bản bây giờ: { $time }
lines-now-holiday = Hôm nay là ngày lễ ở Nhật Bản.
lines-count = { $count ->
    [one] { $count } số điện thoại
   *[other] { $count } số điện thoại
}
lines-open = Đang mở
lines-open-other = Đang mở, nhưng không có tiếng của bạn
lines-yours-from = Tiếng của bạn: từ { $when }
lines-closed-opens = Đang đóng · mở lúc { $when }
lines-closed-later = Đóng trong hai tuần tới
lines-some-days = Tiếng của bạn chỉ có vào một số ngày. Hãy đọc phần bên dưới, hoặc gọi để hỏi.
lines-call = Gọi { $number }
lines-none-title = Chưa có số nào cho vấn đề này
lines-none-body = Trên điện thoại này chưa có số nào giúp được vấn đề này. Nếu bạn đang gặp nguy hiểm, hãy gọi 110 (cảnh sát) hoặc 119 (cứu hỏa, xe cấp cứu).
packs-updates-title = Cập nhật
packs-server-none = Chưa có máy chủ cập nhật. Hãy thêm địa chỉ máy chủ để nhận phiên bản mới qua internet.
packs-server-label = Địa chỉ máy chủ cập nhật
packs-server-hint = Tổ chức của bạn sẽ cho bạn địa chỉ này, ví dụ https://example.org/packs/
packs-server-save = Lưu
packs-server-saved = Đã lưu.
packs-wifi-only = Chỉ tải về khi có Wi-Fi
packs-network = Kết nối hiện tại: { $kind ->
    [unmetered] Wi-Fi hoặc cáp mạng
    [metered] dữ liệu di động
   *[unknown] không rõ
}
packs-check = Kiểm tra bản cập nhật
packs-checking-server = Đang kiểm tra…
packs-checked-on = Lần kiểm tra gần nhất: { $date }
packs-no-updates = Tất cả đều đã là phiên bản mới nhất.
packs-update-version = Phiên bản { $from } → { $to }
packs-new-pack = Gói mới · phiên bản { $to }
packs-size-delta = Cần tải về { $size } (chỉ phần thay đổi; cả gói là { $full })
packs-size-full = Cần tải về { $size }
packs-update = Cập nhật
packs-add = Thêm
packs-downloading = Đang tải về: { $done } / { $total }
packs-paused = Đã tạm dừng ở { $done } / { $total }
packs-installing = Đang kiểm tra và cài đặt…
packs-pause = Tạm dừng
packs-resume = Tiếp tục
packs-cancel = Hủy
packs-download-anyway = Vẫn tải về
packs-updated = Đã cập nhật: { $title }, phiên bản { $version }
portal-search-label = Tìm trong hướng dẫn
portal-search-all = Tìm bằng tất cả ngôn ngữ
portal-search-results = { $count ->
    [one] { $count } kết quả
   *[other] { $count } kết quả
}
portal-search-none = Không tìm thấy. Hãy thử từ khác, hoặc tìm bằng tất cả ngôn ngữ.
portal-search-corrected = Kết quả cho “{ $text }”
article-read-in = Đọc bằng
article-bilingual = Xem song song với tiếng Nhật
article-furigana = Hiện furigana (cách đọc viết trên chữ Hán)
article-save = Lưu hướng dẫn này
article-saved-note = Đã lưu. Bạn có thể tìm lại trong trang Hướng dẫn, ở phần “Đã lưu”.
article-unsaved-note = Đã bỏ khỏi “Đã lưu”.
portal-continue-title = Tiếp tục đọc
portal-continue-where = Bạn đã đọc đến { $percent }%.
portal-saved-title = Đã lưu
portal-saved-empty = Chưa lưu hướng dẫn nào. Mở một hướng dẫn rồi bấm “Lưu hướng dẫn này” để giữ nó ở đây.
portal-recent-title = Đã đọc gần đây
portal-recent-empty = Các hướng dẫn bạn mở sẽ hiện ở đây.
portal-recent-privacy = Danh sách này chỉ có trên điện thoại này. Hãy xóa nó nếu người khác có thể xem điện thoại của bạn.
portal-recent-finished = Đã đọc hết
portal-recent-progress = Đã đọc { $percent }%
portal-history-clear = Xóa lịch sử đọc
portal-history-confirm = Việc này xóa danh sách các hướng dẫn bạn đã đọc trên điện thoại này. Các hướng dẫn đã lưu vẫn còn. Xóa rồi thì không lấy lại được.
portal-history-clear-yes = Có, xóa lịch sử
portal-history-clear-no = Không, giữ lại
portal-history-cleared = Đã xóa lịch sử đọc.
settings-reading = Đọc hướng dẫn
settings-content-language = Ngôn ngữ của hướng dẫn
settings-content-language-same = Giống ứng dụng
emergency-button = Khẩn cấp
emergency-title = Khẩn cấp: cảnh sát, cứu hỏa, cấp cứu
emergency-say-title = Hãy nói những câu này trước, bằng tiếng Nhật
emergency-phrase-my-language = Tôi nói tiếng Việt.
emergency-phrase-no-japanese = Tôi không hiểu tiếng Nhật lắm.
emergency-phrase-fire = Có cháy. (khi gọi 119)
emergency-phrase-ambulance = Tôi cần xe cấp cứu. (khi gọi 119)
emergency-show-japanese = Cho người nói tiếng Nhật xem
emergency-show-mine = Quay lại tiếng Việt
selfcheck-privacy = Câu trả lời của bạn chỉ ở trên điện thoại này. Không ai xem được, trừ khi bạn chọn chia sẻ.
selfcheck-phase-arrival = Lần kiểm tra đầu tiên, khoảng 3 tháng sau khi bạn đến Nhật
selfcheck-phase-periodic = Kiểm tra định kỳ, 6 tháng một lần
selfcheck-due = Hạn kiểm tra: { $date }
selfcheck-due-now = Đã đến lúc làm lần kiểm tra này.
selfcheck-start = Bắt đầu kiểm tra
selfcheck-continue = Tiếp tục từ chỗ bạn đã dừng
selfcheck-progress = Câu { $n } / { $total }
selfcheck-yes = Có
selfcheck-no = Không
selfcheck-not-sure = Tôi không chắc
selfcheck-number-hint = Một số từ { $min } đến { $max }
selfcheck-basis = Luật: { $basis }
selfcheck-back = Quay lại
selfcheck-next = Tiếp
selfcheck-finish = Xem kết quả của tôi
selfcheck-results-title = Kết quả của bạn
selfcheck-results-none = Câu trả lời của bạn không cho thấy vấn đề nào. Nếu có gì thay đổi, hãy kiểm tra lại.
selfcheck-severity-serious = Nghiêm trọng: hãy tìm sự giúp đỡ ngay
selfcheck-severity-concern = Hãy kiểm tra điều này
selfcheck-severity-info = Nên biết
selfcheck-next-step = Bạn có thể làm gì
selfcheck-history = Các lần kiểm tra trước
selfcheck-history-empty = Chưa có lần kiểm tra nào hoàn thành.
selfcheck-history-counts = Nghiêm trọng: { $serious } · Cần kiểm tra: { $concern } · Nên biết: { $info }
selfcheck-erase = Xóa lần kiểm tra này
selfcheck-erased = Đã xóa lần kiểm tra.
selfcheck-to-start = Quay lại Tự kiểm tra
selfcheck-before = Lần kiểm tra trước cũng có
selfcheck-resolved = Lần trước có, lần này không còn
settings-points = Điểm: { $points }
settings-points-note = Mỗi lần hoàn thành tự kiểm tra, bạn được điểm. Điểm không có giá trị bằng tiền.
selfcheck-summary-open = Bản tóm tắt để in (PDF)
selfcheck-summary-title = Tóm tắt tự kiểm tra
selfcheck-summary-intro = Dùng khi bạn đến Văn phòng Thanh tra Tiêu chuẩn Lao động, nghiệp đoàn hoặc tổ chức hỗ trợ. Mỗi câu được viết bằng ngôn ngữ của bạn, sau đó bằng tiếng Nhật.
selfcheck-summary-date = Ngày kiểm tra: { $date }
selfcheck-summary-answers = Câu trả lời
selfcheck-summary-question = Câu hỏi
selfcheck-summary-answer = Câu trả lời
selfcheck-summary-basis = Luật
selfcheck-summary-findings = Điều mà câu trả lời cho thấy
selfcheck-summary-none = Không thấy vấn đề nào.
selfcheck-summary-save = Lưu thành PDF
selfcheck-summary-saved = Đã lưu: { $path }
selfcheck-summary-footer = Được làm bằng ứng dụng Mirai, từ chính câu trả lời của người lao động. Đây không phải là kết luận pháp lý.
selfcheck-share-open = Gửi cho một tổ chức
selfcheck-share-title = Gửi lần kiểm tra này
selfcheck-share-intro = Chỉ gửi nếu bạn muốn. Tổ chức bạn chọn có thể đọc. Không ai khác đọc được, và điện thoại này cũng không mở lại được nữa.
selfcheck-share-choose = Chọn tổ chức
selfcheck-share-none = Bạn chưa thêm tổ chức nào.
selfcheck-share-add = Thêm tổ chức
selfcheck-share-code = Mã mà tổ chức đưa cho bạn
selfcheck-share-code-hint = Mã bắt đầu bằng MIRAI1-. Hãy nhận mã trực tiếp từ tổ chức, hoặc qua tin nhắn mà bạn tin tưởng.
selfcheck-share-add-button = Thêm
selfcheck-share-added = Đã thêm: { $name }
selfcheck-share-fingerprint = Kiểm tra khóa: { $fingerprint }
selfcheck-share-remove = Xóa { $name }
selfcheck-share-what = Những gì sẽ được gửi
selfcheck-share-what-hint = Các câu trả lời và điều tìm thấy ở dưới, tháng kiểm tra, và một số ngẫu nhiên khác nhau cho mỗi tổ chức. Không gửi tên, số điện thoại hay nơi bạn đang ở.
selfcheck-share-employer = Tên công ty của bạn (có thể để trống)
selfcheck-share-employer-hint = Điều này giúp tổ chức thấy các vấn đề ở cùng một nơi làm việc.
selfcheck-share-note = Ghi chú cho tổ chức (có thể để trống)
selfcheck-share-identify = Người ta có biết đó là tôi không?
selfcheck-share-identify-1 = Tổ chức thấy những gì bạn gửi. Tổ chức không biết tên bạn, trừ khi bạn viết tên vào ghi chú.
selfcheck-share-identify-2 = Công ty của bạn không bao giờ nhận được câu trả lời của bạn. Các con số tổ chức công bố gộp ít nhất 10 người lao động, và ít nhất 5 công ty khi so sánh các công ty, nên không ai bị nhận ra.
selfcheck-share-identify-3 = Nếu mọi người ở một nơi làm việc trả lời giống nhau cho một câu hỏi nhạy cảm, con số đó sẽ không được công bố.
selfcheck-share-identify-4 = Nếu chỉ có bạn hoặc vài người làm việc cho công ty đó, tên công ty vẫn có thể cho thấy đó là bạn. Khi đó, hãy để trống.
selfcheck-share-send = Mã hóa và gửi
selfcheck-share-sent = Đã mã hóa và đặt vào hộp thư đi cho { $organisation }. Điện thoại này không đọc được nữa.
selfcheck-outbox = Hộp thư đi
selfcheck-outbox-empty = Chưa gửi gì.
selfcheck-outbox-state-queued = Đang chờ gửi
selfcheck-outbox-state-sent = Đã gửi
selfcheck-outbox-state-failed = Không gửi được
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = Không gửi
home-weekly-title = Hướng dẫn của tuần
home-weekly-points = Đọc đến hết để được { $points } điểm.
home-weekly-earned = Xong rồi. Bạn được { $points } điểm vì đã đọc hướng dẫn tuần này.
settings-points-weekly = Đọc hết hướng dẫn của tuần cũng được điểm, mỗi tuần một lần.
report-all-segments = Tất cả ngành và khu vực
report-workers = Số người lao động
report-no-answer = Không trả lời
report-suppressed = Ẩn (quá ít người để hiện an toàn)
selfcheck-outbox-file = Lưu thành tệp
selfcheck-outbox-file-hint = Chỉ tổ chức đó mở được. Bạn có thể gửi tệp cho tổ chức qua tin nhắn hoặc bằng USB.
selfcheck-outbox-saved = Đã lưu: { $path }
selfcheck-arrival-missing = Hãy thêm ngày bạn đến Nhật trong Cài đặt. Khi đó, ứng dụng sẽ cho bạn biết khi nào cần làm mỗi lần kiểm tra.
reminder-notification = Bạn có một lời nhắc. Hãy mở ứng dụng để xem.
settings-reminders = Báo cho tôi khi đến lúc tự kiểm tra
settings-reminders-hint = Thông báo chỉ ghi “Mirai: bạn có một lời nhắc”, nên người khác nhìn thấy màn hình của bạn cũng không biết đó là về việc gì.
