package com.kaoping.question;

import java.util.Arrays;
import java.util.List;

/** The eight kinds of question found in customer-service papers (domain.md). */
public enum QuestionKind {
    SINGLE_CHOICE(QuestionFamily.KNOWLEDGE, true),
    MULTIPLE_CHOICE(QuestionFamily.KNOWLEDGE, true),
    TRUE_FALSE(QuestionFamily.KNOWLEDGE, true),
    SHORT_ANSWER(QuestionFamily.KNOWLEDGE, false),
    CASE_ANALYSIS(QuestionFamily.KNOWLEDGE, false),
    SCENARIO(QuestionFamily.SCENARIO, false),
    BEHAVIOURAL(QuestionFamily.BEHAVIOURAL, false),
    ESSAY(QuestionFamily.KNOWLEDGE, false);

    private final QuestionFamily family;
    private final boolean machineScored;

    QuestionKind(QuestionFamily family, boolean machineScored) {
        this.family = family;
        this.machineScored = machineScored;
    }

    public QuestionFamily family() {
        return family;
    }

    /** Scored by the machine from a key (choice, true/false); the others are graded against a rubric. */
    public boolean isMachineScored() {
        return machineScored;
    }

    public boolean isRubricScored() {
        return !machineScored;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public static List<QuestionKind> of(QuestionFamily family) {
        return Arrays.stream(values()).filter(k -> k.family == family).toList();
    }
}
