package com.kaoping.transfer.reading;

/**
 * Reads a paper's text into sections, questions, keys and rubrics. Pure: no Spring, no database,
 * no I/O, so it is tested fast and on its own. Time is linear in the text's length.
 */
public final class PaperReader {

    /** Reads {@code text} (any layout of {@code import.md}), storing Chinese in {@code script}. */
    public Reading read(String text, Script script) {
        throw new UnsupportedOperationException("not yet");
    }
}
