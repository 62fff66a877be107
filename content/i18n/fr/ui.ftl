# status: machine-drafted

language-nl = néerlandais
language-fr = français
language-en = anglais
language-es = espagnol
language-ar = arabe
language-fa = farsi
language-ps = pachto
language-so = somali
language-ti = tigrigna

direction = ltr

guide-heading = Guide
glossary-heading = Glossaire
contacts-heading = Contacts

guide-fallback-notice = Cette page n'existe pas encore en { $language }. Vous la lisez en { $shown }.
guide-machine-drafted-notice = Une machine a traduit cette page et personne ne l'a encore vérifiée. Si quelque chose n'est pas clair, demandez à votre avocat ou à votre assistant social.
guide-last-verified = Dernière vérification le { $date }.
guide-sources = Sources
guide-related = Lire aussi
guide-topic-procedure = La procédure
guide-topic-interview = L'entretien
guide-topic-documents = Les documents
guide-topic-legal-aid = Aide juridique
guide-topic-protection = La protection
guide-topic-after-recognition = Après la reconnaissance
guide-topic-special-situations = Situations particulières
guide-topic-help = Où trouver de l'aide

search-placeholder = Rechercher dans le guide
search-button = Rechercher
search-no-results = Aucun résultat. Essayez un autre mot.
search-result-count =
    { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }

contact-address = Adresse
contact-phone = Téléphone
contact-hours = Heures d'ouverture
contact-website = Site web

button-save = Enregistrer
button-cancel = Annuler
button-delete = Supprimer
button-restore = Restaurer
button-lock = Verrouiller
button-unlock = Déverrouiller
