//! The catalog as the compiler's source of table schemas and views.

use fenl_compiler::tables::{TableProvider, TableSchema};
use fenl_compiler::types::FenlType;

use crate::catalog::Catalog;

impl TableProvider for Catalog {
    fn table(&self, name: &str) -> Option<TableSchema> {
        let info = Catalog::table(self, name, None).ok()?;
        let columns = info
            .schema
            .fields()
            .iter()
            .filter_map(|f| Some((f.name().clone(), FenlType::from_arrow(f.data_type())?)))
            .collect();
        Some(TableSchema {
            name: info.def.name.clone(),
            time_column: info.def.time_column.clone(),
            key_column: info.def.key_column.clone(),
            subsort_column: info.def.subsort_column.clone(),
            grouping: info.def.grouping.clone(),
            columns,
        })
    }

    fn table_names(&self) -> Vec<String> {
        self.list_tables(None).unwrap_or_default()
    }

    fn view(&self, name: &str) -> Option<String> {
        self.view_text(name).ok().flatten()
    }

    fn view_names(&self) -> Vec<String> {
        self.list_views().map(|v| v.into_iter().map(|(n, _)| n).collect()).unwrap_or_default()
    }
}
