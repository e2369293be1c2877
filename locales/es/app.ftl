# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = Ir al contenido principal
nav-label = Menú principal
nav-home = Inicio
nav-portal = Guía
nav-self-check = Autoevaluación
nav-assist = Pedir ayuda
nav-friends = Amigos
nav-packs = Contenido
nav-settings = Configuración
language-button = Idioma
loading = Cargando…
close = Cerrar

## Home

home-title = Te damos la bienvenida a { -app-name }
home-intro = Información y ayuda para la vida y el trabajo en Japón. Funciona sin internet.
home-portal-desc = La vida y el trabajo en Japón, en tu idioma
home-self-check-desc = Revisa tus condiciones de trabajo
home-assist-desc = Habla con alguien que te puede ayudar
home-friends-desc = Personas y eventos cerca de ti
home-packs-desc = Guías y actualizaciones en este celular
home-settings-desc = Idioma, tu perfil y tus datos

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = Todavía no hay guías en este celular
portal-empty-body = Las guías vienen en paquetes de contenido. Cuando haya un paquete en este celular, podrás leerlo aquí sin internet.
self-check-empty-title = La autoevaluación todavía no está en este celular
self-check-empty-body = Las preguntas vienen en un paquete de contenido. Tus respuestas se quedarán en este celular.
assist-empty-title = Todavía no hay conversaciones
assist-empty-body = Aquí podrás pedir ayuda a una organización de apoyo, en tu idioma. Todavía no hay ninguna organización de apoyo conectada.
friends-empty-title = Todavía no hay nada aquí
friends-empty-body = Aquí encontrarás personas de tu país y eventos cerca de ti. Esta parte de la app todavía no está lista.
packs-empty-title = No hay paquetes de contenido en este celular
packs-empty-body = Los paquetes de contenido traen las guías y la autoevaluación. Podrás descargarlos o copiarlos desde un archivo.
go-to-packs = Ir a Contenido

## Language picker

language-picker-title = Elige tu idioma
language-picker-hint = Puedes cambiarlo después desde cualquier pantalla.
language-current = Idioma actual

## First start without a secure key store, and unlocking

setup-title = Protege tu información
setup-body = Este dispositivo no tiene un lugar seguro para guardar una llave. Elige una frase secreta para bloquear tu información. Si la olvidas, nadie podrá abrir tu información, ni siquiera nosotros.
setup-passphrase-label = Nueva frase secreta
setup-passphrase-hint = Al menos { $min } caracteres. Unas cuantas palabras son fáciles de recordar.
setup-confirm-label = Escribe otra vez la frase secreta
setup-mismatch = Las dos frases secretas no son iguales. Escríbelas otra vez.
setup-too-short = La frase secreta es demasiado corta. Usa al menos { $min } caracteres.
setup-submit = Bloquear con esta frase secreta
setup-working = Bloqueando tu información…
unlock-title = Desbloquear { -app-name }
unlock-body = Escribe tu frase secreta para abrir tu información.
unlock-label = Frase secreta
unlock-submit = Desbloquear
unlock-working = Desbloqueando…
show-passphrase = Mostrar frase secreta

## When the app cannot open the user's information

startup-error-title = { -app-name } no puede abrir tu información
startup-error-untouched = No se cambió ni se borró nada. Tus archivos siguen en esta carpeta:
startup-error-retry = Intentar de nuevo
startup-error-start-fresh = Apartar estos archivos y empezar de nuevo
start-fresh-confirm = Tus archivos se moverán a una carpeta nueva, en el mismo lugar. No se borra nada. ¿Empezar de nuevo con la app vacía?
start-fresh-yes = Sí, empezar de nuevo
start-fresh-no = No, volver
start-fresh-done = Tus archivos anteriores ahora están en: { $folder }

## Settings

settings-title = Configuración
settings-language = Idioma
settings-text-size = Tamaño del texto
text-size-normal = Normal
text-size-large = Grande
text-size-larger = Más grande
text-size-sample = Así se verá el texto.

settings-profile = Sobre ti
profile-intro = Esto ayuda a { -app-name } a mostrarte lo que te importa. Se queda en este celular.
profile-home-country = País de origen
profile-home-country-none = Sin elegir
profile-journey = ¿Dónde estás ahora?
profile-journey-not-set = Prefiero no decirlo
profile-journey-preparing = Me preparo para ir a Japón
profile-journey-in-japan = Vivo en Japón
profile-departure-date = Fecha prevista de salida
profile-arrival-date = Fecha en que llegaste a Japón
profile-save = Guardar
profile-saving = Guardando…
profile-saved = Guardado en este celular.
profile-unreadable = No se pudieron leer algunas respuestas guardadas. Revísalas y guarda otra vez.
profile-issue-arrival-in-future = Esta fecha de llegada es en el futuro. Si todavía no has salido, elige “Me preparo para ir a Japón”.
profile-issue-departure-in-past = Esta fecha de salida ya pasó. Si ahora estás en Japón, elige “Vivo en Japón”.

settings-data = Tus datos
data-encrypted = Tu información está cifrada en este celular.
data-protection-keystore = La llave se guarda en el almacén seguro de llaves de este dispositivo.
data-protection-passphrase = La llave está bloqueada con tu frase secreta.
data-details = Detalles técnicos
data-schema = Versión del formato de datos
data-cipher = Cifrado
data-folder = Carpeta
app-version = Versión de la app

## Errors shown on a form

error-prefix = Error:
error-summary-title = Hay un problema

## Content packs

packs-installed-title = En este celular
packs-version = Versión
packs-created = Fecha de creación
packs-size = Tamaño
packs-items = { $count } elementos
packs-languages = Idiomas
packs-stale = Este contenido tiene más de 6 meses. Cuando puedas, busca una versión más nueva.
packs-import = Agregar paquetes desde un archivo
packs-import-hint = Un archivo de paquete de una memoria USB, una tarjeta SD u otro celular. Se revisa por completo antes de que algo cambie.
packs-checking = Revisando el paquete { $pack } de { $packs }…
packs-imported = Agregado: { $title }, versión { $version }
packs-export = Compartir paquetes en un solo archivo
packs-export-hint = Guarda todos los paquetes de este celular en un solo archivo. Cópialo a otro celular y agrégalo ahí.
packs-exported = Guardado. El archivo está aquí:

## Guide

category-top = Empieza aquí
category-before-coming = Antes de venir a Japón
category-working = Trabajo
category-studying = Estudios
category-living = Vida diaria
category-trouble = Problemas y ayuda
portal-phone-title = Números de teléfono
article-back = Todas las guías
article-not-found = Esta guía no está en este celular.
article-reviewed = Revisado con sus fuentes el { $date }
article-sources = Fuentes
article-related = Sigue leyendo
directory-hours = Horario
directory-always = Día y noche, todos los días
directory-languages = Idiomas
directory-cost = Costo
directory-free = Llamada gratis
directory-charged = La llamada tiene costo
directory-source = Revisado el { $date }. Fuente:
day-holiday = días feriados
directory-closed = Cerrado del { $from } al { $to }
lines-title = ¿A dónde llamo?
portal-lines-desc = Elija su problema y vea quién atiende ahora en su idioma.
lines-intro = Elija su problema. Las líneas que atienden ahora en su idioma aparecen primero.
lines-topic-legend = ¿Cuál es el problema?
lines-topic-emergency = Peligro ahora
lines-topic-health = Enfermedad o herida
lines-topic-wages = Sueldo
lines-topic-working-conditions = Horario, descansos, despido
lines-topic-harassment = Acoso, violencia, discriminación
lines-topic-immigration = Visa y tarjeta de residencia
lines-topic-legal = Deudas, contratos, accidentes
lines-topic-disaster = Terremoto, tifón, inundación
lines-topic-all = Otro, o no lo sé
lines-language = Idioma en el que quiere hablar
lines-now = Hora en Japón ahora: { $time }
lines-now-holiday = Hoy es feriado en Japón.
lines-count = { $count ->
    [one] 1 línea
   *[other] { $count } líneas
}
lines-open = Abierto ahora
lines-open-other = Abierto ahora, pero no en su idioma
lines-yours-from = En su idioma: desde { $when }
lines-closed-opens = Cerrado · abre { $when }
lines-closed-later = Cerrado las próximas dos semanas
lines-some-days = Su idioma solo algunos días. Lea el texto de abajo, o llame y pregunte.
lines-call = Llamar al { $number }
lines-none-title = Todavía no hay una línea para este problema
lines-none-body = Ninguna línea en este teléfono ayuda con este problema. Si está en peligro, llame al 110 (policía) o al 119 (bomberos, ambulancia).
packs-updates-title = Actualizaciones
packs-server-none = No hay un servidor de actualizaciones configurado. Agrega su dirección para recibir versiones nuevas por internet.
packs-server-label = Dirección del servidor de actualizaciones
packs-server-hint = Tu organización te da esta dirección, por ejemplo https://example.org/packs/
packs-server-save = Guardar
packs-server-saved = Guardado.
packs-wifi-only = Descargar solo con Wi-Fi
packs-network = Conexión ahora: { $kind ->
    [unmetered] Wi-Fi o cable
    [metered] datos móviles
   *[unknown] desconocida
}
packs-check = Buscar actualizaciones
packs-checking-server = Buscando…
packs-checked-on = Última revisión: { $date }
packs-no-updates = Todo está al día.
packs-update-version = Versión { $from } → { $to }
packs-new-pack = Paquete nuevo · versión { $to }
packs-size-delta = { $size } para descargar (solo los cambios; el paquete completo pesa { $full })
packs-size-full = { $size } para descargar
packs-update = Actualizar
packs-add = Agregar
packs-downloading = Descargando: { $done } de { $total }
packs-paused = Pausado en { $done } de { $total }
packs-installing = Revisando e instalando…
packs-pause = Pausar
packs-resume = Continuar
packs-cancel = Cancelar
packs-download-anyway = Descargar de todos modos
packs-updated = Actualizado: { $title }, versión { $version }
portal-search-label = Buscar en la guía
portal-search-all = Buscar en todos los idiomas
portal-search-results = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
portal-search-none = No se encontró nada. Prueba con otras palabras o busca en todos los idiomas.
portal-search-corrected = Resultados para “{ $text }”
article-read-in = Leer en
article-bilingual = Junto al japonés
article-furigana = Mostrar furigana (lecturas encima de los kanji)
article-save = Guardar esta guía
article-saved-note = Guardada. La encuentras en la Guía, en “Guardadas”.
article-unsaved-note = Quitada de “Guardadas”.
portal-continue-title = Continuar leyendo
portal-continue-where = Te quedaste en el { $percent } %.
portal-saved-title = Guardadas
portal-saved-empty = Todavía no guardaste nada. Abre una guía y toca “Guardar esta guía” para tenerla aquí.
portal-recent-title = Leídas hace poco
portal-recent-empty = Aquí aparecerán las guías que abras.
portal-recent-privacy = Esta lista está solo en este celular. Bórrala si otra persona puede mirar tu celular.
portal-recent-finished = Leída hasta el final
portal-recent-progress = Leído el { $percent } %
portal-history-clear = Borrar historial
portal-history-confirm = Esto borra la lista de guías que leíste en este celular. Las guías guardadas se quedan. Después de borrar, no se puede recuperar.
portal-history-clear-yes = Sí, borrar historial
portal-history-clear-no = No, dejarlo
portal-history-cleared = Historial borrado.
settings-reading = Lectura de la guía
settings-content-language = Idioma de la guía
settings-content-language-same = Igual que la app
emergency-button = Emergencia
emergency-title = Emergencia: policía, incendio, ambulancia
emergency-say-title = Diga esto primero, en japonés
emergency-phrase-my-language = Hablo español.
emergency-phrase-no-japanese = No entiendo bien el japonés.
emergency-phrase-fire = Hay un incendio. (al 119)
emergency-phrase-ambulance = Necesito una ambulancia. (al 119)
emergency-show-japanese = Mostrar a una persona que habla japonés
emergency-show-mine = Volver al español
selfcheck-privacy = Tus respuestas se quedan en este celular. Nadie las ve, a menos que tú decidas compartirlas.
selfcheck-phase-arrival = Primera revisión, unos 3 meses después de tu llegada
selfcheck-phase-periodic = Revisión regular, cada 6 meses
selfcheck-due = Fecha prevista: { $date }
selfcheck-due-now = Ya es hora de hacer esta revisión.
selfcheck-start = Empezar la revisión
selfcheck-continue = Seguir donde te quedaste
selfcheck-progress = Pregunta { $n } de { $total }
selfcheck-yes = Sí
selfcheck-no = No
selfcheck-not-sure = No sé bien
selfcheck-number-hint = Un número del { $min } al { $max }
selfcheck-basis = Ley: { $basis }
selfcheck-back = Volver
selfcheck-next = Siguiente
selfcheck-finish = Ver mis resultados
selfcheck-results-title = Tus resultados
selfcheck-results-none = Nada en tus respuestas indica un problema. Si algo cambia, haz la revisión otra vez.
selfcheck-severity-serious = Grave: pide ayuda ahora
selfcheck-severity-concern = Revisa esto
selfcheck-severity-info = Es bueno saberlo
selfcheck-next-step = Qué puedes hacer
selfcheck-history = Revisiones anteriores
selfcheck-history-empty = Todavía no hay revisiones terminadas.
selfcheck-history-counts = Grave: { $serious } · Para revisar: { $concern } · Es bueno saberlo: { $info }
selfcheck-erase = Borrar esta revisión
selfcheck-erased = La revisión se borró.
selfcheck-to-start = Volver a la autoevaluación
selfcheck-before = También salió en tu revisión anterior
selfcheck-resolved = Ya no aparece desde tu revisión anterior
settings-points = Puntos: { $points }
settings-points-note = Ganas puntos por cada autoevaluación terminada. Los puntos no valen dinero.
selfcheck-summary-open = Resumen para imprimir (PDF)
selfcheck-summary-title = Resumen de la autoevaluación
selfcheck-summary-intro = Para llevar a la Oficina de Inspección de Normas Laborales, a tu organización supervisora o a un grupo de apoyo. Cada texto está en tu idioma y después en japonés.
selfcheck-summary-date = Fecha de la revisión: { $date }
selfcheck-summary-answers = Respuestas
selfcheck-summary-question = Pregunta
selfcheck-summary-answer = Respuesta
selfcheck-summary-basis = Ley
selfcheck-summary-findings = Lo que indican las respuestas
selfcheck-summary-none = No se encontraron problemas.
selfcheck-summary-save = Guardar como PDF
selfcheck-summary-saved = Guardado: { $path }
selfcheck-summary-footer = Hecho con la app Mirai a partir de las respuestas del propio trabajador. No es una decisión legal.
selfcheck-share-open = Compartir con una organización
selfcheck-share-title = Compartir esta revisión
selfcheck-share-intro = Solo si tú quieres. La organización que elijas puede leerla. Nadie más puede, y este celular ya no puede abrirla.
selfcheck-share-choose = Elige la organización
selfcheck-share-none = Todavía no agregaste ninguna organización.
selfcheck-share-add = Agregar una organización
selfcheck-share-code = El código que te dio la organización
selfcheck-share-code-hint = Empieza con MIRAI1-. Pídelo a la organización en persona o por un mensaje de confianza.
selfcheck-share-add-button = Agregar
selfcheck-share-added = Agregada: { $name }
selfcheck-share-fingerprint = Verificación de la llave: { $fingerprint }
selfcheck-share-remove = Quitar { $name }
selfcheck-share-what = Qué se enviará
selfcheck-share-what-hint = Las respuestas y los resultados de abajo, el mes de la revisión y un número al azar que es distinto para cada organización. No se envía tu nombre, tu número de teléfono ni dónde estás.
selfcheck-share-employer = Nombre de tu empresa (puedes dejarlo vacío)
selfcheck-share-employer-hint = Ayuda a la organización a ver problemas en un mismo lugar de trabajo.
selfcheck-share-note = Una nota para la organización (puedes dejarla vacía)
selfcheck-share-identify = ¿Esto puede mostrar que soy yo?
selfcheck-share-identify-1 = La organización ve lo que envías. No ve tu nombre, a menos que lo escribas en la nota.
selfcheck-share-identify-2 = Tu empresa nunca recibe tus respuestas. Los números que publica la organización cuentan al menos 10 trabajadores, y al menos 5 empresas cuando se comparan empresas. Así no se puede identificar a ninguna persona.
selfcheck-share-identify-3 = Si todos en un lugar de trabajo dieron la misma respuesta a una pregunta delicada, ese número no se publica.
selfcheck-share-identify-4 = Si solo tú o pocas personas trabajan para tu empresa, su nombre todavía puede señalarte. En ese caso, déjalo vacío.
selfcheck-share-send = Cifrar y enviar
selfcheck-share-sent = Se cifró y se puso en la bandeja de salida para { $organisation }. Este celular ya no puede leerla.
selfcheck-outbox = Bandeja de salida
selfcheck-outbox-empty = Todavía no compartiste nada.
selfcheck-outbox-state-queued = Esperando para enviarse
selfcheck-outbox-state-sent = Enviado
selfcheck-outbox-state-failed = No se pudo enviar
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = No enviar
home-weekly-title = Guía de la semana
home-weekly-points = Léela hasta el final para ganar { $points } puntos.
home-weekly-earned = Listo. Ganaste { $points } puntos con la guía de esta semana.
settings-points-weekly = Leer la guía de la semana hasta el final también da puntos, una vez por semana.
report-all-segments = Todos los sectores y regiones
report-workers = Trabajadores
report-no-answer = Sin respuesta
report-suppressed = Oculto (muy pocos para mostrarlo con seguridad)
selfcheck-outbox-file = Guardar como archivo
selfcheck-outbox-file-hint = Solo la organización puede abrirlo. Puedes darle el archivo por mensaje o en una memoria USB.
selfcheck-outbox-saved = Guardado: { $path }
selfcheck-arrival-missing = Agrega en Configuración el día en que llegaste a Japón, y la app te dirá cuándo hacer cada revisión.
reminder-notification = Tienes un recordatorio. Abre la app para verlo.
settings-reminders = Avísame cuando toque hacer la autoevaluación
settings-reminders-hint = La notificación solo dice “Mirai: tienes un recordatorio”, así que otra persona que vea tu pantalla no sabrá de qué se trata.
