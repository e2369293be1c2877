# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = Langsung ke isi utama
nav-label = Menu utama
nav-home = Beranda
nav-portal = Panduan
nav-self-check = Cek mandiri
nav-assist = Minta bantuan
nav-friends = Teman
nav-packs = Konten
nav-settings = Pengaturan
language-button = Bahasa
loading = Memuat…
close = Tutup

## Home

home-title = Selamat datang di { -app-name }
home-intro = Informasi dan bantuan untuk hidup dan bekerja di Jepang. Bisa dipakai tanpa internet.
home-portal-desc = Hidup dan bekerja di Jepang, dalam bahasa Anda
home-self-check-desc = Periksa kondisi kerja Anda
home-assist-desc = Bicara dengan orang yang bisa membantu
home-friends-desc = Orang dan acara di dekat Anda
home-packs-desc = Panduan dan pembaruan di ponsel ini
home-settings-desc = Bahasa, profil Anda, dan data Anda

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = Belum ada panduan di ponsel ini
portal-empty-body = Panduan ada di dalam paket konten. Jika paket sudah ada di ponsel ini, Anda bisa membacanya di sini tanpa internet.
self-check-empty-title = Cek mandiri belum ada di ponsel ini
self-check-empty-body = Pertanyaannya ada di dalam paket konten. Jawaban Anda akan tetap tersimpan di ponsel ini.
assist-empty-title = Belum ada percakapan
assist-empty-body = Di sini nanti Anda bisa minta bantuan kepada lembaga pendamping, dalam bahasa Anda. Belum ada lembaga pendamping yang terhubung.
friends-empty-title = Belum ada apa-apa di sini
friends-empty-body = Di sini nanti Anda bisa menemukan orang dari negara Anda dan acara di dekat Anda. Bagian aplikasi ini belum siap.
packs-empty-title = Tidak ada paket konten di ponsel ini
packs-empty-body = Paket konten berisi panduan dan cek mandiri. Nanti Anda bisa mengunduhnya, atau menyalinnya dari file.
go-to-packs = Buka Konten

## Language picker

language-picker-title = Pilih bahasa Anda
language-picker-hint = Anda bisa menggantinya nanti dari layar mana pun.
language-current = Bahasa saat ini

## First start without a secure key store, and unlocking

setup-title = Lindungi informasi Anda
setup-body = Perangkat ini tidak punya tempat aman untuk menyimpan kunci. Pilih frasa sandi untuk mengunci informasi Anda. Jika Anda lupa, tidak ada yang bisa membuka informasi Anda, termasuk kami.
setup-passphrase-label = Frasa sandi baru
setup-passphrase-hint = Minimal { $min } karakter. Beberapa kata mudah diingat.
setup-confirm-label = Ketik lagi frasa sandi
setup-mismatch = Kedua frasa sandi tidak sama. Ketik lagi.
setup-too-short = Frasa sandi terlalu pendek. Gunakan minimal { $min } karakter.
setup-submit = Kunci dengan frasa sandi ini
setup-working = Mengunci informasi Anda…
unlock-title = Buka kunci { -app-name }
unlock-body = Ketik frasa sandi Anda untuk membuka informasi Anda.
unlock-label = Frasa sandi
unlock-submit = Buka kunci
unlock-working = Membuka kunci…
show-passphrase = Tampilkan frasa sandi

## When the app cannot open the user's information

startup-error-title = { -app-name } tidak bisa membuka informasi Anda
startup-error-untouched = Tidak ada yang diubah atau dihapus. File Anda masih ada di folder ini:
startup-error-retry = Coba lagi
startup-error-start-fresh = Sisihkan file ini dan mulai dari awal
start-fresh-confirm = File Anda akan dipindahkan ke folder baru di tempat yang sama. Tidak ada yang dihapus. Mulai lagi dengan aplikasi kosong?
start-fresh-yes = Ya, mulai lagi
start-fresh-no = Tidak, kembali
start-fresh-done = File lama Anda sekarang ada di: { $folder }

## Settings

settings-title = Pengaturan
settings-language = Bahasa
settings-text-size = Ukuran teks
text-size-normal = Normal
text-size-large = Besar
text-size-larger = Lebih besar
text-size-sample = Beginilah tampilan teksnya nanti.

settings-profile = Tentang Anda
profile-intro = Ini membantu { -app-name } menampilkan hal yang penting bagi Anda. Informasi ini tetap tersimpan di ponsel ini.
profile-home-country = Negara asal
profile-home-country-none = Belum dipilih
profile-journey = Di mana Anda sekarang?
profile-journey-not-set = Saya tidak ingin menjawab
profile-journey-preparing = Bersiap berangkat ke Jepang
profile-journey-in-japan = Tinggal di Jepang
profile-departure-date = Rencana tanggal berangkat
profile-arrival-date = Tanggal Anda tiba di Jepang
profile-save = Simpan
profile-saving = Menyimpan…
profile-saved = Tersimpan di ponsel ini.
profile-unreadable = Beberapa jawaban yang tersimpan tidak bisa dibaca. Silakan periksa, lalu simpan lagi.
profile-issue-arrival-in-future = Tanggal tiba ini ada di masa depan. Jika Anda belum berangkat, pilih “Bersiap berangkat ke Jepang”.
profile-issue-departure-in-past = Tanggal berangkat ini sudah lewat. Jika Anda sekarang di Jepang, pilih “Tinggal di Jepang”.

settings-data = Data Anda
data-encrypted = Informasi Anda dienkripsi di ponsel ini.
data-protection-keystore = Kuncinya disimpan di penyimpanan kunci aman perangkat ini.
data-protection-passphrase = Kuncinya dikunci dengan frasa sandi Anda.
data-details = Detail teknis
data-schema = Versi format data
data-cipher = Enkripsi
data-folder = Folder
app-version = Versi aplikasi

## Errors shown on a form

error-prefix = Kesalahan:
error-summary-title = Ada masalah

## Content packs

packs-installed-title = Di ponsel ini
packs-version = Versi
packs-created = Dibuat pada
packs-size = Ukuran
packs-items = { $count } item
packs-languages = Bahasa
packs-stale = Konten ini sudah lebih dari 6 bulan. Jika bisa, cari versi yang lebih baru.
packs-import = Tambahkan paket dari file
packs-import-hint = File paket dari flashdisk, kartu SD, atau ponsel lain. File ini diperiksa sepenuhnya sebelum ada yang berubah.
packs-checking = Memeriksa paket { $pack } dari { $packs }…
packs-imported = Ditambahkan: { $title }, versi { $version }
packs-export = Bagikan paket sebagai satu file
packs-export-hint = Menyimpan semua paket di ponsel ini ke dalam satu file. Salin file itu ke ponsel lain, lalu tambahkan di sana.
packs-exported = Sudah disimpan. File ada di sini:

## Guide

category-top = Mulai di sini
category-before-coming = Sebelum datang ke Jepang
category-working = Bekerja
category-studying = Belajar
category-living = Kehidupan sehari-hari
category-trouble = Masalah dan bantuan
portal-phone-title = Nomor telepon
article-back = Semua panduan
article-not-found = Panduan ini tidak ada di ponsel ini.
article-reviewed = Diperiksa berdasarkan sumbernya pada { $date }
article-sources = Sumber
article-related = Baca selanjutnya
directory-hours = Jam layanan
directory-always = Siang dan malam, setiap hari
directory-languages = Bahasa
directory-cost = Biaya
directory-free = Telepon gratis
directory-charged = Ada biaya telepon
directory-source = Diperiksa pada { $date }. Sumber:
day-holiday = hari libur nasional
directory-closed = Tutup { $from } sampai { $to }
lines-title = Saya harus menelepon ke mana?
portal-lines-desc = Pilih masalah Anda dan lihat siapa yang menjawab sekarang dalam bahasa Anda.
lines-intro = Pilih masalah Anda. Saluran yang sekarang menjawab dalam bahasa Anda ada di paling atas.
lines-topic-legend = Apa masalahnya?
lines-topic-emergency = Bahaya sekarang
lines-topic-health = Sakit atau cedera
lines-topic-wages = Gaji
lines-topic-working-conditions = Jam kerja, hari libur, PHK
lines-topic-harassment = Pelecehan, kekerasan, diskriminasi
lines-topic-immigration = Visa dan kartu izin tinggal
lines-topic-legal = Utang, kontrak, kecelakaan
lines-topic-disaster = Gempa, topan, banjir
lines-topic-all = Lainnya, atau tidak yakin
lines-language = Bahasa yang ingin Anda pakai
lines-now = Waktu Jepang sekarang: { $time }
lines-now-holiday = Hari ini hari libur nasional di Jepang.
lines-count = { $count ->
    [one] { $count } saluran
   *[other] { $count } saluran
}
lines-open = Buka sekarang
lines-open-other = Buka sekarang, tetapi tidak dalam bahasa Anda
lines-yours-from = Dalam bahasa Anda: mulai { $when }
lines-closed-opens = Tutup · buka { $when }
lines-closed-later = Tutup selama dua minggu ke depan
lines-some-days = Bahasa Anda hanya ada pada hari tertentu. Baca teks di bawah, atau telepon dan tanyakan.
lines-call = Telepon { $number }
lines-none-title = Belum ada saluran untuk masalah ini
lines-none-body = Tidak ada saluran di ponsel ini yang membantu masalah ini. Jika Anda dalam bahaya, telepon 110 (polisi) atau 119 (pemadam kebakaran, ambulans).
packs-updates-title = Pembaruan
packs-server-none = Server pembaruan belum diatur. Tambahkan alamatnya untuk mendapatkan versi baru lewat internet.
packs-server-label = Alamat server pembaruan
packs-server-hint = Organisasi Anda akan memberi alamat ini, misalnya https://example.org/packs/
packs-server-save = Simpan
packs-server-saved = Sudah disimpan.
packs-wifi-only = Unduh hanya saat memakai Wi-Fi
packs-network = Koneksi sekarang: { $kind ->
    [unmetered] Wi-Fi atau kabel
    [metered] data seluler
   *[unknown] tidak diketahui
}
packs-check = Periksa pembaruan
packs-checking-server = Memeriksa…
packs-checked-on = Terakhir diperiksa: { $date }
packs-no-updates = Semua sudah versi terbaru.
packs-update-version = Versi { $from } → { $to }
packs-new-pack = Paket baru · versi { $to }
packs-size-delta = Perlu mengunduh { $size } (hanya bagian yang berubah; paket lengkapnya { $full })
packs-size-full = Perlu mengunduh { $size }
packs-update = Perbarui
packs-add = Tambahkan
packs-downloading = Mengunduh: { $done } dari { $total }
packs-paused = Dijeda di { $done } dari { $total }
packs-installing = Memeriksa dan memasang…
packs-pause = Jeda
packs-resume = Lanjutkan
packs-cancel = Batal
packs-download-anyway = Tetap unduh
packs-updated = Diperbarui: { $title }, versi { $version }
portal-search-label = Cari di panduan
portal-search-all = Cari di semua bahasa
portal-search-results = { $count ->
    [one] { $count } hasil
   *[other] { $count } hasil
}
portal-search-none = Tidak ada yang ditemukan. Coba kata lain, atau cari di semua bahasa.
portal-search-corrected = Hasil untuk “{ $text }”
article-read-in = Baca dalam
article-bilingual = Berdampingan dengan bahasa Jepang
article-furigana = Tampilkan furigana (cara baca di atas kanji)
article-save = Simpan panduan ini
article-saved-note = Tersimpan. Anda bisa menemukannya di Panduan, di bagian “Disimpan”.
article-unsaved-note = Dihapus dari “Disimpan”.
portal-continue-title = Lanjutkan membaca
portal-continue-where = Anda berhenti di { $percent }%.
portal-saved-title = Disimpan
portal-saved-empty = Belum ada yang disimpan. Buka panduan dan ketuk “Simpan panduan ini” agar muncul di sini.
portal-recent-title = Baru dibaca
portal-recent-empty = Panduan yang Anda buka akan muncul di sini.
portal-recent-privacy = Daftar ini hanya ada di ponsel ini. Hapus jika orang lain mungkin melihat ponsel Anda.
portal-recent-finished = Sudah dibaca sampai akhir
portal-recent-progress = Sudah dibaca { $percent }%
portal-history-clear = Hapus riwayat
portal-history-confirm = Ini menghapus daftar panduan yang Anda baca di ponsel ini. Panduan yang disimpan tetap ada. Setelah dihapus, tidak bisa dikembalikan.
portal-history-clear-yes = Ya, hapus riwayat
portal-history-clear-no = Tidak, biarkan
portal-history-cleared = Riwayat sudah dihapus.
settings-reading = Membaca panduan
settings-content-language = Bahasa panduan
settings-content-language-same = Sama dengan aplikasi
emergency-button = Darurat
emergency-title = Darurat: polisi, kebakaran, ambulans
emergency-say-title = Katakan ini dulu dalam bahasa Jepang
emergency-phrase-my-language = Saya berbicara bahasa Indonesia.
emergency-phrase-no-japanese = Saya kurang mengerti bahasa Jepang.
emergency-phrase-fire = Ada kebakaran. (untuk 119)
emergency-phrase-ambulance = Saya perlu ambulans. (untuk 119)
emergency-show-japanese = Tunjukkan kepada orang yang berbahasa Jepang
emergency-show-mine = Kembali ke bahasa Indonesia
selfcheck-privacy = Jawaban Anda tetap di ponsel ini. Tidak ada yang bisa melihatnya, kecuali Anda memilih untuk membagikannya.
selfcheck-phase-arrival = Cek pertama, sekitar 3 bulan setelah Anda tiba
selfcheck-phase-periodic = Cek rutin, setiap 6 bulan
selfcheck-due = Jadwal cek: { $date }
selfcheck-due-now = Sekarang waktunya melakukan cek ini.
selfcheck-start = Mulai cek
selfcheck-continue = Lanjutkan dari tempat Anda berhenti
selfcheck-progress = Pertanyaan { $n } dari { $total }
selfcheck-yes = Ya
selfcheck-no = Tidak
selfcheck-not-sure = Saya tidak yakin
selfcheck-number-hint = Angka dari { $min } sampai { $max }
selfcheck-basis = Dasar hukum: { $basis }
selfcheck-back = Kembali
selfcheck-next = Lanjut
selfcheck-finish = Lihat hasil saya
selfcheck-results-title = Hasil Anda
selfcheck-results-none = Jawaban Anda tidak menunjukkan masalah. Jika ada yang berubah, cek lagi.
selfcheck-severity-serious = Serius: segera minta bantuan
selfcheck-severity-concern = Silakan periksa ini
selfcheck-severity-info = Baik untuk diketahui
selfcheck-next-step = Yang bisa Anda lakukan
selfcheck-history = Cek sebelumnya
selfcheck-history-empty = Belum ada cek yang selesai.
selfcheck-history-counts = Serius: { $serious } · Perlu diperiksa: { $concern } · Baik untuk diketahui: { $info }
selfcheck-erase = Hapus cek ini
selfcheck-erased = Cek sudah dihapus.
selfcheck-to-start = Kembali ke cek mandiri
selfcheck-before = Juga ada di cek sebelumnya
selfcheck-resolved = Tidak ada lagi sejak cek sebelumnya
settings-points = Poin: { $points }
settings-points-note = Anda mendapat poin setiap kali menyelesaikan cek mandiri. Poin tidak bernilai uang.
selfcheck-summary-open = Ringkasan untuk dicetak (PDF)
selfcheck-summary-title = Ringkasan cek mandiri
selfcheck-summary-intro = Untuk dibawa ke Kantor Pengawas Standar Ketenagakerjaan, organisasi pengawas (kumiai), atau kelompok pendukung. Setiap teks ditulis dalam bahasa Anda, lalu dalam bahasa Jepang.
selfcheck-summary-date = Tanggal cek: { $date }
selfcheck-summary-answers = Jawaban
selfcheck-summary-question = Pertanyaan
selfcheck-summary-answer = Jawaban
selfcheck-summary-basis = Dasar hukum
selfcheck-summary-findings = Yang ditunjukkan oleh jawaban
selfcheck-summary-none = Tidak ada temuan.
selfcheck-summary-save = Simpan sebagai PDF
selfcheck-summary-saved = Tersimpan: { $path }
selfcheck-summary-footer = Dibuat dengan aplikasi Mirai dari jawaban pekerja itu sendiri. Ini bukan keputusan hukum.
selfcheck-share-open = Bagikan ke organisasi
selfcheck-share-title = Bagikan cek ini
selfcheck-share-intro = Hanya jika Anda mau. Organisasi yang Anda pilih bisa membacanya. Orang lain tidak bisa, dan ponsel ini tidak bisa membukanya lagi.
selfcheck-share-choose = Pilih organisasi
selfcheck-share-none = Anda belum menambahkan organisasi.
selfcheck-share-add = Tambahkan organisasi
selfcheck-share-code = Kode yang diberikan organisasi kepada Anda
selfcheck-share-code-hint = Kode ini diawali dengan MIRAI1-. Dapatkan langsung dari organisasi, atau lewat pesan yang Anda percaya.
selfcheck-share-add-button = Tambahkan
selfcheck-share-added = Ditambahkan: { $name }
selfcheck-share-fingerprint = Cek kunci: { $fingerprint }
selfcheck-share-remove = Hapus { $name }
selfcheck-share-what = Yang akan dikirim
selfcheck-share-what-hint = Jawaban dan temuan di bawah, bulan cek, dan satu angka acak yang berbeda untuk setiap organisasi. Bukan nama Anda, nomor telepon Anda, atau tempat Anda berada.
selfcheck-share-employer = Nama perusahaan tempat Anda bekerja (boleh dikosongkan)
selfcheck-share-employer-hint = Ini membantu organisasi melihat masalah di satu tempat kerja.
selfcheck-share-note = Catatan untuk organisasi (boleh dikosongkan)
selfcheck-share-identify = Apakah orang bisa tahu bahwa ini saya?
selfcheck-share-identify-1 = Organisasi melihat apa yang Anda kirim. Organisasi tidak tahu nama Anda, kecuali Anda menulisnya di catatan.
selfcheck-share-identify-2 = Perusahaan Anda tidak pernah mendapat jawaban Anda. Angka yang diumumkan organisasi menghitung paling sedikit 10 pekerja, dan paling sedikit 5 perusahaan jika perusahaan dibandingkan. Jadi, tidak ada satu orang pun yang bisa dikenali.
selfcheck-share-identify-3 = Jika semua orang di satu tempat kerja memberi jawaban yang sama untuk pertanyaan yang sensitif, angka itu tidak diumumkan.
selfcheck-share-identify-4 = Jika hanya Anda atau beberapa orang yang bekerja di perusahaan Anda, nama perusahaan itu tetap bisa menunjukkan bahwa itu Anda. Kalau begitu, kosongkan saja.
selfcheck-share-send = Enkripsi dan kirim
selfcheck-share-sent = Sudah dienkripsi dan dimasukkan ke kotak keluar untuk { $organisation }. Ponsel ini tidak bisa membacanya lagi.
selfcheck-outbox = Kotak keluar
selfcheck-outbox-empty = Belum ada yang dibagikan.
selfcheck-outbox-state-queued = Menunggu dikirim
selfcheck-outbox-state-sent = Terkirim
selfcheck-outbox-state-failed = Tidak bisa dikirim
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = Jangan kirim
home-weekly-title = Panduan minggu ini
home-weekly-points = Baca sampai selesai untuk mendapat { $points } poin.
home-weekly-earned = Selesai. Anda mendapat { $points } poin untuk panduan minggu ini.
settings-points-weekly = Membaca panduan minggu ini sampai selesai juga memberi poin, seminggu sekali.
report-all-segments = Semua sektor dan wilayah
report-workers = Jumlah pekerja
report-no-answer = Tidak menjawab
report-suppressed = Disembunyikan (terlalu sedikit untuk ditampilkan dengan aman)
selfcheck-outbox-file = Simpan sebagai file
selfcheck-outbox-file-hint = Hanya organisasi itu yang bisa membukanya. Anda bisa memberikan file ini kepada mereka lewat pesan atau flashdisk.
selfcheck-outbox-saved = Tersimpan: { $path }
selfcheck-arrival-missing = Tambahkan tanggal Anda tiba di Jepang di Pengaturan, lalu aplikasi akan memberi tahu kapan jadwal setiap cek.
reminder-notification = Ada pengingat untuk Anda. Buka aplikasi untuk melihatnya.
settings-reminders = Beri tahu saya saat waktunya cek mandiri
settings-reminders-hint = Notifikasi hanya berbunyi “Mirai: ada pengingat untuk Anda”, jadi orang lain yang melihat layar Anda tidak tahu isinya tentang apa.
