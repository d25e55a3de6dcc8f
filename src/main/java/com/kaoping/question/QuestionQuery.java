package com.kaoping.question;

/**
 * Filters of the bank's list; every part is optional.
 *
 * @param text words that must all appear in stem, background or tags (Chinese or English)
 * @param archived false: active questions only; true: archived only
 * @param caseId only the questions of this case
 */
public record QuestionQuery(String text, QuestionFamily family, QuestionKind kind, String tag, Integer difficulty,
                            boolean archived, Long caseId) {

    /**
     * The most a search may ask for. Each word is one more condition over the whole bank: an
     * unbounded list (a crafted request of thousands) made a few searches stall the server.
     */
    public static final int TEXT_MAX = 100;
    public static final int WORDS_MAX = 10;

    /** The search words (any white space separates them, the full-width one too); empty without a search. */
    public java.util.List<String> words() {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(text.split("(?U)\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** True when the search asks for more than a search may: it is refused, not run. */
    public boolean tooBroad() {
        return text != null && (text.length() > TEXT_MAX || words().size() > WORDS_MAX)
                || tag != null && tag.length() > TEXT_MAX;
    }

    public static QuestionQuery all() {
        return new QuestionQuery(null, null, null, null, null, false, null);
    }

    public static QuestionQuery ofCase(long caseId) {
        return new QuestionQuery(null, null, null, null, null, false, caseId);
    }
}
