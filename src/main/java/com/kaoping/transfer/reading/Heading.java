package com.kaoping.transfer.reading;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's heading, read from the lines above its first section: its title (the paper's own
 * heading, not a site's page title, a Q&A question or a labelled fact above it), its time limit and
 * its stated total. Kept apart from the {@link Structure} so that the tree reading stays small.
 */
final class Heading {

    private static final Pattern TIME = Pattern.compile("(?:时间|时长|用时|限时)[^0-9]{0,4}(\\d{1,3}) ?(分钟|min|小时)");
    private static final Pattern TIME_ALONE = Pattern.compile("(\\d{1,3}) ?分钟");
    private static final Pattern TOTAL = Pattern.compile("(?:总分|满分|试卷总分|总计|总分值)[^0-9]{0,3}(\\d{1,4}(?:\\.\\d{1,2})?) ?分?");

    String title;
    Integer timeLimit;
    BigDecimal statedTotal;
    /** The title read so far names a paper ("…笔试题"): a later line no longer replaces it. */
    private boolean titleNamesPaper;
    /** The title was the line right above the paper's facts or an article's byline: nothing replaces it. */
    private boolean titleSettled;
    /** The head line offered just before this one, or null. */
    private Cleaner.Line previous;

    private static final Pattern BYLINE = Pattern.compile("^原创 .{0,30}(?:\\d{4}[-年.]\\d{1,2}|发表于)");

    /** "考试时间:90分钟 总分:100分": the time limit and the stated total, where a head line gives them. */
    void readFacts(String norm) {
        boolean before = timeLimit != null || statedTotal != null;
        readTimeAndTotal(norm);
        if (!before && (timeLimit != null || statedTotal != null) && factsOnly(norm)) {
            // "(考试时间:50分钟 总分:100分)" alone on its line: the paper's heading is the line above it,
            // whatever a site's page title or a Q&A question above that said
            settleOnPrevious();
        }
    }

    /** "面试时长:40分钟 满分:100分": nothing on the line but the paper's facts. */
    private static boolean factsOnly(String norm) {
        String rest = TOTAL.matcher(TIME.matcher(norm).replaceAll("")).replaceAll("");
        return rest.replaceAll("[()\\[\\]:,;。. ]|考试|试卷|笔试|面试", "").length() < 2;
    }

    /** The heading right above a line that only belongs to it (its facts, an article's byline). */
    private void settleOnPrevious() {
        // "(A卷)" or a company's name right above the facts does not replace a heading that names the paper
        if (previous != null && !titleSettled && isTitle(previous.norm()) && !isPageTitle(previous.norm())
                && (title == null || namesPaper(previous.norm()))) {
            title = titleOf(previous);
            titleNamesPaper = true;
            titleSettled = true;
        }
    }

    private void readTimeAndTotal(String norm) {
        Matcher m = TIME.matcher(norm);
        if (m.find()) {
            int v = Integer.parseInt(m.group(1));
            timeLimit = m.group(2).equals("小时") ? v * 60 : v;
        } else if ((m = TIME_ALONE.matcher(norm)).find() && (norm.contains("考试") || norm.contains("时间"))) {
            timeLimit = Integer.valueOf(m.group(1));
        }
        m = TOTAL.matcher(norm);
        if (m.find()) {
            statedTotal = Text.plain(Text.number(m.group(1)));
        }
    }

    /** A head line outside any question: it may be the title, or a better one than the title so far. */
    void offerTitle(Cleaner.Line line) {
        if (titleSettled) {
            return;
        }
        if (BYLINE.matcher(line.norm()).find()) {
            // "原创 某公众号 2026-03-12 08:30 发表于浙江": a WeChat article's byline sits right under its
            // heading; the account's slogan above the heading is not the title
            settleOnPrevious();
            return;
        }
        offerCandidate(line);
        previous = line;
    }

    private void offerCandidate(Cleaner.Line line) {
        String norm = line.norm();
        if (norm.length() > 80 && norm.length() <= 2000 && (title == null || !titleNamesPaper)) {
            Cleaner.Line heading = headingBeforeNote(line);
            if (heading != null) {
                line = heading;
                norm = heading.norm();
            }
        }
        if ((title == null || !titleNamesPaper) && isTitle(norm)) {
            // the first line that names a paper ("…笔试题", "…考核") wins over a company name above it
            // a question asked on a Q&A site above the paper ("…会考哪些题?", "…问些什么?附我的评分表") is a title only
            // while no heading follows
            boolean names = namesPaper(norm) && !isPageTitle(norm) && norm.indexOf('?') < 0;
            if (title == null || names) {
                title = titleOf(line);
                titleNamesPaper = names;
            }
        }
    }

    /**
     * A one-line paste that starts with a site's words: the paper's heading is the run of text right
     * before its "(考试时间…总分…)" note, back to the previous space.
     */
    private static Cleaner.Line headingBeforeNote(Cleaner.Line line) {
        String norm = line.norm();
        Matcher m = TIME.matcher(norm);
        int at = m.find() ? m.start() : -1;
        m = TOTAL.matcher(norm);
        if (m.find() && (at < 0 || m.start() < at)) {
            at = m.start();
        }
        if (at <= 0 || at > 400) {
            return null;
        }
        int end = at;
        for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
            // the note's own bracket: "(考试时间:…"
            if (norm.charAt(k) == '(' || norm.charAt(k) == '[') {
                end = k;
                break;
            }
        }
        while (end > 0 && norm.charAt(end - 1) == ' ') {
            end--;
        }
        int start = norm.lastIndexOf(' ', end - 1) + 1;
        if (end - start < 4) {
            return null;
        }
        return new Cleaner.Line(line.text().substring(start, end), norm.substring(start, end));
    }

    private static boolean namesPaper(String norm) {
        for (String w : new String[] {"试题", "试卷", "笔试", "面试", "考试", "考核", "测试", "测评", "题库", "考题", "题目", "答案", "练习",
            "题"}) {
            if (norm.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "【题库分享】客服甄试历届试题 - 某博客": a web page's title, the site's name after a dash or bar; the
     * paper's own heading comes below it.
     */
    private static boolean isPageTitle(String norm) {
        int cut = Math.max(norm.lastIndexOf(" - "), norm.lastIndexOf(" | "));
        if (cut < 0) {
            // "…笔试题整理_银行客服笔试题-CSDN博客": no spaces round the dash, but a site's name after it
            int tight = Math.max(norm.lastIndexOf('-'), Math.max(norm.lastIndexOf('_'), norm.lastIndexOf('|')));
            String site = tight < 0 ? "" : norm.substring(tight + 1).strip();
            if (site.length() > 12 || namesPaper(site)) {
                return false;
            }
            for (String w : new String[] {"博客", "文库", "知乎", "论坛", "社区", "CSDN", "简书", "网"}) {
                if (site.contains(w)) {
                    return true;
                }
            }
            return false;
        }
        String site = norm.substring(cut + 3);
        return site.length() <= 12 && !namesPaper(site);
    }

    private static boolean isTitle(String norm) {
        int colon = norm.indexOf(':');
        if (colon >= 0 && colon <= 3) {
            // "分类:考试资料", "来源:…", "作者:…": a page's labelled facts, not a heading
            return false;
        }
        if (colon > 3 && colon <= 6) {
            // "文档简介:…", "分类专栏:…", "文章标签:…": a longer label of the page's
            String label = norm.substring(0, colon);
            for (String w : new String[] {"简介", "描述", "摘要", "标签", "专栏", "分类", "来源", "作者"}) {
                if (label.endsWith(w)) {
                    return false;
                }
            }
        }
        if (norm.length() > 80 || norm.startsWith("本试卷") || norm.startsWith("本卷") || norm.startsWith("本次")
                || norm.startsWith("请") || norm.contains("____") || norm.startsWith("姓名") || norm.startsWith("考生") || norm.startsWith("注意")
                || norm.startsWith("说明") || norm.startsWith("部门") || norm.startsWith("应聘")) {
            return false;
        }
        if ((norm.startsWith("每天") || norm.startsWith("每日") || norm.startsWith("每周") || norm.startsWith("天天"))
                && (norm.contains("分享") || norm.contains("更新") || norm.contains("推送") || norm.contains("一套") || norm.contains("一道"))) {
            // "每天分享一套实用面试题": an account's slogan says how often it posts, it heads no paper
            return false;
        }
        String rest = TIME.matcher(norm).replaceAll("");
        rest = TOTAL.matcher(rest).replaceAll("");
        rest = rest.replaceAll("[()\\[\\]:,;。. ]|考试|试卷", "");
        return rest.length() >= 2;
    }

    /** The title without a trailing "(满分100分)" or time and total. */
    private static String titleOf(Cleaner.Line line) {
        String norm = line.norm();
        int cut = norm.length();
        Matcher m = TIME.matcher(norm);
        if (m.find()) {
            cut = Math.min(cut, m.start());
        }
        m = TOTAL.matcher(norm);
        if (m.find()) {
            cut = Math.min(cut, m.start());
        }
        String t = line.text().substring(0, cut);
        t = t.replaceAll("[\\s(（\\[【:：,，]+$", "").strip();
        return t.isEmpty() ? line.text() : t;
    }
}
