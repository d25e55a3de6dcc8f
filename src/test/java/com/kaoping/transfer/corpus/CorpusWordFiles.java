package com.kaoping.transfer.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds the corpus's Word documents from a plain source ({@code import-corpus-sources/NAME.src}),
 * one paragraph a line, the first character saying what the paragraph is:
 * <pre>
 * T text   the title (centred, bold)
 * P text   a plain paragraph, as written
 * H text   Word automatic numbering, level 0 (sections: 一、)
 * Q text   level 1 (questions: 1.), restarting under each level-0 paragraph
 * S text   level 2 (rubric steps: (1)), restarting under each question
 * O text   level 3 (options: A.), restarting under each question
 * @N fmt text   the format of level N (0-3): a Word number format name and a level text, e.g.
 *          "@1 decimal %2)"; defaults 一、 / 1. / (1) / A.
 * # text   a comment, not written
 * </pre>
 * The numbers of H, Q, S and O paragraphs are Word's own numbering (numbering.xml), not in the
 * paragraphs' text, as in documents whose author used Word's list buttons.
 */
final class CorpusWordFiles {

    private CorpusWordFiles() {
    }

    static void build(Path source, Path target) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        String[][] levels = {
            {"chineseCounting", "%1、"}, {"decimal", "%2."}, {"decimal", "(%3)"}, {"upperLetter", "%4."}};
        for (String line : lines) {
            if (line.startsWith("@")) {
                String[] parts = line.substring(1).trim().split("\\s+", 3);
                levels[Integer.parseInt(parts[0])] = new String[] {parts[1], parts[2]};
            }
        }
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = numbering(doc, levels);
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                    continue;
                }
                char type = line.charAt(0);
                String text = line.length() > 2 ? line.substring(2) : "";
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(text);
                run.setFontFamily("宋体");
                switch (type) {
                    case 'T' -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        run.setBold(true);
                        run.setFontSize(16);
                    }
                    case 'P' -> {
                    }
                    case 'H' -> {
                        number(p, numId, 0);
                        run.setBold(true);
                    }
                    case 'Q' -> number(p, numId, 1);
                    case 'S' -> number(p, numId, 2);
                    case 'O' -> number(p, numId, 3);
                    default -> throw new IllegalArgumentException("unknown paragraph type: " + line);
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                doc.write(out);
            }
        }
    }

    private static void number(XWPFParagraph p, BigInteger numId, int level) {
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    private static BigInteger numbering(XWPFDocument doc, String[][] levels) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
            lvl.addNewLvlText().setVal(levels[i][1]);
            lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(420L * i));
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
