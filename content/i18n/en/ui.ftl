# status: original

## Language names, in the reader's language.

language-nl = Dutch
language-fr = French
language-en = English
language-es = Spanish
language-ar = Arabic
language-fa = Farsi
language-ps = Pashto
language-so = Somali
language-ti = Tigrinya

## Layout direction of this language: ltr or rtl (the build checks it).

direction = ltr

## Headings

guide-heading = Guide
glossary-heading = Glossary
contacts-heading = Contacts

## Guide articles
## $language: name of the reader's language; $shown: name of the language shown instead.

guide-fallback-notice = This page is not yet in { $language }. You are reading it in { $shown }.
guide-machine-drafted-notice = A machine translated this page and no person has checked it yet. If something is unclear, ask your lawyer or social worker.
# $date: a date already written out in this language, for example "3 March 2026".
guide-last-verified = Last checked on { $date }.
guide-sources = Sources
guide-related = Read also
guide-topic-procedure = The procedure
guide-topic-interview = The interview
guide-topic-documents = Documents
guide-topic-legal-aid = Legal help
guide-topic-protection = Protection
guide-topic-after-recognition = After recognition
guide-topic-special-situations = Special situations
guide-topic-help = Where to get help

## Search

search-placeholder = Search the guide
search-button = Search
search-no-results = No results. Try another word.
search-result-count =
    { $count ->
        [one] 1 result
       *[other] { $count } results
    }

## Contacts

contact-address = Address
contact-phone = Phone
contact-hours = Opening hours
contact-website = Website

## Buttons

button-save = Save
button-cancel = Cancel
button-delete = Delete
button-restore = Restore
button-lock = Lock
button-unlock = Unlock
