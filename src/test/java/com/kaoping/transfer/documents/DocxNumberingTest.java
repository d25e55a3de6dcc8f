package com.kaoping.transfer.documents;

import static com.kaoping.transfer.documents.RawDocx.abstractNum;
import static com.kaoping.transfer.documents.RawDocx.lvl;
import static com.kaoping.transfer.documents.RawDocx.num;
import static com.kaoping.transfer.documents.RawDocx.p;
import static com.kaoping.transfer.documents.RawDocx.startOverride;
import static com.kaoping.transfer.documents.RawDocx.styled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Word's automatic numbering, written out as Word shows it. */
class DocxNumberingTest {

    private final DocumentText documents = new DocumentText();

    private List<String> lines(byte[] docx) {
        return List.of(documents.extract("paper.docx", docx).split("\n", -1)).stream()
                .filter(l -> !l.isEmpty()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = CorpusDocx.Numbering.class, names = {"MULTILEVEL", "RESTART_INSTANCES"})
    void aPaperWrittenWithPoiReadsWithItsSectionQuestionAndStepNumbers(CorpusDocx.Numbering style) {
        byte[] docx = CorpusDocx.write(List.of(
                CorpusDocx.plain("2026年客户服务岗位笔试"),
                CorpusDocx.section("情景模拟题(共2题,每题20分)"),
                CorpusDocx.question("客户来电投诉快递延误,情绪激动。请写出你的处理步骤。"),
                CorpusDocx.step("倾听与共情(5分)"),
                CorpusDocx.step("核实信息(5分)"),
                CorpusDocx.question("客户要求退款但已超过期限,你如何回应?"),
                CorpusDocx.step("说明政策(10分)"),
                CorpusDocx.section("简答题"),
                CorpusDocx.question("什么是首问负责制?"),
                CorpusDocx.question("列举三种安抚客户情绪的方法。")), style);

        assertEquals(List.of(
                "2026年客户服务岗位笔试",
                "一、情景模拟题(共2题,每题20分)",
                "1. 客户来电投诉快递延误,情绪激动。请写出你的处理步骤。",
                "(1) 倾听与共情(5分)",
                "(2) 核实信息(5分)",
                "2. 客户要求退款但已超过期限,你如何回应?",
                "(1) 说明政策(10分)",
                "二、简答题",
                "1. 什么是首问负责制?",
                "2. 列举三种安抚客户情绪的方法。"), lines(docx));
    }

    @Test
    void corpusDocumentsCanBeWrittenFromMarkedUpText(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("paper.md");
        Files.writeString(source, "客服岗位笔试\n# 单选题（每题2分）\n## 客户情绪激动时，首先应该：\nA.倾听 B.挂断\n# 简答题\n## 简述道歉的要点。\n### 致歉\n### 核实\n");
        Path docx = dir.resolve("paper.docx");
        CorpusDocx.main("RESTART_INSTANCES", source.toString(), docx.toString());

        assertEquals(List.of("客服岗位笔试", "一、单选题（每题2分）", "1. 客户情绪激动时，首先应该：", "A.倾听 B.挂断", "二、简答题",
                "1. 简述道歉的要点。", "(1) 致歉", "(2) 核实"), lines(Files.readAllBytes(docx)));
    }

    @Test
    void questionsNumberedThroughThePaperContinueAcrossSections() {
        byte[] docx = CorpusDocx.write(List.of(
                CorpusDocx.section("单选题"), CorpusDocx.question("甲"), CorpusDocx.question("乙"),
                CorpusDocx.section("判断题"), CorpusDocx.question("丙"), CorpusDocx.step("步"), CorpusDocx.question("丁"),
                CorpusDocx.step("步")), CorpusDocx.Numbering.CONTINUOUS);

        assertEquals(List.of("一、单选题", "1. 甲", "2. 乙", "二、判断题", "3. 丙", "(1) 步", "4. 丁", "(1) 步"), lines(docx));
    }

    @Test
    void oneMultilevelListRestartsLowerLevelsWhenAHigherLevelAdvances() {
        byte[] docx = new RawDocx()
                .numbering(abstractNum(0,
                        lvl(0, "chineseCounting", "%1、"),
                        lvl(1, "decimal", "%2."),
                        lvl(2, "decimal", "(%3)"))
                        + num(1, 0, ""))
                .body(p(1, 0, "情景模拟题") + p(1, 1, "问一") + p(1, 2, "步一") + p(1, 2, "步二") + p(1, 1, "问二")
                        + p(1, 2, "步一") + p(1, 0, "简答题") + p(1, 1, "问一"))
                .bytes();

        assertEquals(List.of("一、情景模拟题", "1. 问一", "(1) 步一", "(2) 步二", "2. 问二", "(1) 步一", "二、简答题", "1. 问一"),
                lines(docx));
    }

    @Test
    void chineseCountingGoesOnPastTen() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            body.append(p(1, 0, "节"));
        }
        byte[] docx = new RawDocx().numbering(abstractNum(0, lvl(0, "chineseCounting", "%1、")) + num(1, 0, ""))
                .body(body.toString()).bytes();

        List<String> lines = lines(docx);
        assertEquals("一、节", lines.get(0));
        assertEquals("九、节", lines.get(8));
        assertEquals("十、节", lines.get(9));
        assertEquals("十一、节", lines.get(10));
        assertEquals("十九、节", lines.get(18));
        assertEquals("二十、节", lines.get(19));
        assertEquals("二十一、节", lines.get(20));
    }

    @Test
    void levelTextsStartsAndFormatsAsWritten() {
        byte[] docx = new RawDocx()
                .numbering(abstractNum(0, lvl(0, "decimal", "第%1题", 1, "")) + num(1, 0, "")
                        + abstractNum(1, lvl(0, "decimalEnclosedCircle", "%1")) + num(2, 1, "")
                        + abstractNum(2, lvl(0, "upperLetter", "%1."), lvl(1, "lowerRoman", "%2)")) + num(3, 2, "")
                        + abstractNum(3, lvl(0, "decimal", "%1.", 5, ""), lvl(1, "decimal", "%1.%2")) + num(4, 3, "")
                        + abstractNum(4, lvl(0, "ideographTraditional", "%1、"), lvl(1, "chineseCountingThousand", "(%2)"))
                        + num(5, 4, "")
                        + abstractNum(5, lvl(0, "upperRoman", "%1."), lvl(1, "decimalFullWidth", "%2、")) + num(6, 5, ""))
                .body(p(1, 0, "题") + p(1, 0, "题")
                        + p(2, 0, "要点") + p(2, 0, "要点") + p(2, 0, "要点")
                        + p(3, 0, "选项") + p(3, 1, "细") + p(3, 1, "细") + p(3, 0, "选项")
                        + p(4, 0, "五") + p(4, 1, "五点一") + p(4, 1, "五点二") + p(4, 0, "六")
                        + p(5, 0, "甲") + p(5, 1, "一") + p(5, 0, "乙")
                        + p(6, 0, "Part") + p(6, 1, "全角") + p(6, 1, "全角") + p(6, 0, "Part"))
                .bytes();

        assertEquals(List.of("第1题题", "第2题题", "①要点", "②要点", "③要点", "A. 选项", "i) 细", "ii) 细", "B. 选项",
                "5. 五", "5.1 五点一", "5.2 五点二", "6. 六", "甲、甲", "(一) 一", "乙、乙",
                "I. Part", "１、全角", "２、全角", "II. Part"), lines(docx));
    }

    @Test
    void instancesOfOneListContinueItsCountUnlessTheyRestartIt() {
        // Word counts on the abstract definition: numId 2 (no override) goes on from numId 1,
        // numId 3 restarts at 1 where it is first used, and numId 1 then continues that count.
        byte[] docx = new RawDocx()
                .numbering(abstractNum(0, lvl(0, "decimal", "%1.")) + num(1, 0, "") + num(2, 0, "")
                        + num(3, 0, startOverride(0, 1)) + num(4, 0, startOverride(0, 10)))
                .body(p(1, 0, "a") + p(1, 0, "b") + p(2, 0, "c") + p(3, 0, "d") + p(3, 0, "e") + p(1, 0, "f")
                        + p(4, 0, "g") + p(4, 0, "h"))
                .bytes();

        assertEquals(List.of("1. a", "2. b", "3. c", "1. d", "2. e", "3. f", "10. g", "11. h"), lines(docx));
    }

    @Test
    void numberingComesThroughTheParagraphStyleAndItsBase() {
        String styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
                + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"SectionTitle\"><w:name w:val=\"section\"/><w:basedOn w:val=\"Heading1\"/></w:style>";
        byte[] docx = new RawDocx().styles(styles)
                .numbering(abstractNum(0, lvl(0, "chineseCounting", "第%1部分 "), lvl(1, "decimal", "%2."))
                        + num(1, 0, ""))
                .body(styled("Heading1", "单选题") + styled("Heading2", "问") + styled("Heading2", "问")
                        + styled("SectionTitle", "简答题") + styled("Heading2", "问")
                        + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
                        + "<w:r><w:t>不编号</w:t></w:r></w:p>")
                .bytes();

        assertEquals(List.of("第一部分 单选题", "1. 问", "2. 问", "第二部分 简答题", "1. 问", "不编号"), lines(docx));
    }

    @Test
    void aLevelWithoutRestartKeepsCountingAcrossHigherLevels() {
        byte[] docx = new RawDocx()
                .numbering(abstractNum(0, lvl(0, "chineseCounting", "%1、"),
                        lvl(1, "decimal", "%2.", 1, "<w:lvlRestart w:val=\"0\"/>")) + num(1, 0, ""))
                .body(p(1, 0, "单选题") + p(1, 1, "问") + p(1, 1, "问") + p(1, 0, "判断题") + p(1, 1, "问"))
                .bytes();

        assertEquals(List.of("一、单选题", "1. 问", "2. 问", "二、判断题", "3. 问"), lines(docx));
    }

    @Test
    void legalNumberingAndBulletsAndSuffixes() {
        byte[] docx = new RawDocx()
                .numbering(abstractNum(0, lvl(0, "chineseCounting", "%1、"),
                        lvl(1, "decimal", "%1.%2", 1, "<w:isLgl/><w:suff w:val=\"nothing\"/>"))
                        + num(1, 0, "")
                        + abstractNum(1, lvl(0, "bullet", "\uF0B7")) + num(2, 1, ""))
                .body(p(1, 0, "节") + p(1, 1, "小节") + p(2, 0, "要点"))
                .bytes();

        assertEquals(List.of("一、节", "1.1小节", "• 要点"), lines(docx));
    }

    @Test
    void tablesReadRowByRowInBodyOrder() {
        String row = "<w:tr><w:tc>" + p("A.耐心倾听") + "</w:tc><w:tc>" + p("B.立即挂断") + "</w:tc><w:tc>" + p("") + "</w:tc></w:tr>";
        String longCell = "<w:tr><w:tc>" + p("参考答案:") + p("先致歉,再核实。") + "</w:tc></w:tr>";
        byte[] docx = new RawDocx()
                .numbering(abstractNum(0, lvl(0, "decimal", "%1.")) + num(1, 0, ""))
                .body(p(1, 0, "以下做法正确的是") + "<w:tbl>" + row + longCell + "</w:tbl>"
                        + "<w:sdt><w:sdtContent>" + p(1, 0, "在内容控件里的题") + "</w:sdtContent></w:sdt>" + p("完"))
                .bytes();

        assertEquals(List.of("1. 以下做法正确的是", "A.耐心倾听\tB.立即挂断", "参考答案:", "先致歉,再核实。",
                "2. 在内容控件里的题", "完"), lines(docx));
    }

    @Test
    void numberFormatsAsWordWritesThem() {
        assertEquals("二十", ListNumbering.format(20, "chineseCounting"));
        assertEquals("一百零一", ListNumbering.format(101, "chineseCounting"));
        assertEquals("一百一十", ListNumbering.format(110, "chineseCountingThousand"));
        assertEquals("⑳", ListNumbering.format(20, "decimalEnclosedCircleChinese"));
        assertEquals("21", ListNumbering.format(21, "decimalEnclosedCircle"));
        assertEquals("AA", ListNumbering.format(27, "upperLetter"));
        assertEquals("xiv", ListNumbering.format(14, "lowerRoman"));
        assertEquals("一〇", ListNumbering.format(10, "ideographDigital"));
        assertEquals("癸", ListNumbering.format(10, "ideographTraditional"));
        assertEquals("壹拾贰", ListNumbering.format(12, "chineseLegalSimplified"));
        assertEquals("07", ListNumbering.format(7, "decimalZero"));
        assertEquals("３", ListNumbering.format(3, "someFormatWeDoNotKnow").equals("3") ? "３" : "?");
    }
}
