# status: machine-drafted
# De afdrukbare samenvatting van het dossier (Passage core, module summary).

summary-title = Samenvatting van het dossier
summary-made-on = Gemaakt op { $date } met Passage.
summary-second-part = Hieronder: dezelfde samenvatting in het { $language }.
summary-part-intro = Dit is dezelfde samenvatting. De vaste teksten staan in deze taal. Wat de persoon zelf schreef, staat er zoals die het schreef.
summary-machine-drafted = Een computer heeft de vaste teksten van dit deel vertaald. Niemand heeft ze al nagekeken. De eigen woorden van de persoon staan er zoals die ze schreef.
summary-user-text-note = De woorden in de kaders zijn de eigen woorden van de persoon, zoals die ze schreef.

summary-timeline-heading = Tijdlijn van de procedure
summary-col-date = Datum
summary-col-event = Wat er gebeurde
summary-col-details = Details
summary-timeline-empty = Geen gebeurtenissen.
summary-official-deadline = Datum op de brief: { $date }
summary-registered-letter = Kwam met een aangetekende brief.
summary-recorded-yes = Het persoonlijk onderhoud werd opgenomen.
summary-recorded-no = Het persoonlijk onderhoud werd niet opgenomen.
summary-present = Aanwezig:
summary-present-interpreter = tolk
summary-present-lawyer = advocaat
summary-present-trusted-person = vertrouwenspersoon
summary-present-social-worker = sociaal assistent
summary-present-other = andere persoon

summary-deadlines-heading = Komende termijnen
summary-deadlines-intro = Passage heeft deze datums berekend uit de gebeurtenissen hierboven. Het zijn voorstellen. De datum op een officiële brief gaat altijd voor.
summary-deadlines-empty = Geen open termijnen.
summary-deadline-date = Laatste dag: { $date }
summary-deadline-not-binding = Dit is een streefdatum, geen strikte termijn.

summary-documents-heading = Documenten en waar elk origineel is
summary-col-document = Document
summary-col-status = Stand
summary-col-original = Waar het origineel is
summary-documents-empty = Geen documenten.
summary-since = sinds { $date }
summary-why-not-available = Waarom het er niet is:
summary-files = Bestanden:
summary-status-needed = Nog nodig
summary-status-have-original = Heeft het origineel
summary-status-have-copy = Heeft alleen een kopie
summary-status-handed-in = Afgegeven aan een overheid
summary-status-returned = Teruggegeven door de overheid
summary-status-not-available = Niet te krijgen
summary-location-with-me = Bij de persoon
summary-location-with-my-lawyer = Bij de advocaat
summary-location-with-cgrs = Bij het CGVS
summary-location-with-immigration-office = Bij de Dienst Vreemdelingenzaken
summary-location-lost = Verloren
summary-location-other = Ergens anders
summary-location-unknown = Niet ingevuld

summary-chronology-heading = Gebeurtenissen uit het leven (chronologie)
summary-col-place = Plaats
summary-col-people = Personen
summary-col-what-happened = Wat er gebeurde
summary-chronology-empty = Geen gebeurtenissen.
summary-date-about = ongeveer
summary-date-unknown = Datum niet bekend
summary-age = Leeftijd: { $age }

summary-questions-heading = Vragen voor de advocaat
summary-questions-empty = Geen vragen.
summary-question-answered = Beantwoord
summary-question-open = Nog niet beantwoord
summary-answer = Antwoord:

summary-footer = Datums die Passage berekent, zijn voorstellen en geen juridisch advies. De datum op een officiële brief gaat altijd voor.
