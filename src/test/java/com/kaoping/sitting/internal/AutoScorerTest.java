package com.kaoping.sitting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.Questions;
import org.junit.jupiter.api.Test;

class AutoScorerTest {

    static final BigDecimal THREE = new BigDecimal("3");

    static QuestionContent multiple(PartialCreditPolicy policy) {
        return new QuestionContent(QuestionKind.MULTIPLE_CHOICE, "多选", null, THREE, 3, "zh-CN", List.of(), null,
                List.of(new QuestionContent.Option("a", true), new QuestionContent.Option("b", true),
                        new QuestionContent.Option("c", true), new QuestionContent.Option("d", false)),
                null, policy, null, null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void singleChoiceIsAllOrNothing() {
        QuestionContent q = Questions.singleChoice("x");
        assertThat(AutoScorer.score(q, new BigDecimal("2"), null, List.of(1), null)).isEqualByComparingTo("2");
        assertThat(AutoScorer.score(q, new BigDecimal("2"), null, List.of(0), null)).isEqualByComparingTo("0");
        assertThat(AutoScorer.score(q, new BigDecimal("2"), null, null, null)).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceFollowsThePolicy() {
        QuestionContent half = multiple(PartialCreditPolicy.HALF_IF_NO_WRONG);
        assertThat(AutoScorer.score(half, THREE, null, List.of(0, 1, 2), null)).isEqualByComparingTo("3");
        assertThat(AutoScorer.score(half, THREE, null, List.of(0, 1), null)).isEqualByComparingTo("1.5");
        assertThat(AutoScorer.score(half, THREE, null, List.of(0, 3), null)).as("a wrong option").isEqualByComparingTo("0");
        assertThat(AutoScorer.score(multiple(PartialCreditPolicy.ALL_OR_NOTHING), THREE, null, List.of(0, 1), null))
                .isEqualByComparingTo("0");
        assertThat(AutoScorer.score(multiple(PartialCreditPolicy.PROPORTIONAL_NO_WRONG), THREE, null, List.of(0, 1),
                null)).isEqualByComparingTo("2");
        assertThat(AutoScorer.score(multiple(PartialCreditPolicy.PROPORTIONAL_NO_WRONG), new BigDecimal("4"), null,
                List.of(0), null)).as("1/3 of 4 rounds down to half points").isEqualByComparingTo("1");
        assertThat(AutoScorer.score(half, THREE, PartialCreditPolicy.ALL_OR_NOTHING, List.of(0, 1), null))
                .as("the paper's policy wins").isEqualByComparingTo("0");
    }

    @Test
    void trueFalseComparesTheKey() {
        QuestionContent q = new QuestionContent(QuestionKind.TRUE_FALSE, "判断", null, new BigDecimal("2"), 1,
                "zh-CN", List.of(), null, List.of(), false, null, null, null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        assertThat(AutoScorer.score(q, new BigDecimal("2"), null, null, false)).isEqualByComparingTo("2");
        assertThat(AutoScorer.score(q, new BigDecimal("2"), null, null, true)).isEqualByComparingTo("0");
        assertThat(AutoScorer.score(q, new BigDecimal("2"), null, null, null)).isEqualByComparingTo("0");
    }

    @Test
    void subjectiveQuestionsWaitForGrading() {
        assertThat(AutoScorer.score(Questions.scenario("x"), new BigDecimal("20"), null, null, null)).isNull();
    }
}
