package com.kaoping.transfer.reading;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.math.BigDecimal;
import java.util.List;

/**
 * Character-level helpers shared by the reader. The reader parses a "folded" copy of each line
 * whose characters map one to one onto the stored line: full-width forms become ASCII, quotes
 * become {@code "}, traditional characters become simplified. Because the mapping keeps every
 * index, a match found in the folded copy cuts the stored text at the same place.
 */
final class Text {

    private Text() {
    }

    /** Char-level simplified forms, filled lazily; 0 means not yet looked up. Races are benign. */
    private static final char[] SIMPLE = new char[65536];

    static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** The simplified form of one character when it is one character, else the character itself. */
    static char simple(char c) {
        if (!isCjk(c)) {
            return c;
        }
        char s = SIMPLE[c];
        if (s == 0) {
            s = c;
            try {
                List<String> forms = ZhConverterUtil.toSimple(c);
                if (forms != null && !forms.isEmpty() && forms.get(0).length() == 1) {
                    s = forms.get(0).charAt(0);
                }
            } catch (RuntimeException unknown) {
                // a character the dictionaries do not know stays as written
            }
            SIMPLE[c] = s;
        }
        return s;
    }

    /** Does the line hold any character that has another simplified form (so conversion is worth its cost)? */
    static boolean hasTraditional(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isCjk(c) && simple(c) != c) {
                return true;
            }
        }
        return false;
    }

    /** The parsing form of one character: ASCII for full-width forms, one kind of quote, simplified. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000': case '\u00A0':
                return ' ';
            case '【': case '〔': case '［':
                return '[';
            case '】': case '〕': case '］':
                return ']';
            case '﹙':
                return '(';
            case '﹚':
                return ')';
            case '“': case '”': case '「': case '」': case '『': case '』': case '〝': case '〞':
                return '"';
            case '‘': case '’':
                return '\'';
            case '∶': case '︰':
                return ':';
            case '✓': case '✔': case '☑':
                return '√';
            case '✗': case '✘': case '╳': case '✕': case '☒':
                return '×';
            case '﹒': case '·':
                return '.';
            default:
                return simple(c);
        }
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** Stored form: full-width digits, letters and spaces become ASCII; Chinese punctuation stays. */
    static char narrow(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\t') {
            return ' ';
        }
        return c;
    }

    static final String CN_DIGITS = "零〇一二三四五六七八九十百两";

    static boolean isCnNumeral(char c) {
        return CN_DIGITS.indexOf(c) >= 0;
    }

    /** The value of a Chinese numeral up to 999 ("十二" = 12, "二十" = 20), or -1. */
    static int cnValue(String s) {
        if (s.isEmpty() || s.length() > 5) {
            return -1;
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            } else if (c == '百') {
                total += (digit < 0 ? 1 : digit) * 100;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }

    static int circledValue(char c) {
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (c >= '❶' && c <= '❿') {
            return c - '❶' + 1;
        }
        if (c >= '⑴' && c <= '⒇') {
            return c - '⑴' + 1;
        }
        return -1;
    }

    static boolean isCircled(char c) {
        return circledValue(c) > 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Ends a sentence or an item: what may stand right before a number that starts the next item. */
    static boolean endsItem(char c) {
        return "。.?!;)]\"'…>》 ".indexOf(c) >= 0;
    }

    static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.trim()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Trims spaces and the punctuation that separates items ("、" ";" "," "。") from both ends. */
    static String trimItem(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && " 、;；,，。.:：\t".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && " 、;；,，。:：\t".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    static String emptyToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
