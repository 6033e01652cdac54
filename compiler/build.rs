//! Generates the parser from `src/syntax/grammar.lalrpop` into `OUT_DIR`.
fn main() {
    println!("cargo:rerun-if-changed=src/syntax/grammar.lalrpop");
    lalrpop::Configuration::new().use_cargo_dir_conventions().process().expect("the Fenl grammar compiles");
}
