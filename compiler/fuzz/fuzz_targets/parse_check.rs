//! Fuzz target: lex, parse, check, plan and format arbitrary bytes (see `fenl_compiler::testing`).
#![no_main]

use std::sync::OnceLock;

use fenl_compiler::tables::StaticTables;
use libfuzzer_sys::fuzz_target;

const SCHEMA: &str = include_str!("../../../tests/fixtures/schema.toml");

fuzz_target!(|data: &[u8]| {
    static TABLES: OnceLock<StaticTables> = OnceLock::new();
    let tables = TABLES.get_or_init(|| StaticTables::from_toml(SCHEMA).unwrap_or_default());
    fenl_compiler::testing::check_invariants(data, tables);
});
