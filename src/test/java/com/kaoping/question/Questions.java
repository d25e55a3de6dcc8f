package com.kaoping.question;

import java.math.BigDecimal;
import java.util.List;

/** Object mother for question content in tests. */
public final class Questions {

    private Questions() {
    }

    public static QuestionContent.RubricStep step(String label, String points) {
        return new QuestionContent.RubricStep(label, new BigDecimal(points), "guidance for " + label, null);
    }

    /** A scenario question with the classic 6 + 10 + 4 rubric. */
    public static QuestionContent scenario(String stem) {
        return new QuestionContent(QuestionKind.SCENARIO, stem, "双十一期间仓库系统故障,大量订单延迟出库。",
                new BigDecimal("20"), 3, "zh-CN", List.of("投诉处理", "电话客服"), null, List.of(), null, null,
                "先处理情绪,再处理问题。", "致歉共情;核实方案;承诺跟进。",
                List.of(step("致歉与共情", "6"), step("核实订单并给出方案", "10"), step("承诺时限并跟进", "4")),
                List.of("是否先处理情绪再处理问题"), List.of("推卸责任"), List.of("情绪管理", "沟通技巧"), null, null);
    }

    public static QuestionContent singleChoice(String stem) {
        return new QuestionContent(QuestionKind.SINGLE_CHOICE, stem, null, new BigDecimal("2"), 2, "zh-CN",
                List.of("数据指标"), null,
                List.of(new QuestionContent.Option("甲", false), new QuestionContent.Option("乙", true),
                        new QuestionContent.Option("丙", false), new QuestionContent.Option("丁", false)),
                null, null, "乙是正确的。", null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /**
     * A 10-point scenario question whose rubric says "apologise (4), then any 3 of these 4 points,
     * 2 points each": the four are group A, which counts at most 6.
     */
    public static QuestionContent anyThreeOfFour(String stem) {
        QuestionContent c = withRubric(scenario(stem), List.of(step("致歉共情", "4"),
                new QuestionContent.RubricStep("核实订单", new BigDecimal("2"), null, null, "A"),
                new QuestionContent.RubricStep("说明原因", new BigDecimal("2"), null, null, "A"),
                new QuestionContent.RubricStep("给出方案", new BigDecimal("2"), null, null, "A"),
                new QuestionContent.RubricStep("承诺跟进", new BigDecimal("2"), null, null, "A")));
        return new QuestionContent(c.kind(), c.stem(), c.background(), new BigDecimal("10"), c.difficulty(),
                c.language(), c.tags(), c.caseRef(), c.options(), c.trueFalseKey(), c.partialCredit(), c.explanation(),
                c.referenceAnswer(), c.rubric(), c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(),
                List.of(new QuestionContent.StepGroup("A", new BigDecimal("6"))));
    }

    public static QuestionContent withSubtitle(QuestionContent c, String subtitle) {
        return new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(), c.language(),
                c.tags(), c.caseRef(), c.options(), c.trueFalseKey(), c.partialCredit(), c.explanation(),
                c.referenceAnswer(), c.rubric(), c.scoringFocus(), c.pitfalls(), c.competencies(), subtitle, c.stepGroups());
    }

    public static QuestionContent withStem(QuestionContent c, String stem) {
        return new QuestionContent(c.kind(), stem, c.background(), c.points(), c.difficulty(), c.language(), c.tags(),
                c.caseRef(), c.options(), c.trueFalseKey(), c.partialCredit(), c.explanation(), c.referenceAnswer(),
                c.rubric(), c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(), c.stepGroups());
    }

    public static QuestionContent withRubric(QuestionContent c, List<QuestionContent.RubricStep> rubric) {
        return new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(), c.language(),
                c.tags(), c.caseRef(), c.options(), c.trueFalseKey(), c.partialCredit(), c.explanation(),
                c.referenceAnswer(), rubric, c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(), c.stepGroups());
    }

    public static QuestionContent withOptions(QuestionContent c, List<QuestionContent.Option> options) {
        return new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(), c.language(),
                c.tags(), c.caseRef(), options, c.trueFalseKey(), c.partialCredit(), c.explanation(),
                c.referenceAnswer(), c.rubric(), c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(), c.stepGroups());
    }

    public static QuestionContent withCase(QuestionContent c, long caseId) {
        return new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(), c.language(),
                c.tags(), new QuestionContent.CaseRef(caseId, null, null), c.options(), c.trueFalseKey(),
                c.partialCredit(), c.explanation(), c.referenceAnswer(), c.rubric(), c.scoringFocus(), c.pitfalls(),
                c.competencies(), c.subtitle(), c.stepGroups());
    }

    public static QuestionContent withTags(QuestionContent c, List<String> tags) {
        return new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(), c.language(),
                tags, c.caseRef(), c.options(), c.trueFalseKey(), c.partialCredit(), c.explanation(),
                c.referenceAnswer(), c.rubric(), c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(), c.stepGroups());
    }
}
