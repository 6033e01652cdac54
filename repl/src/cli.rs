//! Subcommand definitions and dispatch.

mod check;
mod explain;
mod fmt;
pub mod materialize;
mod run;
mod table;
mod view;

pub use run::write_batch;
pub(crate) use run::Output;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fenl_catalog::Catalog;
use fenl_compiler::diagnostics::{render, Diagnostic};
use fenl_compiler::tables::{StaticTables, TableProvider};

/// Fenl: a temporal query language for event data.
#[derive(Debug, Parser)]
#[command(name = "fenl", version, about)]
pub struct Cli {
    /// The catalog directory (default `.fenl` under the current directory).
    #[arg(long, global = true, env = "FENL_CATALOG", value_name = "DIR_OR_URL")]
    catalog: Option<String>,
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
    /// Run a Fenl file over the catalog's tables and print its rows.
    Run(run::RunArgs),
    /// Run a Fenl expression over the catalog's tables and print its rows.
    Query(run::QueryArgs),
    /// Manage tables: create, load, list, get, delete, compact, vacuum.
    #[command(subcommand)]
    Table(table::TableCommand),
    /// Manage views: named Fenl expressions.
    #[command(subcommand)]
    View(view::ViewCommand),
    /// Keep a query's results up to date in a directory: create, list, get, run [--live], delete.
    #[command(subcommand)]
    Materialize(materialize::MaterializeCommand),
    /// An interactive session: explore tables and build features (scripted when stdin is not a terminal).
    Repl(crate::repl::Args),
    /// The language server, over stdio (for editors; see docs/editors.md).
    Lsp(LspArgs),
}

#[derive(Debug, clap::Args)]
pub struct LspArgs {
    #[command(flatten)]
    schema: SchemaArgs,
}

/// Where table definitions come from, shared by the commands that compile queries.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// A TOML file declaring tables (name, time/key columns, column types) and views.
    #[arg(long, env = "FENL_SCHEMA", value_name = "FILE")]
    schema: Option<PathBuf>,
}

impl SchemaArgs {
    /// The tables queries are checked against: the `--schema` file if given, else the catalog
    /// (if it exists; checking never creates one).
    pub fn load(&self, catalog: &Option<String>) -> Result<Box<dyn TableProvider>, String> {
        match &self.schema {
            None => {
                let location = catalog_location(catalog);
                if location.contains("://") || std::path::Path::new(&location).is_dir() {
                    Ok(Box::new(Catalog::open(&location).map_err(|e| e.to_string())?))
                } else {
                    Ok(Box::new(StaticTables::default()))
                }
            }
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read schema '{}': {e}", path.display()))?;
                Ok(Box::new(
                    StaticTables::from_toml(&text).map_err(|e| format!("invalid schema '{}': {e}", path.display()))?,
                ))
            }
        }
    }
}

fn catalog_location(catalog: &Option<String>) -> String {
    catalog.clone().unwrap_or_else(|| ".fenl".to_owned())
}

fn open_catalog(catalog: &Option<String>) -> Result<Catalog, String> {
    Catalog::open(&catalog_location(catalog)).map_err(|e| e.to_string())
}

/// Opens the catalog for a command that reads table data: materialized external tables marked
/// `--refresh-on-start` are refreshed first. A refresh that fails leaves the table as it was
/// and is reported; the command goes on with the table's last refresh.
fn open_catalog_for_reading(catalog: &Option<String>) -> Result<Catalog, String> {
    let catalog = open_catalog(catalog)?;
    for (name, refreshed) in catalog.refresh_on_start().map_err(|e| e.to_string())? {
        match refreshed {
            Ok(report) => {
                if report.version.is_some() {
                    eprintln!("{}", table::describe_refresh(&name, &report));
                }
                for line in report.tally.describe_bad() {
                    eprintln!("{name}: {line}");
                }
            }
            Err(e) => eprintln!("warning: refresh of '{name}' on start failed, using its last refresh: {e}"),
        }
    }
    Ok(catalog)
}

pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        Command::Check(args) => check::run(args, &cli.catalog),
        Command::Explain(args) => explain::run(args, &cli.catalog),
        Command::Fmt(args) => fmt::run(args),
        Command::Run(args) => open_catalog_for_reading(&cli.catalog).and_then(|c| run::run_file(&c, args)),
        Command::Query(args) => open_catalog_for_reading(&cli.catalog).and_then(|c| run::run_query(&c, args)),
        Command::Table(command) => open_catalog(&cli.catalog).and_then(|c| table::run(&c, command)),
        Command::View(command) => open_catalog(&cli.catalog).and_then(|c| view::run(&c, command)),
        Command::Materialize(command) => {
            open_catalog_for_reading(&cli.catalog).and_then(|c| materialize::run(&c, command))
        }
        Command::Repl(args) => open_catalog_for_reading(&cli.catalog).and_then(|c| crate::repl::run(c, args)),
        Command::Lsp(args) => {
            let settings = fenl_lsp::Settings { catalog: cli.catalog.clone(), schema: args.schema.schema.clone() };
            fenl_lsp::run_stdio(settings).map(|()| ExitCode::SUCCESS)
        }
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
