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

## Content packs

error-pack-malformed = Este archivo no es un paquete de { -app-name } o está dañado. No se cambió nada.
error-pack-too-large = Este paquete es más grande de lo permitido. No se cambió nada.
error-pack-manifest-invalid = La lista de contenido de este paquete no es válida. No se cambió nada.
error-pack-keys-not-trusted = Este paquete no está firmado con las llaves de { -app-name }. El paquete no se agregó.
error-pack-unknown-key = Este paquete está firmado con una llave desconocida. El paquete no se agregó.
error-pack-revoked-key = Este paquete está firmado con una llave que ya no es de confianza. El paquete no se agregó.
error-pack-bad-signature = La firma no coincide: puede que el paquete se haya cambiado. El paquete no se agregó.
error-pack-rollback = Esta versión es más antigua que la que está en este celular. No se cambió nada.
error-pack-already-installed = Este paquete ya está en este celular.
error-pack-equivocation = Este paquete tiene la misma versión que el de este celular, pero otro contenido. El paquete no se agregó.
error-pack-needs-newer-app = Este paquete necesita una versión más nueva de { -app-name }. Primero actualiza la app.
error-pack-file-mismatch = Un archivo de este paquete está dañado. El paquete no se agregó.
error-pack-unexpected-file = Este paquete tiene un archivo que no debería tener. El paquete no se agregó.
error-pack-missing-file = Falta un archivo en este paquete. El paquete no se agregó.
error-pack-bad-path = Este paquete tiene un archivo con un nombre prohibido. El paquete no se agregó.
error-pack-not-regular-file = Este paquete tiene un enlace o una carpeta donde debería haber un archivo. El paquete no se agregó.
error-pack-content-invalid = Esta app no puede mostrar parte del contenido de este paquete. El paquete no se agregó.
error-pack-wrong-base = Esta actualización no corresponde a la versión de este celular. No se cambió nada.
error-pack-io = No se pudo leer el archivo del paquete. No se cambió nada.
error-update-no-server = No hay un servidor de actualizaciones configurado.
error-update-needs-wifi = “Descargar solo con Wi-Fi” está activado y este celular está usando datos móviles. Conéctate a una red Wi-Fi o descarga de todos modos.
error-update-network-unknown = Este dispositivo no puede saber si está conectado a Wi-Fi. Descarga de todos modos solo si no tienes dudas.
error-update-gone = Esta actualización ya no está disponible. Vuelve a buscar actualizaciones.
error-update-busy = Hay otra descarga en curso. Espera a que termine.
error-update-server-url = Esta no es una dirección de servidor. La dirección empieza con https://
error-update-offline = No se puede conectar con el servidor de actualizaciones. Revisa tu conexión y vuelve a intentarlo. Lo que ya se descargó se guarda.
error-update-cancelled = La descarga se detuvo. Lo que ya se descargó se guarda para la próxima vez.
error-update-corrupt = El servidor envió un archivo dañado. No se cambió nada. Inténtalo más tarde.
error-update-disk = No se puede guardar la descarga. Libera espacio en este dispositivo y vuelve a intentarlo.
error-update-server = El servidor de actualizaciones no respondió como debía. Inténtalo más tarde.
error-org-code-unknown = Este no es un código de organización de Mirai. El código empieza con MIRAI1-.
error-org-code-damaged = El código está dañado. Cópialo otra vez, completo.
error-org-code-name = El nombre de la organización en este código no se puede usar. Pide un código nuevo a la organización.
error-seal-failed = No se pudo cifrar, así que no se envió ni se guardó nada. Inténtalo de nuevo.
error-print-failed = No se pudo guardar el PDF. No se cambió nada. Prueba con otra carpeta.
error-answer-out-of-range = Escribe un número entero del { $min } al { $max }.
error-answer-future-date = Ese día todavía no ha llegado. Elige el día en que pasó.
error-answer-not-a-date = Esto no es una fecha. Elige el día en el calendario.
error-notify-failed = El celular no mostró la notificación. Tu recordatorio sigue en la pantalla de Inicio.
