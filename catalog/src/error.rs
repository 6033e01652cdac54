//! Catalog errors: each says what went wrong and where (table, file, line, column).

use std::fmt;

/// Where in an input file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    /// 1-based line (CSV: counting the header; JSON lines) or row (Parquet).
    pub line: Option<u64>,
    pub column: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ": column '{column}'")?;
        }
        Ok(())
    }
}

/// Everything that can go wrong in the catalog.
#[derive(Debug)]
pub enum Error {
    /// A table or view name that is not allowed.
    InvalidName {
        name: String,
        reason: String,
    },
    NotFound {
        kind: &'static str,
        name: String,
    },
    AlreadyExists {
        kind: &'static str,
        name: String,
    },
    /// An operation refused because of other objects (a table used by views).
    FailedPrecondition(String),
    /// Another writer committed first in a way this commit cannot be rebased on.
    Conflict(String),
    /// Bad input data, with its location.
    InvalidInput {
        location: Location,
        message: String,
    },
    /// A file whose columns do not fit the table's schema.
    SchemaMismatch {
        file: String,
        message: String,
    },
    /// Bad arguments to a catalog operation.
    InvalidArgument(String),
    /// The store failed (IO, permissions, a corrupt log).
    Storage(String),
    /// A view expression that does not check; the caller renders the diagnostics.
    InvalidExpression {
        diagnostics: Vec<fenl_compiler::diagnostics::Diagnostic>,
        source: String,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidName { name, reason } => write!(f, "invalid name {name:?}: {reason}"),
            Error::NotFound { kind, name } => write!(f, "{kind} '{name}' does not exist"),
            Error::AlreadyExists { kind, name } => write!(f, "{kind} '{name}' already exists"),
            Error::FailedPrecondition(message) => write!(f, "failed precondition: {message}"),
            Error::Conflict(message) => write!(f, "conflict: {message}"),
            Error::InvalidInput { location, message } => write!(f, "{location}: {message}"),
            Error::SchemaMismatch { file, message } => write!(f, "{file}: schema mismatch: {message}"),
            Error::InvalidArgument(message) => write!(f, "{message}"),
            Error::Storage(message) => write!(f, "storage error: {message}"),
            Error::InvalidExpression { diagnostics, .. } => {
                let first = diagnostics.iter().find(|d| d.is_error()).map_or(String::new(), |d| d.message.clone());
                write!(f, "the expression does not check: {first}")
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<object_store::Error> for Error {
    fn from(e: object_store::Error) -> Self {
        Error::Storage(e.to_string())
    }
}

impl From<parquet::errors::ParquetError> for Error {
    fn from(e: parquet::errors::ParquetError) -> Self {
        Error::Storage(format!("parquet: {e}"))
    }
}

impl From<arrow_schema::ArrowError> for Error {
    fn from(e: arrow_schema::ArrowError) -> Self {
        Error::Storage(format!("arrow: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Storage(format!("corrupt log entry: {e}"))
    }
}
