//! Fault injection: a store whose n-th call fails. For every n of a load and of a compaction,
//! the table afterwards is exactly the old or the new version, and stays readable and loadable.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use futures::stream::BoxStream;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{
    CopyOptions, GetOptions, GetResult, ListResult, MultipartUpload, ObjectMeta, ObjectStore, PutMultipartOptions,
    PutOptions, PutPayload, PutResult,
};

use super::{column_i64, csv_rows, no_progress, purchases, scan_all, write};
use fenl_catalog::{Catalog, Input, Store};

#[derive(Debug)]
struct Faulty {
    inner: LocalFileSystem,
    calls: AtomicUsize,
    fail_at: usize,
}

impl fmt::Display for Faulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Faulty({})", self.inner)
    }
}

impl Faulty {
    fn tick(&self) -> object_store::Result<()> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        if n == self.fail_at {
            return Err(object_store::Error::Generic {
                store: "faulty",
                source: format!("injected failure at call {n}").into(),
            });
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl ObjectStore for Faulty {
    async fn put_opts(
        &self,
        location: &Path,
        payload: PutPayload,
        opts: PutOptions,
    ) -> object_store::Result<PutResult> {
        self.tick()?;
        self.inner.put_opts(location, payload, opts).await
    }

    async fn put_multipart_opts(
        &self,
        location: &Path,
        opts: PutMultipartOptions,
    ) -> object_store::Result<Box<dyn MultipartUpload>> {
        self.tick()?;
        self.inner.put_multipart_opts(location, opts).await
    }

    async fn get_opts(&self, location: &Path, options: GetOptions) -> object_store::Result<GetResult> {
        self.tick()?;
        self.inner.get_opts(location, options).await
    }

    fn delete_stream(
        &self,
        locations: BoxStream<'static, object_store::Result<Path>>,
    ) -> BoxStream<'static, object_store::Result<Path>> {
        if let Err(e) = self.tick() {
            return Box::pin(futures::stream::once(async move { Err(e) }));
        }
        self.inner.delete_stream(locations)
    }

    fn list(&self, prefix: Option<&Path>) -> BoxStream<'static, object_store::Result<ObjectMeta>> {
        if let Err(e) = self.tick() {
            return Box::pin(futures::stream::once(async move { Err(e) }));
        }
        self.inner.list(prefix)
    }

    async fn list_with_delimiter(&self, prefix: Option<&Path>) -> object_store::Result<ListResult> {
        self.tick()?;
        self.inner.list_with_delimiter(prefix).await
    }

    async fn copy_opts(&self, from: &Path, to: &Path, options: CopyOptions) -> object_store::Result<()> {
        self.tick()?;
        self.inner.copy_opts(from, to, options).await
    }
}

fn faulty_catalog(dir: &std::path::Path, fail_at: usize) -> (Catalog, Arc<Faulty>) {
    let inner = LocalFileSystem::new_with_prefix(dir).unwrap_or_else(|e| panic!("{e}"));
    let faulty = Arc::new(Faulty { inner, calls: AtomicUsize::new(0), fail_at });
    let store = Store::new(faulty.clone()).unwrap_or_else(|e| panic!("{e}"));
    (Catalog::with_store(store, "faulty"), faulty)
}

/// A table at version 2 (two loads of 10 rows) in a fresh directory.
fn setup(dir: &std::path::Path) -> String {
    let cat = dir.join("cat");
    std::fs::create_dir_all(&cat).unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&cat.to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    for i in 0..2 {
        let path = write(dir, &format!("base{i}.csv"), &csv_rows(i * 10, 10));
        catalog
            .load("Purchases", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    cat.to_string_lossy().into_owned()
}

#[track_caller]
fn assert_old_or_new(location: &str, old: (u64, Vec<i64>), new: (u64, Vec<i64>), what: &str) {
    let catalog = Catalog::open(location).unwrap_or_else(|e| panic!("{e}"));
    let info = catalog.table("Purchases", None).unwrap_or_else(|e| panic!("{what}: {e}"));
    let mut amounts = column_i64(&scan_all(&catalog, "Purchases", None), "amount");
    amounts.sort_unstable();
    let state = (info.snapshot.version, amounts);
    assert!(state == old || state == new, "{what}: table is at {state:?}");
    // And the table takes the next load.
    let extra =
        std::path::Path::new(location).parent().map(|p| write(p, "extra.csv", &csv_rows(100, 1))).unwrap_or_default();
    catalog
        .load("Purchases", &[Input::new(&extra, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
        .unwrap_or_else(|e| panic!("{what}: next load: {e}"));
}

#[test]
fn every_failing_call_of_a_load_leaves_the_old_or_the_new_version() {
    let probe = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let location = setup(probe.path());
    let (catalog, counter) = faulty_catalog(std::path::Path::new(&location), usize::MAX);
    let path = write(probe.path(), "new.csv", &csv_rows(20, 10));
    catalog
        .load("Purchases", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
        .unwrap_or_else(|e| panic!("{e}"));
    let calls = counter.calls.load(Ordering::SeqCst);
    assert!(calls >= 4, "a load makes several store calls ({calls})");
    let old: Vec<i64> = (0..20).collect();
    let new: Vec<i64> = (0..30).collect();
    for n in 1..=calls {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let location = setup(dir.path());
        let (catalog, _) = faulty_catalog(std::path::Path::new(&location), n);
        let path = write(dir.path(), "new.csv", &csv_rows(20, 10));
        let _ = catalog.load("Purchases", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress);
        assert_old_or_new(&location, (2, old.clone()), (3, new.clone()), &format!("load failing at call {n}/{calls}"));
    }
}

#[test]
fn every_failing_call_of_a_compaction_leaves_the_old_or_the_new_version() {
    let probe = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let location = setup(probe.path());
    let (catalog, counter) = faulty_catalog(std::path::Path::new(&location), usize::MAX);
    catalog.compact("Purchases").unwrap_or_else(|e| panic!("{e}"));
    let calls = counter.calls.load(Ordering::SeqCst);
    let rows: Vec<i64> = (0..20).collect();
    for n in 1..=calls {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let location = setup(dir.path());
        let (catalog, _) = faulty_catalog(std::path::Path::new(&location), n);
        let _ = catalog.compact("Purchases");
        assert_old_or_new(
            &location,
            (2, rows.clone()),
            (3, rows.clone()),
            &format!("compaction failing at call {n}/{calls}"),
        );
    }
}
