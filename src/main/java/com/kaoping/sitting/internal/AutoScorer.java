package com.kaoping.sitting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;

/**
 * Scores the machine-scored kinds at submission. Partial credit is rounded down to half
 * points, like a grader would. Subjective questions get no auto-score (null): they wait for
 * grading.
 */
public final class AutoScorer {

    private static final BigDecimal TWO = new BigDecimal("2");

    private AutoScorer() {
    }

    /**
     * @param choices indexes of the original options the candidate chose (null: unanswered)
     * @param paperPolicy the paper's multiple-choice policy, or null for the question's own
     */
    public static BigDecimal score(QuestionContent q, BigDecimal points, PartialCreditPolicy paperPolicy,
                                   List<Integer> choices, Boolean trueFalse) {
        if (q.kind().isRubricScored()) {
            return null;
        }
        if (q.kind() == QuestionKind.TRUE_FALSE) {
            return trueFalse != null && trueFalse.equals(q.trueFalseKey()) ? points : BigDecimal.ZERO.setScale(1);
        }
        Set<Integer> keys = IntStream.range(0, q.options().size()).filter(i -> q.options().get(i).correct())
                .boxed().collect(Collectors.toSet());
        Set<Integer> chosen = choices == null ? Set.of() : new HashSet<>(choices);
        if (chosen.isEmpty() || !keys.containsAll(chosen)) {
            return BigDecimal.ZERO.setScale(1);
        }
        if (chosen.equals(keys)) {
            return points;
        }
        if (q.kind() == QuestionKind.SINGLE_CHOICE) {
            return BigDecimal.ZERO.setScale(1);
        }
        PartialCreditPolicy policy = paperPolicy != null ? paperPolicy : q.partialCredit();
        BigDecimal partial = switch (policy == null ? PartialCreditPolicy.ALL_OR_NOTHING : policy) {
            case ALL_OR_NOTHING -> BigDecimal.ZERO;
            case HALF_IF_NO_WRONG -> points.divide(TWO);
            case PROPORTIONAL_NO_WRONG -> points.multiply(BigDecimal.valueOf(chosen.size()))
                    .divide(BigDecimal.valueOf(keys.size()), 4, RoundingMode.DOWN);
        };
        return halfPointsDown(partial);
    }

    static BigDecimal halfPointsDown(BigDecimal value) {
        return value.multiply(TWO).setScale(0, RoundingMode.DOWN).divide(TWO).setScale(1, RoundingMode.UNNECESSARY);
    }
}
