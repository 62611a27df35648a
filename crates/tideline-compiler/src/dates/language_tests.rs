//! Dates written in the other languages `data/dates.toml` lists: the same
//! rules, filled with each language's words.

use super::test_support::{after, dates_in, nothing, published};
use super::yearless_days;

#[test]
fn french_days_months_and_weekdays() {
    assert_eq!(dates_in("La CNIL a infligé une amende le 12 mars 2024.", &nothing()), ["2024-03-12"]);
    assert_eq!(dates_in("Le décret est paru le 1er janvier 2023.", &nothing()), ["2023-01-01"]);
    assert_eq!(dates_in("Le ministre a parlé lundi 3 juin 2024.", &nothing()), ["2024-06-03"]);
    assert_eq!(dates_in("Publié le 5 févr. 2025", &nothing()), ["2025-02-05"]);
    assert_eq!(dates_in("La loi a été adoptée en août 2021.", &nothing()), ["2021-08"]);
    assert_eq!(dates_in("Le texte a été voté le 14 décembre.", &published("2023-12-20")), ["2023-12-14"]);
    assert_eq!(dates_in("L'autorité a ouvert une enquête en mars.", &published("2023-06-01")), ["2023-03"]);
}

#[test]
fn spanish_dates_join_their_parts_with_de() {
    assert_eq!(dates_in("El Congreso aprobó la ley el 18 de julio de 2025.", &nothing()), ["2025-07-18"]);
    assert_eq!(dates_in("La medida entró en vigor en marzo de 2024.", &nothing()), ["2024-03"]);
    assert_eq!(dates_in("El banco subió la tasa el martes 4 de junio de 2024.", &nothing()), ["2024-06-04"]);
    assert_eq!(dates_in("La fecha límite era el 1 de setiembre del 2022.", &nothing()), ["2022-09-01"]);
    assert_eq!(dates_in("El gobierno lo anunció el 5 de mayo.", &published("2024-05-20")), ["2024-05-05"]);
    // The month is found; "desde" does not yet open a span as "since" does.
    assert_eq!(dates_in("Las ventas cayeron desde enero.", &published("2024-05-20")), ["2024-01"]);
}

#[test]
fn portuguese_italian_and_german_dates() {
    assert_eq!(dates_in("O banco central cortou a taxa em 15 de março de 2023.", &nothing()), ["2023-03-15"]);
    assert_eq!(dates_in("Il governo ha approvato il decreto il 7 luglio 2022.", &nothing()), ["2022-07-07"]);
    assert_eq!(dates_in("Das Kartellamt verhängte am 12. März 2024 ein Bußgeld.", &nothing()), ["2024-03-12"]);
    assert_eq!(dates_in("Die Regel gilt seit Jänner 2021.", &nothing()), ["2021-01"]);
}

#[test]
fn lowercase_month_names_stay_apart_from_english_words() {
    assert!(dates_in("The rover Mars 2020 landed.", &nothing()).iter().all(|d| d == "2020"), "the planet is no month");
    assert_eq!(dates_in("Julio 2020 was his best season.", &nothing()), ["2020"], "a name is no month");
    assert_eq!(dates_in("Article 5 may apply in 2024.", &nothing()), ["2024"], "the modal is no month");
    assert_eq!(dates_in("A March 2024 report found it.", &nothing()), ["2024-03"]);
}

#[test]
fn yearless_days_in_other_languages_take_the_previous_year() {
    let context = after("2021-07-01", Some("2021-12-01"));
    assert_eq!(dates_in("Puis, le 28 juillet, l'autorité a conclu.", &context), ["2021-07-28"]);
    let days = yearless_days("el 5 de mayo y el 1er juin");
    assert_eq!(days.iter().map(|d| (d.month, d.day)).collect::<Vec<_>>(), [(5, 5), (6, 1)]);
}
