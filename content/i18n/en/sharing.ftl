# status: original
# Words of the backup, restore, share-with-a-lawyer and print screens
# (Android and iOS). The titles are settings-backup, settings-restore,
# settings-share and settings-summary of screens.ftl.

## Backup

backup-passphrase = Passphrase for the backup file
backup-passphrase-hint = You need this passphrase to open the backup on another phone. Keep it apart from the file.
backup-save = Save the backup
# $records: saved notes, events and documents; $files: photos and scans.
backup-saved = Backup saved. Records: { $records }. Files: { $files }.
backup-merge = Add a backup to my notes
backup-merge-explain = Adds what is in a backup file to the notes on this phone. Nothing is deleted.
backup-merged = Added: { $added }. Updated: { $updated }. Already here: { $unchanged }. Changed on both sides: { $conflicts }.

## Restore (first start on a new or lost phone)

restore-explain = For a new phone, or after you lost your phone: open your backup file. Then choose a new passphrase and PIN code for this phone.
restore-choose-file = Choose the backup file
restore-file-chosen = The backup file is chosen.
restore-backup-passphrase = Passphrase of the backup file
restore-use-key = The backup is locked with a key, not with a passphrase
restore-key = Secret key (it starts with AGE-SECRET-KEY-1)
restore-new-secret = New passphrase and PIN code for this phone
restore-start = Restore

## Share with a lawyer

share-nothing-chosen = Nothing is chosen. Choose what you want to share.
share-events = Events of the procedure
share-documents = Documents
share-chronology = My life events (chronology)
share-questions = My questions for the lawyer
share-photos = Add the photos and scans of the chosen documents
share-recipient-key = Key of the lawyer (it starts with age1)
share-key-invalid = This key is not right. Check every character, or scan the QR code again.
share-scan = Scan the QR code of the lawyer
share-use-passphrase = There is no key: make a one-time passphrase
share-recipient-name = Name of the lawyer or the person
share-create = Make the file
share-passphrase-title = Passphrase for this file
share-passphrase-explain = Tell this passphrase to the lawyer. Do not send it in the same message as the file. We show it only this one time.
share-passphrase-confirm = I gave or wrote down the passphrase
share-log-title = Shared before
# $date: the day; $name: who received it; $events, $documents: counts.
share-log-entry = { $date }, { $name }. Events: { $events }. Documents: { $documents }.
share-log-empty = Nothing was shared yet.

## Printable summary

print-language = Language of your procedure
print-warning = The summary is not locked. Anyone who sees the paper or the file can read it.
print-start = Print
