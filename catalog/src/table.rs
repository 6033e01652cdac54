//! A table's definition: its name and key columns, kept in the Delta metadata's configuration
//! (`fenl.*` keys), so the definition travels with the data.

use std::collections::BTreeMap;

use crate::error::{Error, Result};

/// The unit of an integer epoch time column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EpochUnit {
    Seconds,
    Milliseconds,
    Microseconds,
    Nanoseconds,
}

impl EpochUnit {
    pub fn parse(text: &str) -> Result<EpochUnit> {
        Ok(match text {
            "s" => EpochUnit::Seconds,
            "ms" => EpochUnit::Milliseconds,
            "us" => EpochUnit::Microseconds,
            "ns" => EpochUnit::Nanoseconds,
            other => return Err(Error::InvalidArgument(format!("unknown epoch unit '{other}': use s, ms, us or ns"))),
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EpochUnit::Seconds => "s",
            EpochUnit::Milliseconds => "ms",
            EpochUnit::Microseconds => "us",
            EpochUnit::Nanoseconds => "ns",
        }
    }

    /// Nanoseconds per unit.
    pub fn nanos(self) -> i64 {
        match self {
            EpochUnit::Seconds => 1_000_000_000,
            EpochUnit::Milliseconds => 1_000_000,
            EpochUnit::Microseconds => 1_000,
            EpochUnit::Nanoseconds => 1,
        }
    }
}

/// What `fenl table create` declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableDef {
    pub name: String,
    pub time_column: String,
    pub key_column: String,
    pub subsort_column: Option<String>,
    /// The entity type; defaults to the table name.
    pub grouping: String,
    pub partition_on: Vec<String>,
    /// How integer time values are read.
    pub epoch_unit: EpochUnit,
    /// Set for an external table: where its files are and how to read them.
    pub external: Option<crate::external::ExternalDef>,
}

impl TableDef {
    pub fn new(name: &str, time_column: &str, key_column: &str) -> TableDef {
        TableDef {
            name: name.to_owned(),
            time_column: time_column.to_owned(),
            key_column: key_column.to_owned(),
            subsort_column: None,
            grouping: name.to_owned(),
            partition_on: Vec::new(),
            epoch_unit: EpochUnit::Seconds,
            external: None,
        }
    }

    pub fn to_configuration(&self) -> BTreeMap<String, String> {
        let mut c = BTreeMap::new();
        c.insert("fenl.name".to_owned(), self.name.clone());
        c.insert("fenl.timeColumn".to_owned(), self.time_column.clone());
        c.insert("fenl.entityKeyColumn".to_owned(), self.key_column.clone());
        if let Some(s) = &self.subsort_column {
            c.insert("fenl.subsortColumn".to_owned(), s.clone());
        }
        c.insert("fenl.grouping".to_owned(), self.grouping.clone());
        if !self.partition_on.is_empty() {
            c.insert("fenl.partitionOn".to_owned(), self.partition_on.join(","));
        }
        c.insert("fenl.epochUnit".to_owned(), self.epoch_unit.as_str().to_owned());
        if let Some(external) = &self.external {
            external.write_configuration(&mut c);
        }
        c
    }

    pub fn from_configuration(c: &BTreeMap<String, String>) -> Result<TableDef> {
        let get = |k: &str| c.get(k).cloned().ok_or_else(|| Error::Storage(format!("table metadata lacks '{k}'")));
        let name = get("fenl.name")?;
        Ok(TableDef {
            time_column: get("fenl.timeColumn")?,
            key_column: get("fenl.entityKeyColumn")?,
            subsort_column: c.get("fenl.subsortColumn").cloned(),
            grouping: c.get("fenl.grouping").cloned().unwrap_or_else(|| name.clone()),
            partition_on: c
                .get("fenl.partitionOn")
                .map(|p| p.split(',').map(str::to_owned).collect())
                .unwrap_or_default(),
            epoch_unit: EpochUnit::parse(c.get("fenl.epochUnit").map_or("s", String::as_str))?,
            external: crate::external::ExternalDef::from_configuration(c)?,
            name,
        })
    }
}

/// Names of the columns Fenl adds to every data file.
pub const TIME: &str = "_time";
pub const SUBSORT: &str = "_subsort";
pub const KEY_HASH: &str = "_key_hash";
pub const INTERNAL_COLUMNS: [&str; 3] = [TIME, SUBSORT, KEY_HASH];
