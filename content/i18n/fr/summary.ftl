# status: machine-drafted
# Le résumé imprimable du dossier (Passage core, module summary).

summary-title = Résumé du dossier
summary-made-on = Fait le { $date } avec Passage.
summary-second-part = Plus bas : le même résumé en { $language }.
summary-part-intro = C’est le même résumé. Les textes fixes sont dans cette langue. Ce que la personne a écrit est montré tel qu’elle l’a écrit.
summary-machine-drafted = Une machine a traduit les textes fixes de cette partie. Personne ne les a encore vérifiés. Les mots de la personne sont montrés tels qu’elle les a écrits.
summary-user-text-note = Les mots dans les cadres sont les mots de la personne, tels qu’elle les a écrits.

summary-timeline-heading = Ligne du temps de la procédure
summary-col-date = Date
summary-col-event = Ce qui s’est passé
summary-col-details = Détails
summary-timeline-empty = Aucun événement.
summary-official-deadline = Date sur la lettre : { $date }
summary-registered-letter = Reçu par lettre recommandée.
summary-recorded-yes = L’entretien a été enregistré.
summary-recorded-no = L’entretien n’a pas été enregistré.
summary-present = Présents :
summary-present-interpreter = interprète
summary-present-lawyer = avocat
summary-present-trusted-person = personne de confiance
summary-present-social-worker = assistant social
summary-present-other = autre personne

summary-deadlines-heading = Délais à venir
summary-deadlines-intro = Passage a calculé ces dates à partir des événements ci-dessus. Ce sont des suggestions. La date sur une lettre officielle passe toujours en premier.
summary-deadlines-empty = Aucun délai ouvert.
summary-deadline-date = Dernier jour : { $date }
summary-deadline-not-binding = C’est un objectif, pas un délai strict.

summary-documents-heading = Documents et où se trouve chaque original
summary-col-document = Document
summary-col-status = État
summary-col-original = Où est l’original
summary-documents-empty = Aucun document.
summary-since = depuis le { $date }
summary-why-not-available = Pourquoi il n’est pas disponible :
summary-files = Fichiers :
summary-status-needed = Encore nécessaire
summary-status-have-original = A l’original
summary-status-have-copy = A seulement une copie
summary-status-handed-in = Remis à une autorité
summary-status-returned = Rendu par l’autorité
summary-status-not-available = Impossible à obtenir
summary-location-with-me = Chez la personne
summary-location-with-my-lawyer = Chez l’avocat
summary-location-with-cgrs = Au CGRA
summary-location-with-immigration-office = À l’Office des étrangers
summary-location-lost = Perdu
summary-location-other = Ailleurs
summary-location-unknown = Non indiqué

summary-chronology-heading = Événements de la vie (chronologie)
summary-col-place = Lieu
summary-col-people = Personnes
summary-col-what-happened = Ce qui s’est passé
summary-chronology-empty = Aucun événement.
summary-date-about = environ
summary-date-unknown = Date inconnue
summary-age = Âge : { $age }

summary-questions-heading = Questions pour l’avocat
summary-questions-empty = Aucune question.
summary-question-answered = Répondu
summary-question-open = Pas encore de réponse
summary-answer = Réponse :

summary-footer = Les dates calculées par Passage sont des suggestions, pas un avis juridique. La date sur une lettre officielle passe toujours en premier.
