//! `fenl fmt FILE [--check]`: rewrite a file in the canonical layout.

use crate::stdout::out;
use std::path::PathBuf;
use std::process::ExitCode;

use super::render_for_stderr;
use crate::source::read_source;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The Fenl file to format (`-` reads stdin and writes the result to stdout).
    file: PathBuf,
    /// Do not write; exit 1 if the file is not formatted.
    #[arg(long)]
    check: bool,
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    let source = read_source(&args.file)?;
    let name = args.file.display().to_string();
    let formatted = match fenl_compiler::syntax::format::format(&source) {
        Ok(text) => text,
        Err(diagnostics) => {
            eprint!("{}", render_for_stderr(&diagnostics, &name, &source));
            return Err(format!("{name} has syntax errors; not formatted"));
        }
    };
    if args.check {
        if formatted == source {
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("{name} is not formatted; run `fenl fmt {name}`");
        return Ok(ExitCode::from(1));
    }
    if args.file.as_os_str() == "-" {
        out!("{formatted}");
    } else if formatted != source {
        std::fs::write(&args.file, formatted).map_err(|e| format!("cannot write '{name}': {e}"))?;
        eprintln!("formatted {name}");
    }
    Ok(ExitCode::SUCCESS)
}
