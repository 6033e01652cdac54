//! Benchmark (`cargo bench -p fenl-lsp`): the language server on the compiler's generated
//! 1,000-line script. Diagnostics after a one-character change (the `didChange` notification:
//! new line index, parse, check, conversion to LSP) and completion of fields after `Purchases.`
//! near the end of the file. Targets: under 20 ms and under 10 ms.

// A benchmark reports on stdout.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use fenl_compiler::testing::{bench_script, bench_tables};
use fenl_lsp::handlers::{self, Document};
use fenl_lsp::position::Encoding;

fn measure(mut run: impl FnMut(usize)) -> (Duration, Duration, usize) {
    let mut times = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(3);
    while times.len() < 20 || (Instant::now() < deadline && times.len() < 500) {
        let start = Instant::now();
        run(times.len());
        times.push(start.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times[0], times.len())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let tables = bench_tables();
    let script = bench_script();
    let uri: lsp_types::Uri = "file:///bench.fenl".parse().unwrap_or_else(|e| panic!("{e:?}"));
    // One character changed in the middle of the file, alternating so no run sees the same text.
    let middle = script.find("let v500 =").unwrap_or(0);
    let variants = [script.clone(), format!("{}  {}", &script[..middle], &script[middle..])];
    let (median, fastest, runs) = measure(|i| {
        let mut doc = Document::new(variants[i % 2].clone(), Encoding::Utf16);
        let diagnostics = handlers::diagnostics(&mut doc, &tables, &uri);
        std::hint::black_box(diagnostics);
    });
    println!(
        "diagnostics after a change, {}-line file: median {:.2} ms, fastest {:.2} ms over {runs} runs",
        script.lines().count(),
        ms(median),
        ms(fastest)
    );
    let at = script.rfind("in {").unwrap_or(0);
    let text = format!("{}let typed = Purchases.\n{}", &script[..at], &script[at..]);
    // As in an editor: the check of the text before the `.` was typed, then the change.
    let mut before = Document::new(script.clone(), Encoding::Utf16);
    let _ = handlers::diagnostics(&mut before, &tables, &uri);
    let doc = before.changed(text.clone());
    let cursor = doc.index.position(&text, at + "let typed = Purchases.".len());
    let lsp_types::CompletionResponse::List(list) = handlers::completion(&doc, cursor, &tables) else {
        panic!("no completion list")
    };
    assert_eq!(list.items.len(), 4, "Purchases has four fields");
    let (median, fastest, runs) = measure(|_| {
        std::hint::black_box(handlers::completion(&doc, cursor, &tables));
    });
    println!(
        "completion after `Purchases.` at line {}: median {:.2} ms, fastest {:.2} ms over {runs} runs",
        cursor.line + 1,
        ms(median),
        ms(fastest)
    );
    let name_at = doc.index.position(&text, at + "let typed = Pur".len());
    let (median, fastest, runs) = measure(|_| {
        std::hint::black_box(handlers::completion(&doc, name_at, &tables));
    });
    println!(
        "completion of a name (`Pur`): median {:.2} ms, fastest {:.2} ms over {runs} runs",
        ms(median),
        ms(fastest)
    );
}
