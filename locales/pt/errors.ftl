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
