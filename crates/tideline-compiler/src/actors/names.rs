//! Actors no gazetteer lists, recognised from how a sentence writes them:
//! capitalised names with an institutional head word ("… Authority"),
//! titles before a name ("Premier Li Qiang", "chief executive Tim Cook"),
//! acronyms ("the CNIL") and their definitions ("… Authority (CMA)"),
//! people named as speakers or owners ("Mario Draghi's report"), lists of
//! names, short forms learned earlier in the document ("the Commission",
//! "Gensler"). Chinese names are read in [`super::chinese`].

use super::clauses::qualifies_next;
use super::vocabulary::Recognition;
use super::ActorMention;
use std::ops::Range;
use tideline_model::ActorKind;

/// One word of a sentence, trimmed of punctuation.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word<'s> {
    pub text: &'s str,
    pub span: (usize, usize),
    /// Punctuation after it ends any name it is part of.
    pub breaks: bool,
    /// It ended in "'s".
    pub possessive: bool,
}

impl Word<'_> {
    pub(super) fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        (2..=7).contains(&self.text.chars().count())
            && letters >= 2
            && self.text.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
    }
}

const OPENING: &[char] = &['“', '"', '(', '‘', '\'', '[', '«', '—', '–'];
const CLOSING: &[char] = &['”', '"', ')', ',', '.', ';', ':', '!', '?', '’', '\'', ']', '»', '—', '–'];
const BREAKING: &[char] = &[')', ',', '.', ';', ':', '!', '?', '—', '–', '(', '"', '“', '”'];

/// The words of `sentence` with their byte spans.
pub(super) fn words(sentence: &str) -> Vec<Word<'_>> {
    // Room for words of five bytes and a space on average, so that the
    // vector seldom grows.
    let mut out = Vec::with_capacity(sentence.len() / 5 + 1);
    let mut at = 0;
    for chunk in sentence.split(char::is_whitespace) {
        let start = at;
        at += chunk.len() + sentence[at + chunk.len()..].chars().next().map_or(0, char::len_utf8);
        let opened = chunk.trim_start_matches(OPENING);
        let lead = chunk.len() - without_elision(opened).len();
        let core = chunk[lead..].trim_end_matches(CLOSING);
        let breaks = core.len() + lead < chunk.len() && chunk[lead + core.len()..].contains(BREAKING);
        let (text, possessive) = match core.strip_suffix("'s").or_else(|| core.strip_suffix("’s")) {
            Some(owner) if !owner.is_empty() => (owner, true),
            _ => (core, false),
        };
        // Opening punctuation ends the name before it: "… Authority (CMA)".
        if opened.len() < chunk.len() || text.is_empty() {
            if let Some(last) = out.last_mut() {
                let last: &mut Word = last;
                last.breaks |= chunk.contains(BREAKING);
            }
        }
        if text.is_empty() {
            continue;
        }
        let from = start + lead;
        out.push(Word { text, span: (from, from + text.len()), breaks: breaks || possessive, possessive });
    }
    out
}

/// Elided articles glued to the name they open, in the other languages of
/// the date reader: "l'Autorité", "d'Italia", "dell'Economia".
const ELISIONS: &[&str] = &["l'", "d'", "l’", "d’", "dell'", "dell’", "all'", "all’", "nell'", "nell’", "dall'", "dall’"];

/// `chunk` without the elided article it opens with, when a capital follows.
fn without_elision(chunk: &str) -> &str {
    // Every elision opens with one of these letters and has its apostrophe
    // (' or the first byte of ’) among its next four bytes: most words are
    // passed on a look at a few bytes rather than a comparison with each.
    let bytes = chunk.as_bytes();
    let opens_like_one = bytes.first().is_some_and(|b| matches!(b.to_ascii_lowercase(), b'l' | b'd' | b'a' | b'n'));
    if !opens_like_one || !bytes.iter().skip(1).take(4).any(|&b| b == b'\'' || b == 0xE2) {
        return chunk;
    }
    ELISIONS
        .iter()
        .find_map(|e| chunk.get(..e.len()).filter(|head| head.eq_ignore_ascii_case(e)).map(|_| &chunk[e.len()..]))
        .filter(|rest| rest.chars().next().is_some_and(char::is_uppercase))
        .unwrap_or(chunk)
}

/// Where a name stands whose words' initials spell the acronym in brackets
/// after it, whatever their case: "l'Autorité de sûreté nucléaire (ASN)",
/// "the Food Safety and Standards Authority of India (FSSAI)". Joining
/// words ("de", "of", "and") may be left out of the acronym. The name's
/// byte range and the acronym.
/// `words` are the sentence's, from [`words`].
pub(super) fn spelled_acronyms<'s>(sentence: &'s str, words: &[Word<'s>]) -> Vec<(Range<usize>, &'s str)> {
    let mut out = Vec::new();
    let mut from = 0;
    // " (" found as bytes, as `find` would: setting up its searcher for each
    // sentence cost more than the search.
    let bracket_after_space = |from: usize| sentence.as_bytes()[from..].windows(2).position(|w| w[0] == b' ' && w[1] == b'(').map(|i| from + i);
    while let Some(open) = bracket_after_space(from) {
        from = open + 2;
        let Some(acronym) = sentence[open + 2..].split_once(')').map(|(a, _)| a) else { break };
        let letters: Vec<char> = acronym.chars().collect();
        if !(2..=8).contains(&letters.len()) || !letters.iter().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let (mut need, mut start) = (letters.len(), None);
        for word in words.iter().rev().skip_while(|w| w.span.1 > open) {
            let initial = word.text.chars().next();
            if need > 0 && initial.is_some_and(|c| c.to_ascii_uppercase() == letters[need - 1]) {
                need -= 1;
                start = Some(word.span.0);
                if need == 0 {
                    break;
                }
            } else if !CONNECTORS.contains(&word.text) || word.breaks {
                break;
            }
        }
        if let (0, Some(start)) = (need, start) {
            out.push((start..open, acronym));
        }
    }
    out
}

/// Lowercase words that may join the capitalised words of one name.
const CONNECTORS: &[&str] =
    &["of", "for", "and", "the", "de", "des", "du", "der", "von", "van", "on", "la", "le", "di", "da", "bin", "ibn", "bint", "&"];

/// Runs of capitalised words (joined by connectors) outside `covered`, as
/// ranges of indices into `words`. A possessive ends a run unless a head
/// word follows ("People's Bank"); "and" after a comma list ends one
/// ("Apple, Meta and Microsoft"); a run never takes in a word that is never
/// a name ("… Government on July 18").
pub(super) fn capitalised_runs(words: &[Word<'_>], covered: &[Range<usize>], r: &Recognition) -> Vec<Range<usize>> {
    let free = |w: &Word| !covered.iter().any(|r| r.start < w.span.1 && w.span.0 < r.end);
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !(words[i].capitalised() && free(&words[i])) {
            i += 1;
            continue;
        }
        let start = i;
        let in_list = start > 0 && words[start - 1].breaks && !words[start - 1].possessive && words[start - 1].capitalised();
        let name_word = |w: &Word| w.capitalised() && free(w) && !r.is_not_name(w.text);
        let mut end = i + 1;
        while let Some(w) = words.get(end) {
            let last = &words[end - 1];
            let continues = !last.breaks || (last.possessive && r.heads.contains_key(w.text));
            if !continues {
                break;
            }
            if name_word(w) {
                end += 1;
            } else if CONNECTORS.contains(&w.text) && !(in_list && w.text == "and") && words.get(end + 1).is_some_and(name_word) && !w.breaks {
                end += 2;
            } else if matches!(w.text, "of" | "for")
                && !w.breaks
                && words.get(end + 1).is_some_and(|t| t.text == "the" && !t.breaks)
                && words.get(end + 2).is_some_and(name_word)
            {
                // "the Office of the Ombudsman", "the Court of Justice of the European Union".
                end += 3;
            } else {
                break;
            }
        }
        // "the Ministry of Land, Infrastructure, Transport and Tourism": a
        // body's portfolios, listed after "of" or "for".
        if let Some(listed) = portfolio_list(words, start..end, &name_word, r) {
            end = listed;
        }
        runs.push(start..end);
        i = end;
    }
    runs
}

/// Where the name of a water or land "of" the place whose name starts at
/// byte `start` begins, when the place ends such a name: "the Gulf of
/// Aden", "the Bay of Bengal" are places of their own.
pub(super) fn feature_name_start(sentence: &str, start: usize, r: &Recognition) -> Option<usize> {
    let before = sentence[..start].strip_suffix(" of ")?;
    let feature = before.rsplit(' ').next()?.trim_start_matches(OPENING);
    r.features.contains_key(feature).then(|| before.len() - feature.len())
}

/// True when the place whose name ends at byte `end` opens a longer name:
/// capitalised words follow it with no punctuation between, none of them
/// named already (`covered`), the last a head word ("Singapore Food
/// Agency", "Panama Ports Company", "Singapore Airlines") or a pact's
/// ("the Paris Agreement").
pub(super) fn place_opens_name(words: &[Word<'_>], end: usize, covered: &[Range<usize>], r: &Recognition) -> bool {
    let Some(at) = words.iter().position(|w| w.span.1 == end) else { return false };
    if words[at].breaks || words[at].possessive {
        return false;
    }
    let free = |w: &Word| !covered.iter().any(|c| c.start < w.span.1 && w.span.0 < c.end);
    let ends_name = |w: &Word| r.heads.contains_key(w.text) || r.pacts.contains_key(w.text);
    for (taken, word) in words[at + 1..].iter().take(MAX_PLACE_NAME_TAIL).enumerate() {
        if !word.capitalised() || !free(word) || r.is_not_name(word.text) || word.is_acronym() {
            return false;
        }
        if word.breaks || word.possessive || taken + 1 == MAX_PLACE_NAME_TAIL {
            return ends_name(word);
        }
        if ends_name(word) && words.get(at + taken + 2).is_none_or(|next| !next.capitalised()) {
            return true;
        }
    }
    false
}

/// The most words after a place in a name it opens.
const MAX_PLACE_NAME_TAIL: usize = 4;

/// Where a run of `words` ends when its last word opens a list of
/// portfolios: the run holds a head word then "of" or "for" and one
/// capitalised word, which a comma follows; then single capitalised words
/// parted by commas, the last after "and" ("Ministry of Economy, Trade and
/// Industry", "Department for Digital, Culture, Media and Sport").
fn portfolio_list(words: &[Word<'_>], run: Range<usize>, name_word: &dyn Fn(&Word) -> bool, r: &Recognition) -> Option<usize> {
    let n = run.end;
    if n < run.start + 3 || !matches!(words[n - 2].text, "of" | "for") || !r.heads.contains_key(words[n - 3].text) || !words[n - 1].breaks {
        return None;
    }
    let mut at = n;
    while let Some(word) = words.get(at).filter(|w| name_word(w)) {
        match words.get(at + 1) {
            Some(_) if word.breaks => at += 1,
            Some(next) if next.text == "and" => {
                return words.get(at + 2).filter(|last| name_word(last)).map(|_| at + 3);
            }
            _ => return None,
        }
    }
    None
}

/// What the words of a run name, before the document's aliases are asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Reading {
    /// A name with a head word, or after a title: sure.
    Named(ActorMention),
    /// Capitalised words that may be a short form or a name: `words` of
    /// the run, and whether the sentence marks them as a person.
    Candidate { name: String, person_cue: bool, acronym: bool },
}

/// True when the words `words` are `title`'s, ignoring ASCII case (titles
/// are lowercase ASCII).
fn is_title(words: &[Word<'_>], title: &[String]) -> bool {
    words.len() == title.len() && words.iter().zip(title).all(|(w, t)| w.text.eq_ignore_ascii_case(t))
}

/// The most words a name has: "Ministry of Industry and Information
/// Technology". A name that opens with its head word may have as many
/// capitalised words besides its connectors.
const MAX_NAME_WORDS: usize = 8;

/// Words after a name that make it a speaker or actor person.
const SPEECH_AFTER: &[&str] = &["said", "says", "told", "wrote", "argued", "added", "noted", "warned", "announced", "who"];
const SPEECH_BEFORE: &[&str] = &["said", "says", "told", "by", "to"];

/// Reads the run `run` of `words` in `sentence`.
pub(super) fn read_run(sentence: &str, words: &[Word<'_>], run: Range<usize>, r: &Recognition) -> Option<Reading> {
    // "Attorney General" before a name the gazetteer read: a title alone names no one.
    if title_at_end(&words[run.clone()], r) == run.len() {
        return None;
    }
    let mut start = run.start;
    // Sentence openers and other words that are never names.
    // "Negotiators for Parliament": an opening noun for an organisation's people is no name.
    // "President Ana Rocha signed": a title opening the sentence is not one.
    let members_noun = |w: &Word<'_>| {
        let lower = w.text.to_lowercase();
        r.member_nouns.contains_key(&lower) && !r.is_one_word_title(&lower)
    };
    while start < run.end
        && (r.is_not_name(words[start].text) || CONNECTORS.contains(&words[start].text) || start == run.start && members_noun(&words[start]))
    {
        start += 1;
    }
    // A title inside the run ("Premier Li Qiang") or just before it ("chief executive Tim Cook").
    let run_words = &words[start..run.end];
    for (title, kind) in &r.titles {
        let n = title.len();
        // Words before the title qualify it: "Communications Minister Michelle Rowland".
        let at = (0..run_words.len().saturating_sub(n)).find(|&k| is_title(&run_words[k..k + n], title));
        if let Some(k) = at.filter(|k| run_words.len() - (k + n) <= 3) {
            let person = start + k + n..run.end;
            // What follows a title is a name: not "of Finance" after
            // "Minister", nor another title ("Prime Minister" after "Deputy").
            let named = &words[person.clone()];
            let another_title = r.titles.iter().any(|(t, _)| t.len() <= named.len() && is_title(&named[..t.len()], t));
            // "Executive Order No. 74" names a document, not a person.
            let document = named.iter().any(|w| r.is_tail_word(w.text));
            let opens_name = named.first().is_some_and(|w| w.capitalised() && !CONNECTORS.contains(&w.text)) && !another_title && !document;
            if opens_name && !named.iter().any(|w| r.heads.contains_key(w.text) || w.is_acronym()) {
                return Some(Reading::Named(ActorMention { name: joined(sentence, words, person), kind: *kind }));
            }
        }
        let titled = start == run.start && run_words.len() <= 3 && start >= n && is_title(&words[start - n..start], title);
        // "the economy minister, Luis Caputo": a comma may part a title from a full name.
        let apart = |w: &Word<'_>| w.breaks && !(run_words.len() >= 2 && sentence[w.span.1..words[start].span.0].trim() == ",");
        if titled && !words[start - n..start].iter().any(apart) && !run_words.iter().any(|w| r.heads.contains_key(w.text)) {
            return Some(Reading::Named(ActorMention { name: joined(sentence, words, start..run.end), kind: *kind }));
        }
    }
    // Long capitalised stretches are titles of documents or headlines, not
    // names. A body's name that opens with its head word may be longer: the
    // words that join it do not count ("Authority for the Regulation and
    // Control of Strategic Mineral Substances' Markets").
    let capitalised = || words[start..run.end].iter().filter(|w| !CONNECTORS.contains(&w.text)).count();
    let body = || r.heads.contains_key(words[start].text) && capitalised() <= MAX_NAME_WORDS;
    if start >= run.end || run.end - start > MAX_NAME_WORDS && !body() {
        return None;
    }
    let name_words = &words[start..run.end];
    // "the Dutch maker": a country's adjective alone names no one.
    if name_words.len() == 1 && r.demonyms.contains_key(name_words[0].text) {
        return None;
    }
    // Laws and documents ("Digital Markets Act"), and names joined from head
    // words alone ("Parliament and Council", but not "Office of the
    // Ombudsman", one body), are no actor's name.
    // "the Affordable Clean Energy rule": a law's name before its kind.
    // But "a Treasury review", "the Senate bill": an institution named alone
    // is whose the review or the bill is.
    let institution = name_words.len() == 1 && r.institutions.contains_key(name_words[0].text);
    let kind_after =
        !institution && words.get(run.end).is_some_and(|w| w.text.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && r.is_tail_word(w.text));
    let heads_joined = name_words.len() > 1
        && name_words.iter().all(|w| r.heads.contains_key(w.text) || CONNECTORS.contains(&w.text))
        && !name_words.iter().any(|w| matches!(w.text, "of" | "for"));
    // "the Law on Social Insurance", "the Code of Conduct": a document's kind
    // that opens its name.
    let document_first = name_words.len() > 2 && r.tails.contains_key(name_words[0].text) && matches!(name_words[1].text, "on" | "of");
    if kind_after || name_words.last().is_some_and(|w| r.tails.contains_key(w.text)) || heads_joined || document_first {
        return None;
    }
    if let Some(kind) = r.kind_of_name(name_words.iter().map(|w| w.text)) {
        // "Supreme Court Justice" before a name is the court's: the body
        // is named without its officer's title.
        let end = run.end - title_at_end(name_words, r);
        if end - start >= 2 {
            return Some(Reading::Named(ActorMention { name: joined(sentence, words, start..end), kind }));
        }
    }
    let acronym = name_words.len() == 1 && name_words[0].is_acronym() && !r.not_acronyms.contains_key(name_words[0].text);
    let last = &words[run.end - 1];
    let is_one_of = |w: Option<&Word>, list: &[&str]| w.is_some_and(|w| list.iter().any(|l| w.text.eq_ignore_ascii_case(l)));
    let person_cue = name_words.len() >= 2
        && !ends_in_title(name_words, r)
        && (last.possessive
            || is_one_of(words.get(run.end), SPEECH_AFTER)
            || is_one_of(start.checked_sub(1).and_then(|i| words.get(i)), SPEECH_BEFORE)
            || sentence[last.span.1..].starts_with(", who")
            || super::descriptions::described_as_person(&sentence[last.span.1..], r)
            || is_personal_name(name_words, r));
    Some(Reading::Candidate { name: joined(sentence, words, start..run.end), person_cue, acronym })
}

/// True when `words` end with a title ("Sport Secretary"): they name an
/// office, not its holder.
pub(super) fn ends_in_title(words: &[Word<'_>], r: &Recognition) -> bool {
    title_at_end(words, r) > 0
}

/// How many of `words`' last words are a title, the longest one (0 when
/// they do not end with one).
fn title_at_end(words: &[Word<'_>], r: &Recognition) -> usize {
    let ends_with = |t: &[String]| words.len() >= t.len() && is_title(&words[words.len() - t.len()..], t);
    r.titles.iter().filter(|(t, _)| ends_with(t)).map(|(t, _)| t.len()).max().unwrap_or(0)
}

/// The text from the first to the last word of `range`.
fn joined(sentence: &str, words: &[Word<'_>], range: Range<usize>) -> String {
    sentence[words[range.start].span.0..words[range.end - 1].span.1].to_owned()
}

/// An acronym defined right after the name at bytes `name` of `sentence`:
/// "… Authority (CMA)", or a short form made of the name's letters in
/// order, as some are written in lowercase after their first ("Philippine
/// Amusement and Gaming Corporation (Pagcor)").
pub(super) fn defined_acronym(sentence: &str, name: Range<usize>) -> Option<&str> {
    let rest = sentence[name.end..].trim_start_matches(['\'', '’', 's']);
    let inner = rest.strip_prefix(" (")?;
    let acronym = &inner[..inner.find(')')?];
    let spelled = Word { text: acronym, span: (0, 0), breaks: false, possessive: false }.is_acronym();
    (spelled || is_short_form(acronym, &sentence[name])).then_some(acronym)
}

/// True when `short` is one capitalised word of at most ten letters that
/// opens with `name`'s first letter and takes the rest of its letters from
/// `name` in order ("Pagcor" of "Philippine Amusement and Gaming
/// Corporation").
pub(super) fn is_short_form(short: &str, name: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect::<Vec<char>>();
    let (short_letters, name_letters) = (letters(short), letters(name));
    let one_word = short.chars().all(char::is_alphabetic) && short.starts_with(|c: char| c.is_uppercase());
    let mut rest = name_letters.iter();
    one_word
        && (3..=10).contains(&short_letters.len())
        && short_letters.len() < name_letters.len()
        && short_letters.first() == name_letters.first()
        && short_letters.iter().all(|c| rest.any(|n| n == c))
}

/// Where "the agency", "the company" … stand in `words`: the word range and
/// the kind of actor they refer back to.
pub(super) fn anaphora(words: &[Word<'_>], r: &Recognition) -> Vec<(Range<usize>, ActorKind)> {
    let mut out = Vec::new();
    for i in 0..words.len() {
        // "authorities said", "the authorities": no name or adjective before.
        let unnamed = i == 0 || words[i - 1].breaks || !words[i - 1].capitalised() || words[i - 1].text == "The";
        if r.bare_government.contains_key(words[i].text) && unnamed {
            out.push((words[i].span.0..words[i].span.1, ActorKind::Government));
            continue;
        }
        if !words[i].text.eq_ignore_ascii_case("the") || words[i].breaks {
            continue;
        }
        for (noun, kind) in &r.anaphora {
            let Some(found) = words.get(i + 1..i + 1 + noun.len()) else { continue };
            let matches = found.iter().zip(noun).all(|(w, n)| w.text == n.as_str());
            // "the agency Ofcom" or "the Commission" name their actor themselves.
            let named = !found.last().is_some_and(|w| w.breaks) && words.get(i + 1 + noun.len()).is_some_and(Word::capitalised);
            if matches && !named {
                out.push((words[i].span.0..found[found.len() - 1].span.1, *kind));
                break;
            }
        }
    }
    out
}

/// Where "the bank", "the court" … stand in `words`: a lowercase noun after
/// "the" (the head word of a name the document may hold: "the Bank of
/// Japan"), and the noun.
pub(super) fn lowercase_heads<'w, 's>(words: &'w [Word<'s>], sentence: &'w str) -> impl Iterator<Item = (usize, &'s str)> + 'w {
    (1..words.len())
        .filter(|&i| {
            words[i - 1].text.eq_ignore_ascii_case("the")
                && !words[i - 1].breaks
                && words[i].text.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        })
        .filter(|&i| words[i].text.len() >= 3 && words[i].text.bytes().all(|b| b.is_ascii_alphabetic()))
        // "the technology sector": a noun that qualifies the next is no head.
        .filter(move |&i| !qualifies_next(words, &(i..i + 1), sentence))
        .map(|i| (words[i - 1].span.0, words[i].text))
}

/// Where the first "he" or "she" of `words` starts (a byte offset).
pub(super) fn personal_pronoun(words: &[Word<'_>]) -> Option<usize> {
    words.iter().find(|w| matches!(w.text, "he" | "He" | "she" | "She")).map(|w| w.span.0)
}

/// The index of an "and" or "&" inside `run` that joins two names.
pub(super) fn and_within(words: &[Word<'_>], run: &Range<usize>) -> Option<usize> {
    (run.start + 1..run.end.saturating_sub(1)).find(|&i| matches!(words[i].text, "and" | "&"))
}

/// A legislature named in its own language, which no institution entry
/// holds: "the Sejm passed", "the Dewan Rakyat passed". The run ends in one
/// of [`Recognition::legislatures`] and does not qualify the noun after it
/// ("the Lok Sabha elections" name an election, not an actor).
pub(super) fn legislature(name: &str, words: &[Word<'_>], run: &Range<usize>, sentence: &str, r: &Recognition) -> Option<ActorMention> {
    let last = words[run.end - 1].text;
    let named = r.legislatures.contains_key(last) && !r.institutions.contains_key(last);
    (named && !qualifies_next(words, run, sentence)).then(|| ActorMention { name: name.to_owned(), kind: ActorKind::Government })
}

/// Institutions named in lowercase, as [`Recognition::institutions`] keys
/// them ("trade ministry", "corporate affairs ministry", or "Parliament"
/// for "parliament" after a possessive): each with the byte range of its
/// words and its key.
pub(super) fn lowercase_institutions(words: &[Word<'_>], r: &Recognition) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    // "Australia's parliament passed": a country's institution after its possessive.
    for pair in words.windows(2).filter(|pair| pair[0].possessive && !pair[1].capitalised()) {
        let mut key: String = pair[1].text.chars().take(1).flat_map(char::to_uppercase).collect();
        key.extend(pair[1].text.chars().skip(1));
        if r.institutions.contains_key(&key) {
            out.push((pair[1].span.0..pair[1].span.1, key));
        }
    }
    for (end, word) in words.iter().enumerate().filter(|(_, w)| w.text == "ministry") {
        // The longest key first: "corporate affairs ministry", then "affairs ministry".
        let named = (end.saturating_sub(2)..end).find_map(|start| {
            let phrase = &words[start..=end];
            let key = phrase.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
            let lowercase = phrase.iter().all(|w| !w.capitalised() && !w.possessive) && !phrase[..phrase.len() - 1].iter().any(|w| w.breaks);
            (lowercase && r.institutions.contains_key(&key)).then(|| (words[start].span.0..word.span.1, key))
        });
        out.extend(named);
    }
    out
}

/// Lowercase particles inside a surname: "Isabel Pardo de Vera", "Ursula
/// von der Leyen".
const PARTICLES: &[&str] = &["de", "des", "du", "der", "den", "von", "van", "la", "le", "di", "da", "dos", "bin", "ibn", "bint"];

/// True for two or three capitalised words opening with a given name
/// ("Gianni Infantino", "Yaseen Aslam"), none of them a word that is never
/// a name; particles may stand between them ("Isabel Pardo de Vera").
fn is_personal_name(name_words: &[Word<'_>], r: &Recognition) -> bool {
    let named: Vec<&Word> = name_words.iter().filter(|w| !PARTICLES.contains(&w.text)).collect();
    (2..=3).contains(&named.len())
        && name_words.len() <= named.len() + 2
        && name_words.last().is_some_and(|w| w.capitalised())
        && r.given_names.contains(name_words[0].text)
        && named[1..].iter().all(|w| w.capitalised() && !r.is_not_name(w.text) && !w.is_acronym())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_punctuation_and_mark_breaks_and_possessives() {
        let w = words("Italy's regulator, the Garante (GPDP), acted.");
        let texts: Vec<_> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["Italy", "regulator", "the", "Garante", "GPDP", "acted"]);
        assert!(w[0].possessive && w[0].breaks);
        assert!(w[1].breaks && !w[2].breaks && w[3].breaks);
        assert_eq!(&"Italy's regulator, the Garante (GPDP), acted."[w[4].span.0..w[4].span.1], "GPDP");
    }

    #[test]
    fn elisions_open_with_the_letters_the_quick_check_lets_through() {
        assert!(ELISIONS.iter().all(|e| matches!(e.as_bytes()[0], b'l' | b'd' | b'a' | b'n')));
        let apostrophe = |e: &&str| e.bytes().position(|b| b == b'\'' || b == 0xE2).is_some_and(|at| (1..=4).contains(&at));
        assert!(ELISIONS.iter().all(apostrophe), "each elision's apostrophe is among its first five bytes");
        assert_eq!(without_elision("all'Italia"), "Italia");
        assert_eq!(without_elision("andare"), "andare");
        assert_eq!(without_elision("l'Autorité"), "Autorité");
        assert_eq!(without_elision("Dell’Economia"), "Economia");
        assert_eq!(without_elision("Italia"), "Italia");
    }

    #[test]
    fn acronyms_are_read_in_each_bracket_after_a_space() {
        let s = "The Autorité de sûreté nucléaire (ASN) and the Food Standards Agency (FSA)(x) met.";
        let found: Vec<&str> = spelled_acronyms(s, &words(s)).into_iter().map(|(_, a)| a).collect();
        assert_eq!(found, ["ASN", "FSA"]);
    }

    #[test]
    fn runs_join_capitalised_words_through_connectors() {
        let s = "The Competition and Markets Authority blocked it, said Mario Draghi.";
        let w = words(s);
        let runs = capitalised_runs(&w, &[], Recognition::get());
        let texts: Vec<_> = runs.iter().map(|r| joined(s, &w, r.clone())).collect();
        assert_eq!(texts, ["The Competition and Markets Authority", "Mario Draghi"]);
    }
}
