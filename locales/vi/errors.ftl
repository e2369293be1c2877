# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = { -app-name } không lưu được tệp trên thiết bị này. Bộ nhớ có thể đã đầy, hoặc chỉ cho phép đọc. Hãy làm trống bớt bộ nhớ, rồi thử lại.
error-not-found = Không tìm thấy thông tin của bạn.
error-already-exists = Ở đây đã có thông tin được lưu, nên không tạo gì mới.
error-foreign-file = Tệp trong thư mục của { -app-name } không phải là tệp của { -app-name }. Tệp này không bị thay đổi.
error-cannot-decrypt = Không mở được tệp bằng khóa này. Tệp không bị thay đổi.
error-wrong-key = Khóa tìm thấy trên thiết bị này không mở được thông tin của bạn. Không có gì bị thay đổi.
error-wrong-passphrase = Mật khẩu này không đúng. Hãy thử lại.
error-corrupt = Thông tin đã lưu của bạn bị hỏng và không đọc được. Tệp không bị thay đổi.
error-newer-schema = Thông tin của bạn được lưu bằng một phiên bản mới hơn của { -app-name }. Hãy cập nhật ứng dụng để mở. Không có gì bị thay đổi.
error-key-file-missing = Không thấy tệp khóa, nên không mở được thông tin của bạn. Không có gì bị thay đổi.
error-key-file-damaged = Tệp khóa bị hỏng, nên không mở được thông tin của bạn. Không có gì bị thay đổi.
error-keystore-unavailable = Hiện không dùng được kho khóa an toàn của thiết bị này. Hãy mở khóa thiết bị hoặc đăng nhập lại, rồi thử lại.
error-key-missing = Khóa mã hóa thông tin của bạn không còn trong kho khóa an toàn của thiết bị này nữa.
error-passphrase-too-short = Mật khẩu quá ngắn.
error-disk-full = Thiết bị này đã hết bộ nhớ. Thay đổi cuối cùng của bạn chưa được lưu. Hãy làm trống bớt bộ nhớ, rồi thử lại.
error-busy = { -app-name } đang được dùng trong một cửa sổ khác. Hãy đóng cửa sổ đó, rồi thử lại.
error-invalid-profile = Cần sửa một số câu trả lời trước khi lưu.
error-io = Không đọc hoặc ghi được một tệp. Không có gì bị mất. Hãy thử lại.
error-database = Có lỗi khi lưu. Không có gì bị mất. Hãy thử lại.
error-unknown-language = Ngôn ngữ này không có sẵn: { $code }
error-invalid-input = Ứng dụng nhận được một giá trị không dùng được: { $field }
error-locked = Thông tin của bạn đang bị khóa. Hãy mở khóa trước.
error-internal = Có lỗi bên trong { -app-name }. Không có gì bị mất. Hãy thử lại.

## Content packs

error-pack-malformed = Tệp này không phải là gói của { -app-name }, hoặc đã bị hỏng. Không có gì bị thay đổi.
error-pack-too-large = Gói này lớn hơn mức cho phép. Không có gì bị thay đổi.
error-pack-manifest-invalid = Danh sách nội dung trong gói này không hợp lệ. Không có gì bị thay đổi.
error-pack-keys-not-trusted = Gói này không được ký bằng khóa của { -app-name }. Gói không được thêm vào.
error-pack-unknown-key = Gói này được ký bằng một khóa lạ. Gói không được thêm vào.
error-pack-revoked-key = Gói này được ký bằng một khóa không còn được tin cậy. Gói không được thêm vào.
error-pack-bad-signature = Chữ ký không khớp: gói có thể đã bị thay đổi. Gói không được thêm vào.
error-pack-rollback = Đây là phiên bản cũ hơn phiên bản trên điện thoại này. Không có gì bị thay đổi.
error-pack-already-installed = Gói này đã có trên điện thoại này.
error-pack-equivocation = Gói này có cùng phiên bản với gói trên điện thoại này, nhưng nội dung khác. Gói không được thêm vào.
error-pack-needs-newer-app = Gói này cần phiên bản mới hơn của { -app-name }. Hãy cập nhật ứng dụng trước.
error-pack-file-mismatch = Một tệp trong gói này bị hỏng. Gói không được thêm vào.
error-pack-unexpected-file = Gói này có một tệp không được phép có. Gói không được thêm vào.
error-pack-missing-file = Gói này bị thiếu một tệp. Gói không được thêm vào.
error-pack-bad-path = Gói này có một tệp mang tên bị cấm. Gói không được thêm vào.
error-pack-not-regular-file = Gói này có một liên kết hoặc một thư mục ở chỗ lẽ ra phải là tệp. Gói không được thêm vào.
error-pack-content-invalid = Ứng dụng này không hiển thị được một số nội dung trong gói này. Gói không được thêm vào.
error-pack-wrong-base = Bản cập nhật này không khớp với phiên bản trên điện thoại này. Không có gì bị thay đổi.
error-pack-io = Không đọc được tệp gói. Không có gì bị thay đổi.
error-update-no-server = Chưa có máy chủ cập nhật.
error-update-needs-wifi = “Chỉ tải về khi có Wi-Fi” đang bật, nhưng điện thoại này đang dùng dữ liệu di động. Hãy kết nối Wi-Fi, hoặc chọn vẫn tải về.
error-update-network-unknown = Thiết bị này không biết mình có đang dùng Wi-Fi hay không. Chỉ chọn vẫn tải về nếu bạn chắc chắn.
error-update-gone = Bản cập nhật này không còn nữa. Hãy kiểm tra bản cập nhật lại.
error-update-busy = Đang có một lượt tải về khác. Hãy chờ đến khi xong.
error-update-server-url = Đây không phải là địa chỉ máy chủ. Địa chỉ máy chủ bắt đầu bằng https://
error-update-offline = Không kết nối được với máy chủ cập nhật. Hãy kiểm tra kết nối, rồi thử lại. Phần đã tải về vẫn được giữ lại.
error-update-cancelled = Đã dừng tải về. Phần đã tải về được giữ lại cho lần sau.
error-update-corrupt = Máy chủ đã gửi một tệp bị hỏng. Không có gì bị thay đổi. Hãy thử lại sau.
error-update-disk = Không lưu được phần tải về. Hãy làm trống bớt bộ nhớ trên thiết bị này, rồi thử lại.
error-update-server = Máy chủ cập nhật không trả lời như bình thường. Hãy thử lại sau.
error-org-code-unknown = Đây không phải là mã tổ chức của Mirai. Mã tổ chức bắt đầu bằng MIRAI1-.
error-org-code-damaged = Mã bị hỏng. Hãy sao chép lại toàn bộ mã.
error-org-code-name = Không dùng được tên tổ chức trong mã này. Hãy xin tổ chức một mã mới.
error-seal-failed = Không mã hóa được, nên không có gì được gửi hay được lưu. Hãy thử lại.
error-print-failed = Không lưu được PDF. Không có gì bị thay đổi. Hãy thử thư mục khác.
error-answer-out-of-range = Hãy nhập một số nguyên từ { $min } đến { $max }.
error-answer-future-date = Ngày này chưa đến. Hãy chọn ngày việc đó đã xảy ra.
error-answer-not-a-date = Đây không phải là ngày. Hãy chọn ngày trên lịch.
error-notify-failed = Điện thoại đã không hiện thông báo. Lời nhắc của bạn vẫn còn ở màn hình Trang chủ.
