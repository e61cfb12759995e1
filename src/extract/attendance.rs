//! Attendance: who was present, in attendance, substituting, observing, absent or sent
//! apologies, with roles.
//!
//! Two sources:
//! - **labelled blocks** in the preamble and in attendance-like items: "Present:",
//!   "PRESENT", "Chair: Craig Whittaker MP", "In attendance:", "Officers:", "Apologies:",
//!   "Substitutes:", "Sederunt:", one entry a line or a list on the line, with group headings
//!   ("Members", "Co-opted members", "Other Attendees"), flattened tables ("Brendan Lee" then
//!   "· Children's Social Care") and tab-separated rows, including "Present" and
//!   "Apologies" side by side in two columns, free labels ("Officers ... in attendance:")
//!   and lists ended by semicolons that wrap over lines;
//! - **sentences** anywhere: "apologies were received from A, B and C", "X sent apologies",
//!   "X was replacing Y", "X (substitute for Y)", "X was observing this meeting", "The
//!   meeting was attended by ...", "To elect Cllr X as Cathaoirleach" (a role only when the
//!   lists give none). "No apologies were received" gives none.
//!
//! A substitute's absent member is recorded in `on_behalf_of`, never as present.

use super::names::{self, Person};
use crate::model::{AttendanceStatus, Attendee, Role};
use crate::segment::Segments;
use crate::text::{
    AnyOf, AnyWord, Text, Words, contains_ignore_ascii_case, floor_char_boundary, sentences,
    starts_with_ignore_ascii_case,
};
use regex::Regex;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// Extracts attendance from the preamble, attendance-like items and sentences.
pub fn extract(text: &Text, segments: &Segments) -> Vec<Attendee> {
    extract_with_merges(text, segments).0
}

/// An attendance entry the merge folded away. The record keeps one entry per person and
/// side; `minutes check` reads these to report a name listed twice or a replaced member
/// also listed as present.
#[derive(Clone, Debug, PartialEq)]
pub enum Merged {
    /// `entry` names the same person as the entry at index `kept` of the attendance list,
    /// with the same status, and was dropped.
    Repeat {
        /// Index of the entry kept.
        kept: usize,
        /// The entry dropped.
        entry: Attendee,
    },
    /// The member at index `member` was listed as present, but the substitute at index
    /// `substitute` replaced them, so the member is recorded as absent.
    Replaced {
        /// Index of the member.
        member: usize,
        /// Index of the substitute.
        substitute: usize,
    },
}

/// [`extract`], with the entries the merge folded away.
pub fn extract_with_merges(text: &Text, segments: &Segments) -> (Vec<Attendee>, Vec<Merged>) {
    let mut out: Vec<Attendee> = Vec::new();
    let mut regions: Vec<Range<usize>> = vec![segments.preamble.clone()];
    for (k, item) in segments.items.iter().enumerate() {
        // (Asked once an item.)
        let attendance_title = ATTENDANCE_TITLE.is_match(&item.title);
        if k < 2 || attendance_title {
            regions.push(item.heading.end.min(item.body.start)..item.body.end);
        }
        if attendance_title {
            // "Apologies for absence" as an item whose body lists names.
            // Unless the body has labels of its own ("RECORD OF ATTENDANCE / APOLOGIES":
            // "Councillors:", "Staff:", "Apologies:"), read as blocks.
            let labelled = || {
                let (first, last) = (text.line_of(item.body.start), text.line_of(item.body.end));
                text.lines.get(first..=last).unwrap_or_default().iter().any(|l| {
                    parse_label(l.trimmed())
                        .is_some_and(|(lab, _, _)| lab.status != AttendanceStatus::Apologies)
                })
            };
            if let Some(status) = title_status(&item.title).filter(|_| !labelled()) {
                apology_item(text, item.body.clone(), status, &mut out);
            } else if title_status(&item.title).is_none() && PRESENT_TITLE.is_match(&item.title) {
                // "2. ATTENDANCE" over an unlabelled paragraph of names: the members present.
                if let Some(para) = first_paragraph(text, item.body.clone()) {
                    unlabelled_list(text, para, &mut out);
                }
            }
        }
    }
    // "Attendance" over a table at the end of the page (a web page of minutes lists who
    // came after the items).
    if let Some(last) = segments.items.last()
        && let Some(from) = trailing_attendance(text, last.body.clone())
    {
        regions.push(from..last.body.end);
    }
    for r in &regions {
        blocks(text, r.clone(), &mut out);
    }
    let mut presiding = Vec::new();
    prose(text, &regions, &mut out, &mut presiding);
    drop_bare_initials(&mut out);
    let (mut kept, merged) = merge(out);
    yield_office_roles(&mut kept);
    take_the_chair(&mut kept, &presiding);
    (kept, merged)
}

/// Drops an entry that is only a person's initials ("Apologies were received from ME and
/// DK") when another entry gives them in brackets after the name ("Margaret Ellison (ME)"):
/// the same person, referred to by initials in the text.
fn drop_bare_initials(out: &mut Vec<Attendee>) {
    let initials =
        |n: &str| (2..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_uppercase());
    if !out.iter().any(|a| initials(&a.name)) {
        return;
    }
    let bracketed: Vec<String> = out
        .iter()
        .filter(|a| a.raw.contains('(') && !initials(&a.name))
        .flat_map(|a| {
            a.raw.match_indices('(').filter_map(|(k, _)| {
                let inner = a.raw[k + 1..].split(')').next()?;
                initials(inner).then(|| inner.to_string())
            })
        })
        .collect();
    out.retain(|a| !(initials(&a.name) && bracketed.iter().any(|b| *b == a.name)));
}

/// Where an attendance section at the end of the last item's body starts: a line that is
/// only "Attendance" (or "Attendees", "Attendance details") with a table row (cells split by
/// tabs) or a label as the next line with text.
fn trailing_attendance(text: &Text, body: Range<usize>) -> Option<usize> {
    let (first, last) = (text.line_of(body.start), text.line_of(body.end));
    let lines = text.lines.get(first..=last)?;
    let heading = |t: &str| {
        t.len() <= 18
            && t.starts_with(['A', 'a'])
            && ["attendance", "attendees", "attendance details", "attendance record"]
                .iter()
                .any(|h| t.eq_ignore_ascii_case(h))
    };
    let k = lines.iter().position(|l| l.start >= body.start && heading(l.trimmed()))?;
    let next = lines[k + 1..].iter().find(|l| !l.is_blank())?;
    let t = next.trimmed();
    (t.contains('\t') || parse_label(t).is_some()).then_some(lines[k].start)
}

/// A line drawn with rule characters ("----  ----", "=====", "_____"), at least three, in
/// cells of rule characters ([`is_rule_cell`]) set apart by spaces, tabs, "+" or "|".
fn is_rule_line(t: &str) -> bool {
    let rules = t.bytes().filter(|b| matches!(b, b'-' | b'=' | b'_')).count();
    rules >= 3 && t.split([' ', '\t', '+', '|']).filter(|c| !c.is_empty()).all(is_rule_cell)
}

/// A table cell drawn as a rule: nothing but "-", "=" or "_".
fn is_rule_cell(c: &str) -> bool {
    !c.is_empty() && c.bytes().all(|b| matches!(b, b'-' | b'=' | b'_'))
}

/// "In the absence of the Chairman, the Vice-Chairman, Councillor X, took the Chair": X
/// presides, whatever role the lists give X.
fn take_the_chair(people: &mut [Attendee], presiding: &[String]) {
    for name in presiding {
        let key = name_key(name);
        let surname = key.rsplit(' ').next().unwrap_or("");
        let same = |a: &Attendee| {
            let k = name_key(&a.name);
            k == key || !key.contains(' ') && k.rsplit(' ').next() == Some(surname)
        };
        if let Some(a) = people.iter_mut().find(|a| is_attending(a.status) && same(a)) {
            a.role = Some(Role::Chair);
        }
    }
}

/// "Mayor Ruth Eastgate" is given the chair by her title, but a committee listing its own
/// "Chairperson: Cllr X" is chaired by X: a role that comes from a civic title (Mayor,
/// Deputy Mayor) gives way when someone else holds the same role by the lists.
fn yield_office_roles(people: &mut [Attendee]) {
    // A role said outright ("Mayor Dame X (in the Chair)") is not one from the title.
    let civic = |a: &Attendee| {
        a.honorific.as_deref().is_some_and(|h| {
            contains_ignore_ascii_case(h, "mayor") || contains_ignore_ascii_case(h, "reeve")
        }) && !contains_ignore_ascii_case(&a.raw, "chair")
            && !contains_ignore_ascii_case(&a.raw, "presid")
    };
    // "Tom Bardsley (Chairman of the Resources Scrutiny Committee)": the chair of a named
    // committee is another body's office when someone else holds the role plainly.
    // So is one in a table's cell beside the name ("Cllr Jane Marr<TAB>Chairman of the
    // Resources Scrutiny Committee"), kept as the organisation.
    let yields = |a: &Attendee| {
        civic(a)
            || chairs_a_named_body(&a.raw)
            // (`chairs_a_named_body` is false for a text without "of" in any case, and the
            // brackets add none: the organisation is put in brackets only when it has one.)
            || a.organisation.as_deref().is_some_and(|o| {
                contains_ignore_ascii_case(o, "of") && chairs_a_named_body(&format!("({o})"))
            })
    };
    for role in [Role::Chair, Role::ViceChair] {
        let listed = people.iter().any(|a| a.role == Some(role) && !yields(a));
        if listed {
            for a in people.iter_mut().filter(|a| a.role == Some(role) && yields(a)) {
                a.role = None;
            }
        }
    }
}

/// Whether an entry's brackets (or a part after a comma) hold the chair of a named body:
/// "(Chairman of the Resources Scrutiny Committee)", "(Vice-Chair of the Audit Board)",
/// "Mr X, Chair of the Valley Business Board"; not "(Chair of the Committee)".
fn chairs_a_named_body(raw: &str) -> bool {
    if !raw.contains(['(', ',']) || !contains_ignore_ascii_case(raw, "of") {
        return false;
    }
    let lower = raw.to_lowercase();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    lower.split(['(', ',']).skip(1).any(|inner| {
        let inner = inner.split([')', '(']).next().unwrap_or("").trim();
        let Some((office, body)) = inner.split_once(" of the ") else { return false };
        let words: Vec<&str> = body.split(' ').collect();
        office.trim_end().ends_with(|c: char| c.is_alphabetic())
            && office.contains("chair")
            && words.len() >= 2
            && matches!(
                words.last().copied(),
                Some("committee" | "sub-committee" | "board" | "panel" | "forum" | "group")
            )
    })
}

/// An item title about who was there or not.
/// "Introductions" as a word of its own ("Welcome and Introductions"), not the
/// introduction of an ordinance ("Introduction of Ordinance No. 1187").
const ATTENDANCE_TITLE_P: &str = r"(?i)(?-u:\b)(present|attendance|attendees|apolog|absence|absent|substitut|roll call|sederunt|welcome|introductions(?-u:\b)|members)";
/// The patterns below that are only asked whether they match are lazy DFAs ([`AnyOf`]):
/// built without the captures, reverse automata and literal look of a regular expression,
/// at a fraction of its build cost, which every run pays (none has a Unicode word boundary,
/// so the DFA always answers).
static ATTENDANCE_TITLE: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(ATTENDANCE_TITLE_P)]));

/// An item title that says its body lists who was there ("ATTENDANCE", "Members present").
const PRESENT_TITLE_P: &str =
    r"(?i)(?-u:\b)(?:attendance|present|attendees|sederunt|roll\s+call)(?-u:\b)";
static PRESENT_TITLE: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(PRESENT_TITLE_P)]));

fn title_status(title: &str) -> Option<AttendanceStatus> {
    let t = title.to_lowercase();
    if t.contains("apolog") || t.contains("absence") {
        Some(AttendanceStatus::Apologies)
    } else {
        None
    }
}

/// A label that opens an attendance block, and what it says about the people under it.
#[derive(Clone, Copy, Debug)]
struct Label {
    status: AttendanceStatus,
    role: Option<Role>,
}

/// The labels that open an attendance block ("Present:", "Apologies for absence:", "In
/// attendance"), with their separator; anchored at the line's start.
const LABEL_P: &str = r"(?ix)^
        (?P<label>
            (?:(?:members|council|board|committee|councillors|cllrs|commissioners|trustees|governors|directors|board\s+members|committee\s+members|panel\s+members|officers|officials|staff|administration|others|also|those|elected\s+members|council\s+members|voting\s+members|non-voting\s+members|co-opted\s+members|independent\s+members)\s+)?
              (?:present|in\s+attendance|attending|attendees|attendance|also\s+present|also\s+in\s+attendance)
              (?:\s+(?:were|was))?
          | (?:members?|councillors?|officers?|officials?|staff|others|trustees?|governors?|directors?|commissioners?|supervisors?|councilmembers?|(?:board|committee|commission|council|panel|authority)\s+members?)\s+(?:present|absent|in\s+attendance)
          | (?:(?:board|committee|council|panel|voting|elected|commission|authority)\s+)?(?:members|councillors|commissioners|trustees|governors|directors|participants|supervisors|councilmembers)
          | apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+and\s+leaves?\s+of\s+absence)?(?:\s+(?:received|noted|submitted)(?:\s+and\s+(?:accepted|noted|approved))?)?(?:\s+from)?|regrets
          | absent(?:\s+with(?:out)?\s+apolog(?:y|ies))?|absentees|not\s+present
          | (?:approved\s+|granted\s+)?leave\s+of\s+absence
          | substitutes?|substitute\s+members?|substitutions?|deputies|temporary\s+appointments?
          | observers?|observing
          | in\s+the\s+chair|chair(?:man|woman|person)?|presiding|vice[-\s]?chair(?:man|woman|person)?|deputy\s+chair(?:man|woman|person)?|convener|convenor|cathaoirleach|leas[-\s]chathaoirleach
                    | panel|speakers?|guests?|visitors?|clerk|minute[-\s]taker|note[-\s]taker|minutes|secretary|sederunt
          | officers?(?:\s+in\s+attendance)?|officials?(?:\s+in\s+attendance)?|staff(?:\s+in\s+attendance)?|council\s+officers?|administration
          | roll\s+call|members\s+of\s+the\s+public|public|press
        )
        \s*(?::-|[:\-–—]\s*|\t+|$)";
static LABEL: LazyLock<Regex> = LazyLock::new(|| crate::pattern::regex(LABEL_P).unwrap());

/// [`LABEL`] as a forward lazy DFA, without the reverse automata, one-pass DFA and literal
/// look the regular expression builds (the label lines of a run need little of it, and
/// the build was most of the cost of reading them). The pattern is anchored at the start,
/// so a match starts there and the DFA's end of an anchored search is the match's end.
static LABEL_DFA: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(LABEL_P)]));

/// The end of [`LABEL`]'s match in `line` (which starts at the line's start), if any.
fn label_end(line: &str) -> Option<usize> {
    match LABEL_DFA.anchored_end(line) {
        Some(end) => end,
        // (The pattern has no word boundary, so the DFA always answers.)
        None => LABEL.find(line).map(|m| m.end()),
    }
}

fn label_of(lower: &str) -> Label {
    use AttendanceStatus::*;
    let l = lower.trim();
    // "Leave of absence: Cr X", "Approved Leave of Absence": away with leave, an apology for
    // this meeting.
    let (status, role) = if (l.contains("apolog") && !l.contains("without"))
        || l == "regrets"
        || l.ends_with("leave of absence")
    {
        (Apologies, None)
    } else if l.starts_with("absent")
        || l == "absentees"
        || l == "not present"
        || l.ends_with("absent")
    {
        (Absent, None)
    } else if l.starts_with("substitut") || l == "deputies" || l.starts_with("temporary") {
        (Substitute, None)
    } else if l.starts_with("observ") {
        (Observer, None)
    } else if l.starts_with("vice") || l.starts_with("deputy chair") || l.starts_with("leas") {
        (Present, Some(Role::ViceChair))
    } else if l.starts_with("chair")
        || l == "in the chair"
        || l == "presiding"
        || l.starts_with("conven")
        || l == "cathaoirleach"
    {
        (Present, Some(Role::Chair))
    } else if l == "clerk"
        || l == "minute taker"
        || l == "minute-taker"
        || l == "minutes"
        || l == "secretary"
    {
        (InAttendance, Some(Role::Clerk))
    } else if l.starts_with("officer")
        || l.starts_with("official")
        || l == "administration"
        || l == "administration present"
        || l.starts_with("staff")
        || l.starts_with("council officer")
        || l.starts_with("also")
        || l.contains("in attendance")
        || l.starts_with("guest")
        || l.starts_with("visitor")
        || l.starts_with("speaker")
        || l.starts_with("panel")
        || l.starts_with("others")
    {
        // "Members in attendance" are the members present.
        let members = ["members", "councillors", "cllrs", "trustees", "governors", "directors"]
            .iter()
            .any(|m| l.strip_prefix("board ").unwrap_or(l).starts_with(m));
        (if members { Present } else { InAttendance }, None)
    } else {
        (Present, None)
    };
    Label { status, role }
}

/// What the first word of a line that [`LABEL`] matches starts with (lower case), sorted:
/// the prefixes of one first letter are a run ([`LABEL_RUNS`]).
const LABEL_STARTS: &[&str] = &[
    "absent",
    "administration",
    "also",
    "apolog",
    "approved",
    "attend",
    "authority",
    "board",
    "cathaoirleach",
    "chair",
    "clerk",
    "cllr",
    "co-opted",
    "commission",
    "committee",
    "conven",
    "council",
    "deput",
    "director",
    "elected",
    "governor",
    "granted",
    "guest",
    "in",
    "independent",
    "leas",
    "leave",
    "member",
    "minute",
    "non-voting",
    "not",
    "note",
    "observ",
    "officer",
    "official",
    "other",
    "panel",
    "participant",
    "present",
    "presiding",
    "press",
    "public",
    "regret",
    "roll",
    "secretary",
    "sederunt",
    "speaker",
    "staff",
    "substitut",
    "supervisor",
    "temporar",
    "those",
    "trustee",
    "vice",
    "visitor",
    "voting",
];

/// For each first letter `a`..`z`, the run of [`LABEL_STARTS`] that starts with it.
static LABEL_RUNS: [(u8, u8); 26] = label_runs();

const fn label_runs() -> [(u8, u8); 26] {
    let mut runs = [(0u8, 0u8); 26];
    let mut k = 0;
    while k < LABEL_STARTS.len() {
        let c = (LABEL_STARTS[k].as_bytes()[0] - b'a') as usize;
        if runs[c].1 == 0 {
            runs[c].0 = k as u8;
        }
        runs[c].1 = (k + 1) as u8;
        k += 1;
    }
    runs
}

/// Whether [`LABEL`] can match `line`: its first word (ASCII letters and hyphens) starts
/// like one of the labels. Text that is not ASCII there is left to the pattern.
fn may_be_label(line: &str) -> bool {
    let b = line.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic() || **c == b'-').count();
    if b.get(n).is_some_and(|c| !c.is_ascii()) {
        return true;
    }
    let Some(first) = b.first().filter(|_| n > 0) else { return false };
    let Some(&(from, to)) =
        LABEL_RUNS.get(usize::from(first.to_ascii_lowercase().wrapping_sub(b'a')))
    else {
        return false;
    };
    let word = &b[..n];
    LABEL_STARTS[usize::from(from)..usize::from(to)]
        .iter()
        .any(|p| word.len() >= p.len() && word[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
}

/// "Officers of the Police and Crime Commissioner in attendance:", "Administration
/// present:": any few words, then the attendance words and a colon.
static FREE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(?P<label>(?:[\p{L}'’\-]+\s+){1,8}(?:in\s+attendance|present|attending))(?:\s*\([^()\n]{1,40}\))?\s*:\s*",
    )
    .unwrap()
});

/// Words in a free label that make its people in attendance rather than members present
/// ("Officers ... in attendance:", "Administration present:").
static STAFF_WORDS: AnyWord = AnyWord::new(&[
    "officer",
    "official",
    "staff",
    "administration",
    "adviser",
    "advisor",
    "executive",
    "management",
    "employee",
    "support",
    "team",
    "attendance",
]);

/// A free-form label ([`FREE_LABEL`]) at the start of `line`.
fn free_label(line: &str) -> Option<(Label, usize, bool)> {
    static WORDS: AnyWord = AnyWord::new(&["present", "attendance", "attending"]);
    if !line.contains(':') || !WORDS.is_in(line) {
        return None;
    }
    let c = FREE_LABEL.captures(line)?;
    let label = c.name("label")?.as_str();
    let status = if STAFF_WORDS.is_in(label) {
        AttendanceStatus::InAttendance
    } else {
        AttendanceStatus::Present
    };
    let public = contains_ignore_ascii_case(label, "public");
    Some((Label { status, role: None }, c.get(0)?.end(), public))
}

/// "Members of the Trust:", "Officers of the Council:", "Representatives of the Parish
/// Council:": a label that names a group of people of a body (a group word, "of", the body's
/// name in capitals) and ends with a colon. Its people are present, or in attendance or
/// observers as the group word says ([`GroupKind`]). Not "Members of the public:" (a
/// [`LABEL`] of its own), nor "Members of the committee noted:" (a verb before the colon),
/// nor "Chair of the Board:" (an office, no group).
fn body_group_label(line: &str) -> Option<(Label, usize, bool)> {
    static BODY_GROUP: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"^(?P<group>(?:[\p{Lu}][\p{L}\-]*\s+){0,2}(?i:members|officers|officials|councillors|governors|trustees|representatives|directors|staff|advisers|advisors|guests|visitors|observers))\s+(?i:of)\s+(?:(?i:the)\s+)?[\p{Lu}][\p{L}'’\-]*(?:\s+(?:(?:of|and|for|&)\s+)?[\p{Lu}][\p{L}'’\-]*){0,5}\s*:[ \t]*",
        )
        .unwrap()
    });
    // Cheap looks first: a colon near the start and " of " before it.
    let head = &line[..floor_char_boundary(line, line.len().min(100))];
    let colon = memchr::memchr(b':', head.as_bytes())?;
    if !contains_ignore_ascii_case(&head[..colon], " of ") {
        return None;
    }
    let c = BODY_GROUP.captures(line)?;
    let group = c.name("group")?.as_str();
    let status = group_status(group, AttendanceStatus::Present);
    Some((Label { status, role: None }, c.get(0)?.end(), false))
}

fn parse_label(line: &str) -> Option<(Label, usize, bool)> {
    parse_label_en(line).or_else(|| bilingual_label(line)).or_else(|| noted_label(line))
}

/// "Present (voting members)", "In attendance (non-voting):", "Apologies (for absence):
/// Mr X": a label with a note in brackets after it, alone on its line or before a colon.
fn noted_label(line: &str) -> Option<(Label, usize, bool)> {
    // Only a line with a bracket closed at its end or just before a colon.
    let close = memchr::memchr(b')', line.as_bytes())?;
    let after = line[close + 1..].trim_start();
    if !(after.is_empty() || after.starts_with(':')) || close > 60 {
        return None;
    }
    let open = memchr::memrchr(b'(', &line.as_bytes()[..close])?;
    let head = line[..open].trim_end();
    let note = &line[open + 1..close];
    if head.is_empty() || note.contains(['(', ':']) {
        return None;
    }
    // "Chair (Cllr Ann Lee)" is a person with a role, not a label and a note.
    // (Whether there is an honorific, without building its text.)
    let (hon, bare, _) = names::honorific_rest(note.trim());
    if hon || names::is_name_like(bare) {
        return None;
    }
    let (label, r, public) = parse_label_en(head)?;
    if !head[r..].trim().is_empty() {
        return None;
    }
    let rest_at = if after.is_empty() { line.len() } else { line.len() - after.len() + 1 };
    let rest_at = rest_at + (line[rest_at..].len() - line[rest_at..].trim_start().len());
    Some((label, rest_at, public))
}

/// "Yn bresennol / Present:", "Hefyd yn bresennol / Also present: Mr X": a label in another
/// language, a slash, then the English label with its colon.
///
/// The English label may come first too: "PRESENT / YN BRESENNOL:", "IN ATTENDANCE /
/// HEFYD YN BRESENNOL:". The English part is then a whole label by itself, and what stands
/// between the slash and the colon is a few words of letters (no name, number or list).
fn bilingual_label(line: &str) -> Option<(Label, usize, bool)> {
    let head = &line[..floor_char_boundary(line, line.len().min(60))];
    let colon = memchr::memchr(b':', head.as_bytes())?;
    let at = head[..colon].find(" / ")?;
    let slash = at + 3;
    if let Some((label, rest_at, public)) = parse_label_en(&line[slash..])
        && line[slash..slash + rest_at].contains(':')
    {
        return Some((label, slash + rest_at, public));
    }
    let other = &line[slash..colon];
    let words = other.split_whitespace().count();
    if !(1..=4).contains(&words)
        || !other.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    {
        return None;
    }
    let english = line[..at].trim_end();
    let (label, used, public) = parse_label_en(english)?;
    if !english[used..].trim().is_empty() {
        return None;
    }
    let after = &line[colon + 1..];
    Some((label, line.len() - after.trim_start().len(), public))
}

fn parse_label_en(line: &str) -> Option<(Label, usize, bool)> {
    // A look at the first word, then the DFA; no captures (the label is the match up to its
    // last letter, [`label_group`]).
    let Some(end) = may_be_label(line).then(|| label_end(line)).flatten() else {
        return free_label(line).or_else(|| body_group_label(line));
    };
    let label = label_group(&line[..end]);
    // The rest of the line after the separator (not a capture group: capturing `.*` would
    // make the engine walk the line twice). A label reads one line.
    let rest_at = end;
    let rest = &line[rest_at..];
    if rest.contains('\n') {
        return None;
    }
    let lower = lower_label(label);
    // "Minutes" and "Public" only count with a colon ("Minutes: Jane Doe").
    // (The match, and so the label, starts the line.)
    let sep = &line[label.len()..rest_at];
    let bare_word = matches!(
        lower.as_str(),
        "minutes"
            | "public"
            | "press"
            | "members of the public"
            | "panel"
            | "clerk"
            | "secretary"
            | "attendance"
            | "administration"
    ) || GROUP_LABEL.is_match(&lower);
    let alone = rest.trim().is_empty() && matches!(lower.as_str(), "attendance" | "attendees");
    // "Minutes:" introduces a minute-taker only when a name follows on the line.
    if lower == "minutes" && rest.trim().is_empty() {
        return None;
    }
    // "Board members<TAB>A (Chair); B; C": a group in a table's first cell, its people in
    // the next.
    let group_cell = sep.contains('\t')
        && GROUP_LABEL.is_match(&lower)
        && rest.trim_start().starts_with(char::is_uppercase);
    if bare_word && !sep.contains(':') && !alone && !group_cell {
        return None;
    }
    // A bare label needs a colon, a tab, a dash or nothing after it (then a list follows).
    let has_rest = !rest.trim().is_empty();
    if has_rest && sep.trim().is_empty() && !sep.contains('\t') {
        return None;
    }
    let public = lower.contains("public") || lower == "press";
    let mut l = label_of(&lower);
    if lower.trim_end_matches(" were").trim_end_matches(" was") != lower {
        l = label_of(lower.trim_end_matches(" were").trim_end_matches(" was"));
    }
    Some((l, rest_at, public))
}

/// `label` lowered, its words one space apart: `label.to_lowercase()`'s words joined by a
/// space, built word by word (lowering makes and takes no white space, and a word's lower
/// case does not depend on the words around it: the final sigma looks no further than white
/// space).
fn lower_label(label: &str) -> String {
    let mut lower = String::with_capacity(label.len());
    for w in label.split_whitespace() {
        if !lower.is_empty() {
            lower.push(' ');
        }
        if w.is_ascii() {
            lower.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.push_str(&w.to_lowercase());
        }
    }
    lower
}

/// The `label` group of a match of [`LABEL`], found without captures: the match up to its
/// last letter. Every alternative of the group ends with a letter (in any case, "ſ" and the
/// Kelvin sign too) and the separator after it (white space, a colon, dashes, tabs) has none.
fn label_group(m: &str) -> &str {
    m.trim_end_matches(|c: char| !c.is_alphabetic())
}

/// Group words that are labels only with a colon ("Board Members:"), group headings without.
const GROUP_LABEL_P: &str = r"^(?:(?:board|committee|council|panel|voting|elected|commission|authority)\s+)?(?:members|councillors|commissioners|trustees|governors|directors|participants|supervisors|councilmembers)$";
static GROUP_LABEL: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(GROUP_LABEL_P)]));

/// Group headings inside a block: "Members", "Co-opted members", "Other Attendees".
const GROUP_P: &str = r"(?i)^(?:[\p{L}\-]+\s+){0,3}(?:members|attendees|officers|officials|councillors|governors|trustees|representatives|advisers|advisors|staff|team|guests|visitors|observers|partners|directors|participants)(?:\s+(?:present|in attendance|\([\w\-]+\)|for\s+(?:[\p{L}\-]+\s+){0,3}(?:matters|business|items?)))?\s*:?$";
static GROUP: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(GROUP_P)]));

/// "Aelodau Lleyg / Lay Members:": a group heading in two languages, one half of it a
/// group heading by itself (either may come first).
fn bilingual_group_heading(lt: &str) -> bool {
    let Some((a, b)) = lt.trim_end_matches(':').split_once(" / ") else { return false };
    !b.contains(" / ") && (GROUP.is_match(a.trim()) || GROUP.is_match(b.trim()))
}

/// Whether a line without a label may be a header row of group headings: it names a
/// group ("Sub-Committee Members", "Officers") somewhere. A cheap look before [`GROUP`].
fn group_words(t: &str) -> bool {
    static WORDS: AnyWord = AnyWord::new(&[
        "members",
        "officers",
        "officials",
        "councillors",
        "governors",
        "trustees",
        "representatives",
        "advisers",
        "advisors",
        "staff",
        "directors",
    ]);
    t.len() <= 120 && WORDS.is_in(t)
}

/// "Co-opted Member (non-voting):": the heading of a group of one, with its colon (without
/// it, "Independent Member" is an office in a table's column).
fn one_member_heading(lt: &str) -> bool {
    lt.trim_end().strip_suffix(':').is_some_and(one_member_head)
}

/// The words of [`one_member_heading`] without the colon: "Co-opted Member (non-voting)".
fn one_member_head(head: &str) -> bool {
    let head = head.trim_end();
    // A qualifier in brackets: "(non-voting)", "(voting)".
    let head = match head.strip_suffix(')').and_then(|h| h.rsplit_once(" (")) {
        Some((before, inner)) if inner.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') => {
            before.trim_end()
        }
        _ => head,
    };
    ["co-opted member", "coopted member", "independent member", "lay member"]
        .iter()
        .any(|w| head.eq_ignore_ascii_case(w))
}

/// "Group A – Christian denominations ...", "Group 2: Teachers", "Group C": a heading that
/// names a group by a letter or number ("Group" then one capital or up to two digits), then
/// nothing or a dash or colon and a description. Not "Group Captain A. Lee" (a rank before
/// a name) nor "Group Leader" (an office).
fn lettered_group_heading(lt: &str) -> bool {
    let Some(rest) = lt.strip_prefix("Group ").or_else(|| lt.strip_prefix("GROUP ")) else {
        return false;
    };
    let b = rest.as_bytes();
    let n = match b {
        [c, ..] if c.is_ascii_uppercase() => 1,
        [c, d, ..] if c.is_ascii_digit() && d.is_ascii_digit() => 2,
        [c, ..] if c.is_ascii_digit() => 1,
        _ => return false,
    };
    if b.get(n).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let after = rest[n..].trim_start();
    after.is_empty()
        || after.starts_with(['–', '—', '-', ':'])
        || after.starts_with('(') && after.ends_with(')')
}

/// A cell of a header row that is a group heading ("Sub-Committee Members", "Officers",
/// "Parish Representatives"): a column of that group, members present and the others
/// in attendance.
fn group_heading(cell: &str) -> Option<Label> {
    (GROUP.is_match(cell) && !cell.ends_with(':'))
        .then(|| Label { status: group_status(cell, AttendanceStatus::Present), role: None })
}

fn group_status(group: &str, default: AttendanceStatus) -> AttendanceStatus {
    GroupKind::of(group).status(default)
}

/// What a group heading says of its people: staff (in attendance where the label says
/// present), observers, or neither (the label's status).
#[derive(Clone, Copy)]
enum GroupKind {
    Staff,
    Observers,
    Other,
}

impl GroupKind {
    /// The status of a person under a group of this kind, under a label of `default`.
    fn status(self, default: AttendanceStatus) -> AttendanceStatus {
        match self {
            GroupKind::Staff if default == AttendanceStatus::Present => {
                AttendanceStatus::InAttendance
            }
            GroupKind::Observers => AttendanceStatus::Observer,
            _ => default,
        }
    }

    /// The kind of group a heading names ("Officers", "Observers", "Members").
    fn of(group: &str) -> GroupKind {
        // Whether the lower-cased group holds `word`, found without lower-casing it: the same
        // answer, since the words here are ASCII without a "k" and none ends in "i" (the only
        // characters other than ASCII whose lower case has ASCII in it are the Kelvin sign,
        // "k", and "İ", "i" then a combining dot).
        let has = |word: &str| contains_ignore_ascii_case(group, word);
        if has("officer")
            || has("other")
            || has("guest")
            || has("visitor")
            || has("staff")
            || has("official")
            || has("advis")
            || has("partner")
            || has("team")
            || has("in attendance")
        {
            GroupKind::Staff
        } else if has("observer") {
            GroupKind::Observers
        } else {
            GroupKind::Other
        }
    }
}

/// Scans `region` for labelled blocks.
/// Whether `b` has three spaces in a row (`b.windows(3).any(|w| w == b"   ")`), looking at
/// every third byte only: any three bytes in a row hold exactly one offset that is a
/// multiple of three, so a run of three spaces has a space at such an offset `i`, and is
/// one of the three runs through it (`i-2..=i`, `i-1..=i+1`, `i..=i+2`), which are checked
/// there. Most lines have no run, and most of their bytes are not read.
fn has_three_spaces(b: &[u8]) -> bool {
    let sp = |k: usize| b.get(k) == Some(&b' ');
    (0..b.len()).step_by(3).any(|i| {
        b[i] == b' '
            && ((i >= 2 && sp(i - 2) && sp(i - 1))
                || (i >= 1 && sp(i - 1) && sp(i + 1))
                || (sp(i + 1) && sp(i + 2)))
    })
}

fn blocks(text: &Text, region: Range<usize>, out: &mut Vec<Attendee>) {
    if region.is_empty() {
        return;
    }
    let first = text.line_of(region.start);
    let last = text.line_of(region.end.saturating_sub(1).max(region.start));
    let mut i = first;
    // Whether the last block's table had a name then other things in its rows.
    let mut name_column = false;
    while i <= last && i < text.lines.len() {
        let line = text.lines[i];
        let t = line.trimmed();
        if line.start < region.start && i == first && line.trimmed_range().start < region.start {
            i += 1;
            continue;
        }
        // Side by side: "Present:<TAB>Apologies:", or in columns laid out with spaces
        // ("Yn bresennol / Present:<spaces>Ymddiheuriadau / Apologies:"; two colons at least).
        // Or bare labels over their columns ("Present<spaces>In attendance<spaces>Apologies",
        // a table's header row laid out from a PDF), each column a different status.
        let tb = t.as_bytes();
        let tabbed = memchr::memchr(b'\t', tb).is_some();
        let mut colons = memchr::memchr_iter(b':', tb);
        let (one, two) = (colons.next().is_some(), colons.next().is_some());
        // The gap after the first cell, a label of a few words.
        let gap = || has_three_spaces(&tb[..tb.len().min(48)]);
        // Or group headings over their columns ("Sub-Committee Members<spaces>Officers").
        let grouped = !tabbed && !one && gap() && group_words(t);
        let spaced = !tabbed && (two || !one && may_be_label(t) || grouped) && gap();
        let bare = spaced && !two;
        if tabbed || spaced {
            let cells = cells_at(line.text);
            // "Community Councillors<TAB>Also attending<TAB>Apologies": a group heading
            // beside labels in a tabbed header row, each column a different status.
            let mut tabbed_group = false;
            let labels: Vec<Option<Label>> = cells
                .iter()
                .map(|(_, _, c)| {
                    parse_label(c)
                        .filter(|(_, r, _)| c[*r..].trim().is_empty())
                        .map(|l| l.0)
                        .or_else(|| {
                            let g = group_heading(c).filter(|_| grouped || tabbed);
                            tabbed_group |= g.is_some() && !grouped;
                            g
                        })
                })
                .collect();
            let distinct = || {
                let st: Vec<AttendanceStatus> = labels.iter().flatten().map(|l| l.status).collect();
                st.iter().enumerate().all(|(k, s)| !st[..k].contains(s))
            };
            if cells.len() >= 2
                && labels.iter().all(Option::is_some)
                && (!bare && !tabbed_group || distinct())
            {
                let cols: Vec<Label> = labels.into_iter().flatten().collect();
                // Cells of spaced rows go to the column whose label starts at or before them.
                let at: Option<Vec<usize>> = spaced.then(|| cells.iter().map(|c| c.0).collect());
                i = columns(text, i + 1, last, &cols, at.as_deref(), out);
                continue;
            }
        }
        // A label at the start of the line, or after a sentence on it ("... COMMITTEE.
        // Present:- Councillor A, Convener; ...").
        // Or a label in a column of its own that wraps onto the next line ("ALSO<spaces>
        // Councillor X" over "ATTENDING:"): that line is the label's, not a label of its own.
        let mut fragment = None;
        let parsed = parse_label(t).or_else(|| mid_line_label(t)).or_else(|| {
            let found = wrapped_label(text, i)?;
            fragment = Some(i + 1);
            Some(found)
        });
        // "Name<TAB>Category<TAB>Attendance": a table with a status column opens a block of
        // its own, with no label over it; each row's status cell says what it is.
        // "Name<TAB>Role" next to a heading of members ("Members" under it, "Councillors"
        // over it): a table of the people present, with no label over it; its group rows
        // ("In attendance", "Officers") say who else is what.
        let parsed = parsed.or_else(|| {
            let label = Label { status: AttendanceStatus::Present, role: None };
            (tabbed && (status_header(t) || names_header_by_members(text, i, first, last)))
                .then_some((label, t.len(), false))
        });
        let Some((label, rest_at, public)) = parsed else {
            i += 1;
            continue;
        };
        let (label, rest_at, public) = inner_label(t, (label, rest_at, public));
        let rest_at = rest_at + roll_count_len(&t[rest_at..]);
        // "Clerk: Mrs A, Ty Newydd, Ffordd yr Eglwys, Llanfihangel SY22 5AA" over "Tel: ...":
        // a letterhead's contact line, not attendance.
        if label.role == Some(Role::Clerk) && is_contact_line(&t[rest_at..], text.lines.get(i + 1))
        {
            i += 1;
            continue;
        }
        let lead = line.text.len() - line.text.trim_start().len();
        let rest_start = line.start + lead + rest_at;
        let mut state = Block {
            label,
            group: None,
            group_kind: None,
            pending: Vec::new(),
            bulleted_names: None,
            org: None,
            represents: false,
            // A "Name<TAB>Role" header opens the block: its rows are a name, then the rest.
            // So does a header over a status column ("Councillor<TAB>Position<TAB>
            // Attendance").
            name_column: name_column || (tabbed && (heads_names(t) || status_header(t))),
            org_first: false,
            flat_cols: 0,
            mark_cols: if tabbed { mark_columns(t) } else { None },
        };
        let block_start = out.len();
        let mut closed = false;
        // "Official<TAB>Title": a table's header row whose first cell is a label; its other
        // cells name columns, not people.
        let header = tabbed && is_header_row(t);
        if !public && !header {
            let rest = &text.src[rest_start..line.end()];
            if !rest.trim().is_empty() {
                // A list wrapped over several lines ("... C. Ostrowski, D.\nVilliers, E. Quaye").
                let (end, next_line) = wrapped_end(text, i, rest_start, last, LABEL_WRAP);
                let joined = join_wrapped(&text.src[rest_start..end]);
                let spaced_row = t[..rest_at].ends_with("   ")
                    && has_spaces(text.src[rest_start..line.end()].trim(), 2);
                for (l, range) in embedded_labels(&joined, label) {
                    state.label = l;
                    state.pending.clear();
                    let part = without_public_count(&joined[range.clone()]);
                    // "The Town Mayor, Councillor X, presided. Also present were ...": a
                    // paragraph of sentences with verbs is prose (read by the prose patterns);
                    // only its sentences without one are lists.
                    if part.contains(". ") && VERB.is_match(part) {
                        for r in sentences(part) {
                            let sent = &part[r.clone()];
                            if !VERB.is_match(sent) {
                                let at = rest_start + range.start + r.start;
                                people_line(text, at, sent, &mut state, out);
                            }
                        }
                        continue;
                    }
                    // "DIRECTORS PRESENT:   K. Lindqvist, Chair      Electoral Area B": the rest
                    // of a one-line label is a table row when its cells are set apart by spaces.
                    // "PRESENT:<spaces>Andrew Pell<spaces>Independent Director" over
                    // "<spaces>(Chair)": a table laid out with spaces from the label on, its
                    // cells set apart by two spaces or more, its last cell wrapping under it.
                    let part = if spaced_row {
                        spaced_columns_run(part, 2)
                    } else if next_line == i + 1 {
                        spaced_columns(part)
                    } else {
                        part.into()
                    };
                    if !people_line(text, rest_start + range.start, &part, &mut state, out) {
                        // "Ms A (Chief Executive) and Mr B. The Commissioner attended for
                        // item 4.": the list is a sentence of its own; the sentences that
                        // follow are prose (read by the prose patterns).
                        if let Some(end) = part.find(". ").filter(|&p| p > 0) {
                            let first = &part[..=end];
                            people_line(text, rest_start + range.start, first, &mut state, out);
                        }
                    }
                }
                i = next_line - 1;
                // "Apologies: Councillor A and Provost B." then "Ms MacRae in the Chair.": a
                // list closed by a full stop on the label's lines goes on only with a line
                // that has a label of its own ("Panel support: Mrs X").
                closed = text.src[rest_start..end].trim_end().ends_with('.');
            }
        }
        i += 1;
        if fragment == Some(i) {
            i += 1;
        }
        while i <= last && i < text.lines.len() {
            let l = text.lines[i];
            // "Helen Ashdown | Non-Executive Member (Chair) | NHS Severnvale ICB": a table
            // typed with pipes is a row of cells, as if split by tabs.
            let piped = piped_cells(l.trimmed());
            let lt: &str = &piped;
            // "-------  --------" under a table's header row: a rule drawn with characters.
            if lt.is_empty() || is_rule_line(lt) {
                i += 1;
                continue;
            }
            if parse_label(lt).is_some() || wrapped_label(text, i).is_some() {
                break;
            }
            // "Member" over "Representing" before the first entry: a flattened table's
            // header cells.
            if out.len() == block_start && flat_header_cell(lt) {
                state.flat_cols += 1;
                i += 1;
                continue;
            }
            if is_header_row(lt) {
                state.org_first = org_first_header(lt);
                state.name_column |= lt.contains('\t') && heads_names(lt);
                i += 1;
                continue;
            }
            if let Some(org) = organisation_heading(text, i) {
                let body = represented_body(org);
                state.represents = body.is_some();
                state.org = Some(body.unwrap_or(org).to_string());
                state.pending.clear();
                i += 1;
                continue;
            }
            // "Elected Members<spaces>Appointed Members" under "PRESENT:": group headings
            // over columns of the block's people (one status or two).
            if has_spaces(lt, 3) && !lt.contains('\t') && group_words(lt) {
                let cells = cells_at(l.text);
                let heads: Option<Vec<Label>> = cells
                    .iter()
                    .map(|(_, _, c)| {
                        let status = group_status(c, state.label.status);
                        GROUP.is_match(c).then_some(Label { status, role: None })
                    })
                    .collect();
                if let Some(cols) = heads.filter(|h| h.len() >= 2) {
                    let starts: Vec<usize> = cells.iter().map(|c| c.0).collect();
                    i = columns(text, i + 1, last, &cols, Some(&starts), out);
                    break;
                }
            }
            // "Group A – Christian denominations ..." over its members: a lettered group
            // heading. "Co-opted member (non-voting)" with a blank line over it and its
            // member under it: the heading of a group of one.
            let lone_heading = || {
                text.lines.get(i - 1).is_some_and(|p| p.is_blank())
                    && text.lines.get(i + 1).is_some_and(|n| !n.is_blank())
                    && one_member_head(lt)
            };
            if (GROUP.is_match(lt)
                || bilingual_group_heading(lt)
                || one_member_heading(lt)
                || lettered_group_heading(lt)
                || lone_heading())
                && !lt.contains('\t')
            {
                state.group = Some(lt.trim_end_matches(':').to_string());
                // A lettered group's description ("... and other religions") says nothing
                // of its members' status.
                state.group_kind = if lettered_group_heading(lt) {
                    Some(GroupKind::Other)
                } else {
                    state.group.as_deref().map(GroupKind::of)
                };
                state.pending.clear();
                i += 1;
                continue;
            }
            // "Present: Cllr. A, Cathaoirleach, presided." then "Cllrs. B, C, ...": a list
            // led by a plural title goes on after a closed line.
            if public || closed && !lt.contains(':') && !plural_title_list(lt) {
                break;
            }
            // "Two members of the public" between names does not end the list.
            if names::is_count(lt.trim_end_matches('.')) {
                i += 1;
                continue;
            }
            // "· organisation" under a name in a flattened table.
            if (lt.starts_with('·') || lt.starts_with('•'))
                && !state.pending.is_empty()
                && state.bulleted_names != Some(true)
            {
                let org = lt.trim_start_matches(['·', '•']).trim();
                let idx = state.pending.remove(0);
                if let Some(a) = out.get_mut(idx) {
                    a.organisation = Some(org.to_string());
                    // `a.raw` then " · " and the organisation, appended in place.
                    a.raw.push_str(" · ");
                    a.raw.push_str(org);
                }
                i += 1;
                continue;
            }
            // "1.  Hon. Grace Wanjiru Mugo, MCA  -  Chairperson": a numbered list of people;
            // the number is no part of the entry.
            let num = list_number_len(lt);
            let lt = &lt[num..];
            let lead = l.text.len() - l.text.trim_start().len() + num;
            // A list of entries ended by semicolons runs on while an entry is unfinished
            // ("...; Edna Rinker, Vice - Chairman; George\nW. Funkhouser; ...").
            let through = semicolon_list_end(text, i, last);
            if through > i {
                let joined = text.src[l.start + lead..text.lines[through].end()].replace('\n', " ");
                if people_line(text, l.start + lead, &joined, &mut state, out) {
                    i = through + 1;
                    continue;
                }
            }
            // An entry that wraps onto the next lines ("..., Sunita\nGill, ...", "Dr Ifeoma
            // Nwosu (Appointed\nGovernor, University of Northbrook), ..."): the lines joined.
            // "P. O'Rourke (Alternate for<spaces>Electoral Area D" over "  G. Halvorsen)": a
            // table's first cell whose bracket closes on the next line, under it.
            // Two columns of names ("Cllr. A (Leas-<spaces>Cllr. B" over "Chathaoirleach)
            // <spaces>Cllr. C"): the other cells of both rows are read after it.
            // "The Deputy Mayor, Councillor Gareth<TAB>Councillor Lowri Tudor" over
            // "Lloyd-Harries<TAB>Councillor Matthew Vaughan": two columns of names, one of
            // them wrapped onto the next row; each column's cells read as one.
            if let Some(pieces) = tab_cell_wraps(text, i, last) {
                let mut read = false;
                for (at, piece) in &pieces {
                    read |= people_line(text, *at, piece, &mut state, out);
                }
                if read {
                    i += 2;
                    continue;
                }
            }
            if let Some((joined, others)) = cell_wraps(text, i, last)
                && people_line(text, l.start, &joined, &mut state, out)
            {
                // Three columns: the other cells of a row may still be set apart by spaces.
                for (at, cell) in others {
                    people_line(text, at, &spaced_columns(cell), &mut state, out);
                }
                i += 2;
                continue;
            }
            let (end, next_line) = wrapped_end(text, i, l.start + lead, last, BLOCK_WRAP);
            if next_line > i + 1 && !lt.contains('\t') && !has_spaces(lt, 3) {
                // "Cllrs A, B and" over "<TAB>C": the tab that indents the next line is no cell.
                let joined = join_wrapped(&text.src[l.start + lead..end]);
                if people_line(text, l.start + lead, &joined, &mut state, out) {
                    i = next_line;
                    continue;
                }
            }
            // "Mrs A Lee<spaces>Non-Executive Member; Chair of" over "<spaces>Audit
            // Committee": a description that wraps onto the next line, under its own column.
            if let Some((joined, through)) = description_wraps(text, i, last) {
                let row = spaced_columns(&joined);
                if people_line(text, l.start + lead, &row, &mut state, out) {
                    i = through + 1;
                    continue;
                }
            }
            let row = spaced_columns(lt);
            // "Alternate Director S. Fontaine  Village of Cedar Flats" under rows set apart
            // by wider runs: a long name leaves two spaces before the next column.
            let narrow = || {
                has_spaces(lt, 2)
                    && i.checked_sub(1)
                        .and_then(|k| text.lines.get(k))
                        .is_some_and(|p| has_spaces(p.trimmed(), 3))
            };
            let read = people_line(text, l.start + lead, &row, &mut state, out)
                || (narrow()
                    && people_line(
                        text,
                        l.start + lead,
                        &spaced_columns_run(lt, 2),
                        &mut state,
                        out,
                    ));
            if !read {
                // The wrapped end of the previous entry's description ("the Leaving Care
                // Service, Royal Borough ...") does not end the list.
                let prev = text.lines[i - 1].trimmed();
                let prev_open = prev.ends_with([',', '&', '(', '-'])
                    || prev.ends_with(" and")
                    || prev.ends_with(" of")
                    || prev.ends_with(" the");
                let wrapped = (lt.starts_with(|c: char| c.is_lowercase() || c == '(' || c == '&')
                    || prev_open)
                    && !prev.is_empty()
                    && out.last().is_some_and(|a| a.organisation.is_some());
                if wrapped {
                    if let Some(a) = out.last_mut() {
                        if let Some(org) = a.organisation.as_mut() {
                            org.push(' ');
                            org.push_str(lt);
                        }
                        a.raw.push('\n');
                        a.raw.push_str(lt);
                        a.evidence.char_end = text.char_offset(l.end());
                    }
                    i += 1;
                    continue;
                }
                break;
            }
            // Flattened tables have many blank lines: the list goes on while entries parse.
            i += 1;
            // Under header cells one a line, the row's other cells follow the person's line
            // ("Councillor A (Chair)" over "Wyvern County Council").
            if state.flat_cols >= 2 {
                let mut left = state.flat_cols - 1;
                while left > 0 && i <= last && i < text.lines.len() {
                    let c = text.lines[i].trimmed();
                    if c.is_empty() {
                        i += 1;
                        continue;
                    }
                    if parse_label(c).is_some() {
                        break;
                    }
                    if let Some(a) = out.last_mut().filter(|a| a.organisation.is_none()) {
                        a.organisation = Some(c.to_string());
                    }
                    left -= 1;
                    i += 1;
                }
            }
        }
        // The next label's rows are in the same table ("DIRECTOR ABSENT:" under "DIRECTORS
        // PRESENT:").
        name_column = state.name_column;
    }
}

/// The lines of a wrapped list as one line, byte for byte: each line break, and the tabs
/// that indent the next line under the list ("Cllrs. A, B, Declan" over
/// "<TAB><TAB>Furlong, C"), become spaces (tabs elsewhere still split cells).
fn join_wrapped(s: &str) -> String {
    let mut b = s.as_bytes().to_vec();
    let mut after_break = false;
    for c in &mut b {
        match *c {
            b'\n' => {
                *c = b' ';
                after_break = true;
            }
            b'\t' if after_break => *c = b' ',
            b' ' => {}
            _ => after_break = false,
        }
    }
    // Only ASCII bytes changed to ASCII spaces: still UTF-8.
    String::from_utf8(b).unwrap_or_else(|_| s.replace('\n', " "))
}

/// Lines `i` and `i + 1` as one text (same length, the line break a space) when line `i` is
/// a row of cells set apart by spaces whose first cell leaves a bracket open and the next
/// line's first cell, under it, closes it. The other cells of both lines are blanked out:
/// the text is the first cell and its wrapped end. When the next line has other cells too
/// (two columns of names), the other cells of both lines are returned (byte offset, text).
fn cell_wraps<'a>(
    text: &Text<'a>,
    i: usize,
    last: usize,
) -> Option<(String, Vec<(usize, &'a str)>)> {
    let l = text.lines[i];
    let next = text.lines.get(i + 1).filter(|_| i < last)?;
    if !has_spaces(l.text, 3) || !l.text.contains('(') || next.is_blank() {
        return None;
    }
    let cells = cells_at(l.text);
    let (col, at, first) = *cells.first()?;
    let opens = first.matches('(').count() > first.matches(')').count();
    let below = cells_at(next.text);
    let (next_col, next_at, cont) = *below.first()?;
    if cells.len() < 2 || !opens || next_col < col || !cont.contains(')') || cont.contains('(') {
        return None;
    }
    // More cells below only in the columns of the cells after the first.
    let second_col = cells[1].0;
    if below.len() > 1 && below[1].0 < second_col.saturating_sub(4) {
        return None;
    }
    let mut b = text.src.as_bytes()[l.start..next.end()].to_vec();
    let first_end = at + first.len();
    for c in &mut b[first_end..l.text.len()] {
        *c = b' ';
    }
    b[l.text.len()] = b' ';
    let cont_end = l.text.len() + 1 + next_at + cont.len();
    for c in &mut b[cont_end..] {
        *c = b' ';
    }
    let mut others = Vec::new();
    if below.len() > 1 {
        let src = text.src;
        others.push((l.start + cells[1].1, &src[l.start + cells[1].1..l.end()]));
        others.push((next.start + below[1].1, &src[next.start + below[1].1..next.end()]));
    }
    // Only whole cells (ASCII spaces around them) and a line break became spaces.
    Some((String::from_utf8(b).ok()?, others))
}

/// Two rows of tabbed columns of names where a cell wraps onto the cell under it: the
/// cell below opens with a bracket or in lower case ("(presiding)", "114)"), or the cell
/// above ends in a title and one name ("Councillor Gareth") and the cell below is one
/// capitalised word with no title ("Lloyd-Harries"). Both rows have the same number of
/// cells. The pieces to read, each with its byte offset: a wrapped column's two cells as
/// one (the text between them blanked, byte for byte), the other cells as they are.
fn tab_cell_wraps(text: &Text, i: usize, last: usize) -> Option<Vec<(usize, String)>> {
    let l = text.lines[i];
    let next = text.lines.get(i + 1).filter(|n| i < last && !n.is_blank())?;
    if !l.text.contains('\t') || !next.text.contains('\t') {
        return None;
    }
    let (above, below) = (cells_at(l.text), cells_at(next.text));
    if above.len() < 2 || above.len() != below.len() {
        return None;
    }
    let wraps = |a: &str, b: &str| {
        let opens = a.matches('(').count() > a.matches(')').count();
        if b.starts_with(|c: char| c.is_lowercase() || c == '(') {
            return true;
        }
        if opens && b.contains(')') && !b.contains('(') {
            return true;
        }
        let entry = a.rsplit([',', ';']).next().unwrap_or(a).trim();
        let (titled, rest, _) = names::honorific_rest(entry);
        let one = |w: &str| {
            !w.is_empty()
                && !w.contains(' ')
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        };
        titled && one(rest.trim()) && one(b) && !names::honorific_rest(&format!("{b} X")).0
    };
    let joined: Vec<bool> = above.iter().zip(&below).map(|(a, b)| wraps(a.2, b.2)).collect();
    if !joined.iter().any(|&j| j) {
        return None;
    }
    let mut pieces = Vec::new();
    for (k, (a, b)) in above.iter().zip(&below).enumerate() {
        if joined[k] {
            let mut bytes = text.src.as_bytes()[l.start + a.1..next.end()].to_vec();
            let a_end = a.2.len();
            let b_at = l.text.len() - a.1 + 1 + b.1;
            for c in &mut bytes[a_end..b_at] {
                *c = b' ';
            }
            bytes.truncate(b_at + b.2.len());
            pieces.push((l.start + a.1, String::from_utf8(bytes).ok()?));
        } else {
            pieces.push((l.start + a.1, a.2.to_string()));
            pieces.push((next.start + b.1, b.2.to_string()));
        }
    }
    Some(pieces)
}

/// A table row laid out with spaces, a person in the first cell and a description in the
/// others, whose last cell wraps onto the next lines, each of them one cell that starts
/// under it ("Dr A Rowe<spaces>Deputy Director (deputising for" over "<spaces>Mr B Hale)"):
/// the trimmed row with the wrapped lines joined to it by spaces, and the last line joined.
fn description_wraps(text: &Text, i: usize, last: usize) -> Option<(String, usize)> {
    let l = text.lines[i];
    let next = text.lines.get(i + 1).filter(|n| i < last && !n.is_blank())?;
    // Cheap looks first: the next line is indented far, the row has a run of spaces.
    let indent = next.text.len() - next.text.trim_start().len();
    if indent < 8 || !has_spaces(l.text, 3) || has_spaces(next.trimmed(), 3) {
        return None;
    }
    let cells = cells_at(l.text);
    let (col, _, _) = *cells.last()?;
    let first = cells.first()?.2;
    if cells.len() < 2 || parse_people(first).len() != 1 {
        return None;
    }
    // The other cells describe the person: none of them is a person too.
    if cells[1..].iter().any(|(_, _, c)| names::honorific_rest(c).0) {
        return None;
    }
    let under = |n: &crate::text::Line| {
        let t = n.trimmed();
        let at = n.text.len() - n.text.trim_start().len();
        // Columns count characters; indentation is spaces, one byte each.
        !n.is_blank() && at.abs_diff(col) <= 1 && !has_spaces(t, 3) && parse_label(t).is_none()
    };
    let mut joined = l.trimmed().to_string();
    let mut j = i;
    while j < last && text.lines.get(j + 1).is_some_and(under) {
        j += 1;
        joined.push(' ');
        joined.push_str(text.lines[j].trimmed());
    }
    (j > i).then_some((joined, j))
}

/// Line `i` when it names an organisation whose people are indented under it: the next
/// line is more indented and is a list of people, and this one is not a person, a list or a
/// label ("Wealdmoor County Council" / "<TAB>Mark Beresford – Director of Adult Social Care").
fn organisation_heading<'a>(text: &Text<'a>, i: usize) -> Option<&'a str> {
    let line = text.lines.get(i)?;
    let next = text.lines.get(i + 1)?;
    let indent = |t: &str| t.len() - t.trim_start().len();
    let whole = line.trimmed();
    // "Representing Whitfell Town Council (co-opted, non-voting)": the body and a
    // qualifier in brackets after it.
    let t = represented_body(whole).unwrap_or(whole);
    // "County Executive – Department of Health Services" over "1.  Dr. X  -  Chief
    // Officer": an unnumbered line over a numbered list of people heads it at any indent,
    // a dash in it too (this line has no number of its own).
    // A group heading ("Elected Members") stays one.
    let numbered =
        list_number_len(next.trimmed()) > 0 && list_number_len(t) == 0 && !GROUP.is_match(t);
    if next.is_blank()
        || indent(next.text) <= indent(line.text) && !numbered
        || t.contains([',', ';', ':', '(', '\t'])
        || !numbered && (t.contains(['–', '—']) || t.contains(" - "))
        || has_spaces(t, 3)
        || names::honorific_rest(t).0
    {
        return None;
    }
    let entry = next.trimmed();
    let people = if numbered {
        parse_people(&spaced_columns(&entry[list_number_len(entry)..]))
    } else {
        parse_people(entry)
    };
    // Names, not a heading in capitals ("PART ONE – OPEN TO THE PUBLIC").
    let named = |p: &Person| p.name.chars().any(char::is_lowercase);
    (!people.is_empty() && people.iter().all(|(_, p)| named(p))).then_some(whole)
}

/// The body a heading "Representing Allerby Borough Council" names (its people represent
/// it at this meeting), without a qualifier in brackets after it ("Representing Whitfell
/// Town Council (co-opted, non-voting)"); none for any other line.
fn represented_body(t: &str) -> Option<&str> {
    let rest = t.get(..13).filter(|p| p.eq_ignore_ascii_case("representing "))?;
    let rest = t[rest.len()..].trim_start();
    let body = match rest.strip_suffix(')').and_then(|r| r.rfind('(').map(|o| &r[..o])) {
        Some(b) => b.trim_end(),
        None => rest,
    };
    body.starts_with(char::is_uppercase).then_some(body)
}

/// A line that is one header cell of a flattened table ("Name", "Member", "Role",
/// "Representing", "Group represented"): a column name alone.
fn flat_header_cell(lt: &str) -> bool {
    const CELLS: &[&str] = &[
        "name",
        "member",
        "role",
        "representing",
        "organisation",
        "organization",
        "position",
        "title",
        "designation",
        "job title",
        "ward",
        "office",
        "portfolio",
        "group",
        "sector",
        "constituency",
        "category",
        "authority",
        "party",
    ];
    let cell = lt.trim_end_matches(':').trim_end();
    if cell.len() > 28 {
        return false;
    }
    // "Group represented", "Organisation represented", "Body represented".
    match cell.strip_suffix(" represented") {
        Some(what) => ["group", "body", "sector", "organisation", "organization", "constituency"]
            .iter()
            .any(|h| what.eq_ignore_ascii_case(h)),
        None => CELLS.iter().any(|h| cell.eq_ignore_ascii_case(h)),
    }
}

/// "5 -  " in "Present: 5 -  A, B, C, D and E": the count of a roll call before its
/// names (a number, then a dash set apart by spaces). Its length, or 0.
fn roll_count_len(rest: &str) -> usize {
    let r = rest.trim_start();
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return 0;
    }
    let after = r[digits..].trim_start();
    let Some(tail) = after.strip_prefix('-').or_else(|| after.strip_prefix('–')) else {
        return 0;
    };
    if !tail.starts_with(char::is_whitespace) || !tail.trim_start().starts_with(char::is_uppercase)
    {
        return 0;
    }
    rest.len() - tail.trim_start().len()
}

/// A line that opens a list of people with a plural title: "Cllrs. A, B, C", "Councillors
/// A, B and C" (a title, then a name and a comma or "and").
fn plural_title_list(lt: &str) -> bool {
    let lower = lt.get(..12).unwrap_or(lt).to_ascii_lowercase();
    ["cllrs. ", "cllrs ", "councillors "].iter().any(|p| lower.starts_with(p))
        && (lt.contains(',') || lt.contains(" and "))
}

/// A row of a table typed with pipes ("Name | Role | Organisation"): each pipe with a
/// space on both sides becomes a tab and its spaces stay, so byte offsets stay. A line
/// without " | " is returned as it is.
fn piped_cells(line: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memmem::find(line.as_bytes(), b" | ").is_none() {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut b = line.as_bytes().to_vec();
    for k in 1..b.len().saturating_sub(1) {
        if b[k] == b'|' && b[k - 1] == b' ' && b[k + 1] == b' ' {
            b[k] = b'\t';
        }
    }
    // Only an ASCII pipe changed to an ASCII tab: still UTF-8.
    std::borrow::Cow::Owned(String::from_utf8(b).unwrap_or_else(|_| line.to_string()))
}

/// A line whose columns are aligned with runs of spaces (text laid out from a PDF):
/// "Members<spaces>Priya Chand" is a row of cells, as if split by tabs. The first space of
/// each run of three or more inside the line becomes a tab, so byte offsets stay.
fn spaced_columns(line: &str) -> std::borrow::Cow<'_, str> {
    spaced_columns_run(line, 3)
}

/// Whether `s` has a run of `n` ASCII spaces (1 to 3): `s.contains(&"   "[..n])` without
/// setting up a substring search for each line.
fn has_spaces(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    n == 0
        || memchr::memchr_iter(b' ', b)
            .any(|k| b.get(k..k + n).is_some_and(|w| w.iter().all(|&c| c == b' ')))
}

/// [`spaced_columns`] with cells set apart by runs of `run` spaces or more.
fn spaced_columns_run(line: &str, run: usize) -> std::borrow::Cow<'_, str> {
    let t = line.trim();
    if !has_spaces(t, run.min(3)) {
        return std::borrow::Cow::Borrowed(line);
    }
    let lead = line.len() - line.trim_start().len();
    let mut b = line.as_bytes().to_vec();
    let mut k = lead;
    while k < lead + t.len() {
        if b[k] == b' ' {
            let n = b[k..lead + t.len()].iter().take_while(|&&c| c == b' ').count();
            if n >= run {
                b[k] = b'\t';
            }
            k += n;
        } else {
            k += 1;
        }
    }
    // Only ASCII spaces changed to an ASCII tab: still UTF-8.
    std::borrow::Cow::Owned(String::from_utf8(b).unwrap_or_else(|_| line.to_string()))
}

/// "ALSO<spaces>Councillor X" over "ATTENDING:", "APOLOGIES<spaces>Cllr Y" over "FOR
/// ABSENCE:", "Also<spaces>Councillor X" over "Present:": a label in capitals (or each word
/// capitalised) in a column of its own whose last words and colon wrap onto the next line,
/// alone there. The label of the two parts joined, and where the rest of line `i` starts
/// (in the trimmed line).
fn wrapped_label(text: &Text, i: usize) -> Option<(Label, usize, bool)> {
    let next = text.lines.get(i + 1)?.trimmed();
    let caps = |s: &str| {
        s.len() <= 30 && s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
    };
    // "Also" over "Present:": one word capitalised (two could be a name).
    let titled = |s: &str| !s.contains(' ') && s.starts_with(|c: char| c.is_uppercase());
    if !next.ends_with(':') || !(caps(next) || titled(next)) {
        return None;
    }
    let t = text.lines[i].trimmed();
    let cells = cells_at(t);
    let (_, _, head) = *cells.first()?;
    let (_, rest_at, _) = *cells.get(1)?;
    if !(caps(head) || titled(head)) || head.contains(':') {
        return None;
    }
    let joined = format!("{head} {next}");
    let (label, r, public) = parse_label(&joined)?;
    joined[r..].trim().is_empty().then_some((label, rest_at, public))
}

/// A table's header row: "Name<TAB>Role<TAB>Organisation".
/// A header row whose first cell heads the bodies people represent and a later one the
/// people: "Organisation<TAB>Representative", "Body<TAB>Name".
fn org_first_header(t: &str) -> bool {
    let mut cells = t.split('\t').map(str::trim).filter(|c| !c.is_empty());
    let first = cells.next().unwrap_or("").to_ascii_lowercase();
    matches!(first.as_str(), "organisation" | "organization" | "body" | "representing")
        && cells.any(|c| {
            let c = c.to_ascii_lowercase();
            matches!(c.as_str(), "representative" | "representatives" | "name" | "member")
        })
}

/// A table's header row whose first cell heads a column of people and a later one their
/// attendance: "Name<TAB>Category<TAB>Attendance", "Member<TAB>Office<TAB>Ward<TAB>Status".
/// Whether line `i` is a table's header row whose first cell heads names ("Name<TAB>Role")
/// and the nearest non-blank line above or below it (two lines at most, within
/// `first..=last`) is a group heading of members ("Members", "Councillors", "Board
/// members"): not staff, observers or a label.
fn names_header_by_members(text: &Text, i: usize, first: usize, last: usize) -> bool {
    let t = text.lines[i].trimmed();
    let head = t.split('\t').next().unwrap_or("").trim();
    if !["name", "names", "member", "councillor"].iter().any(|h| head.eq_ignore_ascii_case(h))
        || !is_header_row(t)
    {
        return false;
    }
    let members = |k: usize| {
        let g = text.lines[k].trimmed();
        !g.contains('\t')
            && group_heading(g).is_some()
            && matches!(GroupKind::of(g), GroupKind::Other)
            && parse_label(g).is_none()
    };
    let above = (first..i).rev().take(3).find(|&k| !text.lines[k].is_blank());
    let below = (i + 1..=last.min(i + 3)).find(|&k| !text.lines[k].is_blank());
    above.is_some_and(members) || below.is_some_and(members)
}

/// Whether a tabbed header row's first cell heads a column of names and another cell
/// follows it ("Name<TAB>Position").
fn heads_names(t: &str) -> bool {
    let mut cells = t.split('\t').map(str::trim).filter(|c| !c.is_empty());
    first_heads_names(cells.next().unwrap_or("")) && cells.next().is_some() && is_header_row(t)
}

/// Whether a header cell heads a column of names ("Name", "Attendees").
fn first_heads_names(c: &str) -> bool {
    ["name", "names", "attendee", "attendees"].iter().any(|h| c.eq_ignore_ascii_case(h))
}

fn status_header(t: &str) -> bool {
    // "Commissioner<TAB>Present<TAB>Absent": a column of marks for each status heads a roll
    // call whatever its first cell says.
    if mark_columns(t).is_some() {
        return true;
    }
    let mut cells = t.split('\t').map(str::trim).filter(|c| !c.is_empty());
    let first = cells.next().unwrap_or("");
    // "Supervisor<TAB>Present/Absent": the office the rows' people hold heads them too.
    let heads_people = [
        "name",
        "names",
        "member",
        "members",
        "councillor",
        "governor",
        "attendee",
        "supervisor",
        "supervisors",
        "commissioner",
        "commissioners",
        "trustee",
        "trustees",
        "director",
        "directors",
    ]
    .iter()
    .any(|h| first.eq_ignore_ascii_case(h));
    heads_people
        && cells.any(|c| {
            ["attendance", "status", "attended", "present", "present/absent", "present / absent"]
                .iter()
                .any(|h| c.eq_ignore_ascii_case(h))
        })
}

/// The tab-cell indexes of a header row's "Present" and "Absent" columns, each after a
/// first cell of a few words ("Member<TAB>Office<TAB>Present<TAB>Absent").
fn mark_columns(t: &str) -> Option<(usize, usize)> {
    let cells: Vec<&str> = t.split('\t').map(str::trim).collect();
    if cells.len() > 6 || cells[0].is_empty() || cells[0].split_whitespace().count() > 3 {
        return None;
    }
    let at = |w: &str| cells.iter().position(|c| c.eq_ignore_ascii_case(w));
    let (p, a) = (at("present")?, at("absent")?);
    (p > 0 && a > 0).then_some((p, a))
}

/// A roll call row's status by the column its mark ("X", "✓") is in, under [`mark_columns`];
/// "X (excused)" in the absent column is an apology.
fn column_mark(s: &str, (present, absent): (usize, usize)) -> Option<AttendanceStatus> {
    let cells: Vec<&str> = s.trim().split('\t').map(str::trim).collect();
    let marked = |k: usize| {
        cells.get(k).and_then(|c| c.split_whitespace().next()).is_some_and(|w| {
            matches!(w, "X" | "x" | "✓" | "✔" | "☑" | "✗" | "✘" | "Y" | "Yes" | "yes" | "•")
        })
    };
    if marked(absent) {
        let excused = cells.get(absent).is_some_and(|c| EXCUSED.is_match(c));
        return Some(if excused { AttendanceStatus::Apologies } else { AttendanceStatus::Absent });
    }
    marked(present).then_some(AttendanceStatus::Present)
}

/// The words of a header row's cells ("Name", "Ward", "Political group").
const HEADER_P: &str = r"(?i)^(?:name|names|attendee|attendees|member|members|councillor|councillors|officials?|officers?|portfolio|category|office|ward|role|roles|position|title|organi[sz]ation|representing|representatives?|attended|attendance|present|apologies|substitutes?|status|job title|designation|body|sector|notes?|no\.?|item|items|agenda item|ref\.?|subject|minute|pages?|(?:constituent|local|appointing|nominating|member)\s+(?:authority|council|body)|authority|party|political\s+group|group|(?:electoral\s+)?(?:division|district|area))$";
static HEADER: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(HEADER_P)]));

fn is_header_row(t: &str) -> bool {
    // "Member<TAB>Sector / Organisation": a cell may name two columns in one.
    let heads = |c: &str| {
        HEADER.is_match(c)
            || c.contains('/') && c.split('/').map(str::trim).all(|p| HEADER.is_match(p))
    };
    // "Name<TAB>Sector / Nominating Body": a first cell that heads a column of names.
    if t.contains('\t') {
        return t.split('\t').map(str::trim).filter(|c| !c.is_empty()).all(heads)
            || first_heads_names(t.split('\t').next().unwrap_or("").trim());
    }
    // "Name<spaces>Position<spaces>Attendance": a header laid out with spaces (text from a
    // PDF), every cell a column name.
    has_spaces(t, 3) && {
        let cells = cells_at(t);
        cells.len() >= 2 && cells.iter().all(|(_, _, c)| heads(c))
    }
}

/// A label with a colon after a full stop inside a line; the offset is into `t`.
fn mid_line_label(t: &str) -> Option<(Label, usize, bool)> {
    // Only a label with a colon counts here: most lines have none after a full stop.
    if !t.as_bytes().contains(&b':') {
        return None;
    }
    // "..., with the following members present, to wit:": a sentence that ends by saying
    // the list under it is of those present.
    if t.ends_with(':') && t.contains(' ') {
        let head = t[..t.len() - 1].trim_end();
        let head = head.strip_suffix("to wit").map_or(head, |h| h.trim_end().trim_end_matches(','));
        if head.ends_with(" present") && contains_ignore_ascii_case(head, "following") {
            return Some((Label { status: AttendanceStatus::Present, role: None }, t.len(), false));
        }
    }
    let mut from = 0;
    while let Some(p) = t[from..].find(". ") {
        let at = from + p + 2;
        let rest = &t[at..];
        if let Some((label, rest_at, public)) = parse_label(rest)
            && rest[..rest_at].contains(':')
            && !rest[rest_at..].trim().is_empty()
        {
            return Some((label, at + rest_at, public));
        }
        from = at;
    }
    None
}

/// How many lines a list on a label's line may wrap over.
const LABEL_WRAP: usize = 40;
/// How many lines an entry under a label may wrap over (each line of a block may start one,
/// so the reach is kept short).
const BLOCK_WRAP: usize = 8;

/// Where a list that starts at `start` on line `i` ends (at most `most` lines on): it runs on over the lines of its
/// paragraph while the text so far is unfinished (ends with a comma, "and", an initial or an
/// honorific) or the next line starts in lower case or with a bracket. Returns the end byte
/// and the index of the line after it.
fn wrapped_end(text: &Text, i: usize, start: usize, last: usize, most: usize) -> (usize, usize) {
    // Under a label (not on its line) each line may be an entry: fewer reasons to go on.
    let block = most == BLOCK_WRAP;
    let mut end = text.lines[i].end();
    let mut j = i + 1;
    // Brackets opened and not closed so far, kept as lines are added (not recounted: a
    // long paragraph stays linear).
    let brackets = |s: &str| {
        s.bytes().fold(0i64, |d, b| match b {
            b'(' => d + 1,
            b')' => d - 1,
            _ => d,
        })
    };
    let mut depth = brackets(&text.src[start..end]);
    // Whether a word is an honorific by itself: "<word> X" opens with one. The text is built
    // in one buffer, not a new string per look.
    let mut probe = String::new();
    let mut title = |w: &str| {
        probe.clear();
        probe.push_str(w);
        probe.push_str(" X");
        names::honorific_rest(&probe).0
    };
    while j <= last && j < text.lines.len() && j <= i + most && !text.lines[j].is_blank() {
        let so_far = text.src[start..end].trim_end();
        // The end of the text so far is all the tests below read.
        let tail = &so_far[floor_char_boundary(so_far, so_far.len().saturating_sub(200))..];
        let next = text.lines[j].trimmed();
        let last_word = tail.rsplit(' ').next().unwrap_or("");
        // A word broken at the line end ("J. Lomax-\nPilling") goes on too.
        let broken =
            tail.ends_with('-') && tail[..tail.len() - 1].ends_with(|c: char| c.is_alphabetic());
        // So does a bracket left open ("L. Chadwick (Principal\nPlanning Officer)").
        let open = depth > 0;
        // The tests below have no side effects (the title look only reuses its buffer), so
        // they are asked in one chain of `||`, each only when those before it said no: the
        // answer is the one asking all of them gives. The cheap ones come first.
        //
        // A line that starts with letters after a name ("Mr Simon Ogunleye" over "FCA
        // (Director of Finance)") goes on with it.
        let continues = next.starts_with(|c: char| c.is_lowercase() || c == '(')
            || starts_with_post_nominal(next);
        // "Name, Title; Name, Title" entries wrapped inside a title ("Robert Feinstein,
        // District\nCounsel; ...").
        let in_entry = || {
            !block
                && tail.contains(';')
                && !tail.ends_with([';', '.', ':'])
                && !next.split(' ').take(4).any(|w| w.ends_with(':'))
        };
        // "The meeting was quorate throughout: 7 of 10 trustees were present." under the
        // list: a sentence of its own ends it, unless the text so far asks for more (a comma,
        // "and", a bracket or a word left open).
        let sentence = || opens_sentence(next);
        let goes_on = continues
            || tail.ends_with([',', '&', '(', ';'])
            || broken
            || open
            || last_word == "and"
            || !sentence()
                && (
                    // And a list of full names that ends in a given name alone ("..., Ceri Mathias,
                    // Glyn\nRoderick, ...").
                    // Under a label, where each line may be an entry of its own ("Laura Pym –
                    // Scrutiny Officer"), only in a comma list.
                    // Not when the next line starts with the title this one does ("Councillor A,
                    // Ward 9 – Glen Tarrow and Kilbride" over "Councillor B, ..."): one entry a line.
                    // (A surname never opens with an honorific: "..., Director Community and
                    // Corporate" over "Mr Rohan Patel, ..." is an office over the next entry.)
                    (next.starts_with(|c: char| c.is_uppercase())
                && (!block || tail.contains(','))
                && !(block && {
                    let w = text.lines[i].trimmed().split(' ').next().unwrap_or("");
                    next.split(' ').next() == Some(w) && title(w)
                })
                && ends_in_given_name(tail)
                && !names::honorific_rest(next).0)
            || in_entry()
            || (last_word.len() <= 3
                && last_word.ends_with('.')
                && last_word.chars().next().is_some_and(char::is_uppercase))
            // An honorific at the line end ("..., Mr\nPaul Ridley"); under a label only a
            // short one (a line may end in an office such as "Town Mayor" or "Board Member").
            || ((!block || last_word.len() <= 4) && title(last_word))
            // A plural title of two words at the line end ("..., Council Members\nRaman,
            // Hollister and Vukovich"), on a label's line only (under a label a line may end
            // in an office such as "Board Member"). A singular one is an office after a
            // name ("Lord Listowel, Vice Chair"), which ends the entry.
            || (!block && last_word.len() > 3 && last_word.ends_with('s') && {
                let two = tail.len() - last_word.len();
                let before = tail[..two].trim_end();
                let w = before.rsplit(' ').next().unwrap_or("");
                !w.is_empty()
                    && w.starts_with(|c: char| c.is_uppercase())
                    && title(&tail[before.len() - w.len()..])
            })
            // A title broken at the line end ("..., Vice\nMayor Pettigrew", "Deputy\nMayor
            // X"): the word and the next line's first word make one honorific.
            // A title of a few words at the line end of a list under a plural title
            // ("Councilmembers Ayala-Moss, Tran, Mayor Pro Tem\nLindqvist"): the entries
            // are surnames after their titles, so the title opens the next one.
            || (!block && last_word.len() <= 4 && title_ends_plural_list(tail, &mut title))
            || title_wraps(last_word, next)
            || office_wraps(tail, next)
            || office_awaits_name(tail, next)
            || office_after_initials_wraps(tail, next)
                );
        if !goes_on || parse_label(next).is_some() {
            break;
        }
        depth += brackets(&text.src[end..text.lines[j].end()]);
        end = text.lines[j].end();
        j += 1;
    }
    (end, j)
}

/// Whether `line` is a sentence of its own: it ends with a full stop, opens with a
/// capitalised word and a word in lower case that is no small word of a name or office
/// ("The meeting was ...", "Quorum was ..."; not "Director of Finance.", "Counsel; ..."),
/// and has a verb ([`VERB`]).
fn opens_sentence(line: &str) -> bool {
    if !line.ends_with('.') {
        return false;
    }
    let mut words = line.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let mut f = first.chars();
    f.next().is_some_and(char::is_uppercase)
        && f.all(char::is_lowercase)
        && second.chars().all(char::is_lowercase)
        && !is_small_word(second.as_bytes())
        && VERB.is_match(line)
}

/// Whether `line` starts with a post-nominal ("FCA (Director ...)", "OBE, Chair"), a word of
/// its own.
fn starts_with_post_nominal(line: &str) -> bool {
    let word = line.split([' ', ',', '(', ';']).next().unwrap_or("");
    let word = word.trim_end_matches('.');
    word.len() >= 2 && word.len() < line.len() && names::is_post_nominal(word)
}

/// Whether the rest of a "Clerk:" line is a postal address (a UK postcode at its end) or
/// the next line gives a telephone number or email: a letterhead, not attendance.
fn is_contact_line(rest: &str, next: Option<&crate::text::Line<'_>>) -> bool {
    static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?-u:\b)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\.?$").unwrap()
    });
    let rest = rest.trim();
    let address =
        rest.contains(',') && rest.bytes().any(|b| b.is_ascii_digit()) && POSTCODE.is_match(rest);
    let contact = next.is_some_and(|l| {
        let n = l.trimmed().to_ascii_lowercase();
        ["tel", "telephone", "phone", "email", "e-mail"]
            .iter()
            .any(|w| n.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with([':', '.'])))
    });
    address || contact && rest.contains(',')
}

/// "ROLL CALL: Present: Councilmembers A, B": a second label with its colon right after the
/// first says what the list is; the list starts after it.
fn inner_label(t: &str, outer: (Label, usize, bool)) -> (Label, usize, bool) {
    let (_, rest_at, public) = outer;
    let rest = t.get(rest_at..).unwrap_or("");
    // Cheap look first: a colon near the start of the rest.
    let head = &rest[..floor_char_boundary(rest, rest.len().min(40))];
    if public || !head.contains(':') {
        return outer;
    }
    match parse_label(rest) {
        Some((l, r, p)) if rest[..r].contains(':') && !rest[r..].trim().is_empty() => {
            (l, rest_at + r, p)
        }
        _ => outer,
    }
}

/// Whether a capitalised word at a line end and the first word of the next line are one
/// honorific ("Vice" + "Mayor Pettigrew", "Deputy" + "Mayor X"), the title wrapped.
fn title_wraps(last_word: &str, next: &str) -> bool {
    if last_word.len() > 8 || !last_word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let Some(first) = next.split_whitespace().next() else { return false };
    if first.len() > 14 || !first.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    names::starts_a_title(last_word, first) && !names::honorific_rest(&format!("{last_word} X")).0
}

/// Whether a list of offices with the names in brackets ("Chief Executive Officer (Mr Grant
/// Pedersen), General Manager\nInfrastructure (Ms Leanne Cho)") wraps inside an office: the
/// entry before the last comma ends with a bracketed name, the last has no bracket, and the
/// next line's first entry has one.
fn office_wraps(tail: &str, next: &str) -> bool {
    let Some((before, last)) = tail.rsplit_once(',') else { return false };
    if last.contains(['(', ')']) || !before.trim_end().ends_with(')') || !next.contains('(') {
        return false;
    }
    let prev = before.rsplit(',').next().unwrap_or(before);
    // The bracket of the entry before may hold a comma of its own: take from its "(".
    let prev =
        before.rfind('(').map_or(prev, |p| &before[before[..p].rfind(',').map_or(0, |c| c + 1)..]);
    let first = next.split(',').next().unwrap_or(next);
    names::has_parenthesised_name(prev) && names::has_parenthesised_name(first)
}

static PUBLIC_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:(?:and|approximately|approx\.|about|around|some|over|circa)\s+)*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|many)\s+(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners)\.?$").unwrap()
});

/// A list without its last piece when that piece counts the public ("...; Mr. Anthony
/// Russo, Board Attorney; approximately 40 members of the public."): not a person, and not
/// a reason to drop the people before it.
fn without_public_count(s: &str) -> &str {
    if !contains_ignore_ascii_case(s, " of the p") && !contains_ignore_ascii_case(s, "resident") {
        return s;
    }
    let Some(cut) = s.rfind([';', ',']) else { return s };
    if PUBLIC_COUNT.is_match(s[cut + 1..].trim()) { &s[..cut] } else { s }
}

/// Whether the last comma piece of a list that opens with a plural title
/// ("Councilmembers A, B, Mayor Pro Tem") is a title of two or three words alone.
fn title_ends_plural_list(tail: &str, title: &mut impl FnMut(&str) -> bool) -> bool {
    let Some((before, piece)) = tail.rsplit_once(',') else { return false };
    let piece = piece.trim();
    let words = piece.split_whitespace().count();
    if !(2..=3).contains(&words) || !piece.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // The list after its label ("Present: Councilmembers ...").
    let list = before.rsplit(':').next().unwrap_or(before).trim_start();
    let (hon, _, plural) = names::honorific_rest(list);
    hon && plural && title(piece)
}

/// Whether the last entry of a line is a name with initials in brackets ("Ruth Okonedo
/// (RO)", "Tony Meade (TM) Parish") and the next line opens with the rest of its office
/// ("Secretary, ...", "Council rep., ..."): a first piece with no bracket that is not a name.
fn office_after_initials_wraps(tail: &str, next: &str) -> bool {
    // Cheap look first: a closing bracket in the line's last entry.
    let last = tail.rsplit(',').next().unwrap_or(tail);
    let Some(close) = last.rfind(')') else { return false };
    let Some(open) = last[..close].rfind('(') else { return false };
    let inner = &last[open + 1..close];
    if !(2..=4).contains(&inner.len()) || !inner.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    if !names::is_name_like(last[..open].trim()) {
        return false;
    }
    let first = next.split(',').next().unwrap_or(next).trim();
    first.len() < next.len()
        && !first.is_empty()
        && first.split_whitespace().count() <= 4
        && !first.contains(['(', ':'])
        && !names::is_name_like(first)
        && names::parse_person(first).is_none()
}

/// Whether a list of "Office Name" entries ends in an office whose holder's name is on the
/// next line: "..., Public Works Director Carl Svoboda and City Clerk" over "Robin Ellery.".
/// The entry before it names an office and then a person (an office at its end would make
/// the last piece that person's office: "Jane Smith, Director").
fn office_awaits_name(tail: &str, next: &str) -> bool {
    // Cheap look first: the line ends in a capitalised word.
    let Some(last) = tail.rsplit(' ').next() else { return false };
    if !last.starts_with(|c: char| c.is_ascii_uppercase()) || !names::is_not_name_word(last) {
        return false;
    }
    // The last entry of the list, after its "and" ("..., Members<spaces>K Ruru" is a
    // column heading, not an office awaiting a name).
    let Some(and) = tail.rfind(" and ") else { return false };
    let cut = and + 5;
    if tail[cut..].contains(',') {
        return false;
    }
    let piece: Vec<&str> = tail[cut..].split_whitespace().collect();
    if piece.is_empty()
        || piece.len() > 4
        || !piece.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return false;
    }
    let before = tail[..cut].trim_end_matches([',', ' ']);
    let before = before.strip_suffix(" and").unwrap_or(before);
    let prev: Vec<&str> =
        before.rsplit([',', ';']).next().unwrap_or("").split_whitespace().collect();
    // "Priya Raman - Director Corporate and Community Services": a name, a dash and an
    // office, not an office and a name.
    let office_then_name = prev.len() >= 3
        && !prev.iter().any(|w| matches!(*w, "-" | "–" | "—"))
        && prev.last().is_some_and(|w| !names::is_not_name_word(w))
        && prev[..prev.len() - 1].iter().any(|w| names::is_not_name_word(w));
    let mut words = next.split_whitespace();
    let name_next = words.next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && !names::is_not_name_word(w.trim_end_matches(['.', ',']))
    });
    office_then_name && name_next
}

/// Whether a list of full names ends in a lone capitalised word after a comma or "and" (a
/// given name whose surname is on the next line): "Councillors A Bowen, Ceri Mathias, Glyn".
fn ends_in_given_name(so_far: &str) -> bool {
    let cut =
        so_far.rfind(',').map_or(0, |p| p + 1).max(so_far.rfind(" and ").map_or(0, |p| p + 5));
    if cut == 0 {
        return false;
    }
    // Past words in lower case ("together with Mrs Bethan") and an honorific.
    let piece = so_far[cut..].trim_start();
    let piece = match piece.find(|c: char| c.is_uppercase()) {
        Some(p) if piece[..p].split_whitespace().all(|w| w.starts_with(char::is_lowercase)) => {
            &piece[p..]
        }
        _ => piece,
    };
    let last = names::honorific_rest(piece).1.trim();
    let one_word = !last.is_empty()
        && !last.contains(' ')
        && last.starts_with(|c: char| c.is_uppercase())
        && last.chars().all(char::is_alphabetic)
        && !names::is_not_name_word(last);
    // The entry before it is a full name (two words or more, outside brackets), not an
    // office ("Jo Roe, Director of Planning and Development").
    let before = so_far[..cut].trim_end_matches([',', ' ']);
    // ("Ceri Mathias and" before "Glyn": the entry without its "and".)
    let before = before.strip_suffix(" and").unwrap_or(before);
    let prev = before.rsplit([',', ';']).next().unwrap_or("");
    let prev = prev.split('(').next().unwrap_or("");
    // "Daniel Akande - Strategic Lead, SEND and Inclusion": a name, a dash and an office.
    let office =
        prev.split_whitespace().any(|w| matches!(w, "of" | "for" | "to" | "the" | "-" | "–" | "—"));
    one_word && !office && names::honorific_rest(prev).1.split_whitespace().count() >= 2
}

/// The last line of a list of entries ended by semicolons that starts on line `i`: the
/// lines after it belong to it while the text so far has a semicolon and does not end
/// with one (or a full stop or colon), up to `last`, a blank line, a label, a "Field:"
/// line or a table row, and at most 40 lines on (more is not a wrapped list).
fn semicolon_list_end(text: &Text, i: usize, last: usize) -> usize {
    // Table rows (cells split by tabs) are rows, however their cells end.
    if text.lines[i].text.contains('\t') {
        return i;
    }
    let mut semicolon = false;
    // Brackets open so far: a semicolon inside them ("(Deputy Leader; Cabinet Member for
    // Finance and\nResources)") does not separate entries.
    let mut depth = 0i32;
    // A list wraps over a few lines, not a page: the cap keeps a long region linear.
    for j in i..(i + 40).min(last + 1).min(text.lines.len()) {
        let so_far = text.lines[j].trimmed();
        for b in so_far.bytes() {
            match b {
                b'(' => depth += 1,
                b')' => depth = (depth - 1).max(0),
                b';' if depth == 0 => semicolon = true,
                _ => {}
            }
        }
        let open = semicolon && !so_far.ends_with([';', '.', ':']);
        let next = j + 1;
        if !open
            || next > last
            || next >= text.lines.len()
            || text.lines[next].is_blank()
            || text.lines[next].text.contains('\t')
            || text.lines[next].trimmed().split(' ').take(4).any(|w| w.ends_with(':'))
            || parse_label(text.lines[next].trimmed()).is_some()
        {
            return j;
        }
    }
    i
}

/// Splits "Cllrs A, B and C. In attendance: Mrs G (Clerk)" at labels inside the text.
fn embedded_labels(s: &str, first: Label) -> Vec<(Label, Range<usize>)> {
    let mut out = Vec::new();
    let mut label = first;
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        if matches!(bytes[k], b'.' | b';') {
            let after = &s[k + 1..];
            let t = after.trim_start();
            let at = k + 1 + (after.len() - t.len());
            if let Some((l, rest_at, _)) = parse_label(t) {
                // Only "Label:" with a colon counts inside running text.
                if t[..rest_at].contains(':') && at > start {
                    out.push((label, start..k + usize::from(bytes[k] == b'.')));
                    label = l;
                    start = at + rest_at;
                    k = start;
                    continue;
                }
            }
        }
        k += 1;
    }
    out.push((label, start..s.len()));
    out
}

/// The length of a list number and the space after it opening an entry ("1.  Cllr. X",
/// "12) Ms Y"), or 0: one to three digits, a full stop or bracket, white space, then a
/// person's title.
fn list_number_len(lt: &str) -> usize {
    let b = lt.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) || !matches!(b.get(digits), Some(b'.' | b')')) {
        return 0;
    }
    let after = &lt[digits + 1..];
    let entry = after.trim_start();
    // Only a person with a title ("1.  Cllr. X"): "1. Welcome" under a list is the first
    // item's heading.
    if entry.len() == after.len()
        || !entry.starts_with(|c: char| c.is_uppercase())
        || !names::honorific_rest(entry).0
    {
        return 0;
    }
    lt.len() - entry.len()
}

struct Block {
    label: Label,
    group: Option<String>,
    /// The kind of `group` (known when it is set, not read again for each line).
    group_kind: Option<GroupKind>,
    /// Indexes in `out` of names still waiting for a "· organisation" line.
    pending: Vec<usize>,
    /// Whether the block's names carry bullets (then bullets are names, not organisations).
    bulleted_names: Option<bool>,
    /// The organisation whose people are indented under it ("Wealdmoor County Council" /
    /// "<TAB>Mark Beresford – Director of Adult Social Care").
    org: Option<String>,
    /// Whether `org`'s heading said its people represent it at this meeting
    /// ("Representing Allerby Borough Council"): their offices are then this meeting's.
    represents: bool,
    /// Whether the block is a table whose rows hold a name in the first cell and something
    /// else in the others ("M. Beaulieu<cells>Electoral Area A"): once a row reads so, every
    /// row does.
    name_column: bool,
    /// Whether a header row said the first cell of each row is the body the person in the
    /// next cell represents ("Organisation<TAB>Representative").
    org_first: bool,
    /// A flattened table's header cells, one a line ("Member" over "Representing"): each
    /// row is as many lines, a person then the other cells.
    flat_cols: usize,
    /// A roll call's "Present" and "Absent" columns (tab-cell indexes) under a header row
    /// ("Member<TAB>Office<TAB>Present<TAB>Absent"): a row's mark says which it is by the
    /// column it is in.
    mark_cols: Option<(usize, usize)>,
}

/// A table row read with the name in its first cell and the other cells a description.
fn name_first_row(s: &str) -> Vec<((usize, usize), Person)> {
    let Some((first, rest)) = s.split_once('\t') else { return parse_people(s) };
    let mut people = parse_people(first);
    let cells = rest.split('\t').map(str::trim).filter(|c| !c.is_empty());
    // "Cr Hayley Branch<TAB>Councillor<TAB>Apology": a status cell is the row's mark, not
    // part of its description.
    let mark = cells.clone().find_map(register_mark);
    let desc: Vec<&str> = cells.filter(|c| register_mark(c).is_none()).collect();
    if let [(_, p)] = people.as_mut_slice() {
        p.mark = p.mark.or(mark);
    }
    if let [(_, p)] = people.as_mut_slice()
        && !desc.is_empty()
    {
        let d = desc.join(", ");
        p.description = Some(match p.description.take() {
            Some(x) => format!("{x}; {d}"),
            None => d,
        });
    }
    people
}

/// Whether a table row is a grid of people, two cells at least, each one a person after a
/// title ("Cllr Pádraig Ó Dálaigh (Deputy Lord Mayor)<TAB>Cllr Niamh Brophy").
fn titled_cells(s: &str) -> bool {
    let mut n = 0;
    let all = s.split('\t').map(str::trim).filter(|c| !c.is_empty()).all(|c| {
        n += 1;
        let (hon, rest, _) = names::honorific_rest(c);
        hon && rest.trim_start().starts_with(|ch: char| ch.is_uppercase())
            && names::parse_person(c).is_some()
    });
    all && n >= 2
}

/// Parses a line of people; false when the line is not a list of people.
fn people_line(
    text: &Text,
    at: usize,
    s: &str,
    state: &mut Block,
    out: &mut Vec<Attendee>,
) -> bool {
    let tabbed = s.contains('\t');
    // "Wealdmoor Ramblers<TAB>Sian Pugh" under "Organisation<TAB>Representative": the
    // person is in the later cells, the body in the first.
    // A numbered heading ("1.<TAB>Welcome") ends the table.
    let org_row = if state.org_first { s.split_once('\t') } else { None }
        .filter(|(org, _)| org.trim_start().starts_with(|c: char| c.is_uppercase()));
    let mut parsed = match org_row {
        Some((org, rest)) => {
            let shift = org.len() + 1;
            let org = org.trim();
            let mut found = parse_people(rest);
            for ((a, b), p) in found.iter_mut() {
                *a += shift;
                *b += shift;
                p.description = Some(match p.description.take() {
                    Some(d) => format!("{org}; {d}"),
                    None => org.to_string(),
                });
            }
            found
        }
        None => parse_people(s),
    };
    // A row read as names in every cell, in a table whose rows have a name then other things.
    // A row whose every cell starts with a title is a grid of names ("Cllr A (Deputy Lord
    // Mayor)<TAB>Cllr B<TAB>Cllr C"), whatever the rows before said.
    if state.name_column && tabbed && parsed.len() > 1 && !titled_cells(s) {
        parsed = name_first_row(s);
    }
    if parsed.is_empty() {
        return false;
    }
    // A row of one person and a description in the other cells.
    if tabbed && parsed.len() == 1 && parsed[0].1.description.is_some() {
        let first_cell = s.trim_start().split('\t').next().unwrap_or("");
        let (a, b) = parsed[0].0;
        state.name_column |= s.get(a..b).is_some_and(|e| first_cell.contains(e.trim()));
    }
    let bulleted = crate::text::starts_with_bullet(s.trim_start());
    if state.bulleted_names.is_none() {
        state.bulleted_names = Some(bulleted);
    }
    let label_status =
        if matches!(state.label.status, AttendanceStatus::Apologies | AttendanceStatus::Absent)
            && role_then_name(s).is_some()
        {
            AttendanceStatus::InAttendance
        } else {
            state.label.status
        };
    let status = state.group_kind.map_or(label_status, |k| k.status(label_status));
    // The column of the row's mark, under a "Present<TAB>Absent" header.
    let column = state.mark_cols.filter(|_| tabbed).and_then(|cols| column_mark(s, cols));
    // Names listed one a line without description wait for a "· organisation" line.
    let mut new_pending = Vec::new();
    for (span, mut person) in parsed {
        person.mark = column.or(person.mark);
        let has_desc = person.description.is_some();
        if state.org.is_some() && !state.represents {
            // "Olu Adeyemi – Chair" under "Healthwatch Wealdmoor" chairs that body, not this
            // meeting (under "Representing Allerby Borough Council" the meeting's people
            // are listed by the body that sent them, and "(Chair)" is this meeting's).
            if matches!(person.role, Some(Role::Chair) | Some(Role::ViceChair)) {
                person.role = None;
            }
        }
        let idx = push_person(
            text,
            at,
            s,
            span,
            person,
            status,
            state.label.role,
            state.group.clone(),
            out,
        );
        if let (Some(org), Some(a)) = (&state.org, out.get_mut(idx)) {
            // The office after the name stays in `raw`; the organisation is the heading's.
            a.organisation = Some(org.clone());
        } else if !has_desc {
            new_pending.push(idx);
        }
    }
    state.pending.extend(new_pending);
    // A label's role ("Chair:", "In the Chair:") belongs to the first person under it.
    state.label.role = None;
    true
}

/// Splits a line into people; empty when any part is not a person.
fn parse_people(s: &str) -> Vec<((usize, usize), Person)> {
    static COUNTS: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(&format!(
            r"(?i)(?:,\s*|\s+and\s+|^){}\s+{}(?-u:\b)[^,;]*",
            names::COUNT_WORD,
            names::PUBLIC
        ))
        .unwrap()
    });
    // Prose is not a list of people (checked first: it is most lines, and cheap).
    let lower_words = lowercase_words(s);
    if lower_words > 12 {
        return Vec::new();
    }
    // Line breaks inside a list ("Jane Hylton and\nKirsty Clarke") are spaces here; the
    // byte offsets stay the same.
    // Copied only when something changes it (most lines are one line, with nothing to
    // blank): `unbreak_words` leaves a text without a line break as it is.
    let mut cleaned: Cow<'_, str> =
        if s.contains('\n') { unbreak_words(s).replace('\n', " ").into() } else { s.into() };
    // "Hollis Tran ........ City of Los Robles": dot leaders set the cells apart.
    if has_dot_leader(&cleaned) {
        dot_leaders_to_tabs(cleaned.to_mut());
    }
    // Blank out counts of the public, keeping byte offsets.
    for m in COUNTS.find_iter(s) {
        blank(&mut cleaned, m.range());
    }
    // Blank out part-attendance notes: "for item 16 only", "(joined 6.20pm)", "(part)".
    // Where a note says the person came in late ("(arrived at 6:52 p.m.)").
    let mut arrivals: Vec<usize> = Vec::new();
    for m in may_be_part_time(s).then(|| PART_TIME.find_iter(s)).into_iter().flatten() {
        let note = m.as_str();
        if contains_ignore_ascii_case(note, "arrived") || contains_ignore_ascii_case(note, "joined")
        {
            arrivals.push(m.start());
        }
        // "(o eitem 5 / from item 5)": a note in two languages, the second half a part-time
        // note; the whole bracket goes.
        let (mut from, mut to) = (m.start(), m.end());
        if note.ends_with(')') && !note.contains('(') {
            let before = &s[..m.start()];
            if let Some(open) = before.rfind('(')
                && !before[open..].contains(')')
            {
                if before[open..].contains(" /") {
                    from = open;
                } else {
                    // "(Vice-Chairman from minute 25/07)": an office held from a point of
                    // the meeting; the office and its closing bracket stay.
                    to -= 1;
                }
            }
        }
        // "(from minute AM/25/05, following co-option)": a note that opens a bracket goes
        // with the rest of the bracket.
        if note.trim_start().starts_with('(') && !note.ends_with(')') {
            let after = &s[to..];
            if let Some(close) = after.find(')')
                && !after[..close].contains('(')
                && !after[..close].contains(';')
            {
                to += close + 1;
            }
        }
        blank(&mut cleaned, from..to);
    }
    let t = cleaned.trim();
    // Prose is not a list of people: many lower-case words outside brackets. Counted again
    // only when something was blanked or joined: trimming leaves the same words.
    let lower_words = if cleaned == s { lower_words } else { lowercase_words(t) };
    if lower_words > 8 {
        return Vec::new();
    }
    if t.is_empty() || NONE.is_match(t) {
        return Vec::new();
    }
    // "County Counsel: Patrick Doyle", "Non-Executive Directors:<TAB>Mrs A, Mr B".
    if let Some(people) = role_then_name(&cleaned) {
        return people;
    }
    // Table row: name cell(s) then description cells.
    if t.contains('\t') {
        let cells: Vec<(usize, &str)> = cleaned
            .split('\t')
            .scan(0usize, |pos, c| {
                let at = *pos;
                *pos += c.len() + 1;
                Some((at, c))
            })
            .filter(|(_, c)| !c.trim().is_empty())
            .collect();
        let Some(&(first_at, first)) = cells.first() else { return Vec::new() };
        // Each cell's person, parsed at most once (the parse has no side effects: the same
        // cell parses the same): `None` until parsed, then what `parse_person` gave.
        let mut parsed: Vec<Option<Option<Person>>> = vec![None; cells.len()];
        let every_cell_a_name = cells.len() >= 2
            && cells.iter().enumerate().all(|(k, &(_, c))| {
                // A word in capitals is a label or a heading here ("ALSO<TAB>Cllr X").
                // (The cheap name test before the parse: the tests have no side effects, so
                // their order changes only what is parsed, not the answer.)
                c.chars().any(char::is_lowercase)
                    && names::is_name_like(names::honorific_rest(c).1.trim())
                    && parsed[k]
                        .get_or_insert_with(|| names::parse_person(c))
                        .as_ref()
                        .is_some_and(|p| p.description.is_none())
            });
        // Every cell was parsed, to a person (when all of them passed).
        let people = |parsed: Vec<Option<Option<Person>>>| -> Vec<((usize, usize), Person)> {
            cells
                .iter()
                .zip(parsed)
                .filter_map(|(&(at, c), p)| p.flatten().map(|p| ((at, at + c.len()), p)))
                .collect()
        };
        if every_cell_a_name {
            return people(parsed);
        }
        // `titled_cells(&cleaned)`: its cells are these cells trimmed (the same split at tabs
        // and the same empty cells left out), and a cell parses to a person exactly when it
        // does trimmed (`parse_person` trims first); the cells' parses are kept.
        let titled = cells.len() >= 2
            && cells.iter().enumerate().all(|(k, &(_, c))| {
                let c_trim = c.trim();
                let (hon, rest, _) = names::honorific_rest(c_trim);
                hon && rest.trim_start().starts_with(|ch: char| ch.is_uppercase())
                    && parsed[k].get_or_insert_with(|| names::parse_person(c)).is_some()
            });
        if titled {
            return people(parsed);
        }
        // An attendance register: a cell of ✓ / A / X marks the status.
        let mark = cells[1..].iter().find_map(|(_, c)| register_mark(c));
        let desc: Vec<&str> = cells[1..]
            .iter()
            .map(|(_, c)| c.trim())
            .filter(|c| register_mark(c).is_none())
            .collect();
        // A word in capitals alone in the first cell is a label or a heading ("ALSO<cells>
        // Councillor X" over "PRESENT:"), and a title alone is a title: not a person.
        let caps_word = {
            let f = first.trim();
            let caps = !f.contains(' ')
                && f.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !f.chars().any(char::is_lowercase);
            // Or a title alone ("Councillor<cells>Ron Pettigrew"), looked for only when the
            // cell is not a word in capitals.
            caps || names::honorific_rest(&format!("{f} X")).1 == "X"
        };
        let mut people = if caps_word { Vec::new() } else { parse_people(first) };
        // "Chairperson<TAB>Councillor Aroha Whaanga": a role or group in the first cell, the
        // person in a later one.
        if people.is_empty()
            && cells.len() >= 2
            // The first later cell of people, read once (kept, not read again).
            && let Some((k, mut found)) = (1..cells.len()).find_map(|k| {
                let found = parse_people(cells[k].1);
                (!found.is_empty()).then_some((k, found))
            })
        {
            let at = cells[k].0;
            let head: Vec<&str> = cells[..k].iter().map(|(_, c)| c.trim()).collect();
            let head = head.join(", ");
            for ((a, b), p) in found.iter_mut() {
                *a += at;
                *b += at;
                match names::role_of(&head) {
                    Some(r) => p.role = p.role.or(Some(r)),
                    None if !GROUP.is_match(&head) => {
                        p.description = p.description.take().or(Some(head.clone()))
                    }
                    None => {}
                }
            }
            // "Division 2<TAB>Marnie Dyck<TAB>Deputy Reeve": the cells after the person's
            // are theirs, a role or a description (each cell a part of it, as in
            // `names::parse_person`).
            if let [(_, p)] = found.as_mut_slice() {
                for (_, c) in &cells[k + 1..] {
                    let c = c.trim();
                    if let Some(m) = register_mark(c) {
                        p.mark = p.mark.or(Some(m));
                    } else if let Some(r) = names::role_of(c) {
                        p.role = p.role.or(Some(r));
                    } else {
                        p.description = Some(match p.description.take() {
                            Some(d) => format!("{d}; {c}"),
                            None => c.to_string(),
                        });
                    }
                }
            }
            return found;
        }
        for ((a, b), p) in people.iter_mut() {
            *a += first_at;
            *b += first_at;
            p.mark = p.mark.or(mark);
            // "City of Soledad Springs (seated for Trustee Raymond Akers)" in a later cell.
            if p.substitute_for.is_none() {
                p.substitute_for = desc.iter().find_map(|d| bracketed_substitute(d));
            }
            if !desc.is_empty() {
                let d = desc.join(", ");
                // "Chair; Cabinet Member for Health": a role first, then the office.
                let first = d.split([';', ',']).next().unwrap_or("");
                // "Lay Member and Vice Chair; Chair of Audit": the role held with an office.
                let role = names::role_of(first).or_else(|| names::role_after_and(first));
                if let Some(r) = role.filter(|_| first.len() < d.len()) {
                    p.role = p.role.or(Some(r));
                }
                // "Non-Executive Director and Vice Chair": the role held with an office.
                match names::role_of(&d).or_else(|| names::role_after_and(&d)) {
                    Some(r) if p.role.is_none() => {
                        p.role = Some(r);
                        // "Independent Director, (Chair)": the office stays as the description,
                        // and so does the office before a role in brackets ("Independent
                        // Member (Committee Chair)").
                        let rest: Vec<&str> = d
                            .split([',', ';'])
                            .map(str::trim)
                            .map(|x| match x.strip_suffix(')').and_then(|x| x.rsplit_once('(')) {
                                Some((office, inner))
                                    if !office.trim().is_empty()
                                        && names::role_of(inner).is_some() =>
                                {
                                    office.trim()
                                }
                                _ => x,
                            })
                            .filter(|x| !x.is_empty() && names::role_of(x).is_none())
                            .collect();
                        if !rest.is_empty() && p.description.is_none() {
                            p.description = Some(rest.join(", "));
                        }
                        // "Chairman of the Resources Scrutiny Committee": another body's
                        // office stays as the description, so the meeting's own chair
                        // outranks it.
                        if p.description.is_none() && chairs_a_named_body(&format!("({d})")) {
                            p.description = Some(d.clone());
                        }
                    }
                    _ => {
                        p.description = Some(match p.description.take() {
                            Some(x) => format!("{x}; {d}"),
                            None => d,
                        })
                    }
                }
            }
        }
        return people;
    }
    // "County Counsel: Patrick Doyle", "District 1 – Supervisor Teresa Aguilar, Chair": read
    // by `role_then_name(&cleaned)` above (`cleaned` is unchanged since, so a second call
    // would give the same `None`).
    let parts = names::split_people(&cleaned);
    let mut out: Vec<((usize, usize), Person)> = Vec::new();
    // Where the last part ended: the text between parts may say whom a person stands in for.
    let mut prev_end = 0;
    // A plural honorific ("Councillors A, B and C") carries over to the bare names after it.
    let mut plural_hon: Option<String> = None;
    // A part that is only a role ("The Mayor, Cllr X (presiding)") goes to the next person.
    let mut pending_role = None;
    // "Chief Executive Officer, Mr Simon Lomax": an office before the person after the
    // comma (its start and text).
    let mut pending_office: Option<(usize, String)> = None;
    for (a, b) in parts {
        let part = &cleaned[a..b];
        // The part's honorifics, looked for at most once (the look has no side effects).
        let mut part_hon = None;
        // "Presiding: Cathaoirleach, Cllr. Declan Fahy": a part that is only a role word is
        // the role of the person after it, not a person.
        let role_only = out.is_empty()
            && pending_role.is_none()
            && b < cleaned.trim_end().len()
            && !part.contains([',', '/', '(', ';'])
            && !part_hon.get_or_insert_with(|| names::honorific_rest(part)).0
            && part.split_whitespace().count() <= 3
            && names::role_of(part).is_some();
        if role_only {
            pending_role = names::role_of(part);
            continue;
        }
        // "Mr A, Non-Executive Member, as substitute for Mrs B": a part in lower case that
        // names whom the person before stands in for is theirs, not a person.
        let gap = cleaned[prev_end.min(a)..a].trim_start_matches([',', ' ']);
        if gap.starts_with(|c: char| c.is_lowercase())
            && let Some(last) = out.last_mut()
            && let Some(target) = names::substitute_target(&cleaned[a - gap.len()..b])
        {
            last.1.substitute_for = Some(target);
            let trail = part.len() - part.trim_end().len();
            last.0.1 = b - trail;
            prev_end = b;
            continue;
        }
        prev_end = b;
        match names::parse_person(part) {
            Some(mut p) => {
                // The honorifics' text is built only for a plural one.
                let (titled, _, plural) = part_hon.unwrap_or_else(|| names::honorific_rest(part));
                if titled {
                    plural_hon = if plural {
                        names::strip_honorifics(part).0.as_deref().map(names::singular_honorific)
                    } else {
                        None
                    };
                    if plural {
                        p.honorific = plural_hon.clone();
                    }
                } else if p.honorific.is_none() {
                    p.honorific = plural_hon.clone();
                }
                p.role = p.role.or(pending_role.take());
                let lead = part.len() - part.trim_start().len();
                let trail = part.len() - part.trim_end().len();
                let mut start = a + lead;
                if let Some((at, office)) = pending_office.take() {
                    start = at;
                    p.description = Some(match p.description.take() {
                        Some(d) => format!("{office}; {d}"),
                        None => office,
                    });
                }
                out.push(((start, b - trail), p));
            }
            None => match names::role_of(part) {
                Some(r) => pending_role = Some(r),
                None if pending_office.is_none() && office_before_name(part, &cleaned[b..]) => {
                    let lead = part.len() - part.trim_start().len();
                    pending_office = Some((a + lead, part.trim().to_string()));
                }
                None => return Vec::new(),
            },
        }
    }
    // "Kyle Drummond (arrived at 6:52 p.m.); Annette Salcido": the note after a person's
    // entry, before the next entry, is theirs.
    for k in 0..if arrivals.is_empty() { 0 } else { out.len() } {
        let (end, next) = (out[k].0.1, out.get(k + 1).map_or(cleaned.len(), |e| e.0.0));
        if arrivals.iter().any(|&at| (end..next).contains(&at) || at + 1 == end) {
            out[k].1.late = true;
        }
    }
    // "Mr G and Mrs D Trethewey": an initial alone shares the next person's surname.
    for k in 0..out.len().saturating_sub(1) {
        let alone = out[k].1.name.trim_end_matches('.').chars().count() == 1;
        if alone
            && let Some(surname) =
                out[k + 1].1.name.rsplit(' ').next().filter(|w| w.chars().count() > 2)
        {
            let surname = surname.to_string();
            out[k].1.name = format!("{} {surname}", out[k].1.name);
        }
    }
    out
}

/// `s` with each word broken by a hyphen at a line end joined up, byte offsets kept: "Cllr R.
/// Gos-\nling (WDC)" -> "Cllr R. Gosling  (WDC)" (the hyphen and the line break move after
/// the word as spaces); a hyphenated name keeps its hyphen ("Ambrose-\nLee" ->
/// "Ambrose-Lee ").
fn unbreak_words(s: &str) -> std::borrow::Cow<'_, str> {
    let b = s.as_bytes();
    // Most entries are one line: one byte search says so.
    if memchr::memchr(b'\n', b).is_none() {
        return s.into();
    }
    let breaks = memchr::memmem::find_iter(b, b"-\n").filter(|&p| {
        p > 0 && b[p - 1].is_ascii_alphabetic() && {
            let q = p + 2 + b[p + 2..].iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
            b.get(q).is_some_and(u8::is_ascii_alphabetic)
        }
    });
    let mut out: Option<Vec<u8>> = None;
    for p in breaks {
        let o = out.get_or_insert_with(|| b.to_vec());
        // Where the broken word goes on, and where it ends.
        let q = p + 2 + b[p + 2..].iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
        let end = q + b[q..].iter().take_while(|c| c.is_ascii_alphabetic() || **c == b'\'').count();
        let keep_hyphen = b[q].is_ascii_uppercase();
        let mut at = if keep_hyphen { p + 1 } else { p };
        for k in q..end {
            o[at] = b[k];
            at += 1;
        }
        for x in &mut o[at..end] {
            *x = b' ';
        }
    }
    // Only ASCII bytes moved, between whole characters.
    match out {
        Some(o) => String::from_utf8(o).map_or(s.into(), Into::into),
        None => s.into(),
    }
}

/// Whether list part `part` is an office written before a person ("Chief Executive
/// Officer" in "Chief Executive Officer, Mr Simon Lomax; ..."): capitalised, no honorific,
/// a few words, and after it a comma and an honorific opening the next part.
/// An office that names its holders' place ("Pupil Representatives (non-voting)",
/// "Teacher Representative") may be followed by names without honorifics: "Pupil
/// Representatives (non-voting), Ellie McKinnon and Reuben Sowerby".
fn office_before_name(part: &str, after: &str) -> bool {
    let t = part.trim();
    let Some(next) = after.strip_prefix(',') else { return false };
    // (A bracket closing the office, "(non-voting)", is not one of its words.)
    let t_words = match t.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((office, _)) => office.trim_end(),
        None => t,
    };
    // An office's words are capitalised but for a few joining words ("Head of Planning
    // and Regeneration"); a clause is not ("In the absence of the Chair, Cllr X ...").
    let office_word = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase()) || crate::text::JOINING_WORDS.contains(&w)
    };
    let representative = t_words.rsplit(' ').next().is_some_and(|w| {
        w.eq_ignore_ascii_case("representative") || w.eq_ignore_ascii_case("representatives")
    });
    let next = next.trim_start();
    t.starts_with(|c: char| c.is_uppercase())
        && t_words.split_whitespace().count() <= 8
        && t_words.split_whitespace().all(office_word)
        && !names::honorific_rest(t).0
        && (names::honorific_rest(next).0
            || representative
                && t_words.contains(' ')
                && next.split_whitespace().take(2).count() == 2
                && next
                    .split_whitespace()
                    .take(2)
                    .all(|w| w.starts_with(|c: char| c.is_uppercase())))
}

/// Replaces dot leaders ("Hollis Tran ........ City of Los Robles", ". . . ." too: four dots
/// or more, with the spaces around them) by a tab and spaces: the same length, so byte
/// offsets hold.
fn dot_leaders_to_tabs(s: &mut String) {
    if !has_dot_leader(s) {
        return;
    }
    let b = s.as_bytes();
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut k = 0;
    while k < b.len() {
        if b[k] != b'.' {
            k += 1;
            continue;
        }
        let start = k;
        let mut dots = 0;
        while k < b.len() && matches!(b[k], b'.' | b' ') {
            dots += usize::from(b[k] == b'.');
            k += 1;
        }
        if dots >= 4 {
            // The spaces before the leader go with it.
            let from = s[..start].trim_end_matches(' ').len();
            runs.push(from..k);
        }
    }
    for r in runs {
        let fill = format!("\t{}", " ".repeat(r.len().saturating_sub(1)));
        s.replace_range(r, &fill);
    }
}

/// Whether `s` may hold a dot leader: two full stops together, or with one space between.
/// Where it does not, `dot_leaders_to_tabs` leaves `s` as it is (every leader it rewrites
/// starts at such a pair).
fn has_dot_leader(s: &str) -> bool {
    let b = s.as_bytes();
    // Most lines have no two dots close together: one look at each full stop says so.
    memchr::memchr_iter(b'.', b).any(|k| {
        b.get(k + 1) == Some(&b'.') || (b.get(k + 1) == Some(&b' ') && b.get(k + 2) == Some(&b'.'))
    })
}

/// `s` with the bytes of `r` (a range at character boundaries) made spaces: the same
/// length, so every byte offset stays. Copies `s` only when it is still borrowed.
fn blank(s: &mut Cow<'_, str>, r: Range<usize>) {
    const SPACES: &str = "                                                                ";
    let n = r.len();
    let s = s.to_mut();
    if n <= SPACES.len() {
        s.replace_range(r, &SPACES[..n]);
    } else {
        s.replace_range(r, &" ".repeat(n));
    }
}

/// Whom a bracket in a description says the person sits for: "City of Soledad Springs
/// (seated for Trustee Raymond Akers)" -> "Raymond Akers".
fn bracketed_substitute(d: &str) -> Option<String> {
    let (_, inner) = d.split_once('(')?;
    names::substitute_target(inner.split(')').next()?)
}

/// Lower-case words outside brackets, other than the small words inside names and offices,
/// counted up to [`LOWER_WORDS_ENOUGH`]: the count is only compared with 12 and 8, and a
/// line with more than that many stops being read there (a long paragraph of prose).
fn lowercase_words(t: &str) -> usize {
    if t.is_ascii() {
        return lowercase_words_ascii(t.as_bytes());
    }
    lowercase_words_chars(t)
}

/// Where [`lowercase_words`] stops counting: more than 12 (the larger of the limits it is
/// compared with) is all it needs to say.
const LOWER_WORDS_ENOUGH: usize = 13;

/// The small words inside names and offices that [`lowercase_words`] does not count.
fn is_small_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"and"
            | b"of"
            | b"for"
            | b"the"
            | b"de"
            | b"van"
            | b"von"
            | b"da"
            | b"le"
            | b"la"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"&"
    )
}

/// [`lowercase_words`] of ASCII text, byte by byte: for ASCII, the white space
/// `split_whitespace` splits at is tab to carriage return (9 to 13) and the space, and a
/// lower-case first character is an ASCII lower-case letter.
fn lowercase_words_ascii(t: &[u8]) -> usize {
    let space = |c: u8| matches!(c, 9..=13 | b' ');
    let mut depth = 0i32;
    let mut n = 0;
    let mut i = 0;
    // Each word, and its brackets, in one pass over the bytes.
    while i < t.len() {
        if space(t[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let (mut opens, mut closes) = (0i32, 0i32);
        while i < t.len() && !space(t[i]) {
            match t[i] {
                b'(' => opens += 1,
                b')' => closes += 1,
                _ => {}
            }
            i += 1;
        }
        let w = &t[start..i];
        if depth == 0 && opens == 0 && w[0].is_ascii_lowercase() && !is_small_word(w) {
            n += 1;
            if n == LOWER_WORDS_ENOUGH {
                return n;
            }
        }
        depth = (depth + opens - closes).max(0);
    }
    n
}

/// [`lowercase_words`] character by character (any text).
fn lowercase_words_chars(t: &str) -> usize {
    let mut depth = 0i32;
    let mut n = 0;
    for w in t.split_whitespace() {
        let (opens, closes) = w.bytes().fold((0i32, 0i32), |(o, c), b| match b {
            b'(' => (o + 1, c),
            b')' => (o, c + 1),
            _ => (o, c),
        });
        if depth == 0
            && opens == 0
            && w.starts_with(|c: char| c.is_lowercase())
            && !matches!(
                w,
                "and"
                    | "of"
                    | "for"
                    | "the"
                    | "de"
                    | "van"
                    | "von"
                    | "da"
                    | "le"
                    | "la"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "&"
            )
        {
            n += 1;
            if n == LOWER_WORDS_ENOUGH {
                return n;
            }
        }
        depth = (depth + opens - closes).max(0);
    }
    n
}

static PART_TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)\s*(?:[-–—]\s*)?\(?(?-u:\b)(?:for|from|until|during|after|before|except)\s+(?:the\s+)?(?:items?|minutes?|agenda\s+items?|part)(?-u:\b)[^;,()]*\)?(?:\s+only)?|\s*\((?:joined|left|arrived|departed)(?-u:\b)[^)]*\)|\s*\(part\)").unwrap()
});

/// Whether [`PART_TIME`] can match `s`: each of its forms has "item", "minute" or "part"
/// (any case; each has a "t", where the look stops), or a bracket with "joined", "left",
/// "arrived" or "departed" (any case) right after it. Text that is not ASCII is left to the
/// pattern (case folding there reaches beyond ASCII letters).
/// (Most brackets in lists hold an office, "(Chair)", and no note.)
fn may_be_part_time(s: &str) -> bool {
    let b = s.as_bytes();
    !s.is_ascii()
        || memchr::memchr_iter(b'(', b).any(|p| {
            let after = &b[p + 1..];
            [&b"joined"[..], b"left", b"arrived", b"departed"]
                .iter()
                .any(|w| after.get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w)))
        })
        || memchr::memchr2_iter(b't', b'T', b).any(|p| {
            // The word `w` with its "t" at `k`.
            let at = |k: usize, w: &[u8]| {
                p >= k && b.get(p - k..p - k + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w))
            };
            at(1, b"item") || at(4, b"minute") || at(3, b"part")
        })
}

/// A register cell: "✓" present, "A" apologies, "X" absent.
fn register_mark(cell: &str) -> Option<AttendanceStatus> {
    let c = cell.trim();
    if c.eq_ignore_ascii_case("in attendance") {
        return Some(AttendanceStatus::InAttendance);
    }
    let first = c.split_whitespace().next().unwrap_or("");
    match first {
        "✓" | "✔" | "☑" | "P" | "Y" | "Yes" | "yes" | "Present" | "present" => {
            Some(AttendanceStatus::Present)
        }
        "A" | "Apologies" | "apologies" | "Apols" | "Apology" | "apology" => {
            Some(AttendanceStatus::Apologies)
        }
        // "Absent (excused)": an excused absence is an apology.
        "Absent" | "absent" if EXCUSED.is_match(c) => Some(AttendanceStatus::Apologies),
        // "Leave of absence": away with leave, an excused absence.
        "Leave" | "leave" if starts_with_ignore_ascii_case(c, "leave of absence") => {
            Some(AttendanceStatus::Apologies)
        }
        "Excused" | "excused" => Some(AttendanceStatus::Apologies),
        "X" | "✗" | "✘" | "N" | "No" | "Absent" | "absent" => Some(AttendanceStatus::Absent),
        _ => None,
    }
}

/// The pattern [`role_then_name_split`] reads by hand (kept for its property test).
#[cfg(test)]
static ROLE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^\s*(?P<head>[^:–—(),\t]{2,60}?)(?:\s*\([^()\n]{1,30}\))?\s*(?::\s*|\s[–—\-]\s)\s*(?P<tail>\S)").unwrap()
});

/// The match of `^\s*(?P<head>[^:–—(),\t]{2,60}?)(?:\s*\([^()\n]{1,30}\))?\s*(?::\s*|
/// \s[–—\-]\s)\s*(?P<tail>\S)` ([`ROLE_THEN_NAME`]) in `s`, by hand: (the `head` group,
/// where `tail` starts). The engine's leftmost-first order is kept: the leading `\s*` is
/// greedy, so the head starts after as much of the leading white space as lets a match
/// through (giving back one character at a time); the head is lazy, so it is the fewest
/// characters (two to sixty, none of `:–—(),` or a tab) after which the rest matches. Where
/// a head ends, the rest matches in one way at most ([`role_then_name_rest`]). `\s` and
/// `char::is_whitespace` are both Unicode `White_Space`; counts are in characters.
fn role_then_name_split(s: &str) -> Option<(&str, usize)> {
    // After all the leading white space first, then one character of it fewer each time.
    let mut start = s.len() - s.trim_start().len();
    loop {
        let mut chars = s[start..].char_indices();
        for n in 1..=60 {
            let Some((k, c)) = chars.next() else { break };
            if matches!(c, ':' | '–' | '—' | '(' | ')' | ',' | '\t') {
                break;
            }
            if n < 2 {
                continue;
            }
            let end = start + k + c.len_utf8();
            // The rest needs, after the white space at `end`, a bracket, a colon or a dash
            // ([`role_then_name_rest`], [`role_then_name_sep`]): an ASCII character at `end`
            // that is none of these and no white space (for ASCII, `\s` is tab to carriage
            // return and the space) rules `end` out without the look. Most heads tried end
            // inside a word.
            if s.as_bytes()
                .get(end)
                .is_some_and(|&b| b.is_ascii() && !matches!(b, 9..=13 | b' ' | b'(' | b':' | b'-'))
            {
                continue;
            }
            if let Some(tail) = role_then_name_rest(s, end) {
                return Some((&s[start..end], tail));
            }
        }
        start -= s[..start].chars().next_back()?.len_utf8();
    }
}

/// Where [`ROLE_THEN_NAME`]'s `tail` starts when its head ends at `at`: the optional
/// bracket (greedy: tried first), then the separator. `\s*\(` finds the bracket only after
/// all the white space; `[^()\n]{1,30}\)` takes the characters up to the next bracket or
/// line break, which must be a `)` with one to thirty before it.
fn role_then_name_rest(s: &str, at: usize) -> Option<usize> {
    let ws = |from: usize| from + (s[from..].len() - s[from..].trim_start().len());
    let q = ws(at);
    if s[q..].starts_with('(') {
        let inner = &s[q + 1..];
        if let Some(close) = inner.find(['(', ')', '\n'])
            && inner[close..].starts_with(')')
            && (1..=30).contains(&inner[..close].chars().count())
            && let Some(tail) = role_then_name_sep(s, q + 1 + close + 1)
        {
            return Some(tail);
        }
    }
    role_then_name_sep(s, at)
}

/// `\s*(?::\s*|\s[–—\-]\s)\s*(?P<tail>\S)` from `at`: after the white space a colon, or
/// (one white-space character given back) a dash with a white-space character after it;
/// the tail is the first character after that which is not white space.
fn role_then_name_sep(s: &str, at: usize) -> Option<usize> {
    let skip = |from: usize| from + (s[from..].len() - s[from..].trim_start().len());
    let q = skip(at);
    let rest = &s[q..];
    let after = if rest.starts_with(':') {
        q + 1
    } else {
        let dash = rest.chars().next().filter(|c| matches!(c, '–' | '—' | '-'))?;
        let next = rest[dash.len_utf8()..].chars().next().filter(|c| c.is_whitespace())?;
        if q == at {
            return None;
        }
        q + dash.len_utf8() + next.len_utf8()
    };
    let tail = skip(after);
    (tail < s.len()).then_some(tail)
}

/// Whether [`ROLE_THEN_NAME`] can match `s`: it has a colon, or a dash ("-", "–", "—") with
/// a white-space character just before and just after it.
fn may_be_role_then_name(s: &str) -> bool {
    let b = s.as_bytes();
    if memchr::memchr(b':', b).is_some() {
        return true;
    }
    // "-" is one byte; "–" and "—" are E2 80 93 and E2 80 94.
    memchr::memchr2_iter(b'-', 0xE2, b).any(|p| {
        let len = match b[p] {
            b'-' => 1,
            _ if matches!(b.get(p + 1..p + 3), Some([0x80, 0x93 | 0x94])) => 3,
            _ => return false,
        };
        s[..p].chars().next_back().is_some_and(char::is_whitespace)
            && s[p + len..].chars().next().is_some_and(char::is_whitespace)
    })
}

/// "Office: Name" or "District 1 – Name": the head is not a name, the tail is.
fn role_then_name(s: &str) -> Option<Vec<((usize, usize), Person)>> {
    // The pattern needs a colon or a dash with white space either side (`\s[–—\-]\s`), and
    // so do the forms read without it (": ", " – ", " — ", " - ").
    if !may_be_role_then_name(s) {
        return None;
    }
    // The pattern stops at the first character of the tail; the tail is the rest of the line.
    let (h, tail_at) = match role_then_name_split(s) {
        Some(found) => found,
        // "Strategic Director, Place – Martin Fell": an office with a comma in it, then a
        // dash and the name (the last dash on the line).
        // "Head of Roads, Transport and Infrastructure: Mairi Dewar": the same with a
        // colon (the first one on the line).
        None => {
            let (p, dash) = match s.find(": ") {
                Some(p) => (p, 2),
                None => [" – ", " — ", " - "]
                    .iter()
                    .filter_map(|d| s.rfind(d).map(|p| (p, d.len())))
                    .max()?,
            };
            let head = s[..p].trim();
            let words = head.split_whitespace().count();
            if !head.starts_with(|c: char| c.is_uppercase()) || words > 8 || head.contains(':') {
                return None;
            }
            (head, p + dash + (s[p + dash..].len() - s[p + dash..].trim_start().len()))
        }
    };
    let tail = &s[tail_at..];
    if tail.contains('\n') {
        return None;
    }
    let h = h.trim();
    // A head that is itself a person ("Cllr Smith: ...", "Jane Doe - Chair") is not an office;
    // a single word ("Administration:") is.
    let (hon, bare, _) = names::honorific_rest(h);
    let person_like = names::is_name_like(bare) || names::parse_person(h).is_some();
    if person_like && (hon || bare.split_whitespace().count() >= 2) {
        return None;
    }
    let mut people = parse_people(tail);
    // "IN RE: OPENING CEREMONIES" is a heading, not an office and a person: a name after an
    // office is not all capitals.
    if people.is_empty() || people.iter().all(|(_, p)| !p.name.chars().any(char::is_lowercase)) {
        return None;
    }
    for ((a, b), p) in people.iter_mut() {
        *a += tail_at;
        *b += tail_at;
        match names::role_of(h) {
            Some(r) => p.role = p.role.or(Some(r)),
            None if p.description.is_none() => p.description = Some(h.to_string()),
            // "Scrutiny and Governance Officer – Tom Ellery (minutes)": the office, with the
            // note in lower case after the name (an office there, "(Senior Solicitor)",
            // stays).
            None if p.description.as_deref().is_some_and(|d| d.starts_with(char::is_lowercase)) => {
                p.description = p.description.take().map(|d| format!("{h} ({d})"));
            }
            None => {}
        }
    }
    Some(people)
}

const EXCUSED_P: &str = r"(?i)(?-u:\b)(?:excused|apolog(?:y|ies)|sent apologies|regrets)(?-u:\b)";
static EXCUSED: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(EXCUSED_P)]));

const NONE_P: &str = r"(?i)^(?:none|nil|n/?a|no apolog(?:y|ies)(?:\s+(?:were|was)\s+received)?|none received|there were (?:none|no apologies)|-+)\.?$";
static NONE: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(NONE_P)]));

#[allow(clippy::too_many_arguments)]
fn push_person(
    text: &Text,
    at: usize,
    line: &str,
    span: (usize, usize),
    person: Person,
    status: AttendanceStatus,
    role: Option<Role>,
    group: Option<String>,
    out: &mut Vec<Attendee>,
) -> usize {
    let (a, b) = (span.0.min(line.len()), span.1.min(line.len()));
    let raw = line.get(a..b).unwrap_or(line).trim().to_string();
    let mut status = person.mark.unwrap_or(status);
    // "Absent: Trustee Lee (arrived at 7:10 p.m.)": late, but there.
    if person.late && matches!(status, AttendanceStatus::Absent | AttendanceStatus::Apologies) {
        status = AttendanceStatus::Present;
    }
    // "Absent: Councilmember Lee (excused)": an excused absence is an apology.
    if status == AttendanceStatus::Absent
        && person.description.as_deref().is_some_and(|d| EXCUSED.is_match(d))
    {
        status = AttendanceStatus::Apologies;
    }
    // "Cllr X (Vice-Chair) – presiding": the vice-chair who presides is the chair.
    let mut role = person.role.or(role);
    if role == Some(Role::ViceChair) && presides(&raw) {
        role = Some(Role::Chair);
    }
    // "Apologies: Mr Simon Yeats (SY) – not received": listed with the apologies, but
    // absent without one.
    if status == AttendanceStatus::Apologies && contains_ignore_ascii_case(&raw, "not received") {
        status = AttendanceStatus::Absent;
    }
    let on_behalf_of = person.substitute_for.clone();
    if on_behalf_of.is_some() && status == AttendanceStatus::Present {
        status = AttendanceStatus::Substitute;
    }
    // A description wrapped under a hanging indent ("Staff\n      Representative") reads
    // as running text; its reasons, times and ways of taking part are the entry's note.
    let (organisation, note) = super::notes::split(person.description.map(|d| {
        if d.contains("  ") || d.contains(['\n', '\t']) { crate::text::reflow(&d) } else { d }
    }));
    out.push(Attendee {
        name: person.name,
        status,
        role: role.filter(|r| status != AttendanceStatus::Apologies || *r != Role::Clerk),
        honorific: person.honorific,
        post_nominals: person.post_nominals,
        organisation,
        note,
        group,
        on_behalf_of,
        raw,
        evidence: text.evidence(at + a..at + b),
    });
    out.len() - 1
}

/// Whether an entry says its person presides ("presiding", "in the chair"), not as the
/// name of a deputy's office ("Deputy Presiding Member").
fn presides(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    let presiding = lower.find("presiding").is_some_and(|k| {
        let before = lower[..k].trim_end();
        !before.ends_with("deputy") && !before.ends_with("vice")
    });
    presiding || lower.contains("in the chair")
}

/// The cells of a table row, split at tabs or at runs of three spaces or more: (the column
/// in characters where the cell starts, its byte offset in `row`, the cell trimmed).
fn cells_at(row: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let b = row.as_bytes();
    let (mut k, mut start, mut col, mut start_col) = (0, None, 0, 0);
    while k < b.len() {
        let gap = if b[k] == b'\t' {
            1
        } else if b[k] == b' ' {
            let run = b[k..].iter().take_while(|&&c| c == b' ').count();
            if run >= 3 { run } else { 0 }
        } else {
            0
        };
        if gap > 0 || b[k] == b' ' && start.is_none() {
            let n = gap.max(1);
            if let Some(s) = start.take() {
                out.push((start_col, s, row[s..k].trim_end()));
            }
            k += n;
            col += n;
            continue;
        }
        if start.is_none() {
            start = Some(k);
            start_col = col;
        }
        // A character counts one column whatever its bytes.
        if b[k] & 0xC0 != 0x80 {
            col += 1;
        }
        k += 1;
    }
    if let Some(s) = start {
        out.push((start_col, s, row[s..].trim_end()));
    }
    out
}

/// Rows under a "Present:<TAB>Apologies:" header: each column has its own status. Cells go
/// to columns by their order, or, when `at` gives the columns' starts (a layout with spaces
/// whose long cells may reach past the next column's start), by where they start.
///
/// An entry may wrap onto the next row of its own column ("Councillor N Quinn (substitute
/// for" over "Alderman Gilliland)", "Director of Services" over "(Mr G McAuley)"): a cell
/// goes on in the next row's cell of its column while it is unfinished (a bracket left
/// open, a comma or "and" at its end), while the next cell starts in lower case or with a
/// bracket, or when the next cell is no person alone but the two together are.
fn columns(
    text: &Text,
    i: usize,
    last: usize,
    cols: &[Label],
    at: Option<&[usize]>,
    out: &mut Vec<Attendee>,
) -> usize {
    let base = out.len();
    let next = column_rows(text, i, last, cols, at, out);
    // Entries are read when they end; they are listed in the order they start (row by row,
    // left to right).
    if let Some(table) = out.get_mut(base..) {
        table.sort_by_key(|a| a.evidence.char_start);
    }
    next
}

/// [`columns`], the entries in the order they end.
fn column_rows(
    text: &Text,
    mut i: usize,
    last: usize,
    cols: &[Label],
    at: Option<&[usize]>,
    out: &mut Vec<Attendee>,
) -> usize {
    let mut cols = cols.to_vec();
    // Per column: the byte ranges of the cells of the entry read so far (not yet parsed),
    // the label it is under, and the row it started on.
    let mut pending: Vec<Column> = vec![Column::default(); cols.len()];
    // The first row of a run of rows in which nothing read as a person.
    let mut dead: Option<usize> = None;
    let mut after_blank = false;
    while i <= last && i < text.lines.len() {
        let l = text.lines[i];
        if l.is_blank() {
            after_blank = true;
            // An entry does not wrap over a blank line; a row with no person before one
            // ends the table.
            for p in pending.iter_mut() {
                if dead.is_some_and(|first| p.row >= first) {
                    p.cells.clear();
                }
                p.flush(text, out);
            }
            if let Some(first) = dead {
                return first;
            }
            i += 1;
            continue;
        }
        // Trailing empty cells were trimmed away: a row may have fewer cells than columns.
        let cells: Vec<(usize, usize, &str)> = match at {
            Some(starts) => cells_at(l.text)
                .into_iter()
                .map(|(c, b, s)| (starts.iter().rposition(|&p| p <= c + 1).unwrap_or(0), b, s))
                .collect(),
            None => {
                let mut pos = 0;
                l.text
                    .split('\t')
                    .enumerate()
                    .map(|(col, cell)| {
                        let b = pos;
                        pos += cell.len() + 1;
                        (col, b, cell)
                    })
                    .collect()
            }
        };
        // A heading in capitals after a blank line ("PART A – OPEN BUSINESS") ends the table.
        if after_blank
            && cells.len() == 1
            && cells[0].2.chars().any(char::is_alphabetic)
            && !cells[0].2.chars().any(char::is_lowercase)
        {
            for p in pending.iter_mut() {
                p.flush(text, out);
            }
            return dead.unwrap_or(i);
        }
        after_blank = false;
        // A rule under the header ("-------<spaces>---------") is no row.
        if cells.iter().all(|(_, _, c)| c.trim().is_empty() || is_rule_cell(c.trim())) {
            i += 1;
            continue;
        }
        let mut any = false;
        // A label in a cell and a person in the next ("In attendance:<TAB>Mr X") is a label
        // with its list, a block of its own.
        let label_then_list = {
            let mut filled = cells.iter().map(|c| c.2.trim()).filter(|c| !c.is_empty());
            filled.next().is_some_and(|c| parse_label(c).is_some())
                && filled.any(|c| parse_label(c).is_none())
        };
        let alone = cells.iter().filter(|c| !c.2.trim().is_empty()).count() == 1;
        for (col, pos, cell) in cells {
            let c = cell.trim();
            if c.is_empty() {
                continue;
            }
            let at = l.start + pos + (cell.len() - cell.trim_start().len());
            let col = col.min(cols.len() - 1);
            // "–" or "n/a" in a column: nobody there; the entry above it is over.
            if matches!(c, "–" | "—" | "-" | "n/a" | "N/A" | "None" | "none") {
                pending[col].flush(text, out);
                continue;
            }
            // "Absent:" half way down a column changes that column's status; a label with
            // a list after it ("Also present: Mr X") starts a block of its own.
            if let Some((label, rest_at, _)) = parse_label(c) {
                if !c[rest_at..].trim().is_empty() || label_then_list {
                    for p in pending.iter_mut() {
                        p.flush(text, out);
                    }
                    return i;
                }
                // "In Attendance:" alone on a row at the left (a merged row across the
                // table): it heads every column below it, not only the first. (A column
                // that goes on below has a cell beside the label.)
                if alone && col == 0 {
                    for (p, c) in pending.iter_mut().zip(cols.iter_mut()) {
                        p.flush(text, out);
                        *c = label;
                    }
                } else {
                    pending[col].flush(text, out);
                    cols[col] = label;
                }
                any = true;
                continue;
            }
            let p = &mut pending[col];
            if !p.cells.is_empty() {
                if p.goes_on(text, c) {
                    p.cells.push(at..at + c.len());
                    any = true;
                    continue;
                }
                p.flush(text, out);
            }
            p.cells.push(at..at + c.len());
            p.label = Some(cols[col]);
            p.row = i;
            any |= !parse_people(c).is_empty();
        }
        if any {
            dead = None;
        } else if let Some(first) = dead {
            // Two rows with no person: the table is over. Entries that started in them were
            // not entries.
            for p in pending.iter_mut() {
                if p.row >= first {
                    p.cells.clear();
                }
                p.flush(text, out);
            }
            return first;
        } else {
            dead = Some(i);
        }
        i += 1;
    }
    for p in pending.iter_mut() {
        if dead.is_some_and(|first| p.row >= first) {
            p.cells.clear();
        }
        p.flush(text, out);
    }
    dead.unwrap_or(i)
}

/// An entry of a column read so far: its cells (byte ranges in the text, one a row), the
/// column's label, and the row it started on.
#[derive(Clone, Default)]
struct Column {
    cells: Vec<Range<usize>>,
    label: Option<Label>,
    row: usize,
}

impl Column {
    /// The cells joined with spaces, as one text.
    fn joined(&self, text: &Text) -> String {
        let mut s = String::new();
        for r in &self.cells {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&text.src[r.clone()]);
        }
        s
    }

    /// Whether the cell `next` of the next row goes on with this entry.
    fn goes_on(&self, text: &Text, next: &str) -> bool {
        let so_far = self.joined(text);
        let t = so_far.trim_end();
        let open = t.matches('(').count() > t.matches(')').count();
        let unfinished = open
            || t.ends_with([',', '&', '(', '-', ';'])
            || [" and", " of", " the", " for"].iter().any(|w| t.ends_with(w));
        // A cell that opens a bracket or a title starts an entry of its own.
        let starts_entry =
            next.matches('(').count() > next.matches(')').count() || names::honorific_rest(next).0;
        unfinished
            || next.starts_with(|c: char| c.is_lowercase() || c == '(')
            || !starts_entry
                && parse_people(next).is_empty()
                && !parse_people(&format!("{t} {next}")).is_empty()
    }

    /// Parses the entry and pushes its people; the entry is empty after.
    fn flush(&mut self, text: &Text, out: &mut Vec<Attendee>) {
        let (Some(first), Some(label)) = (self.cells.first().cloned(), self.label) else {
            self.cells.clear();
            return;
        };
        let Some(last) = self.cells.last().cloned() else { return };
        // The text from the first cell to the last, everything but the cells blanked (same
        // length): offsets into it are offsets into the text.
        let mut b = text.src.as_bytes()[first.start..last.end].to_vec();
        let mut keep = vec![false; b.len()];
        for r in &self.cells {
            keep[r.start - first.start..r.end - first.start].fill(true);
        }
        // The cells are whole characters: so is everything between them.
        for (x, k) in b.iter_mut().zip(&keep) {
            if !k {
                *x = b' ';
            }
        }
        let joined = String::from_utf8(b).unwrap_or_default();
        for (span, p) in parse_people(&joined) {
            let idx = push_person(
                text,
                first.start,
                &joined,
                span,
                p,
                label.status,
                label.role,
                None,
                out,
            );
            // A raw that wraps keeps its cells, one a line.
            if self.cells.len() > 1
                && let Some(a) = out.get_mut(idx)
            {
                let (from, to) = (first.start + span.0, first.start + span.1);
                let parts: Vec<&str> = self
                    .cells
                    .iter()
                    .filter(|r| r.end > from && r.start < to)
                    .filter_map(|r| text.src.get(r.start.max(from)..r.end.min(to)))
                    .map(str::trim)
                    .collect();
                a.raw = parts.join("\n");
            }
        }
        self.cells.clear();
    }
}

/// The first paragraph of `body` (up to a blank line, at most a dozen lines).
fn first_paragraph(text: &Text, body: Range<usize>) -> Option<Range<usize>> {
    let (first, last) = (text.line_of(body.start), text.line_of(body.end));
    let lines = text.lines.get(first..=last)?;
    let start = lines.iter().position(|l| !l.is_blank() && l.end() > body.start)?;
    let len = lines[start..].iter().take(12).take_while(|l| !l.is_blank()).count();
    let from = lines[start].start.max(body.start);
    let to = lines[start + len - 1].end().min(body.end);
    (from < to).then_some(from..to)
}

/// A paragraph that is a bare list of people, none of its lines a label, no sentence with
/// a verb: the members present.
fn unlabelled_list(text: &Text, para: Range<usize>, out: &mut Vec<Attendee>) {
    let s = &text.src[para.clone()];
    // A roll call answered one member a line ("Ann Lee, Chair – present"), up to the first
    // line that is not (an "Also present:" label is read as a block).
    let mut answered = false;
    let mut at = para.start;
    for line in s.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        let Some((entry, status)) = roll_call_line(line.trim()) else { break };
        let people = parse_people(entry);
        answered |= !people.is_empty();
        for (span, p) in people {
            push_person(text, at + lead, entry, span, p, status, None, None, out);
        }
        at += line.len();
    }
    if answered {
        return;
    }
    if s.lines().any(|l| parse_label(l.trim()).is_some()) || VERB.is_match(s) {
        return;
    }
    // "Name<TAB>Office<TAB>Ward<TAB>Status" under a roll call heading: a table with a status
    // column is a block of its own (read there), its header row no name.
    if s.contains('\t') && s.lines().any(status_header) {
        return;
    }
    let t = s.trim_end().trim_end_matches('.');
    for (span, p) in parse_people(t) {
        push_person(text, para.start, t, span, p, AttendanceStatus::Present, None, None, out);
    }
}

/// "Ann Lee, Chair – present", "Bo Ng, Trustee – absent (excused)": a roll call line, the
/// member then a dash and the answer. The member's part, and what the answer says (an
/// excused absence is an apology).
fn roll_call_line(line: &str) -> Option<(&str, AttendanceStatus)> {
    let dash = [" – ", " — ", " - "].iter().filter_map(|d| line.rfind(d)).max()?;
    let entry = line[..dash].trim_end();
    let answer = line[dash..].trim_start_matches([' ', '–', '—', '-']).trim_end_matches('.');
    let (word, note) = answer.split_once(' ').unwrap_or((answer, ""));
    let note = note.trim();
    if entry.is_empty() || !(note.is_empty() || note.starts_with('(') && note.ends_with(')')) {
        return None;
    }
    let status = match word.to_ascii_lowercase().as_str() {
        "present" | "here" => AttendanceStatus::Present,
        "absent" if EXCUSED.is_match(note) => AttendanceStatus::Apologies,
        "absent" => AttendanceStatus::Absent,
        "excused" => AttendanceStatus::Apologies,
        _ => return None,
    };
    Some((entry, status))
}

/// An "Apologies for absence" item: its body lists names, or says none.
fn apology_item(
    text: &Text,
    body: Range<usize>,
    status: AttendanceStatus,
    out: &mut Vec<Attendee>,
) {
    let s = &text.src[body.clone()];
    for r in sentences(s) {
        let sent = &s[r.clone()];
        // The rest of a run-in heading ("1) Apologies: Mr G and Mrs D Trethewey.") starts
        // with its colon or dash.
        let t = sent.trim_start().trim_start_matches([':', '-', '–', '—']).trim_start();
        let lead = sent.len() - t.len();
        let t = t.trim_end().trim_end_matches('.');
        if t.is_empty()
            || NONE.is_match(t)
            || MOTION_FURNITURE.is_match(t)
            || parse_label(t).is_some()
            || VERB.is_match(t)
        {
            continue;
        }
        // Only a bare list of names; sentences go to the prose patterns.
        let people = parse_people(t);
        if people.is_empty() {
            continue;
        }
        let at = body.start + r.start + lead;
        for (span, p) in people {
            push_person(text, at, t, span, p, status, None, None, out);
        }
    }
}

/// The lines of a motion around a resolution ("CARRIED", "Moved: Cr X", "Councillor
/// A/Councillor B<TAB>Carried"): not names.
const MOTION_FURNITURE_P: &str = r"(?i)^(?:carried|lost|defeated|agreed|moved|seconded|proposed|resolution|resolved|committee\s+resolved)(?-u:\b)|(?-u:\b)(?:carried|lost)(?:\s+unanimously)?\.?$|\w/(?:cllr|councillor|cr|mr|mrs|ms|dr)(?-u:\b)";
static MOTION_FURNITURE: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(MOTION_FURNITURE_P)]));

/// A sentence with a verb is prose, not a bare list of names.
const VERB_P: &str = r"(?i)(?-u:\b)(?:was|were|is|are|been|has|had|have|sent|gave|received|noted|observing|replacing|substituting|welcomed|attended|asked|said|reported|declared|agreed|resolved|presided|joined|took)(?:[^\w-]|$)";
static VERB: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&[crate::pattern::narrow(VERB_P)]));

const APOLOGIES_FROM_P: &str = r"(?i)(?-u:\b)apolog(?:y|ies)(?:\s+for\s+(?:absence|lateness|non-attendance|inability\s+to\s+attend))?\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:received|submitted|given|tendered|noted|reported|accepted|sent|recorded|presented)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by|on\s+behalf\s+of)\s+|(?-u:\b)(?:the|an?|their|his|her)\s+apolog(?:y|ies)(?:\s+for\s+absence)?\s+from\s+";
static APOLOGIES_FROM: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(APOLOGIES_FROM_P).unwrap());
const RECEIVED_APOLOGIES_P: &str = r"(?i)(?-u:\b)(?:received|noted|accepted|reported|tendered)\s+(?:the\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:from|of)\s+";
static RECEIVED_APOLOGIES: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(RECEIVED_APOLOGIES_P).unwrap());
const SENT_APOLOGIES_P: &str = r"(?i)\s(?:had\s+)?(?:also\s+)?(?:sent|gave|give|tendered|offered|submitted|send|sends|gives)\s+(?:his|her|their|an?)?\s*apolog(?:y|ies)";
static SENT_APOLOGIES: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(SENT_APOLOGIES_P).unwrap());
const SUBSTITUTING_P: &str = r"(?i)\s(?:(?:was|were|is)\s+)?(?:(?:attended|attending|present)\s+)?(?:as\s+(?:a\s+)?)?(?:replacing|substituting\s+for|substitute\s+for|in\s+place\s+of|deputising\s+for|deputizing\s+for|standing\s+in\s+for|attended\s+(?:as\s+(?:a\s+)?)?(?:substitute\s+)?for)\s+";
static SUBSTITUTING: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(SUBSTITUTING_P).unwrap());
const OBSERVING_P: &str = r"(?i)\s(?:was|were|attended)\s+(?:also\s+)?(?:observing|present\s+(?:as\s+(?:an?\s+)?)?observers?|in\s+attendance\s+as\s+(?:an?\s+)?observers?|as\s+(?:an?\s+)?observers?)(?-u:\b)";
static OBSERVING: LazyLock<Regex> = LazyLock::new(|| crate::pattern::regex(OBSERVING_P).unwrap());
const ALSO_ATTENDING_P: &str = r"(?i)(?-u:\b)(?:also\s+)?in\s+attendance\s+(?:were|was)\s*:?\s+|(?-u:\b)(?:officers|officials|staff)\s+(?:present|in\s+attendance)\s+(?:were|was)\s*:?\s+|(?-u:\b)also\s+present\s+(?:were|was)\s*:?\s+";
static ALSO_ATTENDING: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(ALSO_ATTENDING_P).unwrap());
/// "Town Administrator A and Finance Director B were also in attendance": the names before.
const ALSO_PRESENT_AFTER_P: &str = r"(?:were|was)\s+also\s+(?:present|in\s+attendance)(?-u:\b)";
static ALSO_PRESENT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(ALSO_PRESENT_AFTER_P).unwrap());
const ELECTED_CHAIR_P: &str = r"(?i)\s(?:was|were)\s+(?:duly\s+)?(?:elected|appointed|nominated)\s+(?:as\s+)?(?:the\s+)?(?P<role>chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|convener|cathaoirleach)(?-u:\b)";
static ELECTED_CHAIR: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(ELECTED_CHAIR_P).unwrap());

/// A motion that elects someone to the chair: "To elect Councillor X as Cathaoirleach",
/// "That Councillor Y be appointed as Leas-Chathaoirleach"; or the election's result: "The
/// Cathaoirleach declared Cllr. Z elected Leas-Chathaoirleach" (group `who3`, a role even
/// when the lists give others: the office is held from then on).
fn elect_as_pattern() -> String {
    const ROLE: &str = r"chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|convener|convenor|cathaoirleach|leas[- ]chathaoirleach|deputy\s+mayor|mayor";
    format!(
        r"(?i)(?-u:\b)(?:elect|appoint)\s+(?P<who>[^,;:]{{3,60}}?)\s+as\s+(?:the\s+)?(?P<role>{ROLE})(?-u:\b)|(?-u:\b)that\s+(?P<who2>[^,;:]{{3,60}}?)\s+be\s+(?:duly\s+)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?P<role2>{ROLE})(?-u:\b)|(?-u:\b)declared\s+(?P<who3>[^,;:]{{3,60}}?)\s+(?:duly\s+)?elected\s+(?:as\s+)?(?:the\s+)?(?P<role3>{ROLE})(?-u:\b)"
    )
}
static ELECT_AS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(&elect_as_pattern()).unwrap());

/// Who presides: "Councillor X took the Chair".
const TOOK_CHAIR_P: &str = r"(?i)\s(?:took|assumed|occupied)\s+the\s+chair(?-u:\b)";
static TOOK_CHAIR: LazyLock<Regex> = LazyLock::new(|| crate::pattern::regex(TOOK_CHAIR_P).unwrap());

/// Who opened the meeting: "Supervisor Hendricks called the meeting to order at 7:00 p.m.",
/// "The meeting was called to order by Mayor Ruiz". The presiding member, when the lists
/// name no chair.
const CALLED_TO_ORDER_P: &str = r"(?i)\s(?P<active>called|brought)\s+the\s+(?:meeting|session)\s+to\s+order(?-u:\b)|(?-u:\b)called\s+to\s+order\s+by\s+";
static CALLED_TO_ORDER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(CALLED_TO_ORDER_P).unwrap());

/// "The Town Mayor, Councillor Rhian Pugh, presided.": the people before it, the first
/// of them in the chair.
const PRESIDED_P: &str = r"(?i),?\s+presided(?:\s+over\s+the\s+meeting)?(?-u:\b)";
static PRESIDED: LazyLock<Regex> = LazyLock::new(|| crate::pattern::regex(PRESIDED_P).unwrap());

/// "... met at 9:00 a.m. with Chairperson Hansen presiding.": the person between "with"
/// and "presiding" (a word of its own at the clause's end, not "Presiding Member"). Run
/// only on sentences that say "presiding", apart from the set of the other patterns.
static PRESIDING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)\swith\s+(?:[^\s.;:]+\s+){1,5}?presiding(?:[.,;]|\s*$)").unwrap()
});

/// Someone who came in during the meeting: "Cllr X joined the meeting at 7.40pm", "PC Y
/// from the Neighbourhood Team joined for Item 4", "Council Member Bell arrived at 7:14
/// p.m." (a member absent at the roll call who came: there after all).
const JOINED_P: &str = r"(?i)\s(?:(?:joined|re-?joined|arrived\s+at)\s+(?:the\s+meeting|for\s+(?:items?|minutes?|agenda|part))(?-u:\b)|arrived\s+at\s+[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:[ap]\.?m(?-u:\b)|[0-9]))";
static JOINED: LazyLock<Regex> = LazyLock::new(|| crate::pattern::regex(JOINED_P).unwrap());

const ATTENDED_BY_P: &str = r"(?i)(?-u:\b)(?:the\s+meeting\s+was\s+attended\s+by|(?:those|members|councillors)\s+present\s+(?:were|was)\s*:?|present\s+were\s*:?|the\s+following\s+(?:members\s+)?(?:were|was)\s+(?:present|in\s+attendance)\s*:?)\s+";
static ATTENDED_BY: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(ATTENDED_BY_P).unwrap());

/// What every pattern of [`PROSE_PATTERNS`] contains. "Present" and "attend" count only
/// with the words they take in those patterns ("present were", "attended by", "were in
/// attendance"): alone they are everywhere in minutes ("presented the report"). The
/// pattern runs only near its words (a literal search), not over the whole document.
static TRIGGER: LazyLock<Words> = LazyLock::new(|| {
    Words::gated(
        &[
            "apolog",
            "replacing",
            "substitut",
            "deputis",
            "deputiz",
            "place",
            "standing",
            "observ",
            "elect",
            "appoint",
            "nominated",
            "attended",
            "present",
            "attendance",
            "joined",
            "arrived",
            "order",
            // (One word for "presided" and "presiding": each word is three forms, and a
            // searcher of more than 64 forms is no longer the SIMD one.)
            "presid",
            "took",
            "assumed",
            "occupied",
        ],
        r"(?i)apolog|replacing|substitut|deputi[sz]|in\s+place\s+of|standing\s+in|observ|elect|appoint|nominated|attended\s+(?:by|as|for)|(?:present|attendance)\s+(?:were|was|as)|(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)|joined|arrived|to\s+order|presid(?:ed|ing)|(?:took|assumed|occupied)\s+the\s+chair",
        64,
    )
});

/// The patterns [`prose`] tries, in the order of [`ProsePatterns`]'s indexes.
fn prose_pattern_texts() -> [String; 14] {
    [
        APOLOGIES_FROM_P,
        RECEIVED_APOLOGIES_P,
        SENT_APOLOGIES_P,
        SUBSTITUTING_P,
        OBSERVING_P,
        ALSO_ATTENDING_P,
        ELECTED_CHAIR_P,
        &elect_as_pattern(),
        ATTENDED_BY_P,
        JOINED_P,
        CALLED_TO_ORDER_P,
        PRESIDED_P,
        TOOK_CHAIR_P,
        ALSO_PRESENT_AFTER_P,
    ]
    .map(crate::pattern::narrow)
}

/// Each prose pattern's index in [`PROSE_PATTERNS`].
mod prose_k {
    pub const APOLOGIES_FROM: usize = 0;
    pub const RECEIVED_APOLOGIES: usize = 1;
    pub const SENT_APOLOGIES: usize = 2;
    pub const SUBSTITUTING: usize = 3;
    pub const OBSERVING: usize = 4;
    pub const ALSO_ATTENDING: usize = 5;
    pub const ELECTED_CHAIR: usize = 6;
    pub const ELECT_AS: usize = 7;
    pub const ATTENDED_BY: usize = 8;
    pub const JOINED: usize = 9;
    pub const CALLED_TO_ORDER: usize = 10;
    pub const PRESIDED: usize = 11;
    pub const TOOK_CHAIR: usize = 12;
    pub const ALSO_PRESENT_AFTER: usize = 13;
}

/// Which prose patterns may match in a sentence.
struct ProseMatches<'s> {
    /// The sentence.
    sent: &'s str,
    /// What [`PROSE_PATTERNS`] said of every pattern but the election's (`None`: it could
    /// not say, any may match).
    set: Option<regex_automata::PatternSet>,
    /// Whether the election's pattern may match, worked out when first asked.
    elect: std::cell::OnceCell<bool>,
}

impl ProseMatches<'_> {
    /// Whether pattern `k` (a [`prose_k`] index) may match: it does when the DFA said so,
    /// and any may when it could not say.
    fn may(&self, k: usize) -> bool {
        if k == prose_k::ELECT_AS {
            return self.elect();
        }
        let id = if k > prose_k::ELECT_AS { k - 1 } else { k };
        self.set.as_ref().is_none_or(|set| set.contains(regex_automata::PatternID::must(id)))
    }

    /// Whether any pattern may match.
    fn any(&self) -> bool {
        self.set.as_ref().is_none_or(|set| !set.is_empty()) || self.elect()
    }

    /// Whether the election's pattern may match.
    fn elect(&self) -> bool {
        *self.elect.get_or_init(|| may_elect(self.sent) && ELECT_AS.is_match(self.sent))
    }
}

/// The prose patterns but the election's ([`prose_k::ELECT_AS`]) as one forward lazy DFA
/// that says which of them match in a sentence.
///
/// Built from the same (narrowed) pattern texts as the patterns themselves, with every
/// match kept, so a pattern it does not report has no match in the sentence: [`prose`] runs
/// only the patterns it reports, and a pattern no sentence needs is never built (the
/// patterns, the election's above all, cost more to build than this automaton without
/// captures or reverse automata). Its indexes are those of [`prose_k`], the ones above the
/// election's one lower.
///
/// The election's pattern is apart: its three names of up to 60 characters, every match
/// kept, made this automaton's states many and large (most of the time of the attendance
/// stage on short documents went on building them). [`may_elect`] lets few sentences
/// through to [`ELECT_AS`] itself.
static PROSE_PATTERNS: LazyLock<AnyOf> = LazyLock::new(|| {
    let mut texts = Vec::from(prose_pattern_texts());
    texts.remove(prose_k::ELECT_AS);
    AnyOf::each(&texts)
});

/// Whether [`ELECT_AS`] may match in `s` (a gate for it, not the answer): each of its branches has "elect" or "appoint"
/// and one of its offices ("chair", "convener", "convenor", "(c)hathaoirleach", "mayor"),
/// none of them with a letter that has a non-ASCII case form ("k", "s").
fn may_elect(s: &str) -> bool {
    (contains_ignore_ascii_case(s, "elect") || contains_ignore_ascii_case(s, "appoint"))
        && ["chair", "conven", "athaoirleach", "mayor"]
            .iter()
            .any(|w| contains_ignore_ascii_case(s, w))
}

/// Which prose patterns may match in `s`.
fn prose_matches(s: &str) -> ProseMatches<'_> {
    ProseMatches { sent: s, set: PROSE_PATTERNS.which(s), elect: std::cell::OnceCell::new() }
}

fn prose(
    text: &Text,
    regions: &[Range<usize>],
    out: &mut Vec<Attendee>,
    presiding: &mut Vec<String>,
) {
    let s = text.src;
    // A motion electing a chair gives a role only when the attendance lists give none
    // (they say who chaired this meeting; an election may be for the year ahead).
    let listed_roles =
        out.iter().any(|a| matches!(a.role, Some(Role::Chair) | Some(Role::ViceChair)));
    // Who presided is not said by a listed vice-chair ("Cllr. A (Leas-Chathaoirleach)").
    let listed_chair = out.iter().any(|a| a.role == Some(Role::Chair));
    // Only sentences with a trigger word can state attendance; finding those with one
    // pass of a DFA keeps the eight patterns below off the rest of the document.
    // A trigger of two words may span two sentences: both are tried.
    let mut wanted: Vec<Range<usize>> = TRIGGER
        .find_iter(s)
        .flat_map(|m| [text.sentence_at(m.start), text.sentence_at(m.end - 1)])
        .flatten()
        .collect();
    // Two phrases without a trigger word are looked for in the attendance part only (a third
    // of the trigger's forms more would cost its fast search): "Seated at the front of the
    // hall were A, B and C", "under the chairmanship of the Mayor, Mrs. X".
    let before = wanted.len();
    for g in regions {
        let Some(part) = s.get(g.clone()) else { continue };
        // The part lower-cased byte for byte (the same offsets), so that a plain substring
        // search finds the lower-case needles in any ASCII case; each search resumes after
        // its last match.
        // (The two searchers are built once, not for each part.)
        static NEEDLES: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
            ["seated ", "under the chairmanship of "].map(memchr::memmem::Finder::new)
        });
        let lower = part.to_ascii_lowercase();
        for needle in NEEDLES.iter() {
            for p in needle.find_iter(lower.as_bytes()) {
                wanted.extend(text.sentence_at(g.start + p));
            }
        }
    }
    if wanted.len() > before {
        wanted.sort_by_key(|r| r.start);
    }
    wanted.dedup();
    for r in wanted {
        let sent = &s[r.clone()];
        if sent.len() > 2000 {
            continue;
        }
        // Most trigger words are in sentences that state nothing ("a presentation"): one
        // pass of the set rules them out before the patterns are tried one by one.
        // Two phrases are looked for as words, not patterns (the patterns are built into one
        // automaton at start-up, kept small): "Seated at the front of the hall were A, B
        // and C" and "under the chairmanship of the Mayor, Mrs. X".
        let seated = find_ignore_ascii_case_at(sent, "seated ", SEATED_STOP).filter(|&p| {
            let after = sent.as_bytes().get(p + 7..p + 10).unwrap_or_default();
            [b"at ", b"on ", b"in "].iter().any(|w| after.eq_ignore_ascii_case(*w))
        });
        let chairmanship =
            find_ignore_ascii_case_at(sent, "under the chairmanship of ", CHAIRMANSHIP_STOP);
        // Which patterns match in the sentence: those not found are not run (none can match).
        let found = prose_matches(sent);
        let with_presiding =
            contains_ignore_ascii_case(sent, "presiding").then(|| PRESIDING.find(sent)).flatten();
        if seated.is_none() && chairmanship.is_none() && with_presiding.is_none() && !found.any() {
            continue;
        }
        use prose_k as k;
        let base = r.start;
        // "apologies were received from A, B and C"
        // An apology for lateness is no apology for absence: the person came ("the apology
        // for absence received from A and the apology for lateness received from B").
        let late = |m: &regex::Match| contains_ignore_ascii_case(m.as_str(), "lateness");
        // "No apologies had been received from SY": who did not send one.
        let denied = |m: &regex::Match| {
            let before = sent[..m.start()].trim_end().as_bytes();
            before.len() >= 2
                && before[before.len() - 2..].eq_ignore_ascii_case(b"no")
                && before.len().checked_sub(3).is_none_or(|k| !before[k].is_ascii_alphanumeric())
        };
        let mut any = false;
        let from = found
            .may(k::APOLOGIES_FROM)
            .then(|| APOLOGIES_FROM.find_iter(sent))
            .into_iter()
            .flatten()
            .find(|m| {
                any = true;
                !late(m) && !denied(m)
            });
        if from.is_none() && any {
            continue;
        }
        if let Some(m) = from.or_else(|| {
            found.may(k::RECEIVED_APOLOGIES).then(|| RECEIVED_APOLOGIES.find(sent)).flatten()
        }) {
            // "from Cllr A (X Council), for whom Cllr B attended as substitute, and from Cllr
            // C": the clauses about substitutes blanked out, the list goes on.
            let cleaned = apology_clauses(sent, m.end());
            let sent = cleaned.as_ref();
            let list_end = list_end(sent, m.end());
            let start = named_among(sent, m.end(), list_end);
            let mut people = parse_people(&sent[start..list_end]);
            share_surnames(&sent[start..list_end], &mut people);
            push_people(text, base, sent, start, people, AttendanceStatus::Apologies, out);
            continue;
        }
        // "Councillors A and B sent their apologies"
        if let Some(m) = found.may(k::SENT_APOLOGIES).then(|| SENT_APOLOGIES.find(sent)).flatten() {
            let start = names_before(sent, m.start());
            if start < m.start() {
                list(text, base, sent, start..m.start(), AttendanceStatus::Apologies, out);
            }
            continue;
        }
        // "The meeting was attended by A (in the Chair); B, deputising for C; ...": a list,
        // whatever else its entries say ("Also present were ..." is read below).
        if let Some(m) = found
            .may(k::ATTENDED_BY)
            .then(|| ATTENDED_BY.find(sent))
            .flatten()
            .filter(|_| !(found.may(k::ALSO_ATTENDING) && ALSO_ATTENDING.is_match(sent)))
        {
            let end = list_end(sent, m.end());
            let before = out.len();
            list(text, base, sent, m.end()..end, AttendanceStatus::Present, out);
            if out.len() > before {
                continue;
            }
        }
        // "A attended as substitute for B and C attended in place of D": each clause.
        if found.may(k::SUBSTITUTING) && SUBSTITUTING.is_match(sent) {
            let mut from = 0;
            for m in SUBSTITUTING.find_iter(sent) {
                if m.start() < from {
                    continue;
                }
                let start = from + names_before(&sent[from..], m.start() - from);
                let target_end = names_after(sent, m.end());
                from = m.end().max(target_end);
                if start >= m.start() || m.end() >= target_end {
                    continue;
                }
                let sub = &sent[start..m.start()];
                let target = &sent[m.end()..target_end];
                if let (Some(p), Some(t)) = (names::parse_person(sub), names::parse_person(target))
                {
                    let idx = push_person(
                        text,
                        base,
                        sent,
                        (start, m.start()),
                        p,
                        AttendanceStatus::Substitute,
                        None,
                        None,
                        out,
                    );
                    out[idx].on_behalf_of = Some(t.name);
                }
            }
            continue;
        }
        // "In the absence of the Chair, the Vice-Chair, Cllr X, took the Chair": in the
        // attendance part of the minutes, X presides (not "took the Chair for item 7").
        if let Some(m) = found.may(k::TOOK_CHAIR).then(|| TOOK_CHAIR.find(sent)).flatten()
            && regions.iter().any(|g| g.contains(&r.start))
        {
            let after = sent[m.end()..].trim_start();
            let partial = ["for ", "during ", "until ", "at "]
                .iter()
                .any(|w| starts_with_ignore_ascii_case(after, w));
            let from = names_before(sent, m.start());
            let people = parse_people(&sent[from..m.start()]);
            if !partial && let Some(((a, b), mut p)) = people.into_iter().next_back() {
                p.role = Some(Role::Chair);
                presiding.push(p.name.clone());
                let span = (from + a, from + b);
                push_person(text, base, sent, span, p, AttendanceStatus::Present, None, None, out);
            }
            continue;
        }
        if let Some(m) = found.may(k::OBSERVING).then(|| OBSERVING.find(sent)).flatten() {
            let from = subject_start(&sent[..m.start()], &[':', ';']);
            let people = parse_people(&sent[from..m.start()]);
            if !people.is_empty() {
                push_people(text, base, sent, from, people, AttendanceStatus::Observer, out);
            } else {
                let start = names_before(sent, m.start());
                if start < m.start() {
                    list(text, base, sent, start..m.start(), AttendanceStatus::Observer, out);
                }
            }
            continue;
        }
        // "Seated at the front of the hall were ...": the list after the verb (found here,
        // not by the pattern: the patterns are built into one automaton, kept small).
        let seated = || {
            let from = seated? + 10;
            let head = &sent[from..floor_char_boundary(sent, (from + 80).min(sent.len()))];
            let p = [" were ", " was "]
                .iter()
                .filter_map(|w| head.find(w).map(|p| p + w.len()))
                .min()?;
            (!head[..p].contains([',', '.', ';', ':'])).then_some(from + p)
        };
        if let Some(list_at) = found
            .may(k::ALSO_ATTENDING)
            .then(|| ALSO_ATTENDING.find(sent))
            .flatten()
            .map(|m| m.end())
            .or_else(seated)
        {
            let end = list_end(sent, list_at);
            let mut people = parse_people(&sent[list_at..end]);
            // Clauses set apart by semicolons, when read one by one they name more people.
            if sent[list_at..end].contains(';') {
                let clauses = clause_list(&sent[list_at..end]);
                if clauses.len() >= people.len() && !clauses.is_empty() {
                    people = clauses;
                }
            }
            let status = AttendanceStatus::InAttendance;
            push_people(text, base, sent, list_at, people, status, out);
            continue;
        }
        // In the attendance part of the minutes only ("a working group under the
        // chairmanship of X" in an item is another body's).
        if let Some(at) = chairmanship
            && regions.iter().any(|g| g.contains(&r.start))
        {
            let from_at = at + "under the chairmanship of ".len();
            let end = list_end(sent, from_at);
            // "of the Mayor, Mrs. X": the office before the name.
            let mut from = from_at;
            if sent[from..end].starts_with("the ")
                && let Some(p) = sent[from..end].find(", ").filter(|&p| p <= 40)
            {
                from += p + 2;
            }
            if !listed_chair
                && let Some(mut p) = names::parse_person(&sent[from..end])
                && p.description.is_none()
            {
                p.role = Some(Role::Chair);
                presiding.push(p.name.clone());
                let (st, span) = (AttendanceStatus::Present, (from, end));
                push_person(text, base, sent, span, p, st, None, None, out);
            }
            continue;
        }
        if let Some(m) =
            found.may(k::ALSO_PRESENT_AFTER).then(|| ALSO_PRESENT_AFTER.find(sent)).flatten()
        {
            let start = names_before(sent, m.start());
            if start < m.start() {
                list(text, base, sent, start..m.start(), AttendanceStatus::InAttendance, out);
            }
            continue;
        }
        if let Some(c) = found.may(k::ELECTED_CHAIR).then(|| ELECTED_CHAIR.captures(sent)).flatten()
            && let (Some(m), Some(r)) = (c.get(0), c.name("role"))
        {
            let start = names_before(sent, m.start());
            if let Some(mut p) = names::parse_person(&sent[start..m.start()]) {
                p.role = names::role_of(r.as_str());
                push_person(
                    text,
                    base,
                    sent,
                    (start, m.start()),
                    p,
                    AttendanceStatus::Present,
                    None,
                    None,
                    out,
                );
            }
        }
        // (Captures only where the pattern matched: the same answer.) A motion gives a role
        // only when the lists give none; a declared result always does.
        if let Some(c) = found.may(k::ELECT_AS).then(|| ELECT_AS.captures(sent)).flatten()
            && (!listed_roles || c.name("who3").is_some())
        {
            let who = c.name("who").or_else(|| c.name("who2")).or_else(|| c.name("who3"));
            let role = c.name("role").or_else(|| c.name("role2")).or_else(|| c.name("role3"));
            if let (Some(w), Some(r)) = (who, role)
                && let Some(mut p) = names::parse_person(w.as_str())
            {
                p.role = names::role_of(r.as_str());
                push_person(
                    text,
                    base,
                    sent,
                    (w.start(), w.end()),
                    p,
                    AttendanceStatus::Present,
                    None,
                    None,
                    out,
                );
            }
        }
        // (A listed vice-chair does not say who presided: "Deputy Supervisor" in the roll
        // call, "Supervisor Okafor called the meeting to order".)
        if let Some(c) = (found.may(k::CALLED_TO_ORDER) && !listed_chair)
            .then(|| CALLED_TO_ORDER.captures(sent))
            .flatten()
        {
            let Some(m) = c.get(0) else { continue };
            let (a, b) = if c.name("active").is_some() {
                (names_before(sent, m.start()), m.start())
            } else {
                (m.end(), names_after(sent, m.end()))
            };
            // "CALL TO ORDER" over "Village President X called ...": the heading on the line
            // before is no part of the name.
            let a = match sent[a..b].rfind('\n') {
                Some(n) if names::parse_person(&sent[a..b]).is_none() => a + n + 1,
                _ => a,
            };
            if let Some(mut p) = (a < b).then(|| names::parse_person(&sent[a..b])).flatten() {
                p.role = Some(Role::Chair);
                push_person(
                    text,
                    base,
                    sent,
                    (a, b),
                    p,
                    AttendanceStatus::Present,
                    None,
                    None,
                    out,
                );
            }
            continue;
        }
        if let Some(m) =
            found.may(k::PRESIDED).then(|| PRESIDED.find(sent)).flatten().or(with_presiding)
        {
            let matched = &sent[m.range()];
            // "with X presiding": X, between the two words.
            let (from, to) = match matched.trim_start().get(..4) {
                Some(w) if w.eq_ignore_ascii_case("with") => {
                    let from = m.start() + (matched.len() - matched.trim_start().len()) + 4;
                    let to =
                        m.start() + matched.to_ascii_lowercase().rfind("presiding").unwrap_or(0);
                    (from, to.max(from))
                }
                _ => (subject_start(&sent[..m.start()], &[':', ';', '.']), m.start()),
            };
            let mut people = parse_people(&sent[from..to]);
            // The chair only when the lists name none ("Mr Feeney, Director of Services,
            // presided for the election of the Cathaoirleach").
            // Nor for part of it ("presided for the election", "presided during item 4").
            let after = sent[m.end()..].trim_start();
            let partial = ["for ", "during ", "over the election", "until "]
                .iter()
                .any(|w| starts_with_ignore_ascii_case(after, w));
            if let Some((_, first)) = people.first_mut().filter(|_| !listed_chair && !partial) {
                first.role = Some(Role::Chair);
            }
            push_people(text, base, sent, from, people, AttendanceStatus::Present, out);
            continue;
        }
        if let Some(m) = found.may(k::JOINED).then(|| JOINED.find(sent)).flatten() {
            // The subject: from the sentence start (or the last colon or semicolon) to the
            // verb, less a trailing "from the ..." / "of the ..." that says where they are from.
            let from = subject_start(&sent[..m.start()], &[':', ';']);
            let subject = &sent[from..m.start()];
            let who = [" from ", " of the "]
                .iter()
                .filter_map(|sep| subject.find(sep))
                .min()
                .map_or(subject, |p| &subject[..p]);
            // A name of one word at a sentence start ("Everyone joined ...") is too weak.
            let people = parse_people(who);
            let named =
                |p: &Person| p.honorific.is_some() || p.name.split_whitespace().nth(1).is_some();
            if people.iter().all(|(_, p)| named(p)) {
                push_people(text, base, sent, from, people, AttendanceStatus::Present, out);
            }
            continue;
        }
    }
}

/// Where `needle` (ASCII lower case) first occurs in `hay`, ignoring ASCII case.
#[cfg(test)]
fn find_ignore_ascii_case(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    find_ignore_ascii_case_at(hay, needle, rarest_letter(needle.as_bytes()))
}

/// Where [`prose`]'s needles stop ([`rarest_letter`]), worked out when compiling.
const SEATED_STOP: usize = rarest_letter(b"seated ");
const CHAIRMANSHIP_STOP: usize = rarest_letter(b"under the chairmanship of ");

/// The index in `n` (not empty) of its rarest letter in English text (the first of the
/// rarest; any other byte counts as rarer than none, the last).
const fn rarest_letter(n: &[u8]) -> usize {
    const BY_RARITY: &[u8] = b"zqxjkvbpygfwmucldrhsnioate";
    const fn rarity(c: u8) -> usize {
        let c = c.to_ascii_lowercase();
        let mut r = 0;
        while r < BY_RARITY.len() && BY_RARITY[r] != c {
            r += 1;
        }
        r
    }
    let (mut best, mut k) = (0, 1);
    while k < n.len() {
        if rarity(n[k]) < rarity(n[best]) {
            best = k;
        }
        k += 1;
    }
    best
}

/// The leftmost place of `needle` (ASCII lower case, not empty) in `hay`, ignoring ASCII
/// case, stopping at the needle's byte `j` ([`rarest_letter`]).
fn find_ignore_ascii_case_at(hay: &str, needle: &str, j: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    // The search stops at each place the needle's rarest letter is (in either case): fewer
    // stops than at its first letter ("s" of "seated" is four times as common as "d"). The
    // stops come left to right, so the first match found is the leftmost.
    let c = *n.get(j)?;
    let mut at = j;
    while let Some(p) =
        memchr::memchr2(c.to_ascii_lowercase(), c.to_ascii_uppercase(), h.get(at..)?)
    {
        let i = at + p - j;
        if h.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n)) {
            return Some(i);
        }
        at += p + 1;
    }
    None
}

/// A list in prose whose entries are clauses set apart by semicolons, each read on its own
/// ("the Select Board, A, B and C; Town Counsel Attorney D of KP Law, P.C.; member E
/// participated remotely by Zoom"): a clause that is not a list of people as written is
/// read without a verb phrase after the names, a few lower-case words before them, a
/// group named first ("the Select Board, ...") and an organisation after " of ". Clauses
/// that still read as no people are skipped. Offsets are into `s`.
fn clause_list(s: &str) -> Vec<((usize, usize), Person)> {
    const VERBS: [&str; 5] = [" participated", " attended", " joined", " was ", " were "];
    let mut out = Vec::new();
    let mut at = 0;
    for clause in s.split(';') {
        let from = at;
        at += clause.len() + 1;
        let mut a = from + (clause.len() - clause.trim_start().len());
        let mut b = from + clause.trim_end().len();
        if let Some(r) = s[a..b].strip_prefix("and ") {
            a = b - r.len();
        }
        if let Some(p) = VERBS.iter().filter_map(|v| s[a..b].find(v)).min() {
            b = a + p;
        }
        // "member E": a few lower-case words before the first capital.
        let lead = &s[a..b];
        if let Some(q) = lead.find(|c: char| c.is_uppercase())
            && q > 0
            && lead[..q].ends_with(' ')
            && lead[..q].split_whitespace().count() <= 2
            && lead[..q].split_whitespace().all(|w| w.starts_with(char::is_lowercase))
        {
            a += q;
        }
        let mut found = parse_people(&s[a..b]);
        if found.is_empty()
            && let Some(p) = s[a..b].find(" of ")
        {
            found = parse_people(&s[a..a + p]);
        }
        // "the Select Board, A, B and C": a group before the names.
        if found.is_empty()
            && let Some(p) = s[a..b].find(", ")
            && parse_people(&s[a..a + p]).is_empty()
        {
            a += p + 2;
            found = parse_people(&s[a..b]);
        }
        out.extend(found.into_iter().map(|((x, y), p)| ((a + x, a + y), p)));
    }
    out
}

/// "from 9 members, including the trustees Mr Ian Colquhoun and Mrs Geraldine Tait": a count
/// then the people named among them; the list starts at the first of them (past a few
/// words in lower case). Otherwise `from`.
fn named_among(sent: &str, from: usize, end: usize) -> usize {
    const INCLUDING: &str = ", including ";
    let Some(p) = sent.get(from..end).and_then(|l| l.find(INCLUDING)) else { return from };
    let after = from + p + INCLUDING.len();
    let rest = &sent[after..end];
    match rest.find(|c: char| c.is_uppercase()) {
        Some(q)
            if rest[..q].split_whitespace().count() <= 3
                && rest[..q].split_whitespace().all(|w| w.starts_with(char::is_lowercase))
                && names::is_count(sent[from..from + p].trim()) =>
        {
            after + q
        }
        _ => from,
    }
}

/// Where the subject of a verb at the end of `head` starts: after the last of `stops` (a
/// colon, a semicolon, or a full stop) and the spaces after it, or at the start.
fn subject_start(head: &str, stops: &[char]) -> usize {
    let from = head.rfind(stops).map_or(0, |p| p + 1);
    from + (head[from..].len() - head[from..].trim_start().len())
}

/// `sent` with, after byte `from`, each ", for whom ..." clause (to the next comma or the
/// end) and the "from" of ", and from" blanked out (same length): "Apologies were received
/// from Cllr A, for whom Cllr B attended as substitute, and from Cllr C" lists A and C.
fn apology_clauses(sent: &str, from: usize) -> std::borrow::Cow<'_, str> {
    let rest = &sent[from..];
    // "sent by A, and by B": the list goes on after ", and by".
    let and_by = rest.contains("and by ");
    // "from Mr A and from Cllr B": the second "from" goes, the list goes on.
    let and_from = rest.contains(" and from");
    if !rest.contains("for whom") && !and_by && !and_from {
        return sent.into();
    }
    let mut b = sent.as_bytes().to_vec();
    if and_from {
        for (p, _) in rest.match_indices(" and from") {
            // Only before a name ("and from the co-opted member X" is read as a lead-in).
            let after = &rest[p + 9..];
            if after.starts_with(char::is_whitespace)
                && after.trim_start().starts_with(|c: char| c.is_uppercase())
            {
                for x in &mut b[from + p + 5..from + p + 9] {
                    *x = b' ';
                }
            }
        }
    }
    if and_by {
        // ", and by B" -> ",        B": the comma parts the entries.
        for (p, _) in rest.match_indices("and by ") {
            if rest[..p].ends_with(", ") {
                for x in &mut b[from + p..from + p + 6] {
                    *x = b' ';
                }
            }
        }
    }
    // "from Cllr A, who was working away, and from Cllr B": a short relative clause before
    // ", and from" says why; the list goes on after it.
    if and_from {
        let mut k = from;
        while let Some(p) = sent[k..].find(", who ") {
            let at = k + p;
            let Some(q) = sent[at..].find(", and from ") else { break };
            let end = at + q;
            let clause = &sent[at..end];
            if clause.len() <= 100 && !clause.contains([';', '(', ':']) {
                for x in &mut b[at..end] {
                    *x = b' ';
                }
            }
            k = end + 1;
        }
    }
    let mut k = from;
    while let Some(p) = sent[k..].find("for whom") {
        let at = k + p;
        // Back to the comma before it (only white space between).
        let before = sent[..at].trim_end();
        let start = if before.ends_with(',') { before.len() - 1 } else { at };
        let end = sent[at..].find(',').map_or(sent.len(), |c| at + c);
        for x in &mut b[start..end] {
            *x = b' ';
        }
        k = end;
        if let Some(q) = sent[end..].find(|c: char| !matches!(c, ',' | ' ' | '\n'))
            && sent[end + q..].starts_with("and from ")
        {
            let f = end + q + 4;
            for x in &mut b[f..f + 4] {
                *x = b' ';
            }
        }
    }
    // Only ASCII bytes were blanked, between whole characters.
    String::from_utf8(b).map_or(sent.into(), Into::into)
}

/// "Jo and Al Moss": a given name alone (no title), then "and" and a given name and
/// surname, shares the surname.
fn share_surnames(s: &str, people: &mut [((usize, usize), Person)]) {
    for k in 1..people.len() {
        let (before, after) = people.split_at_mut(k);
        let ((_, end), first) = &mut before[k - 1];
        let ((start, _), second) = &after[0];
        let words: Vec<&str> = second.name.split_whitespace().collect();
        let between = s.get(*end..*start).unwrap_or("");
        if first.honorific.is_none()
            && second.honorific.is_none()
            && !first.name.contains(' ')
            && first.name.chars().next().is_some_and(char::is_uppercase)
            && between.trim() == "and"
            && words.len() == 2
        {
            first.name = format!("{} {}", first.name, words[1]);
        }
    }
}

/// End of a list of names that starts at `from`: the sentence end, or a clause such as
/// ", who ..." / " for this meeting" / " due to".
/// (A clause after a semicolon that says who was away ends a list of those present:
/// "Present were A and B; absent: C".)
fn list_end(sent: &str, from: usize) -> usize {
    static STOP: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)(?:,?\s+(?:who|which|due|because|as\s+(?:he|she|they)|for\s+(?:this|the)\s+meeting|for\s+absence|on\s+(?:this|the)\s+occasion|and\s+(?:these|they|this)\s+(?:were|was)|and\s+(?:were|was)\s+(?:noted|accepted)|(?:be|is|are|was|were)\s+(?:accepted|noted|received|approved)|and\s+(?:the|an?|their|his|her)\s+apolog(?:y|ies))(?-u:\b)|;\s*(?:absent|excused|not\s+present)(?-u:\b)|\.\s*$)").unwrap()
    });
    let rest = &sent[from..];
    let end = STOP.find(rest).map_or(rest.len(), |m| m.start());
    from + rest[..end].trim_end_matches(['.', ',', ' ', ';', ':']).len()
}

/// Start of the run of name words that ends at `end` ("... and County Councillor Phillippa
/// Williamson| was replacing").
fn names_before(sent: &str, end: usize) -> usize {
    let head = &sent[..end];
    let mut start = end;
    let words: Vec<(usize, &str)> = head
        .split_inclusive(char::is_whitespace)
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len();
            Some((at, w))
        })
        .collect();
    // Words read back inside a bracket after a name ("Cllr A (working away) and Cllr B").
    let mut bracket: Option<usize> = None;
    for &(at, w) in words.iter().rev() {
        // An entry ended by a semicolon is another person's ("Mrs A, Member; and Mr B").
        if w.trim().ends_with(';') && at + w.len() < end {
            break;
        }
        let t = w.trim().trim_end_matches(',');
        // A short bracket of words (a reason: "(working away)") after a name belongs to
        // its entry.
        if let Some(n) = bracket.as_mut() {
            *n += 1;
            if *n > 5 {
                break;
            }
            if t.starts_with('(') {
                bracket = None;
            }
            continue;
        }
        // (A one-word bracket, a party's "(UUP)", still ends the run as any word that does
        // not open with a capital.)
        if t.ends_with(')') && !t.contains('(') {
            bracket = Some(1);
            continue;
        }
        let first = t.chars().next();
        let ok = first.is_some_and(char::is_uppercase)
            || matches!(t, "and" | "&" | "de" | "van" | "der" | "von" | "da" | "le" | "la")
            || t.is_empty();
        if !ok {
            break;
        }
        // A sentence-initial "The"/"It" is not a name.
        if matches!(
            t,
            "The" | "It" | "In" | "At" | "On" | "Also" | "All" | "This" | "That" | "There"
        ) {
            break;
        }
        start = at;
    }
    // Do not start on a conjunction.
    let mut s = start;
    loop {
        let rest = &sent[s..end];
        let t = rest.trim_start();
        if let Some(r) = t.strip_prefix("and ").or_else(|| t.strip_prefix("& ")) {
            s = end - r.len();
        } else {
            break;
        }
    }
    s
}

/// End of the run of name words that starts at `start` ("|County Councillor Jayne Rear| for
/// this meeting").
fn names_after(sent: &str, start: usize) -> usize {
    let mut end = start;
    let mut pos = start;
    for w in sent[start..].split_inclusive(char::is_whitespace) {
        let t = w.trim();
        let core = t.trim_end_matches(['.', ',', ';', ':', ')']);
        let first = core.chars().next();
        let ok = first.is_some_and(char::is_uppercase);
        if !ok {
            break;
        }
        pos += w.len();
        end = pos - (w.len() - w.trim_end().len());
        if t.ends_with(',')
            || t.ends_with(';')
            || (t.ends_with('.') && core.chars().count() > 1 && !is_initial(core))
        {
            end -= t.len() - core.len();
            break;
        }
    }
    end
}

fn is_initial(s: &str) -> bool {
    s.chars().count() == 1 || names::honorific_rest(&format!("{s} x")).0
}

/// Pushes every person in `sent[range]`.
fn list(
    text: &Text,
    base: usize,
    sent: &str,
    range: Range<usize>,
    status: AttendanceStatus,
    out: &mut Vec<Attendee>,
) {
    push_people(text, base, sent, range.start, parse_people(&sent[range]), status, out);
}

/// Pushes `people` found in `sent` from byte `from` on (their spans are from there), all with
/// `status`.
fn push_people(
    text: &Text,
    base: usize,
    sent: &str,
    from: usize,
    people: Vec<((usize, usize), Person)>,
    status: AttendanceStatus,
    out: &mut Vec<Attendee>,
) {
    for ((a, b), p) in people {
        push_person(text, base, sent, (from + a, from + b), p, status, None, None, out);
    }
}

/// Merges entries for the same person: a later substitute or observer statement updates
/// the earlier listing; exact repeats are dropped.
fn merge(entries: Vec<Attendee>) -> (Vec<Attendee>, Vec<Merged>) {
    // foldhash, not SipHash: the keys are names from the document, the maps are only looked
    // up (never iterated in a way that reaches the output: `absent` is read in any order only
    // to take the least index per surname), so the hasher changes nothing but the time.
    use foldhash::{HashMap, HashMapExt};
    let mut out: Vec<Attendee> = Vec::with_capacity(entries.len());
    let mut merged = Vec::new();
    // Indexes into `out` by whole name and by surname (the last word of a longer name), so
    // matching stays linear however long the list.
    let mut by_name: HashMap<String, usize> = HashMap::with_capacity(entries.len());
    let mut by_surname: HashMap<String, usize> = HashMap::with_capacity(entries.len());
    // The members someone substitutes for (their keys and surnames): few lists name any.
    let replaced: Vec<String> = entries
        .iter()
        .filter_map(|e| e.on_behalf_of.as_deref())
        .flat_map(|m| {
            let key = name_key(m);
            let surname = key.rsplit(' ').next().unwrap_or("").to_string();
            [key, surname]
        })
        .collect();
    for e in entries {
        let key = name_key(&e.name);
        if key.is_empty() {
            continue;
        }
        let surname = key.rsplit(' ').next().unwrap_or("").to_string();
        // "Ó Maoláin", "ap Rhys": a surname that opens with a particle, the person's surname
        // alone; "Pádraig Ó Maoláin" has it as well as the last word.
        let particled = particle_surname(&key).to_string();
        let single = particled.len() == key.len();
        // The first earlier entry that names the same person: the same name, a surname
        // alone matching a full name, or a full name matching a surname alone.
        let found = [
            by_name.get(&key).copied(),
            if single { by_surname.get(&key).copied() } else { None },
            if single { None } else { by_name.get(&surname).copied() },
            if single || particled == surname { None } else { by_name.get(&particled).copied() },
        ]
        .into_iter()
        .flatten()
        .min();
        if let Some((kept, existing)) = found.and_then(|k| Some(k).zip(out.get_mut(k))) {
            let same_side = is_attending(existing.status) == is_attending(e.status);
            if same_side {
                if existing.status == e.status {
                    merged.push(Merged::Repeat { kept, entry: e.clone() });
                }
                if e.status == AttendanceStatus::Substitute {
                    existing.status = AttendanceStatus::Substitute;
                    existing.on_behalf_of = e.on_behalf_of.clone().or(existing.on_behalf_of.take());
                }
                if e.status == AttendanceStatus::Observer
                    && existing.status == AttendanceStatus::Present
                    && existing.role.is_none()
                {
                    existing.status = AttendanceStatus::Observer;
                }
                existing.role = existing.role.or(e.role);
                existing.organisation = existing.organisation.take().or(e.organisation);
                existing.note = existing.note.take().or(e.note);
                existing.honorific = existing.honorific.take().or(e.honorific);
                existing.post_nominals = existing.post_nominals.take().or(e.post_nominals);
                continue;
            }
            if existing.status == e.status {
                continue;
            }
            // "Cllr Ken Haworth" in the register, then "Apologies ... from Councillor
            // Haworth" and "Councillor Mistry attended as substitute for Councillor Haworth":
            // the member a substitute stands in for sent the apology.
            if existing.status == AttendanceStatus::Present
                && e.status == AttendanceStatus::Apologies
                && !replaced.is_empty()
                && {
                    let k = name_key(&existing.name);
                    let last = k.rsplit(' ').next().unwrap_or("");
                    replaced.iter().any(|r| *r == k || *r == last)
                }
            {
                existing.status = AttendanceStatus::Apologies;
                continue;
            }
            // "Absent: Council Member Bell" and later "Council Member Bell arrived at 7:14
            // p.m.": absent at the roll call, there after all.
            if existing.status == AttendanceStatus::Absent && e.status == AttendanceStatus::Present
            {
                existing.status = AttendanceStatus::Present;
                existing.role = existing.role.or(e.role);
                continue;
            }
        }
        by_name.entry(key).or_insert(out.len());
        if !single {
            if particled != surname {
                by_surname.entry(particled).or_insert(out.len());
            }
            by_surname.entry(surname).or_insert(out.len());
        }
        out.push(e);
    }
    // A substitute's absent member is not present. Each key maps to the first substitute
    // that names it.
    let mut absent: HashMap<String, usize> = HashMap::new();
    for (k, a) in out.iter().enumerate() {
        if let Some(member) = a.on_behalf_of.as_deref() {
            absent.entry(name_key(member)).or_insert(k);
        }
    }
    let mut absent_surnames: HashMap<String, usize> = HashMap::new();
    for (key, &k) in &absent {
        if let Some(surname) = key.rsplit(' ').next() {
            let first = absent_surnames.entry(surname.to_string()).or_insert(k);
            *first = (*first).min(k);
        }
    }
    // Most lists name no substitute: then nobody is absent for one.
    if absent.is_empty() {
        return (out, merged);
    }
    for (member, a) in out.iter_mut().enumerate() {
        let key = name_key(&a.name);
        let surname = key.rsplit(' ').next().unwrap_or("");
        let hit = absent
            .get(&key)
            .or_else(|| absent_surnames.get(&key).filter(|_| !key.contains(' ')))
            .or_else(|| absent.get(surname));
        if let (AttendanceStatus::Present, Some(&substitute)) = (a.status, hit) {
            a.status = AttendanceStatus::Absent;
            merged.push(Merged::Replaced { member, substitute });
        }
    }
    (out, merged)
}

/// The surname in a name key from its first particle on ("pádraig ó maoláin" -> "ó
/// maoláin", "siobhán nic giolla phádraig" -> "nic giolla phádraig"), or the last word.
fn particle_surname(key: &str) -> &str {
    const PARTICLES: &[&str] = &[
        "ó", "ní", "nic", "mac", "mhic", "uí", "ap", "de", "van", "von", "der", "da", "di", "du",
        "del", "la", "le",
    ];
    let last = key.rfind(' ').map_or(0, |p| p + 1);
    let mut at = 0;
    while at < last {
        let end = key[at..].find(' ').map_or(key.len(), |p| at + p);
        if PARTICLES.contains(&&key[at..end]) {
            return &key[at..];
        }
        at = end + 1;
    }
    &key[last..]
}

fn is_attending(s: AttendanceStatus) -> bool {
    !matches!(s, AttendanceStatus::Apologies | AttendanceStatus::Absent)
}

/// A name compared without case, punctuation or extra spaces ("B. Seaton" and "b seaton"
/// are the same key).
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        // An ASCII word (most are): its letters and digits, lower-cased, byte by byte. For an
        // ASCII character `is_alphanumeric` and `to_lowercase` are the ASCII tests, so this is
        // the general loop below, without its Unicode tables.
        // (The space goes first and comes off again when the word has no letter.)
        if word.is_ascii() {
            let before = key.len();
            if before > 0 {
                key.push(' ');
            }
            let letters_from = key.len();
            for b in word.bytes() {
                if b.is_ascii_alphanumeric() {
                    key.push(char::from(b.to_ascii_lowercase()));
                }
            }
            if key.len() == letters_from {
                key.truncate(before);
            }
            continue;
        }
        let mut letters = word.chars().filter(|c| c.is_alphanumeric()).peekable();
        if letters.peek().is_none() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        for c in letters {
            key.extend(c.to_lowercase());
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(s: &str) -> Vec<(String, AttendanceStatus, Option<Role>)> {
        let t = Text::from_str(s);
        let seg = segment(&t);
        extract(&t, &seg).into_iter().map(|a| (a.name, a.status, a.role)).collect()
    }

    use AttendanceStatus::*;

    /// A description wrapped under a hanging indent is stored as running text.
    #[test]
    fn a_wrapped_description_reads_as_running_text() {
        let t = Text::from_str(
            "Minutes\n\nPresent:          Ann Holm (Presiding Member), Bo Lind (Principal),\n                  Di Fry, Jo Roe (Staff\n                  Representative)\n\n1. Welcome\n\nText.\n",
        );
        let got = extract(&t, &segment(&t));
        let org = |n: &str| got.iter().find(|a| a.name == n).and_then(|a| a.organisation.clone());
        assert_eq!(org("Jo Roe").as_deref(), Some("Staff Representative"), "{got:?}");
        // Trap: a description on one line is as written.
        assert_eq!(org("Bo Lind").as_deref(), Some("Principal"), "{got:?}");
    }

    #[test]
    fn lettered_group_headings_and_a_lone_co_opted_member_heading() {
        let got = run(
            "Minutes\n\nPRESENT\n\nGroup A \u{2013} Christian denominations (other than the Church of England) and other religions\nMrs P. Akhtar (Islam)\nRabbi D. Lenz (Judaism)\n\nGroup B \u{2013} The Church of England\nThe Revd Canon M. Hale\n\nGroup C \u{2013} Teachers' associations\nMr O. Blake (NEU) (Chair)\n\nCo-opted member (non-voting)\nMs L. Chen (Humanists UK)\n\nAlso present\nMr K. Adeyemi \u{2013} trainee teacher, Oakfield Academy (observing)\n\n1. Welcome\n\nText.\n",
        );
        assert!(has(&got, "P. Akhtar", Present, None), "{got:?}");
        assert!(has(&got, "D. Lenz", Present, None), "{got:?}");
        assert!(has(&got, "M. Hale", Present, None), "{got:?}");
        assert!(has(&got, "O. Blake", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "L. Chen", Present, None), "{got:?}");
        // Trap: a school after a trainee's description is no person.
        assert!(!got.iter().any(|a| a.0 == "Oakfield Academy"), "{got:?}");
        assert!(lettered_group_heading("Group 2: Teachers") && lettered_group_heading("Group D"));
        // Traps: a rank before a name, an office, a word after the letter.
        assert!(!lettered_group_heading("Group Captain A. Lee"));
        assert!(!lettered_group_heading("Group Leader"));
        assert!(!lettered_group_heading("Group AB Smith"));
        // Trap: an office under a name (no blank line over it) is no heading: the list of
        // names ends there.
        let got = run(
            "Minutes\n\nPresent:\nMrs Ann Lee\nCo-opted member\nMr Bo Hart\n\n1. Welcome\n\nText.\n",
        );
        assert!(has(&got, "Ann Lee", Present, None), "{got:?}");
        assert!(!got.iter().any(|a| a.0 == "Bo Hart"), "{got:?}");
    }

    #[test]
    fn welsh_cyng_titles_in_an_apologies_sentence() {
        let got = run(
            "Minutes\n\nPRESENT: Cyng. Alun Jenkins.\n\n1. Apologies\n\nApologies for absence were received and accepted from Cyng. Owain Griffiths (work commitments) and Cyng. Menna Harries (unwell). Cyng. Wyn Probert was absent.\n",
        );
        assert!(has(&got, "Owain Griffiths", Apologies, None), "{got:?}");
        assert!(has(&got, "Menna Harries", Apologies, None), "{got:?}");
        assert!(!got.iter().any(|a| a.0 == "Cyng"), "{got:?}");
        // Trap: a plain absence is no apology.
        assert!(!got.iter().any(|a| a.0 == "Wyn Probert" && a.1 == Apologies), "{got:?}");
    }

    #[test]
    fn a_declared_election_gives_a_role_beside_listed_roles() {
        let s = "Minutes\n\nIN THE CHAIR: Cllr. Ann Daly, Cathaoirleach (Items 2 to 5)\n\nMEMBERS PRESENT: Cllrs. John Brennan, Mary Cusack.\n\n1. Election of Leas-Chathaoirleach\n\nThe Cathaoirleach declared Cllr. John Brennan elected Leas-Chathaoirleach of the District.\n";
        let got = run(s);
        assert!(has(&got, "John Brennan", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Ann Daly", Present, Some(Role::Chair)), "{got:?}");
        // Trap: the office after the name, with its items in brackets, is no person.
        assert!(!got.iter().any(|a| a.0 == "Cathaoirleach"), "{got:?}");
        assert!(has(&got, "Mary Cusack", Present, None), "{got:?}");
        // Trap: a nomination is no election.
        let got = run(&s.replace("declared Cllr. John Brennan elected", "invited nominations for"));
        assert!(has(&got, "John Brennan", Present, None), "{got:?}");
    }

    #[test]
    fn a_column_of_titled_names_run_together_on_one_line() {
        let got = run(
            "Minutes\n\nPresent:\tIn attendance:\nCouncillor N McAtamney (Chair) Alderman J Crothers (Deputy Chair) Alderman W Gibson\tMr G Lavery, Director of Leisure\nCouncillor C Breslin\tMs S Hanratty, Head of Leisure\n\n1. Apologies\n\nNone.\n",
        );
        assert!(has(&got, "N McAtamney", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "J Crothers", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "W Gibson", Present, None), "{got:?}");
        assert!(has(&got, "G Lavery", InAttendance, None), "{got:?}");
    }

    #[test]
    fn a_rule_under_a_table_header_does_not_end_the_list() {
        let s = "Minutes\n\nMembers present:\n\n  Member                           Constituent authority\n  -------------------------------  ---------------------\n  Councillor Ann Doyle (Chair)     Brantham Borough Council\n  Councillor Raj Mehta             Fenmoor District Council\n\n1. Apologies\n\nNone.\n";
        let r = run(s);
        let names: Vec<&str> = r.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["Ann Doyle", "Raj Mehta"]);
        assert_eq!(r[0].2, Some(Role::Chair));
        // Traps: a hyphenated word, dashes inside a line of text, two dashes.
        assert!(is_rule_line("----  ----") && is_rule_line("=====") && is_rule_line("___|___"));
        assert!(!is_rule_line("Lloyd-Harries") && !is_rule_line("-- A --") && !is_rule_line("--"));
    }

    #[test]
    fn roll_call_count_and_plural_title_list() {
        let s = "Minutes\n\nPresent: 3 -  Gloria Beckett, Walter Huang and Tamsin Okoro\n\nAbsent: 1 - Marcus Lindell\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        let names: Vec<&str> = r.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["Gloria Beckett", "Walter Huang", "Tamsin Okoro", "Marcus Lindell"]);
        // Traps: a count of people, a date range.
        assert_eq!(roll_count_len(" 5 members of the public"), 0);
        assert_eq!(roll_count_len(" 2025-26 members"), 0);
        assert_eq!(roll_count_len(" 1 - Marcus"), 5);
        let s = "Minutes\n\nPresent:      Cllr. Sean Daly, Cathaoirleach, presided.\n\n              Cllrs. Maire Brien, Tomas Brennan and Declan Carr.\n\nApologies: Cllr. Gerard Foley.\n\n1. Minutes\n\nText.\n";
        assert_eq!(run(s).len(), 5, "{:?}", run(s));
        assert!(plural_title_list("Cllrs. Maire Brien, Tomas Brennan"));
        // Trap: a sentence about councillors after a closed list is no list.
        assert!(!plural_title_list("Councillors asked about the budget."));
    }

    #[test]
    fn group_in_a_table_first_cell() {
        let s = "Minutes\n\nBoard members\tHelen Achterberg (Chair); Sunil Batra\nApologies\tColin Saxby\n\n1. Welcome\n\nText.\n";
        assert_eq!(
            run(s),
            [
                ("Helen Achterberg".into(), Present, Some(Role::Chair)),
                ("Sunil Batra".into(), Present, None),
                ("Colin Saxby".into(), Apologies, None)
            ]
        );
        // Trap: a group word with a count in the next cell is no list of people.
        assert!(parse_label("Board members\t12").is_none());
        // "Apologies received and accepted:" under the members present.
        let s = "Minutes\n\nPresent: Ann Bell\nApologies received and accepted: Professor Kate Mulholland (Trustee)\n\n1. Welcome\n\nText.\n";
        assert_eq!(run(s)[1], ("Kate Mulholland".into(), Apologies, None));
    }

    #[test]
    fn flattened_table_header_cells_one_a_line() {
        let s = "Minutes\n\nMembers:\n\nMember\nRepresenting\nCouncillor Philippa Rowe (Chair)\nWyvern County Council\nCouncillor Beth Corden\nHarcombe District Council\n\nOfficers:\n\nName\nRole\nEllen Rushbrook\nPanel Scrutiny Officer\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        let names: Vec<&str> = r.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["Philippa Rowe", "Beth Corden", "Ellen Rushbrook"]);
        assert_eq!(r[0].2, Some(Role::Chair));
        // Trap: a name is no header cell.
        assert!(!flat_header_cell("Ellen Rushbrook") && flat_header_cell("Representing"));
        // "Name" over "Group represented", then a name and its group a line each.
        let s = "Minutes\n\nMembers present:\n\nName\nGroup represented\nAndrew Pelham (Chair)\nAcademy members - secondary\nClaire Redfern\nMaintained primary headteachers\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        let names: Vec<&str> = r.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["Andrew Pelham", "Claire Redfern"]);
        assert!(flat_header_cell("Sector represented") && !flat_header_cell("Body"));
    }

    #[test]
    fn one_entry_a_line_with_the_same_title() {
        let s = "Minutes\n\nPresent:\nCouncillor Alasdair Baird (Vice Convener), Ward 9 – Glen Tarrow and Kilbride\nCouncillor Fraser Dunbar, Ward 1 – Carse of Strathallan\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        let names: Vec<&str> = r.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["Alasdair Baird", "Fraser Dunbar"]);
    }

    #[test]
    fn called_to_order_under_a_heading() {
        let s = "VILLAGE OF X\nREGULAR MEETING MINUTES\n\n1.   CALL TO ORDER\n     Village President Carla Mendenhall called the meeting to order at 7:00 p.m.\n\n2.   ROLL CALL\n     Present: Trustees Adams, Bielski\n";
        let r = run(s);
        assert!(r.contains(&("Carla Mendenhall".into(), Present, Some(Role::Chair))), "{r:?}");
        // Trap: no name after the heading, no chair.
        let s = "VILLAGE OF X\nREGULAR MEETING MINUTES\n\n1.   CALL TO ORDER\n     The Clerk called the meeting to order at 7:00 p.m.\n\n2.   ROLL CALL\n     Present: Trustees Adams, Bielski\n";
        assert_eq!(run(s).len(), 2, "{:?}", run(s));
    }

    #[test]
    fn called_to_order_beside_a_listed_vice_chair() {
        let s = "TOWN BOARD MINUTES\n\n1. CALL TO ORDER\n\nSupervisor Oka called the meeting to order at 7:00 PM.\n\n2. ROLL CALL\n\nBoard Member\tOffice\tPresent\tAbsent\nDan Oka\tSupervisor\t\u{2713}\nLin Soren\tDeputy Supervisor / Council Member\t\u{2713}\n\n3. MINUTES\n\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Dan Oka".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Lin Soren".into(), Present, Some(Role::ViceChair))), "{r:?}");
        // Trap: a listed chair keeps the chair whoever opened the meeting.
        let s = "TOWN BOARD MINUTES\n\n1. CALL TO ORDER\n\nSupervisor Oka called the meeting to order at 7:00 PM.\n\n2. ROLL CALL\n\nBoard Member\tOffice\tPresent\tAbsent\nDan Oka\tSupervisor\t\u{2713}\nLin Soren\tChair\t\u{2713}\n\n3. MINUTES\n\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Dan Oka".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Lin Soren".into(), Present, Some(Role::Chair))), "{r:?}");
    }

    #[test]
    fn pipe_table_rows_are_cells() {
        let s = "Minutes\n\nMembers present:\n\nName | Role | Organisation\nHelen Ashdown | Non-Executive Member (Chair) | NHS Severnvale ICB\nSimon Okafor | Chief Executive | NHS Severnvale ICB\n\nApologies:\n\nName | Role | Organisation\nClaire Dobbs | Chief Finance Officer | NHS Severnvale ICB\n\n1. Welcome\n\nText.\n";
        assert_eq!(
            run(s),
            [
                ("Helen Ashdown".into(), Present, Some(Role::Chair)),
                ("Simon Okafor".into(), Present, None),
                ("Claire Dobbs".into(), Apologies, None)
            ]
        );
        // Trap: a pipe inside a word or without spaces round it is no cell break.
        assert_eq!(piped_cells("A|B | C"), "A|B \t C");
        assert_eq!(piped_cells("Cllr A Moss"), "Cllr A Moss");
    }

    #[test]
    fn present_block_one_per_line() {
        let s = "PRESENT\n\nMrs B. Seaton CC (in the Chair)\n\nMr. G. Welsh CC\nMrs. M. Wright CC\n\n8. Minutes.\n\nText.\n";
        assert_eq!(
            run(s),
            [
                ("B. Seaton".into(), Present, Some(Role::Chair)),
                ("G. Welsh".into(), Present, None),
                ("M. Wright".into(), Present, None)
            ]
        );
    }

    #[test]
    fn officers_written_office_first_then_the_name() {
        let s = "Minutes\n\nPresent: Cllr A Moss (Chair), Cllr B Jones\nOfficers: Head of Planning, Ms Ruth Ellery; Democratic Services Officer, Mr Kwame Boateng\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        assert_eq!(r.len(), 4, "{r:?}");
        assert_eq!(r[2].0, "Ruth Ellery");
        assert_eq!(r[3].0, "Kwame Boateng");
        assert!(office_before_name("Head of Planning", ", Ms Ruth Ellery"));
        assert!(!office_before_name("Head of Planning", " and Ms Ruth Ellery"));
        assert!(!office_before_name("In the absence of the Chair", ", Cllr Ruth Ellery"));
    }

    #[test]
    fn labelled_lines_and_prose() {
        let s = "Minutes\n\nPresent: Councillors Smith (Chair), Jones and Patel\nIn attendance: Mrs D Evans (Clerk), 2 members of the public\nApologies: Cllr Brown\n\n1. Welcome\n\nApologies were received from Cllr A. Green and Mr K. White.\nCouncillor Black was replacing Councillor Jones for this meeting.\n";
        let r = run(s);
        assert!(r.contains(&("Smith".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Patel".into(), Present, None)));
        assert!(r.contains(&("D Evans".into(), InAttendance, Some(Role::Clerk))));
        assert!(r.contains(&("Brown".into(), Apologies, None)));
        assert!(r.contains(&("A. Green".into(), Apologies, None)));
        assert!(r.contains(&("K. White".into(), Apologies, None)));
        assert!(r.contains(&("Black".into(), Substitute, None)));
        assert!(r.contains(&("Jones".into(), Absent, None)), "{r:?}");
    }

    #[test]
    fn side_by_side_columns() {
        let s = "Present:\tApologies:\nCllr A Smith (Chair)\tCllr D Lee\nCllr B Jones\tMr E Fox\nCllr C Brown\t\n\n1. Minutes\n";
        let r = run(s);
        assert_eq!(r.len(), 5, "{r:?}");
        assert!(r.contains(&("E Fox".into(), Apologies, None)));
        assert!(r.contains(&("C Brown".into(), Present, None)));
    }

    #[test]
    fn a_role_with_a_qualifier_and_a_list_wrapped_under_a_tab() {
        let s = "Present:\tCllr H. Brandon (Chairman – presiding)\n\tCllr D. Okafor (Vice-Chairman from minute AM/25/02)\n\tCllrs J. Whitlow, P. Sandhu-Reeve and\n\tA. Lyle\n\tCllr T. Ashby (from minute AM/25/05, following co-option)\n\n1. Minutes\nText.\n";
        let r = run(s);
        assert!(r.contains(&("H. Brandon".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("D. Okafor".into(), Present, Some(Role::ViceChair))), "{r:?}");
        assert!(r.contains(&("P. Sandhu-Reeve".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("A. Lyle".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("T. Ashby".into(), Present, None)), "{r:?}");
        // Trap: a part-time note alone in brackets gives no role.
        let r = run("Present:\tCllr A. Lee (from minute 4)\n\n1. Minutes\nText.\n");
        assert_eq!(r, vec![("A. Lee".into(), Present, None)]);
    }

    #[test]
    fn a_label_row_laid_out_with_spaces_wraps_its_last_cell() {
        let s = "PRESENT:          Andrew Pell               Independent Director\n                                            (Chair)\n                  Gita Patel                Director\n\nAPOLOGIES:        Dame Rosalind Achterberg  Independent Director\n\n1. Minutes\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Andrew Pell".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Gita Patel".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Rosalind Achterberg".into(), Apologies, None)), "{r:?}");
        // Trap: a label set off by one space keeps single spaces inside the list.
        let r = run("Apologies: Cllr A. Lee and  Cllr B. Moss\n\n1. Minutes\nText.\n");
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn prose_seated_and_also_present_clauses_and_chairmanship() {
        let s = "TOWN MEETING\n\nSeated at the front of the hall were the Select Board, Carl J. Benoit, Marsha\nLiang and Thomas Duquette; Town Counsel Attorney Janet Okafor of KP Law, P.C.; and Town Clerk Diane Fortier, who recorded these minutes.\n\nAlso present were Vice Chair Owen Mbeki and Select Board member Samuel Pryor; member Nate Castellanos participated remotely. Town Administrator Julia Brandt and Finance Director Kevin\nO'Shea were also in attendance.\n\n1. Minutes\nText.\n";
        let names: Vec<String> = run(s).into_iter().map(|x| x.0).collect();
        for n in [
            "Carl J. Benoit",
            "Marsha Liang",
            "Thomas Duquette",
            "Janet Okafor",
            "Diane Fortier",
            "Owen Mbeki",
            "Samuel Pryor",
            "Nate Castellanos",
            "Julia Brandt",
            "Kevin O'Shea",
        ] {
            assert!(names.contains(&n.to_string()), "{n}: {names:?}");
        }
        assert!(!names.iter().any(|n| n.contains("Board")), "{names:?}");
        let s = "MINUTES of the sitting, at which were present:\n\nCouncillors:     Robert Kerr, seat no. 6 (pro-mayor)\n\nforming a quorum under the chairmanship of the Mayor, Mrs. Josée Lamarre.\n\n1. Opening\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Josée Lamarre".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Robert Kerr".into(), Present, Some(Role::ViceChair))), "{r:?}");
        // Trap: another body's chairmanship in an item is not this meeting's chair.
        let s = "Present: Cllr A. Lee\n\n1. Minutes\nText.\n\n2. Accounts\nText.\n\n3. Working group\nA group met under the chairmanship of Mrs. Joan Fry.\n";
        assert!(!run(s).iter().any(|x| x.0 == "Joan Fry"));
    }

    #[test]
    fn apologies_from_and_from_a_name_broken_at_the_line_end() {
        let s = "Present: Mr A. Lee\n\n1. Apologies\nApologies for absence were received from Mr W. Thurlby and from Cllr R. Gos-\nling (WDC), who was unwell.\n";
        let r: Vec<String> = run(s).into_iter().filter(|x| x.1 == Apologies).map(|x| x.0).collect();
        assert_eq!(r, ["W. Thurlby", "R. Gosling"]);
        assert_eq!(unbreak_words("D. Ambrose-\nLee, X"), "D. Ambrose-Lee , X");
        // Trap: a dash at a line end before a number or a space is not a broken word.
        assert_eq!(unbreak_words("item 4 -\n5 and A-\n 7"), "item 4 -\n5 and A-\n 7");
    }

    #[test]
    fn apologies_from_names_with_reasons_between_them() {
        let s = "Present: Cllr E. Parry\n\n1. Apologies\nApologies for absence were received from Councillor R. Meurig, who was\nworking away, and from Councillor C. Howells, who was unwell. County\nCouncillor A. Brace had also sent his apologies as he was attending a\nmeeting of the Cabinet.\n";
        let r: Vec<String> = run(s).into_iter().filter(|x| x.1 == Apologies).map(|x| x.0).collect();
        assert_eq!(r, ["R. Meurig", "C. Howells", "A. Brace"]);
        // Trap: a reason that runs on into another sentence's list is not blanked.
        let s = "Present: Cllr E. Parry\n\n1. Apologies\nApologies were received from Councillor R. Meurig, who asked that the committee note (item 4) that the report was late, and from the public.\n";
        let r: Vec<String> = run(s).into_iter().filter(|x| x.1 == Apologies).map(|x| x.0).collect();
        assert_eq!(r, ["R. Meurig"]);
    }

    #[test]
    fn an_apology_table_with_temporary_appointments_and_group_columns() {
        let s = "1. Apologies for absence and temporary appointments\n\nApology from                          Temporary appointment\nCouncillor Peter Braithwaite          Councillor Imogen Sale\nCouncillor Yusuf Hamid                –\n\n2. Minutes\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Peter Braithwaite".into(), Apologies, None)), "{r:?}");
        assert!(r.contains(&("Yusuf Hamid".into(), Apologies, None)), "{r:?}");
        assert!(r.contains(&("Imogen Sale".into(), Substitute, None)), "{r:?}");
        let s = "PRESENT:\n\nElected Members                          Appointed Members\nMr R. J. Tointon (Chairman)              Cllr Mrs S. Wheatcroft (WDC)\nMr G. H. Fairbairn                       Cllr T. Nunney (WDC)\n\n1. Minutes\nText.\n";
        let r = run(s);
        assert!(r.contains(&("R. J. Tointon".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("S. Wheatcroft".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("T. Nunney".into(), Present, None)), "{r:?}");
        // Trap: one group heading alone is a heading inside the block, not a column.
        let s = "PRESENT:\nElected Members\nMr A. Lee\n\n1. Minutes\nText.\n";
        assert_eq!(run(s), vec![("A. Lee".into(), Present, None)]);
    }

    #[test]
    fn a_sentence_ending_in_the_members_present_over_a_table() {
        let s = "BE IT REMEMBERED that the Court convened, with the following members present, to wit:\n\n        Hon. Travis W. Pruett          County Judge, Presiding\n        Hon. Dale Haskins              Commissioner, Precinct 2 (Judge Pro Tem)\n\n1. Call to order\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Travis W. Pruett".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Dale Haskins".into(), Present, Some(Role::ViceChair))), "{r:?}");
        // Trap: a sentence that only mentions who was present is no label.
        assert!(mid_line_label("The Clerk said the members present:").is_none());
    }

    #[test]
    fn officers_written_office_with_a_comma_then_a_dash_and_the_name() {
        let s = "Minutes\n\nOfficers:\n  Strategic Director, Place – Martin Fell\n  Head of Scrutiny – Yasmin Chowdhury\n  Scrutiny and Governance Officer – Tom Ellery (minutes)\n\n1. Minutes\nText.\n";
        let names: Vec<String> = run(s).into_iter().map(|x| x.0).collect();
        assert_eq!(names, ["Martin Fell", "Yasmin Chowdhury", "Tom Ellery"]);
        let people = extract(&Text::from_str(s), &crate::segment::segment(&Text::from_str(s)));
        assert_eq!(
            people[2].organisation.as_deref(),
            Some("Scrutiny and Governance Officer (minutes)")
        );
        // The same with a colon after the office.
        let s = "Minutes\n\nIn attendance:\nExecutive Director (Communities): Gillian Rennie\nHead of Roads, Transport and Infrastructure: Mairi Dewar\nSenior Solicitor: Lorna Buchan\n\n1. Minutes\nText.\n";
        let names: Vec<String> = run(s).into_iter().map(|x| x.0).collect();
        assert_eq!(names, ["Gillian Rennie", "Mairi Dewar", "Lorna Buchan"]);
        // Trap: a person with a comma, then a colon and a note, stays the person.
        let names: Vec<String> =
            run("Present:\n  Cllr Ann Lee, Chair: Finance\n\n1. Minutes\nText.\n")
                .into_iter()
                .map(|x| x.0)
                .collect();
        assert_eq!(names, ["Ann Lee"]);
        // Trap: a person, then a dash and an office, stays the person.
        let names: Vec<String> =
            run("Present:\n  Cllr Ann Lee – Chair, Finance\n\n1. Minutes\nText.\n")
                .into_iter()
                .map(|x| x.0)
                .collect();
        assert_eq!(names, ["Ann Lee"]);
        // "and from" over a line break, after a for-whom clause.
        let s = "Present: Mr A. Lee\n\n1. Apologies\nApologies for absence were received from Councillor Hannah Greaves,\nfor whom Councillor Victor Bell attended as reserve, and from\nMrs Eileen Tran (co-opted member).\n";
        let r: Vec<String> = run(s).into_iter().filter(|x| x.1 == Apologies).map(|x| x.0).collect();
        assert_eq!(r, ["Hannah Greaves", "Eileen Tran"]);
    }

    #[test]
    fn a_bracket_wrapped_in_the_first_of_three_columns() {
        let s = "Members present:\nCllr. A. Daly (Leas-         Cllr. D. Lenihan               Cllr. C. Driscoll\n  Chathaoirleach)            Cllr. B. Gearailt              Cllr. F. Quirke\n\n1. Minutes\nText.\n";
        let names: Vec<String> = run(s).into_iter().map(|x| x.0).collect();
        for n in ["A. Daly", "D. Lenihan", "C. Driscoll", "B. Gearailt", "F. Quirke"] {
            assert!(names.contains(&n.to_string()), "{n}: {names:?}");
        }
        // Trap: one name with a long run of spaces inside a cell is not split into two.
        assert_eq!(spaced_columns("Cllr. D. Lenihan"), "Cllr. D. Lenihan");
    }

    #[test]
    fn no_apologies() {
        let s =
            "Present: Cllr A Smith\n\n1. Apologies\n\nNo apologies were received.\n\n2. Minutes\n";
        assert_eq!(run(s).len(), 1);
    }

    #[test]
    fn debug_apologies() {
        let s = "Apologies were received from Cllr A. Green and Mr K. White.\n";
        let t = Text::from_str(s);
        let mut out = Vec::new();
        prose(&t, &[], &mut out, &mut Vec::new());
        assert_eq!(out.len(), 2, "{out:?} {:?}", parse_people("Cllr A. Green and Mr K. White"));
    }

    #[test]
    fn shared_surname_and_electors() {
        let names = |s: &str| parse_people(s).into_iter().map(|(_, p)| p.name).collect::<Vec<_>>();
        assert_eq!(names("Mr G and Mrs D Trethewey"), ["G Trethewey", "D Trethewey"]);
        assert_eq!(
            names("Mr J Yeo (Chairman), Mrs P Lang (Clerk) and 9 electors."),
            ["J Yeo", "P Lang"]
        );
    }

    #[test]
    fn a_surname_with_a_particle_alone_is_the_listed_person() {
        let got = run(
            "Minutes of the Board held on 4 May 2025\n\nMembers Present:\n   1.  Cllr. Pádraig Ó Maoláin (Cathaoirleach)\n   2.  Cllr. Alun ap Rhys\n   3.  Cllr. Seán Ó Briain\n\nThe Cathaoirleach, Cllr. Ó Maoláin, presided.\n\n1.   Minutes\n\nText.\n",
        );
        assert!(has(&got, "Pádraig Ó Maoláin", Present, Some(Role::Chair)), "{got:?}");
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(particle_surname("siobhán nic giolla phádraig"), "nic giolla phádraig");
        // Traps: no particle, the last word; a particle last is no surname of its own.
        assert_eq!(particle_surname("ann lee"), "lee");
        assert_eq!(particle_surname("jo de"), "de");
    }

    #[test]
    fn an_unnumbered_heading_over_a_numbered_list_is_an_organisation() {
        let got = run(
            "MINUTES OF THE SITTING OF THE COMMITTEE\n\nIN ATTENDANCE\nCounty Assembly Secretariat\n1.  Ms. Esther Moraa Nyaboke          -   Clerk Assistant\n\nCounty Executive – Department of Health\n1.  Dr. Joseph Kamau Njoroge          -   Chief Officer, Medical Services\n\nMIN. NO. 081/2025: PRELIMINARIES\nText.\n",
        );
        assert!(has(&got, "Esther Moraa Nyaboke", InAttendance, None), "{got:?}");
        assert!(has(&got, "Joseph Kamau Njoroge", InAttendance, None), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
        // Trap: a numbered person over another is no heading.
        let text = Text::from_str("1.  Ms. Ann Lee - Clerk\n2.  Mr. Bo Fry - Counsel\n");
        assert_eq!(organisation_heading(&text, 0), None);
    }

    #[test]
    fn a_table_of_bodies_then_their_representatives() {
        let got = run(
            "Minutes of the meeting held on 7 November 2025\n\nMembers present\nOrganisation\tRepresentative\nSelden District Council\tCllr Wendy Arbuthnot (Chair)\nWealdmoor Ramblers\tSian Pugh\n\n1.\tWelcome, introductions and apologies\n\nThe Chair welcomed members to the meeting.\n",
        );
        assert!(has(&got, "Wendy Arbuthnot", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Sian Pugh", Present, None), "{got:?}");
        // Neither the header nor a body is a person.
        let bodies = ["Organisation", "Selden District Council", "Wealdmoor Ramblers"];
        assert!(!got.iter().any(|(n, _, _)| bodies.contains(&n.as_str())), "{got:?}");
        // Trap: a header of names first is no such table.
        assert!(!org_first_header("Name\tOrganisation"));
    }

    #[test]
    fn name_keys() {
        assert_eq!(name_key("  Mrs. B.  Seaton-Smith "), "mrs b seatonsmith");
        assert_eq!(name_key("Seán Ó Briain - ?"), "seán ó briain");
        assert_eq!(name_key(""), "");
    }

    #[test]
    fn observer_sentence() {
        let s = "1. Welcome\n\nAmelia Brummett, East Lancashire Clinical Commissioning Group was observing this meeting.\n";
        assert_eq!(run(s), [("Amelia Brummett".into(), Observer, None)]);
    }

    proptest::proptest! {

        /// Every third byte read is the whole windows search for three spaces.
        #[test]
        fn three_spaces_by_every_third_byte_is_the_windows_search(s in r"(?: |  |   |x|\t|é|\u{a0}){0,24}") {
            let b = s.as_bytes();
            proptest::prop_assert_eq!(has_three_spaces(b), b.windows(3).any(|w| w == b"   "));
        }
        /// The look for brackets and words never turns away a note the pattern finds.
        #[test]
        fn the_part_time_look_keeps_every_note(
            s in r"(?:for|from|until|after|the|item|ITEMS|Minute|minutes|agenda|Part|par|ite|\(joined|\(left|arrived|Departed|LEFT|\(Chair|only|\(|\)|ſ|\u{212a}| |\t|\n|5|x){0,10}"
        ) {
            if PART_TIME.is_match(&s) {
                proptest::prop_assert!(may_be_part_time(&s));
            }
        }

        /// The look for a colon or a spaced dash never turns away a line the pattern reads.
        #[test]
        fn the_role_then_name_look_keeps_every_match(
            s in r"(?:Head|of|Roads|Mairi Dewar|District 1|:|-|–|—| |\t|\n|\u{a0}|\u{2003}|\(|\)|é|x){0,12}"
        ) {
            if ROLE_THEN_NAME.is_match(&s) {
                proptest::prop_assert!(may_be_role_then_name(&s));
            }
        }

        /// The head and tail read by hand are the pattern's groups, wherever it matches
        /// (the sixty-character head and thirty-character bracket bounds too).
        #[test]
        fn the_role_then_name_reading_is_the_pattern(
            s in r"(?:Head|of|Roads|Mairi Dewar|abcdefghijklmnopqrstuvwxyzabcd|:|-|–|—| |\t|\n|\x0b|\r|\u{a0}|\u{2003}|\(|\)|,|é|x){0,14}"
        ) {
            let by_pattern = ROLE_THEN_NAME
                .captures(&s)
                .map(|c| (c.name("head").unwrap().as_str(), c.name("tail").unwrap().start()));
            proptest::prop_assert_eq!(role_then_name_split(&s), by_pattern);
        }

        /// The byte count of lower-case words is the character count, on ASCII text.
        #[test]
        fn the_ascii_word_count_is_the_char_count(
            s in r"(?:and|of|the|van|&|x|Xy|\(|\)|\(a|b\)| |\t|\n|\x0b|\x0c|\r|[a-zA-Z]){0,14}"
        ) {
            proptest::prop_assert_eq!(lowercase_words_ascii(s.as_bytes()), lowercase_words_chars(&s));
        }

        /// The first-word look never turns away a line the label pattern matches.
        #[test]
        fn the_label_look_keeps_every_label(
            s in r"(?:Members|Councillors|Vice|vice|Chair|Co-opted|In|in|the|Obſervers|ſ|K|Deputy|Minute|Apologies|Not|Roll|Public|PRESENT|present|Also|Officers|[ \t:\-–]|x|é)*"
        ) {
            if LABEL.is_match(&s) {
                proptest::prop_assert!(may_be_label(&s));
            }
        }

        /// The label read from the match is the pattern's `label` group.
        #[test]
        fn the_label_group_is_the_match_up_to_its_last_letter(
            s in r"(?:Members|Councillors|Vice|vice|Chair|Co-opted|In|in|the|Obſervers|ſ|K|Clerk|Minute|taker|Apologies|from|Not|Roll|Public|PRESENT|present|Also|Officers|were|[ \t:\-–—]|x|é){0,8}"
        ) {
            if let Some(c) = LABEL.captures(&s) {
                let whole = c.get(0).map(|m| m.as_str()).unwrap_or_default();
                let group = c.name("label").map(|m| (m.start(), m.as_str()));
                proptest::prop_assert_eq!(group, Some((0, label_group(whole))));
                proptest::prop_assert_eq!(LABEL.find(&s).map(|m| m.as_str()), Some(whole));
            }
        }

        /// The label DFA's end is the end of the pattern's match, which starts the line.
        #[test]
        fn the_label_dfa_ends_where_the_pattern_does(
            s in r"(?:Members|Councillors|Vice|vice|Chair|Co-opted|In|in|the|Obſervers|ſ|K|\u{212a}|Clerk|Minute|taker|Apologies|from|for|absence|received|Not|Roll|Public|PRESENT|present|Also|Officers|were|[ \t:\-–—\n]|x|é){0,8}"
        ) {
            let found = LABEL.find(&s);
            proptest::prop_assert!(found.is_none_or(|m| m.start() == 0));
            proptest::prop_assert_eq!(LABEL_DFA.anchored_end(&s), Some(found.map(|m| m.end())));
            proptest::prop_assert_eq!(label_end(&s), found.map(|m| m.end()));
        }

        /// The search at the needle's rarest letter finds the leftmost match, as a search
        /// at every byte does.
        #[test]
        fn the_case_blind_search_finds_the_leftmost_match(
            hay in r"(?:SEATED|seated|Seated |under the |Chairmanship of |d|p|s|u| |é|x){0,12}",
            k in 0usize..3
        ) {
            let needle = ["seated ", "under the chairmanship of ", "d"][k];
            let naive = (0..hay.len()).find(|&i| {
                hay.as_bytes()
                    .get(i..i + needle.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
            });
            proptest::prop_assert_eq!(find_ignore_ascii_case(&hay, needle), naive);
        }

        /// The search stopping at any byte of the needle finds the leftmost match (the
        /// stops worked out when compiling are bytes of their needles).
        #[test]
        fn the_case_blind_search_finds_the_leftmost_match_from_any_stop(
            hay in r"(?:SEATED|seated|Seated |under the |Chairmanship of |d|p|s|u| |é|x){0,12}",
            k in 0usize..2,
            j in 0usize..26
        ) {
            let needle = ["seated ", "under the chairmanship of "][k];
            let j = j % needle.len();
            let naive = (0..hay.len()).find(|&i| {
                hay.as_bytes()
                    .get(i..i + needle.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
            });
            proptest::prop_assert_eq!(find_ignore_ascii_case_at(&hay, needle, j), naive);
        }

        /// The name key read byte by byte is the general reading.
        #[test]
        fn the_ascii_name_key_is_the_char_name_key(
            s in r"(?:Mrs|B\.|Seaton-Smith|O'Neil|-|\?|12|x|é|Ó|\u{212a}| |  |\t|\n|\u{a0}){0,10}"
        ) {
            let mut key = String::new();
            for word in s.split_whitespace() {
                let mut letters = word.chars().filter(|c| c.is_alphanumeric()).peekable();
                if letters.peek().is_none() {
                    continue;
                }
                if !key.is_empty() {
                    key.push(' ');
                }
                for c in letters {
                    key.extend(c.to_lowercase());
                }
            }
            proptest::prop_assert_eq!(name_key(&s), key);
        }

        /// A label lowered word by word is the label lowered, its words joined by a space.
        #[test]
        fn the_label_lowered_by_words_is_the_label_lowered(
            s in r"(?:Members|PRESENT|Obſervers|ſ|\u{212a}|Vice-Chair|ΟΔΟΣ|Σ|ς|É| |  |\t|\n|\u{a0}|\u{85}){0,8}"
        ) {
            let spec = s.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(lower_label(&s), spec);
        }

        /// The trigger finds a sentence for every sentence a prose pattern matches.
        #[test]
        fn the_prose_trigger_covers_every_pattern(
            s in r"(?:apologies|were|was|received|from|present|attended|by|as|for|in|attendance|observing|observer|elected|elect|appointed|be|that|chair|Mayor|the|meeting|substitute|A Smith|\s|\n\n|\.|:){0,40}"
        ) {
            if prose_matches(&s).any() {
                proptest::prop_assert!(TRIGGER.is_match(&s));
            }
        }

        /// The patterns asked only whether they match answer, as lazy DFAs, as their
        /// regular expressions do.
        #[test]
        fn the_match_only_dfas_answer_as_their_patterns(
            s in r"(?:Present|ATTENDANCE|attendees|apologies|Apology|sent|Excused|regrets|none|None received|N/A|n/a|nil|there were|no|-|Members|Board|committee|Officers|in attendance|for|items|matters|business|\(non-voting\)|Name|Ward|political|group|Job title|was|were|is|received|Carried|lost|unanimously|w/cllr|Introductions|roll call|sederunt|Welcome|Substitutes|ſ|\u{212a}|é|Ž| |\t|\n|:|\.|x){0,8}"
        ) {
            static ALL: LazyLock<Vec<(&'static LazyLock<AnyOf>, Regex)>> = LazyLock::new(|| {
                [
                    (&ATTENDANCE_TITLE, ATTENDANCE_TITLE_P),
                    (&PRESENT_TITLE, PRESENT_TITLE_P),
                    (&GROUP_LABEL, GROUP_LABEL_P),
                    (&GROUP, GROUP_P),
                    (&HEADER, HEADER_P),
                    (&EXCUSED, EXCUSED_P),
                    (&NONE, NONE_P),
                    (&MOTION_FURNITURE, MOTION_FURNITURE_P),
                    (&VERB, VERB_P),
                ]
                .into_iter()
                .map(|(dfa, p)| (dfa, crate::pattern::regex(p).unwrap()))
                .collect()
            });
            for (dfa, re) in ALL.iter() {
                proptest::prop_assert_eq!(dfa.is_match(&s), re.is_match(&s), "{}", re.as_str());
            }
        }

        /// The election's gate lets through every sentence its pattern matches in.
        #[test]
        fn the_election_gate_passes_every_election(
            s in r"(?:elect|ELECTED|Elected|appoint|APPOINTED|declared|that|be|duly|as|the|chair|CHAIRMAN|Vice-Chairwoman|convener|Convenor|cathaoirleach|Leas-Chathaoirleach|deputy|Mayor|MAYOR|A Smith|Kſ|\u{212a}|İı|é|,|\s|\.|:){0,30}"
        ) {
            if ELECT_AS.is_match(&s) {
                proptest::prop_assert!(may_elect(&s));
            }
            let found = prose_matches(&s);
            proptest::prop_assert_eq!(found.may(prose_k::ELECT_AS), ELECT_AS.is_match(&s));
        }

        /// The set reports exactly the prose patterns that match.
        #[test]
        fn the_prose_set_reports_every_pattern_that_matches(
            s in r"(?:apologies|apology|for|lateness|were|was|received|from|present|attended|by|as|a|substitute|in|place|of|attendance|also|observing|observer|elected|elect|appointed|duly|be|that|chair|Chairman|Mayor|the|meeting|called|to|order|took|presided|over|joined|A Smith|X|é|,|\s|\n\n|\.|:){0,40}"
        ) {
            let found = prose_matches(&s);
            let all: [&LazyLock<Regex>; 14] = [
                &APOLOGIES_FROM,
                &RECEIVED_APOLOGIES,
                &SENT_APOLOGIES,
                &SUBSTITUTING,
                &OBSERVING,
                &ALSO_ATTENDING,
                &ELECTED_CHAIR,
                &ELECT_AS,
                &ATTENDED_BY,
                &JOINED,
                &CALLED_TO_ORDER,
                &PRESIDED,
                &TOOK_CHAIR,
                &ALSO_PRESENT_AFTER,
            ];
            let texts = prose_pattern_texts();
            for (k, re) in all.iter().enumerate() {
                proptest::prop_assert_eq!(re.as_str(), texts[k].as_str(), "pattern {}", k);
                proptest::prop_assert_eq!(found.may(k), re.is_match(&s), "pattern {}", k);
            }
        }

        /// A group's status is the one its lower-cased text gives (the search without
        /// lower-casing finds the same words).
        #[test]
        fn the_group_status_is_that_of_the_lower_cased_group(
            s in r"(?:OFFICERS|Officer|other|GUEST|visitor|Staff|official|ADVIS|partner|team|In Attendance|observer|[İıKkſé ]|Members|i|k){0,8}"
        ) {
            for default in [AttendanceStatus::Present, AttendanceStatus::Apologies] {
                let g = s.to_lowercase();
                let words = [
                    "officer", "other", "guest", "visitor", "staff", "official", "advis",
                    "partner", "team", "in attendance",
                ];
                let expected = if words.iter().any(|w| g.contains(w)) {
                    if default == AttendanceStatus::Present {
                        AttendanceStatus::InAttendance
                    } else {
                        default
                    }
                } else if g.contains("observer") {
                    AttendanceStatus::Observer
                } else {
                    default
                };
                proptest::prop_assert_eq!(group_status(&s, default), expected);
            }
        }
    }

    #[test]
    fn the_part_time_look_wants_a_note_word() {
        assert!(!may_be_part_time("Cllr A Smith (Chair), Cllr B Jones (Vice-Chair)"));
        assert!(may_be_part_time("Cllr A Smith (Joined 6.20pm)"));
        assert!(may_be_part_time("Cllr A Smith (left after item 5)"));
        assert!(may_be_part_time("Cllr A Smith, for item 5 only"));
        assert!(may_be_part_time("Cllr Ž (Chair)"));
    }

    #[test]
    fn the_election_gate_wants_an_election_and_an_office() {
        assert!(may_elect("Councillor X was elected as Chair"));
        assert!(may_elect("RESOLVED that Cllr Y be appointed Leas-Chathaoirleach"));
        assert!(may_elect("The Returning Officer declared Z duly elected Mayor"));
        assert!(!may_elect("Councillor X was elected to the council"));
        assert!(!may_elect("The Chair welcomed everyone"));
        let found = prose_matches("It was resolved that Cllr A Smith be elected as Chairman.");
        assert!(found.may(prose_k::ELECT_AS) && found.any());
        let found = prose_matches("Apologies were received from Cllr B.");
        assert!(!found.may(prose_k::ELECT_AS) && found.may(prose_k::APOLOGIES_FROM));
        assert!(!found.may(prose_k::ATTENDED_BY));
    }

    #[test]
    fn labels_by_their_first_word() {
        assert!(may_be_label("Present:"));
        assert!(may_be_label("Vice-Chairman: X"));
        assert!(may_be_label("co-opted members present"));
        assert!(may_be_label("Substitutes:"));
        assert!(!may_be_label("Resolved: that"));
        assert!(!may_be_label("  Present:"));
    }

    #[test]
    fn a_list_ended_by_semicolons_runs_over_lines() {
        let got = run(
            "Minutes\n\nPRESENT\nHarold T. Spangler, Chairman; Edna M. Rinker, Vice - Chairman; George\nW. Funkhouser; Lucille P. Orndorff.\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            ["Harold T. Spangler", "Edna M. Rinker", "George W. Funkhouser", "Lucille P. Orndorff"]
        );
        assert_eq!((got[0].2, got[1].2), (Some(Role::Chair), Some(Role::ViceChair)));
    }

    #[test]
    fn free_labels_counts_and_members_in_attendance() {
        let got = run(
            "Minutes\n\nMembers in attendance\n\nCllr Ann Lee\nTwo members of the public\nMr K Doubleday Clerk to the Council\n\nOfficers of the Police and Crime Commissioner in attendance: Ms Rachel Goodhew (Chief Executive) and Mr Sunil Varma. The Commissioner attended for item 4.\n",
        );
        assert_eq!(
            got,
            [
                ("Ann Lee".to_string(), Present, None),
                ("K Doubleday".to_string(), Present, Some(Role::Clerk)),
                ("Rachel Goodhew".to_string(), InAttendance, None),
                ("Sunil Varma".to_string(), InAttendance, None),
            ]
        );
    }

    #[test]
    fn a_free_label_with_a_note_in_brackets() {
        let got = run(
            "Minutes\n\nOther Members present (non-voting): Councillors Adrian Cole (Leader of the Opposition), Freya Lindgren and Martin Yates\n\n1. Minutes\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Adrian Cole", "Freya Lindgren", "Martin Yates"]);
    }

    #[test]
    fn offices_with_the_names_in_brackets_and_a_peer_of_a_place() {
        let got = run(
            "Minutes\n\nPresent:\nCouncillor A Lee\n\nOfficers: Chief Fire Officer (Mr Marcus Hale QFSM), Treasurer (Mrs Joyce Appleby CPFA), Clerk and Monitoring Officer (Ms Helen Strutt)\n\n1. Apologies\nApologies were received from Councillor Mrs Valerie Knott JP and Baroness Pemberton of Ledbury.\n",
        );
        assert!(got.contains(&("Marcus Hale".to_string(), InAttendance, None)), "{got:?}");
        assert!(got.contains(&("Joyce Appleby".to_string(), InAttendance, None)), "{got:?}");
        // "Clerk and Monitoring Officer" is an office, not the meeting's clerk role.
        assert!(got.contains(&("Helen Strutt".to_string(), InAttendance, None)), "{got:?}");
        assert!(got.contains(&("Valerie Knott".to_string(), Apologies, None)), "{got:?}");
        assert!(
            got.contains(&("Baroness Pemberton of Ledbury".to_string(), Apologies, None)),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_wraps_at_a_broken_word_and_an_open_bracket() {
        let got = run(
            "MINUTES\n\n        PRESENT: Councillors R. Dewhurst, J. Lomax-\n        Pilling, K. Mahmood and V. Sagar.\n\n        OFFICERS: H. Birtwistle (Head of Planning), L. Chadwick (Principal\n        Planning Officer), M. Iqbal (Solicitor) and E. Shorrock (Committee\n        Services).\n\n1. Minutes\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "R. Dewhurst",
                "J. Lomax-Pilling",
                "K. Mahmood",
                "V. Sagar",
                "H. Birtwistle",
                "L. Chadwick",
                "M. Iqbal",
                "E. Shorrock"
            ]
        );
    }

    #[test]
    fn entries_under_a_label_wrap_over_lines() {
        // A given name at a line end, a bracket that closes on a later line, a surname list
        // going on after the bracket; a line that ends in an office is an entry of its own.
        let got = run(
            "MINUTES\n\nPresent:\nCouncillors Peter Ansell, Tom Dunmore, Sunita\nGill and Ewan Yardley\nCouncillors Baird, Ferrier\n(substituting for Councillor Hunter), Rafiq and Tennant.\nLaura Pym – Scrutiny Officer\nCouncillor Tom Hargreaves – Deputy Town Mayor\nCouncillor Amir Siddiqui\n\nApologies:\nMaureen Calloway (Public Governor, Southgate), Dr Ifeoma Nwosu (Appointed\nGovernor, University of Northbrook), Derek Stansfield (Staff Governor, Estates\nand Facilities)\n\n1. Minutes\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Peter Ansell",
                "Tom Dunmore",
                "Sunita Gill",
                "Ewan Yardley",
                "Baird",
                "Ferrier",
                "Rafiq",
                "Tennant",
                "Laura Pym",
                "Tom Hargreaves",
                "Amir Siddiqui",
                "Maureen Calloway",
                "Ifeoma Nwosu",
                "Derek Stansfield"
            ],
            "{got:?}"
        );
        assert!(got.contains(&("Ferrier".to_string(), Substitute, None)), "{got:?}");
    }

    #[test]
    fn a_label_list_wraps_inside_an_office_and_a_semicolon_entry() {
        let got = run(
            "MINUTES\n\nOfficers: Chief Executive Officer (Mr Grant Pedersen), General Manager\nInfrastructure (Ms Leanne Cho), Minute Secretary (Mrs Tracey Bolam)\nStaff Present:   Lisa Tran, General Manager; Robert Feinstein, District\n                 Counsel; Dale Obuchi, Finance Manager\n\n1. Minutes\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Grant Pedersen",
                "Leanne Cho",
                "Tracey Bolam",
                "Lisa Tran",
                "Robert Feinstein",
                "Dale Obuchi"
            ],
            "{got:?}"
        );
    }

    #[test]
    fn an_attendance_item_over_an_unlabelled_paragraph() {
        let got = run(
            "MINUTES OF THE ORDINARY MEETING\n\n1.    OPENING\nThe Mayor opened the meeting.\n\n2.    ATTENDANCE\nCr Jo Ashworth (Mayor) - Chair, Cr Trent Mulvaney (Deputy Mayor), Cr Ben\nEllery, Cr Ray Donnelly\n\nOfficers: Chief Executive Officer (Mr Grant Pedersen)\n\n3.    ROLL CALL\nThe meeting was called to order at 9:02 a.m. by Chair Aguilar.\n\n4.    PRESENTATION\nMr Ian Gale, Planning Officer\n",
        );
        assert_eq!(
            got,
            [
                ("Jo Ashworth".to_string(), Present, Some(Role::Chair)),
                ("Trent Mulvaney".to_string(), Present, Some(Role::ViceChair)),
                ("Ben Ellery".to_string(), Present, None),
                ("Ray Donnelly".to_string(), Present, None),
                ("Grant Pedersen".to_string(), InAttendance, None),
            ]
        );
    }

    /// "COMMISSION MEMBERS ABSENT:" half way down the right-hand column of a spaced layout
    /// changes that column's status; it is no wrapped end of the entry above it.
    #[test]
    fn a_commission_members_absent_label_half_way_down_a_column() {
        let got = run(
            "MINUTES OF THE PLANNING COMMISSION\n\nCOMMISSION MEMBERS PRESENT:                    STAFF PRESENT:\nLinda Marchetti, Chair                         Renee Castle, Director of Planning\nGrace Oduya                                    Joanne Peltier, Recording Secretary\nBenjamin Hartley\nDana Whitcomb                                  COMMISSION MEMBERS ABSENT:\n                                               Paul Eckert (excused)\n                                               Victor Lang\n\n1.  CALL TO ORDER\n\nText.\n",
        );
        assert!(has(&got, "Joanne Peltier", InAttendance, None), "{got:?}");
        assert!(has(&got, "Paul Eckert", Apologies, None), "{got:?}");
        assert!(has(&got, "Victor Lang", Absent, None), "{got:?}");
        assert!(has(&got, "Dana Whitcomb", Present, None), "{got:?}");
        assert_eq!(got.len(), 8, "{got:?}");
        // Trap: "Commission members agreed" is no label.
        assert!(parse_label("Commission members agreed to defer the item.").is_none());
        for l in ["Commission Members Absent:", "Council Members Present:", "Panel members absent:"]
        {
            assert!(parse_label(l).is_some(), "{l}");
        }
    }

    #[test]
    fn side_by_side_columns_laid_out_with_spaces_and_bilingual_labels() {
        let got = run(
            "MINUTES\n\nYn bresennol / Present:                        Ymddiheuriadau / Apologies:\nCyng. Elin Haf Prydderch (Cadeirydd / Chair)   Cyng. Gethin Rowlands\nCyng. Dafydd ap Iorwerth                       Cyng. Siân Mererid Owen\nCyng. Meirion Jenkins (Is-Gadeirydd / Vice-Chair)\nCyng. Catrin Llywelyn\n\nHefyd yn bresennol / Also present: Mr Aled Pugh (Clerc y Dref / Town Clerk)\n\n1. Minutes\n",
        );
        assert_eq!(
            got,
            [
                ("Elin Haf Prydderch".to_string(), Present, Some(Role::Chair)),
                ("Gethin Rowlands".to_string(), Apologies, None),
                ("Dafydd ap Iorwerth".to_string(), Present, None),
                ("Siân Mererid Owen".to_string(), Apologies, None),
                ("Meirion Jenkins".to_string(), Present, Some(Role::ViceChair)),
                ("Catrin Llywelyn".to_string(), Present, None),
                ("Aled Pugh".to_string(), InAttendance, Some(Role::Clerk)),
            ]
        );
    }

    #[test]
    fn two_members_in_the_chair_and_a_list_closed_by_a_full_stop() {
        let got = run(
            "MINUTES\n\nPRESENT:\nCouncillor Mrs P. Ridgeway (retiring Town Mayor) in the Chair for minute 2415\nCouncillor R. Garside (Town Mayor) in the Chair from minute 2416\nCouncillor S. Delacourt (Deputy Town Mayor)\nCouncillors G. Abbott, H. Chaudhry,\nJ. Ibbotson and K. Jaworski\n\nApologies: Councillor Angus Macleod and Provost Morag Innes.\n\nMs Abbott in the Chair.\n\nBusiness\n\n1. Minutes\n",
        );
        assert_eq!(
            got,
            [
                ("P. Ridgeway".to_string(), Present, Some(Role::Chair)),
                ("R. Garside".to_string(), Present, Some(Role::Chair)),
                ("S. Delacourt".to_string(), Present, Some(Role::ViceChair)),
                ("G. Abbott".to_string(), Present, None),
                ("H. Chaudhry".to_string(), Present, None),
                ("J. Ibbotson".to_string(), Present, None),
                ("K. Jaworski".to_string(), Present, None),
                ("Angus Macleod".to_string(), Apologies, None),
                ("Morag Innes".to_string(), Apologies, None),
            ]
        );
    }

    #[test]
    fn added_members_headings_are_attendance() {
        let got = run(
            "Minutes\n\nPresent\n\nCouncillors MacInnes (Convener), Baird and Tennant.\n\nAdded members for Education matters\nGordon Lyall (Religious Representative) and Agnes Kerr (Parent Representative).\n\nAlso present\nCouncillor Derek Smail (Vice Convener, Finance and Resources Committee)\n\n1. Minutes\n",
        );
        assert_eq!(
            got,
            [
                ("MacInnes".to_string(), Present, Some(Role::Chair)),
                ("Baird".to_string(), Present, None),
                ("Tennant".to_string(), Present, None),
                ("Gordon Lyall".to_string(), Present, None),
                ("Agnes Kerr".to_string(), Present, None),
                ("Derek Smail".to_string(), InAttendance, None),
            ]
        );
    }

    #[test]
    fn apologies_from_a_count_including_named_people() {
        let got = run(
            "Minutes\n\nPresent: Cllr A Lee\n\nApologies had been received from 9 members, including the trustees Mr Ian\nColquhoun and Mrs Geraldine Tait.\n\n1. Minutes\n",
        );
        assert_eq!(
            got,
            [
                ("A Lee".to_string(), Present, None),
                ("Ian Colquhoun".to_string(), Apologies, None),
                ("Geraldine Tait".to_string(), Apologies, None),
            ]
        );
    }

    #[test]
    fn a_table_of_names_and_what_they_represent_laid_out_with_spaces() {
        let t = "MINUTES\n\nDIRECTORS PRESENT:   K. Lindqvist, Chair                   Electoral Area B\n                     M. Beaulieu                           Electoral Area A\n                     P. O'Rourke (Alternate for            Electoral Area D\n                       G. Halvorsen)\n                     S. Whitehorse                         Village of Cedar Falls\n\nDIRECTOR ABSENT:     G. Halvorsen                          Electoral Area D\n\nSTAFF PRESENT:       D. Marchetti                          Chief Administrative Officer\n\n1. CALL TO ORDER\n";
        let text = Text::from_str(t);
        let got: Vec<(String, AttendanceStatus, Option<Role>, Option<String>)> =
            extract(&text, &segment(&text))
                .into_iter()
                .map(|a| (a.name, a.status, a.role, a.on_behalf_of))
                .collect();
        assert_eq!(
            got,
            [
                ("K. Lindqvist".to_string(), Present, Some(Role::Chair), None),
                ("M. Beaulieu".to_string(), Present, None, None),
                ("P. O'Rourke".to_string(), Substitute, None, Some("G. Halvorsen".to_string())),
                ("S. Whitehorse".to_string(), Present, None, None),
                ("G. Halvorsen".to_string(), Absent, None, None),
                ("D. Marchetti".to_string(), InAttendance, None, None),
            ]
        );
    }

    #[test]
    fn people_who_joined_during_the_meeting() {
        let got = run(
            "Minutes\n\nPresent: Cllr A Lee\n\n1. Police\nPC Shaun Elms from the Neighbourhood Policing Team joined for Item 4. Everyone joined the meeting in the hall. Councillor Ruth Bell joined the meeting at 7.40pm.\n",
        );
        assert!(got.contains(&("Shaun Elms".to_string(), Present, None)), "{got:?}");
        assert!(got.contains(&("Ruth Bell".to_string(), Present, None)), "{got:?}");
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn offices_before_names_and_absent_groups() {
        let got = run(
            "Minutes\n\nTrustees present: Paul Eversole; Renata Ibarra\nTrustees absent: Sharon Kimbrough\nStudent Trustee (non-voting): Aiden Castellanos\nSTAFF PRESENT: County Manager Philip Ramsdell, Clerk to the Board Amber Faircloth\n\nCALL TO ORDER\n\n1. Apologies\nApologies were received from County Councillor Helen Farr, and from the co-opted member Father Joseph Kelleher (Roman Catholic Diocese).\n",
        );
        assert!(got.contains(&("Sharon Kimbrough".to_string(), Absent, None)), "{got:?}");
        assert!(got.iter().any(|g| g.0 == "Aiden Castellanos" && g.1 != Absent), "{got:?}");
        assert!(got.iter().any(|g| g.0 == "Amber Faircloth"), "{got:?}");
        assert!(got.contains(&("Joseph Kelleher".to_string(), Apologies, None)), "{got:?}");
        assert!(!got.iter().any(|g| g.0.contains("Diocese")), "{got:?}");
    }

    #[test]
    fn prose_roll_call_of_officers_by_surname_then_who_was_absent() {
        // A US board's roll call in a sentence: offices before surnames, a plural title
        // over two, then "; absent:" and who was away (not present).
        let got = run(
            "MINUTES - Tuesday, November 18, 2025\n\n1. Call to Order and Roll Call\n\nPresident Harmon called the meeting to order at 7:00 p.m. Present were President Harmon,\nVice President Cho, Secretary Delaney, Treasurer Alvarez and Trustees Brennan and\nOkafor; absent: Trustee Gorski. A quorum was present.\n\n2. Other\n\nText.\n",
        );
        assert!(has(&got, "Harmon", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Cho", Present, Some(Role::ViceChair)), "{got:?}");
        for n in ["Delaney", "Alvarez", "Brennan", "Okafor"] {
            assert!(got.iter().any(|g| g.0 == n && g.1 == Present), "{n} {got:?}");
        }
        assert!(!got.iter().any(|g| g.0 == "Gorski" && g.1 == Present), "{got:?}");
        // Trap: a semicolon before another present person does not end the list.
        assert_eq!(list_end("were A; B and C.", 5), 15);
    }

    #[test]
    fn prose_present_paragraph_presided_and_wrapped_names() {
        let got = run(
            "Minutes\n\nPresent: The Town Mayor, Councillor Rhian Pugh, presided. Also present\nwere Councillors Dafydd Bowen (Deputy Mayor), Ceri Mathias, Glyn\nRoderick and Owain Prys, together with Mrs Bethan\nLloyd (Town Clerk).\n\n1. Minutes\nAgreed.\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Rhian Pugh",
                "Dafydd Bowen",
                "Ceri Mathias",
                "Glyn Roderick",
                "Owain Prys",
                "Bethan Lloyd"
            ]
        );
        assert_eq!(got[0].2, Some(Role::Chair));
        assert_eq!(got[1].2, Some(Role::ViceChair));
        // An office ending in a capitalised word over a line that opens with an honorific
        // is no given name wrapped from its surname.
        let offices = run(
            "Minutes\n\nPRESENT\nOfficers:\nMs Fiona Sandilands, Director Community and Corporate\nMr Rohan Patel, Manager Statutory Planning\n\n1. Minutes\nAgreed.\n",
        );
        let names: Vec<&str> = offices.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Fiona Sandilands", "Rohan Patel"]);
        assert_eq!(got[4].2, None);
        // Presiding over part of the meeting does not make the chair.
        let got = run(
            "Minutes\n\nPresent: Cllr A Lee, Cllr B Kerr\nOfficers: Mr. Kieran Feeney, Director of Services\n\nMr. Feeney, Director of Services, presided for the election of the Cathaoirleach.\n\n1. Minutes\nAgreed.\n",
        );
        assert!(got.iter().all(|g| g.2.is_none()), "{got:?}");
    }

    #[test]
    fn organisations_over_their_people_and_roll_call_officers() {
        let got = run(
            "Minutes\n\nIn attendance:\nWealdmoor County Council\n\tMark Beresford – Director of Adult Social Care\nHealthwatch Wealdmoor\n\tOlu Adeyemi – Chair\n\nApologies:\nDr Farah Qadir – Partner Member\n\n1. Roll call\nMembers Present: Supervisor Hendricks, Clerk Vanderveen, Treasurer Kowalski\n\nSupervisor Hendricks called the meeting to order at 7:00 p.m.\n",
        );
        assert!(got.contains(&("Mark Beresford".to_string(), InAttendance, None)), "{got:?}");
        assert!(got.contains(&("Olu Adeyemi".to_string(), InAttendance, None)), "{got:?}");
        assert!(got.contains(&("Farah Qadir".to_string(), Apologies, None)), "{got:?}");
        assert!(got.contains(&("Hendricks".to_string(), Present, Some(Role::Chair))), "{got:?}");
        // A township's clerk keeps the roll: the clerk's role.
        assert!(got.contains(&("Vanderveen".to_string(), Present, Some(Role::Clerk))), "{got:?}");
        assert!(
            !got.iter().any(|g| g.0.contains("Council") || g.0.contains("Healthwatch")),
            "{got:?}"
        );
    }

    #[test]
    fn group_headings_in_two_languages_head_their_people() {
        let got = run(
            "MINUTES OF THE MEETING held on 9 October 2025\n\nYN BRESENNOL / PRESENT:\n\nAelodau Lleyg / Lay Members:\n   Mr Gareth Pugh (Cadeirydd / Chair)\n   Mrs Nerys Lloyd-Hughes (Is-gadeirydd / Vice-Chair)\n   Dr Alun Wyn Bevan\n\nCynghorwyr / Councillors:\n   Cllr Sian Matthias\n\n1. Apologies\n\nNone.\n",
        );
        assert!(has(&got, "Gareth Pugh", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Nerys Lloyd-Hughes", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Alun Wyn Bevan", Present, None), "{got:?}");
        assert!(bilingual_group_heading("Lay Members / Aelodau Lleyg:"));
        // Trap: a person with a title in two languages is no heading.
        assert!(!bilingual_group_heading("Cyng. / Cllr Sian Matthias"));
    }

    #[test]
    fn members_under_representing_headings_keep_this_meetings_offices() {
        // A joint board's members listed by the council that sent them: "(Chair)" is this
        // meeting's chair, and a heading with a qualifier in brackets still heads its
        // people.
        let got = run(
            "Minutes of the meeting held on 16 September 2025\n\nPRESENT\n\n   Representing Allerby Borough Council\n      Councillor Joan Fell (Chair)\n      Councillor Kevin Armitage\n\n   Representing Caldbeck District Council\n      Councillor Stuart Hodgson (Vice-Chair)\n\n   Representing Whitfell Town Council (co-opted, non-voting)\n      Councillor Ann Pattinson\n\n1. Apologies\n\nNone.\n",
        );
        assert!(has(&got, "Joan Fell", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Stuart Hodgson", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Ann Pattinson", Present, None), "{got:?}");
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(
            represented_body("Representing Whitfell Town Council (co-opted, non-voting)"),
            Some("Whitfell Town Council")
        );
        // Trap: an organisation's own heading, its chair that body's, and a sentence.
        let got = run(
            "Minutes\n\nIn attendance:\nHealthwatch Wealdmoor\n\tOlu Adeyemi – Chair\n\n1. Roll call\nText.\n",
        );
        assert!(has(&got, "Olu Adeyemi", InAttendance, None), "{got:?}");
        assert_eq!(represented_body("representing the views of residents"), None);
    }

    #[test]
    fn columns_aligned_with_spaces_and_a_role_before_the_name() {
        let got = run(
            "Minutes\n\nPresiding:      Cathaoirleach, Cllr. Declan Fahy\n\nPRESENT\nChairperson          Tania Whatuira\nMembers              Priya Chand\n                     Hemi Rangitaki\n\nALSO             Councillor Greta Lindgren\nPRESENT:\n\nALSO PRESENT\nCouncillor           Ron Pettigrew          Until 5.10pm, Item 8\n\n1. Welcome\nHi.\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Declan Fahy",
                "Tania Whatuira",
                "Priya Chand",
                "Hemi Rangitaki",
                "Greta Lindgren",
                "Ron Pettigrew"
            ]
        );
        assert_eq!(got[0].2, Some(Role::Chair));
        assert_eq!(got[1].2, Some(Role::Chair));
    }

    #[test]
    fn an_attendance_and_apologies_item_is_read_by_its_labels() {
        let got = run(
            "MINUTES\n\n1.   DECLARATION OF OPENING\nOpened.\n\n2.   RECORD OF ATTENDANCE / APOLOGIES\nCouncillors:\nCr J Maddox           Shire President (Presiding Member)\nCr L Baxter\n\nStaff:\nMr G Whitehouse       Chief Executive Officer\n\nApologies:\nCr D Wardle\n\n3.   MINUTES\nConfirmed.\n",
        );
        assert_eq!(
            got,
            [
                ("J Maddox".to_string(), Present, Some(Role::Chair)),
                ("L Baxter".to_string(), Present, None),
                ("G Whitehouse".to_string(), InAttendance, None),
                ("D Wardle".to_string(), Apologies, None),
            ]
        );
    }

    #[test]
    fn apologies_after_a_run_in_heading() {
        let got = run(
            "Minutes\n\nPresent: Mr J Yeo (Chairman)\n\n1) Apologies: Mr G and Mrs D Trethewey.\n\n2) Minutes. Read and signed.\n",
        );
        assert!(got.contains(&("G Trethewey".to_string(), Apologies, None)));
        assert!(got.contains(&("D Trethewey".to_string(), Apologies, None)));
    }

    #[test]
    fn an_election_gives_the_chair_when_the_lists_give_none() {
        let elected = "Minutes\n\nPresent:\nCouncillor Martina Hennigan\nCouncillor Paul Byrne\n\n1. ELECT CATHAOIRLEACH\nIt was proposed \u{201c}To elect Councillor Martina Hennigan as Cathaoirleach.\u{201d} That Councillor Paul Byrne be appointed as Leas-Chathaoirleach.\n";
        let got = run(elected);
        assert_eq!(got[0], ("Martina Hennigan".to_string(), Present, Some(Role::Chair)));
        assert_eq!(got[1], ("Paul Byrne".to_string(), Present, Some(Role::ViceChair)));
        let listed =
            elected.replace("Councillor Paul Byrne\n\n", "Councillor Paul Byrne (Chair)\n\n");
        let got = run(&listed);
        assert_eq!(got[0].2, None);
        assert_eq!(got[1].2, Some(Role::Chair));
    }

    #[test]
    fn the_apology_from_someone_in_a_resolution() {
        let got = run(
            "Minutes\n\nPresent: Cllr Ann Lee\n\n1. Apologies\nThat the apology from Councillor Dean for absence, and from Mayor Eastgate for early departure, be accepted.\n",
        );
        assert!(got.contains(&("Dean".to_string(), Apologies, None)));
        assert!(!got.iter().any(|g| g.0.contains("Eastgate")));
    }

    #[test]
    fn an_apology_for_lateness_in_a_resolution_is_no_apology() {
        let got = run(
            "Minutes\n\nPresent: Cllr Ann Lee, Member Bo Mackie\n\n1. Apologies\nThat the apology for absence received from Member Di Haddad and the apology for lateness received from Member Mackie be accepted.\n",
        );
        assert!(got.contains(&("Di Haddad".to_string(), Apologies, None)), "{got:?}");
        assert!(!got.iter().any(|g| g.0.contains("Mackie") && g.1 == Apologies), "{got:?}");
        // Trap: an apology for lateness alone names nobody absent.
        let got = run(
            "Minutes\n\nPresent: Cllr Ann Lee\n\n1. Apologies\nThat the apology for lateness received from Member Bo Mackie be accepted.\n",
        );
        assert!(!got.iter().any(|g| g.1 == Apologies), "{got:?}");
    }

    #[test]
    fn australian_councillors_and_motion_lines_in_an_apologies_item() {
        let got = run(
            "Minutes\n\nPresent: Cr Fiona Larkin (Mayor), Cr Tom Vercoe\n\n2\tAPOLOGIES\nMoved: Cr Tom Vercoe\nThat the apology received from Cr Gail Duffield be accepted and leave of absence granted.\nCARRIED\n\n3\tMINUTES\nConfirmed.\n",
        );
        assert_eq!(
            got,
            [
                ("Fiona Larkin".to_string(), Present, Some(Role::Chair)),
                ("Tom Vercoe".to_string(), Present, None),
                ("Gail Duffield".to_string(), Apologies, None),
            ]
        );
        assert!(is_header_row("No.\tItem"));
    }

    #[test]
    fn a_civic_title_gives_way_to_the_listed_chair() {
        let got = run(
            "Minutes\n\nPresent\nChairperson\tCouncillor Aroha Whaanga\nMembers\tMayor Ruth Eastgate\n\tCouncillor Sam Bui\n",
        );
        assert_eq!(got[0], ("Aroha Whaanga".to_string(), Present, Some(Role::Chair)));
        assert_eq!(got[1].0, "Ruth Eastgate");
        assert_eq!(got[1].2, None);
        let alone = run("Minutes\n\nPresent: Mayor Ruth Eastgate, Councillor Sam Bui\n");
        assert_eq!(alone[0].2, Some(Role::Chair));
    }

    #[test]
    fn a_roll_call_with_a_second_label_and_a_wrapped_vice_mayor() {
        let got = run(
            "Minutes\n\nROLL CALL: Present: Councilmembers Alvarado, Brightwater, Nakagawa, Vice\n           Mayor Pettigrew and Mayor Wexler\n           Absent: Councilmember Haddad\n",
        );
        assert_eq!(
            got,
            [
                ("Alvarado".to_string(), Present, None),
                ("Brightwater".to_string(), Present, None),
                ("Nakagawa".to_string(), Present, None),
                ("Pettigrew".to_string(), Present, Some(Role::ViceChair)),
                ("Wexler".to_string(), Present, Some(Role::Chair)),
                ("Haddad".to_string(), Absent, None),
            ]
        );
        assert!(title_wraps("Vice", "Mayor Pettigrew"));
        assert!(!title_wraps("Nakagawa", "Mayor Pettigrew"));
        assert!(!title_wraps("Mr", "Mayor Pettigrew"));
        assert!(!title_wraps("Hennigan", "Councillor Paul Byrne"));
    }

    #[test]
    fn the_chair_of_a_named_committee_gives_way_to_the_meetings_chair() {
        let got = run(
            "Minutes\n\nCabinet Members present:\nCouncillor Sir Roger Whitlam (Leader of the Council) - in the Chair\nCouncillor Mrs Janet Okoro (Deputy Leader; Cabinet Member for Finance and\nResources)\nCouncillor Hugh Fanshawe (Cabinet Member for Highways)\n\nOther Members present:\nCouncillors Amelia Crick, Tom Bardsley (Chairman of\nthe Resources Scrutiny Committee) and Yusuf Qureshi\n",
        );
        let names: Vec<(&str, Option<Role>)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(
            names,
            [
                ("Roger Whitlam", Some(Role::Chair)),
                ("Janet Okoro", None),
                ("Hugh Fanshawe", None),
                ("Amelia Crick", None),
                ("Tom Bardsley", None),
                ("Yusuf Qureshi", None),
            ]
        );
        assert!(chairs_a_named_body("Tom Bardsley (Chairman of the Audit Committee)"));
        assert!(!chairs_a_named_body("Tom Bardsley (Chairman of the Committee)"));
    }

    #[test]
    fn apologies_with_for_whom_clauses() {
        let got = run(
            "Minutes\n\nPresent: Cllr Ann Lee, Cllr Martin Lister (sub)\n\n1. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS\nApologies were received from Cllr Keith Noble (Northshire County Council),\nfor whom Cllr Lister attended as substitute, and from Cllr Ruth Pell (Rydale\nBorough Council), for whom no substitute had been nominated.\n\n2. MINUTES\nNoted.\n",
        );
        assert!(got.contains(&("Keith Noble".to_string(), Apologies, None)), "{got:?}");
        assert!(got.contains(&("Ruth Pell".to_string(), Apologies, None)), "{got:?}");
        assert_eq!(
            apology_clauses("from A, for whom B attended, and from C.", 5),
            format!("from A{}, and      C.", " ".repeat(", for whom B attended".len()))
        );
    }

    #[test]
    fn a_bracket_wrapped_in_the_first_of_two_columns() {
        let got = run(
            "Minutes\n\nMembers Present:\nCllr. M\u{e1}ire Breen                     Cllr. Se\u{e1}n Kiely\nCllr. \u{c1}ine Fennessy (Leas-            Cllr. R\u{f3}is\u{ed}n Nagle\nChathaoirleach)                       Cllr. Brendan O'Mahony\nCllr. Gerard Hurley\n\nApologies:  Cllr. Jim Quirke.\n",
        );
        let names: Vec<(&str, Option<Role>)> =
            got.iter().filter(|g| g.1 == Present).map(|g| (g.0.as_str(), g.2)).collect();
        assert!(names.contains(&("\u{c1}ine Fennessy", Some(Role::ViceChair))), "{names:?}");
        assert!(names.contains(&("R\u{f3}is\u{ed}n Nagle", None)), "{names:?}");
        assert!(names.contains(&("Brendan O'Mahony", None)), "{names:?}");
        assert_eq!(names.len(), 6, "{names:?}");
    }

    #[test]
    fn presided_gives_the_chair_beside_a_listed_vice_chair() {
        let got = run(
            "Minutes\n\nCathaoirleach:  Cllr. Ann Lee presided.\n\nMembers Present:\nCllr. Tom Ryan (Leas-Chathaoirleach)\nCllr. Mary Byrne\n",
        );
        assert!(got.contains(&("Ann Lee".to_string(), Present, Some(Role::Chair))), "{got:?}");
        assert!(got.contains(&("Tom Ryan".to_string(), Present, Some(Role::ViceChair))), "{got:?}");
    }

    #[test]
    fn a_substitute_clause_after_a_description_belongs_to_the_person() {
        let got = run(
            "Minutes\n\nPresent: Councillor Elspeth Rennie (Chair); Mrs Fiona Baxter, Non-Executive Member; and Mr Ruairidh Matheson,\nNon-Executive Member, as substitute for Mrs Pamela Gow.\n\nApologies: Mrs Pamela Gow, Non-Executive Member, and Councillor Rhona Begg.\n",
        );
        assert!(got.contains(&("Ruairidh Matheson".to_string(), Substitute, None)), "{got:?}");
        assert!(!got.iter().any(|g| g.0 == "Pamela Gow" && g.1 != Apologies), "{got:?}");
    }

    #[test]
    fn a_letterhead_clerk_line_is_not_attendance() {
        let got = run(
            "LLANFIHANGEL COMMUNITY COUNCIL\nClerk: Mrs Glenys Morgan, Ty Newydd, Ffordd yr Eglwys, Llanfihangel SY22 5AA\nTel: 01686 555123\n\nMINUTES\n\nPresent:        Cllr Emrys Pugh (Chair)\n\nIn attendance:  Mr Owain Pryce (Locum Clerk)\n",
        );
        assert!(!got.iter().any(|g| g.0.contains("Morgan") || g.0.contains("Newydd")), "{got:?}");
        assert!(got.iter().any(|g| g.0 == "Owain Pryce"), "{got:?}");
        let plain = run("Minutes\n\nPresent: Cllr Emrys Pugh (Chair)\nClerk: Mrs Glenys Morgan\n");
        assert!(plain.iter().any(|g| g.0 == "Glenys Morgan"), "{plain:?}");
    }

    fn has(
        got: &[(String, AttendanceStatus, Option<Role>)],
        name: &str,
        st: AttendanceStatus,
        role: Option<Role>,
    ) -> bool {
        got.contains(&(name.to_string(), st, role))
    }

    #[test]
    fn administration_label_regrets_reeves_ranks_and_counts() {
        let got = run(
            "MINUTES\n\nPRESENT:          Reeve Ann Holm\n                  Deputy Reeve Bo Lind\n\nABSENT:           Councillor Cy Dunn (Ward 2) - regrets\n                  Ward 4 - vacant\n\nADMINISTRATION:   Di Fry, Chief Administrative Officer\n\nALSO PRESENT:     S/Sgt. Gil Hart, RCMP North Detachment (Item 3)\n                  One member of the media\n\n1. CALL TO ORDER\n\nText.\n",
        );
        assert!(has(&got, "Ann Holm", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Bo Lind", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Cy Dunn", Apologies, None), "{got:?}");
        assert!(has(&got, "Di Fry", InAttendance, None), "{got:?}");
        assert!(has(&got, "Gil Hart", InAttendance, None), "{got:?}");
        assert_eq!(got.len(), 5, "{got:?}");
    }

    #[test]
    fn numbered_lists_of_people_under_labels() {
        let got = run(
            "MINUTES OF THE SITTING OF THE COMMITTEE\n\nMEMBERS PRESENT\n1.  Hon. Grace Wanjiru Mugo, MCA       -   Chairperson\n2.  Hon. Abdi Hassan Noor, MCA\n\nABSENT WITH APOLOGY\n1.  Hon. Lydia Nduta Kamau, MCA\n\nMembers Present:\n   1.  Cllr. Siobhán Nic Giolla Phádraig (Leas-Chathaoirleach)\n   2.  Cllr. Tomás Geraghty\n\nMIN. NO. 081/2025: PRELIMINARIES\nText.\n",
        );
        assert!(has(&got, "Grace Wanjiru Mugo", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Abdi Hassan Noor", Present, None), "{got:?}");
        assert!(has(&got, "Lydia Nduta Kamau", Apologies, None), "{got:?}");
        assert!(
            has(&got, "Siobhán Nic Giolla Phádraig", Present, Some(Role::ViceChair)),
            "{got:?}"
        );
        assert!(has(&got, "Tomás Geraghty", Present, None), "{got:?}");
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(list_number_len("12) Ms Y"), 4);
        // Traps: a time, a count and a number before lower-case text are no list numbers.
        assert_eq!(list_number_len("10.15 a.m. Cllr X"), 0);
        assert_eq!(list_number_len("2 members of the public"), 0);
        assert_eq!(list_number_len("3. apologies"), 0);
        assert_eq!(list_number_len("1. Welcome and Apologies"), 0);
    }

    #[test]
    fn dot_leaders_seated_for_excused_and_offices_after_names() {
        let got = run(
            "1. ROLL CALL\n\nTrustees Present:\n  Al Moss, President ........ City of Ayr\n  Bea Ng ................... City of Bly\n  Cy Fox, Alternate ........ City of Cole\n    (seated for Trustee Di Roe)\n\nTrustees Absent:\n  Di Roe ................... City of Cole\n  Ed Pike .................. County at Large (excused)\n\nStaff Present:\n  Flo Kerr, Operations Supervisor\n  Sgt. Gus Lamb, Sheriff's Office\n\n2. MINUTES\n",
        );
        assert!(has(&got, "Al Moss", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Bea Ng", Present, None), "{got:?}");
        assert!(has(&got, "Cy Fox", Substitute, None), "{got:?}");
        assert!(has(&got, "Di Roe", Absent, None), "{got:?}");
        assert!(has(&got, "Ed Pike", Apologies, None), "{got:?}");
        assert!(has(&got, "Flo Kerr", InAttendance, None), "{got:?}");
        assert!(has(&got, "Gus Lamb", InAttendance, None), "{got:?}");
        assert_eq!(got.len(), 7, "{got:?}");
        let mut s = String::from("A B . . . . C\tD");
        dot_leaders_to_tabs(&mut s);
        assert_eq!(s, "A B\t        C\tD");
    }

    #[test]
    fn a_member_absent_who_arrived_late_was_there() {
        let got = run(
            "Minutes\n\nPresent: Cllr Cy Dunn\nAbsent: Cllr Al Moss (arrived at 7.10 pm); Cllr Bo Lind\n",
        );
        assert!(has(&got, "Al Moss", Present, None), "{got:?}");
        assert!(has(&got, "Bo Lind", Absent, None), "{got:?}");
        // Absent at the roll call, and a sentence after it says the member came.
        let got = run(
            "Minutes\n\nPresent: Mayor Ann Whit; absent: Council Member Bell.\n\nCouncil Member Bell arrived at 7:14 p.m. during Item 8.\n\n1. Other\n\nText.\n",
        );
        assert!(has(&got, "Bell", Present, None), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
        // Trap: an arrival time alone is no arrival ("the bus arrived at 7 pm").
        let got = run(
            "Minutes\n\nPresent: Mayor Ann Whit; absent: Council Member Bell.\n\nThe report arrived late.\n\n1. Other\n\nText.\n",
        );
        assert!(has(&got, "Bell", Absent, None), "{got:?}");
    }

    #[test]
    fn header_rows_that_name_two_columns_in_a_cell_or_open_with_a_label() {
        let got = run(
            "Minutes\n\nPresent:\n\nMember\tSector / Organisation\nMr. Declan Furlong (Chairperson)\tCommunity & Voluntary Pillar\nCllr. Tom Heffernan\tLocal Government\n\nIn attendance:\n\nOfficial\tTitle\nMs. Eimear Kavanagh\tChief Officer\n\n1. Minutes\n\nText.\n",
        );
        assert!(has(&got, "Declan Furlong", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Tom Heffernan", Present, None), "{got:?}");
        assert!(has(&got, "Eimear Kavanagh", InAttendance, None), "{got:?}");
        assert!(!got.iter().any(|a| a.0 == "Title"), "{got:?}");
        // Trap: a cell of two words that are no column names is a row.
        assert!(!is_header_row("Ann Bell\tSector / Organisation Lead"));
    }

    #[test]
    fn a_co_opted_member_heading_a_dashed_part_time_note_and_with_x_presiding() {
        let got = run(
            "Minutes\n\nPRESENT\n\nCounty Councillors:\nR J Haslam (Chairman)\n\nCo-opted Member (non-voting):\nD Whitlow (Scheme member representative)\n\nAlso in attendance:\nG Ferrand (Adviser)\nH Lyle (Fund Actuary) - for minute 42 only\n\n1. Apologies\n\nText.\n",
        );
        assert!(has(&got, "D Whitlow", Present, None), "{got:?}");
        assert!(has(&got, "H Lyle", InAttendance, None), "{got:?}");
        // Trap: an office in a table's column is no group heading.
        assert!(
            !one_member_heading("Independent Member") && one_member_heading("Co-opted Member:")
        );
        // A qualifier with a hyphen in brackets after a plural group heading.
        assert!(GROUP.is_match("Co-opted Members (non-voting):"));
        let got = run(
            "Minutes\n\nThe Board met in regular session at 9:00 a.m.\nwith Chairperson Hansen presiding. The Pledge was recited.\n\nPresent: Supervisors Hansen, Kruse.\n\n1. Agenda\n\nText.\n",
        );
        assert!(has(&got, "Hansen", Present, Some(Role::Chair)), "{got:?}");
        // Trap: a presiding member named as an office is no "with X presiding".
        let got = run(
            "Minutes\n\nThe meeting opened with Cr Ann Lee, Presiding Member, in the chair.\n\n1. Agenda\n\nText.\n",
        );
        assert!(!got.iter().any(|a| a.0.contains("Presiding")), "{got:?}");
    }

    #[test]
    fn a_plural_title_at_the_line_end_goes_on_with_its_names() {
        let got = run(
            "Minutes\n\nCouncil Members present: Mayor Whitcomb, Council Members\nRaman, Hollister and Vukovich.\n\n1. Other\n\nText.\n",
        );
        for n in ["Raman", "Hollister", "Vukovich"] {
            assert!(has(&got, n, Present, None), "{n}: {got:?}");
        }
        // Trap: a singular office after a name ends the entry; the next line is no name.
        let got = run(
            "Minutes\n\nApologies:\tLord Listowel, Vice Chair\nTopic:\tThe role of the personal advisor\n\n1. Other\n\nText.\n",
        );
        assert!(got.iter().any(|a| a.0 == "Lord Listowel" && a.1 == Apologies), "{got:?}");
    }

    #[test]
    fn an_entry_wraps_within_its_column() {
        let got = run(
            "Minutes\n\n  PRESENT:                          APOLOGIES:\n\n  Councillor A Moss (Chair)         Councillor D Lee\n  Councillor B Cole (substitute for\n  Councillor D Lee)\n\n  IN ATTENDANCE:                    ALSO PRESENT:\n\n  Head of Finance                   Mr P Roe, Northern Region\n  (Mr E Fox)                        Audit Office (observer)\n\n  1.   MINUTES\n\n  Text.\n",
        );
        assert!(has(&got, "A Moss", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "D Lee", Apologies, None), "{got:?}");
        assert!(has(&got, "B Cole", Substitute, None), "{got:?}");
        assert!(has(&got, "E Fox", InAttendance, None), "{got:?}");
        assert!(has(&got, "P Roe", InAttendance, None), "{got:?}");
        assert_eq!(got.len(), 5, "{got:?}");
    }

    #[test]
    fn a_label_then_a_list_after_columns_is_a_block() {
        let got = run(
            "Minutes\n\nPresent:\t\t\tApologies:\nCllr A. Moss (Town Mayor)\tCllr D. Lee (work)\nCllr the Rev. B. Cole\n\nIn attendance:\tMr E. Fox (Town Clerk)\n\t\tPCSO 1234 Fay Gill\n\t\t3 members of the public\n\n1. Apologies\n",
        );
        assert!(has(&got, "B. Cole", Present, None), "{got:?}");
        assert!(has(&got, "D. Lee", Apologies, None), "{got:?}");
        assert!(has(&got, "E. Fox", InAttendance, Some(Role::Clerk)), "{got:?}");
        assert!(has(&got, "Fay Gill", InAttendance, None), "{got:?}");
        assert_eq!(got.len(), 5, "{got:?}");
    }

    #[test]
    fn a_label_that_wraps_in_its_column() {
        let got = run(
            "Minutes\n\nPRESENT:     Councillors A Moss (Convener), B Cole.\n\nALSO         Councillor C Dunn.\nATTENDING:\n\nAPOLOGIES    Councillors D Lee and E Fox.\nFOR ABSENCE:\n\n1. MINUTE\n",
        );
        assert!(has(&got, "A Moss", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "C Dunn", InAttendance, None), "{got:?}");
        assert!(has(&got, "D Lee", Apologies, None), "{got:?}");
        assert!(has(&got, "E Fox", Apologies, None), "{got:?}");
        assert_eq!(got.len(), 5, "{got:?}");
        // In title case too ("Also" over "Present:").
        let got = run(
            "Minutes\n\n     Present:      Councillors A Moss (Chair) and B Cole\n\n     Also          Councillor C Dunn (Ward Councillor, minute 64)\n     Present:\n\n     Officers:     D Lee (Solicitor)\n\n1. MINUTE\n",
        );
        assert!(has(&got, "C Dunn", InAttendance, None), "{got:?}");
        assert!(!got.iter().any(|g| g.0 == "Also"), "{got:?}");
        // Trap: a name in its column over a label line is no label.
        assert!(wrapped_label(&Text::from_str("Ann Lee      Clerk\nPresent:\n"), 0).is_none());
    }

    #[test]
    fn an_attendance_table_at_the_end_and_who_took_the_chair() {
        let got = run(
            "Planning Committee\n\n1. Apologies\n\nApologies were received from Councillor Al Moss. Councillor Cy Fox was present as a substitute for Councillor Al Moss. In the absence of the Chairman, the Vice-Chairman, Councillor Bo Lind, took the Chair.\n\n2. Minutes\n\nRESOLVED that the minutes be approved.\n\nAttendance\n\nAttendee\tRole\tAttendance\nCouncillor Al Moss\tChairman\tApologies\nCouncillor Bo Lind\tVice-Chairman\tPresent\nCouncillor Cy Fox\tSubstitute\tPresent as substitute\nDi Roe\tPlanning Officer\tIn attendance\n",
        );
        assert!(has(&got, "Bo Lind", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Cy Fox", Substitute, None), "{got:?}");
        assert!(has(&got, "Di Roe", InAttendance, None), "{got:?}");
        assert!(got.iter().any(|g| g.0 == "Al Moss" && g.1 == Apologies), "{got:?}");
        assert_eq!(got.len(), 4, "{got:?}");
        let mid = run(
            "Minutes\n\nPresent: Cllr Al Moss (Chair), Cllr Bo Lind (Vice-Chair)\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nText.\n\n3. Planning\n\nCllr Bo Lind took the Chair for this item.\n",
        );
        assert!(has(&mid, "Bo Lind", Present, Some(Role::ViceChair)), "{mid:?}");
    }

    #[test]
    fn a_status_table_under_a_roll_call_heading_and_a_wrapped_office_list() {
        let got = run(
            "MINUTES\n\n3.\tROLL CALL\nName\tOffice\tWard\tStatus\nDana Whitlock\tMayor\tAt large\tPresent\nSharon Voss\tCouncilmember\tWard 2\tAbsent\n\nStaff present: City Administrator Greg Lindqvist, City Attorney Paula Reyes,\nFinance Director Mei Tanaka, Public Works Director Carl Svoboda and City Clerk\nRobin Ellery. A quorum was present.\n\n4.\tAGENDA\nText.\n",
        );
        assert!(!got.iter().any(|g| g.0 == "Name"), "{got:?}");
        for n in ["Mei Tanaka", "Carl Svoboda", "Robin Ellery"] {
            assert!(
                has(&got, n, InAttendance, None) || got.iter().any(|g| g.0 == n),
                "{n} {got:?}"
            );
        }
        assert!(office_awaits_name(
            "A, Finance Director Mei Tanaka and City Clerk",
            "Robin Ellery."
        ));
        // Trap: a name then its office ends the entry ("Jane Smith, Director").
        assert!(!office_awaits_name("Present: Ann Lee, Jane Smith, Director", "Bo Ng"));
        assert!(!office_awaits_name("Chief Officer Ann Lee, Clinical Director", "Bo Ng, Carer"));
        assert!(!office_awaits_name(
            "A, Finance Director Mei Tanaka and City Clerk",
            "Officer Reports"
        ));
        // Trap: a name, a dash and an office that ends in "and ..." is a whole entry.
        assert!(!office_awaits_name(
            "Priya Raman - Director Corporate and Community Services",
            "Stuart Bligh - Director Infrastructure Services"
        ));
    }

    #[test]
    fn a_title_at_the_line_end_of_a_plural_list() {
        let got = run(
            "MINUTES\n\nPresent:    Councilmembers Ayala-Moss, Brennan, Tran, Mayor Pro Tem\n            Lindqvist, and Mayor Delgado\nAbsent:     Councilmember Whitfield\n\n1. Agenda\nText.\n",
        );
        assert!(has(&got, "Lindqvist", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Tran", Present, None), "{got:?}");
        // Trap: without a plural title, an office after a name is that person's.
        let got = run(
            "MINUTES\n\nPresent:    Ann Lee, Bo Tran, Vice Chair\n            Cy Dunn, Di Fry\n\n1. Agenda\nText.\n",
        );
        assert!(has(&got, "Bo Tran", Present, Some(Role::ViceChair)), "{got:?}");
    }

    #[test]
    fn an_office_after_initials_wraps() {
        let got = run(
            "MINUTES\n\nPresent:  Jenny Thorne (JT) Chair, Ruth Okonedo (RO)\n          Secretary, Tony Meade (TM) Parish\n          Council rep., Ellie Marsh (EM) WI rep.\n\n1. Welcome\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Jenny Thorne", "Ruth Okonedo", "Tony Meade", "Ellie Marsh"]);
        assert!(office_after_initials_wraps("Ann Lee (AL)", "Secretary, Bo Ng (BN)"));
        // Traps: the next line opens with a person, or the line's last entry has no initials.
        assert!(!office_after_initials_wraps("Ann Lee (AL)", "Bo Ng, Cy Dunn"));
        assert!(!office_after_initials_wraps("Ann Lee (AL)", "Bo Ng (BN), Cy Dunn"));
        assert!(!office_after_initials_wraps("Ann Lee (Chair)", "Secretary, Bo Ng"));
    }

    #[test]
    fn an_ordinance_introduction_is_no_attendance_item() {
        assert!(!ATTENDANCE_TITLE.is_match("Zoning Amendment; Introduction of Ordinance No. 1187"));
        // Trap: the introductions of a meeting's opening item.
        assert!(ATTENDANCE_TITLE.is_match("Introductions"));
    }

    #[test]
    fn a_roll_call_table_headed_by_the_office() {
        let got = run(
            "MINUTES\n\nRoll call\n\nSupervisor\tPresent/Absent\nJanet Lindahl, Chair\tPresent\nRoger Vance, Vice Chair\tPresent\nTom Halverson\tAbsent\n\n1. Agenda\nText.\n",
        );
        assert!(has(&got, "Janet Lindahl", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Roger Vance", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Tom Halverson", Absent, None), "{got:?}");
        // Trap: a header whose first cell heads no people is not a roll call.
        assert!(!status_header("Item\tPresent/Absent"));
    }

    #[test]
    fn apologies_not_received_and_initials() {
        let got = run(
            "MINUTES\n\nApologies: Mr Neil Forsyth (NF) – accepted; Mr Simon Yeats (SY) – not received\n\n1. Welcome\nApologies had been received from NF and from Ann Lee. No apologies had been received from SY.\n",
        );
        assert!(has(&got, "Neil Forsyth", Apologies, None), "{got:?}");
        assert!(has(&got, "Simon Yeats", Absent, None), "{got:?}");
        assert!(!got.iter().any(|g| g.0 == "NF" || g.0 == "SY"), "{got:?}");
        // "No apologies had been received from X": X sent none. Trap: "Casino apologies"
        // is no "no".
        let got = run(
            "MINUTES\n\nPresent: Mrs Ann Lee (Chair)\n\n1. Apologies\nApologies had been received from Neil Forsyth. No apologies had been received from Simon Yeats.\n",
        );
        assert!(has(&got, "Neil Forsyth", Apologies, None), "{got:?}");
        assert!(!got.iter().any(|g| g.0 == "Simon Yeats"), "{got:?}");
        let got = run(
            "MINUTES\n\nPresent: Mrs Ann Lee (Chair)\n\n1. Apologies\nThe Casino apologies had been received from Neil Forsyth.\n",
        );
        assert!(has(&got, "Neil Forsyth", Apologies, None), "{got:?}");
        // Trap: a name in capitals that no entry gives as initials stays.
        let entry = |name: &str, raw: &str| Attendee {
            name: name.into(),
            status: Apologies,
            role: None,
            honorific: None,
            post_nominals: None,
            organisation: None,
            note: None,
            group: None,
            on_behalf_of: None,
            raw: raw.into(),
            evidence: Default::default(),
        };
        let mut out =
            vec![entry("Ann Lee", "Ann Lee (AL)"), entry("COX", "COX"), entry("AL", "AL")];
        drop_bare_initials(&mut out);
        let names: Vec<&str> = out.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Ann Lee", "COX"]);
    }

    #[test]
    fn a_count_of_the_public_ends_a_list_of_people() {
        let got = run(
            "MINUTES\n\nAlso present: Dr. Miriam Ostrowski, Superintendent of Schools; Mr. Kevin Dorsey, School\nBusiness Administrator; Mr. Anthony Russo, Board Attorney; approximately 40 members\nof the public.\n\n1. Minutes\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Miriam Ostrowski", "Kevin Dorsey", "Anthony Russo"]);
        // Trap: a last piece that is a person's office stays.
        assert_eq!(
            without_public_count("Ms A, Clerk; Mr B, Member of the Public Board"),
            "Ms A, Clerk; Mr B, Member of the Public Board"
        );
        assert_eq!(without_public_count("Ms A; 2 members of the public"), "Ms A");
    }

    #[test]
    fn a_long_name_two_spaces_from_its_column_in_a_spaced_block() {
        let got = run(
            "MINUTES\n\nDIRECTORS PRESENT:     Director R. Fenwick             District of Hartley Bay\n                       Alternate Director S. Fontaine  Village of Cedar Flats\n                         (for Director T. Morrow)\n\n1. Minutes\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["R. Fenwick", "S. Fontaine"]);
        // Trap: two spaces inside a prose line under a label start no column.
        let got = run(
            "MINUTES\n\nPresent:\nCllr Ann Lee  and the Clerk discussed the\nbudget at length today.\n\n1. Minutes\nText.\n",
        );
        assert!(!got.iter().any(|g| g.0.contains("Clerk") || g.0.contains("budget")), "{got:?}");
    }

    #[test]
    fn a_header_row_of_column_names_is_not_a_person() {
        let got = run(
            "Minutes\n\nMEMBERS PRESENT:\nName\tSector / Nominating Body\nCllr. Al Moss (Chairperson)\tElected Member\nMr. Bo Lind\tBusiness / Trade\n\n1. Minutes\n",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn attended_by_prose_with_deputies_offices_and_substitutes() {
        let got = run(
            "MINUTES OF THE MEETING OF THE BOARD\n\nThe meeting was attended by Mayor Jo Park (in the Chair); Councillor Al Moss, Leader of Eastby Council and Deputy\nMayor; Councillor Bo Lind, Leader of Westby Council, deputising for Councillor Cy Dunn; Councillor Ivy Jay,\nNorthby Council; and Mr Di Roe OBE, Chair of the Valley Business Board.\n\nOfficers in attendance: Ms Ed Fox (Chief Executive), Mr Fay Gill\nFCA (Director of Finance) and Mr Gus\nLamb (Clerk).\n\nMr Hal Kerr attended as an observer.\n\n1. Apologies\n\nApologies were received from Councillor Cy Dunn and Councillor Hal Ives. Councillor Lind attended as substitute for Councillor Dunn and Councillor Jay attended in place of Councillor Ives.\n",
        );
        assert!(has(&got, "Jo Park", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Al Moss", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Bo Lind", Substitute, None), "{got:?}");
        assert!(has(&got, "Ivy Jay", Substitute, None), "{got:?}");
        assert!(has(&got, "Di Roe", Present, None), "{got:?}");
        assert!(has(&got, "Fay Gill", InAttendance, None), "{got:?}");
        assert!(has(&got, "Gus Lamb", InAttendance, Some(Role::Clerk)), "{got:?}");
        assert!(has(&got, "Cy Dunn", Apologies, None), "{got:?}");
        assert!(has(&got, "Hal Ives", Apologies, None), "{got:?}");
        assert!(!got.iter().any(|g| g.0 == "FCA" || g.0.contains("Council")), "{got:?}");
        assert!(
            starts_with_post_nominal("FCA (Director)") && !starts_with_post_nominal("Fay Gill")
        );
    }

    #[test]
    fn a_register_laid_out_with_spaces_and_leave_of_absence() {
        let got = run(
            "  MINUTE\n\n  ATTENDANCE\n\n  Name          Position          Attendance\n  Ann Holm      Convener          Present\n  Bo Lind       Treasurer         Apology\n  Cy Dunn       Member            Absent\n\n  1.  MINUTES\n\n  Text.\n",
        );
        assert!(has(&got, "Ann Holm", Present, Some(Role::Chair)), "{got:?}");
        assert!(got.iter().any(|(n, s, _)| n == "Bo Lind" && *s == Apologies), "{got:?}");
        assert!(!got.iter().any(|(n, _, _)| n == "Name" || n == "Position"), "{got:?}");
        let got = run(
            "MINUTES\n\nPRESENT:          Deputy Mayor Cr Di Fry\n                  Cr Al Moss\n\nLEAVE OF ABSENCE: Cr Ed Pike (granted last month)\n\n1. MINUTES\n\nText.\n",
        );
        assert!(has(&got, "Di Fry", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(got.iter().any(|(n, s, _)| n == "Ed Pike" && *s == Apologies), "{got:?}");
        // A heading over the name, as Western Australian minutes have it.
        let got = run(
            "MINUTES\n\nAttendance\n\nCr Di Fry\nCr Al Moss\n\nApologies\n\nNil\n\nApproved Leave of Absence\n\nCr Ed Pike (granted at the Ordinary Council Meeting of 18 December 2024)\n\n1. MINUTES\n\nText.\n",
        );
        assert!(got.iter().any(|(n, s, _)| n == "Ed Pike" && *s == Apologies), "{got:?}");
        assert!(got.iter().any(|(n, s, _)| n == "Al Moss" && *s == Present), "{got:?}");
        // One label for both: "APOLOGIES AND LEAVE OF ABSENCE:".
        let got = run(
            "MINUTES\n\nCOMMITTEE MEMBERS:\nMember Di Fry\n\nAPOLOGIES AND LEAVE OF ABSENCE:\nMember Ed Pike - Leave of Absence granted by Council 23 September 2025\n\n1. MINUTES\n\nText.\n",
        );
        assert!(got.iter().any(|(n, s, _)| n == "Ed Pike" && *s == Apologies), "{got:?}");
        assert!(has(&got, "Di Fry", Present, None), "{got:?}");
        // Trap: "and" another kind of absence is not the label.
        assert!(parse_label("Apologies and thanks: the Chair").is_none());
    }

    #[test]
    fn a_roll_call_answered_a_line_and_a_list_wrapped_under_tabs() {
        let got = run(
            "MINUTES\n\nItem 1: Call to Order\nOpened.\n\nItem 2: Roll Call\nAl Moss, Chairman – present\nBo Lind, Vice Chairman – present\nCy Dunn, Trustee – absent (excused)\nDi Roe, Trustee – absent\nAlso present: Clerk Ed Fox.\n\nItem 3: Minutes\nText.\n",
        );
        assert!(has(&got, "Al Moss", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Bo Lind", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(got.iter().any(|(n, s, _)| n == "Cy Dunn" && *s == Apologies), "{got:?}");
        assert!(got.iter().any(|(n, s, _)| n == "Di Roe" && *s == Absent), "{got:?}");
        let got = run(
            "Minutes\n\nMembers Present:\tCllrs. Al Moss, Bo Lind, Cyril\n\t\t\tDunn and Di Roe.\n\n1. Minutes\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Al Moss", "Bo Lind", "Cyril Dunn", "Di Roe"], "{got:?}");
    }

    #[test]
    fn prose_apologies_from_a_couple_and_by_another() {
        let got = run(
            "Minutes\n\n1. Welcome\nApologies had been sent by Jo and Al Moss, and by Cy Dunn, who had asked for an update.\n\n2. Minutes\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Jo Moss", "Al Moss", "Cy Dunn"], "{got:?}");
        assert!(got.iter().all(|(_, s, _)| *s == Apologies), "{got:?}");
        // A reason in brackets after a name is part of that entry.
        let got = run(
            "Minutes\n\n1) Apologies\nCllr Rhys Bevan (working away) and Cllr Nia Parry sent their apologies.\n\n2) Minutes\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Rhys Bevan", "Nia Parry"], "{got:?}");
        assert!(got.iter().all(|(_, s, _)| *s == Apologies), "{got:?}");
    }

    #[test]
    fn a_label_with_a_note_in_brackets_over_a_name_and_office_table() {
        let got = run(
            "Minutes of the Trust Board\n\nMembers present (non-executive)\nName                    Position\nMs Dora Quill FCMA       Trustee and Deputy Chair; Chair of\n                         Quality and Safety Group\nMr Eli Rusk             Finance Lead (substituting for\n                         Mrs Fay Orme)\nDr Gil Tamm RGN         Medical Adviser\n\nApologies (for absence)\nMrs Fay Orme             Finance Director\n\n1. Welcome\nText.\n",
        );
        assert!(has(&got, "Dora Quill", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(got.iter().any(|(n, s, _)| n == "Eli Rusk" && *s == Substitute), "{got:?}");
        assert!(has(&got, "Gil Tamm", Present, None), "{got:?}");
        assert!(got.iter().any(|(n, s, _)| n == "Fay Orme" && *s == Apologies), "{got:?}");
        assert_eq!(got.len(), 4, "{got:?}");
        // A person with a role in brackets is not a label and a note.
        assert!(noted_label("Chair (Cllr Ann Lee)").is_none());
        assert!(noted_label("In attendance (observing):").is_some());
    }

    #[test]
    fn three_bare_labelled_columns_side_by_side_with_wrapped_cells() {
        let got = run(concat!(
            "Minutes of the Council of Eastbury College\n\n",
            "Members present            Also in attendance         Apologies for absence\n",
            "===============            ==================         =====================\n",
            "Ms Ada Lowe (Chair)        Mr Ben Hart (Director      Dr Cal Ives\n",
            "Mr Dev Oakes               of Finance)                Mrs Eve Pym\n",
            "(Vice-Chair)               Mrs Flo Reed (Deputy\n",
            "Dr Gus Hale                Principal)\n",
            "\n\n",
            "SECTION ONE – OPEN ITEMS\n\n",
            "1. Welcome\nText.\n",
        ));
        assert!(has(&got, "Ada Lowe", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Dev Oakes", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Gus Hale", Present, None), "{got:?}");
        assert!(has(&got, "Ben Hart", InAttendance, None), "{got:?}");
        assert!(has(&got, "Flo Reed", InAttendance, None), "{got:?}");
        assert!(has(&got, "Cal Ives", Apologies, None), "{got:?}");
        assert!(has(&got, "Eve Pym", Apologies, None), "{got:?}");
        assert_eq!(got.len(), 7, "{got:?}");
        // Bare labels of one status over each other's columns are no such header.
        let got = run("Minutes\n\nMembers   Present\nCllr A Bee\n\n1. Welcome\nText.\n");
        assert!(got.iter().all(|(n, _, _)| n != "Present"), "{got:?}");
    }

    #[test]
    fn label_starts_are_sorted_into_runs_by_first_letter() {
        assert!(LABEL_STARTS.windows(2).all(|w| w[0] < w[1]));
        for p in LABEL_STARTS {
            assert!(may_be_label(p), "{p}");
            let upper = p.to_uppercase();
            assert!(may_be_label(&format!("{upper}: x")), "{p}");
        }
        assert!(!may_be_label("Zebra crossing"));
        assert!(!may_be_label("- Present"));
        assert!(!may_be_label(""));
        assert!(may_be_label("Àpologies"));
    }

    #[test]
    fn a_name_and_role_table_by_a_heading_of_members() {
        let s = "Minutes of the Board meeting\n\nName\tRole\nMembers\nDame Patricia Hollins\tChair\nAndrew Kerslake\tChief Executive\nIn attendance\nHelen Rowe\tDirector of Corporate Affairs\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Patricia Hollins".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Andrew Kerslake".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Helen Rowe".into(), InAttendance, None)), "{r:?}");
        let s = "Minutes\n\n3\tPRESENT AND APOLOGIES\n\nCouncillors\n\nName\tPosition\nCr Janine Moloney\tMayor (Chair)\nCr Ahmed Bashir\tCouncillor\n\nOfficers\n\nName\tPosition\nMark Devlin\tChief Executive Officer\n\nApologies: Nil\n\n4\tDISCLOSURES\n\nNone.\n";
        let r = run(s);
        assert!(r.contains(&("Janine Moloney".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Ahmed Bashir".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Mark Devlin".into(), InAttendance, None)), "{r:?}");
        // The position column is no one's name.
        assert!(!r.iter().any(|a| a.0 == "Councillor"), "{r:?}");
        // Trap: a table of grants by name, with no heading of members, is no attendance.
        let s = "Minutes\n\nPresent: Cllr A Lee\n\n1. Grants\n\nName\tAmount\nScout Group\t£500\nBowls Club\t£250\n";
        let r = run(s);
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn an_english_label_before_its_welsh_one() {
        let s = "MINUTES\n\nPRESENT / YN BRESENNOL:\nCouncillor Elen Parry (Town Mayor) in the Chair\nCouncillors H. Lloyd, B. Gwilt and T. Mostyn.\n\nIN ATTENDANCE / HEFYD YN BRESENNOL:\nMr G. Nanson (Town Clerk).\n\n1.  APOLOGIES\n\nNone.\n";
        let r = run(s);
        let present: Vec<&str> =
            r.iter().filter(|a| a.1 == Present).map(|a| a.0.as_str()).collect();
        assert_eq!(present, ["Elen Parry", "H. Lloyd", "B. Gwilt", "T. Mostyn"]);
        assert!(r.iter().any(|a| a.0 == "G. Nanson" && a.1 == InAttendance));
        // Trap: a slash between two names is no label.
        assert!(bilingual_label("Present / Ann Lee 2: note").is_none());
        assert!(bilingual_label("Planning / Cynllunio: the committee noted").is_none());
        // The English office first is a label like any other.
        assert!(bilingual_label("Chair / Cadeirydd: Cllr Ann Lee").is_some());
    }

    #[test]
    fn a_hyphenated_welsh_office_is_no_verb() {
        // "Is-Gadeirydd" (vice-chair) is no "is": the paragraph stays a list.
        let got = run(
            "MINUTES\n\nYn bresennol / Present: Cyng. Alun Parri (Cadeirydd / Chair); Cyng. Ffion Haf Roberts (Is-Gadeirydd / Vice-Chair); Cyng. Dewi Pritchard.\n\n1. Minutes\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Alun Parri", "Ffion Haf Roberts", "Dewi Pritchard"]);
        assert!(has(&got, "Ffion Haf Roberts", Present, Some(Role::ViceChair)), "{got:?}");
        // Trap: a standalone "is" still makes a sentence prose.
        assert!(VERB.is_match("Cyng. A. Parri is in the chair."));
        assert!(!VERB.is_match("Cyng. B (Is-Gadeirydd / Vice-Chair)"));
    }

    #[test]
    fn a_vice_chair_who_presides_is_the_chair() {
        let got = run(
            "Minutes\n\nPresent:\n  Cllr Nia Rowe (Vice-Chairman), presiding\n  Cllr Owen Tate\n\n1. Welcome\nText.\n",
        );
        assert!(has(&got, "Nia Rowe", Present, Some(Role::Chair)), "{got:?}");
        assert!(presides("Mr A (Is-Gadeirydd / Vice-Chair) – yn y Gadair / presiding"));
        assert!(!presides("Cr B, Deputy Presiding Member"));
        assert!(!presides("Cllr C (Vice-Chair)"));
    }

    #[test]
    fn group_headings_over_columns_laid_out_with_spaces() {
        let got = run(concat!(
            "STANDARDS HEARING SUB-COMMITTEE\n\n",
            "   Sub-Committee Members                        Officers\n\n",
            "   Councillor Ann Marsh (in the Chair)          Lucy Oke – Monitoring Officer\n",
            "   Councillor Tim Blake                         Dan Fair – Deputy Monitoring\n",
            "   Mr Colin Reed (Parish representative,          Officer and Legal Adviser to the\n",
            "     co-opted, non-voting)                        Sub-Committee\n",
            "                                                Sian Wade – Democratic Services\n",
            "                                                  Officer\n\n",
            "   Also present:         Mr Alan Quill\n\n",
            "1     APPOINTMENT OF CHAIR\n\nText.\n",
        ));
        assert!(has(&got, "Ann Marsh", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Tim Blake", Present, None), "{got:?}");
        assert!(has(&got, "Colin Reed", Present, None), "{got:?}");
        assert!(has(&got, "Lucy Oke", InAttendance, None), "{got:?}");
        assert!(has(&got, "Dan Fair", InAttendance, None), "{got:?}");
        assert!(has(&got, "Sian Wade", InAttendance, None), "{got:?}");
        assert!(has(&got, "Alan Quill", InAttendance, None), "{got:?}");
        assert_eq!(got.len(), 7, "{got:?}");
        // Plain group words over two columns, a board's directors and its staff.
        let got = run(concat!(
            "MINUTES OF THE BOARD\n\n",
            "Directors                  Staff\n",
            "Ms Ada Lowe (Chair)        Mr Ben Hart\n",
            "Mr Dev Oakes               Mrs Flo Reed\n\n",
            "1. Welcome\nText.\n",
        ));
        assert!(has(&got, "Ada Lowe", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Dev Oakes", Present, None), "{got:?}");
        assert!(has(&got, "Ben Hart", InAttendance, None), "{got:?}");
        assert!(has(&got, "Flo Reed", InAttendance, None), "{got:?}");
        // A row of a table of figures is no header; nor are two groups of one status.
        let got = run(concat!(
            "MINUTES\n\nPresent: Cllr A Bee\n\n1. Allowances\n\n",
            "Members allowances         Officers expenses\n",
            "Cllr Cy Dee                Mr Ed Eff\n\n",
            "Parish Members             Town Members\n",
            "Cllr Gee Aitch             Cllr Eye Jay\n",
        ));
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_letterhead_address_a_surname_roll_call_and_a_bilingual_part_time_note() {
        // A clerk's postal address (postcode at the end) is a letterhead, whatever follows.
        assert!(is_contact_line("Mr D Hale, 3 Mill Row, Aberfach LL55 4RT", None));
        assert!(!is_contact_line("Mr D Hale, Mrs E Vaughan", None));
        let got = run(
            "Minutes\n\nRoll Call\nPresent: Novak (Chair), Ortiz (Vice Chair), Quinn, Reyes\nAbsent: Soto (excused)\n\n1. Welcome\nText.\n",
        );
        assert!(has(&got, "Novak", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Ortiz", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Quinn", Present, None), "{got:?}");
        assert!(has(&got, "Reyes", Present, None), "{got:?}");
        assert!(has(&got, "Soto", Apologies, None), "{got:?}");
        let got = run(
            "Minutes\n\nPresent:\n  Cllr Ifan Rhys (hyd at eitem 4 / until item 4)\n  Cllr Lowri Pugh\n\n1. Welcome\nText.\n",
        );
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Ifan Rhys", "Lowri Pugh"], "{got:?}");
    }

    #[test]
    fn a_table_with_a_status_column_and_no_label() {
        let s = "Minutes of the Board\n\nName\tCategory\tAttendance\nMrs Ann Grange (Chair)\tCo-opted governor\tPresent\nMr Tom Wren\tParent governor\tPresent (from 6.20pm)\nMrs Jo Fox\tFoundation governor\tApologies – consent given\nDr Ken Max\tCo-opted governor\tAbsent\nMs Sue Voss\tParent governor\tAbsent (excused)\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Ann Grange".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Tom Wren".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Jo Fox".into(), Apologies, None)), "{r:?}");
        assert!(r.contains(&("Ken Max".into(), Absent, None)), "{r:?}");
        assert!(r.contains(&("Sue Voss".into(), Apologies, None)), "{r:?}");
        assert!(status_header("Name\tOffice\tWard\tStatus"));
        // Trap: a table of names without a status column opens no block.
        assert!(!status_header("Name\tCategory\tTerm ends"));
        assert!(!status_header("Item\tStatus"));
        assert!(run("Minutes\n\nName\tCategory\tTerm ends\nMrs Ann Grange\tCo-opted\t2027\n\n1. Welcome\n\nText.\n").is_empty());
    }

    #[test]
    fn an_office_that_ends_in_a_word_after_and_is_no_given_name() {
        let s = "MINUTES\n\nSTAFF:          Jo Hiltz, Chief Administrative Officer\n                Cy Surette, Director of Planning and Development\n                Di Hines, Municipal Clerk (Recorder)\n\n1.0   CALL TO ORDER\n";
        let r = run(s);
        assert!(r.iter().any(|x| x.0 == "Di Hines"), "{r:?}");
        assert!(!ends_in_given_name("Cy Surette, Director of Planning and Development"));
        // Trap: a name, a dash and an office with a comma in it.
        assert!(!ends_in_given_name("Daniel Akande - Strategic Lead, SEND and Inclusion"));
        // Trap: a list of full names that ends in a given name goes on.
        assert!(ends_in_given_name("Councillors A Bowen, Ceri Mathias, Glyn"));
    }

    #[test]
    fn a_roll_call_of_x_marks_in_present_and_absent_columns() {
        let s = "Minutes\n\nROLL CALL\n\nMember\tOffice\tPresent\tAbsent\nAnn Holm\tMayor\tX\nBo Lind\tMayor Pro Tem, Ward 3\tX\nCy Dunn\tCouncil Member, Ward 1\tX\nDi Fry\tCouncil Member, Ward 4\t\tX (excused)\nEd Pike\tCouncil Member, Ward 5\t\tX\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Ann Holm".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Bo Lind".into(), Present, Some(Role::ViceChair))), "{r:?}");
        assert!(r.contains(&("Cy Dunn".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Di Fry".into(), Apologies, None)), "{r:?}");
        assert!(r.contains(&("Ed Pike".into(), Absent, None)), "{r:?}");
        // Any first cell heads the marks ("Commissioner"), the office before the name.
        let s = "Minutes\n\nCommissioner\tPresent\tAbsent\nMayor Ann Holm\tX\nCommissioner Di Fry\t\tX (excused)\n\nStaff present\nCity Manager\tJo Roe\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        assert!(r.iter().any(|x| x.0 == "Ann Holm" && x.1 == Present), "{r:?}");
        assert!(r.contains(&("Di Fry".into(), Apologies, None)), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Jo Roe" && x.1 != Absent && x.1 != Apologies), "{r:?}");
        assert_eq!(mark_columns("Member\tOffice\tPresent\tAbsent"), Some((2, 3)));
        // The office before a role in brackets stays as the description.
        let t = Text::from_str(
            "Minutes\n\nPresent:\nName\tTitle\nMrs Ann Holm\tIndependent Member (Committee Chair)\nMr Bo Lind\tIndependent Member\n\n1. Welcome\n\nText.\n",
        );
        let got = extract(&t, &segment(&t));
        let a = got.iter().find(|a| a.name == "Ann Holm");
        assert!(
            a.is_some_and(|a| a.role == Some(Role::Chair)
                && a.organisation.as_deref() == Some("Independent Member")),
            "{got:?}"
        );
        // Trap: a mark outside the two columns, or a header without both, says nothing.
        assert_eq!(column_mark("Ann Holm\tX", (2, 3)), None);
        assert_eq!(mark_columns("Item\tPresent"), None);
        assert_eq!(mark_columns("Present\tAbsent"), None);
    }

    #[test]
    fn a_group_heading_beside_labels_in_a_tabbed_header_row() {
        let s = "Minutes\n\nCommunity Councillors\tAlso attending\tApologies\nRuth Mack (Chair)\tCllr Gordon Fergus (Highland Council)\tAlan Munro\nNeil Cameron\tPC Stuart Lennie\tCat Dunbar\nKirsty Ogilvie\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Ruth Mack".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Kirsty Ogilvie".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Gordon Fergus".into(), InAttendance, None)), "{r:?}");
        assert!(r.contains(&("Cat Dunbar".into(), Apologies, None)), "{r:?}");
        // Trap: two group headings of one status are no columns of statuses.
        let r = run(
            "Minutes\n\nCommunity Councillors\tParish Councillors\nRuth Mack\tAlan Munro\n\n1. Welcome\n\nText.\n",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_grid_of_titled_names_after_a_name_with_an_office() {
        let s = "Minutes\n\nMEMBERS PRESENT:\n\nCllr Pat Daly (Deputy Lord Mayor)\tCllr Niamh Brophy\tCllr Colm Kearney\nCllr Tadhg Mac Carthy\tCllr Deirdre Nolan\tCllr Fergal Walsh\n\n1. Minutes\n\nText.\n";
        let r = run(s);
        assert_eq!(r.len(), 6, "{r:?}");
        assert!(r.contains(&("Pat Daly".into(), Present, Some(Role::ViceChair))), "{r:?}");
        assert!(r.contains(&("Fergal Walsh".into(), Present, None)), "{r:?}");
        assert!(titled_cells("Cllr A Lee\tCllr B Fox"));
        // Trap: a title and an office are no grid of names.
        assert!(!titled_cells("Cllr A Lee\tChief Executive"));
        assert!(!titled_cells("Cllr A Lee"));
    }

    #[test]
    fn a_header_of_councillor_and_portfolio_and_offices_in_table_cells() {
        let s = "Minutes\n\nPRESENT\n\nCouncillor\tPortfolio\nCllr Meg Ellis (Chairman)\tLeader of the Council\nCllr Rick Pom\tFinance\n\nALSO PRESENT\n\nCouncillor\tPosition\nCllr Jane Marr\tChairman of the Resources Scrutiny Committee\n\nIn attendance\n\nName\tRole\nDr Nisha Raman\tNon-Executive Director and Vice Chair\n\n1. Minutes\n\nText.\n";
        let r = run(s);
        assert_eq!(r.len(), 4, "{r:?}");
        assert!(r.contains(&("Meg Ellis".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Jane Marr".into(), InAttendance, None)), "{r:?}");
        assert!(r.contains(&("Nisha Raman".into(), InAttendance, Some(Role::ViceChair))), "{r:?}");
        // Trap: a title alone in the first cell is no header ("Councillor<TAB>Ron Pettigrew").
        assert!(!is_header_row("Councillor\tRon Pettigrew"));
    }

    /// "Members of the Trust:" under "Trustees:" with no blank line between: a label of a
    /// group of a body opens a block of its own (the trustees' list does not run on into it).
    #[test]
    fn a_group_of_a_body_is_a_label() {
        let s = "Minutes\n\nTrustees:\tMrs Ann Lee (AL) – Chair; Mr Bo Kerr (BK); Ms Di Fry (DF) – Parent Trustee\nMembers of the Trust:\tRevd Peter Haworth (PH); Mrs Gillian Marsh (GM)\nOfficers of the Council:\tMr Tom Okoro\nClerk:\tMrs Lyn Pym (LP)\n\n1. Welcome\n\nText.\n";
        let r = run(s);
        assert!(r.contains(&("Peter Haworth".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Gillian Marsh".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Di Fry".into(), Present, None)), "{r:?}");
        assert!(r.contains(&("Tom Okoro".into(), InAttendance, None)), "{r:?}");
        let l = |s: &str| parse_label(s).map(|(l, at, p)| (l.status, at, p));
        assert_eq!(l("Members of the Trust:\tRevd P"), Some((Present, 22, false)));
        assert_eq!(l("Representatives of the Parish Council: Ann"), Some((Present, 39, false)));
        // Traps: the public keeps its own label; a verb before the colon, a body in lower
        // case or an office rather than a group is no label of this kind.
        assert_eq!(l("Members of the public: 3").map(|x| x.2), Some(true));
        assert_eq!(l("Members of the Committee noted: the report"), None);
        assert_eq!(l("Members of the press: two"), None);
        assert_eq!(l("Chair of the Board: Ann Lee"), None);
    }

    /// A sentence under a label's list ends the list: "The meeting was quorate
    /// throughout: 7 of 10 trustees were present." neither kills the apologies nor joins
    /// onto the last entry.
    #[test]
    fn a_sentence_under_a_label_ends_its_list() {
        for tail in [
            "The meeting was quorate throughout: 7 of 10 trustees were present.",
            "The meeting was quorate throughout.",
        ] {
            let s = format!(
                "Minutes\n\nPresent:\tMrs Ann Lee (AL) – Chair; Mr Bo Kerr (BK)\nApologies:\tMr Neil Forsyth (NF) – accepted; Ms Claire Benton (CB) – accepted\n{tail}\n\n1. Welcome\n\nText.\n"
            );
            let t = Text::from_str(&s);
            let got = extract(&t, &segment(&t));
            let cb = got.iter().find(|a| a.name == "Claire Benton");
            assert_eq!(cb.map(|a| a.status), Some(Apologies), "{got:?}");
            assert!(!cb.unwrap().raw.contains("quorate"), "{got:?}");
        }
        assert!(opens_sentence("The meeting was quorate throughout."));
        // Traps: an office, an entry's wrapped end, a title then a name.
        assert!(!opens_sentence("Director of Finance."));
        assert!(!opens_sentence("Counsel; Ann Lee was present."));
        assert!(!opens_sentence("Mayor Pettigrew."));
        assert!(!opens_sentence("The meeting was quorate throughout"));
    }

    /// Two tabbed columns of names, the left one wrapped onto the next row: "(presiding)"
    /// and "Lloyd-Harries" belong to the cell above them, not to the next column's person.
    #[test]
    fn a_tabbed_column_of_names_wrapped_onto_the_next_row() {
        let s = "Minutes\n\nPRESENT:\nThe Mayor, Councillor Eirlys Protheroe\tCouncillor Iwan Rowlands\n(presiding)\tCouncillor Kathryn Skyrme\nThe Deputy Mayor, Councillor Gareth\tCouncillor Lowri Tudor\nLloyd-Harries\tCouncillor Matthew Vaughan\nCouncillor Alun Bevan\tCouncillor Nerys Watkins\n\n112. APOLOGIES\n\nNone.\n";
        let r = run(s);
        assert!(r.contains(&("Eirlys Protheroe".into(), Present, Some(Role::Chair))), "{r:?}");
        assert!(r.contains(&("Kathryn Skyrme".into(), Present, None)), "{r:?}");
        assert!(
            r.contains(&("Gareth Lloyd-Harries".into(), Present, Some(Role::ViceChair))),
            "{r:?}"
        );
        assert!(r.contains(&("Matthew Vaughan".into(), Present, None)), "{r:?}");
        assert_eq!(r.len(), 8, "{r:?}");
        // Traps: a full name over a titled one, and over a one-word cell with a title, are
        // rows of their own.
        let t =
            Text::from_str("Councillor Ann Lee\tCouncillor Bo Kerr\nSmith\tCouncillor Di Fry\n");
        assert!(tab_cell_wraps(&t, 0, 1).is_none());
        let t = Text::from_str(
            "Councillor Gareth\tCouncillor Bo Kerr\nCouncillor Jones\tCouncillor Di Fry\n",
        );
        assert!(tab_cell_wraps(&t, 0, 1).is_none());
    }

    #[test]
    fn a_status_cell_marks_the_row_and_leave_of_absence_is_an_apology() {
        let got = run(
            "Minutes of the Council\n\n2 ATTENDANCE\n\nCouncillor\tPosition\tAttendance\nCr Kate Dobb\tMayor (Chairperson)\tPresent\nCr Hal Branch\tCouncillor\tApology\nCr Aaron Wheat\tCouncillor\tLeave of absence\nCr Zoe Lake\tLeave Review Panel\tPresent\n\nIn attendance: General Manager (Mr Pat Vane), Director Works (Ms Ali Grey) and Executive Officer (Mrs Jo Whit – minutes).\n\n3 CONFIRMATION OF MINUTES\n\nText.\n",
        );
        assert!(has(&got, "Kate Dobb", Present, Some(Role::Chair)), "{got:?}");
        // "Apology" after a cell that reads as a name too: still the row's status.
        assert!(has(&got, "Hal Branch", Apologies, None), "{got:?}");
        assert!(has(&got, "Aaron Wheat", Apologies, None), "{got:?}");
        // Trap: "Leave" opening an office is no status.
        assert!(has(&got, "Zoe Lake", Present, None), "{got:?}");
        // The office first, the name in brackets, a duty after a dash.
        assert!(has(&got, "Pat Vane", InAttendance, None), "{got:?}");
        assert!(has(&got, "Jo Whit", InAttendance, None), "{got:?}");
        assert_eq!(got.len(), 7, "{got:?}");
    }

    #[test]
    fn a_label_alone_on_a_row_heads_every_column_below_it() {
        let got = run(
            "Minutes of the Committee\n\nPresent:\tApologies:\nCouncillor Fay Innes (Convener)\tCouncillor Ham Drum\nCouncillor Eve Ren\nIn Attendance:\nDerek Lam, Area Manager\tKirsty Mun, Committee Services Officer\n\n1. DECLARATIONS\n\nText.\n",
        );
        assert!(has(&got, "Ham Drum", Apologies, None), "{got:?}");
        assert!(has(&got, "Derek Lam", InAttendance, None), "{got:?}");
        assert!(has(&got, "Kirsty Mun", InAttendance, None), "{got:?}");
        // Trap: a label in the right column alone heads only that column.
        let got = run(
            "Minutes of the Committee\n\nPresent:\tApologies:\nCouncillor Fay Innes\tCouncillor Ham Drum\n\tAbsent:\nCouncillor Eve Ren\tCouncillor Ed Roe\n\n1. DECLARATIONS\n\nText.\n",
        );
        assert!(has(&got, "Eve Ren", Present, None), "{got:?}");
        assert!(has(&got, "Ed Roe", Absent, None), "{got:?}");
    }

    #[test]
    fn a_substituted_member_named_present_in_the_register_sent_the_apology() {
        let got = run(
            "Minutes\n\nMember\tAppointed by\tAttendance\nCouncillor Gill Ash (Chair)\tCounty Council\t\u{2713}\nCouncillor Ken Haw\tCity Council\tS \u{2013} Cllr Priya Mist\n\n1. Apologies\n\nApologies for absence were received from Councillor Haw. Councillor Priya Mist attended as substitute for Councillor Haw.\n\n2. Minutes\n\nText.\n",
        );
        assert!(has(&got, "Ken Haw", Apologies, None), "{got:?}");
        assert!(!got.iter().any(|a| a.0 == "Haw"), "{got:?}");
        // Trap: with no substitute for him, the register's entry is not changed by a later
        // apology line.
        let got = run(
            "Minutes\n\nMember\tAppointed by\tAttendance\nCouncillor Gill Ash (Chair)\tCounty Council\t\u{2713}\nCouncillor Ken Haw\tCity Council\t\u{2713}\n\n1. Apologies\n\nApologies for absence were received from Councillor Haw.\n\n2. Minutes\n\nText.\n",
        );
        assert!(has(&got, "Ken Haw", Present, None), "{got:?}");
    }

    #[test]
    fn cells_after_the_name_and_an_administration_present_table() {
        let got = run(
            "MINUTES OF THE REGULAR MEETING OF COUNCIL\n\nCOUNCIL PRESENT\n\nDivision\tName\tTitle\nDivision 1\tCurt Halv\tReeve\nDivision 2\tMarn Dyck\tDeputy Reeve\nDivision 4\tJo Lap\tCouncillor (by video conference)\n\nREGRETS: Councillor Arl Saw, Division 6\n\nADMINISTRATION PRESENT\n\nChief Administrative Officer\tNad Boro\nRecording Secretary\tLea Wieb\n\n1.0 CALL TO ORDER\n\nText.\n",
        );
        assert!(has(&got, "Curt Halv", Present, Some(Role::Chair)), "{got:?}");
        assert!(has(&got, "Marn Dyck", Present, Some(Role::ViceChair)), "{got:?}");
        assert!(has(&got, "Jo Lap", Present, None), "{got:?}");
        assert!(has(&got, "Arl Saw", Apologies, None), "{got:?}");
        assert!(has(&got, "Nad Boro", InAttendance, None), "{got:?}");
        assert!(has(&got, "Lea Wieb", InAttendance, None), "{got:?}");
        // Trap: a sentence about the administration is no label.
        assert!(parse_label("ADMINISTRATION PRESENT").is_some());
        assert!(parse_label("Administration presented the budget.").is_none());
    }
}
