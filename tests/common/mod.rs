//! Shared checks for the integration tests.

/// Asserts that every non-blank line of `text` lies in exactly one of `spans` (1-based, inclusive)
/// and no blank line lies in any: the splitter's "nothing lost, nothing twice" contract.
pub fn assert_each_line_once<'a>(text: &str, spans: impl IntoIterator<Item = &'a [usize; 2]>) {
    let lines = dubao::text::normalize::split_lines(text);
    let mut owners = vec![0u32; lines.len() + 1];
    for [a, b] in spans {
        for owner in &mut owners[*a..=*b] {
            *owner += 1;
        }
    }
    for (i, line) in lines.iter().enumerate() {
        let expected = u32::from(!line.trim().is_empty());
        assert_eq!(owners[i + 1], expected, "line {} {:?}", i + 1, line);
    }
}
