//! Compaction (many small files into fewer sorted ones, one commit) and vacuum (delete files
//! that no kept version needs).

use std::collections::HashSet;

use arrow_array::RecordBatch;

use crate::catalog::{table_dir, Catalog, FILE_ROWS};
use crate::delta::{self, Action};
use crate::error::{Error, Result};
use crate::load;

/// What a compaction did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactReport {
    pub files_before: usize,
    pub files_after: usize,
    pub rows: u64,
    /// The new version, or `None` when there was nothing to compact.
    pub version: Option<u64>,
}

/// What a vacuum did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VacuumReport {
    pub deleted: Vec<String>,
    pub kept_versions: Vec<u64>,
}

impl Catalog {
    /// Rewrites the latest version's files as few time-sorted files, in one commit.
    pub fn compact(&self, name: &str) -> Result<CompactReport> {
        let info = self.table(name, None)?;
        if info.def.external.is_some() {
            // Data files of a materialized external table are kept per source file, which is
            // how a refresh replaces a changed file's rows.
            return Err(Error::InvalidArgument(format!(
                "'{name}' is an external table: its files mirror its sources; `fenl table refresh {name} --full` rewrites them"
            )));
        }
        let before = info.snapshot.files.len();
        let partitions =
            info.snapshot.files.iter().map(|f| &f.partition_values).collect::<std::collections::BTreeSet<_>>().len();
        let target = info.rows().max(0) as usize / FILE_ROWS + partitions.max(1);
        if before <= target {
            return Ok(CompactReport {
                files_before: before,
                files_after: before,
                rows: info.rows().max(0) as u64,
                version: None,
            });
        }
        let dir = table_dir(name);
        let mut written = Vec::new();
        let cleanup = |written: &[load::WrittenFile]| {
            for f in written {
                let _ = self.store.delete(&format!("{dir}/{}", f.add.path));
            }
        };
        let mut rows = 0u64;
        // Each partition is compacted on its own, into its own directory.
        let mut partitions: std::collections::BTreeMap<load::PartitionValues, Vec<crate::delta::AddFile>> =
            std::collections::BTreeMap::new();
        for file in &info.snapshot.files {
            partitions.entry(file.partition_values.clone().into_iter().collect()).or_default().push(file.clone());
        }
        let result: Result<()> = (|| {
            for (partition, files) in &partitions {
                let mut pending: Vec<RecordBatch> = Vec::new();
                let mut pending_rows = 0;
                let scan = crate::scan::TableScan::open_files(
                    &self.store,
                    &dir,
                    &info,
                    files,
                    &crate::scan::ScanOptions::default(),
                )?;
                for batch in scan {
                    let batch = batch?;
                    rows += batch.num_rows() as u64;
                    pending_rows += batch.num_rows();
                    pending.push(batch);
                    if pending_rows >= FILE_ROWS {
                        written.push(load::write_data_file(
                            &self.store,
                            &dir,
                            &std::mem::take(&mut pending),
                            partition,
                        )?);
                        pending_rows = 0;
                    }
                }
                if !pending.is_empty() {
                    written.push(load::write_data_file(&self.store, &dir, &pending, partition)?);
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            cleanup(&written);
            return Err(e);
        }
        let removed: Vec<String> = info.snapshot.files.iter().map(|f| f.path.clone()).collect();
        let now = chrono::Utc::now().timestamp_millis();
        let mut version = info.snapshot.version + 1;
        loop {
            let mut actions = vec![Catalog::commit_info("OPTIMIZE", &[("filesRemoved", removed.len().to_string())])];
            for f in &info.snapshot.files {
                actions.push(f.remove(now, false));
            }
            for f in &written {
                let mut add = f.add.clone();
                add.data_change = false;
                actions.push(Action::Add(add));
            }
            match self.commit_actions(name, version, &actions) {
                Ok(true) => break,
                Ok(false) => {
                    let latest = self.table(name, None)?;
                    let live: HashSet<&str> = latest.snapshot.files.iter().map(|f| f.path.as_str()).collect();
                    if removed.iter().any(|p| !live.contains(p.as_str())) {
                        cleanup(&written);
                        return Err(Error::Conflict(format!(
                            "another writer changed the files of '{name}' during compaction; run it again"
                        )));
                    }
                    version = latest.snapshot.version + 1;
                }
                Err(e) => {
                    cleanup(&written);
                    return Err(e);
                }
            }
        }
        Ok(CompactReport { files_before: before, files_after: written.len(), rows, version: Some(version) })
    }

    /// Deletes data files that no kept version uses and that are older than `retain_hours`.
    /// Kept versions: the latest, and every version committed within the retention period.
    pub fn vacuum(&self, name: &str, retain_hours: u64) -> Result<VacuumReport> {
        let info = self.table(name, None)?;
        let dir = table_dir(name);
        let now = chrono::Utc::now().timestamp_millis();
        let horizon = now - (retain_hours as i64).saturating_mul(3_600_000);
        let latest = info.snapshot.version;
        let kept: Vec<u64> = (0..=latest)
            .filter(|v| *v == latest || info.snapshot.commit_time(*v).is_none_or(|t| t >= horizon))
            .collect();
        let mut needed: HashSet<String> = HashSet::new();
        for v in &kept {
            if let Some(snapshot) = delta::read_snapshot(&self.store, &dir, Some(*v))? {
                needed.extend(snapshot.files.into_iter().map(|f| f.path));
            }
        }
        let mut deleted = Vec::new();
        for object in self.store.list(&dir)? {
            let path = object.location.as_ref();
            let Some(file) = path.strip_prefix(&format!("{dir}/")) else { continue };
            if file.starts_with("_delta_log") || needed.contains(file) {
                continue;
            }
            if object.last_modified.timestamp_millis() >= horizon {
                continue;
            }
            self.store.delete(path)?;
            deleted.push(file.to_owned());
        }
        deleted.sort();
        Ok(VacuumReport { deleted, kept_versions: kept })
    }
}
