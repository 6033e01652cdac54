//! The object store under a catalog, with blocking calls (the catalog API is synchronous).

use std::sync::Arc;

use bytes::Bytes;
use futures::TryStreamExt;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ObjectMeta, ObjectStore, ObjectStoreExt, PutMode, PutOptions, PutPayload};

use crate::error::{Error, Result};

/// A store and the runtime that drives its futures.
#[derive(Debug, Clone)]
pub struct Store {
    inner: Arc<dyn ObjectStore>,
    runtime: Arc<tokio::runtime::Runtime>,
    /// The directory of a local store, for reading data files row group by row group.
    local_root: Option<std::path::PathBuf>,
}

impl Store {
    /// A store over a local directory, created if missing.
    pub fn local(dir: &std::path::Path) -> Result<Store> {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::Storage(format!("cannot create catalog directory '{}': {e}", dir.display())))?;
        let fs = LocalFileSystem::new_with_prefix(dir)?;
        let mut store = Store::new(Arc::new(fs))?;
        store.local_root = std::fs::canonicalize(dir).ok();
        Ok(store)
    }

    /// The local file behind `path`, when the store is a local directory.
    pub fn local_path(&self, path: &str) -> Option<std::path::PathBuf> {
        self.local_root.as_ref().map(|root| root.join(path))
    }

    /// A store over any object store (tests wrap one to inject faults).
    pub fn new(inner: Arc<dyn ObjectStore>) -> Result<Store> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Storage(format!("cannot start the IO runtime: {e}")))?;
        Ok(Store { inner, runtime: Arc::new(runtime), local_root: None })
    }

    fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// The object at `path`, or `None` if there is none.
    pub fn get(&self, path: &str) -> Result<Option<Bytes>> {
        // A local file is read directly: replaying a table's log reads one file per commit, and a
        // hop to the IO runtime's blocking pool per file cost more than the reads.
        if let Some(file) = self.local_path(path) {
            return match std::fs::read(&file) {
                Ok(bytes) => Ok(Some(Bytes::from(bytes))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(Error::Storage(format!("cannot read '{}': {e}", file.display()))),
            };
        }
        let path = Path::from(path);
        self.block_on(async {
            match self.inner.get(&path).await {
                Ok(result) => Ok(Some(result.bytes().await?)),
                Err(object_store::Error::NotFound { .. }) => Ok(None),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Writes an object atomically, replacing any previous one.
    pub fn put(&self, path: &str, data: Bytes) -> Result<()> {
        let path = Path::from(path);
        self.block_on(self.inner.put(&path, PutPayload::from(data)))?;
        Ok(())
    }

    /// Writes an object only if none exists at `path`; `false` if one did.
    pub fn put_if_absent(&self, path: &str, data: Bytes) -> Result<bool> {
        let path = Path::from(path);
        let options = PutOptions { mode: PutMode::Create, ..PutOptions::default() };
        match self.block_on(self.inner.put_opts(&path, PutPayload::from(data), options)) {
            Ok(_) => Ok(true),
            Err(object_store::Error::AlreadyExists { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Every object under `prefix`.
    pub fn list(&self, prefix: &str) -> Result<Vec<ObjectMeta>> {
        let prefix = Path::from(prefix);
        let objects: Vec<ObjectMeta> = self.block_on(self.inner.list(Some(&prefix)).try_collect())?;
        Ok(objects)
    }

    /// The size and modification time of an object, or `None` if there is none.
    pub fn head(&self, path: &str) -> Result<Option<ObjectMeta>> {
        let path = Path::from(path);
        match self.block_on(self.inner.head(&path)) {
            Ok(meta) => Ok(Some(meta)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Deletes an object; deleting a missing object is not an error.
    pub fn delete(&self, path: &str) -> Result<()> {
        let path = Path::from(path);
        match self.block_on(self.inner.delete(&path)) {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}
