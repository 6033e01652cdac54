//! The catalog through the `fenl` binary: table and view commands, checks against the
//! catalog, malformed input files, SIGKILL during loads, and reading tables with delta-rs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::{root, text};

pub(super) struct Env {
    pub(super) dir: tempfile::TempDir,
}

impl Env {
    pub(super) fn new() -> Env {
        Env { dir: tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")) }
    }

    pub(super) fn catalog(&self) -> PathBuf {
        self.dir.path().join("catalog")
    }

    pub(super) fn fenl(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_fenl"))
            .args(args)
            .current_dir(root())
            .env("FENL_CATALOG", self.catalog())
            .env_remove("FENL_SCHEMA")
            .output()
            .unwrap_or_else(|e| panic!("cannot run fenl: {e}"))
    }

    #[track_caller]
    pub(super) fn ok(&self, args: &[&str]) -> String {
        let out = self.fenl(args);
        assert!(out.status.success(), "fenl {args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    }

    pub(super) fn get(&self, table: &str, field: &str) -> String {
        let out = self.ok(&["table", "get", table]);
        out.lines().find_map(|l| l.strip_prefix(&format!("{field}: ")).map(str::to_owned)).unwrap_or_default()
    }

    pub(super) fn write(&self, name: &str, contents: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{e}"));
        path.to_string_lossy().into_owned()
    }
}

fn example(name: &str) -> String {
    root().join("examples/data").join(name).to_string_lossy().into_owned()
}

pub(super) fn create_examples(env: &Env) {
    env.ok(&[
        "table",
        "create",
        "Purchases",
        "--time-column",
        "time",
        "--entity-key-column",
        "customer_id",
        "--grouping",
        "customer",
    ]);
    env.ok(&[
        "table",
        "create",
        "Reviews",
        "--time-column",
        "time",
        "--entity-key-column",
        "customer_id",
        "--grouping",
        "customer",
    ]);
    env.ok(&[
        "table",
        "create",
        "Items",
        "--time-column",
        "time",
        "--entity-key-column",
        "item_id",
        "--grouping",
        "item",
    ]);
    env.ok(&["table", "load", "Purchases", &example("purchases.csv")]);
    env.ok(&["table", "load", "Reviews", &example("reviews.csv")]);
    env.ok(&["table", "load", "Items", &example("items.csv")]);
}

#[test]
fn table_and_view_lifecycle() {
    let env = Env::new();
    create_examples(&env);
    assert_eq!(env.ok(&["table", "list"]), "Items\nPurchases\nReviews\n");
    assert_eq!(env.ok(&["table", "list", "view"]), "Reviews\n");
    assert_eq!(env.get("Purchases", "rows"), "3000");
    assert_eq!(env.get("Purchases", "version"), "1");
    assert_eq!(env.get("Purchases", "grouping"), "customer");
    assert!(env.get("Purchases", "time range").starts_with("2024-01-01T07:25:13.000000000Z .. 2024-02-29"));
    let described = env.ok(&["table", "get", "Purchases"]);
    assert!(
        described.contains(
            "schema:\n  time: timestamp_us\n  customer_id: string\n  item_id: string\n  amount: f64\n  quantity: i64\n"
        ),
        "{described}"
    );
    let old = env.ok(&["table", "get", "Purchases", "--version", "0"]);
    assert!(old.contains("rows: 0") && old.contains("schema: (fixed by the first load)"));
    let now = chrono::Utc::now().to_rfc3339();
    assert!(env.ok(&["table", "get", "Purchases", "--as-of", &now]).contains("version: 1"));
    let before = env.fenl(&["table", "get", "Purchases", "--as-of", "2000-01-01T00:00:00Z"]);
    assert_eq!(before.status.code(), Some(1));
    assert!(text(&before.stderr).contains("did not exist at that time"));
    // Queries check against the catalog's tables.
    let out = env.fenl(&["check", "examples/features.fenl"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Views: checked, listed, protecting their tables.
    env.ok(&["view", "create", "BigPurchases", "Purchases | when($input.amount > 100)"]);
    assert_eq!(env.ok(&["view", "list"]), "BigPurchases: Purchases | when($input.amount > 100)\n");
    let bad = env.fenl(&["view", "create", "Broken", "Purchases.amout"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("E0001"), "{}", text(&bad.stderr));
    let refused = env.fenl(&["table", "delete", "Purchases"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("failed precondition") && text(&refused.stderr).contains("'BigPurchases'"));
    env.ok(&["table", "delete", "Purchases", "--force"]);
    assert_eq!(env.ok(&["table", "list"]), "Items\nReviews\n");
    env.ok(&["view", "delete", "BigPurchases"]);
    assert_eq!(env.ok(&["view", "list"]), "");
}

#[test]
fn compaction_vacuum_and_time_travel_from_the_command_line() {
    let env = Env::new();
    env.ok(&["table", "create", "T", "--time-column", "t", "--entity-key-column", "k"]);
    for i in 0..3 {
        let file = env.write(&format!("{i}.csv"), &format!("t,k,v\n2024-01-0{}T00:00:00Z,a,{i}\n", i + 1));
        env.ok(&["table", "load", "T", &file]);
    }
    assert_eq!(env.get("T", "files"), "3");
    assert!(env.ok(&["table", "compact", "T"]).contains("3 files into 1 (version 4)"));
    assert_eq!((env.get("T", "files"), env.get("T", "rows")), ("1".to_owned(), "3".to_owned()));
    assert!(env.ok(&["table", "vacuum", "T"]).contains("deleted 0 unused files"));
    assert!(env.ok(&["table", "vacuum", "T", "--retain", "0"]).contains("deleted 3 unused files"));
    assert_eq!(env.get("T", "rows"), "3");
}

#[test]
fn bad_names_flags_and_missing_tables_are_clear_errors() {
    let env = Env::new();
    for (args, needle) in [
        (vec!["table", "create", "../x", "--time-column", "t", "--entity-key-column", "k"], "invalid name"),
        (vec!["table", "create", "a/b", "--time-column", "t", "--entity-key-column", "k"], "invalid name"),
        (vec!["table", "get", "Nope"], "table 'Nope' does not exist"),
        (vec!["table", "load", "Nope", "x.csv"], "table 'Nope' does not exist"),
        (vec!["view", "delete", "Nope"], "view 'Nope' does not exist"),
    ] {
        let out = env.fenl(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(text(&out.stderr).contains(needle), "{args:?}: {}", text(&out.stderr));
    }
    let out = env.fenl(&["table", "create", "T", "--time-column", "t"]);
    assert_eq!(out.status.code(), Some(2), "a missing required flag is a usage error");
    env.ok(&["table", "create", "T", "--time-column", "t", "--entity-key-column", "k"]);
    let out = env.fenl(&["table", "load", "T", "data.unknown"]);
    assert!(text(&out.stderr).contains("--format"), "{}", text(&out.stderr));
    assert!(!env.catalog().join("tables/../x").exists());
}

#[test]
fn malformed_inputs_give_clear_errors_and_change_nothing() {
    let env = Env::new();
    env.ok(&["table", "create", "T", "--time-column", "time", "--entity-key-column", "customer"]);
    let good = env.write("good.csv", "time,customer,amount\n2024-01-01T00:00:00Z,a,1\n");
    env.ok(&["table", "load", "T", &good]);
    let dir = root().join("tests/fixtures/malformed");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 30, "the malformed corpus has {} files", files.len());
    let located = [
        "null_key.csv",
        "null_time.csv",
        "unparsable_time.csv",
        "time_out_of_range.csv",
        "null_key.jsonl",
        "bad_time.jsonl",
    ];
    for file in &files {
        let path = file.to_string_lossy().into_owned();
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let out = env.fenl(&["table", "load", "T", &path]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name} should be refused, got {:?}: {stderr}", out.status.code());
        assert!(stderr.starts_with("error: ") && stderr.contains(&name), "{name}: the error names the file: {stderr}");
        if located.contains(&name.as_str()) {
            assert!(
                stderr.contains(&format!("{name}:2:")) || stderr.contains(&format!("{name}:3:")),
                "{name}: the error names the line: {stderr}"
            );
        }
        assert_eq!(
            (env.get("T", "version"), env.get("T", "rows")),
            ("1".to_owned(), "1".to_owned()),
            "{name} changed the table"
        );
    }
    // Not a file at all.
    for path in [root().join("tests").to_string_lossy().into_owned(), "no/such/file.csv".to_owned()] {
        let out = env.fenl(&["table", "load", "T", &path]);
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains(&path));
    }
    let leftovers = std::fs::read_dir(env.catalog().join("tables/T")).map(|d| d.count()).unwrap_or(0);
    assert_eq!(leftovers, 2, "refused loads leave no data files behind");
}

/// A tiny deterministic generator for kill delays.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

#[test]
fn loads_killed_at_random_moments_never_corrupt_the_table() {
    let env = Env::new();
    env.ok(&["table", "create", "T", "--time-column", "time", "--entity-key-column", "customer"]);
    let mut csv = String::from("time,customer,amount\n");
    let rows = 2000;
    for i in 0..rows {
        csv.push_str(&format!("2024-01-01T00:{:02}:{:02}Z,c{},{i}\n", (i / 60) % 60, i % 60, i % 13));
    }
    let file = env.write("rows.csv", &csv);
    // How long one load takes, to spread the kills over it.
    let start = std::time::Instant::now();
    env.ok(&["table", "load", "T", &file]);
    let full = start.elapsed().as_micros().max(1000) as u64;
    let mut seed = 7u64;
    let mut committed_before = 1u64;
    for attempt in 0..200 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fenl"))
            .args(["table", "load", "T", &file])
            .env("FENL_CATALOG", env.catalog())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        std::thread::sleep(std::time::Duration::from_micros(next(&mut seed) % (full * 3 / 2)));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let version: u64 =
            env.get("T", "version").parse().unwrap_or_else(|_| panic!("attempt {attempt}: the table does not open"));
        let table_rows: u64 = env.get("T", "rows").parse().unwrap_or(0);
        assert!(version == committed_before || version == committed_before + 1, "attempt {attempt}: version {version}");
        assert_eq!(table_rows, version * rows, "attempt {attempt}: partially visible load");
        committed_before = version;
    }
    env.ok(&["table", "load", "T", &file]);
    // Every committed version reads completely.
    let check = env.fenl(&["table", "get", "T"]);
    assert!(check.status.success());
}

#[test]
fn another_delta_reader_reads_fenl_tables() {
    let Some(python) = std::env::var_os("FENL_DELTA_PYTHON") else {
        assert!(std::env::var_os("CI").is_none(), "CI must set FENL_DELTA_PYTHON (see .ci/run)");
        return;
    };
    let env = Env::new();
    create_examples(&env);
    let extra =
        env.write("more.csv", "time,customer_id,item_id,amount,quantity\n2024-03-01T00:00:00Z,c001,i001,10.5,1\n");
    env.ok(&["table", "load", "Purchases", &extra]);
    let script = root().join("tests/interop/read_delta.py");
    let table = env.catalog().join("tables/Purchases");
    let read = |version: Option<&str>| {
        let mut args =
            vec![script.to_string_lossy().into_owned(), table.to_string_lossy().into_owned(), "amount".to_owned()];
        args.extend(version.map(str::to_owned));
        let out = Command::new(&python).args(&args).output().unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "delta-rs failed: {}", text(&out.stderr));
        serde_json::from_str::<serde_json::Value>(text(&out.stdout).trim()).unwrap_or_else(|e| panic!("{e}"))
    };
    let latest = read(None);
    assert_eq!(latest["version"], 2);
    assert_eq!(latest["rows"], 3001);
    let expected: f64 = std::fs::read_to_string(example("purchases.csv"))
        .unwrap_or_default()
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(3)?.parse::<f64>().ok())
        .sum::<f64>()
        + 10.5;
    assert!((latest["sum"].as_f64().unwrap_or(0.0) - expected).abs() < 1e-6);
    assert_eq!(
        latest["columns"],
        serde_json::json!(["time", "customer_id", "item_id", "amount", "quantity", "_time", "_subsort", "_key_hash"])
    );
    assert_eq!(read(Some("1"))["rows"], 3000);
    assert_eq!(read(Some("0"))["rows"], 0);
    // A partitioned table: values come back from the log's partition values.
    env.ok(&[
        "table",
        "create",
        "Events",
        "--time-column",
        "time",
        "--entity-key-column",
        "user",
        "--partition-on",
        "region",
    ]);
    let events = env.write("events.csv", "time,user,region,n\n2024-01-01T00:00:00Z,u1,eu,1\n2024-01-01T01:00:00Z,u2,us/west,2\n2024-01-01T02:00:00Z,u3,,4\n");
    env.ok(&["table", "load", "Events", &events]);
    let out = Command::new(&python)
        .args([script.to_string_lossy().as_ref(), env.catalog().join("tables/Events").to_string_lossy().as_ref(), "n"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "delta-rs failed on a partitioned table: {}", text(&out.stderr));
    let partitioned: serde_json::Value =
        serde_json::from_str(text(&out.stdout).trim()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((partitioned["rows"].as_u64(), partitioned["sum"].as_i64()), (Some(3), Some(7)));
    let _ = Path::new("");
}

#[test]
fn loads_read_csv_or_arrow_streams_from_stdin() {
    let env = Env::new();
    env.ok(&["table", "create", "T", "--time-column", "time", "--entity-key-column", "customer"]);
    let stdin_load = |bytes: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fenl"))
            .args(["table", "load", "T", "-"])
            .env("FENL_CATALOG", env.catalog())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        if let Some(mut stdin) = child.stdin.take() {
            std::io::Write::write_all(&mut stdin, bytes).unwrap_or_else(|e| panic!("{e}"));
        }
        child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
    };
    let stream = std::fs::read(root().join("tests/fixtures/streams/two_rows.arrows")).unwrap_or_default();
    let out = stdin_load(&stream);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(env.get("T", "rows"), "2");
    assert!(env.ok(&["table", "get", "T"]).contains("  time: timestamp_us\n"));
    // CSV on stdin, read into the schema the stream fixed.
    let out = stdin_load(b"time,customer,amount\n2024-01-03T00:00:00Z,c,9\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(env.get("T", "rows"), "3");
    let out = stdin_load(&stream[..stream.len() / 2]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("error: -"), "{}", text(&out.stderr));
    assert_eq!(env.get("T", "version"), "2");
}

#[test]
fn catalogs_at_s3_urls_work_like_local_ones() {
    let Some(bucket) = std::env::var_os("FENL_S3_BUCKET") else {
        assert!(std::env::var_os("CI").is_none(), "CI must provide an S3 endpoint (see .ci/run)");
        return;
    };
    let prefix = format!(
        "s3://{}/test-{}-{}",
        bucket.to_string_lossy(),
        std::process::id(),
        chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
    );
    let fenl = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_fenl"))
            .args(["--catalog", &prefix])
            .args(args)
            .current_dir(root())
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "fenl {args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    fenl(&["table", "create", "Purchases", "--time-column", "time", "--entity-key-column", "customer_id"]);
    // Two loads at once: both commit (the store's conditional put decides the order).
    let loads: Vec<_> = (0..2)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_fenl"))
                .args(["--catalog", &prefix, "table", "load", "Purchases", &example("purchases.csv")])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    for load in loads {
        let out = load.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let described = fenl(&["table", "get", "Purchases"]);
    assert!(described.contains("version: 2\n") && described.contains("rows: 6000\n"), "{described}");
    assert!(fenl(&["table", "compact", "Purchases"]).contains("2 files into 1"));
    assert!(fenl(&["table", "get", "Purchases", "--version", "1"]).contains("rows: 3000\n"));
    assert_eq!(fenl(&["table", "list"]), "Purchases\n");
    fenl(&["table", "delete", "Purchases"]);
    assert_eq!(fenl(&["table", "list"]), "");
}

#[test]
fn run_and_query_print_history_and_snapshots() {
    let env = Env::new();
    create_examples(&env);
    let history = env.ok(&["query", "{ total: sum(Purchases.amount), n: count(Purchases) }", "--limit", "3"]);
    assert_eq!(
        history,
        "_time,_key,total,n\n2024-01-01T07:25:13.000000000Z,c001,9.95,1\n2024-01-01T07:45:36.000000000Z,c074,91.17,1\n2024-01-01T08:00:09.000000000Z,c037,84.52,1\n"
    );
    let all = env.ok(&["run", "examples/spending.fenl"]);
    // A row per purchase, per review, and per customer at each midnight (the daily window's ticks).
    assert!(all.lines().count() > 1 + 3000 + 951, "{}", all.lines().count());
    assert!(all.lines().any(|l| l.starts_with("2024-01-02T00:00:00.000000000Z,")));
    let snapshot = env.ok(&["query", "count(Purchases)", "--results", "snapshot"]);
    let rows: Vec<&str> = snapshot.lines().skip(1).collect();
    assert!(rows.len() > 100 && rows.iter().all(|r| r.starts_with("2024-02-29T22:54:35.000000000Z,c")), "{snapshot}");
    let total: u64 = rows.iter().filter_map(|r| r.rsplit(',').next()?.parse::<u64>().ok()).sum();
    assert_eq!(total, 3000);
    let at = env.ok(&["query", "count(Purchases)", "--results", "snapshot", "--at", "2024-01-01T12:00:00Z"]);
    assert!(at.lines().skip(1).all(|r| r.starts_with("2024-01-01T12:00:00.000000000Z,")), "{at}");
    let since = env.ok(&["query", "Purchases.amount", "--changed-since", "2024-02-29T22:00:00Z"]);
    assert!(since.lines().skip(1).all(|r| r.starts_with("2024-02-29T22:")), "{since}");
    let jsonl = env.ok(&["query", "{ n: count(Purchases) }", "--output", "jsonl", "--limit", "1"]);
    assert_eq!(jsonl.trim(), r#"{"_time":"2024-01-01T07:25:13Z","_key":"c001","n":1}"#);
    let parquet = env.dir.path().join("out.parquet");
    env.ok(&["query", "Purchases.amount", "--output", "parquet", "--out", &parquet.to_string_lossy()]);
    assert!(std::fs::read(&parquet).map(|b| b.starts_with(b"PAR1")).unwrap_or(false));
    // Time travel: version 0 of a table has no rows.
    let empty = env.ok(&["query", "Purchases.amount", "--as-of-version", "Purchases=0"]);
    assert_eq!(empty, "_time,_key,result\n");
    // The whole feature example runs: lookups, re-keying, trailing windows, lag.
    let features = env.ok(&["run", "examples/features.fenl", "--limit", "6"]);
    assert!(features.starts_with("_time,_key,amount,total_spent,purchases,spent_today,spent_last_hour,average_stars,item_price,paid_vs_list,item_buyers,previous_amount\n"), "{features}");
    assert!(features.lines().nth(6).is_some_and(|l| l.ends_with(",2,36.68")), "{features}");
    // What the runtime cannot run yet is a clear error, not a crash.
    let out = env.fenl(&["query", "sum(Purchases.amount, window = trailing(months(1)))"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not supported by the runtime yet: trailing windows of months"),
        "{}",
        text(&out.stderr)
    );
    let out = env.fenl(&["query", "Purchases.quantity / (Purchases.quantity - 1)", "--limit", "2"]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).starts_with("warning: ")
            && text(&out.stderr).contains("rows nulled: integer division by zero"),
        "{}",
        text(&out.stderr)
    );
    let weekly = env.ok(&[
        "query",
        "mean(Purchases.amount, window = trailing(days(7)))",
        "--results",
        "snapshot",
        "--limit",
        "1",
    ]);
    assert_eq!(weekly.lines().count(), 2, "{weekly}");
    let out = env.fenl(&["query", "Purchases.amout"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("E0001"));
}

#[test]
fn a_closed_stdout_ends_commands_quietly() {
    let env = Env::new();
    create_examples(&env);
    for args in [
        vec!["table", "get", "Purchases"],
        vec!["query", "Purchases.amount"],
        vec!["explain", "examples/features.fenl"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fenl"))
            .args(&args)
            .current_dir(root())
            .env("FENL_CATALOG", env.catalog())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        drop(child.stdout.take()); // the reader goes away, like `| head -0`
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        assert!(!text(&out.stderr).contains("panicked"), "{args:?}: {}", text(&out.stderr));
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
    }
}
