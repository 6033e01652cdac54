//! Results do not depend on how the input arrived: shuffled rows loaded into a table give the
//! same rows as sorted ones, and so does the same data split over several loads. Windows on
//! random data: `sliding(1, p)` is `since(p)`, and `trailing(d)` equals a naive recomputation of
//! every row. Reading the tables in chunks of any size gives the rows of one pass.

use fenl_catalog::{Catalog, Input, TableDef};

fn rows(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!("2024-01-{:02}T{:02}:00:00Z,k{},{},{i}", 1 + (i * 7) % 20, (i * 5) % 24, i % 9, (i * 31) % 100)
        })
        .collect()
}

fn shuffle(mut lines: Vec<String>, mut seed: u64) -> Vec<String> {
    for i in (1..lines.len()).rev() {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        lines.swap(i, (seed >> 33) as usize % (i + 1));
    }
    lines
}

fn run(loads: &[Vec<String>], query: &str, snapshot: bool) -> String {
    run_with("time,key,v,seq", loads, query, snapshot)
}

fn run_with(header: &str, loads: &[Vec<String>], query: &str, snapshot: bool) -> String {
    run_chunked(header, loads, query, snapshot, None)
}

fn run_chunked(header: &str, loads: &[Vec<String>], query: &str, snapshot: bool, chunk_rows: Option<usize>) -> String {
    run_limited(header, loads, query, snapshot, chunk_rows, None)
}

fn run_limited(
    header: &str,
    loads: &[Vec<String>],
    query: &str,
    snapshot: bool,
    chunk_rows: Option<usize>,
    tick_rows: Option<usize>,
) -> String {
    let mode = if snapshot { fenl_runtime::ResultMode::Snapshot } else { fenl_runtime::ResultMode::History };
    let options = fenl_runtime::RunOptions { mode, chunk_rows, tick_rows, ..Default::default() };
    run_options(header, loads, query, &options)
}

fn run_options(header: &str, loads: &[Vec<String>], query: &str, options: &fenl_runtime::RunOptions) -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("c").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    let mut def = TableDef::new("T", "time", "key");
    // Equal times must not depend on load order: a unique subsort column decides it.
    def.subsort_column = Some("seq".into());
    catalog.create_table(&def).unwrap_or_else(|e| panic!("{e}"));
    for (n, lines) in loads.iter().enumerate() {
        let path = dir.path().join(format!("{n}.csv"));
        let text: String =
            std::iter::once(format!("{header}\n")).chain(lines.iter().map(|l| format!("{l}\n"))).collect();
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        catalog
            .load("T", &[Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"))], &|_| {})
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let analysis = fenl_compiler::analyze(query, &catalog);
    assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
    let logical =
        analysis.hir.as_ref().and_then(fenl_compiler::plan::logical::build).unwrap_or_else(|| panic!("no plan"));
    let physical = fenl_compiler::plan::physical::lower(&logical).unwrap_or_else(|e| panic!("{e}"));
    let batch = fenl_runtime::run(&physical, &catalog, options).unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    fenl_runtime::write_csv(&batch, &mut out).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn shuffled_and_split_inputs_give_the_same_results() {
    let data = rows(300);
    let query = "{ s: sum(T.v), c: count(T), d: sum(T.v, window = since(daily())), l: T.v | lag(2), m: max(T.v, window = trailing(hours(6))) }";
    for snapshot in [false, true] {
        let sorted = run(std::slice::from_ref(&data), query, snapshot);
        assert!(sorted.lines().count() > if snapshot { 5 } else { 300 });
        for seed in 1..4 {
            let shuffled = shuffle(data.clone(), seed);
            assert_eq!(run(std::slice::from_ref(&shuffled), query, snapshot), sorted, "shuffled (seed {seed})");
            let (a, b) = shuffled.split_at(shuffled.len() / 3);
            assert_eq!(run(&[a.to_vec(), b.to_vec()], query, snapshot), sorted, "split over two loads (seed {seed})");
        }
        // Loads of consecutive time ranges make files of disjoint ranges, read side by side;
        // loads cut inside one instant overlap and go through the merge. Both give the same rows.
        let mut by_time = data.clone();
        by_time.sort_by(|a, b| a.split(',').next().cmp(&b.split(',').next()));
        let time = |i: usize| by_time[i].split(',').next().unwrap_or_default().to_owned();
        let apart: Vec<usize> = (1..by_time.len()).filter(|&i| time(i) != time(i - 1)).collect();
        let together: Vec<usize> = (1..by_time.len()).filter(|&i| time(i) == time(i - 1)).collect();
        assert!(apart.len() > 4 && !together.is_empty());
        for cuts in
            [vec![apart[apart.len() / 4], apart[apart.len() / 2], apart[3 * apart.len() / 4]], vec![together[0]]]
        {
            let mut loads = Vec::new();
            let mut from = 0;
            for cut in cuts.iter().copied().chain(std::iter::once(by_time.len())) {
                loads.push(by_time[from..cut].to_vec());
                from = cut;
            }
            assert_eq!(run(&loads, query, snapshot), sorted, "loads cut at {cuts:?}");
        }
    }
}

/// One random event of [`random_events`].
#[derive(Debug, Clone)]
struct Event {
    minute: i64,
    key: usize,
    v: Option<i64>,
    seq: usize,
    p: bool,
}

/// `n` random events over 4 keys and 3 days (many at equal minutes), a fifth of the values null.
fn random_events(n: usize, mut seed: u64) -> Vec<Event> {
    let mut next = |m: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % m
    };
    let mut events: Vec<Event> = (0..n)
        .map(|seq| Event {
            minute: (next(3 * 24 * 12) * 5) as i64,
            key: next(4) as usize,
            v: (next(5) != 0).then(|| next(100) as i64 - 30),
            seq,
            p: next(4) == 0,
        })
        .collect();
    events.sort_by_key(|e| (e.minute, e.seq));
    events
}

fn event_lines(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let v = e.v.map_or(String::new(), |v| v.to_string());
            format!(
                "2024-03-{:02}T{:02}:{:02}:00Z,k{},{v},{},{}",
                1 + e.minute / 1440,
                e.minute / 60 % 24,
                e.minute % 60,
                e.key,
                e.seq,
                e.p
            )
        })
        .collect()
}

#[test]
fn chunks_of_any_size_give_the_rows_of_one_pass_on_random_data() {
    // Every kind of state a chunk hands to the next: running and windowed aggregations, ticks,
    // lists of held values, rows shifted past the chunk's end, as-of values.
    let queries = [
        "{ s: sum(T.v), c: count(T), a: mean(T.v), d: sum(T.v, window = since(daily())), \
         n: count(T, window = since(hourly())), w: max(T.v, window = sliding(2, T.p)) }",
        "{ f: first(T.v), l: last(T.v, window = since(T.p)), t: sum(T.v, window = trailing(hours(2))), \
         g: T.v | lag(2), k: collect(T.v, max = 3) | list_len(), sd: stddev(T.v) }",
        "{ later: T.v | shift_to(add_time(hours(3), time_of(T))), until: T.v | shift_until(T.p), \
         p: T.v | when(T.p) | last() }",
    ];
    for seed in 1..4 {
        let lines = event_lines(&random_events(300, seed));
        for query in queries {
            for snapshot in [false, true] {
                let whole = run_chunked("time,key,v,seq,p", std::slice::from_ref(&lines), query, snapshot, None);
                assert!(whole.lines().count() > if snapshot { 3 } else { 250 }, "{whole}");
                // Chunks of a few rows, and chunks cut at every few tick rows (a tick boundary
                // or two each, empty ones over gaps between events).
                for (rows, ticks) in [(1, None), (7, None), (64, None), (64, Some(1)), (1000, Some(5))] {
                    let chunked = run_limited(
                        "time,key,v,seq,p",
                        std::slice::from_ref(&lines),
                        query,
                        snapshot,
                        Some(rows),
                        ticks,
                    );
                    assert_eq!(
                        chunked, whole,
                        "seed {seed}, chunks of {rows} rows, {ticks:?} tick rows, snapshot {snapshot}: {query}"
                    );
                }
            }
        }
    }
}

#[test]
fn sliding_one_equals_since_on_random_data() {
    for seed in 1..6 {
        let lines = event_lines(&random_events(250, seed));
        let query = |window: &str| {
            format!(
                "{{ s: sum(T.v, window = {window}), c: count(T, window = {window}), m: max(T.v, window = {window}), \
                 a: mean(T.v, window = {window}), f: first(T.v, window = {window}), l: last(T.v, window = {window}) }}"
            )
        };
        let since = run_with("time,key,v,seq,p", std::slice::from_ref(&lines), &query("since(T.p)"), false);
        let sliding = run_with("time,key,v,seq,p", std::slice::from_ref(&lines), &query("sliding(1, T.p)"), false);
        assert!(since.lines().count() == 251);
        assert_eq!(sliding, since, "seed {seed}");
    }
}

#[test]
fn trailing_equals_a_naive_recomputation_on_random_data() {
    for (seed, hours) in [(1, 1), (2, 3), (3, 6), (4, 24), (5, 2)] {
        let events = random_events(300, seed);
        let query = format!(
            "{{ s: sum(T.v, window = trailing(hours({hours}))), c: count(T, window = trailing(hours({hours}))) }}"
        );
        let out = run_with("time,key,v,seq,p", std::slice::from_ref(&event_lines(&events)), &query, false);
        let rows: Vec<&str> = out.lines().skip(1).collect();
        assert_eq!(rows.len(), events.len());
        for (i, (row, event)) in rows.iter().zip(&events).enumerate() {
            // The window (t - d, t] of the event's key, up to and including the event itself.
            let inside: Vec<&Event> =
                events[..=i].iter().filter(|e| e.key == event.key && e.minute > event.minute - hours * 60).collect();
            let values: Vec<i64> = inside.iter().filter_map(|e| e.v).collect();
            let sum = if values.is_empty() { String::new() } else { values.iter().sum::<i64>().to_string() };
            let expected = format!(",k{},{sum},{}", event.key, inside.len());
            assert!(row.ends_with(&expected), "seed {seed}, {hours} h, row {i}: {row} (expected ...{expected})");
        }
    }
}

/// Each key's fields (all but `_time`) in its latest history row at or before `at`.
fn latest_per_key(history: &str, at: Option<&str>) -> Vec<String> {
    let mut latest: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for line in history.lines().skip(1) {
        let (time, rest) = line.split_once(',').unwrap_or((line, ""));
        if at.is_some_and(|at| time > at) {
            break;
        }
        let key = rest.split(',').next().unwrap_or_default().to_owned();
        latest.insert(key, rest.to_owned());
    }
    latest.into_values().collect()
}

#[test]
fn snapshots_equal_the_latest_history_rows_on_random_data() {
    // A snapshot computes its output step's values at each entity's latest row alone: the
    // aggregations' inputs, windows, as-of reads of other steps (ticks, shifts, `when`), and
    // integer division (whose nulled rows are counted) still run over every row.
    let queries = [
        "{ s: sum(T.v), c: count(T), a: mean(T.v) + 1.0, d: sum(T.v, window = since(daily())) * 2, \
         x: if(T.p, T.v), z: T.v / (T.v - T.v), t: time_of(T), n: count(T, window = since(hourly())) }",
        "{ l: T.v | lag(2), k: collect(T.v, max = 3) | list_len(), sd: stddev(T.v), m: max(T.v) > 20, \
         r: T | extend({ w: T.v * 2 }) | remove_fields(\"p\") }",
        "{ later: T.v | shift_to(add_time(hours(3), time_of(T))), until: T.v | shift_until(T.p), \
         p: T.v | when(T.p) | last(), q: sum(T.v) | when(T.p) }",
    ];
    let header = "time,key,v,seq,p";
    for seed in 1..4 {
        let lines = event_lines(&random_events(300, seed));
        for query in queries {
            for (at, at_text) in
                [(None, None), (Some(1_709_424_000_000_000_000i64), Some("2024-03-03T00:00:00.000000000Z"))]
            {
                for chunk_rows in [None, Some(7)] {
                    let history = fenl_runtime::RunOptions { chunk_rows, ..Default::default() };
                    let history = run_options(header, std::slice::from_ref(&lines), query, &history);
                    let snapshot = fenl_runtime::RunOptions {
                        mode: fenl_runtime::ResultMode::Snapshot,
                        at,
                        chunk_rows,
                        ..Default::default()
                    };
                    let snapshot = run_options(header, std::slice::from_ref(&lines), query, &snapshot);
                    let mut rows: Vec<String> = snapshot
                        .lines()
                        .skip(1)
                        .map(|l| l.split_once(',').map_or("", |(_, rest)| rest).to_owned())
                        .collect();
                    rows.sort();
                    assert!(rows.len() >= 3, "{snapshot}");
                    assert_eq!(
                        rows,
                        latest_per_key(&history, at_text),
                        "seed {seed}, at {at_text:?}, chunks {chunk_rows:?}: {query}"
                    );
                }
            }
        }
    }
}
