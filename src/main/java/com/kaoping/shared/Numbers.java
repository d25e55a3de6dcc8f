package com.kaoping.shared;

import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * How Kaoping reads a number a person typed: full-width digits count ("７．５" is 7.5), at most
 * 7 digits before the point and 2 after, so a crafted "1e1000000" never becomes a number.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @return null for blank input
     * @throws IllegalArgumentException when the text is not such a number
     */
    public static BigDecimal parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (!normalized.matches("[+-]?\\d{1,7}(\\.\\d{0,2})?")) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        return new BigDecimal(normalized);
    }
}
