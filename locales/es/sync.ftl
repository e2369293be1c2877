# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = Sincronización
sync-intro = La sincronización envía lo que elegiste compartir, como una autoevaluación para una organización, cuando hay conexión. No tienes que esperarla: la app funciona igual sin ella.
sync-server-none = No hay un servidor de sincronización configurado. Todo se queda en este celular.
sync-server-label = Dirección del servidor de sincronización
sync-server-hint = Tu organización te da esta dirección, por ejemplo wss://example.org/sync
sync-server-save = Guardar
sync-server-saved = Guardado.
sync-wifi-only = Sincronizar solo con Wi-Fi
sync-now = Sincronizar ahora
sync-state = { $state ->
    [off] La sincronización está desactivada.
    [wifi] Esperando Wi-Fi.
    [offline] Sin conexión. La app vuelve a intentarlo sola.
    [syncing] Sincronizando…
   *[done] Todo está al día.
}
sync-last = Última sincronización: { $time }
sync-never = Todavía no se sincronizó.
sync-waiting = { $count ->
    [one] { $count } elemento espera para enviarse.
   *[other] { $count } elementos esperan para enviarse.
}
error-sync-server-url = Esta no es una dirección de servidor de sincronización. La dirección empieza con wss:// (o ws:// en una red local).
error-sync-unavailable = La sincronización no puede empezar en este dispositivo. Lo que compartiste se queda en la bandeja de salida.
