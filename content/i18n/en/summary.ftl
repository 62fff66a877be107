# status: original
# The printable case summary (Passage core, summary module). It is read by
# the person, their lawyer or social worker. Dates are written out by the
# app in the reader's language.

summary-title = Case summary
# $date: the day the summary was made.
summary-made-on = Made on { $date } with Passage.
# $language: the name of the procedure language (Dutch or French).
summary-second-part = Below: the same summary in { $language }.
summary-part-intro = This is the same summary. The fixed texts are in this language. What the person wrote is shown as they wrote it.
summary-machine-drafted = A machine translated the fixed texts of this part. No person has checked them yet. The person's own words are shown as they wrote them.
summary-user-text-note = Words in the boxes are the person's own words, as they wrote them.

summary-timeline-heading = Timeline of the procedure
summary-col-date = Date
summary-col-event = What happened
summary-col-details = Details
summary-timeline-empty = No events.
# $date: the date printed on the official letter.
summary-official-deadline = Date on the letter: { $date }
summary-registered-letter = Came by registered letter.
summary-recorded-yes = The interview was recorded.
summary-recorded-no = The interview was not recorded.
summary-present = Present:
summary-present-interpreter = interpreter
summary-present-lawyer = lawyer
summary-present-trusted-person = trusted person
summary-present-social-worker = social worker
summary-present-other = other person

summary-deadlines-heading = Deadlines coming up
summary-deadlines-intro = Passage computed these dates from the events above. They are suggestions. The date on an official letter always comes first.
summary-deadlines-empty = No open deadlines.
# $date: the date that counts (from the letter, or computed).
summary-deadline-date = Last day: { $date }
summary-deadline-not-binding = This is an aim, not a strict deadline.

summary-documents-heading = Documents and where each original is
summary-col-document = Document
summary-col-status = Status
summary-col-original = Where the original is
summary-documents-empty = No documents.
# $date: since when the original is there.
summary-since = since { $date }
summary-why-not-available = Why it is not available:
summary-files = Files:
summary-status-needed = Still needed
summary-status-have-original = Has the original
summary-status-have-copy = Has only a copy
summary-status-handed-in = Handed in to an authority
summary-status-returned = Given back by the authority
summary-status-not-available = Cannot be obtained
summary-location-with-me = With the person
summary-location-with-my-lawyer = With the lawyer
summary-location-with-cgrs = At the CGRS
summary-location-with-immigration-office = At the Immigration Office
summary-location-lost = Lost
summary-location-other = Somewhere else
summary-location-unknown = Not entered

summary-chronology-heading = Life events (chronology)
summary-col-place = Place
summary-col-people = People
summary-col-what-happened = What happened
summary-chronology-empty = No life events.
summary-date-about = about
summary-date-unknown = Date not known
# $age: the person's age at the time.
summary-age = Age: { $age }

summary-questions-heading = Questions for the lawyer
summary-questions-empty = No questions.
summary-question-answered = Answered
summary-question-open = Not answered yet
summary-answer = Answer:

summary-footer = Dates computed by Passage are suggestions, not legal advice. The date on an official letter always comes first.
