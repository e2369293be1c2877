# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = Pular para o conteúdo principal
nav-label = Menu principal
nav-home = Início
nav-portal = Guia
nav-self-check = Autoavaliação
nav-assist = Pedir ajuda
nav-friends = Amigos
nav-packs = Conteúdo
nav-settings = Configurações
language-button = Idioma
loading = Carregando…
close = Fechar

## Home

home-title = Boas-vindas ao { -app-name }
home-intro = Informações e ajuda para a vida e o trabalho no Japão. Funciona sem internet.
home-portal-desc = Vida e trabalho no Japão, no seu idioma
home-self-check-desc = Confira suas condições de trabalho
home-assist-desc = Converse com alguém que pode ajudar
home-friends-desc = Pessoas e eventos perto de você
home-packs-desc = Guias e atualizações neste celular
home-settings-desc = Idioma, seu perfil e seus dados

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = Ainda não há guias neste celular
portal-empty-body = Os guias vêm em pacotes de conteúdo. Quando um pacote estiver neste celular, você poderá lê-lo aqui sem internet.
self-check-empty-title = A autoavaliação ainda não está neste celular
self-check-empty-body = As perguntas vêm em um pacote de conteúdo. Suas respostas vão ficar neste celular.
assist-empty-title = Nenhuma conversa ainda
assist-empty-body = Aqui você poderá pedir ajuda a uma organização de apoio, no seu idioma. Ainda não há nenhuma organização de apoio conectada.
friends-empty-title = Nada aqui ainda
friends-empty-body = Aqui você vai encontrar pessoas do seu país e eventos perto de você. Esta parte do app ainda não está pronta.
packs-empty-title = Nenhum pacote de conteúdo neste celular
packs-empty-body = Os pacotes de conteúdo trazem os guias e a autoavaliação. Você poderá baixá-los ou copiá-los de um arquivo.
go-to-packs = Ir para Conteúdo

## Language picker

language-picker-title = Escolha seu idioma
language-picker-hint = Você pode mudar depois, em qualquer tela.
language-current = Idioma atual

## First start without a secure key store, and unlocking

setup-title = Proteja suas informações
setup-body = Este aparelho não tem um lugar seguro para guardar uma chave. Escolha uma frase-senha para bloquear suas informações. Se você esquecer a frase-senha, ninguém vai conseguir abrir suas informações, nem mesmo nós.
setup-passphrase-label = Nova frase-senha
setup-passphrase-hint = Pelo menos { $min } caracteres. Algumas palavras juntas são fáceis de lembrar.
setup-confirm-label = Digite a frase-senha de novo
setup-mismatch = As duas frases-senha não são iguais. Digite de novo.
setup-too-short = A frase-senha é curta demais. Use pelo menos { $min } caracteres.
setup-submit = Bloquear com esta frase-senha
setup-working = Bloqueando suas informações…
unlock-title = Desbloquear o { -app-name }
unlock-body = Digite sua frase-senha para abrir suas informações.
unlock-label = Frase-senha
unlock-submit = Desbloquear
unlock-working = Desbloqueando…
show-passphrase = Mostrar frase-senha

## When the app cannot open the user's information

startup-error-title = O { -app-name } não consegue abrir suas informações
startup-error-untouched = Nada foi alterado nem apagado. Seus arquivos continuam nesta pasta:
startup-error-retry = Tentar de novo
startup-error-start-fresh = Pôr estes arquivos de lado e recomeçar
start-fresh-confirm = Seus arquivos serão movidos para uma nova pasta, no mesmo lugar. Nada é apagado. Começar de novo com o app vazio?
start-fresh-yes = Sim, começar de novo
start-fresh-no = Não, voltar
start-fresh-done = Seus arquivos antigos agora estão em: { $folder }

## Settings

settings-title = Configurações
settings-language = Idioma
settings-text-size = Tamanho do texto
text-size-normal = Normal
text-size-large = Grande
text-size-larger = Maior
text-size-sample = O texto vai ficar assim.

settings-profile = Sobre você
profile-intro = Isso ajuda o { -app-name } a mostrar o que é importante para você. Essas informações ficam neste celular.
profile-home-country = País de origem
profile-home-country-none = Não escolhido
profile-journey = Onde você está agora?
profile-journey-not-set = Prefiro não dizer
profile-journey-preparing = Me preparando para ir ao Japão
profile-journey-in-japan = Morando no Japão
profile-departure-date = Data prevista de partida
profile-arrival-date = Data em que você chegou ao Japão
profile-save = Salvar
profile-saving = Salvando…
profile-saved = Salvo neste celular.
profile-unreadable = Não foi possível ler algumas respostas salvas. Confira essas respostas e salve de novo.
profile-issue-arrival-in-future = Essa data de chegada está no futuro. Se você ainda não viajou, escolha “Me preparando para ir ao Japão”.
profile-issue-departure-in-past = Essa data de partida já passou. Se você está no Japão agora, escolha “Morando no Japão”.

settings-data = Seus dados
data-encrypted = Suas informações estão criptografadas neste celular.
data-protection-keystore = A chave fica guardada no armazenamento seguro de chaves deste aparelho.
data-protection-passphrase = A chave está bloqueada com sua frase-senha.
data-details = Detalhes técnicos
data-schema = Versão do formato dos dados
data-cipher = Criptografia
data-folder = Pasta
app-version = Versão do app

## Errors shown on a form

error-prefix = Erro:
error-summary-title = Há um problema

## Content packs

packs-installed-title = Neste celular
packs-version = Versão
packs-created = Criado em
packs-size = Tamanho
packs-items = { $count } itens
packs-languages = Idiomas
packs-stale = Este conteúdo tem mais de 6 meses. Quando puder, procure uma versão mais nova.
packs-import = Adicionar pacotes de um arquivo
packs-import-hint = Um arquivo de pacote de um pen drive, de um cartão SD ou de outro celular. Ele é verificado por completo antes de qualquer mudança.
packs-checking = Verificando o pacote { $pack } de { $packs }…
packs-imported = Adicionado: { $title }, versão { $version }
packs-export = Compartilhar pacotes em um só arquivo
packs-export-hint = Salva todos os pacotes deste celular em um só arquivo. Copie o arquivo para outro celular e adicione lá.
packs-exported = Salvo. O arquivo está aqui:

## Guide

category-top = Comece aqui
category-before-coming = Antes de vir para o Japão
category-working = Trabalho
category-studying = Estudos
category-living = Dia a dia
category-trouble = Problemas e ajuda
portal-phone-title = Números de telefone
article-back = Todos os guias
article-not-found = Este guia não está neste celular.
article-reviewed = Conferido com as fontes em { $date }
article-sources = Fontes
article-related = Leia a seguir
directory-hours = Horário
directory-always = Dia e noite, todos os dias
directory-languages = Idiomas
directory-cost = Custo
directory-free = Ligação gratuita
directory-charged = A ligação é cobrada
directory-source = Conferido em { $date }. Fonte:
day-holiday = feriados
directory-closed = Fechado de { $from } a { $to }
lines-title = Para onde eu ligo?
portal-lines-desc = Escolha o seu problema e veja quem atende agora no seu idioma.
lines-intro = Escolha o seu problema. As linhas que atendem agora no seu idioma aparecem primeiro.
lines-topic-legend = Qual é o problema?
lines-topic-emergency = Perigo agora
lines-topic-health = Doença ou ferimento
lines-topic-wages = Salário
lines-topic-working-conditions = Horário, folgas, demissão
lines-topic-harassment = Assédio, violência, discriminação
lines-topic-immigration = Visto e cartão de residente
lines-topic-legal = Dívidas, contratos, acidentes
lines-topic-disaster = Terremoto, tufão, enchente
lines-topic-all = Outro, ou não sei
lines-language = Idioma em que você quer falar
lines-now = Hora no Japão agora: { $time }
lines-now-holiday = Hoje é feriado no Japão.
lines-count = { $count ->
    [one] 1 linha
   *[other] { $count } linhas
}
lines-open = Aberto agora
lines-open-other = Aberto agora, mas não no seu idioma
lines-yours-from = No seu idioma: a partir de { $when }
lines-closed-opens = Fechado · abre { $when }
lines-closed-later = Fechado nas próximas duas semanas
lines-some-days = Seu idioma só em alguns dias. Leia o texto abaixo ou ligue e pergunte.
lines-call = Ligar para { $number }
lines-none-title = Ainda não há linha para este problema
lines-none-body = Nenhuma linha neste celular ajuda com este problema. Se você estiver em perigo, ligue 110 (polícia) ou 119 (bombeiros, ambulância).
packs-updates-title = Atualizações
packs-server-none = Nenhum servidor de atualização foi configurado. Adicione o endereço dele para receber versões novas pela internet.
packs-server-label = Endereço do servidor de atualização
packs-server-hint = A sua organização passa este endereço para você. Por exemplo: https://example.org/packs/
packs-server-save = Salvar
packs-server-saved = Salvo.
packs-wifi-only = Baixar só com Wi-Fi
packs-network = Conexão agora: { $kind ->
    [unmetered] Wi-Fi ou cabo
    [metered] dados móveis
   *[unknown] desconhecida
}
packs-check = Procurar atualizações
packs-checking-server = Procurando…
packs-checked-on = Última verificação: { $date }
packs-no-updates = Está tudo atualizado.
packs-update-version = Versão { $from } → { $to }
packs-new-pack = Pacote novo · versão { $to }
packs-size-delta = { $size } para baixar (só as mudanças; o pacote completo tem { $full })
packs-size-full = { $size } para baixar
packs-update = Atualizar
packs-add = Adicionar
packs-downloading = Baixando: { $done } de { $total }
packs-paused = Pausado em { $done } de { $total }
packs-installing = Verificando e instalando…
packs-pause = Pausar
packs-resume = Continuar
packs-cancel = Cancelar
packs-download-anyway = Baixar mesmo assim
packs-updated = Atualizado: { $title }, versão { $version }
portal-search-label = Buscar no guia
portal-search-all = Buscar em todos os idiomas
portal-search-results = { $count ->
    [0] { $count } resultados
    [one] { $count } resultado
   *[other] { $count } resultados
}
portal-search-none = Nada encontrado. Tente outras palavras ou busque em todos os idiomas.
portal-search-corrected = Resultados para “{ $text }”
article-read-in = Ler em
article-bilingual = Lado a lado com o japonês
article-furigana = Mostrar furigana (leitura em cima dos kanji)
article-save = Salvar este guia
article-saved-note = Salvo. Você pode encontrá-lo no Guia, em “Salvos”.
article-unsaved-note = Removido de “Salvos”.
portal-continue-title = Continuar lendo
portal-continue-where = Você parou em { $percent }%.
portal-saved-title = Salvos
portal-saved-empty = Nada salvo ainda. Abra um guia e toque em “Salvar este guia” para ele aparecer aqui.
portal-recent-title = Lidos recentemente
portal-recent-empty = Os guias que você abrir vão aparecer aqui.
portal-recent-privacy = Esta lista fica só neste celular. Apague se outra pessoa puder olhar o seu celular.
portal-recent-finished = Lido até o fim
portal-recent-progress = { $percent }% lido
portal-history-clear = Apagar histórico
portal-history-confirm = Isto apaga a lista de guias que você leu neste celular. Os guias salvos continuam. Depois de apagar, não dá para voltar atrás.
portal-history-clear-yes = Sim, apagar histórico
portal-history-clear-no = Não, manter
portal-history-cleared = Histórico apagado.
settings-reading = Leitura do guia
settings-content-language = Idioma do guia
settings-content-language-same = O mesmo do app
emergency-button = Emergência
emergency-title = Emergência: polícia, incêndio, ambulância
emergency-say-title = Diga isto primeiro, em japonês
emergency-phrase-my-language = Eu falo português.
emergency-phrase-no-japanese = Eu não entendo bem japonês.
emergency-phrase-fire = Há um incêndio. (no 119)
emergency-phrase-ambulance = Preciso de uma ambulância. (no 119)
emergency-show-japanese = Mostrar para quem fala japonês
emergency-show-mine = Voltar ao português
selfcheck-privacy = Suas respostas ficam neste celular. Ninguém vê as respostas, a menos que você escolha compartilhar.
selfcheck-phase-arrival = Primeira avaliação, cerca de 3 meses depois da sua chegada
selfcheck-phase-periodic = Avaliação regular, a cada 6 meses
selfcheck-due = Data prevista: { $date }
selfcheck-due-now = Está na hora de fazer esta avaliação.
selfcheck-start = Começar a avaliação
selfcheck-continue = Continuar de onde você parou
selfcheck-progress = Pergunta { $n } de { $total }
selfcheck-yes = Sim
selfcheck-no = Não
selfcheck-not-sure = Não tenho certeza
selfcheck-number-hint = Um número de { $min } a { $max }
selfcheck-basis = Lei: { $basis }
selfcheck-back = Voltar
selfcheck-next = Próxima
selfcheck-finish = Ver meus resultados
selfcheck-results-title = Seus resultados
selfcheck-results-none = Nada nas suas respostas indica um problema. Se algo mudar, faça a avaliação de novo.
selfcheck-severity-serious = Grave: peça ajuda agora
selfcheck-severity-concern = Confira isto
selfcheck-severity-info = É bom saber
selfcheck-next-step = O que você pode fazer
selfcheck-history = Avaliações anteriores
selfcheck-history-empty = Nenhuma avaliação terminada ainda.
selfcheck-history-counts = Grave: { $serious } · Para conferir: { $concern } · É bom saber: { $info }
selfcheck-erase = Apagar esta avaliação
selfcheck-erased = A avaliação foi apagada.
selfcheck-to-start = Voltar à autoavaliação
selfcheck-before = Também apareceu na sua última avaliação
selfcheck-resolved = Não aparece mais desde a sua última avaliação
settings-points = Pontos: { $points }
settings-points-note = Você ganha pontos a cada autoavaliação concluída. Os pontos não valem dinheiro.
selfcheck-summary-open = Resumo para imprimir (PDF)
selfcheck-summary-title = Resumo da autoavaliação
selfcheck-summary-intro = Para levar ao Escritório de Inspeção de Normas Trabalhistas, à sua organização supervisora ou a um grupo de apoio. Cada texto está no seu idioma e depois em japonês.
selfcheck-summary-date = Data da avaliação: { $date }
selfcheck-summary-answers = Respostas
selfcheck-summary-question = Pergunta
selfcheck-summary-answer = Resposta
selfcheck-summary-basis = Lei
selfcheck-summary-findings = O que as respostas indicam
selfcheck-summary-none = Nenhum problema encontrado.
selfcheck-summary-save = Salvar como PDF
selfcheck-summary-saved = Salvo: { $path }
selfcheck-summary-footer = Feito com o app Mirai a partir das respostas do próprio trabalhador. Não é uma decisão jurídica.
selfcheck-share-open = Compartilhar com uma organização
selfcheck-share-title = Compartilhar esta avaliação
selfcheck-share-intro = Só se você quiser. A organização que você escolher pode ler. Mais ninguém pode, e este celular não consegue abrir de novo.
selfcheck-share-choose = Escolha a organização
selfcheck-share-none = Você ainda não adicionou nenhuma organização.
selfcheck-share-add = Adicionar uma organização
selfcheck-share-code = O código que a organização deu para você
selfcheck-share-code-hint = Ele começa com MIRAI1-. Pegue o código com a organização pessoalmente ou por uma mensagem em que você confia.
selfcheck-share-add-button = Adicionar
selfcheck-share-added = Adicionada: { $name }
selfcheck-share-fingerprint = Verificação da chave: { $fingerprint }
selfcheck-share-remove = Remover { $name }
selfcheck-share-what = O que será enviado
selfcheck-share-what-hint = As respostas e os resultados abaixo, o mês da avaliação e um número aleatório que é diferente para cada organização. Não vão o seu nome, o seu telefone nem onde você está.
selfcheck-share-employer = Nome da empresa onde você trabalha (pode deixar em branco)
selfcheck-share-employer-hint = Isso ajuda a organização a ver problemas em um mesmo local de trabalho.
selfcheck-share-note = Um recado para a organização (pode deixar em branco)
selfcheck-share-identify = Isso pode mostrar que sou eu?
selfcheck-share-identify-1 = A organização vê o que você envia. Ela não vê o seu nome, a menos que você o escreva no recado.
selfcheck-share-identify-2 = A sua empresa nunca recebe as suas respostas. Os números que a organização publica contam pelo menos 10 trabalhadores, e pelo menos 5 empresas quando empresas são comparadas. Assim, nenhuma pessoa pode ser identificada.
selfcheck-share-identify-3 = Se todos de um local de trabalho deram a mesma resposta a uma pergunta delicada, esse número não é publicado.
selfcheck-share-identify-4 = Se só você ou poucas pessoas trabalham para a sua empresa, o nome dela ainda pode mostrar que é você. Nesse caso, deixe em branco.
selfcheck-share-send = Criptografar e enviar
selfcheck-share-sent = Criptografado e colocado na caixa de saída para { $organisation }. Este celular não consegue mais ler.
selfcheck-outbox = Caixa de saída
selfcheck-outbox-empty = Nada compartilhado ainda.
selfcheck-outbox-state-queued = Esperando para ser enviado
selfcheck-outbox-state-sent = Enviado
selfcheck-outbox-state-failed = Não foi possível enviar
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = Não enviar
home-weekly-title = Guia da semana
home-weekly-points = Leia até o fim para ganhar { $points } pontos.
home-weekly-earned = Pronto. Você ganhou { $points } pontos com o guia desta semana.
settings-points-weekly = Ler o guia da semana até o fim também dá pontos, uma vez por semana.
report-all-segments = Todos os setores e regiões
report-workers = Trabalhadores
report-no-answer = Sem resposta
report-suppressed = Oculto (muito poucos para mostrar com segurança)
selfcheck-outbox-file = Salvar como arquivo
selfcheck-outbox-file-hint = Só a organização consegue abrir. Você pode entregar o arquivo para ela por mensagem ou em um pen drive.
selfcheck-outbox-saved = Salvo: { $path }
selfcheck-arrival-missing = Adicione em Configurações o dia em que você chegou ao Japão, e o app vai avisar quando fazer cada avaliação.
reminder-notification = Você tem um lembrete. Abra o app para ver.
settings-reminders = Me avisar quando for hora da autoavaliação
settings-reminders-hint = A notificação só diz “Mirai: você tem um lembrete”, então quem vir a sua tela não fica sabendo do que se trata.
