package com.kaoping.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points are counted in halves: 0.5 is the smallest step a rubric or a grader uses. */
public final class Points {

    public static final BigDecimal MAX = new BigDecimal("1000");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Points() {
    }

    public static boolean isHalfStep(BigDecimal value) {
        return value != null && value.multiply(TWO).stripTrailingZeros().scale() <= 0;
    }

    /** A positive number of points, at most {@link #MAX}, in half points. */
    public static boolean isValidMaximum(BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(MAX) <= 0 && isHalfStep(value);
    }

    /** 12.50 → "12.5", 6.0 → "6": how a score reads in an input, an export and the audit trail. */
    public static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public static BigDecimal normalize(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.UNNECESSARY);
    }
}
