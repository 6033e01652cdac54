//! Delta log actions, as serde types (protocol spec: "Actions").

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Protocol {
    pub min_reader_version: u32,
    pub min_writer_version: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Format {
    pub provider: String,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub format: Format,
    pub schema_string: String,
    #[serde(default)]
    pub partition_columns: Vec<String>,
    #[serde(default)]
    pub configuration: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddFile {
    pub path: String,
    #[serde(default)]
    pub partition_values: BTreeMap<String, Option<String>>,
    pub size: i64,
    pub modification_time: i64,
    pub data_change: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemoveFile {
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_timestamp: Option<i64>,
    pub data_change: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extended_file_metadata: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommitInfo {
    pub timestamp: i64,
    pub operation: String,
    #[serde(default)]
    pub operation_parameters: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine_info: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_blind_append: Option<bool>,
}

/// One line of a commit file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Action {
    CommitInfo(CommitInfo),
    Protocol(Protocol),
    MetaData(Metadata),
    Add(AddFile),
    Remove(RemoveFile),
}

/// The per-file statistics Delta keeps in `add.stats` (JSON), as far as Fenl reads them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileStats {
    pub num_records: i64,
    #[serde(default)]
    pub min_values: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub max_values: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub null_count: BTreeMap<String, serde_json::Value>,
}

impl AddFile {
    /// The action removing this file at `now_ms`; `data_change` false for a rewrite of the same
    /// rows (compaction), true when rows go away.
    pub fn remove(&self, now_ms: i64, data_change: bool) -> Action {
        Action::Remove(RemoveFile {
            path: self.path.clone(),
            deletion_timestamp: Some(now_ms),
            data_change,
            extended_file_metadata: (!data_change).then_some(true),
            size: Some(self.size),
        })
    }

    pub fn file_stats(&self) -> Option<FileStats> {
        serde_json::from_str(self.stats.as_deref()?).ok()
    }
}

impl FileStats {
    pub fn min_i64(&self, column: &str) -> Option<i64> {
        self.min_values.get(column)?.as_i64()
    }

    pub fn max_i64(&self, column: &str) -> Option<i64> {
        self.max_values.get(column)?.as_i64()
    }
}
