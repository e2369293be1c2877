# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = { -app-name } no puede guardar archivos en este dispositivo. Puede que el almacenamiento esté lleno o que solo permita leer. Libera espacio y vuelve a intentarlo.
error-not-found = No se encontró tu información.
error-already-exists = Ya hay información guardada aquí, así que no se creó nada nuevo.
error-foreign-file = El archivo en la carpeta de { -app-name } no es un archivo de { -app-name }. No se cambió.
error-cannot-decrypt = El archivo no se puede abrir con esta llave. No se cambió.
error-wrong-key = La llave que se encontró en este dispositivo no abre tu información. No se cambió nada.
error-wrong-passphrase = Esta frase secreta no es correcta. Inténtalo de nuevo.
error-corrupt = Tu información guardada está dañada y no se puede leer. El archivo no se cambió.
error-newer-schema = Tu información se guardó con una versión más nueva de { -app-name }. Actualiza la app para abrirla. No se cambió nada.
error-key-file-missing = Falta el archivo de la llave, así que no se puede abrir tu información. No se cambió nada.
error-key-file-damaged = El archivo de la llave está dañado, así que no se puede abrir tu información. No se cambió nada.
error-keystore-unavailable = El almacén seguro de llaves de este dispositivo no está disponible. Desbloquea el dispositivo o vuelve a iniciar sesión, y luego inténtalo de nuevo.
error-key-missing = La llave de tu información ya no está en el almacén seguro de llaves de este dispositivo.
error-passphrase-too-short = La frase secreta es demasiado corta.
error-disk-full = Este dispositivo está lleno. Tu último cambio no se guardó. Libera espacio y vuelve a intentarlo.
error-busy = { -app-name } está ocupado en otra ventana. Ciérrala y vuelve a intentarlo.
error-invalid-profile = Hay que corregir algunas respuestas antes de guardar.
error-io = No se pudo leer o escribir un archivo. No se perdió nada. Inténtalo de nuevo.
error-database = Algo salió mal al guardar. No se perdió nada. Inténtalo de nuevo.
error-unknown-language = Este idioma no está disponible: { $code }
error-invalid-input = La app recibió un valor que no puede usar: { $field }
error-locked = Tu información está bloqueada. Desbloquéala primero.
error-internal = Algo salió mal dentro de { -app-name }. No se perdió nada. Inténtalo de nuevo.
