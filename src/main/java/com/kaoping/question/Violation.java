package com.kaoping.question;

import java.util.List;

/**
 * One broken rule of a question: the form field it belongs to (as the edit form names it),
 * a message key and its arguments.
 */
public record Violation(String field, String code, List<Object> args) {

    public Violation(String field, String code, Object... args) {
        this(field, code, List.of(args));
    }
}
