package com.kaoping.transfer.reading;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words papers use to announce what comes next: section kinds, answers, explanations, scoring
 * focus, pitfalls, competencies, backgrounds, gathered keys, stated points. All checks read the
 * folded (simplified, half-width) line and look a bounded distance ahead.
 */
final class Cues {

    private Cues() {
    }

    /** What a marker at the start of a line introduces. */
    enum Label {
        ANSWER, EXPLANATION, FOCUS, PITFALLS, COMPETENCIES, RUBRIC, BACKGROUND, CASE, CASE_QUESTIONS
    }

    /** A marker found in a line: what it introduces and where its content starts. */
    record Marker(Label label, int contentStart) {
    }

    private static final String[][] MARKERS = {
        // longest first: "参考答案" before "答案", "答案解析" (an explanation) before "答案"
        {"参考答案及解析", "ANSWER"}, {"参考答案与解析", "ANSWER"}, {"答案与解析", "ANSWER"}, {"答案及解析", "ANSWER"},
        {"参考答案", "ANSWER"}, {"正确答案", "ANSWER"}, {"标准答案", "ANSWER"}, {"参考回答", "ANSWER"},
        {"参考话术", "ANSWER"}, {"示范回答", "ANSWER"}, {"回答要点", "ANSWER"}, {"答题要点", "ANSWER"},
        {"参考要点", "ANSWER"}, {"答案要点", "ANSWER"}, {"参考答案示例", "ANSWER"}, {"参考答案要点", "ANSWER"},
        {"回答示例", "ANSWER"}, {"示例回答", "ANSWER"}, {"参考范例", "ANSWER"}, {"答案示例", "ANSWER"}, {"参考示例", "ANSWER"}, {"答案解析", "EXPLANATION"}, {"答案", "ANSWER"},
        {"解题思路", "EXPLANATION"}, {"答题思路", "EXPLANATION"}, {"解析思路", "EXPLANATION"}, {"解析", "EXPLANATION"},
        {"点评", "EXPLANATION"}, {"评分侧重", "FOCUS"}, {"评分重点", "FOCUS"}, {"评分关注", "FOCUS"},
        {"考察点", "COMPETENCIES"}, {"考查点", "COMPETENCIES"}, {"考察能力", "COMPETENCIES"}, {"考查能力", "COMPETENCIES"},
        {"考核点", "COMPETENCIES"}, {"考察要点", "COMPETENCIES"}, {"考查要点", "COMPETENCIES"}, {"能力考察", "COMPETENCIES"},
        {"考察维度", "COMPETENCIES"}, {"测评要素", "COMPETENCIES"}, {"测评要点", "COMPETENCIES"}, {"考核要点", "COMPETENCIES"},
        {"考察要素", "COMPETENCIES"}, {"考核要素", "COMPETENCIES"}, {"出题思路", "EXPLANATION"}, {"命题意图", "EXPLANATION"},
        {"测评目的", "EXPLANATION"}, {"考察目的", "EXPLANATION"}, {"考察重点", "COMPETENCIES"}, {"评分要点", "COMPETENCIES"}, {"考察", "COMPETENCIES"},
        {"评分标准", "RUBRIC"}, {"评分细则", "RUBRIC"}, {"评分参考", "RUBRIC"},
        {"注意避免", "PITFALLS"}, {"避免", "PITFALLS"}, {"切忌", "PITFALLS"}, {"扣分点", "PITFALLS"}, {"禁忌", "PITFALLS"},
        {"常见错误", "PITFALLS"}, {"常见误区", "PITFALLS"}, {"扣分项", "PITFALLS"}, {"案例背景", "CASE"}, {"案例材料", "CASE"}, {"阅读材料", "CASE"}, {"背景资料", "BACKGROUND"}, {"背景材料", "BACKGROUND"}, {"材料内容", "CASE"},
        {"背景", "BACKGROUND"}, {"情景", "BACKGROUND"}, {"情境", "BACKGROUND"}, {"场景", "BACKGROUND"},
        {"问题", "CASE_QUESTIONS"}, {"问", "CASE_QUESTIONS"}, {"Q", "CASE_QUESTIONS"}, {"回答", "ANSWER"}, {"答", "ANSWER"}
    };

    /**
     * The marker that starts at {@code i} ("参考答案:", "[解析]", "避免…", "考察点:"), or null. Most need a
     * colon or a bracket after them so that "答案" inside a sentence is not taken for one; "避免" and
     * "评分侧重" introduce their content directly.
     */
    static Marker marker(String s, int i) {
        int n = s.length();
        boolean bracket = i < n && s.charAt(i) == '[';
        int at = bracket ? i + 1 : i;
        for (String[] m : MARKERS) {
            String word = m[0];
            if (!s.startsWith(word, at)) {
                continue;
            }
            Label label = Label.valueOf(m[1]);
            int end = at + word.length();
            if (label == Label.FOCUS) {
                if (s.startsWith("于", end) || s.startsWith("点", end) || s.startsWith("在", end)) {
                    end++;
                }
                return new Marker(label, skip(s, end));
            }
            if (label == Label.PITFALLS && !bracket) {
                return new Marker(label, word.equals("避免") ? at : skip(s, end));
            }
            if (label == Label.CASE && !bracket) {
                // "案例背景:" and also "案例一:" handled by caseOpener
                if (end < n && (s.charAt(end) == ':' || s.charAt(end) == ' ')) {
                    return new Marker(label, skip(s, end));
                }
                if (end >= n) {
                    return new Marker(label, end);
                }
                continue;
            }
            if (bracket) {
                if (end < n && s.charAt(end) == ']') {
                    return new Marker(label, skip(s, end + 1));
                }
                continue;
            }
            // a parenthesised gloss may stand before the colon: "背景(S):"
            // a bracketed gloss may stand before the colon: "背景(S):", "参考答案(仅供参考):"
            int k = end;
            if (k < n && s.charAt(k) == '(') {
                for (int j = k + 1; j < n && j <= k + 12; j++) {
                    if (s.charAt(j) == ')') {
                        if (j + 1 < n && s.charAt(j + 1) == ':') {
                            k = j + 1;
                        }
                        break;
                    }
                }
            }
            if (k < n && s.charAt(k) == ':') {
                return new Marker(label, skip(s, k + 1));
            }
            if (label == Label.ANSWER && k + 1 < n && (s.charAt(k) == '是' || s.charAt(k) == '为') && word.contains("答案")) {
                // "正确答案是B", "答案为:A"
                return new Marker(label, skip(s, k + 1));
            }
            if (k + 1 < n && s.charAt(k) == ' ' && s.charAt(k + 1) != ' ' && SPACED.contains(word)) {
                // "答案 B" from a PDF where the colon was lost
                return new Marker(label, skip(s, k + 1));
            }
            if (k >= n && label != Label.BACKGROUND && label != Label.CASE_QUESTIONS && !word.equals("答")
                    && !word.equals("考察")) {
                return new Marker(label, k);
            }
            if (k >= n && label == Label.CASE_QUESTIONS && word.equals("问题")) {
                return new Marker(label, k);
            }
        }
        return null;
    }

    private static final java.util.Set<String> SPACED = java.util.Set.of("答案", "参考答案", "正确答案", "标准答案", "解析", "答案解析");

    private static final Pattern CASE_OPENER = Pattern.compile("\\[?(?:案例|材料) ?[一二三四五六七八九十\\d]{0,3}\\]? ?[:.、]?");
    private static final Pattern NUMBERED_CASE = Pattern.compile("\\[?(?:案例|材料) ?[一二三四五六七八九十\\d]{1,3}\\]? ?[:]?");

    /** "案例一:", "[案例]", "案例2" at the start of a short line: a case background follows. */
    static int caseOpener(String s) {
        if (!s.startsWith("案例") && !s.startsWith("[案例") && !s.startsWith("材料") && !s.startsWith("[材料")) {
            return -1;
        }
        String head = s.substring(0, Math.min(s.length(), 10));
        Matcher m = CASE_OPENER.matcher(head);
        if (m.lookingAt() && (m.end() == head.length() || head.charAt(m.end() - 1) == ':' || head.charAt(m.end() - 1) == ']'
                || s.length() > 10 && m.end() > 2)) {
            if (s.startsWith("案例分析") || s.startsWith("案例题")) {
                return -1;
            }
            return skip(s, m.end());
        }
        return -1;
    }

    /**
     * "材料二:" or "案例2" alone on its line (or before a colon): the next case begins, even right after
     * the last case's answer.
     */
    static boolean isNumberedCaseLabel(String s) {
        if (s.length() > 60 || caseOpener(s) < 0) {
            return false;
        }
        Matcher m = NUMBERED_CASE.matcher(s);
        return m.lookingAt() && (m.end() == s.length() || s.charAt(m.end() - 1) == ':');
    }

    private static int skip(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    /** Words a gathered-answers header is made of ("参考答案", "试卷答案及解析"). */
    static boolean isKeyHeader(String norm) {
        if (norm.length() > 24 || norm.indexOf('答') < 0) {
            return false;
        }
        String t = norm.replace("[", "").replace("]", "").replace(" ", "");
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.startsWith("附")) {
            t = t.substring(t.startsWith("附:") ? 2 : 1);
        }
        return KEY_HEADER.matcher(t).matches();
    }

    private static final Pattern KEY_HEADER = Pattern.compile(
            "(?:参考)?解答|(?:参考|试卷|试题|标准|本卷)?答案(?:部分)?(?:[及与和]?(?:解析|评分标准|评分细则|评分参考))?(?:汇总|如下)?"
            + "|答案与评分标准|参考答案及评分标准");

    /** The question kind a section title names, or null ("单项选择题", "多選題", "情景模拟题"). */
    static KindHint kindOfTitle(String norm) {
        String t = norm.length() > 40 ? norm.substring(0, 40) : norm;
        if (t.contains("不定项") || t.contains("多选") || t.contains("多项选择") || t.contains("多项选") || t.contains("复选")) {
            return KindHint.MULTIPLE;
        }
        if (t.contains("单选") || t.contains("单项选择") || t.contains("单项选")) {
            return KindHint.SINGLE;
        }
        if (t.contains("选择题")) {
            return KindHint.CHOICE;
        }
        if (t.contains("判断") || t.contains("是非")) {
            return KindHint.TRUE_FALSE;
        }
        if (t.contains("案例分析") || t.contains("案例题") || t.contains("案例")) {
            return KindHint.CASE;
        }
        if (t.contains("情景") || t.contains("情境") || t.contains("场景") || t.contains("模拟") || t.contains("角色扮演")
                || t.contains("话术")) {
            return KindHint.SCENARIO;
        }
        if (t.contains("行为面试") || t.contains("行为事件") || t.contains("行为题") || t.contains("行为类") || t.contains("STAR")) {
            return KindHint.BEHAVIOURAL;
        }
        if (t.contains("论述") || t.contains("申论")) {
            return KindHint.ESSAY;
        }
        if (t.contains("面试问答") || t.contains("面试题") || t.contains("结构化")) {
            return KindHint.INTERVIEW;
        }
        if (t.contains("简答") || t.contains("问答") || t.contains("填空") || t.contains("填充") || t.contains("名词解释")) {
            return KindHint.SHORT;
        }
        return null;
    }

    /** What a section title says about its questions' kind; INTERVIEW and CHOICE leave the rest to the item. */
    enum KindHint {
        SINGLE, MULTIPLE, CHOICE, TRUE_FALSE, SHORT, CASE, SCENARIO, BEHAVIOURAL, ESSAY, INTERVIEW
    }

    /** Does an unnumbered line read like a section header ("单项选择题(每题2分,共20分)", "判断题")? */
    static boolean isBareSectionHeader(String norm) {
        if (norm.length() > 50) {
            return false;
        }
        if (norm.startsWith("[") && norm.indexOf(']') > 0) {
            // "[单选题]"
            norm = norm.substring(1).replaceFirst("]", "");
        }
        for (String t : SECTION_TITLES) {
            if (norm.startsWith(t)) {
                String rest = norm.substring(t.length()).strip();
                return rest.isEmpty() || rest.startsWith("(") || rest.startsWith(":") || rest.startsWith("[")
                        || rest.startsWith("部分") || rest.contains("分");
            }
        }
        return isNamedPart(norm);
    }

    /**
     * "【多选题】(每题4分,共16分)", "判断题(每题2分)": a header that stands out even right after an answer
     * (an article puts each part's header straight under the last answer, with no numeral): a
     * bracketed title, or a title followed only by its points in brackets. Looser lines ("案例分析:…(5分)")
     * may be a rubric step, so they head a section only outside an answer.
     */
    static boolean isStrictBareSectionHeader(String norm) {
        if (norm.length() > 40 || !isBareSectionHeader(norm)) {
            return false;
        }
        boolean bracketed = norm.startsWith("[") && norm.indexOf(']') > 0;
        String rest = bracketed ? norm.substring(norm.indexOf(']') + 1).strip() : norm;
        if (!bracketed) {
            int open = rest.indexOf('(');
            if (open < 0) {
                return false;
            }
            String title = rest.substring(0, open).strip();
            boolean known = false;
            for (String t : SECTION_TITLES) {
                known |= title.equals(t);
            }
            if (!known) {
                return false;
            }
            rest = rest.substring(open);
        }
        if (rest.isEmpty()) {
            return true;
        }
        if (!rest.startsWith("(") || !rest.endsWith(")")) {
            return false;
        }
        HeaderPoints p = headerPoints(rest);
        return p.each() != null || p.total() != null;
    }

    /**
     * "情景模拟篇(每题10分)", "客户沟通情景题(每题10分)": a short name that says its kind and ends in 篇 or 题,
     * alone on its line (an article's part between rules).
     */
    private static boolean isNamedPart(String norm) {
        if (norm.indexOf('?') >= 0) {
            return false;
        }
        int end = norm.length();
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '(' || c == '[' || c == ':') {
                end = i;
                break;
            }
        }
        String name = norm.substring(0, end).strip();
        if (name.length() < 3 || name.length() > 10 || (!name.endsWith("篇") && !name.endsWith("题"))) {
            return false;
        }
        for (String w : new String[] {"哪", "什么", "属于", "下列", "以下", "是", "的", "请", "做"}) {
            if (name.contains(w)) {
                // "下列哪项属于情景题": words of a sentence, not a part's name
                return false;
            }
        }
        String rest = norm.substring(end);
        KindHint hint = kindOfTitle(name);
        if (hint == null) {
            return false;
        }
        if (name.endsWith("篇")) {
            return rest.isEmpty() || rest.contains("分") || rest.contains("题");
        }
        // "客服主管面试题" may be the paper's title; a part named "…题" says its points
        return hint != KindHint.INTERVIEW && rest.contains("分");
    }

    /** Section titles that may stand alone on a line without a numeral. */
    private static final String[] SECTION_TITLES = {
        "单项选择题", "单选题", "多项选择题", "多选题", "复选题", "不定项选择题", "选择题", "判断题", "是非题", "申论题", "填充题", "简答题", "问答题", "案例分析题",
        "案例题", "情景模拟题", "情景题", "情境模拟题", "情境题", "行为面试题", "行为题", "面试问答题", "论述题", "填空题",
        "名词解释", "情景模拟", "案例分析", "结构化面试题"
    };

    /** After a list of other documents: does this line take the paper up again? */
    static boolean looksLikePaperResuming(String norm) {
        if (isKeyHeader(norm) || norm.contains("考试时间") || norm.contains("总分")) {
            return true;
        }
        Numbering.Number n = Numbering.at(norm, 0);
        if (n != null && n.family().sectionLike()) {
            return kindOfTitle(norm) != null || norm.contains("分");
        }
        return isBareSectionHeader(norm);
    }

    // ---- points ----

    private static final Pattern EACH = Pattern.compile("(?:每(?:小|道)?题|各|每个)(?:各)? ?(\\d{1,3}(?:\\.\\d{1,2})?) ?分"
            // "5分/题", "2分/小题"
            + "|(\\d{1,3}(?:\\.\\d{1,2})?) ?分 ?/ ?(?:小题|道|题)"
            // "2题×10分=20分"
            + "|(?:题|道) ?[×xX*] ?(\\d{1,3}(?:\\.\\d{1,2})?) ?分");
    private static final Pattern COUNT = Pattern.compile("(?:共|计)? ?(\\d{1,3}) ?(?:道小题|道题|小题|题|道|个)");
    private static final Pattern TOTAL = Pattern.compile("(?:共|计|满分|总分|合计|小计)(?:计)? ?:? ?(\\d{1,4}(?:\\.\\d{1,2})?) ?分"
            // "(2题×10分=20分)", "(共2题,10分)"
            + "|分 ?= ?(\\d{1,4}(?:\\.\\d{1,2})?) ?分|(?:题|道) ?[,;] ?(\\d{1,4}(?:\\.\\d{1,2})?) ?分 ?[)\\]]");
    private static final Pattern LONE = Pattern.compile("[(\\[] ?(?:本题|本大题|本部分)?(?:满分)? ?(\\d{1,4}(?:\\.\\d{1,2})?) ?分 ?[)\\]]");

    /** Points stated in a section header. */
    record HeaderPoints(BigDecimal each, Integer count, BigDecimal total) {
    }

    /** The one group of an alternation that matched. */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    static HeaderPoints headerPoints(String norm) {
        String t = norm.length() > 200 ? norm.substring(0, 200) : norm;
        BigDecimal each = null;
        Integer count = null;
        BigDecimal total = null;
        Matcher m = EACH.matcher(t);
        if (m.find()) {
            each = Text.plain(Text.number(firstGroup(m)));
        }
        m = COUNT.matcher(t);
        while (m.find()) {
            // "共3题" or "3题" is a count; "第11-15题" names the questions, it does not count them
            int before = m.start(1) - 1;
            while (before >= 0 && t.charAt(before) == ' ') {
                before--;
            }
            if (before >= 0 && "-~～—到至第".indexOf(t.charAt(before)) >= 0) {
                continue;
            }
            count = Integer.valueOf(m.group(1));
            break;
        }
        m = TOTAL.matcher(t);
        if (m.find()) {
            total = Text.plain(Text.number(firstGroup(m)));
        } else if (each == null) {
            m = LONE.matcher(t);
            if (m.find()) {
                total = Text.plain(Text.number(m.group(1)));
            }
        }
        return new HeaderPoints(each, count, total);
    }

    private static final Pattern MARK = Pattern.compile(
            "[(\\[] ?(?:本题|本小题|本题满分|满分|计)? ?(\\d{1,3}(?:\\.\\d{1,2})?) ?分 ?[)\\]]");

    /** A question's or a step's own mark "(10分)" / "[5分]": its value and place, or null. */
    static Matcher mark(String norm) {
        if (norm.indexOf('分') < 0) {
            return null;
        }
        Matcher m = MARK.matcher(norm);
        return m.find() ? m : null;
    }

    /** A mark at the end of the text: "…(6分)" or "……6分" or "(6分)。". */
    static int[] trailingMark(String norm) {
        int end = norm.length();
        while (end > 0 && " 。.;,".indexOf(norm.charAt(end - 1)) >= 0) {
            end--;
        }
        int i = end;
        boolean closed = i > 0 && (norm.charAt(i - 1) == ')' || norm.charAt(i - 1) == ']');
        if (closed) {
            i--;
        }
        if (i == 0 || norm.charAt(i - 1) != '分') {
            return null;
        }
        i--;
        while (i > 0 && norm.charAt(i - 1) == ' ') {
            i--;
        }
        int numEnd = i;
        while (i > 0 && numEnd - i < 6 && (Text.isDigit(norm.charAt(i - 1)) || norm.charAt(i - 1) == '.')) {
            i--;
        }
        if (i == numEnd || norm.charAt(i) == '.') {
            return null;
        }
        int numStart = i;
        while (i > 0 && norm.charAt(i - 1) == ' ') {
            i--;
        }
        // "1-5分" or "3~5分" is a range, not a mark
        if (i > 0 && "-~到至".indexOf(norm.charAt(i - 1)) >= 0) {
            return null;
        }
        int start = i;
        if (closed) {
            while (start > 0 && norm.charAt(start - 1) != '(' && norm.charAt(start - 1) != '[' && i - start < 8) {
                start--;
            }
            if (start == 0 || (norm.charAt(start - 1) != '(' && norm.charAt(start - 1) != '[')) {
                return null;
            }
            start--;
        }
        return new int[] {start, numStart, numEnd};
    }

    /** "(本题已删除)", "此题作废": a numbered place whose question was withdrawn. */
    static boolean isWithdrawn(String content) {
        if (content.length() > 20) {
            return false;
        }
        String t = content.replaceAll("[\\s()\\[\\]。.]", "");
        if (t.length() > 8) {
            return false;
        }
        boolean which = t.startsWith("本题") || t.startsWith("此题") || t.startsWith("该题");
        return which && (t.endsWith("删除") || t.endsWith("删去") || t.endsWith("作废") || t.endsWith("取消"));
    }

    /** "1、问：…": the label "问:" ("问题:", "Q:") opening a numbered item is not part of the stem; where the stem starts. */
    static int afterAskLabel(String norm, int from) {
        for (String label : new String[] {"问:", "问题:", "Q:", "q:"}) {
            if (norm.startsWith(label, from)) {
                return skip(norm, from + label.length());
            }
        }
        return from;
    }

    /** Behavioural cues: the question asks about the candidate's own past. */
    static boolean asksAboutOwnPast(String norm) {
        String[] cues = {"上一份工作", "以往工作", "工作中遇到过", "你在工作中", "过往的经历", "过往经历", "以往的经历", "以往经历", "过去的经历", "过去的工作", "你的经历", "请举例说明你",
            "请举一个", "请举例", "举一个例子", "讲一个你", "讲述一次", "描述一次你", "请描述一次", "分享一次", "分享一个你", "你曾经",
            "你是否曾", "有没有遇到过", "请描述一个你", "请结合你", "结合自身经历", "你最有成就感", "你遇到过"};
        for (String c : cues) {
            if (norm.contains(c)) {
                return true;
            }
        }
        // "说说你过去压力最大的一次经历", "请讲一次你和同事意见不一致的经历"
        return norm.contains("经历") && (norm.contains("一次") || norm.contains("你过去") || norm.contains("曾经"));
    }

    /** Scenario cues: the candidate is put in a situation and acts it out. */
    static boolean setsAScene(String norm) {
        String[] cues = {"请模拟", "模拟你", "假如你是", "如果你是", "假设你是", "假如你", "假设你", "如果你接到", "作为客服",
            "情景", "情境", "你会如何", "你会怎么", "你将如何", "你该如何", "你如何处理", "你会怎样"};
        for (String c : cues) {
            if (norm.contains(c)) {
                return true;
            }
        }
        // "同时有多个客户在线咨询,你忙不过来怎么办?": a situation, then what you would do in it
        int comma = norm.indexOf(',');
        if (comma > 0 && norm.indexOf('你', comma) > 0 && (norm.indexOf("怎么办", comma) > 0 || norm.indexOf("怎么做", comma) > 0)) {
            return true;
        }
        // "如果客户一直骂人,你怎么办?"
        return (norm.contains("如果") || norm.contains("假如") || norm.contains("假设") || norm.contains("遇到"))
                && norm.contains("你") && (norm.contains("怎么办") || norm.contains("怎么做") || norm.contains("如何"));
    }
}
