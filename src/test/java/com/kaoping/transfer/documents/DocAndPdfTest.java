package com.kaoping.transfer.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.junit.jupiter.api.Test;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/** Word 97-2003 {@code .doc} (HWPF, numbering included) and PDF with a text layer. */
class DocAndPdfTest {

    static final List<String> PAPER = List.of(
            "2026年客户服务专员招聘笔试",
            "考试时间：60分钟　总分：100分",
            "一、情景模拟题（共2题，每题20分）",
            "1. 客户来电投诉快递延误，情绪激动。请写出你的处理步骤。",
            "(1) 倾听与共情（5分）",
            "(2) 核实信息（5分）",
            "2. 客户要求退款但已超过期限，你如何回应？",
            "(1) 说明政策（10分）",
            "二、简答题",
            "1. 什么是首问负责制？",
            "2. 列举三种安抚客户情绪的方法。");

    private final DocumentText documents = new DocumentText();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = DocAndPdfTest.class.getResourceAsStream("/documents/" + name)) {
            return in.readAllBytes();
        }
    }

    private List<String> lines(String name, byte[] content) {
        return List.of(documents.extract(name, content).split("\n")).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void theDocxSourceOfTheFixturesReadsAsThePaper() throws IOException {
        assertEquals(PAPER, lines("paper.docx", fixture("paper.docx")));
        assertEquals(PAPER, lines("paper.docx", DocumentFixtures.paper()));
    }

    @Test
    void aDocReadsWithItsListNumbersWrittenOut() throws IOException {
        assertEquals(PAPER, lines("paper.doc", fixture("paper.doc")));
    }

    @Test
    void aDocxWrittenByLibreOfficeReadsTheSame() throws IOException {
        // LibreOffice's own XML (its .doc saved back as .docx): other namespaces, section properties,
        // tab stops, the section numbers as taiwaneseCountingThousand
        assertEquals(PAPER, lines("paper.docx", fixture("paper-libreoffice.docx")));
    }

    @Test
    void aWordFileIsReadAsWhatItIsWhicheverWordExtensionItCarries() throws IOException {
        assertEquals(PAPER, lines("paper.docx", fixture("paper.doc")));
        assertEquals(PAPER, lines("paper.doc", fixture("paper.docx")));
    }

    @Test
    void aDocTableReadsRowByRow() throws IOException {
        List<String> expected = List.of("一、单项选择题", "1. 客户情绪激动时，首先应该：", "A. 耐心倾听\tB. 立即挂断",
                "C. 转接主管\tD. 要求冷静", "2. 简述道歉的要点。", "参考答案：", "先致歉，再核实。", "（完）");
        assertEquals(expected, lines("table.doc", fixture("table.doc")));
        assertEquals(expected, lines("table.docx", fixture("table.docx")));
    }

    @Test
    void aPasswordProtectedDocIsEncrypted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(fixture("paper.doc")))) {
            Biff8EncryptionKey.setCurrentUserPassword("s3cret");
            doc.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertEquals(Reason.ENCRYPTED,
                assertThrows(UnreadableDocumentException.class, () -> documents.extract("paper.doc", out.toByteArray())).reason());
    }

    @Test
    void aPdfWithATextLayerReadsLineByLine() throws IOException {
        List<String> lines = lines("paper.pdf", fixture("paper.pdf"));
        // LibreOffice spaces Latin digits from Chinese and draws the tab after a number: the PDF shows those gaps
        List<String> squeezed = lines.stream().map(l -> l.replaceAll("(?<=[\\p{IsHan}、]) (?=[\\p{IsHan}\\d])", "")).toList();
        assertEquals(PAPER, squeezed);
    }

    @Test
    void aPdfIsReadInTheOrderOfThePageNotOfItsDrawing() throws IOException {
        byte[] pdf = pdf(page -> {
            text(page, 700, "2. Second question");
            text(page, 750, "Customer service test");
            text(page, 725, "1. First question");
        }, null);
        assertEquals(List.of("Customer service test", "1. First question", "2. Second question"), lines("paper.pdf", pdf));
    }

    @Test
    void aPdfWithoutTextIsNoText() throws IOException {
        assertEquals(Reason.NO_TEXT, assertThrows(UnreadableDocumentException.class,
                () -> documents.extract("scan.pdf", pdf(page -> { }, null))).reason());
    }

    @Test
    void aPdfThatNeedsAPasswordIsEncryptedButOneOnlyRestrictedByItsOwnerIsRead() throws IOException {
        byte[] locked = pdf(page -> text(page, 700, "1. Question"), new StandardProtectionPolicy("owner", "user", new AccessPermission()));
        assertEquals(Reason.ENCRYPTED,
                assertThrows(UnreadableDocumentException.class, () -> documents.extract("paper.pdf", locked)).reason());

        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        byte[] restricted = pdf(page -> text(page, 700, "1. Question"), new StandardProtectionPolicy("owner", "", noCopy));
        assertEquals(List.of("1. Question"), lines("paper.pdf", restricted));
    }

    @Test
    void aSmallPdfThatDrawsForeverIsRefusedQuickly() throws IOException {
        // 20 MB of drawing operations (save and restore the graphics state, ten million times) deflate to
        // some 30 KB; without a bound, reading them takes many seconds
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(9))) {
            byte[] chunk = "q Q\n".repeat(50_000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 20L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(deflated.toByteArray());
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            doc.save(out);
            pdf = out.toByteArray();
        }
        long start = System.nanoTime();
        assertEquals(Reason.TOO_LARGE,
                assertThrows(UnreadableDocumentException.class, () -> documents.extract("paper.pdf", pdf)).reason());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("a " + pdf.length + "-byte PDF drawing 20 MB of operations refused in " + millis + " ms");
        assertTrue(millis < 5000, millis + " ms");
    }

    private interface Drawing {
        void draw(PDPageContentStream page) throws IOException;
    }

    private static void text(PDPageContentStream page, float y, String text) throws IOException {
        page.beginText();
        page.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        page.newLineAtOffset(72, y);
        page.showText(text);
        page.endText();
    }

    private static byte[] pdf(Drawing drawing, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                drawing.draw(content);
            }
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                doc.protect(protection);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
