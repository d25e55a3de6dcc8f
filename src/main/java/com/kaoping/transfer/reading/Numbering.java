package com.kaoping.transfer.reading;

/**
 * The numbers that open sections, questions, steps and options, in every style papers use:
 * {@code 一、} {@code (一)} {@code 第一部分} {@code 第一题} {@code 1.} {@code 1、} {@code 1)} {@code (1)} {@code ①}
 * {@code Q1} and option letters {@code A.} {@code (A)}. Read from the folded line (ASCII punctuation),
 * looking at most a few characters ahead, so finding them never backtracks.
 */
final class Numbering {

    enum Family {
        /** 一、 */
        CN,
        /** (一) */
        CN_PAREN,
        /** 第一部分, 第二节, 第三大题 */
        PART,
        /** 第一题, 第1题 */
        NTH,
        /** 第一步, 要点1: only ever a step */
        NTH_STEP,
        /** 1. */
        DOT,
        /** 1、 */
        COMMA,
        /** 1) */
        HALF_PAREN,
        /** (1) [1] */
        PAREN,
        /** ① ⑴ */
        CIRCLED,
        /** Q1 */
        Q,
        /** A. (A) */
        OPTION;

        boolean sectionLike() {
            return this == CN || this == CN_PAREN || this == PART;
        }
    }

    /**
     * A number found at a place in the line.
     *
     * @param label the number as written, without its punctuation ("1", "一", "①", "Q1", "A")
     * @param contentStart where the numbered text starts (after the number and any spaces)
     */
    record Number(Family family, int value, String label, int start, int contentStart) {
    }

    private Numbering() {
    }

    /** A number's value, written in digits or in Chinese numerals. */
    private static int labelValue(String label) {
        return allDigits(label) ? Integer.parseInt(label) : Text.cnValue(label);
    }

    /** How many digits run from {@code i} (at most 5 are counted). */
    private static int digitRun(String s, int i) {
        int k = i;
        while (k < s.length() && k < i + 5 && Text.isDigit(s.charAt(k))) {
            k++;
        }
        return k - i;
    }

    /** The number that starts at {@code i} in the folded line {@code s}, or null. */
    static Number at(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return null;
        }
        char c = s.charAt(i);
        if (Text.isDigit(c)) {
            int j = i;
            while (j < n && j < i + 3 && Text.isDigit(s.charAt(j))) {
                j++;
            }
            if (j >= n || Text.isDigit(s.charAt(j))) {
                return null;
            }
            int digitsEnd = j;
            if (s.charAt(j) == ' ' && j + 1 < n && (s.charAt(j + 1) == '.' || s.charAt(j + 1) == '、') && i == 0) {
                // "1 .客户…" from a PDF: the space is the converter's
                j++;
            }
            char p = s.charAt(j);
            Family f = p == '.' ? Family.DOT : p == '、' ? Family.COMMA : p == ')' ? Family.HALF_PAREN : null;
            if (f == null) {
                return null;
            }
            // "1.5倍" is a decimal, not a number starting an item; but "1.12345热线…", "1.95598…": a
            // hotline's number right after the item's, no decimal has four places in a paper
            if (f == Family.DOT && j + 1 < n && Text.isDigit(s.charAt(j + 1)) && digitRun(s, j + 1) < 4) {
                return null;
            }
            String label = s.substring(i, digitsEnd);
            return number(f, Integer.parseInt(label), label, i, j + 1, s);
        }
        if (c == '[') {
            Number titled = titledNumber(s, i);
            if (titled != null) {
                return titled;
            }
        }
        if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            int j = i + 1;
            while (j < n && s.charAt(j) == ' ' && j < i + 3) {
                j++;
            }
            int k = j;
            while (k < n && k < j + 4 && s.charAt(k) != close) {
                k++;
            }
            if (k >= n || s.charAt(k) != close || k == j) {
                return null;
            }
            String inside = s.substring(j, k).strip();
            if (inside.isEmpty()) {
                return null;
            }
            if (allDigits(inside) && inside.length() <= 3) {
                return number(Family.PAREN, Integer.parseInt(inside), inside, i, k + 1, s);
            }
            int cn = Text.cnValue(inside);
            if (cn > 0 && c == '(') {
                return number(Family.CN_PAREN, cn, inside, i, k + 1, s);
            }
            if (inside.length() == 1 && Text.isUpper(inside.charAt(0)) && inside.charAt(0) <= 'H' && c == '(') {
                return number(Family.OPTION, inside.charAt(0) - 'A' + 1, inside, i, k + 1, s);
            }
            return null;
        }
        if (Text.isCircled(c)) {
            return number(Family.CIRCLED, Text.circledValue(c), String.valueOf(c), i, i + 1, s);
        }
        if (c == '第') {
            int j = i + 1;
            while (j < n && j < i + 5 && (Text.isCnNumeral(s.charAt(j)) || Text.isDigit(s.charAt(j)))) {
                j++;
            }
            if (j == i + 1 || j >= n) {
                return null;
            }
            String label = s.substring(i + 1, j);
            int v = labelValue(label);
            if (v <= 0) {
                return null;
            }
            if (s.startsWith("题", j) || s.startsWith("小题", j)) {
                int end = j + (s.charAt(j) == '题' ? 1 : 2);
                return number(Family.NTH, v, label, i, skipPunct(s, end), s);
            }
            if (s.startsWith("步", j)) {
                return number(Family.NTH_STEP, v, label, i, skipPunct(s, j + 1), s);
            }
            if (s.startsWith("部分", j) || s.startsWith("大题", j)) {
                return number(Family.PART, v, label, i, skipPunct(s, j + 2), s);
            }
            if (s.startsWith("节", j) || s.startsWith("章", j) || s.startsWith("篇", j)) {
                return number(Family.PART, v, label, i, skipPunct(s, j + 1), s);
            }
            return null;
        }
        if (Text.isCnNumeral(c) && c != '零' && c != '〇' && c != '两' && c != '百') {
            int j = i;
            while (j < n && j < i + 3 && Text.isCnNumeral(s.charAt(j))) {
                j++;
            }
            if (j >= n) {
                return null;
            }
            char p = s.charAt(j);
            if (p != '、' && p != '.') {
                return null;
            }
            String label = s.substring(i, j);
            int v = Text.cnValue(label);
            return v > 0 ? number(Family.CN, v, label, i, j + 1, s) : null;
        }
        if (c == '要' || c == '得' || c == '采' || c == '评') {
            Number point = pointNumber(s, i);
            if (point != null) {
                return point;
            }
        }
        if (c == '问' && s.startsWith("问题", i) && i + 2 < n) {
            int j = i + 2;
            while (j < n && j < i + 5 && (Text.isDigit(s.charAt(j)) || Text.isCnNumeral(s.charAt(j)))) {
                j++;
            }
            if (j == i + 2 || j >= n || ":.、 ".indexOf(s.charAt(j)) < 0) {
                return null;
            }
            String label = s.substring(i + 2, j);
            int v = labelValue(label);
            return v > 0 ? number(Family.Q, v, label, i, j + 1, s) : null;
        }
        if ((c == 'Q' || c == 'q') && i + 1 < n && Text.isDigit(s.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && j < i + 4 && Text.isDigit(s.charAt(j))) {
                j++;
            }
            if (j < n && (Text.isAsciiLetter(s.charAt(j)) || Text.isDigit(s.charAt(j)))) {
                return null;
            }
            int end = j < n && ".:、)".indexOf(s.charAt(j)) >= 0 ? j + 1 : j;
            return number(Family.Q, Integer.parseInt(s.substring(i + 1, j)), "Q" + s.substring(i + 1, j), i, end, s);
        }
        if (c >= 'A' && c <= 'H' && i + 1 < n) {
            char p = s.charAt(i + 1);
            if (p == '.' || p == '、' || p == ')' || p == ':') {
                return number(Family.OPTION, c - 'A' + 1, String.valueOf(c), i, i + 2, s);
            }
        }
        return null;
    }

    /** "要点1：安抚顾客…", "得分点二、…": a numbered point of a reference answer, like "第一步". */
    private static Number pointNumber(String s, int i) {
        int n = s.length();
        int j = -1;
        for (String word : new String[] {"要点", "得分点", "采分点", "评分点"}) {
            if (s.startsWith(word, i)) {
                j = i + word.length();
                break;
            }
        }
        if (j < 0) {
            return null;
        }
        int from = j;
        while (j < n && j < from + 3 && (Text.isDigit(s.charAt(j)) || Text.isCnNumeral(s.charAt(j)))) {
            j++;
        }
        if (j == from || j >= n || ":.、 ".indexOf(s.charAt(j)) < 0) {
            return null;
        }
        String label = s.substring(from, j);
        int v = labelValue(label);
        return v > 0 ? number(Family.NTH_STEP, v, label, i, skipPunct(s, j), s) : null;
    }

    /**
     * "[情景题1]", "【行为题 2】": an article heads each question with its kind and number in brackets,
     * the stem on the next line. Read like "第1题"; the kind word is left to the section.
     */
    private static Number titledNumber(String s, int i) {
        int n = s.length();
        int close = -1;
        for (int k = i + 1; k < n && k <= i + 10; k++) {
            if (s.charAt(k) == ']') {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        if (s.charAt(i + 1) == '第') {
            // "[第3题]"
            Number inner = at(s.substring(0, close), i + 1);
            return inner != null && inner.family() == Family.NTH && inner.contentStart() >= close
                    ? number(Family.NTH, inner.value(), inner.label(), i, close + 1, s) : null;
        }
        int d = close;
        while (d > i + 1 && Text.isDigit(s.charAt(d - 1)) && close - d < 3) {
            d--;
        }
        int t = d;
        while (t > i + 1 && s.charAt(t - 1) == ' ') {
            t--;
        }
        if (t > i + 2 && s.charAt(t - 1) == '目' && s.charAt(t - 2) == '题') {
            // "[题目2]"
            t--;
        }
        if (d == close || t < i + 2 || s.charAt(t - 1) != '题' || !Text.isCjk(s.charAt(i + 1))) {
            return null;
        }
        String label = s.substring(d, close);
        return number(Family.NTH, Integer.parseInt(label), label, i, close + 1, s);
    }

    private static Number number(Family f, int value, String label, int start, int end, String s) {
        int k = end;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return new Number(f, value, label, start, k);
    }

    private static int skipPunct(String s, int i) {
        while (i < s.length() && " :、.,".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Text.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
