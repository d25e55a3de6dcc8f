package com.kaoping.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.kaoping.shared.Points;

/**
 * The bank's rules for a question, in one place: the edit form shows them beside the
 * fields, and the entity refuses content that breaks them.
 */
public final class QuestionRules {

    public static final int STEM_MAX = 4000;
    public static final int BACKGROUND_MAX = 8000;
    public static final int EXPLANATION_MAX = 4000;
    public static final int REFERENCE_ANSWER_MAX = 8000;
    public static final int OPTION_MAX = 1000;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;
    public static final int MAX_STEPS = 20;
    public static final int STEP_LABEL_MAX = 200;
    public static final int SUBTITLE_MAX = 200;
    public static final int STEP_GUIDANCE_MAX = 2000;
    public static final int STEP_WORDING_MAX = 4000;
    public static final int MAX_LIST_ITEMS = 20;
    public static final int LIST_ITEM_MAX = 500;
    public static final int MAX_TAGS = 10;
    public static final int TAG_MAX = 40;
    public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    private QuestionRules() {
    }

    public static List<Violation> check(QuestionContent q) {
        List<Violation> v = new ArrayList<>();
        if (q.kind() == null) {
            v.add(new Violation("kind", "validation.required"));
            return v;
        }
        text(v, "subtitle", q.subtitle(), false, SUBTITLE_MAX);
        text(v, "stem", q.stem(), true, STEM_MAX);
        text(v, "background", q.background(), false, BACKGROUND_MAX);
        if (q.points() == null) {
            v.add(new Violation("points", "validation.required"));
        }
        else if (!Points.isValidMaximum(q.points())) {
            v.add(new Violation("points", "validation.points", Points.MAX));
        }
        if (q.difficulty() < 1 || q.difficulty() > 5) {
            v.add(new Violation("difficulty", "validation.difficulty"));
        }
        if (!LANGUAGES.contains(q.language())) {
            v.add(new Violation("language", "validation.required"));
        }
        if (q.tags().size() > MAX_TAGS) {
            v.add(new Violation("tags", "validation.tooMany", MAX_TAGS));
        }
        else if (q.tags().stream().anyMatch(t -> t.length() > TAG_MAX)) {
            v.add(new Violation("tags", "validation.tagTooLong", TAG_MAX));
        }
        text(v, "explanation", q.explanation(), false, EXPLANATION_MAX);
        if (q.kind().hasOptions()) {
            checkOptions(v, q);
        }
        if (q.kind() == QuestionKind.TRUE_FALSE && q.trueFalseKey() == null) {
            v.add(new Violation("trueFalseKey", "validation.trueFalseKey"));
        }
        if (q.kind() == QuestionKind.MULTIPLE_CHOICE && q.partialCredit() == null) {
            v.add(new Violation("partialCredit", "validation.required"));
        }
        if (q.kind().isRubricScored()) {
            text(v, "referenceAnswer", q.referenceAnswer(), false, REFERENCE_ANSWER_MAX);
            checkRubric(v, q);
            list(v, "scoringFocus", q.scoringFocus());
            list(v, "pitfalls", q.pitfalls());
            list(v, "competencies", q.competencies());
        }
        return v;
    }

    private static void checkOptions(List<Violation> v, QuestionContent q) {
        List<QuestionContent.Option> options = q.options();
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            v.add(new Violation("options", "validation.optionCount", MIN_OPTIONS, MAX_OPTIONS));
        }
        for (int i = 0; i < options.size(); i++) {
            text(v, "options[" + i + "].text", options.get(i).text(), true, OPTION_MAX);
        }
        long keys = options.stream().filter(QuestionContent.Option::correct).count();
        if (q.kind() == QuestionKind.SINGLE_CHOICE && keys != 1) {
            v.add(new Violation("options", "validation.singleKey"));
        }
        if (q.kind() == QuestionKind.MULTIPLE_CHOICE && keys < 2) {
            v.add(new Violation("options", "validation.multipleKeys"));
        }
    }

    private static void checkRubric(List<Violation> v, QuestionContent q) {
        if (q.rubric().size() > MAX_STEPS) {
            v.add(new Violation("rubric", "validation.tooMany", MAX_STEPS));
        }
        for (int i = 0; i < q.rubric().size(); i++) {
            QuestionContent.RubricStep step = q.rubric().get(i);
            String prefix = "rubric[" + i + "].";
            text(v, prefix + "label", step.label(), true, STEP_LABEL_MAX);
            BigDecimal max = step.maxPoints();
            if (max == null) {
                v.add(new Violation(prefix + "maxPoints", "validation.required"));
            }
            else if (!Points.isValidMaximum(max)) {
                v.add(new Violation(prefix + "maxPoints", "validation.points", Points.MAX));
            }
            text(v, prefix + "guidance", step.guidance(), false, STEP_GUIDANCE_MAX);
            text(v, prefix + "modelWording", step.modelWording(), false, STEP_WORDING_MAX);
        }
        checkStepGroups(v, q);
    }

    /**
     * A step group is two or more steps and a cap below what they could give together (else the
     * cap changes nothing and says something untrue); every group a step names has its cap.
     */
    private static void checkStepGroups(List<Violation> v, QuestionContent q) {
        for (String name : QuestionContent.StepGroup.NAMES) {
            List<QuestionContent.RubricStep> members = q.rubric().stream().filter(s -> name.equals(s.group())).toList();
            BigDecimal cap = q.capOf(name);
            String field = "stepGroups[" + name + "]";
            if (members.isEmpty()) {
                continue;
            }
            if (members.size() < 2) {
                v.add(new Violation(field, "rubric.group.tooSmall", name));
            }
            else if (cap == null) {
                v.add(new Violation(field, "rubric.group.needsCap", name));
            }
            else if (!Points.isValidMaximum(cap)) {
                v.add(new Violation(field, "validation.points", Points.MAX));
            }
            else {
                BigDecimal together = members.stream().map(QuestionContent.RubricStep::maxPoints)
                        .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (cap.compareTo(together) >= 0) {
                    v.add(new Violation(field, "rubric.group.capTooHigh", name, together));
                }
            }
        }
        boolean unknownStep = q.rubric().stream().map(QuestionContent.RubricStep::group)
                .anyMatch(g -> g != null && !QuestionContent.StepGroup.NAMES.contains(g));
        List<String> named = q.stepGroups().stream().map(QuestionContent.StepGroup::name).toList();
        boolean unknownGroup = named.stream().anyMatch(n -> n == null || !QuestionContent.StepGroup.NAMES.contains(n))
                || named.stream().distinct().count() < named.size();
        if (unknownStep || unknownGroup) {
            v.add(new Violation("rubric", "rubric.group.unknown"));
        }
    }

    private static void list(List<Violation> v, String field, List<String> items) {
        if (items.size() > MAX_LIST_ITEMS) {
            v.add(new Violation(field, "validation.tooMany", MAX_LIST_ITEMS));
        }
        else if (items.stream().anyMatch(s -> s.length() > LIST_ITEM_MAX)) {
            v.add(new Violation(field, "validation.lineTooLong", LIST_ITEM_MAX));
        }
    }

    private static void text(List<Violation> v, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new Violation(field, "validation.required"));
            }
        }
        else if (value.length() > max) {
            // as text, so that counts read "8000", not "8,000"
            v.add(new Violation(field, "validation.tooLongBy", String.valueOf(max), String.valueOf(value.length())));
        }
    }
}
