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

## Content packs

error-pack-malformed = File ini bukan paket { -app-name }, atau file ini rusak. Tidak ada yang diubah.
error-pack-too-large = Paket ini lebih besar dari yang diizinkan. Tidak ada yang diubah.
error-pack-manifest-invalid = Daftar isi paket ini tidak valid. Tidak ada yang diubah.
error-pack-keys-not-trusted = Paket ini tidak ditandatangani dengan kunci { -app-name }. Paket ini tidak ditambahkan.
error-pack-unknown-key = Paket ini ditandatangani dengan kunci yang tidak dikenal. Paket ini tidak ditambahkan.
error-pack-revoked-key = Paket ini ditandatangani dengan kunci yang sudah tidak dipercaya. Paket ini tidak ditambahkan.
error-pack-bad-signature = Tanda tangannya tidak cocok: paket ini mungkin sudah diubah. Paket ini tidak ditambahkan.
error-pack-rollback = Versi ini lebih lama daripada yang ada di ponsel ini. Tidak ada yang diubah.
error-pack-already-installed = Paket ini sudah ada di ponsel ini.
error-pack-equivocation = Versi paket ini sama dengan yang ada di ponsel ini, tetapi isinya berbeda. Paket ini tidak ditambahkan.
error-pack-needs-newer-app = Paket ini memerlukan versi { -app-name } yang lebih baru. Perbarui aplikasi dulu.
error-pack-file-mismatch = Ada file yang rusak di paket ini. Paket ini tidak ditambahkan.
error-pack-unexpected-file = Paket ini berisi file yang seharusnya tidak ada. Paket ini tidak ditambahkan.
error-pack-missing-file = Ada file yang hilang dari paket ini. Paket ini tidak ditambahkan.
error-pack-bad-path = Paket ini berisi file dengan nama yang dilarang. Paket ini tidak ditambahkan.
error-pack-not-regular-file = Paket ini berisi tautan atau folder di tempat yang seharusnya berisi file. Paket ini tidak ditambahkan.
error-pack-content-invalid = Sebagian isi paket ini tidak bisa ditampilkan oleh aplikasi ini. Paket ini tidak ditambahkan.
error-pack-wrong-base = Pembaruan ini tidak cocok dengan versi di ponsel ini. Tidak ada yang diubah.
error-pack-io = File paket tidak bisa dibaca. Tidak ada yang diubah.
error-update-no-server = Server pembaruan belum diatur.
error-update-needs-wifi = “Unduh hanya saat memakai Wi-Fi” sedang aktif, dan ponsel ini sedang memakai data seluler. Sambungkan ke Wi-Fi, atau tetap unduh.
error-update-network-unknown = Perangkat ini tidak bisa tahu apakah sedang memakai Wi-Fi. Pilih tetap unduh hanya jika Anda yakin.
error-update-gone = Pembaruan ini sudah tidak tersedia. Periksa pembaruan lagi.
error-update-busy = Ada unduhan lain yang sedang berjalan. Tunggu sampai selesai.
error-update-server-url = Ini bukan alamat server. Alamat server diawali dengan https://
error-update-offline = Server pembaruan tidak bisa dihubungi. Periksa koneksi Anda, lalu coba lagi. Bagian yang sudah diunduh tetap disimpan.
error-update-cancelled = Unduhan dihentikan. Bagian yang sudah diunduh disimpan untuk lain kali.
error-update-corrupt = Server mengirim file yang rusak. Tidak ada yang diubah. Coba lagi nanti.
error-update-disk = Unduhan tidak bisa disimpan. Kosongkan sedikit ruang di perangkat ini, lalu coba lagi.
error-update-server = Server pembaruan tidak menjawab seperti biasanya. Coba lagi nanti.
error-org-code-unknown = Ini bukan kode organisasi untuk Mirai. Kode organisasi diawali dengan MIRAI1-.
error-org-code-damaged = Kode ini rusak. Salin lagi seluruh kodenya.
error-org-code-name = Nama organisasi di kode ini tidak bisa dipakai. Minta kode baru kepada organisasi.
error-seal-failed = Tidak bisa dienkripsi, jadi tidak ada yang dikirim atau disimpan. Coba lagi.
error-print-failed = PDF tidak bisa disimpan. Tidak ada yang diubah. Coba folder lain.
error-answer-out-of-range = Isi bilangan bulat dari { $min } sampai { $max }.
error-answer-future-date = Tanggal ini belum tiba. Pilih tanggal saat hal itu terjadi.
error-answer-not-a-date = Ini bukan tanggal. Pilih tanggal dari kalender.
error-notify-failed = Ponsel tidak menampilkan notifikasi. Pengingat Anda masih ada di layar Beranda.
