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
 * question). How Word holds the numbers is chosen by {@link Numbering}: one multilevel list (the
 * default; questions restart per section), separate section and question lists with the question
 * list restarted in each section (what Word's "Restart at 1" writes), or questions numbered through
 * the paper.
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
 * lines plain): {@code CorpusDocx.main("paper.md", "paper.docx")} or
 * {@code CorpusDocx.main("RESTART_INSTANCES", "paper.md", "paper.docx")}, from a test or from java on
 * the test classpath.
 */
public final class CorpusDocx {

    public static final int PLAIN = 0;
    public static final int SECTION = 1;
    public static final int QUESTION = 2;
    public static final int STEP = 3;

    /** How the numbering is held in the document. */
    public enum Numbering {
        /** One list: sections at level 0 ({@code %1、}), questions at 1 ({@code %2.}), steps at 2 ({@code (%3)}). */
        MULTILEVEL,
        /** A section list, and a question list (steps at its level 1) restarted per section by a new instance with a start override. */
        RESTART_INSTANCES,
        /** As {@link #MULTILEVEL}, but questions never restart ({@code lvlRestart 0}): 1 … n through the paper. */
        CONTINUOUS
    }

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

    /** One list for the whole paper; {@code questionRestart} is the question level's lvlRestart element, or "". */
    static String multilevel(String questionRestart) {
        return """
                <w:abstractNum w:abstractNumId="2">
                  <w:multiLevelType w:val="multilevel"/>
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
                    <w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>""" + questionRestart + """
                    <w:lvlText w:val="%2."/><w:lvlJc w:val="left"/></w:lvl>
                  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
                    <w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/></w:lvl>
                </w:abstractNum>""";
    }

    private CorpusDocx() {
    }

    /** The document as one multilevel list, questions restarting at 1 in each section. */
    public static byte[] write(List<Para> paragraphs) {
        return write(paragraphs, Numbering.MULTILEVEL);
    }

    public static byte[] write(List<Para> paragraphs, Numbering style) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            if (style == Numbering.RESTART_INSTANCES) {
                writeRestartingInstances(doc, numbering, paragraphs);
            } else {
                String restart = style == Numbering.CONTINUOUS ? "<w:lvlRestart w:val=\"0\"/>" : "";
                BigInteger list = numbering.addNum(numbering.addAbstractNum(abstractNum(multilevel(restart))));
                for (Para para : paragraphs) {
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText(para.text());
                    if (para.level() >= SECTION && para.level() <= STEP) {
                        p.setNumID(list);
                        p.setNumILvl(BigInteger.valueOf(para.level() - SECTION));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRestartingInstances(XWPFDocument doc, XWPFNumbering numbering, List<Para> paragraphs) {
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
                    if (!first) {
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

    /** {@code CorpusDocx [MULTILEVEL|RESTART_INSTANCES|CONTINUOUS] in.md out.docx}. */
    public static void main(String... args) throws IOException {
        boolean styled = args.length == 3;
        if (args.length != 2 && !styled) {
            throw new IllegalArgumentException("usage: CorpusDocx [MULTILEVEL|RESTART_INSTANCES|CONTINUOUS] in.md out.docx");
        }
        Numbering style = styled ? Numbering.valueOf(args[0]) : Numbering.MULTILEVEL;
        int i = styled ? 1 : 0;
        String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
        Files.write(Path.of(args[i + 1]), write(parse(text), style));
    }
}
