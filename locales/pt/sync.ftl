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

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = Conectar outro aparelho
sync-pair-intro = Seu celular e seu computador podem usar a mesma conta: pegue um código aqui e digite no outro aparelho.
sync-pair-get = Pegar um código
sync-pair-new = Pegar um código novo
sync-pair-asking = Perguntando ao servidor…
sync-pair-code = Código para o seu outro aparelho
sync-pair-qr = Código QR do mesmo código
sync-pair-left = Vale por mais { $time }.
sync-pair-expired = Este código expirou. Pegue um novo.
sync-pair-use-title = Usar um código do seu outro aparelho
sync-pair-use-label = Código
sync-pair-use-hint = 8 letras e números, como o seu outro aparelho mostra em "Conectar outro aparelho".
sync-pair-use = Conectar este aparelho
sync-pair-linking = Conectando…
sync-pair-linked = Conectado. Este aparelho usa a mesma conta que o seu outro aparelho.
error-sync-no-server = Configure primeiro o servidor de sincronização.
error-pairing-not-a-code = Isto não é um código. Um código tem 8 letras e números.
error-pairing-offline = Não foi possível chegar ao servidor de sincronização. Verifique a conexão e tente de novo.
error-pairing-unknown-device = O servidor ainda não conhece este aparelho. Deixe que ele sincronize uma vez e tente de novo.
error-pairing-wrong-code = O código está errado, já foi usado ou expirou. Pegue um código novo no outro aparelho.
error-pairing-too-many = Foram tentados códigos errados demais. Espere um minuto e tente de novo.
error-pairing-refused = O servidor de sincronização recusou. Tente de novo mais tarde.
