//! `fenl check FILE [--format text|json]`: diagnostics only.

use crate::stdout::outln;
use std::path::PathBuf;
use std::process::ExitCode;

use fenl_compiler::diagnostics::{Diagnostic, LineIndex};

use super::{render_for_stderr, SchemaArgs};
use crate::source::read_source;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The Fenl file to check (`-` for stdin).
    file: PathBuf,
    /// `text` renders for people on stderr; `json` prints one JSON object per diagnostic on stdout.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    schema: SchemaArgs,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: &Args, catalog: &Option<String>) -> Result<ExitCode, String> {
    let tables = args.schema.load(catalog)?;
    let source = read_source(&args.file)?;
    let name = args.file.display().to_string();
    let analysis = fenl_compiler::analyze(&source, tables.as_ref());
    match args.format {
        Format::Text => {
            eprint!("{}", render_for_stderr(&analysis.diagnostics, &name, &source));
            let errors = analysis.diagnostics.iter().filter(|d| d.is_error()).count();
            let warnings = analysis.diagnostics.len() - errors;
            eprintln!("{name}: {errors} error{}, {warnings} warning{}", plural(errors), plural(warnings));
        }
        Format::Json => {
            let index = LineIndex::new(&source);
            for d in &analysis.diagnostics {
                outln!("{}", to_json(d, &name, &source, &index));
            }
        }
    }
    Ok(if analysis.has_errors() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// One diagnostic as a JSON object: code, severity, message, byte and line/column span.
pub fn to_json(d: &Diagnostic, file: &str, source: &str, index: &LineIndex) -> serde_json::Value {
    let (line, column) = index.line_col(source, d.primary.span.start);
    let (end_line, end_column) = index.line_col(source, d.primary.span.end);
    serde_json::json!({
        "code": d.code.as_str(),
        "severity": d.severity().as_str(),
        "title": d.code.title(),
        "message": d.message,
        "file": file,
        "span": { "start": d.primary.span.start, "end": d.primary.span.end },
        "start": { "line": line, "column": column },
        "end": { "line": end_line, "column": end_column },
        "label": d.primary.message,
        "notes": d.notes,
        "help": d.help,
    })
}
