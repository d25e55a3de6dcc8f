package com.kaoping.grading;

import org.springframework.security.access.AccessDeniedException;

/** The attempt or candidate is not assigned to this grader (or they do not lead its panel). */
public class NotAssignedException extends AccessDeniedException {

    private final String key;

    public NotAssignedException(String key) {
        super(key);
        this.key = key;
    }

    public NotAssignedException() {
        this("grading.notAssigned");
    }

    public String key() {
        return key;
    }
}
