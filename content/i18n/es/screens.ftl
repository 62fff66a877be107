# status: machine-drafted
# Las palabras de las pantallas de la app (Android e iOS). Traducido de
# i18n/en/screens.ftl; nadie lo ha revisado todavía.

## App name, neutral (the launcher may show it to anyone).

app-name = Passage
app-name-neutral = Notas

## Shared words

common-continue = Continuar
common-back = Atrás
common-done = Listo
common-edit = Cambiar
common-add = Añadir
common-close = Cerrar
common-yes = Sí
common-no = No
common-loading = Espere, por favor…
common-optional = (puede dejarlo vacío)
common-needs-review = Una máquina tradujo este texto. Ninguna persona lo ha revisado todavía.
common-read-aloud = Leer en voz alta
common-stop-reading = Dejar de leer

## First start: choose the language

language-title = Elija su idioma
language-hint = Puede cambiarlo más tarde en Ajustes.

## First start: set up the lock

setup-title = Proteja sus notas
setup-intro = Todo lo que usted escribe en Passage se queda en este teléfono, cerrado con llave. Elija una frase secreta que solo usted conoce.
setup-passphrase = Frase secreta
setup-passphrase-repeat = Escriba otra vez la frase secreta
setup-passphrase-too-short = La frase secreta es demasiado corta. Use al menos { $min } caracteres.
setup-passphrase-mismatch = Las dos frases secretas no son iguales.
setup-pin = Código PIN para cada día (de 4 a 12 cifras)
setup-pin-hint = Con el PIN usted abre la app rápido. Si olvida el PIN, la frase secreta sigue funcionando.
setup-pin-invalid = El PIN debe tener de 4 a 12 cifras.
setup-recovery-title = Sus palabras de recuperación
setup-recovery-intro = Escriba estas 12 palabras en un papel y guarde el papel en un lugar seguro. Con ellas puede abrir sus notas si olvida la frase secreta. Las mostramos solo esta vez.
setup-recovery-confirm = Ya escribí las palabras
setup-creating = Creando su espacio seguro…

## Unlock

unlock-title = Abrir Passage
unlock-pin = Código PIN
unlock-passphrase = Frase secreta o palabras de recuperación
unlock-use-passphrase = Usar la frase secreta
unlock-use-pin = Usar el código PIN
unlock-wrong = No es correcto. Inténtelo otra vez.
unlock-wait =
    { $seconds ->
        [one] Demasiados intentos. Espere 1 segundo.
       *[other] Demasiados intentos. Espere { $seconds } segundos.
    }
unlock-failures =
    { $count ->
        [one] 1 intento equivocado.
       *[other] { $count } intentos equivocados.
    }
unlock-damaged = Passage no puede abrir estos datos. No se borró nada. Pida ayuda.

## Home

home-title = Inicio
home-where-am-i = Dónde está usted ahora
home-next-steps = Qué hacer ahora
home-deadlines = Próximas fechas
home-no-deadlines = No hay fechas próximas.
home-read-now = Leer ahora
home-prepare-interview = Prepare su entrevista
home-documents-to-gather = Documentos para reunir

## Stages of the procedure (from the core's stage id)

stage-not-started = Usted todavía no ha escrito nada.
stage-arrived = Usted está en Bélgica. Todavía no ha pedido protección.
stage-application = Usted pidió protección.
stage-dublin = Puede ser que otro país europeo sea responsable de su solicitud.
stage-waiting-for-interview = Usted espera su entrevista.
stage-interview-planned = Su entrevista tiene fecha.
stage-waiting-for-decision = Usted espera la decisión.
stage-negative-decision = Usted recibió una decisión negativa. Puede presentar un recurso.
stage-appeal = Usted presentó un recurso.
stage-protected = Usted tiene protección.
stage-subsequent-application = Usted hizo una nueva solicitud.

## Journal

journal-title = Mi diario
journal-empty = Todavía no hay nada. Añada lo que pasó, con la fecha.
journal-add = Añadir lo que pasó
journal-edit-title = Lo que pasó
journal-kind = Qué
journal-date = Fecha (día, mes, año)
journal-official-deadline = Fecha escrita en la carta (si hay una)
journal-note = Nota
journal-outcome = Tipo de decisión
journal-date-invalid = Esta fecha no es correcta: { $reason }
journal-deleted = Movido a la papelera. Puede recuperarlo.
journal-trash = Papelera

## Deadline detail

deadline-title = Fecha para recordar
deadline-computed = Nuestra fecha calculada
deadline-official = Fecha en su carta
deadline-letter-prevails = La fecha de su carta siempre va primero.
deadline-explanation = Cómo contamos
deadline-sources = Fuentes
deadline-last-verified = Última revisión el { $date }.
deadline-days-left =
    { $days ->
        [one] Queda 1 día
       *[other] Quedan { $days } días
    }

## Documents

documents-title = Mis documentos
documents-progress = { $done } de { $total } listos
documents-add = Añadir un documento
documents-add-photo = Hacer una foto
documents-add-file = Elegir un archivo
documents-status = Estado
documents-where = ¿Dónde está el original?
documents-since = Desde
documents-why-not = Por qué no puede conseguirlo
documents-attachments = Fotos y escaneos
documents-import-failed = No se pudo añadir el archivo: { $reason }
document-status-needed = Todavía por buscar
document-status-have-original = Tengo el original
document-status-have-copy = Tengo una copia
document-status-handed-in = Entregado a una oficina
document-status-returned = Me lo devolvieron
document-status-not-available = No puedo conseguirlo
document-place-with-me = Lo tengo yo
document-place-with-my-lawyer = Lo tiene mi abogado
document-place-with-cgrs = En el CGRS
document-place-with-immigration-office = En la Oficina de Extranjería
document-place-lost = Perdido
document-place-other = En otro lugar

## Interview preparation

interview-title = Mi entrevista
interview-topics = Temas
interview-chronology = Mi historia en fechas
interview-questions = Preguntas para mi abogado
interview-check = Revisar mis fechas
interview-check-ok = No encontramos nada que revisar.
interview-check-found =
    { $count ->
        [one] 1 cosa que revisar
       *[other] { $count } cosas que revisar
    }
interview-notes-review = Después de la entrevista: las notas
interview-add-note = Añadir una nota
interview-add-event = Añadir una fecha
interview-add-question = Añadir una pregunta
interview-answered = Respondida
interview-topic-who-you-are = Quién es usted
interview-topic-where-you-come-from = De dónde viene
interview-topic-life-there = Su vida en su país
interview-topic-journey = Cómo viajó a Bélgica
interview-topic-documents = Sus documentos
interview-topic-why-you-left = Por qué salió de su país
interview-topic-why-you-cannot-return = Por qué no puede volver

## Guide and contacts

guide-title = Guía
guide-search-in = Buscar en { $language }
contacts-title = Contactos
contacts-call = Llamar
contacts-open-map = Ver en el mapa

## Settings

settings-title = Ajustes
settings-language = Idioma
settings-lock-timeout = Cerrar después de
settings-lock-never = Nunca
settings-lock-minutes =
    { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }
settings-lock-seconds = { $seconds } segundos
settings-change-pin = Cambiar el código PIN
settings-duress-pin = Código PIN de emergencia
settings-duress-explain = Si alguien le obliga a abrir la app, escriba este PIN. Abre un espacio vacío en lugar de sus notas.
settings-duress-destroy = Borrar también mis notas reales cuando se use este PIN
settings-wipe-after = Borrar todo después de demasiados PIN equivocados
settings-backup = Guardar una copia de seguridad
settings-backup-explain = Una copia de seguridad es un solo archivo cerrado con llave. Guárdela en una memoria USB o una tarjeta SD. Necesita una frase secreta para abrirla.
settings-backup-done = Copia de seguridad guardada.
settings-restore = Recuperar una copia de seguridad
settings-share = Compartir con mi abogado
settings-share-explain = Elija qué compartir. Solo la persona con la llave o con la frase secreta de un solo uso puede abrir el archivo.
settings-summary = Resumen para imprimir
settings-neutral-icon = Nombre e icono neutros para la app
settings-panic-wipe = Borrar todo ahora
settings-panic-wipe-warning = Esto borra todas sus notas, documentos y fotos de este teléfono. Nadie puede recuperarlos. Solo una copia de seguridad puede.
settings-panic-wipe-confirm = Sí, borrar todo

## Lock and privacy

lock-locked = Passage está cerrado.
privacy-cover = Passage

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = No es correcto. Inténtelo otra vez.
error-locked = Passage está cerrado. Ábralo otra vez.
error-corrupt = Algunos datos están dañados. No se borró nada. Pida ayuda.
error-not-found = No se encontró. Quizás se borró.
error-invalid-input = Revise esto, por favor: { $field }.
error-already-exists = Esto ya existe.
error-unsupported-version = Este archivo es de una versión más nueva de Passage. Actualice la app.
error-retry-later = Espere { $seconds } segundos y vuelva a intentarlo.
error-io = El teléfono no pudo leer o guardar los datos. Revise el espacio libre.
error-cancelled = Detenido.

## Texts the operating system asks for

permission-camera = Passage usa la cámara solo cuando usted hace una foto de un documento. La foto queda cerrada con llave en la app.
permission-notifications = Passage puede recordarle fechas. El aviso no dice para qué es la fecha.

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = Quién es usted
documents-section-origin-route = De dónde viene y su viaje
documents-section-reasons = Por qué huyó
documents-section-procedure = Cartas del procedimiento
documents-section-after-recognition = Después de recibir protección

chronology-kind-event = Algo que pasó
chronology-kind-left-country = Salí de mi país
chronology-kind-arrived-belgium = Llegué a Bélgica
chronology-kind-travel = Una etapa de mi viaje

interview-finding-in-the-future = Esta fecha es después de hoy.
interview-finding-before-birth = Esta fecha es antes de su fecha de nacimiento.
interview-finding-age-does-not-fit = La edad de esta línea no va con su fecha de nacimiento y la fecha de la línea.
interview-finding-out-of-order = Esta línea pasó después de la otra, pero su fecha es anterior.
interview-finding-departure-after-arrival = La fecha en que salió de su país es después de la fecha en que llegó a Bélgica.
interview-finding-two-places-at-once = Estas dos líneas quizás son de los mismos días, pero dicen lugares distintos.
interview-finding-same-event-different-dates = Estas dos líneas parecen el mismo hecho, pero sus fechas son distintas.

settings-wipe-after-warning = Si se escribe un PIN equivocado { $count } veces seguidas, todo en esta aplicación se borra para siempre: cada nota, fecha, documento y foto. Nadie puede recuperarlo, ni con su frase secreta ni con sus palabras de recuperación. Alguien que toma su teléfono, o un niño que juega con él, puede causar esto. Actívelo solo si perderlo todo es mejor para usted que alguien lo lea.
