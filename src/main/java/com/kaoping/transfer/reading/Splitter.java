package com.kaoping.transfer.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a line that holds several items (a whole paper pasted on ONE line, or "1.B 2.C 3.A" in a
 * gathered key) into one line per item, so the person reviewing sees each piece on its own line.
 * A number inside a line only starts a new item when it is the number expected next (so "请列出
 * 3点:1.倾听 2.共情" stays one item) and the text before it reads as a finished item; options cut
 * only in sequence A, B, C… One pass over the line, looking a few characters ahead at each place.
 */
final class Splitter {

    private int lastSection;
    private final Map<Numbering.Family, Integer> lastQuestion = new EnumMap<>(Numbering.Family.class);
    private boolean sectionJustStarted = true;

    private static final Numbering.Family[] QUESTION_FAMILIES = {
        Numbering.Family.DOT, Numbering.Family.COMMA, Numbering.Family.Q, Numbering.Family.NTH
    };

    /** "A、B、C" (letters joined, nothing else): a multiple-choice key, not an option "A" reading "B、C". */
    private static boolean lettersKey(String norm, int i) {
        int k = i;
        int letters = 0;
        while (k < norm.length() && k < i + 16) {
            char c = norm.charAt(k);
            if (c < 'A' || c > 'H') {
                break;
            }
            letters++;
            k++;
            if (k < norm.length() && (norm.charAt(k) == '、' || norm.charAt(k) == ',')) {
                k++;
            }
        }
        return letters >= 2 && (k >= norm.length() || norm.charAt(k) == ' ' || norm.charAt(k) == ';' || norm.charAt(k) == '。');
    }

    List<Cleaner.Line> split(Cleaner.Line line) {
        String norm = line.norm();
        List<Integer> cuts = new ArrayList<>();
        int segStart = 0;
        Segment seg = new Segment();
        int lastOption = 0;
        boolean questionInLine = false;
        Numbering.Number first = Numbering.at(norm, 0);
        if (first != null) {
            if (first.family() == Numbering.Family.CN || first.family() == Numbering.Family.PART) {
                lastSection = first.value();
                sectionJustStarted = true;
                seg.header = true;
            } else if (isQuestionFamily(first.family())) {
                noteQuestion(first);
                questionInLine = true;
            } else if (first.family() == Numbering.Family.OPTION) {
                lastOption = first.value();
                seg.options = true;
            }
        }
        if (Cues.isKeyHeader(norm) || norm.startsWith("参考答案 ") || norm.startsWith("试卷答案 ")) {
            restartNumbering();
        }
        Cues.Marker opening = first == null ? Cues.marker(norm, 0) : null;
        if (opening != null && opening.label() != Cues.Label.BACKGROUND && opening.label() != Cues.Label.CASE
                && opening.label() != Cues.Label.CASE_QUESTIONS) {
            seg.answer = true;
        }
        for (int i = 1; i < norm.length(); i++) {
            char c = norm.charAt(i);
            char prev = norm.charAt(i - 1);
            int cut = -1;
            if (Text.isCnNumeral(c) && !Text.isCnNumeral(prev)) {
                Numbering.Number n = Numbering.at(norm, i);
                if (n != null && n.family() == Numbering.Family.CN && n.value() == lastSection + 1
                        && (Text.endsItem(prev) || Cues.kindOfTitle(ahead(norm, n.contentStart(), 14)) != null)) {
                    cut = i;
                    lastSection = n.value();
                    sectionJustStarted = true;
                    lastOption = 0;
                    seg = new Segment();
                    seg.header = true;
                }
            } else if ((Text.isDigit(c) && !Text.isDigit(prev) && prev != '.' && prev != '第')
                    || ((c == 'Q' || c == 'q') && !Text.isAsciiLetter(prev))) {
                Numbering.Number n = Numbering.at(norm, i);
                if (n != null && isQuestionFamily(n.family()) && expected(n) && seg.finished(norm, segStart, i)) {
                    cut = i;
                    noteQuestion(n);
                    questionInLine = true;
                    lastOption = 0;
                    seg = new Segment();
                }
            } else if (c >= 'A' && c <= 'H' || (c == '(' && i + 1 < norm.length() && norm.charAt(i + 1) >= 'A'
                    && norm.charAt(i + 1) <= 'H')) {
                Numbering.Number n = Numbering.at(norm, i);
                if (n != null && n.family() == Numbering.Family.OPTION && n.value() == lastOption + 1 && !seg.answer
                        && n.contentStart() < norm.length() && !(lastOption == 0 && lettersKey(norm, i))
                        && (lastOption > 0 ? !(Text.isAsciiLetter(prev) && c == '(') : optionsMayStart(norm, segStart, i, questionInLine))) {
                    cut = i;
                    lastOption = n.value();
                    seg = new Segment();
                    seg.options = true;
                }
            } else if (c == '参' || c == '答' || c == '[' || c == '解' || c == '考' || c == '评' || c == '正' || c == '标'
                    || c == '背' || c == '案' || c == '问' || c == '避' || c == '试') {
                if (norm.startsWith("参考答案 ", i) || norm.startsWith("试卷答案 ", i)) {
                    if (!Text.isCjk(prev)) {
                        cut = i;
                        restartNumbering();
                        seg = new Segment();
                        seg.answer = true;
                    }
                } else {
                    Cues.Marker m = Cues.marker(norm, i);
                    // the number lookup only when a marker is there: this runs for every character
                    Numbering.Number opener = m == null ? null : Numbering.at(norm, segStart);
                    boolean rightAfterNumber = opener != null && opener.contentStart() == i;
                    if (m != null && !rightAfterNumber && markerMayCut(m, norm, i, prev)) {
                        cut = i;
                        lastOption = 0;
                        seg = new Segment();
                        seg.answer = m.label() != Cues.Label.BACKGROUND && m.label() != Cues.Label.CASE
                                && m.label() != Cues.Label.CASE_QUESTIONS;
                    }
                }
            }
            if (cut > 0) {
                cuts.add(cut);
                segStart = cut;
            } else {
                seg.see(c);
            }
        }
        if (cuts.isEmpty()) {
            return List.of(line);
        }
        List<Cleaner.Line> out = new ArrayList<>(cuts.size() + 1);
        int from = 0;
        for (int cut : cuts) {
            add(out, line, from, cut);
            from = cut;
        }
        add(out, line, from, norm.length());
        return out;
    }

    private static void add(List<Cleaner.Line> out, Cleaner.Line line, int from, int to) {
        String text = line.text().substring(from, to);
        String norm = line.norm().substring(from, to);
        int a = 0;
        int b = norm.length();
        while (a < b && norm.charAt(a) == ' ') {
            a++;
        }
        while (b > a && norm.charAt(b - 1) == ' ') {
            b--;
        }
        if (a < b) {
            out.add(new Cleaner.Line(text.substring(a, b), norm.substring(a, b)));
        }
    }

    private static String ahead(String s, int from, int len) {
        return s.substring(Math.min(from, s.length()), Math.min(s.length(), from + len));
    }

    private static boolean isQuestionFamily(Numbering.Family f) {
        for (Numbering.Family q : QUESTION_FAMILIES) {
            if (q == f) {
                return true;
            }
        }
        return false;
    }

    private boolean expected(Numbering.Number n) {
        int last = lastQuestion.getOrDefault(n.family(), 0);
        return n.value() == last + 1 || (n.value() == 1 && sectionJustStarted);
    }

    private void noteQuestion(Numbering.Number n) {
        lastQuestion.put(n.family(), n.value());
        sectionJustStarted = false;
    }

    private void restartNumbering() {
        lastSection = 0;
        lastQuestion.clear();
        sectionJustStarted = true;
    }

    /** Options may begin after a question's stem: a blank "( )", a question mark or a colon. */
    private static boolean optionsMayStart(String norm, int segStart, int i, boolean questionInLine) {
        char prev = norm.charAt(i - 1);
        if (Text.isAsciiLetter(prev) || Text.isDigit(prev)) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && norm.charAt(k) == ' ') {
            k--;
        }
        if (norm.charAt(k) == '(' || norm.charAt(k) == '[') {
            // "( A、D )": letters filled into the blank are a key, not options
            return false;
        }
        boolean bFollows = optionBFollows(norm, i);
        if (bFollows && (prev == ' ' || prev == ')' || prev == '?' || prev == ':' || prev == '。')) {
            return true;
        }
        if (!(prev == ' ' || prev == ')' || prev == '?' || prev == ':' || prev == '_' || prev == '。') && !bFollows) {
            // "将客户分为A、B两类": letters inside a sentence, not options
            return false;
        }
        int from = Math.max(segStart, i - 12);
        String before = norm.substring(from, i);
        return questionInLine || before.contains(")") || before.contains("?") || before.contains(":") || before.contains("_");
    }

    /** Does an option B follow within a short distance ("A.倾听 B.争辩")? */
    private static boolean optionBFollows(String norm, int i) {
        for (int k = i + 2; k < norm.length() - 1 && k < i + 200; k++) {
            if (norm.charAt(k) == 'B') {
                char p = norm.charAt(k + 1);
                if (p == '.' || p == '、' || p == ')' || p == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Answer and rubric markers cut a line unless they sit inside a word ("标准答案" is one marker). */
    private static boolean markerMayCut(Cues.Marker m, String norm, int i, char prev) {
        if (prev == '(') {
            return false;
        }
        switch (m.label()) {
            case PITFALLS:
                return prev == '。' || prev == ';' || prev == '.';
            case CASE_QUESTIONS:
                return m.contentStart() < norm.length() && (Text.endsItem(prev) || prev == '。');
            case BACKGROUND:
                if (i >= 2 && prev == ' ' && "STAR".indexOf(norm.charAt(i - 2)) >= 0
                        && (i == 2 || !Character.isLetter(norm.charAt(i - 3)))) {
                    // "S 背景:…(3分)": a STAR frame's letter and word, one label
                    return false;
                }
                return Text.endsItem(prev) || prev == '。' || prev == ')';
            case CASE:
                return Text.endsItem(prev) || prev == '。' || prev == ')';
            default:
                if (norm.charAt(i) == '[') {
                    return true;
                }
                if (norm.startsWith("答:", i) || norm.startsWith("考察:", i)) {
                    return !Text.isCjk(prev);
                }
                return !Text.isCjk(prev) || Text.isCjk(prev) && prevEndsWord(norm, i);
        }
    }

    /** "…处理过程参考答案:" reads as a new marker only for the long, unambiguous ones. */
    private static boolean prevEndsWord(String norm, int i) {
        int colon = -1;
        for (int k = i + 1; k < norm.length() && k <= i + 6; k++) {
            if (norm.charAt(k) == ':') {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return false;
        }
        return norm.startsWith("参考答案", i) || norm.startsWith("解析:", i) && "与及和案题".indexOf(norm.charAt(i - 1)) < 0
                || norm.startsWith("考察点", i) || norm.startsWith("评分", i) || norm.startsWith("考察能力", i)
                || norm.startsWith("答案:", i) && !(i >= 2 && (norm.startsWith("标准", i - 2) || norm.startsWith("正确", i - 2)
                        || norm.startsWith("参考", i - 2)));
    }

    /** What the text since the last cut holds: enough to tell a finished item from a list inside a sentence. */
    private static final class Segment {
        boolean header;
        boolean options;
        boolean answer;
        boolean asks;
        boolean points;
        int length;
        char lastSeen = ' ';

        void see(char c) {
            length++;
            if (c == '?' || c == '_') {
                asks = true;
            } else if (c == ')' && (lastSeen == '(' || lastSeen == ' ')) {
                asks = true;
            } else if (c == '分') {
                points = true;
            }
            if (c != ' ') {
                lastSeen = c;
            }
        }

        boolean finished(String norm, int segStart, int i) {
            if (header || options || answer || asks || points) {
                return true;
            }
            char end = lastSeen;
            if (end == '。' || end == '?' || end == '!' || end == '"' || end == ')') {
                return length >= 6;
            }
            // a gathered key: "1.B 2.C", "1.√ 2.×", "2.○" (true, in Taiwan)
            return length <= 8 && (end == '√' || end == '×' || Text.isUpper(end) || end == '对' || end == '错' || end == '○');
        }
    }
}
