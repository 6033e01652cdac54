//! `fenl`: the command-line interface (CLI contract: shared/spec/tools.md).
//!
//! Errors go to stderr, results to stdout. Exit codes: 0 success, 1 query or data error,
//! 2 usage error (clap's own exit code for bad flags).

// The binary is where printing happens (the libraries never print).
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cli;
mod materialize;
mod repl;
mod source;
mod stdout;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc returns freed memory to the system promptly; with glibc's per-thread arenas the
/// runtime's short-lived partition arrays kept a third more resident memory. It is built
/// without transparent huge pages, whose zeroing and compaction made run times vary by half.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    // The front end recurses over trees up to its depth limit; give it room on every platform.
    let worker = std::thread::Builder::new().stack_size(64 * 1024 * 1024).spawn(move || cli::run(args));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error: internal error (please report): the command thread failed");
            ExitCode::from(1)
        }
    }
}
