package com.kaoping.transfer.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a subjective question's reference answer as a rubric: ordered steps (label, points, model
 * wording in quotes, guidance), and the lists that follow it: scoring focus (评分侧重①…②…),
 * pitfalls (避免…) and competencies (考察点:情绪管理、沟通技巧). Also STAR frames
 * (背景/任务/行动/结果) in behavioural answers.
 */
final class Rubrics {

    private Rubrics() {
    }

    private static final String[] STAR = {"背景", "情境", "情景", "任务", "目标", "行动", "结果"};

    /** The steps of an answer, in order; empty when the answer is not written as steps. */
    static List<ReadQuestion.ReadStep> steps(List<Cleaner.Line> answer) {
        List<Cleaner.Line> lines = new ArrayList<>();
        Numbering.Family family = null;
        for (Cleaner.Line l : answer) {
            Numbering.Number n = Numbering.at(l.norm(), 0);
            if (family == null && n != null && n.family() != Numbering.Family.OPTION && n.family() != Numbering.Family.PART) {
                family = n.family();
            }
        }
        for (Cleaner.Line l : answer) {
            lines.addAll(family == null ? splitStar(l) : splitInline(l, family));
        }
        List<ReadQuestion.ReadStep> out = new ArrayList<>();
        Draft.Step step = null;
        if (family == null) {
            // a STAR frame: "背景(S):…", "行动:…"
            int star = 0;
            for (Cleaner.Line l : lines) {
                if (starLabel(l.norm()) != null) {
                    star++;
                }
            }
            if (star < 2) {
                return out;
            }
            for (Cleaner.Line l : lines) {
                String label = starLabel(l.norm());
                if (label != null) {
                    finish(step, out);
                    step = new Draft.Step();
                    int colon = l.norm().indexOf(':');
                    step.label = Text.emptyToNull(l.text().substring(0, colon).strip());
                    readStepText(step, l.from(colon + 1), false);
                } else if (step != null) {
                    readStepText(step, l, false);
                }
            }
            finish(step, out);
            return out;
        }
        for (Cleaner.Line l : lines) {
            Numbering.Number n = Numbering.at(l.norm(), 0);
            if (n != null && n.family() == family) {
                finish(step, out);
                step = new Draft.Step();
                readStepText(step, l.from(n.contentStart()), true);
            } else if (step != null) {
                readStepText(step, l, false);
            }
        }
        finish(step, out);
        return out;
    }

    /**
     * The steps of an answer when at least one carries points. Numbered points with no score at all
     * ("①双方陈述都要听取;②调取录音…", a STAR frame without marks) are the reference answer written
     * as a list, not a rubric.
     */
    static List<ReadQuestion.ReadStep> scoredSteps(List<Cleaner.Line> answer) {
        List<ReadQuestion.ReadStep> steps = steps(answer);
        for (ReadQuestion.ReadStep step : steps) {
            if (step.points() != null) {
                return steps;
            }
        }
        return List.of();
    }

    /** Scored criteria ("有具体事例(5分)") as steps: the criterion is the label. */
    static List<ReadQuestion.ReadStep> criteria(List<String> items) {
        List<ReadQuestion.ReadStep> out = new ArrayList<>();
        for (String item : items) {
            Draft.Step step = new Draft.Step();
            readStepText(step, new Cleaner.Line(item, Text.fold(item)), true);
            finish(step, out);
        }
        return out;
    }

    private static String starLabel(String norm) {
        for (String s : STAR) {
            if (norm.startsWith(s)) {
                int i = skipGloss(norm, s.length());
                if (i < norm.length() && norm.charAt(i) == ':') {
                    return s;
                }
            }
        }
        // "S(情境):", "S:"
        if (!norm.isEmpty() && "STAR".indexOf(norm.charAt(0)) >= 0) {
            int i = skipGloss(norm, 1);
            if (i < norm.length() && norm.charAt(i) == ':' && (i == 1 || norm.charAt(1) == '(')) {
                return norm.substring(0, i);
            }
            // "S 背景:", "T任务:": the letter before the word is part of the label
            int w = norm.length() > 1 && norm.charAt(1) == ' ' ? 2 : 1;
            for (String s : STAR) {
                if (norm.startsWith(s, w)) {
                    int k = skipGloss(norm, w + s.length());
                    if (k < norm.length() && norm.charAt(k) == ':') {
                        return norm.substring(0, k);
                    }
                }
            }
        }
        return null;
    }

    /** Skips a short bracketed gloss: "(S)", "(Situation)", "(情境)". */
    private static int skipGloss(String norm, int i) {
        if (i < norm.length() && norm.charAt(i) == '(') {
            for (int k = i + 1; k < norm.length() && k <= i + 14; k++) {
                if (norm.charAt(k) == ')') {
                    return k + 1;
                }
            }
        }
        return i;
    }

    /** "背景:… 行动:… 结果:…" on one line: one line a part of the frame. */
    private static List<Cleaner.Line> splitStar(Cleaner.Line l) {
        String norm = l.norm();
        List<Cleaner.Line> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < norm.length(); i++) {
            char prev = norm.charAt(i - 1);
            // "S 背景:": the word after the frame's letter does not start a step of its own
            boolean afterLetter = i - from == 2 && "STAR".indexOf(norm.charAt(from)) >= 0;
            if (!afterLetter && (prev == ' ' || prev == '。' || prev == ';' || prev == ',') && starLabel(norm.substring(i, Math.min(norm.length(), i + 6))) != null) {
                out.add(new Cleaner.Line(l.text().substring(from, i).strip(), norm.substring(from, i).strip()));
                from = i;
            }
        }
        out.add(new Cleaner.Line(l.text().substring(from).strip(), norm.substring(from).strip()));
        return out;
    }

    /** "(1)…(6分)(2)…(10分)" on one line (a one-line paper) becomes one line a step. */
    private static List<Cleaner.Line> splitInline(Cleaner.Line l, Numbering.Family family) {
        String norm = l.norm();
        Numbering.Number first = Numbering.at(norm, 0);
        int last = first != null && first.family() == family ? first.value() : 0;
        if (last == 0) {
            return List.of(l);
        }
        List<Cleaner.Line> out = new ArrayList<>();
        int from = 0;
        boolean quoted = false;
        for (int i = 1; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            if (quoted || Text.isDigit(norm.charAt(i - 1))) {
                continue;
            }
            if (c == '(' || Text.isDigit(c) || Text.isCircled(c) || Text.isCnNumeral(c) || c == '第' || c == '要' || c == '得' || c == '采' || c == '评') {
                Numbering.Number n = Numbering.at(norm, i);
                if (n != null && n.family() == family && n.value() == last + 1) {
                    out.add(new Cleaner.Line(l.text().substring(from, i).strip(), norm.substring(from, i).strip()));
                    from = i;
                    last = n.value();
                }
            }
        }
        out.add(new Cleaner.Line(l.text().substring(from).strip(), norm.substring(from).strip()));
        return out;
    }

    /** Reads a step's line: the model wording in quotes, the points "(6分)", a label or guidance. */
    private static void readStepText(Draft.Step step, Cleaner.Line l, boolean head) {
        String text = l.text();
        String norm = l.norm();
        int q1 = norm.indexOf('"');
        int q2 = q1 < 0 ? -1 : norm.lastIndexOf('"');
        String before = text;
        String beforeNorm = norm;
        String after = "";
        String afterNorm = "";
        if (q1 >= 0 && q2 > q1) {
            String wording = text.substring(q1 + 1, q2).strip();
            if (!wording.isEmpty()) {
                if (step.wording == null) {
                    step.wording = new StringBuilder(wording);
                } else {
                    step.wording.append('\n').append(wording);
                }
            }
            before = text.substring(0, q1);
            beforeNorm = norm.substring(0, q1);
            after = text.substring(q2 + 1);
            afterNorm = norm.substring(q2 + 1);
        }
        // points: at the end of what follows the quote, or at the end of the line, or in brackets anywhere outside quotes
        BigDecimal points = null;
        int[] mark = Cues.trailingMark(afterNorm.isEmpty() ? beforeNorm : afterNorm);
        if (mark != null) {
            String src = afterNorm.isEmpty() ? beforeNorm : afterNorm;
            points = Text.plain(Text.number(src.substring(mark[1], mark[2])));
            if (afterNorm.isEmpty()) {
                before = before.substring(0, mark[0]);
                beforeNorm = beforeNorm.substring(0, mark[0]);
            } else {
                after = after.substring(0, mark[0]);
            }
        } else {
            Matcher m = Cues.mark(beforeNorm);
            if (m != null) {
                points = Text.plain(Text.number(m.group(1)));
                before = before.substring(0, m.start()) + before.substring(m.end());
                beforeNorm = beforeNorm.substring(0, m.start()) + beforeNorm.substring(m.end());
            }
        }
        if (points != null && step.points == null) {
            step.points = points;
        }
        String label = dropScoreVerb(Text.trimItem(before), points != null);
        String rest = dropScoreVerb(Text.trimItem(after), points != null);
        if (head) {
            int colon = colonAt(beforeNorm);
            // "查询记录：核实…“原话”…(10分)": a label before a colon that comes ahead of any quote
            if (colon > 0 && colon < beforeNorm.length() - 1 && (q1 < 0 || colon < q1)) {
                step.label = Text.emptyToNull(Text.trimItem(before.substring(0, colon)));
                guidance(step, Text.trimItem(before.substring(colon + 1)));
            } else {
                step.label = Text.emptyToNull(label);
            }
        } else if (!label.isEmpty()) {
            guidance(step, label);
        }
        if (!rest.isEmpty()) {
            guidance(step, rest);
        }
    }

    /** "能表达歉意得2分": the mark's verb goes with the mark. */
    private static String dropScoreVerb(String s, boolean marked) {
        if (!marked) {
            return s;
        }
        for (String verb : new String[] {"可得", "得", "给", "计", "占", "加"}) {
            if (s.endsWith(verb)) {
                return Text.trimItem(s.substring(0, s.length() - verb.length()));
            }
        }
        return s;
    }

    private static int colonAt(String norm) {
        int c = norm.indexOf(':');
        return c >= 0 && c <= 24 ? c : -1;
    }

    private static void guidance(Draft.Step step, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (step.guidance == null) {
            step.guidance = new StringBuilder(text);
        } else {
            step.guidance.append('\n').append(text);
        }
    }

    private static void finish(Draft.Step step, List<ReadQuestion.ReadStep> out) {
        if (step == null) {
            return;
        }
        out.add(new ReadQuestion.ReadStep(step.label, step.points, step.wording == null ? null : step.wording.toString(),
                step.guidance == null ? null : step.guidance.toString()));
    }

    // ---- lists ----

    /** Splits "①…;②…;③…" (or "(1)…(2)…", or "…;…") into items. */
    static void addItems(List<String> into, String text, String norm, boolean commas) {
        if (text.length() != norm.length()) {
            norm = Text.fold(text);
        }
        int from = 0;
        for (int i = 0; i <= norm.length(); i++) {
            boolean cut = i == norm.length();
            int skip = 0;
            if (!cut) {
                char c = norm.charAt(i);
                if (Text.isCircled(c)) {
                    cut = true;
                    skip = 1;
                } else if (c == ';' || (commas && (c == '、' || c == ',' || c == '/'))) {
                    cut = true;
                    skip = 1;
                } else if (Text.isDigit(c) && (i == 0 || norm.charAt(i - 1) == ' ' || norm.charAt(i - 1) == ':')) {
                    Numbering.Number n = Numbering.at(norm, i);
                    if (n != null && (n.family() == Numbering.Family.DOT || n.family() == Numbering.Family.COMMA
                            || n.family() == Numbering.Family.HALF_PAREN)) {
                        cut = true;
                        skip = n.contentStart() - i;
                    }
                } else if (c == '(' && (i == 0 || !Text.isDigit(norm.charAt(i - 1)))) {
                    Numbering.Number n = Numbering.at(norm, i);
                    if (n != null && n.family() == Numbering.Family.PAREN) {
                        cut = true;
                        skip = n.contentStart() - i;
                    }
                }
            }
            if (cut) {
                String item = Text.trimItem(text.substring(from, i));
                if (!item.isEmpty()) {
                    into.add(item);
                }
                if (i == norm.length()) {
                    break;
                }
                from = Math.min(norm.length(), i + skip);
                i = from - 1;
            }
        }
    }

    static void addPitfalls(List<String> into, String text, String norm) {
        List<String> items = new ArrayList<>();
        addItems(items, text, norm, false);
        for (String item : items) {
            String f = Text.fold(item);
            for (String p : new String[] {"注意避免", "避免", "切忌", "禁忌", "忌"}) {
                if (f.startsWith(p) && f.length() > p.length()) {
                    item = Text.trimItem(item.substring(p.length()));
                    break;
                }
            }
            if (!item.isEmpty()) {
                into.add(item);
            }
        }
    }

    static void addCompetencies(List<String> into, String text, String norm) {
        List<String> items = new ArrayList<>();
        addItems(items, text, norm, true);
        for (String item : items) {
            String c = dropGloss(item);
            if (c.endsWith("等") && c.length() > 2) {
                c = c.substring(0, c.length() - 1);
            }
            c = Text.trimItem(c);
            if (!c.isEmpty()) {
                into.add(c);
            }
        }
    }

    /** "情绪管理(Emotion Management)" or "情绪管理 Emotional control" is the competency 情绪管理. */
    static String dropGloss(String item) {
        boolean cjk = false;
        for (int i = 0; i < item.length(); i++) {
            if (Text.isCjk(item.charAt(i))) {
                cjk = true;
                break;
            }
        }
        if (!cjk) {
            return item.strip();
        }
        StringBuilder b = new StringBuilder();
        int depth = 0;
        StringBuilder paren = new StringBuilder();
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
                paren.setLength(0);
                paren.append(c);
                continue;
            }
            if (depth > 0) {
                paren.append(c);
                if (c == ')' || c == '）') {
                    depth--;
                    if (!asciiOnly(paren.substring(1, paren.length() - 1))) {
                        b.append(paren);
                    }
                }
                continue;
            }
            b.append(c);
        }
        if (depth > 0) {
            b.append(paren);
        }
        String s = b.toString().strip();
        // trailing English words after the Chinese name
        int end = s.length();
        while (end > 0 && (Text.isAsciiLetter(s.charAt(end - 1)) || s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '-'
                || s.charAt(end - 1) == '&')) {
            end--;
        }
        if (end > 0 && end < s.length() && s.charAt(end) == ' ') {
            s = s.substring(0, end);
        }
        return s.strip();
    }

    private static boolean asciiOnly(String s) {
        if (s.isBlank()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127) {
                return false;
            }
        }
        return true;
    }
}
