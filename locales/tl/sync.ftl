# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = Sync
sync-intro = Ipinapadala ng sync ang pinili mong ibahagi, gaya ng self-check para sa isang organisasyon, kapag may koneksyon. Hindi mo ito kailangang hintayin: gumagana pa rin ang app kahit walang sync.
sync-server-none = Wala pang nakatakdang sync server. Mananatili ang lahat sa phone na ito.
sync-server-label = Address ng sync server
sync-server-hint = Ibibigay sa iyo ng iyong organisasyon ang address na ito, halimbawa wss://example.org/sync
sync-server-save = I-save
sync-server-saved = Na-save na.
sync-wifi-only = Mag-sync lang kapag naka-Wi-Fi
sync-now = Mag-sync ngayon
sync-state = { $state ->
    [off] Naka-off ang sync.
    [wifi] Naghihintay ng Wi-Fi.
    [offline] Walang koneksyon. Kusang susubukan ulit ng app.
    [syncing] Nagsi-sync…
   *[done] Updated na ang lahat.
}
sync-last = Huling pag-sync: { $time }
sync-never = Hindi pa nakapag-sync.
sync-waiting = { $count ->
    [one] { $count } item ang naghihintay maipadala.
   *[other] { $count } item ang naghihintay maipadala.
}
error-sync-server-url = Hindi ito address ng sync server. Nagsisimula ito sa wss:// (o ws:// sa lokal na network).
error-sync-unavailable = Hindi makapagsimula ang sync sa device na ito. Nasa outbox pa rin ang ibinahagi mo.
