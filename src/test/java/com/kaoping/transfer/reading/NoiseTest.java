package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.assertPoints;
import static com.kaoping.transfer.reading.Papers.hasWarning;
import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static com.kaoping.transfer.reading.Papers.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.question.QuestionKind;
import com.kaoping.transfer.reading.ReadWarning.Code;
import org.junit.jupiter.api.Test;

/** Noise of document sites, scripts, pinyin, widths, "?" for spaces, garbled runs, truncation. */
class NoiseTest {

    static final String TRADITIONAL = """
            本文檔由用戶上傳,如有侵權請聯繫刪除
            原創力文檔 下載券:5
            客戶服務(wù)主管招聘筆試題
            考試時(shí)間:90分鐘  總分:60分
            一、單項選擇題(每題2分,共4分)
            1.客戶投訴處理的第一步是(  )
            A.解釋原因  B.傾聽  C.賠償  D.轉接
            2.NPS(淨推薦值)的取值範圍是(  )
            A.0-10  B.-100到100  C.1-5分  D.0-100
            _第1頁
            二、判斷題(每題2分,共4分)
            1.客服人員可以向客戶透露其他客戶的訂單信息。
            2.客戶情緒激動時,應先安撫情緒。
            三、案例分析題(共52分)
            案例背景:某電商平台在促銷期間,物流延遲導致大量客戶投訴,社交媒體出現負面評論。
            問題:
            1.請分析此次危機的主要原因。(20分)
            2.作為客服主管,你會如何制定應對方案?(32分)
            第PAGE页共NUMPAGES页
            參考答案
            一、1.B 2.B(解析:NPS取值為-100到100)
            二、1.× 2.√
            三、1.(1)物流系統準備不足(10分)(2)信息溝通不及時(8分)
            2.答:(1)成立專項小組(10分)(2)主動告知客戶延遲原因(10分)(3)制定補償方案(10分)
            相关推荐
            客服面试题大全.docx
            2025年客服笔试题及答案
            """;

    @Test
    void traditionalPaperWithSiteNoiseAndPinyinIsReadInSimplified() {
        Reading r = read(TRADITIONAL);
        ReadPaper p = r.paper();
        assertThat(r.script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(p.title()).isEqualTo("客户服务主管招聘笔试题");
        assertThat(p.timeLimitMinutes()).isEqualTo(90);
        assertPoints(p.statedTotal(), "60");
        assertThat(r.lines()).noneMatch(l -> l.contains("侵权") || l.contains("下载") || l.contains("PAGE") || l.contains("第1页")
                || l.contains("相关推荐") || l.contains(".docx") || l.contains("2025年客服笔试题"));
        assertThat(r.lines()).noneMatch(l -> l.contains("(wù)") || l.contains("(shí)"));
        assertThat(p.sections()).extracting(ReadSection::title).containsExactly("单项选择题", "判断题", "案例分析题");
        assertThat(q(r, 1, 1).options()).containsExactly("解释原因", "倾听", "赔偿", "转接");
        assertThat(q(r, 1, 2).stem()).isEqualTo("NPS(净推荐值)的取值范围是( )");
        assertThat(q(r, 1, 2).options()).containsExactly("0-10", "-100到100", "1-5分", "0-100");
        assertThat(q(r, 1, 2).explanation()).isEqualTo("NPS取值为-100到100");
        assertThat(s(r, 2).questions()).extracting(ReadQuestion::key).containsExactly("FALSE", "TRUE");
        ReadQuestion case1 = q(r, 3, 1);
        assertThat(case1.caseBackground()).isEqualTo("某电商平台在促销期间,物流延迟导致大量客户投诉,社交媒体出现负面评论。");
        assertThat(case1.kind()).isEqualTo(QuestionKind.CASE_ANALYSIS);
        assertPoints(case1.points(), "20");
        assertThat(case1.rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("物流系统准备不足", "信息沟通不及时");
        assertThat(hasWarning(r, Code.STEP_POINTS_MISMATCH, 3, 1)).isTrue();
        assertThat(hasWarning(r, Code.STEP_POINTS_MISMATCH, 3, 2)).isTrue();
        assertThat(q(r, 3, 2).rubricSteps()).hasSize(3);
        assertThat(p.truncated()).isFalse();
        assertThat(p.warnings()).extracting(ReadWarning::code).doesNotContain(Code.MISSING_KEY, Code.PAPER_TOTAL_MISMATCH,
                Code.GARBLED_TEXT, Code.ANSWER_WITHOUT_QUESTION);
    }

    @Test
    void asWrittenKeepsTraditionalCharacters() {
        Reading r = new PaperReader().read(TRADITIONAL, Script.AS_WRITTEN);
        assertThat(r.script()).isEqualTo(Script.AS_WRITTEN);
        assertThat(r.paper().title()).isEqualTo("客戶服務主管招聘筆試題");
        assertThat(s(r, 1).title()).isEqualTo("單項選擇題");
        assertThat(q(r, 1, 1).kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        assertPoints(s(r, 1).pointsEach(), "2");
        assertThat(q(r, 3, 1).caseBackground()).startsWith("某電商平台");
        assertThat(q(r, 1, 1).key()).isEqualTo("B");
    }

    @Test
    void pinyinGoesButRealBracketsStay() {
        assertThat(Cleaner.dropPinyin("服務(wù)時(shí)間")).isEqualTo("服務時間");
        assertThat(Cleaner.dropPinyin("服务(fu2 wu4)")).isEqualTo("服务");
        assertThat(Cleaner.dropPinyin("客户满意度(CSAT)与净推荐值(NPS)")).isEqualTo("客户满意度(CSAT)与净推荐值(NPS)");
        assertThat(Cleaner.dropPinyin("使用(Feeling-Fact-Fix)法则")).isEqualTo("使用(Feeling-Fact-Fix)法则");
        assertThat(Cleaner.dropPinyin("满意度打分(1-5分)")).isEqualTo("满意度打分(1-5分)");
        assertThat(Cleaner.dropPinyin("发送(email)")).isEqualTo("发送(email)");
        assertThat(Cleaner.dropPinyin("服务(fúwù)意识")).isEqualTo("服务意识");
        assertThat(Cleaner.dropPinyin("连接(wifi)")).isEqualTo("连接(wifi)");
    }

    @Test
    void fullWidthNumberingQuestionMarksForSpacesAndGarbledRuns() {
        Reading r = read("""
                客服中心?2026年度?服务技能考核
                一、判断题(每题２分,共４分)
                １.客户??投诉时,应先核实身份。(×)
                ２.服务?态度决定客户体验。(√)
                二、简答题(每题10分)
                (１)什么是锟斤拷首次解决率?
                """);
        assertThat(r.paper().title()).isEqualTo("客服中心 2026年度 服务技能考核");
        assertPoints(s(r, 1).pointsEach(), "2");
        assertThat(q(r, 1, 1).number()).isEqualTo("1");
        assertThat(q(r, 1, 1).stem()).isEqualTo("客户 投诉时,应先核实身份。");
        assertThat(q(r, 1, 2).stem()).isEqualTo("服务 态度决定客户体验。");
        assertThat(q(r, 1, 2).key()).isEqualTo("TRUE");
        assertThat(q(r, 2, 1).stem()).isEqualTo("什么是锟斤拷首次解决率?");
        assertThat(r.paper().warnings()).filteredOn(w -> w.code() == Code.GARBLED_TEXT)
                .singleElement().satisfies(w -> assertThat(w.args()).containsExactly("锟斤拷"));
    }

    @Test
    void privateUseAndLatinMojibakeAreFlaggedNotDropped() {
        Reading r = read("一、简答题\n1.请说明\uE012\uE013退款流程。\n2.Ã¥Â®Â¢æˆ·服务的要点?\n3.为什么\uFFFD客户会投诉?");
        assertThat(q(r, 1, 1).stem()).contains("\uE012\uE013");
        assertThat(r.paper().warnings()).filteredOn(w -> w.code() == Code.GARBLED_TEXT).hasSize(3);
    }

    @Test
    void aPaperCutMidQuestionIsTruncated() {
        Reading r = read("""
                客服代表笔试(节选)
                一、单选题(每题2分,共10分)
                1.客户来电第一句应是( )
                A.喂 B.您好 C.找谁 D.什么事
                2.客户要求退款超过权限时应( )
                A.直接拒绝 B.上报主管
                """);
        assertThat(r.paper().truncated()).isTrue();
        assertThat(hasWarning(r, Code.TRUNCATED, 1, 2)).isTrue();
        assertThat(q(r, 1, 2).options()).containsExactly("直接拒绝", "上报主管");
        assertThat(hasWarning(r, Code.SECTION_COUNT_MISMATCH, 1, null)).isFalse();

        Reading cut = read("""
                一、情景模拟题(每题10分)
                1.客户投诉快递员态度恶劣,请模拟你的处理。
                参考答案:
                (1)致歉(3分)
                (2)核实情况,联系快递公司(4分)
                (3)告知客户处理结果并“今天下午
                """);
        assertThat(cut.paper().truncated()).isTrue();
        assertThat(q(cut, 1, 1).rubricSteps()).hasSize(3);

        Reading prompt = read("""
                一、简答题(每题10分,共30分)
                1.什么是服务补救?
                2.如何提升客户满意度?
                还剩5页未读,继续阅读
                """);
        assertThat(prompt.paper().truncated()).isTrue();
        assertThat(prompt.lines()).noneMatch(l -> l.contains("未读"));
        assertThat(hasWarning(prompt, Code.SECTION_POINTS_MISMATCH, 1, null)).isTrue();

        assertThat(read(PaperReaderTest.MANAGER_PAPER).paper().truncated()).isFalse();
    }

    @Test
    void oneLineFullWidthTraditionalPaperWithAnswersAtTheEnd() {
        Reading r = read("小编为大家整理了客服考试题,希望对大家有所帮助。\n"
                + "客服考試（滿分５０分）一、單選題（每題５分，共１０分）１．客戶要求退貨但已超過七天，應（　）Ａ．直接拒絕Ｂ．查看是否符合質量問題退貨Ｃ．掛斷電話Ｄ．讓客戶自己想辦法 "
                + "２．客服首問負責制是指（　）Ａ．第一個接待的人負責到底Ｂ．主管負責Ｃ．誰有空誰負責Ｄ．不負責 二、判斷題（每題５分，共１０分）１．客服可以對客戶說「這不歸我管」。"
                + "２．回訪是提升滿意度的有效手段。三、簡答題（共３０分）１．如何安撫情緒激動的客戶？ 參考答案 一、１．Ｂ ２．Ａ 二、１．× ２．√ "
                + "三、１．（１）傾聽並表示理解（１０分）（２）提出解決方案（１０分）（３）跟進回訪（５分）\n"
                + "以上就是本期的全部内容,感谢阅读!");
        ReadPaper p = r.paper();
        assertThat(p.title()).isEqualTo("客服考试");
        assertPoints(p.statedTotal(), "50");
        assertThat(r.lines()).contains("1．客户要求退货但已超过七天，应（ ）", "B．查看是否符合质量问题退货", "参考答案");
        assertThat(r.lines()).noneMatch(l -> l.contains("小编") || l.contains("感谢阅读"));
        assertThat(p.sections()).extracting(ReadSection::title).containsExactly("单选题", "判断题", "简答题");
        assertThat(q(r, 1, 1).stem()).isEqualTo("客户要求退货但已超过七天，应（ ）");
        assertThat(q(r, 1, 1).options()).containsExactly("直接拒绝", "查看是否符合质量问题退货", "挂断电话", "让客户自己想办法");
        assertThat(s(r, 1).questions()).extracting(ReadQuestion::key).containsExactly("B", "A");
        assertThat(s(r, 2).questions()).extracting(ReadQuestion::key).containsExactly("FALSE", "TRUE");
        ReadQuestion calm = q(r, 3, 1);
        assertPoints(calm.points(), "30");
        assertThat(calm.rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("倾听并表示理解", "提出解决方案", "跟进回访");
        assertThat(hasWarning(r, Code.STEP_POINTS_MISMATCH, 3, 1)).isTrue();
        assertThat(p.warnings()).extracting(ReadWarning::code).doesNotContain(Code.MISSING_KEY, Code.PAPER_TOTAL_MISMATCH);
    }

    @Test
    void runningHeadersOfEveryPageGoButRepeatedContentStays() {
        Reading r = read("""
                客服中心内部培训资料 严禁外传
                客服岗位笔试题
                一、简答题(每题10分)
                1.什么是服务补救?
                答:在服务失误后采取的弥补行动。
                客服中心内部培训资料 严禁外传
                2.什么是首问负责制?
                请简要作答。
                答:第一位接待的员工负责到底。
                客服中心内部培训资料 严禁外传
                3.什么是客户生命周期?
                请简要作答。
                答:略
                4.什么是客户旅程?
                请简要作答。
                答:略
                """);
        assertThat(r.lines()).noneMatch(l -> l.contains("严禁外传"));
        assertThat(r.paper().title()).isEqualTo("客服岗位笔试题");
        assertThat(q(r, 1, 2).stem()).isEqualTo("什么是首问负责制?\n请简要作答。");
        assertThat(q(r, 1, 4).referenceAnswer()).isEqualTo("略");
    }
}
