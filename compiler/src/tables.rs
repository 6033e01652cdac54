//! What the compiler needs to know about tables and views, supplied by the catalog or by tests.

use crate::types::FenlType;

/// The schema and keys of one table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSchema {
    pub name: String,
    pub time_column: String,
    pub key_column: String,
    pub subsort_column: Option<String>,
    /// The entity type; tables combine directly only within one grouping.
    pub grouping: String,
    /// All columns in order, the time, key and subsort columns included.
    pub columns: Vec<(String, FenlType)>,
}

impl TableSchema {
    /// The type of the entity key column.
    pub fn key_type(&self) -> Option<&FenlType> {
        self.columns.iter().find(|(n, _)| *n == self.key_column).map(|(_, t)| t)
    }

    /// The table as a record type: one field per column.
    pub fn record_type(&self) -> FenlType {
        FenlType::Record(self.columns.clone())
    }
}

/// Name resolution for tables and views.
pub trait TableProvider {
    fn table(&self, name: &str) -> Option<TableSchema>;
    fn table_names(&self) -> Vec<String>;
    /// The Fenl text of a view (a named expression stored in the catalog).
    fn view(&self, _name: &str) -> Option<String> {
        None
    }
    fn view_names(&self) -> Vec<String> {
        Vec::new()
    }
}

/// A provider over a fixed list of tables and views, for tests, the `--schema` flag and tools.
#[derive(Debug, Clone, Default)]
pub struct StaticTables {
    pub tables: Vec<TableSchema>,
    pub views: Vec<(String, String)>,
}

impl TableProvider for StaticTables {
    fn table(&self, name: &str) -> Option<TableSchema> {
        self.tables.iter().find(|t| t.name == name).cloned()
    }

    fn table_names(&self) -> Vec<String> {
        self.tables.iter().map(|t| t.name.clone()).collect()
    }

    fn view(&self, name: &str) -> Option<String> {
        self.views.iter().find(|(n, _)| n == name).map(|(_, text)| text.clone())
    }

    fn view_names(&self) -> Vec<String> {
        self.views.iter().map(|(n, _)| n.clone()).collect()
    }
}

/// The schema file format of `fenl check --schema FILE`: tables declared without data.
///
/// ```toml
/// [[table]]
/// name = "Purchases"
/// time_column = "time"
/// entity_key_column = "customer_id"
/// grouping = "customer"            # optional, defaults to the name
/// columns = ["time: timestamp_ns", "customer_id: string", "amount: f64"]
///
/// [[view]]
/// name = "BigPurchases"
/// expression = "Purchases | when(Purchases.amount > 100)"
/// ```
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SchemaFile {
    #[serde(default)]
    table: Vec<SchemaTable>,
    #[serde(default)]
    view: Vec<SchemaView>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SchemaTable {
    name: String,
    time_column: String,
    entity_key_column: String,
    #[serde(default)]
    subsort_column: Option<String>,
    #[serde(default)]
    grouping: Option<String>,
    columns: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SchemaView {
    name: String,
    expression: String,
}

impl StaticTables {
    /// Reads a schema file (see [`SchemaFile`]'s format above).
    pub fn from_toml(text: &str) -> Result<StaticTables, String> {
        let file: SchemaFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut tables = Vec::new();
        for t in file.table {
            let mut columns = Vec::new();
            for column in &t.columns {
                let (name, ty) = column
                    .split_once(':')
                    .ok_or_else(|| format!("table '{}': column '{column}' should be written 'name: type'", t.name))?;
                let ty = crate::types::parse_type(ty.trim())
                    .ok_or_else(|| format!("table '{}': unknown type '{}'", t.name, ty.trim()))?;
                columns.push((name.trim().to_owned(), ty));
            }
            for (role, column) in [("time", &t.time_column), ("entity key", &t.entity_key_column)] {
                if columns.iter().all(|(n, _)| n != column) {
                    return Err(format!("table '{}': the {role} column '{column}' is not among its columns", t.name));
                }
            }
            tables.push(TableSchema {
                grouping: t.grouping.unwrap_or_else(|| t.name.clone()),
                name: t.name,
                time_column: t.time_column,
                key_column: t.entity_key_column,
                subsort_column: t.subsort_column,
                columns,
            });
        }
        Ok(StaticTables { tables, views: file.view.into_iter().map(|v| (v.name, v.expression)).collect() })
    }
}
