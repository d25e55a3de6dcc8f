package com.kaoping.transfer.documents;

/**
 * The extracted text, one paragraph a line, bounded: past {@link DocumentText#MAX_CHARS} the
 * extraction stops with {@link UnreadableDocumentException.Reason#TOO_LARGE}, so that a small
 * file cannot expand into memory.
 */
final class TextSink {

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;

    TextSink(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Appends one paragraph; line breaks inside it (soft breaks, {@code \r}) become lines. */
    void line(String paragraph) {
        append(paragraph == null ? "" : paragraph);
        append("\n");
    }

    void append(CharSequence s) {
        if (text.length() + s.length() > maxChars) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    "more than " + maxChars + " characters of text");
        }
        text.append(s);
    }

    String text() {
        return text.toString();
    }
}
