package com.kaoping.paper;

import java.util.List;

/**
 * An edit or a publication the paper's rules refuse; the message key says why. A refusal that
 * is about one value the author typed names it ({@link #field()}, as the service's parameter is
 * called), so the form can show the message beside that input.
 */
public class PaperRuleException extends RuntimeException {

    private final String field;
    private final String code;
    private final List<Object> args;

    public PaperRuleException(String code, Object... args) {
        this(null, code, List.of(args));
    }

    private PaperRuleException(String field, String code, List<Object> args) {
        super(code);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    /** A refusal of one value: field is the parameter it came in (title, count, pointsEach …). */
    public static PaperRuleException of(String field, String code, Object... args) {
        return new PaperRuleException(field, code, List.of(args));
    }

    /** The value refused, or null when the refusal is about the paper as a whole. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
