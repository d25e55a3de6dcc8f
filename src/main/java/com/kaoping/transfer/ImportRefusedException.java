package com.kaoping.transfer;

/**
 * A paper that cannot be imported at all, with the reason the user is told
 * ({@code import.refused.<REASON>}); nothing was written.
 */
public class ImportRefusedException extends RuntimeException {

    public enum Reason {
        /** Nothing pasted and no file chosen. */
        EMPTY,
        /** Pasted text over {@link PaperImport#MAX_CHARS}. */
        TEXT_TOO_LONG,
        /** Text in which no question was found. */
        NO_QUESTIONS,
        /** More questions than {@link PaperImport#MAX_QUESTIONS}: not one paper. */
        TOO_MANY_QUESTIONS,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        CORRUPT,
        ENCRYPTED,
        ZIP_BOMB,
        EXTERNAL_ENTITY,
        UNKNOWN_ENCODING,
        NO_TEXT
    }

    private final Reason reason;

    public ImportRefusedException(Reason reason, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
    }

    public ImportRefusedException(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }
}
