# status: machine-drafted
# Les mots des écrans de l'app (Android et iOS). Traduit de
# i18n/en/screens.ftl ; personne ne l'a encore vérifié.

## App name, neutral (the launcher may show it to anyone).

app-name = Passage
app-name-neutral = Notes

## Shared words

common-continue = Continuer
common-back = Retour
common-done = Terminé
common-edit = Modifier
common-add = Ajouter
common-close = Fermer
common-yes = Oui
common-no = Non
common-loading = Un moment, s'il vous plaît…
common-optional = (vous pouvez laisser vide)
common-needs-review = Une machine a traduit ce texte. Personne ne l'a encore vérifié.
common-read-aloud = Lire à voix haute
common-stop-reading = Arrêter la lecture

## First start: choose the language

language-title = Choisissez votre langue
language-hint = Vous pouvez la changer plus tard dans Réglages.

## First start: set up the lock

setup-title = Protégez vos notes
setup-intro = Tout ce que vous écrivez dans Passage reste sur ce téléphone, verrouillé. Choisissez une phrase secrète que vous seul connaissez.
setup-passphrase = Phrase secrète
setup-passphrase-repeat = Écrivez encore une fois la phrase secrète
setup-passphrase-too-short = La phrase secrète est trop courte. Utilisez au moins { $min } caractères.
setup-passphrase-mismatch = Les deux phrases secrètes ne sont pas les mêmes.
setup-pin = Code PIN pour tous les jours (4 à 12 chiffres)
setup-pin-hint = Avec le code PIN, vous ouvrez l'app vite. Si vous oubliez le code PIN, la phrase secrète marche toujours.
setup-pin-invalid = Le code PIN doit avoir de 4 à 12 chiffres.
setup-recovery-title = Vos mots de secours
setup-recovery-intro = Écrivez ces 12 mots sur un papier et gardez le papier dans un endroit sûr. Avec ces mots, vous pouvez ouvrir vos notes si vous oubliez la phrase secrète. Nous les montrons une seule fois.
setup-recovery-confirm = J'ai écrit les mots
setup-creating = Création de votre espace protégé…

## Unlock

unlock-title = Ouvrir Passage
unlock-pin = Code PIN
unlock-passphrase = Phrase secrète ou mots de secours
unlock-use-passphrase = Utiliser la phrase secrète
unlock-use-pin = Utiliser le code PIN
unlock-wrong = Ce n'est pas correct. Essayez encore.
unlock-wait =
    { $seconds ->
        [one] Trop d'essais. Attendez { $seconds } seconde.
       *[other] Trop d'essais. Attendez { $seconds } secondes.
    }
unlock-failures =
    { $count ->
        [one] { $count } essai faux.
       *[other] { $count } essais faux.
    }
unlock-damaged = Passage ne peut pas ouvrir ces données. Rien n'a été supprimé. Demandez de l'aide.

## Home

home-title = Accueil
home-where-am-i = Où vous en êtes
home-next-steps = Ce que vous pouvez faire maintenant
home-deadlines = Dates à venir
home-no-deadlines = Aucune date à venir.
home-read-now = Lire maintenant
home-prepare-interview = Préparer votre entretien personnel
home-documents-to-gather = Documents à rassembler

## Stages of the procedure (from the core's stage id)

stage-not-started = Vous n'avez encore rien écrit.
stage-arrived = Vous êtes en Belgique. Vous n'avez pas encore demandé la protection.
stage-application = Vous avez demandé la protection.
stage-dublin = Un autre pays européen est peut-être responsable de votre demande.
stage-waiting-for-interview = Vous attendez votre entretien personnel.
stage-interview-planned = Votre entretien personnel a une date.
stage-waiting-for-decision = Vous attendez la décision.
stage-negative-decision = Vous avez reçu une décision négative. Vous pouvez faire un recours.
stage-appeal = Vous avez fait un recours.
stage-protected = Vous avez la protection.
stage-subsequent-application = Vous avez fait une nouvelle demande.

## Journal

journal-title = Mon journal
journal-empty = Rien ici pour le moment. Ajoutez ce qui s'est passé, avec la date.
journal-add = Ajouter ce qui s'est passé
journal-edit-title = Ce qui s'est passé
journal-kind = Quoi
journal-date = Date (jour, mois, année)
journal-official-deadline = Date écrite sur la lettre (s'il y en a une)
journal-note = Note
journal-outcome = Type de décision
journal-date-invalid = Cette date n'est pas correcte : { $reason }
journal-deleted = Mis à la corbeille. Vous pouvez le restaurer.
journal-trash = Corbeille

## Deadline detail

deadline-title = Date à retenir
deadline-computed = Notre date calculée
deadline-official = Date sur votre lettre
deadline-letter-prevails = La date sur votre lettre passe toujours en premier.
deadline-explanation = Comment nous avons compté
deadline-sources = Sources
deadline-last-verified = Dernière vérification le { $date }.
deadline-days-left =
    { $days ->
        [one] Encore { $days } jour
       *[other] Encore { $days } jours
    }

## Documents

documents-title = Mes documents
documents-progress = { $done } sur { $total } prêts
documents-add = Ajouter un document
documents-add-photo = Prendre une photo
documents-add-file = Choisir un fichier
documents-status = État
documents-where = Où est l'original ?
documents-since = Depuis
documents-why-not = Pourquoi vous ne pouvez pas l'avoir
documents-attachments = Photos et scans
documents-import-failed = Le fichier n'a pas pu être ajouté : { $reason }
document-status-needed = Encore à trouver
document-status-have-original = J'ai l'original
document-status-have-copy = J'ai une copie
document-status-handed-in = Donné à un service
document-status-returned = Rendu à moi
document-status-not-available = Je ne peux pas l'avoir
document-place-with-me = Avec moi
document-place-with-my-lawyer = Chez mon avocat
document-place-with-cgrs = Au CGRA
document-place-with-immigration-office = À l'Office des étrangers
document-place-lost = Perdu
document-place-other = Ailleurs

## Interview preparation

interview-title = Mon entretien personnel
interview-topics = Sujets
interview-chronology = Mon histoire en dates
interview-questions = Questions pour mon avocat
interview-check = Vérifier mes dates
interview-check-ok = Nous n'avons rien trouvé à vérifier.
interview-check-found =
    { $count ->
        [one] { $count } point à vérifier
       *[other] { $count } points à vérifier
    }
interview-notes-review = Après l'entretien : les notes
interview-add-note = Ajouter une note
interview-add-event = Ajouter une date
interview-add-question = Ajouter une question
interview-answered = Répondu
interview-topic-who-you-are = Qui vous êtes
interview-topic-where-you-come-from = D'où vous venez
interview-topic-life-there = Votre vie dans votre pays
interview-topic-journey = Comment vous êtes venu en Belgique
interview-topic-documents = Vos documents
interview-topic-why-you-left = Pourquoi vous avez quitté votre pays
interview-topic-why-you-cannot-return = Pourquoi vous ne pouvez pas rentrer

## Guide and contacts

guide-title = Guide
guide-search-in = Rechercher en { $language }
contacts-title = Contacts
contacts-call = Appeler
contacts-open-map = Voir sur la carte

## Settings

settings-title = Réglages
settings-language = Langue
settings-lock-timeout = Verrouiller après
settings-lock-never = Jamais
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
settings-lock-seconds = { $seconds } secondes
settings-change-pin = Changer le code PIN
settings-duress-pin = Code PIN d'urgence
settings-duress-explain = Si quelqu'un vous force à ouvrir l'app, tapez ce code PIN. Il ouvre un espace vide à la place de vos notes.
settings-duress-destroy = Supprimer aussi mes vraies notes quand ce code PIN est utilisé
settings-wipe-after = Tout supprimer après trop de codes PIN faux
settings-backup = Faire une sauvegarde
settings-backup-explain = Une sauvegarde est un seul fichier verrouillé. Gardez-la sur une clé USB ou une carte SD. Il faut une phrase secrète pour l'ouvrir.
settings-backup-done = Sauvegarde enregistrée.
settings-restore = Restaurer une sauvegarde
settings-share = Partager avec mon avocat
settings-share-explain = Choisissez ce que vous partagez. Seule la personne qui a la clé ou la phrase secrète à usage unique peut ouvrir le fichier.
settings-summary = Résumé à imprimer
settings-neutral-icon = Nom et icône neutres pour l'app
settings-panic-wipe = Tout supprimer maintenant
settings-panic-wipe-warning = Cela supprime toutes vos notes, tous vos documents et toutes vos photos sur ce téléphone. Personne ne peut les récupérer. Seule une sauvegarde le peut.
settings-panic-wipe-confirm = Oui, tout supprimer

## Lock and privacy

lock-locked = Passage est verrouillé.
privacy-cover = Passage

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = Ce n'est pas correct. Essayez encore.
error-locked = Passage est verrouillé. Ouvrez-le encore.
error-corrupt = Des données sont abîmées. Rien n'a été supprimé. Demandez de l'aide.
error-not-found = Ceci n'a pas été trouvé. Peut-être a-t-il été supprimé.
error-invalid-input = Vérifiez ceci : { $field }.
error-already-exists = Cela existe déjà.
error-unsupported-version = Ce fichier vient d'une version plus récente de Passage. Mettez l'app à jour.
error-retry-later = Attendez { $seconds } secondes et essayez encore.
error-io = Le téléphone n'a pas pu lire ou enregistrer les données. Vérifiez l'espace libre.
error-cancelled = Arrêté.

## Texts the operating system asks for

permission-camera = Passage utilise l'appareil photo seulement quand vous photographiez un document. La photo est verrouillée dans l'app.
permission-notifications = Passage peut vous rappeler des dates. Le rappel ne dit pas à quoi sert la date.

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = Qui vous êtes
documents-section-origin-route = D'où vous venez et votre voyage
documents-section-reasons = Pourquoi vous avez fui
documents-section-procedure = Lettres de la procédure
documents-section-after-recognition = Après avoir reçu une protection

chronology-kind-event = Quelque chose qui s'est passé
chronology-kind-left-country = J'ai quitté mon pays
chronology-kind-arrived-belgium = Je suis arrivé en Belgique
chronology-kind-travel = Une étape de mon voyage

interview-finding-in-the-future = Cette date est après aujourd'hui.
interview-finding-before-birth = Cette date est avant votre date de naissance.
interview-finding-age-does-not-fit = L'âge écrit ici ne va pas avec votre date de naissance et la date de cette ligne.
interview-finding-out-of-order = Cette ligne s'est passée après l'autre, mais sa date est plus tôt.
interview-finding-departure-after-arrival = La date où vous avez quitté votre pays est après la date où vous êtes arrivé en Belgique.
interview-finding-two-places-at-once = Ces deux lignes sont peut-être aux mêmes jours, mais elles donnent des lieux différents.
interview-finding-same-event-different-dates = Ces deux lignes semblent être le même événement, mais leurs dates sont différentes.

settings-wipe-after-warning = Si un code PIN faux est tapé { $count } fois de suite, tout dans cette application est supprimé pour toujours : chaque note, date, document et photo. Personne ne peut le récupérer, même avec votre phrase secrète ou vos mots de secours. Quelqu'un qui prend votre téléphone, ou un enfant qui joue avec, peut causer cela. Activez-le seulement si tout perdre est mieux pour vous que quelqu'un qui le lit.
