//! `fenl materialize …`, `fenl run --live` and `fenl table load - --follow`: results kept up
//! to date run by run, from the command line, against one run over everything.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{root, text};

/// Customer features that keep their state between runs: aggregations, a daily window,
/// lookups of another grouping, re-keying.
const FEATURES: &str = "\
let amount = Purchases.amount
let by_item = Purchases | with_key($input.item_id, grouping = \"item\")
in {
  amount,
  total: sum(amount),
  purchases: count(Purchases),
  today: sum(amount, window = since(daily())),
  biggest: max(amount),
  first_item: first(Purchases.item_id),
  sd: stddev(amount),
  stars: mean(Reviews.stars),
  price: lookup(Purchases.item_id, last(Items.price)),
  buyers: lookup(Purchases.item_id, count(by_item)),
}
";

/// Purchases alone, for events streamed into one table.
const PURCHASES: &str = "\
let by_item = Purchases | with_key($input.item_id, grouping = \"item\")
in { total: sum(Purchases.amount), today: count(Purchases, window = since(daily())), buyers: lookup(Purchases.item_id, count(by_item)) }
";

/// State that is rows: trailing and sliding windows, `lag` (a `collect`), shifted rows.
const WINDOWED: &str = "{ hour: sum(Purchases.amount, window = trailing(hours(1))), two_days: \
     max(Purchases.amount, window = sliding(2, daily())), before: Purchases.amount | lag(1), \
     later: Purchases.amount | shift_to(add_time(hours(1), time_of(Purchases))) }\n";

/// A query whose runs recompute (`finished()` ticks after the last event).
const RECOMPUTED: &str = "{ total: sum(Purchases.amount), at_end: count(Purchases) | when(finished()) }\n";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new_empty() -> Env {
        Env { dir: tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")) }
    }

    fn new() -> Env {
        let env = Env::new_empty();
        env.create_tables(&[
            ("Purchases", "customer_id", "customer"),
            ("Reviews", "customer_id", "customer"),
            ("Items", "item_id", "item"),
        ]);
        env.write("features.fenl", FEATURES);
        env.write("recomputed.fenl", RECOMPUTED);
        env.write("windowed.fenl", WINDOWED);
        env.write("purchases.fenl", PURCHASES);
        env
    }

    /// Creates tables (name, key column, grouping) whose time column is `time`.
    fn create_tables(&self, tables: &[(&str, &str, &str)]) {
        for (table, key, grouping) in tables {
            let args =
                ["table", "create", table, "--time-column", "time", "--entity-key-column", key, "--grouping", grouping];
            self.ok(&args);
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, contents: &str) -> String {
        let path = self.path(name);
        std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{e}"));
        path.display().to_string()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_fenl"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env("FENL_CATALOG", self.path("catalog"))
            .env_remove("FENL_SCHEMA");
        command
    }

    fn fenl(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap_or_else(|e| panic!("cannot run fenl: {e}"))
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.fenl(args);
        assert!(out.status.success(), "fenl {args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    }

    fn load(&self, table: &str, csv: &str, name: &str) {
        let path = self.write(name, csv);
        self.ok(&["table", "load", table, &path]);
    }

    /// One run over everything, rows sorted.
    fn full(&self, query: &str, extra: &[&str]) -> Vec<String> {
        let mut args = vec!["run", query, "--output", "csv"];
        args.extend_from_slice(extra);
        sorted_rows(&self.ok(&args))
    }
}

/// Two sorted row lists are equal; on failure, says how many rows differ and shows a few.
#[track_caller]
fn assert_same(got: &[String], want: &[String], what: &str) {
    if got == want {
        return;
    }
    let missing: Vec<&String> = want.iter().filter(|r| !got.contains(r)).take(5).collect();
    let extra: Vec<&String> = got.iter().filter(|r| !want.contains(r)).take(5).collect();
    panic!("{what}: {} rows, expected {}; missing e.g. {missing:#?}; extra e.g. {extra:#?}", got.len(), want.len());
}

/// The data rows of CSV text (header dropped), sorted.
fn sorted_rows(csv: &str) -> Vec<String> {
    let mut rows: Vec<String> = csv.lines().skip(1).map(str::to_owned).collect();
    rows.sort();
    rows
}

/// The rows of every committed file of a result directory (CSV), sorted, and the files.
fn committed_rows(dir: &Path) -> (Vec<String>, Vec<String>) {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("_manifest.json")).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"));
    let mut files: Vec<String> =
        manifest["files"].as_array().into_iter().flatten().filter_map(|f| f.as_str().map(str::to_owned)).collect();
    files.extend(manifest["current"].as_str().map(str::to_owned));
    let mut rows = Vec::new();
    for file in &files {
        rows.extend(sorted_rows(&std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{e}"))));
    }
    rows.sort();
    (rows, files)
}

/// The example tables cut into `pieces` at the same instants (a piece starts at a new time, so
/// no time is in two pieces): per piece, the CSV text of each table.
fn pieces(pieces: usize) -> Vec<Vec<(&'static str, String)>> {
    let data = root().join("examples/data");
    let read = |file: &str| std::fs::read_to_string(data.join(file)).unwrap_or_else(|e| panic!("{e}"));
    cut(&[("Purchases", read("purchases.csv")), ("Reviews", read("reviews.csv")), ("Items", read("items.csv"))], pieces)
}

/// Tables' CSV texts (time first in every row) cut into `pieces` at the same instants: per
/// piece, each table's header and rows.
fn cut(tables: &[(&'static str, String)], pieces: usize) -> Vec<Vec<(&'static str, String)>> {
    let time = |row: &str| row.split(',').next().unwrap_or_default().to_owned();
    let mut texts = Vec::new();
    let mut times = Vec::new();
    for (table, csv) in tables {
        let mut lines = csv.lines().map(str::to_owned);
        let header = lines.next().unwrap_or_default();
        let rows: Vec<String> = lines.filter(|l| !l.trim().is_empty()).collect();
        times.extend(rows.iter().map(|r| time(r)));
        texts.push((*table, header, rows));
    }
    times.sort();
    times.dedup();
    let cuts: Vec<String> = (0..pieces).map(|i| times[i * times.len() / pieces].clone()).collect();
    (0..pieces)
        .map(|i| {
            texts
                .iter()
                .map(|(table, header, rows)| {
                    let mut text = format!("{header}\n");
                    for row in
                        rows.iter().filter(|r| time(r) >= cuts[i] && cuts.get(i + 1).is_none_or(|e| time(r) < *e))
                    {
                        text.push_str(row);
                        text.push('\n');
                    }
                    (*table, text)
                })
                .collect()
        })
        .collect()
}

fn load_piece(env: &Env, piece: &[(&str, String)], n: usize) {
    for (table, csv) in piece {
        if csv.lines().count() > 1 {
            env.load(table, csv, &format!("{table}-{n}.csv"));
        }
    }
}

#[test]
fn materialized_runs_append_only_new_rows_and_equal_one_run() {
    let env = Env::new();
    let pieces = pieces(3);
    load_piece(&env, &pieces[0], 0);
    let out = env.ok(&["materialize", "create", "F", "features.fenl", "--to", "out", "--format", "csv"]);
    assert!(out.contains("created materialization 'F' (tables: Items, Purchases, Reviews)"), "{out}");
    assert!(out.contains("run 0 of 'F' (incremental)"), "{out}");
    let snapshot = env.ok(&[
        "materialize",
        "create",
        "S",
        "features.fenl",
        "--to",
        "snap",
        "--format",
        "csv",
        "--results",
        "snapshot",
    ]);
    assert!(snapshot.contains("-> snapshot-00000.csv"), "{snapshot}");
    let created = env.fenl(&["materialize", "create", "R", "recomputed.fenl", "--to", "re", "--format", "csv"]);
    assert!(created.status.success(), "{}", text(&created.stderr));
    assert!(text(&created.stderr).contains("note: later runs recompute the query from the start"));
    assert!(text(&created.stdout).contains("run 0 of 'R' (recomputed)"));
    let windowed = env.ok(&["materialize", "create", "W", "windowed.fenl", "--to", "win", "--format", "csv"]);
    assert!(windowed.contains("run 0 of 'W' (incremental)"), "{windowed}");

    let list = env.ok(&["materialize", "list"]);
    assert_eq!(
        list.lines().map(|l| l.split('\t').next().unwrap_or_default()).collect::<Vec<_>>(),
        ["F", "R", "S", "W"]
    );
    let get = env.ok(&["materialize", "get", "F"]);
    assert!(get.contains("runs: incremental (each run reads only new events)"), "{get}");
    assert!(get.contains("last run: 0"), "{get}");
    assert!(env.ok(&["materialize", "get", "R"]).contains("runs: recomputed from the start"));

    for (n, piece) in pieces.iter().enumerate().skip(1) {
        load_piece(&env, piece, n);
        let out = env.ok(&["materialize", "run", "F"]);
        assert!(out.contains(&format!("run {n} of 'F' (incremental)")), "{out}");
        assert!(out.contains(&format!("-> part-{n:05}.csv")), "{out}");
        env.ok(&["materialize", "run", "S"]);
        env.ok(&["materialize", "run", "R"]);
        env.ok(&["materialize", "run", "W"]);
    }
    assert!(env.ok(&["materialize", "run", "F"]).contains("materialization 'F' is up to date (run 2)"));

    // The union of the runs is one run over everything.
    let (rows, files) = committed_rows(&env.path("out"));
    assert_eq!(files, ["part-00000.csv", "part-00001.csv", "part-00002.csv"]);
    assert_same(&rows, &env.full("features.fenl", &[]), "incremental runs");
    // Rows past the last event (shifted ahead, `finished()`) wait for later events.
    let last = env.ok(&["query", "last(time_of(Purchases))", "--results", "snapshot", "--output", "csv"]);
    let last = last.lines().skip(1).filter_map(|l| l.rsplit(',').next()).max().unwrap_or_default().to_owned();
    let until_last = |query: &str| -> Vec<String> {
        let rows = env.full(query, &[]);
        rows.into_iter().filter(|r| r.split(',').next().is_some_and(|t| t <= last.as_str())).collect()
    };
    let (rows, _) = committed_rows(&env.path("win"));
    assert_same(&rows, &until_last("windowed.fenl"), "windows, lists and shifts");
    let (rows, files) = committed_rows(&env.path("re"));
    assert_eq!(files.len(), 3);
    let want = until_last("recomputed.fenl");
    assert!(want.len() > 1000);
    assert_same(&rows, &want, "recomputed runs");
    // The snapshot: one current file, every entity once, the values of one snapshot run.
    let (rows, files) = committed_rows(&env.path("snap"));
    assert_eq!(files, ["snapshot-00002.csv"]);
    assert_same(&rows, &env.full("features.fenl", &["--results", "snapshot"]), "snapshot runs");
    let left: Vec<String> = std::fs::read_dir(env.path("snap"))
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.starts_with("snapshot-"))
        .collect();
    assert_eq!(left, ["snapshot-00002.csv"], "earlier snapshots are removed once a new one is committed");

    // A late event is counted and reported, not processed; --rebuild includes it.
    let late = "time,customer_id,item_id,amount,quantity\n2024-01-01T08:00:00Z,c001,i001,1.5,1\n";
    env.load("Purchases", late, "late.csv");
    let out = env.fenl(&["materialize", "run", "F"]);
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("warning: 1 late event in 'Purchases'"), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("0 events read, 0 rows written"), "{}", text(&out.stdout));
    assert!(env.ok(&["materialize", "get", "F"]).contains("late events not processed: 1"));
    let out = env.ok(&["materialize", "run", "F", "--rebuild"]);
    assert!(out.contains("run 4 of 'F' (incremental)"), "{out}");
    let (rows, files) = committed_rows(&env.path("out"));
    assert_eq!(files, ["part-00004.csv"], "the rebuilt history replaces the earlier runs' files");
    assert_same(&rows, &env.full("features.fenl", &[]), "rebuilt");
    assert!(rows.iter().any(|r| r.starts_with("2024-01-01T08:00:00.000000000Z,c001,1.5,")));

    // Tables used by a materialization are deleted only with --force.
    let out = env.fenl(&["table", "delete", "Items"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("used by materializations 'F', 'S'"), "{}", text(&out.stderr));
    assert!(env.ok(&["materialize", "delete", "S"]).contains("its results are left in"));
    assert!(env.path("snap/snapshot-00002.csv").is_file());
}

#[test]
fn bad_materializations_are_clear_errors_and_store_nothing() {
    let env = Env::new();
    env.write("bad.fenl", "sum(Purchases.amout)\n");
    let out = env.fenl(&["materialize", "create", "B", "bad.fenl", "--to", "b"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("No field named 'amout'"), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("bad.fenl:1:15"), "{}", text(&out.stderr));
    assert_eq!(env.ok(&["materialize", "list"]), "");
    assert!(!env.path("b").exists());

    std::fs::create_dir_all(env.path("full")).unwrap_or_else(|e| panic!("{e}"));
    env.write("full/x.txt", "mine");
    let out = env.fenl(&["materialize", "create", "B", "features.fenl", "--to", "full"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not empty"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(env.path("full/x.txt")).unwrap_or_default(), "mine");

    for (args, message) in [
        (vec!["materialize", "run", "Nope"], "materialization 'Nope' does not exist"),
        (vec!["materialize", "get", "../x"], "materialization '../x' does not exist"),
        (vec!["materialize", "create", "../x", "features.fenl", "--to", "x"], "../x"),
        (vec!["materialize", "create", "C", "missing.fenl", "--to", "x"], "cannot read 'missing.fenl'"),
    ] {
        let out = env.fenl(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(text(&out.stderr).contains(message), "{args:?}: {}", text(&out.stderr));
    }
    let out = env.fenl(&["materialize", "run", "F", "--output", "csv"]);
    assert_eq!(out.status.code(), Some(2), "--output needs --live");
}

#[test]
fn runs_killed_at_any_point_resume_without_lost_or_repeated_rows() {
    let env = Env::new();
    let pieces = pieces(50);
    load_piece(&env, &pieces[0], 0);
    env.ok(&["materialize", "create", "F", "features.fenl", "--to", "out", "--format", "csv"]);
    // A small deterministic generator for the kill delays.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut killed = 0;
    let mut round = 0;
    while killed < 100 {
        assert!(round < 400, "only {killed} runs killed in 400 rounds");
        // A new piece every other round, so some runs start with nothing new.
        if let Some(piece) = pieces.get(1 + round / 2).filter(|_| round % 2 == 0) {
            load_piece(&env, piece, 1 + round / 2);
        }
        let mut child = env.command(&["materialize", "run", "F"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
        let child = child.as_mut().unwrap_or_else(|e| panic!("{e}"));
        std::thread::sleep(Duration::from_micros(next() % 120_000));
        if child.try_wait().ok().flatten().is_none() {
            killed += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        round += 1;
    }
    env.ok(&["materialize", "run", "F"]);
    let (rows, files) = committed_rows(&env.path("out"));
    assert_same(&rows, &env.full("features.fenl", &[]), "runs killed and resumed");
    // Nothing but committed files is left.
    let mut parts: Vec<String> = std::fs::read_dir(env.path("out"))
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.starts_with("part-"))
        .collect();
    parts.sort();
    assert_eq!(parts, files);
}

/// Lines of a child's stdout, collected as they come.
fn collect_lines(child: &mut Child) -> Arc<Mutex<Vec<String>>> {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let sink = lines.clone();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            sink.lock().unwrap_or_else(|e| e.into_inner()).push(line);
        }
    });
    lines
}

fn wait_for(lines: &Arc<Mutex<Vec<String>>>, count: usize, limit: Duration) -> Vec<String> {
    let start = Instant::now();
    loop {
        let now = lines.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if now.len() >= count || start.elapsed() > limit {
            return now;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn interrupt(child: &mut Child) -> std::process::ExitStatus {
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert!(status.is_ok_and(|s| s.success()));
    child.wait().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn live_runs_follow_events_streamed_from_stdin() {
    let env = Env::new();
    let pieces = pieces(6);
    let first: Vec<(&str, String)> = pieces[0].iter().filter(|(t, _)| *t == "Purchases").cloned().collect();
    load_piece(&env, &first, 0);
    env.ok(&["materialize", "create", "F", "purchases.fenl", "--to", "out", "--format", "csv"]);
    let backfill = committed_rows(&env.path("out")).0.len();
    let mut live = env
        .command(&["materialize", "run", "F", "--live", "--output", "jsonl", "--interval-ms", "50"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let lines = collect_lines(&mut live);
    let mut loader = env
        .command(&[
            "table",
            "load",
            "Purchases",
            "-",
            "--follow",
            "--format",
            "csv",
            "--batch-rows",
            "40",
            "--batch-ms",
            "50",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut stdin = loader.stdin.take().unwrap_or_else(|| panic!("no stdin"));
    let mut streamed = 0;
    for (n, piece) in pieces.iter().enumerate().skip(1) {
        let csv = &piece.iter().find(|(t, _)| *t == "Purchases").unwrap_or_else(|| panic!("no purchases")).1;
        // The header once, then the rows, a few at a time.
        let rows: Vec<&str> = csv.lines().skip(if n == 1 { 0 } else { 1 }).collect();
        for chunk in rows.chunks(25) {
            stdin.write_all(format!("{}\n", chunk.join("\n")).as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            stdin.flush().unwrap_or_else(|e| panic!("{e}"));
            streamed += chunk.len();
            std::thread::sleep(Duration::from_millis(30));
        }
    }
    drop(stdin);
    let loaded = loader.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(loaded.status.success(), "{}", text(&loaded.stderr));
    assert!(text(&loaded.stdout).contains(&format!("loaded {} rows from stdin into Purchases", streamed - 1)));
    // Every row of one run over everything, once: the backfill's in its file, the rest live.
    let full = env.full("purchases.fenl", &[]);
    let got = wait_for(&lines, full.len() - backfill, Duration::from_secs(60));
    let status = interrupt(&mut live);
    assert!(status.success(), "live mode stops cleanly on Ctrl-C");
    let mut stderr = String::new();
    if let Some(mut e) = live.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    assert!(stderr.contains("stopped; the results are committed through the last run"), "{stderr}");
    let json_full = env.ok(&["run", "purchases.fenl", "--output", "jsonl"]);
    let mut expected: Vec<String> = json_full.lines().map(str::to_owned).collect();
    let backfilled: Vec<String> = expected.drain(..backfill).collect();
    let mut got_sorted = got.clone();
    got_sorted.sort();
    expected.sort();
    assert!(!backfilled.is_empty());
    assert_same(&got_sorted, &expected, "live rows");
    let (rows, _) = committed_rows(&env.path("out"));
    assert_same(&rows, &full, "the live runs' files");

    // `fenl run --live` prints the history first, then stops on Ctrl-C.
    let mut run = env
        .command(&["run", "purchases.fenl", "--live", "--output", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let lines = collect_lines(&mut run);
    let got = wait_for(&lines, full.len() + 1, Duration::from_secs(60));
    assert!(interrupt(&mut run).success());
    let mut got: Vec<String> = got.into_iter().skip(1).collect();
    got.sort();
    assert_same(&got, &full, "fenl run --live");
}

/// The end-to-end suite's cases whose materializations recompute at every run (`finished()`;
/// the others are checked run by run in fenl-tests' `incremental`): loaded in three pieces of time, run after each,
/// their committed rows are the rows of one run up to the last event (history), or its
/// snapshot.
#[test]
fn recomputed_materializations_of_the_suite_equal_one_run() {
    let env = Env::new_empty();
    env.create_tables(&[
        ("Purchases", "customer", "customer"),
        ("Reviews", "customer", "customer"),
        ("Items", "item", "item"),
    ]);
    let shop = root().join("tests/e2e/shop");
    let read = |file: &str| std::fs::read_to_string(shop.join(file)).unwrap_or_else(|e| panic!("{e}"));
    let pieces =
        cut(&[("Purchases", read("purchases.csv")), ("Reviews", read("reviews.csv")), ("Items", read("items.csv"))], 3);
    load_piece(&env, &pieces[0], 0);
    let mut cases: Vec<(String, PathBuf, bool)> = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&shop)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "fenl"))
        .collect();
    paths.sort();
    for path in paths {
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let snapshot = std::fs::read_to_string(&path).unwrap_or_default().contains("# mode: snapshot");
        let file = path.display().to_string();
        let to = format!("out-{name}");
        let results = if snapshot { "snapshot" } else { "history" };
        let out =
            env.fenl(&["materialize", "create", &name, &file, "--to", &to, "--format", "csv", "--results", results]);
        if !out.status.success() {
            continue;
        }
        if text(&out.stderr).contains("later runs recompute") {
            cases.push((name, path, snapshot));
        } else {
            env.ok(&["materialize", "delete", &name]);
        }
    }
    assert!(!cases.is_empty(), "no recomputed cases");
    for (n, piece) in pieces.iter().enumerate().skip(1) {
        load_piece(&env, piece, n);
        for (name, _, _) in &cases {
            env.ok(&["materialize", "run", name]);
        }
    }
    let mut failures = Vec::new();
    for (name, path, snapshot) in &cases {
        let dir = env.path(&format!("out-{name}"));
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("_manifest.json")).unwrap_or_default()).unwrap_or_default();
        let watermark = manifest["watermark"].as_i64().unwrap_or(i64::MAX);
        let file = path.display().to_string();
        let mut args = vec!["run", file.as_str(), "--output", "csv"];
        if *snapshot {
            args.extend(["--results", "snapshot"]);
        }
        // Rows past the last event (shifted ahead, `finished()`) wait for later events.
        let mut want: Vec<String> = sorted_rows(&env.ok(&args))
            .into_iter()
            .filter(|r| {
                let time = r.split(',').next().unwrap_or_default();
                chrono::DateTime::parse_from_rfc3339(time)
                    .ok()
                    .and_then(|t| t.timestamp_nanos_opt())
                    .is_some_and(|t| t <= watermark)
            })
            .collect();
        want.sort();
        let (got, _) = committed_rows(&dir);
        if got != want {
            failures.push(format!(
                "{name}: {} rows, one run {}\n got {got:#?}\n want {want:#?}",
                got.len(),
                want.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
