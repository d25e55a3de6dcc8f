package com.kaoping.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

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
        assertThat(ScoreRules.questionScore(List.of(d("5"), d("7.5"), d("2")), d("20"), d("20"))).isEqualByComparingTo("14.5");
        assertThat(ScoreRules.questionScore(Arrays.asList(d("5"), null, d("2")), d("20"), d("20"))).isNull();
        // a 10-point rubric on a 12-point question: 7 of 10 is 8.4 of 12
        assertThat(ScoreRules.questionScore(List.of(d("4"), d("3")), d("10"), d("12"))).isEqualByComparingTo("8.4");
        // rounding half up at two decimals: 1 of 3 of 20 = 6.666… → 6.67
        assertThat(ScoreRules.questionScore(List.of(d("1")), d("3"), d("20"))).isEqualByComparingTo("6.67");
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
