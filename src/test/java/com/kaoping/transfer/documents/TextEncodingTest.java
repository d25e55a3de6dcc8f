package com.kaoping.transfer.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/** Uploaded .txt papers in the encodings people have: UTF-8 (BOM or not), UTF-16 with a BOM, GBK/GB18030, Big5. */
class TextEncodingTest {

    static final String SIMPLIFIED = """
            2026年客户服务专员招聘笔试
            考试时间：60分钟　总分：100分
            一、单项选择题（每题2分，共10分）
            1. 客户在电话中情绪激动，首先应该：
            A. 立即转接主管　B. 耐心倾听并表示理解　C. 要求客户冷静　D. 挂断电话
            答案：B
            二、简答题（共20分）
            1. 请简述“首问负责制”的含义。(10分)
            参考答案：首位接待客户的员工负责跟踪问题，直至解决。
            解析：评分侧重于：①是否体现责任意识；②是否说明跟进方式。
            """;

    static final String TRADITIONAL = """
            2026年客戶服務專員招聘筆試
            考試時間：60分鐘　總分：100分
            一、單項選擇題（每題2分，共10分）
            1. 客戶在電話中情緒激動，首先應該：
            A. 立即轉接主管　B. 耐心傾聽並表示理解　C. 要求客戶冷靜　D. 掛斷電話
            答案：B
            二、簡答題（共20分）
            1. 請簡述「首問負責制」的含義。(10分)
            參考答案：首位接待客戶的員工負責跟蹤問題，直至解決。
            """;

    private final DocumentText documents = new DocumentText();

    private String read(byte[] bytes) {
        return documents.extract("paper.txt", bytes);
    }

    private static byte[] encode(String s, String charset) {
        ByteBuffer b = Charset.forName(charset).encode(s);
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() {
        assertEquals(SIMPLIFIED, read(SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        assertEquals(SIMPLIFIED, read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                SIMPLIFIED.getBytes(StandardCharsets.UTF_8))));
        assertEquals(TRADITIONAL, read(TRADITIONAL.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf16WithBom() {
        assertEquals(SIMPLIFIED, read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, encode(SIMPLIFIED, "UTF-16LE"))));
        assertEquals(TRADITIONAL, read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, encode(TRADITIONAL, "UTF-16BE"))));
    }

    @Test
    void gbkAndGb18030() {
        assertEquals(SIMPLIFIED, read(encode(SIMPLIFIED, "GBK")));
        assertEquals(SIMPLIFIED, read(encode(SIMPLIFIED, "GB18030")));
        // traditional characters written in GBK (a mainland Windows user typing 繁體) stay GBK
        assertEquals(TRADITIONAL, read(encode(TRADITIONAL, "GBK")));
    }

    @Test
    void big5() {
        assertEquals(TRADITIONAL, read(encode(TRADITIONAL, "Big5")));
        assertEquals(TRADITIONAL, read(encode(TRADITIONAL, "x-windows-950")));
    }

    @Test
    void shortChineseLinesAreNotMistakenForTheOtherEncoding() {
        for (String s : List.of("一、单选题", "答案：B", "二、简答题（20分）", "参考答案", "客户服务", "第一题", "判断题：√",
                "情景模拟题", "考试时间：120分钟")) {
            assertEquals(s, read(encode(s, "GBK")), "GBK: " + s);
        }
        for (String s : List.of("一、單選題", "答案：B", "二、簡答題（20分）", "參考答案", "客戶服務", "第一題", "判斷題",
                "情景模擬題", "考試時間：120分鐘")) {
            assertEquals(s, read(encode(s, "Big5")), "Big5: " + s);
        }
    }

    @Test
    void lineEndingsAreNormalised() {
        assertEquals("一、单选题\n1. 问\n2. 问\n\n完", read("一、单选题\r\n1. 问\r2. 问\n\r\n完".getBytes(StandardCharsets.UTF_8)));
        assertEquals("一、單選題\n1. 問\n", read(encode("一、單選題\r\n1. 問\r\n", "Big5")));
    }

    @Test
    void unreadableBytesAreRefusedAsAnUnknownEncoding() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        for (int i = 0; i < random.length; i++) {
            if (random[i] == 0) {
                random[i] = 1;
            }
        }
        assertEquals(Reason.UNKNOWN_ENCODING,
                assertThrows(UnreadableDocumentException.class, () -> read(random)).reason());
        byte[] withNul = "一、单选题\u0000\u0000".getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.UNKNOWN_ENCODING,
                assertThrows(UnreadableDocumentException.class, () -> read(withNul)).reason());
        byte[] badUtf16 = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00}; // a lone surrogate
        assertEquals(Reason.UNKNOWN_ENCODING,
                assertThrows(UnreadableDocumentException.class, () -> read(badUtf16)).reason());
    }

    @Test
    void tenMegabytesOfTextExtractInUnderTwoSeconds() {
        for (String charset : List.of("UTF-8", "GBK", "Big5")) {
            String paper = charset.equals("Big5") ? TRADITIONAL : SIMPLIFIED;
            byte[] one = encode(paper, charset);
            int copies = DocumentText.MAX_BYTES / one.length;
            byte[] big = new byte[copies * one.length];
            for (int i = 0; i < copies; i++) {
                System.arraycopy(one, 0, big, i * one.length, one.length);
            }
            read(big); // warm up
            long start = System.nanoTime();
            String text = read(big);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(text.startsWith(paper), charset);
            assertEquals(paper.length() * copies, text.length(), charset);
            assertTrue(millis < 2000, charset + " took " + millis + " ms");
            System.out.println("10 MB " + charset + " txt: " + millis + " ms");
        }
    }
}
