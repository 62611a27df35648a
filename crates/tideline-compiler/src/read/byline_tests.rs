//! Tests of byline separation, one per kind of byline line.

use super::*;

fn block(text: &str, line: u32) -> Block {
    Block { text: text.to_owned(), line, heading: false }
}

fn separate(texts: &[&str]) -> (Separated, FileMetadata) {
    let blocks = texts.iter().zip(1..).map(|(t, l)| block(t, l)).collect();
    let mut meta = FileMetadata::default();
    (separate_bylines(blocks, &mut meta), meta)
}

fn texts(blocks: &[Block]) -> Vec<&str> {
    blocks.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn posted_by_written_by_reading_time_is_a_byline_naming_the_author() {
    let (sep, meta) = separate(&["Posted by Written by Giulia Interesse Reading Time: 5 minutes", "Body text here."]);
    assert_eq!(texts(&sep.byline), ["Posted by Written by Giulia Interesse Reading Time: 5 minutes"]);
    assert_eq!(texts(&sep.blocks), ["Body text here."]);
    assert_eq!(meta.authors, ["Giulia Interesse"]);
}

#[test]
fn by_name_and_date_is_a_byline() {
    let (sep, meta) = separate(&["By Jane Doe | 2 September 2021", "Body."]);
    assert_eq!(sep.byline.len(), 1);
    assert_eq!(meta.authors, ["Jane Doe"]);
}

#[test]
fn by_followed_by_a_month_is_body_text() {
    let (sep, meta) = separate(&["By December, the regulator had fined 14 firms.", "Body."]);
    assert!(sep.byline.is_empty());
    assert!(meta.authors.is_empty());
}

#[test]
fn date_only_lines_are_bylines() {
    for line in [
        "Posted: 2023-01-17",
        "Monday, 28 December 2020",
        "发布日期：2021年10月9日",
        "Updated 5:30 p.m. GMT, Jan. 5, 2023",
        "Last modified: 15 April 2025 09:20 BST",
        "Publié le 12 mars 2024 à 10h30",
        "Mis à jour le 3 avril 2024",
        "Publicado el 18 de julio de 2025",
        "martes, 4 de junio de 2024",
        "Veröffentlicht am 12. März 2024, 09:15 Uhr",
        "Current as of 28 January 2021",
        "*Posted December 20, 2023 by Étienne Laroche, Signal & Noise.*",
        "Issued 15 December 2024 by the media office of the Transit Commission",
    ] {
        let (sep, _) = separate(&[line, "Body."]);
        assert_eq!(texts(&sep.byline), [line], "{line}");
    }
}

#[test]
fn a_line_of_parts_with_a_days_date_is_a_dateline_or_a_masthead() {
    for line in ["Hanoi, 2 July 2024 - By Minh Anh Tran, Hanoi correspondent", "A bilingual weekly on railways - Friday 31 January 2025 - No. 142"] {
        let (sep, _) = separate(&[line, "Body."]);
        assert_eq!(texts(&sep.byline), [line], "{line}");
    }
    for body in [
        "12 December 2015 - Delegates adopt the agreement",
        "Hanoi, 2 July 2024 - The assembly passed the law.",
        "Hanoi, July 2024 - a month of votes",
    ] {
        let (sep, _) = separate(&[body, "Body."]);
        assert!(sep.byline.is_empty(), "{body}: an entry opening with its date, a sentence, a month");
    }
}

#[test]
fn a_labelled_sentence_without_a_date_is_body_text() {
    let body = "Published reports said the regulator would act before the summer.";
    let (sep, _) = separate(&[body, "Suite."]);
    assert!(sep.byline.is_empty(), "{:?}", texts(&sep.byline));
}

#[test]
fn a_year_alone_heads_a_chronology_and_is_no_date_line() {
    let (sep, _) = separate(&["2019", "10 March - The plane crashed.", "2020:", "Body."]);
    assert!(sep.byline.is_empty(), "{:?}", texts(&sep.byline));
}

#[test]
fn a_sentence_in_another_language_is_not_a_date_line() {
    let body = "Le 12 mars 2024, la CNIL a infligé une amende de 10 millions d'euros à la société.";
    let (sep, _) = separate(&[body, "Suite."]);
    assert!(sep.byline.is_empty(), "{:?}", texts(&sep.byline));
}

#[test]
fn a_wire_dateline_names_the_publisher_and_the_block_stays() {
    let first = "BEIJING (Reuters) -China on Wednesday sent another strong signal.";
    let (sep, meta) = separate(&[first, "More."]);
    assert_eq!(meta.publisher.as_deref(), Some("Reuters"));
    assert_eq!(texts(&sep.blocks)[0], first);
}

#[test]
fn reporting_credit_names_reporters_but_not_editors() {
    let credit = "(Reporting by Ella Cao, Brenda Goh, Ellen Zhang, Ethan Wang and Ryan WooEditing by Barbara Lewis and Mark Potter)";
    let (sep, meta) = separate(&["Body.", credit]);
    assert_eq!(texts(&sep.byline), [credit]);
    assert_eq!(meta.authors, ["Ella Cao", "Brenda Goh", "Ellen Zhang", "Ethan Wang", "Ryan Woo"]);
}

#[test]
fn semicolon_credit_is_read() {
    let (_, meta) = separate(&["Body.", "Reporting by A. Smith and Bo Li; Editing by Kim Coghill"]);
    assert_eq!(meta.authors, ["A. Smith", "Bo Li"]);
}

#[test]
fn a_credit_closing_the_last_paragraph_is_detached() {
    let (sep, meta) = separate(&["Body one.", "He said so. (Reporting by Jane Doe; Editing by Tom Roe)"]);
    assert_eq!(texts(&sep.blocks), ["Body one.", "He said so."]);
    assert_eq!(meta.authors, ["Jane Doe"]);
}

#[test]
fn author_label_names_author_and_publisher() {
    let (sep, meta) = separate(&["Body one.", "Body two.", "Author: Xinmei Shen, SCMP"]);
    assert_eq!(sep.byline.len(), 1);
    assert_eq!(meta.authors, ["Xinmei Shen"]);
    assert_eq!(meta.publisher.as_deref(), Some("SCMP"));
}

#[test]
fn furniture_lines_are_dropped() {
    let (sep, _) = separate(&["Share this", "Body.", "Read more »"]);
    assert_eq!(texts(&sep.blocks), ["Body."]);
    assert!(sep.byline.is_empty());
    assert_eq!(sep.left_out.len(), 1, "named, not silently lost: {:?}", sep.left_out);
    assert!(sep.left_out[0].1.contains("\"Share this\" (line 1)") && sep.left_out[0].1.contains("\"Read more »\" (line 3)"), "{:?}", sep.left_out);
}

#[test]
fn about_us_and_what_follows_are_cut_with_their_publisher_noted() {
    let (sep, meta) = separate(&[
        "Body one.",
        "Body two.",
        "About Us",
        "China Briefing is written and produced by Dezan Shira & Associates. The practice has offices since 1992.",
    ]);
    assert_eq!(texts(&sep.blocks), ["Body one.", "Body two."]);
    assert_eq!(meta.publisher.as_deref(), Some("China Briefing (Dezan Shira & Associates)"));
    assert_eq!(sep.left_out.len(), 1);
    assert_eq!(sep.left_out[0].0, 3, "the warning names the line of the heading");
    assert!(sep.left_out[0].1.contains("\"About Us\" and everything after it (2 blocks"), "{:?}", sep.left_out);
}

#[test]
fn bylines_in_the_middle_of_a_long_article_stay() {
    let mut lines: Vec<&str> = vec!["Paragraph."; 20];
    lines[10] = "Monday, 28 December 2020";
    let (sep, _) = separate(&lines);
    assert!(sep.byline.is_empty());
}

#[test]
fn a_chinese_source_label_names_the_publisher() {
    let (_, meta) = separate(&["来源：新华社", "正文。"]);
    assert_eq!(meta.publisher.as_deref(), Some("新华社"));
}

#[test]
fn reading_time_is_searched_only_where_it_can_match() {
    for text in ["Reading Time: 5 minutes", "4 MIN READ", "reading time：3", "12 mins read"] {
        assert!(may_give_reading_time(text), "{text}");
        assert!(READING_TIME.is_match(text), "{text}");
    }
    for text in ["By Jane Doe", "Updated: 2023-01-02", "", "mi n read", "readingtime: 5"] {
        assert!(!may_give_reading_time(text), "{text}");
        assert!(!READING_TIME.is_match(text), "{text}");
    }
}

#[test]
fn the_publisher_and_wire_searches_are_skipped_only_where_they_cannot_match() {
    let publisher = "China Briefing is written and produced by Dezan Shira & Associates.";
    assert!(may_name_publisher(publisher) && PUBLISHED_BY.is_match(publisher));
    assert!(!may_name_publisher("It was written by Dezan Shira."));
    let wire = "BEIJING (Reuters) - China's central bank said";
    assert!(may_be_wire_dateline(wire) && WIRE_DATELINE.is_match(wire));
    assert!(!may_be_wire_dateline("BEIJING Reuters - China's central bank said"));
}
