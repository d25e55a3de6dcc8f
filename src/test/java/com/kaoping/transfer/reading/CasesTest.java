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

/** A page copied from a site: breadcrumbs, an unsectioned interview list, then cases with their own sub-questions. */
class CasesTest {

    @Test
    void casesNumberTheirOwnQuestions() {
        Reading r = read("""
                首页 > 资格考试 > 面试
                2024客服主管面试题及参考答案
                发布时间:2024-03-01 浏览:2319
                1、请做一下自我介绍?
                答:要点:工作经历、与岗位匹配的能力、职业规划。
                2、你认为客服主管最重要的能力是什么?
                参考答案:沟通协调能力、团队管理能力、问题解决能力。
                3、当你的下属被客户辱骂后情绪崩溃,你会怎么做?
                参考回答:
                1. 先把员工从一线撤下,给予安慰;
                2. 接手客户,了解事情原委;
                3. 事后复盘,组织培训。
                4、请分享一次你带领团队完成挑战性目标的经历。
                5、案例题
                案例一:某客户在凌晨两点连续拨打热线12次,要求立即退款,否则到网上曝光。
                (1)值班客服应如何应对?(10分)
                (2)第二天主管应做哪些跟进?(10分)
                案例二:某门店因员工态度问题被顾客拍视频发到抖音,播放量超过10万。
                (1)请分析舆情风险。
                (2)请给出处置方案。
                """);
        assertThat(r.lines()).noneMatch(l -> l.contains("首页") || l.contains("浏览"));
        assertThat(r.paper().title()).isEqualTo("2024客服主管面试题及参考答案");
        assertThat(s(r, 1).questions()).hasSize(4);
        assertThat(q(r, 1, 1).referenceAnswer()).isEqualTo("要点:工作经历、与岗位匹配的能力、职业规划。");
        // numbered points with no score are the reference answer, not a rubric (import-corpus README, rubricSteps)
        assertThat(q(r, 1, 3).rubricSteps()).isEmpty();
        assertThat(q(r, 1, 3).referenceAnswer()).contains("先把员工从一线撤下", "事后复盘,组织培训");
        assertThat(q(r, 1, 4).kind()).isEqualTo(QuestionKind.BEHAVIOURAL);

        ReadSection cases = s(r, 2);
        assertThat(cases.title()).isEqualTo("案例题");
        assertThat(cases.questions()).extracting(ReadQuestion::number).containsExactly("1", "2", "1", "2");
        assertThat(cases.questions()).allSatisfy(x -> assertThat(x.kind()).isEqualTo(QuestionKind.CASE_ANALYSIS));
        assertThat(q(r, 2, 2).caseBackground()).startsWith("某客户在凌晨两点");
        assertThat(q(r, 2, 3).caseBackground()).startsWith("某门店因员工态度问题");
        assertPoints(q(r, 2, 1).points(), "10");
        assertThat(q(r, 2, 3).points()).isNull();
        assertThat(q(r, 2, 1).stem()).isEqualTo("值班客服应如何应对?");
        assertThat(hasWarning(r, Code.NUMBERING_RESTART, 2, 3)).isFalse();
        assertThat(hasWarning(r, Code.MISSING_POINTS, 2, 3)).isTrue();
    }

    @Test
    void subQuestionsInAStemStayThereAndAddUp() {
        Reading r = read("""
                一、案例分析题(共10分)
                1.阅读以下对话,回答问题:
                客户:我的快递三天没动了!
                客服:这不归我们管。
                (1)客服的回答有何问题?(5分)
                (2)应该如何回答?(5分)
                参考答案:(1)推卸责任(5分)(2)先致歉再核实(5分)
                """);
        ReadQuestion x = q(r, 1, 1);
        assertThat(x.stem()).startsWith("阅读以下对话,回答问题:\n客户:我的快递三天没动了!").endsWith("(2)应该如何回答?(5分)");
        assertPoints(x.points(), "10");
        assertThat(x.rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("推卸责任", "先致歉再核实");
        assertThat(r.paper().warnings()).extracting(ReadWarning::code)
                .doesNotContain(Code.STEP_POINTS_MISMATCH, Code.SECTION_POINTS_MISMATCH);
    }

    @Test
    void aBackgroundUnderAHeadingQuestionIsItsStemOtherwiseACase() {
        Reading r = read("""
                一、情景模拟题(每题10分)
                1.退款纠纷
                背景:客户购买的耳机七天后损坏,要求全额退款。
                任务:请模拟你与客户的对话。
                2.如何应对媒体曝光?
                背景:某客户将聊天记录发到微博。
                3.请说明你的处理步骤。
                """);
        assertThat(q(r, 1, 1).stem()).isEqualTo("退款纠纷\n背景:客户购买的耳机七天后损坏,要求全额退款。\n任务:请模拟你与客户的对话。");
        assertThat(q(r, 1, 1).caseBackground()).isNull();
        assertThat(q(r, 1, 2).caseBackground()).isNull();
        assertThat(q(r, 1, 3).caseBackground()).isEqualTo("某客户将聊天记录发到微博。");
        assertThat(q(r, 1, 3).kind()).isEqualTo(QuestionKind.SCENARIO);
        assertThat(r.paper().warnings()).extracting(ReadWarning::code).doesNotContain(Code.NUMBERING_JUMP, Code.NUMBERING_RESTART);
    }
}
