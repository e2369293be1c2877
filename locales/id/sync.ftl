# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = Sinkronisasi
sync-intro = Saat ada koneksi, sinkronisasi mengirim apa yang Anda pilih untuk dibagikan, misalnya cek mandiri untuk organisasi. Anda tidak perlu menunggunya: tanpa sinkronisasi pun, aplikasi tetap bisa dipakai seperti biasa.
sync-server-none = Server sinkronisasi belum diatur. Semuanya tetap ada di ponsel ini.
sync-server-label = Alamat server sinkronisasi
sync-server-hint = Organisasi Anda akan memberi alamat ini, misalnya wss://example.org/sync
sync-server-save = Simpan
sync-server-saved = Sudah disimpan.
sync-wifi-only = Sinkronkan hanya saat memakai Wi-Fi
sync-now = Sinkronkan sekarang
sync-state = { $state ->
    [off] Sinkronisasi mati.
    [wifi] Menunggu Wi-Fi.
    [offline] Tidak ada koneksi. Aplikasi akan mencoba lagi sendiri.
    [syncing] Menyinkronkan…
   *[done] Semua sudah tersinkron.
}
sync-last = Terakhir disinkronkan: { $time }
sync-never = Belum pernah disinkronkan.
sync-waiting = { $count ->
    [one] { $count } item menunggu dikirim.
   *[other] { $count } item menunggu dikirim.
}
error-sync-server-url = Ini bukan alamat server sinkronisasi. Alamatnya diawali dengan wss:// (atau ws:// di jaringan lokal).
error-sync-unavailable = Sinkronisasi tidak bisa dimulai di perangkat ini. Yang sudah Anda bagikan tetap ada di kotak keluar.

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = Tautkan perangkat lain
sync-pair-intro = Ponsel dan komputer Anda bisa memakai akun yang sama: ambil kode di sini, lalu ketik di perangkat yang lain.
sync-pair-get = Ambil kode
sync-pair-new = Ambil kode baru
sync-pair-asking = Menghubungi server…
sync-pair-code = Kode untuk perangkat Anda yang lain
sync-pair-qr = Kode QR dari kode yang sama
sync-pair-left = Masih berlaku { $time } lagi.
sync-pair-expired = Kode ini sudah kedaluwarsa. Ambil kode baru.
sync-pair-use-title = Pakai kode dari perangkat Anda yang lain
sync-pair-use-label = Kode
sync-pair-use-hint = 8 huruf dan angka, seperti yang ditampilkan perangkat Anda yang lain di "Tautkan perangkat lain".
sync-pair-use = Tautkan perangkat ini
sync-pair-linking = Menautkan…
sync-pair-linked = Sudah tertaut. Perangkat ini memakai akun yang sama dengan perangkat Anda yang lain.
error-sync-no-server = Atur server sinkronisasi dulu.
error-pairing-not-a-code = Ini bukan kode. Kode terdiri dari 8 huruf dan angka.
error-pairing-offline = Server sinkronisasi tidak bisa dihubungi. Periksa koneksi Anda, lalu coba lagi.
error-pairing-unknown-device = Server belum mengenal perangkat ini. Biarkan perangkat ini sinkron sekali dulu, lalu coba lagi.
error-pairing-wrong-code = Kode salah, sudah dipakai, atau sudah kedaluwarsa. Ambil kode baru di perangkat Anda yang lain.
error-pairing-too-many = Terlalu banyak kode salah yang dicoba. Tunggu satu menit, lalu coba lagi.
error-pairing-refused = Server sinkronisasi menolak. Coba lagi nanti.
