//! Times the pipeline on pathological shapes (a robustness aid):
//! `cargo run --release --example patho`
use std::time::Instant;

fn main() {
    let inputs = [
        ("long line", "a".repeat(2_000_000)),
        ("many numbered lines", "1.\n".repeat(100_000)),
        ("many labels", "Present: Cllr A, Cllr B\n".repeat(20_000)),
        ("nested labels", "(a) (i) 1. ".repeat(50_000)),
        ("percents", "5% ".repeat(100_000)),
        ("resolved lines", "RESOLVED: That it be noted.\n".repeat(50_000)),
        ("increasing items", (1..30_000).map(|i| format!("{i}. Item\n")).collect::<String>()),
        ("names", "Apologies were received from A, B, C, D and E.\n".repeat(20_000)),
        ("post-nominals", format!("Present: Jane Doe{} - Chair\n", ", OBE".repeat(300_000))),
        ("semicolon lists", format!("Present:\n{}", "Cllr A Smith; Cllr B Jones\n".repeat(50_000))),
        ("open brackets", format!("Present: {}", "Cllr A Smith (Chair,\n".repeat(50_000))),
        ("given names", format!("Present: Ann Lee, {}", "Bob Day, Glyn\n".repeat(50_000))),
        ("joined", "Cllr Ann Lee from the Board joined the meeting.\n".repeat(30_000)),
        (
            "organisations",
            format!("In attendance:\n{}", "Wealdmoor Council\n\tAnn Lee – Chair\n".repeat(30_000)),
        ),
    ];
    for (name, input) in inputs {
        let t = Instant::now();
        let r = minutes::process_bytes("big.txt", input.as_bytes(), &Default::default());
        println!(
            "{name:20} {:>8} bytes {:8.2} s {:?}",
            input.len(),
            t.elapsed().as_secs_f64(),
            r.status
        );
    }
}
