# status: machine-drafted
# Les mots des écrans sauvegarde, restauration, partage avec un avocat et
# impression. Traduit de en/sharing.ftl ; personne ne l'a encore vérifié.

## Backup

backup-passphrase = Phrase secrète du fichier de sauvegarde
backup-passphrase-hint = Avec cette phrase secrète, vous ouvrez la sauvegarde sur un autre téléphone. Ne la gardez pas avec le fichier.
backup-save = Enregistrer la sauvegarde
backup-saved = Sauvegarde enregistrée. Données : { $records }. Fichiers : { $files }.
backup-merge = Ajouter une sauvegarde à mes notes
backup-merge-explain = Ajoute le contenu d'un fichier de sauvegarde aux notes de ce téléphone. Rien n'est effacé.
backup-merged = Ajoutés : { $added }. Mis à jour : { $updated }. Déjà là : { $unchanged }. Changés des deux côtés : { $conflicts }.

## Restore

restore-explain = Pour un nouveau téléphone, ou si vous avez perdu votre téléphone : ouvrez votre fichier de sauvegarde. Puis choisissez une nouvelle phrase secrète et un code PIN pour ce téléphone.
restore-choose-file = Choisir le fichier de sauvegarde
restore-file-chosen = Le fichier de sauvegarde est choisi.
restore-backup-passphrase = Phrase secrète du fichier de sauvegarde
restore-use-key = La sauvegarde est protégée par une clé, pas par une phrase secrète
restore-key = Clé secrète (elle commence par AGE-SECRET-KEY-1)
restore-new-secret = Nouvelle phrase secrète et code PIN pour ce téléphone
restore-start = Restaurer

## Share

share-nothing-chosen = Rien n'est choisi. Choisissez ce que vous voulez partager.
share-events = Événements de la procédure
share-documents = Documents
share-chronology = Les événements de ma vie (chronologie)
share-questions = Mes questions pour l'avocat
share-photos = Ajouter les photos et les scans des documents choisis
share-recipient-key = Clé de l'avocat (elle commence par age1)
share-key-invalid = Cette clé n'est pas correcte. Vérifiez chaque caractère, ou scannez le code QR encore une fois.
share-scan = Scanner le code QR de l'avocat
share-use-passphrase = Il n'y a pas de clé : créer une phrase secrète à usage unique
share-recipient-name = Nom de l'avocat ou de la personne
share-create = Créer le fichier
share-passphrase-title = Phrase secrète de ce fichier
share-passphrase-explain = Dites cette phrase secrète à l'avocat. Ne l'envoyez pas dans le même message que le fichier. Nous la montrons une seule fois.
share-passphrase-confirm = J'ai donné ou écrit la phrase secrète
share-log-title = Déjà partagé
share-log-entry = { $date }, { $name }. Événements : { $events }. Documents : { $documents }.
share-log-empty = Rien n'a encore été partagé.

## Print

print-language = Langue de votre procédure
print-warning = Le résumé n'est pas protégé. Toute personne qui voit le papier ou le fichier peut le lire.
print-start = Imprimer
