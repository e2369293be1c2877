# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = { -app-name } tidak bisa menyimpan file di perangkat ini. Penyimpanan mungkin penuh atau hanya bisa dibaca. Kosongkan sedikit ruang, lalu coba lagi.
error-not-found = Informasi Anda tidak ditemukan.
error-already-exists = Sudah ada informasi yang tersimpan di sini, jadi tidak ada yang baru dibuat.
error-foreign-file = File di folder { -app-name } bukan file { -app-name }. File itu tidak diubah.
error-cannot-decrypt = File ini tidak bisa dibuka dengan kunci ini. File itu tidak diubah.
error-wrong-key = Kunci yang ada di perangkat ini tidak bisa membuka informasi Anda. Tidak ada yang diubah.
error-wrong-passphrase = Frasa sandi ini salah. Coba lagi.
error-corrupt = Informasi Anda yang tersimpan rusak dan tidak bisa dibaca. File itu tidak diubah.
error-newer-schema = Informasi Anda disimpan oleh versi { -app-name } yang lebih baru. Perbarui aplikasi untuk membukanya. Tidak ada yang diubah.
error-key-file-missing = File kunci tidak ada, jadi informasi Anda tidak bisa dibuka. Tidak ada yang diubah.
error-key-file-damaged = File kunci rusak, jadi informasi Anda tidak bisa dibuka. Tidak ada yang diubah.
error-keystore-unavailable = Penyimpanan kunci aman di perangkat ini tidak tersedia. Buka kunci perangkat atau masuk lagi, lalu coba lagi.
error-key-missing = Kunci untuk informasi Anda sudah tidak ada di penyimpanan kunci aman perangkat ini.
error-passphrase-too-short = Frasa sandi terlalu pendek.
error-disk-full = Perangkat ini penuh. Perubahan terakhir Anda tidak tersimpan. Kosongkan sedikit ruang, lalu coba lagi.
error-busy = { -app-name } sedang dipakai di jendela lain. Tutup jendela itu, lalu coba lagi.
error-invalid-profile = Beberapa jawaban perlu diperbaiki sebelum disimpan.
error-io = Sebuah file tidak bisa dibaca atau ditulis. Tidak ada yang hilang. Coba lagi.
error-database = Terjadi masalah saat menyimpan. Tidak ada yang hilang. Coba lagi.
error-unknown-language = Bahasa ini tidak tersedia: { $code }
error-invalid-input = Aplikasi menerima nilai yang tidak bisa dipakai: { $field }
error-locked = Informasi Anda terkunci. Buka kuncinya dulu.
error-internal = Terjadi masalah di dalam { -app-name }. Tidak ada yang hilang. Coba lagi.
