//! The catalog: named tables (Delta tables under `tables/NAME/`) and views (`views/NAME.fenl`).

use std::collections::HashMap;
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, Schema, TimeUnit};

use crate::delta::{self, Action, AddFile, CommitInfo, Metadata, Protocol, Snapshot};
use crate::error::{Error, Result};
use crate::load::{self, Input};
use crate::name;
use crate::store::Store;
use crate::table::{TableDef, INTERNAL_COLUMNS, KEY_HASH, SUBSORT, TIME};

/// Rows per data file written by a load; bounds a load's memory.
pub const FILE_ROWS: usize = 1 << 20;

/// A catalog of tables and views in one store.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub(crate) store: Store,
    location: String,
    /// The latest snapshot read of each table, so that reading a table again replays only the
    /// commits since (a live materialization reads its tables after every commit).
    snapshots: std::sync::Arc<std::sync::Mutex<HashMap<String, Snapshot>>>,
}

/// One version of one table, with its definition.
#[derive(Debug, Clone)]
pub struct TableInfo {
    pub def: TableDef,
    pub snapshot: Snapshot,
    /// The user's columns (without the internal ones); empty until the first load.
    pub schema: Schema,
}

impl TableInfo {
    pub fn rows(&self) -> i64 {
        self.snapshot.files.iter().filter_map(AddFile::file_stats).map(|s| s.num_records).sum()
    }

    /// Whether the table is a logical external table (rows read from its files at each query).
    pub fn is_logical(&self) -> bool {
        self.def.external.as_ref().is_some_and(|e| e.mode == crate::external::Mode::Logical)
    }

    pub fn bytes(&self) -> i64 {
        self.snapshot.files.iter().map(|f| f.size).sum()
    }

    /// The smallest and largest event time (UTC nanoseconds), if the table has rows.
    pub fn time_range(&self) -> Option<(i64, i64)> {
        let stats: Vec<_> =
            self.snapshot.files.iter().filter_map(AddFile::file_stats).filter(|s| s.num_records > 0).collect();
        let min = stats.iter().filter_map(|s| s.min_i64(TIME)).min()?;
        let max = stats.iter().filter_map(|s| s.max_i64(TIME)).max()?;
        Some((min, max))
    }
}

/// What a load did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadReport {
    pub rows: u64,
    pub files: usize,
    pub version: u64,
}

pub(crate) fn table_dir(name: &str) -> String {
    format!("tables/{name}")
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn commit_info(operation: &str, parameters: &[(&str, String)], blind: bool) -> Action {
    Action::CommitInfo(CommitInfo {
        timestamp: now_ms(),
        operation: operation.to_owned(),
        operation_parameters: parameters.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect(),
        engine_info: Some(format!("fenl/{}", env!("CARGO_PKG_VERSION"))),
        is_blind_append: Some(blind),
    })
}

fn internal_fields() -> Vec<Field> {
    vec![
        Field::new(TIME, DataType::Int64, false),
        Field::new(SUBSORT, DataType::Int64, false),
        Field::new(KEY_HASH, DataType::Int64, false),
    ]
}

impl Catalog {
    /// Opens (creating if needed) the catalog at a directory, a `file://` URL, or an
    /// `s3://bucket/prefix` URL (credentials, region and endpoint from the usual `AWS_*`
    /// environment variables).
    pub fn open(location: &str) -> Result<Catalog> {
        if let Some(rest) = location.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if bucket.is_empty() {
                return Err(Error::InvalidArgument(format!("catalog '{location}': the URL names no bucket")));
            }
            let s3 = object_store::aws::AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .build()
                .map_err(|e| Error::InvalidArgument(format!("catalog '{location}': {e}")))?;
            let prefix = prefix.trim_matches('/');
            let store: std::sync::Arc<dyn object_store::ObjectStore> = if prefix.is_empty() {
                std::sync::Arc::new(s3)
            } else {
                std::sync::Arc::new(object_store::prefix::PrefixStore::new(s3, prefix))
            };
            return Ok(Catalog::with_store(Store::new(store)?, location));
        }
        let path = if let Some(rest) = location.strip_prefix("file://") {
            rest.to_owned()
        } else if location.contains("://") {
            return Err(Error::InvalidArgument(format!(
                "catalog '{location}': use a directory, a file:// URL or an s3://bucket/prefix URL"
            )));
        } else {
            location.to_owned()
        };
        let store = Store::local(std::path::Path::new(&path))?;
        Ok(Catalog::with_store(store, location))
    }

    /// A catalog over a given store (tests use this to inject faults).
    pub fn with_store(store: Store, location: &str) -> Catalog {
        Catalog { store, location: location.to_owned(), snapshots: Default::default() }
    }

    pub fn location(&self) -> &str {
        &self.location
    }

    /// Creates an empty table: version 0 of its log.
    pub fn create_table(&self, def: &TableDef) -> Result<()> {
        self.create_table_with_schema(def, &Schema::empty(), Vec::new())
    }

    /// Creates a table whose version 0 fixes its user columns (an empty schema leaves that to
    /// the first load) and carries `actions` (an external table's first files).
    pub(crate) fn create_table_with_schema(&self, def: &TableDef, user: &Schema, extra: Vec<Action>) -> Result<()> {
        name::validate(&def.name)?;
        name::validate(&def.grouping)
            .map_err(|_| Error::InvalidArgument(format!("invalid grouping name '{}'", def.grouping)))?;
        for (role, column) in [("time", &def.time_column), ("entity key", &def.key_column)] {
            if column.is_empty() {
                return Err(Error::InvalidArgument(format!("the {role} column name cannot be empty")));
            }
            if INTERNAL_COLUMNS.contains(&column.as_str()) {
                return Err(Error::InvalidArgument(format!("'{column}' is reserved for Fenl's internal columns")));
            }
        }
        for column in &def.partition_on {
            if [&def.time_column, &def.key_column].contains(&column)
                || def.subsort_column.as_ref() == Some(column)
                || INTERNAL_COLUMNS.contains(&column.as_str())
            {
                return Err(Error::InvalidArgument(format!("'{column}' cannot be a partition column: partition on a low-cardinality column such as a date or a region")));
            }
        }
        if self.view_text(&def.name)?.is_some() {
            return Err(Error::AlreadyExists { kind: "view", name: def.name.clone() });
        }
        let dir = table_dir(&def.name);
        // A table half-deleted by a crash leaves commits without version 0: clear them first.
        // (An external table's first data files, already written for this commit, stay.)
        if self.store.get(&delta::log_path(&dir, 0))?.is_none() {
            let keep: Vec<String> = extra
                .iter()
                .filter_map(|a| match a {
                    Action::Add(add) => Some(format!("{dir}/{}", add.path)),
                    _ => None,
                })
                .collect();
            for object in self.store.list(&dir)? {
                if !keep.iter().any(|k| k == object.location.as_ref()) {
                    self.store.delete(object.location.as_ref())?;
                }
            }
        }
        let mut fields: Vec<Field> = user.fields().iter().map(|f| f.as_ref().clone()).collect();
        fields.extend(internal_fields());
        let schema = Schema::new(fields);
        let metadata = Metadata {
            id: format!("{:016x}{:016x}", now_ms(), xxhash_rust::xxh3::xxh3_64(def.name.as_bytes())),
            name: Some(def.name.clone()),
            format: delta::actions_format(),
            schema_string: delta::arrow_to_delta(&schema)?,
            partition_columns: Vec::new(),
            configuration: def.to_configuration(),
            created_time: Some(now_ms()),
        };
        let mut actions = vec![
            commit_info("CREATE TABLE", &[("name", def.name.clone())], false),
            Action::Protocol(Protocol { min_reader_version: 1, min_writer_version: 2 }),
            Action::MetaData(metadata),
        ];
        // An external table's first refresh describes itself in its own commitInfo.
        for action in extra {
            match action {
                Action::CommitInfo(mut info) => {
                    info.operation = "CREATE TABLE".to_owned();
                    info.operation_parameters.insert("name".to_owned(), def.name.clone());
                    actions[0] = Action::CommitInfo(info);
                }
                other => actions.push(other),
            }
        }
        if !delta::commit(&self.store, &dir, 0, &actions)? {
            return Err(Error::AlreadyExists { kind: "table", name: def.name.clone() });
        }
        Ok(())
    }

    /// Table names, sorted, optionally those containing `search`.
    pub fn list_tables(&self, search: Option<&str>) -> Result<Vec<String>> {
        let mut names: Vec<String> = self
            .store
            .list("tables")?
            .iter()
            .filter_map(|meta| {
                let parts: Vec<&str> = meta.location.as_ref().split('/').collect();
                (parts.len() == 4 && parts[2] == "_delta_log" && parts[3] == format!("{:020}.json", 0))
                    .then(|| parts[1].to_owned())
            })
            .filter(|n| search.is_none_or(|s| n.to_lowercase().contains(&s.to_lowercase())))
            .collect();
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// A table at a version (the latest when `None`).
    pub fn table(&self, name: &str, version: Option<u64>) -> Result<TableInfo> {
        name::validate(name)?;
        let dir = table_dir(name);
        let cached = self.snapshots.lock().ok().and_then(|c| c.get(&dir).cloned());
        let snapshot = delta::read_snapshot_from(&self.store, &dir, version, cached.as_ref())?
            .ok_or_else(|| Error::NotFound { kind: "table", name: name.to_owned() })?;
        if cached.as_ref().is_none_or(|c| c.version <= snapshot.version) {
            if let Ok(mut cache) = self.snapshots.lock() {
                cache.insert(dir, snapshot.clone());
            }
        }
        let def = TableDef::from_configuration(&snapshot.metadata.configuration)?;
        let full = delta::delta_to_arrow(&snapshot.metadata.schema_string)?;
        let schema = Schema::new(
            full.fields()
                .iter()
                .filter(|f| !INTERNAL_COLUMNS.contains(&f.name().as_str()))
                .cloned()
                .collect::<Vec<_>>(),
        );
        Ok(TableInfo { def, snapshot, schema })
    }

    /// The latest version whose commit time is at or before `timestamp_ms`.
    pub fn version_at(&self, name: &str, timestamp_ms: i64) -> Result<u64> {
        let info = self.table(name, None)?;
        (0..=info.snapshot.version)
            .rev()
            .find(|v| info.snapshot.commit_time(*v).is_some_and(|t| t <= timestamp_ms))
            .ok_or_else(|| Error::InvalidArgument(format!("table '{name}' did not exist at that time")))
    }

    /// Deletes a table and its data. Refused while views use it, unless `force`.
    pub fn delete_table(&self, name: &str, force: bool) -> Result<()> {
        self.table(name, None)?;
        if !force {
            for (kind, users) in
                [("view", self.views_using(name)?), ("materialization", self.materializations_using(name)?)]
            {
                if !users.is_empty() {
                    return Err(Error::FailedPrecondition(format!(
                        "table '{name}' is used by {kind}{} {}; delete {} first or pass --force",
                        if users.len() == 1 { "" } else { "s" },
                        users.iter().map(|v| format!("'{v}'")).collect::<Vec<_>>().join(", "),
                        if users.len() == 1 { "it" } else { "them" }
                    )));
                }
            }
        }
        let dir = table_dir(name);
        // A subscription of an external table ends with it (its files are never touched).
        if self.store.get(&format!("subscriptions/{name}.json"))?.is_some() {
            self.store.delete(&format!("subscriptions/{name}.json"))?;
        }
        // Removing version 0 first makes the table disappear at once; the rest is cleanup.
        self.store.delete(&delta::log_path(&dir, 0))?;
        for object in self.store.list(&dir)? {
            self.store.delete(object.location.as_ref())?;
        }
        Ok(())
    }

    /// Appends the rows of `inputs` to a table in one commit.
    pub fn load(&self, name: &str, inputs: &[Input], progress: &dyn Fn(u64)) -> Result<LoadReport> {
        let info = self.table(name, None)?;
        if info.def.external.is_some() {
            return Err(Error::InvalidArgument(format!(
                "'{name}' is an external table: its rows come from its files (add files there, then `fenl table refresh {name}` if it is materialized)"
            )));
        }
        let dir = table_dir(name);
        let def = info.def.clone();
        let mut schema: Option<Schema> = (!info.schema.fields().is_empty()).then(|| info.schema.clone());
        let newly_fixed = schema.is_none();
        // Generated subsorts are the row's place in the load, offset by the table version the
        // load starts from: the first load numbers rows from 0, as the original engine does, so
        // rows at equal times across tables interleave the same way; a later load sorts after.
        let subsort_base = (info.snapshot.version as i64 & 0x7f_ffff) << 40;
        let mut written = Vec::new();
        let mut rows = 0u64;
        let cleanup = |written: &[load::WrittenFile]| {
            for file in written {
                let _ = self.store.delete(&format!("{dir}/{}", file.add.path));
            }
        };
        let result: Result<()> = (|| {
            for input in inputs {
                let (file_schema, batches) = load::read_input(input, schema.as_ref(), &[def.time_column.as_str()])?;
                for column in [&def.time_column, &def.key_column]
                    .into_iter()
                    .chain(def.subsort_column.as_ref())
                    .chain(def.partition_on.iter())
                {
                    if file_schema.field_with_name(column).is_err() {
                        return Err(Error::SchemaMismatch {
                            file: input.path.clone(),
                            message: format!(
                                "the column '{column}' is missing (columns: {})",
                                file_schema.fields().iter().map(|f| f.name().as_str()).collect::<Vec<_>>().join(", ")
                            ),
                        });
                    }
                }
                if let Some(reserved) =
                    file_schema.fields().iter().find(|f| INTERNAL_COLUMNS.contains(&f.name().as_str()))
                {
                    return Err(Error::SchemaMismatch {
                        file: input.path.clone(),
                        message: format!("the column name '{}' is reserved", reserved.name()),
                    });
                }
                if schema.is_none() {
                    schema = Some(time_as_timestamp(&file_schema, &def.time_column));
                }
                let mut pending = Partitioner::default();
                let order = schema.clone();
                let rows_before = rows;
                for batch in batches {
                    let (batch, first_line) = batch?;
                    if batch.num_rows() == 0 {
                        continue;
                    }
                    // Every file of the table keeps the table's column order.
                    let batch = match &order {
                        Some(order) => reorder(&batch, order)?,
                        None => batch,
                    };
                    let prepared =
                        load::prepare_batch(&batch, &def, &input.path, first_line, subsort_base + rows as i64)?;
                    let prepared = parsed_time_column(&prepared.batch, &def.time_column)?;
                    let prepared =
                        load::normalize_batch(&prepared, order.as_ref().unwrap_or(&file_schema)).map_err(|e| {
                            Error::InvalidInput {
                                location: crate::error::Location {
                                    file: input.path.clone(),
                                    line: Some(first_line),
                                    column: None,
                                },
                                message: e.to_string(),
                            }
                        })?;
                    rows += batch.num_rows() as u64;
                    progress(rows);
                    for (partition, batches) in pending.add(prepared, &def.partition_on, &input.path, first_line)? {
                        written.push(flush(&self.store, &dir, batches, &partition)?);
                    }
                }
                for (partition, batches) in pending.drain() {
                    written.push(flush(&self.store, &dir, batches, &partition)?);
                }
                if rows == rows_before {
                    return Err(Error::InvalidInput {
                        location: crate::error::Location { file: input.path.clone(), line: None, column: None },
                        message: "the file has no rows; nothing was committed".to_owned(),
                    });
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            cleanup(&written);
            return Err(e);
        }
        if rows == 0 {
            cleanup(&written);
            return Err(Error::InvalidArgument("the input has no rows; nothing was committed".into()));
        }
        let user_schema = schema.unwrap_or_else(Schema::empty);
        let mut version = info.snapshot.version + 1;
        let mut with_metadata = newly_fixed;
        loop {
            let mut actions = vec![commit_info(
                "WRITE",
                &[("mode", "Append".to_owned()), ("rows", rows.to_string())],
                !with_metadata,
            )];
            if with_metadata {
                let mut fields: Vec<Field> = user_schema.fields().iter().map(|f| f.as_ref().clone()).collect();
                fields.extend(internal_fields());
                let mut metadata = info.snapshot.metadata.clone();
                metadata.schema_string = delta::arrow_to_delta(&Schema::new(fields))?;
                metadata.partition_columns = def.partition_on.clone();
                actions.push(Action::MetaData(metadata));
            }
            actions.extend(written.iter().map(|f| Action::Add(f.add.clone())));
            match delta::commit(&self.store, &dir, version, &actions) {
                Ok(true) => break,
                Ok(false) => {
                    // Another writer committed first. Appends commute; a first load must agree
                    // on the schema the other one fixed.
                    let latest = match self.table(name, None) {
                        Ok(latest) => latest,
                        Err(e) => {
                            cleanup(&written);
                            return Err(e);
                        }
                    };
                    if with_metadata && !latest.schema.fields().is_empty() {
                        if latest.schema != user_schema {
                            cleanup(&written);
                            return Err(Error::Conflict(format!(
                                "another load fixed the schema of '{name}' first, and these files do not fit it"
                            )));
                        }
                        with_metadata = false;
                    }
                    version = latest.snapshot.version + 1;
                }
                Err(e) => {
                    cleanup(&written);
                    return Err(e);
                }
            }
        }
        Ok(LoadReport { rows, files: written.len(), version })
    }

    /// The data of a table version as batches in (time, subsort, key hash) order.
    pub fn scan(&self, name: &str, version: Option<u64>) -> Result<crate::scan::TableScan> {
        self.scan_with(name, version, &crate::scan::ScanOptions::default())
    }

    /// [`Catalog::scan`] with pruning options. A logical external table is read from its files
    /// now; the scan's notes say how many of their records were bad, and it knows its rows.
    pub fn scan_with(
        &self,
        name: &str,
        version: Option<u64>,
        options: &crate::scan::ScanOptions,
    ) -> Result<crate::scan::TableScan> {
        let info = self.table(name, version)?;
        if info.is_logical() {
            let (scan, tally, _) = crate::external::logical::scan(&info, options)?;
            let notes = tally.describe_bad().into_iter().map(|l| format!("{name}: {l}")).collect();
            return Ok(scan.with_notes(notes).with_rows(tally.valid as usize));
        }
        crate::scan::TableScan::open(&self.store, &table_dir(name), &info, options)
    }

    pub(crate) fn commit_actions(&self, name: &str, version: u64, actions: &[Action]) -> Result<bool> {
        delta::commit(&self.store, &table_dir(name), version, actions)
    }

    pub(crate) fn commit_info(operation: &str, parameters: &[(&str, String)]) -> Action {
        commit_info(operation, parameters, false)
    }
}

/// The schema a table is fixed with by its first load: a time column of text (CSV, JSON
/// lines) is stored as the UTC timestamps it was parsed into, as the original engine does.
fn time_as_timestamp(schema: &Schema, time_column: &str) -> Schema {
    let fields: Vec<Field> = schema
        .fields()
        .iter()
        .map(|f| match f.data_type() {
            DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View if f.name() == time_column => {
                Field::new(f.name(), DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())), true)
            }
            _ => f.as_ref().clone(),
        })
        .collect();
    Schema::new(fields)
}

/// A prepared batch with a text time column replaced by its parsed instants (`_time`).
fn parsed_time_column(batch: &RecordBatch, time_column: &str) -> Result<RecordBatch> {
    let schema = batch.schema();
    let Ok(index) = schema.index_of(time_column) else { return Ok(batch.clone()) };
    if !matches!(schema.field(index).data_type(), DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View) {
        return Ok(batch.clone());
    }
    let instants = batch
        .column_by_name(TIME)
        .and_then(|c| c.as_any().downcast_ref::<arrow_array::Int64Array>())
        .ok_or_else(|| Error::Storage("a prepared batch has no _time column".into()))?;
    let times = arrow_array::TimestampNanosecondArray::new(instants.values().clone(), None).with_timezone("+00:00");
    let mut columns = batch.columns().to_vec();
    columns[index] = Arc::new(times);
    let mut fields: Vec<Field> = schema.fields().iter().map(|f| f.as_ref().clone()).collect();
    fields[index] = Field::new(time_column, columns[index].data_type().clone(), true);
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?)
}

/// The batch's columns in the order of `schema` (matched by name).
pub(crate) fn reorder(batch: &RecordBatch, schema: &Schema) -> Result<RecordBatch> {
    let batch_schema = batch.schema();
    if batch_schema.fields().iter().map(|f| f.name()).eq(schema.fields().iter().map(|f| f.name())) {
        return Ok(batch.clone());
    }
    let indices: Result<Vec<usize>> = schema
        .fields()
        .iter()
        .map(|f| {
            batch_schema
                .index_of(f.name())
                .map_err(|_| Error::Storage(format!("column '{}' is missing from a batch", f.name())))
        })
        .collect();
    Ok(batch.project(&indices?)?)
}

/// Sorts a file's worth of batches together and writes them.
fn flush(
    store: &Store,
    dir: &str,
    batches: Vec<RecordBatch>,
    partition: &load::PartitionValues,
) -> Result<load::WrittenFile> {
    let sorted = crate::scan::sort_batches(batches)?;
    load::write_data_file(store, dir, &sorted, partition)
}

/// Rows waiting to be written, per partition; a partition is flushed when it reaches a file's worth.
#[derive(Default)]
struct Partitioner {
    groups: std::collections::BTreeMap<load::PartitionValues, (Vec<RecordBatch>, usize)>,
}

impl Partitioner {
    /// Adds a batch; returns the partitions that are now full.
    fn add(
        &mut self,
        batch: RecordBatch,
        columns: &[String],
        file: &str,
        first_line: u64,
    ) -> Result<Vec<(load::PartitionValues, Vec<RecordBatch>)>> {
        let mut parts: Vec<(load::PartitionValues, RecordBatch)> = Vec::new();
        if columns.is_empty() {
            parts.push((Vec::new(), batch));
        } else {
            let mut values = Vec::new();
            for column in columns {
                let array = batch.column_by_name(column).ok_or_else(|| Error::SchemaMismatch {
                    file: file.to_owned(),
                    message: format!("the partition column '{column}' is missing"),
                })?;
                let text = arrow_cast::cast(array, &DataType::Utf8).map_err(|e| Error::InvalidInput {
                    location: crate::error::Location {
                        file: file.to_owned(),
                        line: Some(first_line),
                        column: Some(column.clone()),
                    },
                    message: format!("cannot partition on a {} column: {e}", array.data_type()),
                })?;
                values.push(text);
            }
            let mut rows: std::collections::BTreeMap<load::PartitionValues, Vec<u32>> =
                std::collections::BTreeMap::new();
            for row in 0..batch.num_rows() {
                let key: load::PartitionValues = columns
                    .iter()
                    .zip(&values)
                    .map(|(c, v)| {
                        let v = arrow_array::cast::AsArray::as_string::<i32>(v.as_ref());
                        (c.clone(), (!arrow_array::Array::is_null(v, row)).then(|| v.value(row).to_owned()))
                    })
                    .collect();
                rows.entry(key).or_default().push(row as u32);
            }
            for (key, indices) in rows {
                let indices = arrow_array::UInt32Array::from(indices);
                let columns: Result<Vec<_>> =
                    batch.columns().iter().map(|c| Ok(arrow_select::take::take(c.as_ref(), &indices, None)?)).collect();
                parts.push((key, RecordBatch::try_new(batch.schema(), columns?)?));
            }
        }
        let mut full = Vec::new();
        for (key, part) in parts {
            let entry = self.groups.entry(key.clone()).or_default();
            entry.1 += part.num_rows();
            entry.0.push(part);
            if entry.1 >= FILE_ROWS {
                let (batches, _) = self.groups.remove(&key).unwrap_or_default();
                full.push((key, batches));
            }
        }
        Ok(full)
    }

    fn drain(&mut self) -> Vec<(load::PartitionValues, Vec<RecordBatch>)> {
        std::mem::take(&mut self.groups)
            .into_iter()
            .filter(|(_, (b, _))| !b.is_empty())
            .map(|(k, (b, _))| (k, b))
            .collect()
    }
}

/// The Arrow schema of a user column list plus the internal columns.
pub fn with_internal_columns(schema: &Schema) -> Arc<Schema> {
    let mut fields: Vec<Field> = schema.fields().iter().map(|f| f.as_ref().clone()).collect();
    fields.extend(internal_fields());
    Arc::new(Schema::new(fields))
}
