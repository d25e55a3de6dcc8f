package com.kaoping.question;

import static com.kaoping.question.Questions.scenario;
import static com.kaoping.question.Questions.singleChoice;
import static com.kaoping.question.Questions.step;
import static com.kaoping.question.Questions.withOptions;
import static com.kaoping.question.Questions.withRubric;
import static com.kaoping.question.Questions.withStem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionRulesTest {

    @Test
    void aCompleteScenarioQuestionBreaksNoRule() {
        assertThat(QuestionRules.check(scenario("请模拟与客户的通话"))).isEmpty();
    }

    @Test
    void stemIsRequiredAndLimited() {
        assertThat(fields(withStem(scenario("x"), "  "))).containsExactly("stem");
        assertThat(QuestionRules.check(withStem(scenario("x"), "长".repeat(4001))))
                .extracting(Violation::code).containsExactly("validation.tooLongBy");
    }

    @Test
    void rubricStepsNeedLabelsAndHalfStepPoints() {
        QuestionContent q = withRubric(scenario("x"), List.of(
                step("致歉", "6"), new QuestionContent.RubricStep(" ", new BigDecimal("2.3"), null, null)));
        assertThat(fields(q)).containsExactly("rubric[1].label", "rubric[1].maxPoints");
    }

    @Test
    void stepsThatDoNotAddUpAreAllowedButShown() {
        QuestionContent q = withRubric(scenario("x"), List.of(step("a", "6"), step("b", "4")));
        assertThat(QuestionRules.check(q)).isEmpty();
        assertThat(q.rubricMismatch()).isTrue();
        assertThat(q.rubricTotal()).isEqualByComparingTo("10");
        assertThat(scenario("x").rubricMismatch()).isFalse();
    }

    @Test
    void aStepGroupIsTwoOrMoreStepsWithACapBelowTheirSum() {
        QuestionContent ok = Questions.anyThreeOfFour("x");
        assertThat(QuestionRules.check(ok)).isEmpty();
        assertThat(ok.rubricTotal()).isEqualByComparingTo("10");
        assertThat(ok.rubricMismatch()).isFalse();

        List<QuestionContent.StepGroup> capOf = List.of(new QuestionContent.StepGroup("A", new BigDecimal("8")));
        assertThat(QuestionRules.check(withGroups(ok, capOf))).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stepGroups[A]", "rubric.group.capTooHigh"));
        assertThat(QuestionRules.check(withGroups(ok, List.of()))).extracting(Violation::code)
                .containsExactly("rubric.group.needsCap");
        assertThat(QuestionRules.check(withGroups(ok, List.of(new QuestionContent.StepGroup("A", new BigDecimal("2.3"))))))
                .extracting(Violation::code).containsExactly("validation.points");
        QuestionContent lonely = withRubric(scenario("x"), List.of(step("a", "6"),
                new QuestionContent.RubricStep("b", new BigDecimal("4"), null, null, "B")));
        assertThat(QuestionRules.check(withGroups(lonely, List.of(new QuestionContent.StepGroup("B", BigDecimal.ONE)))))
                .extracting(Violation::code).containsExactly("rubric.group.tooSmall");
        // a group named twice (it could only reach the database as a key violation) or not at all
        assertThat(QuestionRules.check(withGroups(ok, List.of(new QuestionContent.StepGroup("A", new BigDecimal("6")),
                new QuestionContent.StepGroup("A", new BigDecimal("4")))))).extracting(Violation::code)
                .contains("rubric.group.unknown");
        assertThat(QuestionRules.check(withGroups(ok, List.of(new QuestionContent.StepGroup("A", new BigDecimal("6")),
                new QuestionContent.StepGroup(null, new BigDecimal("4")))))).extracting(Violation::code)
                .contains("rubric.group.unknown");
    }

    private static QuestionContent withGroups(QuestionContent c, List<QuestionContent.StepGroup> groups) {
        return new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(), c.language(),
                c.tags(), c.caseRef(), c.options(), c.trueFalseKey(), c.partialCredit(), c.explanation(),
                c.referenceAnswer(), c.rubric(), c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(), groups);
    }

    @Test
    void singleChoiceNeedsExactlyOneKey() {
        QuestionContent twoKeys = withOptions(singleChoice("x"), List.of(
                new QuestionContent.Option("a", true), new QuestionContent.Option("b", true)));
        assertThat(QuestionRules.check(twoKeys)).extracting(Violation::code).containsExactly("validation.singleKey");
    }

    @Test
    void choiceQuestionsHaveTwoToEightOptions() {
        QuestionContent one = withOptions(singleChoice("x"), List.of(new QuestionContent.Option("a", true)));
        assertThat(QuestionRules.check(one)).extracting(Violation::code).contains("validation.optionCount");
    }

    @Test
    void multipleChoiceNeedsTwoKeysAndAPolicy() {
        QuestionContent q = new QuestionContent(QuestionKind.MULTIPLE_CHOICE, "x", null, BigDecimal.TEN, 3, "zh-CN",
                List.of(), null, List.of(new QuestionContent.Option("a", true), new QuestionContent.Option("b", false)),
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null);
        assertThat(fields(q)).containsExactlyInAnyOrder("options", "partialCredit");
    }

    @Test
    void trueFalseNeedsAKey() {
        QuestionContent q = new QuestionContent(QuestionKind.TRUE_FALSE, "客服可以透露客户手机号", null, BigDecimal.ONE,
                1, "zh-CN", List.of(), null, List.of(), null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        assertThat(fields(q)).containsExactly("trueFalseKey");
    }

    @Test
    void pointsArePositiveHalfStepsUpToAThousand() {
        for (String bad : List.of("0", "-2", "0.3", "1000.5")) {
            QuestionContent q = new QuestionContent(QuestionKind.ESSAY, "x", null, new BigDecimal(bad), 3, "zh-CN",
                    List.of(), null, List.of(), null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null);
            assertThat(fields(q)).as(bad).containsExactly("points");
        }
    }

    private static List<String> fields(QuestionContent q) {
        return QuestionRules.check(q).stream().map(Violation::field).toList();
    }
}
