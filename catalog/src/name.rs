//! Table and view names: letters, digits and `_`, starting with a letter; never used raw as a
//! path component without this check.

use crate::error::{Error, Result};

/// Longest accepted name, in bytes.
pub const MAX_NAME_LEN: usize = 128;

/// Checks a table or view name.
pub fn validate(name: &str) -> Result<()> {
    let fail = |reason: &str| Err(Error::InvalidName { name: name.to_owned(), reason: reason.to_owned() });
    let Some(first) = name.chars().next() else {
        return fail("a name cannot be empty");
    };
    if name.len() > MAX_NAME_LEN {
        return fail(&format!("a name is at most {MAX_NAME_LEN} characters"));
    }
    if !first.is_ascii_alphabetic() {
        return fail("a name must start with an ASCII letter");
    }
    if let Some(bad) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '_')) {
        return fail(&format!("{bad:?} is not allowed: use ASCII letters, digits and '_'"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::validate;

    #[test]
    fn accepts_identifiers_and_refuses_paths_and_controls() {
        for ok in ["Purchases", "a", "Page_Views2"] {
            assert!(validate(ok).is_ok(), "{ok}");
        }
        for bad in ["", "../x", "a/b", "1abc", "_x", "a b", "a\u{7}", "naïve", "a.b", "a\\b", &"x".repeat(200)] {
            assert!(validate(bad).is_err(), "{bad:?}");
        }
    }
}
