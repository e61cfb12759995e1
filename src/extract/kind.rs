//! Kind: is the document minutes, an agenda, a report, or unknown?
//!
//! The heading decides first ("Minutes of ...", "Notes of the meeting", "Summary of the key
//! themes discussed at ...", "Agenda", "Report of the Director ..."), then the body's
//! signals: attendance labels and decision keywords say minutes; "Purpose of the report",
//! "Recommendation(s)", "Executive Summary", "Background papers" say report; "Notice of
//! meeting", "You are summoned", "Notice is hereby given", "to be held on" say agenda; under an
//! agenda heading, officers' recommendations do not make a report. A report or agenda gets no
//! attendance or decisions.

use crate::model::Kind;
use crate::segment::Segments;
use crate::text::{Text, Words};
use regex::Regex;
use std::sync::LazyLock;

static MINUTES_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(minutes|minute of (?:the |a )?meeting|notes of (?:(?:the|a|an) )?(?:[\w’'-]+ ){0,3}?meeting|meeting notes|summary of (?:the )?(?:key )?(?:themes|discussion|points)|record of (?:the )?(?:meeting|decisions|proceedings)|proceedings of|(?:official|board|council|supervisors|commissioners|commission|trustees) proceedings|action notes|decision notice|sederunt)(?-u:\b)").unwrap()
});
static AGENDA_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:.*(?-u:\b))?(agenda|order paper|notice of (?:the )?meeting|summons|members are (?:hereby )?(?:requested|summoned|invited) to attend)(?-u:\b)").unwrap()
});
/// A summons's opening sentence, which may stand below a letterhead's address lines.
static SUMMONS_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)(?-u:\b)(?:you\s+are\s+(?:hereby\s+)?summoned|notice\s+is\s+hereby\s+given)(?-u:\b)",
    )
    .unwrap()
});
static REPORT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:agenda\s+item\s+\S+\s+)?(?:[\w’']+\s+){0,2}?(report (?:of|to|by|from) (?:the )?|report author|purpose of (?:the|this) report|executive summary|electoral divisions? affected|wards? affected|contact for further information|report title)").unwrap()
});
static MINUTES_BODY: LazyLock<Words> = LazyLock::new(|| {
    Words::pattern(
        r"(?m)^\s*(?:(?:PRESENT|Present|Members present|MEMBERS PRESENT|In attendance|IN ATTENDANCE|Apologies(?: for absence)?|APOLOGIES(?: FOR ABSENCE)?|Sederunt|ROLL CALL|Roll Call)\s*(?:[:\-–\t]|$)|(?:it was\s+)?(?:RESOLVED|Resolved\s*[:\-–]|AGREED\s*[:\-–]|Agreed\s*:|Minutes\s*:))|(?-u:\b)(?:the meeting (?:closed|ended|finished) at|apologies (?:for absence )?were received|(?:was|were) (?:received|noted) and (?:accepted|agreed)|seconded by|RESOLVED that|[Mm]otion (?:PASSED|passed|CARRIED|carried|FAILED|failed)|MOTION (?:CARRIED|PASSED|FAILED)|(?:was|were) called to order|called the meeting to order)",
    )
});
static REPORT_BODY: LazyLock<Words> = LazyLock::new(|| {
    Words::pattern(
        r"(?im)^\s*(?:\d+\.?\s*)?(?:recommendations?|executive summary|purpose of (?:the|this) report|background papers|financial implications|legal implications|risk management|equality (?:impact|implications)|list of background papers|report author|appendices|consultations?)\s*:?\s*$",
    )
});
static AGENDA_BODY: LazyLock<Words> = LazyLock::new(|| {
    Words::pattern(
        r"(?i)(?-u:\b)(?:to be held (?:on|at)|will be held (?:on|at)|is to be held|members of the public are welcome to attend|please note|to receive (?:and note )?(?:the )?|to consider|to approve)(?-u:\b)",
    )
});

/// True when a [`MINUTES_BODY`] match is an attendance label at a line start ("Present:",
/// "In attendance:", "Apologies", "Sederunt", "Roll Call") rather than a record of business.
fn is_attendance_label(m: &str) -> bool {
    let t = m.trim_start().to_ascii_lowercase();
    ["present", "members present", "in attendance", "apologies", "sederunt", "roll call"]
        .iter()
        .any(|l| t.starts_with(l))
}

/// A heading line that is the paper's title and says it is a report and no more: "Report",
/// "STAFF REPORT", "Officer's Report" (a memo-style report whose "To:" line names the
/// committee).
fn is_report_title(l: &str) -> bool {
    // Cheap gate: the line's length and its last letter.
    if l.len() > 20 || !l.ends_with(['t', 'T']) {
        return false;
    }
    let lower = l.to_ascii_lowercase();
    let Some(lead) = lower.strip_suffix("report") else { return false };
    matches!(
        lead.trim_end(),
        "" | "staff"
            | "agenda"
            | "officer"
            | "officers"
            | "officer's"
            | "officers'"
            | "information"
            | "committee"
            | "council"
    ) && (lead.is_empty() || lead.ends_with(' '))
}

/// Classifies the document.
pub fn classify(text: &Text, segments: &Segments) -> Kind {
    // Heading lines, not numbered item lines ("2. Minutes of the last meeting").
    let head: Vec<&str> = text
        .lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(8)
        .map(|l| l.trimmed())
        .filter(|l| !l.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let first = |re: &Regex| head.iter().position(|l| re.is_match(l));
    let agenda_at = head
        .iter()
        .take(6)
        .position(|l| AGENDA_HEAD.is_match(l) && !l.to_lowercase().starts_with("agenda item"))
        .or_else(|| head.iter().position(|l| SUMMONS_HEAD.is_match(l)));
    let minutes_at = first(&MINUTES_HEAD);
    let minutes_head = minutes_at.is_some_and(|m| agenda_at.is_none_or(|a| m < a));
    // A report heading counts unless a minutes heading comes before it ("EXTRACT FROM THE
    // MINUTES ..." then a minute that mentions a report).
    let report_at = head.iter().position(|l| REPORT_HEAD.is_match(l) || is_report_title(l));
    let report_head = report_at.is_some_and(|r| minutes_at.is_none_or(|m| r < m));
    let agenda_head = agenda_at.is_some() && !minutes_head;
    if minutes_head && !report_head {
        return Kind::Minutes;
    }
    // The body's signals, each counted over the whole text only when the decision needs it.
    let count = |re: &Words, most: usize| re.find_iter(text.src).take(most).count();
    let minutes_signals = count(&MINUTES_BODY, 10);
    // Under an agenda heading, attendance labels are the expected attendance ("Members:",
    // "In attendance:" Company Secretary); only a record of what happened (a decision, an
    // outcome, "the meeting closed at") says minutes.
    if agenda_head
        && minutes_signals >= 1
        && !MINUTES_BODY.find_iter(text.src).take(10).any(|m| !is_attendance_label(&text.src[m]))
    {
        return Kind::Agenda;
    }
    if report_head && minutes_signals < 2 {
        return Kind::Report;
    }
    // An agenda sets out officers' recommendations too: under an agenda heading, with no
    // record of a meeting held, report signals do not make it a report.
    if agenda_head && minutes_signals == 0 {
        return Kind::Agenda;
    }
    if minutes_signals >= 1 {
        return Kind::Minutes;
    }
    let report_signals = count(&REPORT_BODY, 10);
    if report_signals >= 2 {
        return Kind::Report;
    }
    if agenda_head || !segments.items.is_empty() && count(&AGENDA_BODY, 20) >= 3 {
        return Kind::Agenda;
    }
    // An agenda whose own heading stands below a letterhead, a summons or a membership list:
    // a line "AGENDA" alone, or a membership heading, in a document that records nothing.
    let agenda_line = text.lines.iter().take(60).any(|l| {
        let t = l.trimmed().trim_end_matches(':');
        t.eq_ignore_ascii_case("agenda")
            || t.eq_ignore_ascii_case("membership")
            || t.get(..14).is_some_and(|w| w.eq_ignore_ascii_case("membership of "))
    });
    if agenda_line {
        return Kind::Agenda;
    }
    if report_signals >= 1 {
        return Kind::Report;
    }
    Kind::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn kind(s: &str) -> Kind {
        let t = Text::from_str(s);
        classify(&t, &segment(&t))
    }

    #[test]
    fn kinds() {
        assert_eq!(
            kind("Minutes of the Planning Committee\n\n1. Apologies\n2. Minutes\n"),
            Kind::Minutes
        );
        assert_eq!(
            kind(
                "Board\nReport of the Head of Service\n\nExecutive Summary\n\nText.\nRecommendation\n\nThe Board is asked to note.\n"
            ),
            Kind::Report
        );
        assert_eq!(
            kind(
                "Parish Council\nNotice of meeting\nYou are summoned to attend.\n\nAGENDA\n1. Apologies\n2. Minutes\n"
            ),
            Kind::Agenda
        );
        assert_eq!(kind("Chair: A\nPresent: B C\n\n1. Intro\n\n2. Close\n"), Kind::Minutes);
        // A US staff report's title; an agenda that sets out officers' recommendations; a
        // summons below a letterhead's address lines; a notice's opening sentence.
        assert_eq!(
            kind(
                "CITY OF ALDER BAY\nAGENDA REPORT\n\nRECOMMENDATION\n\nThat the Council adopt it.\n"
            ),
            Kind::Report
        );
        assert_eq!(
            kind(
                "Town of Riverton\nRegular Meeting of Council\nAGENDA\n\n1. Call to Order\nRecommendations\n\n2. Reports\nRecommendation\n\nTHAT the report be received.\n"
            ),
            Kind::Agenda
        );
        assert_eq!(
            kind(
                "COMHAIRLE CHONTAE\nDUNMOLLAN COUNTY COUNCIL\nÁras an Chontae\nTel: 041 987\nTo: Each Member\nA Chara,\nYou are hereby summoned to attend the Monthly Meeting.\n"
            ),
            Kind::Agenda
        );
        assert_eq!(
            kind(
                "WAITARUNA DISTRICT COUNCIL\n\nNotice is hereby given that an Ordinary Meeting of the Council will be held on:\n\nDate: 25 June 2025\n"
            ),
            Kind::Agenda
        );
        // Notes of a meeting, without an article.
        assert_eq!(
            kind("Subject: Notes of committee meeting 16 Sept\n\nPresent were A and B.\n"),
            Kind::Minutes
        );
        // An agenda's heading below a membership list; minutes with the same list record.
        let agenda = "CALDERWENT COMBINED AUTHORITY\nTRANSPORT COMMITTEE\nDate: Friday, 16 January 2026\n\nMembership\nCllr Jo Matthiesen (Chair)\nCllr Ravi Sandhu\n\n                AGENDA\n\n1. Apologies\n2. Minutes of the last meeting\n";
        assert_eq!(kind(agenda), Kind::Agenda);
        let held = agenda.replace("Membership", "Present:").replace("AGENDA", "");
        assert_eq!(kind(&held), Kind::Minutes);
        // Minutes that record the meeting stay minutes under the same opening.
        assert_eq!(
            kind(
                "Town of Riverton\nAGENDA\n\nPresent: Mayor A Smith\n\n1. Minutes\nRESOLVED that the minutes be approved.\n"
            ),
            Kind::Minutes
        );
    }

    #[test]
    fn agenda_with_expected_attendance() {
        // An agenda's "In attendance:" names who is expected, not who came.
        assert_eq!(
            kind(
                "Trust\nBOARD OF DIRECTORS\n\nAGENDA\n\nMembers:\nA Smith, Chair\n\nIn attendance:\nB Jones, Company Secretary\n\nTB/25/041  Welcome  Chair  10.00\nTB/25/042  Declarations of interest  Chair\n"
            ),
            Kind::Agenda
        );
        // A record of business under the same heading is still minutes.
        assert_eq!(
            kind(
                "Board\nAGENDA\n\nPresent: A Smith\n\n1. Budget\nRESOLVED that the budget be approved.\n"
            ),
            Kind::Minutes
        );
    }

    #[test]
    fn a_memo_style_report_and_a_meeting_called_to_order() {
        // A report titled "Staff Report" with a memo header is a report, even when it
        // quotes an earlier resolution.
        assert_eq!(
            kind(
                "City of Elmford\n\nSTAFF REPORT\n\nTo:   Community Services Committee\nFrom: General Manager\n\nRecommendation:\n\nThat the report be received.\n\n1. Background\n\nIn 2023 Council RESOLVED that staff review the fees.\n"
            ),
            Kind::Report
        );
        assert!(!is_report_title("Chair's Report"));
        assert!(!is_report_title("Treasurer report"));
        assert!(is_report_title("Information Report"));
        // A meeting that was called to order and a motion that passed: minutes, whatever
        // the heading.
        assert_eq!(
            kind(
                "VILLAGE OF ASHGROVE\nSpecial Town Meeting\n\nThe meeting was called to order by the Moderator at 7:00 P.M.\n\nArticle 1. Snow Removal\nMotion made and seconded to transfer $4,000. Motion passed.\n"
            ),
            Kind::Minutes
        );
        // An agenda that says a meeting will be called to order is still an agenda.
        assert_eq!(
            kind(
                "VILLAGE OF ASHGROVE\nAGENDA\n\nThe meeting will be called to order at 7:00 P.M.\n\n1. Snow Removal\n2. Adjournment\n"
            ),
            Kind::Agenda
        );
    }

    #[test]
    fn notes_of_a_named_meeting() {
        // "Notes of the committee meeting": up to three words between "the" and "meeting".
        assert_eq!(
            kind(
                "Village Hall Committee\nNotes of the committee meeting, 12 February\n\nAttending: A, B\n\n1) Notes\n2) Finances\n"
            ),
            Kind::Minutes
        );
    }

    #[test]
    fn board_proceedings_and_motions_carried_by_roll_call() {
        // A US county board's "PROCEEDINGS" heading names minutes; so do motions whose
        // outcome is recorded, even when "to approve" fills the body as in an agenda.
        let body = "1. CALL TO ORDER\n\nChair Lind called the meeting to order at 9:00 a.m.\n\n2. CLAIMS\n\nMotion by Ames, second by Kiefer to approve the claims. Roll call: Ayes - Ames, Kiefer. Motion carried.\n\n3. ROADS\n\nMotion by Kiefer, second by Ames to approve the plans. Motion carried.\n\n4. BUDGET\n\nMotion by Ames to approve the levy. Motion failed.\n";
        assert_eq!(kind(&format!("Oak County, Iowa\nRegular Session\n\n{body}")), Kind::Minutes);
        assert_eq!(
            kind(
                "BOARD OF SUPERVISORS PROCEEDINGS\nOak County\n\n1. Claims\nThe claims were reviewed.\n2. Roads\nTo approve the plans.\n3. Levy\nTo consider the levy.\n4. Fees\nTo approve the fees.\n"
            ),
            Kind::Minutes
        );
        // Traps: an agenda listing what it will approve, and a report on legal proceedings.
        assert_eq!(
            kind(
                "Oak County, Iowa\nRegular Session\n\n1. Call to order\n2. Claims: to approve the claims\n3. Roads: to approve the plans\n4. Budget: to approve the levy\n"
            ),
            Kind::Agenda
        );
        assert_ne!(
            kind("Update on legal proceedings\nOak County\n\nPurpose of the report\n\nText.\n"),
            Kind::Minutes
        );
    }
}
