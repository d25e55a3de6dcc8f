package com.kaoping.transfer.documents;

import static com.kaoping.transfer.documents.RawDocx.abstractNum;
import static com.kaoping.transfer.documents.RawDocx.lvl;
import static com.kaoping.transfer.documents.RawDocx.num;
import static com.kaoping.transfer.documents.RawDocx.p;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the .docx sources of the fixtures in {@code src/test/resources/documents/}; the .doc and
 * .pdf fixtures are LibreOffice's conversions of them (see the README there).
 */
final class DocumentFixtures {

    static final List<CorpusDocx.Para> PAPER = List.of(
            CorpusDocx.plain("2026年客户服务专员招聘笔试"),
            CorpusDocx.plain("考试时间：60分钟　总分：100分"),
            CorpusDocx.section("情景模拟题（共2题，每题20分）"),
            CorpusDocx.question("客户来电投诉快递延误，情绪激动。请写出你的处理步骤。"),
            CorpusDocx.step("倾听与共情（5分）"),
            CorpusDocx.step("核实信息（5分）"),
            CorpusDocx.question("客户要求退款但已超过期限，你如何回应？"),
            CorpusDocx.step("说明政策（10分）"),
            CorpusDocx.section("简答题"),
            CorpusDocx.question("什么是首问负责制？"),
            CorpusDocx.question("列举三种安抚客户情绪的方法。"));

    static byte[] paper() {
        return CorpusDocx.write(PAPER);
    }

    static byte[] table() {
        String options = "<w:tr><w:tc>" + p("A. 耐心倾听") + "</w:tc><w:tc>" + p("B. 立即挂断") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + p("C. 转接主管") + "</w:tc><w:tc>" + p("D. 要求冷静") + "</w:tc></w:tr>";
        String answer = "<w:tr><w:tc>" + p("参考答案：") + p("先致歉，再核实。") + "</w:tc></w:tr>";
        return new RawDocx()
                .numbering(abstractNum(0, lvl(0, "chineseCounting", "%1、")) + num(1, 0, "")
                        + abstractNum(1, lvl(0, "decimal", "%1.")) + num(2, 1, ""))
                .body(p(1, 0, "单项选择题") + p(2, 0, "客户情绪激动时，首先应该：") + "<w:tbl>" + options + "</w:tbl>"
                        + p(2, 0, "简述道歉的要点。") + "<w:tbl>" + answer + "</w:tbl>" + p("（完）"))
                .bytes();
    }

    private DocumentFixtures() {
    }

    public static void main(String... args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve("paper.docx"), paper());
        Files.write(dir.resolve("table.docx"), table());
    }
}
