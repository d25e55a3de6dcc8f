package com.kaoping.paper;

import java.util.List;

/** An edit or a publication the paper's rules refuse; the message key says why. */
public class PaperRuleException extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public PaperRuleException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
