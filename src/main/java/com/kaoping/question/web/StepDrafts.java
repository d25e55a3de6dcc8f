package com.kaoping.question.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kaoping.question.QuestionRules;

/**
 * Rubric steps drafted from what the editor already holds, so nothing is typed twice: the
 * reference answer's numbered points become steps (and steps become a numbered reference
 * answer), competencies become steps. What it drafts is only put into the form: HR reads it,
 * corrects it and saves, and the bank's rules judge it then.
 */
final class StepDrafts {

    private StepDrafts() {
    }

    /** One point of a reference answer: a short label, the rest as model wording, and the points it names if any. */
    record Point(String label, String wording, BigDecimal points) {
    }

    /**
     * Where a point starts: at the start of a line or after a sentence's end (so "1. … ；2. …" on
     * one line splits too): 1. 1、 1) (1) （一） ① 一、 第一步 第1点, or a dash or bullet at a line's start.
     * "3.5" is no marker: a number marker is never followed by a digit.
     */
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=[；;。!！?？]))[ \\t\u3000]*(?:"
                    + "\\d{1,2}[ \\t]*[.、．)）](?!\\d)"
                    + "|[（(][ \\t]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t]*[)）]"
                    + "|[\u2460-\u2473]"
                    + "|[一二三四五六七八九十]{1,3}[ \\t]*[、.．]"
                    + "|第[一二三四五六七八九十\\d]{1,3}[步点條条][：:，,、]?"
                    + "|[-•·*][ \\t]+)",
            Pattern.MULTILINE);

    /** "（2分）", "(2 分)", "(1.5 points)", "2 pts" at a point's end. */
    private static final Pattern POINTS = Pattern.compile(
            "[ \\t]*[（(]?[ \\t]*(?<![\\d.])(\\d{1,3}(?:\\.[05])?)[ \\t]*(?:分|points?|pts?)[ \\t]*[)）]?[。.;；]?[ \\t]*$",
            Pattern.CASE_INSENSITIVE);

    /** Half points in a point (BigDecimal.TWO is not in Java 17). */
    private static final BigDecimal HALVES = BigDecimal.valueOf(2);

    /** A label is at most this long (well within a step label's limit); the rest goes to the model wording. */
    private static final int LABEL_LENGTH = 40;

    /** The numbered points of a reference answer; empty when it has fewer than two (nothing to split). */
    static List<Point> points(String referenceAnswer) {
        if (referenceAnswer == null) {
            return List.of();
        }
        String text = referenceAnswer.replace("\r\n", "\n");
        Matcher m = MARKER.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
        }
        if (marks.size() < 2) {
            return List.of();
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String body = text.substring(marks.get(i)[1], end).strip().replaceAll("[；;]$", "").strip();
            if (!body.isEmpty()) {
                points.add(point(body));
            }
        }
        return points.size() < 2 ? List.of() : points;
    }

    private static Point point(String body) {
        BigDecimal named = null;
        Matcher p = POINTS.matcher(body);
        if (p.find()) {
            named = new BigDecimal(p.group(1));
            body = body.substring(0, p.start()).strip();
        }
        int colon = indexOfAny(body, "：:");
        if (colon > 0 && colon <= LABEL_LENGTH) {
            return new Point(body.substring(0, colon).strip(), body.substring(colon + 1).strip(), named);
        }
        int sentence = indexOfAny(body, "。；;!！?？\n");
        String head = sentence > 0 ? body.substring(0, sentence).strip() : body;
        if (head.length() > LABEL_LENGTH) {
            int comma = indexOfAny(head, "，,、");
            head = comma > 0 && comma <= LABEL_LENGTH ? head.substring(0, comma) : head.substring(0, LABEL_LENGTH);
        }
        head = head.strip();
        // the wording is what follows the label, without the punctuation between them
        String rest = body.substring(head.length()).replaceFirst("^[\\s。；;!！?？，,、]+", "").strip();
        return new Point(head, rest, named);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The question's points shared over {@code n} steps in half points, the first steps taking
     * what does not divide (10 over 3: 3.5, 3.5, 3); null each when the question has no valid points.
     */
    static List<BigDecimal> share(BigDecimal total, int n) {
        List<BigDecimal> shares = new ArrayList<>();
        if (total == null || total.signum() <= 0 || n <= 0) {
            for (int i = 0; i < n; i++) {
                shares.add(null);
            }
            return shares;
        }
        int halves = total.multiply(HALVES).intValue();
        for (int i = 0; i < n; i++) {
            int mine = halves / n + (i < halves % n ? 1 : 0);
            shares.add(new BigDecimal(mine).divide(HALVES).stripTrailingZeros());
        }
        return shares;
    }

    /** Steps for these points: the points each names, else the question's points shared. */
    static List<QuestionForm.StepForm> steps(List<Point> points, BigDecimal questionPoints) {
        boolean allNamed = points.stream().allMatch(p -> p.points() != null);
        List<BigDecimal> shares = share(questionPoints, points.size());
        List<QuestionForm.StepForm> steps = new ArrayList<>();
        for (int i = 0; i < points.size() && i < QuestionRules.MAX_STEPS; i++) {
            Point p = points.get(i);
            steps.add(new QuestionForm.StepForm(p.label(),
                    allNamed ? p.points() : shares.get(i), "", p.wording()));
        }
        return steps;
    }

    /** The steps as a numbered reference answer: "1. label：wording" a line (": " in English). */
    static String referenceAnswer(List<QuestionForm.StepForm> steps, String language) {
        String colon = language != null && language.startsWith("zh") ? "：" : ": ";
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (QuestionForm.StepForm s : steps) {
            if (s.isEmpty()) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "\n").append(++n).append(". ").append(s.getLabel().strip());
            if (s.getModelWording() != null && !s.getModelWording().isBlank()) {
                text.append(colon).append(s.getModelWording().strip());
            }
        }
        return text.toString();
    }
}
