package com.kaoping.transfer.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a paper's text into sections, questions, keys and rubrics. Pure: no Spring, no database,
 * no I/O, so it is tested fast and on its own. Time is linear in the text's length.
 *
 * <p>Three passes: the {@link Cleaner} takes out site noise and cuts one-line pastes into items
 * (these cleaned lines are what the review shows and what {@link ReadQuestion.SourceLines} point
 * into); the {@link Structure} reads them into a tree of sections and questions; {@link Settle}
 * decides kinds, keys, points and rubrics and says where a person must decide.
 */
public final class PaperReader {

    /** Reads {@code text} (any layout of {@code import.md}), storing Chinese in {@code script}. */
    public Reading read(String text, Script script) {
        Script chosen = script == null ? Script.SIMPLIFIED : script;
        Cleaner.Cleaned cleaned = new Cleaner(chosen).clean(text == null ? "" : text);
        Structure structure = new Structure(cleaned.lines()).read();
        ReadPaper paper = new Settle(structure, cleaned).paper();
        List<String> lines = new ArrayList<>(cleaned.lines().size());
        for (Cleaner.Line l : cleaned.lines()) {
            lines.add(l.text());
        }
        return new Reading(lines, chosen, paper);
    }
}
