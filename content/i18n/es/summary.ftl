# status: machine-drafted
# El resumen imprimible del caso (Passage core, módulo summary).

summary-title = Resumen del caso
summary-made-on = Hecho el { $date } con Passage.
summary-second-part = Más abajo: el mismo resumen en { $language }.
summary-part-intro = Es el mismo resumen. Los textos fijos están en este idioma. Lo que la persona escribió se muestra tal como lo escribió.
summary-machine-drafted = Una máquina tradujo los textos fijos de esta parte. Nadie los ha revisado todavía. Las palabras de la persona se muestran tal como las escribió.
summary-user-text-note = Las palabras en los recuadros son las palabras de la persona, tal como las escribió.

summary-timeline-heading = Cronología del procedimiento
summary-col-date = Fecha
summary-col-event = Qué pasó
summary-col-details = Detalles
summary-timeline-empty = No hay hechos.
summary-official-deadline = Fecha en la carta: { $date }
summary-registered-letter = Llegó por carta certificada.
summary-recorded-yes = La entrevista fue grabada.
summary-recorded-no = La entrevista no fue grabada.
summary-present = Presentes:
summary-present-interpreter = intérprete
summary-present-lawyer = abogado
summary-present-trusted-person = persona de confianza
summary-present-social-worker = trabajador social
summary-present-other = otra persona

summary-deadlines-heading = Plazos próximos
summary-deadlines-intro = Passage calculó estas fechas a partir de los hechos de arriba. Son sugerencias. La fecha en una carta oficial siempre va primero.
summary-deadlines-empty = No hay plazos abiertos.
summary-deadline-date = Último día: { $date }
summary-deadline-not-binding = Es un objetivo, no un plazo estricto.

summary-documents-heading = Documentos y dónde está cada original
summary-col-document = Documento
summary-col-status = Estado
summary-col-original = Dónde está el original
summary-documents-empty = No hay documentos.
summary-since = desde el { $date }
summary-why-not-available = Por qué no está disponible:
summary-files = Archivos:
summary-status-needed = Todavía necesario
summary-status-have-original = Tiene el original
summary-status-have-copy = Solo tiene una copia
summary-status-handed-in = Entregado a una autoridad
summary-status-returned = Devuelto por la autoridad
summary-status-not-available = No se puede conseguir
summary-location-with-me = Con la persona
summary-location-with-my-lawyer = Con el abogado
summary-location-with-cgrs = En el CGRS
summary-location-with-immigration-office = En la Oficina de Extranjería
summary-location-lost = Perdido
summary-location-other = En otro lugar
summary-location-unknown = No indicado

summary-chronology-heading = Hechos de la vida (cronología)
summary-col-place = Lugar
summary-col-people = Personas
summary-col-what-happened = Qué pasó
summary-chronology-empty = No hay hechos de la vida.
summary-date-about = hacia
summary-date-unknown = Fecha desconocida
summary-age = Edad: { $age }

summary-questions-heading = Preguntas para el abogado
summary-questions-empty = No hay preguntas.
summary-question-answered = Respondida
summary-question-open = Sin respuesta todavía
summary-answer = Respuesta:

summary-footer = Las fechas que calcula Passage son sugerencias, no un consejo legal. La fecha en una carta oficial siempre va primero.
