package com.kaoping.transfer.reading;

import com.kaoping.question.QuestionKind;

/**
 * A question's kind: from its section's title when the title names one, else from the item itself
 * (options, how many letters its key has, a √/× key, a question about the candidate's own past, a
 * shared case). A kind taken from the item is a guess and says so.
 */
final class Kinds {

    private Kinds() {
    }

    record Kind(QuestionKind kind, boolean guessed) {
    }

    /**
     * @param key the key as read ("A,C", TRUE/FALSE) or null
     */
    static Kind of(Cues.KindHint hint, int options, String key, String stemNorm, boolean sharedCase) {
        boolean several = key != null && key.indexOf(',') > 0;
        boolean trueFalse = Keys.TRUE.equals(key) || Keys.FALSE.equals(key);
        if (hint != null) {
            switch (hint) {
                case SINGLE:
                    return new Kind(QuestionKind.SINGLE_CHOICE, false);
                case MULTIPLE:
                    return new Kind(QuestionKind.MULTIPLE_CHOICE, false);
                case TRUE_FALSE:
                    return new Kind(QuestionKind.TRUE_FALSE, false);
                case SHORT:
                    return new Kind(QuestionKind.SHORT_ANSWER, false);
                case CASE:
                    return new Kind(QuestionKind.CASE_ANALYSIS, false);
                case SCENARIO:
                    return new Kind(QuestionKind.SCENARIO, false);
                case BEHAVIOURAL:
                    return new Kind(QuestionKind.BEHAVIOURAL, false);
                case ESSAY:
                    return new Kind(QuestionKind.ESSAY, false);
                case CHOICE:
                    // "选择题" says choice; one letter or several says which, and without a key it is a guess
                    if (several || stemNorm.contains("多选")) {
                        return new Kind(QuestionKind.MULTIPLE_CHOICE, key == null);
                    }
                    return new Kind(QuestionKind.SINGLE_CHOICE, key == null);
                case INTERVIEW:
                default:
                    break;
            }
        }
        if (options >= 2 && !trueFalse) {
            return new Kind(several || stemNorm.contains("多选") ? QuestionKind.MULTIPLE_CHOICE : QuestionKind.SINGLE_CHOICE, true);
        }
        if (trueFalse) {
            return new Kind(QuestionKind.TRUE_FALSE, true);
        }
        if (Cues.asksAboutOwnPast(stemNorm)) {
            return new Kind(QuestionKind.BEHAVIOURAL, true);
        }
        if (sharedCase) {
            return new Kind(QuestionKind.CASE_ANALYSIS, true);
        }
        if (Cues.setsAScene(stemNorm)) {
            return new Kind(QuestionKind.SCENARIO, true);
        }
        if (stemNorm.contains("论述")) {
            return new Kind(QuestionKind.ESSAY, true);
        }
        return new Kind(QuestionKind.SHORT_ANSWER, true);
    }
}
