package com.kaoping.transfer.reading;

import com.kaoping.question.QuestionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Settles what the structure gathered into the preview: each question's kind, key, points, stem,
 * reference answer and rubric; then checks the numbers (steps against questions, questions against
 * sections, sections against the paper, the numbering) and says where a person must decide.
 */
final class Settle {

    private final Structure structure;
    private final Cleaner.Cleaned cleaned;
    private final List<ReadWarning> warnings = new ArrayList<>();

    Settle(Structure structure, Cleaner.Cleaned cleaned) {
        this.structure = structure;
        this.cleaned = cleaned;
    }

    ReadPaper paper() {
        for (String g : cleaned.garbled()) {
            warnings.add(new ReadWarning(ReadWarning.Code.GARBLED_TEXT, null, null, List.of(g)));
        }
        Draft.Question brokenOff = dropBrokenOffLast();
        List<ReadSection> sections = new ArrayList<>();
        List<Draft.Section> kept = new ArrayList<>();
        Draft.Section parent = null;
        for (Draft.Section s : structure.sections) {
            if (s.questions.isEmpty()) {
                if (s.family != Numbering.Family.CN_PAREN) {
                    parent = s;
                }
                continue;
            }
            if (s.family == Numbering.Family.CN_PAREN && parent != null) {
                // "一、选择题(每题2分)" over "(一)单选题": the parts take what they do not say themselves
                if (s.points.each() == null && parent.points.each() != null) {
                    s.points = new Cues.HeaderPoints(parent.points.each(), s.points.count(), s.points.total());
                }
                if (s.hint == null) {
                    s.hint = parent.hint;
                }
            } else {
                parent = null;
            }
            kept.add(s);
        }
        java.util.Map<Numbering.Family, Integer> lastSection = new java.util.EnumMap<>(Numbering.Family.class);
        int lastQuestionValue = 0;
        for (int si = 0; si < kept.size(); si++) {
            Draft.Section s = kept.get(si);
            int sectionNo = si + 1;
            if (s.value > 0 && s.family != null) {
                // each style counts on its own; "(一)" starts again under each "一、"
                if (s.family == Numbering.Family.CN || s.family == Numbering.Family.PART) {
                    lastSection.remove(Numbering.Family.CN_PAREN);
                }
                int last = lastSection.getOrDefault(s.family, 0);
                if (last > 0 && s.value > last + 1) {
                    warn(ReadWarning.Code.NUMBERING_JUMP, sectionNo, null, s(last + 1), s.number);
                } else if (last > 0 && s.value <= last) {
                    warn(ReadWarning.Code.NUMBERING_RESTART, sectionNo, null, s.number);
                }
                lastSection.put(s.family, s.value);
            }
            List<ReadQuestion> questions = new ArrayList<>();
            int previous = -1;
            for (int qi = 0; qi < s.questions.size(); qi++) {
                Draft.Question q = s.questions.get(qi);
                int questionNo = qi + 1;
                if (qi > 0 && q.value == 1 && q.caseBackground != null
                        && !q.caseBackground.equals(s.questions.get(qi - 1).caseBackground)) {
                    // each case may number its own questions
                    previous = -1;
                    lastQuestionValue = 0;
                }
                if (q.value > 0) {
                    if (previous < 0) {
                        if (q.value != 1 && q.value != lastQuestionValue + 1) {
                            warn(ReadWarning.Code.NUMBERING_JUMP, sectionNo, questionNo, "1", q.number);
                        }
                    } else if (q.value > previous + 1) {
                        warn(ReadWarning.Code.NUMBERING_JUMP, sectionNo, questionNo, s(previous + 1), q.number);
                    } else if (q.value <= previous) {
                        warn(ReadWarning.Code.NUMBERING_RESTART, sectionNo, questionNo, q.number);
                    }
                    previous = q.value;
                    lastQuestionValue = q.value;
                }
                questions.add(question(s, q, sectionNo, questionNo));
            }
            sections.add(section(s, questions, sectionNo));
        }
        boolean truncated;
        if (brokenOff != null) {
            String what = brokenOff.stem.get(0).text();
            warn(ReadWarning.Code.TRUNCATED, kept.isEmpty() ? null : kept.size(), null,
                    what.length() > 20 ? what.substring(0, 20) : what);
            truncated = true;
        } else {
            truncated = truncated(kept);
        }
        for (String n : structure.gathered.withoutQuestion) {
            warn(ReadWarning.Code.ANSWER_WITHOUT_QUESTION, null, null, n);
        }
        checkPaperTotal(sections);
        return new ReadPaper(structure.heading.title, structure.heading.timeLimit, structure.heading.statedTotal, truncated, sections, warnings);
    }

    private ReadSection section(Draft.Section s, List<ReadQuestion> questions, int sectionNo) {
        Cues.HeaderPoints p = s.points;
        if (p.count() != null && p.count() != questions.size()) {
            warn(ReadWarning.Code.SECTION_COUNT_MISMATCH, sectionNo, null, s(questions.size()), s(p.count()));
        }
        if (p.total() != null) {
            BigDecimal sum = sum(questions);
            if (sum != null && sum.compareTo(p.total()) != 0) {
                warn(ReadWarning.Code.SECTION_POINTS_MISMATCH, sectionNo, null, sum.toPlainString(), p.total().toPlainString());
            }
        }
        String background = s.background == null ? null : Text.emptyToNull(s.background.toString());
        return new ReadSection(s.number, s.title, s.instructions, background, p.each(), p.count(), p.total(), questions);
    }

    private static BigDecimal sum(List<ReadQuestion> questions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ReadQuestion q : questions) {
            if (q.points() == null) {
                return null;
            }
            sum = sum.add(q.points());
        }
        return Text.plain(sum);
    }

    private void checkPaperTotal(List<ReadSection> sections) {
        if (structure.heading.statedTotal == null || sections.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ReadSection s : sections) {
            BigDecimal part = s.statedTotal() != null ? s.statedTotal() : sum(s.questions());
            if (part == null) {
                return;
            }
            sum = sum.add(part);
        }
        if (sum.compareTo(structure.heading.statedTotal) != 0) {
            warn(ReadWarning.Code.PAPER_TOTAL_MISMATCH, null, null, Text.plain(sum).toPlainString(),
                    structure.heading.statedTotal.toPlainString());
        }
    }

    private ReadQuestion question(Draft.Section s, Draft.Question q, int sectionNo, int questionNo) {
        // the stem, without a mark of its own "(10分)" or a true/false key "(×)" written after it
        StringBuilder stemText = new StringBuilder();
        StringBuilder stemNorm = new StringBuilder();
        for (Cleaner.Line l : q.stem) {
            if (stemText.length() > 0) {
                stemText.append('\n');
                stemNorm.append('\n');
            }
            stemText.append(l.text());
            stemNorm.append(l.norm());
        }
        String stem = stemText.toString();
        String norm = stemNorm.toString();
        BigDecimal own = null;
        Keys.Key written = Keys.trailingTrueFalse(norm);
        if (written != null) {
            stem = stem.substring(0, written.end());
            norm = norm.substring(0, written.end());
        } else if (norm.startsWith("(") || norm.startsWith("[")) {
            // "1.(×)客户永远是对的。": the key written before the statement
            Keys.Key leading = Keys.read(norm.substring(0, Math.min(norm.length(), 8)));
            if (leading != null && leading.trueFalse()) {
                written = leading;
                stem = stem.substring(leading.end()).strip();
                norm = norm.substring(leading.end()).strip();
            }
        }
        int[] mark = Cues.trailingMark(norm);
        BigDecimal parts = subQuestionPoints(q);
        if (parts != null) {
            // "(1)…(5分)" "(2)…(5分)" in the stem: the question is worth its parts, and they stay in the stem
            own = parts;
        } else if (mark != null && (norm.charAt(mark[0]) == '(' || norm.charAt(mark[0]) == '[')) {
            own = Text.plain(Text.number(norm.substring(mark[1], mark[2])));
            stem = stem.substring(0, mark[0]);
            norm = norm.substring(0, mark[0]);
        } else {
            Matcher m = Cues.mark(norm.length() > 16 ? norm.substring(0, 16) : norm);
            if (m != null && m.start() == 0) {
                own = Text.plain(Text.number(m.group(1)));
                stem = stem.substring(m.end());
                norm = norm.substring(m.end());
            }
        }
        stem = Text.emptyToNull(stem);

        // the key, in any notation, from the answer or the stem
        Keys.Key answered = null;
        if (!q.answer.isEmpty()) {
            Keys.Key k = Keys.read(q.answer.get(0).norm());
            if (k != null && Keys.startsWithKey(q.answer.get(0).norm())) {
                answered = k;
            }
        }
        String key = answered != null ? answered.value() : written != null ? written.value() : null;
        if (key == null && q.options.size() >= 2) {
            key = Keys.inBlank(norm);
        }
        Kinds.Kind kind = Kinds.of(s.hint, q.options.size(), key, norm, q.caseBackground != null);
        if (kind.guessed()) {
            warn(ReadWarning.Code.KIND_GUESSED, sectionNo, questionNo, kind.kind().name());
        }
        QuestionKind k = kind.kind();
        List<String> explanation = new ArrayList<>();
        String referenceAnswer = null;
        List<ReadQuestion.ReadStep> steps = List.of();
        List<String> options = k.hasOptions() ? q.options : List.of();
        if (k.isMachineScored()) {
            key = machineKey(k, key, q.options);
            if (answered != null) {
                String rest = afterKey(q.answer.get(0), answered.end());
                if (rest != null) {
                    explanation.add(rest);
                }
                for (int i = 1; i < q.answer.size(); i++) {
                    explanation.add(q.answer.get(i).text());
                }
            } else {
                for (Cleaner.Line l : q.answer) {
                    explanation.add(l.text());
                }
            }
            if (key == null) {
                warn(ReadWarning.Code.MISSING_KEY, sectionNo, questionNo);
            }
        } else {
            key = null;
            if (!q.answer.isEmpty()) {
                StringBuilder b = new StringBuilder();
                for (Cleaner.Line l : q.answer) {
                    if (b.length() > 0) {
                        b.append('\n');
                    }
                    b.append(l.text());
                }
                referenceAnswer = Text.emptyToNull(b.toString());
                steps = Rubrics.scoredSteps(q.answer);
            }
        }
        if (steps.isEmpty() && !q.criteria.isEmpty() && !k.isMachineScored()) {
            steps = Rubrics.criteria(q.criteria);
        }
        explanation.addAll(q.explanation);
        String explained = Text.emptyToNull(String.join("\n", explanation));

        // points: the section's "每题20分", else the question's own mark, else the one question of a section with a total
        BigDecimal points = own != null ? own : s.points.each();
        if (points == null && s.questions.size() == 1 && s.points.total() != null) {
            points = s.points.total();
        }
        if (points == null) {
            warn(ReadWarning.Code.MISSING_POINTS, sectionNo, questionNo);
        } else if (!steps.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (ReadQuestion.ReadStep st : steps) {
                if (st.points() != null) {
                    sum = sum.add(st.points());
                    any = true;
                }
            }
            if (any && sum.compareTo(points) != 0) {
                warn(ReadWarning.Code.STEP_POINTS_MISMATCH, sectionNo, questionNo, Text.plain(sum).toPlainString(),
                        points.toPlainString());
            }
        }
        return new ReadQuestion(q.number, k, stem, q.caseBackground, options, key, points, referenceAnswer, explained,
                steps, q.focus, q.pitfalls, q.competencies, new ReadQuestion.SourceLines(q.fromLine, Math.max(q.fromLine, q.toLine)));
    }

    /** The sum of the marks of numbered sub-questions in the stem when each has one, else null. */
    private static BigDecimal subQuestionPoints(Draft.Question q) {
        if (q.stem.size() < 2) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int parts = 0;
        for (int i = 1; i < q.stem.size(); i++) {
            String n = q.stem.get(i).norm();
            Numbering.Number num = Numbering.at(n, 0);
            if (num == null || num.family() == Numbering.Family.OPTION) {
                continue;
            }
            int[] m = Cues.trailingMark(n);
            if (m == null) {
                return null;
            }
            sum = sum.add(Text.number(n.substring(m[1], m[2])));
            parts++;
        }
        return parts >= 2 ? Text.plain(sum) : null;
    }

    /** Letters for choice, TRUE/FALSE for true/false (an option "A.正确" answered "A" is TRUE). */
    private static String machineKey(QuestionKind k, String key, List<String> options) {
        if (key == null) {
            return null;
        }
        boolean tf = Keys.TRUE.equals(key) || Keys.FALSE.equals(key);
        if (k == QuestionKind.TRUE_FALSE) {
            if (tf) {
                return key;
            }
            if (key.length() == 1 && key.charAt(0) - 'A' < options.size()) {
                Keys.Key named = Keys.read(Text.fold(options.get(key.charAt(0) - 'A')));
                return named != null && named.trueFalse() ? named.value() : null;
            }
            return null;
        }
        return tf ? null : key;
    }

    /** What follows a key: "(解析:…)" or "。客户满意度…", as explanation. */
    private static String afterKey(Cleaner.Line line, int end) {
        String text = line.text().substring(Math.min(end, line.text().length()));
        String norm = line.norm().substring(Math.min(end, line.norm().length()));
        String t = Text.trimItem(text);
        String n = Text.trimItem(norm);
        if ((n.startsWith("(") && n.endsWith(")")) || (n.startsWith("[") && n.endsWith("]"))) {
            t = t.substring(1, t.length() - 1);
            n = n.substring(1, n.length() - 1);
        }
        Cues.Marker m = Cues.marker(n, 0);
        if (m != null && m.label() == Cues.Label.EXPLANATION) {
            t = t.substring(m.contentStart());
        }
        return Text.emptyToNull(Text.trimItem(t));
    }

    /**
     * The last question when the paper breaks off inside its stem (a sentence left open, nothing after
     * it, while the questions before it have answers or a site says the rest is hidden): taken out of
     * its section, since nothing of it is complete. Returns it, or null.
     */
    private Draft.Question dropBrokenOffLast() {
        List<Draft.Section> all = structure.sections;
        if (all.isEmpty() || all.get(all.size() - 1).questions.isEmpty()) {
            return null;
        }
        Draft.Section s = all.get(all.size() - 1);
        Draft.Question last = s.questions.get(s.questions.size() - 1);
        if (last.stem.isEmpty() || !last.answer.isEmpty() || !last.options.isEmpty() || !last.explanation.isEmpty()
                || !last.focus.isEmpty() || !last.competencies.isEmpty() || !last.criteria.isEmpty() || last.keyedAtEnd
                || structure.keyStartLine > 0) {
            return null;
        }
        String end = last.stem.get(last.stem.size() - 1).norm().strip();
        if (end.isEmpty() || "。.?!)]\"".indexOf(end.charAt(end.length() - 1)) >= 0 || Cues.trailingMark(end) != null) {
            return null;
        }
        boolean hidden = cleaned.cutPromptAt() >= 0 && cleaned.cutPromptAt() >= last.fromLine;
        boolean othersAnswered = false;
        for (Draft.Question q : s.questions) {
            othersAnswered |= q != last && q.hasAnswer();
        }
        // a stem may simply lack its full stop ("简述首问负责制"); only one that stops on a word that
        // needs more after it is broken off, unless the site says the rest is hidden
        if (!hidden && !(othersAnswered && endsOpen(end))) {
            return null;
        }
        s.questions.remove(s.questions.size() - 1);
        return last;
    }

    /** "…请说明你会如何", "…客户要求退款并": the sentence cannot end there. */
    private static boolean endsOpen(String norm) {
        char c = norm.charAt(norm.length() - 1);
        if (",、:(;".indexOf(c) >= 0) {
            return true;
        }
        for (String w : new String[] {"如何", "怎样", "怎么", "的", "和", "与", "及", "并", "或", "在", "对", "把", "被", "将", "给", "向",
            "从", "是", "了解", "进行", "你会", "你将", "应该", "需要"}) {
            if (norm.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paper stops mid-question: a site's "还剩3页未读" after the last question, or a last
     * question left unfinished (too few options, an open quote, a sentence broken off, a last step
     * without the points all the others have).
     */
    private boolean truncated(List<Draft.Section> kept) {
        if (kept.isEmpty()) {
            return false;
        }
        Draft.Section s = kept.get(kept.size() - 1);
        Draft.Question last = s.questions.get(s.questions.size() - 1);
        int sectionNo = kept.size();
        int questionNo = s.questions.size();
        // a "还剩1页未读" after the gathered answers reached the last question hides nothing of the paper
        boolean cut = cleaned.cutPromptAt() >= 0 && cleaned.cutPromptAt() >= last.fromLine && !last.keyedAtEnd;
        if (!cut && structure.keyStartLine == 0) {
            cut = unfinished(s, last);
        }
        if (cut) {
            String what = last.stem.isEmpty() ? s(last.value) : last.stem.get(0).text();
            warn(ReadWarning.Code.TRUNCATED, sectionNo, questionNo, what.length() > 20 ? what.substring(0, 20) : what);
        }
        return cut;
    }

    private static boolean unfinished(Draft.Section s, Draft.Question last) {
        int most = 0;
        for (Draft.Question q : s.questions) {
            if (q != last) {
                most = Math.max(most, q.options.size());
            }
        }
        if (most >= 2 && last.options.size() < most) {
            return true;
        }
        if (s.hint == Cues.KindHint.SINGLE || s.hint == Cues.KindHint.MULTIPLE) {
            if (last.options.size() < 2 && last.answer.isEmpty()) {
                return true;
            }
        }
        String lastLine = !last.answer.isEmpty() ? last.answer.get(last.answer.size() - 1).norm()
                : !last.stem.isEmpty() ? last.stem.get(last.stem.size() - 1).norm() : "";
        if (!last.explanation.isEmpty() && last.answer.isEmpty()) {
            lastLine = Text.fold(last.explanation.get(last.explanation.size() - 1));
        }
        if (!lastLine.isEmpty()) {
            char end = lastLine.charAt(lastLine.length() - 1);
            if (end == ',' || end == '、' || end == '(' || end == ':') {
                return true;
            }
            if (quotes(lastLine) % 2 == 1) {
                return true;
            }
        }
        if (!last.answer.isEmpty() && last.explanation.isEmpty() && last.focus.isEmpty() && last.competencies.isEmpty()) {
            List<ReadQuestion.ReadStep> steps = Rubrics.steps(last.answer);
            if (steps.size() >= 2) {
                boolean othersScored = true;
                for (int i = 0; i < steps.size() - 1; i++) {
                    othersScored &= steps.get(i).points() != null;
                }
                ReadQuestion.ReadStep tail = steps.get(steps.size() - 1);
                return othersScored && tail.points() == null;
            }
        }
        return false;
    }

    private static int quotes(String norm) {
        int n = 0;
        for (int i = 0; i < norm.length(); i++) {
            if (norm.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    private void warn(ReadWarning.Code code, Integer section, Integer question, String... args) {
        List<String> list = new ArrayList<>();
        for (String a : args) {
            list.add(a == null ? "" : a);
        }
        warnings.add(new ReadWarning(code, section, question, list));
    }

    private static String s(int n) {
        return Integer.toString(n);
    }
}
