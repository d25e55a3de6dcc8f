package com.kaoping.transfer;

import java.util.List;

/** Some reviewed questions break the bank's rules; nothing was written. */
public class InvalidImportException extends RuntimeException {

    private final List<ImportPlan.Problem> problems;

    public InvalidImportException(List<ImportPlan.Problem> problems) {
        super("invalid import: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ImportPlan.Problem> problems() {
        return problems;
    }
}
