# status: machine-drafted
# Soo koobidda kiiska ee la daabacan karo (Passage core, qaybta summary).

summary-title = Soo koobidda kiiska
summary-made-on = Waxaa la sameeyay { $date } iyadoo la adeegsanayo Passage.
summary-second-part = Hoos: isla soo koobiddan oo ku qoran { $language }.
summary-part-intro = Tani waa isla soo koobiddii. Qoraallada go'an waxay ku qoran yihiin luqaddan. Wixii qofku qoray waxaa loo muujiyay sidii uu u qoray.
summary-machine-drafted = Mashiin ayaa turjumay qoraallada go'an ee qaybtan. Qofna weli ma hubin. Erayada qofka waxaa loo muujiyay sidii uu u qoray.
summary-user-text-note = Erayada sanduuqyada ku jira waa erayada qofka, sidii uu u qoray.

summary-timeline-heading = Taariikhda habka codsiga
summary-col-date = Taariikh
summary-col-event = Waxa dhacay
summary-col-details = Faahfaahin
summary-timeline-empty = Wax dhacdo ah ma jiraan.
summary-official-deadline = Taariikhda warqadda: { $date }
summary-registered-letter = Waxay ku timid warqad diiwaangashan.
summary-recorded-yes = Wareysiga waa la duubay.
summary-recorded-no = Wareysiga lama duubin.
summary-present = Joogay:
summary-present-interpreter = turjubaan
summary-present-lawyer = qareen
summary-present-trusted-person = qof la aamini karo
summary-present-social-worker = shaqaale bulsho
summary-present-other = qof kale

summary-deadlines-heading = Waqtiyada soo socda
summary-deadlines-intro = Passage ayaa taariikhahan ka xisaabiyay dhacdooyinka sare. Waa talooyin. Taariikhda ku qoran warqad rasmi ah ayaa mar walba ka horreysa.
summary-deadlines-empty = Waqti furan ma jiro.
summary-deadline-date = Maalinta ugu dambeysa: { $date }
summary-deadline-not-binding = Tani waa hadaf, ma aha waqti adag.

summary-documents-heading = Dukumentiyada iyo meesha asalka mid walba uu yaal
summary-col-document = Dukumenti
summary-col-status = Xaalad
summary-col-original = Meesha asalku yaal
summary-documents-empty = Dukumenti ma jiro.
summary-since = laga bilaabo { $date }
summary-why-not-available = Sababta aan loo heli karin:
summary-files = Faylal:
summary-status-needed = Weli waa loo baahan yahay
summary-status-have-original = Asalka ayuu haystaa
summary-status-have-copy = Nuqul keliya ayuu haystaa
summary-status-handed-in = Waxaa la siiyay hay'ad dowladeed
summary-status-returned = Hay'addu way soo celisay
summary-status-not-available = Lama heli karo
summary-location-with-me = Qofka ayaa haya
summary-location-with-my-lawyer = Qareenka ayaa haya
summary-location-with-cgrs = Waxay taal CGRS
summary-location-with-immigration-office = Waxay taal Xafiiska Socdaalka
summary-location-lost = Wuu lumay
summary-location-other = Meel kale
summary-location-unknown = Lama qorin

summary-chronology-heading = Dhacdooyinka nolosha (taxane)
summary-col-place = Meel
summary-col-people = Dad
summary-col-what-happened = Waxa dhacay
summary-chronology-empty = Dhacdo nololeed ma jirto.
summary-date-about = qiyaastii
summary-date-unknown = Taariikhda lama yaqaan
summary-age = Da'da: { $age }

summary-questions-heading = Su'aalaha qareenka
summary-questions-empty = Su'aalo ma jiraan.
summary-question-answered = Waa la jawaabay
summary-question-open = Weli lagama jawaabin
summary-answer = Jawaab:

summary-footer = Taariikhaha Passage xisaabiyo waa talooyin, ma aha talo sharci ah. Taariikhda ku qoran warqad rasmi ah ayaa mar walba ka horreysa.
