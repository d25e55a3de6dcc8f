package com.kaoping.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.kaoping.question.QuestionContent;
import com.kaoping.shared.Points;

/**
 * The arithmetic of scoring, in one place so that the screen, the results and the export
 * agree: a step score is 0 to the step's maximum in half points; a question's score is the sum
 * of its steps, scaled to the question's points in the paper when the rubric adds up to
 * something else; a panel's scores are combined by mean or median; a difference larger than a
 * share of the question's points is flagged.
 */
public final class ScoreRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreRules() {
    }

    /** @return the message key of what is wrong with a step score, or null when it is acceptable */
    public static String stepError(BigDecimal score, BigDecimal max) {
        if (score == null) {
            return null;
        }
        if (score.signum() < 0) {
            return "grading.score.negative";
        }
        if (score.compareTo(max) > 0) {
            return "grading.score.overMax";
        }
        if (!Points.isHalfStep(score)) {
            return "grading.score.halfPoints";
        }
        return null;
    }

    /**
     * A question's score from its step scores: the rubric's sum, each step group counting at most
     * its cap (the question's rule, {@link QuestionContent#cappedSum}), in the paper's points.
     *
     * @return null while a step has no score
     */
    public static BigDecimal questionScore(QuestionContent content, List<BigDecimal> steps, BigDecimal points) {
        if (steps.isEmpty() || steps.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        return scale(rubricSum(content, steps), rubricTotal(content, points), points);
    }

    /** The rubric's sum of these step scores (null counts 0), groups capped; a question without a rubric has one step. */
    public static BigDecimal rubricSum(QuestionContent content, List<BigDecimal> steps) {
        if (content.rubric().isEmpty()) {
            return steps.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return content.cappedSum(steps);
    }

    /** What the rubric can give at most (groups capped); without a rubric the question's points (one step). */
    public static BigDecimal rubricTotal(QuestionContent content, BigDecimal points) {
        return content.rubric().isEmpty() ? points : content.rubricTotal();
    }

    /** A rubric-scale sum expressed in the paper's points (two decimals, half up). */
    public static BigDecimal scale(BigDecimal sum, BigDecimal rubricTotal, BigDecimal points) {
        if (rubricTotal.signum() == 0 || rubricTotal.compareTo(points) == 0) {
            return sum.setScale(2, RoundingMode.UNNECESSARY);
        }
        return sum.multiply(points).divide(rubricTotal, 2, RoundingMode.HALF_UP);
    }

    /** The panel's combined score, or null when nobody has submitted one. */
    public static BigDecimal combine(Collection<BigDecimal> scores, Aggregation aggregation) {
        List<BigDecimal> sorted = scores.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return null;
        }
        if (aggregation == Aggregation.MEDIAN) {
            int n = sorted.size();
            BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                    : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            return middle.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
    }

    /** True when the highest and lowest submitted scores differ by more than the threshold. */
    public static boolean differsTooMuch(Collection<BigDecimal> scores, BigDecimal points, int percent) {
        List<BigDecimal> present = scores.stream().filter(Objects::nonNull).toList();
        if (present.size() < 2) {
            return false;
        }
        BigDecimal spread = present.stream().max(BigDecimal::compareTo).orElseThrow()
                .subtract(present.stream().min(BigDecimal::compareTo).orElseThrow());
        BigDecimal threshold = points.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 4, RoundingMode.HALF_UP);
        return spread.compareTo(threshold) > 0;
    }
}
