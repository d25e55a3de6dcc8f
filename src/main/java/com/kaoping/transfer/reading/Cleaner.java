package com.kaoping.transfer.reading;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the noise of document-sharing sites out of a pasted paper, line by line: site disclaimers,
 * download prompts, page markers, "you may also like" lists, pinyin annotations and {@code ?} in
 * place of spaces; converts the script when asked. Garbled runs are kept and reported, never
 * dropped. Every step scans a line once, so the whole is linear in the text's length.
 */
final class Cleaner {

    /** Rules and brackets around an article's closing mark ("- END -", "(完)"). */
    private static final java.util.regex.Pattern DECORATION = java.util.regex.Pattern.compile("[-—=·*() ]");

    /** One kept line: as stored (in the chosen script) and its folded parsing copy of the same length. */
    record Line(String text, String norm) {

        /** The rest of the line from {@code from} (text and folded copy cut at the same place). */
        Line from(int from) {
            int f = Math.min(from, norm.length());
            return new Line(text.substring(f), norm.substring(f));
        }
    }

    /** The kept lines, the garbled runs found, and where a "rest of the document is hidden" prompt stood. */
    record Cleaned(List<Line> lines, List<String> garbled, int cutPromptAt) {
    }

    private static final int MAX_GARBLED_REPORTS = 20;

    // Page markers, with bounded quantifiers only: "第PAGE页共NUMPAGES页", "第 2 页 共 5 页", "_第1頁".
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "_?第 ?(?:PAGE|\\d{1,4}) ?页 ?,? ?(?:共 ?(?:NUMPAGES|\\d{1,4}) ?页)?|\\{ ?(?:PAGE|NUMPAGES) ?\\}|Page \\d{1,4} of \\d{1,4}");
    private static final Pattern PAGE_LINE = Pattern.compile(
            "[-—_ ]{0,3}\\d{1,4}[-—_ ]{0,3}|\\d{1,4} ?/ ?\\d{1,4}|[Pp]age ?\\d{1,4}|共 ?\\d{1,4} ?页");
    private static final Pattern FILE_NAME_LINE = Pattern.compile(".{0,80}\\.(?:docx?|pdf|pptx?|txt|xlsx?)");

    /** Words only a document site writes (never a paper), checked on short lines that are not items. */
    private static final String[] SITE_WORDS = {
        "本文档", "文档贡献者", "免责声明", "下载文档", "下载本文", "点击下载", "立即下载", "免费下载", "付费下载",
        "下载券", "下载后", "下载原文", "下载全文", "开通VIP", "VIP免费", "VIP专享", "成为VIP", "原创力", "道客巴巴", "百度文库",
        "豆丁", "人人文库", "文库", "如有侵权", "侵权请", "侵权删", "版权所有", "版权归", "版权声明", "文档上传", "用户上传",
        "上传人", "上传时间", "上传者", "点击举报", "我要举报", "阅读全文", "继续阅读", "查看全文", "页未读", "试读", "扫码关注",
        "扫描二维码", "关注公众号", "发表评论", "内容提供方", "页数:", "次阅读", "阅读:", "浏览:", "分享到", "键入文字",
        "精品文档", "可编辑", "word版", "Word版", "文档分类", "仅供学习", "仅供参考", "下载次数", "文档格式", "文档大小", "发布时间", "当前位置", "首页 >", "首页>",
        "以上就是", "希望对大家", "希望对你", "希望能帮", "感谢阅读", "感谢您的阅读", "欢迎下载", "本文来源", "转载请", "原文链接",
        "责任编辑", "小编", "为大家整理", "为大家分享", "为大家带来", "为大家收集", "http://", "https://", "www.", "docin", "book118",
        // an official-account article's own calls
        "点击关注", "点击上方", "关注我们", "阅读原文", "转发给", "记得点赞", "点赞收藏", "一键三连", "长按识别", "识别二维码",
        "点个在看", "点亮在看", "分享、点赞",
        // blogs and reading-room sites: the page's own lines
        "痞客邦", "部落格", "个人图书馆", "阅览数", "转藏数", "关注问题", "写回答", "默认排序",
        // a Q&A answer's footer: "编辑于 2025-11-20 · 著作权归作者所有", "赞同 1024 86 条评论"
        "编辑于", "著作权归", "条评论", "人赞同", "更多回答"
    };
    /** A page's buttons, each alone on its line under an answer or article ("分享", "收藏"). */
    private static final java.util.Set<String> BUTTON_LINES = java.util.Set.of(
        "分享", "收藏", "喜欢", "举报", "评论", "点赞", "在看", "赞同", "赞赏", "转发");
    /** Prompts that say the rest of the document is hidden: the paper was cut. */
    private static final String[] CUT_PROMPTS = {
        "还剩", "页未读", "未读完", "试读结束", "阅读全文", "继续阅读", "查看全文", "内容已截断", "未完待续", "剩余内容", "(未完", "待续"
    };
    /** Headers of lists of other documents: everything under them is skipped until the paper resumes. */
    private static final String[] LIST_HEADERS = {
        "相关推荐", "猜你喜欢", "热门推荐", "相关文档", "更多相关", "你可能喜欢", "你可能也喜欢", "相关资源",
        "推荐阅读", "可能还喜欢", "可能也喜欢", "热门文档", "最新文档", "精选文档", "相关搜索", "大家都在看", "网友评论", "全部评论", "评论区", "往期推荐", "往期回顾", "往期精选"
    };

    private final Script script;
    private final List<String> garbled = new ArrayList<>();

    Cleaner(Script script) {
        this.script = script;
    }

    Cleaned clean(String raw) {
        List<Line> cleaned = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int n = raw.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && !isBreak(raw.charAt(end))) {
                end++;
            }
            String rawLine = raw.substring(start, end);
            start = end + 1;
            if (end < n && raw.charAt(end) == '\r' && end + 1 < n && raw.charAt(end + 1) == '\n') {
                start++;
            }
            Line line = cleanLine(rawLine);
            if (line != null) {
                cleaned.add(line);
                if (mayBeRunningHeader(line.norm())) {
                    seen.merge(line.norm(), 1, Integer::sum);
                }
            }
        }
        List<Line> out = new ArrayList<>();
        int cutAt = -1;
        boolean inList = false;
        Splitter splitter = new Splitter();
        for (Line line : cleaned) {
            String norm = line.norm();
            if (isListHeader(norm)) {
                inList = true;
                continue;
            }
            if (inList) {
                if (!Cues.looksLikePaperResuming(norm)) {
                    continue;
                }
                inList = false;
            }
            if (isCutPrompt(norm)) {
                cutAt = out.size();
                continue;
            }
            if (isNoise(norm)) {
                continue;
            }
            if (seen.getOrDefault(norm, 0) >= RUNNING_HEADER_REPEATS) {
                // the same short line on every page of a PDF: its running header or footer
                continue;
            }
            if (!out.isEmpty() && isWrappedMarkEnd(norm, out.get(out.size() - 1).norm())) {
                // "…上报厂家处理（15" then "分）": a page's width broke the mark in two
                Line before = out.remove(out.size() - 1);
                out.add(new Line(before.text() + line.text(), before.norm() + norm));
                continue;
            }
            reportGarbled(line.text());
            out.addAll(splitter.split(line));
        }
        return new Cleaned(out, garbled, cutAt);
    }

    private static final int RUNNING_HEADER_REPEATS = 3;

    /** A short line that is not an item, an answer, a key or a section title may be a page's running header. */
    private static boolean mayBeRunningHeader(String norm) {
        return norm.length() >= 4 && norm.length() <= 40 && Numbering.at(norm, 0) == null && Cues.marker(norm, 0) == null
                && !Cues.isKeyHeader(norm) && !Cues.isBareSectionHeader(norm) && !Keys.startsWithKey(norm)
                && Cues.kindOfTitle(norm) == null && norm.indexOf('?') < 0 && norm.indexOf('请') < 0 && !norm.endsWith("。")
                && norm.indexOf('"') < 0;
    }

    /** What is left of a line once its page number is taken out reads as a running header, not paper text. */
    private static boolean isPageHeader(String norm) {
        if (!mayBeRunningHeader(norm) || norm.length() > 30) {
            return false;
        }
        for (String w : new String[] {"试", "题", "卷", "考", "答", "分"}) {
            if (norm.contains(w)) {
                return false;
            }
        }
        char last = norm.charAt(norm.length() - 1);
        return last != ',' && last != '，' && last != '、';
    }

    /** Is {@code norm} the "分)" of a mark whose "(15" ended the line before? */
    private static boolean isWrappedMarkEnd(String norm, String before) {
        if (norm.isEmpty() || norm.length() > 2 || norm.charAt(0) != '分' || norm.length() == 2 && norm.charAt(1) != ')'
                && norm.charAt(1) != ']') {
            return false;
        }
        int i = before.length();
        while (i > 0 && (Text.isDigit(before.charAt(i - 1)) || before.charAt(i - 1) == '.' || before.charAt(i - 1) == ' ')) {
            i--;
        }
        return i < before.length() && i > 0 && (before.charAt(i - 1) == '(' || before.charAt(i - 1) == '[');
    }

    /** Where the text starts after an empty "( )" or "[ ]" opening a numbered item, or 0. */
    private static int blankBeforeNumber(CharSequence norm) {
        if (norm.length() < 4 || (norm.charAt(0) != '(' && norm.charAt(0) != '[')) {
            return 0;
        }
        int i = 1;
        while (i < norm.length() && i < 5 && norm.charAt(i) == ' ') {
            i++;
        }
        if (i >= norm.length() || (norm.charAt(i) != ')' && norm.charAt(i) != ']')) {
            return 0;
        }
        i++;
        while (i < norm.length() && norm.charAt(i) == ' ') {
            i++;
        }
        Numbering.Number n = Numbering.at(norm.toString(), i);
        return n != null && n.family() != Numbering.Family.OPTION ? i : 0;
    }

    /** Does a keycap ("\uFE0F\u20E3" or "\u20E3") follow at {@code i}? */
    private static boolean isKeycap(String s, int i) {
        if (i < s.length() && s.charAt(i) == '\uFE0F') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '\u20E3';
    }

    /** "◆ 一、单选题", "▶ 1.…": a bullet before anything else on the line (the circle of true stays). */
    private static boolean isLeadingBullet(char c, StringBuilder sofar) {
        if (c < '\u25A0' || c > '\u25FF' || c == '○' || c == '◯') {
            return false;
        }
        for (int k = 0; k < sofar.length(); k++) {
            if (sofar.charAt(k) != ' ' && sofar.charAt(k) != '\u3000' && sofar.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmoji(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF || Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    /**
     * Emoji of the basic plane and their variation selectors ("✅参考答案", "⭐"); the ticks and crosses
     * that mark true and false ("✓", "✗", "❌") are kept, the fold reads them.
     */
    private static boolean isDecoration(char c) {
        if (c == '\uFE0F' || c == '\uFE0E' || c == '\u20E3') {
            return true;
        }
        boolean dingbat = c >= '\u2600' && c <= '\u27BF' || c >= '\u2B00' && c <= '\u2BFF';
        return dingbat && "✓✔✗✘✕☑☒❌❎☐".indexOf(c) < 0 && Character.getType(c) == Character.OTHER_SYMBOL;
    }

    /** A line drawn with rule characters ("━━━━", "────", "=====") only: a divider, no text. */
    private static boolean isRule(String text) {
        int drawn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2500' && c <= '\u257F' || "-=*~—_·•".indexOf(c) >= 0) {
                drawn++;
            } else if (c != ' ' && c != '\t' && c != '\u3000') {
                return false;
            }
        }
        return drawn >= 3;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B';
    }

    /** The line as stored and folded, or null when nothing is left of it. */
    Line cleanLine(String rawLine) {
        StringBuilder b = new StringBuilder(rawLine.length());
        for (int i = 0; i < rawLine.length(); i++) {
            char c = rawLine.charAt(i);
            if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD'
                    || (c < ' ' && c != '\t')) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < rawLine.length() && Character.isLowSurrogate(rawLine.charAt(i + 1))
                    && isEmoji(Character.toCodePoint(c, rawLine.charAt(i + 1)))) {
                // "👉 一、情景模拟篇": an article's emoji would hide the number that opens the line
                i++;
                continue;
            }
            if (Text.isDigit(Text.fold(c)) && isKeycap(rawLine, i + 1)) {
                // "1️⃣ 大促当天…": an article's keycap digit numbers the item
                b.append(Text.narrow(c)).append('.');
                continue;
            }
            if (isDecoration(c) || isLeadingBullet(c, b)) {
                continue;
            }
            b.append(Text.narrow(c));
        }
        String text = b.toString();
        if (text.isBlank() || isRule(text)) {
            return null;
        }
        if (script == Script.SIMPLIFIED && Text.hasTraditional(text)) {
            text = toSimple(text);
        }
        text = dropPinyin(text);
        text = questionMarksAsSpaces(text);
        String norm = Text.fold(text);
        Matcher m = norm.indexOf('第') >= 0 || norm.indexOf('{') >= 0 || norm.indexOf("Page") >= 0 ? PAGE_MARKER.matcher(norm) : null;
        if (m != null && m.find()) {
            StringBuilder t = new StringBuilder();
            int last = 0;
            boolean atAnEnd = norm.substring(0, m.start()).isBlank();
            do {
                t.append(text, last, m.start());
                last = m.end();
            } while (m.find());
            atAnEnd |= norm.substring(last).isBlank();
            t.append(text, last, text.length());
            text = t.toString();
            norm = Text.fold(text);
            if (atAnEnd && isPageHeader(norm.strip())) {
                // "某公司客服中心内部资料 第2页": a page's header, wherever the page broke (even mid-stem)
                return null;
            }
        }
        // Spaces: runs become one, ends trimmed, in both copies alike (they have the same length).
        StringBuilder st = new StringBuilder(text.length());
        StringBuilder sn = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = norm.charAt(i);
            if (c == ' ' && (st.length() == 0 || sn.charAt(sn.length() - 1) == ' ')) {
                continue;
            }
            st.append(c == ' ' ? ' ' : text.charAt(i));
            sn.append(c);
        }
        while (sn.length() > 0 && sn.charAt(sn.length() - 1) == ' ') {
            sn.setLength(sn.length() - 1);
            st.setLength(st.length() - 1);
        }
        if (sn.length() == 0 || (sn.length() <= 12 && PAGE_LINE.matcher(sn).matches())) {
            return null;
        }
        int blank = blankBeforeNumber(sn);
        if (blank > 0) {
            // "（　）1. …": the answer blank a Taiwanese paper puts before the number is not text
            return new Line(st.substring(blank), sn.substring(blank));
        }
        return new Line(st.toString(), sn.toString());
    }

    /**
     * OpenCC's phrase-level conversion reads words ("乾淨" → "干净") but costs about a microsecond a
     * character; past a budget far above any real paper, characters are converted one by one so a
     * pasted megabyte still reads in well under a second.
     */
    private String toSimple(String text) {
        if (phraseBudget >= text.length()) {
            phraseBudget -= text.length();
            String converted = ZhConverterUtil.toSimple(text);
            if (converted != null) {
                return converted;
            }
        }
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Text.simple(c[i]);
        }
        return new String(c);
    }

    private int phraseBudget = 200_000;

    /**
     * Pinyin written after a character, "服务(wù)" or "时(shí)" or "务(wu4)": dropped. Anything else in
     * brackets, "(CSAT)", "(Feeling-Fact-Fix)", "(1-5分)", is real content and stays.
     */
    static String dropPinyin(String s) {
        StringBuilder b = null;
        int copied = 0;
        for (int i = 1; i < s.length(); i++) {
            char open = s.charAt(i);
            if ((open != '(' && open != '（') || !Text.isCjk(s.charAt(i - 1))) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < s.length() && j <= i + 14; j++) {
                char c = s.charAt(j);
                if (c == ')' || c == '）') {
                    close = j;
                    break;
                }
            }
            if (close < 0 || !isPinyin(s.substring(i + 1, close))) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length());
            }
            b.append(s, copied, i);
            copied = close + 1;
            i = close;
        }
        if (b == null) {
            return s;
        }
        b.append(s, copied, s.length());
        return b.toString();
    }

    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)(?:ng|n)?[1-5]?");

    static boolean isPinyin(String inside) {
        String t = inside.strip();
        if (t.isEmpty()) {
            return false;
        }
        boolean marked = false;
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int tone = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".indexOf(c);
            if (tone >= 0) {
                plain.append("aaaaeeeeiiiioooouuuuvvvvv".charAt(tone));
                marked = true;
            } else if ((c >= 'a' && c <= 'z') || c == ' ' || (c >= '1' && c <= '5')) {
                plain.append(c);
                marked |= c >= '1' && c <= '5';
            } else {
                return false;
            }
        }
        String[] syllables = plain.toString().trim().split(" +");
        if (syllables.length > 3) {
            return false;
        }
        for (String syllable : syllables) {
            if (syllable.length() <= 7 && SYLLABLE.matcher(syllable).matches()) {
                continue;
            }
            // "fúwù": syllables run together, taken for pinyin only when tone-marked (else "wifi" would be)
            if (!marked || !syllablesRunTogether(syllable)) {
                return false;
            }
        }
        // A single unmarked short word like "(an)" is as likely English as pinyin; toneless pinyin is still common.
        return marked || plain.length() >= 2;
    }

    /** Can {@code s} (at most 14 letters) be cut into pinyin syllables? */
    private static boolean syllablesRunTogether(String s) {
        if (s.length() > 14) {
            return false;
        }
        boolean[] ok = new boolean[s.length() + 1];
        ok[0] = true;
        for (int i = 1; i <= s.length(); i++) {
            for (int j = Math.max(0, i - 7); j < i && !ok[i]; j++) {
                ok[i] = ok[j] && SYLLABLE.matcher(s.substring(j, i)).matches();
            }
        }
        return ok[s.length()];
    }

    /**
     * A half-width "?" inside a line stands for a space lost in copying ("客户?服务", "1.?客户");
     * a "?" that ends a sentence is kept.
     */
    static String questionMarksAsSpaces(String s) {
        if (s.indexOf('?') < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] != '?') {
                continue;
            }
            char next = i + 1 < c.length ? c[i + 1] : ' ';
            char prev = i > 0 ? c[i - 1] : ' ';
            boolean run = next == '?' || prev == '?' || prev == ' ';
            boolean beforeText = Text.isCjk(next) || Text.isDigit(next) || Text.isAsciiLetter(next);
            if ("吗呢吧么啊呀".indexOf(prev) >= 0) {
                continue;
            }
            boolean afterText = Text.isCjk(prev) || Text.isDigit(prev) || prev == '.' || prev == '、' || prev == '：' || prev == ':' || prev == ' ';
            // "…时间。(√)?三、简答题": after a closing bracket, before text, it was a space too
            boolean afterBracket = prev == ')' || prev == '）';
            if (run || (beforeText && (afterText || afterBracket)) || i == 0) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    private static boolean isListHeader(String norm) {
        if (norm.length() > 30) {
            return false;
        }
        for (String h : LIST_HEADERS) {
            if (norm.contains(h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCutPrompt(String norm) {
        if (norm.length() > 60 || Numbering.at(norm, 0) != null) {
            return false;
        }
        for (String p : CUT_PROMPTS) {
            if (norm.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoise(String norm) {
        if (norm.length() <= 90 && norm.lastIndexOf('.') > norm.length() - 6 && FILE_NAME_LINE.matcher(norm).matches()) {
            return true;
        }
        if (norm.length() > 80 || Numbering.at(norm, 0) != null || Cues.marker(norm, 0) != null) {
            return false;
        }
        for (String w : SITE_WORDS) {
            if (norm.contains(w)) {
                return true;
            }
        }
        String bare = DECORATION.matcher(norm).replaceAll("");
        if (bare.equals("END") || bare.equals("完") || bare.equals("全文完") || bare.equals("本文完")) {
            // "- END -", "(完)": an article's closing mark
            return true;
        }
        if (BUTTON_LINES.contains(bare)) {
            return true;
        }
        // "阅读 2.3万 赞 186 在看 52": an article's counters
        return norm.startsWith("阅读 ") && norm.length() > 3 && Text.isDigit(norm.charAt(3));
    }

    /** Private-use and replacement characters, "锟斤拷", and UTF-8 read as Latin-1 ("Ã¥", "â€"). */
    private void reportGarbled(String text) {
        int i = 0;
        while (i < text.length()) {
            int runEnd = garbledRunEnd(text, i);
            if (runEnd <= i) {
                i++;
                continue;
            }
            int end = runEnd;
            int next;
            while (end < text.length() && (next = garbledRunEnd(text, end)) > end) {
                end = next;
            }
            if (garbled.size() < MAX_GARBLED_REPORTS) {
                garbled.add(text.substring(i, Math.min(end, i + 20)));
            }
            i = end;
        }
    }

    /** The end of a garbled piece starting at {@code i}, or {@code i} when there is none. */
    private static int garbledRunEnd(String t, int i) {
        char c = t.charAt(i);
        if ((c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD') {
            return i + 1;
        }
        if (t.startsWith("锟斤拷", i) || t.startsWith("烫烫烫", i) || t.startsWith("屯屯屯", i)) {
            return i + 3;
        }
        if (c >= '\u00C2' && c <= '\u00EF' && i + 1 < t.length()) {
            char d = t.charAt(i + 1);
            if ((d >= '\u0080' && d <= '\u00BF') || d == '€' || d == '™' || d == 'œ' || d == 'š' || d == '‚' || d == '‰') {
                return i + 2;
            }
        }
        return i;
    }
}
