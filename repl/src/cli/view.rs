//! `fenl view create NAME 'EXPR' | list | delete NAME`.

use crate::stdout::outln;
use std::process::ExitCode;

use clap::Subcommand;
use fenl_catalog::{Catalog, Error};

use super::render_for_stderr;

#[derive(Debug, Subcommand)]
pub enum ViewCommand {
    /// Store a checked Fenl expression under a name that queries can use.
    Create { name: String, expression: String },
    /// List views and their expressions.
    List,
    /// Delete a view.
    Delete { name: String },
}

pub fn run(catalog: &Catalog, command: &ViewCommand) -> Result<ExitCode, String> {
    match command {
        ViewCommand::Create { name, expression } => match catalog.create_view(name, expression) {
            Ok(()) => outln!("created view {name}"),
            Err(Error::InvalidExpression { diagnostics, source }) => {
                eprint!("{}", render_for_stderr(&diagnostics, &format!("view {name}"), &source));
                return Err(format!("view '{name}' was not created: its expression has errors"));
            }
            Err(e) => return Err(e.to_string()),
        },
        ViewCommand::List => {
            for (name, text) in catalog.list_views().map_err(|e| e.to_string())? {
                outln!("{name}: {}", text.trim().replace('\n', " "));
            }
        }
        ViewCommand::Delete { name } => {
            catalog.delete_view(name).map_err(|e| e.to_string())?;
            outln!("deleted view {name}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
