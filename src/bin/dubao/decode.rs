//! Reading input files: the core's decoding rule (UTF-8, UTF-16 with a BOM, GB18030/GBK; binary
//! data and PDFs refused), from a path or standard input; positioned lines (JSON) for `--positions`.

use std::io;
use std::path::Path;

/// Reads a file (or standard input for `-`) as text.
pub fn read_text(path: &Path) -> io::Result<String> {
    let bytes = if path.as_os_str() == "-" {
        crate::read_stdin()?
    } else {
        std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?
    };
    dubao::text::decode::decode(&bytes).map(|(text, _)| text).map_err(|err| {
        let hint = if matches!(err, dubao::Error::Pdf) {
            "; or: node scripts/eval/pdf/extract_positions.mjs FILE.pdf > FILE.json && dubao analyze --positions FILE.json"
        } else {
            ""
        };
        io::Error::new(io::ErrorKind::InvalidData, format!("{}: {err}{hint}", path.display()))
    })
}

/// Reads a positioned-lines JSON file (or standard input for `-`).
pub fn read_positions(path: &Path) -> io::Result<dubao::geometry::Positions> {
    let text = read_text(path)?;
    dubao::geometry::Positions::from_json(&text).map_err(|err| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "{}: not positioned-lines JSON ({{pages: [{{page, width, height, lines: [...]}}]}}): {err}",
                path.display()
            ),
        )
    })
}
