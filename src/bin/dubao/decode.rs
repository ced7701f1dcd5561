//! Reading input files: the core's decoding rule (UTF-8, UTF-16 with a BOM, GB18030/GBK; binary
//! data and PDFs refused), from a path or standard input.

use std::io;
use std::path::Path;

/// Reads a file (or standard input for `-`) as text.
pub fn read_text(path: &Path) -> io::Result<String> {
    let bytes = if path.as_os_str() == "-" {
        crate::read_stdin()?
    } else {
        std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?
    };
    dubao::text::decode::decode(&bytes)
        .map(|(text, _)| text)
        .map_err(|err| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {err}", path.display())))
}
