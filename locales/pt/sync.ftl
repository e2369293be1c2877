# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = Sincronização
sync-intro = A sincronização envia o que você escolheu compartilhar, como uma autoavaliação para uma organização, quando há conexão. Você não precisa esperar por ela: o app funciona do mesmo jeito sem ela.
sync-server-none = Nenhum servidor de sincronização foi configurado. Tudo fica neste celular.
sync-server-label = Endereço do servidor de sincronização
sync-server-hint = A sua organização passa este endereço para você. Por exemplo: wss://example.org/sync
sync-server-save = Salvar
sync-server-saved = Salvo.
sync-wifi-only = Sincronizar só com Wi-Fi
sync-now = Sincronizar agora
sync-state = { $state ->
    [off] A sincronização está desligada.
    [wifi] Esperando o Wi-Fi.
    [offline] Sem conexão. O app vai tentar de novo sozinho.
    [syncing] Sincronizando…
   *[done] Está tudo em dia.
}
sync-last = Última sincronização: { $time }
sync-never = Ainda não houve sincronização.
sync-waiting = { $count ->
    [one] { $count } item esperando para ser enviado.
   *[other] { $count } itens esperando para ser enviados.
}
error-sync-server-url = Isto não é um endereço de servidor de sincronização. O endereço começa com wss:// (ou ws:// numa rede local).
error-sync-unavailable = A sincronização não consegue começar neste aparelho. O que você compartilhou continua na caixa de saída.
