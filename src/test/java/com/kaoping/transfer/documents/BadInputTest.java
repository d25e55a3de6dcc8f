package com.kaoping.transfer.documents;

import static com.kaoping.transfer.documents.RawDocx.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/** Every bad file is refused with its reason, and nothing but {@link UnreadableDocumentException} escapes. */
class BadInputTest {

    private final DocumentText documents = new DocumentText();

    private Reason refused(String name, byte[] content) {
        return assertThrows(UnreadableDocumentException.class, () -> documents.extract(name, content)).reason();
    }

    private static byte[] paper() {
        return CorpusDocx.write(List.of(CorpusDocx.section("简答题"), CorpusDocx.question("什么是首问负责制?")));
    }

    private static byte[] random(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void overTheSizeLimit() {
        byte[] big = new byte[DocumentText.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        for (String name : List.of("paper.txt", "paper.docx", "paper.doc", "paper.pdf")) {
            assertEquals(Reason.TOO_LARGE, refused(name, big), name);
        }
    }

    @Test
    void unknownTypes() {
        assertEquals(Reason.UNSUPPORTED_TYPE, refused("paper.xlsx", paper()));
        assertEquals(Reason.UNSUPPORTED_TYPE, refused("paper", paper()));
        assertEquals(Reason.UNSUPPORTED_TYPE, refused(null, paper()));
        assertEquals(Reason.UNSUPPORTED_TYPE, refused("paper.docx.exe", paper()));
        assertEquals("一、简答题\n1. 什么是首问负责制?\n", documents.extract("C:\\Users\\hr\\试卷.DOCX", paper()));
    }

    @Test
    void corruptOrMisnamedFiles() {
        byte[] docx = paper();
        assertEquals(Reason.CORRUPT, refused("paper.docx", random(5000, 1)));
        assertEquals(Reason.CORRUPT, refused("paper.docx", Arrays.copyOf(docx, docx.length / 2)), "a truncated zip");
        assertEquals(Reason.CORRUPT, refused("paper.docx", "一、简答题".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.CORRUPT, refused("paper.doc", random(5000, 2)));
        assertEquals(Reason.CORRUPT, refused("paper.pdf", random(5000, 3)));
        assertEquals(Reason.CORRUPT, refused("paper.pdf", "%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Reason.CORRUPT, refused("paper.txt", docx), "a .docx named .txt");
        Map<String, byte[]> notOffice = new LinkedHashMap<>();
        notOffice.put("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.CORRUPT, refused("paper.docx", RawDocx.zip(notOffice)), "a zip that is no Word file");
        byte[] ole2Header = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 4096);
        assertEquals(Reason.CORRUPT, refused("paper.doc", ole2Header), "an OLE2 header and nothing behind it");
    }

    @Test
    void emptyDocuments() {
        assertEquals(Reason.NO_TEXT, refused("paper.txt", new byte[0]));
        assertEquals(Reason.NO_TEXT, refused("paper.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.NO_TEXT, refused("paper.docx", CorpusDocx.write(List.of())));
        assertEquals(Reason.NO_TEXT, refused("paper.docx", CorpusDocx.write(List.of(CorpusDocx.plain("   ")))));
        assertEquals(Reason.NO_TEXT, refused("paper.docx", null));
    }

    @Test
    void aDocumentPartExpandingPastFiftyMegabytesIsAZipBomb() {
        // 60 MB of paragraphs that deflate to well under a megabyte
        String para = p("一二三四五六七八九十");
        StringBuilder body = new StringBuilder(61 * 1024 * 1024);
        while (body.length() < 60 * 1024 * 1024) {
            body.append(para);
        }
        byte[] bomb = new RawDocx().body(body.toString()).bytes();
        assertTrue(bomb.length < DocumentText.MAX_BYTES, "the bomb itself is small: " + bomb.length);
        assertEquals(Reason.ZIP_BOMB, refused("paper.docx", bomb));
    }

    @Test
    void aPartInflatingMoreThanAHundredTimesIsAZipBomb() {
        // 5 MB of zeros as an "image": it deflates about a thousand times
        byte[] bomb = new RawDocx().body(p("题")).entry("word/media/image1.png", new byte[5 * 1024 * 1024]).bytes();
        assertEquals(Reason.ZIP_BOMB, refused("paper.docx", bomb));
    }

    @Test
    void textExpandingPastTheCharacterLimitIsTooLarge() {
        // random digits: they deflate about 2.4 times, so no zip bomb, yet give more text than allowed
        Random random = new Random(7);
        StringBuilder body = new StringBuilder();
        char[] digits = new char[10_000];
        int chars = 0;
        while (chars <= DocumentText.MAX_CHARS) {
            for (int i = 0; i < digits.length; i++) {
                digits[i] = (char) ('0' + random.nextInt(10));
            }
            body.append(p(new String(digits)));
            chars += digits.length + 1;
        }
        byte[] docx = new RawDocx().body(body.toString()).bytes();
        assertTrue(docx.length < DocumentText.MAX_BYTES, "compressed: " + docx.length);
        assertEquals(Reason.TOO_LARGE, refused("paper.docx", docx));
    }

    @Test
    void aDoctypeOrExternalEntityIsRefusedAndNoFileIsRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] xxe = new RawDocx().prolog(doctype).body(p("&xxe;")).bytes();
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> documents.extract("paper.docx", xxe));
        assertEquals(Reason.EXTERNAL_ENTITY, e.reason());
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET"));

        // a DOCTYPE hidden behind a long comment gets past the quick look and is refused by POI's
        // secure XML parser, and that refusal is mapped to the same reason
        String padding = "<!--" + "x".repeat(70 * 1024) + "-->";
        byte[] hidden = new RawDocx().prolog(padding + doctype).body(p("&xxe;")).bytes();
        UnreadableDocumentException e2 = assertThrows(UnreadableDocumentException.class,
                () -> documents.extract("paper.docx", hidden));
        assertEquals(Reason.EXTERNAL_ENTITY, e2.reason(), String.valueOf(e2.getCause()));
        assertFalse(String.valueOf(e2.getMessage()).contains("TOP-SECRET"));

        // a billion laughs needs a DOCTYPE too
        String laughs = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        assertEquals(Reason.EXTERNAL_ENTITY, refused("paper.docx", new RawDocx().prolog(laughs).body(p("&b;")).bytes()));
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("s3cret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(paper()));
                OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();

        assertEquals(Reason.ENCRYPTED, refused("paper.docx", out.toByteArray()));
        assertEquals(Reason.ENCRYPTED, refused("paper.doc", out.toByteArray()));
    }
}
