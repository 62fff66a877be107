# status: original
# The words on the app screens (Android and iOS). Both apps take every
# visible text from here through the core (`ui_text`); there is no second
# string table. Plain language, short. Ids: <screen>-<what>.

## App name, neutral (the launcher may show it to anyone).

app-name = Passage
app-name-neutral = Notes

## Shared words

common-continue = Continue
common-back = Back
common-done = Done
common-edit = Edit
common-add = Add
common-close = Close
common-yes = Yes
common-no = No
common-loading = Please wait…
common-optional = (you can leave this empty)
common-needs-review = A machine translated this text. No person has checked it yet.
common-read-aloud = Read aloud
common-stop-reading = Stop reading

## First start: choose the language

language-title = Choose your language
language-hint = You can change it later in Settings.

## First start: set up the lock

setup-title = Protect your notes
setup-intro = Everything you write in Passage stays on this phone, locked. Choose a passphrase that only you know.
setup-passphrase = Passphrase
setup-passphrase-repeat = Write the passphrase again
setup-passphrase-too-short = The passphrase is too short. Use at least { $min } characters.
setup-passphrase-mismatch = The two passphrases are not the same.
setup-pin = PIN code for every day (4 to 12 digits)
setup-pin-hint = With the PIN you open the app fast. The passphrase still works if you forget the PIN.
setup-pin-invalid = The PIN must have 4 to 12 digits.
setup-recovery-title = Your recovery words
setup-recovery-intro = Write these 12 words on paper and keep the paper in a safe place. With them you can open your notes if you forget the passphrase. We show them only this one time.
setup-recovery-confirm = I wrote the words down
setup-creating = Creating your safe space…

## Unlock

unlock-title = Open Passage
unlock-pin = PIN code
unlock-passphrase = Passphrase or recovery words
unlock-use-passphrase = Use the passphrase
unlock-use-pin = Use the PIN code
unlock-wrong = This is not right. Try again.
unlock-wait =
    { $seconds ->
        [one] Too many tries. Wait 1 second.
       *[other] Too many tries. Wait { $seconds } seconds.
    }
unlock-failures =
    { $count ->
        [one] 1 wrong try.
       *[other] { $count } wrong tries.
    }
unlock-damaged = Passage cannot open this data. Nothing was deleted. Ask for help.

## Home

home-title = Home
home-where-am-i = Where you are now
home-next-steps = What to do next
home-deadlines = Coming dates
home-no-deadlines = No dates coming.
home-read-now = Read now
home-prepare-interview = Prepare your interview
home-documents-to-gather = Documents to gather

## Stages of the procedure (from the core's stage id)

stage-not-started = You have not written anything yet.
stage-arrived = You are in Belgium. You have not asked for protection yet.
stage-application = You asked for protection.
stage-dublin = Another European country may be responsible for your application.
stage-waiting-for-interview = You are waiting for your interview.
stage-interview-planned = Your interview has a date.
stage-waiting-for-decision = You are waiting for the decision.
stage-negative-decision = You got a negative decision. You can appeal.
stage-appeal = You appealed.
stage-protected = You have protection.
stage-subsequent-application = You made a new application.

## Journal

journal-title = My journal
journal-empty = Nothing here yet. Add what happened, with the date.
journal-add = Add what happened
journal-edit-title = What happened
journal-kind = What
journal-date = Date (day, month, year)
journal-official-deadline = Date written on the letter (if there is one)
journal-note = Note
journal-outcome = Type of decision
journal-date-invalid = This date is not right: { $reason }
journal-deleted = Moved to the trash. You can restore it.
journal-trash = Trash

## Deadline detail

deadline-title = Date to remember
deadline-computed = Our computed date
deadline-official = Date on your letter
deadline-letter-prevails = The date on your letter always comes first.
deadline-explanation = How we counted
deadline-sources = Sources
deadline-last-verified = Last checked on { $date }.
deadline-days-left =
    { $days ->
        [one] 1 day left
       *[other] { $days } days left
    }

## Documents

documents-title = My documents
documents-progress = { $done } of { $total } ready
documents-add = Add a document
documents-add-photo = Take a photo
documents-add-file = Choose a file
documents-status = Status
documents-where = Where is the original?
documents-since = Since
documents-why-not = Why you cannot get it
documents-attachments = Photos and scans
documents-import-failed = The file could not be added: { $reason }
document-status-needed = Still to find
document-status-have-original = I have the original
document-status-have-copy = I have a copy
document-status-handed-in = Given to an office
document-status-returned = Given back to me
document-status-not-available = I cannot get it
document-place-with-me = With me
document-place-with-my-lawyer = With my lawyer
document-place-with-cgrs = At the CGRS
document-place-with-immigration-office = At the Immigration Office
document-place-lost = Lost
document-place-other = Somewhere else

## Interview preparation

interview-title = My interview
interview-topics = Topics
interview-chronology = My story in dates
interview-questions = Questions for my lawyer
interview-check = Check my dates
interview-check-ok = We found nothing to check.
interview-check-found =
    { $count ->
        [one] 1 thing to check
       *[other] { $count } things to check
    }
interview-notes-review = After the interview: the notes
interview-add-note = Add a note
interview-add-event = Add a date
interview-add-question = Add a question
interview-answered = Answered
interview-topic-who-you-are = Who you are
interview-topic-where-you-come-from = Where you come from
interview-topic-life-there = Your life in your country
interview-topic-journey = How you travelled to Belgium
interview-topic-documents = Your documents
interview-topic-why-you-left = Why you left your country
interview-topic-why-you-cannot-return = Why you cannot go back

## Guide and contacts

guide-title = Guide
guide-search-in = Search in { $language }
contacts-title = Contacts
contacts-call = Call
contacts-open-map = Show on the map

## Settings

settings-title = Settings
settings-language = Language
settings-lock-timeout = Lock after
settings-lock-never = Never
settings-lock-minutes =
    { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
settings-lock-seconds = { $seconds } seconds
settings-change-pin = Change the PIN code
settings-duress-pin = Emergency PIN code
settings-duress-explain = If someone forces you to open the app, type this PIN. It opens an empty space instead of your notes.
settings-duress-destroy = Also delete my real notes when this PIN is used
settings-wipe-after = Delete everything after too many wrong PIN codes
settings-backup = Save a backup
settings-backup-explain = A backup is one locked file. Keep it on a USB stick or an SD card. You need a passphrase to open it.
settings-backup-done = Backup saved.
settings-restore = Restore a backup
settings-share = Share with my lawyer
settings-share-explain = Choose what to share. Only the person with the key or the one-time passphrase can open the file.
settings-summary = Summary to print
settings-neutral-icon = Neutral app name and icon
settings-panic-wipe = Delete everything now
settings-panic-wipe-warning = This deletes all your notes, documents and photos on this phone. Nobody can bring them back. Only a backup can.
settings-panic-wipe-confirm = Yes, delete everything

## Lock and privacy

lock-locked = Passage is locked.
privacy-cover = Passage

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = This is not right. Try again.
error-locked = Passage is locked. Open it again.
error-corrupt = Some data is damaged. Nothing was deleted. Ask for help.
error-not-found = This was not found. Maybe it was deleted.
error-invalid-input = Please check this: { $field }.
error-already-exists = This already exists.
error-unsupported-version = This file is from a newer version of Passage. Update the app.
error-retry-later = Wait { $seconds } seconds and try again.
error-io = The phone could not read or save the data. Check the free space.
error-cancelled = Stopped.

## Texts the operating system asks for

permission-camera = Passage uses the camera only when you take a photo of a document. The photo is locked in the app.
permission-notifications = Passage can remind you of dates. The reminder does not say what the date is for.

## Values from the core, in the reader's language
# common-date: a day written out by the core (message argument of type date).
# documents-section-<id>: the checklist's sections; chronology-kind-<id>: the
# kinds of a life event; interview-finding-<kind>: the consistency check's
# findings (never the person's own words); settings-wipe-after-warning: shown
# before "delete everything after { $count } wrong PIN codes" is turned on.
common-date = { $date }

documents-section-identity = Who you are
documents-section-origin-route = Where you come from and your journey
documents-section-reasons = Why you fled
documents-section-procedure = Letters of the procedure
documents-section-after-recognition = After you get protection

chronology-kind-event = Something that happened
chronology-kind-left-country = I left my country
chronology-kind-arrived-belgium = I arrived in Belgium
chronology-kind-travel = A step of my journey

interview-finding-in-the-future = This date is after today.
interview-finding-before-birth = This date is before your date of birth.
interview-finding-age-does-not-fit = The age in this entry does not fit your date of birth and the date of the entry.
interview-finding-out-of-order = This entry happened after the other one, but its date is earlier.
interview-finding-departure-after-arrival = The date you left your country is after the date you arrived in Belgium.
interview-finding-two-places-at-once = These two entries may be on the same days, but they name different places.
interview-finding-same-event-different-dates = These two entries seem to be the same event, but their dates are different.

settings-wipe-after-warning = If a wrong PIN code is typed { $count } times in a row, everything in this app is deleted for good: every note, date, document and photo. Nobody can bring it back, not even with your passphrase or your recovery words. Someone who takes your phone, or a child who plays with it, can make this happen. Turn it on only if losing everything is better for you than someone reading it.
