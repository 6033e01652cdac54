//! The files behind an external table: a file, every file under a directory, or a glob.
//! Hidden and temporary files (`.name`, `_name`, `*.tmp`, `*.partial`, `*~`) are never read, so a
//! writer that writes a temporary name and renames it into place is picked up only when complete.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// One file as listed: its identity for refreshes is (path, size, modification time).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub path: String,
    pub size: u64,
    /// Modification time, nanoseconds since the epoch.
    pub modified: i64,
}

fn is_glob(path: &str) -> bool {
    path.contains(['*', '?', '[', '{'])
}

/// Whether a file name is one a writer is still working on, or hidden.
fn ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('_')
        || name.ends_with(".tmp")
        || name.ends_with(".partial")
        || name.ends_with('~')
}

/// The path stored in a definition: absolute, so the table reads the same files from any directory.
pub fn absolute(path: &str) -> Result<String> {
    if path.is_empty() {
        return Err(Error::InvalidArgument("--path cannot be empty".into()));
    }
    let absolute = std::path::absolute(path)
        .map_err(|e| Error::InvalidArgument(format!("--path {path:?}: cannot make it absolute ({e})")))?;
    Ok(absolute.to_string_lossy().into_owned())
}

fn source(path: &Path) -> Result<Source> {
    let meta = std::fs::metadata(path).map_err(|e| Error::InvalidInput {
        location: crate::error::Location { file: path.display().to_string(), line: None, column: None },
        message: format!("cannot read its metadata: {e}"),
    })?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64);
    Ok(Source { path: path.display().to_string(), size: meta.len(), modified })
}

/// Every regular file under `dir`, recursively, that is neither hidden nor temporary.
fn walk(dir: &Path, matches: &dyn Fn(&Path) -> bool) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| e.depth() == 0 || !ignored(&e.file_name().to_string_lossy())) {
        let entry = entry.map_err(|e| Error::InvalidArgument(format!("cannot list '{}': {e}", dir.display())))?;
        if entry.file_type().is_file() && matches(entry.path()) {
            out.push(source(entry.path())?);
        }
    }
    Ok(out)
}

/// The files an external table's path names now, sorted by path (the load order).
pub fn list(path: &str) -> Result<Vec<Source>> {
    let mut sources = if is_glob(path) {
        let glob = globset::GlobBuilder::new(path)
            .literal_separator(true)
            .build()
            .map_err(|e| Error::InvalidArgument(format!("--path {path:?} is not a valid glob: {e}")))?
            .compile_matcher();
        // Walk from the deepest directory without glob characters.
        let base: PathBuf =
            Path::new(path).components().take_while(|c| !is_glob(&c.as_os_str().to_string_lossy())).collect();
        if !base.is_dir() {
            return Ok(Vec::new());
        }
        walk(&base, &|p| glob.is_match(p))?
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            walk(p, &|_| true)?
        } else if p.is_file() {
            vec![source(p)?]
        } else {
            return Err(Error::InvalidArgument(format!("--path '{path}' is neither a file, a directory nor a glob")));
        }
    };
    sources.sort();
    Ok(sources)
}

/// The directory an external table's files appear in (what a subscription watches).
pub fn watched_dir(path: &str) -> PathBuf {
    let p = Path::new(path);
    if is_glob(path) {
        p.components().take_while(|c| !is_glob(&c.as_os_str().to_string_lossy())).collect()
    } else if p.is_file() {
        p.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        p.to_path_buf()
    }
}
