package com.kaoping.transfer.documents;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/**
 * Turns an uploaded file into the paper's text, one paragraph a line: {@code .docx} (with Word's
 * automatic numbering written out as text), {@code .doc}, {@code .txt} in UTF-8, GB18030/GBK or
 * Big5 (detected), and {@code .pdf} with a text layer. Pure: no Spring, no database.
 *
 * <p>Every refusal is an {@link UnreadableDocumentException} with its reason; nothing else escapes
 * (library exceptions are caught and mapped). The type is the file name's extension, checked
 * against the content: a {@code .docx} must be a zip (or a password-protected Word file, which is
 * an OLE2 container), a {@code .pdf} must start as one. Word's two formats are told apart by their
 * content: a {@code .doc} that is really a {@code .docx} (a zip), or the reverse, is read as what
 * it is, as Word itself does.
 */
public final class DocumentText {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * The most text any document may give, in characters. A text file within {@link #MAX_BYTES}
     * never exceeds it (no supported encoding takes less than a byte a character); a Word or PDF
     * file that expands past it is refused as {@link Reason#TOO_LARGE}.
     */
    public static final int MAX_CHARS = MAX_BYTES;

    /**
     * The text of {@code content}, a file named {@code filename} (the name's extension says its
     * type; the content is checked to match).
     *
     * @throws UnreadableDocumentException when the file cannot be read, with the reason
     */
    public String extract(String filename, byte[] content) {
        String type = extension(filename);
        if (!type.equals("docx") && !type.equals("doc") && !type.equals("txt") && !type.equals("pdf")) {
            throw new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE,
                    "not .docx, .doc, .txt or .pdf: " + (filename == null ? "no name" : filename));
        }
        if (content == null || content.length == 0) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, "an empty file");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, content.length + " bytes, over " + MAX_BYTES);
        }
        String text;
        try {
            text = switch (type) {
                case "docx", "doc" -> word(type, content);
                case "pdf" -> pdf(content);
                default -> txt(content);
            };
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "password-protected", e);
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "nested too deeply to read", null);
        } catch (Exception e) {
            throw mapped(e);
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, "no text in the document");
        }
        return text;
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        String name = filename.trim();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    // ---- Word ----

    private static String word(String type, byte[] content) throws IOException {
        if (ZipGuard.isZip(content)) {
            return docx(content);
        }
        if (ZipGuard.isOle2(content)) {
            try (POIFSFileSystem fs = new POIFSFileSystem(ZipGuard.stream(content))) {
                DirectoryNode root = fs.getRoot();
                if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                    throw new UnreadableDocumentException(Reason.ENCRYPTED, "a password-protected Word file");
                }
                if (!root.hasEntry("WordDocument")) {
                    throw new UnreadableDocumentException(Reason.CORRUPT, "an Office file that is not a Word document");
                }
                return doc(fs);
            }
        }
        throw new UnreadableDocumentException(Reason.CORRUPT, "not a Word " + "." + type + " file");
    }

    private static String docx(byte[] content) throws IOException {
        ZipGuard.check(content);
        TextSink out = new TextSink(MAX_CHARS);
        try (XWPFDocument doc = new XWPFDocument(ZipGuard.stream(content))) {
            DocxText.extract(doc, out);
        }
        return out.text();
    }

    private static String doc(POIFSFileSystem fs) throws IOException {
        TextSink out = new TextSink(MAX_CHARS);
        try (HWPFDocument doc = new HWPFDocument(fs)) {
            DocText.extract(doc, out);
        }
        return out.text();
    }

    // ---- PDF ----

    private static String pdf(byte[] content) throws IOException {
        if (!ZipGuard.isPdf(content)) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "not a PDF file");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "a PDF that needs a password to open", e);
        }
        try (doc) {
            return PdfText.extract(doc, MAX_CHARS);
        }
    }

    // ---- text ----

    private static String txt(byte[] content) {
        if (ZipGuard.isZip(content) || ZipGuard.isOle2(content) || ZipGuard.isPdf(content)) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "a Word or PDF file named .txt");
        }
        return normaliseLines(TextEncoding.decode(content));
    }

    /** {@code \r\n}, {@code \r}, and the Unicode line and paragraph separators become {@code \n}; a leading BOM goes. */
    static String normaliseLines(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int start = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
                b.append('\n');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    // ---- library exceptions to reasons ----

    private static UnreadableDocumentException mapped(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnreadableDocumentException u) {
                return u;
            }
            if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException) {
                return new UnreadableDocumentException(Reason.ENCRYPTED, "password-protected", e);
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceed the max")) {
                return new UnreadableDocumentException(Reason.ZIP_BOMB, "expands far beyond its size", e);
            }
            if (message.contains("doctype") || message.contains("external entit")) {
                return new UnreadableDocumentException(Reason.EXTERNAL_ENTITY, "XML with a DOCTYPE or entities", e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new UnreadableDocumentException(Reason.CORRUPT, "damaged or not what its name says: " + e.getClass().getSimpleName(), e);
    }
}
