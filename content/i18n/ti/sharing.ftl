# status: machine-drafted
# ቃላት ናይ ሓለዋ ቅዳሕ፡ ምምላስ፡ ምስ ጠበቓ ምክፋልን ምሕታምን ገጻት።
# ካብ en/sharing.ftl ዝተተርጎመ፤ ገና ሰብ ኣይረኣዮን።

## Backup

backup-passphrase = ምስጢራዊ ሓረግ ንፋይል ሓለዋ ቅዳሕ
backup-passphrase-hint = በዚ ሓረግ ነቲ ሓለዋ ቅዳሕ ኣብ ካልእ ተሌፎን ትኸፍትዎ። ምስቲ ፋይል ኣይተቐምጥዎ።
backup-save = ሓለዋ ቅዳሕ ዓቅብ
backup-saved = ሓለዋ ቅዳሕ ተዓቒቡ። ሓበሬታ፡ { $records }። ፋይላት፡ { $files }።
backup-merge = ሓለዋ ቅዳሕ ናብ መዘኻኸሪታተይ ወስኽ
backup-merge-explain = ኣብ ፋይል ሓለዋ ቅዳሕ ዘሎ ናብ መዘኻኸሪታት ናይዚ ተሌፎን ይውስኽ። ዝድምሰስ የለን።
backup-merged = ተወሲኹ፡ { $added }። ተሓዲሱ፡ { $updated }። ቀደም ነይሩ፡ { $unchanged }። ኣብ ክልቲኡ ወገን ተቐይሩ፡ { $conflicts }።

## Restore

restore-explain = ንሓድሽ ተሌፎን፡ ወይ ተሌፎንኩም እንተጠፊኡ፡ ፋይል ሓለዋ ቅዳሕኩም ክፈቱ። ድሕሪኡ ንዚ ተሌፎን ሓድሽ ምስጢራዊ ሓረግን PIN ኮድን ምረጹ።
restore-choose-file = ፋይል ሓለዋ ቅዳሕ ምረጽ
restore-file-chosen = ፋይል ሓለዋ ቅዳሕ ተመሪጹ።
restore-backup-passphrase = ምስጢራዊ ሓረግ ናይ ፋይል ሓለዋ ቅዳሕ
restore-use-key = ሓለዋ ቅዳሕ ብመፍትሕ እዩ ተዓጽዩ፡ ብሓረግ ኣይኮነን
restore-key = ምስጢራዊ መፍትሕ (ብ AGE-SECRET-KEY-1 ይጅምር)
restore-new-secret = ንዚ ተሌፎን ሓድሽ ምስጢራዊ ሓረግን PIN ኮድን
restore-start = መልስ

## Share

share-nothing-chosen = ዝተመረጸ የለን። ከተካፍልዎ እትደልዩ ምረጹ።
share-events = ፍጻመታት ናይቲ መስርሕ
share-documents = ሰነዳት
share-chronology = ፍጻመታት ህይወተይ (ብግዜ ተኸታቲሉ)
share-questions = ሕቶታተይ ንጠበቓ
share-photos = ስእልታትን ስካንን ናይቶም ዝተመረጹ ሰነዳት ወስኽ
share-recipient-key = መፍትሕ ናይ ጠበቓ (ብ age1 ይጅምር)
share-key-invalid = እዚ መፍትሕ ቅኑዕ ኣይኮነን። ነፍሲ ወከፍ ፊደል ኣረጋግጹ፡ ወይ QR ኮድ እንደገና ስካን ግበሩ።
share-scan = QR ኮድ ናይ ጠበቓ ስካን ግበር
share-use-passphrase = መፍትሕ የለን፡ ንሓደ ግዜ ዝኸውን ሓረግ ስራሕ
share-recipient-name = ስም ናይ ጠበቓ ወይ ናይቲ ሰብ
share-create = ፋይል ስራሕ
share-passphrase-title = ምስጢራዊ ሓረግ ናይዚ ፋይል
share-passphrase-explain = ነዚ ሓረግ ንጠበቓ ንገሩ። ምስቲ ፋይል ኣብ ሓደ መልእኽቲ ኣይትስደዱዎ። ሓንሳብ ጥራይ ኢና ነርእዮ።
share-passphrase-confirm = ነቲ ሓረግ ሂበዮ ወይ ጽሒፈዮ
share-log-title = ቅድሚ ሕጂ ዝተኻፈለ
share-log-entry = { $date }፡ { $name }። ፍጻመታት፡ { $events }። ሰነዳት፡ { $documents }።
share-log-empty = ገና ዝተኻፈለ የለን።

## Print

print-language = ቋንቋ ናይ መስርሕኩም
print-warning = እቲ ጽማቕ ኣይተዓጽወን። ነቲ ወረቐት ወይ ፋይል ዝረኣየ ዝኾነ ሰብ ከንብቦ ይኽእል።
print-start = ሕተም
