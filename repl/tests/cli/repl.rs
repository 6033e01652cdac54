//! `fenl repl`: transcripts of scripted sessions (stdin not a terminal), the new user's path from
//! exploring to a saved script, and PTY sessions of the real line editor (completion, multi-line
//! entries, Ctrl-C during a query, history across restarts).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use super::catalog::{create_examples, Env};
use super::root;

/// Runs `fenl repl` in `dir` with `input` on stdin; stdout and stderr interleaved as a user
/// would see them, and the exit code.
fn session(env: &Env, input: &str) -> (String, Option<i32>) {
    let log = env.dir.path().join("session.log");
    let file = std::fs::File::create(&log).unwrap_or_else(|e| panic!("{e}"));
    let clone = file.try_clone().unwrap_or_else(|e| panic!("{e}"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_fenl"))
        .arg("repl")
        .current_dir(env.dir.path())
        .env("FENL_CATALOG", env.catalog())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(file)
        .stderr(clone)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run fenl: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        std::io::Write::write_all(&mut stdin, input.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }
    let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
    (std::fs::read_to_string(&log).unwrap_or_else(|e| panic!("{e}")), status.code())
}

#[test]
fn transcripts() {
    let env = Env::new();
    create_examples(&env);
    let dir = root().join("repl/tests/transcripts");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "repl"))
        .collect();
    names.sort();
    assert!(names.len() >= 3);
    for path in names {
        let input = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let (output, code) = session(&env, &input);
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        insta::with_settings!({
            snapshot_path => root().join("repl/tests/snapshots"),
            prepend_module_to_snapshot => false,
            description => format!("fenl repl < {name}.repl (exit code {code:?})"),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, output);
        });
    }
}

#[test]
fn a_saved_session_runs_with_fenl_run_and_gives_the_same_rows() {
    let env = Env::new();
    create_examples(&env);
    let input = "\
.tables
.schema Purchases
.let spend = sum(Purchases.amount)
.let visits = count(Purchases, window = since(daily()))
.let feature = { spend, visits, ratio: spend / visits }
.output csv
.limit 100000
feature | when(Purchases.amount > 100.0)
.save feature.fenl
";
    let (output, code) = session(&env, input);
    assert_eq!(code, Some(0), "{output}");
    assert!(output.contains("Purchases  (key customer_id: customer"), "{output}");
    assert!(output.contains("  amount: f64"), "{output}");
    let rows: String =
        output.lines().filter(|l| l.starts_with("2024-") || l.starts_with("_time")).map(|l| format!("{l}\n")).collect();
    assert!(rows.lines().count() > 100, "{output}");
    let saved = env.dir.path().join("feature.fenl");
    let script = std::fs::read_to_string(&saved).unwrap_or_else(|e| panic!("{e}"));
    assert!(script.starts_with("let spend = sum(Purchases.amount)\n"), "{script}");
    let run = env.ok(&["run", &saved.to_string_lossy(), "--output", "csv"]);
    assert_eq!(run, rows);
}

#[test]
fn a_failing_entry_makes_a_scripted_session_exit_1() {
    let env = Env::new();
    create_examples(&env);
    let (output, code) = session(&env, "count(Purchases.nope)\n");
    assert_eq!(code, Some(1), "{output}");
    let (output, code) = session(&env, ".limit 1\ncount(Purchases)\n\\q\nthis is never read(\n");
    assert_eq!(code, Some(0), "{output}");
}

#[test]
fn load_appends_to_a_table_in_one_commit() {
    let env = Env::new();
    env.ok(&["table", "create", "Clicks", "--time-column", "t", "--entity-key-column", "user"]);
    let file = env.write("clicks.csv", "t,user,page\n2024-03-01T10:00:00Z,u1,home\n2024-03-01T10:05:00Z,u2,cart\n");
    let input = format!(".load Clicks {file}\n.output csv\ncount(Clicks)\n.load Clicks {file}\n.results snapshot\ncount(Clicks)\n.load Clicks missing.csv\n");
    let (output, code) = session(&env, &input);
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains("loaded 2 rows into Clicks (version 1)"), "{output}");
    assert!(output.contains("loaded 2 rows into Clicks (version 2)"), "{output}");
    assert!(output.contains("2024-03-01T10:05:00.000000000Z,u2,2"), "{output}");
    assert!(output.contains("missing.csv"), "{output}");
    assert_eq!(env.ok(&["table", "get", "Clicks"]).lines().find(|l| l.starts_with("version:")), Some("version: 2"));
}

/// The real terminal: rustyline in a pseudo-terminal.
mod pty {
    use super::*;
    use rexpect::session::PtySession;

    fn spawn(env: &Env, history: &Path) -> PtySession {
        let mut command = Command::new(env!("CARGO_BIN_EXE_fenl"));
        command
            .arg("repl")
            .current_dir(env.dir.path())
            .env("FENL_CATALOG", env.catalog())
            .env("FENL_HISTORY", history)
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        let mut session =
            rexpect::session::spawn_command(command, Some(30_000)).unwrap_or_else(|e| panic!("cannot spawn: {e}"));
        session.exp_string("Type .help for commands").unwrap_or_else(|e| panic!("no banner: {e}"));
        session
    }

    #[track_caller]
    fn expect(session: &mut PtySession, what: &str) -> String {
        session.exp_string(what).unwrap_or_else(|e| panic!("expected {what:?}: {e}"))
    }

    #[track_caller]
    fn send(session: &mut PtySession, keys: &str) {
        session.send(keys).unwrap_or_else(|e| panic!("{e}"));
        session.flush().unwrap_or_else(|e| panic!("{e}"));
    }

    /// Types `keys` once the editor shows its prompt (input sent earlier could be flushed when
    /// the terminal switches to raw mode).
    #[track_caller]
    fn at_prompt(session: &mut PtySession, keys: &str) {
        expect(session, "fenl> ");
        send(session, keys);
    }

    /// A table large enough that a windowed query over it runs for a while in a debug build.
    fn big_table(env: &Env) {
        let mut csv = String::from("time,k,x\n");
        for i in 0..300_000u32 {
            csv.push_str(&format!(
                "2024-01-{:02}T{:02}:{:02}:00Z,k{},{}\n",
                1 + i / 86_400 % 28,
                i / 3600 % 24,
                i / 60 % 60,
                i % 4999,
                i % 97
            ));
        }
        let path = env.write("big.csv", &csv);
        env.ok(&["table", "create", "Big", "--time-column", "time", "--entity-key-column", "k"]);
        env.ok(&["table", "load", "Big", &path]);
    }

    #[test]
    fn completion_multi_line_cancel_and_history() {
        let env = Env::new();
        create_examples(&env);
        big_table(&env);
        let history = env.dir.path().join("history");
        let mut p = spawn(&env, &history);
        // A field completes after `Purchases.`.
        at_prompt(&mut p, ".type Purchases.amo\t");
        std::thread::sleep(Duration::from_millis(300));
        send(&mut p, "\r");
        expect(&mut p, "f64 (discrete, grouping customer)");
        // An unfinished expression continues on the next line.
        at_prompt(&mut p, ".limit 2\r");
        at_prompt(&mut p, "{ n: count(Purchases),\r");
        std::thread::sleep(Duration::from_millis(300));
        send(&mut p, "  total: sum(Purchases.amount) }\r");
        expect(&mut p, "3000 rows (first 2 shown)");
        // Ctrl-C during a long query cancels it and keeps the session.
        at_prompt(&mut p, "{ a: sum(Big.x, window = sliding(1000, true)), b: count(Big, window = since(hourly())) }\r");
        // The editor turns bracketed paste off when it hands the entry over: the query is running.
        expect(&mut p, "\x1b[?2004l");
        std::thread::sleep(Duration::from_millis(100));
        p.send_control('c').unwrap_or_else(|e| panic!("{e}"));
        expect(&mut p, "query cancelled");
        at_prompt(&mut p, ".type count(Reviews)\r");
        expect(&mut p, "u32 (continuous, grouping customer)");
        at_prompt(&mut p, "");
        p.send_control('d').unwrap_or_else(|e| panic!("{e}"));
        p.exp_eof().unwrap_or_else(|e| panic!("{e}"));
        let saved = std::fs::read_to_string(&history).unwrap_or_else(|e| panic!("{e}"));
        assert!(saved.contains(".type count(Reviews)"), "{saved}");
        // History survives a restart: Up recalls the last entry.
        let mut p = spawn(&env, &history);
        at_prompt(&mut p, "\x1b[A");
        std::thread::sleep(Duration::from_millis(300));
        send(&mut p, "\r");
        expect(&mut p, "u32 (continuous, grouping customer)");
        at_prompt(&mut p, ".quit\r");
        p.exp_eof().unwrap_or_else(|e| panic!("{e}"));
    }
}
