//! Decisions and actions of one item.
//!
//! A decision starts at a decision keyword: "Resolved:", "RESOLVED -", "RESOLVED – That",
//! "Resolved (unanimously):", "It was RESOLVED that", "AGREED", "Agreed:", "Decision:",
//! "RECOMMENDED", a "Decision" heading alone on its line, or in running prose "... seconded
//! by Cllr Y and RESOLVED that ...", "proposed by X, seconded by Y and agreed that ...",
//! "Motion ... carried", "MOTION by X, SUPPORTED by Y, to ...". It runs on
//! through wrapped lines and blank lines inside a sentence, and through its labelled
//! clauses ((a), (i), i), 1., "- (a)", nested), and ends at a paragraph that is neither,
//! or at the next entry of the list it sits in ("(c) ... RESOLVED:" / "(i)" / "(ii)" /
//! "(d) ..."). Running page footers and the chair's initials or signature line inside it
//! are passed over and left out of its text. A bare "Carried" (also with a resolution
//! number set apart at its end: "CARRIED        RD25/147"; or "The Cathaoirleach
//! declared the proposal carried") closes the motion above it, passing over an amendment
//! that was lost in between.
//!
//! Rule for "The minutes were agreed as an accurate record": lower-case "agreed" in a
//! sentence is narrative, not a decision; only a decision keyword marks one.
//!
//! "Action:" blocks are actions, never decisions.

use crate::model::{Action, Clause, Decision};
use crate::segment::ItemSpan;
use crate::text::{Text, Words, contains_ignore_ascii_case, reflow, starts_with_ignore_ascii_case};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Decisions and actions found in `item`'s body.
pub fn extract(text: &Text, item: &ItemSpan, formal: bool) -> (Vec<Decision>, Vec<Action>) {
    decisions_in(text, item.body.clone(), formal)
}

/// True when the document marks decisions with keywords ("RESOLVED", "Agreed:", "seconded
/// ... and carried", "Motion ... carried", "The Committee resolved to", "The Board
/// APPROVED ..." at a line start, an outcome line
/// "Carried: For 29, Against 3" / "Carried unanimously." / "CARRIED      RD25/147", with
/// its resolution number, under a motion) anywhere. A
/// document that never does records its decisions as "It was agreed that ...", and those
/// count.
pub fn is_formal(src: &str) -> bool {
    // Every match holds one of the words, within 256 bytes: the pattern runs only near
    // them (a literal search), not over the whole document. "seconded" and "motion" are
    // only candidates: what must follow them is read by [`carried_after`] (as a pattern,
    // its bounded runs of any character but a full stop took 9 ms to build, a quarter of
    // all the patterns together).
    static FORMAL: LazyLock<Words> = LazyLock::new(|| {
        Words::gated(
            &["resolved", "agreed", "decided", "decision", "seconded", "motion", "carried"],
            r"(?m)(?-u:\b)(?:RESOLVED|AGREED|DECIDED)(?-u:\b)|^\s*(?:[-–•]\s*)?(?:Resolved|Agreed|Decision|Decided)\s*[:\-–]|^[ \t]*(?:Decision|DECISION)[ \t]*:?[ \t]*\r?$|^[ \t]*(?:CARRIED|Carried)(?:[ \t]*[:.,]|[ \t]+(?i:unanimously)|[ \t]*\r?$|(?:\t|[ ]{2})[ \t]*\(?[A-Za-z#.]{0,12}[ ]?\d)|(?i:(?-u:\b)it\s+was\s+(?:\w+ly\s+)?resolved(?-u:\b)|(?-u:\b)(?:council|committee|board|panel|cabinet|authority|trustees|governors)\s+(?:\w+ly\s+)?resolved\s+(?:that|to|under)(?-u:\b)|(?-u:\b)(?P<lead>seconded|motion)(?-u:\b))",
            256,
        )
    });
    FORMAL.find_iter(src).any(|m| carried_after(src, m)) || body_approved_in_capitals(src)
}

/// Whether a line of `src` opens with a body's decision verb in capitals ("The Committee
/// APPROVED the award ..."): a keyword too. Only the lines around each "APPROVED" or
/// "ADOPTED" (a literal search) are read.
fn body_approved_in_capitals(src: &str) -> bool {
    SUBJECT_VERBS.iter().any(|w| {
        memchr::memmem::find_iter(src.as_bytes(), w.as_bytes()).any(|at| {
            let start = src[..at].rfind('\n').map_or(0, |n| n + 1);
            let end = src[at..].find('\n').map_or(src.len(), |n| at + n);
            SUBJECT_APPROVED.is_match(src[start..end].trim_start())
        })
    })
}

/// Whether the match `m` of the formal pattern marks a decision: any match but "seconded"
/// or "motion" does. After "seconded", "carried", "agreed" or "resolved" must follow within
/// 80 steps, each a character other than a full stop or an abbreviation with its stop
/// ("Cllr. ", "A. "); after "motion", "carried" or "passed" within 200 characters and no
/// full stop. Words are whole words (ASCII boundaries), in any case.
fn carried_after(src: &str, m: Range<usize>) -> bool {
    let word = &src[m.clone()];
    let (outcomes, steps, abbreviations): (&[&str], usize, bool) =
        if word.eq_ignore_ascii_case("seconded") {
            (&["carried", "agreed", "resolved"], 80, true)
        } else if word.eq_ignore_ascii_case("motion") {
            (&["carried", "passed"], 200, false)
        } else {
            return true;
        };
    let mut at = m.end;
    for step in 0..=steps {
        if outcomes.iter().any(|w| whole_word_at(src, at, w)) {
            return true;
        }
        if step == steps {
            break;
        }
        if let Some(len) = abbreviations.then(|| abbreviation_at(src, at)).flatten() {
            at += len;
            continue;
        }
        match src[at..].chars().next() {
            Some(c) if c != '.' => at += c.len_utf8(),
            _ => break,
        }
    }
    false
}

/// Whether `word` (ASCII lower case) stands at `at` in `s` as a whole word, in any case.
fn whole_word_at(s: &str, at: usize, word: &str) -> bool {
    let b = s.as_bytes();
    b.get(at..at + word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        && ascii_boundary(b, at)
        && ascii_boundary(b, at + word.len())
}

/// Whether an ASCII word boundary (`(?-u:\b)`) stands at `at` in `b`.
fn ascii_boundary(b: &[u8], at: usize) -> bool {
    let word = |i: Option<&u8>| i.is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    word(at.checked_sub(1).and_then(|i| b.get(i))) != word(b.get(at))
}

/// The length of an abbreviation with its full stop and the white space after it at `at`
/// ("A. ", "Cllr. ", "Mrs. ", "Prof.\n"), starting a word.
fn abbreviation_at(s: &str, at: usize) -> Option<usize> {
    const WORDS: [&str; 9] = ["cllrs", "cllr", "mrs", "mr", "ms", "dr", "prof", "rev", "st"];
    let b = s.as_bytes();
    if !ascii_boundary(b, at) {
        return None;
    }
    let stop = |len: usize| -> Option<usize> {
        (b.get(at + len) == Some(&b'.'))
            .then(|| s.get(at + len + 1..)?.chars().next().filter(|c| c.is_whitespace()))
            .flatten()
            .map(|c| len + 1 + c.len_utf8())
    };
    let single = b.get(at).is_some_and(u8::is_ascii_alphabetic).then(|| stop(1)).flatten();
    single.or_else(|| {
        WORDS.iter().find_map(|w| {
            b.get(at..at + w.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                .then(|| stop(w.len()))
                .flatten()
        })
    })
}

/// Decisions and actions in a byte range of the text.
pub fn decisions_in(text: &Text, body: Range<usize>, formal: bool) -> (Vec<Decision>, Vec<Action>) {
    let mut decisions = Vec::new();
    let mut actions = Vec::new();
    if body.is_empty() {
        return (decisions, actions);
    }
    let first = text.line_of(body.start);
    let last = text.line_of(body.end.saturating_sub(1));
    let words = line_words(text, body.clone(), first, last);
    let repeats = Repeats::default();
    let mut i = first;
    while i <= last {
        let line = text.lines[i];
        let lo = line.start.max(body.start);
        let hi = line.end().min(body.end);
        if lo >= hi {
            i += 1;
            continue;
        }
        let s = &text.src[lo..hi];
        let has = words.get(i - first).copied().unwrap_or(0);
        // "RESOLVED (on a motion by X, seconded by" / "Y, and carried by 6 votes to 3) that:":
        // a bracket after the keyword that closes on the next line is read with that line,
        // and the block starts there.
        let keyword = (has & HAS_KEYWORD != 0)
            .then(|| {
                line_keyword(s).map(|m| (m, i)).or_else(|| {
                    (i < last && bracket_wraps(s))
                        .then(|| {
                            let joined = &text.src[lo..text.lines[i + 1].end().min(body.end)];
                            line_keyword(joined).map(|m| (m, i + 1))
                        })
                        .flatten()
                })
            })
            .flatten();
        if let Some((m, kw_line)) = keyword {
            let start = lo + m.text_start;
            let (end, next) = block_end(text, &repeats, kw_line, start, body.end);
            // "Resolved that Council defer ..." / "In Favour: 2  Against: 4  Motion
            // Defeated": a motion block the vote under it defeated is no decision.
            if !m.prose && defeated_below(text, end, body.end) {
                i = next;
                continue;
            }
            // "Decision" / "The Committee agreed to approve ...": under the heading, the
            // body's "agreed" is not text; the decision starts at its "to" / "that".
            let start = if matches!(m.verb.as_str(), "Decision" | "DECISION") {
                start + agreed_subject_len(&text.src[start..end])
            } else {
                start + part_marker_len(&text.src[start..end])
            };
            let verb = verb_name(&m.verb);
            // "Council RESOLVED to support the application. Application 25/1203/HH: no
            // objection.": a keyword with its subject before it is running prose, and the
            // decision ends with its sentence.
            // "RESOLVED that the apologies be accepted. No apology was received from ...": a
            // "that" decision whose sentence ends inside its line, a new sentence after it on
            // the same line, ends there too.
            // (After "RESOLVED:" / "RESOLVED – That" the keyword is a label over a block,
            // which keeps its paragraph.)
            let gap = text.src.get(lo + m.keyword_start + m.verb.len()..start);
            let bare = gap.is_some_and(|g| g.trim().is_empty());
            let end = if m.prose || bare && ends_inside_line(&text.src[start..end]) {
                first_sentence_end(&text.src[start..end]) + start
            } else {
                end
            };
            for d in split_decisions(text, &repeats, verb, lo + m.keyword_start, start..end) {
                decisions.push(d);
            }
            i = next;
            continue;
        }
        if let Some(verb) = body_lead_in(text, i, last) {
            // The lead-in without its paragraph number ("7.2 The Board:").
            let from = lo + (s.len() - without_paragraph_number(s.trim_start()).len());
            let (end, next) = block_end(text, &repeats, i, from, body.end);
            for d in split_decisions(text, &repeats, verb, from, from..end) {
                decisions.push(d);
            }
            i = next;
            continue;
        }
        if let Some(at) = action_label(s) {
            let start = lo + at;
            // "ACTION: RO" / "ACTION: PW / AS": only who acts, under the paragraph that says
            // what. The action is that paragraph, and they are its owner; the next paragraph
            // is not part of it.
            if owners_only(&s[at..]) {
                let owner = reflow(&text.src[start..hi]);
                let action = match paragraph_above(text, i, body.start) {
                    Some(from) => {
                        let what = &text.src[from..text.lines[i].start];
                        Action {
                            text: reflow(without_paragraph_number(what.trim_start())),
                            owner: Some(owner),
                            evidence: text.evidence(from..hi),
                        }
                    }
                    None => Action {
                        text: owner.clone(),
                        owner: Some(owner),
                        evidence: text.evidence(lo..hi),
                    },
                };
                actions.push(action);
                i += 1;
                continue;
            }
            let (end, next) = block_end(text, &repeats, i, start, body.end);
            // US action minutes: "ACTION: Approved the agreement" records a decision.
            if PAST_DECISION.is_match(&text.src[start..end]) {
                if let Some(d) = decision(text, &repeats, "Action", lo, start..end) {
                    decisions.push(d);
                }
                i = next;
                continue;
            }
            let t = reflow(&text.src[start..end]);
            if !t.is_empty() {
                actions.push(Action { text: t, owner: None, evidence: text.evidence(lo..end) });
            }
            i = next;
            continue;
        }
        // "It was moved by X and seconded by Director" / "Castellanos to adopt ...": a
        // motion whose "to" is on the next line is read with that line.
        // "Proposed by | Seconded by" (a motion's table row or line) just above "It was
        // agreed that ...": the motion's outcome, a decision in any document.
        let seconded = formal && has & W_AGREED != 0 && below_a_seconder(text, i, first);
        let mut found = (has & HAS_DECISION_WORD != 0)
            .then(|| prose_decision(s, formal && !seconded, has))
            .flatten();
        let mut s = s;
        // "The Committee NOTED the report and" / "APPROVED the proposal ...": the subject of a
        // verb in capitals on the line above.
        if found.is_none()
            && i < last
            && (has & HAS_DECISION_WORD != 0
                && (motion_wraps(s)
                    || has & W_SECOND != 0 && proposal_wraps(s)
                    || has & W_RESOLV != 0 && resolution_wraps(s))
                || words.get(i + 1 - first).is_some_and(|&n| n & W_SUBJECT_VERBS != 0)
                    && (noted_wraps(s) || clause_wraps(s)))
        {
            let joined = &text.src[lo..text.lines[i + 1].end().min(body.end)];
            let next = words.get(i + 1 - first).copied().unwrap_or(0);
            found = prose_decision(joined, formal, has | next);
            if found.is_some() {
                s = joined;
            }
        }
        // Informal minutes: "After a long discussion it was" / "agreed to submit ...": the
        // agreement's subject ends one line and "agreed" opens the next.
        // Any minutes: "Following discussion it was" / "resolved to award ...".
        if found.is_none() && !formal && i < last {
            let next = words.get(i + 1 - first).copied().unwrap_or(0);
            if next & W_AGREED != 0 && agreed_opens(text.lines[i + 1].trimmed()) {
                let joined = &text.src[lo..text.lines[i + 1].end().min(body.end)];
                found = prose_decision(joined, formal, W_AGREED);
                if found.is_some() {
                    s = joined;
                }
            }
        }
        if found.is_none() && i < last && ends_it_was(s) {
            let next = words.get(i + 1 - first).copied().unwrap_or(0);
            let opens = text.lines[i + 1].trimmed().split_whitespace().next().is_some_and(|w| {
                w.eq_ignore_ascii_case("resolved") || w.eq_ignore_ascii_case("agreed")
            });
            if next & (W_RESOLV | W_AGREED) != 0 && opens {
                let joined = &text.src[lo..text.lines[i + 1].end().min(body.end)];
                found = prose_decision(joined, formal, has | next);
                if found.is_some() {
                    s = joined;
                }
            }
        }
        if let Some(p) = found {
            match p.text_at {
                Some(from) if from >= s.len() && !ends_lead_in(s) => {
                    // "It was agreed" at a line end: the decision is the "that ..." / "to ..."
                    // sentence on the next line, if there is one.
                    let next = text.lines[i + 1..]
                        .iter()
                        .take_while(|l| l.start < body.end)
                        .find(|l| !l.is_blank())
                        .filter(|l| starts_that_or_to(l.trimmed()));
                    if let Some(n) = next {
                        let start = n.trimmed_range().start;
                        let end = sentence_end(text, start, body.end);
                        decisions.extend(decision(
                            text,
                            &repeats,
                            p.verb,
                            lo + p.keyword_at,
                            start..end,
                        ));
                        i = text.line_of(end.saturating_sub(1)).max(i) + 1;
                    } else {
                        i += 1;
                    }
                }
                Some(from) if from >= s.len() => {
                    // Only a lead-in on this line: the decision is the block below.
                    let start = lo + from;
                    let (end, next) = block_end(text, &repeats, i, start, body.end);
                    for d in split_decisions(text, &repeats, p.verb, lo + p.keyword_at, start..end)
                    {
                        decisions.push(d);
                    }
                    i = next.max(i + 1);
                }
                Some(from) => {
                    let start = lo + from;
                    let mut sentence_end = sentence_end(text, start, body.end);
                    // "a) Payments: RESOLVED that ... be approved." / "b) Budget monitoring:
                    // ...": a finished sentence ends before the next labelled line, whose
                    // lower-case label does not end the sentence for the sentence splitter.
                    sentence_end = before_next_label(text, start, sentence_end);
                    // "... open session at" / "11:14 a.m." / "CARRIED": the outcome on its
                    // own line is not part of the sentence an abbreviation ran into it.
                    sentence_end = before_outcome_line(text, start, sentence_end);
                    // A sentence broken by blank lines ("... on the grounds that the\n\nincrease
                    // in size ...") runs on to its full stop.
                    for _ in 0..5 {
                        let so_far = text.src[start..sentence_end].trim_end();
                        if so_far.ends_with(['.', ';', ':', '!', '?']) || sentence_end >= body.end {
                            break;
                        }
                        let rest = &text.src[sentence_end..body.end];
                        let next = rest.trim_start();
                        if !next.starts_with(|c: char| c.is_lowercase()) {
                            break;
                        }
                        let at = sentence_end + (rest.len() - next.len());
                        sentence_end = self::sentence_end(text, at, body.end);
                    }
                    // "to authorize ... to 8:00 p.m. Motion carried 5-0.": the outcome is not
                    // part of the motion.
                    if let Some(m) = OUTCOME.find(&text.src[start..sentence_end]) {
                        // "...; motion carried (6-0)": the motion without its outcome.
                        let before = text.src[start..start + m.start()]
                            .trim_end_matches([' ', ';', ',', '\n']);
                        sentence_end = start + before.len();
                    }
                    // "moved to adopt Option B; seconded by Trustee Tull.": the seconder is
                    // not part of the motion.
                    if let Some(at) = seconder_clause(&text.src[start..sentence_end]) {
                        sentence_end = start + at;
                    }
                    let (mut end, next) = if text.src[start..sentence_end].trim_end().ends_with(':')
                    {
                        block_end(
                            text,
                            &repeats,
                            text.line_of(sentence_end.saturating_sub(1)),
                            start,
                            body.end,
                        )
                    } else {
                        (sentence_end, text.line_of(sentence_end.saturating_sub(1)).max(i) + 1)
                    };
                    // "c) schedule a workshop for March 10 at 9:00 a.m. CARRIED": the outcome
                    // set right on the last clause's line (a PDF's right-aligned outcome) is
                    // not part of the motion; read below, it is the outcome.
                    if let Some(k) = trailing_outcome(&text.src[start..end]) {
                        end = start + k;
                    }
                    // "Motion by X, seconded by Y, to adopt the following:" over "RESOLVED,
                    // that ...": the motion only brings in the resolution below it, which is
                    // the decision (read from its own line).
                    if p.needs_outcome
                        && text.src[start..end].trim_end().ends_with(':')
                        && resolution_below(text, end, body.end)
                    {
                        i = next.max(i + 1);
                        continue;
                    }
                    // A US motion counts when the minutes say it carried.
                    // "X moved to amend the main motion by ..." / "The amendment FAILED ..." /
                    // "The main motion PASSED": what is said of the main motion is not the
                    // amendment's outcome.
                    let amendment = amends_the_motion(&text.src[start..end]);
                    let upto = |w: &str| {
                        let cut = next_motion_at(w);
                        if amendment { cut.min(main_motion_at(w)) } else { cut }
                    };
                    let outcome_window = {
                        let stop =
                            text.lines.get(next + 2).map_or(body.end, |l| l.end().min(body.end));
                        let w = &text.src[end.min(stop)..stop.max(end)];
                        // Up to the next motion.
                        &w[..upto(w)]
                    };
                    // The text below the motion, up to the next motion, within 12 lines.
                    let further = || {
                        let stop =
                            text.lines.get(next + 12).map_or(body.end, |l| l.end().min(body.end));
                        let w = &text.src[end.min(stop)..stop.max(end)];
                        &w[..upto(w)]
                    };
                    let motion_failed = p.needs_outcome
                        && match outcome(outcome_window, amendment) {
                            // "AYES: Brennan, Okafor" / "NOES: ..." / "Motion failed 2-3.": a
                            // roll call read as passing does not outweigh the outcome stated
                            // under it.
                            Some(true) if !LATER_OUTCOME.is_match(outcome_window) => {
                                let w = further();
                                let w = if amendment {
                                    std::borrow::Cow::Borrowed(w)
                                } else {
                                    without_amendments(w)
                                };
                                FAILED.find(&w).is_some_and(|f| {
                                    LATER_OUTCOME.find(&w).is_none_or(|p| f.start() < p.start())
                                })
                            }
                            Some(passed) => !passed,
                            // No outcome next to the motion: read on to the end of the
                            // item for "The original motion carried ..." after an amendment
                            // or the text of a resolution, up to the next motion.
                            None => {
                                let w = further();
                                if amendment {
                                    // An amendment's own outcome comes first: "MOTION
                                    // DEFEATED" under its vote, then "MOTION CARRIED" under
                                    // the main motion's.
                                    let passed = LATER_OUTCOME.find(w).map(|m| m.start());
                                    match FAILED.find(w) {
                                        Some(f) => passed.is_none_or(|p| f.start() < p),
                                        None => passed.is_none(),
                                    }
                                } else {
                                    !LATER_OUTCOME.is_match(&without_amendments(w))
                                }
                            }
                        };
                    if p.failed || motion_failed {
                        i = next.max(i + 1);
                        continue;
                    }
                    for d in split_decisions(text, &repeats, p.verb, lo + p.keyword_at, start..end)
                    {
                        decisions.push(d);
                    }
                    i = next.max(i + 1);
                }
                None => {
                    // "Proposed by X, seconded by Y, and agreed." / "RESOLVED accordingly.": the
                    // decision is the proposal written above, or (after "AND AGREED") the
                    // quoted motion below.
                    // "On being put to the vote this was not" / "carried (2 for, 6 against).":
                    // a negated outcome wrapped onto its own line closes nothing.
                    let negated = i > first && {
                        let above = text.lines[i - 1].trimmed();
                        above.len() > 4
                            && above.as_bytes()[above.len() - 4] == b' '
                            && above[above.len() - 3..].eq_ignore_ascii_case("not")
                    };
                    // "... Erection of a garage. RESOLVED" / "no objection.": a keyword in
                    // capitals ending its line over a lower-case continuation starts the
                    // decision, which is that sentence.
                    if let Some(start) = continued_below(text, s, p.keyword_at, i, body.end) {
                        let end = sentence_end(text, start, body.end);
                        decisions.extend(decision(
                            text,
                            &repeats,
                            p.verb,
                            lo + p.keyword_at,
                            start..end,
                        ));
                        i = text.line_of(end.saturating_sub(1)).max(i) + 1;
                        continue;
                    }
                    let found = (!negated)
                        .then(|| {
                            proposal_after(text, body.end, i)
                                .or_else(|| proposal_before(text, body.start, i))
                        })
                        .flatten();
                    // The proposal may already be a decision, read from its mover's line
                    // ("MOVED by X, seconded by Y:" / "That ..." / "CARRIED").
                    let taken = |r: &Range<usize>| {
                        decisions.last().is_some_and(|d: &Decision| {
                            d.evidence.char_end > text.char_offset(r.start)
                        })
                    };
                    if let Some(range) = found.filter(|r| !taken(r))
                        && let Some(d) = decision(text, &repeats, p.verb, lo + p.keyword_at, range)
                    {
                        decisions.push(d);
                    }
                    i += 1;
                }
            }
            continue;
        }
        // "It was proposed by X and seconded by Y that the grants be approved. This was
        // agreed.": the outcome in a sentence of its own closes the proposal before it.
        if has & (W_AGREED | W_CARRIED) != 0
            && let Some((at, verb)) = outcome_sentence(s)
        {
            let own_line = s[..at].trim().is_empty();
            let found = if own_line {
                proposal_before(text, body.start, i)
            } else if i + 1 < text.lines.len() {
                proposal_before(text, body.start, i + 1)
                    .map(|r| r.start..r.end.min(lo + at))
                    .filter(|r| r.start < r.end)
            } else {
                None
            };
            let taken = |r: &Range<usize>| {
                decisions
                    .last()
                    .is_some_and(|d: &Decision| d.evidence.char_end > text.char_offset(r.start))
            };
            if let Some(range) = found.filter(|r| !taken(r))
                && let Some(d) = decision(text, &repeats, verb, lo + at, range)
            {
                decisions.push(d);
            }
        }
        i += 1;
    }
    (decisions, actions)
}

/// Where an outcome in capitals after a sentence's end closes `s` ("... 9:00 a.m. CARRIED",
/// "...; CARRIED UNANIMOUSLY"): the end of the text before it.
fn trailing_outcome(s: &str) -> Option<usize> {
    let t = s.trim_end();
    let before = ["CARRIED UNANIMOUSLY", "CARRIED"].iter().find_map(|w| t.strip_suffix(w))?;
    let kept = before.trim_end();
    (before.len() > kept.len() && kept.ends_with(['.', ';'])).then_some(kept.len())
}

/// Whether the first non-blank line from `at` (before `limit`) opens with "RESOLVED" or "Be
/// it resolved".
fn resolution_below(text: &Text, at: usize, limit: usize) -> bool {
    let rest = text.src.get(at..limit).unwrap_or("").trim_start();
    let rest = rest.strip_prefix("BE IT ").or_else(|| rest.strip_prefix("Be it ")).unwrap_or(rest);
    starts_with_word_ci(rest, "resolved")
}

/// Where a closing outcome sentence starts in line `s`, with its verb: "This was agreed." /
/// "The motion was carried unanimously." ending the line, alone on it or after a full stop.
/// The motion it closes is the proposal before it.
fn outcome_sentence(s: &str) -> Option<(usize, &'static str)> {
    const SUBJECTS: [&str; 5] =
        ["This", "This motion", "This proposal", "The motion", "The proposal"];
    let t = s.trim_end().strip_suffix('.')?;
    // Cheap gate: the line ends "agreed" / "carried" / "unanimously".
    let b = t.as_bytes();
    if !matches!(b.last(), Some(b'd' | b'y')) {
        return None;
    }
    let (rest, verb) = ["agreed", "carried"].iter().find_map(|v| {
        let t = t.strip_suffix(" unanimously").unwrap_or(t);
        let r = t.strip_suffix(v)?;
        let r = r.strip_suffix("unanimously ").unwrap_or(r);
        Some((r.strip_suffix(" was ")?, if *v == "agreed" { "Agreed" } else { "Carried" }))
    })?;
    let subject = SUBJECTS.iter().filter(|w| rest.ends_with(**w)).map(|w| w.len()).max()?;
    let at = rest.len() - subject;
    let before = s[..at].trim_end();
    (before.is_empty() || before.ends_with('.') && !ends_in_abbreviation(before))
        .then_some((at, verb))
}

/// Whether the first non-blank line after `end` (past at most two blank lines, before
/// `limit`) is a vote line that says the motion above it failed ("In Favour: 2  Against: 4
/// Motion Defeated", "Motion lost.", "LOST"); a line about an amendment says nothing of it.
fn defeated_below(text: &Text, end: usize, limit: usize) -> bool {
    let Some(below) = text.lines[text.line_of(end.saturating_sub(1)) + 1..]
        .iter()
        .take(3)
        .take_while(|l| l.start < limit)
        .find(|l| !l.is_blank())
    else {
        return false;
    };
    let t = below.trimmed();
    let last = t.trim_end_matches(['.', ')']).rsplit(' ').next().unwrap_or("");
    let says = ["defeated", "lost", "failed"].iter().any(|w| last.eq_ignore_ascii_case(w));
    t.len() <= 160 && says && !contains_ignore_ascii_case(t, "amendment") && FAILED.is_match(t)
        || says && t.eq_ignore_ascii_case(last)
}

/// The length of the subject and verb that open the text under a "Decision" heading, "The
/// Committee agreed to ..." / "The Sub-Committee decided that ...", up to its "to" / "that";
/// 0 when the text does not open so ("The Committee agreed:" keeps its lead-in for the
/// clauses, "The Board approved ..." is the text).
fn agreed_subject_len(block: &str) -> usize {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"^\s*The\s+(?:[A-Z][\w-]*\s+){1,3}(?:agreed|resolved|decided)\s+(?P<t>to|that)\s",
        )
        .unwrap()
    });
    // Cheap gate: the subject opens with "The".
    if !block.trim_start().starts_with("The ") {
        return 0;
    }
    SUBJECT.captures(block).and_then(|c| c.name("t")).map_or(0, |t| t.start())
}

/// The length of a report-part marker that opens `block` (up to the next line): New
/// Zealand minutes mark each resolution with the part of the report it goes to, "Part A"
/// (for the council's decision), "Part B" (reported back) or "Part C" (decided under
/// delegation), on a line of its own between the keyword and the text. 0 when there is
/// none.
fn part_marker_len(block: &str) -> usize {
    let t = block.trim_start();
    let Some(rest) = t.strip_prefix("Part ") else {
        return 0;
    };
    let b = rest.as_bytes();
    let marker = b.first().is_some_and(u8::is_ascii_uppercase)
        && b.get(1).is_none_or(|&c| c == b'\n' || c == b'\r' || c == b' ' || c == b'\t');
    let Some(eol) = marker.then(|| rest.find('\n')).flatten() else {
        return 0;
    };
    // Only white space may follow the letter on its line, and text must follow the line.
    if !rest[1..eol].trim().is_empty() || rest[eol..].trim().is_empty() {
        return 0;
    }
    block.len() - rest.len() + eol + 1
}

/// "The Committee:" alone on line `i`, then labelled clauses, the first opening with the
/// body's decision verb in capitals ("(a) ENDORSED the revised Terms of Reference ...; and"
/// / "(b) APPROVED the Cycle of Business ..."): a decision, the lead-in with its clauses
/// (NHS Wales and other ModernGov minutes). A paragraph number may open the line ("7.2
/// The Board:", housing association minutes with numbered paragraphs). Returns the verb's
/// name.
fn body_lead_in(text: &Text, i: usize, last: usize) -> Option<&'static str> {
    let t = text.lines[i].trimmed();
    // Cheap gate: "The ... :" and short. (The colon first: the text without its paragraph
    // number is an end of `t`, so it ends with ':' only when `t` does, and most lines don't.)
    if !t.ends_with(':') {
        return None;
    }
    let subject = without_paragraph_number(t).strip_prefix("The ")?.strip_suffix(':')?.trim_end();
    if subject.len() > 40 || !SUBJECT_BODIES.iter().any(|b| subject.ends_with(b)) {
        return None;
    }
    let next = text.lines.get(i + 1..=last)?.iter().find(|l| !l.is_blank())?.trimmed();
    let (_, _, at) = clause_label(next)?;
    let first = next.get(at..)?.split_whitespace().next()?;
    SUBJECT_VERBS.iter().chain(&CAPS_KEYWORDS).find(|v| first == **v).map(|v| verb_name(v))
}

/// `t` without a paragraph number and the white space after it ("7.2 ", "12. ", "3.1.4\t");
/// `t` itself when it opens otherwise.
fn without_paragraph_number(t: &str) -> &str {
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return t;
    }
    let num = t.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    let rest = &t[num..];
    let parts = t[..num].trim_end_matches('.').split('.');
    let ok = parts.clone().count() <= 3 && parts.into_iter().all(|p| (1..=3).contains(&p.len()));
    match rest.trim_start_matches([' ', '\t']) {
        r if ok && r.len() < rest.len() => r,
        _ => t,
    }
}

/// Where the decision starts when the keyword at `keyword_at` of line `s` (line `i`) is in
/// capitals and ends its line, and the next line continues the sentence in lower case with
/// more than a word of outcome ("RESOLVED" / "no objection."); None otherwise (also for
/// "RESOLVED" / "unanimously." or "by a majority.", which say how, not what).
fn continued_below(
    text: &Text,
    s: &str,
    keyword_at: usize,
    i: usize,
    limit: usize,
) -> Option<usize> {
    let kw = s.get(keyword_at..)?.trim_end();
    if kw.contains(char::is_whitespace) || !kw.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let next = text.lines.get(i + 1).filter(|l| l.start < limit && !l.is_blank())?;
    let t = next.trimmed();
    let first = t.split_whitespace().next()?;
    let how = ["unanimously", "accordingly", "by", "nem", "with", "without", "and"];
    if !first.starts_with(|c: char| c.is_lowercase())
        || how.iter().any(|w| first.trim_end_matches(['.', ',']) == *w)
        || t.split_whitespace().nth(1).is_none()
    {
        return None;
    }
    Some(next.trimmed_range().start)
}

/// True when line `s` opens "The Committee NOTED ..." (a body, then NOTED, RECEIVED,
/// CONSIDERED, REVIEWED or DISCUSSED in capitals) with no full stop after it: a decision
/// verb in capitals may follow on the next line.
fn noted_wraps(s: &str) -> bool {
    let t = s.trim_start();
    // Cheap gate: a capital T and a noting verb.
    if !t.starts_with("The ") || t.contains(['.', ';']) {
        return false;
    }
    t.split_whitespace().take(4).any(|w| NOTING_VERBS.contains(&w))
}

/// True when line `s` ends with a clause, its comma and "the" ("... On the recommendation
/// of the committee, the"): the body and its decision verb in capitals may open the next
/// line ("Board APPROVED the award ...").
fn clause_wraps(s: &str) -> bool {
    crate::text::ends_with_ignore_ascii_case(s.trim_end(), ", the")
}

/// True when line `s` holds a bracket opened after a capital keyword and not closed on the
/// line ("RESOLVED (on a motion by Councillor A, seconded by Councillor"): the bracket, and
/// the keyword's separator, are on the next line.
fn bracket_wraps(s: &str) -> bool {
    let Some(open) = s.rfind('(') else {
        return false;
    };
    !s[open..].contains(')') && CAPS_KEYWORDS.iter().any(|k| s[..open].trim_end().ends_with(k))
}

/// True when line `s` ends in the words "it was" (its "resolved" / "agreed" may open the
/// next line).
fn ends_it_was(s: &str) -> bool {
    crate::text::ends_with_ignore_ascii_case(s.trim_end(), " it was")
}

/// True when "agreed" is among the first two words of line `t` ("agreed to submit ...",
/// "present agreed that ..."): its subject may end the line above.
fn agreed_opens(t: &str) -> bool {
    t.split_whitespace().take(2).any(|w| w.eq_ignore_ascii_case("agreed"))
}

/// True when line `s` opens a motion ("It was moved by X and seconded by Y", "Motion by X,
/// seconded by", "Motion made by X and", "X moved,") whose "to"/"that" is not on it: the
/// motion wraps onto the next line.
fn motion_wraps(s: &str) -> bool {
    static OPENER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)(?-u:\b)(?:(?:moved|motion)\s+(?:was\s+)?(?:made\s+)?by(?-u:\b)[^.;]*(?:(?-u:\b)second(?:ed)?(?-u:\b)[^.;]*|\sand\s*)|moved,?\s+(?:and\s+)?seconded\s+by(?-u:\b)[^.;]*)$").unwrap()
    });
    let t = s.trim_end();
    // "Fitzgerald moved," / "Castellano seconded, to adopt ...": the mover ends the line.
    if t.len() > 7
        && t[..t.len() - 1].ends_with(" moved")
        && t.ends_with(',')
        && !t.split_whitespace().any(|w| w.eq_ignore_ascii_case("to"))
    {
        return true;
    }
    // "Delaney moved, seconded by Trustee" / "Brennan, to adjourn.": the seconder's name
    // wraps (the second branch of `OPENER`).
    // Cheap gate: "by" and "second" (or a closing "and": "Motion made by X and" /
    // "seconded by Y to ...") on the line.
    // (" by" second: its space is everywhere.)
    if !(crate::text::contains_ignore_ascii_case(s, "second") || t.ends_with(" and"))
        || !crate::text::contains_ignore_ascii_case(s, " by")
    {
        return false;
    }
    let Some(m) = OPENER.find(s) else { return false };
    let tail = &s[m.start()..];
    !tail.split_whitespace().any(|w| w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("that"))
}

/// True when line `s` names a proposer and then a seconder ("It was proposed by X,
/// seconded by", "On the proposal of X, seconded by Dr.", "On motion of X, seconded by Y,
/// the Board") and stops there, with no sentence end after the seconder: the outcome ("and
/// carried that ...", "it was agreed:", "unanimously approved ...") is on the next line.
fn proposal_wraps(s: &str) -> bool {
    const LEADS: &[&str] = &["proposed by", "proposal of", "moved by", "motion of", "motion by"];
    let low = s.to_ascii_lowercase();
    let Some(sec) = low.rfind("seconded") else { return false };
    // `low` is `s` in ASCII lower case: the same byte offsets.
    let tail = s[sec..].trim_end();
    // "Commissioner A, seconded by Commissioner B, the" / "Commission voted ...": the body
    // acting after the seconder breaks at the line end (the mover's lead on the line above).
    let body_next = low[sec..].trim_end().ends_with(", the");
    if !body_next && !LEADS.iter().any(|w| low[..sec].contains(w)) {
        return false;
    }
    // A full stop only as an abbreviation's ("seconded by Cllr.", "seconded by Ms. Hurley
    // and").
    !tail.contains(';')
        && memchr::memchr_iter(b'.', tail.as_bytes()).all(|p| ends_in_abbreviation(&tail[..=p]))
}

/// Where the motion starts ("to"/"that") in "Mrs. Kessler made a motion to approve ...",
/// "X offered the motion that ...": a US motion written with "made"/"offered"/"introduced"
/// and "a"/"the motion" instead of "moved".
fn made_a_motion(s: &str) -> Option<usize> {
    const LEADS: &[&str] = &["made a ", "made the ", "offered a ", "offered the ", "introduced a "];
    let low = s.to_ascii_lowercase();
    low.match_indices("motion ").find_map(|(p, _)| {
        let before = &low[..p];
        let lead = LEADS.iter().find(|w| before.ends_with(*w))?;
        let at = p - lead.len();
        if at > 0 && !low.as_bytes()[at - 1].is_ascii_whitespace() {
            return None;
        }
        let after = &low[p + 7..];
        (after.starts_with("to ") || after.starts_with("that ")).then_some(p + 7)
    })
}

/// Where a seconder's clause after a semicolon starts in a motion's text: "to adjourn at
/// 8:41 p.m.; Mrs. Kessler seconded.", "to adopt Option B; seconded by Trustee D." (the
/// words before "seconded" are a name: up to four, each capitalised).
fn seconder_clause(t: &str) -> Option<usize> {
    memchr::memchr_iter(b';', t.as_bytes()).find(|&p| {
        let rest = t[p + 1..].trim_start();
        let head = &rest[..crate::text::floor_char_boundary(rest, 48)];
        let Some(k) = head.to_ascii_lowercase().find("seconded") else { return false };
        let name = &rest[..k];
        name.split_whitespace().count() <= 4
            && name.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
    })
}

/// True when line `s` holds "resolved under ..." (the power a decision was made under) or
/// "resolved by ..." (the body that made it: "BE IT RESOLVED by the Police Jury, in regular
/// session convened," / "that ...") with no full stop after it (but for a place name's "St."):
/// the decision's "to"/"that" is on the next line.
fn resolution_wraps(s: &str) -> bool {
    const POWERS: &[&str] = &["under", "in terms of", "in accordance with", "pursuant to", "by"];
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(p) = memchr::memchr2(b'r', b'R', &b[from..]) {
        let at = from + p;
        from = at + 1;
        // "resolved" as a word, then white space and a power's words.
        let word = b.get(at..at + 8).is_some_and(|w| w.eq_ignore_ascii_case(b"resolved"))
            && (at == 0 || !b[at - 1].is_ascii_alphanumeric() && b[at - 1] != b'_');
        if !word {
            continue;
        }
        from = at + 8;
        let rest = &s[from..];
        let after = rest.trim_start();
        if after.len() == rest.len() {
            continue;
        }
        let power = POWERS.iter().find(|w| {
            after.as_bytes().get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        });
        if let Some(w) = power {
            let tail = &after[w.len()..];
            if tail.starts_with(char::is_whitespace)
                && !tail.contains([';', ':'])
                && tail.match_indices('.').all(|(p, _)| abbreviated_place(&tail[..p]))
            {
                return true;
            }
        }
    }
    false
}

/// True when `before` (the text before a full stop) ends in "St", "Ste", "Mt" or "Ft" as a
/// word: the stop abbreviates a place name's word ("St. Amable Parish"), not a sentence.
fn abbreviated_place(before: &str) -> bool {
    ["St", "Ste", "Mt", "Ft"].iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|b| b.chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_'))
    })
}

/// True when a line ends in a lead-in colon ("RESOLVED:", "it was agreed:-").
fn ends_lead_in(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with(':') || t.ends_with(":-")
}

/// True when `t` starts "that ..." or "to ..." (any case).
fn starts_that_or_to(t: &str) -> bool {
    t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that "))
        || t.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("to "))
}

struct KeywordMatch {
    verb: String,
    keyword_start: usize,
    text_start: usize,
    /// A subject before the keyword and the text after it on the line ("The Council RESOLVED
    /// to ...", "It was AGREED that ..."): running prose.
    prose: bool,
}

/// Where the first sentence of `block` ends, when it is a finished sentence ('.', '!', '?')
/// followed by more text and no later decision keyword; otherwise the block's length.
fn first_sentence_end(block: &str) -> usize {
    let sents = crate::text::sentences(block);
    let (Some(first), true) = (sents.first(), sents.len() > 1) else { return block.len() };
    let head = block[..first.end].trim_end();
    let rest = &block[first.end..];
    if !head.ends_with(['.', '!', '?']) || rest.contains("RESOLVED") || rest.contains("AGREED") {
        return block.len();
    }
    first.end
}

/// Whether `block` starts "that"/"to" in lower case (the keyword runs on into its
/// sentence: "RESOLVED that ...") and, before any colon, holds a finished sentence followed
/// on its line by a capital ("that X be accepted. No apology ...", "that X be approved and
/// signed" / "by the Chairman. The Clerk will publish ..."): a decision followed by narrative.
fn ends_inside_line(block: &str) -> bool {
    if !(block.starts_with("that ") || block.starts_with("to ")) {
        return false;
    }
    // (A colon introduces clauses, whose sentences are the decision's.)
    let line = block.split(':').next().unwrap_or("");
    line.match_indices(". ").any(|(p, _)| {
        !ends_in_abbreviation(&line[..=p])
            && line[p + 2..].trim_start().starts_with(|c: char| c.is_uppercase())
    })
}

static LINE_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?x)^
        (?P<pre>\s*(?:\d{1,3}\.\d{1,3}\s+|\d{1,4}/\d{2,4}\s+)?(?:[-–•]\s*)?(?:(?i:and\s+)?(?i:it\s+was)\s+(?:(?i:\w+ly|then|therefore|accordingly|further)\s+)?|(?i:the\s+)?(?:[A-Z][\p{L}'’-]*\s+(?:(?:and|of|&)\s+)?){0,3}(?i:committee|council|board|panel|cabinet|sub-committee|authority|members)\s+)?)
        (?P<other>\p{L}[\p{L}'’]*[\x20\t]?/[\x20\t]?)?
        (?P<verb>RESOLVED|Resolved|RESOLVE|AGREED|Agreed|DECIDED|Decided|RECOMMENDED|DECISION|Decision|RESOLUTION|Resolution|DETERMINED)
        (?P<how>\s*(?:\([^)]{0,200}\)|,?\s*(?i:unanimously|by\s+a\s+majority(?:\s+vote)?|nem\.?\s*con\.?|without\s+dissent)))?
        (?P<reference>\s+[A-Z]{2,}[A-Z0-9]*/\d{2,4}/\d{1,6})?
        (?P<sep>\s*(?:[:\-–—.]|,\s)|\s+(?i:that|to|by|the)(?-u:\b)|\s*$)",
    )
    .unwrap()
});

/// Whether `s` holds one of [`LINE_KEYWORD`]'s verbs as written (each opens with a capital
/// R, A or D): a line without one holds no keyword.
fn may_line_keyword(s: &str) -> bool {
    const VERBS: [&[u8]; 12] = [
        b"RESOLVE",
        b"Resolved",
        b"AGREED",
        b"Agreed",
        b"DECIDED",
        b"Decided",
        b"RECOMMENDED",
        b"DECISION",
        b"Decision",
        b"RESOLUTION",
        b"Resolution",
        b"DETERMINED",
    ];
    let b = s.as_bytes();
    memchr::memchr3_iter(b'R', b'A', b'D', b).any(|i| VERBS.iter().any(|v| b[i..].starts_with(v)))
}

/// The indices of [`LINE_KEYWORD`]'s groups (read by index, not by name, which hashes the
/// name each time; a test checks them).
const LK_PRE: usize = 1;
const LK_OTHER: usize = 2;
const LK_VERB: usize = 3;
const LK_HOW: usize = 4;
const LK_REFERENCE: usize = 5;
const LK_SEP: usize = 6;

/// A decision keyword at the start of a line; "Decision"/"Resolution" need a colon.
fn line_keyword(s: &str) -> Option<KeywordMatch> {
    if !may_line_keyword(s) {
        return None;
    }
    let g = match line_keyword_by_hand(s) {
        Some(g) => g,
        None => {
            let caps = LINE_KEYWORD.captures(s)?;
            LkGroups {
                pre: caps.get(LK_PRE).map_or(0..0, |m| m.range()),
                other: caps.get(LK_OTHER).is_some(),
                verb: caps.get(LK_VERB)?.range(),
                how: caps.get(LK_HOW).map(|m| m.range()),
                reference: caps.get(LK_REFERENCE).is_some(),
                sep: caps.get(LK_SEP)?.range(),
            }
        }
    };
    let (verb, sep) = (g.verb.clone(), g.sep.clone());
    let (v, sep_s) = (&s[verb.clone()], &s[sep.clone()]);
    // "PENDERFYNIAD / DECISION:": the same word in another language before a slash labels
    // the decision only when the keyword takes a colon after it.
    if g.other && !sep_s.contains(':') {
        return None;
    }
    let pre = &s[g.pre.clone()];
    // (Whether anything but white space stands before the keyword: "It was", "The
    // Committee", a paragraph number. No character lowers to white space, so the text
    // before the keyword is read as written.)
    let bare_pre = pre.trim().is_empty();
    let mixed = v.chars().skip(1).any(char::is_lowercase);
    // Title-case keywords read as prose unless a separator or "It was" marks them:
    // "Agreed that ..." is a decision, "Agreed actions were reviewed" is not.
    // "Resolved (Member Moffatt/Member Lemalu)" alone on its line, the text below (New
    // Zealand minutes name mover and seconder in brackets after the keyword).
    let movers = g.how.as_ref().is_some_and(|h| s[h.clone()].trim_start().starts_with('('))
        && s[sep.end..].trim().is_empty();
    let marked = !bare_pre || g.reference || movers;
    // "Decision" alone on its line is a heading over the decision's text (Scottish IJB and
    // council minutes: "Decision" / "The Board: (a) approved ...").
    let heading = matches!(v, "Decision" | "DECISION")
        && bare_pre
        && g.how.is_none()
        && s[verb.end..].trim().is_empty();
    if mixed && sep_s.trim().is_empty() && !marked && !heading {
        return None;
    }
    if matches!(v, "Decision" | "DECISION" | "Resolution" | "RESOLUTION")
        && !sep_s.contains(':')
        && !heading
    {
        return None;
    }
    // "Agreed." alone closes a motion written above it.
    let mut text_start = sep.end;
    let st = sep_s.trim();
    if st.eq_ignore_ascii_case("that")
        || st.eq_ignore_ascii_case("to")
        || st.eq_ignore_ascii_case("by")
        || st.eq_ignore_ascii_case("the")
    {
        text_start = sep.start + (sep_s.len() - sep_s.trim_start().len());
    }
    // Skip a dash or colon after "(unanimously)" etc.
    let rest = &s[text_start..];
    let skip = rest.len() - rest.trim_start_matches([' ', '\t', ':', '-', '–', '—']).len();
    let prose = pre.chars().any(char::is_alphabetic)
        && (st.eq_ignore_ascii_case("that") || st.eq_ignore_ascii_case("to"));
    Some(KeywordMatch {
        verb: v.to_string(),
        keyword_start: verb.start,
        text_start: text_start + skip,
        prose,
    })
}

/// [`LINE_KEYWORD`]'s groups on a line (ranges of it); for "other" and "reference" only
/// whether they took part.
struct LkGroups {
    pre: Range<usize>,
    other: bool,
    verb: Range<usize>,
    how: Option<Range<usize>>,
    reference: bool,
    sep: Range<usize>,
}

/// [`LINE_KEYWORD`]'s verbs in the order the pattern tries them.
const LK_VERBS: [&str; 13] = [
    "RESOLVED",
    "Resolved",
    "RESOLVE",
    "AGREED",
    "Agreed",
    "DECIDED",
    "Decided",
    "RECOMMENDED",
    "DECISION",
    "Decision",
    "RESOLUTION",
    "Resolution",
    "DETERMINED",
];

/// [`LINE_KEYWORD`]'s groups read by hand on the commonest keyword lines (its captures cost
/// several thousand instructions each): a verb after spaces and TABs alone ("RESOLVED:",
/// "AGREED –", "Resolved that", "Decision"), when no verb is written further on in the
/// line; none for a line left to the pattern (it never says "no match").
///
/// With no verb further on, the verb can only be this one: every other reading of "pre"
/// (a number, a bullet, "and", "It was", "The", capitalised words before a body, all of
/// which must reach a verb after them; none opens with the verb's capital R, A or D but
/// the capitalised words) and "other" (a word and a slash before the verb) need a verb
/// further on. So "pre" is the spaces and TABs and "other" takes no part, and the verb is
/// the first of the pattern's verbs written there (the first that fits, as it succeeds).
/// After it, past spaces and TABs: one of ":-–—." is the separator's first reading
/// (`\s*(?:[:\-–—.]|,\s)`); "that", "to" or "the" (in ASCII letters, a word, no "/" after
/// it) its second; the end of the line its last. "how" (white space, then a bracket, a
/// comma or one of its words, none of which opens with a "t") and "reference" (white space
/// and capitals that run into a "/") take no part before any of them. A test compares
/// this with the pattern.
fn line_keyword_by_hand(s: &str) -> Option<LkGroups> {
    let b = s.as_bytes();
    let p = b.iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
    let v = LK_VERBS.iter().find(|v| b[p..].starts_with(v.as_bytes()))?;
    if may_line_keyword(&s[p + 1..]) {
        return None;
    }
    let ve = p + v.len();
    let ws = b[ve..].iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
    let after = &s[ve + ws..];
    let sep_len = if let Some(c) = after.chars().next().filter(|c| ":-–—.".contains(*c)) {
        ws + c.len_utf8()
    } else if after.is_empty() {
        ws
    } else {
        let word = ["that", "to", "the"].iter().find(|w| {
            after.as_bytes().get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                && !after
                    .as_bytes()
                    .get(w.len())
                    .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'/'))
        })?;
        if ws == 0 {
            return None;
        }
        ws + word.len()
    };
    Some(LkGroups {
        pre: 0..p,
        other: false,
        verb: p..ve,
        how: None,
        reference: false,
        sep: ve..ve + sep_len,
    })
}

/// Words without which a line holds no decision in running text (ASCII lower case).
const DECISION_WORDS: &[&str] = &[
    "resolv",
    "agreed",
    "decided",
    "recommended",
    "carried",
    "motion",
    "moved",
    "second",
    "passed",
    "adopted",
    "approved",
    "m/s",
    "endorsed",
    "ratified",
];

/// Every verb [`LINE_KEYWORD`] takes contains one of these (ASCII lower case).
const KEYWORD_STEMS: &[&str] =
    &["resolve", "agreed", "decided", "recommended", "decision", "resolution", "determined"];

/// A line of a body holds a keyword stem ([`KEYWORD_STEMS`]).
const HAS_KEYWORD: u32 = 1 << 31;
/// A line of a body holds some decision word ([`DECISION_WORDS`]).
const HAS_DECISION_WORD: u32 = (1 << DECISION_WORDS.len()) - 1;
/// The bit of one of [`DECISION_WORDS`] (its place in the list, found at compile time: a
/// word not in the list does not compile): which of the patterns of [`prose_decision`] can
/// match a line.
const fn word_bit(word: &str) -> u32 {
    let mut k = 0;
    while k < DECISION_WORDS.len() {
        let w = DECISION_WORDS[k].as_bytes();
        let v = word.as_bytes();
        if w.len() == v.len() {
            let mut i = 0;
            while i < w.len() && w[i] == v[i] {
                i += 1;
            }
            if i == w.len() {
                return 1 << k;
            }
        }
        k += 1;
    }
    panic!("not a decision word")
}
const W_RESOLV: u32 = word_bit("resolv");
const W_AGREED: u32 = word_bit("agreed");
const W_DECIDED: u32 = word_bit("decided");
const W_RECOMMENDED: u32 = word_bit("recommended");
const W_CARRIED: u32 = word_bit("carried");
const W_MOTION: u32 = word_bit("motion");
const W_MOVED: u32 = word_bit("moved");
const W_SECOND: u32 = word_bit("second");
const W_PASSED: u32 = word_bit("passed");
const W_ADOPTED: u32 = word_bit("adopted");
const W_APPROVED: u32 = word_bit("approved");
const W_M_S: u32 = word_bit("m/s");
const W_ENDORSED: u32 = word_bit("endorsed");
const W_RATIFIED: u32 = word_bit("ratified");
/// The verbs [`SUBJECT_APPROVED`] takes.
const W_SUBJECT_VERBS: u32 = W_APPROVED | W_ADOPTED | W_ENDORSED | W_RATIFIED;

/// For each line of `body` (from line `first` on), which of the decision words it holds
/// (a bit each) and whether it holds a keyword stem: one literal search over the body, not
/// one per line (most lines hold none, and then neither [`LINE_KEYWORD`] nor the patterns
/// of [`prose_decision`] run on them).
fn line_words(text: &Text, body: Range<usize>, first: usize, last: usize) -> Vec<u32> {
    let mut bits = vec![0u32; last + 1 - first];
    let hay = &text.src[body.clone()];
    // (The slots are or-ed, so the order in which the starts come does not matter.)
    for at in word_starts_in(hay) {
        let rest = &hay.as_bytes()[at..];
        let at_start =
            |w: &&str| rest.get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()));
        let mut b = 0;
        if KEYWORD_STEMS.iter().any(at_start) {
            b |= HAS_KEYWORD;
        }
        for (k, w) in DECISION_WORDS.iter().enumerate() {
            if at_start(w) {
                b |= 1 << k;
            }
        }
        if let Some(slot) = bits.get_mut(text.line_of(body.start + at).saturating_sub(first)) {
            *slot |= b;
        }
    }
    bits
}

/// The words of [`DECISION_WORDS`] and [`KEYWORD_STEMS`] searched for as literals by
/// [`word_starts_in`]: all but "m/s" (found from its slashes), without "resolve" (every
/// form of it starts with the same form of "resolv", so it adds no start) and each once.
fn long_words() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = Vec::new();
    for &w in DECISION_WORDS.iter().chain(KEYWORD_STEMS) {
        if !matches!(w, "m/s" | "resolve") && !words.contains(&w) {
            words.push(w);
        }
    }
    words
}

/// Every position in `hay` where a form ([`Words::new`]: lower case, capitalised, capitals)
/// of one of [`DECISION_WORDS`] or [`KEYWORD_STEMS`] starts, each once: the starts of the
/// forms of [`long_words`] (every word is five bytes or more, so the literal search reads
/// four-byte fingerprints, which few places in prose share; "m/s" among them cut the
/// fingerprint to three bytes and the search stopped at every "sec", "rec", "app", "end"),
/// then those of "m/s", "M/s" and "M/S" (the forms of "m/s"), found from the slashes.
fn word_starts_in(hay: &str) -> impl Iterator<Item = usize> + '_ {
    static LONG: LazyLock<Words> = LazyLock::new(|| Words::new(&long_words()));
    let b = hay.as_bytes();
    let slashes = memchr::memchr_iter(b'/', b).filter_map(move |at| {
        let start = at.checked_sub(1)?;
        matches!(b.get(start..at + 2), Some(b"m/s" | b"M/s" | b"M/S")).then_some(start)
    });
    LONG.starts(hay).chain(slashes)
}

/// A decision stated in running text.
struct Prose {
    verb: &'static str,
    keyword_at: usize,
    /// Where the decision's text starts in the line; None when it is a proposal above.
    text_at: Option<usize>,
    /// A motion that failed: not a decision.
    failed: bool,
    /// A motion whose outcome is written after it ("X moved to ... . Motion carried."): it
    /// counts only when the minutes say it carried.
    needs_outcome: bool,
}

/// The keywords [`CAPS_KEYWORD`] reads in capitals anywhere in a line.
const CAPS_KEYWORDS: [&str; 4] = ["RESOLVED", "AGREED", "DECIDED", "RECOMMENDED"];

static CAPS_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    let kw = CAPS_KEYWORDS.join("|");
    crate::pattern::regex(&(format!(r"(?-u:\b)(?P<kw>{kw})(?-u:\b)") + r"(?:\s*\([^)]{0,40}\))?(?P<after>\s*(?:(?i:that|to)(?-u:\b)|[:\-–,]|(?i:accordingly|unanimously)(?-u:\b)|\.|$))")).unwrap()
});
/// What comes before "resolved" in [`RESOLVED_PROSE`] and [`RESOLVED_PROSE_HEAD`]: "it was
/// (duly) resolved", "be it (further) resolved", "(the) Council (unanimously) resolved".
macro_rules! resolved_prose_lead {
    () => {
        r"(?i)(?:(?-u:\b)it\s+was\s+(?:(?:\w+ly|therefore|then|thereupon|accordingly|subsequently|also|further|finally)\s+)?|(?-u:\b)be\s+it\s+(?:further\s+|also\s+|finally\s+)?|(?-u:\b)(?:council|committee|board|panel|cabinet|members|meeting|authority|governors|trustees|directors|partnership|commission|forum|executive|assembly)\s+(?:\w+ly\s+)?)(?P<kw>resolved)"
    };
}
/// The first ways out of "resolved" in [`RESOLVED_PROSE`] and [`RESOLVED_PROSE_HEAD`], as
/// alternatives: "that"/"to" ("not to": "resolved not to give a counter notice"), a colon,
/// "as follows".
macro_rules! resolved_prose_short_tails {
    () => {
        r"\s+(?:not\s+)?(?:that|to)(?-u:\b)|\s*:-?|\s+as\s+follows\s*:?"
    };
}
static RESOLVED_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(concat!(
        resolved_prose_lead!(),
        "(?:",
        resolved_prose_short_tails!(),
        r"|\s+(?:under|in\s+terms\s+of|in\s+accordance\s+with|pursuant\s+to)\s[^.;:]{1,160}?\s(?P<to>that|to)(?-u:\b)|\s+by\s(?:[^.;:]|(?-u:\b)(?:St|Ste|Mt|Ft)\.\s){1,160}?\s(?P<by_that>that)(?-u:\b))"
    ))
    .unwrap()
});
/// [`RESOLVED_PROSE`] with its two long tails cut short after "under "/"in terms of "/...
/// (group "under") and "by " (group "by"): cheap to build, where the full pattern's
/// bounded repetitions of wide classes take milliseconds. See [`resolved_prose`].
static RESOLVED_PROSE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(concat!(
        resolved_prose_lead!(),
        "(?:",
        resolved_prose_short_tails!(),
        r"|(?P<under>\s+(?:under|in\s+terms\s+of|in\s+accordance\s+with|pursuant\s+to)\s)|(?P<by>\s+by\s))"
    ))
    .unwrap()
});

/// [`RESOLVED_PROSE`]'s captures in `s` (groups "kw", "to", "by_that" and the whole match),
/// building the full pattern only when a line may need it.
///
/// The head pattern is the full one with its last two alternatives cut to prefixes, so
/// every path of the full pattern has a path of the head, in the same order of preference,
/// that matches wherever it does. Hence the head matches at the full pattern's start or
/// earlier, and when its winning path does not go through a cut alternative (neither
/// "under" nor "by" took part), that path is a full-pattern path and every path preferred
/// to it failed in the head, so failed in the full pattern too: the full pattern's match
/// is the same, with the same groups ("to" and "by_that" unset). Otherwise the full
/// pattern decides.
fn resolved_prose(s: &str) -> Option<regex::Captures<'_>> {
    let c = RESOLVED_PROSE_HEAD.captures(s)?;
    if c.name("under").is_none() && c.name("by").is_none() {
        return Some(c);
    }
    RESOLVED_PROSE.captures(s)
}
/// "The Board APPROVED the budget for 2025/26.": a body's decision verb in capitals
/// (APPROVED, ADOPTED, ENDORSED, RATIFIED), as minute-takers write AGREED or DECIDED, also
/// after a verb of noting ("The Committee NOTED the report and APPROVED the proposal ..."), but with no "that"/"to" after it: the decision is
/// the whole sentence from its subject (which may follow a paragraph number and the
/// indentation: "6.2 The Board APPROVED ...", or a clause and its comma: "On the
/// recommendation of the committee, the Board APPROVED ...").
static SUBJECT_APPROVED: LazyLock<Regex> = LazyLock::new(|| {
    let (bodies, noting, verbs) =
        (SUBJECT_BODIES.join("|"), NOTING_VERBS.join("|"), SUBJECT_VERBS.join("|"));
    crate::pattern::regex(&format!(
        r"(?:^[ \t]*(?:\d{{1,3}}(?:\.\d{{1,3}}){{0,2}}\.?\s+)?|[.!?:]\s+)(?P<subj>(?:The\s+|[A-Z][^.;:!?,]{{0,120}},\s+the\s+)?(?:{bodies})\s+)(?:(?:{noting})\s[^.;]{{1,200}}?\s(?:and\s+)?)?(?P<kw>{verbs})\s+[\p{{Ll}}\d]"
    ))
    .unwrap()
});

/// The bodies a decision verb in capitals follows ("The Board APPROVED ...", "The
/// Committee:" / "(a) ENDORSED ...").
const SUBJECT_BODIES: [&str; 13] = [
    "Board",
    "Committee",
    "Sub-Committee",
    "Council",
    "Cabinet",
    "Panel",
    "Authority",
    "Trustees",
    "Governors",
    "Directors",
    "Members",
    "Group",
    "Forum",
];

/// Verbs of noting in capitals that may stand between the body and its decision verb ("The
/// Committee NOTED the report and APPROVED ...").
const NOTING_VERBS: [&str; 5] = ["NOTED", "RECEIVED", "CONSIDERED", "REVIEWED", "DISCUSSED"];

/// The verbs of [`SUBJECT_APPROVED`], in capitals.
const SUBJECT_VERBS: [&str; 4] = ["APPROVED", "ADOPTED", "ENDORSED", "RATIFIED"];

/// Whether [`SUBJECT_APPROVED`] can match `s`: it holds one of its verbs in capitals
/// (rare: the pattern is not even built for most documents).
fn may_subject_approved(s: &str) -> bool {
    SUBJECT_VERBS.iter().any(|w| s.contains(w))
}

/// Whether [`SENTENCE_KEYWORD`] can match `s`: "Resolved" or "Agreed" in title case after
/// the line's first byte.
fn may_sentence_keyword(s: &str) -> bool {
    s.get(1..).is_some_and(|r| r.contains("Resolved") || r.contains("Agreed"))
}

/// Whether [`TALLY_CARRIED`] can match `s`: after spaces and a bracket it opens with one
/// of the tally words' first letters ("Ayes", "Yeas", "Votes", "For", "In favour"), and
/// before its last spaces, full stop and spaces it ends with the outcome ("CARRIED",
/// "Carried", "carried") or the "y" of "unanimously" (the pattern's `\s` is Unicode white
/// space, as `trim` takes it).
fn may_tally(s: &str) -> bool {
    let t = s.trim_start().trim_start_matches('(');
    let opens = t
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'a' | b'y' | b'v' | b'f' | b'i'));
    let end = s.trim_end();
    let end = end.strip_suffix('.').unwrap_or(end).trim_end();
    opens
        && (end.ends_with(['y', 'Y'])
            || ["CARRIED", "Carried", "carried"].iter().any(|w| end.ends_with(w)))
}

/// "Apologies were received. Resolved that the reasons be approved.": a title-case keyword
/// opening a sentence inside a line ("Agreed" with "that" or a colon only: "Agreed to" is
/// as often narrative).
static SENTENCE_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"[.!?]\s+(?P<kw>Resolved|Agreed)(?:\s*\([^)]{0,40}\))?(?P<after>\s+(?:that|to)(?-u:\b)|\s*[:\-–](?:\s|$))").unwrap()
});
static SECONDED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)seconded\s+(?:by\s+)?(?:(?-u:\b)(?:[A-Z]|cllrs?|mrs?|ms|dr|prof|rev|st)\.\s|[^.;:]){1,60}?[,\s]\s*(?:and\s+)?(?:it\s+was\s+)?(?:unanimously\s+)?(?P<kw>agreed|carried|resolved|approved|passed)(?-u:\b)(?:\s+(?:unanimously|by\s+all|by\s+(?:a\s+)?majority|nem\.?\s*con\.?|(?P<tally>by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}(?:,?\s+with\s+\d{1,3}\s+abstentions?)?,?)))?(?:\s+by\s+(?:all\s+)?(?:the\s+)?(?:councillors|members|trustees|directors|governors)(?:\s+present)?)?(?P<after>\s*(?:that|to)(?-u:\b)|\s*[:,]|\s*\.|\s*$)").unwrap()
});
/// "... seconded by Supervisor B, the Board unanimously approved ...": the seconder, a
/// comma, then the body ("the" and capitalised words) and what it did (a decision's verb
/// in the past tense), without "and carried" between (that is [`SECONDED`]'s).
static SECONDED_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?-u:\b)(?i:seconded)\s+(?i:by)\s+(?:(?-u:\b)(?:[A-Z]|Cllrs?|Mrs?|Ms|Dr|Prof|Rev|St)\.\s|[^.;:,]){1,60}?,\s*(?P<subj>[Tt]he\s+[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})\s+(?:unanimously\s+)?(?P<kw>approved|adopted|awarded|authori[sz]ed|accepted|agreed|resolved|denied|refused|rejected|ratified|appointed|granted|adjourned|tabled|deferred|endorsed|confirmed|carried|passed|directed|declined|amended|voted)(?-u:\b)").unwrap()
});
/// What stands between "voted" and the motion's "to": a tally ("4-0", "3-1-1"),
/// "unanimously", a bracketed remark ("(Commissioner Lapointe recused)"), "in favor".
static VOTED_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(?:\s+(?:unanimously|\d{1,2}(?:\s*[-–]\s*\d{1,2}){1,2}|\([^()]{1,80}\)|in\s+favou?r|,))*\s+to(?-u:\b)").unwrap()
});
/// Whether [`BE_IT_RESOLVED`] can match `s`: "be" and "it" (ASCII letters without case
/// variants outside ASCII) with white space between them.
fn may_be_it(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'b', b'B', b).any(|i| {
        // `i + 2` is a char boundary: the two bytes before it are ASCII letters.
        b.get(i..i + 2).is_some_and(|x| x.eq_ignore_ascii_case(b"be")) && {
            let rest = &s[i + 2..];
            let t = rest.trim_start();
            t.len() < rest.len() && t.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("it"))
        }
    })
}
/// "BE IT RESOLVED by the Board ... that ...".
static BE_IT_RESOLVED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)be\s+it\s+(?:further\s+)?resolved(?-u:\b)[^.;]{0,200}?(?-u:\b)(?P<that>that)(?-u:\b)").unwrap()
});

/// "M/S (Castellanos/Whitlock) to approve ...", "M/S/C Smith/Jones to ...": US shorthand
/// for "moved and seconded" (and carried, with "/C"), movers in brackets or slashed.
static MS_MOTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?:^\s*|[.:;]\s+)(?:(?i:motion)\s*:?\s*)?M/S(?P<c>/C)?\s*:?\s*(?:\([^)]{1,80}\)|[A-Z][\w'’.-]*(?:\s*/\s*[A-Z][\w'’.-]*)+)\s*[,:]?\s+(?P<what>to|that)(?-u:\b)").unwrap()
});

/// "Supervisor Hensley moved to adopt ...": a motion without a seconder on the line; it
/// counts when the minutes say it carried. The seconder may stand between the verb and the
/// motion: "X moved, seconded by Y, to ...", "X moved and Y seconded a motion to ...", "It
/// was moved and seconded that ...". A "MOTION:" label may open the line ("MOTION: Council
/// Member Jessup moved to approve ...; seconded by ...").
static MOVED_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?:^|[.;]\s+|^\s*motion\s*:\s*)[^.;:]{0,80}?(?-u:\b)moved(?:,?\s+(?:and\s+)?seconded(?:\s+by\s+(?:(?-u:\b)(?:mrs?|ms|dr|mx|prof|rev|hon)\.\s|[^.;,])*?)?,?|\s+and\s+(?:(?:(?-u:\b)(?:mrs?|ms|dr|mx|prof|rev|hon)\.\s|[^.;,])*?\s)?seconded(?:\s+(?:a|the)\s+motion)?|,\s+(?:(?-u:\b)(?:mrs?|ms|dr|mx|prof|rev|hon)\.\s|[^.;,]){1,60}?\s+seconded,?)?\s+(?P<what>to|that)(?-u:\b)").unwrap()
});

/// The places in `s` where `w` (ASCII lower case) starts, in any ASCII case, after an ASCII
/// word boundary: at the start or after a byte that is not an ASCII letter, digit or "_".
fn word_starts<'a>(s: &'a str, w: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (b, first) = (s.as_bytes(), w.as_bytes()[0]);
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), b).filter(move |&i| {
        b.get(i..i + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
    })
}

/// Whether [`US_MOTION`] can match `s`: every match holds "motion" or "moved" at the start
/// or after white space (an ASCII word boundary), and "second" or "support" (the
/// seconder). No letter of these words but the "s" has a case variant outside ASCII.
fn may_us_motion(s: &str) -> bool {
    (contains_ignore_ascii_case(s, "econd") || contains_ignore_ascii_case(s, "upport"))
        && (word_starts(s, "motion").next().is_some() || word_starts(s, "moved").next().is_some())
}

/// Whether [`MOVED_TO`] can match `s`: "moved" after an ASCII word boundary (the pattern's
/// `\b`; not "removed"), then either white space and "to" or "that" as a word, or a
/// "seconded" further on (every other way from "moved" to the motion's "to"/"that" names
/// the seconder). No letter of these words but the "s" has a case variant outside ASCII,
/// and `trim_start` takes the white space that the pattern's `\s` does.
fn may_moved_to(s: &str) -> bool {
    word_starts(s, "moved").any(|i| {
        let rest = &s[i + 5..];
        let t = rest.trim_start();
        let word = |w: &str| {
            t.as_bytes().get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                && !t
                    .as_bytes()
                    .get(w.len())
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
        };
        t.len() < rest.len() && (word("to") || word("that"))
            || contains_ignore_ascii_case(rest, "econded")
    })
}

/// Where the motion starts in "Commissioner X moved approval of the minutes ...", "X moved
/// denial of Case Z-24-031": a motion named by its noun after "moved", without "to"; the
/// text starts at the noun. It counts when the minutes say it carried.
fn moved_noun(s: &str) -> Option<usize> {
    const NOUNS: [&str; 5] = ["approval", "denial", "adoption", "acceptance", "ratification"];
    word_starts(s, "moved").find_map(|i| {
        let rest = &s[i + 5..];
        let t = rest.trim_start_matches([' ', '\t']);
        if t.len() == rest.len() {
            return None;
        }
        let at = s.len() - t.len();
        NOUNS.iter().find_map(|n| {
            let b = t.as_bytes();
            (b.get(..n.len()).is_some_and(|x| x.eq_ignore_ascii_case(n.as_bytes()))
                && b.get(n.len()) == Some(&b' ')
                && b.get(n.len() + 1..n.len() + 4).is_some_and(|x| x.eq_ignore_ascii_case(b"of ")))
            .then_some(at)
        })
    })
}

static US_MOTION: LazyLock<Regex> = LazyLock::new(|| {
    // (Names may carry an abbreviated honorific: "Motion made by Mr. Brennan, seconded by
    // Ms. Delgado, to ...".)
    // "2024-105   It was moved by X and seconded by Y that ...": the motion's number may
    // stand in the margin before it (Canadian council minutes).
    // "Motion made by X and seconded to ...", "Main motion made by X and seconded to ...",
    // after a sub-item's title and a dash ("b.  Architectural Review - Motion made by ..."),
    // "A motion was made and seconded to ..." (town meetings name no seconder).
    crate::pattern::regex(r"(?i)(?:^\s*(?:\d{1,4}(?:[-/.]\d{1,4}){0,2}\s+)?|[.:;,]\s+|\s[-–]\s+)(?:(?:a|the)\s+)?(?:(?:main|original|substantive)\s+)?(?:motion\s+(?:was\s+)?(?:made\s+)?by|motion\s+(?:was\s+)?(?:duly\s+)?made\s+and|it\s+was\s+moved\s+by|moved\s+by|motion:)\s+(?:(?-u:\b)(?:mrs?|ms|dr|mx|prof|rev|hon)\.\s|[^.;])*?(?-u:\b)(?:second(?:ed)?|support(?:ed)?)(?-u:\b)(?:\s+by)?(?:\s+(?:(?-u:\b)(?:mrs?|ms|dr|mx|prof|rev|hon)\.\s|[^,.;])*?)?,?\s+(?P<what>(?:to|that)(?-u:\b))").unwrap()
});
static OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)\s*(?-u:\b)(?:(?:all\s+(?:members\s+)?in\s+favou?r[.,;]?\s+)?(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed|failed|defeated|lost|approved|adopted)(?-u:\b)|roll\s+call\s+vote(?-u:\b)|\(?vote\s*:|;\s*(?:carried|passed|failed|defeated|lost)(?-u:\b))").unwrap()
});
static FAILED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i);\s*(?:failed|defeated|lost)(?-u:\b)|(?-u:\b)(?:motion|amendment)\s+(?:was\s+)?(?:failed|defeated|lost|withdrawn|fell)(?-u:\b)|(?-u:\b)motion\s+(?:failed|died)(?-u:\b)|(?-u:\b)was\s+(?:defeated|lost|withdrawn)(?-u:\b)").unwrap()
});
static NEXT_MOTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)(?-u:\b)(?:motion\s+(?:was\s+)?(?:made\s+)?by|motion\s+(?:was\s+)?(?:duly\s+)?made\s+and\s+seconded|(?:it\s+was\s+)?moved\s+by|moved,\s+seconded)(?-u:\b)",
    )
    .unwrap()
});

/// Where the next motion starts in `w` ("Motion by ...", "X moved to approve ...", "X
/// moved, seconded by Y, to ..."; not a
/// motion to amend this one), or its length.
fn next_motion_at(w: &str) -> usize {
    static MOVED: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)(?-u:\b)moved\s+(?:to|that)\s+(?P<what>\w+)").unwrap()
    });
    // "... moved to amend the main motion by reducing ...": not a motion by someone.
    let by = NEXT_MOTION
        .find_iter(w)
        .find(|m| {
            let before =
                &w[crate::text::floor_char_boundary(w, m.start().saturating_sub(24))..m.start()];
            !crate::text::contains_ignore_ascii_case(before, "amend")
        })
        .map_or(w.len(), |m| m.start());
    let moved = MOVED
        .captures_iter(w)
        .filter(|c| c.name("what").is_some_and(|m| !m.as_str().eq_ignore_ascii_case("amend")))
        .find_map(|c| c.get(0))
        .map_or(w.len(), |m| m.start());
    by.min(moved)
}

/// Whether a motion's text amends the motion before the meeting: "to amend the main motion
/// by ...", "That the motion be amended by ...", "that the original motion be amended".
fn amends_the_motion(t: &str) -> bool {
    static AMEND: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)^\s*(?:to\s+amend\s+the\s+(?:main\s+|original\s+|substantive\s+)?motion|that\s+(?:the\s+)?(?:main\s+|original\s+|substantive\s+)?motion(?:\s+(?:no\.?\s*)?\d[\w/.\-]*)?\s+be\s+amended)(?-u:\b)").unwrap()
    });
    crate::text::contains_ignore_ascii_case(&t[..crate::text::floor_char_boundary(t, 80)], "amend")
        && AMEND.is_match(t)
}

/// Where `w` first speaks of the main motion ("main motion", "original motion",
/// "substantive motion"), or its length.
fn main_motion_at(w: &str) -> usize {
    let low = w.to_ascii_lowercase();
    ["main motion", "original motion", "substantive motion"]
        .iter()
        .filter_map(|m| low.find(m))
        .min()
        .unwrap_or(w.len())
}

/// A motion's outcome stated after other text: "The original motion carried by ...", "The
/// main motion as presented PASSED ...".
static LATER_OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:motion|which|it)(?:\s+as\s+(?:presented|amended|printed|moved))?\s+(?:was\s+)?(?:carried|passed|adopted)(?-u:\b)|(?m)^\s*carried(?-u:\b)").unwrap()
});

/// The outcome of a motion in the text after it, ignoring what is said about amendments and
/// substitute motions unless the motion is itself an amendment (`amendment`: "Amendment
/// failed 2-4." is its outcome, and the "Ayes - Dube, Vang." of its roll call is not):
/// Some(true) carried, Some(false) failed, None not said.
fn outcome(w: &str, amendment: bool) -> Option<bool> {
    let w = if amendment { std::borrow::Cow::Borrowed(w) } else { without_amendments(w) };
    if FAILED.is_match(&w) {
        Some(false)
    } else if PASSED.is_match(&w) {
        Some(true)
    } else {
        None
    }
}

/// `s` without its sentences and clauses (cut at ".", ";") about an amendment or a substitute
/// motion, whose failure is not the motion's.
fn without_amendments(s: &str) -> std::borrow::Cow<'_, str> {
    static AMEND: LazyLock<Words> = LazyLock::new(|| Words::new(&["amend", "substitute"]));
    if !AMEND.is_match(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    let bytes = s.as_bytes();
    for (k, &b) in bytes.iter().enumerate() {
        // Parts end at ".", ";", ":" and blank lines.
        let cut = matches!(b, b'.' | b';' | b':') || b == b'\n' && bytes.get(k + 1) == Some(&b'\n');
        if cut || k + 1 == bytes.len() {
            let part = &s[from..=k];
            if !AMEND.is_match(part) {
                out.push_str(part);
            }
            from = k + 1;
        }
    }
    std::borrow::Cow::Owned(out)
}

static CARRIED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^\s*(?:(?:special|ordinary|extraordinary|the)\s+)?(?:resolution|motion|proposal|amendment)\s+(?:was\s+)?(?P<kw>carried|passed|adopted|approved)(?:\s+unanimously)?\s*[:\-–]\s*").unwrap()
});

/// A line that names the mover and the seconder and then records the outcome, under the
/// motion it closes: "Moved: Cr Fensom / Seconded: Ms Matenga / CARRIED" (New Zealand
/// councils), "Moved Cr A – Seconded Cr B – Carried", or in columns set apart by a tab or
/// two spaces or more ("Moved: A Kerr      Seconded: M Taufa      Carried"). Closes the motion written above it, as
/// a "CARRIED" line alone does.
static MOVED_SECONDED_CARRIED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^\s*(?i:moved)(?-u:\b)[^\n]{1,100}?(?-u:\b)(?i:seconded)(?-u:\b)[^\n]{1,100}?(?:[/|–—-]\s*|\t\s*|[ ]{2,})(?P<kw>CARRIED|Carried)(?:\s+(?i:unanimously))?\s*\.?\s*$").unwrap()
});

/// The first alternative of [`CARRIED_LINE`]: the outcome alone, after "The Chairman
/// declared (the motion)" at most.
macro_rules! carried_alone {
    () => {
        r"^\s*(?:(?i:the\s+)?\w+(?:\s+\w+)?\s+(?i:declared)\s+)?(?:(?i:the\s+)?(?i:motion|resolution|proposal)\s+(?:was\s+)?(?:(?i:declared)\s+)?)?(?P<kw>CARRIED|Carried|carried|AGREED|Agreed)(?:\s+(?i:unanimously|as\s+amended|nem\.?\s*con\.?|en\s+bloc|by\s+(?:an?\s+)?(?:absolute\s+|simple\s+|special\s+|two[-\s]thirds\s+)?majority))?(?:\s+(?i:on|by)\s+(?i:a\s+)?(?i:show\s+of\s+hands|poll))?(?:\s*\(?\d{1,2}\s*[/\-–:]\s*\d{1,2}\)?|\s*\((?i:for|votes?|\d{1,4}\s+(?:for|in\s+favou?r))[^)]{0,80}\)?|\s*[:,\-–]\s*(?i:for|in\s+favou?r)\s*:?\s*\d{1,4}(?:[,;]?\s+(?i:against|abstentions?|abstained)\s*:?\s*\d{1,4})*)?\s*\.?\s*$"
    };
}
/// The second alternative of [`CARRIED_LINE`]: "... was CARRIED", "... put to the meeting
/// and declared carried", a vote count after a comma.
macro_rules! carried_declared {
    () => {
        r"^[^.;:]{0,80}\s(?:(?:was|were)\s+(?P<kw2>CARRIED)|(?i:put\s+to\s+the\s+(?:meeting|vote)\s+and\s+declared)\s+(?P<kw3>CARRIED|[Cc]arried))(?:\s*,\s*\d{1,3}\s+(?i:members?|councillors?|votes?)\s[^.;:]{0,120})?\s*[.,]?\s*$"
    };
}
/// A line that only records a motion's outcome: "CARRIED", "Carried unanimously.", "CARRIED
/// BY ABSOLUTE MAJORITY 6/0", "Carried: For 29, Against 3, Abstentions 2.", "The Cathaoirleach declared the motion CARRIED.", "The
/// Cathaoirleach declared the proposal carried.", "the Motion was put to the meeting and
/// declared CARRIED," (its vote count after the comma, on the line or the next).
/// (The specification of [`carried_line`], which the tests compare it with.)
#[cfg(test)]
static CARRIED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(concat!(carried_alone!(), "|", carried_declared!())).unwrap()
});
/// [`CARRIED_LINE`]'s first alternative alone (group "kw").
static CARRIED_ALONE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(carried_alone!()).unwrap());
/// [`CARRIED_LINE`]'s second alternative alone (groups "kw2", "kw3"): its bounded
/// repetitions of wide classes are slow to build, and [`carried_line`] builds it only for
/// a line that holds "CARRIED" or "declared".
static CARRIED_DECLARED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(carried_declared!()).unwrap());

/// Whether `s` starts with `w` (ASCII lower case) in any case, each "s" of `w` also
/// matching the long s "ſ" (its case variant outside ASCII, as a pattern's `(?i)` takes it).
fn starts_with_word_ci(s: &str, w: &str) -> bool {
    let mut rest = s;
    for c in w.bytes() {
        if c == b's' && rest.starts_with('ſ') {
            rest = &rest['ſ'.len_utf8()..];
        } else if rest.as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&c)) {
            rest = &rest[1..];
        } else {
            return false;
        }
    }
    true
}

/// Whether [`CARRIED_ALONE`] can match `s`. Its first optional group needs "declared" (no
/// letter of which has a case variant outside ASCII); without it, after the white space
/// that opens the line (`trim_start` takes what `\s` does), comes the outcome as written,
/// or "motion", "resolution" or "proposal", the second group, which may open with "the"
/// and white space.
fn may_carried_alone(s: &str) -> bool {
    let opens = |t: &str| {
        ["CARRIED", "Carried", "carried", "AGREED", "Agreed"].iter().any(|k| t.starts_with(k))
            || ["motion", "resolution", "proposal"].iter().any(|w| starts_with_word_ci(t, w))
    };
    let t = s.trim_start();
    let after_the = t.get(3..).filter(|_| starts_with_word_ci(t, "the"));
    opens(t)
        || after_the.is_some_and(|r| r.trim_start().len() < r.len() && opens(r.trim_start()))
        || contains_ignore_ascii_case(s, "declared")
}

/// [`CARRIED_LINE`]'s captures in `s`, each alternative on its own.
///
/// Both alternatives are anchored at the start of `s` (`^`, not multi-line), so the whole
/// pattern's match is the first alternative's when it has one (it is preferred) and the
/// second's otherwise, with the same groups. Each is built and run only where it can match
/// ([`may_carried_alone`]; the second needs "CARRIED", group "kw2", or "declared" before
/// "kw3", no letter of which has a case variant outside ASCII).
fn carried_line(s: &str) -> Option<regex::Captures<'_>> {
    let s = without_resolution_number(s);
    may_carried_alone(s).then(|| CARRIED_ALONE.captures(s)).flatten().or_else(|| {
        (s.contains("CARRIED") || contains_ignore_ascii_case(s, "declared"))
            .then(|| CARRIED_DECLARED.captures(s))
            .flatten()
    })
}

/// `s` without the resolution number set apart at its end by a tab or two spaces or more
/// ("CARRIED                RD25/147", "Carried\tRes. 2025-114", "CARRIED   (No. 45/25)"):
/// a reference of at most 24 bytes holding a digit and no white space but after "Res." /
/// "No.". Only the outcome before it is read; `s` as it is otherwise.
fn without_resolution_number(s: &str) -> &str {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?:\t|[ ]{2})\s*\(?(?:(?i:res(?:olution)?|no|#)\.?\s?(?:(?i:no)\.?\s?)?)?[A-Z]{0,6}\d{1,5}(?:[/.\-][A-Za-z0-9]{1,6}){0,2}\)?\s*$").unwrap()
    });
    // Cheap gate: a digit or a bracket ends the line, and a tab or two spaces stand in it.
    let t = s.trim_end();
    if !t.ends_with(|c: char| c.is_ascii_digit() || c == ')')
        || !(t.contains('\t') || t.contains("  "))
        || t.trim_start().len() < 8
    {
        return s;
    }
    match NUMBER.find(t) {
        Some(m) if m.as_str().trim().len() <= 24 => &s[..m.start()],
        _ => s,
    }
}

/// A vote tally with the outcome at its end, often right-aligned: "Ayes 7 - Noes 0 - Absent 2
/// (A, B)        CARRIED", "Vote: 5-0   Carried". Closes the motion written above it, as a
/// "CARRIED" line alone does.
static TALLY_CARRIED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^\s*\(?(?i:ayes|yeas|votes?|for|in\s+favou?r)(?-u:\b)[^\n]{0,160}?\d[^\n]{0,160}?\s(?P<kw>CARRIED|Carried|carried)(?:\s+(?i:unanimously))?\s*\.?\s*$").unwrap()
});

static PASSED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:carried|passed|approved|adopted|unanimous(?:ly)?|vote\s*:?\s*\d|ayes(?-u:\b)|all\s+in\s+favou?r)").unwrap()
});

static INFORMAL_AGREED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:it\s+was|members|councillors|everyone|everybody|those\s+(?:present|attending)|the\s+(?:(?:community|parish|town|village|management|steering)\s+)?(?:committee|group|board|meeting|council|panel|forum|association|cc|pc)|governors|trustees|directors|we|all)(?:\s+present)?\s+(?:\w+ly\s+)?(?P<kw>agreed)(?:\s+\w+ly)?(?P<after>\s*(?:that|to)(?-u:\b)|\s*:|\s*$)").unwrap()
});

/// Where a decision's text starts after its keyword: at "that"/"to" when the keyword is
/// followed by one ("RESOLVED that ..."), otherwise after the punctuation.
fn text_start(after: regex::Match) -> usize {
    text_start_at(after.start(), after.as_str())
}

/// [`text_start`] for the text `after` at byte `at`.
fn text_start_at(at: usize, after: &str) -> usize {
    let t = after.trim();
    if t.eq_ignore_ascii_case("that") || t.eq_ignore_ascii_case("to") {
        at + (after.len() - after.trim_start().len())
    } else {
        at + after.len()
    }
}

/// [`CAPS_KEYWORD`]'s groups "kw" and "after" in `s`, read from its match (a find, not
/// captures, which cost several times more).
///
/// The match opens with the keyword (a zero-width boundary before it), one of
/// [`CAPS_KEYWORDS`], none of which opens another. Then comes the bracket when the text
/// after the keyword opens, past white space, with "(" (it then ends at the first ")": its
/// text holds none), since "after" opens, past white space, with a word, a punctuation mark
/// other than a bracket, or the end; and "after" is the rest of the match.
fn caps_keyword(s: &str) -> Option<(Range<usize>, Range<usize>)> {
    let m = CAPS_KEYWORD.find(s)?;
    let t = m.as_str();
    let kw = CAPS_KEYWORDS.iter().find(|k| t.starts_with(**k))?.len();
    let rest = &t[kw..];
    let bracket = if rest.trim_start().starts_with('(') { rest.find(')')? + 1 } else { 0 };
    Some((m.start()..m.start() + kw, m.start() + kw + bracket..m.end()))
}

/// Where the group "what" ("to" or "that", in any case: last in the pattern) starts in
/// `m`, a match of [`US_MOTION`] or [`MOVED_TO`]: the match ends with it, so a find (not
/// captures, which cost several times more) tells it. (A match that ends in "that" cannot
/// end in "to".)
fn what_at(m: regex::Match) -> usize {
    let b = m.as_str().as_bytes();
    let that = b.len() >= 4 && b[b.len() - 4..].eq_ignore_ascii_case(b"that");
    m.end() - if that { 4 } else { 2 }
}

/// A decision keyword inside a line of running text. `formal` says whether the document
/// marks decisions with keywords anywhere; if it never does, "it was agreed that ..." is
/// how it records them.
/// `has`: the decision words of `s` (bits of [`DECISION_WORDS`]); a pattern runs only when
/// `s` holds a word every match of it contains.
fn prose_decision(s: &str, formal: bool, has: u32) -> Option<Prose> {
    let may = |words: u32| has & words != 0;
    let text_after = |end: usize| {
        let rest = &s[end..];
        let t = rest
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | ','));
        let at = end + (rest.len() - t.len());
        // "it was agreed:" then clauses on the next lines.
        if t.trim().is_empty()
            && (s[..end].trim_end().ends_with(':') || s[..end].trim_end().ends_with(":-"))
        {
            return Some(s.len());
        }
        // Nothing after the keyword but "accordingly" or a full stop: a proposal above.
        let bare = t.trim().trim_end_matches('.').trim();
        if bare.is_empty()
            || bare.eq_ignore_ascii_case("accordingly")
            || bare.eq_ignore_ascii_case("unanimously")
        {
            None
        } else {
            Some(at)
        }
    };
    if may(W_CARRIED | W_AGREED)
        && let Some(c) = carried_line(s)
            .or_else(|| (may(W_CARRIED) && may_tally(s)).then(|| TALLY_CARRIED.captures(s)).flatten())
        // "The amendment was CARRIED.": not the motion's outcome.
        && (c.name("kw2").is_none() && c.name("kw3").is_none()
            || !crate::text::contains_ignore_ascii_case(s, "amendment"))
    {
        let kw = c.name("kw").or_else(|| c.name("kw2")).or_else(|| c.name("kw3"))?;
        return Some(Prose {
            verb: verb_name(kw.as_str()),
            keyword_at: kw.start(),
            text_at: None,
            failed: false,
            needs_outcome: false,
        });
    }
    if may(W_CARRIED)
        && s.trim_start().get(..5).is_some_and(|w| w.eq_ignore_ascii_case("moved"))
        && let Some(kw) = MOVED_SECONDED_CARRIED.captures(s).and_then(|c| c.name("kw"))
    {
        return Some(Prose {
            verb: verb_name(kw.as_str()),
            keyword_at: kw.start(),
            text_at: None,
            failed: false,
            needs_outcome: false,
        });
    }
    if let Some(c) = may(W_CARRIED | W_PASSED | W_ADOPTED | W_APPROVED)
        .then(|| CARRIED_LABEL.captures(s))
        .flatten()
    {
        let kw = c.name("kw")?;
        let end = c.get(0)?.end();
        return Some(Prose {
            verb: verb_name(kw.as_str()),
            keyword_at: kw.start(),
            text_at: text_after(end),
            failed: false,
            needs_outcome: false,
        });
    }
    if let Some((kw, after)) =
        may(W_RESOLV | W_AGREED | W_DECIDED | W_RECOMMENDED).then(|| caps_keyword(s)).flatten()
    {
        return Some(Prose {
            verb: verb_name(&s[kw.clone()]),
            keyword_at: kw.start,
            text_at: text_after(text_start_at(after.start, &s[after])),
            failed: false,
            needs_outcome: false,
        });
    }
    if let Some(c) = may(W_RESOLV).then(|| resolved_prose(s)).flatten() {
        let kw = c.name("kw")?;
        let whole = c.get(0)?;
        let lead_in = whole.as_str().trim_end().ends_with([':', '-']);
        // "The Committee resolved under Section 50A(4) of the Act to exclude ...": the
        // decision starts at its "to", after the power it was made under.
        let text_at = match c.name("to").or_else(|| c.name("by_that")) {
            Some(to) => Some(to.start()),
            None => text_after(if lead_in { whole.end() } else { kw.end() }),
        };
        return Some(Prose {
            verb: "Resolved",
            keyword_at: kw.start(),
            text_at,
            failed: false,
            needs_outcome: false,
        });
    }
    if let Some(c) = (may(W_SUBJECT_VERBS) && may_subject_approved(s))
        .then(|| SUBJECT_APPROVED.captures(s))
        .flatten()
        && let (Some(subj), Some(kw)) = (c.name("subj"), c.name("kw"))
    {
        return Some(Prose {
            verb: verb_name(kw.as_str()),
            keyword_at: kw.start(),
            text_at: Some(subj.start()),
            failed: false,
            needs_outcome: false,
        });
    }
    if let Some(c) = (may(W_RESOLV | W_AGREED) && may_sentence_keyword(s))
        .then(|| SENTENCE_KEYWORD.captures(s))
        .flatten()
        // "Agreed to" only for "Resolved".
        && let (Some(kw), Some(after)) = (c.name("kw"), c.name("after"))
        && (kw.as_str() == "Resolved" || after.as_str().trim() != "to")
    {
        return Some(Prose {
            verb: verb_name(kw.as_str()),
            keyword_at: kw.start(),
            text_at: text_after(text_start(after)),
            failed: false,
            needs_outcome: false,
        });
    }
    if let Some(c) = (may(W_RESOLV) && may_be_it(s)).then(|| BE_IT_RESOLVED.captures(s)).flatten() {
        let that = c.name("that")?;
        return Some(Prose {
            verb: "Resolved",
            keyword_at: c.get(0)?.start(),
            text_at: Some(that.start()),
            failed: false,
            needs_outcome: false,
        });
    }
    if let Some(c) = may(W_M_S).then(|| MS_MOTION.captures(s)).flatten() {
        let what = c.name("what")?;
        return Some(Prose {
            verb: "Carried",
            keyword_at: 0,
            text_at: Some(what.start()),
            failed: false,
            needs_outcome: c.name("c").is_none(),
        });
    }
    if let Some(m) = (may(W_MOTION | W_MOVED) && may_us_motion(s))
        .then(|| US_MOTION.find(s))
        .flatten()
        .or_else(|| (may(W_MOVED) && may_moved_to(s)).then(|| MOVED_TO.find(s)).flatten())
    {
        let what = what_at(m);
        // "It was moved by X, seconded by Y and carried unanimously that ...": the outcome
        // stated before the motion.
        let between = &s[m.start()..what];
        let stated = ["carried", "agreed", "resolved"]
            .iter()
            .any(|w| crate::text::contains_ignore_ascii_case(between, w));
        return Some(Prose {
            verb: "Carried",
            keyword_at: 0,
            text_at: Some(what),
            failed: FAILED.is_match(&without_amendments(&s[what..])),
            needs_outcome: !stated,
        });
    }
    if let Some(what) = may(W_MOVED).then(|| moved_noun(s)).flatten() {
        return Some(Prose {
            verb: "Carried",
            keyword_at: 0,
            text_at: Some(what),
            failed: FAILED.is_match(&without_amendments(&s[what..])),
            needs_outcome: true,
        });
    }
    if let Some(what) = may(W_MOTION).then(|| made_a_motion(s)).flatten() {
        return Some(Prose {
            verb: "Carried",
            keyword_at: 0,
            text_at: Some(what),
            failed: FAILED.is_match(&without_amendments(&s[what..])),
            needs_outcome: true,
        });
    }
    // "seconded" (whose letters but the "s" have no case variant outside ASCII) stands in
    // every match of the pattern: a line with "second" but not "seconded" does not build it.
    if let Some(c) = (may(W_SECOND) && contains_ignore_ascii_case(s, "econded"))
        .then(|| SECONDED.captures(s))
        .flatten()
    {
        let kw = c.name("kw")?;
        // "... seconded by Y that the recommendation be approved, and" / "RESOLVED: ...":
        // "be approved" is the motion's own wording, not its outcome.
        if crate::text::ends_with_ignore_ascii_case(s[..kw.start()].trim_end(), " be") {
            return None;
        }
        let after = c.name("after")?;
        let from = text_start(after);
        // "... and carried by 10 votes to 2," at a line end: the motion ("with 1 abstention,
        // that ...") is on the next line, not a proposal above.
        if c.name("tally").is_some() && !starts_that_or_to(&s[from..]) {
            return None;
        }
        // "Y seconded the motion, which carried unanimously. The meeting adjourned at 7:58
        // p.m.": the sentence after the outcome's full stop is not the motion.
        let closed = after.as_str().trim() == "." && !starts_that_or_to(s[after.end()..].trim());
        return Some(Prose {
            verb: verb_name(kw.as_str()),
            keyword_at: kw.start(),
            text_at: if closed { None } else { text_after(from) },
            failed: false,
            needs_outcome: false,
        });
    }
    // "On motion of Supervisor A, seconded by Supervisor B, the Board unanimously approved
    // the agenda.": the body's own action after the seconder is the decision.
    if let Some(c) = (may(W_SECOND) && contains_ignore_ascii_case(s, "econded"))
        .then(|| SECONDED_BODY.captures(s))
        .flatten()
    {
        let kw = c.name("kw")?;
        let subject = c.name("subj")?;
        // "..., the Commission voted 4-0 (X recused) to approve ...": the body voted for a
        // motion, whose text is from its "to" (the tally and its remarks are the vote's).
        let voted_to = (kw.as_str() == "voted")
            .then(|| VOTED_TO.find(&s[kw.end()..]))
            .flatten()
            .map(|m| kw.end() + m.end() - 2);
        return Some(Prose {
            verb: verb_name(kw.as_str()),
            keyword_at: kw.start(),
            text_at: Some(voted_to.unwrap_or(subject.start())),
            failed: false,
            needs_outcome: false,
        });
    }
    if !formal && let Some(c) = may(W_AGREED).then(|| INFORMAL_AGREED.captures(s)).flatten() {
        let kw = c.name("kw")?;
        let after = c.name("after")?;
        let from = after.start() + (after.as_str().len() - after.as_str().trim_start().len());
        let from = if after.as_str().trim() == ":" { after.end() } else { from };
        // "It was agreed" at the end of a line: the "that ..." is on the next one.
        let text_at =
            if after.as_str().trim().is_empty() { Some(s.len()) } else { text_after(from) };
        return Some(Prose {
            verb: "Agreed",
            keyword_at: kw.start(),
            text_at,
            failed: false,
            needs_outcome: false,
        });
    }
    None
}

/// Whether line `i` opens with "It was agreed" and the nearest non-blank line above it (not
/// above `first`, at most two blank lines up) records a motion's mover and seconder and
/// nothing else: a line that opens "Proposed" or "Seconded" ("Proposed by Cllr A, seconded
/// by Cllr B."), or a table row under a "Proposed by<TAB>Seconded by" header.
fn below_a_seconder(text: &Text, i: usize, first: usize) -> bool {
    let opens = starts_with_ignore_ascii_case;
    if !opens(text.lines[i].trimmed(), "it was agreed") {
        return false;
    }
    let above = (first..i).rev().take(3).find(|&k| !text.lines[k].is_blank());
    let Some(mut k) = above else { return false };
    // "Cllr. A<TAB>Cllr. B Nic Giolla<TAB>No division" / "Phádraig": a row broken across a
    // page leaves the rest of a cell on a line of its own under it (a word or three, no tab,
    // no full stop).
    let t = text.lines[k].trimmed();
    if k > first
        && !t.contains('\t')
        && !t.ends_with('.')
        && t.split_whitespace().nth(3).is_none()
        && text.lines[k - 1].text.contains('\t')
    {
        k -= 1;
    }
    let record = |k: usize| {
        let t = text.lines[k].trimmed();
        (opens(t, "proposed") || opens(t, "seconded"))
            && t.len() <= 160
            && contains_ignore_ascii_case(t, "seconded")
    };
    record(k)
        || (k > first
            && text.lines[k].text.contains('\t')
            && record(k - 1)
            && text.lines[k - 1].text.contains('\t'))
}

/// The proposal a bare "and agreed" / "RESOLVED accordingly" on line `i` refers to: the
/// lines above, from the "that" after "proposed ... seconded ..." or from a paragraph that
/// starts "That ...", up to line `i`.
/// The motion quoted on the lines after "AND AGREED" (within three non-blank lines): a line
/// that opens with a quotation mark, or starts "That" / "To".
fn proposal_after(text: &Text, limit: usize, i: usize) -> Option<Range<usize>> {
    let next =
        text.lines[i + 1..].iter().take_while(|l| l.start < limit).find(|l| !l.is_blank())?;
    let t = next.trimmed();
    let quoted = t.starts_with(['“', '"', '‘']);
    let that = t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that "))
        || t.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("to "));
    if !quoted && !that {
        return None;
    }
    let r = next.trimmed_range();
    // "... and agreed" / "that the minutes ... be approved as a" / "correct record.": a
    // sentence wrapped over lines runs on to its end.
    if !quoted && !t.ends_with(['.', ';', ':', '"', '”']) {
        return Some(r.start..sentence_end(text, r.start, limit));
    }
    Some(r.start..r.end.min(limit))
}

static QUOTED_THAT: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r#"["“‘']\s*(?P<that>That)(?-u:\b)"#).unwrap());

fn proposal_before(text: &Text, floor: usize, i: usize) -> Option<Range<usize>> {
    static PROPOSED: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"(?is)(?-u:\b)(?:proposed|moved)(?-u:\b).*?(?-u:\b)(?P<that>that)(?-u:\b)",
        )
        .unwrap()
    });
    let mut k = i;
    let mut end: Option<usize> = None;
    let mut seen = 0;
    while k > 0 && seen < 15 {
        k -= 1;
        let l = text.lines[k];
        if l.start < floor {
            break;
        }
        if l.is_blank() {
            if end.is_some() && seen > 0 {
                // Paragraph boundary: only cross it when nothing has been found yet.
            }
            continue;
        }
        seen += 1;
        let t = l.trimmed();
        if line_keyword(t).is_some() || CAPS_KEYWORD.is_match(t) {
            return None;
        }
        end.get_or_insert(l.end());
        // "X proposed, seconded by Y, that ...", or its "that" wrapped onto this line ("It
        // was moved by X and seconded by Councillor" / "Y that Council set ...").
        let that_at = match PROPOSED.captures(l.text) {
            Some(c) => Some(l.start + c.name("that")?.start()),
            // (Not a motion quoted under a lead-in: "... the following motion:" / "“That
            // ...”" is read as a quote below.)
            None if !starts_that_or_to(t)
                && k > 0
                && text.lines[k - 1].start >= floor
                && !text.lines[k - 1].trimmed().ends_with(':') =>
            {
                let above = text.lines[k - 1];
                PROPOSED
                    .captures(&text.src[above.start..l.end()])
                    .and_then(|c| c.name("that"))
                    .map(|m| above.start + m.start())
                    .filter(|&at| at >= l.start)
            }
            None => None,
        };
        if let Some(that_at) = that_at {
            // "For (5): ..." / "The Cathaoirleach declared the proposal carried.": the
            // proposal is its own paragraph, not the vote recorded under it.
            let mut stop = l.end();
            for n in &text.lines[k + 1..i] {
                if n.is_blank() {
                    break;
                }
                stop = n.end();
            }
            // A lost amendment is passed over: the outcome is the main motion's.
            if lost_amendment(text, k, stop, text.lines[i].start) {
                end = None;
                seen = 0;
                continue;
            }
            return Some(that_at..stop.min(end?));
        }
        // A resolution in agenda form ("ORDINARY RESOLUTION 1" / "To receive the annual
        // report ..." / "Proposed: X  Seconded: Y" / "CARRIED") reads like "That ...".
        // "Motion: That the apology be accepted." / "Moved: X  Seconded: Y  Carried": the
        // label is not the motion's text.
        let label = motion_label_len(t);
        let t = &t[label..];
        if t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that ")) || t.starts_with("To ") {
            // "THAT Council receive the report; and\nTHAT Council award ...": earlier parts of
            // the same motion.
            let mut k = k;
            while k > 0 && text.lines[k - 1].start >= floor && !text.lines[k - 1].is_blank() {
                let above = text.lines[k - 1].trimmed();
                // ("be received;" / "and" / "THAT ...": the "and" alone on its line.)
                let joined = above.ends_with(';')
                    || above.ends_with("; and")
                    || above.ends_with(" and")
                    || above.eq_ignore_ascii_case("and")
                    || above.ends_with(',');
                // "MOVED Director X, SECONDED Director Y," closes the motion before it.
                if !joined || PROCEDURE.is_match(above) {
                    break;
                }
                // (Not past the outcome of an earlier motion in the same paragraph: "THAT
                // ..." / "Defeated" / "Resolution No. 2" / "THAT ...; and" / "THAT ...".)
                let top = (0..k)
                    .rev()
                    .take_while(|&x| {
                        let l = text.lines[x];
                        l.start >= floor && !l.is_blank() && !closes_motion(l.trimmed())
                    })
                    .last()
                    .unwrap_or(k - 1);
                match (top..k).find(|&x| {
                    text.lines[x]
                        .trimmed()
                        .get(..5)
                        .is_some_and(|w| w.eq_ignore_ascii_case("that "))
                }) {
                    Some(x) => k = x,
                    None => break,
                }
            }
            let l = text.lines[k];
            // The paragraph of the proposal, not what was said after it.
            let mut stop = l.end();
            // "That Council grants approval ..., subject to" / "the following conditions:"
            // / "1. ...": a lead-in wrapped over lines opens the list at its colon.
            let mut lead_in = l.trimmed().ends_with(':');
            let mut gap = false;
            for (x, n) in text.lines[k + 1..i].iter().enumerate() {
                // "That Council:" then "1. Endorse ...", "2. Note ...": the clauses run on,
                // also when blank lines set them apart; so do the parts of a motion "THAT
                // ... be received;" / "AND THAT ...", a paragraph each.
                if n.is_blank() {
                    let so_far = text.src[l.start..stop].trim_end();
                    let and_that = (so_far.ends_with(';') || so_far.ends_with(" and"))
                        && text.lines[k + 2 + x..i]
                            .iter()
                            .find(|m| !m.is_blank())
                            .is_some_and(|m| opens_and_that(m.trimmed()));
                    if !lead_in && !and_that {
                        break;
                    }
                    gap = true;
                    continue;
                }
                let clause = lead_in && clause_label(n.trimmed()).is_some()
                    || gap && opens_and_that(n.trimmed());
                let so_far = text.src[l.start..stop].trim_end();
                let opens_list =
                    !gap && so_far.ends_with(':') && clause_label(n.trimmed()).is_some();
                lead_in |= opens_list;
                let clause = clause || opens_list;
                let finished = so_far.ends_with(['.', '”', '"']) && !ends_in_abbreviation(so_far);
                if !clause && (gap || finished) {
                    break;
                }
                gap = false;
                stop = n.end();
            }
            // "Amendment" / "Moved by ..." / "That the main motion be amended ..." / "Amendment
            // Lost" / "The main motion was then put." / "Carried": a lost amendment between the
            // motion and its outcome is passed over; the outcome is the main motion's.
            if lost_amendment(text, k, stop, text.lines[i].start) {
                end = None;
                seen = 0;
                continue;
            }
            let from = l.trimmed_range().start + motion_label_len(l.trimmed());
            return Some(from..stop.min(end?));
        }
        // A quoted motion: "(a) Cllr X: “That the Council ...”", to its closing quote.
        if let Some(m) = QUOTED_THAT.captures(l.text).and_then(|c| c.name("that")) {
            // The quote may close on a later line, before line `i` ("“That the Council ...
            // extend the" / "grant to older buildings.”").
            let from = l.start + m.start();
            let upto = text.lines[i].start.max(from);
            let close = text.src[from..upto].find(['”', '"']).map_or(l.end(), |p| from + p);
            return Some(from..close);
        }
    }
    None
}

/// Whether line `t` records only a motion's outcome ("Carried", "CARRIED 5/1", "Defeated",
/// "Lost.").
fn closes_motion(t: &str) -> bool {
    let w = t.trim_end_matches('.');
    ["defeated", "lost", "failed"].iter().any(|o| w.eq_ignore_ascii_case(o))
        || carried_line(t).is_some()
}

/// The length of a "Motion:" label (with the white space after it) that opens `t` before
/// the motion's "That"/"To" ("Motion: That the report be received."); 0 without one.
fn motion_label_len(t: &str) -> usize {
    if !t.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("motion:")) {
        return 0;
    }
    let rest = t[7..].trim_start();
    let opens =
        rest.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that ")) || rest.starts_with("To ");
    if opens { t.len() - rest.len() } else { 0 }
}

/// True when `t` opens "AND THAT" / "And that": a further part of the motion above it.
fn opens_and_that(t: &str) -> bool {
    t.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("and that "))
}

/// Whether the proposal that starts on line `k` and ends at `stop` amends the motion
/// ("That the main motion be amended ...", or under an "Amendment" line of its paragraph)
/// and the text after it, up to `upto`, says it was lost ("Amendment Lost", "The amendment
/// was defeated").
fn lost_amendment(text: &Text, k: usize, stop: usize, upto: usize) -> bool {
    let after = &text.src[stop.min(upto)..upto];
    // Cheap gate: a failure word after it, in a sentence or alone on its line (a right-
    // aligned "DEFEATED" under the amendment).
    let alone = |l: &str| {
        let w = l.trim().trim_end_matches('.');
        ["defeated", "lost", "failed"].iter().any(|o| w.eq_ignore_ascii_case(o))
    };
    if !FAILED.is_match(after) && !after.lines().any(alone) {
        return false;
    }
    let proposal = &text.src[text.lines[k].start..stop.max(text.lines[k].start)];
    amends_the_motion(proposal)
        || text.lines[..k]
            .iter()
            .rev()
            .take(3)
            .take_while(|l| !l.is_blank())
            .any(|l| l.trimmed().get(..9).is_some_and(|w| w.eq_ignore_ascii_case("amendment")))
}

fn verb_name(v: &str) -> &'static str {
    match v.to_ascii_lowercase().as_str() {
        "resolved" | "resolve" | "resolution" => "Resolved",
        "agreed" => "Agreed",
        "decided" | "decision" | "determined" => "Decided",
        "recommended" => "Recommended",
        "carried" | "passed" | "adopted" => "Carried",
        "approved" => "Approved",
        "endorsed" => "Endorsed",
        "ratified" => "Ratified",
        _ => "Resolved",
    }
}

static PAST_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(?:Approved|Adopted|Accepted|Authori[sz]ed|Appointed|Awarded|Received and filed|Received the|Waived|Denied|Rejected|Ratified|Confirmed|Introduced|Passed|Carried|Granted|Refused|Deferred|Elected|Continued|Tabled|Upheld|Dismissed)(?-u:\b)").unwrap()
});

static ACTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^\s*(?:[-–•]\s*)?(?i:actions?(?:\s+(?:points?|by|for|required|owner))?|action\s+point)\s*(?:[:\-–—]|\t)\s*").unwrap()
});

/// Whether [`ACTION`] can match: it starts with "action" after spaces and a bullet, and
/// most lines do not.
fn may_be_action(s: &str) -> bool {
    // (The first byte after ASCII white space, when it is ASCII but no "a", "A" or "-",
    // answers at once: `trim_start` takes that white space, and the other bullets and white
    // space outside ASCII are more than one byte. Indented lines are common.)
    if s.bytes()
        .find(|&b| !is_ascii_space(b))
        .is_some_and(|b| b.is_ascii() && !matches!(b, b'a' | b'A' | b'-'))
    {
        return false;
    }
    let t = s.trim_start().trim_start_matches(['-', '–', '•']).trim_start();
    t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("action"))
}

fn action_label(s: &str) -> Option<usize> {
    if !may_be_action(s) {
        return None;
    }
    let end = ACTION.find(s)?.end();
    // "ACTION: Motion by X, second by Y, to approve ..." (US minutes): a motion, read as one.
    let rest = s[end..].trim_start();
    if rest.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("motion")) {
        return None;
    }
    Some(end)
}

/// Where the paragraph above line `i` starts (its first line's start, not before `from`):
/// the lines above it up to a blank line, one blank line between them and `i` skipped.
/// `None` when there is no such line.
fn paragraph_above(text: &Text, i: usize, from: usize) -> Option<usize> {
    let usable = |j: usize| text.lines[j].start >= from && !text.lines[j].is_blank();
    let mut j = i.checked_sub(1)?;
    if text.lines[j].is_blank() {
        j = j.checked_sub(1)?;
    }
    if !usable(j) {
        return None;
    }
    while j > 0 && usable(j - 1) {
        j -= 1;
    }
    Some(text.lines[j].start)
}

/// Whether `t`, the text after an "ACTION:" label, only names who acts: one to four
/// initials or names in capitals ("RO", "PW / AS", "Clerk & JT", "Sue Parfitt"), nothing
/// in lower case but "and", no full stop and no tab.
fn owners_only(t: &str) -> bool {
    let t = t.trim();
    // ("Action<TAB>Who<TAB>When": a table's header row, over the actions.)
    if t.is_empty() || t.len() > 40 || t.contains(['.', ':', ';', '\t']) {
        return false;
    }
    let mut names = 0;
    for w in t.split(|c: char| c.is_whitespace() || matches!(c, '/' | '&' | ',')) {
        if w.is_empty() || w == "and" {
            continue;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) || !w.chars().all(char::is_alphabetic) {
            return false;
        }
        names += 1;
    }
    (1..=4).contains(&names)
}

/// Where a block that starts at byte `start` (on line `i`) ends, and the line after it.
///
/// The block runs through its first paragraph, then on past blank lines while the text so
/// far is unfinished (no closing punctuation), the next paragraph is a labelled clause, or
/// nothing but the keyword has been seen.
fn block_end(
    text: &Text,
    repeats: &Repeats,
    i: usize,
    start: usize,
    limit: usize,
) -> (usize, usize) {
    let mut end = text.lines[i].end().min(limit).max(start);
    let mut j = i + 1;
    let first_label = clause_label(text.src[start..end].trim_start());
    let mut in_clauses = first_label.is_some();
    // The label of the list entry the decision sits in, read when a label is met.
    let mut entry: Option<Option<(&str, Style)>> = None;
    let mut last_label: Option<(&str, Style)> = first_label.map(|(l, s, _)| (l, s));
    // The labels met so far in the decision.
    let mut seen: Vec<(&str, Style)> = last_label.iter().copied().collect();
    while j < text.lines.len() && text.lines[j].start < limit {
        let l = text.lines[j];
        if l.is_blank() {
            j += 1;
            continue;
        }
        if let Some(after) = furniture_paragraph(text, repeats, j, limit) {
            j = after;
            continue;
        }
        let t = l.trimmed();
        let gap = text.lines[text.line_of(end)..j].iter().skip(1).any(|x| x.is_blank());
        let so_far = text.src[start..end].trim_end();
        if line_keyword(t).is_some() || action_label(t).is_some() {
            break;
        }
        let label_info = clause_label(t);
        let label = label_info.is_some();
        // "... the following payments, totalling £3,412.67:" / "1. S Kemp - salary   £ 842.50":
        // numbered rows with an amount in a column after a lead-in colon are a table of
        // data, not the decision's clauses.
        if label && so_far.ends_with(':') && amount_column(t) {
            break;
        }
        // "... Financial Plan Bylaw No." / "1187, 2025" be adopted": an abbreviation at
        // the line end does not end the sentence.
        // "... not served by public transport.”" / "The Meetings Administrator was asked
        // ...": a quoted motion ends at its closing quote after its full stop.
        let unquoted = so_far.strip_suffix(['”', '"', '’']).unwrap_or(so_far);
        let ends_sentence = unquoted.ends_with(['.', '!', '?']) && !ends_in_abbreviation(unquoted);
        let lead_in = so_far.is_empty()
            || so_far.ends_with([':', ',', ';'])
            || so_far.ends_with(" and")
            || so_far.ends_with(" or");
        // A label continues the decision only as its first clause ((a), (i), 1.), after a
        // lead-in, or inside a run of clauses: "b) Grants: ..." after a finished decision is
        // the next point of the item.
        let label_ok = label
            && (in_clauses
                || lead_in
                || label_info
                    .as_ref()
                    .is_some_and(|(l, _, _)| matches!(*l, "a" | "i" | "1" | "A" | "I")));
        if label && !label_ok {
            break;
        }
        // "(c) AGAR ... The Council RESOLVED:" / "(i) ..." / "(ii) ..." / "(d) The pay award
        // ...": the next entry of the list the decision sits in ends it.
        if let Some((l, style, _)) = &label_info {
            // "(i) ...; and" / "(ii) ... dwelling." / "(b) 25/01302/OUT – ...": after a
            // finished sentence, a label that neither opens a list nor follows one met in
            // the decision is the next entry of a list outside it.
            let first_label = matches!(*l, "a" | "i" | "1" | "A" | "I");
            if ends_sentence
                && !first_label
                && !seen.is_empty()
                && !seen.iter().any(|(p, ps)| follows(p, *ps, l, *style))
            {
                break;
            }
            seen.push((*l, *style));
            let outer = entry.get_or_insert_with(|| entry_label(text, i));
            let inner = last_label.as_ref().is_some_and(|(p, ps)| follows(p, *ps, l, *style));
            if !inner && outer.as_ref().is_some_and(|(p, ps)| follows(p, *ps, l, *style)) {
                break;
            }
            last_label = Some((*l, *style));
        }
        if gap {
            let unfinished = !so_far.is_empty()
                && !so_far.ends_with(['.', ';', '!', '?', ')', '"', '”'])
                || so_far.ends_with(':');
            let continues = so_far.is_empty() || label || unfinished;
            // A new paragraph of plain text after finished clauses ends the block.
            if !continues {
                break;
            }
            if !label && in_clauses && !unfinished {
                break;
            }
        } else if !label && !so_far.is_empty() {
            // In the same paragraph: a finished sentence followed by a new line that starts a
            // new sentence ends the decision, unless it continues in lower case.
            let lower_start = t.starts_with(|c: char| c.is_lowercase());
            if ends_sentence && !lower_start {
                break;
            }
            // After a lead-in colon, table rows (tabs, amounts) are data, not decision text.
            if so_far.ends_with(':')
                && !crate::text::starts_with_bullet(t)
                && (t.contains('\t') || amount_end(t))
            {
                break;
            }
            if !in_clauses && !lead_in && (t.contains('\t') || amount_end(t)) && ends_sentence {
                break;
            }
        }
        if is_signature(t) || vote_line(t) {
            break;
        }
        in_clauses |= label;
        end = l.end().min(limit);
        j += 1;
    }
    (end, j)
}

/// The label of the list entry that line `i` belongs to: the first labelled line at or
/// above it in its paragraph ("(c) Annual Return ..." over "The Council RESOLVED:").
fn entry_label<'a>(text: &Text<'a>, i: usize) -> Option<(&'a str, Style)> {
    text.lines[..=i.min(text.lines.len().checked_sub(1)?)]
        .iter()
        .rev()
        .take(8)
        .take_while(|l| !l.is_blank())
        .find_map(|l| clause_label(l.trimmed()))
        .map(|(l, s, _)| (l, s))
}

/// Whether label `next` is the one after `prev` in the same list: the same style and the
/// next value of one reading ("c" -> "d", "ii" -> "iii", "3" -> "4").
fn follows(prev: &str, ps: Style, next: &str, ns: Style) -> bool {
    ps == ns && {
        let after = interpretations(next);
        interpretations(prev)
            .iter()
            .any(|&(t, v)| after.iter().any(|&(t2, v2)| t == t2 && v2 == v + 1))
    }
}

/// True when `s` ends with a number or title abbreviation and its dot ("Bylaw No.", "Nos.",
/// "Cllr.", "Mr.", the "v." of a case name, an initial), not a full stop: the sentence
/// splitter's list, [`crate::text::is_abbreviation`].
fn ends_in_abbreviation(s: &str) -> bool {
    s.trim_end().strip_suffix('.').is_some_and(crate::text::is_abbreviation)
}

/// A running page header or footer between blank lines ("Planning Committee – 4 March 2026"
/// / "Page 2 of 3", "Parish Council    Chairman's initials ....    Page 1 of 3"): a paragraph
/// of at most three lines whose last line ends "Page N" or "Page N of M", or whose lines are
/// all page numbers and sign-off lines ("Page 46" / "Mayor's initials ......", or the
/// initials or signature line alone), or a single line that the document repeats word for
/// word. Returns the line after it.
fn furniture_paragraph(text: &Text, repeats: &Repeats, j: usize, limit: usize) -> Option<usize> {
    static PAGE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)(?:^|\s)page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$").unwrap()
    });
    // (A page number ends the line: that byte first.)
    let page = |t: &str| t.ends_with(|c: char| c.is_ascii_digit()) && PAGE.is_match(t);
    if j > 0 && !blank(&text.lines[j - 1]) {
        return None;
    }
    // A footer boxed between rules ("- - - - - -" / "Board Minutes - 22 April 2025" /
    // "CONFIDENTIAL    Page 2 of 3" / "- - - - - -"): a rule ends a paragraph and is
    // furniture, alone or with the footer lines it frames; a page number between two rules
    // makes them a footer whatever stands beside it.
    let is_rule = |k: usize| {
        k < text.lines.len() && text.lines[k].start < limit && rule_line(text.lines[k].trimmed())
    };
    let framed = is_rule(j);
    let top = j + framed as usize;
    let mut k = top;
    while k < text.lines.len()
        && text.lines[k].start < limit
        && !blank(&text.lines[k])
        && !is_rule(k)
    {
        if k - top >= 3 {
            return None;
        }
        k += 1;
    }
    let closed = is_rule(k);
    let after = k + closed as usize;
    if k == top {
        return framed.then_some(after);
    }
    if framed
        && closed
        && text.lines[top..k].iter().any(|l| l.trimmed().len() < 200 && page(l.trimmed()))
    {
        return Some(after);
    }
    let j = top;
    let last = text.lines[k.checked_sub(1)?].trimmed();
    if k == j || last.len() >= 200 {
        return None;
    }
    // A page number over or under the chair's initials or signature line ("Page 46" /
    // "Mayor's initials ..........", "... Page 1 of 2" / "Chair's signature ....."), or the
    // initials or signature line alone.
    if text.lines[j..k].iter().all(|l| {
        let t = l.trimmed();
        t.len() < 200 && (sign_off_line(t) || page(t))
    }) && text.lines[j..k].iter().any(|l| page(l.trimmed()) || initials_line(l.trimmed()))
    {
        return Some(after);
    }
    // A page number, or a one-line running header that the document repeats word for word.
    // (Looked for within 10 kB either side, two or three pages: a running header repeats on
    // every page, and a whole-document search per paragraph would not stay linear.)
    // (The page-number pattern first: it is cheaper than the search.)
    // (A sentence's end is no running header's: most one-line paragraphs end so, and skip
    // the search; dots left for a signature are not a full stop.)
    let sentence_end = last.ends_with(['.', ';', ',', ':']) && !last.ends_with("..");
    // (The search depends on line `j` alone: its answer is kept for the next time.)
    let furniture = page(last)
        || k == j + 1
            && last.len() >= 12
            && !sentence_end
            && repeats.of(j, || {
                let at = text.lines[j].start;
                let lo = crate::text::floor_char_boundary(text.src, at.saturating_sub(10_000));
                let hi =
                    crate::text::floor_char_boundary(text.src, (at + 10_000).min(text.src.len()));
                occurs_twice(&text.src.as_bytes()[lo..hi], last.as_bytes())
            });
    furniture.then_some(after)
}

/// A rule drawn across the page with dashes, underscores, equals signs or asterisks (spaced
/// or not, ten or more of them) and nothing else: "- - - - - - - -", "__________".
fn rule_line(t: &str) -> bool {
    let b = t.as_bytes();
    matches!(b.first(), Some(b'-' | b'_' | b'=' | b'*'))
        && b.iter().filter(|&&c| c != b' ').count() >= 10
        && b.iter().all(|&c| matches!(c, b'-' | b'_' | b'=' | b'*' | b' ' | b'\t'))
}

/// Whether `needle` (two bytes or more) occurs twice in `hay` without overlapping: whether
/// [`memchr::memmem::find_iter`] finds a second match. Where the CPU has AVX2, found with
/// memchr's packed-pair searcher, whose set-up only picks two bytes of the needle (memmem's
/// also builds a two-way searcher, which costs more than searching the 20 kB window of
/// [`furniture_paragraph`]). Each search returns the leftmost match in what it reads, and
/// the next one starts after it, as `find_iter`'s does (memmem itself searches with this
/// searcher's `find` for short needles); the tail shorter than the pair searcher can read
/// goes to memmem.
fn occurs_twice(hay: &[u8], needle: &[u8]) -> bool {
    #[cfg(target_arch = "x86_64")]
    if let Some(f) = memchr::arch::x86_64::avx2::packedpair::Finder::new(needle) {
        let mut at = 0;
        let mut seen = 0;
        loop {
            let rest = &hay[at..];
            let found = if rest.len() >= f.min_haystack_len() {
                f.find(rest, needle)
            } else {
                memchr::memmem::find(rest, needle)
            };
            match found {
                Some(p) => {
                    seen += 1;
                    if seen == 2 {
                        return true;
                    }
                    at += p + needle.len().max(1);
                    if at > hay.len() {
                        return false;
                    }
                }
                None => return false,
            }
        }
    }
    memchr::memmem::find_iter(hay, needle).nth(1).is_some()
}

/// Whether the one-line paragraph on each line asked about repeats nearby (the search of
/// [`furniture_paragraph`] for a running header), kept by line for one body: the block end,
/// the decision's text and each clause's text ask about the same lines, and the search
/// reads 20 kB.
#[derive(Default)]
struct Repeats(std::cell::RefCell<Vec<(usize, bool)>>);

impl Repeats {
    /// The answer for line `j`, from `search` the first time.
    fn of(&self, j: usize, search: impl FnOnce() -> bool) -> bool {
        if let Some(&(_, found)) = self.0.borrow().iter().find(|(line, _)| *line == j) {
            return found;
        }
        let found = search();
        self.0.borrow_mut().push((j, found));
        found
    }
}

/// A line for the chair's initials or signature, left for the pen: "Chairman's initials
/// ____", "Llofnod y Cadeirydd / Chair's signature ......", "Signed ........ Chair".
fn sign_off_line(t: &str) -> bool {
    // Cheap gate: the dots or rule left for the pen ("...", "___" or "…"), read from the
    // bytes of the dot, the underscore and the ellipsis's first byte.
    let b = t.as_bytes();
    let pen = memchr::memchr3_iter(b'.', b'_', 0xE2, b).any(|i| match b[i] {
        0xE2 => b.get(i + 1..i + 3) == Some(&[0x80, 0xA6]),
        c => b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c),
    });
    if !pen {
        return false;
    }
    static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)(?:^|[\s/])(?:initials|signature|signed)\s*[:.…_]{3,}").unwrap()
    });
    SIGN_OFF.is_match(t)
}

/// A sign-off line for initials or a signature on every page ("Chair's initials .......",
/// "Llofnod y Cadeirydd / Chair's signature ......"): furniture even alone (the page number
/// beside it may already be gone as a repeated footer). Not "Signed ..... Chair", which
/// closes the minutes.
fn initials_line(t: &str) -> bool {
    (crate::text::contains_ignore_ascii_case(t, "initials")
        || crate::text::contains_ignore_ascii_case(t, "signature"))
        && sign_off_line(t)
}

/// The text of `span` on one line ([`reflow`]), without the running page footers and
/// sign-off lines ([`furniture_paragraph`]) inside it.
fn reflow_span(text: &Text, repeats: &Repeats, span: Range<usize>) -> String {
    let s = &text.src[span.clone()];
    // Cheap gate: furniture stands after a blank line, so the span holds two line ends.
    let Some(nl) = s.find('\n') else { return reflow(s) };
    if !s[nl + 1..].contains('\n') {
        return reflow(s);
    }
    let first = text.line_of(span.start);
    let last = text.line_of(span.end.saturating_sub(1));
    // (Allocated at the first furniture met: a span without any is reflowed as it is.)
    let mut kept: Option<String> = None;
    let mut from = span.start;
    let mut j = first + 1;
    while j <= last {
        match furniture_paragraph(text, repeats, j, span.end) {
            Some(after) if after > j => {
                kept.get_or_insert_with(|| String::with_capacity(s.len()))
                    .push_str(&text.src[from..text.lines[j].start.max(from)]);
                from = text.lines.get(after).map_or(span.end, |l| l.start).clamp(from, span.end);
                j = after;
            }
            _ => j += 1,
        }
    }
    match kept {
        Some(mut kept) => {
            kept.push_str(&text.src[from..span.end]);
            reflow(&kept)
        }
        // Nothing was left out: `from` is still the span's start.
        None => reflow(s),
    }
}

/// Whether line `t` ends in an amount of money ([`AMOUNT_END`]); only a line with a
/// currency sign can.
fn amount_end(t: &str) -> bool {
    t.contains(['£', '$', '€']) && AMOUNT_END.is_match(t)
}

/// Whether `t` opens with a vote tally ([`VOTE`]): only a line whose first letter (after a
/// bracket and white space) opens one of its words (v, a, y, r, f: no other character folds
/// to these) can.
fn vote_line(t: &str) -> bool {
    let u = t.strip_prefix('(').unwrap_or(t).trim_start();
    u.as_bytes()
        .first()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'v' | b'a' | b'y' | b'r' | b'f'))
        && VOTE.is_match(t)
}

/// Whether line `t` ends in an amount of money standing in a column of its own, after a
/// tab or two spaces or more ("6. B Dewhurst Fencing - repair      £  645.25").
fn amount_column(t: &str) -> bool {
    static COLUMN: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?:\t|\s{2})\s*[£$€]\s*[\d,]+(?:\.\d\d)?$").unwrap()
    });
    t.contains(['£', '$', '€']) && COLUMN.is_match(t)
}

/// A line ending in an amount of money ("Hall hire – £60.00").
static AMOUNT_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"[£$€]\s?[\d,]+(?:\.\d\d)?\s*(?:incl\.? VAT|ex\.? VAT)?$").unwrap()
});

/// A vote tally line: "(Vote: 4-0-1)", "Votes: For 7, Against 2", "Ayes: 5".
static VOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^\(?\s*(?:votes?|voting|ayes|yeas|roll call vote|for\s*[:\-]?\s*\d)(?-u:\b)",
    )
    .unwrap()
});

/// The end of the minutes: "CHAIRMAN", "Signed ....", "Chair ........ Date ......".
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:chair(?:man|person|woman)?|signed|date|\.{3,}.*|_{3,}.*|(?:chair(?:man)?|signed)\s*[.:_…]{2,}.*|this page is intentionally left blank|the meeting (?:closed|ended|finished|concluded).*)$").unwrap()
});

/// "CHAIRMAN", "Signed ....", "Chair ........ Date ......": the end of the minutes.
fn is_signature(t: &str) -> bool {
    // Cheap gate: every alternative opens with c, s, d, t, a dot or an underscore, in either
    // case (a character outside ASCII, such as the long s that folds to "s", is left to the
    // pattern).
    let first = t.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii()
        && !matches!(first.to_ascii_lowercase(), b'c' | b's' | b'd' | b't' | b'.' | b'_')
    {
        return false;
    }
    SIGNATURE.is_match(t)
}

/// `end`, or the start of the first line after `start`'s line and before `end` that opens
/// with a clause label when the text before it is a finished sentence.
fn before_next_label(text: &Text, start: usize, end: usize) -> usize {
    // Cheap gate: a sentence on one line has no next line.
    if !text.src[start..end].contains('\n') {
        return end;
    }
    let first = text.line_of(start);
    let last = text.line_of(end.saturating_sub(1));
    for l in &text.lines[first + 1..=last.max(first)] {
        if l.start <= start || l.start >= end {
            continue;
        }
        let finished = text.src[start..l.start].trim_end().ends_with(['.', ';']);
        if finished && clause_label(l.trimmed()).is_some() {
            return text.src[..l.start].trim_end().len().max(start);
        }
    }
    end
}

/// `end`, or where the text before the first line after `start`'s line and before `end`
/// that only records an outcome ("CARRIED", "Ayes 5 - Noes 0   CARRIED", "All in favour.")
/// ends.
fn before_outcome_line(text: &Text, start: usize, end: usize) -> usize {
    // Cheap gate: a sentence on one line has no next line.
    if !text.src[start..end].contains('\n') {
        return end;
    }
    let first = text.line_of(start);
    let last = text.line_of(end.saturating_sub(1));
    for l in &text.lines[first + 1..=last.max(first)] {
        if l.start <= start || l.start >= end {
            continue;
        }
        let t = l.trimmed();
        // "All in favor. Motion carried 8-0." / "All in favour.": the vote on its own line.
        let outcome = t.get(..11).is_some_and(|w| {
            w.eq_ignore_ascii_case("all in favo") && t[11..].starts_with(['r', 'u', 'R', 'U'])
        }) || (crate::text::contains_ignore_ascii_case(t, "carried")
            || crate::text::contains_ignore_ascii_case(t, "agreed"))
            && (carried_line(t).is_some() || may_tally(t) && TALLY_CARRIED.is_match(t));
        if outcome {
            // "...; motion carried 5-0." as "...;" / "motion carried": without the ";".
            let before = text.src[..l.start].trim_end_matches([' ', '\t', '\n', '\r', ';', ',']);
            return before.len().max(start);
        }
    }
    end
}

/// The end of the sentence that starts at `start`: a full stop followed by white space and
/// a capital, a blank line, or `limit`.
fn sentence_end(text: &Text, start: usize, limit: usize) -> usize {
    // A sentence is rarely longer than this: look no further, so a long item stays linear.
    let cap = crate::text::floor_char_boundary(text.src, (start + 4000).min(limit)).max(start);
    let s = &text.src[start..cap];
    // The splitter knows abbreviations ("Harlan v. Calhoun", "Cllr.") and references
    // before their numbers ("M.G.L. c. 44", "s. 106"): its first sentence is the one.
    start + first_sentence_of(s)
}

/// The end of the first sentence [`crate::text::sentences`] finds in `s` (the length of `s`
/// for none), found by splitting a short head of `s` first, then longer ones.
///
/// The splitter reads `s` left to right, and what it decides at a line end reads only the
/// next line, at a ".", "!" or "?" only the closing quotes after it and the first
/// character after the white space that follows them (and the text before, the same in a
/// head). So when the first sentence of a head is followed in it by a character other
/// than white space and a line end after that, every decision up to the end of that
/// sentence (and the white space after it, where the cut was made) read the same text as
/// in `s`, and `s`'s first sentence is the same.
fn first_sentence_of(s: &str) -> usize {
    let mut head = 512;
    while head < s.len() {
        let t = &s[..crate::text::floor_char_boundary(s, head)];
        if let Some(r) = crate::text::sentences(t).first() {
            let rest = &t[r.end..];
            if rest.find(|c: char| !c.is_whitespace()).is_some_and(|k| rest[k..].contains('\n')) {
                return r.end;
            }
        }
        head *= 4;
    }
    crate::text::sentences(s).first().map_or(s.len(), |r| r.end)
}

/// A clause label at the start of `s`: returns (label, style, offset of the text after it).
///
/// The label is an optional bullet ("-", "–", "•") and white space, then "(x)", "x)" or
/// "x." and white space (or the end of `s`), where x is one or two small letters (in
/// brackets only; one otherwise), up to six small (i, v, x, l, c) or capital (I, V, X, L)
/// roman digits, one capital, or one or two digits. Read by hand: it runs on most lines of a
/// decision, and a pattern's captures cost several times more (the tests keep the pattern,
/// `CLAUSE_LABEL`, and check this against it).
fn clause_label(s: &str) -> Option<(&str, Style, usize)> {
    let b = s.as_bytes();
    // The bullet and the white space after it.
    let mut at = match b.first() {
        Some(b'-') => 1,
        _ if s.starts_with(['–', '•']) => 3,
        _ => 0,
    };
    if at > 0 {
        at = s.len() - s[at..].trim_start().len();
    }
    let paren = b.get(at) == Some(&b'(');
    let from = at + usize::from(paren);
    // Every character a label may hold is an ASCII letter or digit, and the character after
    // it is the closing ")" or ".": the label is the whole run of them.
    let len = b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    let label = &s[from.min(s.len())..from.min(s.len()) + len];
    let close = b.get(from + len).copied();
    let style = match close {
        Some(b')') if paren => Style::Paren,
        Some(b')') if !paren => Style::Right,
        Some(b'.') if !paren => Style::Dot,
        _ => return None,
    };
    let l = label.as_bytes();
    let all = |f: fn(&u8) -> bool| l.iter().all(f);
    let ok = (1..=2).contains(&l.len()) && all(u8::is_ascii_digit)
        || l.len() == 1 && l[0].is_ascii_alphabetic()
        || paren && l.len() == 2 && all(u8::is_ascii_lowercase)
        || (1..=6).contains(&l.len())
            && (all(|c| matches!(c, b'i' | b'v' | b'x' | b'l' | b'c'))
                || all(|c| matches!(c, b'I' | b'V' | b'X' | b'L')));
    if !ok {
        return None;
    }
    // White space after the label, or the end.
    let after = from + len + 1;
    let rest = &s[after..];
    let gap = rest.len() - rest.trim_start().len();
    if gap == 0 && !rest.is_empty() {
        return None;
    }
    Some((label, style, after + gap))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Paren,
    Right,
    Dot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Type {
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
    Number,
}

/// The readings of a label (at most two: a roman numeral and a letter), without allocating.
#[derive(Clone, Copy)]
struct Readings {
    items: [(Type, u32); 2],
    len: usize,
}

impl Default for Readings {
    fn default() -> Readings {
        Readings { items: [(Type::Number, 0); 2], len: 0 }
    }
}

impl Readings {
    fn push(&mut self, r: (Type, u32)) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = r;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Readings {
    type Target = [(Type, u32)];
    fn deref(&self) -> &[(Type, u32)] {
        &self.items[..self.len]
    }
}

fn interpretations(label: &str) -> Readings {
    let mut out = Readings::default();
    if let Ok(n) = label.parse::<u32>() {
        out.push((Type::Number, n));
        return out;
    }
    let lower = label.chars().all(|c| c.is_ascii_lowercase());
    if let Some(r) = crate::segment::roman(label) {
        out.push((if lower { Type::LowerRoman } else { Type::UpperRoman }, r));
    }
    if label.chars().count() == 1 {
        let c = label.chars().next().unwrap_or('a');
        let v = c.to_ascii_lowercase() as u32 - 'a' as u32 + 1;
        out.push((if lower { Type::LowerAlpha } else { Type::UpperAlpha }, v));
    } else if label.len() == 2
        && label.as_bytes()[0] == label.as_bytes()[1]
        && !lower_roman_only(label)
    {
        // "aa" after "z".
        out.push((Type::LowerAlpha, 26 + u32::from(label.as_bytes()[0] - b'a' + 1)));
    }
    out
}

fn lower_roman_only(l: &str) -> bool {
    crate::segment::roman(l).is_some()
}

/// Decisions from a block that may hold more than one: "RESOLVED: that the press be
/// excluded. The Chair reported ... RESOLVED: that the salary be increased." gives two.
/// The first keeps only its first sentence; each later one starts after its keyword.
fn split_decisions(
    text: &Text,
    repeats: &Repeats,
    verb: &str,
    keyword_at: usize,
    span: Range<usize>,
) -> Vec<Decision> {
    static INNER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"[.;]\s+(?:It\s+was\s+)?(?P<kw>RESOLVED|AGREED)(?-u:\b)\s*(?:[:\-–]\s*)?",
        )
        .unwrap()
    });
    let block = &text.src[span.clone()];
    // Cheap gate: every match of the inner keyword holds "RESOLVED" or "AGREED" as written
    // (the pattern is case-sensitive), so a block without either has no cut.
    if !block.contains("RESOLVED") && !block.contains("AGREED") {
        return decision(text, repeats, verb, keyword_at, span).into_iter().collect();
    }
    let cuts: Vec<(usize, Range<usize>, usize)> = INNER
        .captures_iter(block)
        .filter_map(|c| Some((c.get(0)?.start() + 1, c.name("kw")?.range(), c.get(0)?.end())))
        .collect();
    if cuts.is_empty() {
        return decision(text, repeats, verb, keyword_at, span).into_iter().collect();
    }
    let mut out = Vec::new();
    let first_end =
        crate::text::sentences(block).first().map_or(cuts[0].0, |r| r.end.min(cuts[0].0));
    out.extend(decision(text, repeats, verb, keyword_at, span.start..span.start + first_end));
    for (k, (_, kw, from)) in cuts.iter().enumerate() {
        let to = cuts.get(k + 1).map_or(block.len(), |n| n.0);
        let verb = verb_name(&block[kw.clone()]);
        out.extend(decision(
            text,
            repeats,
            verb,
            span.start + kw.start,
            span.start + from..span.start + to,
        ));
    }
    out
}

/// Builds a decision from the block `span` (keyword excluded).
fn decision(
    text: &Text,
    repeats: &Repeats,
    verb: &str,
    keyword_at: usize,
    span: Range<usize>,
) -> Option<Decision> {
    // Drop trailing procedure ("Proposed Cllr X, seconded Cllr Y, all in favour.", "(Cllr Z
    // did not vote.)") and quotation marks around a quoted motion.
    let mut span = span;
    // A decision in a table row ends with its cell: "AGREED: that ... meeting.<TAB>Owner".
    if let Some(at) = cell_end(&text.src[span.clone()]) {
        span.end = span.start + at;
    }
    loop {
        let block = &text.src[span.clone()];
        // (The sentences are split only when the last one can be procedure.)
        if !may_end_in_procedure(block) {
            break;
        }
        let sents = crate::text::sentences(block);
        if sents.len() < 2 {
            break;
        }
        let Some(last) = sents.last() else { break };
        if !is_procedure(&block[last.clone()]) {
            break;
        }
        span.end = span.start + sents[sents.len() - 2].end;
    }
    let edge = |c: char| c.is_whitespace() || matches!(c, '“' | '”' | '"');
    let whole = &text.src[span.clone()];
    let from_lead = whole.trim_start_matches(edge);
    let lead = whole.len() - from_lead.len();
    let block = from_lead.trim_end_matches(edge);
    let span = span.start + lead..span.start + lead + block.len();
    // List markers before clause labels ("- (a) That ...") are layout: Word exports them as
    // text, PDFs draw them. Dropped so every format gives the same text.
    let flowed = reflow_span(text, repeats, span.clone());
    // (Only a dash or bullet with white space after it can be a marker.)
    let whole = if has_marker_dash(&flowed) {
        MARKER.replace_all(&flowed, "$1$2").into_owned()
    } else {
        flowed
    };
    if whole.is_empty() {
        return None;
    }
    let clauses = clauses(text, repeats, span.clone());
    Some(Decision {
        verb: verb.to_string(),
        text: whole,
        clauses,
        evidence: text.evidence(keyword_at.min(span.start)..span.end),
    })
}

/// A list marker before a clause label ("- (a) That ..."): layout, dropped from a decision's
/// text.
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(^|\s)[-–•·]\s+(\([a-zA-Z0-9]{1,5}\)|[a-zA-Z0-9]{1,5}[.)]\s)").unwrap()
});

/// Whether `s` holds one of [`decision`]'s list markers ("-", "–", "•", "·") followed by
/// white space: without one, its marker pattern cannot match.
fn has_marker_dash(s: &str) -> bool {
    // The marks' bytes: "-", and the first bytes of "–" and "•" (0xE2) and "·" (0xC2).
    let b = s.as_bytes();
    memchr::memchr3_iter(b'-', 0xE2, 0xC2, b).any(|i| {
        let len = match b[i] {
            b'-' => 1,
            0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0xA2])) => 3,
            0xC2 if b.get(i + 1) == Some(&0xB7) => 2,
            _ => return false,
        };
        s[i + len..].starts_with(char::is_whitespace)
    })
}

/// Whether `b` is white space as [`char::is_whitespace`] reads an ASCII byte (the vertical
/// tab included, which [`u8::is_ascii_whitespace`] leaves out).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// [`crate::text::Line::is_blank`], answered from the first byte when that is printable ASCII.
fn blank(l: &crate::text::Line) -> bool {
    match l.text.as_bytes().first() {
        Some(&b) if b.is_ascii() && !is_ascii_space(b) => false,
        _ => l.is_blank(),
    }
}

/// Where a finished sentence is followed by a TAB (the end of a table cell) in `block`.
fn cell_end(block: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = block[from..].find('\t') {
        let at = from + p;
        // "... May meeting.<TAB>", "... element;<TAB>", but not a clause label "1.<TAB>".
        let before = block[..at].trim_end_matches(' ');
        let line = before.rsplit('\n').next().unwrap_or("").trim_start();
        let label = clause_label(line).is_some_and(|(_, _, end)| end >= line.len());
        let mut tail = before.chars().rev();
        let stop = tail.next().is_some_and(|c| matches!(c, '.' | ';' | '!' | '?'));
        let word =
            tail.next().is_some_and(|c| c.is_alphanumeric() || matches!(c, ')' | '%' | '”' | '"'));
        if !label && stop && word && line.len() >= 3 {
            return Some(before.len());
        }
        from = at + 1;
    }
    None
}

/// Whether [`PROCEDURE`] can match the last sentence of `block` (when there are two or
/// more). Its match runs to the sentence's end with no line end (`.` does not match one),
/// except in white space after "for" or "votes" ("Votes:" / "5 for, 2 against"), and opens
/// with a bracket or one of its words. A sentence after the first starts after white space.
/// So the last line of `block` must hold, after white space (or a byte outside ASCII: white
/// space beyond ASCII is more than one byte), a bracket or a word's first letters
/// ("proposed", "seconded", "moved", "carried", "all in favo", "unanimous", "nem", "for",
/// "vote", in ASCII case), or open with a digit after colons (a tally wrapped after its
/// word). The long s ("ſ"), which folds to "s", is left to the pattern.
fn may_end_in_procedure(block: &str) -> bool {
    if block.contains('ſ') {
        return true;
    }
    let t = block.trim_end();
    let b = t.as_bytes();
    let q = memchr::memrchr(b'\n', b).map_or(0, |n| n + 1);
    let tally = t[q..].trim_start().trim_start_matches(':').trim_start();
    if tally.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    (q.max(1)..b.len()).any(|p| {
        let word: &[u8] = match b[p].to_ascii_lowercase() {
            b'(' => b"(",
            b'p' => b"proposed",
            b's' => b"seconded",
            b'm' => b"moved",
            b'c' => b"carried",
            b'a' => b"all in favo",
            b'u' => b"unanimous",
            b'n' => b"nem",
            b'f' => b"for",
            b'v' => b"vote",
            _ => return false,
        };
        (b[p - 1] >= 0x80 || is_ascii_space(b[p - 1]))
            && b[p..].get(..word.len()).is_some_and(|x| x.eq_ignore_ascii_case(word))
    })
}

/// Whether sentence `s` records procedure ([`PROCEDURE`]). A sentence in brackets is one
/// bracket from its start to its end ("(Cllr Z did not vote.)"), not a clause label then
/// text that ends in brackets ("(b)<TAB>Cluain Mhuire, Castlequin (22 dwellings).", a
/// clause the splitter set apart at its tab).
fn is_procedure(s: &str) -> bool {
    PROCEDURE.is_match(s) && (!s.starts_with('(') || one_bracket(s))
}

/// Whether the bracket that opens `s` closes at its end (only a full stop after it).
fn one_bracket(s: &str) -> bool {
    let body = s.trim_end().trim_end_matches('.');
    let mut depth = 0i32;
    for (k, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return k + 1 == body.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// A sentence that records procedure, not the decision.
static PROCEDURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:\(.*\)\.?|(?:proposed|seconded|moved)(?-u:\b).*|(?:carried|all in favou?r|unanimous(?:ly)?|nem\.? ?con)(?-u:\b).*|(?:for|votes?)\s*:?\s*\d.*)$").unwrap()
});

struct Flat {
    label: String,
    style: Style,
    /// Byte range of the label and its own text.
    span: Range<usize>,
    /// Byte range of its own text.
    text: Range<usize>,
}

/// The clause tree of a decision block.
fn clauses(text: &Text, repeats: &Repeats, span: Range<usize>) -> Vec<Clause> {
    let flat = flat_clauses(text, span);
    if flat.is_empty() {
        return Vec::new();
    }
    // Assign levels with a stack of (type, style, last value).
    let mut levels: Vec<(Type, Style, u32)> = Vec::new();
    let mut placed: Vec<(usize, &Flat, u32)> = Vec::new(); // (depth, clause, value)
    for f in &flat {
        let interp = interpretations(&f.label);
        let mut chosen: Option<(usize, Type, u32)> = None;
        // A sibling of an open level: same type and style, next value.
        'find: for d in (0..levels.len()).rev() {
            for &(ty, v) in interp.iter() {
                if levels[d].0 == ty && levels[d].1 == f.style && v == levels[d].2 + 1 {
                    chosen = Some((d, ty, v));
                    break 'find;
                }
            }
        }
        if chosen.is_none() {
            // The first of a new level: a, i, 1, A, I.
            let first = interp.iter().find(|(ty, v)| {
                *v == 1
                    && (*ty != Type::LowerAlpha
                        || !interp.iter().any(|(t, _)| *t == Type::LowerRoman))
            });
            let first = first.or_else(|| interp.iter().find(|(_, v)| *v == 1));
            if let Some(&(ty, v)) = first {
                chosen = Some((levels.len(), ty, v));
            }
        }
        if chosen.is_none() {
            // Out of sequence ((a), (c)): a sibling of the nearest level of the same type.
            for d in (0..levels.len()).rev() {
                if let Some(&(ty, v)) = interp.iter().find(|(ty, _)| *ty == levels[d].0) {
                    chosen = Some((d, ty, v));
                    break;
                }
            }
        }
        let (depth, ty, v) = chosen.unwrap_or((
            levels.len().min(1).saturating_sub(0),
            interp.first().map_or(Type::Number, |x| x.0),
            interp.first().map_or(0, |x| x.1),
        ));
        levels.truncate(depth);
        levels.push((ty, f.style, v));
        placed.push((depth, f, v));
    }
    build_tree(text, repeats, &placed, 0, &mut 0)
}

fn build_tree(
    text: &Text,
    repeats: &Repeats,
    placed: &[(usize, &Flat, u32)],
    depth: usize,
    k: &mut usize,
) -> Vec<Clause> {
    let mut out = Vec::new();
    while *k < placed.len() {
        let (d, f, _) = placed[*k];
        if d < depth {
            break;
        }
        *k += 1;
        let children = build_tree(text, repeats, placed, d + 1, k);
        out.push(Clause {
            label: f.label.clone(),
            text: reflow_span(text, repeats, f.text.clone()),
            clauses: children,
            evidence: text.evidence(f.span.clone()),
        });
    }
    out
}

/// Clause labels at line starts (and inline "(a) ... (b) ..." runs) in `span`.
fn flat_clauses(text: &Text, span: Range<usize>) -> Vec<Flat> {
    let mut starts: Vec<(usize, usize, String, Style)> = Vec::new(); // (label at, text at, label, style)
    let first = text.line_of(span.start);
    let last = text.line_of(span.end.saturating_sub(1));
    for i in first..=last {
        let l = text.lines[i];
        let lo = l.start.max(span.start);
        let hi = l.end().min(span.end);
        if lo >= hi {
            continue;
        }
        let s = &text.src[lo..hi];
        let lead = s.len() - s.trim_start().len();
        if let Some((label, style, after)) = clause_label(s.trim_start()) {
            starts.push((lo + lead, lo + lead + after, label.to_string(), style));
        }
    }
    if starts.len() <= 1 {
        // Inline labels: "RESOLVED that (a) the report be noted; and (b) ...".
        static INLINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
            crate::pattern::regex(r"(?:^|[\s:;,])\((?P<l>[a-z]|[ivx]{1,4}|\d{1,2})\)\s").unwrap()
        });
        let s = &text.src[span.clone()];
        // (Every label opens with a bracket: without one the pattern does not run.)
        let found: Vec<_> = if s.contains('(') {
            INLINE_LABEL
                .captures_iter(s)
                .filter(|c| c.name("l").is_some_and(|m| opens_clause(&s[..m.start() - 1])))
                .filter_map(|c| {
                    c.name("l").map(|m| (m.start() - 1, m.end() + 1, m.as_str().to_string()))
                })
                .collect()
        } else {
            Vec::new()
        };
        let firsts = found.first().is_some_and(|(_, _, l)| l == "a" || l == "i" || l == "1");
        if found.len() >= 2 && firsts {
            starts.clear();
            for (a, b, l) in found {
                let after = s[b..].len() - s[b..].trim_start().len();
                starts.push((span.start + a, span.start + b + after, l, Style::Paren));
            }
        }
    }
    // Keep only a plausible sequence: labels must interpret.
    let mut out: Vec<Flat> = Vec::new();
    for (k, (at, text_at, label, style)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(span.end, |n| n.0);
        let interp = interpretations(label);
        if interp.is_empty() {
            continue;
        }
        let text_end = end.max(*text_at);
        out.push(Flat {
            label: label.clone(),
            style: *style,
            span: *at..trim_end_at(text, *at, text_end),
            text: (*text_at).min(text_end)..trim_end_at(text, *text_at, text_end),
        });
    }
    // A single "1." is a numbered sentence, not a clause list; a lone "(a)" still is.
    if out.len() == 1 && out[0].style == Style::Dot {
        return Vec::new();
    }
    out
}

/// Whether an inline label after `before` opens a clause: at a line's start, or after a
/// colon, a semicolon, a comma, a full stop, a dash, "that" or "to" (an "and"/"or" between
/// them aside):
/// "RESOLVED that (a) the report be noted; and (b) ...". A label referred to inside a
/// sentence ("no objections to applications (a) and (b)") opens none.
fn opens_clause(before: &str) -> bool {
    let line = before.trim_end_matches([' ', '\t']);
    if line.is_empty() || line.ends_with('\n') {
        return true;
    }
    let mut t = line.trim_end();
    for w in [" and", " or", " AND", " OR", " And", " Or"] {
        if let Some(r) = t.strip_suffix(w) {
            t = r.trim_end();
            break;
        }
    }
    let word = &t[t.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len()..];
    t.ends_with([':', ';', ',', '.', '\u{2013}'])
        || word.eq_ignore_ascii_case("that")
        || word.eq_ignore_ascii_case("to")
}

fn trim_end_at(text: &Text, start: usize, end: usize) -> usize {
    let s = &text.src[start.min(end)..end];
    start.min(end) + s.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pattern [`is_formal`] stood for before "seconded" and "motion" were read by
    /// [`carried_after`]: the specification of the two.
    const FORMAL_SPEC: &str = r"(?m)(?-u:\b)(?:RESOLVED|AGREED|DECIDED)(?-u:\b)|^\s*(?:[-–•]\s*)?(?:Resolved|Agreed|Decision|Decided)\s*[:\-–]|^[ \t]*(?:Decision|DECISION)[ \t]*:?[ \t]*\r?$|^[ \t]*(?:CARRIED|Carried)(?:[ \t]*[:.,]|[ \t]+(?i:unanimously)|[ \t]*\r?$|(?:\t|[ ]{2})[ \t]*\(?[A-Za-z#.]{0,12}[ ]?\d)|(?i:(?-u:\b)it\s+was\s+(?:\w+ly\s+)?resolved(?-u:\b)|(?-u:\b)(?:council|committee|board|panel|cabinet|authority|trustees|governors)\s+(?:\w+ly\s+)?resolved\s+(?:that|to|under)(?-u:\b)|(?-u:\b)seconded(?-u:\b)(?:(?-u:\b)(?:[A-Z]|cllrs?|mrs?|ms|dr|prof|rev|st)\.\s|[^.]){0,80}(?-u:\b)(?:carried|agreed|resolved)(?-u:\b)|(?-u:\b)motion(?-u:\b)[^.]{0,200}(?-u:\b)(?:carried|passed)(?-u:\b))";

    /// The pattern [`clause_label`] reads by hand.
    const CLAUSE_LABEL: &str = r"^(?:[-–•]\s*)?(?:\((?P<p>[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|[IVXL]{1,6}|\d{1,2})\)|(?P<r>[a-z]|[ivxlc]{1,6}|[A-Z]|[IVXL]{1,6}|\d{1,2})\)|(?P<d>[a-z]|[ivxlc]{1,6}|[A-Z]|[IVXL]{1,6}|\d{1,2})\.)(?:\s+|$)";

    /// [`clause_label`] by its pattern.
    fn clause_label_spec(s: &str) -> Option<(String, Style, usize)> {
        static LABEL: LazyLock<Regex> =
            LazyLock::new(|| crate::pattern::regex(CLAUSE_LABEL).unwrap());
        let caps = LABEL.captures(s)?;
        let (m, style) = if let Some(m) = caps.name("p") {
            (m, Style::Paren)
        } else if let Some(m) = caps.name("r") {
            (m, Style::Right)
        } else {
            (caps.name("d")?, Style::Dot)
        };
        Some((m.as_str().to_string(), style, caps.get(0)?.end()))
    }

    proptest::proptest! {
        /// The hand reading of a keyword line is [`LINE_KEYWORD`]'s.
        #[test]
        fn line_keyword_by_hand_is_the_pattern(
            s in r"[ \t]{0,2}(?:RESOLVED|Resolved|RESOLVE|RESOLVEDLY|AGREED|Agreed|DECIDED|Decided|RECOMMENDED|DECISION|Decision|Decisions|RESOLUTION|Resolution|DETERMINED)[ \t]{0,2}(?:that|to|the|THE|THAT/25/1|then|by|unanimously|\(x\)|,|:|-|–|—|\.|AGREED|Council AGREED|/ AGREED|é|\n)?[ a-zA-Z:.]{0,6}"
        ) {
            if let Some(g) = line_keyword_by_hand(&s) {
                let caps = LINE_KEYWORD.captures(&s);
                proptest::prop_assert!(caps.is_some(), "{:?}", s);
                let caps = caps.unwrap();
                let range = |i: usize| caps.get(i).map(|m| m.range());
                proptest::prop_assert_eq!(range(LK_PRE), Some(g.pre));
                proptest::prop_assert_eq!(range(LK_OTHER).is_some(), g.other);
                proptest::prop_assert_eq!(range(LK_VERB), Some(g.verb));
                proptest::prop_assert_eq!(range(LK_HOW), g.how);
                proptest::prop_assert_eq!(range(LK_REFERENCE).is_some(), g.reference);
                proptest::prop_assert_eq!(range(LK_SEP), Some(g.sep));
            }
        }
    }

    proptest::proptest! {
        /// The keyword and its "after" read from [`CAPS_KEYWORD`]'s match are its captures.
        #[test]
        fn caps_keyword_is_the_captures(
            s in r"[a-z .]{0,6}(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|AGREEDX)[ \t]{0,2}(?:\([a-z )(]{0,44}\)?)?[ \t]{0,2}(?:that|To|to|:|-|–|,|\.|accordingly|UNANIMOUSLY|the|\(|RESOLVED:)?[ a-z.]{0,4}"
        ) {
            let spec = CAPS_KEYWORD.captures(&s).map(|c| {
                (c.name("kw").map(|m| m.range()), c.name("after").map(|m| m.range()))
            });
            let hand = caps_keyword(&s).map(|(k, a)| (Some(k), Some(a)));
            proptest::prop_assert_eq!(hand, spec);
        }

        /// Where "what" starts, read from the match, is the captures'.
        #[test]
        fn what_at_is_the_captures(
            s in r"(?:[A-Za-z]{0,5}[.;:,] )?(?:(?i:motion by|moved by|it was moved by|A motion was made and)|Mr X) [A-Za-z .]{0,12}(?i:moved|seconded|second|supported)(?: by)?[ A-Za-z,]{0,10} (?i:to|that|THAT|tO)[ a-z]{0,4}"
        ) {
            for re in [&*US_MOTION, &*MOVED_TO] {
                let spec = re.captures(&s).and_then(|c| c.name("what")).map(|m| m.start());
                proptest::prop_assert_eq!(re.find(&s).map(what_at), spec);
            }
        }
    }

    proptest::proptest! {
        /// The first sentence found from a head of the text is the whole text's.
        #[test]
        fn first_sentence_of_is_the_splitters(
            s in r#"(?:[A-Za-z0-9]{1,9}(?:[ .!?,:\t\n"')•é-]|\. |\.\n|\n\n|\n- ){1,3}){0,500}"#
        ) {
            let want = crate::text::sentences(&s).first().map_or(s.len(), |r| r.end);
            proptest::prop_assert_eq!(first_sentence_of(&s), want);
        }
    }

    proptest::proptest! {
        /// The byte looks before the line patterns never turn away a line they match.
        #[test]
        fn the_line_looks_keep_every_match(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", "  ", "\t", "\n", "(", ")", ".", "...", "___", "…", ":", "-", "– ", "• ",
                    "· ", "5", "12", "£", "$", "€", "60.00", "Votes", "VOTING", "ayes", "Yeas",
                    "roll call vote", "For", "for", "Chair", "CHAIRMAN", "signed", "Date",
                    "This page is intentionally left blank", "The meeting closed", "ſigned",
                    "RESOLVED", "Resolved", "resolved", "AGREED", "Agreed", "DECISION",
                    "Decision", "Resolution", "RESOLUTION", "DETERMINED", "RECOMMENDED",
                    "Decided", "DECIDED", "It was", "that", "Council", "the", "proposed",
                    "Seconded", "moved", "carried", "All in favour", "unanimously", "nem con",
                    "Nem. con", "vote", "incl VAT", "x", "Smith", "é", "\u{a0}",
                ]),
                0..10,
            )
        ) {
            let s: String = parts.concat();
            let t = s.trim();
            if SIGNATURE.is_match(t) {
                proptest::prop_assert!(is_signature(t));
            }
            if VOTE.is_match(t) {
                proptest::prop_assert!(vote_line(t));
            }
            if AMOUNT_END.is_match(t) {
                proptest::prop_assert!(amount_end(t));
            }
            if LINE_KEYWORD.is_match(&s) {
                proptest::prop_assert!(may_line_keyword(&s));
            }
            if MARKER.is_match(&s) {
                proptest::prop_assert!(has_marker_dash(&s));
            }
            if ACTION.is_match(&s) {
                proptest::prop_assert!(may_be_action(&s));
            }
            let sents = crate::text::sentences(&s);
            if sents.len() >= 2 && sents.last().is_some_and(|l| PROCEDURE.is_match(&s[l.clone()])) {
                proptest::prop_assert!(may_end_in_procedure(&s));
            }
        }
    }

    proptest::proptest! {
        /// The hand-read clause label is its pattern's.
        #[test]
        fn clause_label_is_its_pattern(
            s in r"[-–•(]{0,2}[ \t\u{a0}\u{2003}]{0,2}[(]?[a-eivxlcIVXLA-E0-9é]{0,7}[).:]{0,2}[ \t\n\u{a0}\u{2003}]{0,2}[a-zA-Z(.]{0,3}"
        ) {
            let got = clause_label(&s).map(|(l, st, e)| (l.to_string(), st, e));
            proptest::prop_assert_eq!(got, clause_label_spec(&s));
        }
    }

    #[test]
    fn line_keyword_group_indices() {
        let names: Vec<_> = LINE_KEYWORD.capture_names().collect();
        assert_eq!(names.len(), 7);
        for (k, name) in [
            (LK_PRE, "pre"),
            (LK_OTHER, "other"),
            (LK_VERB, "verb"),
            (LK_HOW, "how"),
            (LK_REFERENCE, "reference"),
            (LK_SEP, "sep"),
        ] {
            assert_eq!(names[k], Some(name));
        }
    }

    #[test]
    fn clause_labels() {
        for s in [
            "(a) x",
            "(aa) x",
            "(ab)",
            "a) x",
            "ab) x",
            "ii. x",
            "iv.",
            "(iv)",
            "IV) x",
            "(C) x",
            "C. x",
            "CC. x",
            "12. x",
            "123. x",
            "(12)",
            "- (a) x",
            "– 1. x",
            "•\t(b) x",
            "-(a)x",
            "(a)x",
            "a.x",
            "1.\u{a0}x",
            "(é) x",
            "x",
            "",
            "-",
            "()",
            "(a",
            "lxvi. x",
            "xlviii) x",
        ] {
            let got = clause_label(s).map(|(l, st, e)| (l.to_string(), st, e));
            assert_eq!(got, clause_label_spec(s), "{s:?}");
        }
    }

    proptest::proptest! {
        /// Reading what follows "seconded" and "motion" in code finds what the pattern
        /// found (over the whole text, without the gate's windows).
        #[test]
        fn is_formal_is_its_pattern(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "seconded", "Seconded by", "SECONDED", "motion", "Motion", " ", "  ", "\n",
                    ".", ". ", "Cllr. ", "cllrs.", "Mr. ", "A. ", "Dr.\n", "1st. ", "St. ",
                    "carried", "CARRIED", "passed", "agreed", "resolved", "Resolved:", "xcarried",
                    "carriedx", "Smith", "and", ",", "é", "—", "it was resolved", "Council",
                    "council resolved to", "the", "Rev.", "Prof. ", "ms.\t", "_", "Decision", "DECISION",
                    "Decisions", "decision", "\r\n",
                ]),
                0..40,
            )
        ) {
            static SPEC: LazyLock<Regex> = LazyLock::new(|| Regex::new(FORMAL_SPEC).unwrap());
            let s: String = parts.concat();
            proptest::prop_assert_eq!(is_formal(&s), SPEC.is_match(&s), "{:?}", s);
        }
    }

    #[test]
    fn formal_after_seconded_and_motion_reads_abbreviations_and_stops() {
        assert!(is_formal("Proposed by Cllr A. Jones, seconded by Cllr. B. Smith and carried."));
        assert!(!is_formal("It was seconded by Mrs Lee. The item was carried forward."));
        assert!(is_formal("The motion to adopt the plan, on a vote of 5 to 2, was passed"));
        assert!(!is_formal("A motion was tabled. It passed"));
        assert!(!is_formal(&format!("the motion {} carried", "x".repeat(201))));
        assert!(is_formal(&format!("the motion {} carried", "x".repeat(190))));
    }
    use crate::segment::segment;

    /// Each item's decisions in `s` (shared with the later test modules).
    pub(super) fn run(s: &str) -> Vec<Vec<Decision>> {
        let t = Text::from_str(s);
        let seg = segment(&t);
        seg.items.iter().map(|it| extract(&t, it, is_formal(s)).0).collect()
    }

    /// The texts of every decision in `s`.
    pub(super) fn texts(s: &str) -> Vec<String> {
        run(s).into_iter().flatten().map(|d| d.text).collect()
    }

    #[test]
    fn an_outcome_on_the_last_clause_line_closes_the_motion() {
        let s = "5.1 Budget\n\nMOTION 2026-018\nCouncillor Dyck moved that Council:\na)\tadopt the budget;\nb)\tschedule a workshop for March 10, 2026 at 9:00 a.m. CARRIED\n\n5.2 Next\n\nNone.\n";
        let got = run(s);
        let texts: Vec<String> =
            got.iter().flatten().flat_map(|d| d.clauses.iter().map(|c| c.text.clone())).collect();
        assert_eq!(
            texts,
            ["adopt the budget;", "schedule a workshop for March 10, 2026 at 9:00 a.m."]
        );
        // Trap: "CARRIED" inside the motion's words is no outcome.
        assert_eq!(trailing_outcome("that the motion be CARRIED"), None);
        assert_eq!(trailing_outcome("at 9:00 a.m. CARRIED"), Some(12));
    }

    #[test]
    fn a_motion_to_adopt_the_following_resolution_is_the_resolution() {
        let got = texts(
            "7.2 Appointment\n\nMotion by Supervisor Oka, seconded by Councilman Vuk, to adopt the following:\n\nRESOLVED, that the Town Board hereby appoints Gret Vail to the Planning Board.\n\nCarried 4-0.\n\n8. NEXT\n\nNone.\n",
        );
        assert_eq!(got, ["that the Town Board hereby appoints Gret Vail to the Planning Board."]);
        // Trap: a motion whose clauses follow its colon is the decision.
        let got = texts(
            "7.2 Claims\n\nMotion by Supervisor Oka, seconded by Councilman Vuk, to approve the following:\n\na. the grant of $500; and\n\nb. the fee of $20.\n\nCarried 4-0.\n\n8. NEXT\n\nNone.\n",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("to approve the following"), "{got:?}");
    }

    #[test]
    fn a_motion_label_and_a_column_mover_line_record_the_motion() {
        let s = "2.  APOLOGIES\n\nMotion: That the apology from A Kerr be accepted.\nMoved: R Desai          Seconded: M Taufa          Carried\n\n3.  FINANCE\n\nMotion: That the Board:\na) receives the report; and\nb) approves the transfer.\nMoved: S Lind     Seconded: G Pat      Carried unanimously\n\n4.  VAN\n\nMotion: That the Board buys a van.\nMoved: J Kerr          Seconded: R Desai          Lost (2 for, 3 against)\n\n5.  CLOSE\nNone.\n";
        let d = run(s);
        assert_eq!(d[0].len(), 1, "{d:?}");
        assert_eq!(d[0][0].text, "That the apology from A Kerr be accepted.");
        assert_eq!(d[1].len(), 1, "{d:?}");
        assert_eq!(d[1][0].clauses.len(), 2, "{d:?}");
        assert_eq!(d[1][0].clauses[0].label, "a");
        assert_eq!(d[1][0].clauses[1].text, "approves the transfer.");
        // Trap: a lost motion is no decision.
        assert!(d[2].is_empty(), "{d:?}");
        // Trap: one space between the seconder's name and a word is no column.
        assert!(!MOVED_SECONDED_CARRIED.is_match("Moved: R Desai  Seconded: M Carried"));
        assert_eq!(motion_label_len("Motion: That it be noted."), 8);
        assert_eq!(motion_label_len("Motion: tabled by Cr A."), 0);
    }

    #[test]
    fn the_parts_of_a_motion_stop_at_an_earlier_motions_outcome() {
        let s = "6.4 RENTALS\nResolution No. 17\tMoved by: Cllr A\tSeconded by: Cllr B\nTHAT staff prepare a by-law.\nDefeated\nResolution No. 18\tMoved by: Cllr C\tSeconded by: Cllr D\nTHAT the report be received; and\nTHAT staff report back.\nCarried\n\n6.5 ICE\nResolution No. 19\tMoved by: Cllr C\tSeconded by: Cllr D\nTHAT the delegation be received;\nand\nTHAT the request be referred to staff.\nCarried\n\n7. CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "THAT the report be received; and THAT staff report back.");
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert_eq!(
            r[1][0].text,
            "THAT the delegation be received; and THAT the request be referred to staff."
        );
        // Trap: a line that only names an outcome word in a sentence does not close one.
        assert!(!closes_motion("Lost property was handed in."));
        assert!(closes_motion("Defeated"));
    }

    #[test]
    fn a_label_referred_to_inside_a_sentence_opens_no_clause() {
        let s = "250. PLANNING\n\nAfter discussion it was Resolved that no objections be raised to applications (a) and (b) and that the Council object to application (c) on the grounds of overdevelopment.\n\n251. CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].clauses.is_empty(), "{d:?}");
        assert!(d[0].text.starts_with("that no objections be raised to applications (a) and (b)"));
        // Trap: labels that open their clauses still split.
        let s = "250. PLANNING\n\nIt was RESOLVED that (a) the report be noted; and (b) the plan be approved.\n\n251. CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].clauses.len(), 2, "{d:?}");
        assert_eq!(d[0].clauses[1].text, "the plan be approved.");
        assert!(opens_clause("RESOLVED that"));
        assert!(!opens_clause("raised to applications (a) and"));
    }

    #[test]
    fn a_proposal_whose_seconder_ends_the_line_reads_the_outcome_below() {
        assert!(proposal_wraps("Following debate, it was moved by Mrs Pike, seconded by Dr."));
        assert!(!proposal_wraps("It was proposed by Mrs Pike, seconded by Mr Ash. Noted"));
        // The mover's lead on the line above, the body acting on the line below.
        assert!(proposal_wraps("Commissioner Lapointe, seconded by Commissioner Thibodeau, the"));
        assert!(!proposal_wraps("Commissioner Lapointe, seconded by Commissioner Thibodeau, then"));
        let s = "3. HALL\n\nThe quote was read. It was proposed by Mrs Pike, seconded by\nMr Ash and carried nem. con. that the hall roof be repaired.\n\n4. CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "that the hall roof be repaired.");
        let s = "3. HALL\n\nOn the proposal of Mrs Pike, seconded by Cllr.\nAsh, it was agreed:\n\n(a) that the hall be let;\n(b) that the fee be £20.\n\n4. CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert_eq!(labels(&d[0].clauses), ["a", "b"]);
    }

    #[test]
    fn a_vote_count_after_carried_wraps_onto_the_motion() {
        let s = "5. BUDGET\n\nA motion proposed by Mr Ash, seconded by Mrs Pike, that the budget be cut was lost.\n\nThen proposed by Mr Roe, seconded by Ms Lamb and carried by 8 votes to 3,\nwith 2 abstentions, that the budget be set at £9,000.\n\n6. CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "that the budget be set at £9,000.");
    }

    #[test]
    fn a_that_decision_ends_with_its_sentence_inside_its_line() {
        assert!(ends_inside_line("that the minutes be signed. Cllr Roe abstained."));
        assert!(!ends_inside_line("that the minutes be signed.\nCllr Roe abstained."));
        assert!(!ends_inside_line("That the report be noted. Cllr Roe abstained."));
        let s = "7. MINUTES\n\nRESOLVED that the minutes be signed. Cllr Roe was not present at that\nmeeting.\n\n8. CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "that the minutes be signed.");
    }

    #[test]
    fn a_resolution_number_before_the_keyword() {
        // NSW minutes: "17/25   RESOLVED (Mover/Seconder)" then the resolution below.
        let s = "ITEM 6  RATES\n\nReport.\n\n17/25   RESOLVED (McAlister/Nguyen)\nThat Council:\n1.  Apply for a special variation.\n2.  Note the outcome of community engagement.\n\nITEM 7  CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert_eq!(labels(&d[0].clauses), ["1", "2"]);
    }

    #[test]
    fn an_action_line_that_records_a_motion_is_the_motion() {
        // California minutes: "ACTION: Motion by X, second by Y, to ..." is a decision, not
        // a follow-up action.
        let s = "5. CONSENT CALENDAR\n\nACTION: Motion by Councilmember Nakagawa, second by Vice Mayor Pettigrew, to\napprove the Consent Calendar as presented. Motion carried 5-0.\n\n6. ADJOURNMENT\n\nNone.\n";
        let t = Text::from_str(s);
        let seg = segment(&t);
        let (d, a) = extract(&t, &seg.items[0], is_formal(s));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "to approve the Consent Calendar as presented.");
        assert!(a.is_empty());
    }

    fn labels(c: &[Clause]) -> Vec<String> {
        c.iter()
            .map(|c| {
                if c.clauses.is_empty() {
                    c.label.clone()
                } else {
                    format!("{}[{}]", c.label, labels(&c.clauses).join(","))
                }
            })
            .collect()
    }

    #[test]
    fn us_motion_with_abbreviated_honorifics() {
        let s = "1. Agenda\nMotion made by Mr. Brennan, seconded by Ms. Delgado, to approve the agenda as amended. Motion passed unanimously.\n\n2. Start Time\nMotion made by Dr. Whitfield, seconded by Mr. Sato, to adopt a later start time. Motion failed 3-4.\n\n3. Close\nNone.\n";
        let d = run(s);
        assert_eq!(d[0].len(), 1);
        assert_eq!(d[0][0].text, "to approve the agenda as amended.");
        assert!(d[1].is_empty());
    }

    #[test]
    fn resolved_with_movers_in_brackets_alone_on_its_line() {
        // New Zealand: "Resolved (Mover/Seconder)" then the text on the next line.
        let s = "2 APOLOGIES\nResolved (Member Moffatt/Member Lemalu)\nThat the apology from Member A Fitzgerald for absence be received and\naccepted.\n\n3 NEXT\nResolved (Chairperson Paewai/Deputy Chairperson Walsh)\nThat the Board supports the proposal.\n";
        let d = run(s);
        assert_eq!(d[0].len(), 1);
        assert_eq!(
            d[0][0].text,
            "That the apology from Member A Fitzgerald for absence be received and accepted."
        );
        assert_eq!(d[1][0].text, "That the Board supports the proposal.");
        // A title-case keyword with a bracket and text after it is still prose.
        assert!(line_keyword("Resolved (in part) issues were discussed").is_none());
    }

    #[test]
    fn moved_seconded_shorthand() {
        let s = "5. CONSENT\nM/S (Castellanos/Whitlock) to approve the Consent Calendar as presented.\nMotion carried 4-0-1 (Pereira absent).\n\n6. PAY\nM/S (Harmon/Villanueva) to direct staff to bring back an ordinance.\nMotion failed 2-2-1.\n\n7. BUDGET\nMOTION: M/S/C Brandt/Ochoa to adopt the budget.\n";
        let d = run(s);
        assert_eq!(d[0].len(), 1);
        assert_eq!(d[0][0].text, "to approve the Consent Calendar as presented.");
        assert!(d[1].is_empty());
        assert_eq!(d[2][0].text, "to adopt the budget.");
    }

    #[test]
    fn motion_wrapped_before_its_to() {
        let s = "6. RATES\nIt was moved by Vice President Villanueva and seconded by Director\nCastellanos to adopt Resolution No. 24-11, adopting water rates. Motion carried by the\nfollowing roll call vote:\nAYES: A, B\n\n7. NEXT\nNone.\n";
        let d = run(s);
        assert_eq!(d[0].len(), 1);
        assert_eq!(d[0][0].text, "to adopt Resolution No. 24-11, adopting water rates.");
        assert!(motion_wraps("It was moved by X and seconded by Director"));
        assert!(!motion_wraps("It was moved by X and seconded by Y to adopt it"));
    }

    #[test]
    fn agenda_form_resolution_carried_below_its_proposers() {
        // Charity AGM: heading, "To ..." text, proposer and seconder, outcome with a tally.
        let s = "4. ACCOUNTS\nORDINARY RESOLUTION 1\nTo receive the Trustees' Annual Report and the audited Accounts for the year\nended 31 March 2024.\nProposed: Mr A. Fairbairn          Seconded: Mrs C. Lowther\nThe resolution was CARRIED on a show of hands (45 for, 0 against, 4\nabstentions).\n\n5. AUDITORS\nORDINARY RESOLUTION 2\nTo re-appoint Crowe LLP as auditors.\nProposed: Mrs J. Whitlam           Seconded: Mr R. Iqbal\nCARRIED (47 for, 1 against, 1 abstention)\n\n6. ARTICLES\nThat the Articles be amended:\n(a) by deleting Article 14.3; and\n(b) by adding Article 22.2.\nProposed: Dr H. Maitland           Seconded: Mr K. Asante\nA poll was taken. The special\nresolution, requiring a 75% majority, was CARRIED.\n";
        let d = run(s);
        assert_eq!(
            d[0][0].text,
            "To receive the Trustees' Annual Report and the audited Accounts for the year ended 31 March 2024."
        );
        assert_eq!(d[1][0].text, "To re-appoint Crowe LLP as auditors.");
        assert_eq!(labels(&d[2][0].clauses), ["a", "b"]);
        // An amendment's outcome is not the motion's.
        let a = "7. FEES\nThat the fee be doubled.\nProposed: A   Seconded: B\nThe amendment was CARRIED.\n\n8. CLOSE\nNone.\n";
        assert!(run(a)[0].is_empty());
    }

    #[test]
    fn a_mover_line_ends_the_motion_above_it() {
        // The defeated motion above "MOVED ..., SECONDED ...," is not part of the carried one.
        let s = "5.3 PERMIT\nMOVED Director O'Rourke, SECONDED Director Nakamura,\nTHAT the permit be denied.\n                 DEFEATED\nMOVED Director Whitehorse, SECONDED Director Fontaine,\nTHAT the permit to reduce the setback be issued.\n                 CARRIED\n\n6. NEXT\nNone.\n";
        let d = run(s);
        assert_eq!(d[0].len(), 1);
        assert_eq!(d[0][0].text, "THAT the permit to reduce the setback be issued.");
    }

    #[test]
    fn agreed_at_a_line_end_runs_to_the_end_of_its_sentence() {
        let s = "2420. MINUTES\nProposed by Councillor Evershed, seconded by Councillor Ibbotson, and agreed\nthat the minutes of the meeting held on 15 April 2024 be approved as a\ncorrect record and signed by the Town Mayor.\n\n2421. NEXT\nNone.\n";
        let d = run(s);
        assert_eq!(
            d[0][0].text,
            "that the minutes of the meeting held on 15 April 2024 be approved as a correct record and signed by the Town Mayor."
        );
    }

    #[test]
    fn an_abbreviation_at_a_line_end_does_not_end_the_motion() {
        let s = "5.1 BYLAW\nMOVED Director Dhaliwal, SECONDED Director Kowalczyk,\nTHAT \"Financial Plan Bylaw No.\n1187, 2025\" be adopted.\n          CARRIED\n\n6. NEXT\nNone.\n";
        let d = run(s);
        assert_eq!(d[0][0].text, "THAT \"Financial Plan Bylaw No. 1187, 2025\" be adopted.");
        assert!(ends_in_abbreviation("Bylaw No."));
        assert!(!ends_in_abbreviation("be adopted."));
    }

    #[test]
    fn a_motion_read_from_its_mover_line_is_not_read_again_at_its_outcome() {
        let s = "2 Apologies\nMOVED by Chairperson T Whatuira, seconded by Member P Chand:\nThat the Local Board:\na)    accept the apology from Member Olivia Fergus for absence.\nCARRIED\n\n3 Next\nNone.\n";
        let d = run(s);
        assert_eq!(d[0].len(), 1);
        assert_eq!(labels(&d[0][0].clauses), ["a"]);
    }

    #[test]
    fn prose_decision_ends_before_the_next_lettered_entry() {
        let s = "5. FINANCE\na) Payments: RESOLVED that the payments totalling £38,412.66 be\napproved.\nb) Budget monitoring: The Clerk reported the position. Noted.\n\n6. CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert!(d[0].clauses.is_empty());
        assert_eq!(d[0].text, "that the payments totalling £38,412.66 be approved.");
    }

    #[test]
    fn an_amendment_defeated_on_its_own_line_is_passed_over() {
        // "Amendment:" / "MOVED / SECONDED" / "THAT ..." / a right-aligned "DEFEATED", then
        // "CARRIED" under the main motion: the outcome is the main motion's.
        let s = "6.2  BUDGET\n\nThe Director presented.\n\nR25-035   MOVED / SECONDED\n          THAT the Board approve the 2026 provisional budget of\n          $9,864,200.\n\n    Amendment:\n          MOVED / SECONDED\n          THAT the member levy increase be reduced to 3.5%, with the\n          difference funded from the Operating Reserve.\n                                                            DEFEATED\n\n    The question was called on the main motion.\n                                                             CARRIED\n                                  OPPOSED: Trustees Dhillon and Nair\n\n7.  POLICY\n\nNone.\n";
        assert_eq!(texts(s), ["THAT the Board approve the 2026 provisional budget of $9,864,200."]);
        // Trap: an amendment carried is the decision the outcome closes.
        let t = s.replace("DEFEATED", "CARRIED");
        assert!(texts(&t).iter().any(|d| d.starts_with("THAT the member levy")), "{:?}", texts(&t));
    }

    #[test]
    fn a_numbered_payments_table_is_not_clauses() {
        // "It was resolved to approve the following payments:" over numbered rows whose
        // amounts stand in a column: the decision ends at its colon.
        let s = "2420. FINANCE\na) Payments. It was resolved to approve the following payments,\n   totalling £1,053.10:\n     1. S Kemp - salary (April)                         £  842.50\n     2. HMRC - PAYE                                     £  210.60\n   (Cllr Dewhurst did not vote on payment 2.)\nb) The bank reconciliation was checked.\n\n2421. CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert!(d[0].clauses.is_empty(), "{:?}", d[0].clauses);
        assert_eq!(d[0].text, "to approve the following payments, totalling £1,053.10:");
        // Trap: numbered clauses that end in an amount in the sentence are clauses.
        let s = "5. BUDGET\nRESOLVED that:\n1. the precept be set at £25,000\n2. the hall grant be £500\n\n6. CLOSE\nNone.\n";
        assert_eq!(labels(&run(s)[0][0].clauses), ["1", "2"]);
    }

    #[test]
    fn moved_seconded_lines_with_numbered_clauses_apart() {
        // Canadian committee: "Moved by" / "Seconded by" / a lead-in / blank line /
        // numbered clauses / blank line / "Carried".
        let s = "Moved by Councillor Bouchard\nSeconded by Mayor Whitcombe\n\nThat the Committee recommend to Council:\n\n1. That Report CS-2025-19 be received;\n2. That the plan be approved; and\n3. That staff report back.\n\nCarried\n\nThe Chair thanked staff.\n";
        let t = Text::from_str(s);
        let d = decisions_in(&t, 0..s.len(), is_formal(s)).0;
        assert_eq!(d.len(), 1);
        assert_eq!(labels(&d[0].clauses), ["1", "2", "3"]);
        assert_eq!(d[0].clauses[2].text, "That staff report back.");
    }

    #[test]
    fn resolved_with_dash_clauses() {
        let s = "11. Offer.\n\nText.\n\nRESOLVED:\n\n- (a) That the presentations be noted;\n- (b) That members be requested to raise\nthe issue at 17.5 with colleagues.\n\n12. Next.\n\nNothing.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert_eq!(labels(&d[0].clauses), ["a", "b"]);
        assert_eq!(
            d[0].clauses[1].text,
            "That members be requested to raise the issue at 17.5 with colleagues."
        );
        assert!(run(s)[1].is_empty());
    }

    #[test]
    fn broken_layout_roman_clauses() {
        let s = "3. Item\n\nIn conclusion it was:\n\nResolved:\ni)\nThat Brendan Lee would discuss more \n\n\n\ntargeted work.\n\n\n\nii)\nThat a plan be drafted.\n\n4. Next\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses), ["i", "ii"]);
        assert_eq!(d[0].clauses[0].text, "That Brendan Lee would discuss more targeted work.");
    }

    #[test]
    fn unfinished_sentence_across_blank_lines() {
        let s = "5. Item\n\nResolved:\nThat the Board discussed the information \n\n\npresented and agreed the content.\n\nNext paragraph is narrative.\n\n6. Close\n";
        let d = &run(s)[0];
        assert_eq!(
            d[0].text,
            "That the Board discussed the information presented and agreed the content."
        );
        assert!(d[0].clauses.is_empty());
    }

    #[test]
    fn nested_clauses_and_lead_in() {
        let s = "1. Budget\n\nRESOLVED (unanimously) – That the Cabinet agreed that:\n(a) the budget be approved, subject to:\n(i) a review in March;\n(ii) a report in April;\n(b) the Director be authorised to act.\n\n2. Close\n";
        let d = &run(s)[0];
        assert_eq!(d[0].verb, "Resolved");
        assert!(d[0].text.starts_with("That the Cabinet agreed that: (a)"));
        assert_eq!(labels(&d[0].clauses), ["a[i,ii]", "b"]);
    }

    #[test]
    fn alpha_i_after_h_is_alpha() {
        let s = "1. X\n\nRESOLVED:\n(a) a\n(b) b\n(c) c\n(d) d\n(e) e\n(f) f\n(g) g\n(h) h\n(i) i\n(j) j\n\n2. Close\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses).len(), 10);
    }

    #[test]
    fn prose_decisions() {
        let s = "2415. Precept\n\nIt was proposed by Cllr Smith, seconded by Cllr Jones and RESOLVED that the precept be set at £25,000. The clerk will inform the district.\n\n2416. Minutes\n\nThe minutes were agreed as an accurate record.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1);
        assert_eq!(r[0][0].text, "that the precept be set at £25,000.");
        assert!(r[1].is_empty(), "{:?}", r[1]);
    }

    #[test]
    fn agreed_label_and_actions() {
        let s = "1. Christmas\n\nAction:\nSam Gorton would speak to colleagues as \n\n\nCorporate Parents.\n\nAgreed: to hold a meal.\n\n2. Close\n";
        let t = Text::from_str(s);
        let seg = segment(&t);
        let (d, a) = extract(&t, &seg.items[0], true);
        assert_eq!(a[0].text, "Sam Gorton would speak to colleagues as Corporate Parents.");
        assert_eq!(d[0].verb, "Agreed");
        assert_eq!(d[0].text, "to hold a meal.");
    }
    #[test]
    fn numbered_clauses_with_one_space_or_tab() {
        // "1. to approve ..." (one space) and "1.<TAB>Receives ..." are clause labels.
        let s = "3. Minutes\n\nConfirmed.\n\n4. Rents\n\nResolved:\n\n1. to approve a rent increase;\n2. to approve a service charge; and\n3. to delegate the letter.\n\n5. Close\n";
        let d = &run(s)[1];
        assert_eq!(labels(&d[0].clauses), ["1", "2", "3"]);
        assert_eq!(d[0].clauses[0].text, "to approve a rent increase;");
        let s = "3. Minutes\nConfirmed.\n\n4. Speed\nCommittee Resolved ITCC/2026/00013\nThat the Committee:\n1.\tReceives the report.\n2.\tApproves the limit.\nCouncillor A/Councillor B\tCarried\n\n5. Close\n";
        let d = &run(s)[1];
        assert_eq!(labels(&d[0].clauses), ["1", "2"]);
        assert_eq!(d[0].clauses[1].text, "Approves the limit.");
    }

    #[test]
    fn paragraph_number_before_keyword() {
        let s = "Minute 18/2026:\tWORK PROGRAMME\n\n18.1\tAgreed – that an item on costs be added.\n\nMinute 19/2026:\tCLOSE\n";
        let d = &run(s)[0];
        assert_eq!(d[0].text, "that an item on costs be added.");
    }

    #[test]
    fn carried_with_a_tally_closes_the_motion_above() {
        let s = "9.1 BUDGET\n\nRESOLUTION 2026/023\nMoved: Cr A\nSeconded: Cr B\nThat Council:\n1.\tEndorse the budget.\n2.\tNote the rate cap.\nCARRIED 5/1\n\n9.2 CLOSE\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert_eq!(labels(&d[0].clauses), ["1", "2"]);
    }

    #[test]
    fn clauses_run_on_past_a_page_footer() {
        let s = "103. Green Belt\n\nRESOLVED: That permission be REFUSED for the following\nreasons:\n\n1.   The loss of openness.\n\n                 Planning Committee – 4 March 2026\n                               Page 2 of 3\n\n2.   The traffic.\n\n104. Close\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses), ["1", "2"]);
        // The page number already removed by the text layer: the header repeats.
        let s = "Planning Committee – 4 March 2026\n\n103. Green Belt\n\nRESOLVED: That permission be REFUSED for the following\nreasons:\n\n1.   The loss of openness.\n\n                 Planning Committee – 4 March 2026\n\n\n2.   The traffic.\n\n104. Close\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses), ["1", "2"]);
        assert_eq!(d[0].clauses[1].text, "The traffic.");
    }

    #[test]
    fn a_footer_boxed_between_rules_inside_a_sentence_is_dropped() {
        // The footer between dashed rules splits the decision's sentence: the rules and
        // the lines between them are furniture, the sentence runs on after them.
        let s = "4. RETURN\n\nDECISION: The Board APPROVED the annual return for\n\n- - - - - - - - - - - - - - - - - - - -\nHousing Association CLG - Board Minutes - 22 April 2025\nCONFIDENTIAL                  Page 2 of 3\n- - - - - - - - - - - - - - - - - - - -\n\nsubmission to the regulator by 30 June 2025.\n\n5. CLOSE\n\nNone.\n";
        assert_eq!(
            texts(s),
            [
                "The Board APPROVED the annual return for submission to the regulator by 30 June 2025."
            ]
        );
        // The page number already taken out by the text layer: the footer's line repeats,
        // and the closing rule stands alone after a blank line.
        let s = "1. MINUTES\n\nRESOLVED: That the minutes be approved.\n\n- - - - - - - - - - - - - - - - - - - -\nHousing Association CLG - Board Minutes\n\n- - - - - - - - - - - - - - - - - - - -\n\n4. RETURN\n\nDECISION: The Board APPROVED the annual return for\n\n- - - - - - - - - - - - - - - - - - - -\nHousing Association CLG - Board Minutes\n\n- - - - - - - - - - - - - - - - - - - -\n\nsubmission to the regulator by 30 June 2025.\n\n5. CLOSE\n\nNone.\n";
        assert_eq!(
            texts(s)[1],
            "The Board APPROVED the annual return for submission to the regulator by 30 June 2025."
        );
        // Trap: a boxed note without a page number is text, not a footer.
        let s = "4. RETURN\n\nDECISION: The Board APPROVED the annual return for\n\n- - - - - - - - - - - - - - - - - - - -\nthe regulator\n- - - - - - - - - - - - - - - - - - - -\n\nby 30 June 2025.\n\n5. CLOSE\n\nNone.\n";
        assert!(texts(s)[0].contains("the regulator"));
    }
    #[test]
    fn motion_after_a_comma_and_seconder_after_semicolon() {
        let s = "7.  CONSENT AGENDA\nFollowing discussion, motion by Councilmember A, second by Councilmember B, to approve Item 7(d); motion carried 4-1.\n\n8.  NEXT\nTrustee C moved to adopt Option B; seconded by Trustee D. Trustee E moved to amend the motion; the amendment failed 2-4. The main motion carried 5-1.\n\n9.  CLOSE\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1);
        assert_eq!(r[0][0].text, "to approve Item 7(d)");
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert_eq!(r[1][0].text, "to adopt Option B");
    }

    #[test]
    fn town_meeting_motions_made_and_seconded_and_a_failed_amendment_to_the_main_motion() {
        // "Motion made by X and seconded to ...", "Motion made and seconded to ...", "A
        // motion was duly made and seconded that ...", "Main motion made by X and seconded to
        // ..." (no seconder named); an amendment "moved to amend the main motion" fails
        // whatever is said of the main motion after it.
        let s = "ARTICLE 1.  REPORTS\nMotion made by Carl Benoit and seconded to accept the reports\nas printed.\nMotion PASSED unanimously.\n\nARTICLE 2.  BUDGET\nMain motion made by Ann Lee and seconded to raise the sum of $1,000.\n\nJo Roy, 12 Mill Street, moved to amend the main motion by reducing\nline 210 by $85. The amendment was seconded. After discussion the\nAmendment FAILED on a standing count, Yes 94, No 171.\n\nThe main motion as presented PASSED by majority voice vote.\n\nARTICLE 3.  DISSOLUTION\nMotion made and seconded to dissolve the Meeting.\nMotion PASSED unanimously.\n\nARTICLE 4.  GRANT\nA motion was duly made and seconded that the grant be paid. Motion carried.\n\nARTICLE 5.  BAGS\nMotion made and seconded to ban plastic bags.\nMotion FAILED by voice vote.\n";
        let r = run(s);
        assert_eq!(r.len(), 5, "{r:?}");
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "to accept the reports as printed.");
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert_eq!(r[1][0].text, "to raise the sum of $1,000.");
        assert_eq!(r[2][0].text, "to dissolve the Meeting.");
        assert_eq!(r[3][0].text, "that the grant be paid.");
        assert!(r[4].is_empty(), "{:?}", r[4]);
        let s = "ARTICLE 5.  ENGINE\nMotion made and seconded to borrow said sum under M.G.L. c. 44, S7 or any\nother authority. The Moderator declared a two-thirds vote was required.\nMotion PASSED.\n";
        assert_eq!(
            run(s)[0][0].text,
            "to borrow said sum under M.G.L. c. 44, S7 or any other authority."
        );
        assert!(amends_the_motion("That the main motion be amended by replacing 3.9%"));
        assert!(amends_the_motion("to amend the motion by adding a clause"));
        assert!(!amends_the_motion("to amend the Zoning Bylaw, Section 6.4"));
    }

    #[test]
    fn made_a_motion_and_a_seconder_after_a_semicolon() {
        // "X made a motion to ...", "... p.m.; Mrs. Y seconded.": the seconder's clause is
        // not the motion's text; a failed one is no decision.
        let s = "4. Agenda\nMr. Ortiz made a motion to accept the agenda as\nprinted. Ms. Lam seconded the motion. Motion carried.\n\n5. Recess\nMs. Lam moved to recess at 7:15 p.m.; Mr. Ortiz seconded. Motion carried 2-0.\n\n6. Truck\nMr. Ortiz made a motion to buy a truck. Motion failed.\n\n7. Close\nDone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "to accept the agenda as printed.");
        assert_eq!(r[1][0].text, "to recess at 7:15 p.m.");
        assert!(r[2].is_empty(), "{:?}", r[2]);
        assert_eq!(made_a_motion("Mr. A made the motion that the fee be waived"), Some(22));
        assert_eq!(made_a_motion("the promotion to manager"), None);
        assert_eq!(seconder_clause("to table it; Dr. J. Ruiz seconded."), Some(11));
        assert_eq!(seconder_clause("to approve a; b and c as seconded"), None);
    }

    #[test]
    fn outcome_after_a_failed_substitute_motion() {
        let s = "IN RE: GRANT\n\nSupervisor A moved to approve the application.\n\nSupervisor B offered a substitute motion to defer. The substitute motion failed by the following recorded vote:\nAYES: B\n\nThe original motion carried by the following recorded vote:\nAYES: A, C\n\nIN RE: SCHOOL\n\nSupervisor A moved to fund the request. The motion died for lack of a second.\nSupervisor C moved to approve $960,000. Supervisor D seconded the motion, which carried 4-1.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1);
        assert_eq!(r[0][0].text, "to approve the application.");
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert_eq!(r[1][0].text, "to approve $960,000.");
    }

    #[test]
    fn resolved_not_to_with_its_conditions() {
        let s = "5. TEMPORARY EVENT NOTICE\n\nThe Sub-Committee resolved not to give a counter notice and to allow the\nevent to proceed, subject to the following conditions:\n\n(a)  music shall end at 22:00;\n\n(b)  the stage shall face away from Meadow Close.\n\n6. CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1);
        assert!(d[0].text.starts_with("not to give a counter notice"), "{}", d[0].text);
        assert_eq!(labels(&d[0].clauses), ["a", "b"]);
        // Trap: "not" without "to" is no way out of "resolved".
        let trap = "5. PLANNING\n\nThe Committee resolved nothing further.\n\n6. CLOSE\n\nNone.\n";
        assert!(run(trap)[0].is_empty());
    }

    #[test]
    fn the_body_acts_after_the_seconder() {
        let s = "B.  APPROVAL OF AGENDA\n\nOn motion of Supervisor Kruse, seconded by Supervisor Meyer, the Board\nunanimously approved the agenda as posted.\n\nC.  ROADS\n\nOn motion of Supervisor Ostrander, seconded by Supervisor Kruse, the Board of\nSupervisors awarded the contract to Skunk River Aggregates, Inc. and authorized the\nChair to sign it.\n\nD.  FEES\n\nMotion by Supervisor Kruse, seconded by Supervisor Hansen, to approve an increase.\nMotion failed.\n\nE.  REPORTS\n\nOn motion of Supervisor Meyer, seconded by Supervisor Kruse, the Chair noted the report.\n";
        let d: Vec<Vec<String>> =
            run(s).into_iter().map(|v| v.into_iter().map(|d| d.text).collect()).collect();
        assert_eq!(d[0], ["the Board unanimously approved the agenda as posted."]);
        assert_eq!(
            d[1],
            [
                "the Board of Supervisors awarded the contract to Skunk River Aggregates, Inc. and authorized the Chair to sign it."
            ]
        );
        // Traps: a failed motion; the chair noting a report is no decision.
        assert!(d[2].is_empty(), "{:?}", d[2]);
        assert!(d[3].is_empty(), "{:?}", d[3]);
    }

    #[test]
    fn the_body_voted_after_the_seconder() {
        // "..., the Commission voted 4-0 to ...": the motion from its "to", without the
        // tally and its bracketed remark; a failed motion is none.
        let s = "2.  MINUTES\n\nCommissioner Quimby asked that page 3 be corrected. On a motion by\nCommissioner Lapointe, seconded by Commissioner Thibodeau, the\nCommission voted 4-0 to approve the minutes of the February 13, 2025\nmeeting as amended.\n\n5.  DATES\n\nA motion by Commissioner Quimby, seconded by Chair Whitaker, to approve\nall 62 race dates failed on a 2-1 vote.\n\nOn a motion by Commissioner Thibodeau, seconded by Commissioner Quimby,\nthe Commission voted 3-0 (Commissioner Lapointe recused) to approve 54\nrace dates for the 2025 season. Commissioner Lapointe then rejoined the meeting. On a motion by\nCommissioner Lapointe, seconded by Commissioner Thibodeau, the\nCommission voted 4-0 to approve 4 race dates for the Windham Fair.\n\n10.  ADJOURNMENT\n\nOn a motion by Commissioner Thibodeau, seconded by Commissioner Quimby,\nthe Commission voted unanimously to adjourn at 11:52 a.m.\n";
        let d: Vec<Vec<String>> =
            run(s).into_iter().map(|v| v.into_iter().map(|d| d.text).collect()).collect();
        assert_eq!(d[0], ["to approve the minutes of the February 13, 2025 meeting as amended."]);
        assert_eq!(
            d[1],
            [
                "to approve 54 race dates for the 2025 season.",
                "to approve 4 race dates for the Windham Fair."
            ]
        );
        assert_eq!(d[2], ["to adjourn at 11:52 a.m."]);
        // Trap: a vote against is no motion's text: the sentence stays whole.
        let t = "2.  MINUTES\n\nOn a motion by A, seconded by B, the Board voted 3-2 against the proposal.\n";
        assert_eq!(texts(t), ["the Board voted 3-2 against the proposal."]);
    }

    #[test]
    fn seconded_and_passed_with_initials() {
        let s = "1. MINUTES\n\nUpon motion made by Lucille P.\nOrndorff, seconded by R. Wayne Shirley and passed unanimously, the minutes\nof February 25 were approved as corrected.\n\n2. CLOSE\n";
        let d = &run(s)[0];
        assert_eq!(d[0].text, "the minutes of February 25 were approved as corrected.");
    }

    #[test]
    fn it_was_agreed_under_a_proposer_and_seconder_table() {
        let s = "1. Minutes\n\nRESOLVED: That the agenda be noted.\n\n2. Disposal of Land\n\nProposed by\tSeconded by\tVote\nCllr. Una Mulligan\tCllr. Tom Hargadon\tUnanimous\n\nIt was agreed that the disposal of land at Lisnagore be approved.\n\n3. Roads\n\nThe Members agreed to defer the report.\n";
        let d: Vec<Vec<String>> =
            run(s).into_iter().map(|v| v.into_iter().map(|d| d.text).collect()).collect();
        assert_eq!(d[1], ["that the disposal of land at Lisnagore be approved."]);
        // Trap: in a formal-keyword document, agreement with no motion above it is narrative.
        assert!(d[2].is_empty());
        // The same on a line: "Proposed by X, seconded by Y." above it.
        let s = "1. Minutes\n\nRESOLVED: That the agenda be noted.\n\n2. Land\n\nProposed by Cllr. A Lee, seconded by Cllr. B Roe.\nIt was agreed to approve the disposal.\n";
        assert_eq!(texts(s), ["That the agenda be noted.", "to approve the disposal."]);
        // Trap: a proposal that states its own outcome, then a remark agreed mid-line.
        let s = "1. Minutes\n\nRESOLVED: That the agenda be noted.\n\n2. Matters\n\nOn the proposal of Cllr A and seconded by Cllr B the minutes were adopted.\nAsked about housing, it was agreed that Ms Lee would reply.\n";
        assert_eq!(texts(s), ["That the agenda be noted."]);
    }

    #[test]
    fn informal_agreement_forms() {
        // Informal documents only: adverb after "agreed", "Councillors"/"Everyone" as subject,
        // "It was agreed" at a line end.
        let s = "1. Clerk\n\nThe Council agreed unanimously to fund the modules.\n\n2. Finance\n\nCouncillors agreed to move £2,000 into reserve. Everyone agreed to apply for it.\n\n3. Repairs\n\nThe lino is lifting. It was agreed\nthat Bernadette would ask the firm.\n\n4. Close\n";
        let r = run(s);
        assert_eq!(r[0][0].text, "to fund the modules.");
        assert_eq!(r[1][0].text, "to move £2,000 into reserve.");
        assert_eq!(r[2][0].text, "that Bernadette would ask the firm.");
        // "Those present" / "those attending": the people at the meeting.
        let s = "1. Hall\n\nThe roof leaks. Those attending agreed that the Clerk\nwould get two quotes.\n\n2. Close\n";
        assert_eq!(run(s)[0][0].text, "that the Clerk would get two quotes.");
    }

    #[test]
    fn an_agreement_wrapped_after_its_subject() {
        // Informal minutes: the subject ends one line, "agreed" opens the next.
        let s = "1. Housing\n\nAfter a long discussion it was\nagreed to submit a comment supporting the principle\nof housing on the site.\n\n2. Paths\n\n  •  Callum raised the path. Everyone\n     present agreed that the CC should write\n     to the area office.\n  •  The AGM will be on 2 June, the date agreed last year.\n\n3. Close\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(
            r[0][0].text,
            "to submit a comment supporting the principle of housing on the site."
        );
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert_eq!(r[1][0].text, "that the CC should write to the area office.");
        // Trap: "agreed" opening a line after a subject-less line is not an agreement.
        let s = "1. Paths\n\nThe path was repaired on the date\nagreed last year. Members\nagreed the repair was good.\n\n2. Close\n";
        assert!(run(s)[0].is_empty(), "{:?}", run(s));
        // Trap: in a formal-keyword document the same lines are narrative.
        let s = "1. Housing\n\nIt was\nagreed to submit a comment.\n\n2. Minutes\n\nRESOLVED: That the minutes be approved.\n";
        let r = run(s);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn a_decision_heading_alone_makes_a_document_formal() {
        assert!(is_formal("3. Budget\n\nDecision\n\nThe Board approved the budget.\n"));
        assert!(is_formal("3. Budget\n  DECISION:\nThe Board approved the budget.\n"));
        // Trap: the word in a sentence or a longer heading.
        assert!(!is_formal("3. Budget\n\nDecision making was discussed.\nDecisions\n"));
    }

    #[test]
    fn a_proposal_declared_carried_after_its_vote() {
        let s = "5. PARK\n\nCllr. A proposed, seconded by Cllr. B, that the park proceed as\nrecommended in the report.\n\nCllr. C could not support it. A vote was called:\n\nFor (5):\t\tCllrs. A, B\nAgainst (2):\t\tCllrs. C, D\n\nThe Cathaoirleach declared the proposal carried.\n\n6. CLOSE\n\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "that the park proceed as recommended in the report.");
        // Trap: a proposal declared lost is no decision.
        let lost = s.replace("proposal carried", "proposal lost");
        assert!(run(&lost)[0].is_empty(), "{:?}", run(&lost));
    }

    #[test]
    fn carried_after_a_lost_amendment_closes_the_main_motion() {
        let s = "8. BUDGET\n\nResolution No. 118\nMoved by Councillor A\nSeconded by Councillor B\nThat the report be received; and\nThat staff prepare a budget at 3.9%.\n\n     Amendment\n     Moved by Councillor C\n     Seconded by Councillor D\n     That the main motion be amended by replacing \"3.9%\" with \"2.9%\".\n\n     Recorded Vote:\n     Yeas (2):  Councillor C, Councillor D\n                                        Amendment Lost\n\nThe main motion was then put.\n                                        Carried\n\n9. CLOSE\n\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(
            r[0][0].text,
            "That the report be received; and That staff prepare a budget at 3.9%."
        );
        // Trap: an amendment that was not lost is what "Carried" closes (read as before).
        let s = s.replace("Amendment Lost", "").replace("The main motion was then put.\n", "");
        let r = run(&s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert!(r[0][0].text.starts_with("That the main motion be amended"), "{:?}", r[0]);
    }

    #[test]
    fn the_next_entry_of_the_list_ends_a_decision_inside_an_entry() {
        let s = "94. FINANCE\n(a) The bank statement was checked.\n(b) AGAR 2024/25. Reserves were 61%.\n    The Council RESOLVED:\n    (i)  to approve the Statement; and\n    (ii) to approve the Accounts.\n(c) The pay award is expected to be 3.2 %.\n\n95. CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(labels(&d[0].clauses), ["i", "ii"]);
        assert_eq!(d[0].clauses[1].text, "to approve the Accounts.");
        // Trap: clauses that run in the same letters as the entry go on past its successor.
        let s = "94. FINANCE\n(b) Payments.\n    RESOLVED:\n    (a) that X be paid;\n    (b) that Y be paid; and\n    (c) that Z be paid.\n\n95. CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses), ["a", "b", "c"]);
    }

    #[test]
    fn page_footer_and_initials_inside_clauses_are_dropped() {
        let s = "7. Payments\n\nRESOLVED – that the payments be approved:\n(i)   A – £10;\n(ii)  B – £20;\n\n\n\nCommunity Council – 14.05.2025        Page 1 of 2\nChair's signature ..................\n\n\n(iii) C – £30; and\n(iv)  D – £40.\n\n8. Close\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses), ["i", "ii", "iii", "iv"]);
        assert_eq!(d[0].clauses[1].text, "B – £20;");
        assert!(!d[0].text.contains("Page"), "{}", d[0].text);
        // The initials line under the page number, and either line alone.
        let s = s.replace("Chair's signature", "Mayor's initials");
        assert_eq!(labels(&run(&s)[0][0].clauses), ["i", "ii", "iii", "iv"]);
        let alone = s.replace("Community Council – 14.05.2025        Page 1 of 2\n", "");
        assert_eq!(labels(&run(&alone)[0][0].clauses), ["i", "ii", "iii", "iv"]);
        let alone = alone.replace("Mayor's initials", "Chair's signature");
        assert_eq!(labels(&run(&alone)[0][0].clauses), ["i", "ii", "iii", "iv"]);
        assert!(initials_line("Chairman's initials ____"));
        // Traps: prose about initials or signing, and a signature line with no page number.
        assert!(!sign_off_line("The Chair signed and initialled the minutes."));
        assert!(!initials_line("Signed ........ Chair"));
        // "Signed ... Chair" closes the minutes: not passed over.
        let s = "7. Payments\n\nRESOLVED – that the payments be approved:\n(i)   A – £10;\n(ii)  B – £20;\n\nSigned ..................  Chair\n\n(iii) C – £30.\n\n8. Close\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses), ["i", "ii"]);
    }

    #[test]
    fn resolved_unanimously_by_the_councillors_present() {
        let s = "1.   AGENDA\n\nRESOLUTION NO. 2025-05-101\nIt is proposed by Councillor A, seconded by Councillor B\nC, and resolved unanimously by the councillors present:\nTHAT the agenda be adopted as presented.\n\n2.   CLOSE\n\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "THAT the agenda be adopted as presented.");
        let m = s.replace("unanimously by the councillors present", "by majority");
        assert_eq!(run(&m)[0].len(), 1, "{:?}", run(&m));
        // Trap: a seconder with no outcome after it is no decision.
        let s = s.replace(", and resolved unanimously by the councillors present:", ":");
        assert!(run(&s)[0].is_empty(), "{:?}", run(&s));
    }

    #[test]
    fn moved_seconded_and_carried_before_the_motion_needs_no_later_outcome() {
        let s = "2416. PUMPING STATION\nRefurbishment is estimated at £780,000. It was moved by Cllr A, seconded by Mr B and\ncarried unanimously that the Clerk be authorised to seek tenders.\n\n2417. CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "that the Clerk be authorised to seek tenders.");
        // Trap: moved and seconded with no outcome said: still needs one.
        let s = s.replace("and\ncarried unanimously that", "\nthat");
        assert!(run(&s)[0].is_empty(), "{:?}", run(&s));
    }

    #[test]
    fn a_negated_outcome_wrapped_onto_its_line_is_not_carried() {
        let s = "5. STROKE\n\nCouncillor A proposed, and Councillor B seconded, that the proposal be referred to\nthe Secretary of State. On being put to the vote this was not\ncarried (2 for, 6 against).\n\n6. CLOSE\n\nNone.\n";
        assert!(run(s)[0].is_empty(), "{:?}", run(s));
        // Trap: an outcome wrapped after other words still closes the proposal.
        let s = s.replace("this was not\n", "this was\n");
        assert_eq!(run(&s)[0].len(), 1, "{:?}", run(&s));
    }

    #[test]
    fn table_cell_ends_a_decision_and_inline_clauses() {
        let s = "No.\tItem\tDiscussion\tAction\n5\tFunding bid\tPartners discussed the bid.\t\n\t\tAGREED: (i) that the partnership submits the bid; (ii) that the Service leads.\tNeil Strachan\n6\tClose\tNone.\t\n";
        let d = &run(s)[0];
        assert_eq!(labels(&d[0].clauses), ["i", "ii"]);
        assert_eq!(d[0].clauses[1].text, "that the Service leads.");
    }
    #[test]
    fn supported_by_is_a_seconder() {
        // Michigan township minutes: "MOTION by X, SUPPORTED by Y, to ...".
        let s = "3. AGENDA\nMOTION by Albright, SUPPORTED by DeGroot, to approve the agenda as presented. Motion carried 7-0.\n\n4. MILLAGE\nMOTION by DeGroot, SUPPORTED by Albright, to place a renewal on the ballot. Motion failed 3-4.\n\n5. CLOSE\nDone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1);
        assert_eq!(r[0][0].text, "to approve the agenda as presented.");
        assert!(r[1].is_empty(), "{:?}", r[1]);
    }

    #[test]
    fn carried_by_absolute_majority_closes_the_motion_above() {
        let s = "5.2 ACCOUNTS\n\nOFFICER RECOMMENDATION\nThat Council endorses the payments.\n\nCOUNCIL RESOLUTION\nOCM 12/24\nMoved: Cr A                Seconded: Cr B\nThat Council endorses the payments.\nCARRIED BY ABSOLUTE MAJORITY 6/0\n\n5.3 CLOSE\nNil.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "That Council endorses the payments.");
    }

    #[test]
    fn chair_declared_the_quoted_motion_carried() {
        let s = "17. MOTIONS\nCllr. A proposed, and Cllr. B seconded, the following motion:\n\"That the Council calls on the HSE to restore the service.\"\nA vote was called. FOR: 7; AGAINST: 3.\nThe Cathaoirleach declared the motion CARRIED.\n\n18. CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "That the Council calls on the HSE to restore the service.");
        assert!(CARRIED_LINE.is_match("The motion was declared carried."));
    }

    #[test]
    fn decision_heading_over_a_lead_in_and_clauses() {
        let s = "4.  BUDGET\n\nA report was submitted.\n\nDecision\n\nThe Integration Joint Board:\n\n(a)  approved the budget;\n(b)  approved the savings, subject to:\n     (i)  an assessment; and\n     (ii) a report;\n(c)  noted the risk.\n\n5.  PLAN\n\nDecision\n\nThe Board approved the plan.\n\n6.  CLOSE\n\nNone.\n";
        let r = run(s);
        assert_eq!(labels(&r[0][0].clauses), ["a", "b[i,ii]", "c"]);
        assert_eq!(r[1][0].text, "The Board approved the plan.");
        // A "Decision" word that is not alone on its line is not a heading.
        assert!(line_keyword("Decision makers met.").is_none());
    }

    #[test]
    fn keyword_after_its_subject_ends_with_the_sentence() {
        let s = "7. Planning\nApplication 25/1187/FUL, change of use: the\nCouncil RESOLVED to support the application subject to the highways\ncomments. Application 25/1203/HH, rear extension: no objection.\n\n8. Close\nDone.\n";
        let d = &run(s)[0];
        assert_eq!(d[0].text, "to support the application subject to the highways comments.");
        // A keyword at the start of its line keeps the whole paragraph.
        let s = "7. Planning\nRESOLVED: That the application be refused. The reasons are in the report.\n\n8. Close\nDone.\n";
        let d = &run(s)[0];
        assert!(d[0].text.ends_with("The reasons are in the report."), "{:?}", d[0].text);
    }

    #[test]
    fn honorific_with_a_full_stop_in_the_seconder() {
        // "Cllr." does not end the sentence: the motion is formal, its text follows
        // "Resolved:", and the document is a formal-keyword one.
        let s = "1. Roads\n\nIt was proposed by Cllr. Bríd Flannery Seconded by Cllr. Conor Harty And Resolved: That the road be declared public.\n\n2. Close\n";
        assert!(is_formal(s));
        let d = &run(s)[0];
        assert_eq!(d[0].text, "That the road be declared public.");
    }

    #[test]
    fn a_quoted_motion_over_two_lines_agreed_below_it() {
        let s = "6.  NOTICE OF MOTION\n\"That the Council asks the Minister to extend the\nrural grant to older buildings.\"\nProposed by Cllr. A, Seconded by Cllr. B, the motion was agreed\nunanimously.\n\n7.  CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].text,
            "That the Council asks the Minister to extend the rural grant to older buildings."
        );
    }

    #[test]
    fn a_body_approved_in_capitals_is_its_sentence() {
        let s = "4.  BUDGET\nThe Chief Financial Officer presented the budget.\nThe Board APPROVED the budget for 2026/27 and noted the\nforecast.\n\n5.  MINUTES\nThe minutes were approved as a correct record.\n\n6.  CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(
            r[0][0].text,
            "The Board APPROVED the budget for 2026/27 and noted the forecast."
        );
        assert!(r[1].is_empty(), "{:?}", r[1]);
        // An outcome word after an application is not a body's decision.
        assert!(!SUBJECT_APPROVED.is_match("Application 25/0112 APPROVED subject to conditions"));
        // After a paragraph number ("6.2 The Board APPROVED ..."), the sentence from its
        // subject.
        let s = "6.  AUDIT\n6.1 The auditor presented the letter.\n\n6.2 The Board APPROVED the reappointment of the auditor.\n\n7.  CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "The Board APPROVED the reappointment of the auditor.");
        // Trap: a number that is not a paragraph's ("Minute 25 The Board APPROVED" is no
        // sentence start).
        assert!(!SUBJECT_APPROVED.is_match("Minute 25 The Board APPROVED the plan"));
        // After a committee report's heading and a colon, the sentence from its subject.
        let s = "6.  COMMITTEES\n(a)\tAudit Committee – 16 October 2025: the accounts were signed.\n(b)\tPeople Committee – 30 October 2025: The Board RATIFIED the revised policy.\nThe Board NOTED the reports.\n\n7.  CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "The Board RATIFIED the revised policy.");
    }

    #[test]
    fn an_outcome_does_not_reach_past_the_outcome_of_an_amendment_above() {
        // The amendment was defeated; the main motion's outcome, under its own vote, does
        // not make the amendment a decision.
        let s = "9.1 Tax Rates\n\n2024-109   It was moved by Councillor Smith and seconded by Councillor Jones\n           that Council set the tax rate at 1.14.\n\n2024-110   It was moved by Councillor Fougere and seconded by Councillor LeBlanc\n           that Motion 2024-109 be amended to reduce the rate to 1.12.\n\n           In Favour: Councillors Fougere and LeBlanc\n           Opposed:   Councillors Theriault and Crowell\n                                                    MOTION DEFEATED\n\nThe Warden called the question on Motion 2024-109.\n\n           In Favour: Councillors Theriault and Crowell\n                                                    MOTION CARRIED\n\n9.2 Close\nNone.\n";
        let d = &run(s)[0];
        assert!(d.iter().all(|d| !d.text.contains("be amended")), "{d:?}");
        // The main motion, named by its number, is what the last outcome closes.
        assert!(d.iter().any(|d| d.text == "that Council set the tax rate at 1.14."), "{d:?}");
        // The same when the seconder's name wraps the main motion's "that" onto the next line.
        let wrapped = s.replace(
            "seconded by Councillor Jones\n           that Council",
            "seconded by Councillor\n           Jones that Council",
        );
        let d = &run(&wrapped)[0];
        assert!(d.iter().any(|d| d.text == "that Council set the tax rate at 1.14."), "{d:?}");
        assert!(amends_the_motion("that Motion 2024-109 be amended to reduce the rate"));
        // Trap: a motion that amends a by-law is no amendment of a motion.
        assert!(!amends_the_motion("that Council amend By-law 63 to raise the limit"));
    }

    #[test]
    fn an_outcome_after_a_semicolon_closes_the_motion() {
        // "Motion by X, second by Y, to ...; carried 4-0.": the motion without its outcome;
        // "; failed 2-2" is no decision.
        let s = "3. AGENDA\n\nMotion by Commissioner Ybarra, second by Commissioner Holcomb, to approve the agenda as amended; carried 4-0.\n\n4. ORDINANCE\n\nMotion by Commissioner Holcomb, second by Commissioner Ybarra, to table Ordinance No. 2026-02; failed 2-2, Mayor Whitfield voting no.\n\n5. CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "to approve the agenda as amended");
        assert!(r[1].is_empty(), "{:?}", r[1]);
    }

    #[test]
    fn be_it_resolved_by_the_body_that_is_a_decision() {
        // The US resolution formula: the decision starts at its "that", after the body that
        // made it (whose name may hold "St.").
        let s = "5. TAX ELECTION\n\n     NOW, THEREFORE, BE IT RESOLVED by the St. Amable Parish Police Jury, in regular\nsession convened, that a special election be held on November 5, 2024.\n";
        let d = texts(s);
        assert_eq!(d, ["that a special election be held on November 5, 2024."], "{d:?}");
        assert!(resolution_wraps(
            "BE IT RESOLVED by the St. Amable Parish Police Jury, in regular"
        ));
        // Traps: a finished sentence after "resolved by", and "by" inside a word.
        assert!(!resolution_wraps("The matter was resolved by the clerk. The next item"));
        assert!(!resolution_wraps("It was resolved bylaw 4 applies"));
    }

    #[test]
    fn a_keyword_ending_its_line_over_a_lower_case_continuation() {
        let s = "24/120  PLANNING\na) Applications received:\n   NE/24/01392/FUL - Orchard View - Erection of detached garage. RESOLVED\n   no objection.\n   NE/24/01411/LBC - 2 Church Street - Windows. RESOLVED to object.\n\n24/121  FINANCE\nProposed by Cllr A, seconded by Cllr B and RESOLVED\nunanimously.\n\n24/122  CLOSE\nNone.\n";
        let r = run(s);
        let t: Vec<&str> = r[0].iter().map(|d| d.text.as_str()).collect();
        assert_eq!(t, ["no objection.", "to object."], "{t:?}");
        // Trap: "unanimously." says how, not what: no decision text from it.
        assert!(r[1].iter().all(|d| d.text != "unanimously."), "{:?}", r[1]);
    }

    #[test]
    fn a_body_noted_and_approved_in_capitals_is_its_sentence() {
        let s = "5. PATIENT EXPERIENCE\nThe report was presented.\n\nThe Committee NOTED the Patient Experience Report and\nAPPROVED the proposal to publish a quarterly summary.\n\n6. RISK\nThe Committee NOTED the risk register and the\nactions taken.\n\n7. CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(
            r[0][0].text,
            "The Committee NOTED the Patient Experience Report and APPROVED the proposal to publish a quarterly summary."
        );
        // Trap: noting alone is no decision.
        assert!(r[1].is_empty(), "{:?}", r[1]);
        assert!(noted_wraps("The Board RECEIVED the annual report and"));
        assert!(!noted_wraps("The Board NOTED the report."));
    }

    #[test]
    fn a_keyword_bracket_closing_on_the_next_line() {
        let s = "25/116 MINERALS\nThe motion was lost.\n\nRESOLVED (on a motion by Councillor Dunkerley, seconded by Councillor\nTrevithick, and carried by 6 votes to 3) that:\n\n(a)  permission be granted subject to:\n     (i)  conditions; and\n     (ii) a legal agreement; and\n(b)  the Director be authorised to refuse it otherwise.\n\n25/117 CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(labels(&r[0][0].clauses), ["a[i,ii]", "b"]);
        assert!(bracket_wraps("RESOLVED (on a motion by Councillor A, seconded by Councillor"));
        // Traps: a closed bracket, and a bracket not after the keyword.
        assert!(!bracket_wraps("RESOLVED (unanimously) that the report be noted."));
        assert!(!bracket_wraps("The report (which RESOLVED nothing, and"));
    }

    #[test]
    fn a_partnership_resolved_is_a_decision() {
        let s = "4. BUDGET\nThe report was submitted.\n\nThe Partnership resolved:-\n\n(i) to note the position; and\n\n(ii) to approve the transfer.\n\n5. CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(labels(&r[0][0].clauses), ["i", "ii"]);
    }

    #[test]
    fn a_motion_number_in_the_margin_opens_a_moved_and_seconded_motion() {
        let s = "4.1 Minutes\n\n2024-105   It was moved by Councillor Smith and seconded by Deputy Warden\n           Boutilier that the minutes be approved as circulated.\n                                                   MOTION CARRIED\n\n4.2 Close\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "that the minutes be approved as circulated.");
        // Trap: a number before other words is no margin number of a motion.
        assert!(!US_MOTION.is_match("2024 budget it was moved by A and seconded by B that x"));
    }

    #[test]
    fn a_board_resolved_with_its_number_and_part_marker_is_the_block_below() {
        // New Zealand minutes: "Community Board Resolved THCB/2024/00063", a "Part C" line,
        // then the resolution; the mover/seconder line ends it.
        let s = "5.  Apologies\nNone.\n\n6.  Rapaki Road\nStaff presented the report.\n\nCommunity Board Resolved THCB/2024/00063\nPart C\nThat the Community Board:\n1.   Receives the information in the Rapaki Road - Proposed No Stopping\n     Restrictions Report.\n2.   Approves the restrictions.\nMember Lasenby/Councillor Ashworth                    Carried\n\n7.  Close\nNone.\n";
        let r = run(s);
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert!(r[1][0].text.starts_with("That the Community Board:"), "{:?}", r[1][0].text);
        assert_eq!(r[1][0].clauses.len(), 2);
        assert_eq!(part_marker_len("Part C\nThat the Board:"), 7);
        // Traps: a "Part" that is a sentence, or the only line, is text.
        assert_eq!(part_marker_len("Part C of the report was noted.\nThat the Board:"), 0);
        assert_eq!(part_marker_len("Part C\n"), 0);
    }

    #[test]
    fn a_body_lead_in_over_clauses_with_verbs_in_capitals_is_a_decision() {
        let s = "4. TERMS OF REFERENCE\nThe Director presented the revised terms.\n\nThe Committee:\n(a)  ENDORSED the revised Terms of Reference for submission to the Board\n     for approval; and\n(b)  APPROVED the Cycle of Business for 2025/26.\n\n5. RISKS\nThe Committee:\n(a)  noted the risk register; and\n(b)  asked for a further report.\n\n6. CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].verb, "Endorsed");
        assert_eq!(labels(&r[0][0].clauses), ["a", "b"]);
        assert_eq!(
            r[0][0].clauses[0].text,
            "ENDORSED the revised Terms of Reference for submission to the Board for approval; and"
        );
        // Trap: the same lead-in over clauses in lower case is narrative.
        assert!(r[1].is_empty(), "{:?}", r[1]);
    }

    #[test]
    fn a_numbered_body_lead_in_over_lettered_clauses_is_a_decision() {
        let s = "7. Acquisition\n7.1 The Director presented the scheme.\n\n7.2 The Board:\n\n(a) APPROVED the acquisition of 46 homes;\n\n(b) APPROVED the submission of a grant claim; and\n\n(c) APPROVED the delegation of authority.\n\n8. Risks\n8.1 The Board:\n\n(a) noted the risk register; and\n\n(b) asked for a further report.\n\n9. Close\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(labels(&r[0][0].clauses), ["a", "b", "c"]);
        assert_eq!(r[0][0].clauses[0].text, "APPROVED the acquisition of 46 homes;");
        // Trap: the same numbered lead-in over clauses in lower case is narrative.
        assert!(r[1].is_empty(), "{:?}", r[1]);
        assert_eq!(without_paragraph_number("7.2 The Board:"), "The Board:");
        assert_eq!(without_paragraph_number("2025 The Board:"), "2025 The Board:");
    }

    #[test]
    fn a_proposal_closed_by_an_outcome_sentence_is_a_decision() {
        let s = "7. Grants\nIt was proposed by Ms. A Gillick and seconded by Cllr. B\nFitzmaurice that the grants recommended by the panel, as set out\nin Appendix 2, be approved. This was agreed.\n\n8. Hall\nThe Chair asked whether the hall could open later. This was agreed.\n\n9. Close\nIt was proposed by Mr. C that the item be deferred. This was not agreed.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(
            r[0][0].text,
            "that the grants recommended by the panel, as set out in Appendix 2, be approved."
        );
        // Traps: an agreement with no proposal before it, and an outcome negated.
        assert!(r[1].is_empty(), "{:?}", r[1]);
        assert!(r[2].is_empty(), "{:?}", r[2]);
        assert_eq!(outcome_sentence("This was agreed."), Some((0, "Agreed")));
        assert_eq!(outcome_sentence("He was agreed."), None);
    }

    #[test]
    fn a_resolved_motion_block_over_a_defeated_vote_is_no_decision() {
        let s = "6. Public Works\nMotion #2025-077\nMoved:      Councillor A\nSeconded:   Councillor B\n\nResolved that Council defer the purchase of a grader until a new-unit price\nhas been obtained through public tender.\n\nIn Favour: 2     Against: 4                                  Motion Defeated\n\nMotion #2025-078\nMoved:      Councillor C\nSeconded:   Councillor D\n\nResolved that Council purchase the grader.\n\nIn Favour: 4     Against: 2 (Councillors A and B)     Motion Carried\n\n7. Close\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "that Council purchase the grader.");
        // Trap: a lost amendment under a resolution says nothing of it.
        let s = "6. Budget\nRESOLVED that the budget be approved.\n\nThe amendment was lost.\n\n7. Close\nNone.\n";
        assert_eq!(run(s)[0].len(), 1);
    }

    #[test]
    fn a_body_endorsed_or_ratified_in_capitals_is_its_sentence() {
        let s = "7.  STRATEGY\nThe Board ENDORSED the primary care strategy for publication.\n\n8.  CONTRACT\nThe Board RATIFIED the decision of the Finance Committee to award the\ncontract.\n\n9.  REPORT\nThe annual report was ENDORSED by the Audit Committee last week.\n\n10.  CLOSE\nNone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "The Board ENDORSED the primary care strategy for publication.");
        assert_eq!(r[0][0].verb, "Endorsed");
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert_eq!(r[1][0].verb, "Ratified");
        // Trap: the verb in capitals without a body as its subject is no decision.
        assert!(r[2].is_empty(), "{:?}", r[2]);
    }

    #[test]
    fn a_body_approved_in_capitals_makes_the_document_formal() {
        assert!(is_formal(
            "5. CONTRACT\nThe Committee APPROVED the award of the contract.\nThe Committee agreed that the risk should remain.\n"
        ));
        // Traps: an outcome after an application, and "approved" in lower case.
        assert!(!is_formal("Application 25/0112 APPROVED subject to conditions.\n"));
        assert!(!is_formal(
            "The Committee approved the award.\nMembers agreed that it was fine.\n"
        ));
    }

    #[test]
    fn a_body_resolved_in_prose_makes_the_document_formal() {
        // "The Sub-Committee resolved to ..." is a keyword: "Members agreed that ..." in the
        // same document is narrative.
        let s = "3. LICENCE\nThe Sub-Committee resolved to grant the licence.\nMembers agreed that the noise concerns were met.\n\n4. CLOSE\nNone.\n";
        assert!(is_formal(s));
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "to grant the licence.");
        assert!(!is_formal(
            "Members agreed that the hall be painted. The group resolved a dispute.\n"
        ));
    }

    #[test]
    fn seconder_between_the_mover_and_the_motion() {
        // "X moved, seconded by Y, to ...", "X moved and Y seconded a motion to ...": the
        // motion from its "to", without the outcome; a failed one is no decision.
        let s = "2. AGENDA\nSupervisor Lindgren moved, seconded by Supervisor Oakes, to approve the agenda;\nmotion carried 5-0.\n\n3. GRANT\nMs. Reyes moved, seconded by Dr. Patel, to accept the grant; motion failed 2-3.\n\n4. REPORT\nDirector Holm moved and Director Varga seconded a motion to receive the audit\nreport; the motion passed unanimously.\n\n5. CLOSE\nDone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "to approve the agenda");
        assert!(r[1].is_empty(), "{:?}", r[1]);
        assert_eq!(r[2].len(), 1, "{:?}", r[2]);
        assert_eq!(r[2][0].text, "to receive the audit report");
        assert!(MOVED_TO.is_match("It was moved and seconded to adjourn."));
        // "X moved, Y seconded, to ...": the seconder named between two commas.
        let c = MOVED_TO.captures("Castellano moved, Dube seconded, to approve the agenda.");
        assert_eq!(c.and_then(|c| c.name("what")).map(|m| m.start()), Some(33));
        // A list of names before "moved" is no seconder.
        assert!(!MOVED_TO.is_match(
            "Trustees Castellano, Dube and Vang were present; Vang moved in 2019 to Ohio."
        ));
    }

    #[test]
    fn a_motion_moved_by_its_noun_starts_at_the_noun() {
        let s = "4. MINUTES\n\nCommissioner Hensley moved approval of the minutes as presented. Commissioner\nVogel seconded the motion. The motion carried 6-0.\n\n5. CASE\n\nCommissioner Ashby moved denial of Case Z-1. Commissioner Vogel seconded. The motion\nfailed 2-5.\n\n6. CLOSE\n\nCommissioner Hensley moved to adjourn. Commissioner Vogel seconded the motion, which\ncarried unanimously. The meeting adjourned at 7:58 p.m.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "approval of the minutes as presented.");
        // Trap: a failed motion is no decision.
        assert!(r[1].is_empty(), "{:?}", r[1]);
        // Trap: the sentence after the outcome's full stop is no decision.
        assert_eq!(r[2].len(), 1, "{:?}", r[2]);
        assert!(r[2][0].text.starts_with("to adjourn"), "{:?}", r[2]);
        // Trap: "removed", and a noun without "of".
        assert_eq!(moved_noun("Staff removed approval of the plan."), None);
        assert_eq!(moved_noun("He moved approval quickly."), None);
        assert_eq!(moved_noun("X moved approval of it."), Some(8));
    }

    #[test]
    fn a_motion_label_opens_a_moved_to_motion() {
        // "MOTION: X moved to ...; seconded by Y. Motion carried 5-0.": the motion from its
        // "to", without the seconder; a failed one is no decision.
        let s = "3. AGENDA\n\nMOTION: Council Member Jessup moved to approve the agenda as presented; seconded by Council Member Fontaine. Motion carried 5-0.\n\n4. STOP SIGN\n\nMotion: Council Member Jessup moved to approve the first reading of Ordinance 1187; seconded by Council Member Fontaine. Roll call: Ayes - Jessup, Fontaine. Nays - Oyelaran, Kowalczyk. Motion failed 2-2.\n\n5. CLOSE\nDone.\n";
        let r = run(s);
        assert_eq!(r[0].len(), 1, "{:?}", r[0]);
        assert_eq!(r[0][0].text, "to approve the agenda as presented");
        assert!(r[1].is_empty(), "{:?}", r[1]);
        // Trap: another label before "moved" is no motion label.
        assert!(!MOVED_TO.is_match("Note: the office moved to Ohio."));
    }

    #[test]
    fn a_tally_with_the_outcome_at_its_end_closes_the_motion_above() {
        let s = "4. CONTRACTS\n    Moved: Trustee Abara            Seconded: Trustee Quist\n    To award the paving contract to Ridgeline Paving in an amount not to\n    exceed $120,000.\n    Ayes 5 - Noes 0 - Absent 1 (Lowe)                    CARRIED\n\n    Moved: Trustee Quist            Seconded: Trustee Abara\n    To defer the fleet purchase.\n    Ayes 2 - Noes 4                                       FAILED\n\n5. CLOSE\nDone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].text,
            "To award the paving contract to Ridgeline Paving in an amount not to exceed $120,000."
        );
        assert!(TALLY_CARRIED.is_match("Vote: 5-0   Carried"));
        assert!(!TALLY_CARRIED.is_match("For the record, the motion was carried"));
    }

    #[test]
    fn an_outcome_line_after_an_abbreviation_is_not_part_of_the_motion() {
        // "a.m." does not end a sentence for the splitter: the CARRIED line below it would.
        let s = "9. SESSION\n412/24    Councillor Amari moved that Council recess until\n          9:30 a.m.\n                                   CARRIED\n\n10. CLOSE\nDone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "that Council recess until 9:30 a.m.");
    }

    #[test]
    fn a_case_name_does_not_end_the_motion() {
        let s = "7. LITIGATION\nTrustee Moss moved to settle Baker v. Elm Valley District for $10,000; motion\ncarried 4-1.\n\n8. CLOSE\nDone.\n";
        let d = &run(s)[0];
        assert_eq!(d[0].text, "to settle Baker v. Elm Valley District for $10,000");
    }

    #[test]
    fn resolved_opening_a_sentence_inside_a_line() {
        let s = "14/25 APOLOGIES\nApologies were received from two members. Resolved that the apologies be\naccepted.\n\n15/25 FINANCE\n(a) Grants. Resolved: that a grant of £200 be made to the club.\n(b) Audit. The report was noted.\n(c) Signatories. Members discussed it. Agreed to revisit the list.\n\n16/25 CLOSE\nDone.\n";
        let r = run(s);
        assert_eq!(r[0][0].text, "that the apologies be accepted.");
        assert_eq!(r[1].len(), 1, "{:?}", r[1]);
        assert_eq!(r[1][0].text, "that a grant of £200 be made to the club.");
    }

    #[test]
    fn resolved_under_a_power_then_to_on_the_next_line() {
        let s = "2418. EXCLUSION\nThe Committee resolved under Section 12 of the Local Government\n(Example) Act 1999 to exclude the public for the next item.\n\n2419. CLOSE\nDone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "to exclude the public for the next item.");
        assert!(resolution_wraps("The Board resolved in terms of the Standing Orders"));
        assert!(!resolution_wraps("The Board resolved under the Act to act."));
    }

    proptest::proptest! {
        /// [`resolution_wraps`] reads lines as this pattern does.
        #[test]
        fn resolution_wraps_is_its_pattern(
            s in r"(?:resolved|RESOLVED|Resolved|unresolved|under|in terms of|in accordance with|pursuant to|by|St|Mt|Ste|to|the Act|[ \t.;:]|x|é|_)*"
        ) {
            static UNDER: LazyLock<Regex> = LazyLock::new(|| {
                crate::pattern::regex(r"(?i)(?-u:\b)resolved\s+(?:under|in\s+terms\s+of|in\s+accordance\s+with|pursuant\s+to|by)\s(?:[^.;:]|(?:^|[^\w])(?:St|Ste|Mt|Ft)\.)*$").unwrap()
            });
            proptest::prop_assert_eq!(resolution_wraps(&s), UNDER.is_match(&s), "{:?}", s);
        }
    }

    proptest::proptest! {
        /// The stem look before [`LINE_KEYWORD`] and the "action" look before [`ACTION`]
        /// never turn away a line their pattern matches.
        #[test]
        fn the_line_gates_keep_every_match(
            s in r"(?:RESOLVED|Resolved|RESOLVE|resolve|AGREED|Agreed|agreed|DECIDED|Decision|RESOLUTION|DETERMINED|RECOMMENDED|Actions?|ACTION|action point|It was|it was|be it|unanimously|the Committee|Members|1\.2|that|to|by|carried|CARRIED|Carried|MOTION|Motion|motion|M/S|Smith|seconded|Seconded|passed|adopted|approved|moved|declared|Ayes|Vote|7|and|a motion|Mr\.|under|The Board|APPROVED|ADOPTED|ENDORSED|RATIFIED|[ \t:\-–—•.,(\n]|x|é|ſ|K)*"
        ) {
            // Each line of the text as a body: the bits say what its patterns need.
            let t = Text::from_str(&s);
            let last = t.lines.len().saturating_sub(1);
            let bits = line_words(&t, 0..s.len(), 0, last);
            static WORD: LazyLock<Words> = LazyLock::new(|| Words::new(DECISION_WORDS));
            for (k, l) in t.lines.iter().enumerate() {
                let has = bits.get(k).copied().unwrap_or(0);
                if LINE_KEYWORD.is_match(l.text) {
                    proptest::prop_assert!(has & HAS_KEYWORD != 0);
                }
                if WORD.is_match(l.text) {
                    proptest::prop_assert!(has & HAS_DECISION_WORD != 0);
                }
                // Each pattern of `prose_decision` only where a word it needs stands.
                let gates: [(&Regex, u32); 13] = [
                    (&CARRIED_LINE, W_CARRIED | W_AGREED),
                    (&TALLY_CARRIED, W_CARRIED),
                    (&CARRIED_LABEL, W_CARRIED | W_PASSED | W_ADOPTED | W_APPROVED),
                    (&CAPS_KEYWORD, W_RESOLV | W_AGREED | W_DECIDED | W_RECOMMENDED),
                    (&RESOLVED_PROSE, W_RESOLV),
                    (&SENTENCE_KEYWORD, W_RESOLV | W_AGREED),
                    (&SUBJECT_APPROVED, W_SUBJECT_VERBS),
                    (&BE_IT_RESOLVED, W_RESOLV),
                    (&MS_MOTION, W_M_S),
                    (&US_MOTION, W_MOTION | W_MOVED),
                    (&MOVED_TO, W_MOVED),
                    (&SECONDED, W_SECOND),
                    (&INFORMAL_AGREED, W_AGREED),
                ];
                for (re, words) in gates {
                    if re.is_match(l.text) {
                        proptest::prop_assert!(has & words != 0, "{} needs {:b}", re.as_str(), words);
                    }
                }
            }
            if ACTION.is_match(&s) {
                proptest::prop_assert!(may_be_action(&s));
            }
            for l in t.lines.iter() {
                if TALLY_CARRIED.is_match(l.text) {
                    proptest::prop_assert!(may_tally(l.text));
                }
                if SENTENCE_KEYWORD.is_match(l.text) {
                    proptest::prop_assert!(may_sentence_keyword(l.text));
                }
                if SUBJECT_APPROVED.is_match(l.text) {
                    proptest::prop_assert!(may_subject_approved(l.text));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests_d14 {
    use super::tests::{run, texts};
    use super::*;

    #[test]
    fn a_keyword_after_the_same_word_in_another_language_and_a_slash() {
        let s = "1.   COFNODION / MINUTES\n     PENDERFYNIAD / DECISION: That the minutes be approved.\n\n     Rheswm dros y penderfyniad / Reason for decision: To keep records.\n\n2.   CYLLIDEB / BUDGET\n     PENDERFYNIAD / DECISION: That Cabinet:\n     1.  notes the outturn; and\n     2.  requires the Director to:\n         (a) provide transport; and\n         (b) report back.\n\n     Rheswm dros y penderfyniad / Reason for decision: To balance the\n     budget.\n";
        let r = run(s);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].len(), 1, "{r:?}");
        assert_eq!(r[0][0].text, "That the minutes be approved.");
        assert_eq!(r[1].len(), 1, "{r:?}");
        assert_eq!(labels_of(&r[1][0].clauses), ["1", "2[a,b]"]);
        // Trap: a slashed label without a colon after the keyword is not one.
        assert!(line_keyword("Cofnodion / Decision taken last year was noted").is_none());
        assert!(line_keyword("PENDERFYNIAD / DECISION: That X.").is_some());
    }

    fn labels_of(c: &[Clause]) -> Vec<String> {
        c.iter()
            .map(|c| {
                if c.clauses.is_empty() {
                    c.label.clone()
                } else {
                    format!("{}[{}]", c.label, labels_of(&c.clauses).join(","))
                }
            })
            .collect()
    }

    #[test]
    fn a_carried_outcome_line_makes_a_document_formal() {
        assert!(is_formal(
            "Proposed: A   Seconded: B\nThat this branch:\n(a) x;\nCarried: For 29, Against 3.\n"
        ));
        assert!(is_formal("That this branch donates.\nCarried unanimously.\n"));
        // Trap: "Carried forward" is book-keeping, not an outcome.
        assert!(!is_formal("Carried forward to next year.\nIt was agreed to meet.\n"));
    }

    #[test]
    fn a_proposer_and_seconder_with_abbreviated_honorifics_wrap_onto_the_outcome() {
        assert!(proposal_wraps("It was proposed by Cllr. Nic Giolla, seconded by Ms. Hurley and"));
        assert!(proposal_wraps(
            "The following resolution was proposed by Cllr. Moran, seconded by Dr. Keegan"
        ));
        // Trap: a full stop that ends a sentence after the seconder.
        assert!(!proposal_wraps("It was proposed by Cllr. Moran, seconded by Dr. Keegan. Then"));
        let s = "4.   Accounts\n\nIt was proposed by Cllr. Nic Giolla, seconded by Ms. Hurley and\nagreed to adopt the audited Financial Statements and to forward them.\n\n5.   Report\n\nOn the proposal of Cllr. Furlong, seconded by Cllr. Kiely, the Board\napproved the report.\n";
        // The second: the body's own decision verb after the seconder (README).
        assert_eq!(
            texts(s),
            [
                "to adopt the audited Financial Statements and to forward them.",
                "the Board approved the report."
            ]
        );
    }

    #[test]
    fn us_motions_wrapped_after_the_mover() {
        assert!(motion_wraps("Pools $52,300). Motion made by Mark Oyelaran and"));
        assert!(motion_wraps("the CPI is 2.9 percent. Fitzgerald moved,"));
        // Traps: the motion's "to" already on the line; "moved" not closing the line.
        assert!(!motion_wraps("Motion made by Mark Oyelaran and Bill to approve and"));
        assert!(!motion_wraps("The item was moved, as the Chair said"));
        // "X moved, seconded by Trustee" / "Brennan, to adjourn.": the seconder's name wraps.
        assert!(motion_wraps("no further business, Secretary Delaney moved, seconded by Trustee"));
        assert!(motion_wraps("Delaney moved, seconded by Trustee Brennan,"));
        assert!(!motion_wraps("Delaney moved, seconded by Trustee Brennan, to adjourn."));
        for s in [
            "9. Adjournment\n\nThere being no further business, Secretary Delaney moved, seconded by Trustee\nBrennan, to adjourn. All ayes by voice vote.\n\n10. Close\n\nText.\n",
            "9. Adjournment\n\nThere being no further business, Secretary Delaney moved, seconded by Trustee Brennan,\nto adjourn. All ayes by voice vote.\n\n10. Close\n\nText.\n",
        ] {
            assert_eq!(texts(s), ["to adjourn."], "{s}");
        }
        let s = "6.  OLD BUSINESS\n    a.  Pool - Bids were received ($44,750). Motion made by Mark Oyelaran and\n        seconded by Bill Szabo to award the contract to BlueLine. Motion passed 3-1.\n    b.  Humps - Motion made by Bill Szabo and seconded by\n        Gail Hendricks to install humps. Motion failed 2-2.\n    c.  Solar - Motion made by Gail Hendricks and seconded by\n        Bill Szabo to approve the solar panels. Motion passed 4-0.\n";
        assert_eq!(
            texts(s),
            ["to award the contract to BlueLine.", "to approve the solar panels."]
        );
    }

    #[test]
    fn a_failed_amendment_is_not_a_decision_and_the_main_motion_is() {
        let s = "VII.  NEW BUSINESS\n      The levy is 2.9 percent. Fitzgerald moved,\n      Castellano seconded, to adopt Ordinance No. 2025-04, a levy\n      of $3,186,450.\n      Dube moved, Vang seconded, to amend the motion to reduce the levy to\n      $3,140,000. Roll call vote on the amendment: Ayes - Dube, Vang. Nays\n      - Abernathy, Castellano. Amendment failed 2-4.\n      Roll call vote on the main motion: Ayes - Abernathy, Castellano,\n      Fitzgerald. Nays - Dube. Motion carried 5-1.\n";
        assert_eq!(texts(s), ["to adopt Ordinance No. 2025-04, a levy of $3,186,450."]);
        // Trap: an amendment that carried is a decision.
        let s = s.replace("Amendment failed 2-4", "Amendment carried 4-2");
        assert_eq!(texts(&s).len(), 2, "{:?}", texts(&s));
    }

    #[test]
    fn informal_agreement_by_a_named_council() {
        let s = "4. Police\n\nNo report.\n\n5. Wind farm\n\nAfter a long discussion the community council agreed to seek advice, and to hold\na drop-in session in October.\n";
        assert_eq!(texts(s), ["to seek advice, and to hold a drop-in session in October."]);
        // Trap: a formal-keyword document.
        let f = format!("{s}\n6. Other\n\nRESOLVED: That the report be noted.\n");
        assert_eq!(texts(&f), ["That the report be noted."]);
    }
}

#[cfg(test)]
mod tests_d14_carried {
    use super::tests::run;
    use super::*;

    #[test]
    fn a_carried_line_with_its_tally_after_a_colon_closes_the_motion_above() {
        let s = "4) Treasurer's report\nThe accounts were accepted.\n\n5) Pay 2026 - motions\nThe ballot was reported.\n\nMotion 1 - Pay 2026\nProposed: A Bee          Seconded: C Dee\nThat this branch:\n(a) rejects the offer;\n(b) calls for more; and\n(c) will hold meetings.\nCarried: For 29, Against 3, Abstentions 2.\n\nMotion 3 - Donation\nProposed: E Eff          Seconded: G Gee\nThat this branch donates £500.\nLost: For 9, Against 19, Abstentions 6.\n";
        let d: Vec<Decision> = run(s).into_iter().flatten().collect();
        assert!(CARRIED_LINE.is_match("Carried: For 29, Against 3, Abstentions 2."));
        assert_eq!(d.len(), 1, "{d:?}");
        let l: Vec<&str> = d[0].clauses.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(l, ["a", "b", "c"]);
        // Trap: a line that goes on after the tally is not an outcome line.
        assert!(!CARRIED_LINE.is_match("Carried: For 29, Against 3, then members left."));
    }
}

#[cfg(test)]
mod tests_d15 {
    use super::tests::texts;
    use super::*;

    #[test]
    fn under_a_decision_heading_the_body_agreed_is_not_text() {
        let s = "1.   Minute\n\nCirculated.\n\nDecision\n\nThe Committee agreed to approve the Minute as a correct record.\n\n2.   Budget\n\nDecision\n\nThe Committee agreed the budget.\n";
        assert_eq!(
            texts(s),
            ["to approve the Minute as a correct record.", "The Committee agreed the budget."]
        );
        assert_eq!(agreed_subject_len("The Policy Committee decided that it be noted."), 29);
        // Trap: no "to" / "that" after the verb.
        assert_eq!(agreed_subject_len("The Committee agreed: (i) to note"), 0);
    }

    #[test]
    fn it_was_at_a_line_end_and_resolved_on_the_next() {
        let s = "151/25 GRANTS\n\nMembers considered four applications. Following discussion it was\nresolved to award £750 to the Club, and to defer the\nremaining two applications.\nCllr Penny returned.\n\n152/25 REPORT\n\nRESOLVED that the report be noted. It was\nnoted that resolved issues were listed.\n";
        assert_eq!(
            texts(s),
            [
                "to award £750 to the Club, and to defer the remaining two applications.",
                "that the report be noted."
            ]
        );
    }

    #[test]
    fn a_community_council_abbreviated_agrees() {
        let s = "1. Insurance\n\nThe quote is £312. The CC agreed to renew the insurance with the broker. Iain will pay.\n\n2. Close\n\nThe CCTV agreed to record it.\n";
        assert_eq!(texts(s), ["to renew the insurance with the broker."]);
    }

    #[test]
    fn all_in_favour_before_the_outcome_is_not_part_of_the_motion() {
        let s = "XII. ADJOURNMENT\n\nMotion by Ms. Iwu, seconded by Mr. Grabowski, to adjourn at 9:24 p.m.\nAll in favor. Motion carried 8-0.\n";
        assert_eq!(texts(s), ["to adjourn at 9:24 p.m."]);
        // Trap: "all in favour" inside the motion's own words stays.
        assert!(OUTCOME.find("to poll all in favour of the plan").is_none());
    }

    #[test]
    fn and_that_paragraphs_continue_the_motion() {
        let s = "5.   Delegation\n\nMoved by Councillor A\nSeconded by Councillor B\n\nTHAT the delegation be received;\n\nAND THAT the request be referred to staff.\n                                   CARRIED\n\n6.   Report\n\nMoved by Councillor A\nSeconded by Councillor B\n\nTHAT the report be received.\n\nAnd that was the end of the debate.\n                                   CARRIED\n";
        assert_eq!(
            texts(s),
            [
                "THAT the delegation be received; AND THAT the request be referred to staff.",
                "THAT the report be received."
            ]
        );
        assert!(opens_and_that("AND THAT Council approve"));
        assert!(ends_it_was("Following discussion it was"));
        assert!(!ends_it_was("The split was"));
        // A lead-in wrapped over two lines opens the list of conditions at its colon.
        let before = |s: &str| {
            let t = Text::from_str(s);
            let i = t.lines.iter().position(|l| l.trimmed() == "CARRIED").unwrap_or(0);
            proposal_before(&t, 0, i).map(|r| reflow(&s[r]))
        };
        let s = "Moved: Cr A            Seconded: Cr B\nThat Council grants approval for a depot at Lot 23,\nsubject to the following conditions:\n1.  Hours are limited.\n2.  A fence shall be built.\n                                   CARRIED\n";
        assert_eq!(
            before(s).as_deref(),
            Some(
                "That Council grants approval for a depot at Lot 23, subject to the following conditions: 1. Hours are limited. 2. A fence shall be built."
            )
        );
        // Trap: a finished sentence is not a lead-in; the numbered paragraph after it is not
        // part of the motion.
        let s = "Moved: Cr A            Seconded: Cr B\nThat Council grants approval for a depot\nat Lot 23.\n1.  Officers noted the hours.\n                                   CARRIED\n";
        assert_eq!(
            before(s).as_deref(),
            Some("That Council grants approval for a depot at Lot 23.")
        );
        assert!(!opens_and_that("And thats it"));
    }
}

#[cfg(test)]
mod tests_d17 {
    use super::tests::{run, texts};
    use super::*;

    #[test]
    fn a_motion_put_to_the_meeting_and_declared_carried_with_its_vote_count() {
        assert!(CARRIED_LINE.is_match(
            "Following discussion, the Motion was put to the meeting and declared CARRIED,"
        ));
        assert!(CARRIED_LINE.is_match(
            "The motion was put to the vote and declared carried, 17 Members voting in favour, none against."
        ));
        // Trap: "declared" something else, or carried forward.
        assert!(!CARRIED_LINE.is_match("The motion was put to the meeting and declared LOST,"));
        // The mover and the seconder, then the outcome, on one line under the motion.
        let s = "5    WORKS PROGRAMME\n\n     Officer's Recommendation\n     That the Committee receives the report.\n\n     Moved: Cr Ward / Seconded: Cr Hill / LOST\n\n     Resolution RC25/114\n     That the Committee receives the report and notes the delay.\n\n     Moved: Cr Fensom / Seconded: Ms Matenga / CARRIED\n\n6    CLOSE\n     None.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "That the Committee receives the report and notes the delay.");
        assert!(!MOVED_SECONDED_CARRIED.is_match("Moved: Cr Ward / Seconded: Cr Hill / LOST"));
        // "be approved" after the seconder is the motion's wording: the decision is the
        // RESOLVED below it, and there is one.
        let s = "90. LAND AT MILL LANE\n\nIt was proposed by Councillor Brookes and seconded by Councillor Stoddart that the officer recommendation be approved, and\n\nRESOLVED: That planning permission be GRANTED.\n\n91. CLOSE\nNone.\n";
        let d = &run(s)[0];
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "That planning permission be GRANTED.");
        assert!(
            !CARRIED_LINE.is_match("The Chairman declared the budget carried forward to 2027.")
        );
        let s = "7.    NOTICE OF MOTION\n\n      Cllr Dee proposed the following Notice of Motion which was seconded by\n      Cllr Kay:\n\n      \"That this Council writes to the Minister to request that the\n      road be resurfaced.\"\n\n      Following discussion, the Motion was put to the meeting and declared CARRIED,\n      17 Members voting in favour, none against and 2 abstaining.\n\n8.    CLOSE\n\n      None.\n";
        let t = texts(s);
        assert_eq!(t.len(), 1, "{t:?}");
        assert!(t[0].starts_with("That this Council writes"), "{t:?}");
        // Trap: an amendment declared carried does not close the motion.
        let s = s.replace("the Motion was put", "the amendment was put");
        assert!(texts(&s).is_empty());
    }

    #[test]
    fn a_resolution_ends_at_its_full_stop_before_a_new_sentence_on_a_later_line() {
        let s = "9/25  ACCOUNTS\n\n       RESOLVED that the Accounting Statements be approved and signed\n       by the Chairman. The Clerk will publish the notice of the period for the exercise of\n       public rights.\n\n10/25  CLOSE\n\n       None.\n";
        assert_eq!(
            texts(s),
            ["that the Accounting Statements be approved and signed by the Chairman."]
        );
        // Trap: after a colon, the clauses' sentences are the decision's.
        assert!(!ends_inside_line("that the following be approved:\n(a) the grant. The fee;"));
        assert!(ends_inside_line("that X be approved and signed\n by the Chair. The Clerk will."));
    }

    #[test]
    fn a_label_of_another_list_after_finished_clauses_ends_the_decision() {
        let s = "65. Planning Applications\n\n(a) 25/01187/FUL – Land at Mill Farm\n\nErection of 9 dwellings.\n\nRESOLVED that permission be granted subject to the following conditions:\n\n(i) no development shall commence until drainage is approved; and\n\n(ii) the access shall be 5.5 metres wide.\n\n(b) 25/01302/OUT – Former Garage, High Street\n\nOutline application for 14 apartments.\n\n66. Close\n\nNone.\n";
        let d = run(s).into_iter().flatten().collect::<Vec<_>>();
        assert_eq!(d.len(), 1, "{d:?}");
        let l: Vec<_> = d[0].clauses.iter().map(|c| c.label.clone()).collect();
        assert_eq!(l, ["i", "ii"]);
        // Trap: a nested list's labels, then the next clause of the outer list.
        let s = "5. Grants\n\nRESOLVED that:\n\n(i) grants be paid to:\n(a) the hall;\n(b) the club.\n(ii) the fund be closed.\n\n6. Close\n\nNone.\n";
        let d = run(s).into_iter().flatten().collect::<Vec<_>>();
        assert_eq!(d.len(), 1, "{d:?}");
        let l: Vec<_> = d[0].clauses.iter().map(|c| c.label.clone()).collect();
        assert_eq!(l, ["i", "ii"], "{d:?}");
    }
}

#[cfg(test)]
mod tests_s15 {
    use super::*;

    proptest::proptest! {
        /// [`word_starts_in`] finds the starts the one search over every form of
        /// [`DECISION_WORDS`] and [`KEYWORD_STEMS`] found ([`Words::starts`], overlapping
        /// starts included), each once.
        #[test]
        fn word_starts_are_those_of_all_the_words(
            s in r"(?:resolv|resolve|Resolve|RESOLVED|resolution|Resolution|RESOLUTION|reso|agreed|Agreed|AGREED|agree|decided|Decision|DECISION|decis|recommended|RECOMMENDED|carried|Carried|motion|Motion|moved|MOVED|second|Seconded|passed|adopted|approved|APPROVED|m/s|M/s|M/S|m/S|M/|/s|/|endorsed|ratified|Ratified|determined|DETERMINED|secon|[ a-z\n.]|é|ſ|K)*"
        ) {
            let all: Vec<&str> = DECISION_WORDS.iter().chain(KEYWORD_STEMS).copied().collect();
            let spec: Vec<usize> = Words::new(&all).starts(&s).collect();
            let mut found: Vec<usize> = word_starts_in(&s).collect();
            found.sort_unstable();
            proptest::prop_assert_eq!(found, spec, "{:?}", s);
        }
    }

    /// The spans of `groups` and of the whole match, to compare two patterns' captures.
    fn group_spans(
        c: Option<regex::Captures>,
        groups: &[&str],
    ) -> Option<Vec<Option<std::ops::Range<usize>>>> {
        c.map(|c| {
            groups
                .iter()
                .map(|g| c.name(g).map(|m| m.range()))
                .chain([c.get(0).map(|m| m.range())])
                .collect()
        })
    }

    proptest::proptest! {
        /// [`resolved_prose`] (the head pattern first) finds what [`RESOLVED_PROSE`] finds,
        /// with the same groups.
        #[test]
        fn resolved_prose_is_its_pattern(
            s in r"(?:it was|It Was|IT WAS|duly|therefore|be it|further|finally|Council|the Board|members|resolved|RESOLVED|Resolved|unresolved|that|to|as follows|under|in terms of|in accordance with|pursuant to|by|St\.|Mt\. |Ste|the Act|Section 12|x{40}|[ \t.;:\-]|x|é|ſ|K)*"
        ) {
            let spans = |c| group_spans(c, &["kw", "to", "by_that"]);
            proptest::prop_assert_eq!(
                spans(resolved_prose(&s)),
                spans(RESOLVED_PROSE.captures(&s)),
                "{:?}",
                s
            );
        }
    }

    proptest::proptest! {
        /// [`carried_line`] is [`CARRIED_LINE`]; the gates of [`CARRIED_ALONE`],
        /// [`BE_IT_RESOLVED`], [`SECONDED`], [`TALLY_CARRIED`], [`US_MOTION`] and
        /// [`MOVED_TO`] keep every line the pattern matches.
        #[test]
        fn split_patterns_and_gates_keep_every_match(
            s in r"(?:The|the|Chairman|Cathaoirleach|declared|DECLARED|motion|Motion|was|were|put to the meeting|and|CARRIED|Carried|carried|AGREED|Agreed|unanimously|UNANIMOUSLY|Unanimouſly|by|majority|for|For|Ayes|ayes|in favour|Votes|votes|against|7|12|,|\(|\)|:|/|-|be|BE|it|IT|Be it|resolved|RESOLVED|further|that|THAT|seconded|Seconded|SECONDED|ſeconded|second|approved|members|Cllr\.|resolution|reſolution|RESOLUTION|proposal|propoſal|Proposal|The|THE|moved|MOVED|removed|_moved|Moved by|motion by|Motion made by|It was moved by|supported|ſupport|to|To|TO|that|[ \t.;\n]|x|é|ſ|K|\x{a0})*"
        ) {
            let spans = |c| group_spans(c, &["kw", "kw2", "kw3"]);
            proptest::prop_assert_eq!(spans(carried_line(&s)), spans(CARRIED_LINE.captures(&s)));
            if CARRIED_ALONE.is_match(&s) {
                proptest::prop_assert!(may_carried_alone(&s));
            }
            if BE_IT_RESOLVED.is_match(&s) {
                proptest::prop_assert!(may_be_it(&s));
            }
            if SECONDED.is_match(&s) {
                proptest::prop_assert!(contains_ignore_ascii_case(&s, "econded"));
            }
            if TALLY_CARRIED.is_match(&s) {
                proptest::prop_assert!(may_tally(&s));
            }
            if US_MOTION.is_match(&s) {
                proptest::prop_assert!(may_us_motion(&s));
            }
            if MOVED_TO.is_match(&s) {
                proptest::prop_assert!(may_moved_to(&s));
            }
        }
    }
}
#[cfg(test)]
mod tests_b33 {
    use super::tests::{run, texts};
    use super::*;

    #[test]
    fn a_carried_line_with_its_resolution_number_closes_the_motion_above() {
        let s = "MINUTES OF THE BOARD\n\n2.   APPROVAL OF AGENDA\n\nMOVED by Director Lindgren\nSECONDED by Director Sayers\n\nTHAT the agenda be approved.\n\nCARRIED                                                  RD25/147\n\n3.   BYLAW\n\nMOVED by Director Kaminski\nSECONDED by Director Rosenthal\n\nTHAT the bylaw be postponed.\n\nDEFEATED\nIN FAVOUR: Directors Kaminski and Rosenthal\n\n4.   ADJOURNMENT\n\nMOVED by Director Leclair\n\nTHAT the meeting be adjourned at 11:54 a.m.\n\nCarried\tRes. 2025-161\n";
        assert_eq!(
            texts(s),
            ["THAT the agenda be approved.", "THAT the meeting be adjourned at 11:54 a.m."]
        );
        assert!(is_formal("THAT the agenda be approved.\n\nCARRIED           RD25/147\n"));
        // Traps: a word after the outcome is no resolution number, and a number run into
        // the word (no gap) is not set apart.
        assert_eq!(
            without_resolution_number("Carried  out by staff 12"),
            "Carried  out by staff 12"
        );
        assert!(carried_line("CARRIED   by the chair and 12 others").is_none());
        assert!(carried_line("CARRIED RD25/147").is_none());
        assert!(!is_formal("The survey was carried out.\nCarried over   page 2 of the list\n"));
    }

    #[test]
    fn an_indented_body_verb_in_capitals_and_its_lead_clause_are_the_sentence() {
        let s = "MINUTES OF THE BOARD\n\nBoD 24/109   Welcome and Apologies\n\n             None.\n\nBoD 24/110   Minutes of the Previous Meeting\n\n             The Board APPROVED the minutes as an accurate record.\n\nBoD 24/120   Reports\n\n             Mr Lowther presented the report. On the recommendation of the committee, the\n             Board APPROVED the award of the contract at a value of £2.36m.\n\nBoD 24/121   Close\n\n             In March, the Board NOTED the plan. It was noted that the Board APPROVED the\n             plan last year.\n";
        assert_eq!(
            texts(s),
            [
                "The Board APPROVED the minutes as an accurate record.",
                "On the recommendation of the committee, the Board APPROVED the award of the contract at a value of £2.36m."
            ]
        );
    }

    #[test]
    fn an_action_line_naming_only_who_acts_ends_at_its_line() {
        let s = "5.  Building\n\n5.1  The roof was discussed.\n     ACTION: RO\n\n5.2  The fridge has failed. Trustees agreed\n     to buy a domestic fridge-freezer.\n     ACTION: PW / AS\n\n6.  Close\n\n6.1  Nothing else.\n";
        let t = Text::from_str(s);
        let seg = crate::segment::segment(&t);
        let (d, a) = extract(&t, &seg.items[0], is_formal(s));
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "to buy a domestic fridge-freezer.");
        // The action is the paragraph the line closes, and the line names its owner.
        let got: Vec<(&str, Option<&str>)> =
            a.iter().map(|a| (a.text.as_str(), a.owner.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("The roof was discussed.", Some("RO")),
                (
                    "The fridge has failed. Trustees agreed to buy a domestic fridge-freezer.",
                    Some("PW / AS")
                )
            ]
        );
        // After a blank line too; an action that says what has no owner; an owner line
        // straight under the heading is all there is.
        let s = "7.  Hall

A further report to the next meeting.

                ACTION: CWD

ACTION: Clerk to write to the hirers.

8.  Close

ACTION: JT
";
        let t = Text::from_str(s);
        let seg = crate::segment::segment(&t);
        let (_, a) = extract(&t, &seg.items[0], is_formal(s));
        let got: Vec<(&str, Option<&str>)> =
            a.iter().map(|a| (a.text.as_str(), a.owner.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("A further report to the next meeting.", Some("CWD")),
                ("Clerk to write to the hirers.", None)
            ]
        );
        let (_, a) = extract(&t, &seg.items[1], is_formal(s));
        assert_eq!((a[0].text.as_str(), a[0].owner.as_deref()), ("JT", Some("JT")));
        assert!(owners_only("RO") && owners_only("PW / AS") && owners_only("Clerk & JT"));
        // Trap: an action with what is to be done runs on as before.
        assert!(!owners_only("Clerk to write to the council"));
        assert!(!owners_only("JT to circulate"));
        assert!(!owners_only(""));
        assert!(!owners_only("Who\tWhen"));
    }

    #[test]
    fn a_roll_call_above_a_failed_outcome_is_no_decision() {
        let s = "8.2  Appeal\n\n     MOTION:   Councilmember Brennan moved, seconded by Councilmember Okafor, to uphold the\n               appeal and deny Design Review DR 24-17.\n\n               AYES:      Brennan, Okafor\n               NOES:      Ayala-Moss, Lindqvist, Delgado\n               ABSENT:    Whitfield\n               ABSTAIN:   None\n\n               Motion failed 2-3-1.\n\n     MOTION:   Mayor Pro Tem Lindqvist moved, seconded by Councilmember Ayala-Moss, to deny\n               the appeal.\n\n               AYES:      Ayala-Moss, Okafor, Lindqvist, Delgado\n               NOES:      Brennan\n               ABSENT:    Whitfield\n               ABSTAIN:   None\n\n               Motion carried 4-1-1.\n\n9.   CLOSE\n\nNone.\n";
        assert_eq!(texts(s), ["to deny the appeal."]);
        // Trap: a roll call with no stated outcome, then the next motion fails: the first
        // motion passed on its roll call.
        let s = "8.2  Appeal\n\n     MOTION:   Councilmember Brennan moved, seconded by Councilmember Okafor, to approve\n               the plan.\n\n               AYES:      Brennan, Okafor, Delgado\n               NOES:      Lindqvist\n\n     MOTION:   Councilmember Lindqvist moved, seconded by Councilmember Ayala-Moss, to defer\n               the item.\n\n               Motion failed 1-3.\n\n9.   CLOSE\n\nNone.\n";
        assert_eq!(texts(s), ["to approve the plan."]);
    }

    #[test]
    fn a_quoted_motion_ends_at_its_closing_quote() {
        let s = "MM/24/124\tNotice of Motion\nThe following Notice of Motion was proposed by Cllr. Nolan, seconded by Cllr. Tynan and agreed:\n“That the Council calls on the Minister to increase the budget by 20%.”\nThe Meetings Administrator was asked to forward the motion.\nMM/24/125\tClose\nNone.\n";
        assert_eq!(
            texts(s),
            ["That the Council calls on the Minister to increase the budget by 20%."]
        );
        // Trap: a quoted name without a full stop inside the quote runs on.
        let s = "MM/24/124\tNotice of Motion\nProposed by Cllr. Nolan, seconded by Cllr. Tynan and agreed:\n“That the Council supports the “Local Link”\nservice in the county.”\nMM/24/125\tClose\nNone.\n";
        assert_eq!(texts(s), ["That the Council supports the “Local Link” service in the county."]);
    }

    /// "(b)<TAB>Cluain Mhuire, Castlequin (22 dwellings)." as a decision's last clause: a
    /// clause label then text that ends in brackets is no bracketed procedure sentence.
    #[test]
    fn a_last_clause_ending_in_brackets_is_no_procedure() {
        let s = "MM/24/123\tEstates\nOn the proposal of Cllr. A, seconded by Cllr.\nB, it was agreed to take in charge the roads at the following\nestates:\n(a)\tArd Caoin, Ballyclogh (38 dwellings); and\n(b)\tCluain Mhuire, Castlequin (22 dwellings).\nCllr. A thanked the staff.\nMM/24/124\tClose\nNone.\n";
        let d = run(s);
        let labels: Vec<&str> = d[0][0].clauses.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["a", "b"], "{d:?}");
        assert!(is_procedure("(Cllr Z did not vote.)"));
        // Traps: the bracket of a label, or one that closes before the end.
        assert!(!is_procedure("(b)\tCluain Mhuire, Castlequin (22 dwellings)."));
        assert!(!is_procedure("(Cllr Z) abstained (for item 4)."));
        // A bracketed procedure that ends a decision is still dropped.
        let s = "5. GRANT\nRESOLVED: That the grant be approved.\n(Cllr Z did not vote.)\n\n6. CLOSE\nNone.\n";
        assert_eq!(texts(s), ["That the grant be approved."]);
    }

    /// "Proposed by<TAB>Seconded by<TAB>Vote" over its row, the row broken across a page
    /// ("Phádraig" alone under it), then "It was agreed that ...": the agreement below the
    /// seconder is still a formal decision.
    #[test]
    fn agreed_below_a_seconder_row_broken_across_a_page() {
        let s = "9. Motion\nRESOLVED: That the report be noted.\n\n10. Conferences and Training\nThe list was circulated.\nProposed by\tSeconded by\tVote\nCllr. Eileen Cawley\tCllr. Bríd Nic Giolla\tNo division\nPhádraig\n\nIt was agreed that attendance by Members at the AILG event be approved.\n11. Close\nNone.\n";
        let d = run(s);
        assert_eq!(d[1].len(), 1, "{d:?}");
        // Trap: a sentence between the row and the agreement is no part of the row.
        let s = s.replace("Phádraig", "Cllr. Cawley then spoke at length about the cost.");
        assert!(run(&s)[1].is_empty());
    }
}
