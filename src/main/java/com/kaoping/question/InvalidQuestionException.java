package com.kaoping.question;

import java.util.List;

/** The question breaks the bank's rules; nothing was saved. */
public class InvalidQuestionException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidQuestionException(List<Violation> violations) {
        super("invalid question: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
