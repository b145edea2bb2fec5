//! What a count counts: the head noun after the number, found without a
//! tagger by walking the short noun phrase that follows.
//!
//! `two ballistic missiles were` → `missiles` (adjective skipped);
//! `hundreds of artillery rounds` → `rounds` (a noun modifier gives way to
//! the plural after it); `one of the accounts` → `accounts` (partitive).

use super::cursor::Cursor;

/// Words that end the noun phrase after a number: function words, common
/// verbs, adverbs.
const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "by", "for",
    "with", "without", "into", "onto", "over", "under", "about", "after", "before", "since",
    "until", "during", "as", "than", "that", "which", "who", "whom", "whose", "this", "these",
    "those", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us",
    "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am",
    "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "not", "no", "so", "if", "then", "there", "here", "when", "where",
    "while", "also", "just", "only", "even", "still", "ago", "later", "earlier", "each", "apiece",
    "per", "away", "out", "up", "down", "off", "back", "again", "too", "very", "all", "both",
    "either", "neither", "such", "said", "says", "say", "told", "tell", "according", "including",
    "between", "among", "against", "through", "across", "along", "around", "near", "within",
    "toward", "towards", "upon", "via", "like", "unlike", "whether", "because", "although",
    "though", "yet", "every", "any", "some", "many", "much", "most", "few", "several", "another",
    "others", "more", "less", "fewer", "what", "how", "why", "ever", "never", "now", "today",
    "yesterday", "tomorrow", "plus", "minus", "times", "percent", "already", "instead", "however",
    "respectively", "altogether", "total", "overall", "last", "next",
];

/// Irregular past tenses, which the `-ed` test cannot catch (`15 went on
/// sale`).
const PAST_TENSES: &[&str] = &[
    "went", "came", "took", "made", "got", "saw", "left", "fell", "rose", "grew", "won", "lost",
    "became", "began", "held", "met", "sent", "built", "brought", "fought", "thought", "found",
    "gave", "kept", "ran", "led", "flew", "hit", "cut", "put", "set", "shot", "struck", "spent",
    "paid", "sold", "stood", "fled", "knew", "wrote", "drove", "broke", "chose", "spoke", "threw",
    "drew", "sank", "sat", "lay", "bought", "caught", "taught", "felt", "heard", "meant", "remain",
    "remained", "appear", "appeared", "seem", "seemed", "died", "survived",
];

/// Pronouns after a partitive `of`: `two of them` counts nothing named.
const PRONOUNS: &[&str] =
    &["them", "us", "you", "those", "these", "which", "whom", "it", "this", "that"];

/// Determiners skipped after a partitive `of`.
const DETERMINERS: &[&str] =
    &["the", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose", "all"];

/// Plural nouns without the `-s` ending.
const IRREGULAR_PLURALS: &[&str] = &[
    "people", "men", "women", "children", "personnel", "aircraft", "feet", "teeth", "mice",
    "geese", "cattle", "sheep", "fish", "deer", "data", "media", "police", "staff", "crew",
    "livestock", "offspring", "clergy", "militia", "infantry", "troops",
];

/// Words ending in `-s` that are not plurals.
const NOT_PLURAL: &[&str] = &[
    "news", "series", "species", "means", "politics", "economics", "physics", "gas", "bus", "lens",
    "chaos", "canvas", "alias", "atlas", "bias", "yes", "this", "its", "his", "has", "was", "does",
    "is", "as", "us", "plus", "thus", "always", "perhaps", "sometimes", "towards", "afterwards",
    "besides", "whereas", "says",
];

/// Adjectives without a telling suffix that often stand before a counted noun.
const ADJECTIVES: &[&str] = &[
    "new", "old", "other", "additional", "extra", "big", "small", "large", "major", "key", "top",
    "senior", "junior", "young", "former", "main", "separate", "different", "similar", "short",
    "long", "high", "low", "full", "nuclear", "foreign", "same", "only", "first", "second",
    "third", "last", "next", "more", "top", "local", "recent", "further", "whole", "entire",
];

/// Suffixes that mark a word as an adjective or adverb in front of a noun.
const MODIFIER_SUFFIXES: &[&str] = &[
    "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern", "ese", "ish", "ian",
    "ean", "ly", "est",
];

fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() > suffix.len() + 1
        && word.get(word.len() - suffix.len()..).is_some_and(|s| s.eq_ignore_ascii_case(suffix))
}

fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

pub(crate) fn is_plural(word: &str) -> bool {
    if in_list(word, IRREGULAR_PLURALS) {
        return true;
    }
    if word.len() < 3 || in_list(word, NOT_PLURAL) {
        return false;
    }
    let ends = |s: &str| ends_with_ignore_case(word, s);
    (ends("s") || word.ends_with('S')) && !ends("ss") && !ends("us") && !ends("is") && !ends("ous")
}

fn looks_modifier(word: &str) -> bool {
    in_list(word, ADJECTIVES) || MODIFIER_SUFFIXES.iter().any(|s| ends_with_ignore_case(word, s))
}

/// A word of the noun phrase: a word token, or a hyphenated compound
/// (`solid-fuel`), given by its first and last token.
#[derive(Clone, Copy)]
struct NpWord {
    first: usize,
    last: usize,
    /// The last word token (`S` of `U.S.`, `fuel` of `solid-fuel`).
    head: usize,
}

/// The noun phrase's words from `k`, up to four, stopping at function
/// words, punctuation, numbers, and participles after a noun (`people
/// killed`).
fn noun_phrase(cur: &Cursor<'_, '_>, k: usize, out: &mut [Option<NpWord>; 4]) -> usize {
    let mut n = 0;
    let mut j = k;
    while n < out.len()
        && cur.is_word(j)
        && cur.spaced(j)
        && !cur.is_any(j, STOP)
        && !cur.is_any(j, PAST_TENSES)
    {
        let word = cur.text(j);
        if n > 0 && (ends_with_ignore_case(word, "ed") || ends_with_ignore_case(word, "ing")) {
            break;
        }
        let mut last = j;
        while cur.is_any(last + 1, &["-", "."])
            && cur.attached(last + 1)
            && cur.attached(last + 2)
            && cur.is_word(last + 2)
        {
            // `U.S.`-style initials join only single letters.
            if cur.is_exact(last + 1, ".") && cur.text(last + 2).len() != 1 {
                break;
            }
            last += 2;
        }
        let head = last;
        if cur.is_exact(last + 1, ".") && cur.attached(last + 1) && cur.text(last).len() == 1 {
            last += 1;
        }
        if let Some(slot) = out.get_mut(n) {
            *slot = Some(NpWord { first: j, last, head });
        }
        n += 1;
        j = last + 1;
        // A possessive ends the phrase: `two countries’ leaders` counts countries.
        if cur.is_any(j, &["’", "'"]) {
            break;
        }
    }
    n
}

/// The head noun of what the number ending before `j` counts, as a token
/// index.
pub(crate) fn head(cur: &Cursor<'_, '_>, j: usize) -> Option<usize> {
    let mut k = j;
    let partitive = cur.is(k, "of");
    if partitive {
        k += 1;
        if cur.is_any(k, PRONOUNS) {
            return None;
        }
        while cur.is_any(k, DETERMINERS) {
            k += 1;
        }
    }
    let mut words = [None; 4];
    let n = noun_phrase(cur, k, &mut words);
    let words = words.get(..n)?;
    let mut idx = 0;
    let word_text = |w: &NpWord| cur.text(w.head);
    while let (Some(Some(here)), Some(Some(next))) = (words.get(idx), words.get(idx + 1)) {
        let (here_text, next_text) = (word_text(here), word_text(next));
        let here_plural = is_plural(here_text);
        // A plural noun is the head unless a plural follows it; a collective
        // like `police` gives way to one (`police officers`).
        let collective = in_list(here_text, IRREGULAR_PLURALS);
        let move_on = here.first != here.last
            || (is_plural(next_text) && (!here_plural || collective))
            || (!here_plural && (looks_modifier(here_text) || cur.upper_initial(here.first)));
        if !move_on {
            break;
        }
        idx += 1;
    }
    let head = words.get(idx).copied().flatten()?;
    // `Three killed`: a participle is no noun.
    if head.first == head.last && ends_with_ignore_case(word_text(&head), "ed") {
        return None;
    }
    Some(head.head)
}

/// A plural noun follows at `j` (`2000 troops`): the number counts it.
pub(crate) fn plural_head_follows(cur: &Cursor<'_, '_>, j: usize) -> bool {
    if cur.is(j, "of") {
        return false;
    }
    head(cur, j).is_some_and(|h| is_plural(cur.text(h)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The head after the first token of `text`.
    fn counted(text: &str) -> Option<String> {
        let doc = Document::parse(text);
        let cur = Cursor::new(&doc);
        head(&cur, 1).map(|h| cur.text(h).to_string())
    }

    #[test]
    fn finds_head_nouns() {
        assert_eq!(counted("two ballistic missiles were fired").as_deref(), Some("missiles"));
        assert_eq!(counted("hundreds of artillery rounds into").as_deref(), Some("rounds"));
        assert_eq!(counted("one of the accounts.").as_deref(), Some("accounts"));
        assert_eq!(counted("two countries as").as_deref(), Some("countries"));
        assert_eq!(counted("three police officers").as_deref(), Some("officers"));
        assert_eq!(counted("two North Korean soldiers").as_deref(), Some("soldiers"));
        assert_eq!(counted("five solid-fuel engines").as_deref(), Some("engines"));
        assert_eq!(counted("two missiles fired").as_deref(), Some("missiles"));
        assert_eq!(counted("one civilian killed").as_deref(), Some("civilian"));
        assert_eq!(counted("two news agencies").as_deref(), Some("agencies"));
        assert_eq!(counted("two Koreas").as_deref(), Some("Koreas"));
        assert_eq!(counted("two U.S. citizens").as_deref(), Some("citizens"));
    }

    #[test]
    fn nothing_counted() {
        assert_eq!(counted("two of them"), None);
        assert_eq!(counted("two were"), None);
        assert_eq!(counted("one another"), None);
        assert_eq!(counted("one, two"), None);
        assert_eq!(counted("three killed in"), None);
    }

    #[test]
    fn plurals() {
        for w in ["missiles", "people", "countries", "ICBMs"] {
            assert!(is_plural(w), "{w}");
        }
        for w in ["news", "glass", "virus", "dangerous", "analysis", "missile"] {
            assert!(!is_plural(w), "{w}");
        }
    }
}
