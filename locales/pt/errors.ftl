# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = O { -app-name } não consegue salvar arquivos neste aparelho. O armazenamento pode estar cheio ou só permitir leitura. Libere espaço e tente de novo.
error-not-found = Suas informações não foram encontradas.
error-already-exists = Já há informações salvas aqui, então nada novo foi criado.
error-foreign-file = O arquivo na pasta do { -app-name } não é um arquivo do { -app-name }. Ele não foi alterado.
error-cannot-decrypt = Não é possível abrir o arquivo com esta chave. Ele não foi alterado.
error-wrong-key = A chave encontrada neste aparelho não abre suas informações. Nada foi alterado.
error-wrong-passphrase = Esta frase-senha não está correta. Tente de novo.
error-corrupt = Suas informações salvas estão danificadas e não podem ser lidas. O arquivo não foi alterado.
error-newer-schema = Suas informações foram salvas por uma versão mais nova do { -app-name }. Atualize o app para abrir. Nada foi alterado.
error-key-file-missing = O arquivo da chave está faltando, então suas informações não podem ser abertas. Nada foi alterado.
error-key-file-damaged = O arquivo da chave está danificado, então suas informações não podem ser abertas. Nada foi alterado.
error-keystore-unavailable = O armazenamento seguro de chaves deste aparelho não está disponível. Desbloqueie o aparelho ou entre de novo na sua conta e tente outra vez.
error-key-missing = A chave das suas informações não está mais no armazenamento seguro de chaves deste aparelho.
error-passphrase-too-short = A frase-senha é curta demais.
error-disk-full = Este aparelho está cheio. Sua última alteração não foi salva. Libere espaço e tente de novo.
error-busy = O { -app-name } está ocupado em outra janela. Feche essa janela e tente de novo.
error-invalid-profile = Algumas respostas precisam ser corrigidas antes de salvar.
error-io = Não foi possível ler ou gravar um arquivo. Nada foi perdido. Tente de novo.
error-database = Algo deu errado ao salvar. Nada foi perdido. Tente de novo.
error-unknown-language = Este idioma não está disponível: { $code }
error-invalid-input = O app recebeu um valor que não pode usar: { $field }
error-locked = Suas informações estão bloqueadas. Desbloqueie primeiro.
error-internal = Algo deu errado dentro do { -app-name }. Nada foi perdido. Tente de novo.

## Content packs

error-pack-malformed = Este arquivo não é um pacote do { -app-name } ou está danificado. Nada foi alterado.
error-pack-too-large = Este pacote é maior do que o permitido. Nada foi alterado.
error-pack-manifest-invalid = A lista de conteúdo deste pacote não é válida. Nada foi alterado.
error-pack-keys-not-trusted = Este pacote não foi assinado com as chaves do { -app-name }. O pacote não foi adicionado.
error-pack-unknown-key = Este pacote foi assinado com uma chave desconhecida. O pacote não foi adicionado.
error-pack-revoked-key = Este pacote foi assinado com uma chave que não é mais confiável. O pacote não foi adicionado.
error-pack-bad-signature = A assinatura não confere: o pacote pode ter sido alterado. O pacote não foi adicionado.
error-pack-rollback = Esta versão é mais antiga que a que está neste celular. Nada foi alterado.
error-pack-already-installed = Este pacote já está neste celular.
error-pack-equivocation = Este pacote tem a mesma versão do que está neste celular, mas o conteúdo é diferente. O pacote não foi adicionado.
error-pack-needs-newer-app = Este pacote precisa de uma versão mais nova do { -app-name }. Atualize o app primeiro.
error-pack-file-mismatch = Um arquivo deste pacote está danificado. O pacote não foi adicionado.
error-pack-unexpected-file = Este pacote tem um arquivo que não deveria ter. O pacote não foi adicionado.
error-pack-missing-file = Falta um arquivo neste pacote. O pacote não foi adicionado.
error-pack-bad-path = Este pacote tem um arquivo com um nome proibido. O pacote não foi adicionado.
error-pack-not-regular-file = Este pacote tem um link ou uma pasta onde deveria haver um arquivo. O pacote não foi adicionado.
error-pack-content-invalid = Este app não consegue mostrar parte do conteúdo deste pacote. O pacote não foi adicionado.
error-pack-wrong-base = Esta atualização não combina com a versão deste celular. Nada foi alterado.
error-pack-io = Não foi possível ler o arquivo do pacote. Nada foi alterado.
error-update-no-server = Nenhum servidor de atualização foi configurado.
error-update-needs-wifi = A opção “Baixar só com Wi-Fi” está ligada, e este celular está usando dados móveis. Conecte-se a um Wi-Fi ou baixe mesmo assim.
error-update-network-unknown = Este aparelho não consegue saber se está no Wi-Fi. Só baixe mesmo assim se tiver certeza.
error-update-gone = Esta atualização não está mais disponível. Procure atualizações de novo.
error-update-busy = Outro download está em andamento. Espere até ele terminar.
error-update-server-url = Isto não é um endereço de servidor. O endereço começa com https://
error-update-offline = Não foi possível conectar ao servidor de atualização. Verifique sua conexão e tente de novo. O que já foi baixado fica guardado.
error-update-cancelled = O download foi interrompido. O que já foi baixado fica guardado para a próxima vez.
error-update-corrupt = O servidor enviou um arquivo danificado. Nada foi alterado. Tente de novo mais tarde.
error-update-disk = Não foi possível salvar o download. Libere espaço neste aparelho e tente de novo.
error-update-server = O servidor de atualização não respondeu como deveria. Tente de novo mais tarde.
error-org-code-unknown = Este não é um código de organização do Mirai. O código começa com MIRAI1-.
error-org-code-damaged = O código está danificado. Copie de novo, inteiro.
error-org-code-name = O nome da organização neste código não pode ser usado. Peça um código novo à organização.
error-seal-failed = Não foi possível criptografar, então nada foi enviado nem salvo. Tente de novo.
error-print-failed = Não foi possível salvar o PDF. Nada foi alterado. Tente outra pasta.
error-answer-out-of-range = Escreva um número inteiro de { $min } a { $max }.
error-answer-future-date = Esse dia ainda não chegou. Escolha o dia em que aconteceu.
error-answer-not-a-date = Isto não é uma data. Escolha o dia no calendário.
error-notify-failed = O celular não mostrou a notificação. Seu lembrete continua na tela Início.
