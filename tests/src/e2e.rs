//! The end-to-end suite (`tests/e2e`): groups of small CSV tables, `.fenl` cases over them, and
//! each case's expected rows as CSV. Expected rows come from the original engine wherever it
//! runs the case (the `e2e_reference` binary writes them), else they are checked by hand and
//! the case says why in a `# expected: by hand — ...` header line.
//!
//! Rows are compared in (time, text) order: at equal times the two engines order keys by
//! different hashes, and the suite checks values, not that order (other tests do).

use std::path::{Path, PathBuf};

use fenl_catalog::{Catalog, Input, TableDef};
use fenl_compiler::hir::{ConstValue, ExprId, ExprKind, Hir};
use fenl_compiler::types::{Catalog as Functions, FenlType, Implementation};
use serde::Deserialize;

/// A table of a group, as `tables.toml` declares it.
#[derive(Debug, Clone, Deserialize)]
pub struct TableSpec {
    pub name: String,
    pub time_column: String,
    pub key_column: String,
    pub grouping: String,
    /// The CSV file, relative to the group's directory.
    pub file: String,
}

#[derive(Debug, Deserialize)]
struct TablesFile {
    table: Vec<TableSpec>,
}

/// A directory of tables and cases.
#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub dir: PathBuf,
    pub tables: Vec<TableSpec>,
}

/// One `.fenl` case.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub path: PathBuf,
    pub source: String,
    /// `history` or `snapshot` (`# mode: snapshot`).
    pub snapshot: bool,
    /// Why the expected rows were checked by hand, when the original engine does not run the
    /// case or deliberately differs (`# expected: by hand — reason`).
    pub by_hand: Option<String>,
}

impl Case {
    pub fn expected_path(&self) -> PathBuf {
        self.path.with_extension("csv")
    }
}

pub fn e2e_dir() -> PathBuf {
    crate::workspace_root().join("tests/e2e")
}

pub fn groups() -> Vec<Group> {
    let mut groups = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(e2e_dir())
        .unwrap_or_else(|e| panic!("tests/e2e: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("tables.toml").is_file())
        .collect();
    dirs.sort();
    for dir in dirs {
        let text = std::fs::read_to_string(dir.join("tables.toml")).unwrap_or_else(|e| panic!("{e}"));
        let file: TablesFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        groups.push(Group { name, dir, tables: file.table });
    }
    groups
}

impl Group {
    pub fn cases(&self) -> Vec<Case> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "fenl"))
            .collect();
        paths.sort();
        paths
            .into_iter()
            .map(|path| {
                let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
                let header = |key: &str| {
                    source.lines().find_map(|l| l.strip_prefix(&format!("# {key}:")).map(|v| v.trim().to_owned()))
                };
                Case {
                    name: path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
                    snapshot: header("mode").is_some_and(|m| m == "snapshot"),
                    by_hand: header("expected").filter(|e| e.starts_with("by hand")),
                    path,
                    source,
                }
            })
            .collect()
    }

    pub fn csv(&self, table: &TableSpec) -> String {
        std::fs::read_to_string(self.dir.join(&table.file)).unwrap_or_else(|e| panic!("{}: {e}", table.file))
    }

    /// A catalog in `dir` with the group's tables created and loaded.
    pub fn catalog(&self, dir: &Path) -> Catalog {
        let catalog = Catalog::open(&dir.join("catalog").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
        for table in &self.tables {
            let mut def = TableDef::new(&table.name, &table.time_column, &table.key_column);
            def.grouping = table.grouping.clone();
            catalog.create_table(&def).unwrap_or_else(|e| panic!("{e}"));
            let path = self.dir.join(&table.file);
            let input = Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"));
            catalog.load(&table.name, &[input], &|_| {}).unwrap_or_else(|e| panic!("{}: {e}", table.name));
        }
        catalog
    }
}

/// Runs a case with the runtime; the rows as CSV in comparison order.
pub fn run(catalog: &Catalog, case: &Case) -> Result<String, String> {
    run_in_chunks(catalog, case, None)
}

/// [`run`] reading the tables `chunk_rows` rows at a time (the runtime's default when `None`);
/// with a chunk size, chunks also span at most one tick boundary.
pub fn run_in_chunks(catalog: &Catalog, case: &Case, chunk_rows: Option<usize>) -> Result<String, String> {
    let analysis = fenl_compiler::analyze(&case.source, catalog);
    if analysis.has_errors() {
        let errors: Vec<String> =
            analysis.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.message.clone()).collect();
        return Err(errors.join("; "));
    }
    let hir = analysis.hir.as_ref().ok_or("no query")?;
    let logical = fenl_compiler::plan::logical::build(hir).ok_or("no plan")?;
    let physical = fenl_compiler::plan::physical::lower(&logical)?;
    let mode = if case.snapshot { fenl_runtime::ResultMode::Snapshot } else { fenl_runtime::ResultMode::History };
    let tick_rows = chunk_rows.map(|_| 1);
    let options = fenl_runtime::RunOptions { mode, chunk_rows, tick_rows, ..Default::default() };
    let batch = fenl_runtime::run(&physical, catalog, &options).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    fenl_runtime::write_csv(&batch, &mut out).map_err(|e| e.to_string())?;
    Ok(normalize(&String::from_utf8_lossy(&out)))
}

/// The header, then the rows sorted (each starts with its time, so this is time order).
pub fn normalize(csv: &str) -> String {
    let mut lines = csv.lines();
    let header = lines.next().unwrap_or_default();
    let mut rows: Vec<&str> = lines.collect();
    rows.sort_unstable();
    let mut out = format!("{header}\n");
    for row in rows {
        out.push_str(row);
        out.push('\n');
    }
    out
}

/// Whether two normalized CSV texts hold the same rows; floats agree to 12 significant digits
/// (the engines round running means differently in the last place).
pub fn same_rows(expected: &str, actual: &str) -> bool {
    let (expected, actual): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    expected.len() == actual.len()
        && expected.iter().zip(&actual).all(|(e, a)| {
            let (e, a): (Vec<&str>, Vec<&str>) = (e.split(',').collect(), a.split(',').collect());
            e.len() == a.len() && e.iter().zip(&a).all(|(x, y)| x == y || close(x, y))
        })
}

fn close(x: &str, y: &str) -> bool {
    match (x.parse::<f64>(), y.parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
        _ => false,
    }
}

/// The case as Python calling the original engine's functions by name (`C("sum", ...)`), for
/// `tests/e2e/reference.py`. `T["Table"]` is a table, `S` the session; ticks take the first
/// table the query reads as their domain (`fallback` if it reads none).
pub fn to_kaskada(hir: &Hir, fallback: &str) -> Result<String, String> {
    let root = hir.root.ok_or("no query")?;
    let first_table = hir.exprs.iter().find_map(|e| match &e.kind {
        ExprKind::Table(name) => Some(format!("T[{name:?}]")),
        _ => None,
    });
    let domain = first_table.unwrap_or_else(|| fallback.to_owned());
    Translator { hir, domain: &domain, functions: Functions::builtin() }.expr(root)
}

struct Translator<'a> {
    hir: &'a Hir,
    domain: &'a str,
    functions: &'static Functions,
}

impl Translator<'_> {
    fn expr(&self, id: ExprId) -> Result<String, String> {
        let e = self.hir.expr(id);
        Ok(match &e.kind {
            ExprKind::Literal(value) => literal(value)?,
            ExprKind::Table(name) => format!("T[{name:?}]"),
            ExprKind::FieldRef { base, field } => format!("C('fieldref', {}, {field:?})", self.expr(*base)?),
            ExprKind::Record { fields } => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|(n, v)| Ok(format!("{n:?}: {}", self.expr(*v)?)))
                    .collect::<Result<_, String>>()?;
                format!("kd.record({{{}}})", fields.join(", "))
            }
            ExprKind::Extend { extension, base } => {
                format!("C('extend_record', {}, {})", self.expr(*extension)?, self.expr(*base)?)
            }
            ExprKind::SelectFields { record, fields, keep } => {
                let names: Vec<String> = fields.iter().map(|f| format!("{f:?}")).collect();
                let function = if *keep { "select_fields" } else { "remove_fields" };
                format!("C({function:?}, {}, {})", self.expr(*record)?, names.join(", "))
            }
            ExprKind::Cast { expr, to } => format!("{}.cast({})", self.expr(*expr)?, arrow_type(to)?),
            ExprKind::Call { function, args } => self.call(function, args)?,
            ExprKind::Error => return Err("an expression that did not check".into()),
        })
    }

    fn call(&self, function: &str, args: &[ExprId]) -> Result<String, String> {
        let def = self.functions.get(function).ok_or_else(|| format!("unknown function {function}"))?;
        let mut parts = Vec::new();
        match def.implementation {
            Implementation::Tick => {
                parts.push(self.domain.to_owned());
                for a in args {
                    parts.push(self.expr(*a)?);
                }
            }
            Implementation::Aggregation => {
                // The engine's flattened form: `op(input, other args, predicate, sliding count)`.
                let (window, rest) = args.split_last().ok_or("an aggregation without a window")?;
                for a in rest {
                    parts.push(self.expr(*a)?);
                }
                match &self.hir.expr(*window).kind {
                    ExprKind::Literal(ConstValue::Null) => parts.extend(["None".to_owned(), "None".to_owned()]),
                    ExprKind::Call { function, args } if function == "since" => {
                        parts.push(self.expr(args[0])?);
                        parts.push("None".to_owned());
                    }
                    ExprKind::Call { function, args } if function == "sliding" => {
                        parts.push(self.expr(args[1])?);
                        parts.push(self.expr(args[0])?);
                    }
                    // The engine's `collect` takes a trailing duration in nanoseconds.
                    ExprKind::Call { function: window, args } if window == "trailing" && function == "collect" => {
                        parts.push("None".to_owned());
                        parts.push(self.nanos(args[0])?.to_string());
                    }
                    _ => return Err("a window the original engine does not have".into()),
                }
            }
            _ => {
                for a in args {
                    parts.push(self.expr(*a)?);
                }
            }
        }
        // A call of literals alone needs the session the engine would otherwise take from a column.
        if !args.is_empty() && args.iter().all(|a| matches!(self.hir.expr(*a).kind, ExprKind::Literal(_))) {
            parts.push("session=S".to_owned());
        }
        Ok(format!("C({function:?}, {})", parts.join(", ")))
    }
}

impl Translator<'_> {
    /// A constant duration such as `hours(2)`, in nanoseconds.
    fn nanos(&self, id: ExprId) -> Result<i64, String> {
        let ExprKind::Call { function, args } = &self.hir.expr(id).kind else {
            return Err("a trailing window of a computed duration".into());
        };
        let unit: i64 = match function.as_str() {
            "seconds" => 1_000_000_000,
            "minutes" => 60_000_000_000,
            "hours" => 3_600_000_000_000,
            "days" => 86_400_000_000_000,
            _ => return Err(format!("a trailing window of {function}")),
        };
        match args.first().map(|a| &self.hir.expr(*a).kind) {
            Some(ExprKind::Literal(ConstValue::Int(n))) => Ok(n * unit),
            Some(ExprKind::Literal(ConstValue::UInt(n))) => Ok(*n as i64 * unit),
            _ => Err("a trailing window of a computed duration".into()),
        }
    }
}

fn literal(value: &ConstValue) -> Result<String, String> {
    Ok(match value {
        ConstValue::Null => "None".to_owned(),
        ConstValue::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::UInt(u) => u.to_string(),
        ConstValue::Float(f) if f.is_finite() => format!("{f:?}"),
        ConstValue::String(s) => format!("{s:?}"),
        ConstValue::Duration(nanos) => format!("datetime.timedelta(microseconds={})", nanos / 1000),
        other => return Err(format!("no literal for {other:?}")),
    })
}

fn arrow_type(ty: &FenlType) -> Result<String, String> {
    Ok(match ty {
        t if t.is_signed_int() => format!("pa.int{}()", t.int_width().unwrap_or(64)),
        t if t.is_unsigned_int() => format!("pa.uint{}()", t.int_width().unwrap_or(64)),
        FenlType::F32 => "pa.float32()".into(),
        FenlType::F64 => "pa.float64()".into(),
        FenlType::Bool => "pa.bool_()".into(),
        FenlType::String => "pa.string()".into(),
        FenlType::Timestamp(_) => "pa.timestamp('ns')".into(),
        other => return Err(format!("no cast to {other}")),
    })
}
