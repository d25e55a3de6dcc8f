package com.kaoping.transfer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The corpus's Word documents. To rebuild them from their sources after an edit:
 * {@code ./mvnw -B -ntp test -Dtest=CorpusWordFilesTest -Dcorpus.generate=true}
 * (then the .doc and .pdf made from them: see import-corpus-sources/README.md).
 */
class CorpusWordFilesTest {

    private static final Path SOURCES = Path.of("src/test/resources/import-corpus-sources");
    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

    @Test
    @EnabledIfSystemProperty(named = "corpus.generate", matches = "true")
    void generate() throws IOException {
        for (Path source : sources()) {
            String name = source.getFileName().toString().replace(".src", ".docx");
            Path target = name.contains("autonumber") ? CORPUS.resolve(name) : SOURCES.resolve(name);
            CorpusWordFiles.build(source, target);
        }
    }

    /** The automatic-numbering documents carry their numbers in numbering.xml, never in the text. */
    @Test
    void autoNumberedDocumentsHaveNoNumbersInTheirText() throws IOException {
        List<Path> docs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            docs = files.filter(p -> p.toString().endsWith(".docx") && p.toString().contains("autonumber")).toList();
        }
        assertThat(docs).isNotEmpty();
        for (Path docx : docs) {
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                List<XWPFParagraph> numbered = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
                assertThat(numbered).as(docx.toString()).hasSizeGreaterThan(10);
                assertThat(numbered).allSatisfy(p -> assertThat(p.getText())
                        .doesNotMatch("^\\s*([0-9一二三四五六七八九十]+[、.)]|\\(\\d+\\)|[A-H][.、]).*"));
            }
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".src")).sorted().toList();
        }
    }
}
