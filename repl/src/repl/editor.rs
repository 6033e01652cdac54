//! The interactive line editor: rustyline with Fenl completion, highlighting, hints and
//! parser-driven multi-line entries, over a shared [`Session`].

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::atomic::Ordering;

use fenl_compiler::ide::{self, TokenClass};
use fenl_compiler::tables::TableProvider;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hinter, HistoryHinter};
use rustyline::history::DefaultHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{CompletionType, Config, Context, Editor, Helper};

use super::session::{Flow, Session, META_COMMANDS};

const PROMPT: &str = "fenl> ";

pub fn interactive(session: Session, history: Option<PathBuf>) -> Result<ExitCode, String> {
    let cancel = session.cancel_flag();
    let session = Rc::new(RefCell::new(session));
    let config = Config::builder().auto_add_history(false).completion_type(CompletionType::List).build();
    let mut editor: Editor<FenlHelper, DefaultHistory> =
        Editor::with_config(config).map_err(|e| format!("cannot start the line editor: {e}"))?;
    // Ctrl-C while a query runs cancels it; while editing, rustyline reads it as a key (raw
    // mode). Installed after the editor, which claims SIGINT for itself when it starts.
    ctrlc::set_handler(move || cancel.store(true, Ordering::SeqCst))
        .map_err(|e| format!("cannot install the Ctrl-C handler: {e}"))?;
    editor.set_helper(Some(FenlHelper { session: session.clone(), hinter: HistoryHinter::new() }));
    if let Some(path) = &history {
        if path.exists() {
            editor.load_history(path).map_err(|e| format!("cannot read history '{}': {e}", path.display()))?;
        }
    }
    {
        let session = session.borrow();
        let tables = session.catalog().table_names().len();
        println!(
            "fenl {} — {tables} table{} in {}. Type .help for commands, Ctrl-D to exit.",
            env!("CARGO_PKG_VERSION"),
            if tables == 1 { "" } else { "s" },
            session.catalog().location()
        );
    }
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    loop {
        match editor.readline(PROMPT) {
            Ok(entry) => {
                if !entry.trim().is_empty() {
                    let _ = editor.add_history_entry(entry.trim());
                    if let Some(path) = &history {
                        save_history(&mut editor, path);
                    }
                }
                let flow = session.borrow_mut().handle(&entry, &mut stdout, &mut stderr);
                let _ = stdout.flush();
                if flow == Flow::Quit {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(format!("cannot read input: {e}")),
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn save_history(editor: &mut Editor<FenlHelper, DefaultHistory>, path: &std::path::Path) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = editor.save_history(path) {
        eprintln!("warning: cannot write history '{}': {e}", path.display());
    }
}

struct FenlHelper {
    session: Rc<RefCell<Session>>,
    hinter: HistoryHinter,
}

impl Helper for FenlHelper {}

/// The expression part of an entry and where it starts: the whole entry, or what follows
/// `.type`, `.explain` and `.let NAME =`.
fn expression_part(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    if !trimmed.starts_with('.') {
        return Some(lead);
    }
    for command in [".type ", ".explain "] {
        if trimmed.starts_with(command) {
            return Some(lead + command.len());
        }
    }
    if trimmed.starts_with(".let ") {
        return trimmed.find('=').map(|eq| lead + eq + 1);
    }
    None
}

impl Completer for FenlHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let session = self.session.borrow();
        let trimmed = line[..pos].trim_start();
        if trimmed.starts_with('.') && !trimmed.contains(' ') {
            let start = pos - trimmed.len();
            let items = META_COMMANDS
                .iter()
                .map(|(usage, _)| usage.split(' ').next().unwrap_or(usage))
                .filter(|name| name.starts_with(trimmed))
                .map(|name| Pair { display: name.to_owned(), replacement: name.to_owned() })
                .collect();
            return Ok((start, items));
        }
        if let Some(rest) = trimmed.strip_prefix(".schema ").or_else(|| trimmed.strip_prefix(".load ")) {
            if !rest.contains(' ') {
                let items = session
                    .catalog()
                    .table_names()
                    .into_iter()
                    .filter(|name| name.starts_with(rest))
                    .map(|name| Pair { display: name.clone(), replacement: name })
                    .collect();
                return Ok((pos - rest.len(), items));
            }
        }
        let Some(start) = expression_part(line).filter(|s| *s <= pos) else { return Ok((pos, Vec::new())) };
        let (text, offset) = session.compose(&line[start..]);
        let completions = ide::complete(&text, offset + pos - start, session.catalog());
        let replace_start = (completions.replace.start + start).saturating_sub(offset);
        let items = completions
            .items
            .into_iter()
            .map(|c| Pair { display: format!("{:<24} {}", c.label, c.detail), replacement: c.label })
            .collect();
        Ok((replace_start, items))
    }
}

impl Hinter for FenlHelper {
    type Hint = String;

    /// At the end of the line: the signature of the function being called, else the rest of
    /// the latest history entry that starts with the line.
    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<String> {
        if pos < line.len() {
            return None;
        }
        if let Some(start) = expression_part(line) {
            let session = self.session.borrow();
            let (text, offset) = session.compose(&line[start..]);
            if let Some(help) = ide::signature_help(&text, offset + pos - start) {
                return Some(format!("   {}", help.signature));
            }
        }
        self.hinter.hint(line, pos, ctx)
    }
}

fn color(class: TokenClass) -> &'static str {
    match class {
        TokenClass::Keyword => "\x1b[35m",
        TokenClass::Function => "\x1b[36m",
        TokenClass::Name => "",
        TokenClass::Number => "\x1b[33m",
        TokenClass::String => "\x1b[32m",
        TokenClass::Comment => "\x1b[90m",
        TokenClass::Operator | TokenClass::Punctuation => "",
    }
}

impl Highlighter for FenlHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if line.trim_start().starts_with('.') && expression_part(line).is_none() {
            return Cow::Borrowed(line);
        }
        let mut out = String::with_capacity(line.len() * 2);
        let mut at = 0;
        for (span, class) in ide::highlight(line) {
            let code = color(class);
            if code.is_empty() || span.start < at || span.end > line.len() {
                continue;
            }
            out.push_str(&line[at..span.start]);
            out.push_str(code);
            out.push_str(&line[span.start..span.end]);
            out.push_str("\x1b[0m");
            at = span.end;
        }
        out.push_str(&line[at..]);
        Cow::Owned(out)
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("\x1b[90m{hint}\x1b[0m"))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        true
    }
}

impl Validator for FenlHelper {
    /// An entry continues while it is an unfinished expression; an empty line submits it.
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        if super::is_command(input) || input.ends_with('\n') || !ide::is_incomplete(input) {
            return Ok(ValidationResult::Valid(None));
        }
        Ok(ValidationResult::Incomplete)
    }
}
