package com.kaoping.transfer.corpus;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A plain reading of the corpus documents for checking the annotations, independent of the
 * importer: .txt decoded as UTF-8, else GB18030 (Big5 for a name with "big5"); .docx paragraph by paragraph (without
 * Word's numbering). Not the importer's way of reading them, just enough to find typos.
 */
final class CorpusText {

    private static final Pattern PINYIN = Pattern.compile(
            "[((](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[))]");

    private CorpusText() {
    }

    /**
     * The document's text; for a .doc or .pdf, the text of the .docx it was converted from
     * ({@code import-corpus-sources/NAME.docx}), or null when there is none.
     */
    static String plainText(Path document) throws IOException {
        String name = document.getFileName().toString();
        if (name.endsWith(".doc") || name.endsWith(".pdf")) {
            Path source = document.getParent().resolveSibling("import-corpus-sources")
                    .resolve(name.substring(0, name.lastIndexOf('.')) + ".docx");
            return Files.exists(source) ? plainText(source) : null;
        }
        byte[] bytes = Files.readAllBytes(document);
        if (name.endsWith(".txt")) {
            Charset[] charsets = name.contains("big5")
                    ? new Charset[] {StandardCharsets.UTF_8, Charset.forName("Big5")}
                    : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")};
            for (Charset charset : charsets) {
                try {
                    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    // try the next one
                }
            }
            throw new IOException(name + ": no encoding fits");
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(document); XWPFDocument doc = new XWPFDocument(in)) {
                return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            }
        }
        return null;
    }

    /** Simplified script, pinyin annotations ("服務(wù)") dropped. */
    static String simplified(String text) {
        return ZhConverterUtil.toSimple(PINYIN.matcher(text).replaceAll(""));
    }
}
