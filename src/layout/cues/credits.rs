//! Reading credits: byline lines (`■记 者 黄雨欣`, `通讯员 夏晓蕾 倪春军`), photo credits
//! (`■摄影 王 强`, trailing a caption), and datelines that open a body
//! (`本报讯`, `本报北京2月14日电（记者郑启明、孟瑶）`, `新华社北京2月9日电`).

use crate::report::Credit;
use crate::text::chars::is_ideograph;

/// Roles as they appear in bylines, longest first so `本报记者` wins over `记者`.
const ROLES: &[&str] = &[
    "本报特约记者",
    "本报见习记者",
    "本报实习记者",
    "本报通讯员",
    "摄影记者",
    "本报记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "新华社记者",
    "特约通讯员",
    "通讯员",
    "实习生",
    "记者",
    "摄影",
    "摄像",
    "本版制图",
    "本期统筹",
    "版式设计",
    "版式",
    "文/图",
    "图/文",
    "文／图",
    "图／文",
    "文图",
    "图文",
    "撰文",
    "制图",
    "供图",
    "整理",
    "作者",
    "文",
    "图",
];

/// Markers PDF layouts put before a byline.
const MARKERS: &[char] = &['■', '□', '●', '◆', '▲', '★', '☆', '◇', '▇', '█'];

/// Layout credits (制图, 版式, a special page's coordinator 本期统筹) close an article but are not
/// its byline.
pub fn is_layout_role(role: &str) -> bool {
    matches!(role, "制图" | "本版制图" | "本期统筹" | "版式" | "版式设计")
}

/// Roles that mark a photo credit.
pub fn is_photo_role(role: &str) -> bool {
    matches!(role, "摄影" | "摄影记者" | "摄像" | "供图" | "图")
}

fn strip_markers(s: &str) -> &str {
    s.trim().trim_start_matches(MARKERS).trim()
}

/// Photo agencies and photo columns that stand for a photo's credit on their own (`新华社发`) or in
/// parentheses after the photographer (`苏明远摄（人民视觉）`).
const PHOTO_SOURCES: &[&str] = &[
    "新华社发",
    "中新社发",
    "人民视觉",
    "视觉中国",
    "影像中国",
    "人民图片",
    "东方IC",
    "资料图片",
    "本报资料图片",
    "CFP",
];

/// The role given to a photo source (`新华社发`): its name is the source as written.
const SOURCE_ROLE: &str = "供图";

/// Parses a whole line as credits; `None` when any part of it is not a role or a name.
pub fn parse_credit_line(line: &str) -> Option<Vec<Credit>> {
    let body = strip_markers(line);
    // Asked of every line: sentence marks and quotes are running text, never a credit.
    // Asked of every line: the length first, in bytes before characters (at most 4 bytes each).
    let too_long = body.len() > 4 * 40 || body.chars().count() > 40;
    if body.is_empty() || too_long || body.contains(['。', '；', '？', '！', '“', '”']) {
        return None;
    }
    if let Some(source) = photo_source(body) {
        return Some(vec![Credit { role: SOURCE_ROLE.into(), names: vec![source.into()] }]);
    }
    if let Some((first, rest)) = body.split_once(char::is_whitespace) {
        // `人民视觉 制图：林 溪`: the photo's source, then the credit of the map or chart set on it.
        if let Some(source) = photo_source(first) {
            let mut credits = vec![Credit { role: SOURCE_ROLE.into(), names: vec![source.into()] }];
            credits.extend(parse_credit_line(rest)?);
            return Some(credits);
        }
        // `江苏某某市 林晓东 许 平`: a reader's letter or comment signed with the writer's place.
        if is_signature_place(first) {
            let tokens: Vec<&str> = std::iter::once("作者").chain(rest.split_whitespace()).collect();
            if let Some(credits) = parse_tokens(&tokens).filter(|c| c.len() == 1) {
                return Some(credits);
            }
        }
    }
    // `陆晨阳摄（影像中国）`: the photographer, then the source in parentheses.
    let (body, source) = match body.strip_suffix(['）', ')']).and_then(|b| b.rfind(['（', '(']).map(|at| (b, at))) {
        Some((b, at)) if photo_source(&b[at..]).is_some() => (b[..at].trim_end(), photo_source(&b[at..])),
        _ => (body, None),
    };
    let tokens: Vec<&str> = body.split_whitespace().collect();
    let mut credits = parse_tokens(&tokens).or_else(|| parse_trailing_roles(&tokens))?;
    if let Some(source) = source {
        credits.push(Credit { role: SOURCE_ROLE.into(), names: vec![source.into()] });
    }
    Some(credits)
}

/// Whether `line` signs a reader's letter with the writer's place and names
/// (`江苏某某市 林晓东 许 平`).
pub fn is_letter_signature(line: &str) -> bool {
    let line = line.trim();
    line.split_once(char::is_whitespace).is_some_and(|(first, _)| is_signature_place(first))
        && parse_credit_line(line).is_some_and(|c| c.len() == 1 && c[0].role == "作者")
}

/// A place as letters are signed with it (`浙江台州市`, `北京市海淀区`): a few ideographs ending on
/// an administrative unit.
fn is_signature_place(token: &str) -> bool {
    let n = token.chars().count();
    (3..=10).contains(&n)
        && token.chars().all(is_ideograph)
        && token.ends_with(['市', '县', '区', '州', '镇', '乡', '旗', '盟', '省'])
}

/// A photo source standing alone, with or without parentheses (`人民视觉`, `（影像中国）`).
fn photo_source(text: &str) -> Option<&'static str> {
    let inner = text.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).trim();
    PHOTO_SOURCES.iter().copied().find(|s| *s == inner)
}

/// Credits whose role follows the names, as photos and cartoons sign them: `苏明远摄`,
/// `张三 李四 摄`, `严 冰图 顾一帆文` (drawing by 严冰, words by 顾一帆). A single `…图` or `…文`
/// could be a headline (`古诗文`), so those count only next to another credit.
fn parse_trailing_roles(tokens: &[&str]) -> Option<Vec<Credit>> {
    let mut credits: Vec<Credit> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut singles = String::new();
    let push_name = |part: &str, names: &mut Vec<String>, singles: &mut String| -> Option<()> {
        if part.is_empty() {
            return Some(());
        }
        if !is_name(part) {
            return None;
        }
        if part.chars().count() == 1 {
            singles.push_str(part);
        } else {
            names.push(part.to_string());
        }
        Some(())
    };
    for token in tokens {
        let mut token = token.trim_end_matches(['、', ',', '，']);
        // `温素威 范江旭 方 铮摄影报道`: a photo story's credit.
        for long_form in ["摄影报道", "摄影"] {
            if let Some(names) = token.strip_suffix(long_form).filter(|n| !n.is_empty()) {
                token = &token[..names.len() + '摄'.len_utf8()];
            }
        }
        let last = token.chars().last()?;
        let role = match last {
            '摄' => Some("摄影"),
            '图' => Some("图"),
            '文' => Some("文"),
            _ => None,
        };
        let Some(role) = role else {
            push_name(token, &mut names, &mut singles)?;
            continue;
        };
        push_name(&token[..token.len() - last.len_utf8()], &mut names, &mut singles)?;
        if !singles.is_empty() {
            if singles.chars().count() < 2 {
                return None;
            }
            names.push(std::mem::take(&mut singles));
        }
        if names.is_empty() {
            return None;
        }
        credits.push(Credit { role: role.into(), names: std::mem::take(&mut names) });
    }
    if !names.is_empty() || !singles.is_empty() || credits.is_empty() {
        return None;
    }
    (credits.len() > 1 || credits[0].role == "摄影").then_some(credits)
}

/// A role at the start of `tokens` (roles may be spaced out, `记 者`); returns (role, tokens used, rest of
/// the last token when a name is glued on, as in `记者胡佳英`).
fn take_role<'a>(tokens: &[&'a str]) -> Option<(String, usize, &'a str)> {
    // Spaced-out roles: join up to 3 one-character tokens and try again.
    for n in (1..=3.min(tokens.len())).rev() {
        if n > 1 && !tokens[..n].iter().all(|t| t.chars().count() == 1) {
            continue;
        }
        let joined: String = tokens[..n].concat();
        if let Some(role) = ROLES.iter().find(|r| **r == joined) {
            return Some((role.to_string(), n, ""));
        }
    }
    let first = tokens.first()?;
    // `人民网记者毛雷`: a reporter of another outlet, the outlet before 记者.
    if let Some((outlet, name)) = first.split_once("记者") {
        let name = name.trim_start_matches([':', '：']);
        if is_outlet(outlet) && (name.is_empty() || is_name(name)) {
            return Some((format!("{outlet}记者"), 1, name));
        }
    }
    let role = ROLES.iter().find(|r| first.starts_with(**r) && r.chars().count() >= 2)?;
    let rest = &first[role.len()..];
    let rest = rest.trim_start_matches([':', '：']);
    if rest.is_empty() || is_name(rest) {
        return Some((role.to_string(), 1, rest));
    }
    None
}

/// A news outlet as reporters are credited with it (`人民网`, `央视新闻`, `经济日报`): a few ideographs
/// ending on 网, 社, 台, 报 or 新闻.
fn is_outlet(token: &str) -> bool {
    let n = token.chars().count();
    (2..=6).contains(&n)
        && token.chars().all(is_ideograph)
        && (token.ends_with(['网', '社', '台', '报']) || token.ends_with("新闻"))
}

fn is_name(token: &str) -> bool {
    let n = token.chars().count();
    (1..=4).contains(&n) && token.chars().all(|c| is_ideograph(c) || c == '·') && !COLUMN_WORDS.contains(&token)
}

/// Words that follow 记者 in the name of a column, not a reporter's name (`■记者手记`, `记者观察`).
const COLUMN_WORDS: &[&str] =
    &["手记", "观察", "札记", "调查", "点评", "感言", "来信", "快评", "述评", "随笔", "走笔", "视点"];

fn parse_tokens(tokens: &[&str]) -> Option<Vec<Credit>> {
    let mut credits: Vec<Credit> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (role, used, glued) = take_role(&tokens[i..])?;
        i += used;
        let mut names: Vec<String> = Vec::new();
        // Names run until the next role. A trailing `摄` ("记者 张三 摄") makes it a photo credit.
        let mut pending_single = String::new();
        // `制图：林 溪`: a one-character name glued to the role is the start of a spaced-out name.
        if glued.chars().count() == 1 {
            pending_single.push_str(glued);
        } else if !glued.is_empty() {
            names.push(glued.to_string());
        }
        let mut role = role;
        // `记者 银燕 付 文`: a one-character role (文, 图) after one spaced-out character, with no
        // name of its own after it, is the second character of that name.
        let ends_name = |i: usize, pending: &str| {
            pending.chars().count() == 1
                && tokens[i].chars().count() == 1
                && tokens.get(i + 1).is_none_or(|_| take_role(&tokens[i + 1..]).is_some())
        };
        while i < tokens.len() && (take_role(&tokens[i..]).is_none() || ends_name(i, &pending_single)) {
            let mut token = tokens[i].trim_end_matches(['、', ',', '，']);
            if token == "摄" || token == "摄影" {
                role = "摄影".to_string();
                i += 1;
                continue;
            }
            // `本报记者 方志远整理`: an interview written up by the reporter.
            if let Some(name) = token.strip_suffix("整理").filter(|n| !n.is_empty()) {
                if i + 1 == tokens.len() {
                    token = name;
                }
            }
            // `新华社记者 韩立舟摄`: 摄 glued to the name.
            if let Some(name) = token.strip_suffix('摄').filter(|n| !n.is_empty()) {
                if i + 1 == tokens.len() {
                    role = "摄影".to_string();
                    token = name;
                }
            }
            for part in token.split(['、', ',', '，']).filter(|p| !p.is_empty()) {
                if !is_name(part) {
                    return None;
                }
                // Single characters spaced apart (`王 强`) are one name.
                if part.chars().count() == 1 {
                    pending_single.push_str(part);
                } else {
                    if !pending_single.is_empty() {
                        names.extend(spaced_names(&std::mem::take(&mut pending_single)));
                    }
                    names.push(part.to_string());
                }
            }
            i += 1;
        }
        if !pending_single.is_empty() {
            if pending_single.chars().count() < 2 {
                return None;
            }
            names.extend(spaced_names(&pending_single));
        }
        if names.is_empty() {
            return None;
        }
        credits.push(Credit { role, names });
    }
    (!credits.is_empty()).then_some(credits)
}

/// A run of spaced-out single characters as names: one name of two or three (`王 强`), or
/// two-character names side by side when the run is longer and even (`王 珂 王 芳 王 慧`: names are
/// spaced out to line up with three-character ones, and no name runs to four or six characters).
fn spaced_names(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() >= 4 && chars.len().is_multiple_of(2) {
        chars.chunks(2).map(|pair| pair.iter().collect()).collect()
    } else {
        vec![run.to_string()]
    }
}

/// A credit trailing a caption on the same line (`享受好时光。 ■摄影 王 强`): the byte offset where the
/// credit starts and the credits.
pub fn split_trailing_credit(line: &str) -> Option<(usize, Vec<Credit>)> {
    if let Some((start, _)) = line.char_indices().skip(1).find(|(_, c)| MARKERS.contains(c)) {
        if line[..start].trim().is_empty() {
            return None;
        }
        return parse_credit_line(&line[start..]).map(|credits| (start, credits));
    }
    // Without a marker: a photo credit after the caption's last sentence and a space
    // (`…果实饱满。 新华社记者 徐 昱摄`).
    // The credit may end in `）` itself (`苏明远摄（人民视觉）`), so try each sentence end before a space.
    line.match_indices(' ').map(|(at, _)| at).find_map(|at| {
        if !line[..at].ends_with(['。', '）', '”']) {
            return None;
        }
        let credits = parse_credit_line(&line[at..])?;
        credits.iter().any(|c| is_photo_role(&c.role)).then_some((at, credits))
    })
}

/// Whether a paragraph opens with a news dateline: `本报讯`, `本报北京2月14日电`, `新华社北京2月9日电`,
/// `新华社电（记者周可新）`, `据新华社…电`.
pub fn is_dateline_start(text: &str) -> bool {
    dateline_len(text).is_some()
}

/// Whether `text` is a dateline and nothing more (`本报北京2月14日电` on a line of its own): the
/// paragraph runs on below it.
pub fn is_bare_dateline(text: &str) -> bool {
    dateline_len(text).is_some_and(|len| text.trim_start()[len..].trim().is_empty())
}

/// Byte length of the dateline at the start of `text` (up to and including 讯/电).
fn dateline_len(text: &str) -> Option<usize> {
    let text = text.trim_start();
    if !starts_with_agency(text) {
        return None;
    }
    // The dateline is short: place and date, then 讯 or 电, with no punctuation before it.
    for (i, c) in text.char_indices().take(24) {
        match c {
            '讯' | '电' => return Some(i + c.len_utf8()),
            '，' | '。' | '：' | '“' | '、' => return None,
            _ => {}
        }
    }
    None
}

/// Whether `text` starts with a news source that opens a dateline (`本报`, `新华社`, …): a dateline
/// can only start so, even when it is wrapped before its 电.
pub fn starts_with_agency(text: &str) -> bool {
    const AGENCIES: &[&str] = &["本报", "新华社", "据新华社", "中新社", "人民日报", "央视", "人民网", "光明日报"];
    let text = text.trim_start();
    AGENCIES.iter().any(|a| text.starts_with(a))
}

/// Credits in a dateline's parentheses: `本报北京2月14日电（记者郑启明、孟瑶）` → 记者 郑启明, 孟瑶.
pub fn dateline_credits(text: &str) -> Vec<Credit> {
    let Some(len) = dateline_len(text) else { return Vec::new() };
    let rest = text.trim_start()[len..].trim_start();
    let Some(inner) = rest.strip_prefix('（').or_else(|| rest.strip_prefix('(')) else { return Vec::new() };
    let Some(end) = inner.find(['）', ')']) else { return Vec::new() };
    let inner = inner[..end].replace(['、', '，', ','], " ");
    let tokens: Vec<&str> = inner.split_whitespace().collect();
    // `记者郑启明 孟瑶`: the role is glued to the first name.
    if let Some(credits) = parse_tokens(&tokens) {
        return credits;
    }
    // `本报武汉2月9日电 （林一、方言）`: names alone in a dateline's brackets are its reporters.
    let names_only =
        !tokens.is_empty() && tokens.len() <= 4 && tokens.iter().all(|t| t.chars().count() >= 2 && is_name(t));
    if names_only {
        return vec![Credit { role: "记者".into(), names: tokens.iter().map(|t| t.to_string()).collect() }];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(role: &str, names: &[&str]) -> Credit {
        Credit { role: role.into(), names: names.iter().map(|n| n.to_string()).collect() }
    }

    #[test]
    fn bylines_with_markers_and_spaced_roles() {
        assert_eq!(parse_credit_line("■记 者 黄雨欣"), Some(vec![c("记者", &["黄雨欣"])]));
        assert_eq!(parse_credit_line("通讯员 夏晓蕾 倪春军"), Some(vec![c("通讯员", &["夏晓蕾", "倪春军"])]));
        assert_eq!(
            parse_credit_line(" ■记者 林旭东 通讯员 郑凯欣"),
            Some(vec![c("记者", &["林旭东"]), c("通讯员", &["郑凯欣"])])
        );
        assert_eq!(parse_credit_line("本报记者 张三 李四"), Some(vec![c("本报记者", &["张三", "李四"])]));
        assert_eq!(parse_credit_line("■记者胡佳英"), Some(vec![c("记者", &["胡佳英"])]));
        assert_eq!(parse_credit_line("制图：林 溪"), Some(vec![c("制图", &["林溪"])]));
        assert_eq!(parse_credit_line("本期统筹：杨烁壁"), Some(vec![c("本期统筹", &["杨烁壁"])]));
        // A spaced-out name whose second character is also a role (文, 图).
        assert_eq!(parse_credit_line("记者 银燕 付 文"), Some(vec![c("记者", &["银燕", "付文"])]));
        assert_eq!(
            parse_credit_line("记者 付 文 通讯员 王强"),
            Some(vec![c("记者", &["付文"]), c("通讯员", &["王强"])])
        );
        assert_eq!(parse_credit_line("记者 张三 文"), None);
        // A reporter of another outlet.
        assert_eq!(
            parse_credit_line("记者 朱荣鹏 人民网记者毛雷"),
            Some(vec![c("记者", &["朱荣鹏"]), c("人民网记者", &["毛雷"])])
        );
        // A column's name, not a byline.
        assert_eq!(parse_credit_line("■记者手记"), None);
        assert_eq!(parse_credit_line("记者观察"), None);
        // Two-character names spaced out one after another.
        assert_eq!(parse_credit_line("■记 者 王 珂 王 芳 王 慧"), Some(vec![c("记者", &["王珂", "王芳", "王慧"])]));
        assert_eq!(parse_credit_line("记者 王 珂 李 强"), Some(vec![c("记者", &["王珂", "李强"])]));
        // An interview written up by the reporter, the name spaced out or not.
        assert_eq!(parse_credit_line("本报记者 方志远整理"), Some(vec![c("本报记者", &["方志远"])]));
        assert_eq!(parse_credit_line("本报记者 林 溪整理"), Some(vec![c("本报记者", &["林溪"])]));
    }

    #[test]
    fn photo_credits_join_spaced_single_characters() {
        assert_eq!(
            parse_credit_line("■摄影 王 强 张丹燕 徐冰艳"),
            Some(vec![c("摄影", &["王强", "张丹燕", "徐冰艳"])])
        );
        assert_eq!(parse_credit_line("记者 张三 摄"), Some(vec![c("摄影", &["张三"])]));
        assert_eq!(parse_credit_line("新华社记者 韩立舟摄"), Some(vec![c("摄影", &["韩立舟"])]));
    }

    #[test]
    fn a_letter_signed_with_a_place_and_names() {
        assert_eq!(parse_credit_line("江苏某某市 林晓东 许 平"), Some(vec![c("作者", &["林晓东", "许平"])]));
        assert_eq!(parse_credit_line("湖南某某县 夏 扬"), Some(vec![c("作者", &["夏扬"])]));
        // A headline of the same shape with words that are not names stays a headline.
        assert_eq!(parse_credit_line("浙江某某市 春耕备耕正当时"), None);
        assert_eq!(parse_credit_line("城市 王强"), None);
    }

    #[test]
    fn photo_source_before_a_chart_credit() {
        assert_eq!(
            parse_credit_line("人民视觉 制图：林 溪"),
            Some(vec![c("供图", &["人民视觉"]), c("制图", &["林溪"])])
        );
        assert_eq!(parse_credit_line("人民视觉 春天来了"), None);
    }

    #[test]
    fn photo_sources_and_roles_after_the_names() {
        assert_eq!(parse_credit_line("新华社发"), Some(vec![c("供图", &["新华社发"])]));
        assert_eq!(parse_credit_line("（影像中国）"), Some(vec![c("供图", &["影像中国"])]));
        assert_eq!(
            parse_credit_line("陆晨阳摄（影像中国）"),
            Some(vec![c("摄影", &["陆晨阳"]), c("供图", &["影像中国"])])
        );
        assert_eq!(parse_credit_line("苏明远摄"), Some(vec![c("摄影", &["苏明远"])]));
        assert_eq!(parse_credit_line("张三 李四 摄"), Some(vec![c("摄影", &["张三", "李四"])]));
        assert_eq!(
            parse_credit_line("温素威 范江旭 方 铮摄影报道"),
            Some(vec![c("摄影", &["温素威", "范江旭", "方铮"])])
        );
        assert_eq!(parse_credit_line("严 冰图 顾一帆文"), Some(vec![c("图", &["严冰"]), c("文", &["顾一帆"])]));
        // A lone `…图`/`…文` reads as a heading, not a credit; so do words ending in 摄 inside text.
        for line in ["古诗文", "山水图", "拍摄", "新华社", "秋林晚照", "影像中国的故事"] {
            assert_eq!(parse_credit_line(line), None, "{line}");
        }
    }

    #[test]
    fn body_text_is_not_a_credit() {
        for line in
            ["记者从市委获悉，今年", "文化产业发展迅速", "■ 全市上下要锚定全年目标", "图为市民在散步。", "春耕备耕"]
        {
            assert_eq!(parse_credit_line(line), None, "{line}");
        }
    }

    #[test]
    fn trailing_photo_credit_is_split_off() {
        let line = "好时光。 ■摄影 王 强";
        let (at, credits) = split_trailing_credit(line).unwrap();
        assert_eq!(line[..at].trim(), "好时光。");
        assert_eq!(credits, vec![c("摄影", &["王强"])]);
        assert!(split_trailing_credit("■记者 胡佳英").is_none());
        let line = "果实饱满。 新华社记者 徐 昱摄";
        let (at, credits) = split_trailing_credit(line).unwrap();
        assert_eq!(&line[..at], "果实饱满。");
        assert_eq!(credits, vec![c("摄影", &["徐昱"])]);
        let line = "在湖边放风筝。 苏明远摄（人民视觉）";
        let (at, credits) = split_trailing_credit(line).unwrap();
        assert_eq!(&line[..at], "在湖边放风筝。");
        assert_eq!(credits, vec![c("摄影", &["苏明远"]), c("供图", &["人民视觉"])]);
        let line = "课程照常上。 严 冰图 石 磊文";
        assert_eq!(split_trailing_credit(line).unwrap().1, vec![c("图", &["严冰"]), c("文", &["石磊"])]);
        // A byline-like tail without 摄 is left in the text.
        assert!(split_trailing_credit("他说。 记者 张三").is_none());
    }

    #[test]
    fn bare_datelines() {
        assert!(is_bare_dateline("本报北京3月2日电"));
        assert!(is_bare_dateline("  新华社上海3月2日电 "));
        assert!(!is_bare_dateline("本报北京3月2日电 （记者张明）"));
        assert!(!is_bare_dateline("本报记者"));
    }

    #[test]
    fn datelines() {
        assert!(is_dateline_start("本报讯 去年，曹桥街道"));
        assert!(is_dateline_start("本报北京2月14日电  （记者郑启明、孟瑶）近日"));
        assert!(is_dateline_start("新华社北京2月9日电 近日"));
        assert!(!is_dateline_start("本报记者从市委获悉，"));
        assert!(!is_dateline_start("今天阴有阵雨"));
        assert_eq!(
            dateline_credits("本报北京2月14日电  （记者郑启明、孟瑶）近日"),
            vec![c("记者", &["郑启明", "孟瑶"])]
        );
        assert_eq!(dateline_credits("新华社电  （记者周可新）在江西"), vec![c("记者", &["周可新"])]);
        assert!(dateline_credits("本报讯 昨天上午").is_empty());
        assert_eq!(dateline_credits("本报武汉2月9日电 （林一、方言）9日下午"), vec![c("记者", &["林一", "方言"])]);
        assert!(dateline_credits("本报北京2月9日电 （上）近日").is_empty());
        assert!(dateline_credits("本报北京2月9日电 （2019年）近日").is_empty());
    }
}
