package com.kaoping.transfer.reading;

import java.util.List;

/**
 * The result of reading one paper: the cleaned source lines (what the review page shows beside
 * the paper; {@link ReadQuestion.SourceLines} point into them, 1-based) and what was understood.
 */
public record Reading(List<String> lines, Script script, ReadPaper paper) {

    public Reading {
        lines = List.copyOf(lines);
    }
}
