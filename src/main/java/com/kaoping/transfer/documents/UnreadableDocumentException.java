package com.kaoping.transfer.documents;

/** A file that gives no text, with the reason the user is told ({@code import.refused.<REASON>}). */
public class UnreadableDocumentException extends RuntimeException {

    public enum Reason {
        /** Over {@link DocumentText#MAX_BYTES}, or expanding beyond a sane size. */
        TOO_LARGE,
        /** Not one of .docx, .doc, .txt, .pdf. */
        UNSUPPORTED_TYPE,
        /** The bytes are not what the name says, or are damaged. */
        CORRUPT,
        /** Password-protected. */
        ENCRYPTED,
        /** A zip that expands far beyond its size (a zip bomb). */
        ZIP_BOMB,
        /** XML that declares a DOCTYPE or external entities. */
        EXTERNAL_ENTITY,
        /** Text in no encoding we can read. */
        UNKNOWN_ENCODING,
        /** A PDF without a text layer (a scan), or a document with no text at all. */
        NO_TEXT
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public UnreadableDocumentException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
