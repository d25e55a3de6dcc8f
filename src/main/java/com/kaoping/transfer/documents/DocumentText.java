package com.kaoping.transfer.documents;

/**
 * Turns an uploaded file into the paper's text, one paragraph a line: {@code .docx} (with Word's
 * automatic numbering written out as text), {@code .doc}, {@code .txt} in UTF-8, GB18030/GBK or
 * Big5 (detected), and {@code .pdf} with a text layer. Pure: no Spring, no database.
 */
public final class DocumentText {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * The text of {@code content}, a file named {@code filename} (the name's extension says its
     * type; the content is checked to match).
     *
     * @throws UnreadableDocumentException when the file cannot be read, with the reason
     */
    public String extract(String filename, byte[] content) {
        throw new UnsupportedOperationException("not yet");
    }
}
