package com.kaoping.transfer.documents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word's automatic numbering, counted as Word counts it and written out as text. Shared by the
 * {@code .docx} reader (abstractNum / num) and the {@code .doc} reader (LST / LFO).
 *
 * <p>Counters live on the list (the abstract definition), not on the instance: two instances of
 * one abstract definition continue one sequence (ECMA-376 §17.9, and what Word shows), and an
 * instance carrying a start override restarts the overridden levels where it is first used.
 * A level restarts when a higher level is used, or as its {@code lvlRestart} says.
 */
final class ListNumbering {

    static final int LEVELS = 9;

    /** One level of a list as an instance sees it (after its overrides). */
    record Level(int start, String format, String text, Integer restartAfter, boolean legal, String suffix) {
        static final Level DEFAULT = new Level(1, "decimal", null, null, false, "tab");
    }

    private static final class Counters {
        final int[] value = new int[LEVELS];
        final boolean[] started = new boolean[LEVELS];
    }

    private final Map<Object, Counters> lists = new HashMap<>();
    private final Set<Object> instancesSeen = new HashSet<>();

    /**
     * Counts one numbered paragraph and returns its label with the separator Word puts after it
     * (see {@link #separator}), or "" when the level shows nothing.
     *
     * @param overridden the levels this instance restarts (start overrides)
     */
    String next(Object listKey, Object instanceKey, Level[] levels, Set<Integer> overridden, int ilvl) {
        int level = Math.max(0, Math.min(LEVELS - 1, ilvl));
        Counters c = lists.computeIfAbsent(listKey, k -> new Counters());
        if (instancesSeen.add(java.util.List.of(listKey, instanceKey))) {
            for (Integer o : overridden) {
                if (o >= 0 && o < LEVELS) {
                    c.started[o] = false;
                }
            }
        }
        Level here = level(levels, level);
        if (c.started[level]) {
            c.value[level]++;
        } else {
            c.value[level] = here.start();
            c.started[level] = true;
        }
        for (int m = level + 1; m < LEVELS; m++) {
            Integer restart = level(levels, m).restartAfter();
            int threshold = restart == null ? m : restart;
            if (level < threshold) {
                c.started[m] = false;
            }
        }
        String template = here.text();
        if (template == null) {
            template = "%" + (level + 1) + ".";
        }
        if ("none".equals(here.format()) && template.indexOf('%') < 0) {
            return withSeparator(template, here.suffix());
        }
        if ("bullet".equals(here.format())) {
            String bullet = bullet(template);
            return "nothing".equals(here.suffix()) ? bullet : bullet + " ";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1' && template.charAt(i + 1) <= '9') {
                int k = template.charAt(i + 1) - '1';
                i++;
                Level referenced = level(levels, k);
                int v = c.started[k] ? c.value[k] : referenced.start();
                String format = here.legal() && k < level ? "decimal" : referenced.format();
                out.append(format(v, format));
            } else {
                out.append(ch);
            }
        }
        return withSeparator(out.toString(), here.suffix());
    }

    private static Level level(Level[] levels, int i) {
        Level l = i < levels.length ? levels[i] : null;
        return l == null ? Level.DEFAULT : l;
    }

    private static String bullet(String template) {
        if (template.isEmpty()) {
            return "•";
        }
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch >= '\uE000' && ch <= '\uF8FF' || Character.isISOControl(ch)) {
                return "•"; // a symbol-font bullet (Symbol, Wingdings) has no meaning as text
            }
        }
        return template;
    }

    /**
     * The label and what separates it from the text: Word draws a tab (or a space); as text, a label
     * ending in a CJK mark or a symbol ({@code 一、}, {@code 第1题}, {@code ①}) is followed directly by
     * the text, one ending in ASCII ({@code 1.}, {@code (1)}) by a space.
     */
    static String withSeparator(String label, String suffix) {
        if (label.isEmpty() || "nothing".equals(suffix) || Character.isWhitespace(label.charAt(label.length() - 1))) {
            return label;
        }
        char last = label.charAt(label.length() - 1);
        if ("space".equals(suffix) || last < 0x80) {
            return label + " ";
        }
        return label;
    }

    // ---- number formats (ST_NumberFormat names) ----

    /** ST_NumberFormat in schema order, which is also Word 97's nfc order ({@code .doc} lists). */
    static final String[] NFC = {
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
        "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
        "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero",
        "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen",
        "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional",
        "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
        "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
        "chineseCountingThousand", "koreanDigital", "koreanCounting", "koreanLegal", "koreanDigital2",
        "vietnameseCounting", "russianLower", "russianUpper", "none", "numberInDash"
    };

    static String nfcName(int nfc) {
        if (nfc == 255) {
            return "none";
        }
        return nfc >= 0 && nfc < NFC.length ? NFC[nfc] : "decimal";
    }

    private static final String CN_DIGITS = "〇一二三四五六七八九";
    private static final String CN_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
    private static final String CN_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    static String format(int n, String format) {
        if (format == null) {
            return Integer.toString(n);
        }
        switch (format) {
            case "none":
                return "";
            case "decimalZero":
                return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman":
                return roman(n);
            case "lowerRoman":
                return roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter":
                return letters(n, 'A');
            case "lowerLetter":
                return letters(n, 'a');
            case "ordinal":
                return ordinal(n);
            case "chineseCounting":
            case "chineseCountingThousand":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "japaneseCounting":
                return chinese(n, CN_DIGITS, "十百千");
            case "chineseLegalSimplified":
                return legal(n, CN_LEGAL_SIMPLIFIED, "拾佰仟");
            case "ideographLegalTraditional":
                return legal(n, CN_LEGAL_TRADITIONAL, "拾佰仟");
            case "ideographDigital":
            case "taiwaneseDigital":
                return digitWise(n, CN_DIGITS);
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return digitWise(n, "０１２３４５６７８９");
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            case "ideographEnclosedCircle":
                return n >= 1 && n <= 10 ? String.valueOf((char) (0x3280 + n - 1)) : Integer.toString(n);
            case "ideographTraditional":
                return n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : Integer.toString(n);
            case "ideographZodiac":
                return n >= 1 && n <= 12 ? String.valueOf(BRANCHES.charAt(n - 1)) : Integer.toString(n);
            case "numberInDash":
                return "- " + n + " -";
            default:
                return Integer.toString(n);
        }
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    /** Word's letters: A … Z, then AA … ZZ, AAA … (the letter repeated). */
    private static String letters(int n, char a) {
        if (n <= 0 || n > 780) {
            return Integer.toString(n);
        }
        char letter = (char) (a + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String ordinal(int n) {
        int h = Math.abs(n) % 100;
        String s = h >= 11 && h <= 13 ? "th" : switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + s;
    }

    /** 一 … 十, 十一 … 十九, 二十 … 九十九, 一百, 一百零一, 一百一十 … 九千九百九十九. */
    private static String chinese(int n, String digits, String units) {
        if (n <= 0 || n > 9999) {
            return n == 0 ? String.valueOf(digits.charAt(0)) : Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return units.charAt(0) + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return positional(n, digits, units, '零');
    }

    private static String legal(int n, String digits, String units) {
        if (n <= 0 || n > 9999) {
            return Integer.toString(n);
        }
        return positional(n, digits, units, digits.charAt(0));
    }

    /**
     * 1–9999 written with digit characters and units (十百千 or 拾佰仟), a run of zeros inside
     * said once with {@code zero} ("一百零一"), zeros at the end not said ("一百").
     */
    private static String positional(int n, String digits, String units, char zero) {
        StringBuilder out = new StringBuilder();
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        boolean pendingZero = false;
        boolean any = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                pendingZero = any;
                continue;
            }
            if (pendingZero) {
                out.append(zero);
                pendingZero = false;
            }
            out.append(digits.charAt(d));
            if (i < 3) {
                out.append(units.charAt(2 - i));
            }
            any = true;
        }
        return out.toString();
    }

    private static String digitWise(int n, String digits) {
        String s = Integer.toString(n);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            out.append(ch >= '0' && ch <= '9' ? digits.charAt(ch - '0') : ch);
        }
        return out.toString();
    }
}
