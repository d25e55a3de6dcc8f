package com.kaoping.transfer.documents;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/**
 * The text layer of a PDF, lines sorted by their place on the page, with the work bounded: a PDF
 * is a program, and a small file can run long (a content stream that inflates a thousandfold, a
 * form drawn a million times). Past {@link #MAX_PAGES} pages, {@link #MAX_OPERATORS} content
 * operators or {@link DocumentText#MAX_CHARS} characters the file is refused as too large.
 */
final class PdfText extends PDFTextStripper {

    static final int MAX_PAGES = 1_000;
    /**
     * A text page has a few hundred to a few thousand; this allows some 250 dense pages, and keeps
     * a hostile file to about a second (and PDFBox's warnings about broken operations, one log
     * line each, to a bounded number).
     */
    static final long MAX_OPERATORS = 500_000;

    private long operators;
    private long characters;

    private PdfText() {
        setSortByPosition(true);
        setLineSeparator("\n");
        setParagraphEnd("");
        setPageEnd("\n");
    }

    static String extract(PDDocument doc, int maxChars) throws IOException {
        if (doc.getNumberOfPages() > MAX_PAGES) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, doc.getNumberOfPages() + " pages, over " + MAX_PAGES);
        }
        TextSink out = new TextSink(maxChars);
        new PdfText().writeText(doc, new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                out.append(CharBuffer.wrap(buf, off, len));
            }

            @Override
            public void write(String s) {
                out.append(s);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return out.text();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > MAX_OPERATORS) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + MAX_OPERATORS + " drawing operations");
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++characters > DocumentText.MAX_CHARS) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + DocumentText.MAX_CHARS + " characters of text");
        }
        super.processTextPosition(text);
    }
}
