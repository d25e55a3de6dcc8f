package com.kaoping.transfer.reading;

import java.util.List;

/**
 * Something a person must decide. The reader gives a code and its arguments; the web layer says
 * it in the user's language ({@code import.warning.<CODE>} in the message bundles).
 *
 * @param section the section's place in the paper, 1-based, or null for the whole paper
 * @param question the question's place in its section, 1-based, or null
 * @param args the message's arguments, in the order the message uses them
 */
public record ReadWarning(Code code, Integer section, Integer question, List<String> args) {

    public ReadWarning {
        args = List.copyOf(args == null ? List.of() : args);
    }

    public enum Code {
        /** A question's rubric steps do not add up to its points ({0} steps, {1} question). */
        STEP_POINTS_MISMATCH,
        /** A section's questions do not add up to its stated total ({0} sum, {1} stated). */
        SECTION_POINTS_MISMATCH,
        /** A section holds another number of questions than it says ({0} found, {1} stated). */
        SECTION_COUNT_MISMATCH,
        /** The sections do not add up to the stated paper total ({0} sum, {1} stated). */
        PAPER_TOTAL_MISMATCH,
        /** A choice or true/false question has no key. */
        MISSING_KEY,
        /** A question's points are not stated anywhere. */
        MISSING_POINTS,
        /** The numbering jumps ({0} expected, {1} found). */
        NUMBERING_JUMP,
        /** The numbering starts again where it was not expected to ({0} found). */
        NUMBERING_RESTART,
        /** The paper stops mid-question; the incomplete part ({0}) was kept but needs a look. */
        TRUNCATED,
        /** Garbled characters in the text ({0}), kept as they are. */
        GARBLED_TEXT,
        /** The kind was guessed from the question itself, not stated by a section title ({0}). */
        KIND_GUESSED,
        /** An answer gathered at the end names a question that was not found ({0}). */
        ANSWER_WITHOUT_QUESTION,
        /** A question with this stem is already in the bank ({0}: the bank question's id). */
        LIKELY_DUPLICATE
    }
}
