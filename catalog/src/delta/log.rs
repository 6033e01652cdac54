//! Committing and replaying the log.

use bytes::Bytes;
use serde_json::Value;

use super::actions::{Action, AddFile, CommitInfo, Metadata, Protocol};
use crate::error::{Error, Result};
use crate::store::Store;

/// The path of commit `version` of the table at `table_dir`.
pub fn log_path(table_dir: &str, version: u64) -> String {
    format!("{table_dir}/_delta_log/{version:020}.json")
}

/// Writes commit `version` if no other writer has; `Ok(false)` if one has.
pub fn commit(store: &Store, table_dir: &str, version: u64, actions: &[Action]) -> Result<bool> {
    let mut text = String::new();
    for action in actions {
        text.push_str(&serde_json::to_string(action)?);
        text.push('\n');
    }
    store.put_if_absent(&log_path(table_dir, version), Bytes::from(text))
}

/// One version of a table, as its log says.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub version: u64,
    pub protocol: Protocol,
    pub metadata: Metadata,
    /// The live data files, in the order they were added.
    pub files: Vec<AddFile>,
    /// Each version's commit info up to this one (index = version).
    pub commits: Vec<Option<CommitInfo>>,
}

impl Snapshot {
    /// The commit timestamp (ms since the epoch) of a version.
    pub fn commit_time(&self, version: u64) -> Option<i64> {
        self.commits.get(usize::try_from(version).ok()?)?.as_ref().map(|c| c.timestamp)
    }
}

/// The versions present in a table's log, sorted.
pub fn versions(store: &Store, table_dir: &str) -> Result<Vec<u64>> {
    let mut versions: Vec<u64> = store
        .list(&format!("{table_dir}/_delta_log"))?
        .iter()
        .filter_map(|meta| {
            let name = meta.location.filename()?;
            let stem = name.strip_suffix(".json")?;
            (stem.len() == 20).then(|| stem.parse().ok()).flatten()
        })
        .collect();
    versions.sort_unstable();
    Ok(versions)
}

/// Replays the log up to `version` (the latest when `None`).
pub fn read_snapshot(store: &Store, table_dir: &str, version: Option<u64>) -> Result<Option<Snapshot>> {
    let available = versions(store, table_dir)?;
    if available.first() != Some(&0) {
        return Ok(None);
    }
    // Versions are consecutive; a gap can only come from a half-deleted table.
    let latest = available.iter().enumerate().take_while(|(i, v)| *i as u64 == **v).count() as u64 - 1;
    let target = match version {
        Some(v) if v > latest => {
            return Err(Error::InvalidArgument(format!("version {v} does not exist; the latest is {latest}")))
        }
        Some(v) => v,
        None => latest,
    };
    let mut protocol = None;
    let mut metadata = None;
    let mut files: Vec<AddFile> = Vec::new();
    let mut commits = Vec::new();
    for v in 0..=target {
        let bytes = store
            .get(&log_path(table_dir, v))?
            .ok_or_else(|| Error::Storage(format!("commit {v} of '{table_dir}' vanished while reading")))?;
        let text = std::str::from_utf8(&bytes).map_err(|_| Error::Storage(format!("commit {v} is not UTF-8")))?;
        let mut info = None;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let value: Value = serde_json::from_str(line)?;
            // Actions this reader does not use (txn, cdc, domainMetadata...) are skipped.
            let known = ["commitInfo", "protocol", "metaData", "add", "remove"];
            if !value.as_object().is_some_and(|o| o.keys().any(|k| known.contains(&k.as_str()))) {
                continue;
            }
            match serde_json::from_value::<Action>(value)? {
                Action::CommitInfo(c) => info = Some(c),
                Action::Protocol(p) => protocol = Some(p),
                Action::MetaData(m) => metadata = Some(m),
                Action::Add(add) => {
                    files.retain(|f| f.path != add.path);
                    files.push(add);
                }
                Action::Remove(remove) => files.retain(|f| f.path != remove.path),
            }
        }
        commits.push(info);
    }
    let protocol = protocol.ok_or_else(|| Error::Storage(format!("'{table_dir}' has no protocol action")))?;
    let metadata = metadata.ok_or_else(|| Error::Storage(format!("'{table_dir}' has no metadata action")))?;
    if protocol.min_reader_version > 1 {
        return Err(Error::Storage(format!(
            "'{table_dir}' needs Delta reader version {}; Fenl reads version 1",
            protocol.min_reader_version
        )));
    }
    Ok(Some(Snapshot { version: target, protocol, metadata, files, commits }))
}
