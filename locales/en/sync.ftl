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
