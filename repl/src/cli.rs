//! Subcommand definitions and dispatch.

mod check;
mod explain;
mod fmt;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fenl_compiler::diagnostics::{render, Diagnostic};
use fenl_compiler::tables::StaticTables;

/// Fenl: a temporal query language for event data.
#[derive(Debug, Parser)]
#[command(name = "fenl", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a Fenl file: print its diagnostics; exit 1 if any is an error.
    Check(check::Args),
    /// Show a query at one stage of the compiler.
    Explain(explain::Args),
    /// Format a Fenl file in place (or check that it is formatted).
    Fmt(fmt::Args),
}

/// Where table definitions come from, shared by the commands that compile queries.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// A TOML file declaring tables (name, time/key columns, column types) and views.
    #[arg(long, env = "FENL_SCHEMA", value_name = "FILE")]
    schema: Option<PathBuf>,
}

impl SchemaArgs {
    pub fn load(&self) -> Result<StaticTables, String> {
        match &self.schema {
            None => Ok(StaticTables::default()),
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read schema '{}': {e}", path.display()))?;
                StaticTables::from_toml(&text).map_err(|e| format!("invalid schema '{}': {e}", path.display()))
            }
        }
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Fmt(args) => fmt::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

/// Renders diagnostics for a terminal (colour only when stderr is one and NO_COLOR is unset).
pub fn render_for_stderr(diagnostics: &[Diagnostic], name: &str, source: &str) -> String {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    render(diagnostics, name, source, color)
}
