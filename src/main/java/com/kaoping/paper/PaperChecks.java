package com.kaoping.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionRules;
import com.kaoping.shared.Points;

/**
 * The paper's rules and warnings in one place. Refusals (bad settings, an impossible rule)
 * throw {@link PaperRuleException}; everything an author may knowingly leave as it is
 * (a stated total that disagrees, a rubric that does not add up) is a {@link PaperWarning}.
 */
final class PaperChecks {

    static final int TITLE_MAX = 200;
    static final int INSTRUCTIONS_MAX = 4000;
    static final int MAX_TIME_LIMIT = 600;
    static final BigDecimal MAX_TOTAL = new BigDecimal("100000");

    private PaperChecks() {
    }

    /** Field-level problems of the settings, as (field, message key, args) for the form. */
    static List<com.kaoping.question.Violation> check(PaperSettings s) {
        List<com.kaoping.question.Violation> v = new ArrayList<>();
        if (s.title() == null || s.title().isBlank()) {
            v.add(new com.kaoping.question.Violation("title", "validation.required"));
        }
        else if (s.title().strip().length() > TITLE_MAX) {
            v.add(new com.kaoping.question.Violation("title", "validation.tooLongBy", String.valueOf(TITLE_MAX),
                    String.valueOf(s.title().strip().length())));
        }
        if (s.purpose() == null) {
            v.add(new com.kaoping.question.Violation("purpose", "validation.required"));
        }
        if (s.instructions() != null && s.instructions().length() > INSTRUCTIONS_MAX) {
            v.add(new com.kaoping.question.Violation("instructions", "validation.tooLongBy",
                    String.valueOf(INSTRUCTIONS_MAX), String.valueOf(s.instructions().length())));
        }
        if (s.timeLimitMinutes() == null) {
            if (s.purpose() == PaperPurpose.WRITTEN_TEST) {
                v.add(new com.kaoping.question.Violation("timeLimitMinutes", "paper.validation.timeLimitRequired"));
            }
        }
        else if (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > MAX_TIME_LIMIT) {
            v.add(new com.kaoping.question.Violation("timeLimitMinutes", "paper.validation.timeLimit",
                    String.valueOf(MAX_TIME_LIMIT)));
        }
        if (s.passMark() != null && (s.passMark().signum() < 0 || !Points.isHalfStep(s.passMark())
                || s.passMark().compareTo(MAX_TOTAL) > 0)) {
            v.add(new com.kaoping.question.Violation("passMark", "paper.validation.passMark"));
        }
        if (s.statedTotal() != null && (s.statedTotal().signum() <= 0 || !Points.isHalfStep(s.statedTotal())
                || s.statedTotal().compareTo(MAX_TOTAL) > 0)) {
            v.add(new com.kaoping.question.Violation("statedTotal", "paper.validation.statedTotal"));
        }
        return v;
    }

    static void requireValid(PaperSettings s) {
        List<com.kaoping.question.Violation> v = check(s);
        if (!v.isEmpty()) {
            throw new PaperRuleException(v.get(0).code(), v.get(0).args().toArray());
        }
    }

    static void requireSection(String title, String instructions, String background) {
        if (title == null || title.isBlank()) {
            throw PaperRuleException.of("title", "paper.section.titleRequired");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw PaperRuleException.of("title", "paper.section.titleTooLong", String.valueOf(TITLE_MAX));
        }
        if (instructions != null && instructions.length() > INSTRUCTIONS_MAX) {
            throw PaperRuleException.of("instructions", "validation.tooLongBy", String.valueOf(INSTRUCTIONS_MAX),
                    String.valueOf(instructions.length()));
        }
        if (background != null && background.length() > QuestionRules.BACKGROUND_MAX) {
            throw PaperRuleException.of("background", "validation.tooLongBy",
                    String.valueOf(QuestionRules.BACKGROUND_MAX), String.valueOf(background.length()));
        }
    }

    static void requireRule(DrawCriteria c, int count, BigDecimal pointsEach) {
        if (count < 1 || count > 100) {
            throw PaperRuleException.of("count", "paper.rule.countRange");
        }
        if (pointsEach == null || !Points.isValidMaximum(pointsEach)) {
            throw PaperRuleException.of("pointsEach", "validation.points", Points.MAX);
        }
        if (c.difficultyMin() < 1 || c.difficultyMax() > 5 || c.difficultyMin() > c.difficultyMax()) {
            // a range running backwards reads wrong at its upper end
            throw PaperRuleException.of(c.difficultyMin() < 1 ? "difficultyMin" : "difficultyMax",
                    "paper.rule.difficulty");
        }
        if (c.tag() != null && c.tag().length() > QuestionRules.TAG_MAX) {
            throw PaperRuleException.of("tag", "validation.tagTooLong", QuestionRules.TAG_MAX);
        }
    }

    static List<PaperWarning> itemWarnings(QuestionContent q, BigDecimal points, boolean archived, boolean duplicate) {
        List<PaperWarning> w = new ArrayList<>();
        if (duplicate) {
            w.add(PaperWarning.of("paper.warn.duplicate"));
        }
        if (archived) {
            w.add(PaperWarning.of("paper.warn.archived"));
        }
        if (q.kind().isRubricScored()) {
            if (q.rubric().isEmpty()) {
                w.add(PaperWarning.of("paper.warn.noRubric"));
            }
            else if (q.rubricTotal().compareTo(points) != 0) {
                // Flagged, not rewritten: grading scales the step scores to these points.
                w.add(PaperWarning.of("paper.warn.rubricMismatch", q.rubricTotal(), points));
            }
        }
        return w;
    }

    static List<PaperWarning> paperWarnings(PaperSettings s, BigDecimal total, List<PaperDetail.Section> sections,
                                            boolean drawsSatisfiable) {
        List<PaperWarning> w = new ArrayList<>();
        boolean anyQuestion = sections.stream().anyMatch(sec -> !sec.items().isEmpty() || !sec.rules().isEmpty());
        if (!anyQuestion) {
            w.add(PaperWarning.blocking("paper.warn.noQuestions"));
        }
        if (!drawsSatisfiable) {
            w.add(PaperWarning.blocking("paper.warn.drawsUnsatisfiable"));
        }
        if (sections.stream().anyMatch(sec -> sec.items().isEmpty() && sec.rules().isEmpty())) {
            w.add(PaperWarning.blocking("paper.warn.emptySectionsBlock"));
        }
        if (sections.stream().flatMap(sec -> sec.items().stream()).anyMatch(PaperDetail.Item::archived)) {
            w.add(PaperWarning.blocking("paper.warn.archivedBlock"));
        }
        if (s.statedTotal() != null && s.statedTotal().compareTo(total) != 0) {
            w.add(PaperWarning.of("paper.warn.statedTotal", s.statedTotal(), total));
        }
        if (s.passMark() != null && anyQuestion && s.passMark().compareTo(total) > 0) {
            w.add(PaperWarning.blocking("paper.warn.passMarkAboveTotal", s.passMark(), total));
        }
        long itemProblems = sections.stream().flatMap(sec -> sec.items().stream())
                .filter(i -> !i.warnings().isEmpty()).count();
        if (itemProblems > 0) {
            w.add(PaperWarning.of("paper.warn.itemsToCheck", itemProblems));
        }
        return w;
    }
}
