//! Headlines: repairing fake-bold doubling from PDF extraction (`誓师出征誓师出征` → `誓师出征`) and
//! joining a headline's lines.

/// Fake bold doubles one line of a headline frame, and no headline line is longer than this
/// (doubled, a 128-character title). Longer lines are never read as doubled, which keeps the
/// check linear in the text: it is asked of every line, and a pasted page may be one long line.
pub const MAX_DOUBLED_CHARS: usize = 256;

/// Undoes fake-bold doubling when the whole line is made of doubled runs, word group by word group
/// (`誓师出征誓师出征 全军出击全军出击`, `奋力推动奋力推动““双招双引双招双引””`). Returns `None` when the
/// line is not entirely doubled, so real repeats in text (`看看`, `天天向上`) are left alone.
pub fn undouble(line: &str) -> Option<String> {
    // Nearly every line fails here, before any allocation.
    if !first_group_opens_with_run(line) {
        return None;
    }
    // Over MAX_DOUBLED_CHARS characters (a character takes 1–4 bytes, and `count` is quicker
    // than walking to the limit).
    if line.len() > 4 * MAX_DOUBLED_CHARS
        || (line.len() > MAX_DOUBLED_CHARS && line.chars().count() > MAX_DOUBLED_CHARS)
    {
        return None;
    }
    let groups: Vec<&str> = line.split_whitespace().collect();
    if groups.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(groups.len());
    let mut longest_run = 0;
    for group in &groups {
        let chars: Vec<char> = group.chars().collect();
        let (halves, longest) = undouble_chars(&chars)?;
        longest_run = longest_run.max(longest);
        out.push(halves);
    }
    // A lone doubled character (`看看`) is a real word; fake bold doubles whole phrases, a short
    // column name too (`建议建议`).
    let total: usize = out.iter().map(|s| s.chars().count()).sum();
    (longest_run >= 2 && total >= 2).then(|| out.join(" "))
}

/// Whether the line's first group (up to a space) opens with a run `XX`, the check
/// [`undouble_chars`] makes first, without walking the rest of the line: the second half starts
/// with the group's first character, so only where that recurs are the bytes compared (equal bytes
/// from a character boundary are equal characters).
fn first_group_opens_with_run(line: &str) -> bool {
    let line = line.trim_start();
    let Some(first) = line.chars().next() else { return false };
    let b = line.as_bytes();
    let (mut m, mut no_space_to) = (first.len_utf8(), 0);
    while 2 * m <= b.len() {
        let Some(offset) = line[m..].find(first) else { return false };
        m += offset;
        // A run with a space in it crosses the group's end, and so does any longer one.
        if 2 * m > b.len() || line[no_space_to..m].contains(char::is_whitespace) {
            return false;
        }
        no_space_to = m;
        if b[..m] == b[m..2 * m] {
            return true;
        }
        m += first.len_utf8();
    }
    false
}

/// The Z-array of `s`: `z[k]` is the length of the longest common prefix of `s` and `s[k..]`
/// (`z[0] = s.len()`). Linear time.
fn z_array(s: &[char]) -> Vec<usize> {
    let n = s.len();
    let mut z = vec![0; n];
    if n == 0 {
        return z;
    }
    z[0] = n;
    let (mut left, mut right) = (0, 0);
    for k in 1..n {
        if k < right {
            z[k] = z[k - left].min(right - k);
        }
        while k + z[k] < n && s[z[k]] == s[k + z[k]] {
            z[k] += 1;
        }
        if k + z[k] > right {
            (left, right) = (k, k + z[k]);
        }
    }
    z
}

/// Splits `chars` into consecutive runs `XX` and returns the concatenated `X`s and the longest `X`.
/// Dynamic programming over suffixes, preferring the fewest runs (then the shortest first run).
/// A run of length `k` starts at `i` where the Z-array of `chars[i..]` has `z[k] >= k`, so each
/// suffix costs one linear pass: quadratic in the group, which [`MAX_DOUBLED_CHARS`] bounds.
fn undouble_chars(chars: &[char]) -> Option<(String, usize)> {
    let n = chars.len();
    if n < 2 || !n.is_multiple_of(2) {
        return None;
    }
    // Most lines are not doubled and fail here: a doubled line opens with a run `XX`.
    let opening = z_array(chars);
    if !(1..=n / 2).any(|k| opening[k] >= k) {
        return None;
    }
    // best[i] = (runs, run length taken at i) for the suffix starting at i.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[n] = Some((0, 0));
    for i in (0..n).rev() {
        let z = if i == 0 { opening.clone() } else { z_array(&chars[i..]) };
        for k in 1..=(n - i) / 2 {
            if z[k] < k {
                continue;
            }
            if let Some((runs, _)) = best[i + 2 * k] {
                if best[i].is_none_or(|(r, _)| runs + 1 < r) {
                    best[i] = Some((runs + 1, k));
                }
            }
        }
    }
    best[0]?;
    let mut out = String::new();
    let mut longest = 0;
    let mut i = 0;
    while i < n {
        let (_, k) = best[i]?;
        out.extend(&chars[i..i + k]);
        longest = longest.max(k);
        i += 2 * k;
    }
    Some((out, longest))
}

/// The line with doubling undone where it is doubled, else trimmed as is.
pub fn clean_headline_line(line: &str) -> String {
    undouble(line.trim()).unwrap_or_else(|| line.trim().to_string())
}

/// Joins the lines of one headline: a space between parallel phrases (a line already made of
/// spaced phrases, or short phrases like `春耕备耕` / `不误农时`), nothing when a long title wraps.
pub fn join_headline_lines(lines: &[String]) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let prev = &lines[i - 1];
            let short = |s: &str| s.chars().count() <= 5;
            let latin_boundary = prev.ends_with(|c: char| c.is_ascii_alphanumeric())
                && line.starts_with(|c: char| c.is_ascii_alphanumeric());
            if prev.contains(' ') || line.contains(' ') || (short(prev) && short(line)) || latin_boundary {
                out.push(' ');
            }
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_fake_bold_titles_from_the_sample() {
        assert_eq!(undouble("誓师出征誓师出征 全军出击全军出击").as_deref(), Some("誓师出征 全军出击"));
        assert_eq!(
            undouble("奋力推动奋力推动““双招双引双招双引””取得新突破取得新突破").as_deref(),
            Some("奋力推动“双招双引”取得新突破")
        );
    }

    /// The DP as first written (comparing slices for every run length): the reference.
    fn undouble_chars_reference(chars: &[char]) -> Option<(String, usize)> {
        let n = chars.len();
        if n < 2 || !n.is_multiple_of(2) {
            return None;
        }
        let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
        best[n] = Some((0, 0));
        for i in (0..n).rev() {
            for k in 1..=(n - i) / 2 {
                if chars[i..i + k] != chars[i + k..i + 2 * k] {
                    continue;
                }
                if let Some((runs, _)) = best[i + 2 * k] {
                    if best[i].is_none_or(|(r, _)| runs + 1 < r) {
                        best[i] = Some((runs + 1, k));
                    }
                }
            }
        }
        best[0]?;
        let (mut out, mut longest, mut i) = (String::new(), 0, 0);
        while i < n {
            let (_, k) = best[i]?;
            out.extend(&chars[i..i + k]);
            longest = longest.max(k);
            i += 2 * k;
        }
        Some((out, longest))
    }

    proptest::proptest! {
        /// On lines a headline may have, the linear check gives what the slice-comparing DP gave:
        /// random doubled phrases from a small alphabet (so runs and near-runs are common).
        #[test]
        fn the_z_array_dp_agrees_with_the_reference(
            parts in proptest::collection::vec(("[誓师出征双招引ab“”—]{1,6}", proptest::bool::ANY), 1..8),
        ) {
            let text: String = parts.iter().map(|(p, doubled)| if *doubled { p.repeat(2) } else { p.clone() }).collect();
            let chars: Vec<char> = text.chars().collect();
            proptest::prop_assert_eq!(undouble_chars(&chars), undouble_chars_reference(&chars), "{}", text);
        }
    }

    #[test]
    fn a_doubled_line_opens_with_a_run() {
        for (line, opens) in [
            ("誓师誓师出征", true),
            (" 看看 天", true),
            ("aa", true),
            ("誓师出征", false),
            ("誓 誓", false),
            ("誓师 誓师", false),
            ("", false),
        ] {
            assert_eq!(first_group_opens_with_run(line), opens, "{line}");
        }
    }

    proptest::proptest! {
        /// The byte check agrees with the character check of the first group.
        #[test]
        fn the_byte_check_agrees_with_the_char_check(line in "[誓师ab“”— ]{0,12}") {
            let chars: Vec<char> = line.split_whitespace().next().unwrap_or("").chars().collect();
            let by_chars = (1..=chars.len() / 2).any(|k| chars[..k] == chars[k..2 * k]);
            proptest::prop_assert_eq!(first_group_opens_with_run(&line), by_chars);
        }
    }

    #[test]
    fn z_arrays() {
        let chars: Vec<char> = "aabxaab".chars().collect();
        assert_eq!(z_array(&chars), vec![7, 1, 0, 0, 3, 1, 0]);
        assert!(z_array(&[]).is_empty());
    }

    #[test]
    fn long_lines_are_never_doubled() {
        let line = "誓师出征".repeat(MAX_DOUBLED_CHARS / 4);
        assert!(undouble(&line).is_some());
        assert_eq!(undouble(&format!("{line}誓师出征誓师出征")), None);
        assert_eq!(undouble(&"—".repeat(32_000)), None);
    }

    #[test]
    fn repairs_a_doubled_two_character_column_name() {
        assert_eq!(undouble("建议建议").as_deref(), Some("建议"));
    }

    #[test]
    fn leaves_real_repeats_alone() {
        for text in ["看看", "天天", "天天向上", "人人都说好好学习", "谢谢", "誓师出征 全军出击", "双招双引"]
        {
            assert_eq!(undouble(text), None, "{text}");
        }
    }

    #[test]
    fn clean_line_keeps_normal_titles() {
        assert_eq!(clean_headline_line(" 新仓久久为功推动平安建设 "), "新仓久久为功推动平安建设");
        assert_eq!(clean_headline_line("春耕备耕春耕备耕"), "春耕备耕");
    }

    #[test]
    fn joins_wrapped_and_parallel_headline_lines() {
        let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_headline_lines(&lines(&["既有住宅加装电梯", "新规明起实施"])), "既有住宅加装电梯新规明起实施");
        assert_eq!(join_headline_lines(&lines(&["春耕备耕", "不误农时"])), "春耕备耕 不误农时");
        assert_eq!(
            join_headline_lines(&lines(&["誓师出征 全军出击", "奋力推动“双招双引”取得新突破"])),
            "誓师出征 全军出击 奋力推动“双招双引”取得新突破"
        );
    }
}
