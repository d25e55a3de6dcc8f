package com.kaoping.sitting;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One autosave as a candidate's page sends it.
 *
 * @param position the question's place in the attempt (0-based)
 * @param writer the sending page's id: random, one per loaded sheet (a tab, a phone, a laptop); it
 *        is stored with the answer so that a refused save can tell "my own save is stored" from
 *        "another tab's text is stored"
 * @param seq this save's number; only grows within one writer
 * @param baseSeq the stored version this edit was made on (0: none yet); a save is taken only on
 *        top of exactly that version, so nothing is ever overwritten unseen
 * @param choices the chosen options' shown positions (the page never learns their own order)
 */
public record AnswerSave(int position, String writer, long seq, long baseSeq, List<Integer> choices,
                         Boolean trueFalse, String text, boolean flagged) {

    /** What a writer id may look like: what the page makes, and nothing that could surprise a log or a query. */
    private static final Pattern WRITER = Pattern.compile("[A-Za-z0-9_-]{8,32}");

    /** Sequence numbers stay within what a browser counts exactly (2^53 - 1). */
    public static final long MAX_SEQ = 9_007_199_254_740_991L;

    /** True when the save is well formed: a writer id, a seq above its base, no empty choice. */
    public boolean wellFormed() {
        return writer != null && WRITER.matcher(writer).matches() && position >= 0 && seq > baseSeq
                && seq <= MAX_SEQ && baseSeq >= 0 && (choices == null || choices.stream().allMatch(Objects::nonNull));
    }

}
