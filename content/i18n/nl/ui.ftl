# status: machine-drafted

language-nl = Nederlands
language-fr = Frans
language-en = Engels
language-es = Spaans
language-ar = Arabisch
language-fa = Farsi
language-ps = Pasjtoe
language-so = Somalisch
language-ti = Tigrinya

direction = ltr

guide-heading = Gids
glossary-heading = Woordenlijst
contacts-heading = Contacten

guide-fallback-notice = Deze pagina bestaat nog niet in het { $language }. U leest ze in het { $shown }.
guide-machine-drafted-notice = Een machine heeft deze pagina vertaald en niemand heeft ze al nagekeken. Is iets niet duidelijk? Vraag het aan uw advocaat of maatschappelijk werker.
guide-last-verified = Laatst nagekeken op { $date }.
guide-sources = Bronnen
guide-related = Lees ook
guide-topic-procedure = De procedure
guide-topic-interview = Het gesprek
guide-topic-documents = Documenten
guide-topic-legal-aid = Juridische hulp
guide-topic-protection = Bescherming
guide-topic-after-recognition = Na de erkenning
guide-topic-special-situations = Bijzondere situaties
guide-topic-help = Waar vindt u hulp?

search-placeholder = Zoeken in de gids
search-button = Zoeken
search-no-results = Geen resultaten. Probeer een ander woord.
search-result-count =
    { $count ->
        [one] 1 resultaat
       *[other] { $count } resultaten
    }

contact-address = Adres
contact-phone = Telefoon
contact-hours = Openingsuren
contact-website = Website

button-save = Opslaan
button-cancel = Annuleren
button-delete = Verwijderen
button-restore = Herstellen
button-lock = Vergrendelen
button-unlock = Ontgrendelen
