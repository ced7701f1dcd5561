//! Bytes to text, the same rule for the CLI and the page: UTF-8 (BOM dropped), UTF-16 with a BOM,
//! else strict GB18030 (a superset of GBK and GB2312); binary data and PDFs refused.

use crate::error::{Error, Result};

/// Which encoding [`decode`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Gb18030,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// Signatures of files people drop by mistake that contain no NUL in their first bytes.
const BINARY_SIGNATURES: &[&[u8]] = &[b"\x89PNG", b"\xFF\xD8\xFF", b"GIF8", b"PK\x03\x04", b"\x1F\x8B", b"\x7FELF"];

/// Decodes bytes to text with the encoding found.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding)> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, Encoding::Utf16Be);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"%PDF-") {
        return Err(Error::Pdf);
    }
    if bytes.contains(&0) || BINARY_SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return Err(Error::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Encoding::Utf8));
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(Error::Undecodable);
    }
    Ok((text.into_owned(), Encoding::Gb18030))
}

fn utf16(bytes: &[u8], encoding: Encoding) -> Result<(String, Encoding)> {
    let codec = if encoding == Encoding::Utf16Le { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
    match codec.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) if !text.contains('\0') => Ok((text.into_owned(), encoding)),
        Some(_) => Err(Error::Binary),
        None => Err(Error::Undecodable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(bytes).unwrap().0
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("读报".as_bytes()).unwrap(), ("读报".to_string(), Encoding::Utf8));
        assert_eq!(text(b"\xEF\xBB\xBF\xE8\xAF\xBB"), "读");
    }

    #[test]
    fn utf16_with_a_bom_both_orders() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("本报讯\r\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("本报讯".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le).unwrap(), ("本报讯\r\n".to_string(), Encoding::Utf16Le));
        assert_eq!(decode(&be).unwrap(), ("本报讯".to_string(), Encoding::Utf16Be));
        assert_eq!(decode(&le[..le.len() - 1]), Err(Error::Undecodable));
    }

    #[test]
    fn gbk_is_detected() {
        let (gbk, _, _) = encoding_rs::GBK.encode("本报讯 昨天上午");
        assert_eq!(decode(&gbk).unwrap(), ("本报讯 昨天上午".to_string(), Encoding::Gb18030));
    }

    #[test]
    fn binary_pdf_and_garbage_are_refused() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(Error::Binary));
        assert_eq!(decode(b"\x7FELF\x02\x01\x01"), Err(Error::Binary));
        assert_eq!(decode(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3"), Err(Error::Pdf));
        assert_eq!(decode(b"\xff\xff\xff\xfe"), Err(Error::Undecodable));
        assert!(decode(b"\xff\xff\xff\xfe").unwrap_err().to_string().contains("GB18030"));
    }
}
