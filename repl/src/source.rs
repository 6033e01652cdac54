//! Reading Fenl source files: UTF-8 validation with a precise location.

use std::path::Path;

/// Reads a `.fenl` file (or stdin for `-`). Errors name the file and, for bad UTF-8, the
/// line and column of the first invalid byte.
pub fn read_source(path: &Path) -> Result<String, String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buffer = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buffer)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        buffer
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read '{}': {e}", path.display()))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]);
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!(
            "{}:{line}:{column}: invalid UTF-8 (byte 0x{:02x} at offset {valid}); Fenl source must be UTF-8",
            path.display(),
            bytes.get(valid).copied().unwrap_or(0)
        )
    })
}
