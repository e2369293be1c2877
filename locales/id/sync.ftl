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
