//! The files behind an external table: a file, every file under a directory, or a glob, on the
//! local file system or in S3 (`s3://bucket/prefix/`, `s3://bucket/logs/*.jsonl`; credentials,
//! region and endpoint from the usual `AWS_*` variables, as for catalogs).
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
    if path.contains("://") {
        if s3_parts(path).is_none() {
            return Err(Error::InvalidArgument(format!(
                "--path '{path}': use a local path or an s3://bucket/prefix URL"
            )));
        }
        return Ok(path.to_owned());
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

/// `s3://bucket/key-or-pattern` as (bucket, key-or-pattern).
fn s3_parts(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix("s3://")?;
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    (!bucket.is_empty()).then_some((bucket, key))
}

fn s3_store(path: &str, bucket: &str) -> Result<crate::Store> {
    let s3 = object_store::aws::AmazonS3Builder::from_env()
        .with_bucket_name(bucket)
        .build()
        .map_err(|e| Error::InvalidArgument(format!("--path '{path}': {e}")))?;
    crate::Store::new(std::sync::Arc::new(s3))
}

/// Objects under an S3 prefix (or matching a glob of keys), as sources named by their URLs.
fn list_s3(path: &str, bucket: &str, key: &str) -> Result<Vec<Source>> {
    let store = s3_store(path, bucket)?;
    let (prefix, glob) = if is_glob(key) {
        let prefix: String = key.split('/').take_while(|c| !is_glob(c)).collect::<Vec<_>>().join("/");
        let glob = globset::GlobBuilder::new(key)
            .literal_separator(true)
            .build()
            .map_err(|e| Error::InvalidArgument(format!("--path {path:?} is not a valid glob: {e}")))?
            .compile_matcher();
        (prefix, Some(glob))
    } else {
        (key.trim_end_matches('/').to_owned(), None)
    };
    let mut out = Vec::new();
    for object in store.list(&prefix)? {
        let location = object.location.as_ref();
        let name = location.rsplit('/').next().unwrap_or_default();
        let relative = location.strip_prefix(prefix.as_str()).unwrap_or(location);
        if relative.split('/').any(ignored) || name.is_empty() {
            continue;
        }
        if glob.as_ref().is_some_and(|g| !g.is_match(location)) {
            continue;
        }
        out.push(Source {
            path: format!("s3://{bucket}/{location}"),
            size: object.size,
            modified: object.last_modified.timestamp_nanos_opt().unwrap_or(0),
        });
    }
    Ok(out)
}

/// An opened source: a local file, or an object's bytes.
pub enum Opened {
    File(std::fs::File),
    Bytes(bytes::Bytes),
}

impl Opened {
    pub fn into_read(self) -> Box<dyn std::io::Read + Send> {
        match self {
            Opened::File(f) => Box::new(f),
            Opened::Bytes(b) => Box::new(std::io::Cursor::new(b)),
        }
    }
}

/// Opens a source for reading.
pub fn open(path: &str) -> Result<Opened> {
    let error = |message: String| Error::InvalidInput {
        location: crate::error::Location { file: path.to_owned(), line: None, column: None },
        message,
    };
    if let Some((bucket, key)) = s3_parts(path) {
        let store = s3_store(path, bucket)?;
        return match store.get(key)? {
            Some(bytes) => Ok(Opened::Bytes(bytes)),
            None => Err(error("cannot open: the object does not exist".to_owned())),
        };
    }
    std::fs::File::open(path).map(Opened::File).map_err(|e| error(format!("cannot open: {e}")))
}

/// The files an external table's path names now, sorted by path (the load order).
pub fn list(path: &str) -> Result<Vec<Source>> {
    if let Some((bucket, key)) = s3_parts(path) {
        let mut sources = list_s3(path, bucket, key)?;
        sources.sort();
        return Ok(sources);
    }
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
