//! The tagger against the reference annotation: every gold evidence sentence
//! of `gold/events.json` that carries its own date (anchor ≠ "context"),
//! embedded here with its document's publication date. A case passes when
//! some mention's date equals or lies inside the gold date at the gold's
//! precision (a range's gold date is its start; a quarter is written
//! `2022-Q4`), and a gold plan is tagged as a plan.

use super::tag_dates;
use super::test_support::{date, published, render};

/// One gold sentence and what it must yield.
struct GoldCase {
    id: &'static str,
    sentence: &'static str,
    published: &'static str,
    date: &'static str,
    plan: bool,
}

const GOLD: &[GoldCase] = &[
    GoldCase { id: "e01", sentence: "China’s regulatory crackdown imposed over the country’s fintech industry now seems to be ending, with two digital payments giants receiving what could be the very last fines in sight on July 7, 2023.", published: "2023-07", date: "2023-07-07", plan: false },
    GoldCase { id: "e02", sentence: "The relevant investigation was initiated in 2020.", published: "2023-07", date: "2020", plan: false },
    GoldCase { id: "e05", sentence: "On July 12, 2023, the NDRC and other relevant government departments shared their research findings on platform companies, specifically what they called ‘green-light investment cases’, focused on new technologies and services that empower the real economy.", published: "2023-07", date: "2023-07-12", plan: false },
    GoldCase { id: "e06", sentence: "During the research period from 2020 to 2022, the top 10 Chinese platform companies collectively invested over RMB 500 billion (approximately US$69.923 billion) in research and development (R&D), securing more than 50,000 patents.", published: "2023-07", date: "2020", plan: false },
    GoldCase { id: "e07", sentence: "Similarly, JD, the e-commerce platform, has committed over RMB 100 billion (around US$13.984 billion) to science and technology R&D since 2017 while focusing on strengthening its supply chain infrastructure.", published: "2023-07", date: "2017", plan: false },
    GoldCase { id: "e08", sentence: "The platform economy has become a focal point of China’s push towards becoming a leader in science and technology innovation by its 100th birthday in 2049.", published: "2023-07", date: "2049", plan: true },
    GoldCase { id: "e09", sentence: "An example of this can be seen in the Measures to Promote the High-quality Development of Productive Internet Service Platforms in Shanghai, released by the Shanghai Municipal People’s Government on July 18, 2023.", published: "2023-07", date: "2023-07-18", plan: false },
    GoldCase { id: "e10", sentence: "Since October 2020, China’s regulatory crackdown on the technology sector has left a significant impact on major players like Alibaba, Tencent, and Meituan.", published: "2023-07", date: "2020-10", plan: false },
    GoldCase { id: "e11", sentence: "However, signs of the tech crackdown easing have surfaced since earlier this year, with indications that the Chinese government may be adopting a more balanced approach.", published: "2023-07", date: "2023", plan: false },
    GoldCase { id: "e12", sentence: "A leading example is Shandong province, which issued the “Implementation Opinions on Accelerating the Push for Internet Platform Economies to Engage in Standardised, Healthy and Sustained Development” (关于加快推动平台经济规范健康持续发展的实施意见) towards the end of October.", published: "2023-01", date: "2022-10", plan: false },
    GoldCase { id: "e13", sentence: "The Opinions call for the creation of an “Internet platform economic system which is unique to Shandong,” as well as the creation of at least five Industrial Internet platforms with national reach by 2025.", published: "2023-01", date: "2025", plan: true },
    GoldCase { id: "e14", sentence: "Signs have also recently emerged that Chinese officials have softened their attitude towards e-commerce and fintech tycoon Jack Ma, who has maintained a low profile ever since the shelving of the proposed Ant Group IPO in November 2020.", published: "2023-01", date: "2020-11", plan: false },
    GoldCase { id: "e15", sentence: "On 10 January, the Hangzhou municipal government and Ma’s e-commerce giant Alibaba entered an agreement for “comprehensive deepening of strategic cooperation.”", published: "2023-01", date: "2023-01-10", plan: false },
    GoldCase { id: "e17", sentence: "Towards the end of last year, the Zhejiang province government began to make positive overtures towards Alibaba.", published: "2023-01", date: "2022-Q4", plan: false },
    GoldCase { id: "e18", sentence: "On 18 December, senior province-level officials visited Alibaba’s headquarters in Hangzhou, where they called for Alibaba to “play a prominent role in driving development, international competitiveness and enriching society.”", published: "2023-01", date: "2022-12-18", plan: false },
    GoldCase { id: "e19", sentence: "In 2021, the total e-commerce platform sales volume for Zhejiang province hit 9 trillion yuan, cementing it position the leading region for e-commerce in China.", published: "2023-01", date: "2021", plan: false },
    GoldCase { id: "e48", sentence: "BEIJING (Reuters) -China on Wednesday sent another strong signal that a years-long crackdown on its tech industry is over as Premier Li Qiang met firms such as Alibaba’s cloud unit and Meituan, and urged them to do more to support the economy.", published: "2023-07-12", date: "2023-07-12", plan: false },
    GoldCase { id: "e50", sentence: "The meeting comes after authorities signalled last week that a crackdown that began in late 2020 on the technology sector had ended with fines on Ant Group and Tencent.", published: "2023-07-12", date: "2020-Q4", plan: false },
    GoldCase { id: "e51", sentence: "The meeting comes after authorities signalled last week that a crackdown that began in late 2020 on the technology sector had ended with fines on Ant Group and Tencent.", published: "2023-07-12", date: "2023-07", plan: false },
    GoldCase { id: "e53", sentence: "But Beijing’s tone has softened since December, with authorities shifting to stress the need to revitalise the sprawling online platform sector, as the economy recovers at a slower-than-anticipated rate following the end of COVID curbs.", published: "2023-07-12", date: "2022-12", plan: false },
    GoldCase { id: "e54", sentence: "“We hope that the majority of platform enterprises will look forward with firm confidence … continue to promote innovation and breakthroughs, better empower the real economy,” Li said at Wednesday’s meeting, according to state media.", published: "2023-07-12", date: "2023-07-12", plan: false },
    GoldCase { id: "e55", sentence: "Still Zhou Hao, economist at Guotai Junan International, said Wednesday’s meeting was a “positive signal”.", published: "2023-07-12", date: "2023-07-12", plan: false },
];

/// Why a gold case fails, or `None` when it passes.
fn failure(case: &GoldCase) -> Option<String> {
    let gold = date(case.date);
    let tagged = tag_dates(case.sentence, &published(case.published));
    let hit = tagged.mentions.iter().find(|m| gold.contains(m.date) && (m.plan || !case.plan));
    match hit {
        Some(_) => None,
        None => {
            let found: Vec<String> = tagged.mentions.iter().map(render).collect();
            Some(format!("{}: wanted {}{}, found {found:?}", case.id, case.date, if case.plan { " plan" } else { "" }))
        }
    }
}

#[test]
fn every_dated_gold_sentence_yields_its_gold_date() {
    let failures: Vec<String> = GOLD.iter().filter_map(failure).collect();
    let passed = GOLD.len() - failures.len();
    eprintln!("gold sentences: {passed}/{} pass", GOLD.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn gold_sentences_yield_no_stray_dates() {
    // Each gold sentence names one date (e50/e51 share a sentence with two).
    for case in GOLD {
        let count = tag_dates(case.sentence, &published(case.published)).mentions.len();
        let expected = if case.id == "e50" || case.id == "e51" { 2 } else { 1 };
        assert_eq!(count, expected, "{}: {}", case.id, case.sentence);
    }
}

#[test]
fn the_scmp_campaign_article_resolves_against_october_2021() {
    use super::test_support::dates_in;
    let context = published("2021-10");
    let campaign = "China’s industry regulator plans to deepen scrutiny of the internet industry as it moves into the second half of a six-month campaign launched in July, the agency’s minister told Chinese media, prolonging a crackdown on the technology sector that has lasted for nearly a year.";
    assert_eq!(dates_in(campaign, &context), ["2021-07..2021-12"]);
    let wechat = "Last month, Tencent Holdings’ WeChat, China’s largest social media platform, started allowing users to open links shared from rival platforms in one-to-one chats.";
    assert_eq!(dates_in(wechat, &context), ["2021-09"]);
    let liu = "In July, Chinese Vice-Premier Liu He said at an SME forum in Changsha, the capital of central Hunan province, that the government would create a sound business environment to nurture growth among smaller firms, and he urged business owners to be active in the nation’s economic development.";
    assert_eq!(dates_in(liu, &context), ["2021-07"]);
    let vague = "It has become another element of Beijing’s intensifying scrutiny of numerous parts of the digital sector over the last year, hitting everything from social media to financial services.";
    assert!(dates_in(vague, &context).is_empty());
    let sunday = "Minister Xiao Yaqing told state-run media outlet Economic Daily in an interview published on Sunday.";
    assert!(dates_in(sunday, &context).is_empty(), "a weekday needs a publication day");
}
