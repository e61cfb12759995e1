//! Scores a record against a facts file in the gold format of `fixtures/gold/*.json` (the
//! same mapping as `scripts/score.py`): attendees are attendance entries that attended,
//! apologies those with status `apologies`, resolutions the leaf clauses of every decision
//! (dotted labels for nested clauses) or the decision itself, percentages their values (a
//! range counts as both ends; percentage points are not shares).

use minutes::model::{AttendanceStatus, Clause, Kind, PercentageKind, Record, Role};
use serde_json::Value;
use std::path::Path;

/// A facts file.
pub fn load(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Per-field F1 with a description of what differs.
pub struct Score {
    pub fields: Vec<(String, f64, String)>,
}

impl Score {
    pub fn macro_f1(&self) -> f64 {
        if self.fields.is_empty() {
            return 1.0;
        }
        self.fields.iter().map(|f| f.1).sum::<f64>() / self.fields.len() as f64
    }
}

pub fn norm(s: &str) -> String {
    let s = s.to_lowercase().replace(['‘', '’', '`'], "'");
    let cleaned: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '\'' || c == ' ' { c } else { ' ' })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Similarity of two texts: 1 - (edit distance on words / longer length).
pub fn similar(a: &str, b: &str) -> f64 {
    let a: Vec<String> = norm(a).split(' ').map(String::from).collect();
    let b: Vec<String> = norm(b).split(' ').map(String::from).collect();
    let (n, m) = (a.len(), b.len());
    if n == 0 && m == 0 {
        return 1.0;
    }
    let mut prev: Vec<usize> = (0..=m).collect();
    for i in 1..=n {
        let mut cur = vec![i; m + 1];
        for j in 1..=m {
            cur[j] = (prev[j] + 1)
                .min(cur[j - 1] + 1)
                .min(prev[j - 1] + usize::from(a[i - 1] != b[j - 1]));
        }
        prev = cur;
    }
    1.0 - prev[m] as f64 / n.max(m) as f64
}

fn f1<P, G>(
    pred: &[P],
    gold: &[G],
    matches: impl Fn(&P, &G) -> bool,
    show_p: impl Fn(&P) -> String,
    show_g: impl Fn(&G) -> String,
) -> Option<(f64, String)> {
    if pred.is_empty() && gold.is_empty() {
        return None;
    }
    let mut used = vec![false; pred.len()];
    let mut missing = Vec::new();
    let mut tp = 0;
    for g in gold {
        match (0..pred.len()).find(|&i| !used[i] && matches(&pred[i], g)) {
            Some(i) => {
                used[i] = true;
                tp += 1;
            }
            None => missing.push(show_g(g)),
        }
    }
    let extra: Vec<String> =
        pred.iter().zip(&used).filter(|(_, u)| !**u).map(|(p, _)| show_p(p)).collect();
    let p = if pred.is_empty() { 0.0 } else { tp as f64 / pred.len() as f64 };
    let r = if gold.is_empty() { 0.0 } else { tp as f64 / gold.len() as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    Some((f, format!("    missing: {missing:?}\n    extra: {extra:?}")))
}

fn leaves(clauses: &[Clause], path: &str, out: &mut Vec<(String, String)>) {
    for c in clauses {
        let label = format!("{path}{}", c.label);
        if c.clauses.is_empty() {
            out.push((label, c.text.clone()));
        } else {
            leaves(&c.clauses, &format!("{label}."), out);
        }
    }
}

fn s(v: &Value) -> Option<String> {
    v.as_str().map(String::from)
}

pub fn score(rec: &Record, gold: &Value) -> Score {
    let mut fields = Vec::new();
    let is_minutes = gold.get("is_minutes").and_then(Value::as_bool).unwrap_or(true);
    let ok = (rec.kind == Kind::Minutes) == is_minutes;
    fields.push(("is_minutes".into(), f64::from(u8::from(ok)), format!("    kind {:?}", rec.kind)));
    let gdate = gold.get("date").and_then(s);
    fields.push((
        "date".into(),
        f64::from(u8::from(rec.meeting.date == gdate)),
        format!("    got {:?} want {gdate:?}", rec.meeting.date),
    ));
    let gbody = gold.get("body").and_then(s);
    let body_ok = rec.meeting.body.as_deref().map(norm) == gbody.as_deref().map(norm);
    fields.push((
        "body".into(),
        f64::from(u8::from(body_ok)),
        format!("    got {:?} want {gbody:?}", rec.meeting.body),
    ));

    let empty = Vec::new();
    let gatt = gold.get("attendees").and_then(Value::as_array).unwrap_or(&empty);
    let optional: Vec<String> = gatt
        .iter()
        .filter(|a| a.get("optional").and_then(Value::as_bool) == Some(true))
        .filter_map(|a| a.get("name").and_then(s))
        .map(|n| norm(&n))
        .collect();
    let required: Vec<&Value> =
        gatt.iter().filter(|a| a.get("optional").and_then(Value::as_bool) != Some(true)).collect();
    let attended: Vec<_> = rec
        .attendance
        .iter()
        .filter(|a| !matches!(a.status, AttendanceStatus::Apologies | AttendanceStatus::Absent))
        .filter(|a| !optional.contains(&norm(&a.name)))
        .collect();
    let name_of = |g: &&Value| g.get("name").and_then(s).unwrap_or_default();
    if let Some((f, d)) = f1(
        &attended,
        &required,
        |p, g| norm(&p.name) == norm(&name_of(g)),
        |p| p.name.clone(),
        name_of,
    ) {
        fields.push(("attendees".into(), f, d));
    }
    let role_str = |r: Option<Role>| match r {
        Some(Role::Chair) => Some("chair"),
        Some(Role::ViceChair) => Some("vice_chair"),
        _ => None,
    };
    let proles: Vec<_> = attended.iter().filter(|a| role_str(a.role).is_some()).collect();
    let groles: Vec<&&Value> = required
        .iter()
        .filter(|g| matches!(g.get("role").and_then(Value::as_str), Some("chair" | "vice_chair")))
        .collect();
    if let Some((f, d)) = f1(
        &proles,
        &groles,
        |p, g| {
            norm(&p.name) == norm(&name_of(g))
                && role_str(p.role) == g.get("role").and_then(Value::as_str)
        },
        |p| format!("{} {:?}", p.name, p.role),
        |g| name_of(g),
    ) {
        fields.push(("roles".into(), f, d));
    }
    let papol: Vec<String> = rec
        .attendance
        .iter()
        .filter(|a| a.status == AttendanceStatus::Apologies)
        .map(|a| a.name.clone())
        .collect();
    let gapol: Vec<String> = gold
        .get("apologies")
        .and_then(Value::as_array)
        .unwrap_or(&empty)
        .iter()
        .filter_map(s)
        .collect();
    if let Some((f, d)) = f1(&papol, &gapol, |p, g| norm(p) == norm(g), Clone::clone, Clone::clone)
    {
        fields.push(("apologies".into(), f, d));
    }
    if let Some(gitems) = gold.get("items").and_then(Value::as_array) {
        let pitems: Vec<(Option<String>, String)> =
            rec.items.iter().map(|i| (i.number.clone(), i.title.clone())).collect();
        if let Some((f, d)) = f1(
            &pitems,
            gitems,
            |p, g| {
                p.0 == g.get("number").and_then(s)
                    && similar(&p.1, &g.get("title").and_then(s).unwrap_or_default()) >= 0.9
            },
            |p| format!("{:?} {}", p.0, p.1),
            |g| g.to_string(),
        ) {
            fields.push(("items".into(), f, d));
        }
    }
    let mut pres: Vec<(Option<String>, Option<String>, String)> = Vec::new();
    for it in &rec.items {
        for d in &it.decisions {
            let mut ls = Vec::new();
            leaves(&d.clauses, "", &mut ls);
            if ls.is_empty() {
                pres.push((it.number.clone(), None, d.text.clone()));
            } else {
                pres.extend(ls.into_iter().map(|(l, t)| (it.number.clone(), Some(l), t)));
            }
        }
    }
    let gres = gold.get("resolutions").and_then(Value::as_array).unwrap_or(&empty);
    if let Some((f, d)) = f1(
        &pres,
        gres,
        |p, g| {
            p.1 == g.get("label").and_then(s)
                && similar(&p.2, &g.get("text").and_then(s).unwrap_or_default()) >= 0.85
        },
        |p| format!("{:?} {:?} {}", p.0, p.1, p.2),
        |g| g.to_string(),
    ) {
        fields.push(("resolutions".into(), f, d));
    }
    let mut ppct: Vec<f64> = Vec::new();
    for p in rec.percentages.iter().filter(|p| p.kind == PercentageKind::Percent) {
        ppct.push(p.value);
        ppct.extend(p.range_to);
    }
    let gpct: Vec<f64> = gold
        .get("percentages")
        .and_then(Value::as_array)
        .unwrap_or(&empty)
        .iter()
        .filter_map(|p| p.get("value").and_then(Value::as_f64))
        .collect();
    if let Some((f, d)) =
        f1(&ppct, &gpct, |p, g| (p - g).abs() < 1e-6, |p| p.to_string(), |g| g.to_string())
    {
        fields.push(("percentages".into(), f, d));
    }
    Score { fields }
}
