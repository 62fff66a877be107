# status: machine-drafted
# Woorden van de schermen back-up, terugzetten, delen met een advocaat en
# afdrukken. Vertaald uit en/sharing.ftl; nog door niemand nagekeken.

## Backup

backup-passphrase = Wachtzin voor het back-upbestand
backup-passphrase-hint = Met deze wachtzin open je de back-up op een andere telefoon. Bewaar hem niet bij het bestand.
backup-save = Back-up opslaan
backup-saved = Back-up opgeslagen. Gegevens: { $records }. Bestanden: { $files }.
backup-merge = Een back-up toevoegen aan mijn notities
backup-merge-explain = Voegt wat in een back-upbestand staat toe aan de notities op deze telefoon. Er wordt niets gewist.
backup-merged = Toegevoegd: { $added }. Bijgewerkt: { $updated }. Was er al: { $unchanged }. Aan beide kanten gewijzigd: { $conflicts }.

## Restore

restore-explain = Voor een nieuwe telefoon, of als je je telefoon kwijt bent: open je back-upbestand. Kies dan een nieuwe wachtzin en pincode voor deze telefoon.
restore-choose-file = Het back-upbestand kiezen
restore-file-chosen = Het back-upbestand is gekozen.
restore-backup-passphrase = Wachtzin van het back-upbestand
restore-use-key = De back-up is beveiligd met een sleutel, niet met een wachtzin
restore-key = Geheime sleutel (begint met AGE-SECRET-KEY-1)
restore-new-secret = Nieuwe wachtzin en pincode voor deze telefoon
restore-start = Terugzetten

## Share

share-nothing-chosen = Er is niets gekozen. Kies wat je wilt delen.
share-events = Gebeurtenissen van de procedure
share-documents = Documenten
share-chronology = Gebeurtenissen uit mijn leven (chronologie)
share-questions = Mijn vragen voor de advocaat
share-photos = De foto's en scans van de gekozen documenten toevoegen
share-recipient-key = Sleutel van de advocaat (begint met age1)
share-key-invalid = Deze sleutel klopt niet. Controleer elk teken, of scan de QR-code opnieuw.
share-scan = De QR-code van de advocaat scannen
share-use-passphrase = Er is geen sleutel: maak een eenmalige wachtzin
share-recipient-name = Naam van de advocaat of de persoon
share-create = Het bestand maken
share-passphrase-title = Wachtzin voor dit bestand
share-passphrase-explain = Zeg deze wachtzin aan de advocaat. Stuur hem niet in hetzelfde bericht als het bestand. We tonen hem maar één keer.
share-passphrase-confirm = Ik heb de wachtzin gegeven of opgeschreven
share-log-title = Eerder gedeeld
share-log-entry = { $date }, { $name }. Gebeurtenissen: { $events }. Documenten: { $documents }.
share-log-empty = Er is nog niets gedeeld.

## Print

print-language = Taal van je procedure
print-warning = De samenvatting is niet beveiligd. Wie het papier of het bestand ziet, kan het lezen.
print-start = Afdrukken
