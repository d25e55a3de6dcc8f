package com.kaoping.grading;

/** A grading action the rules refuse; the key names the message shown to the user. */
public class GradingRuleException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public GradingRuleException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
