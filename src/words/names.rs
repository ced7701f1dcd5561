//! Person names announced by a title (`市委书记仲旭东`, `市领导吴金华、何健`), found on jieba's
//! tagged tokens. Plain jieba often cuts such names as surname + given-name word (`仲/旭东`);
//! the title right before them is strong evidence that the pieces form one name.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::token::Tagged;
use crate::text::chars::is_ideograph;

/// Words that announce a person's name right after them. A token counts as a title when it
/// ends with one of these (`市委书记`, `副市长`, `社会治理办负责人` …).
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "书记", "市长", "县长", "区长", "镇长", "乡长", "村长", "省长", "主任", "负责人", "记者",
    "通讯员", "局长", "处长", "科长", "部长", "厅长", "主席", "董事长", "经理", "院长", "校长",
    "所长", "队长", "站长", "馆长", "行长", "社长", "总裁", "总监", "秘书长", "领导", "委员",
    "教授", "老师", "医生", "民警", "村民", "居民", "工程师", "主持人", "专家", "理事长", "会长",
    "厂长", "组长", "班长", "主管", "创始人", "市民", "网格员", "志愿者", "总理", "政委", "大使",
    "发言人", "研究员", "摄影",
];

/// Common single-character surnames (the top of 百家姓 and modern frequency lists).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于\
蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎\
贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰\
焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕\
屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵\
苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班\
储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄\
平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸\
战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

/// Two-character surnames; a name starting with one is three or four characters long.
#[rustfmt::skip]
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文",
    "司徒", "夏侯",
];

/// POS tags of words that cannot be part of a Chinese name: function words, verbs, numbers,
/// time and place words, punctuation.
#[rustfmt::skip]
const NON_NAME_TAGS: &[&str] = &[
    "p", "c", "d", "u", "r", "v", "m", "q", "f", "y", "e", "o", "t", "x", "s", "l", "i",
];

/// Names that follow a title in `tokens` (tagged with HMM on, so that jieba already joins many
/// unknown names). Lists after one title (`吴金华、何健等`) are followed too.
pub fn titled_names(tokens: &[Tagged]) -> Vec<String> {
    let mut names = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        i += 1;
        if !is_title(tokens[i - 1].word) {
            continue;
        }
        if tokens.get(i).is_some_and(|t| t.word.trim().is_empty()) {
            i += 1;
        }
        while let Some((name, next)) = name_at(tokens, i) {
            names.push(name);
            i = next;
            if tokens.get(i).map(|t| t.word) != Some("、") {
                break;
            }
            i += 1;
        }
    }
    names
}

/// Whether `c` is the last character of one of [`TITLES`]: most tokens are ruled out by this one
/// cheap test (a `match`, which compiles to a few comparisons; `str::contains` of a non-ASCII
/// char runs a substring search, set up on every call).
#[rustfmt::skip]
fn is_title_end(c: char) -> bool {
    matches!(
        c,
        '人' | '任' | '使' | '员' | '委' | '家' | '导' | '师' | '席' | '影' | '授' | '民' | '理' | '生'
            | '监' | '管' | '者' | '裁' | '警' | '记' | '长'
    )
}

/// Whether `word` ends with one of [`TITLES`]. Every title is two ideographs or more (six bytes),
/// so the single characters, half of all tokens, are ruled out by their length; the others are
/// compared only with the titles that end in their last character.
fn is_title(word: &str) -> bool {
    word.len() >= 6
        && word
            .chars()
            .next_back()
            .is_some_and(|c| is_title_end(c) && titles_ending_in(c).iter().any(|t| word.ends_with(t)))
}

/// The [`TITLES`] that end in `c`, filed by their last character once.
fn titles_ending_in(c: char) -> &'static [&'static str] {
    static BY_LAST: OnceLock<FxHashMap<char, Vec<&'static str>>> = OnceLock::new();
    let by_last = BY_LAST.get_or_init(|| {
        let mut by_last: FxHashMap<char, Vec<&'static str>> = FxHashMap::default();
        for title in TITLES {
            by_last.entry(title.chars().next_back().expect("a title")).or_default().push(title);
        }
        by_last
    });
    by_last.get(&c).map_or(&[], Vec::as_slice)
}

/// The name starting at token `i`, and the index of the token after it.
fn name_at(tokens: &[Tagged], i: usize) -> Option<(String, usize)> {
    let first = tokens.get(i)?;
    if !starts_with_surname(first.word) || is_title(first.word) {
        return None;
    }
    let len = first.word.chars().count();
    if (2..=3).contains(&len) && first.pos.starts_with("nr") {
        // jieba found the name; a lone character after a two-character name may be its end
        // (`胡佳/英`, `林旭/东`), but not a function word (`何健/等`).
        if len == 2 {
            if let Some(next) = tokens.get(i + 1).filter(|t| is_name_piece(t, 1)) {
                return Some((format!("{}{}", first.word, next.word), i + 2));
            }
        }
        return Some((first.word.to_string(), i + 1));
    }
    if len != 1 || is_non_name_tag(first.pos) {
        return None;
    }
    // A surname on its own, then a two-character given name (`仲/旭东`) or one or two single
    // characters (`周/军/波` when jieba's HMM is off).
    let second = tokens.get(i + 1)?;
    if is_name_piece(second, 2) && !is_title(second.word) {
        return Some((format!("{}{}", first.word, second.word), i + 2));
    }
    if !is_name_piece(second, 1) {
        return None;
    }
    match tokens.get(i + 2).filter(|t| is_name_piece(t, 1)) {
        Some(third) => Some((format!("{}{}{}", first.word, second.word, third.word), i + 3)),
        None => Some((format!("{}{}", first.word, second.word), i + 2)),
    }
}

fn starts_with_surname(word: &str) -> bool {
    word.chars().next().is_some_and(|c| SURNAMES.contains(c))
        || COMPOUND_SURNAMES.iter().any(|s| word.starts_with(s) && word.len() > s.len())
}

/// A token of exactly `chars` ideographs whose tag allows it to be part of a name.
fn is_name_piece(token: &Tagged, chars: usize) -> bool {
    token.word.chars().count() == chars && token.word.chars().all(is_ideograph) && !is_non_name_tag(token.pos)
}

fn is_non_name_tag(pos: &str) -> bool {
    // `nr…`, `ns`, `nz`, `n`, `a`, `j`, `zg`, `ng` … may all be name pieces in jieba's tagging.
    NON_NAME_TAGS.iter().any(|t| pos.starts_with(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens<'a>(pairs: &[(&'a str, &'a str)]) -> Vec<Tagged<'a>> {
        pairs.iter().map(|&(word, pos)| Tagged { word, pos }).collect()
    }

    #[test]
    fn title_ends_cover_every_title() {
        for t in TITLES {
            assert!(is_title_end(t.chars().last().unwrap()), "{t}");
            assert!(t.len() >= 6 && is_title(t), "{t}");
            assert!(is_title(&format!("副{t}")) && !is_title(&t[..t.len() - 3]), "{t}");
        }
        assert!(!is_title("长") && !is_title("增长") && !is_title("人民"));
    }

    #[test]
    fn surname_plus_given_name_word_after_title() {
        let t = tokens(&[("市委书记", "n"), ("仲", "zg"), ("旭东", "nrt"), ("在", "p"), ("会上", "t")]);
        assert_eq!(titled_names(&t), vec!["仲旭东"]);
    }

    #[test]
    fn lists_after_one_title_and_stop_at_function_words() {
        let t = tokens(&[
            ("市", "n"),
            ("领导", "n"),
            ("吴", "nr"),
            ("金华", "nz"),
            ("、", "x"),
            ("何健", "nr"),
            ("等", "u"),
            ("出席", "v"),
        ]);
        assert_eq!(titled_names(&t), vec!["吴金华", "何健"]);
    }

    #[test]
    fn single_characters_join_when_hmm_is_off() {
        let t = tokens(&[("市长", "n"), ("周", "nr"), ("军", "n"), ("波", "j"), ("主持", "v")]);
        assert_eq!(titled_names(&t), vec!["周军波"]);
    }

    #[test]
    fn no_name_after_title_means_nothing_found() {
        // 向 is a surname, but here a preposition; 高度重视 is one word.
        let t = tokens(&[("主任", "b"), ("向", "p"), ("记者", "n"), ("介绍", "v")]);
        assert!(titled_names(&t).is_empty());
        let t = tokens(&[("主任", "b"), ("高度重视", "l")]);
        assert!(titled_names(&t).is_empty());
        let t = tokens(&[("仲", "zg"), ("旭东", "nrt"), ("指出", "v")]);
        assert!(titled_names(&t).is_empty(), "no title before the name");
    }
}
