# status: machine-drafted

language-nl = neerlandés
language-fr = francés
language-en = inglés
language-es = español
language-ar = árabe
language-fa = persa
language-ps = pastún
language-so = somalí
language-ti = tigriña

direction = ltr

guide-heading = Guía
glossary-heading = Glosario
contacts-heading = Contactos

guide-fallback-notice = Esta página todavía no está en { $language }. La está leyendo en { $shown }.
guide-machine-drafted-notice = Una máquina tradujo esta página y ninguna persona la ha revisado todavía. Si algo no está claro, pregunte a su abogado o a su trabajador social.
guide-last-verified = Última revisión: { $date }.
guide-sources = Fuentes
guide-related = Lea también
guide-topic-procedure = El procedimiento
guide-topic-interview = La entrevista
guide-topic-documents = Documentos
guide-topic-legal-aid = Ayuda jurídica
guide-topic-protection = Protección
guide-topic-after-recognition = Después del reconocimiento
guide-topic-special-situations = Situaciones especiales
guide-topic-help = Dónde encontrar ayuda

search-placeholder = Buscar en la guía
search-button = Buscar
search-no-results = No hay resultados. Pruebe con otra palabra.
search-result-count =
    { $count ->
        [one] 1 resultado
       *[other] { $count } resultados
    }

contact-address = Dirección
contact-phone = Teléfono
contact-hours = Horario
contact-website = Sitio web

button-save = Guardar
button-cancel = Cancelar
button-delete = Eliminar
button-restore = Restaurar
button-lock = Bloquear
button-unlock = Desbloquear
