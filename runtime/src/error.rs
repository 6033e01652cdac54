//! Runtime errors.

use std::fmt;

/// A query that could not run.
#[derive(Debug)]
pub enum Error {
    /// The plan uses something this runtime does not execute yet.
    Unsupported(String),
    /// Reading a table failed.
    Catalog(fenl_catalog::Error),
    /// An Arrow kernel failed (a bug or an unexpected type).
    Arrow(String),
    /// Anything else that is wrong with the plan or the data.
    Invalid(String),
    /// The caller cancelled the run (Ctrl-C in the REPL).
    Cancelled,
    /// Returned by a sink that wants no more rows: the run ends early and successfully, with
    /// the warnings of what it computed.
    Stopped,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unsupported(what) => write!(f, "not supported by the runtime yet: {what}"),
            Error::Catalog(e) => write!(f, "{e}"),
            Error::Arrow(e) => write!(f, "internal error (please report): {e}"),
            Error::Invalid(e) => write!(f, "{e}"),
            Error::Cancelled => write!(f, "query cancelled"),
            Error::Stopped => write!(f, "the output wants no more rows"),
        }
    }
}

impl std::error::Error for Error {}

impl From<fenl_catalog::Error> for Error {
    fn from(e: fenl_catalog::Error) -> Self {
        Error::Catalog(e)
    }
}

impl From<arrow_schema::ArrowError> for Error {
    fn from(e: arrow_schema::ArrowError) -> Self {
        Error::Arrow(e.to_string())
    }
}
