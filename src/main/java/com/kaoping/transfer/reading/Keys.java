package com.kaoping.transfer.reading;

import java.util.TreeSet;

/**
 * Keys in every notation papers use: {@code A}, {@code A、B、C}, {@code ABC}, {@code (B)}, and for
 * true/false {@code √}/{@code ×} (or {@code ○}), {@code 对}/{@code 错}, {@code 正确}/{@code 错误}, {@code T}/{@code F}.
 * A key is stored as letters joined by commas ("A,C") or {@code TRUE}/{@code FALSE}.
 */
final class Keys {

    static final String TRUE = "TRUE";
    static final String FALSE = "FALSE";

    private Keys() {
    }

    /** A key read at the start of a text and where the text after it starts. */
    record Key(String value, boolean trueFalse, int end) {
    }

    /** The key at the start of the folded text {@code s}, or null. */
    static Key read(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == ':')) {
            i++;
        }
        boolean paren = i < n && (s.charAt(i) == '(' || s.charAt(i) == '[');
        if (paren) {
            i++;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
        }
        Key tf = trueFalse(s, i);
        if (tf != null) {
            return closeParen(s, tf, paren);
        }
        TreeSet<Character> letters = new TreeSet<>();
        int j = i;
        int lastLetter = -1;
        while (j < n && j < i + 24) {
            char c = s.charAt(j);
            if (c >= 'A' && c <= 'H') {
                letters.add(c);
                lastLetter = j;
            } else if (!(c == '、' || c == ',' || c == ' ' || c == '和' || c == '及' || c == ';')) {
                break;
            }
            j++;
        }
        if (letters.isEmpty()) {
            return null;
        }
        int end = lastLetter + 1;
        if (end < n && (Text.isAsciiLetter(s.charAt(end)) || Text.isDigit(s.charAt(end)))) {
            return null;
        }
        StringBuilder v = new StringBuilder();
        for (char c : letters) {
            if (v.length() > 0) {
                v.append(',');
            }
            v.append(c);
        }
        return closeParen(s, new Key(v.toString(), false, end), paren);
    }

    private static Key closeParen(String s, Key k, boolean paren) {
        if (!paren) {
            return k;
        }
        int e = k.end();
        while (e < s.length() && s.charAt(e) == ' ') {
            e++;
        }
        if (e < s.length() && (s.charAt(e) == ')' || s.charAt(e) == ']')) {
            return new Key(k.value(), k.trueFalse(), e + 1);
        }
        return null;
    }

    private static Key trueFalse(String s, int i) {
        String[][] words = {{"正确", TRUE}, {"错误", FALSE}, {"√", TRUE}, {"×", FALSE}, {"对", TRUE}, {"错", FALSE},
            {"是", TRUE}, {"否", FALSE}, {"T", TRUE}, {"F", FALSE}, {"X", FALSE}, {"x", FALSE},
            // Taiwanese papers mark true with a circle, or an O opposite X
            {"○", TRUE}, {"◯", TRUE}, {"O", TRUE}};
        for (String[] w : words) {
            if (!s.startsWith(w[0], i)) {
                continue;
            }
            int end = i + w[0].length();
            if (end < s.length()) {
                char c = s.charAt(end);
                boolean cjkWord = w[0].length() == 1 && Text.isCjk(w[0].charAt(0));
                if (Text.isAsciiLetter(c) || Text.isDigit(c) || (cjkWord && Text.isCjk(c)) || (Text.isAsciiLetter(w[0].charAt(0)) && c == '.')) {
                    continue;
                }
            }
            return new Key(w[1], true, end);
        }
        return null;
    }

    /** Does the text open with a key alone ("B", "√", "A、C (解析:…)"), as gathered answers do? */
    static boolean startsWithKey(String norm) {
        Key k = read(norm);
        if (k == null) {
            return false;
        }
        int e = k.end();
        if (e >= norm.length()) {
            return true;
        }
        char c = norm.charAt(e);
        return c == ' ' || c == '(' || c == '。' || c == '.' || c == ';' || c == ',' || c == '[' || Cues.marker(norm, e) != null;
    }

    /** A true/false key written after a statement, "…再道歉。(×)": its value and where it starts, or null. */
    static Key trailingTrueFalse(String norm) {
        int e = norm.length();
        while (e > 0 && norm.charAt(e - 1) == ' ') {
            e--;
        }
        if (e < 3 || (norm.charAt(e - 1) != ')' && norm.charAt(e - 1) != ']')) {
            return null;
        }
        int open = e - 2;
        while (open > 0 && e - open < 8 && norm.charAt(open) != '(' && norm.charAt(open) != '[') {
            open--;
        }
        if (norm.charAt(open) != '(' && norm.charAt(open) != '[') {
            return null;
        }
        String inside = norm.substring(open + 1, e - 1).strip();
        Key k = trueFalse(inside, 0);
        if (k == null || k.end() != inside.length()) {
            return null;
        }
        return new Key(k.value(), true, open);
    }

    /** Letters filled into a choice stem's blank, "…缩写为( B )": the key, or null. */
    static String inBlank(String norm) {
        int open = -1;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0 && i - open <= 12) {
                Key k = read(norm.substring(open, i + 1));
                if (k != null && !k.trueFalse()) {
                    return k.value();
                }
                open = -1;
            }
        }
        return null;
    }
}
