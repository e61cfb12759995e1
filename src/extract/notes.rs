//! Attendance notes: the parts of an entry's description that say why, when or how a
//! person took part ("illness", "work commitments", "from 7.45pm", "item 6 only", "via
//! Zoom") rather than the organisation or office they are listed with.
//!
//! A person's description is read by [`crate::extract::names`] from brackets, dashes and
//! commas after the name, its parts joined with "; ". [`split`] sorts the parts: a part
//! that is a note goes to the entry's `note`, the others stay its `organisation`. A part is
//! a note only as a whole: "Consultant in Public Health (item 7 only)" stays an office.

/// Splits a description into (organisation, note), each the parts it keeps joined with
/// "; ", or None when it keeps none.
pub fn split(description: Option<String>) -> (Option<String>, Option<String>) {
    let Some(d) = description else { return (None, None) };
    if !d.split("; ").any(is_note) {
        return (Some(d), None);
    }
    let (notes, kept): (Vec<&str>, Vec<&str>) = d.split("; ").partition(|p| is_note(p));
    let join = |parts: Vec<&str>| (!parts.is_empty()).then(|| parts.join("; "));
    (join(kept), join(notes))
}

/// Whether a part of a description is a note: a reason for absence ("illness", "Holiday",
/// "work commitments", "leave granted at the Ordinary Meeting of 20 May 2025"), a time or
/// the items a person was there for ("from 7.45pm", "to Min 49/24", "items 1 to 6",
/// "minute 2417 only", "for BoD 24/112 only"), how they took part ("via MS Teams",
/// "remotely", "by telephone", "electronic participation") or that they took the minutes
/// ("minutes").
pub fn is_note(part: &str) -> bool {
    let part = part.trim().trim_end_matches('.');
    let mut words = part.split_whitespace().map(word);
    let Some(first) = words.next() else { return false };
    let digit = part.bytes().any(|b| b.is_ascii_digit());
    if ITEM_WORDS.contains(&first.as_str()) {
        // "item 6 only", "Items 2 to 11", "minutes 041 to 044"; "minutes" alone: the
        // person took them ("Company Secretary (minutes)"). Not "Minute Secretary".
        return digit || (first == "minutes" && words.next().is_none());
    }
    if TIME_WORDS.contains(&first.as_str()) {
        // "from 7.45pm", "to 8.05pm", "from P/2024/121"; not "to the Board".
        return digit;
    }
    if first == "for" {
        // "for TB26/034", "for item 5", "for BoD 24/112 only"; not "for Councillor Graham
        // Pryce (Ward 3)" (a substitute's member) or "for the Clerk of Court".
        let second = words.next().unwrap_or_default();
        return second.bytes().any(|b| b.is_ascii_digit())
            || ITEM_WORDS.contains(&second.as_str())
            || part.ends_with(" only");
    }
    let mut all = std::iter::once(first.clone()).chain(words);
    let mut telling = false;
    if all.all(|w| {
        telling |= !FILLERS.contains(&w.as_str());
        WORDS.contains(&w.as_str())
    }) {
        // Made only of those words, and not only of fillers ("a", "on").
        return telling;
    }
    // "granted at the Ordinary Council Meeting of 18 December 2024", "working away",
    // "leave of absence": a reason in lower case, whatever follows its first word.
    part.starts_with(|c: char| c.is_lowercase()) && REASON_STARTS.contains(&first.as_str())
}

/// A word lowercased, without the punctuation around it ("(remote)" -> "remote").
fn word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/').to_lowercase()
}

/// Words that start a note on the items a person attended for.
const ITEM_WORDS: &[&str] =
    &["item", "items", "minute", "minutes", "min", "mins", "eitem", "eitemau", "para", "paras"];

/// Words that start a note on a time or an item when the note holds a digit.
const TIME_WORDS: &[&str] = &[
    "from", "to", "until", "till", "arrived", "arriving", "left", "leaving", "departed", "joined",
    "after", "before",
];

/// Words that start a reason given in lower case.
const REASON_STARTS: &[&str] = &[
    "illness",
    "ill",
    "unwell",
    "sick",
    "sickness",
    "holiday",
    "holidays",
    "vacation",
    "bereavement",
    "funeral",
    "excused",
    "accepted",
    "regrets",
    "leave",
    "granted",
    "work",
    "working",
    "family",
    "personal",
    "medical",
    "maternity",
    "paternity",
    "annual",
    "another",
    "prior",
    "previous",
    "conflicting",
    "caring",
    "childcare",
    "travel",
    "travelling",
    "hospital",
    "injury",
    "jury",
    "isolating",
    "self-isolating",
    "unavailable",
    "absence",
    "not",
    "both",
    "remote",
    "remotely",
    "online",
    "virtual",
    "virtually",
    "via",
    "by",
    "participated",
    "participating",
    "attended",
    "attending",
    "electronic",
    "electronically",
    "drwy",
];

/// The words a note may be made of alone ("Holiday", "Another meeting", "ill health",
/// "MS Teams", "absence excused", "o bell / remotely").
const WORDS: &[&str] = &[
    "illness",
    "ill",
    "health",
    "unwell",
    "sick",
    "sickness",
    "holiday",
    "holidays",
    "vacation",
    "bereavement",
    "funeral",
    "excused",
    "accepted",
    "regrets",
    "leave",
    "annual",
    "work",
    "working",
    "away",
    "commitment",
    "commitments",
    "engagement",
    "engagements",
    "family",
    "personal",
    "medical",
    "maternity",
    "paternity",
    "another",
    "other",
    "meeting",
    "prior",
    "previous",
    "conflicting",
    "caring",
    "responsibilities",
    "childcare",
    "travel",
    "travelling",
    "abroad",
    "hospital",
    "injury",
    "jury",
    "service",
    "isolating",
    "self-isolating",
    "unavailable",
    "absence",
    "absent",
    "not",
    "received",
    "both",
    "on",
    "in",
    "at",
    "a",
    "an",
    "the",
    "of",
    "and",
    "due",
    "to",
    "only",
    "late",
    "remote",
    "remotely",
    "online",
    "virtual",
    "virtually",
    "via",
    "by",
    "telephone",
    "phone",
    "video",
    "videoconference",
    "teleconference",
    "audio-visual",
    "audio",
    "visual",
    "link",
    "zoom",
    "teams",
    "ms",
    "microsoft",
    "electronic",
    "electronically",
    "participation",
    "participated",
    "attendance",
    "non-voting",
    "drwy",
    "o",
    "bell",
    "/",
];

/// Words of [`WORDS`] that say nothing alone.
const FILLERS: &[&str] =
    &["on", "in", "at", "a", "an", "the", "of", "and", "due", "to", "only", "o", "/"];

#[cfg(test)]
mod tests {
    use super::*;

    fn s(d: &str) -> (Option<String>, Option<String>) {
        split(Some(d.to_string()))
    }

    #[test]
    fn reasons_times_items_and_ways_of_taking_part_are_notes() {
        for note in [
            "illness",
            "Holiday",
            "work commitments",
            "Another meeting",
            "ill health",
            "on holiday",
            "absence excused",
            "excused",
            "regrets",
            "not received",
            "working away",
            "leave granted at the Ordinary Meeting of 20 May 2025, Resolution 96/25",
            "granted at the Ordinary Council Meeting of 18 December 2024",
            "from 7.45pm",
            "to 8.05pm",
            "from 7:25 p.m.",
            "to Min 49/24",
            "from P/2024/121",
            "for BoD 24/112 only",
            "item 6 only",
            "Items 2 to 11",
            "Item LC 248/25 only",
            "minutes 041 to 044",
            "minutes",
            "via MS Teams",
            "virtual via MS Teams",
            "remotely",
            "by telephone",
            "electronic participation",
            "participated electronically",
            "drwy Zoom / via Zoom",
            "o bell / remotely",
            "non-voting",
        ] {
            assert!(is_note(note), "{note}");
        }
    }

    #[test]
    fn organisations_offices_and_substitutions_are_not_notes() {
        for kept in [
            "Woldham Borough Council",
            "Cabinet Member for Communities and Fire",
            "Non-Executive Director",
            "Minute Secretary",
            "Family Services Manager",
            "Personal Assistant to the Chief Executive",
            "Head of Social Work",
            "Work and Pensions Committee",
            "Business / Commercial (Chambers Ireland)",
            "Consultant in Public Health (item 7 only)",
            "Deputy Headteacher, items 1–6",
            "for Councillor Graham Pryce",
            "for the Clerk of Court and Comptroller",
            "for Councillor Graham Pryce (Ward 3)",
            "on behalf of Lancashire County Council",
            "the Town Crier",
            "in the absence of the Cathaoirleach, Cllr. Martin Furlong",
            "District 4",
            "Ward 7 – Strathbraan",
            "ex officio",
            "Teagasc",
            "a",
            "On",
            "",
        ] {
            assert!(!is_note(kept), "{kept}");
        }
    }

    #[test]
    fn a_description_splits_into_its_organisation_and_its_notes() {
        assert_eq!(s("illness"), (None, Some("illness".into())));
        assert_eq!(s("Woldham Borough Council"), (Some("Woldham Borough Council".into()), None));
        assert_eq!(
            s("work commitments; Parent Governor"),
            (Some("Parent Governor".into()), Some("work commitments".into()))
        );
        assert_eq!(
            s("excused; District 4; via Zoom"),
            (Some("District 4".into()), Some("excused; via Zoom".into()))
        );
        assert_eq!(split(None), (None, None));
    }

    proptest::proptest! {
        /// Splitting keeps every part, in order, on one side or the other, and never panics.
        #[test]
        fn a_split_keeps_every_part(parts in proptest::collection::vec("[A-Za-z0-9 ./:()–-]{0,24}", 1..5)) {
            let d = parts.join("; ");
            let (org, note) = split(Some(d.clone()));
            let org: Vec<String> = org.map(|o| o.split("; ").map(String::from).collect()).unwrap_or_default();
            let note: Vec<String> = note.map(|n| n.split("; ").map(String::from).collect()).unwrap_or_default();
            let mut all: Vec<String> = d.split("; ").map(String::from).collect();
            all.sort();
            let mut got: Vec<String> = org.iter().chain(&note).cloned().collect();
            got.sort();
            proptest::prop_assert_eq!(got, all);
            proptest::prop_assert!(note.iter().all(|n| is_note(n)));
            proptest::prop_assert!(org.iter().all(|o| !is_note(o)));
        }
    }
}
