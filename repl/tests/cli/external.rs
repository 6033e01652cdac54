//! External tables through the `fenl` binary: error modes on the malformed corpus and on
//! hand-made files (counts and contents exact), dry runs equal to real loads, parsing options,
//! primary keys, logical tables following their files, incremental refreshes, and
//! subscriptions that load every file once across a SIGKILL.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::catalog::Env;
use super::{root, text};

const SCHEMA: &str = "time:timestamp,customer:string,amount:f64";

impl Env {
    fn dir_path(&self, name: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{e}"));
        path
    }

    fn create_external(&self, name: &str, path: &Path, format: &str, extra: &[&str]) -> std::process::Output {
        let path = path.to_string_lossy().into_owned();
        let mut args = vec![
            "table",
            "create-external",
            name,
            "--path",
            &path,
            "--format",
            format,
            "--time-column",
            "time",
            "--entity-key-column",
            "customer",
        ];
        args.extend_from_slice(extra);
        self.fenl(&args)
    }

    fn tables(&self) -> String {
        self.ok(&["table", "list"])
    }
}

/// Writes a file of a test's data.
fn put(path: impl AsRef<Path>, contents: impl AsRef<[u8]>) {
    std::fs::write(path.as_ref(), contents).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()));
}

/// The number after `label` in a dry run's summary (`8 records: 4 valid, 4 skipped...`).
fn count(summary: &str, label: &str) -> u64 {
    summary
        .split([',', ':', ';'])
        .map(str::trim)
        .find_map(|part| part.strip_suffix(label).and_then(|n| n.trim().parse().ok()))
        .unwrap_or_else(|| panic!("no '{label}' in {summary:?}"))
}

#[test]
fn every_mode_on_the_malformed_corpus_matches_its_dry_run_and_abort_changes_nothing() {
    let dir = root().join("tests/fixtures/malformed");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    let mut refused_in_abort = 0;
    for file in &files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let format = name.rsplit('.').next().unwrap_or_default().to_owned();
        for mode in ["abort", "skip", "permissive"] {
            let env = Env::new();
            let options = ["--schema", SCHEMA, "--mode", "materialized", "--error-mode", mode];
            let dry = env.create_external("T", file, &format, &[&options[..], &["--dry-run"]].concat());
            let dry_out = text(&dry.stdout);
            let dry_err = text(&dry.stderr);
            assert!(matches!(dry.status.code(), Some(0 | 1)), "{name} {mode}: {dry_err}");
            assert!(env.tables().is_empty(), "{name} {mode}: a dry run created the table");
            let real = env.create_external("T", file, &format, &options);
            let stderr = text(&real.stderr);
            assert!(matches!(real.status.code(), Some(0 | 1)), "{name} {mode}: {stderr}");
            assert!(!stderr.contains("panicked"), "{name} {mode}: {stderr}");
            if real.status.success() {
                assert!(dry.status.success(), "{name} {mode}: the dry run failed but the load did not: {dry_err}");
                let rows: u64 = env.get("T", "rows").parse().unwrap_or(u64::MAX);
                assert_eq!(rows, count(&dry_out, "valid"), "{name} {mode}: dry run {dry_out}");
                let bad = count(&dry_out, "skipped") + count(&dry_out, "kept with nulls");
                if bad > 0 {
                    assert_ne!(mode, "abort", "{name}: abort mode loaded a file with bad records");
                    assert!(stderr.contains(&name), "{name} {mode}: the report names the file: {stderr}");
                }
            } else {
                assert!(stderr.starts_with("error: ") && stderr.contains(&name), "{name} {mode}: {stderr}");
                assert!(env.tables().is_empty(), "{name} {mode}: a failed create left a table");
                let leftovers = std::fs::read_dir(env.catalog().join("tables")).map(|d| d.count()).unwrap_or(0);
                assert_eq!(leftovers, 0, "{name} {mode}: a failed create left files");
                if mode == "abort" {
                    refused_in_abort += 1;
                    assert!(!dry.status.success(), "{name}: the dry run passed but abort mode failed: {stderr}");
                }
            }
        }
    }
    assert!(refused_in_abort >= 20, "only {refused_in_abort} corpus files were refused in abort mode");
}

#[test]
fn skip_and_permissive_counts_and_contents_are_exact() {
    let env = Env::new();
    let data = env.dir_path("data");
    put(
        data.join("a.csv"),
        "time,customer,amount\n\
         2024-01-01T10:00:00Z,alice,10.5\n\
         2024-01-01T11:00:00Z,bob,oops\n\
         2024-01-01T12:00:00Z,,4\n\
         yesterday,bob,5\n\
         2024-01-01T13:00:00Z,bob,6,extra\n\
         2024-01-01T14:00:00Z,carol,\n\
         2024-01-01T15:00:00Z,alice,1\n",
    );
    let query = "{ amount: T.amount, total: sum(T.amount), n: count(T) }";
    // Skip: only the clean records (carol's empty amount is a null, not a bad value).
    let out = env.create_external("T", &data, "csv", &["--schema", SCHEMA, "--error-mode", "skip"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows = env.ok(&["query", query]);
    assert_eq!(
        rows,
        "_time,_key,amount,total,n\n\
         2024-01-01T10:00:00.000000000Z,alice,10.5,10.5,1\n\
         2024-01-01T14:00:00.000000000Z,carol,,,1\n\
         2024-01-01T15:00:00.000000000Z,alice,1.0,11.5,2\n"
    );
    let warned = text(&env.fenl(&["query", query]).stderr);
    for needle in [
        "T: skipped 4 bad records",
        "a.csv:3: column 'amount': cannot parse \"oops\" as f64",
        "a.csv:4: column 'customer': the entity key is null",
        "a.csv:5: column 'time': cannot parse \"yesterday\" as a time",
        "a.csv:6: expected 3 fields, found 4",
    ] {
        assert!(warned.contains(needle), "missing {needle:?} in {warned}");
    }
    // Permissive: bob's bad amount becomes null; the record without a key or time still goes.
    env.ok(&["table", "delete", "T"]);
    let out = env.create_external(
        "T",
        &data,
        "csv",
        &["--schema", SCHEMA, "--error-mode", "permissive", "--mode", "materialized"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("loaded 4 rows from 1 file"), "{}", text(&out.stdout));
    let report = text(&out.stderr);
    assert!(report.contains("skipped 3 bad records"), "{report}");
    assert!(report.contains("kept 1 record with null in fields that did not parse"), "{report}");
    assert_eq!(
        env.ok(&["query", query]),
        "_time,_key,amount,total,n\n\
         2024-01-01T10:00:00.000000000Z,alice,10.5,10.5,1\n\
         2024-01-01T11:00:00.000000000Z,bob,,,1\n\
         2024-01-01T14:00:00.000000000Z,carol,,,1\n\
         2024-01-01T15:00:00.000000000Z,alice,1.0,11.5,2\n"
    );
    // Abort: nothing is created, and the error says where.
    env.ok(&["table", "delete", "T"]);
    let out = env.create_external("T", &data, "csv", &["--schema", SCHEMA, "--mode", "materialized"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("a.csv:3: column 'amount': cannot parse \"oops\" as f64"));
    assert!(env.tables().is_empty());
    // --max-bad-rows turns too many into a failure.
    let out = env.create_external(
        "T",
        &data,
        "csv",
        &["--schema", SCHEMA, "--error-mode", "skip", "--mode", "materialized", "--max-bad-rows", "3"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("more than --max-bad-rows 3"), "{}", text(&out.stderr));
    assert!(env.tables().is_empty());
}

#[test]
fn parsing_options_infer_only_and_formats() {
    let env = Env::new();
    let data = env.dir_path("semi");
    put(
        data.join("x.txt"),
        "# exported by the till\n\
         31/01/2024 09:30;alice;'1;5'\n\
         # a comment in the middle\n\
         01/02/2024 10:00;bob;NA\n",
    );
    let options = [
        "--delimiter",
        ";",
        "--quote",
        "'",
        "--no-header",
        "--comment",
        "#",
        "--null-string",
        "NA",
        "--time-format",
        "%d/%m/%Y %H:%M",
        "--schema",
        "time:timestamp,customer:string,note:string",
    ];
    let out = env.create_external("Till", &data, "csv", &[&options[..], &["--infer-only"]].concat());
    assert_eq!(
        text(&out.stdout),
        "schema of Till (nothing was created):\n  time: timestamp_us\n  customer: string\n  note: string\n"
    );
    assert!(env.tables().is_empty());
    let out = env.create_external("Till", &data, "csv", &options);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        env.ok(&["query", "{ note: Till.note }"]),
        "_time,_key,note\n\
         2024-01-31T09:30:00.000000000Z,alice,1;5\n\
         2024-02-01T10:00:00.000000000Z,bob,\n"
    );
    // An escape character inside quotes.
    let escaped = env.dir_path("escaped");
    put(escaped.join("e.csv"), "time,customer,note\n2024-01-01T00:00:00Z,a,\"say \\\"hi\\\", ok\"\n");
    assert!(env.create_external("Esc", &escaped, "csv", &["--escape", "\\"]).status.success());
    assert_eq!(
        env.ok(&["query", "{ note: Esc.note }", "--output", "jsonl"]),
        "{\"_time\":\"2024-01-01T00:00:00Z\",\"_key\":\"a\",\"note\":\"say \\\"hi\\\", ok\"}\n"
    );
    // Inference from a JSON-lines file, and a Parquet file written by fenl itself.
    let json = env.dir_path("json");
    put(
        json.join("e.jsonl"),
        "{\"time\":\"2024-01-01T00:00:00Z\",\"customer\":\"a\",\"amount\":2}\n\
         {\"time\":\"2024-01-02T00:00:00Z\",\"customer\":\"a\",\"amount\":3.5}\n",
    );
    let out = env.create_external("J", &json, "jsonl", &["--infer-only"]);
    assert_eq!(
        text(&out.stdout),
        "schema of J (nothing was created):\n  time: timestamp_us\n  customer: string\n  amount: f64\n",
        "inferred in the file's order"
    );
    assert!(env.create_external("J", &json, "jsonl", &[]).status.success());
    // A JSON array of objects reads like JSON lines; reports number its elements.
    let array = env.dir_path("array").join("a.json");
    put(
        &array,
        "[\n {\"time\": \"2024-01-01T00:00:00Z\", \"customer\": \"a\", \"amount\": 1},\n          {\"time\": \"never\", \"customer\": \"a\", \"amount\": 2},\n          {\"time\": \"2024-01-03T00:00:00Z\", \"customer\": \"b\", \"amount\": 4}\n]\n",
    );
    let out = env.create_external("A", &array, "jsonl", &["--error-mode", "skip", "--mode", "materialized"]);
    assert!(text(&out.stdout).contains("loaded 2 rows"), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("a.json:2: column 'time': cannot parse \"never\""), "{}", text(&out.stderr));
    let parquet = env.dir_path("parquet").join("j.parquet");
    env.ok(&[
        "query",
        "{ time: J.time, customer: J.customer, amount: J.amount }",
        "--output",
        "parquet",
        "--out",
        &parquet.to_string_lossy(),
    ]);
    assert!(env.create_external("P", &parquet, "parquet", &[]).status.success());
    assert_eq!(
        env.ok(&["query", "{ total: sum(P.amount) }", "--results", "snapshot"]),
        "_time,_key,total\n2024-01-02T00:00:00.000000000Z,a,5.5\n"
    );
    // Bad flags are usage or argument errors that create nothing.
    for (extra, needle) in [
        (&["--delimiter", "ab"][..], "expected one ASCII character"),
        (&["--time-format", "%Q"][..], "not a valid chrono format"),
        (&["--schema", "time:decimal"][..], "unknown type 'decimal'"),
        (&["--schema", "amount:f64"][..], "the time column 'time' is not among the columns"),
        (&["--primary-key", "nope"][..], "the primary key column 'nope'"),
        (&["--refresh-on-start"][..], "--refresh-on-start is for materialized tables"),
    ] {
        let csv = env.dir_path("csv");
        put(csv.join("a.csv"), "time,customer,amount\n2024-01-01T00:00:00Z,a,1\n");
        let out = env.create_external("Bad", &csv, "csv", extra);
        assert_eq!(out.status.code(), Some(1), "{extra:?}");
        assert!(text(&out.stderr).contains(needle), "{extra:?}: {}", text(&out.stderr));
    }
    let out = env.create_external("Bad", &json, "parquet", &["--delimiter", ";"]);
    assert!(text(&out.stderr).contains("--delimiter applies to --format csv only"));
    let out = env.create_external("Bad", &env.dir.path().join("nowhere"), "csv", &[]);
    assert!(text(&out.stderr).contains("is neither a file, a directory nor a glob"), "{}", text(&out.stderr));
    assert!(!env.tables().contains("Bad"));
    // External tables take rows from their files only.
    let out = env.fenl(&["table", "load", "J", &json.join("e.jsonl").to_string_lossy()]);
    assert!(text(&out.stderr).contains("is an external table"));
    let out = env.fenl(&["table", "refresh", "J"]);
    assert!(text(&out.stderr).contains("logical external table"), "{}", text(&out.stderr));
}

#[test]
fn primary_keys_reject_existing_records_and_keep_the_first_duplicate() {
    let env = Env::new();
    let data = env.dir_path("orders");
    put(
        data.join("1.csv"),
        "time,customer,order,amount\n\
         2024-01-01T00:00:00Z,a,o1,1\n\
         2024-01-01T01:00:00Z,a,o2,2\n\
         2024-01-01T02:00:00Z,b,o1,30\n\
         2024-01-01T03:00:00Z,b,o3,3\n",
    );
    let out = env.create_external("O", &data, "csv", &["--mode", "materialized", "--primary-key", "order"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("loaded 3 rows"), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("dropped 1 record whose primary key was already loaded"));
    put(data.join("2.csv"), "time,customer,order,amount\n2024-01-02T00:00:00Z,c,o3,99\n2024-01-02T01:00:00Z,c,o4,4\n");
    let out = env.fenl(&["table", "refresh", "O"]);
    assert!(text(&out.stdout).contains("loaded 1 row from 1 new or changed file"), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("dropped 1 record"));
    assert_eq!(
        env.ok(&["query", "{ order: O.order, amount: O.amount }"]),
        "_time,_key,order,amount\n\
         2024-01-01T00:00:00.000000000Z,a,o1,1\n\
         2024-01-01T01:00:00.000000000Z,a,o2,2\n\
         2024-01-01T03:00:00.000000000Z,b,o3,3\n\
         2024-01-02T01:00:00.000000000Z,c,o4,4\n"
    );
}

#[test]
fn logical_tables_follow_their_files_and_materialized_ones_refresh_incrementally() {
    let env = Env::new();
    let data = env.dir_path("exports");
    let day = |d: u32, amount: u32| format!("time,customer,amount\n2024-01-{d:02}T00:00:00Z,a,{amount}\n");
    put(data.join("d1.csv"), day(1, 1));
    let glob = data.join("*.csv");
    assert!(env.create_external("L", &glob, "csv", &[]).status.success());
    assert!(env.create_external("M", &glob, "csv", &["--mode", "materialized"]).status.success());
    let total = |t: &str| env.ok(&["query", &format!("{{ total: sum({t}.amount) }}"), "--results", "snapshot"]);
    assert!(total("L").ends_with(",a,1\n"));
    // A new file: the logical table sees it at once; the materialized one after a refresh.
    put(data.join("d2.csv"), day(2, 10));
    put(data.join(".d3.csv.tmp"), day(3, 1000));
    assert!(total("L").ends_with(",a,11\n"), "{}", total("L"));
    assert!(total("M").ends_with(",a,1\n"));
    let out = env.ok(&["table", "refresh", "M", "--dry-run"]);
    assert!(out.contains("1 new or changed file, 1 record: 1 valid"), "{out}");
    assert_eq!(env.get("M", "version"), "0");
    assert!(env.ok(&["table", "refresh", "M"]).contains("loaded 1 row from 1 new or changed file (version 1)"));
    assert!(total("M").ends_with(",a,11\n"));
    assert_eq!(env.ok(&["table", "refresh", "M"]), "M is up to date (2 files)\n");
    // In abort mode a bad new file fails the refresh and leaves the table as it was.
    put(data.join("bad.csv"), "time,customer,amount\n2024-01-03T00:00:00Z,a,lots\n");
    let out = env.fenl(&["table", "refresh", "M"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bad.csv:2: column 'amount': cannot parse \"lots\" as i64"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!((env.get("M", "version"), env.get("M", "rows")), ("1".to_owned(), "2".to_owned()));
    std::fs::remove_file(data.join("bad.csv")).unwrap_or_else(|e| panic!("{e}"));
    // A changed file replaces its rows; a vanished one takes them away; --full reloads all.
    put(data.join("d2.csv"), day(2, 20));
    let out = env.ok(&["table", "refresh", "M"]);
    assert!(
        out.contains("loaded 1 row from 1 new or changed file, removed 1 row of 1 changed or vanished file"),
        "{out}"
    );
    assert!(total("M").ends_with(",a,21\n"));
    std::fs::remove_file(data.join("d1.csv")).unwrap_or_else(|e| panic!("{e}"));
    env.ok(&["table", "refresh", "M"]);
    assert!(total("M").ends_with(",a,20\n"));
    assert!(total("L").ends_with(",a,20\n"));
    assert!(env.ok(&["table", "refresh", "M", "--full"]).contains("loaded 1 row from 1 new or changed file"));
    assert_eq!(env.get("M", "rows"), "1");
    // A logical table switched to materialized loads its files; and back, it reads them again.
    let out = env.ok(&["table", "set-mode", "L", "materialized"]);
    assert!(out.contains("L is materialized: loaded 1 row from 1 file (version 1)"), "{out}");
    assert_eq!(env.get("L", "rows"), "1");
    put(data.join("d4.csv"), day(4, 100));
    assert!(total("L").ends_with(",a,20\n"));
    assert!(env.ok(&["table", "refresh", "L"]).contains("loaded 1 row"));
    assert!(total("L").ends_with(",a,120\n"));
    assert!(env.ok(&["table", "set-mode", "L", "logical"]).contains("L is logical"));
    put(data.join("d5.csv"), day(5, 1000));
    assert!(total("L").ends_with(",a,1120\n"));
    assert!(text(&env.fenl(&["table", "set-mode", "L", "logical"]).stderr).contains("already logical"));
    // Deleting the tables never touches the files.
    env.ok(&["table", "delete", "L"]);
    env.ok(&["table", "delete", "M"]);
    assert!(data.join("d2.csv").exists());
}

#[test]
fn refresh_on_start_and_spilled_sorts() {
    let env = Env::new();
    let data = env.dir_path("shuffled");
    // Two files of rows in reverse time order: every run must be sorted, and merged.
    for f in 0..2 {
        let mut csv = String::from("time,customer,amount\n");
        for i in (0..3000).rev() {
            csv.push_str(&format!(
                "2024-01-01T{:02}:{:02}:{:02}Z,c{},{}\n",
                i / 3600,
                (i / 60) % 60,
                i % 60,
                (i + f) % 7,
                i
            ));
        }
        put(data.join(format!("{f}.csv")), csv);
    }
    assert!(env.create_external("L", &data, "csv", &[]).status.success());
    assert!(env.create_external("M", &data, "csv", &["--mode", "materialized", "--refresh-on-start"]).status.success());
    let query = |t: &str, memory: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_fenl"))
            .args(["query", &format!("{{ n: count({t}), total: sum({t}.amount) }}")])
            .env("FENL_CATALOG", env.catalog())
            .env("FENL_SORT_MEMORY", memory)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "{}", text(&out.stderr));
        (text(&out.stdout), text(&out.stderr))
    };
    let (in_memory, _) = query("L", "1000000000");
    let (spilled, _) = query("L", "1");
    let (materialized, _) = query("M", "1000000000");
    assert_eq!(in_memory.lines().count(), 6001);
    assert_eq!(in_memory, spilled);
    assert_eq!(in_memory, materialized);
    // A query refreshes M first when it is marked --refresh-on-start.
    put(data.join("late.csv"), "time,customer,amount\n2024-01-02T00:00:00Z,c1,5\n");
    let (rows, notes) = query("M", "1000000000");
    assert!(notes.contains("refreshed M: loaded 1 row from 1 new or changed file (version 1)"), "{notes}");
    assert_eq!(rows.lines().count(), 6002);
}

#[test]
fn subscriptions_load_every_file_once_across_kills_and_can_pause_and_cancel() {
    let env = Env::new();
    let inbox = env.dir_path("inbox");
    let file = |i: usize| format!("time,customer,amount\n2024-01-01T00:00:{:02}Z,c{},{i}\n", i % 60, i % 3);
    put(inbox.join("f000.csv"), file(0));
    assert!(env.create_external("S", &inbox, "csv", &["--mode", "materialized"]).status.success());
    let start = || {
        Command::new(env!("CARGO_BIN_EXE_fenl"))
            .args(["table", "subscribe", "S", "--interval-ms", "20", "--settle-ms", "0"])
            .env("FENL_CATALOG", env.catalog())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let files = 40;
    let mut child = start();
    for i in 1..files {
        // Written under a temporary name, renamed into place when complete.
        let tmp = inbox.join(format!(".f{i:03}.tmp"));
        put(&tmp, file(i));
        std::fs::rename(&tmp, inbox.join(format!("f{i:03}.csv"))).unwrap_or_else(|e| panic!("{e}"));
        std::thread::sleep(std::time::Duration::from_millis(7 + (i as u64 * 13) % 40));
        if i % 8 == 0 {
            // SIGKILL at an arbitrary moment, then start again.
            let _ = child.kill();
            let _ = child.wait();
            child = start();
        }
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while env.get("S", "rows") != files.to_string() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(env.get("S", "rows"), files.to_string());
    // Every file's row exactly once.
    let amounts = env.ok(&["query", "{ amount: S.amount }", "--output", "csv"]);
    let mut seen: Vec<u64> = amounts.lines().skip(1).filter_map(|l| l.rsplit(',').next()?.parse().ok()).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..files as u64).collect::<Vec<_>>());
    // Paused, it loads nothing; resumed, it does; cancelled, the subscriber exits.
    assert_eq!(env.get("S", "subscription"), "active");
    env.ok(&["table", "pause", "S"]);
    std::thread::sleep(std::time::Duration::from_millis(200));
    put(inbox.join("g.csv"), file(59));
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(env.get("S", "rows"), files.to_string());
    env.ok(&["table", "resume", "S"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while env.get("S", "rows") != (files + 1).to_string() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(env.get("S", "rows"), (files + 1).to_string());
    env.ok(&["table", "cancel", "S"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap_or_else(|e| panic!("{e}")) {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.is_some_and(|s| s.success()), "the subscriber did not exit after cancel");
    assert!(!env.ok(&["table", "get", "S"]).contains("subscription:"));
    let out = env.fenl(&["table", "pause", "S"]);
    assert!(text(&out.stderr).contains("has no subscription"));
}

/// Puts objects into the CI's S3 endpoint with boto3 (the test peers' Python, see .ci/run).
fn put_objects(bucket: &str, objects: &[(&str, &str)]) {
    let python = std::env::var("FENL_DELTA_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let script = "import boto3, json, os, sys\n\
        s3 = boto3.client('s3', endpoint_url=os.environ['AWS_ENDPOINT'])\n\
        for key, body in json.load(sys.stdin):\n    s3.put_object(Bucket=sys.argv[1], Key=key, Body=body.encode())\n";
    let mut child = Command::new(python)
        .args(["-c", script, bucket])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let body = serde_json::to_string(objects).unwrap_or_default();
    if let Some(mut stdin) = child.stdin.take() {
        std::io::Write::write_all(&mut stdin, body.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(child.wait().is_ok_and(|s| s.success()), "cannot put objects");
}

#[test]
fn external_tables_over_s3_prefixes() {
    let Some(bucket) = std::env::var("FENL_S3_BUCKET").ok() else {
        assert!(std::env::var_os("CI").is_none(), "CI must provide an S3 endpoint (see .ci/run)");
        return;
    };
    let env = Env::new();
    let prefix = format!("external-{}-{}", std::process::id(), chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0));
    let row = |d: u32, amount: u32| format!("time,customer,amount\n2024-01-{d:02}T00:00:00Z,a,{amount}\n");
    let (one, two) = (row(1, 1), row(2, 10));
    put_objects(
        &bucket,
        &[
            (&format!("{prefix}/d1.csv"), &one),
            (&format!("{prefix}/sub/d2.csv"), &two),
            (&format!("{prefix}/_tmp.csv"), "garbage"),
        ],
    );
    let url = format!("s3://{bucket}/{prefix}/");
    let glob = format!("s3://{bucket}/{prefix}/*.csv");
    let out = env.fenl(&[
        "table",
        "create-external",
        "L",
        "--path",
        &url,
        "--format",
        "csv",
        "--time-column",
        "time",
        "--entity-key-column",
        "customer",
    ]);
    assert!(text(&out.stdout).contains("over 2 files"), "{}{}", text(&out.stdout), text(&out.stderr));
    let out = env.fenl(&[
        "table",
        "create-external",
        "M",
        "--path",
        &glob,
        "--format",
        "csv",
        "--time-column",
        "time",
        "--entity-key-column",
        "customer",
        "--mode",
        "materialized",
    ]);
    assert!(text(&out.stdout).contains("loaded 1 row from 1 file"), "{}{}", text(&out.stdout), text(&out.stderr));
    let total = |t: &str| env.ok(&["query", &format!("{{ total: sum({t}.amount) }}"), "--results", "snapshot"]);
    assert!(total("L").ends_with(",a,11\n"), "{}", total("L"));
    assert!(total("M").ends_with(",a,1\n"), "{}", total("M"));
    put_objects(&bucket, &[(&format!("{prefix}/d3.csv"), &row(3, 100))]);
    assert!(total("L").ends_with(",a,111\n"));
    assert!(env.ok(&["table", "refresh", "M"]).contains("loaded 1 row from 1 new or changed file"));
    assert!(total("M").ends_with(",a,101\n"));
}
