//! Byte offsets ↔ LSP positions (line, character), in UTF-16 code units or UTF-8 bytes as
//! negotiated with the client.

use fenl_compiler::diagnostics::Span;
use lsp_types::{Position, Range};

/// How a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-16 code units: the LSP default.
    #[default]
    Utf16,
    /// Bytes, when the client offers `utf-8`.
    Utf8,
}

/// Line starts of one text, for converting positions both ways.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    encoding: Encoding,
}

impl LineIndex {
    pub fn new(text: &str, encoding: Encoding) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts, encoding }
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// The position of a byte offset (clamped to the text, rounded down to a char boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let prefix = &text[start..offset];
        let character = match self.encoding {
            Encoding::Utf8 => prefix.len(),
            Encoding::Utf16 => prefix.encode_utf16().count(),
        };
        Position { line: line as u32, character: character as u32 }
    }

    pub fn range(&self, text: &str, span: Span) -> Range {
        Range { start: self.position(text, span.start), end: self.position(text, span.end) }
    }

    /// The byte offset of a position; past the end of a line means its end (before `\r\n`
    /// or `\n`), past the last line means the end of the text.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else { return text.len() };
        let end = self.starts.get(position.line as usize + 1).map_or(text.len(), |&next| next - 1);
        let line = &text[start..end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut units = 0usize;
        for (i, c) in line.char_indices() {
            if units >= position.character as usize {
                return start + i;
            }
            units += match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
        }
        start + line.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_both_ways_in_both_encodings() {
        let text = "let é = 1\r\nin é + 😀x\n";
        let utf16 = LineIndex::new(text, Encoding::Utf16);
        let x = text.find('x').unwrap_or(0);
        assert_eq!(utf16.position(text, x), Position { line: 1, character: 9 });
        assert_eq!(utf16.offset(text, Position { line: 1, character: 9 }), x);
        let utf8 = LineIndex::new(text, Encoding::Utf8);
        assert_eq!(utf8.position(text, x), Position { line: 1, character: 12 });
        assert_eq!(utf8.offset(text, Position { line: 1, character: 12 }), x);
        // Past the end of a line stops before its CRLF; past the end of the text clamps.
        assert_eq!(utf16.offset(text, Position { line: 0, character: 99 }), 10);
        assert_eq!(utf16.offset(text, Position { line: 9, character: 0 }), text.len());
        // A character of two UTF-16 units.
        let smile = text.find('😀').unwrap_or(0);
        assert_eq!(utf16.offset(text, Position { line: 1, character: 7 }), smile);
    }
}
