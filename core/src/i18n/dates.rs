//! Dates written out in each language: day, month name, year.
//!
//! Digits are always Western (0-9), in every language, so that a date in
//! the app looks like the date printed on a Belgian letter. Month names
//! are the Gregorian ones of each language (CLDR "format wide" names; for
//! Farsi the Iranian forms, for Pashto the Afghan ones).

use chrono::{Datelike, NaiveDate};

use super::Language;

const NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const FA: [&str; 12] = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];
const PS: [&str; 12] = [
    "جنوري",
    "فبروري",
    "مارچ",
    "اپریل",
    "مۍ",
    "جون",
    "جولای",
    "اګست",
    "سېپتمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];
const SO: [&str; 12] = [
    "Janaayo",
    "Febraayo",
    "Maarso",
    "Abriil",
    "May",
    "Juun",
    "Luuliyo",
    "Ogost",
    "Sebtembar",
    "Oktoobar",
    "Nofeembar",
    "Desembar",
];
const TI: [&str; 12] = [
    "ጥሪ",
    "ለካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ግንቦት",
    "ሰነ",
    "ሓምለ",
    "ነሓሰ",
    "መስከረም",
    "ጥቅምቲ",
    "ሕዳር",
    "ታሕሳስ",
];

/// The name of month `month` (1-12) in `language`.
pub fn month_name(language: Language, month: u32) -> &'static str {
    let names = match language {
        Language::Nl => &NL,
        Language::Fr => &FR,
        Language::En => &EN,
        Language::Es => &ES,
        Language::Ar => &AR,
        Language::Fa => &FA,
        Language::Ps => &PS,
        Language::So => &SO,
        Language::Ti => &TI,
    };
    let index = month.clamp(1, 12) as usize - 1;
    names[index]
}

/// `date` written out in `language`: "3 March 2026", "1er mars 2026",
/// "3 de marzo de 2026", "3 مارس 2026", "3 መጋቢት 2026".
pub fn format_date(date: NaiveDate, language: Language) -> String {
    let day = date.day();
    let month = month_name(language, date.month());
    let year = date.year();
    match language {
        Language::Fr if day == 1 => format!("1er {month} {year}"),
        Language::Es => format!("{day} de {month} de {year}"),
        _ => format!("{day} {month} {year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn writes_day_month_name_and_year_in_each_language() {
        let d = date(2026, 3, 3);
        assert_eq!(format_date(d, Language::En), "3 March 2026");
        assert_eq!(format_date(d, Language::Fr), "3 mars 2026");
        assert_eq!(format_date(d, Language::Nl), "3 maart 2026");
        assert_eq!(format_date(d, Language::Es), "3 de marzo de 2026");
        assert_eq!(format_date(d, Language::Ar), "3 مارس 2026");
        assert_eq!(format_date(d, Language::Fa), "3 مارس 2026");
        assert_eq!(format_date(d, Language::Ps), "3 مارچ 2026");
        assert_eq!(format_date(d, Language::So), "3 Maarso 2026");
        assert_eq!(format_date(d, Language::Ti), "3 መጋቢት 2026");
        assert_eq!(format_date(date(2026, 8, 1), Language::Fr), "1er août 2026");
        assert_eq!(
            format_date(date(2026, 12, 31), Language::Nl),
            "31 december 2026"
        );
    }

    #[test]
    fn every_language_has_twelve_distinct_month_names() {
        for language in Language::ALL {
            let names: std::collections::BTreeSet<_> =
                (1..=12).map(|m| month_name(language, m)).collect();
            assert_eq!(names.len(), 12, "{language}");
        }
    }
}
