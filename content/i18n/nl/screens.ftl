# status: machine-drafted
# De woorden op de schermen van de app (Android en iOS). Vertaald uit
# i18n/en/screens.ftl; nog door niemand nagekeken.

## App name, neutral (the launcher may show it to anyone).

app-name = Passage
app-name-neutral = Notities

## Shared words

common-continue = Verder
common-back = Terug
common-done = Klaar
common-edit = Wijzigen
common-add = Toevoegen
common-close = Sluiten
common-yes = Ja
common-no = Nee
common-loading = Even wachten…
common-optional = (u mag dit leeg laten)
common-needs-review = Een machine heeft deze tekst vertaald. Niemand heeft hem al nagekeken.
common-read-aloud = Voorlezen
common-stop-reading = Stoppen met voorlezen

## First start: choose the language

language-title = Kies uw taal
language-hint = U kunt dit later veranderen bij Instellingen.

## First start: set up the lock

setup-title = Bescherm uw notities
setup-intro = Alles wat u in Passage schrijft, blijft op deze telefoon, op slot. Kies een wachtzin die alleen u kent.
setup-passphrase = Wachtzin
setup-passphrase-repeat = Schrijf de wachtzin nog een keer
setup-passphrase-too-short = De wachtzin is te kort. Gebruik minstens { $min } tekens.
setup-passphrase-mismatch = De twee wachtzinnen zijn niet hetzelfde.
setup-pin = Pincode voor elke dag (4 tot 12 cijfers)
setup-pin-hint = Met de pincode opent u de app snel. Als u de pincode vergeet, werkt de wachtzin nog altijd.
setup-pin-invalid = De pincode moet 4 tot 12 cijfers hebben.
setup-recovery-title = Uw herstelwoorden
setup-recovery-intro = Schrijf deze 12 woorden op papier en bewaar het papier op een veilige plaats. Met deze woorden kunt u uw notities openen als u de wachtzin vergeet. We tonen ze maar één keer.
setup-recovery-confirm = Ik heb de woorden opgeschreven
setup-creating = Uw veilige plek wordt gemaakt…

## Unlock

unlock-title = Passage openen
unlock-pin = Pincode
unlock-passphrase = Wachtzin of herstelwoorden
unlock-use-passphrase = De wachtzin gebruiken
unlock-use-pin = De pincode gebruiken
unlock-wrong = Dit is niet juist. Probeer opnieuw.
unlock-wait =
    { $seconds ->
        [one] Te veel pogingen. Wacht 1 seconde.
       *[other] Te veel pogingen. Wacht { $seconds } seconden.
    }
unlock-failures =
    { $count ->
        [one] 1 foute poging.
       *[other] { $count } foute pogingen.
    }
unlock-damaged = Passage kan deze gegevens niet openen. Er is niets verwijderd. Vraag hulp.

## Home

home-title = Start
home-where-am-i = Waar u nu staat
home-next-steps = Wat u nu kunt doen
home-deadlines = Komende datums
home-no-deadlines = Er komen geen datums.
home-read-now = Nu lezen
home-prepare-interview = Bereid uw persoonlijk onderhoud voor
home-documents-to-gather = Documenten om te verzamelen

## Stages of the procedure (from the core's stage id)

stage-not-started = U hebt nog niets geschreven.
stage-arrived = U bent in België. U hebt nog geen bescherming gevraagd.
stage-application = U hebt bescherming gevraagd.
stage-dublin = Misschien is een ander Europees land verantwoordelijk voor uw verzoek.
stage-waiting-for-interview = U wacht op uw persoonlijk onderhoud.
stage-interview-planned = Uw persoonlijk onderhoud heeft een datum.
stage-waiting-for-decision = U wacht op de beslissing.
stage-negative-decision = U kreeg een negatieve beslissing. U kunt in beroep gaan.
stage-appeal = U bent in beroep gegaan.
stage-protected = U hebt bescherming.
stage-subsequent-application = U hebt een nieuw verzoek gedaan.

## Journal

journal-title = Mijn dagboek
journal-empty = Hier staat nog niets. Schrijf wat er gebeurd is, met de datum.
journal-add = Schrijf wat er gebeurd is
journal-edit-title = Wat er gebeurd is
journal-kind = Wat
journal-date = Datum (dag, maand, jaar)
journal-official-deadline = Datum op de brief (als er een is)
journal-note = Notitie
journal-outcome = Soort beslissing
journal-date-invalid = Deze datum is niet juist: { $reason }
journal-deleted = In de prullenbak gezet. U kunt het terugzetten.
journal-trash = Prullenbak

## Deadline detail

deadline-title = Datum om te onthouden
deadline-computed = Onze berekende datum
deadline-official = Datum op uw brief
deadline-letter-prevails = De datum op uw brief gaat altijd voor.
deadline-explanation = Hoe we geteld hebben
deadline-sources = Bronnen
deadline-last-verified = Laatst nagekeken op { $date }.
deadline-days-left =
    { $days ->
        [one] Nog 1 dag
       *[other] Nog { $days } dagen
    }

## Documents

documents-title = Mijn documenten
documents-progress = { $done } van { $total } klaar
documents-add = Een document toevoegen
documents-add-photo = Een foto maken
documents-add-file = Een bestand kiezen
documents-status = Status
documents-where = Waar is het origineel?
documents-since = Sinds
documents-why-not = Waarom u het niet kunt krijgen
documents-attachments = Foto's en scans
documents-import-failed = Het bestand kon niet worden toegevoegd: { $reason }
document-status-needed = Nog te zoeken
document-status-have-original = Ik heb het origineel
document-status-have-copy = Ik heb een kopie
document-status-handed-in = Afgegeven aan een dienst
document-status-returned = Aan mij teruggegeven
document-status-not-available = Ik kan het niet krijgen
document-place-with-me = Bij mij
document-place-with-my-lawyer = Bij mijn advocaat
document-place-with-cgrs = Bij het CGVS
document-place-with-immigration-office = Bij de Dienst Vreemdelingenzaken
document-place-lost = Kwijt
document-place-other = Ergens anders

## Interview preparation

interview-title = Mijn persoonlijk onderhoud
interview-topics = Onderwerpen
interview-chronology = Mijn verhaal in datums
interview-questions = Vragen voor mijn advocaat
interview-check = Mijn datums nakijken
interview-check-ok = We vonden niets om na te kijken.
interview-check-found =
    { $count ->
        [one] 1 punt om na te kijken
       *[other] { $count } punten om na te kijken
    }
interview-notes-review = Na het onderhoud: de notities
interview-add-note = Een notitie toevoegen
interview-add-event = Een datum toevoegen
interview-add-question = Een vraag toevoegen
interview-answered = Beantwoord
interview-topic-who-you-are = Wie u bent
interview-topic-where-you-come-from = Waar u vandaan komt
interview-topic-life-there = Uw leven in uw land
interview-topic-journey = Hoe u naar België gereisd bent
interview-topic-documents = Uw documenten
interview-topic-why-you-left = Waarom u uw land verlaten hebt
interview-topic-why-you-cannot-return = Waarom u niet terug kunt

## Guide and contacts

guide-title = Gids
guide-search-in = Zoeken in het { $language }
contacts-title = Contacten
contacts-call = Bellen
contacts-open-map = Op de kaart tonen

## Settings

settings-title = Instellingen
settings-language = Taal
settings-lock-timeout = Vergrendelen na
settings-lock-never = Nooit
settings-lock-minutes =
    { $minutes ->
        [one] 1 minuut
       *[other] { $minutes } minuten
    }
settings-lock-seconds = { $seconds } seconden
settings-change-pin = De pincode veranderen
settings-duress-pin = Noodpincode
settings-duress-explain = Dwingt iemand u om de app te openen? Typ dan deze pincode. Hij opent een lege ruimte en niet uw notities.
settings-duress-destroy = Ook mijn echte notities verwijderen als deze pincode gebruikt wordt
settings-wipe-after = Alles verwijderen na te veel foute pincodes
settings-backup = Een reservekopie maken
settings-backup-explain = Een reservekopie is één vergrendeld bestand. Bewaar het op een usb-stick of een sd-kaart. U hebt een wachtzin nodig om het te openen.
settings-backup-done = Reservekopie bewaard.
settings-restore = Een reservekopie terugzetten
settings-share = Delen met mijn advocaat
settings-share-explain = Kies wat u wilt delen. Alleen de persoon met de sleutel of met de wachtzin voor één keer kan het bestand openen.
settings-summary = Overzicht om af te drukken
settings-neutral-icon = Neutrale naam en neutraal icoon voor de app
settings-panic-wipe = Nu alles verwijderen
settings-panic-wipe-warning = Dit verwijdert al uw notities, documenten en foto's op deze telefoon. Niemand kan ze terughalen. Alleen een reservekopie kan dat.
settings-panic-wipe-confirm = Ja, alles verwijderen

## Lock and privacy

lock-locked = Passage is vergrendeld.
privacy-cover = Passage

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = Dit is niet juist. Probeer opnieuw.
error-locked = Passage is vergrendeld. Open de app opnieuw.
error-corrupt = Sommige gegevens zijn beschadigd. Er is niets verwijderd. Vraag hulp.
error-not-found = Dit werd niet gevonden. Misschien is het verwijderd.
error-invalid-input = Kijk dit na: { $field }.
error-already-exists = Dit bestaat al.
error-unsupported-version = Dit bestand komt van een nieuwere versie van Passage. Werk de app bij.
error-retry-later = Wacht { $seconds } seconden en probeer opnieuw.
error-io = De telefoon kon de gegevens niet lezen of bewaren. Kijk of er genoeg vrije ruimte is.
error-cancelled = Gestopt.

## Texts the operating system asks for

permission-camera = Passage gebruikt de camera alleen als u een foto van een document maakt. De foto blijft vergrendeld in de app.
permission-notifications = Passage kan u aan datums herinneren. De herinnering zegt niet waarvoor de datum is.

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = Wie u bent
documents-section-origin-route = Waar u vandaan komt en uw reis
documents-section-reasons = Waarom u gevlucht bent
documents-section-procedure = Brieven van de procedure
documents-section-after-recognition = Nadat u bescherming krijgt

chronology-kind-event = Iets dat gebeurd is
chronology-kind-left-country = Ik verliet mijn land
chronology-kind-arrived-belgium = Ik kwam aan in België
chronology-kind-travel = Een stap van mijn reis

interview-finding-in-the-future = Deze datum ligt na vandaag.
interview-finding-before-birth = Deze datum ligt voor uw geboortedatum.
interview-finding-age-does-not-fit = De leeftijd in dit punt past niet bij uw geboortedatum en de datum van het punt.
interview-finding-out-of-order = Dit punt gebeurde na het andere, maar de datum is vroeger.
interview-finding-departure-after-arrival = De datum waarop u uw land verliet, ligt na de datum waarop u in België aankwam.
interview-finding-two-places-at-once = Deze twee punten zijn misschien op dezelfde dagen, maar ze noemen verschillende plaatsen.
interview-finding-same-event-different-dates = Deze twee punten lijken dezelfde gebeurtenis, maar de datums zijn verschillend.

settings-wipe-after-warning = Als { $count } keer na elkaar een foute pincode wordt getypt, wordt alles in deze app voorgoed verwijderd: elke notitie, datum, elk document en elke foto. Niemand kan het terughalen, ook niet met uw wachtzin of uw herstelwoorden. Iemand die uw telefoon neemt, of een kind dat ermee speelt, kan dit doen gebeuren. Zet dit alleen aan als alles verliezen voor u beter is dan dat iemand het leest.
