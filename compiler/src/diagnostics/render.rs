//! Rendering diagnostics: ariadne text for people, JSON lines for tools.
//!
//! The only place that knows ariadne. Tests render with `color = false`.

use ariadne::{Color, Config, IndexType, Label as AriadneLabel, Report, ReportKind, Source};

use super::{Diagnostic, Severity, Span};

/// Renders diagnostics against the source they point into, `name` naming it in `-->` lines.
pub fn render(diagnostics: &[Diagnostic], name: &str, source: &str, color: bool) -> String {
    let mut out = Vec::new();
    for diagnostic in diagnostics {
        let clamp = |span: Span| clamp_span(span, source);
        let kind = match diagnostic.severity() {
            Severity::Warning => ReportKind::Warning,
            Severity::Error => ReportKind::Error,
            Severity::Bug => ReportKind::Custom("Bug", Color::Magenta),
        };
        let primary = clamp(diagnostic.primary.span);
        let mut report = Report::build(kind, (name, primary.start..primary.end))
            .with_config(Config::default().with_color(color).with_index_type(IndexType::Byte))
            .with_code(diagnostic.code.as_str())
            .with_message(&diagnostic.message)
            .with_label(with_color(
                AriadneLabel::new((name, primary.start..primary.end)).with_message(&diagnostic.primary.message),
                color,
                Color::Red,
            ));
        for secondary in &diagnostic.secondary {
            let span = clamp(secondary.span);
            report = report.with_label(with_color(
                AriadneLabel::new((name, span.start..span.end)).with_message(&secondary.message),
                color,
                Color::Blue,
            ));
        }
        for note in &diagnostic.notes {
            report = report.with_note(note);
        }
        if let Some(help) = &diagnostic.help {
            report = report.with_help(help);
        }
        // Writing into a Vec cannot fail.
        let _ = report.finish().write((name, Source::from(source)), &mut out);
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    // ariadne pads lines; trailing whitespace makes snapshots brittle.
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + if text.is_empty() { "" } else { "\n" }
}

fn with_color(
    label: AriadneLabel<(&str, std::ops::Range<usize>)>,
    color: bool,
    c: Color,
) -> AriadneLabel<(&str, std::ops::Range<usize>)> {
    if color {
        label.with_color(c)
    } else {
        label
    }
}

/// Keeps a span inside the text and on character boundaries, so a bad span never panics a renderer.
fn clamp_span(span: Span, source: &str) -> Span {
    let mut start = span.start.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

/// Maps byte offsets to 1-based line and column (columns count characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { line_starts }
    }

    /// 0-based line and the byte offset of that line's start.
    pub fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset).saturating_sub(1);
        (line, self.line_starts.get(line).copied().unwrap_or(0))
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = clamp_span(Span::new(offset, offset), source).start;
        let (line, start) = self.line_of(offset);
        let column = source.get(start..offset).map_or(0, |s| s.chars().count());
        (line + 1, column + 1)
    }
}
