package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.assertPoints;
import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static com.kaoping.transfer.reading.Papers.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.question.QuestionKind;
import org.junit.jupiter.api.Test;

/** Unnumbered bracketed parts right under an answer, and the heading above the paper's facts or a byline. */
class UnnumberedPartsAndHeadingTest {

    @Test
    void bracketedPartsRightAfterAnAnswerOpenSections() {
        Reading r = read("""
                物业前台招聘小测
                【单选题】（每题２分，共４分）
                1）业主报修漏水，前台首先应（　）
                Ａ．让业主等着
                Ｂ．登记并通知维修
                【答案】Ｂ
                2）访客来访，前台应（　）
                Ａ．直接放行
                Ｂ．登记后联系业主
                【答案】Ｂ
                【多选题】（每题４分，共４分）
                3）以下属于前台日常工作的有（　）
                Ａ．收发快递　Ｂ．接待访客　Ｃ．代缴罚款
                【答案】ＡＢ
                【判断题】（每题２分，共２分）
                4）前台可以把业主电话告诉推销人员。
                正确答案：错
                """);
        assertThat(r.paper().sections()).extracting(ReadSection::title).containsExactly("单选题", "多选题", "判断题");
        assertThat(q(r, 2, 1).kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
        assertPoints(q(r, 2, 1).points(), "4");
        assertThat(q(r, 3, 1).kind()).isEqualTo(QuestionKind.TRUE_FALSE);
        assertThat(q(r, 3, 1).key()).isEqualTo("FALSE");
        assertThat(r.paper().truncated()).isFalse();
    }

    @Test
    void aLooseHeaderLikeLineInsideAnAnswerStaysInTheAnswer() {
        assertThat(Cues.isStrictBareSectionHeader("[多选题](每题4分,共16分)")).isTrue();
        assertThat(Cues.isStrictBareSectionHeader("判断题(每题2分)")).isTrue();
        assertThat(Cues.isStrictBareSectionHeader("案例分析:先稳定情绪再核实(5分)")).isFalse();
        assertThat(Cues.isStrictBareSectionHeader("情景模拟(5分)要点齐全")).isFalse();
    }

    @Test
    void theLineAboveTheFactsIsTheTitleWhateverThePageTitleSaid() {
        Reading r = read("""
                物业客服笔试题汇总_物业笔试-某博客
                阅读量1.2k 收藏 3
                某物业公司客服专员笔试题
                (考试时间:30分钟 总分:10分)
                一、单选题(每题5分,共10分)
                1. 业主投诉噪音,客服应( ) A.不理会 B.登记并协调
                答案:B
                2. 业主询问物业费,客服应( ) A.如实解释收费标准 B.让其找领导
                答案:A
                """);
        assertThat(r.paper().title()).isEqualTo("某物业公司客服专员笔试题");
        assertThat(r.paper().timeLimitMinutes()).isEqualTo(30);
    }

    @Test
    void aQuestionAboveAnInterviewSheetWithADurationLineIsNotTheTitle() {
        Reading r = read("""
                物业经理面试都问什么?附我用的面试评分表
                XX物业经理结构化面试评分表
                面试时长：30分钟　满分：20分
                一、情景模拟题（1题，共20分）
                Q1. 业主深夜投诉楼上漏水，请现场模拟你的处理。
                参考答案：先致歉，再安排维修。
                """);
        assertThat(r.paper().title()).isEqualTo("XX物业经理结构化面试评分表");
    }

    @Test
    void theHeadingAboveAWeChatBylineWinsOverTheAccountsSlogan() {
        Reading r = read("""
                点击上方蓝字 关注「物业人」
                每周分享一套物业面试题
                2026物业客服笔试真题（附答案）
                原创 物业人 2026-03-12 08:30 发表于江苏
                【判断题】（每题２分，共４分）
                1）前台可以把业主电话告诉推销人员。
                正确答案：错
                2）报修应登记并跟进。
                正确答案：对
                """);
        assertThat(r.paper().title()).isEqualTo("2026物业客服笔试真题（附答案）");
        assertThat(s(r, 1).title()).isEqualTo("判断题");
    }

    @Test
    void aPaperLetterAboveTheFactsDoesNotReplaceTheHeading() {
        Reading r = read("""
                某物业公司客服专员笔试题
                (A卷)
                考试时间:30分钟 总分:10分
                一、单选题(每题5分,共10分)
                1. 业主投诉噪音,客服应( ) A.不理会 B.登记并协调
                答案:B
                2. 业主询问物业费,客服应( ) A.如实解释收费标准 B.让其找领导
                答案:A
                """);
        assertThat(r.paper().title()).isEqualTo("某物业公司客服专员笔试题");
    }

    @Test
    void anAccountsSloganIsNoTitleEvenWithoutAByline() {
        Reading r = read("""
                每天分享一套物业面试题
                2026物业客服笔试真题
                【判断题】（每题２分，共４分）
                1）前台可以把业主电话告诉推销人员。
                正确答案：错
                2）报修应登记并跟进。
                正确答案：对
                """);
        assertThat(r.paper().title()).isEqualTo("2026物业客服笔试真题");
    }

    @Test
    void aQuestionWithWordsAfterItsQuestionMarkIsNoHeadingEither() {
        Reading r = read("""
                物业经理面试都问什么?附我用的面试题
                XX物业经理结构化面试题
                一、情景模拟题（1题，共20分）
                Q1. 业主深夜投诉楼上漏水，请现场模拟你的处理。
                参考答案：先致歉，再安排维修。
                """);
        assertThat(r.paper().title()).isEqualTo("XX物业经理结构化面试题");
    }

    @Test
    void aBlogsPageTitleWithATightDashGivesWayToTheHeading() {
        Reading r = read("""
                物业客服笔试题整理_物业笔试-CSDN博客
                某物业公司客服专员笔试题
                一、单选题(每题5分,共10分)
                1. 业主投诉噪音,客服应( ) A.不理会 B.登记并协调
                答案:B
                2. 业主询问物业费,客服应( ) A.如实解释收费标准 B.让其找领导
                答案:A
                """);
        assertThat(r.paper().title()).isEqualTo("某物业公司客服专员笔试题");
    }

    @Test
    void aDocumentSitesLabelledSummaryIsNoTitle() {
        Reading r = read("""
                物业客服考试题 - 百度文库
                文档简介:物业客服考试题及答案
                物业公司前台岗位能力测试
                一、单选题(每题5分,共10分)
                1. 业主投诉噪音,客服应( ) A.不理会 B.登记并协调
                答案:B
                2. 业主询问物业费,客服应( ) A.如实解释收费标准 B.让其找领导
                答案:A
                """);
        assertThat(r.paper().title()).isEqualTo("物业公司前台岗位能力测试");
    }
}
