//! `fenl repl`: an interactive session over the catalog (shared/spec/tools.md "REPL").
//!
//! [`Session`] is the backend: entries in, text out. On a terminal, [`editor`] drives it with a
//! rustyline line editor (history, completion, highlighting, hints, multi-line entries decided
//! by the parser); otherwise the lines of stdin are run as a script with the same rules.

mod editor;
mod session;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use fenl_catalog::Catalog;
pub use session::{Flow, Session};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Do not read or write the history file.
    #[arg(long)]
    no_history: bool,
}

pub fn run(catalog: Catalog, args: &Args) -> Result<ExitCode, String> {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut session = Session::new(catalog, color);
    if !std::io::stdin().is_terminal() {
        return Ok(scripted(&mut session, std::io::stdin().lock()));
    }
    let history = if args.no_history { None } else { history_path() };
    editor::interactive(session, history)
}

/// The history file: `FENL_HISTORY`, else `$XDG_STATE_HOME/fenl/history`, else
/// `~/.local/state/fenl/history`.
fn history_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("FENL_HISTORY") {
        return Some(PathBuf::from(path));
    }
    let state = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/state")))?;
    Some(state.join("fenl").join("history"))
}

/// Runs the lines of a non-terminal input: an entry ends when it parses as a whole expression
/// (or at an empty line); meta-commands are one line. Exit code 1 if any entry failed.
pub fn scripted(session: &mut Session, input: impl BufRead) -> ExitCode {
    let mut out = std::io::BufWriter::new(crate::stdout::Stdout);
    let mut err = std::io::stderr();
    let mut entry = String::new();
    let mut lines = input.lines();
    loop {
        let line = match lines.next() {
            Some(Ok(line)) => Some(line),
            Some(Err(e)) => {
                let _ = writeln!(err, "error: cannot read stdin: {e}");
                break;
            }
            None => None,
        };
        let Some(line) = line else {
            if !entry.trim().is_empty() {
                session.handle(&entry, &mut out, &mut err);
            }
            break;
        };
        if entry.trim().is_empty() && line.trim_start().starts_with('#') {
            continue;
        }
        let starts_command = entry.trim().is_empty() && is_command(&line);
        entry.push_str(&line);
        entry.push('\n');
        if starts_command || line.trim().is_empty() || !fenl_compiler::ide::is_incomplete(&entry) {
            let flow = session.handle(&entry, &mut out, &mut err);
            let _ = out.flush();
            entry.clear();
            if flow == Flow::Quit {
                break;
            }
        }
    }
    let _ = out.flush();
    if session.failures() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Whether a line is a meta-command (`.name …` or `\q`), which is always one line.
fn is_command(line: &str) -> bool {
    let line = line.trim_start();
    line == "\\q" || line.strip_prefix('.').is_some_and(|rest| rest.starts_with(|c: char| c.is_alphabetic()))
}
