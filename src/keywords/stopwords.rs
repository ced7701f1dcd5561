//! Chinese stopwords: the ISO stopwords-zh list from the `stop-words` crate, plus news boilerplate
//! words that carry no topic in a newspaper (本报讯, 记者 …), plus the user's own.

use rustc_hash::FxHashSet;

/// Words that open or frame almost every news item and so say nothing about its topic:
/// datelines and credits, relative dates, reporting verbs, the local paper's "we" (我市), and
/// the stock verbs and adverbs of official reports (推动, 全力, 进一步 …).
#[rustfmt::skip]
const NEWS_STOPWORDS: &[&str] = &[
    // datelines, credits, sources
    "本报讯", "本报", "记者", "通讯员", "摄影", "编辑", "责任编辑", "新华社", "报道", "消息", "来源",
    // relative dates and times
    "昨天", "今天", "明天", "昨日", "今日", "近日", "日前", "目前", "去年", "今年", "明年", "上午",
    "下午", "晚上", "当天", "当日", "近年来", "近年", "以来", "期间", "此前", "随后", "未来",
    // reporting
    "表示", "介绍", "据悉", "指出", "强调", "认为", "提出", "要求", "了解", "获悉", "透露",
    // the paper's own place and people
    "我市", "我区", "我县", "我镇", "我省", "我国", "全市", "全区", "全县", "全镇", "全省",
    // stock phrases of official reports
    "进一步", "一个", "一些", "没有", "已经", "以及", "通过", "进行", "开展", "同时", "其中",
    "相关", "有关", "其实", "共有", "看似", "可以", "需要", "不断", "持续", "全面", "积极", "切实",
    "全力", "大力", "努力", "着力", "深入", "充分", "继续", "主要", "重要", "推动", "推进", "加快",
    "加强", "坚持", "确保", "做好", "抓好", "围绕", "方面", "工作", "发展", "提升", "实现",
    // generic verbs, nouns and adverbs that rank high in every issue and name no topic
    // (measured on whole People's Daily issues; see the README's keyword figures)
    "提供", "问题", "支持", "现在", "一定", "不要", "成为", "时间", "及时", "起来", "年来", "取得",
    "情况", "能够", "已然", "非常", "很多", "不少", "更加", "越来越", "一起", "不能", "不会",
];

#[derive(Debug, Clone)]
pub struct Stopwords {
    words: FxHashSet<String>,
}

impl Default for Stopwords {
    fn default() -> Self {
        Self::new()
    }
}

impl Stopwords {
    pub fn new() -> Self {
        let mut words: FxHashSet<String> =
            stop_words::get(stop_words::Language::Chinese).iter().map(|w| w.to_string()).collect();
        words.extend(NEWS_STOPWORDS.iter().map(|w| w.to_string()));
        Stopwords { words }
    }

    /// The default list plus the user's `extra` words (see [`Stopwords::extend_from_text`]).
    pub fn with_extra(extra: &str) -> Self {
        let mut set = Self::new();
        set.extend_from_text(extra);
        set
    }

    /// Adds words separated by line ends, spaces, commas or 、.
    pub fn extend_from_text(&mut self, text: &str) {
        let seps = |c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | ';' | '；');
        self.words.extend(text.split(seps).filter(|w| !w.is_empty()).map(str::to_string));
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_common_function_words_and_news_boilerplate() {
        let s = Stopwords::new();
        for w in ["的", "我们", "本报讯", "记者", "我市", "推动"] {
            assert!(s.contains(w), "{w}");
        }
        assert!(!s.contains("招商"));
    }

    #[test]
    fn user_words_extend_the_list() {
        let mut s = Stopwords::new();
        assert!(!s.contains("产业"));
        s.extend_from_text("招商、项目\n产业 ,");
        assert!(s.contains("招商") && s.contains("项目") && s.contains("产业"));
    }
}
