//! The registry of diagnostic codes: E0xxx user errors, W2xxx warnings, B1xxx internal bugs.

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
    Bug,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
            Severity::Bug => "bug",
        }
    }
}

/// Every diagnostic the front end can report. The code strings follow the original engine, so
/// tools written against it keep working (language reference §2.8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    IllegalFieldRef,
    IllegalCast,
    IllegalIdentifier,
    FormulaAlreadyDefined,
    UnboundReference,
    UndefinedFunction,
    InvalidArguments,
    DuplicateFieldNames,
    InvalidArgumentType,
    InvalidSyntax,
    CircularDependency,
    InvalidOutputType,
    InvalidNonConstArgument,
    IncompatibleArgumentTypes,
    IncompatibleTimeDomains,
    UnusedBinding,
    IncompatibleGrouping,
    InternalError,
}

impl Code {
    /// All codes, in registry order.
    pub const ALL: [Code; 18] = [
        Code::IllegalFieldRef,
        Code::IllegalCast,
        Code::IllegalIdentifier,
        Code::FormulaAlreadyDefined,
        Code::UnboundReference,
        Code::UndefinedFunction,
        Code::InvalidArguments,
        Code::DuplicateFieldNames,
        Code::InvalidArgumentType,
        Code::InvalidSyntax,
        Code::CircularDependency,
        Code::InvalidOutputType,
        Code::InvalidNonConstArgument,
        Code::IncompatibleArgumentTypes,
        Code::IncompatibleTimeDomains,
        Code::UnusedBinding,
        Code::IncompatibleGrouping,
        Code::InternalError,
    ];

    /// (code, severity, title): the one table of the registry.
    pub fn info(self) -> (&'static str, Severity, &'static str) {
        use Severity::*;
        match self {
            Code::IllegalFieldRef => ("E0001", Error, "Illegal field reference"),
            Code::IllegalCast => ("E0002", Error, "Illegal cast"),
            Code::IllegalIdentifier => ("E0003", Error, "Illegal identifier"),
            Code::FormulaAlreadyDefined => ("E0004", Error, "Formula already defined"),
            Code::UnboundReference => ("E0006", Error, "Unbound reference"),
            Code::UndefinedFunction => ("E0007", Error, "Undefined function"),
            Code::InvalidArguments => ("E0008", Error, "Invalid arguments"),
            Code::DuplicateFieldNames => ("E0009", Error, "Duplicate field names in record expression"),
            Code::InvalidArgumentType => ("E0010", Error, "Invalid argument type(s)"),
            Code::InvalidSyntax => ("E0011", Error, "Invalid syntax"),
            Code::CircularDependency => ("E0012", Error, "Circular dependency"),
            Code::InvalidOutputType => ("E0013", Error, "Invalid output type"),
            Code::InvalidNonConstArgument => ("E0014", Error, "Invalid non-constant argument"),
            Code::IncompatibleArgumentTypes => ("E0015", Error, "Incompatible argument types"),
            Code::IncompatibleTimeDomains => ("W2000", Warning, "Incompatible time domains"),
            Code::UnusedBinding => ("W2001", Warning, "Unused binding"),
            // The original engine reuses W2001 for this error; we keep its code string.
            Code::IncompatibleGrouping => ("W2001", Error, "Incompatible grouping"),
            Code::InternalError => ("B1000", Bug, "Internal error, please report"),
        }
    }

    pub fn as_str(self) -> &'static str {
        self.info().0
    }

    pub fn severity(self) -> Severity {
        self.info().1
    }

    pub fn title(self) -> &'static str {
        self.info().2
    }
}
