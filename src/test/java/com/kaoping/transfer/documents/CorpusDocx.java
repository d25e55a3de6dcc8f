package com.kaoping.transfer.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Writes a {@code .docx} whose numbers are Word's automatic numbering (not in the text), for the
 * import corpus and tests. Levels: {@link #PLAIN} (no number), {@link #SECTION} ({@code 一、},
 * chineseCounting), {@link #QUESTION} ({@code 1.}), {@link #STEP} ({@code (1)}, restarting per
 * question). Questions restart per section (each section starts a new list instance with a start
 * override, as Word's "Restart at 1" does) or run on through the paper.
 *
 * <pre>
 * byte[] docx = CorpusDocx.write(List.of(
 *         CorpusDocx.plain("2026年客户服务岗位笔试"),
 *         CorpusDocx.section("情景模拟题(共2题,每题20分)"),
 *         CorpusDocx.question("客户来电投诉……请写出你的处理步骤。"),
 *         CorpusDocx.step("倾听与共情(5分)")));
 * </pre>
 *
 * or from a marked-up text file ({@code # } section, {@code ## } question, {@code ### } step, other
 * lines plain; {@code --continuous} numbers questions through the paper):
 * {@code CorpusDocx.main("paper.md", "paper.docx")}, e.g. from a test or jshell on the test classpath.
 */
public final class CorpusDocx {

    public static final int PLAIN = 0;
    public static final int SECTION = 1;
    public static final int QUESTION = 2;
    public static final int STEP = 3;

    /** One paragraph: its level (one of the constants) and its text without any number. */
    public record Para(int level, String text) {
    }

    public static Para plain(String text) {
        return new Para(PLAIN, text);
    }

    public static Para section(String text) {
        return new Para(SECTION, text);
    }

    public static Para question(String text) {
        return new Para(QUESTION, text);
    }

    public static Para step(String text) {
        return new Para(STEP, text);
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Sections: 一、 二、 … (chineseCounting, "%1、"). */
    static final String SECTIONS = """
            <w:abstractNum w:abstractNumId="0">
              <w:multiLevelType w:val="singleLevel"/>
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
                <w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
            </w:abstractNum>""";

    /** Questions "%1." at level 0 and their steps "(%2)" at level 1 (restarting per question). */
    static final String QUESTIONS = """
            <w:abstractNum w:abstractNumId="1">
              <w:multiLevelType w:val="hybridMultilevel"/>
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
                <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
                <w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/></w:lvl>
            </w:abstractNum>""";

    private CorpusDocx() {
    }

    /** The document, questions restarting at 1 in each section. */
    public static byte[] write(List<Para> paragraphs) {
        return write(paragraphs, true);
    }

    public static byte[] write(List<Para> paragraphs, boolean questionsRestartPerSection) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger sections = numbering.addNum(numbering.addAbstractNum(abstractNum(SECTIONS)));
            BigInteger questionList = numbering.addAbstractNum(abstractNum(QUESTIONS));
            BigInteger questions = numbering.addNum(questionList);
            boolean first = true;
            for (Para para : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(para.text());
                switch (para.level()) {
                    case SECTION -> {
                        p.setNumID(sections);
                        p.setNumILvl(BigInteger.ZERO);
                        if (questionsRestartPerSection && !first) {
                            questions = restartedInstance(numbering, questionList);
                        }
                        first = false;
                    }
                    case QUESTION -> {
                        p.setNumID(questions);
                        p.setNumILvl(BigInteger.ZERO);
                    }
                    case STEP -> {
                        p.setNumID(questions);
                        p.setNumILvl(BigInteger.ONE);
                    }
                    default -> { }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new instance of a list whose level 0 restarts at 1: what Word writes for "Restart at 1". */
    static BigInteger restartedInstance(XWPFNumbering numbering, BigInteger abstractNumId) {
        CTNum ct = CTNum.Factory.newInstance();
        ct.addNewAbstractNumId().setVal(abstractNumId);
        CTNumLvl override = ct.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        BigInteger id = BigInteger.valueOf(numbering.getNums().size() + 1L);
        ct.setNumId(id);
        numbering.addNum(new XWPFNum(ct, numbering));
        return id;
    }

    static XWPFAbstractNum abstractNum(String xml) {
        try {
            // parsed inside its w:numbering parent, so that the element itself is the abstractNum
            CTNumbering wrapper = NumberingDocument.Factory
                    .parse("<w:numbering xmlns:w=\"" + W + "\">" + xml + "</w:numbering>").getNumbering();
            return new XWPFAbstractNum(wrapper.getAbstractNumArray(0));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Reads marked-up text ({@code # } section, {@code ## } question, {@code ### } step). */
    public static List<Para> parse(String markedUp) {
        List<Para> paragraphs = new ArrayList<>();
        for (String line : markedUp.split("\r?\n", -1)) {
            if (line.startsWith("### ")) {
                paragraphs.add(step(line.substring(4)));
            } else if (line.startsWith("## ")) {
                paragraphs.add(question(line.substring(3)));
            } else if (line.startsWith("# ")) {
                paragraphs.add(section(line.substring(2)));
            } else {
                paragraphs.add(plain(line));
            }
        }
        return paragraphs;
    }

    /** {@code CorpusDocx [--continuous] in.md out.docx}. */
    public static void main(String... args) throws IOException {
        boolean continuous = args.length > 0 && args[0].equals("--continuous");
        int i = continuous ? 1 : 0;
        if (args.length - i != 2) {
            throw new IllegalArgumentException("usage: CorpusDocx [--continuous] in.md out.docx");
        }
        String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
        Files.write(Path.of(args[i + 1]), write(parse(text), !continuous));
    }
}
