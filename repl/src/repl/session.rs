//! The REPL's backend: one session of bindings and settings, fed whole entries (an expression
//! or a meta-command) and writing what a user sees. The line editor and the scripted mode both
//! drive it; transcript tests drive it directly.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use fenl_catalog::{Catalog, Format, Input};
use fenl_compiler::diagnostics::{render, Diagnostic, Span};
use fenl_compiler::tables::TableProvider;
use fenl_runtime::{ResultMode, RunOptions};

/// What the driver should do after an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// The meta-commands, with their help lines (also offered by completion).
pub const META_COMMANDS: [(&str, &str); 14] = [
    (".help", "show this help"),
    (".tables", "list the catalog's tables"),
    (".schema NAME", "show a table's columns and roles"),
    (".load NAME FILE", "load a CSV / Parquet / JSON-lines file into a table"),
    (".explain EXPR", "show the physical plan of an expression"),
    (".type EXPR", "show the type of an expression"),
    (".output table|csv|jsonl", "how results are printed"),
    (".results history|snapshot", "every point, or the final value per entity"),
    (".timer on|off", "print how long each query took"),
    (".limit N", "rows shown of each result (default 40)"),
    (".let NAME = EXPR", "bind a name for later entries"),
    (".bindings", "list the session's bindings"),
    (".save FILE", "write the bindings and the last query as a .fenl script"),
    (".quit", "leave (also \\q or Ctrl-D)"),
];

/// One REPL session.
pub struct Session {
    catalog: Catalog,
    /// `let` bindings in definition order: name and the text of its value.
    bindings: Vec<(String, String)>,
    last_query: Option<String>,
    output: String,
    results: ResultMode,
    timer: bool,
    limit: usize,
    color: bool,
    cancel: Arc<AtomicBool>,
    failures: usize,
}

type Out<'a> = &'a mut dyn Write;

impl Session {
    pub fn new(catalog: Catalog, color: bool) -> Session {
        Session {
            catalog,
            bindings: Vec::new(),
            last_query: None,
            output: "table".to_owned(),
            results: ResultMode::History,
            timer: false,
            limit: 40,
            color,
            cancel: Arc::new(AtomicBool::new(false)),
            failures: 0,
        }
    }

    /// The flag Ctrl-C sets to stop the running query.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        self.cancel.clone()
    }

    /// How many entries failed (errors in the text, or while running).
    pub fn failures(&self) -> usize {
        self.failures
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The source text the checker sees for `body`: the session's bindings, then `body`; and
    /// where `body` starts in it.
    pub fn compose(&self, body: &str) -> (String, usize) {
        if self.bindings.is_empty() {
            return (body.to_owned(), 0);
        }
        let mut text = String::new();
        for (name, value) in &self.bindings {
            text.push_str(&binding_text(name, value).0);
        }
        text.push_str("in (\n");
        let start = text.len();
        text.push_str(body);
        text.push_str("\n)");
        (text, start)
    }

    /// Handles one entry: a meta-command (starting with `.` or `\q`) or an expression.
    pub fn handle(&mut self, entry: &str, out: Out<'_>, err: Out<'_>) -> Flow {
        let entry = entry.trim();
        if entry.lines().all(|line| line.trim().is_empty() || line.trim_start().starts_with('#')) {
            return Flow::Continue;
        }
        if entry == "\\q" {
            return Flow::Quit;
        }
        let result = match entry.strip_prefix('.').filter(|rest| rest.starts_with(|c: char| c.is_alphabetic())) {
            Some(command) => self.meta(command, out, err),
            None => self.query(entry, out, err),
        };
        match result {
            Ok(flow) => flow,
            Err(message) => {
                self.failures += 1;
                let _ = writeln!(err, "error: {message}");
                Flow::Continue
            }
        }
    }

    fn meta(&mut self, command: &str, out: Out<'_>, err: Out<'_>) -> Result<Flow, String> {
        let (name, rest) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
        let rest = rest.trim();
        let w = |e: std::io::Error| e.to_string();
        match name {
            "help" => {
                writeln!(out, "Enter a Fenl expression to see its rows, or a meta-command:").map_err(w)?;
                for (usage, what) in META_COMMANDS {
                    writeln!(out, "  {usage:<28} {what}").map_err(w)?;
                }
                writeln!(out, "An unfinished expression continues on the next line; an empty line submits it.")
                    .map_err(w)?;
            }
            "quit" | "exit" => return Ok(Flow::Quit),
            "tables" => {
                let names = self.catalog.list_tables(None).map_err(|e| e.to_string())?;
                if names.is_empty() {
                    writeln!(out, "(no tables; create one with `fenl table create`)").map_err(w)?;
                }
                for name in names {
                    match TableProvider::table(&self.catalog, &name) {
                        Some(t) => writeln!(
                            out,
                            "{name}  (key {}: {}, time {}, {} columns)",
                            t.key_column,
                            t.grouping,
                            t.time_column,
                            t.columns.len()
                        )
                        .map_err(w)?,
                        None => writeln!(out, "{name}").map_err(w)?,
                    }
                }
            }
            "schema" => {
                let table = TableProvider::table(&self.catalog, rest).ok_or_else(|| self.unknown_table(rest))?;
                writeln!(out, "{}  (grouping {})", table.name, table.grouping).map_err(w)?;
                for (column, ty) in &table.columns {
                    let role = if *column == table.time_column {
                        "  time"
                    } else if *column == table.key_column {
                        "  entity key"
                    } else if table.subsort_column.as_deref() == Some(column.as_str()) {
                        "  subsort"
                    } else {
                        ""
                    };
                    writeln!(out, "  {column}: {ty}{role}").map_err(w)?;
                }
            }
            "load" => {
                let mut words = rest.split_whitespace();
                let (Some(table), Some(_)) = (words.next(), words.clone().next()) else {
                    return Err(".load takes a table name and one or more files: .load NAME FILE".to_owned());
                };
                let inputs = words
                    .map(|f| Input::new(f, None::<Format>))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| e.to_string())?;
                let report = self.catalog.load(table, &inputs, &|_| {}).map_err(|e| e.to_string())?;
                writeln!(out, "loaded {} rows into {table} (version {})", report.rows, report.version).map_err(w)?;
            }
            "explain" | "type" => {
                if rest.is_empty() {
                    return Err(format!(".{name} takes an expression"));
                }
                let (text, start) = self.compose(rest);
                let analysis = fenl_compiler::analyze(&text, &self.catalog);
                if analysis.has_errors() {
                    self.report(&analysis.diagnostics, rest, start, err);
                    return Ok(Flow::Continue);
                }
                if name == "type" {
                    let ty = fenl_compiler::ide::root_type(&analysis).ok_or("no type")?;
                    writeln!(out, "{ty}").map_err(w)?;
                } else {
                    let plan = physical_plan(&analysis)?;
                    write!(out, "{}", fenl_compiler::plan::physical::print_physical(&plan)).map_err(w)?;
                }
            }
            "output" => match rest {
                "table" | "csv" | "jsonl" => self.output = rest.to_owned(),
                "" => writeln!(out, "{}", self.output).map_err(w)?,
                _ => return Err(format!(".output {rest:?}: use table, csv or jsonl")),
            },
            "results" => match rest {
                "history" => self.results = ResultMode::History,
                "snapshot" => self.results = ResultMode::Snapshot,
                "" => writeln!(out, "{}", if self.results == ResultMode::History { "history" } else { "snapshot" })
                    .map_err(w)?,
                _ => return Err(format!(".results {rest:?}: use history or snapshot")),
            },
            "timer" => match rest {
                "on" => self.timer = true,
                "off" => self.timer = false,
                _ => return Err(format!(".timer {rest:?}: use on or off")),
            },
            "limit" => {
                self.limit = rest
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!(".limit {rest:?}: give a positive number of rows"))?;
            }
            "let" => self.bind(rest, out, err)?,
            "bindings" => {
                if self.bindings.is_empty() {
                    writeln!(out, "(no bindings; add one with .let NAME = EXPR)").map_err(w)?;
                }
                for (name, value) in &self.bindings {
                    writeln!(out, "let {name} = {value}").map_err(w)?;
                }
            }
            "save" => {
                if rest.is_empty() {
                    return Err(".save takes a file name".to_owned());
                }
                let script = self.script().ok_or("nothing to save yet: bind a name or run a query first")?;
                std::fs::write(rest, &script).map_err(|e| format!("cannot write '{rest}': {e}"))?;
                writeln!(out, "saved {} binding(s) and the last query to {rest}", self.bindings.len()).map_err(w)?;
            }
            other => {
                let known: Vec<&str> =
                    META_COMMANDS.iter().map(|(u, _)| &u[1..u.find(' ').unwrap_or(u.len())]).collect();
                let hint = fenl_compiler::diagnostics::nearest_matches(other, known, 1)
                    .first()
                    .map_or_else(String::new, |m| format!("; did you mean .{m}?"));
                return Err(format!("unknown command .{other}{hint} (.help lists them)"));
            }
        }
        Ok(Flow::Continue)
    }

    fn unknown_table(&self, name: &str) -> String {
        if name.is_empty() {
            return ".schema takes a table name".to_owned();
        }
        let names = self.catalog.table_names();
        let hint = fenl_compiler::diagnostics::nearest_matches(name, names.iter().map(String::as_str), 1)
            .first()
            .map_or_else(String::new, |m| format!("; did you mean {m}?"));
        format!("no table named '{name}'{hint}")
    }

    /// `.let NAME = EXPR`: checked with the bindings before it, then kept (replacing an earlier
    /// binding of the same name in place).
    fn bind(&mut self, rest: &str, out: Out<'_>, err: Out<'_>) -> Result<(), String> {
        let (name, value) = rest.split_once('=').ok_or(".let takes NAME = EXPR")?;
        let (name, value) = (name.trim(), value.trim());
        let valid = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid || ["let", "in", "and", "or", "as", "true", "false", "null", "const"].contains(&name) {
            return Err(format!(".let {name:?}: a binding's name is a letter or _ then letters, digits or _"));
        }
        if value.is_empty() {
            return Err(format!(".let {name} needs a value after '='"));
        }
        let previous = self.bindings.clone();
        match self.bindings.iter().position(|(n, _)| n == name) {
            Some(i) => self.bindings[i].1 = value.to_owned(),
            None => self.bindings.push((name.to_owned(), value.to_owned())),
        }
        let (text, _) = self.compose(name);
        let analysis = fenl_compiler::analyze(&text, &self.catalog);
        if analysis.has_errors() {
            // Show the errors against the value as typed.
            let index = self.bindings.iter().position(|(n, _)| n == name).unwrap_or(0);
            let start: usize = self.bindings[..index].iter().map(|(n, v)| binding_text(n, v).0.len()).sum();
            self.report(&analysis.diagnostics, value, start + binding_text(name, value).1, err);
            self.bindings = previous;
            return Ok(());
        }
        let ty = fenl_compiler::ide::root_type(&analysis).unwrap_or_default();
        writeln!(out, "{name}: {ty}").map_err(|e| e.to_string())
    }

    /// The session as a script: bindings, then the last query (or the last binding's name).
    pub fn script(&self) -> Option<String> {
        let body = self.last_query.clone().or_else(|| self.bindings.last().map(|(n, _)| n.clone()))?;
        let mut text = String::new();
        for (name, value) in &self.bindings {
            text.push_str(&format!("let {name} = {value}\n"));
        }
        if !self.bindings.is_empty() {
            text.push_str("in ");
        }
        text.push_str(&body);
        text.push('\n');
        // Prefer the canonical layout; keep the text as typed if the formatter declines.
        Some(fenl_compiler::syntax::format::format(&text).unwrap_or(text))
    }

    /// Prints the diagnostics that fall inside `entry` (at `start` in the composed text).
    fn report(&mut self, diagnostics: &[Diagnostic], entry: &str, start: usize, err: Out<'_>) {
        if diagnostics.iter().any(Diagnostic::is_error) {
            self.failures += 1;
        }
        let end = start + entry.len();
        let inside = |s: Span| s.start >= start && s.end <= end;
        let shift = |s: Span| Span::new(s.start - start, s.end - start);
        let mut shown = Vec::new();
        for d in diagnostics.iter().filter(|d| inside(d.primary.span)) {
            let mut d = d.clone();
            d.primary.span = shift(d.primary.span);
            d.secondary.retain(|l| inside(l.span));
            for label in &mut d.secondary {
                label.span = shift(label.span);
            }
            shown.push(d);
        }
        if shown.is_empty() && diagnostics.iter().any(Diagnostic::is_error) {
            // An error outside the entry: a binding no longer checks (tables changed).
            let _ = writeln!(err, "error: the session's bindings no longer check; redefine them with .let");
            for d in diagnostics.iter().filter(|d| d.is_error()) {
                let _ = writeln!(err, "  {}: {}", d.code.as_str(), d.message);
            }
            return;
        }
        let _ = write!(err, "{}", render(&shown, "<repl>", entry, self.color));
    }

    fn query(&mut self, entry: &str, out: Out<'_>, err: Out<'_>) -> Result<Flow, String> {
        let (text, start) = self.compose(entry);
        let analysis = fenl_compiler::analyze(&text, &self.catalog);
        self.report(&analysis.diagnostics, entry, start, err);
        if analysis.has_errors() {
            return Ok(Flow::Continue);
        }
        let plan = physical_plan(&analysis)?;
        self.last_query = Some(entry.to_owned());
        self.cancel.store(false, Ordering::SeqCst);
        let options = RunOptions { mode: self.results, cancel: Some(self.cancel.clone()), ..Default::default() };
        let started = Instant::now();
        let result = run_cancellable(plan, self.catalog.clone(), options, &self.cancel)?;
        let elapsed = started.elapsed();
        let (batch, warnings) = result;
        for warning in warnings {
            let _ = writeln!(err, "warning: {warning}");
        }
        let total = batch.num_rows();
        if self.output == "table" {
            crate::cli::write_batch(&batch, &self.output, out, total, self.limit)?;
        } else {
            let shown = batch.slice(0, total.min(self.limit));
            crate::cli::write_batch(&shown, &self.output, out, total, self.limit)?;
            if total > self.limit {
                let _ = out.flush();
                let _ = writeln!(err, "({total} rows, first {} shown; raise .limit to see more)", self.limit);
            }
        }
        if self.timer {
            let _ = writeln!(out, "time: {:.3} s", elapsed.as_secs_f64());
        }
        Ok(Flow::Continue)
    }
}

/// How a binding appears in the composed text, and where its value starts within that.
fn binding_text(name: &str, value: &str) -> (String, usize) {
    let head = format!("let {name} = (\n");
    (format!("{head}{value}\n)\n"), head.len())
}

fn physical_plan(analysis: &fenl_compiler::Analysis) -> Result<fenl_compiler::plan::physical::Plan, String> {
    let hir = analysis.hir.as_ref().ok_or("nothing to run")?;
    let logical = fenl_compiler::plan::logical::build(hir).ok_or("internal error: no plan for a checked query")?;
    fenl_compiler::plan::physical::lower(&logical)
}

/// Runs a query on its own thread so that Ctrl-C returns to the prompt at once: the run stops at
/// its next check of the flag, and its result (if any) is dropped.
fn run_cancellable(
    plan: fenl_compiler::plan::physical::Plan,
    catalog: Catalog,
    options: RunOptions,
    cancel: &AtomicBool,
) -> Result<(arrow_array::RecordBatch, Vec<String>), String> {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("fenl-query".into())
        .stack_size(64 * 1024 * 1024)
        .spawn(move || {
            let _ = send.send(fenl_runtime::run_with_warnings(&plan, &catalog, &options));
        })
        .map_err(|e| format!("cannot start the query: {e}"))?;
    loop {
        match receive.recv_timeout(std::time::Duration::from_millis(20)) {
            Ok(result) => return result.map_err(|e| e.to_string()),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) if cancel.load(Ordering::SeqCst) => {
                return Err("query cancelled".to_owned())
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                return Err("internal error (please report): the query thread failed".to_owned())
            }
        }
    }
}
