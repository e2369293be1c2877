# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = Sync
sync-intro = Ipinapadala ng sync ang pinili mong ibahagi, gaya ng self-check para sa isang organisasyon, kapag may koneksyon. Hindi mo ito kailangang hintayin: gumagana pa rin ang app kahit walang sync.
sync-server-none = Wala pang nakatakdang sync server. Mananatili ang lahat sa device na ito.
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
   *[done] Naka-sync na ang lahat.
}
sync-last = Huling pag-sync: { $time }
sync-never = Hindi pa nakapag-sync.
sync-waiting = { $count ->
    [one] { $count } item ang naghihintay na maipadala.
   *[other] { $count } item ang naghihintay na maipadala.
}
error-sync-server-url = Hindi ito address ng sync server. Dapat nagsisimula ang address sa wss:// (o ws:// sa lokal na network).
error-sync-unavailable = Hindi makapagsimula ang sync sa device na ito. Nasa outbox pa rin ang ibinahagi mo.

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = Mag-link ng isa pang device
sync-pair-intro = Puwedeng iisang account ang gamitin ng phone at computer mo: kumuha ng code dito, tapos i-type ito sa kabilang device.
sync-pair-get = Kumuha ng code
sync-pair-new = Kumuha ng bagong code
sync-pair-asking = Humihingi ng code sa server…
sync-pair-code = Code para sa isa mo pang device
sync-pair-qr = QR code ng code na ito
sync-pair-left = Magagamit pa sa loob ng { $time }.
sync-pair-expired = Expired na ang code na ito. Kumuha ng bago.
sync-pair-use-title = Gamitin ang code mula sa isa mo pang device
sync-pair-use-label = Code
sync-pair-use-hint = 8 letra at numero, gaya ng ipinapakita ng isa mo pang device sa "Mag-link ng isa pang device".
sync-pair-use = I-link ang device na ito
sync-pair-linking = Nili-link…
sync-pair-linked = Naka-link na. Iisang account na ang gamit ng device na ito at ng isa mo pang device.
error-sync-no-server = Ilagay muna ang address ng sync server.
error-pairing-not-a-code = Hindi ito code. May 8 letra at numero ang isang code.
error-pairing-offline = Hindi maabot ang sync server. Tingnan ang koneksyon mo at subukan ulit.
error-pairing-unknown-device = Hindi pa kilala ng server ang device na ito. Hayaan muna itong mag-sync nang isang beses, tapos subukan ulit.
error-pairing-wrong-code = Mali, nagamit na, o expired na ang code. Kumuha ng bagong code sa isa mo pang device.
error-pairing-too-many = Masyadong maraming maling code ang sinubukan. Maghintay nang isang minuto, tapos subukan ulit.
error-pairing-refused = Tumanggi ang sync server. Subukan ulit mamaya.
