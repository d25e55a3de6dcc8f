package com.kaoping.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import org.junit.jupiter.api.Test;

class ScoreRulesTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aStepScoreIsZeroToItsMaximumInHalfPoints() {
        assertThat(ScoreRules.stepError(d("6"), d("6"))).isNull();
        assertThat(ScoreRules.stepError(d("0"), d("6"))).isNull();
        assertThat(ScoreRules.stepError(d("3.5"), d("6"))).isNull();
        assertThat(ScoreRules.stepError(null, d("6"))).isNull();
        assertThat(ScoreRules.stepError(d("6.5"), d("6"))).isEqualTo("grading.score.overMax");
        assertThat(ScoreRules.stepError(d("-0.5"), d("6"))).isEqualTo("grading.score.negative");
        assertThat(ScoreRules.stepError(d("3.25"), d("6"))).isEqualTo("grading.score.halfPoints");
        assertThat(ScoreRules.stepError(d("0.1"), d("6"))).isEqualTo("grading.score.halfPoints");
    }

    @Test
    void theQuestionScoreIsTheSumScaledToThePaperPointsOnlyWhenTheRubricDiffers() {
        QuestionContent three = rubric(List.of(step("a", "6", null), step("b", "10", null), step("c", "4", null)), List.of());
        assertThat(ScoreRules.questionScore(three, List.of(d("5"), d("7.5"), d("2")), d("20"))).isEqualByComparingTo("14.5");
        assertThat(ScoreRules.questionScore(three, Arrays.asList(d("5"), null, d("2")), d("20"))).isNull();
        // a 10-point rubric on a 12-point question: 7 of 10 is 8.4 of 12
        QuestionContent ten = rubric(List.of(step("a", "5", null), step("b", "5", null)), List.of());
        assertThat(ScoreRules.questionScore(ten, List.of(d("4"), d("3")), d("12"))).isEqualByComparingTo("8.4");
        // rounding half up at two decimals: 1 of 3 of 20 = 6.666… → 6.67
        assertThat(ScoreRules.scale(d("1"), d("3"), d("20"))).isEqualByComparingTo("6.67");
        // no rubric: one step worth the question's points
        QuestionContent none = rubric(List.of(), List.of());
        assertThat(ScoreRules.questionScore(none, List.of(d("7")), d("10"))).isEqualByComparingTo("7");
    }

    /** "Any 3 of these 4 points, 2 points each": the group counts at most 6, however many points are scored in it. */
    @Test
    void aStepGroupCountsAtMostItsCap() {
        QuestionContent q = rubric(List.of(step("致歉", "4", null), step("要点一", "2", "A"), step("要点二", "2", "A"),
                step("要点三", "2", "A"), step("要点四", "2", "A")), List.of(new QuestionContent.StepGroup("A", d("6"))));
        assertThat(q.rubricTotal()).isEqualByComparingTo("10");
        assertThat(ScoreRules.questionScore(q, List.of(d("4"), d("2"), d("2"), d("2"), d("2")), d("10")))
                .isEqualByComparingTo("10");
        assertThat(ScoreRules.questionScore(q, List.of(d("3"), d("2"), d("0"), d("2"), d("1")), d("10")))
                .isEqualByComparingTo("8");
        // on a 20-point question the capped 10 is scaled: 8 of 10 is 16 of 20
        assertThat(ScoreRules.questionScore(q, List.of(d("3"), d("2"), d("0"), d("2"), d("1")), d("20")))
                .isEqualByComparingTo("16");
        assertThat(ScoreRules.rubricSum(q, Arrays.asList(d("4"), d("2"), null, d("2"), d("2")))).isEqualByComparingTo("10");
    }

    private static QuestionContent.RubricStep step(String label, String max, String group) {
        return new QuestionContent.RubricStep(label, d(max), null, null, group);
    }

    private static QuestionContent rubric(List<QuestionContent.RubricStep> steps, List<QuestionContent.StepGroup> groups) {
        return new QuestionContent(QuestionKind.SCENARIO, "题", null, d("10"), 3, "zh-CN", List.of(), null, List.of(), null,
                null, null, null, steps, List.of(), List.of(), List.of(), null, groups);
    }

    @Test
    void panelsCombineByMeanOrMedian() {
        assertThat(ScoreRules.combine(List.of(d("10"), d("16")), Aggregation.MEAN)).isEqualByComparingTo("13");
        assertThat(ScoreRules.combine(List.of(d("10"), d("11"), d("18")), Aggregation.MEAN)).isEqualByComparingTo("13");
        assertThat(ScoreRules.combine(List.of(d("10"), d("11"), d("18")), Aggregation.MEDIAN)).isEqualByComparingTo("11");
        assertThat(ScoreRules.combine(List.of(d("10"), d("11"), d("18"), d("20")), Aggregation.MEDIAN)).isEqualByComparingTo("14.5");
        assertThat(ScoreRules.combine(List.of(d("10"), d("10.5"), d("10.5")), Aggregation.MEAN)).isEqualByComparingTo("10.33");
        assertThat(ScoreRules.combine(List.of(), Aggregation.MEAN)).isNull();
    }

    @Test
    void aDifferenceAboveTheThresholdIsFlagged() {
        // 20 % of 20 points is 4: a difference of exactly 4 is fine, 4.5 is flagged
        assertThat(ScoreRules.differsTooMuch(List.of(d("10"), d("14")), d("20"), 20)).isFalse();
        assertThat(ScoreRules.differsTooMuch(List.of(d("10"), d("14.5")), d("20"), 20)).isTrue();
        assertThat(ScoreRules.differsTooMuch(List.of(d("10"), d("12"), d("16")), d("20"), 20)).isTrue();
        assertThat(ScoreRules.differsTooMuch(List.of(d("10"), d("16")), d("20"), 50)).isFalse();
        assertThat(ScoreRules.differsTooMuch(List.of(d("10")), d("20"), 1)).isFalse();
    }
}
