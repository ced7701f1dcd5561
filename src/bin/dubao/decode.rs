//! Reading input files: UTF-8 (with or without BOM) first, then GB18030/GBK; binary data refused.

use std::io;
use std::path::Path;

/// Reads a file (or standard input for `-`) as text.
pub fn read_text(path: &Path) -> io::Result<String> {
    let bytes = if path.as_os_str() == "-" {
        crate::read_stdin()?
    } else {
        std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?
    };
    decode(&bytes).map_err(|msg| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {msg}", path.display())))
}

/// Decodes bytes: strict UTF-8 (BOM dropped), else strict GB18030 (a superset of GBK and GB2312).
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err("this looks like binary data (NUL bytes), not a text file".into());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err("the file is neither UTF-8 nor GB18030/GBK text".into());
    }
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("读报".as_bytes()).unwrap(), "读报");
        assert_eq!(decode(b"\xEF\xBB\xBF\xE8\xAF\xBB").unwrap(), "读");
    }

    #[test]
    fn gbk_is_detected() {
        let (gbk, _, _) = encoding_rs::GBK.encode("本报讯 昨天上午");
        assert_eq!(decode(&gbk).unwrap(), "本报讯 昨天上午");
    }

    #[test]
    fn binary_and_garbage_are_refused() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0").unwrap_err().contains("binary"));
        assert!(decode(b"\xff\xff\xff\xfe").is_err());
    }
}
