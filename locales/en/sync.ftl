# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = Sync
sync-intro = Sync sends what you chose to share, such as a self-check for an organisation, when there is a connection. Nothing waits for it: the app works the same without it.
sync-server-none = No sync server is set. Everything stays on this device.
sync-server-label = Sync server address
sync-server-hint = Your organisation gives you this address, for example wss://example.org/sync
sync-server-save = Save
sync-server-saved = Saved.
sync-wifi-only = Sync only on Wi-Fi
sync-now = Sync now
sync-state = { $state ->
    [off] Sync is off.
    [wifi] Waiting for Wi-Fi.
    [offline] Offline. The app tries again by itself.
    [syncing] Syncing…
   *[done] Up to date.
}
sync-last = Last synced: { $time }
sync-never = Not synced yet.
sync-waiting = { $count ->
    [one] 1 item waits to be sent.
   *[other] { $count } items wait to be sent.
}
error-sync-server-url = This is not a sync server address. It starts with wss:// (or ws:// on a local network).
error-sync-unavailable = Sync cannot start on this device. What you shared stays in the outbox.

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = Link another device
sync-pair-intro = Use the same account on your phone and your computer: get a code here, then type it on the other device.
sync-pair-get = Get a code
sync-pair-new = Get a new code
sync-pair-asking = Asking the server…
sync-pair-code = Code for your other device
sync-pair-qr = QR code of the same code
sync-pair-left = Good for { $time } more.
sync-pair-expired = This code has expired. Get a new one.
sync-pair-use-title = Use a code from your other device
sync-pair-use-label = Code
sync-pair-use-hint = 8 letters and numbers, as your other device shows them under "Link another device".
sync-pair-use = Link this device
sync-pair-linking = Linking…
sync-pair-linked = Linked. This device uses the same account as your other device.
error-sync-no-server = Set a sync server first.
error-pairing-not-a-code = This is not a code. A code has 8 letters and numbers.
error-pairing-offline = The sync server cannot be reached. Check your connection and try again.
error-pairing-unknown-device = The server does not know this device yet. Let it sync once, then try again.
error-pairing-wrong-code = This code is wrong, already used or expired. Get a new code on your other device.
error-pairing-too-many = Too many wrong codes were tried. Wait a minute, then try again.
error-pairing-refused = The sync server refused. Try again later.
