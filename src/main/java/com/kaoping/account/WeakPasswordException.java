package com.kaoping.account;

import java.util.List;

/** A password the policy refuses; {@code problems} are message keys, each saying what is wrong. */
public class WeakPasswordException extends RuntimeException {

    private final List<String> problems;

    public WeakPasswordException(List<String> problems) {
        super("weak password: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
