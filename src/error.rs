//! The errors the core reports. The bindings show them as they are (`Display`, Chinese first,
//! as the page and the CLI speak to the user) or pass their [`Error::code`] on.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Input bytes with NUL bytes or another binary signature (an image, a program, an archive).
    Binary,
    /// A PDF file: not read yet (paste the text copied out of it instead).
    Pdf,
    /// Bytes that are neither UTF-8, UTF-16 with a BOM, nor GB18030/GBK text.
    Undecodable,
    /// A user-dictionary line that is not `word [freq] [pos]` (1-based line number).
    UserDict { line: usize, text: String },
    /// A JSON that is not a PDF's positioned lines (what serde said).
    Positions { detail: String },
}

impl Error {
    /// A stable machine name for the bindings (`binary`, `pdf`, `undecodable`, `user-dict`,
    /// `positions`).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Binary => "binary",
            Error::Pdf => "pdf",
            Error::Undecodable => "undecodable",
            Error::UserDict { .. } => "user-dict",
            Error::Positions { .. } => "positions",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Binary => write!(f, "这是二进制数据，不是文本文件 (this looks like binary data, not a text file)"),
            Error::Pdf => write!(
                f,
                "这是 PDF 文件：请在阅读器里全选并复制其文字后粘贴 (a PDF file: copy its text out of a PDF viewer and paste it)"
            ),
            Error::Undecodable => write!(
                f,
                "无法识别文字编码：既不是 UTF-8/UTF-16，也不是 GB18030/GBK (the file is neither UTF-8/UTF-16 nor GB18030/GBK text)"
            ),
            Error::UserDict { line, text } => {
                write!(f, "用户词典第 {line} 行无法识别：“{text}”（格式：词 [词频] [词性]）")
            }
            Error::Positions { detail } => write!(f, "版面数据无效 (positioned lines): {detail}"),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
