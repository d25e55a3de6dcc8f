package com.kaoping.transfer.reading;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the reader understood of one paper: the JSON preview contract of {@code import.md}.
 * Unknown is null, never a guess dressed as a fact: a guess is a value plus a warning.
 *
 * @param timeLimitMinutes the stated time limit, or null
 * @param statedTotal the stated paper total ("总分:100分"), or null
 * @param truncated the paper stops mid-question (a warning names what was dropped)
 */
public record ReadPaper(
        String title,
        Integer timeLimitMinutes,
        BigDecimal statedTotal,
        boolean truncated,
        List<ReadSection> sections,
        List<ReadWarning> warnings) {

    public ReadPaper {
        sections = List.copyOf(sections == null ? List.of() : sections);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** How many questions were found in all sections. */
    public int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }
}
