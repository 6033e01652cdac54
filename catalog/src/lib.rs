//! The Fenl catalog: managed event tables, their Parquet/Delta storage, external tables and views.
//!
//! Not built yet (issue "Catalog"). The compiler sees tables only through
//! `fenl_compiler::TableProvider`, which this crate will implement.
