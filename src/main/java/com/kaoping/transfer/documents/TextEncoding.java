package com.kaoping.transfer.documents;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Locale;

import org.mozilla.universalchardet.UniversalDetector;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/**
 * Decodes an uploaded {@code .txt}: a BOM (UTF-8, UTF-16) decides; else strict UTF-8 (plain ASCII
 * included); else the Chinese double-byte encodings, GB18030 (GBK's superset) against Big5
 * (Windows code page 950), chosen by which reads as fewer unlikely characters: replacement and
 * private-use characters, and anything that is neither common Chinese nor punctuation. The
 * detector (juniversalchardet) breaks near ties. Text that neither reads well is refused.
 */
final class TextEncoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950") : Charset.forName("Big5");

    /** Hanzi of GB2312 level 1 (the 3,755 commonest simplified) and Big5's frequent block (5,401 traditional). */
    private static final BitSet COMMON_HANZI = new BitSet(0x10000);

    static {
        CharsetDecoder gb = Charset.forName("GB2312").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int lead = 0xB0; lead <= 0xD7; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                mark(gb, lead, trail);
            }
        }
        CharsetDecoder big5 = Charset.forName("Big5").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int lead = 0xA4; lead <= 0xC6; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail <= 0x7E || trail >= 0xA1) {
                    mark(big5, lead, trail);
                }
            }
        }
    }

    private static void mark(CharsetDecoder decoder, int lead, int trail) {
        try {
            CharBuffer c = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
            if (c.length() == 1 && Character.UnicodeScript.of(c.charAt(0)) == Character.UnicodeScript.HAN) {
                COMMON_HANZI.set(c.charAt(0));
            }
        } catch (CharacterCodingException e) {
            // an unassigned cell
        }
    }

    private TextEncoding() {
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 with a BOM");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        for (byte x : b) {
            if (x == 0) {
                throw new UnreadableDocumentException(Reason.UNKNOWN_ENCODING, "binary content (NUL bytes) without a UTF-16 BOM");
            }
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            // a legacy encoding
        }
        String detected = detect(b);
        if (detected != null && detected.startsWith("UTF-16")) {
            return strict(b, 0, Charset.forName(detected), detected);
        }
        String gb = new String(b, GB18030);
        String big5 = new String(b, BIG5);
        Score gbScore = score(gb);
        Score big5Score = score(big5);
        boolean preferBig5;
        if (Math.abs(gbScore.unlikely - big5Score.unlikely) <= Math.max(1, gbScore.considered / 50)
                && detected != null) {
            preferBig5 = detected.equals("BIG5");
        } else {
            preferBig5 = big5Score.unlikely < gbScore.unlikely;
        }
        Score best = preferBig5 ? big5Score : gbScore;
        if (best.considered == 0 || best.unlikely * 10 > best.considered * 3) {
            throw new UnreadableDocumentException(Reason.UNKNOWN_ENCODING,
                    "neither UTF-8, GB18030 nor Big5 reads this text (detector: " + detected + ")");
        }
        return preferBig5 ? big5 : gb;
    }

    private static String strict(byte[] b, int offset, Charset charset, String what) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(Reason.UNKNOWN_ENCODING, "declared " + what + " but is not", e);
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String detect(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, 256 * 1024));
        detector.dataEnd();
        String charset = detector.getDetectedCharset();
        return charset == null ? null : charset.toUpperCase(Locale.ROOT);
    }

    private record Score(int considered, int unlikely) {
    }

    /**
     * Counts, among non-ASCII characters, the unlikely ones in a Chinese paper: replacement and
     * private-use characters weigh 3, any other character that is neither a common hanzi nor
     * CJK or general punctuation weighs 1.
     */
    private static Score score(String s) {
        int considered = 0;
        int unlikely = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                continue;
            }
            considered++;
            if (ch == '\uFFFD' || ch >= '\uE000' && ch <= '\uF8FF' || ch < 0xA0) {
                unlikely += 3;
            } else if (COMMON_HANZI.get(ch)
                    || ch >= 0x3000 && ch <= 0x303F // CJK punctuation 、。「」
                    || ch >= 0xFF01 && ch <= 0xFF5E // full-width forms ，：（）
                    || ch >= 0x2010 && ch <= 0x2027 // dashes, quotes, ellipsis
                    || ch >= 0x2460 && ch <= 0x2473 // ①
                    || ch == 0x00B7 || ch == 0x00D7 || ch == 0x221A) { // · × √
                continue;
            } else {
                unlikely++;
            }
        }
        return new Score(considered, unlikely);
    }
}
