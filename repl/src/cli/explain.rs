//! `fenl explain FILE [--stage ast|typed|plan|physical] [--format text|dot]`.

use crate::stdout::out;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{render_for_stderr, SchemaArgs};
use crate::source::read_source;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The Fenl file to explain (`-` for stdin).
    file: PathBuf,
    #[arg(long, value_enum, default_value = "plan")]
    stage: Stage,
    /// `dot` prints the plan as a Graphviz graph (plan and physical stages).
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    schema: SchemaArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Stage {
    Ast,
    Typed,
    Plan,
    Physical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Dot,
}

pub fn run(args: &Args, catalog: &Option<String>) -> Result<ExitCode, String> {
    let tables = args.schema.load(catalog)?;
    let source = read_source(&args.file)?;
    let name = args.file.display().to_string();
    let analysis = fenl_compiler::analyze(&source, tables.as_ref());
    if !analysis.diagnostics.is_empty() {
        eprint!("{}", render_for_stderr(&analysis.diagnostics, &name, &source));
    }
    if args.stage == Stage::Ast {
        if let Some(expr) = &analysis.parsed.expr {
            out!("{}", fenl_compiler::syntax::print::print_ast(expr));
        }
        return Ok(if analysis.has_errors() { ExitCode::from(1) } else { ExitCode::SUCCESS });
    }
    if analysis.has_errors() {
        return Err(format!("{name} has errors; fix them to see the {:?} stage", args.stage).to_lowercase());
    }
    let Some(hir) = &analysis.hir else {
        return Err(format!("{name} has no query"));
    };
    match args.stage {
        Stage::Ast => {}
        Stage::Typed => out!("{}", fenl_compiler::hir::print_typed(hir)),
        Stage::Plan | Stage::Physical => {
            let logical =
                fenl_compiler::plan::logical::build(hir).ok_or("internal error: no plan for a checked query")?;
            if args.stage == Stage::Plan {
                match args.format {
                    Format::Text => out!("{}", fenl_compiler::plan::logical::print_plan(&logical)),
                    Format::Dot => out!("{}", fenl_compiler::plan::logical::print_dot(&logical)),
                }
            } else {
                let physical = fenl_compiler::plan::physical::lower(&logical)?;
                match args.format {
                    Format::Text => out!("{}", fenl_compiler::plan::physical::print_physical(&physical)),
                    Format::Dot => out!("{}", fenl_compiler::plan::physical::print_dot(&physical)),
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
