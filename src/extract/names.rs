//! Person entries: "Mrs B. Seaton CC (in the Chair)" -> honorific "Mrs", name "B. Seaton",
//! post-nominals "CC", role chair; "Trevor Akerman, Head of Leaving Care Services" -> name
//! and description; "Councillors A, B and C (Chair)" -> three people.
//!
//! Used by the attendance extractor; knows nothing of where an entry was found.

use crate::model::Role;
use crate::text::starts_with_ignore_ascii_case;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// One person as written in an attendance entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Person {
    /// The name without honorific, post-nominals or role.
    pub name: String,
    /// Honorific(s) before the name.
    pub honorific: Option<String>,
    /// Letters after the name.
    pub post_nominals: Option<String>,
    /// Role in the meeting, from "(in the Chair)", "(Chairman)", ", Vice Chair".
    pub role: Option<Role>,
    /// What the entry says about the person besides the name (office, organisation).
    pub description: Option<String>,
    /// Someone this person substitutes for ("(substitute for Cllr Y)").
    pub substitute_for: Option<String>,
    /// Byte range of the entry within the string it was parsed from.
    pub span: (usize, usize),
    /// A status the entry itself gives (an attendance register's ✓ / A / X column).
    pub mark: Option<crate::model::AttendanceStatus>,
    /// The entry says the person arrived after the start ("(arrived at 6:52 p.m.)").
    pub late: bool,
}

/// Honorifics, longest first; matched case-insensitively with an optional full stop.
const HONORIFICS: &[&str] = &[
    "the right honourable",
    // "The Right Worshipful Lord Mayor Kon Stavrakis": a lord mayor's style (Australia,
    // England), before the office.
    "the right worshipful",
    "right worshipful",
    "the worshipful",
    "vice-chairman",
    "vice chairman",
    "vice-chairwoman",
    "vice-chair",
    "vice chair",
    "deputy chairman",
    "deputy chair",
    "deputy reeve",
    "deputy warden",
    "chairman",
    "chairwoman",
    "chairperson",
    "vice convener",
    "convener",
    "the rt hon",
    "the rt. hon",
    "rt hon",
    "rt. hon",
    "the hon",
    "hon",
    "county councillors",
    "county councillor",
    "district councillors",
    "district councillor",
    "borough councillors",
    "borough councillor",
    "city councillors",
    "city councillor",
    "town councillors",
    "town councillor",
    "parish councillors",
    "parish councillor",
    "community councillors",
    "community councillor",
    "ward councillors",
    "ward councillor",
    "county cllr",
    "district cllr",
    "borough cllr",
    "town cllr",
    "ward cllr",
    "councillors",
    "councillor",
    "councilmembers",
    "councilmember",
    "council members",
    "council member",
    "councilwoman",
    "councilman",
    "commissioners",
    "commissioner",
    "directors",
    "supervisors",
    "supervisor",
    "trustees",
    "trustee",
    "aldermen",
    "alderman",
    "alderwoman",
    "ald",
    "mayor pro tempore",
    "mayor pro tem",
    "deputy lord mayor",
    "deputy town mayor",
    "deputy mayor",
    "lord mayor",
    "town mayor",
    "vice mayor",
    "village president",
    "mayor",
    "reeve",
    "warden",
    "leas-chathaoirleach",
    "leas chathaoirleach",
    "cathaoirleach",
    "cllrs",
    "cllr",
    "clrs",
    "clr",
    "crs",
    "cr",
    "cynghorwyr",
    "cynghorydd",
    "cyng",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "the reverend",
    "the revd",
    "the rev",
    "revd",
    "rev",
    "reverend",
    "rabbi",
    "imam",
    "canon",
    "father",
    "fr",
    "sir",
    "dame",
    "senator",
    "sen",
    "bailie",
    "provost",
    "lord provost",
    "depute provost",
    "deputy provost",
    "sister",
    "capt",
    "captain",
    "major",
    "col",
    "chief superintendent",
    "ch supt",
    "superintendent",
    "chief inspector",
    "det",
    "supt",
    "insp",
    "inspector",
    "sgt",
    "s/sgt",
    "staff sergeant",
    "sergeant",
    "constable",
    "cst",
    "pc",
    "pcso",
    "member",
    "lord",
    "lady",
    "baroness",
    "baron",
    "viscount",
    "earl",
];

/// Honorifics that name a peerage: "Lord Listowel" is the name the person goes by.
const PEERAGE: &[&str] = &["lord", "lady", "baroness", "baron", "viscount", "earl"];

/// Whether the text after a rank that is also a given name ("Earl") is a given name and a
/// surname (two words or more before a comma or bracket, none of them "of"): then the rank
/// word is the first name ("Earl \"Buddy\" Pruitt", "Earl T. Pruitt"; "Earl Grey" and "Earl
/// of Wessex" are peers).
fn is_given_name_then_surname(after: &str) -> bool {
    let name = after.split([',', '(']).next().unwrap_or("");
    let mut words = name.split_whitespace();
    words.clone().count() >= 2 && !words.any(|w| w == "of")
}

/// Whether honorific `h` (as listed) is a police rank, after which a collar number may
/// stand ("PC 1234 Jones").
fn is_police_rank(h: &str) -> bool {
    matches!(
        h,
        "pc" | "pcso"
            | "sgt"
            | "s/sgt"
            | "sergeant"
            | "staff sergeant"
            | "constable"
            | "cst"
            | "det"
            | "insp"
            | "inspector"
    )
}

/// Plural honorifics distribute over a list: "Councillors A, B and C".
const PLURAL: &[&str] = &[
    "councillors",
    "county councillors",
    "district councillors",
    "borough councillors",
    "city councillors",
    "town councillors",
    "parish councillors",
    "community councillors",
    "councilmembers",
    "council members",
    "commissioners",
    "directors",
    "supervisors",
    "trustees",
    "aldermen",
    "cllrs",
    "clrs",
    "crs",
    "cynghorwyr",
];

const POST_NOMINALS: &[&str] = &[
    "CC", "MP", "MSP", "MS", "AM", "MLA", "MEP", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "JP",
    "DL", "QC", "KC", "BEM", "PhD", "MBA", "BSc", "BA", "MA", "MSc", "FRICS", "MRTPI", "CPFA",
    "FCA", "ACA", "RN", "Esq", "Jr", "Sr", "FRSA", "FCCA", "ACCA", "LLB", "MRICS", "CEng", "FCIS",
    "QFSM", "QPM", "KPM", "CVO", "LVO", "MVO", "KCVO", "DCVO", "CB", "KCB", "GCB", "DSO", "MC",
    "OStJ", "FRS", "FREng", "FRCP", "FRCS", "MRCP", "MRCGP", "FRCGP", "FCIPD", "MCIPD", "FCMI",
    "CMgr", "RIBA", "FRTPI", "MICE", "FICE", "CEnv", "FCILEx", "DPhil", "MD", "LLM", "MPhil",
    "CPA", "MRCVS", "FCIH", "MCIH", "ACMA", "FCMA", "CGMA", "RGN", "RMN", "FRSE", "FBA", "FMedSci",
    "FFPH", "FRCN", "FRCPsych", "FRCA", "FRCR", "FRCOG", "FRCPCH", "FRCPE", "FRCSEd",
    // A parish or town clerk's qualifications (Society of Local Council Clerks).
    "PSLCC", "FSLCC", "CiLCA",
];

/// The pattern [`bracket_groups`] reads by hand (kept for its property test).
#[cfg(test)]
static ROLE_PAREN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"(?i)\(\s*([^()]*)\s*\)").unwrap());

/// The brackets of `s` as the pattern `\(\s*([^()]*)\s*\)` finds them, left to right
/// without overlap: (the whole match's byte range, the group: the inside less its leading
/// white space). By hand, not by the engine: a bracket opened at `(` matches exactly when
/// the next bracket after it is a `)` (neither `[^()]` nor `\s` takes a bracket), and the
/// greedy `\s*` takes all the white space that opens the inside (`\s` and
/// `char::is_whitespace` are both Unicode `White_Space`). When the next bracket is a `(`,
/// the search goes on from it; with no bracket after, there is no match left.
fn bracket_groups(s: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> + '_ {
    let b = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let open = from + memchr::memchr(b'(', b.get(from..)?)?;
            let next = open + 1 + memchr::memchr2(b'(', b')', &b[open + 1..])?;
            if b[next] == b')' {
                from = next + 1;
                return Some((open..next + 1, s[open + 1..next].trim_start()));
            }
            from = next;
        }
    })
}

/// Every role [`role_of`] knows names one of these (looked for by [`has_role_stem`]).
#[cfg(test)]
static ROLE_STEMS: crate::text::AnyWord = crate::text::AnyWord::new(&[
    "chair",
    "presid",
    "conven",
    "cathaoirleach",
    "cadeirydd",
    "mayor",
    "provost",
    "clerk",
    "secretary",
    "minute",
    "gadeirydd",
    "chathaoirleach",
    "judge",
    "supervisor",
]);

/// Whether one of [`ROLE_STEMS`] occurs in `t` (any ASCII case): what `ROLE_STEMS.is_in`
/// says, with each place compared only against the stems of the letter there (one look
/// at each byte; most bytes start no stem).
fn has_role_stem(t: &str) -> bool {
    let b = t.as_bytes();
    let at = |i: usize, w: &str| {
        b.get(i..i + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    (0..b.len()).any(|i| match b[i] | 0x20 {
        b'c' => ["chair", "conven", "cathaoirleach", "cadeirydd", "clerk", "chathaoirleach"]
            .iter()
            .any(|w| at(i, w)),
        b'p' => at(i, "presid") || at(i, "provost"),
        b'm' => at(i, "mayor") || at(i, "minute"),
        b's' => at(i, "secretary") || at(i, "supervisor"),
        b'g' => at(i, "gadeirydd"),
        b'j' => at(i, "judge"),
        b'r' => at(i, "reeve"),
        b'w' => at(i, "warden"),
        _ => false,
    })
}

/// The role a piece of text names, if it is only a role ("Chair", "in the Chair",
/// "Vice-Chairman", "Clerk").
pub fn role_of(s: &str) -> Option<Role> {
    // (White space is among the characters trimmed: a `trim` first would change nothing.)
    let written = s.trim_matches(|c: char| c == '.' || c == ',' || c == ':' || c.is_whitespace());
    let t = written;
    // Every role names one of the stems below: most text (descriptions, offices) names
    // none, and for ASCII text that is known before anything is lowered or copied.
    if t.is_ascii() && !has_role_stem(t) {
        return None;
    }
    let mut t = t.to_lowercase();
    // "Vice - Chairman": a hyphen set off by spaces (OCR, typewritten minutes).
    if find_spaced(&t, " - ").is_some() {
        t = t.replace(" - ", "-");
    }
    // "Leas-\nChathaoirleach" joined from two lines (or cells): one word, one space.
    if find_spaced(&t, "  ").is_some() || t.contains(char::is_whitespace) && t.contains("- ") {
        t = t.split_whitespace().collect::<Vec<_>>().join(" ").replace("- ", "-");
    }
    let t = t.trim_start_matches("the ").trim();
    // "Chairman – presiding": an office and the word that says its holder presides.
    // "Vice-Chairman from minute AM/25/02": an office held from a point of the meeting.
    if let Some((head, tail)) = t.rsplit_once(' ') {
        let head = head.trim_end_matches([' ', '-', '–', '—', ',']);
        if tail == "presiding" && !head.is_empty() {
            if role_of(head).is_some() {
                return Some(Role::Chair);
            }
        } else if let Some(p) = [" from ", " until "].iter().find_map(|w| find_spaced(t, w)) {
            let after = &t[p..];
            if after.contains(" item") || after.contains(" minute") {
                return role_of(&t[..p]).filter(|r| *r != Role::Clerk);
            }
        }
    }
    static CHAIR: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^(?:(?:committee|board|panel) )?(?:(?:vice|deputy)[- ]?chair(?:man|woman|person)?\s+)?(?:(?:independent|interim|acting)\s+)?(?:in the chair|presiding|presiding (?:member|officer)|chair(?:man|woman|person)?|convener|convenor|cathaoirleach|cadeirydd|(?:shire )?president|(?:lord |town |city )?mayor|(?:lord )?provost|reeve|(?:county )?warden|mayor \(?chair\)?|chair(?:man|woman|person)? of the (?:[\w ]+ )?(?:meeting|committee|board|council|panel|forum|group|authority)|chair(?:man|woman|person)? of (?:the )?(?:trustees|governors|directors))$").unwrap()
    });
    static VICE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^(?:(?:committee|board|panel) )?(?:vice|deputy|depute)[- ]?(?:chair(?:man|woman|person)?(?: of the (?:[\w ]+ )?(?:meeting|committee|board|council|panel|forum|group))?|convener|convenor|(?:town |city |lord )?mayor|provost|reeve|warden|(?:shire )?president|presiding (?:member|officer)|supervisor)$|^leas[- ]chathaoirleach$|^is[- ]gadeirydd$|^mayor pro tem(?:pore)?$|^pro[- ]mayor$|^(?:county )?judge pro tem(?:pore)?$|^vice[- ]mayor$").unwrap()
    });
    static CLERK: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^(?:parish |town |deputy |assistant |council )?clerk(?: to the (?:council|committee|board|meeting))?(?: and (?:rfo|responsible financial officer))?$|^(?:minute[- ]taker|committee secretary|secretary)$").unwrap()
    });
    // "Chair / Cadeirydd", "Parish Council rep, Vice-Chair": any part that is a role, but
    // not one followed by the body it is held in ("Vice Convener, Finance and Resources
    // Committee": another committee's office).
    // "Mayor – Chairperson": a dash set off by spaces parts them too ("Treasurer –
    // presiding" was read above: an office that is no chair's does not preside).
    let dashed;
    let t = if (t.contains(" – ") || t.contains(" — ")) && !t.ends_with("presiding") {
        dashed = t.replace(" – ", ",").replace(" — ", ",");
        dashed.as_str()
    } else {
        t
    };
    if t.contains(['/', ',']) {
        let parts: Vec<&str> = t.split(['/', ',']).collect();
        return parts.iter().enumerate().find_map(|(k, p)| {
            let of_body = parts.get(k + 1).is_some_and(|n| names_a_body(n));
            role_of(p).filter(|_| !of_body)
        });
    }
    // "Non-Executive Member (Deputy Chair)", "Shire President (Presiding Member)": a role in
    // brackets after an office, read in the text as written (a person before the brackets,
    // "Margaret Eldridge (Chair)", makes it a person, not a role).
    if let Some((before, inner)) = written.rsplit_once('(')
        && let Some(inner) = inner.strip_suffix(')')
    {
        let before = before.trim();
        let person = !before.is_empty() && (honorific_rest(before).0 || is_name_like(before));
        if !person {
            return role_of(inner)
                .or_else(|| (!before.is_empty()).then(|| role_of(before)).flatten());
        }
    }
    if !has_role_stem(t) {
        return None;
    }
    if CHAIR.is_match(t) {
        // "Vice-Chairman in the Chair" presides.
        Some(Role::Chair)
    } else if VICE.is_match(t) {
        Some(Role::ViceChair)
    } else if CLERK.is_match(t) {
        Some(Role::Clerk)
    } else {
        None
    }
}

/// "Leader of Brackley Borough Council and Deputy Mayor", "Non-Executive Member and Vice
/// Chair": the role held with an office, a short one after the last "and".
pub fn role_after_and(s: &str) -> Option<Role> {
    let (_, l) = s.rsplit_once(" and ")?;
    (l.len() <= 24).then(|| role_of(l)).flatten()
}

/// The role that opens an office held with another ("Deputy Chair and Senior Independent
/// Director"): a short role before the first "and".
pub fn role_before_and(s: &str) -> Option<Role> {
    let (head, _) = s.split_once(" and ")?;
    (head.len() <= 24).then(|| role_of(head)).flatten()
}

/// Whether `s` (lower case) ends with the word for a body: "finance and resources
/// committee", "audit board".
fn names_a_body(s: &str) -> bool {
    let last = s.trim().rsplit(' ').next().unwrap_or("");
    s.trim().contains(' ')
        && matches!(
            last,
            "committee" | "sub-committee" | "board" | "panel" | "council" | "forum" | "group"
        )
}

static QUALIFIED_COUNCILLOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(?:\p{Lu}[\p{L}\-]+\s+){1,2}(?:Cllrs?|Councillors?|Councilmembers?)\.?\s+",
    )
    .unwrap()
});

static INITIALS_THEN_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"^(?P<who>(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’\-]+)\s+(?P<office>\p{Lu}.*)$",
    )
    .unwrap()
});

/// One of [`HONORIFICS`] with what the honorific look asks of it, worked out once when the
/// table is built rather than per look.
#[derive(Clone, Copy, Debug)]
struct Honorific {
    /// The honorific as listed (lower case).
    text: &'static str,
    /// Whether it has a space (several words: only such a title may be spread over a run of
    /// white space, [`honorific_len`]).
    spaced: bool,
    /// `PLURAL.contains(&text)`.
    plural: bool,
    /// `is_police_rank(text)`.
    police: bool,
}

impl Honorific {
    fn new(text: &'static str) -> Self {
        Honorific {
            text,
            spaced: text.contains(' '),
            plural: PLURAL.contains(&text),
            police: is_police_rank(text),
        }
    }
}

/// The honorifics whose first word is `word` (any case, a full stop after it ignored), in
/// the order of [`HONORIFICS`] (longest first). One look-up per candidate word: most words
/// that open an entry are names, and this says so without comparing any honorific.
fn honorifics_led_by(word: &str) -> &'static [Honorific] {
    /// Key words in the buckets of `text::WordSet` (first letter and length), one or two each.
    type Buckets = Vec<Vec<(&'static str, Vec<Honorific>)>>;
    static BY_WORD: LazyLock<Buckets> = LazyLock::new(|| {
        let mut by: Buckets = vec![Vec::new(); 26 * 32];
        for &h in HONORIFICS {
            let first = first_word_key(h);
            let Some(list) =
                crate::text::WordSet::bucket(first.as_bytes()).and_then(|k| by.get_mut(k))
            else {
                continue;
            };
            match list.iter_mut().find(|(w, _)| *w == first) {
                Some((_, hs)) => hs.push(Honorific::new(h)),
                None => list.push((first, vec![Honorific::new(h)])),
            }
        }
        by
    });
    let Some(word) = ascii_first_word_key(word) else { return &[] };
    let Some(list) = crate::text::WordSet::bucket(word.as_bytes()).and_then(|k| BY_WORD.get(k))
    else {
        return &[];
    };
    list.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map_or(&[], |(_, hs)| hs.as_slice())
}

/// [`first_word_key`] when it can be a key of [`honorifics_led_by`]'s table, else `None`.
/// Every key is ASCII and shorter than 32 bytes (the buckets hold no longer word), so a
/// first word with a character outside ASCII in it, or of 33 bytes or more (a key of 32 or
/// more with its full stop off), is none; the scan stops there instead of reading on. A
/// character outside ASCII ends the word only when it is white space (as in
/// [`first_word_key`]); then the word before it is all ASCII.
fn ascii_first_word_key(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let mut end = 0;
    while let Some(&c) = b.get(end) {
        if c.is_ascii_whitespace() {
            break;
        }
        if !c.is_ascii() {
            if s[end..].starts_with(char::is_whitespace) {
                break;
            }
            return None;
        }
        end += 1;
        if end > 32 {
            return None;
        }
    }
    // An ASCII run from the start: a character boundary.
    let word = &s[..end];
    Some(word.strip_suffix('.').unwrap_or(word))
}

/// The first word of `s` (up to white space) without a full stop after it: the key
/// honorifics are found by ("rt. hon" and "rt hon" both under "rt").
fn first_word_key(s: &str) -> &str {
    let b = s.as_bytes();
    // ASCII words end at an ASCII space; any other character may be a space of its own.
    let end = match b.iter().position(|c| c.is_ascii_whitespace() || !c.is_ascii()) {
        Some(k) if !b[k].is_ascii() => s[k..].find(char::is_whitespace).map_or(s.len(), |e| k + e),
        Some(k) => k,
        None => s.len(),
    };
    let word = &s[..end];
    word.strip_suffix('.').unwrap_or(word)
}

/// Strips leading honorifics; returns (honorifics, rest, whether one was plural).
pub fn strip_honorifics(s: &str) -> (Option<String>, &str, bool) {
    // The honorifics' words, one space between them: a title wrapped over a line ("Vice\n
    // Mayor") reads with one space.
    let mut hon: Option<String> = None;
    let (rest, plural) = honorifics_then_rest(s, |h| {
        let text = hon.get_or_insert_with(String::new);
        for w in h.split_whitespace() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(w);
        }
    });
    (hon, rest, plural)
}

/// [`strip_honorifics`] without building the honorifics' text: (whether there is one, the
/// rest, whether one was plural).
pub fn honorific_rest(s: &str) -> (bool, &str, bool) {
    let mut any = false;
    let (rest, plural) = honorifics_then_rest(s, |_| any = true);
    (any, rest, plural)
}

/// The honorifics leading `s`, each piece handed to `found` in order; returns the rest and
/// whether one was plural.
fn honorifics_then_rest<'a>(s: &'a str, mut found: impl FnMut(&'a str)) -> (&'a str, bool) {
    let mut rest = s.trim_start();
    // Whether a piece was found.
    let mut any = false;
    let mut plural = false;
    'outer: loop {
        for h in honorifics_led_by(rest) {
            if let Some(n) = led_honorific_len(rest, h) {
                let Honorific { text: h, plural: h_plural, police, .. } = *h;
                let after = &rest[n..];
                let after = after.strip_prefix('.').unwrap_or(after);
                // Must end at a word boundary and be followed by more text.
                // "Superintendent of Parks and Facilities Brian Hollister": a title followed
                // by "of" is an office's first word, not an honorific.
                if after.starts_with(|c: char| c.is_whitespace())
                    && !after.trim().is_empty()
                    && !starts_with_ignore_ascii_case(after.trim_start(), "of ")
                    && !(h == "earl" && is_given_name_then_surname(after))
                {
                    any = true;
                    found(&rest[..n]);
                    plural |= h_plural;
                    rest = after.trim_start();
                    // "PCSO 4471 Amy Fenwick": a police officer's collar number after the rank.
                    if police {
                        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                        if digits > 0 && rest[digits..].starts_with(' ') {
                            rest = rest[digits..].trim_start();
                        }
                    }
                    continue 'outer;
                }
            }
        }
        // "Cllr the Rev. M. Thwaite": "the" between two honorifics.
        if any && rest.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the ")) {
            let after = rest[4..].trim_start();
            if opens_with_honorific(after) {
                any = true;
                found(&rest[..3]);
                rest = after;
                continue 'outer;
            }
        }
        // "Cyng. / Cllr Eleri Wyn Jenkins", "Cynghorydd / Councillor A": one title in two
        // languages, a slash between them.
        if any && rest.starts_with('/') {
            let after = rest[1..].trim_start();
            if opens_with_honorific(after) {
                any = true;
                found("/");
                rest = after;
                continue 'outer;
            }
        }
        // "Unitary Cllr K Baverstock", "Cornwall Councillor Denzil Keast": a qualifier
        // before a councillor's title (the pattern's titles, in the case it gives them).
        if !any
            && names_a_councillor_title(rest)
            && let Some(m) = QUALIFIED_COUNCILLOR.find(rest)
        {
            let h = m.as_str().trim_end();
            any = true;
            found(h.trim_end_matches('.'));
            plural |= h.to_ascii_lowercase().trim_end_matches('.').ends_with('s');
            rest = rest[m.end()..].trim_start();
            continue 'outer;
        }
        break;
    }
    (rest, plural)
}

/// Whether `s` opens with an honorific that ends at a word (a full stop after it allowed).
fn opens_with_honorific(s: &str) -> bool {
    honorifics_led_by(s).iter().any(|h| {
        led_honorific_len(s, h).is_some_and(|n| {
            let a = &s[n..];
            a.strip_prefix('.').unwrap_or(a).starts_with(char::is_whitespace)
        })
    })
}

/// Whether `s` has "Cllr", "Councill" or "Councilm" in it (the titles
/// [`QUALIFIED_COUNCILLOR`] needs): a scan for "C", not a substring search set up per call.
fn names_a_councillor_title(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'C', b).any(|i| {
        let after = &b[i + 1..];
        after.starts_with(b"llr") || after.starts_with(b"ouncill") || after.starts_with(b"ouncilm")
    })
}

/// Whether two words start an honorific of several words ("Vice" "Mayor", "Deputy" "Lord").
pub fn starts_a_title(a: &str, b: &str) -> bool {
    let pair = format!("{a} {b}").to_lowercase();
    honorifics_led_by(a).iter().any(|h| {
        h.text.strip_prefix(pair.as_str()).is_some_and(|r| r.is_empty() || r.starts_with(' '))
    })
}

/// [`honorific_len`] of an honorific `h` that [`honorifics_led_by`] gave for `rest`: `h`'s
/// first word is `rest`'s first word (a full stop after it aside), in any ASCII case, so an
/// honorific of one word starts `rest` and its length is known without comparing it again.
fn led_honorific_len(rest: &str, h: &Honorific) -> Option<usize> {
    if h.spaced { honorific_len(rest, h) } else { Some(h.text.len()) }
}

/// The length of honorific `h` at the start of `rest` (any case), where a space of `h`
/// matches a run of white space ("Vice\n   Mayor" in a list joined from wrapped lines).
fn honorific_len(rest: &str, h: &Honorific) -> Option<usize> {
    if starts_with_ignore_ascii_case(rest, h.text) {
        return Some(h.text.len());
    }
    // Only a title of several words whose first word is here may be spread out (a title
    // without a space has no `split_once`: `None`, said before any search).
    if !h.spaced {
        return None;
    }
    let h = h.text;
    let (first, _) = h.split_once(' ')?;
    if !starts_with_ignore_ascii_case(rest, first) {
        return None;
    }
    let b = rest.as_bytes();
    let mut k = 0;
    for (n, w) in h.split(' ').enumerate() {
        if n > 0 {
            let from = k;
            while b.get(k).is_some_and(u8::is_ascii_whitespace) {
                k += 1;
            }
            if k == from {
                return None;
            }
        }
        if !rest.get(k..k + w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)) {
            return None;
        }
        k += w.len();
    }
    Some(k)
}

/// Whether `word` is one of the post-nominals (`POST_NOMINALS`; exact case: "MS" is one,
/// "Ms" an honorific).
pub fn is_post_nominal(word: &str) -> bool {
    static SET: LazyLock<crate::text::WordSet> =
        LazyLock::new(|| crate::text::WordSet::new(POST_NOMINALS));
    SET.contains(word) && POST_NOMINALS.contains(&word)
}

/// Strips trailing post-nominals ("MP", "CC", "OBE, JP"); returns (name, post-nominals).
fn strip_post_nominals(s: &str) -> (&str, Option<String>) {
    let mut name = s.trim_end();
    let mut found: Vec<&str> = Vec::new();
    loop {
        let trimmed = trim_end_commas_spaces(name);
        // (The space is one byte: its last byte offset is the last match's.)
        let Some(pos) = memchr::memrchr(b' ', trimmed.as_bytes()) else { break };
        let last = &trimmed[pos + 1..];
        // `last.trim_end_matches('.')`, byte by byte (the full stop is ASCII).
        let last = &last[..last.len() - last.bytes().rev().take_while(|&b| b == b'.').count()];
        if is_post_nominal(last) {
            found.push(last);
            name = &trimmed[..pos];
        } else {
            break;
        }
    }
    found.reverse();
    (trim_end_commas_spaces(name), if found.is_empty() { None } else { Some(found.join(" ")) })
}

/// `s.trim_end_matches([',', ' '])`, byte by byte: both are ASCII, and an ASCII byte in UTF-8
/// is always a whole character, so the bytes taken off are those characters.
fn trim_end_commas_spaces(s: &str) -> &str {
    &s[..s.len() - s.bytes().rev().take_while(|&b| b == b',' || b == b' ').count()]
}

/// Lower-case particles inside names ("de", "van", "Ó", "ní"...).
const PARTICLES: &[&str] = &[
    "de", "van", "der", "von", "da", "di", "du", "del", "la", "le", "ó", "ní", "nic", "mac", "bin",
    "al", "y", "ap", "of", "st", "st.", "o’", "o'",
];

/// One token of a name: a capitalised word ("Smith", "O'Brien", "Jean-Paul", "Smith."),
/// initials ("B.", "H.J."), a particle ("van", "de"), or an Irish mutated name ("hÉigeartaigh").
fn is_name_token(t: &str) -> bool {
    if t.is_ascii() {
        return is_ascii_name_token(t.as_bytes());
    }
    let mut chars = t.chars();
    let Some(first) = chars.next() else { return false };
    let rest = chars.as_str();
    if first.is_uppercase() {
        let body = rest.strip_suffix('.').unwrap_or(rest);
        if body.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-')) {
            return true;
        }
        // Initials without spaces: "H.J.", "A.B.C."
        let mut cs = t.chars();
        loop {
            match (cs.next(), cs.next()) {
                (None, _) => return true,
                (Some(u), Some('.')) if u.is_uppercase() => {}
                _ => return false,
            }
        }
    }
    if PARTICLES.contains(&t) {
        return true;
    }
    // Irish prefixes: "hÉigeartaigh", "nUí", "tSeán".
    let mut cs = rest.chars();
    matches!(first, 'h' | 'n' | 't')
        && cs.next().is_some_and(char::is_uppercase)
        && cs.all(|c| c.is_alphabetic() || c == '-')
}

/// [`is_name_token`] of an ASCII token, byte by byte (for ASCII, `char::is_uppercase` and
/// `char::is_alphabetic` are the ASCII tests): the same steps in the same order.
fn is_ascii_name_token(t: &[u8]) -> bool {
    let Some((&first, rest)) = t.split_first() else { return false };
    if first.is_ascii_uppercase() {
        let body = rest.strip_suffix(b".").unwrap_or(rest);
        if body.iter().all(|&c| c.is_ascii_alphabetic() || matches!(c, b'\'' | b'-')) {
            return true;
        }
        // Initials without spaces: "H.J.", "A.B.C."
        return t.chunks(2).all(|p| matches!(p, [u, b'.'] if u.is_ascii_uppercase()));
    }
    if PARTICLES.iter().any(|p| p.as_bytes() == t) {
        return true;
    }
    // Irish prefixes: "hÉigeartaigh", "nUí", "tSeán".
    matches!(first, b'h' | b'n' | b't')
        && rest.first().is_some_and(u8::is_ascii_uppercase)
        && rest[1..].iter().all(|&c| c.is_ascii_alphabetic() || c == b'-')
}

/// Words that say a phrase is an office or organisation, not a person (sorted, lower case).
const NOT_NAME_WORDS: &[&str] = &[
    "absent",
    "academy",
    "accountant",
    "acting",
    "administrator",
    "adult",
    "adults",
    "adviser",
    "advisor",
    "agency",
    "agenda",
    "all",
    "alliance",
    "and",
    "apologies",
    "architect",
    "architects",
    "assembly",
    "assessor",
    "assistant",
    "associates",
    "association",
    "at",
    "attended",
    "attendees",
    "attorney",
    "auditor",
    "authority",
    "board",
    "borough",
    "by",
    "cabinet",
    "care",
    "cathaoirleach",
    "center",
    "centre",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chief",
    "children",
    "cic",
    "city",
    "clerk",
    "co-ordinator",
    "college",
    "commission",
    "commissioner",
    "committee",
    "company",
    "consultant",
    "consultants",
    "consulting",
    "coordinator",
    "corporation",
    "council",
    "councils",
    "counsel",
    "county",
    "democratic",
    "department",
    "dept",
    "depute",
    "deputised",
    "deputized",
    "deputy",
    "detachment",
    "director",
    "directors",
    "district",
    "dr",
    "education",
    "engineer",
    "engineering",
    "engineers",
    "executive",
    "executives",
    "finance",
    "fire",
    "for",
    "forum",
    "foundation",
    "from",
    "governance",
    "governor",
    "governors",
    "group",
    "groups",
    "guest",
    "guests",
    "head",
    "headteacher",
    "health",
    "housing",
    "hse",
    "in",
    "inc",
    "inspector",
    "interim",
    "item",
    "lady",
    "lead",
    "legal",
    "limited",
    "llc",
    "llp",
    "lord",
    "ltd",
    "manager",
    "managers",
    "mayor",
    "member",
    "members",
    "minister",
    "minutes",
    "moderator",
    "mr",
    "mrs",
    "ms",
    "n/a",
    "network",
    "nhs",
    "nil",
    "non-executive",
    "none",
    "observer",
    "observers",
    "of",
    "office",
    "officer",
    "officers",
    "official",
    "officials",
    "on",
    "operations",
    "panel",
    "parish",
    "parishioners",
    "partnership",
    "people",
    "person",
    "persons",
    "planner",
    "planning",
    "plc",
    "police",
    "policy",
    "present",
    "president",
    "press",
    "principal",
    "pro",
    "program",
    "programme",
    "project",
    "public",
    "recording",
    "representative",
    "representatives",
    "resident",
    "residents",
    "school",
    "scrutiny",
    "secretary",
    "senior",
    "service",
    "services",
    "sheriff",
    "social",
    "society",
    "solicitor",
    "speaker",
    "speakers",
    "staff",
    "student",
    "substituted",
    "substituting",
    "superintendent",
    "supervisor",
    "support",
    "surveyor",
    "teacher",
    "team",
    "tem",
    "the",
    "to",
    "town",
    "treasurer",
    "trust",
    "trustee",
    "trustees",
    "unit",
    "university",
    "vice",
    "visitor",
    "visitors",
    "with",
];

/// Whether `word` (any case) is one of the office and organisation words.
pub fn is_not_name_word(word: &str) -> bool {
    static SET: LazyLock<crate::text::WordSet> =
        LazyLock::new(|| crate::text::WordSet::new(NOT_NAME_WORDS));
    SET.contains(word)
}

/// Whether `s` has a character no name has: a digit, a bracket, a colon, semicolon or
/// slash, "@", "&", "?", "!" or a double quote (straight or curly; "“" and "”" start E2 80).
fn has_non_name_mark(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'0'..=b'9' | b'(' | b')' | b':' | b';' | b'/' | b'@' | b'&' | b'"' | b'?' | b'!' => true,
        0xE2 => matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D])),
        _ => false,
    })
}

/// True when `s` (without honorific and post-nominals) reads as a person's name: one to six
/// capitalised tokens or initials, no digits, no office words.
pub fn is_name_like(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 60 {
        return false;
    }
    if s.is_ascii() {
        return is_ascii_name_like(s);
    }
    is_name_like_chars(s)
}

/// [`is_name_like`] of text already trimmed, not empty and at most sixty bytes (any text).
fn is_name_like_chars(s: &str) -> bool {
    if has_non_name_mark(s) {
        return false;
    }
    // The words, split once (seven found is too many).
    let mut words = [""; 6];
    let Some(count) = first_six_words(s, &mut words) else { return false };
    if count == 0 {
        return false;
    }
    let mut capitalised = 0;
    for (k, &t) in words[..count].iter().enumerate() {
        let t = t.trim_end_matches(',');
        if !is_name_token(t) {
            return false;
        }
        let t_ = t.trim_end_matches('.');
        // "Clerk-Treasurer": an office of two offices (a double-barrelled name has a name
        // among its parts).
        if is_not_name_word(t_) || t_.contains('-') && t_.split('-').all(is_not_name_word) {
            return false;
        }
        let irish_prefix = t.len() > 1
            && t.starts_with(['h', 'n', 't'])
            && t[1..].starts_with(|c: char| c.is_uppercase());
        if irish_prefix || t.chars().next().is_some_and(|c| c.is_uppercase()) {
            capitalised += 1;
        } else if k == 0 || k == count - 1 {
            // Particles sit inside a name.
            return false;
        }
    }
    capitalised >= 1
}

/// [`ASCII_CLASS`] of a byte that is white space to `split_whitespace`.
const SPACE: u8 = 1;
/// [`ASCII_CLASS`] of a byte that [`has_non_name_mark`] looks for.
const MARK: u8 = 2;

/// For each byte, [`SPACE`], [`MARK`] or 0 (any other).
static ASCII_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut c = 9;
    while c <= 13 {
        class[c] = SPACE;
        c += 1;
    }
    class[b' ' as usize] = SPACE;
    let mut d = b'0';
    while d <= b'9' {
        class[d as usize] = MARK;
        d += 1;
    }
    let marks = b"():;/@&\"?!";
    let mut k = 0;
    while k < marks.len() {
        class[marks[k] as usize] = MARK;
        k += 1;
    }
    class
};

/// [`is_name_like_chars`] of ASCII text, in one pass over the bytes for the marks no name has
/// and the words (for ASCII, the white space `split_whitespace` splits at is tab to carriage
/// return, 9 to 13, and the space; the marks of [`has_non_name_mark`] outside ASCII cannot
/// occur), then the same tests of each word in the same order, byte by byte (every byte
/// offset of ASCII text is a character boundary, and an upper-case first character is an
/// ASCII capital).
fn is_ascii_name_like(s: &str) -> bool {
    let b = s.as_bytes();
    let mut words = [(0usize, 0usize); 6];
    let mut count = 0;
    // Where the current word started, if in one.
    let mut start: Option<usize> = None;
    for i in 0..=b.len() {
        // A space after the end closes the last word.
        match ASCII_CLASS[usize::from(b.get(i).copied().unwrap_or(b' '))] {
            MARK => return false,
            SPACE => {
                if let Some(a) = start.take() {
                    // Seven words are too many.
                    let Some(w) = words.get_mut(count) else { return false };
                    *w = (a, i);
                    count += 1;
                }
            }
            _ => {
                if start.is_none() {
                    start = Some(i);
                }
            }
        }
    }
    if count == 0 {
        return false;
    }
    let mut capitalised = 0;
    for (k, &(a, e)) in words[..count].iter().enumerate() {
        let mut t = &b[a..e];
        while let [rest @ .., b','] = t {
            t = rest;
        }
        if !is_ascii_name_token(t) {
            return false;
        }
        let mut t_ = t;
        while let [rest @ .., b'.'] = t_ {
            t_ = rest;
        }
        // (ASCII bytes: a run of them is a `str`.)
        let word = &s[a..a + t_.len()];
        if is_not_name_word(word) || t_.contains(&b'-') && word.split('-').all(is_not_name_word) {
            return false;
        }
        let irish_prefix =
            t.len() > 1 && matches!(t[0], b'h' | b'n' | b't') && t[1].is_ascii_uppercase();
        if irish_prefix || t[0].is_ascii_uppercase() {
            capitalised += 1;
        } else if k == 0 || k == count - 1 {
            // Particles sit inside a name.
            return false;
        }
    }
    capitalised >= 1
}

/// The words of `s` (as `split_whitespace` gives them) into `words`; their count, or `None`
/// when there are more than six. ASCII text is split byte by byte: there the white space
/// `split_whitespace` splits at is tab to carriage return (9 to 13) and the space.
fn first_six_words<'a>(s: &'a str, words: &mut [&'a str; 6]) -> Option<usize> {
    let mut count = 0;
    let mut push = |w: &'a str| {
        if count == 6 {
            return false;
        }
        words[count] = w;
        count += 1;
        true
    };
    if s.is_ascii() {
        for w in s.as_bytes().split(|c| matches!(c, 9..=13 | b' ')).filter(|w| !w.is_empty()) {
            // A run of ASCII bytes: its ends are character boundaries.
            let at = w.as_ptr() as usize - s.as_ptr() as usize;
            if !push(&s[at..at + w.len()]) {
                return None;
            }
        }
    } else {
        for w in s.split_whitespace() {
            if !push(w) {
                return None;
            }
        }
    }
    Some(count)
}

/// Whether an entry is a name, then the person's initials in brackets, then more words
/// ("Paul Whitlock (PW) Treasurer").
fn name_then_initials(part: &str) -> bool {
    let Some((name, after)) = part.split_once(" (") else { return false };
    let Some((inner, rest)) = after.split_once(')') else { return false };
    is_bracketed_initials(inner) && rest.starts_with(' ') && is_name_like(name.trim())
}

/// Whether a bracket's text is a person's initials ("JT", "RO"): two to four capitals.
fn is_bracketed_initials(inner: &str) -> bool {
    (2..=4).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_uppercase())
}

/// Parses one entry that names a single person, with whatever follows the name
/// ("Name, office, organisation", "Name (Chair)", "Name – office", "Name (JT) Chair").
pub fn parse_person(entry: &str) -> Option<Person> {
    let raw = entry.trim().trim_start_matches(['•', '·', '-', '–', '*', '▪', '◦', 'Ø', '>']).trim();
    let raw = raw.trim_end_matches(['.', ';', ',']).trim();
    let raw = after_lower_case_lead(raw);
    if raw.is_empty() {
        return None;
    }
    let mut person = Person::default();
    // Parenthesised parts: roles, substitutions, descriptions.
    // The entry without its brackets, built only when it has a bracket (else the entry).
    let mut without_brackets = String::new();
    let main = &mut without_brackets;
    let mut last = 0;
    let mut descriptions: Vec<String> = Vec::new();
    for (whole, inner) in bracket_groups(raw) {
        main.push_str(&raw[last..whole.start]);
        last = whole.end;
        // "Jenny Thorne (JT) Chair": the person's initials in brackets, then an office with
        // no comma before it; the office is set off as if it had one.
        if is_bracketed_initials(inner) && raw[whole.end..].starts_with(' ') {
            let after = raw[whole.end..].trim_start();
            if after.starts_with(|c: char| c.is_uppercase()) {
                main.push(',');
            }
        }
        // "(local member, for item 5)" with the note blanked: no comma left at the end.
        let inner = inner.trim().trim_end_matches([',', ';']).trim();
        if let Some(r) = role_of(inner) {
            person.role = person.role.or(Some(r));
        } else if let Some(sub) = substitute_target(inner) {
            person.substitute_for = Some(sub);
        } else if !inner.is_empty() {
            descriptions.push(inner.to_string());
        }
    }
    let mut main: &str = if raw.contains('(') {
        main.push_str(&raw[last..]);
        without_brackets.trim()
    } else {
        // No brackets: nothing was taken out.
        raw.trim()
    };
    // "Councillor R. Garside (Town Mayor) in the Chair", "Councillor X presided": presiding,
    // said after the name.
    let said = [" in the chair", " presided"].iter().find_map(|w| {
        let at = main.len().checked_sub(w.len())?;
        main.get(at..).is_some_and(|t| t.eq_ignore_ascii_case(w)).then_some(at)
    });
    if let Some(at) = said {
        // "Councillor Sir Roger Whitlam (Leader of the Council) - in the Chair": the dash
        // before it goes too.
        main = main[..at].trim_end_matches([' ', '-', '–', '—', ',']);
        person.role = Some(Role::Chair);
    }
    // "Cllr Rachel Tomlin for Cllr Derek Hale": a substitute.
    // "Alternate Director T Wisniewski for Director G Ferrier – District of Cedar Point": the
    // member's seat after a dash is the substitute's description.
    let with_seat: String;
    if let Some(p) = find_spaced(main, " for ") {
        let (x, y) = (&main[..p], &main[p + 5..]);
        // ("Alternate Director Tomas Wisniewski": an office left after the honorific goes
        // too.)
        fn bare(s: &str) -> &str {
            let r = strip_post_nominals(honorific_rest(s).1).0;
            match title_then_name(r) {
                Some(k) if !is_name_like(r) => &r[k..],
                _ => r,
            }
        }
        let seat = [" – ", " — ", " - "].iter().find_map(|d| y.find(d));
        let member = seat.map_or(y, |k| y[..k].trim_end());
        if is_name_like(bare(x)) && is_name_like(bare(member)) {
            person.substitute_for = Some(bare(member).to_string());
            main = match seat {
                Some(k) => {
                    with_seat = format!("{x}{}", &y[k..]);
                    &with_seat
                }
                None => x,
            };
        }
    }
    // Name, then a description after a comma, dash, tab or middle dot.
    let main = main.trim();
    let (head, tail) = split_description(main);
    let (honorific, rest, _) = strip_honorifics(head);
    let (name, post) = strip_post_nominals(rest);
    let name = name.trim().trim_end_matches(',').trim();
    // With an honorific, a few words are a name even if unusual ("Mrs O'Hara-Ní Bhriain"),
    // but not with an office among them ("Ms C Robson Admin Officer").
    let name_ok = is_name_like(name)
        || is_territorial(honorific.as_deref(), name)
        || (honorific.is_some()
            && name.split_whitespace().count() <= 4
            && !name.contains(':')
            && !name.split_whitespace().any(|w| is_not_name_word(w.trim_end_matches(['.', ',']))));
    // "Mr B Telfer Deputy Parish Clerk": initials and a surname, then an office with no
    // comma between.
    if !name_ok
        && honorific.is_some()
        && let Some(c) = INITIALS_THEN_OFFICE.captures(name)
        && let (Some(who), Some(office)) = (c.name("who"), c.name("office"))
    {
        person.name = crate::text::reflow_name(who.as_str());
        person.honorific = honorific.clone();
        person.post_nominals = post.clone();
        person.role = person.role.or(role_of(office.as_str()));
        person.description = Some(office.as_str().trim().to_string());
        person.span = (0, entry.len());
        return Some(person);
    }
    // "City Manager Robert Kline": an office before the name.
    if !name_ok
        && honorific.is_none()
        && let Some(k) = title_then_name(name)
    {
        let (office, who) = name.split_at(k);
        if let Some(mut p) = parse_person(who) {
            p.description = Some(match p.description {
                Some(d) => format!("{}; {d}", office.trim()),
                None => office.trim().to_string(),
            });
            // "Director Frank Pereira (excused)": the brackets after the name stay with it.
            if !descriptions.is_empty() {
                let d = p.description.get_or_insert_default();
                for x in &descriptions {
                    d.push_str("; ");
                    d.push_str(x);
                }
            }
            p.substitute_for = p.substitute_for.or(person.substitute_for.clone());
            p.role = p.role.or(role_of(office)).or(person.role);
            p.span = (0, entry.len());
            return Some(p);
        }
    }
    if !name_ok {
        // "Director of Finance (Ian Brewster)": the office outside, the name in brackets.
        // "Executive Officer (Mrs Julie Whitmore – minutes)": a duty in lower case after the
        // name is the officer's too (not a second person, as in "(Cllr A, Cllr B)").
        if let [inner] = descriptions.as_slice()
            && !inner.contains('(')
            && let Some(mut p) = parse_person(inner)
            && p.description.as_deref().is_none_or(|d| d.starts_with(|c: char| c.is_lowercase()))
        {
            let office = main.trim();
            match role_of(office) {
                Some(r) => p.role = p.role.or(Some(r)),
                None => {
                    p.description = Some(match p.description.take() {
                        Some(d) => format!("{office}; {d}"),
                        None => office.to_string(),
                    })
                }
            }
            p.role = p.role.or(person.role);
            p.span = (0, entry.len());
            return Some(p);
        }
        return None;
    }
    // Whether the description is only the tail after the name, and `role_of` already found
    // no role in it (so the same look at the description below would find none).
    let mut description_has_no_role = false;
    if let Some(tail) = tail {
        let tail = tail.trim().trim_end_matches(['.', ',']).trim();
        if let Some(r) = role_of(tail) {
            person.role = person.role.or(Some(r));
        } else if let Some(sub) = substitute_target(tail) {
            person.substitute_for = Some(sub);
        } else if !tail.is_empty() {
            // "Lord Listowel, Vice Chair" style: a role at the end of a description.
            // "Leader of Brackley Borough Council and Deputy Mayor": so is one after "and"
            // (a short one).
            let last = |sep: &str| tail.rsplit_once(sep).and_then(|(_, l)| role_of(l));
            if let Some(r) =
                last(", ").or_else(|| role_after_and(tail)).or_else(|| role_before_and(tail))
            {
                person.role = person.role.or(Some(r));
            }
            description_has_no_role = descriptions.is_empty();
            descriptions.insert(0, tail.to_string());
        }
    }
    // A peerage title in any case: no character outside ASCII lowers to an ASCII letter
    // but the Kelvin sign ("k", in none of them), so this is `PEERAGE` holding the honorific
    // lowered, without lowering it.
    let is_peer =
        honorific.as_deref().is_some_and(|h| PEERAGE.iter().any(|p| h.eq_ignore_ascii_case(p)))
            && (name.split_whitespace().count() == 1 || name.contains(" of "));
    if is_peer {
        person.name = format!("{} {}", honorific.as_deref().unwrap_or_default(), name);
        person.honorific = None;
    } else {
        person.name = crate::text::reflow_name(name);
        person.honorific = honorific;
    }
    person.post_nominals = post;
    // Honorifics that are offices in the meeting: "Cathaoirleach Cllr X", "Mayor Whitaker".
    // (The honorific is `strip_honorifics`' text: its words with one space between.)
    if person.role.is_none()
        && let Some(h) = person.honorific.as_deref()
    {
        let lower = h.to_lowercase();
        // `lower.split(" cllr").next()`: the text before the first " cllr" (found where a
        // space is), else all of it.
        let first = &lower[..find_spaced(&lower, " cllr").unwrap_or(lower.len())];
        // "The Right Worshipful Lord Mayor": the style before the office says nothing more.
        let first = ["the right worshipful ", "right worshipful ", "the worshipful "]
            .iter()
            .find_map(|style| first.strip_prefix(style))
            .unwrap_or(first);
        person.role = Some(first).and_then(|first| {
            // "Deputy Mayor Cr X": the office before the councillor's title.
            let first = trim_end_str(
                trim_end_str(trim_end_str(first.trim_end_matches('.'), " councillor"), " cr"),
                " clr",
            );
            let role = role_of(first);
            match first {
                _ if role.is_some()
                    && !first.contains("provost")
                    && !first.contains("president") =>
                {
                    role
                }
                // The Reeve heads a rural council (Canada) as a mayor does a town's, and so
                // does a county's Warden (Nova Scotia, Ontario).
                "cathaoirleach" | "mayor" | "town mayor" | "lord mayor" | "cadeirydd" | "reeve"
                | "warden" => Some(Role::Chair),
                "leas-chathaoirleach"
                | "leas chathaoirleach"
                | "deputy mayor"
                | "deputy town mayor"
                | "deputy lord mayor"
                | "vice mayor"
                | "mayor pro tem"
                | "mayor pro tempore"
                | "deputy reeve"
                | "deputy warden" => Some(Role::ViceChair),
                _ => None,
            }
        });
    }
    if !descriptions.is_empty() {
        person.description = Some(descriptions.join("; "));
    }
    if person.role.is_none()
        && !description_has_no_role
        && let Some(d) = &person.description
    {
        person.role = role_of(d);
    }
    person.span = (0, entry.len());
    Some(person)
}

/// `s.trim_end_matches(suffix)` for a non-empty `suffix`: every repeat of it taken off the end,
/// without a searcher set up per call.
fn trim_end_str<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(t) = s.strip_suffix(suffix) {
        s = t;
    }
    s
}

/// Where `needle` (starting with a space) first occurs in `s`: `s.find(needle)`, looking
/// only where a space is (no searcher set up per call).
fn find_spaced(s: &str, needle: &str) -> Option<usize> {
    memchr::memchr_iter(b' ', s.as_bytes())
        .find(|&p| s.as_bytes()[p..].starts_with(needle.as_bytes()))
}

/// Splits "Name, description" / "Name – description" / "Name\tdescription" /
/// "Name · description".
fn split_description(s: &str) -> (&str, Option<&str>) {
    // A tab first (a table's cells); otherwise the first separator in the text ("Edna
    // Rinker, Vice - Chairman": the comma). A separator with nothing before it is none.
    // Post-nominals after a comma belong to the name ("Jane Doe, OBE, JP – Chair"): the
    // description starts at the next separator after them (a few at most: nobody has more
    // than eight, and each look reads the rest of the text).
    let mut from = 0;
    for _ in 0..8 {
        let Some((p, sep)) = first_separator(s, from) else { return (s, None) };
        let after = s[p + sep.len()..].split([',', ' ']).next().unwrap_or("");
        if sep == ", " && POST_NOMINALS.contains(&after.trim_end_matches('.')) {
            from = p + 2;
            continue;
        }
        return (&s[..p], Some(&s[p + sep.len()..]));
    }
    (s, None)
}

/// The separators between a name and its description, after the tab.
const SEPARATORS: [&str; 5] = [" · ", " – ", " — ", " - ", ", "];

/// The separator [`split_description`] takes in `s` from byte `from`: the first tab, else
/// the earliest of [`SEPARATORS`], each by its first occurrence only; an occurrence with
/// nothing but spaces before it does not count. One pass over the bytes, not one search per
/// separator.
fn first_separator(s: &str, from: usize) -> Option<(usize, &'static str)> {
    let rest = &s[from..];
    let counts = |p: usize| !s[..from + p].trim().is_empty();
    if let Some(p) = memchr::memchr(b'\t', rest.as_bytes())
        && counts(p)
    {
        return Some((from + p, "\t"));
    }
    let mut seen = [false; SEPARATORS.len()];
    for p in memchr::memchr2_iter(b' ', b',', rest.as_bytes()) {
        // Every separator is a space or comma then a space, "·", "–", "—" or "-" (their first
        // bytes: 20, C2, E2, E2, 2D): with any other byte after it, none starts here.
        if !matches!(rest.as_bytes().get(p + 1), Some(b' ' | 0xC2 | 0xE2 | b'-')) {
            continue;
        }
        for (k, sep) in SEPARATORS.iter().enumerate() {
            if !seen[k] && rest[p..].starts_with(sep) {
                seen[k] = true;
                if counts(p) {
                    return Some((from + p, sep));
                }
            }
        }
    }
    None
}

static SUBSTITUTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:as\s+)?(?:a\s+)?(?:(?:substitute|substituting|sub|deputising|replacing|in place|standing in|alternate|seated)\s*(?:member\s+)?(?:for|of)?|deputy(?:\s+member)?\s+for)\s+(.+)$").unwrap()
});

/// "substitute for Cllr Y" -> "Y".
pub fn substitute_target(s: &str) -> Option<String> {
    let t = s.trim();
    // Every form the pattern reads opens with "as", "a" or one of its words: a letter "a",
    // "s", "d", "r" or "i" in any case ("ſ" is an "s" to its case folding). Most text opens
    // with none, and is turned away before the captures are taken.
    if !t.starts_with(['a', 'A', 's', 'S', 'ſ', 'd', 'D', 'r', 'R', 'i', 'I']) {
        return None;
    }
    let caps = SUBSTITUTE.captures(t)?;
    let who = caps.get(1)?.as_str().trim().trim_end_matches(['.', ',', ')']);
    let (_, rest, _) = strip_honorifics(who);
    let (name, _) = strip_post_nominals(rest);
    is_name_like(name).then(|| name.to_string())
}

/// Splits a list of people ("Councillors A, B and C (Chair); Officers: X") into single-person
/// entries with their byte ranges in `s`. Descriptions after a name stay with that name
/// ("A Smith, Head of Planning, B Jones" gives two entries). Counts such as "2 members of the
/// public" are dropped.
pub fn split_people(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chunk_start = 0;
    // Chunks between semicolons outside brackets ("Mrs A (Deputy Leader; Cabinet Member for
    // Finance); Mr B").
    // Only the brackets and semicolons count (ASCII bytes, so looked for byte by byte); a
    // list without a semicolon (most) is one chunk.
    let mut depth = 0i32;
    let mut cuts: Vec<usize> = Vec::new();
    if memchr::memchr(b';', s.as_bytes()).is_some() {
        for k in memchr::memchr3_iter(b'(', b')', b';', s.as_bytes()) {
            match s.as_bytes()[k] {
                b'(' => depth += 1,
                b')' => depth = (depth - 1).max(0),
                _ if depth == 0 => cuts.push(k),
                _ => {}
            }
        }
    }
    cuts.push(s.len());
    // Entries ended by semicolons ("A Smith, Head of Roads; B Jones, Officer, Economic
    // Development"): commas inside an entry set off its description.
    let several = cuts.len() > 1;
    let mut from = 0;
    let chunks = cuts.into_iter().map(|c| {
        let chunk = &s[from..c];
        from = c + 1;
        chunk
    });
    for chunk in chunks {
        // "...; and Councillors A, B": the conjunction before the last chunk.
        let t = chunk.trim_start();
        let skip = if t.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("and ")) {
            chunk.len() - t.len() + 4
        } else {
            0
        };
        split_chunk(chunk_start + skip, &chunk[skip..], several, &mut out);
        chunk_start += chunk.len() + 1;
    }
    out
}

fn split_chunk(base: usize, chunk: &str, several: bool, out: &mut Vec<(usize, usize)>) {
    // Parts separated by commas outside brackets.
    // (Room for a few parts from the start: most chunks have several.)
    let mut parts: Vec<(usize, usize)> = Vec::with_capacity(8);
    let mut depth = 0i32;
    let mut start = 0;
    // The brackets and commas are ASCII: their bytes are the characters.
    for i in memchr::memchr3_iter(b'(', b')', b',', chunk.as_bytes()) {
        match chunk.as_bytes()[i] {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                // "Councillor A (Chair) Alderman B (Deputy Chair) Alderman C": cells of a
                // column run together on one line; a title after a closing bracket opens
                // the next person.
                if depth == 0 && title_after_bracket(&chunk[i + 1..]) {
                    parts.push((start, i + 1));
                    start = i + 1;
                }
            }
            _ if depth <= 0 => {
                parts.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push((start, chunk.len()));
    // A plural honorific ("Councillors", "Councilmembers") makes the bare parts after it
    // names: "Councilmembers Jones, Garcia, Nakamura".
    let mut plural = false;
    // (start, end, plural in force, a piece after an "and" split off, the honorifics of
    // the part trimmed when known: a part with no white space at its end has those of the
    // part, as the look trims its start first)
    type Split<'s> = (usize, usize, bool, bool, Option<(bool, &'s str, bool)>);
    let mut split: Vec<Split> = Vec::with_capacity(parts.len());
    for (a, b) in parts {
        let part = &chunk[a..b];
        let found = honorific_rest(part);
        let (hon, _, part_plural) = found;
        if hon {
            plural = part_plural;
        }
        // Split " and " / " & " (outside brackets) when every side reads as a name.
        let cuts = conjunctions(part);
        if cuts.is_empty() {
            // One piece: nothing to split.
            let known = (part.trim_end().len() == part.len()).then_some(found);
            split.push((a, b, plural, false, known));
            continue;
        }
        let mut pieces = Vec::new();
        let mut offset = 0;
        for (x, y) in cuts {
            pieces.push((offset, x));
            offset = y;
        }
        pieces.push((offset, part.len()));
        let all_names = pieces.len() > 1
            && pieces.iter().all(|&(x, y)| {
                let piece = &part[x..y];
                let bare = bare_name(piece);
                is_name_like(&bare)
                    || has_parenthesised_name(piece)
                    // "Clerk Deborah Lunt and Select Board member Samuel Pryor".
                    || title_then_name(&bare).is_some()
                    || (plural && !bare.is_empty())
                    || is_territorial(strip_honorifics(piece).0.as_deref(), &bare)
            });
        if all_names {
            let after_and = |j: usize| j > 0;
            split.extend(
                pieces
                    .iter()
                    .enumerate()
                    .map(|(j, &(x, y))| (a + x, a + y, plural, after_and(j), None)),
            );
        } else {
            split.push((a, b, plural, false, None));
        }
    }
    // Attach descriptions to the name before them.
    let mut current: Option<(usize, usize)> = None;
    // Whether the current entry has two words or more.
    let mut current_full = false;
    // Whether the parts are an address after the current entry.
    let mut address = false;
    // Whether a part that is not a name (an office) was added to the current entry.
    let mut described = false;
    for (k, &(a, b, plural, conj, known)) in split.iter().enumerate() {
        let part = chunk[a..b].trim();
        if part.is_empty() || is_count(part) {
            continue;
        }
        // "Clerk: Mrs J. Penrose, 4 Church Lane, Ashcombe St Mary, EX12 7QT": from a house
        // number on, the parts are the address of the person before, up to a next honorific.
        if current.is_some() && part.starts_with(|c: char| c.is_ascii_digit()) {
            address = true;
        }
        // The part's honorifics, looked for once (and again only for a shorter part below).
        let mut hon = known.unwrap_or_else(|| honorific_rest(part));
        if address && !hon.0 {
            if let Some(c) = current.as_mut() {
                c.1 = b;
            }
            continue;
        }
        address = false;
        // "..., and Ms C Robson Admin Officer": the last entry after its conjunction.
        // So is one after a few words in lower case ("..., together with Mrs B Lloyd").
        let lead_free = Some(after_lower_case_lead(part)).filter(|r| r.len() < part.len());
        // "Dale Sievers, and County Attorney Paul Drees": a serial comma before the last
        // entry, a name (or an office and a name) after its "and", when the entry before has
        // no office of its own set off by commas ("Director of Finance, and Human Resources"
        // goes on with the office).
        let serial_and = || {
            let rest = part.strip_prefix("and ")?.trim_start();
            let bare = bare_of_rest(rest);
            (k > 0 && !described && (is_name_like(&bare) || title_then_name(&bare).is_some()))
                .then_some(rest)
        };
        let serial = if part.starts_with("and ") { serial_and() } else { None };
        let (a, part) = match part.strip_prefix("& ").or(lead_free).or(serial) {
            Some(rest) if k > 0 && (serial.is_some() || honorific_rest(rest).0) => {
                let lead = chunk[a..b].len() - chunk[a..b].trim_start().len();
                hon = honorific_rest(rest);
                (a + lead + part.len() - rest.len(), rest)
            }
            _ => (a, part),
        };
        let titled = hon.0;
        let bare = bare_of_rest(hon.1);
        // Whether a bracket names a person, found at most once and only when a test below
        // asks (it has no side effects, so asking later or not at all changes nothing).
        let paren_cell = std::cell::OnceCell::new();
        let paren_name = || *paren_cell.get_or_init(|| has_parenthesised_name(part));
        // An honorific opens a new person ("Mr B Telfer Deputy Parish Clerk").
        let titled_person = || titled && parse_person(part).is_some();
        // The tests below are asked only for a part after the first (the first part always
        // opens an entry), each only as far as the decision needs; none has side effects.
        let name_like = || {
            is_name_like(&bare)
                || titled_person()
                || paren_name()
                || name_then_initials(part)
                || title_then_name(&bare).is_some()
                || (plural
                    && k > 0
                    && bare.split_whitespace().count() <= 3
                    && !bare.is_empty()
                    && bare.chars().next().is_some_and(char::is_uppercase))
        };
        // A lone capitalised word after a full name is more likely an organisation
        // ("Mia Leyland, Barnardo's"), unless the list is of surnames.
        let lone_after_full = || {
            current.is_some()
                && !plural
                && !paren_name()
                && bare.split_whitespace().count() == 1
                && !titled
                && current_full
        };
        // After an office, the words of an entry ended by a semicolon, or split off at "and",
        // go on with the office ("Service Manager, Economic Development"; "Director of
        // Services, Roads and Climate Action") unless an honorific opens a person.
        let office_goes_on =
            || described && (several || conj) && !plural && !paren_name() && !titled;
        if k == 0 || name_like() && !lone_after_full() && !office_goes_on() {
            if let Some(c) = current.take() {
                out.push((base + c.0, base + c.1));
            }
            current = Some((a, b));
            // The name's words, not a role in brackets after it ("Alvarez (President), Cho
            // (Vice President), Dempsey": a roll call of surnames).
            current_full = bare.split_whitespace().nth(1).is_some();
            described = false;
        } else if let Some(c) = current.as_mut() {
            c.1 = b;
            // A part was added to a non-empty entry: it has two words now (kept as a flag,
            // not counted again, so a long list stays linear).
            current_full = true;
            described = true;
        }
    }
    if let Some(c) = current {
        out.push((base + c.0, base + c.1));
    }
}

/// Whether the text after a closing bracket is a space, then an honorific and a capitalised
/// name ("(Chair) Alderman J Crothers"): the next person of a run of entries without commas.
/// Not a bracket at the end, nor one followed by words that are no title ("(Chair) and
/// Cllr B", split at "and" elsewhere).
fn title_after_bracket(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else { return false };
    let rest = rest.trim_start_matches(' ');
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let (titled, name, _) = honorific_rest(rest);
    titled && name.starts_with(|c: char| c.is_uppercase())
}

/// "City Manager Robert Kline" -> the byte offset of "Robert Kline": an office of one to four
/// words (six with an "and" inside), at least one of them an office word, then a name of two
/// to four words.
pub fn title_then_name(s: &str) -> Option<usize> {
    // The words with their offsets, on the stack: a reading needs two words (an officer and a
    // surname) or an office of one to six words and a name of two to four, so ten words
    // at most; with more, no reading below can match.
    let mut buf = [(0usize, ""); 10];
    let mut n = 0;
    for w in s.split_whitespace() {
        let slot = buf.get_mut(n)?;
        *slot = (w.as_ptr() as usize - s.as_ptr() as usize, w);
        n += 1;
    }
    let words = &buf[..n];
    // A US roll call names officers by office and surname: "Clerk Vanderveen", "Treasurer
    // Kowalski".
    // A board's officers too: "President Harmon", "Vice President Cho".
    let officer_surname = match words {
        [(_, office), (at, surname)] => matches!(
            *office,
            "Clerk"
                | "Treasurer"
                | "Secretary"
                | "Attorney"
                | "Manager"
                | "Engineer"
                | "Auditor"
                | "President"
        )
        .then_some((*at, *surname)),
        [(_, "Vice"), (_, "President"), (at, surname)] => Some((*at, *surname)),
        _ => None,
    };
    if let Some((at, surname)) = officer_surname
        && is_name_like(surname)
        && !is_not_name_word(surname)
    {
        return Some(at);
    }
    for k in 1..words.len().min(7) {
        let name_words = words.len() - k;
        if !(2..=4).contains(&name_words) {
            continue;
        }
        // An office of five or six words joins two offices or subjects with "and" ("Director
        // of Finance and Personnel Jenna Albrecht", "Superintendent of Parks and Facilities
        // Brian Hollister").
        if k > 4 && !words[1..k - 1].iter().any(|(_, w)| *w == "and") {
            continue;
        }
        // A hyphenated office counts by its parts ("Village Clerk-Treasurer Joanne Mancuso").
        let office_word = words[..k].iter().any(|(_, w)| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.trim_end_matches(['.', ',']).split('-').all(is_not_name_word)
        });
        // "Clerk to the Board Amber Faircloth": small words may join the office's words.
        // The office ends with a capitalised word ("Director of Corporate Affairs" is not
        // "Director of" and a person).
        let capitalised = words[..k].iter().enumerate().all(|(j, (_, w))| {
            w.starts_with(|c: char| c.is_uppercase())
                || (j > 0 && j + 1 < k && matches!(*w, "to" | "the" | "of" | "for" | "and"))
                // "Select Board member Samuel Pryor": a member of the body named before.
                || (j > 0 && j + 1 == k && *w == "member")
        });
        let rest = &s[words[k].0..];
        if office_word && capitalised && is_name_like(rest) {
            return Some(words[k].0);
        }
    }
    None
}

/// The name part of an entry: no honorific, brackets or post-nominals.
/// "and from the co-opted member Father Joseph Kelleher": a few words in lower case before
/// an honorific are the sentence around the person, not the name.
fn after_lower_case_lead(s: &str) -> &str {
    if !s.starts_with(|c: char| c.is_lowercase()) {
        return s;
    }
    // Words, not spaces: a run of spaces (blanked text, indentation) is one gap.
    let words = s.match_indices(' ').map(|(p, _)| (p + 1, &s[p + 1..]));
    for (k, (at, w)) in words.filter(|(_, w)| !w.starts_with(' ')).enumerate() {
        if k >= 6 {
            break;
        }
        if w.starts_with(|c: char| c.is_uppercase()) {
            return if honorific_rest(w).0 { &s[at..] } else { s };
        }
    }
    s
}

/// A peer's name with a territorial designation: "Baroness Pemberton of Ledbury", "Lord
/// Smith of Finsbury" (the honorific a peerage title, then a name, "of" and a place).
fn is_territorial(honorific: Option<&str>, name: &str) -> bool {
    // The honorific's last word, taken once (not copied per peerage title).
    let peer = honorific.is_some_and(|h| {
        let last = h.rsplit(' ').next().unwrap_or("");
        PEERAGE.iter().any(|p| last.eq_ignore_ascii_case(p))
    });
    peer && name
        .split_once(" of ")
        .is_some_and(|(who, place)| !who.contains(' ') && is_name_like(who) && is_name_like(place))
}

fn bare_name(part: &str) -> Cow<'_, str> {
    bare_of_rest(honorific_rest(part).1)
}

/// [`bare_name`] of a part whose honorifics are already stripped (`rest`, the second item of
/// [`honorific_rest`]).
fn bare_of_rest(rest: &str) -> Cow<'_, str> {
    // A list's closing full stop is not part of its last name.
    let name_len = |p: &str| strip_post_nominals(p.trim_end_matches(['.', ';']).trim_end()).0.len();
    match strip_parens(rest) {
        Cow::Borrowed(p) => Cow::Borrowed(&p[..name_len(p)]),
        Cow::Owned(mut p) => {
            // The same prefix, cut in place (a prefix's length is a character boundary).
            p.truncate(name_len(&p));
            Cow::Owned(p)
        }
    }
}

/// "Head of Planning (Mrs C. Ridley)": an office with the name in brackets; "Executive
/// Officer (Mrs J. Whitmore – minutes)": a duty in lower case after a dash may follow it.
pub fn has_parenthesised_name(part: &str) -> bool {
    bracket_groups(part).any(|(_, inner)| {
        let inner = [" – ", " - ", " — "]
            .iter()
            .find_map(|d| inner.split_once(d))
            .filter(|(_, duty)| duty.starts_with(|c: char| c.is_lowercase()))
            .map_or(inner, |(who, _)| who);
        let (hon, rest, _) = honorific_rest(inner);
        let bare = strip_post_nominals(rest).0;
        is_name_like(bare) && (hon || bare.split_whitespace().count() >= 2)
    })
}

/// Byte ranges of " and " / " & " outside brackets.
fn conjunctions(part: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    // " and " in any ASCII case, byte for byte (no lower-cased copy).
    let bytes = part.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b' ' if depth <= 0 => {
                if bytes.get(i..i + 5).is_some_and(|w| w.eq_ignore_ascii_case(b" and ")) {
                    out.push((i, i + 5));
                    i += 5;
                    continue;
                }
                if bytes[i..].starts_with(b" & ") {
                    out.push((i, i + 3));
                    i += 3;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// `s` without its brackets ([`bracket_groups`]), trimmed.
fn strip_parens(s: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut last = 0;
    for (whole, _) in bracket_groups(s) {
        out.push_str(&s[last..whole.start]);
        last = whole.end;
    }
    if last == 0 {
        return Cow::Borrowed(s.trim());
    }
    out.push_str(&s[last..]);
    // `out.trim()`, cut in place: its end, then its start.
    let end = out.trim_end().len();
    out.truncate(end);
    let start = out.len() - out.trim_start().len();
    out.drain(..start);
    Cow::Owned(out)
}

/// Words that count people: "2", "no", "three", "several".
pub const COUNT_WORD: &str =
    r"(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a number of)";

/// People counted rather than named: "members of the public", "residents", "electors".
pub const PUBLIC: &str = r"(?:members?\s+of\s+(?:the\s+)?(?:public|media|press)|public|residents?|parishioners|(?:local\s+)?electors|people|persons|visitors|guests|press|media)";

static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(&format!(
        r"(?i)^{COUNT_WORD}(?-u:\b).*(?-u:\b)(?:{PUBLIC}|others|members?)(?-u:\b)"
    ))
    .unwrap()
});

/// "2 members of the public", "three residents", "No members of the public".
/// "Two members of the public", "3 residents": people counted, not named.
pub fn is_count(s: &str) -> bool {
    let t = s.trim();
    may_be_count(t) && COUNT.is_match(t)
}

/// Whether [`is_count`]'s pattern can match `t` (trimmed), by a look at its start: the
/// pattern opens with digits or a count word and a word boundary, so `t` opens with an ASCII
/// digit (`\d` is narrowed to them), or with a character that is not ASCII (case-insensitive
/// "s" also matches "ſ"), or its first run of ASCII letters is a whole count word ("a" of "a
/// number of"; inside a run of letters there is no word boundary).
fn may_be_count(t: &str) -> bool {
    const WORDS: [&str; 15] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "several", "many", "some", "a",
    ];
    let b = t.as_bytes();
    let Some(&first) = b.first() else { return false };
    if first.is_ascii_digit() || !first.is_ascii() {
        return true;
    }
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    WORDS.iter().any(|w| b[..n].eq_ignore_ascii_case(w.as_bytes()))
}

/// Plural honorific of a list ("Councillors" -> "Councillor") for each member.
pub fn singular_honorific(h: &str) -> String {
    let lower = h.to_lowercase();
    if lower == "cllrs" {
        return "Cllr".to_string();
    }
    if lower == "aldermen" {
        return "Alderman".to_string();
    }
    match h.strip_suffix('s') {
        Some(s) if PLURAL.contains(&lower.as_str()) => s.to_string(),
        _ => h.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Person {
        parse_person(s).unwrap_or_else(|| panic!("no person in {s:?}"))
    }

    proptest::proptest! {
        /// The look at the start never turns away a count the pattern finds.
        #[test]
        fn the_count_look_keeps_every_count(
            s in r"(?:\s|[0-9]|No|no|NONE|one|Two|three|ſix|seven|Several|many|some|a|A number of|number|of|members?|of the public|others|residents|press|x|é|_|\.|,){0,10}"
        ) {
            if COUNT.is_match(s.trim()) {
                proptest::prop_assert!(may_be_count(s.trim()));
            }
        }

        #[test]
        fn non_name_marks_are_the_characters_listed(s in "[a-zA-Z0-9 ():;/@&\"“”‘’?!.é-]{0,12}") {
            let listed = s.chars().any(|c| c.is_ascii_digit())
                || s.contains(['(', ')', ':', ';', '/', '@', '&', '"', '“', '”', '?', '!']);
            proptest::prop_assert_eq!(has_non_name_mark(&s), listed);
        }

        /// The look at the first letter never turns away a substitution the pattern reads.
        #[test]
        fn the_substitute_look_keeps_every_match(
            s in r"(?:As|a|A |SUB|ſub|Substitute|substituting|deputising|Deputy|replacing|In place|Standing in|alternate|seated|member|for|of|Cllr X| |\t|\n|\u{a0}|é|x|K){0,8}"
        ) {
            let t = s.trim();
            if SUBSTITUTE.is_match(t) {
                proptest::prop_assert!(t.starts_with(['a', 'A', 's', 'S', 'ſ', 'd', 'D', 'r', 'R', 'i', 'I']));
            }
        }

        /// The byte-by-byte reading of ASCII text is the character reading.
        #[test]
        fn the_ascii_name_reading_is_the_char_reading(
            s in r"(?:Jo|Ann|A\.|B\.C\.|de|van|hUi|nU|Clerk|Clerk-Treasurer|Smith-Clerk|O'Brien|,|\.|-|x|1|\(|:|&| |\t|\n|\x0b){0,9}"
        ) {
            let t = s.trim();
            if !t.is_empty() && t.len() <= 60 {
                proptest::prop_assert_eq!(is_ascii_name_like(t), is_name_like_chars(t));
            }
        }

        /// The table look finds the honorifics whose first word is the text's first word
        /// ([`first_word_key`], any ASCII case), in the order listed: what the look did when
        /// it took the whole first word before asking the table.
        #[test]
        fn the_honorific_look_is_the_first_word_filter(
            s in r"(?:Cllr|COUNCILLOR|councillors|Vice|vice-chair|Rt\.|hon|Mr|s/sgt|PCSO|Deputy|Lord|é|ſ|\u{a0}|\u{2003}| |\t|\.|x|aaaaaaaaaaaaaaaa){0,6}",
        ) {
            let key = first_word_key(&s);
            let want: Vec<&str> = HONORIFICS
                .iter()
                .copied()
                .filter(|h| first_word_key(h).eq_ignore_ascii_case(key))
                .collect();
            let got: Vec<&str> = honorifics_led_by(&s).iter().map(|h| h.text).collect();
            proptest::prop_assert_eq!(got, want);
            // And what it gives is measured as the full look measures it.
            for h in honorifics_led_by(&s) {
                proptest::prop_assert_eq!(led_honorific_len(&s, h), honorific_len(&s, h));
            }
        }

        /// The brackets read by hand are the pattern's matches and groups.
        #[test]
        fn the_bracket_reading_is_the_pattern(s in r"(?:\(|\)| |\t|\n|\u{a0}|\u{2003}|Cllr|A|é|,|x){0,16}") {
            let by_hand: Vec<(std::ops::Range<usize>, &str)> = bracket_groups(&s).collect();
            let by_pattern: Vec<(std::ops::Range<usize>, &str)> = ROLE_PAREN
                .captures_iter(&s)
                .map(|c| (c.get(0).unwrap().range(), c.get(1).unwrap().as_str()))
                .collect();
            proptest::prop_assert_eq!(by_hand, by_pattern);
        }

        /// The stems looked for letter by letter are the stems of the list.
        #[test]
        fn the_role_stem_look_is_the_list(s in r"(?:chair|CHAI|presid|Provost|MAYOR|minut|Secretary|gadeirydd|judg|judge|clerk|conven|cadeirydd|cathaoirleach|chathaoirleach|c|p|m|s|g|j|x|é| ){0,8}") {
            proptest::prop_assert_eq!(has_role_stem(&s), ROLE_STEMS.is_in(&s));
        }

        /// The ASCII reading of a name token is the character reading.
        #[test]
        fn the_ascii_name_token_is_the_char_reading(s in r"(?:[A-Za-z.'\-]|de|van|st\.|o'|ní){0,6}") {
            let by_chars = {
                // The character path, as `is_name_token` takes it for text that is not ASCII.
                let mut chars = s.chars();
                match chars.next() {
                    None => false,
                    Some(first) => {
                        let rest = chars.as_str();
                        if first.is_uppercase() {
                            let body = rest.strip_suffix('.').unwrap_or(rest);
                            body.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
                                || {
                                    let mut cs = s.chars();
                                    loop {
                                        match (cs.next(), cs.next()) {
                                            (None, _) => break true,
                                            (Some(u), Some('.')) if u.is_uppercase() => {}
                                            _ => break false,
                                        }
                                    }
                                }
                        } else if PARTICLES.contains(&s.as_str()) {
                            true
                        } else {
                            let mut cs = rest.chars();
                            matches!(first, 'h' | 'n' | 't')
                                && cs.next().is_some_and(char::is_uppercase)
                                && cs.all(|c| c.is_alphabetic() || c == '-')
                        }
                    }
                }
            };
            proptest::prop_assert_eq!(is_name_token(&s), by_chars);
        }

        /// The byte split of ASCII words is `split_whitespace`.
        #[test]
        fn the_ascii_word_split_is_split_whitespace(s in r"(?:Jo|A\.|x| |\t|\n|\x0b|\x0c|\r|é|\u{a0}){0,12}") {
            let mut words = [""; 6];
            let got = first_six_words(&s, &mut words).map(|n| words[..n].to_vec());
            let all: Vec<&str> = s.split_whitespace().collect();
            let want = (all.len() <= 6).then_some(all);
            proptest::prop_assert_eq!(got, want);
        }

        /// The one-pass separator search gives what a search per separator gives.
        #[test]
        fn the_separator_scan_is_the_searches(
            s in r"(?:Jane| |Doe|,|, |OBE|\t| - | – | — | · |-|·|Chair|é)*",
            from in 0usize..8
        ) {
            let from = (0..=from.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap_or(0);
            let rest = &s[from..];
            let at = |sep: &'static str| {
                rest.find(sep).filter(|&p| !s[..from + p].trim().is_empty()).map(|p| (from + p, sep))
            };
            let want = at("\t").or_else(|| {
                SEPARATORS.into_iter().filter_map(at).min_by_key(|(p, _)| *p)
            });
            proptest::prop_assert_eq!(first_separator(&s, from), want);
        }
    }

    #[test]
    fn a_title_in_two_languages_with_a_slash_is_one_honorific() {
        let e = p("Cyng. / Cllr Eleri Wyn Jenkins (Arweinydd / Leader) (Cadeirydd / Chair)");
        assert_eq!((e.name.as_str(), e.role), ("Eleri Wyn Jenkins", Some(Role::Chair)));
        assert_eq!(e.honorific.as_deref(), Some("Cyng / Cllr"));
        assert_eq!(p("Cynghorydd / Councillor Alun ap Rhys").name, "Alun ap Rhys");
        // Trap: a slash before a name, not a second title, stays out of the honorific.
        let (hon, rest, _) = strip_honorifics("Cyng. / Rhodri Bowen");
        assert_eq!((hon.as_deref(), rest), (Some("Cyng"), "/ Rhodri Bowen"));
    }

    #[test]
    fn a_clerks_qualification_is_a_post_nominal() {
        let e = p("Mrs Sally Ferris PSLCC (Town Clerk and RFO)");
        assert_eq!((e.name.as_str(), e.post_nominals.as_deref()), ("Sally Ferris", Some("PSLCC")));
        // Trap: the letters in lower case are a word, not a post-nominal.
        assert!(!is_post_nominal("Pslcc"));
    }

    #[test]
    fn presided_after_the_name() {
        let e = p("Councillor Úna Prendergast presided");
        assert_eq!((e.name.as_str(), e.role), ("Úna Prendergast", Some(Role::Chair)));
        // Trap: a name that only ends in the letters.
        assert_eq!(p("Councillor Ann Copresided").role, None);
    }

    #[test]
    fn a_village_president_is_a_title() {
        let e = p("Village President Carla Mendenhall");
        assert_eq!(
            (e.name.as_str(), e.honorific.as_deref()),
            ("Carla Mendenhall", Some("Village President"))
        );
        // Trap: "Village" alone is no title.
        assert_eq!(strip_honorifics("Village Carla Mendenhall").0, None);
    }

    #[test]
    fn a_constable_is_a_police_rank() {
        assert_eq!(p("Cst. Patrick Dumont, RCMP (Item 5.1 only)").name, "Patrick Dumont");
        assert_eq!(p("Cst 4471 Amy Fenwick").name, "Amy Fenwick");
        // Trap: a word that only starts with the letters is no rank.
        assert_eq!(strip_honorifics("Cstl Patrick Dumont").0, None);
    }

    #[test]
    fn a_title_spread_over_a_line_break_is_one_honorific() {
        let (hon, rest, _) = strip_honorifics("Vice\n           Mayor Pettigrew");
        assert_eq!((hon.as_deref(), rest), (Some("Vice Mayor"), "Pettigrew"));
        assert_eq!(p("Vice   Mayor Pettigrew").role, Some(Role::ViceChair));
        assert_eq!(honorific_len("Vice Chancellor X", &Honorific::new("vice mayor")), None);
        assert!(starts_a_title("Vice", "Mayor"));
        assert!(starts_a_title("Deputy", "Lord"));
        assert!(!starts_a_title("Hennigan", "Councillor"));
    }

    #[test]
    fn a_dash_before_in_the_chair_and_semicolons_in_brackets() {
        let x = p("Councillor Sir Roger Whitlam (Leader of the Council) - in the Chair");
        assert_eq!((x.name.as_str(), x.role), ("Roger Whitlam", Some(Role::Chair)));
        let s = "Mrs Janet Okoro (Deputy Leader; Cabinet Member for Finance); Mr B Lee";
        let parts: Vec<&str> = split_people(s).into_iter().map(|(a, b)| s[a..b].trim()).collect();
        assert_eq!(
            parts,
            ["Mrs Janet Okoro (Deputy Leader; Cabinet Member for Finance)", "Mr B Lee"]
        );
        assert_eq!(role_of("Chair of the Authority"), Some(Role::Chair));
        assert_eq!(role_of("Leas-            Chathaoirleach"), Some(Role::ViceChair));
        assert_eq!(role_of("Leas- Chathaoirleach"), Some(Role::ViceChair));
        // A rural municipality's Reeve and a county's Warden head its council.
        assert_eq!(role_of("Reeve:"), Some(Role::Chair));
        assert_eq!(role_of("Deputy Reeve"), Some(Role::ViceChair));
        // An office and the chair, set apart by a spaced dash.
        assert_eq!(role_of("Mayor – Chairperson"), Some(Role::Chair));
        assert_eq!(role_of("Deputy Mayor — Councillor"), Some(Role::ViceChair));
        assert_eq!(role_of("County Warden"), Some(Role::Chair));
        assert_eq!(role_of("Deputy Warden"), Some(Role::ViceChair));
        // Traps: a warden of something else, a reeve's office named with its place.
        assert_eq!(role_of("Tree Warden"), None);
        assert_eq!(role_of("Footpaths Warden"), None);
        // A US town's Deputy Supervisor is its deputy head, as a Deputy Mayor.
        assert_eq!(role_of("Deputy Supervisor"), Some(Role::ViceChair));
        assert_eq!(role_of("Deputy Supervisor / Council Member"), Some(Role::ViceChair));
        // Traps: the Supervisor alone, a deputy supervisor of something else.
        assert_eq!(role_of("Supervisor"), None);
        assert_eq!(role_of("Deputy Supervisor of Elections"), None);
    }

    #[test]
    fn a_verb_after_a_name_is_not_part_of_it() {
        for s in ["Councillor Bettencourt substituted", "Cllr Lister attended"] {
            assert!(parse_person(s).is_none_or(|x| !x.name.contains(' ')), "{s}");
        }
        assert!(is_not_name_word("substituted"));
    }

    #[test]
    fn australian_clrs_is_a_plural_honorific() {
        assert_eq!(p("Clrs Ross McAlister").name, "Ross McAlister");
        assert_eq!(singular_honorific("Clrs"), "Clr");
    }

    #[test]
    fn civic_titles_are_not_names() {
        assert_eq!(p("Depute Provost Hamish Dunbar").name, "Hamish Dunbar");
        assert_eq!(p("Deputy Provost A Lee").name, "A Lee");
        // An office ("Depute Assessor"), a service ("Older Persons") or a body's acronym
        // ("HSE <region>") after a person's name and office is no person.
        for s in ["Depute Assessor", "Older Persons", "HSE Shannon-Midlands"] {
            assert!(parse_person(s).is_none_or(|x| x.description.is_some()), "{s}");
            assert!(!is_name_like(s), "{s}");
        }
        // Trap: the names beside them are still names.
        assert_eq!(p("Lesley Anstruther").name, "Lesley Anstruther");
    }

    #[test]
    fn roles_in_brackets_and_of_the_council() {
        assert_eq!(role_of("Non-Executive Member (Deputy Chair)"), Some(Role::ViceChair));
        // "Committee Chair": the chair of the committee meeting, named by its kind.
        assert_eq!(role_of("Independent Member (Committee Chair)"), Some(Role::Chair));
        assert_eq!(role_of("Independent Member (Committee Vice-Chair)"), Some(Role::ViceChair));
        // Trap: another committee's chair, named, is not the meeting's.
        assert_eq!(role_of("Audit Committee Chair"), None);
        assert_eq!(role_of("Shire President (Presiding Member)"), Some(Role::Chair));
        assert_eq!(role_of("Deputy Presiding Member"), Some(Role::ViceChair));
        // A chair described as independent, interim or acting still chairs; an independent
        // member does not.
        assert_eq!(role_of("Independent Chair"), Some(Role::Chair));
        assert_eq!(role_of("Acting Chairman"), Some(Role::Chair));
        assert_eq!(role_of("Independent Member"), None);
        assert_eq!(p("Deputy Mayor Cr Jo Bloggs").role, Some(Role::ViceChair));
        // A lord mayor's style before the office: the office's role, the name after both.
        let lm = p("The Right Worshipful Lord Mayor Kon Stavrakis");
        assert_eq!((lm.name.as_str(), lm.role), ("Kon Stavrakis", Some(Role::Chair)));
        // Trap: the style alone before a name gives no office.
        let w = p("The Worshipful Ann Lee");
        assert_eq!((w.name.as_str(), w.role), ("Ann Lee", None));
        assert_eq!(role_of("Deputy Shire President"), Some(Role::ViceChair));
        assert_eq!(role_of("Vice-Chairman of the Council"), Some(Role::ViceChair));
        assert_eq!(role_of("Chair (Clerk)"), Some(Role::Clerk));
        assert_eq!(role_of("Director of Finance (s151 Officer)"), None);
        assert_eq!(role_of("Margaret Eldridge (Chair)"), None);
        assert_eq!(role_of("Cllr Lee (Vice-Chair)"), None);
        assert_eq!(role_of("(Chair)"), Some(Role::Chair));
    }

    #[test]
    fn a_role_with_a_qualifier_presiding_or_from_a_minute() {
        assert_eq!(role_of("Chairman – presiding"), Some(Role::Chair));
        assert_eq!(role_of("Vice-Chair, presiding"), Some(Role::Chair));
        assert_eq!(role_of("Vice-Chairman from minute AM/25/02"), Some(Role::ViceChair));
        assert_eq!(role_of("Chair until item 7"), Some(Role::Chair));
        // Traps: not an office, or a qualifier that is not a point of the meeting.
        assert_eq!(role_of("Treasurer – presiding"), None);
        assert_eq!(role_of("Chairman from Wexford"), None);
        assert_eq!(role_of("Judge Pro Tem"), Some(Role::ViceChair));
        assert_eq!(role_of("pro-mayor"), Some(Role::ViceChair));
        assert_eq!(role_of("County Judge"), None);
        assert_eq!(role_of("Clerk from item 3"), None);
    }

    #[test]
    fn a_lower_case_lead_over_a_run_of_spaces() {
        assert_eq!(after_lower_case_lead("and             Mrs Eileen Tran"), "Mrs Eileen Tran");
        // Trap: past six words the lead is a sentence, kept.
        let s = "and then one two three four five Mrs Tran";
        assert_eq!(after_lower_case_lead(s), s);
    }

    #[test]
    fn a_moderator_or_sheriff_before_the_name_is_an_office() {
        assert_eq!(
            people(
                "Vice Chair Owen Mbeki, Clerk Deborah Lunt and Select Board member Samuel Pryor"
            ),
            ["Vice Chair Owen Mbeki", "Clerk Deborah Lunt", "Select Board member Samuel Pryor"]
        );
        // Trap: an office whose last words are joined by "and" stays one office.
        assert_eq!(
            people("Jane Hart, Director of Finance and Resources"),
            ["Jane Hart, Director of Finance and Resources"]
        );
        let m = p("Town Moderator Eleanor P. Whitcomb");
        assert_eq!(m.name, "Eleanor P. Whitcomb");
        assert_eq!(p("Sheriff Bo Tankersley").name, "Bo Tankersley");
        assert_eq!(p("Hon. Ramona Ybarra").name, "Ramona Ybarra");
        assert_eq!(p("Senior Planner Colin Marsh").name, "Colin Marsh");
        let q = p("Councillor Ann Lee (local member,        )");
        assert_eq!(q.description.as_deref(), Some("local member"));
        // Trap: a comma inside the description stays.
        let q = p("Ann Lee (Head of Finance, Audit)");
        assert_eq!(q.description.as_deref(), Some("Head of Finance, Audit"));
        // Trap: a name that merely starts with a capitalised word stays whole.
        assert_eq!(p("Eleanor P. Whitcomb").name, "Eleanor P. Whitcomb");
    }

    #[test]
    fn long_offices_with_and_religious_titles_and_runs_of_titled_names() {
        let s = "Director of Finance and Personnel Jenna Albrecht";
        assert_eq!(title_then_name(s).map(|k| &s[k..]), Some("Jenna Albrecht"));
        // Trap: five office words without "and" are no office of five.
        assert_eq!(title_then_name("Head of the Office of the Chief Ann Lee"), None);
        // A title followed by "of" is an office.
        assert_eq!(
            p("Superintendent of Parks and Facilities Brian Hollister").name,
            "Brian Hollister"
        );
        // Trap: the title before a name is still one.
        let q = p("Superintendent Brian Hollister");
        assert_eq!(
            (q.name.as_str(), q.honorific.as_deref()),
            ("Brian Hollister", Some("Superintendent"))
        );
        assert_eq!(p("Rabbi D. Lenz (Judaism)").name, "D. Lenz");
        assert_eq!(p("The Revd Canon M. Hale").name, "M. Hale");
        assert!(parse_person("Cathaoirleach (Item 1)").is_none());
        let s =
            "Councillor N McAtamney (Chair) Alderman J Crothers (Deputy Chair) Alderman W Gibson";
        assert_eq!(split_people(s).len(), 3);
        // Traps: a bracket before "and", a bracket before an office word.
        assert_eq!(split_people("Cllr A Lee (Chair) and Cllr B Hart").len(), 2);
        assert_eq!(split_people("Mr C Dunn (Clerk) Finance Officer").len(), 1);
    }

    #[test]
    fn offices_with_small_words_before_a_name() {
        let s = "Clerk to the Board Amber Faircloth";
        assert_eq!(title_then_name(s).map(|k| &s[k..]), Some("Amber Faircloth"));
        assert_eq!(title_then_name("Director of Corporate Affairs"), None);
        assert_eq!(title_then_name("Freedom to Speak Up Guardian"), None);
        assert_eq!(p("Clerk Vanderveen").name, "Vanderveen");
        assert_eq!(title_then_name("Clerk Officer"), None);
        assert_eq!(
            p("and from the co-opted member Father Joseph Kelleher").name,
            "Joseph Kelleher"
        );
        assert_eq!(p("Baroness Pemberton of Ledbury").name, "Baroness Pemberton of Ledbury");
        assert_eq!(p("Mr Marcus Hale QFSM").name, "Marcus Hale");
        assert!(parse_person("Pemberton of Ledbury").is_none());
    }

    #[test]
    fn honorific_post_nominals_role() {
        let x = p("Mrs B. Seaton CC (in the Chair)");
        assert_eq!(x.name, "B. Seaton");
        assert_eq!(x.honorific.as_deref(), Some("Mrs"));
        assert_eq!(x.post_nominals.as_deref(), Some("CC"));
        assert_eq!(x.role, Some(Role::Chair));
        assert_eq!(p("Mrs. H. J. Fryer CC").name, "H. J. Fryer");
        assert_eq!(
            p("County Councillor Ian Brown").honorific.as_deref(),
            Some("County Councillor")
        );
        let c = p("Craig Whittaker MP, Chair");
        assert_eq!((c.name.as_str(), c.role), ("Craig Whittaker", Some(Role::Chair)));
    }

    #[test]
    fn descriptions() {
        let x = p("Trevor Akerman, Head of Leaving Care Services, London Borough of Richmond");
        assert_eq!(x.name, "Trevor Akerman");
        assert_eq!(
            x.description.as_deref(),
            Some("Head of Leaving Care Services, London Borough of Richmond")
        );
        assert_eq!(p("Dr Maggie Atkinson, Children's Commissioner").name, "Maggie Atkinson");
        let l = p("Lord Listowel, Vice Chair");
        assert_eq!((l.name.as_str(), l.role), ("Lord Listowel", Some(Role::ViceChair)));
        assert_eq!(p("Jane Doe, OBE, Director of Finance").post_nominals.as_deref(), Some("OBE"));
        assert_eq!(p("Mrs D Evans (Clerk)").role, Some(Role::Clerk));
        assert_eq!(
            p("Cllr A Smith (substitute for Cllr B Jones)").substitute_for.as_deref(),
            Some("B Jones")
        );
    }

    #[test]
    fn name_tokens() {
        for t in ["Smith", "O'Brien", "Jean-Paul", "B.", "H.J.", "van", "Ó", "hÉigeartaigh", "Ní"]
        {
            assert!(is_name_token(t), "{t}");
        }
        for t in ["smith", "H.j.", "2nd", "Smith)", "", "tuesday", "A.B"] {
            assert!(!is_name_token(t), "{t}");
        }
        assert!(NOT_NAME_WORDS.windows(2).all(|w| w[0] < w[1]), "sorted, no word twice");
        assert!(NOT_NAME_WORDS.iter().all(|w| is_not_name_word(w)), "every word is found");
        for h in HONORIFICS {
            let has = |found: &[Honorific]| found.iter().any(|x| x.text == *h);
            assert!(has(honorifics_led_by(h)), "{h} is found by its first word");
            assert!(has(honorifics_led_by(&h.to_uppercase())), "{h} in capitals");
            let text = format!("{} Smith", h.to_uppercase());
            for x in honorifics_led_by(&text) {
                assert_eq!(led_honorific_len(&text, x), honorific_len(&text, x), "{h}");
            }
        }
        assert!(is_not_name_word("Council") && is_not_name_word("OFFICIALS"));
        assert!(!is_not_name_word("Councillor") && !is_not_name_word("Brown"));
    }

    #[test]
    fn not_people() {
        assert!(parse_person("Topic: The role of the personal advisor").is_none());
        assert!(parse_person("Lancashire County Council").is_none());
        assert!(parse_person("None").is_none());
    }

    #[test]
    fn plural_titles_companies_hyphenated_offices_and_roles_of_other_bodies() {
        assert_eq!(
            people("Directors Ana Castellanos and Peter Whitlock"),
            ["Directors Ana Castellanos", "Peter Whitlock"]
        );
        assert_eq!(p("Directors Ana Castellanos").name, "Ana Castellanos");
        // A company after a person is a description, not a person.
        assert_eq!(
            people("Jonathan Reyes, Carollo Engineers"),
            ["Jonathan Reyes, Carollo Engineers"]
        );
        // The brackets after a title and a name stay with the person.
        let d = p("Director Frank Pereira (excused)");
        assert_eq!(d.name, "Frank Pereira");
        assert!(d.description.as_deref().is_some_and(|d| d.contains("excused")), "{d:?}");
        assert_eq!(p("Village Clerk-Treasurer Joanne Mancuso").name, "Joanne Mancuso");
        // A board's president and vice president by surname, as a roll call gives them.
        let pr = p("President Harmon");
        assert_eq!((pr.name.as_str(), pr.role), ("Harmon", Some(Role::Chair)));
        let vp = p("Vice President Cho");
        assert_eq!((vp.name.as_str(), vp.role), ("Cho", Some(Role::ViceChair)));
        // Traps: an office word after it is no surname; "Vice" alone before one is no office.
        assert_eq!(title_then_name("President Board"), None);
        assert_eq!(title_then_name("Vice Cho"), None);
        assert!(is_name_like("Alison Pemberton-Yates"));
        let c = p("Dame Patricia Ellworthy DBE (Chair of Trustees)");
        assert_eq!((c.name.as_str(), c.role), ("Patricia Ellworthy", Some(Role::Chair)));
        let r = p("Councillor R. Garside (Town Mayor) in the Chair");
        assert_eq!((r.name.as_str(), r.role), ("R. Garside", Some(Role::Chair)));
        assert_eq!(role_of("Vice Convener, Finance and Resources Committee"), None);
        assert_eq!(role_of("Parish Council rep, Vice-Chair"), Some(Role::ViceChair));
        assert_eq!(
            p("Cyng. Meirion Jenkins (Is-Gadeirydd / Vice-Chair)").role,
            Some(Role::ViceChair)
        );
    }

    #[test]
    fn an_address_after_a_name_is_not_a_person() {
        assert_eq!(
            people("Mrs J. Penrose, 4 Church Lane, Ashcombe St Mary, EX12 7QT, Mr K. Lee"),
            ["Mrs J. Penrose, 4 Church Lane, Ashcombe St Mary, EX12 7QT", "Mr K. Lee"]
        );
        assert_eq!(
            people("Cllr A Smith, 2 members of the public, Cllr B Jones"),
            ["Cllr A Smith", "Cllr B Jones"]
        );
    }

    fn people(s: &str) -> Vec<&str> {
        split_people(s).into_iter().map(|(a, b)| s[a..b].trim()).collect()
    }

    #[test]
    fn office_after_bracketed_initials() {
        let p = parse_person("Jenny Thorne (JT) Chair").unwrap();
        assert_eq!((p.name.as_str(), p.role), ("Jenny Thorne", Some(Role::Chair)));
        let p = parse_person("Tony Meade (TM) Parish Council rep.").unwrap();
        assert_eq!(p.name, "Tony Meade");
        // Trap: initials with nothing after them, and brackets that are not initials.
        assert_eq!(parse_person("Graham Fielding (GF)").unwrap().name, "Graham Fielding");
        assert!(!is_bracketed_initials("Chair") && !is_bracketed_initials("J"));
        assert!(!is_bracketed_initials("SBM/HT"));
        assert_eq!(
            people("Jenny Thorne (JT) Chair, Paul Whitlock (PW) Treasurer, Anita Sharma (AS)"),
            ["Jenny Thorne (JT) Chair", "Paul Whitlock (PW) Treasurer", "Anita Sharma (AS)"]
        );
        // Traps: no words after the initials, and no name before them.
        assert!(!name_then_initials("Ann Bell (AB)"));
        assert!(!name_then_initials("the clerk (TC) reported"));
    }

    #[test]
    fn a_substitute_for_a_member_with_a_seat() {
        let got = p(
            "Alternate Director Tomas Wisniewski for Director Gail Ferrier – District of Cedar Point",
        );
        assert_eq!(got.name, "Tomas Wisniewski");
        assert_eq!(got.substitute_for.as_deref(), Some("Gail Ferrier"));
        // Trap: "for" and words that are not a member's name stay a description.
        assert!(
            parse_person("Ann Lee – Manager for Parks and Open Spaces")
                .is_some_and(|p| p.substitute_for.is_none())
        );
    }

    #[test]
    fn serial_comma_before_last_entry() {
        assert_eq!(
            people("Dale Sievers, and County Attorney Paul Drees"),
            ["Dale Sievers", "County Attorney Paul Drees"]
        );
        assert_eq!(
            people("Ann Bell, Tom Cole, and Sue Dart"),
            ["Ann Bell", "Tom Cole", "Sue Dart"]
        );
        // Trap: after an office set off by commas, the words after "and" go on with it.
        assert_eq!(
            people("Tom Cole, Director of Finance, and Human Resources"),
            ["Tom Cole, Director of Finance, and Human Resources"]
        );
    }

    #[test]
    fn splits_lists() {
        assert_eq!(
            people("Councillors Smith, Jones and Patel"),
            ["Councillors Smith", "Jones", "Patel"]
        );
        assert_eq!(
            people(
                "Cllr A Smith (Chairman), Cllr B Jones, Mrs D Evans (Clerk), 2 members of the public"
            ),
            ["Cllr A Smith (Chairman)", "Cllr B Jones", "Mrs D Evans (Clerk)"]
        );
        assert_eq!(
            people("Martin Hazlehurst, National Manager, Catch 22 NCAS"),
            ["Martin Hazlehurst, National Manager, Catch 22 NCAS"]
        );
        assert_eq!(
            people("Liz Donnelly-Nelson, Barbara Bath, Jane Hylton and Kirsty Clarke"),
            ["Liz Donnelly-Nelson", "Barbara Bath", "Jane Hylton", "Kirsty Clarke"]
        );
        assert_eq!(
            people("Cathaoirleach Cllr X Byrne; Councillors A Ryan, B Walsh"),
            ["Cathaoirleach Cllr X Byrne", "Councillors A Ryan", "B Walsh"]
        );
    }

    #[test]
    fn reeves_trustees_police_ranks_and_a_rank_that_is_a_given_name() {
        let r = p("Reeve Ann Holm");
        assert_eq!((r.name.as_str(), r.role), ("Ann Holm", Some(Role::Chair)));
        let d = p("Deputy Reeve Bo Lind");
        assert_eq!((d.name.as_str(), d.role), ("Bo Lind", Some(Role::ViceChair)));
        // A county's Warden heads its council as a Reeve does.
        let w = p("Warden Gail Moss (District 4), presiding");
        assert_eq!((w.name.as_str(), w.role), ("Gail Moss", Some(Role::Chair)));
        let d = p("Deputy Warden Ross Hale (District 2)");
        assert_eq!((d.name.as_str(), d.role), ("Ross Hale", Some(Role::ViceChair)));
        // Trap: a warden of something else is no title before a name.
        assert!(parse_person("Tree Warden Ann Holm").is_none_or(|x| x.role != Some(Role::Chair)));
        assert_eq!(p("Trustee Mara Quist").name, "Mara Quist");
        assert_eq!(p("S/Sgt. Ian Moor, North Detachment").name, "Ian Moor");
        assert_eq!(p("PCSO 1234 Kim Vale").name, "Kim Vale");
        assert_eq!(p("PC 77 Jones").name, "Jones");
        let t = p("Cllr the Rev. T. Marsh");
        assert_eq!((t.name.as_str(), t.honorific.as_deref()), ("T. Marsh", Some("Cllr the Rev")));
        assert_eq!(
            p("Commissioner Earl \"Sonny\" Bragg (District 4)").name,
            "Earl \"Sonny\" Bragg"
        );
        assert_eq!(p("Earl T. Vance").name, "Earl T. Vance");
        assert_eq!(p("Earl Grey").name, "Earl Grey");
        assert!(is_not_name_word("Office") && is_not_name_word("supervisor"));
    }

    #[test]
    fn an_office_goes_on_in_a_semicolon_list_and_after_and() {
        assert_eq!(
            people("Ann Roe, Service Manager, Economic Growth; Bo Kay, Solicitor"),
            ["Ann Roe, Service Manager, Economic Growth", "Bo Kay, Solicitor"]
        );
        assert_eq!(
            people("Mr Al Ng, Director of Services, Parks, Libraries and Leisure Facilities"),
            ["Mr Al Ng, Director of Services, Parks, Libraries and Leisure Facilities"]
        );
        // Not when the names after the office come first in their "and" list.
        assert_eq!(
            people("Mrs A Brown, Clerk, John Smith and Ann Lee"),
            ["Mrs A Brown, Clerk", "John Smith", "Ann Lee"]
        );
        assert!(is_count("One member of the media"));
        assert_eq!(
            p("Cllr Al Moss, Leader of Eastby Council and Deputy Mayor").role,
            Some(Role::ViceChair)
        );
        assert_eq!(substitute_target("seated for Trustee Jo Park").as_deref(), Some("Jo Park"));
    }

    #[test]
    fn the_first_separator_ends_the_name() {
        assert_eq!(
            split_description("Edna M. Rinker, Vice - Chairman"),
            ("Edna M. Rinker", Some("Vice - Chairman"))
        );
        assert_eq!(
            split_description("Ngozi Ekwueme, FCA – Chair of Audit"),
            ("Ngozi Ekwueme, FCA", Some("Chair of Audit"))
        );
        assert_eq!(split_description("A B\tChair, Board"), ("A B", Some("Chair, Board")));
        assert_eq!(role_of("Vice - Chairman"), Some(Role::ViceChair));
    }

    #[test]
    fn an_honorific_opens_the_next_person() {
        assert_eq!(
            people(
                "Mrs L Armstrong, Parish Clerk, Mr B Telfer Deputy Parish Clerk, and Ms C Robson Admin Officer."
            ),
            [
                "Mrs L Armstrong, Parish Clerk",
                "Mr B Telfer Deputy Parish Clerk",
                "Ms C Robson Admin Officer."
            ]
        );
        let p = parse_person("Ms C Robson Admin Officer").map(|p| (p.name, p.description));
        assert_eq!(p, Some(("C Robson".to_string(), Some("Admin Officer".to_string()))));
    }

    #[test]
    fn an_office_and_the_role_held_with_it() {
        let r = role_after_and;
        assert_eq!(r("Independent Member and Vice-Chairman"), Some(Role::ViceChair));
        assert_eq!(r("Lay Member and Chair"), Some(Role::Chair));
        assert_eq!(r("Chair of Finance and Estates Committee"), None);
        let b = role_before_and;
        assert_eq!(b("Deputy Chair and Senior Independent Director"), Some(Role::ViceChair));
        // Traps: an office of another body, and an office with no role before its "and".
        assert_eq!(b("Chair of Finance and Estates Committee"), None);
        assert_eq!(b("Non-Executive Director and Senior Independent Director"), None);
        assert_eq!(
            p("Mr Rupert Vance, Deputy Chair and Senior Independent Director").role,
            Some(Role::ViceChair)
        );
        assert_eq!(p("Mr Ola Brandt FCMA").name, "Ola Brandt");
        assert_eq!(p("Mrs Ida Penn RMN").name, "Ida Penn");
    }

    #[test]
    fn a_deputy_office_is_no_substitution() {
        assert_eq!(p("Mr Hal Ng (Deputy Vice-Chancellor)").substitute_for, None);
        assert_eq!(p("Mr Hal Ng (Deputy Registrar)").substitute_for, None);
        assert_eq!(substitute_target("deputy for Cllr Jo Hay").as_deref(), Some("Jo Hay"));
        assert_eq!(substitute_target("deputising for Dr Jo Hay").as_deref(), Some("Jo Hay"));
    }

    #[test]
    fn an_office_with_the_name_and_a_duty_in_brackets() {
        assert!(has_parenthesised_name("Executive Officer (Mrs Julie Whit \u{2013} minutes)"));
        let p = parse_person("Executive Officer (Mrs Julie Whit \u{2013} minutes)").unwrap();
        assert_eq!(p.name, "Julie Whit");
        assert_eq!(p.description.as_deref(), Some("Executive Officer; minutes"));
        // Traps: no name before the dash; a second person in the brackets is no duty.
        assert!(!has_parenthesised_name("Executive Officer (see item 5 \u{2013} minutes)"));
        assert!(
            parse_person("Officers (Mrs Julie Whit, Mr Tom Rid)")
                .is_none_or(|p| p.name != "Julie Whit")
        );
    }
}
