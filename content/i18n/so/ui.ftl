# status: machine-drafted

language-nl = Af-Holandi
language-fr = Af-Faransiis
language-en = Af-Ingiriis
language-es = Af-Isbaanish
language-ar = Af-Carabi
language-fa = Af-Faarsi
language-ps = Af-Bashtuun
language-so = Af-Soomaali
language-ti = Af-Tigrinya

direction = ltr

guide-heading = Hagaha
glossary-heading = Qaamuuska ereyada
contacts-heading = Xiriirada

guide-fallback-notice = Boggan weli laguma qorin { $language }. Waxaad ku akhrinaysaa { $shown }.
guide-machine-drafted-notice = Boggan waxaa turjumay mashiin, qofna weli ma hubin. Haddii ay jiraan wax aan caddayn, weydii qareenkaaga ama shaqaalaha bulshada.
guide-last-verified = Markii ugu dambaysay ee la hubiyay: { $date }
guide-sources = Ilaha
guide-related = Sidoo kale akhri
guide-topic-procedure = Habraaca
guide-topic-interview = Wareysiga
guide-topic-documents = Dukumentiyada
guide-topic-legal-aid = Caawimaad sharci
guide-topic-protection = Ilaalin
guide-topic-after-recognition = Kadib aqoonsiga
guide-topic-special-situations = Xaalado gaar ah
guide-topic-help = Halka laga helo caawimaad

search-placeholder = Ka raadi hagaha
search-button = Raadi
search-no-results = Natiijo lama helin. Isku day eray kale.
search-result-count =
    { $count ->
        [one] 1 natiijo
       *[other] { $count } natiijo
    }

contact-address = Cinwaanka
contact-phone = Telefoonka
contact-hours = Saacadaha shaqada
contact-website = Websaydhka

button-save = Kaydi
button-cancel = Jooji
button-delete = Tirtir
button-restore = Soo celi
button-lock = Quful
button-unlock = Fur
