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
