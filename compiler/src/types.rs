//! Types: the Fenl type system (language reference §2), function signatures and the catalog.

mod catalog;
mod fenl_type;
mod promotion;
mod signature;

pub use catalog::{Catalog, Example, FunctionDef, Implementation};
pub use fenl_type::{FenlType, TimeUnit, TypeClass};
pub use promotion::{can_widen, least_upper_bound, promote_to_class};
pub use signature::{FunctionSignature, ParamDef, SigType};
