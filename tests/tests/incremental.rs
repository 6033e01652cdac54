//! Incremental runs (issue: materializations): for every end-to-end case whose plan keeps its
//! state between runs, the tables are loaded in pieces split by time, and a run after each load
//! continues from the previous run's state with only the new events. The rows of all runs must
//! be the rows of one run over everything (history), and the last snapshot, with each entity's
//! latest row, the snapshot of one run (snapshot).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fenl_catalog::{Catalog, Input, TableDef};
use fenl_runtime::{ResultMode, RunOptions, State};
use fenl_tests::e2e;

/// Tables loaded piece by piece: the version of every table after each piece.
struct Pieces {
    _dir: tempfile::TempDir,
    catalog: Catalog,
    steps: Vec<HashMap<String, u64>>,
}

/// The group's tables loaded in `count` pieces of time (`count == 0`: a piece per distinct
/// time), all tables cut at the same instants.
fn load_in_pieces(group: &e2e::Group, count: usize) -> Pieces {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("catalog").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    let mut tables = Vec::new();
    let mut times = Vec::new();
    for spec in &group.tables {
        let mut def = TableDef::new(&spec.name, &spec.time_column, &spec.key_column);
        def.grouping = spec.grouping.clone();
        catalog.create_table(&def).unwrap_or_else(|e| panic!("{e}"));
        let text = group.csv(spec);
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default().to_owned();
        let column = header.split(',').position(|c| c == spec.time_column).unwrap_or(0);
        let rows: Vec<(String, String)> = lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| (l.split(',').nth(column).unwrap_or_default().to_owned(), l.to_owned()))
            .collect();
        times.extend(rows.iter().map(|(t, _)| t.clone()));
        tables.push((spec.name.clone(), header, rows));
    }
    times.sort();
    times.dedup();
    // Each piece starts at a cut time (the first piece at the first time).
    let cuts: Vec<String> =
        if count == 0 { times.clone() } else { (0..count).map(|i| times[i * times.len() / count].clone()).collect() };
    let mut steps = Vec::new();
    for (i, start) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1);
        let mut versions = HashMap::new();
        for (name, header, rows) in &tables {
            let piece: Vec<&String> =
                rows.iter().filter(|(t, _)| t >= start && end.is_none_or(|e| t < e)).map(|(_, l)| l).collect();
            if !piece.is_empty() {
                let path = dir.path().join(format!("{name}-{i}.csv"));
                let text = std::iter::once(header).chain(piece).cloned().collect::<Vec<_>>().join("\n");
                std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
                let input = Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"));
                catalog.load(name, &[input], &|_| {}).unwrap_or_else(|e| panic!("{name} piece {i}: {e}"));
            }
            let version = catalog.table(name, None).unwrap_or_else(|e| panic!("{e}")).snapshot.version;
            versions.insert(name.clone(), version);
        }
        steps.push(versions);
    }
    Pieces { _dir: dir, catalog, steps }
}

fn csv_rows(batch: &arrow_array::RecordBatch) -> Vec<String> {
    let mut out = Vec::new();
    fenl_runtime::write_csv(batch, &mut out).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8_lossy(&out).lines().skip(1).map(str::to_owned).collect()
}

/// The case run once per piece, each run continuing from the last: history rows in run order,
/// or the snapshot of each entity's latest row; with the header.
fn run_in_pieces(
    pieces: &Pieces,
    plan: &fenl_compiler::plan::physical::Plan,
    snapshot: bool,
) -> (String, Vec<String>, Option<i64>) {
    let mut state: Option<State> = None;
    let mut watermark: Option<i64> = None;
    let mut header = String::new();
    let mut history = Vec::new();
    let mut latest: BTreeMap<String, String> = BTreeMap::new();
    for versions in &pieces.steps {
        let options = RunOptions {
            mode: if snapshot { ResultMode::Snapshot } else { ResultMode::History },
            versions: versions.clone(),
            after: watermark,
            resume: state.clone().map(|s| Arc::new(s) as Arc<dyn fenl_runtime::state::StateSource>),
            keep_state: true,
            // The first run (no state yet) reads its piece in chunks of two rows, so the state
            // it leaves went from chunk to chunk in memory before becoming columns.
            chunk_rows: Some(2),
            ..Default::default()
        };
        let mut batches = Vec::new();
        let continued = fenl_runtime::run_continued(plan, &pieces.catalog, &options, &mut |b| {
            batches.push(b);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
        for batch in &batches {
            let mut out = Vec::new();
            fenl_runtime::write_csv(batch, &mut out).unwrap_or_else(|e| panic!("{e}"));
            header = String::from_utf8_lossy(&out).lines().next().unwrap_or_default().to_owned();
            for row in csv_rows(batch) {
                if snapshot {
                    // Keyed by `_key`; the time (the run's instant) is dropped.
                    let rest = row.split_once(',').map(|(_, r)| r.to_owned()).unwrap_or_default();
                    let key = rest.split(',').next().unwrap_or_default().to_owned();
                    latest.insert(key, rest);
                } else {
                    history.push(row);
                }
            }
        }
        watermark = match (watermark, continued.last_time) {
            (Some(w), Some(t)) => Some(w.max(t)),
            (w, t) => w.or(t),
        };
        // A keyed plan's run leaves the state of the entities it read; the others' stands.
        state = Some(match (state, continued.partial) {
            (Some(before), true) => {
                let layers = fenl_runtime::state::Layers::new(vec![before, continued.state]);
                let merged = layers.and_then(|l| fenl_runtime::state::StateSource::all(&l));
                merged.unwrap_or_else(|e| panic!("{e}"))
            }
            _ => continued.state,
        });
    }
    (header, if snapshot { latest.into_values().collect() } else { history }, watermark)
}

#[test]
fn runs_over_pieces_of_the_tables_give_the_rows_of_one_run() {
    let (mut checked, mut recomputed) = (0, 0);
    let mut failures = Vec::new();
    for group in e2e::groups() {
        for count in [3, 0] {
            let pieces = load_in_pieces(&group, count);
            for case in group.cases() {
                let analysis = fenl_compiler::analyze(&case.source, &pieces.catalog);
                if analysis.has_errors() {
                    continue;
                }
                let hir = analysis.hir.as_ref().unwrap_or_else(|| panic!("{}: no query", case.name));
                let logical = fenl_compiler::plan::logical::build(hir).unwrap_or_else(|| panic!("no plan"));
                let plan = fenl_compiler::plan::physical::lower(&logical).unwrap_or_else(|e| panic!("{e}"));
                if fenl_runtime::state::unsupported(&plan).is_some() {
                    recomputed += 1;
                    continue;
                }
                let (header, rows, watermark) = run_in_pieces(&pieces, &plan, case.snapshot);
                // One run over everything, up to the last event (rows shifted past it are still
                // held by the runs in pieces).
                let last = watermark.unwrap_or(i64::MAX);
                let mode = if case.snapshot { ResultMode::Snapshot } else { ResultMode::History };
                let options = RunOptions { mode, at: case.snapshot.then_some(last), ..Default::default() };
                let Ok(batch) = fenl_runtime::run(&plan, &pieces.catalog, &options) else { continue };
                let mut csv = Vec::new();
                fenl_runtime::write_csv(&batch, &mut csv).unwrap_or_else(|e| panic!("{e}"));
                let until = chrono::DateTime::from_timestamp_nanos(last).format("%Y-%m-%dT%H:%M:%S%.9fZ").to_string();
                let text = String::from_utf8_lossy(&csv);
                let mut lines = text.lines();
                let mut kept = format!("{}\n", lines.next().unwrap_or_default());
                for line in lines.filter(|l| l.split(',').next().is_some_and(|t| t <= until.as_str())) {
                    kept.push_str(line);
                    kept.push('\n');
                }
                let full = e2e::normalize(&kept);
                let got = if case.snapshot {
                    // The full snapshot without its time column.
                    let mut lines = full.lines();
                    let _ = lines.next();
                    let mut want: Vec<String> =
                        lines.map(|l| l.split_once(',').map(|(_, r)| r.to_owned()).unwrap_or_default()).collect();
                    want.sort();
                    let mut got = rows.clone();
                    got.sort();
                    if !e2e::same_rows(&want.join("\n"), &got.join("\n")) {
                        failures.push(format!(
                            "{}/{} ({count} pieces):\n--- one run\n{}\n--- in pieces\n{}",
                            group.name,
                            case.name,
                            want.join("\n"),
                            got.join("\n")
                        ));
                    }
                    checked += 1;
                    continue;
                } else {
                    let mut text = format!("{header}\n");
                    for row in &rows {
                        text.push_str(row);
                        text.push('\n');
                    }
                    e2e::normalize(&text)
                };
                if !e2e::same_rows(&full, &got) {
                    failures.push(format!(
                        "{}/{} ({count} pieces):\n--- one run\n{full}--- in pieces\n{got}",
                        group.name, case.name
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{} of {checked} runs differ:\n{}", failures.len(), failures.join("\n"));
    assert!(checked >= 200, "only {checked} incremental runs checked ({recomputed} recomputed)");
}
