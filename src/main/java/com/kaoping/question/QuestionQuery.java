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

    public static QuestionQuery all() {
        return new QuestionQuery(null, null, null, null, null, false, null);
    }

    public static QuestionQuery ofCase(long caseId) {
        return new QuestionQuery(null, null, null, null, null, false, caseId);
    }
}
