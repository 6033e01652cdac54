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
    read_snapshot_from(store, table_dir, version, None)
}

/// The id of the table's first metadata (a table deleted and created again has another).
fn first_metadata_id(store: &Store, table_dir: &str) -> Result<Option<String>> {
    let Some(bytes) = store.get(&log_path(table_dir, 0))? else { return Ok(None) };
    let text = std::str::from_utf8(&bytes).map_err(|_| Error::Storage("commit 0 is not UTF-8".into()))?;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let value: Value = serde_json::from_str(line)?;
        if let Some(id) = value.get("metaData").and_then(|m| m.get("id")).and_then(Value::as_str) {
            return Ok(Some(id.to_owned()));
        }
    }
    Ok(None)
}

/// [`read_snapshot`] going on from an earlier snapshot of the same table (when it is at or
/// before the version asked for), so a reader that follows a table replays only new commits.
pub fn read_snapshot_from(
    store: &Store,
    table_dir: &str,
    version: Option<u64>,
    base: Option<&Snapshot>,
) -> Result<Option<Snapshot>> {
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
    let base = match base.filter(|b| b.version <= target) {
        Some(b) if first_metadata_id(store, table_dir)?.as_deref() == Some(b.metadata.id.as_str()) => Some(b),
        _ => None,
    };
    let mut protocol = base.map(|b| b.protocol.clone());
    let mut metadata = base.map(|b| b.metadata.clone());
    // Live files by path (`None` once removed), in the order they were added.
    let mut files: Vec<Option<AddFile>> = base.map(|b| b.files.iter().cloned().map(Some).collect()).unwrap_or_default();
    let mut position: std::collections::HashMap<String, usize> =
        files.iter().enumerate().filter_map(|(i, f)| f.as_ref().map(|f| (f.path.clone(), i))).collect();
    let mut commits = base.map(|b| b.commits.clone()).unwrap_or_default();
    let start = base.map_or(0, |b| b.version + 1);
    for v in start..=target {
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
                    if let Some(old) = position.remove(&add.path) {
                        files[old] = None;
                    }
                    position.insert(add.path.clone(), files.len());
                    files.push(Some(add));
                }
                Action::Remove(remove) => {
                    if let Some(old) = position.remove(&remove.path) {
                        files[old] = None;
                    }
                }
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
    let files = files.into_iter().flatten().collect();
    Ok(Some(Snapshot { version: target, protocol, metadata, files, commits }))
}
