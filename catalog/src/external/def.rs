//! An external table's definition: where its files are, how to parse them, what to do with
//! records that do not parse. Kept with the table's definition in the Delta metadata's
//! configuration (`fenl.external.*` keys).

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::load::Format;

/// Logical tables read their files at every query; materialized ones hold a copy, refreshed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Logical,
    Materialized,
}

impl Mode {
    pub fn parse(text: &str) -> Result<Mode> {
        match text {
            "logical" => Ok(Mode::Logical),
            "materialized" => Ok(Mode::Materialized),
            other => Err(Error::InvalidArgument(format!("unknown mode '{other}': use logical or materialized"))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Logical => "logical",
            Mode::Materialized => "materialized",
        }
    }
}

/// What happens to a record with a field that does not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorMode {
    /// Stop at the first bad record, with its file, line and column; commit nothing.
    Abort,
    /// Drop the record, count it, report the first few reasons.
    Skip,
    /// Keep the record with null in each field that failed. A record whose time, entity key
    /// or primary key fails cannot be kept (an event needs them) and is dropped as in `Skip`.
    Permissive,
}

impl ErrorMode {
    pub fn parse(text: &str) -> Result<ErrorMode> {
        match text {
            "abort" => Ok(ErrorMode::Abort),
            "skip" => Ok(ErrorMode::Skip),
            "permissive" => Ok(ErrorMode::Permissive),
            other => {
                Err(Error::InvalidArgument(format!("unknown error mode '{other}': use abort, skip or permissive")))
            }
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorMode::Abort => "abort",
            ErrorMode::Skip => "skip",
            ErrorMode::Permissive => "permissive",
        }
    }
}

/// How delimited text is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvOptions {
    pub delimiter: u8,
    pub quote: u8,
    /// An escape character inside quoted fields; `None` means quotes are escaped by doubling.
    pub escape: Option<u8>,
    pub header: bool,
    /// Lines starting with this byte are skipped.
    pub comment: Option<u8>,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions { delimiter: b',', quote: b'"', escape: None, header: true, comment: None }
    }
}

/// The external part of a table's definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalDef {
    /// A file, a directory (every file under it) or a glob (`data/*.csv`, `logs/**/*.jsonl`).
    pub path: String,
    pub format: Format,
    pub mode: Mode,
    pub error_mode: ErrorMode,
    /// More affected records than this fail the load (skip and permissive modes).
    pub max_bad_rows: Option<u64>,
    pub primary_key: Vec<String>,
    pub refresh_on_start: bool,
    pub csv: CsvOptions,
    /// Text that means null (besides an empty field).
    pub null_string: Option<String>,
    /// A chrono format string for the time column (`%d/%m/%Y %H:%M`); RFC 3339 / ISO 8601 when absent.
    pub time_format: Option<String>,
}

impl ExternalDef {
    pub fn new(path: &str, format: Format) -> ExternalDef {
        ExternalDef {
            path: path.to_owned(),
            format,
            mode: Mode::Logical,
            error_mode: ErrorMode::Abort,
            max_bad_rows: None,
            primary_key: Vec::new(),
            refresh_on_start: false,
            csv: CsvOptions::default(),
            null_string: None,
            time_format: None,
        }
    }

    pub fn format_name(&self) -> &'static str {
        match self.format {
            Format::Csv => "csv",
            Format::Parquet => "parquet",
            Format::Jsonl => "jsonl",
            Format::ArrowStream => "arrow",
        }
    }

    pub(crate) fn write_configuration(&self, c: &mut BTreeMap<String, String>) {
        let mut put = |k: &str, v: String| {
            c.insert(format!("fenl.external.{k}"), v);
        };
        put("path", self.path.clone());
        put("format", self.format_name().to_owned());
        put("mode", self.mode.as_str().to_owned());
        put("errorMode", self.error_mode.as_str().to_owned());
        if let Some(n) = self.max_bad_rows {
            put("maxBadRows", n.to_string());
        }
        if !self.primary_key.is_empty() {
            put("primaryKey", serde_json::to_string(&self.primary_key).unwrap_or_default());
        }
        put("refreshOnStart", self.refresh_on_start.to_string());
        put("delimiter", (self.csv.delimiter as char).to_string());
        put("quote", (self.csv.quote as char).to_string());
        if let Some(e) = self.csv.escape {
            put("escape", (e as char).to_string());
        }
        put("header", self.csv.header.to_string());
        if let Some(cm) = self.csv.comment {
            put("comment", (cm as char).to_string());
        }
        if let Some(n) = &self.null_string {
            put("nullString", n.clone());
        }
        if let Some(f) = &self.time_format {
            put("timeFormat", f.clone());
        }
    }

    pub(crate) fn from_configuration(c: &BTreeMap<String, String>) -> Result<Option<ExternalDef>> {
        let get = |k: &str| c.get(&format!("fenl.external.{k}"));
        let Some(path) = get("path") else { return Ok(None) };
        let corrupt = |k: &str| Error::Storage(format!("table metadata has a bad 'fenl.external.{k}'"));
        let byte = |k: &str| -> Result<Option<u8>> {
            get(k).map(|v| v.bytes().next().filter(|_| v.len() == 1).ok_or_else(|| corrupt(k))).transpose()
        };
        let flag = |k: &str| get(k).is_some_and(|v| v == "true");
        Ok(Some(ExternalDef {
            path: path.clone(),
            format: Format::parse(get("format").ok_or_else(|| corrupt("format"))?)?,
            mode: Mode::parse(get("mode").map_or("logical", String::as_str))?,
            error_mode: ErrorMode::parse(get("errorMode").map_or("abort", String::as_str))?,
            max_bad_rows: get("maxBadRows").map(|v| v.parse().map_err(|_| corrupt("maxBadRows"))).transpose()?,
            primary_key: match get("primaryKey") {
                Some(v) => serde_json::from_str(v).map_err(|_| corrupt("primaryKey"))?,
                None => Vec::new(),
            },
            refresh_on_start: flag("refreshOnStart"),
            csv: CsvOptions {
                delimiter: byte("delimiter")?.unwrap_or(b','),
                quote: byte("quote")?.unwrap_or(b'"'),
                escape: byte("escape")?,
                header: get("header").is_none_or(|v| v == "true"),
                comment: byte("comment")?,
            },
            null_string: get("nullString").cloned(),
            time_format: get("timeFormat").cloned(),
        }))
    }
}

/// Parses a one-character option (`--delimiter`, `--quote`...); `\t` and `tab` mean a tab.
pub fn single_byte(option: &str, text: &str) -> Result<u8> {
    let text = match text {
        "\\t" | "tab" => "\t",
        other => other,
    };
    match text.as_bytes() {
        [b] if b.is_ascii() && *b != b'\n' && *b != b'\r' => Ok(*b),
        _ => Err(Error::InvalidArgument(format!(
            "--{option} {text:?}: expected one ASCII character other than a newline"
        ))),
    }
}
