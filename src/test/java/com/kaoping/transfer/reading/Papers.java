package com.kaoping.transfer.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

/** Helpers for reading test papers. */
final class Papers {

    private Papers() {
    }

    static Reading read(String text) {
        return new PaperReader().read(text, Script.SIMPLIFIED);
    }

    static ReadQuestion q(Reading r, int section, int question) {
        return r.paper().sections().get(section - 1).questions().get(question - 1);
    }

    static ReadSection s(Reading r, int section) {
        return r.paper().sections().get(section - 1);
    }

    static BigDecimal pts(String n) {
        return new BigDecimal(n);
    }

    static List<ReadWarning.Code> codes(Reading r) {
        return r.paper().warnings().stream().map(ReadWarning::code).toList();
    }

    static boolean hasWarning(Reading r, ReadWarning.Code code, Integer section, Integer question) {
        return r.paper().warnings().stream()
                .anyMatch(w -> w.code() == code && java.util.Objects.equals(w.section(), section)
                        && java.util.Objects.equals(w.question(), question));
    }

    static void assertPoints(BigDecimal actual, String expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.compareTo(new BigDecimal(expected))).as("points %s vs %s", actual, expected).isZero();
    }
}
