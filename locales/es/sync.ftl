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

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = Vincular otro dispositivo
sync-pair-intro = Tu celular y tu computadora pueden usar la misma cuenta: saca un código aquí y escríbelo en el otro dispositivo.
sync-pair-get = Sacar un código
sync-pair-new = Sacar un código nuevo
sync-pair-asking = Preguntando al servidor…
sync-pair-code = Código para tu otro dispositivo
sync-pair-qr = Código QR del mismo código
sync-pair-left = Vale por { $time } más.
sync-pair-expired = Este código ya venció. Saca uno nuevo.
sync-pair-use-title = Usar un código de tu otro dispositivo
sync-pair-use-label = Código
sync-pair-use-hint = 8 letras y números, como los muestra tu otro dispositivo en "Vincular otro dispositivo".
sync-pair-use = Vincular este dispositivo
sync-pair-linking = Vinculando…
sync-pair-linked = Vinculado. Este dispositivo usa la misma cuenta que tu otro dispositivo.
error-sync-no-server = Primero configura el servidor de sincronización.
error-pairing-not-a-code = Esto no es un código. Un código tiene 8 letras y números.
error-pairing-offline = No se puede llegar al servidor de sincronización. Revisa tu conexión e inténtalo de nuevo.
error-pairing-unknown-device = El servidor aún no conoce este dispositivo. Deja que se sincronice una vez y vuelve a intentarlo.
error-pairing-wrong-code = El código está mal, ya se usó o venció. Saca un código nuevo en tu otro dispositivo.
error-pairing-too-many = Se probaron demasiados códigos equivocados. Espera un minuto e inténtalo de nuevo.
error-pairing-refused = El servidor de sincronización se negó. Inténtalo de nuevo más tarde.
