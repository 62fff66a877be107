# status: machine-drafted
# Palabras de las pantallas de copia de seguridad, restaurar, compartir con
# un abogado e imprimir. Traducido de en/sharing.ftl; nadie lo ha revisado.

## Backup

backup-passphrase = Frase de contraseña del archivo de copia
backup-passphrase-hint = Con esta frase abre la copia en otro teléfono. No la guarde junto con el archivo.
backup-save = Guardar la copia de seguridad
backup-saved = Copia guardada. Datos: { $records }. Archivos: { $files }.
backup-merge = Añadir una copia a mis notas
backup-merge-explain = Añade lo que hay en un archivo de copia a las notas de este teléfono. No se borra nada.
backup-merged = Añadidos: { $added }. Actualizados: { $updated }. Ya estaban: { $unchanged }. Cambiados en los dos lados: { $conflicts }.

## Restore

restore-explain = Para un teléfono nuevo, o si perdió su teléfono: abra su archivo de copia. Después elija una nueva frase de contraseña y un PIN para este teléfono.
restore-choose-file = Elegir el archivo de copia
restore-file-chosen = El archivo de copia está elegido.
restore-backup-passphrase = Frase de contraseña del archivo de copia
restore-use-key = La copia está protegida con una clave, no con una frase
restore-key = Clave secreta (empieza por AGE-SECRET-KEY-1)
restore-new-secret = Nueva frase de contraseña y PIN para este teléfono
restore-start = Restaurar

## Share

share-nothing-chosen = No hay nada elegido. Elija lo que quiere compartir.
share-events = Hechos del procedimiento
share-documents = Documentos
share-chronology = Los hechos de mi vida (cronología)
share-questions = Mis preguntas para el abogado
share-photos = Añadir las fotos y escaneos de los documentos elegidos
share-recipient-key = Clave del abogado (empieza por age1)
share-key-invalid = Esta clave no es correcta. Revise cada carácter, o escanee el código QR otra vez.
share-scan = Escanear el código QR del abogado
share-use-passphrase = No hay clave: crear una frase de un solo uso
share-recipient-name = Nombre del abogado o de la persona
share-create = Crear el archivo
share-passphrase-title = Frase de contraseña de este archivo
share-passphrase-explain = Diga esta frase al abogado. No la envíe en el mismo mensaje que el archivo. La mostramos solo esta vez.
share-passphrase-confirm = Di o anoté la frase
share-log-title = Compartido antes
share-log-entry = { $date }, { $name }. Hechos: { $events }. Documentos: { $documents }.
share-log-empty = Todavía no se ha compartido nada.

## Print

print-language = Idioma de su procedimiento
print-warning = El resumen no está protegido. Cualquier persona que vea el papel o el archivo puede leerlo.
print-start = Imprimir
