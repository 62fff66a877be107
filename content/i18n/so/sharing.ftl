# status: machine-drafted
# Erayada shaashadaha kaydka, soo celinta, la wadaagista qareenka iyo
# daabacaadda. Laga turjumay en/sharing.ftl; qofna weli ma hubin.

## Backup

backup-passphrase = Erayga sirta ah ee faylka kaydka
backup-passphrase-hint = Eraygan ayaad ku furaysaa kaydka telefoon kale. Ha la dhigin faylka.
backup-save = Kaydka keydi
backup-saved = Kaydka waa la keydiyay. Xogta: { $records }. Faylasha: { $files }.
backup-merge = Kayd ku dar qoraaladayda
backup-merge-explain = Waxa ku jira faylka kaydka wuxuu ku darayaa qoraalada telefoonkan. Waxba lama tirtirayo.
backup-merged = La daray: { $added }. La cusboonaysiiyay: { $updated }. Horay u jiray: { $unchanged }. Labada dhinac laga beddelay: { $conflicts }.

## Restore

restore-explain = Telefoon cusub, ama haddii telefoonkaagu kaa lumay: fur faylka kaydkaaga. Kadib dooro eray sir ah iyo PIN cusub oo telefoonkan ah.
restore-choose-file = Dooro faylka kaydka
restore-file-chosen = Faylka kaydka waa la doortay.
restore-backup-passphrase = Erayga sirta ah ee faylka kaydka
restore-use-key = Kaydka waxaa lagu xiray fure, ma aha eray sir ah
restore-key = Furaha sirta ah (wuxuu ku bilaabmaa AGE-SECRET-KEY-1)
restore-new-secret = Eray sir ah iyo PIN cusub oo telefoonkan ah
restore-start = Soo celi

## Share

share-nothing-chosen = Waxba lama dooran. Dooro waxaad rabto inaad wadaagto.
share-events = Dhacdooyinka habka
share-documents = Dukumentiyada
share-chronology = Dhacdooyinka noloshayda (taariikh ahaan)
share-questions = Su'aalahayga qareenka
share-photos = Ku dar sawirrada iyo iskaanka dukumentiyada la doortay
share-recipient-key = Furaha qareenka (wuxuu ku bilaabmaa age1)
share-key-invalid = Furahan sax ma aha. Hubi xaraf kasta, ama mar kale iskaan garee koodka QR.
share-scan = Iskaan garee koodka QR ee qareenka
share-use-passphrase = Fure ma jiro: samee eray sir ah oo hal mar ah
share-recipient-name = Magaca qareenka ama qofka
share-create = Samee faylka
share-passphrase-title = Erayga sirta ah ee faylkan
share-passphrase-explain = U sheeg qareenka eraygan. Ha ku dirin isla fariinta faylka. Hal mar oo keliya ayaan ku tusaynaa.
share-passphrase-confirm = Waan bixiyay ama qoray erayga
share-log-title = Hore loo wadaagay
share-log-entry = { $date }, { $name }. Dhacdooyin: { $events }. Dukumentiyo: { $documents }.
share-log-empty = Weli waxba lama wadaagin.

## Print

print-language = Luqadda habkaaga
print-warning = Soo koobiddu ma xirna. Qof kasta oo arka warqadda ama faylka wuu akhrin karaa.
print-start = Daabac
