//! Materializations: a named query kept up to date in a directory of result files. The catalog
//! keeps the definition (`materializations/<Name>.json`); the state of its runs lives with its
//! results (the `fenl` binary's `materialize` module), so they are committed together.

use bytes::Bytes;
use fenl_compiler::hir::ExprKind;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::name;

/// A materialization's definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaterializationDef {
    pub name: String,
    /// The Fenl text, as it was when the materialization was created.
    pub query: String,
    /// Where the text came from (the `.fenl` file given at creation).
    pub source: String,
    /// The result directory.
    pub to: String,
    /// parquet, csv or jsonl.
    pub format: String,
    /// history or snapshot.
    pub results: String,
    /// The tables the query reads.
    pub tables: Vec<String>,
    pub created_ms: i64,
}

fn path(name: &str) -> String {
    format!("materializations/{name}.json")
}

/// The tables a query reads (directly or through views), or its diagnostics.
fn tables_of(catalog: &Catalog, query: &str) -> Result<Vec<String>> {
    let analysis = fenl_compiler::analyze(query, catalog);
    if analysis.has_errors() {
        return Err(Error::InvalidExpression { diagnostics: analysis.diagnostics, source: query.to_owned() });
    }
    let mut tables: Vec<String> = analysis
        .hir
        .iter()
        .flat_map(|hir| hir.exprs.iter())
        .filter_map(|e| match &e.kind {
            ExprKind::Table(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    tables.sort();
    tables.dedup();
    Ok(tables)
}

impl Catalog {
    /// The tables a query reads (directly or through views); an error if it does not compile.
    pub fn query_tables(&self, query: &str) -> Result<Vec<String>> {
        tables_of(self, query)
    }

    /// Checks the query and stores the definition; its `tables` are filled in here.
    pub fn create_materialization(&self, def: &MaterializationDef) -> Result<MaterializationDef> {
        name::validate(&def.name)?;
        let mut def = def.clone();
        def.tables = tables_of(self, &def.query)?;
        let text = serde_json::to_vec_pretty(&def).map_err(|e| Error::Storage(e.to_string()))?;
        if !self.store.put_if_absent(&path(&def.name), Bytes::from(text))? {
            return Err(Error::AlreadyExists { kind: "materialization", name: def.name.clone() });
        }
        Ok(def)
    }

    /// A materialization's definition.
    pub fn materialization(&self, name: &str) -> Result<MaterializationDef> {
        let missing = || Error::NotFound { kind: "materialization", name: name.to_owned() };
        name::validate(name).map_err(|_| missing())?;
        let bytes = self.store.get(&path(name))?.ok_or_else(missing)?;
        serde_json::from_slice(&bytes)
            .map_err(|e| Error::Storage(format!("materialization '{name}' has an unreadable definition: {e}")))
    }

    /// All materializations, sorted by name.
    pub fn list_materializations(&self) -> Result<Vec<MaterializationDef>> {
        let mut out = Vec::new();
        for object in self.store.list("materializations")? {
            let Some(name) = object.location.filename().and_then(|f| f.strip_suffix(".json")) else { continue };
            if name::validate(name).is_ok() {
                out.push(self.materialization(name)?);
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Removes the definition (the result directory is the caller's).
    pub fn delete_materialization(&self, name: &str) -> Result<MaterializationDef> {
        let def = self.materialization(name)?;
        self.store.delete(&path(name))?;
        Ok(def)
    }

    /// The materializations that read `table`.
    pub fn materializations_using(&self, table: &str) -> Result<Vec<String>> {
        Ok(self
            .list_materializations()?
            .into_iter()
            .filter(|m| m.tables.iter().any(|t| t == table))
            .map(|m| m.name)
            .collect())
    }
}
