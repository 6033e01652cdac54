//! End-to-end tests of the `fenl` binary: exit codes, output streams and formats.

#[path = "cli/catalog.rs"]
mod catalog;
#[path = "cli/external.rs"]
mod external;
#[path = "cli/lsp.rs"]
mod lsp;
#[path = "cli/materialize.rs"]
mod materialize;
#[path = "cli/repl.rs"]
mod repl;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn fenl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fenl"))
        .args(args)
        .current_dir(root())
        .env_remove("FENL_SCHEMA")
        .output()
        .unwrap_or_else(|e| panic!("cannot run fenl: {e}"))
}

fn fenl_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fenl"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run fenl: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        std::io::Write::write_all(&mut stdin, input).unwrap_or_else(|e| panic!("{e}"));
    }
    child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fenl-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{e}"));
    path
}

const SCHEMA: &str = "examples/schema.toml";

#[test]
fn check_accepts_the_examples() {
    for example in ["examples/features.fenl", "examples/daily_summary.fenl", "examples/live_features.fenl"] {
        let out = fenl(&["check", example, "--schema", SCHEMA]);
        assert!(out.status.success(), "{example}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("0 errors, 0 warnings"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn check_reports_errors_with_location_and_exit_code_1() {
    let path = temp_file("bad.fenl", b"let x = 1\nin Purchases.amout + x\n");
    let out = fenl(&["check", path.to_str().unwrap_or_default(), "--schema", SCHEMA]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("[E0001] Error: No field named 'amout'"), "{stderr}");
    assert!(stderr.contains("bad.fenl:2:14"), "{stderr}");
    assert!(stderr.contains("Nearest fields: 'amount'"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "no colour when stderr is not a terminal");
}

#[test]
fn check_json_lines_on_stdout() {
    let path = temp_file("json.fenl", "{ a: Purchases.amout,\r\n  b: summ(1) }".as_bytes());
    let out = fenl(&["check", path.to_str().unwrap_or_default(), "--schema", SCHEMA, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> =
        text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}"))).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["code"], "E0001");
    assert_eq!(lines[0]["severity"], "error");
    assert_eq!(lines[0]["span"]["start"], 15);
    assert_eq!(lines[0]["start"]["line"], 1);
    assert_eq!(lines[0]["start"]["column"], 16);
    assert_eq!(lines[1]["code"], "E0007");
    assert_eq!(lines[1]["start"]["line"], 2);
    assert_eq!(lines[1]["start"]["column"], 6);
}

#[test]
fn warnings_alone_exit_0() {
    let path = temp_file("warn.fenl", b"let unused = 1 in Purchases.amount\n");
    let out = fenl(&["check", path.to_str().unwrap_or_default(), "--schema", SCHEMA]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains("[W2001] Warning: Unused binding 'unused'"));
}

#[test]
fn invalid_utf8_is_located() {
    let path = temp_file("utf8.fenl", b"Purchases.amount\n  + \xff\xfe 1\n");
    let out = fenl(&["check", path.to_str().unwrap_or_default(), "--schema", SCHEMA]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("utf8.fenl:2:5: invalid UTF-8 (byte 0xff at offset 21)"), "{stderr}");
}

#[test]
fn missing_file_and_bad_schema_are_clear_errors() {
    let out = fenl(&["check", "no/such/file.fenl"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cannot read 'no/such/file.fenl'"));
    let schema = temp_file("schema.toml", b"[[table]]\nname = \"T\"\n");
    let out = fenl(&["check", "examples/features.fenl", "--schema", schema.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("invalid schema"), "{}", text(&out.stderr));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(fenl(&["check"]).status.code(), Some(2));
    assert_eq!(fenl(&["explain", "x.fenl", "--stage", "nope"]).status.code(), Some(2));
    assert_eq!(fenl(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn schema_from_the_environment() {
    let out = Command::new(env!("CARGO_BIN_EXE_fenl"))
        .args(["check", "examples/features.fenl"])
        .current_dir(root())
        .env("FENL_SCHEMA", SCHEMA)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn explain_every_stage_and_dot() {
    for stage in ["ast", "typed", "plan", "physical"] {
        let out = fenl(&["explain", "examples/features.fenl", "--schema", SCHEMA, "--stage", stage]);
        assert!(out.status.success(), "{stage}: {}", text(&out.stderr));
        assert!(!out.stdout.is_empty());
    }
    let physical =
        text(&fenl(&["explain", "examples/features.fenl", "--schema", SCHEMA, "--stage", "physical"]).stdout);
    for needle in [
        "scan Purchases",
        "tick daily",
        "lookup_request",
        "lookup_response",
        "with_key",
        "window since",
        "window trailing",
    ] {
        assert!(physical.contains(needle), "missing {needle} in\n{physical}");
    }
    let dot = text(&fenl(&["explain", "examples/features.fenl", "--schema", SCHEMA, "--format", "dot"]).stdout);
    assert!(dot.starts_with("digraph logical_plan {") && dot.trim_end().ends_with('}'));
    let dot = text(
        &fenl(&["explain", "examples/features.fenl", "--schema", SCHEMA, "--stage", "physical", "--format", "dot"])
            .stdout,
    );
    assert!(dot.starts_with("digraph physical_plan {"));
}

#[test]
fn explain_refuses_plans_of_queries_with_errors() {
    let path = temp_file("explain_bad.fenl", b"Purchases.amout\n");
    let out = fenl(&["explain", path.to_str().unwrap_or_default(), "--schema", SCHEMA]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("E0001"));
}

#[test]
fn fmt_rewrites_checks_and_reads_stdin() {
    let path = temp_file("fmt.fenl", b"# keep me\nlet a=Purchases.amount  # and me\nin {a,b:a*2}");
    let p = path.to_str().unwrap_or_default();
    assert_eq!(fenl(&["fmt", p, "--check"]).status.code(), Some(1));
    assert!(fenl(&["fmt", p]).status.success());
    let formatted = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(formatted, "# keep me\nlet a = Purchases.amount # and me\nin { a, b: a * 2 }\n");
    assert_eq!(fenl(&["fmt", p, "--check"]).status.code(), Some(0));
    let out = fenl_stdin(&["fmt", "-"], b"sum( Purchases.amount )");
    assert_eq!(text(&out.stdout), "sum(Purchases.amount)\n");
}

#[test]
fn fmt_refuses_text_with_syntax_errors_and_leaves_it_alone() {
    let original = b"{ a: 1,, }";
    let path = temp_file("fmt_bad.fenl", original);
    let out = fenl(&["fmt", path.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("E0011"));
    assert_eq!(std::fs::read(&path).unwrap_or_default(), original);
}

#[test]
fn deep_nesting_from_the_command_line() {
    let source = format!("{}Purchases.amount{}", "(".repeat(100_000), ")".repeat(100_000));
    let out = fenl_stdin(&["check", "-", "--schema", SCHEMA], source.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("nested too deeply"));
}
