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

/** The typical paper of import.md: a scenario section with a shared background and rubric, and a choice section. */
class PaperReaderTest {

    static final String MANAGER_PAPER = """
            2026年客户服务经理面试考核重点
            考试时间:120分钟 总分:100分
            一、情景模拟题(2题,每题20分,共40分)
            背景:某连锁家电品牌"双十一"期间因仓库系统故障,大量订单延迟出库……
            1.一位客户来电,情绪激动,称订单已延迟5天……请模拟你的处理过程。
            参考答案:
            (1)致歉与共情
            "您好,让您久等了,非常抱歉……"(6分)
            (2)核实订单并给出方案
            "麻烦您提供一下订单号……"(10分)
            (3)承诺时限并跟进
            "我会在今天下午5点前给您回电……"(4分)
            解析:评分侧重①是否先处理情绪再处理问题;②方案是否具体可执行;③是否形成闭环。
            避免推卸责任或只说"按规定办"。
            考察点:情绪管理、沟通技巧、问题解决
            2.另一位客户在微博上发帖投诉,称"再也不买了",请说明你的应对步骤。
            参考答案:
            1.第一时间私信联系客户,了解诉求(8分)
            2.给出补偿方案(8分)
            3.邀请客户更新评价(2分)
            二、单项选择题(每题2分,共4分)
            1.客户满意度通常缩写为( )A.NPS B.CSAT C.CES D.FCR
            2.首次解决率的英文缩写是( )
            A.FCR
            B.AHT
            C.ASA
            D.SLA
            参考答案
            一、略
            二、1.B 2.A
            """;

    @Test
    void readsTheTypicalPaper() {
        Reading r = read(MANAGER_PAPER);
        ReadPaper p = r.paper();
        assertThat(p.title()).isEqualTo("2026年客户服务经理面试考核重点");
        assertThat(p.timeLimitMinutes()).isEqualTo(120);
        assertPoints(p.statedTotal(), "100");
        assertThat(p.truncated()).isFalse();
        assertThat(p.sections()).hasSize(2);

        ReadSection scenario = s(r, 1);
        assertThat(scenario.number()).isEqualTo("一");
        assertThat(scenario.title()).isEqualTo("情景模拟题");
        assertThat(scenario.background()).startsWith("某连锁家电品牌");
        assertPoints(scenario.pointsEach(), "20");
        assertThat(scenario.statedCount()).isEqualTo(2);
        assertPoints(scenario.statedTotal(), "40");
        assertThat(scenario.questions()).hasSize(2);

        ReadQuestion first = q(r, 1, 1);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.kind()).isEqualTo(QuestionKind.SCENARIO);
        assertThat(first.stem()).isEqualTo("一位客户来电,情绪激动,称订单已延迟5天……请模拟你的处理过程。");
        assertPoints(first.points(), "20");
        assertThat(first.rubricSteps()).extracting(ReadQuestion.ReadStep::label)
                .containsExactly("致歉与共情", "核实订单并给出方案", "承诺时限并跟进");
        assertThat(first.rubricSteps()).extracting(st -> st.points().intValue()).containsExactly(6, 10, 4);
        assertThat(first.rubricSteps().get(0).modelWording()).isEqualTo("您好,让您久等了,非常抱歉……");
        assertThat(first.scoringFocus()).containsExactly("是否先处理情绪再处理问题", "方案是否具体可执行", "是否形成闭环");
        assertThat(first.pitfalls()).containsExactly("推卸责任或只说\"按规定办\"");
        assertThat(first.competencies()).containsExactly("情绪管理", "沟通技巧", "问题解决");
        assertThat(first.explanation()).contains("评分侧重");
        assertThat(first.referenceAnswer()).startsWith("(1)致歉与共情");
        assertThat(first.key()).isNull();
        assertThat(first.source()).isEqualTo(new ReadQuestion.SourceLines(5, 16));
        assertThat(r.lines().get(4)).startsWith("1.一位客户来电");

        ReadQuestion second = q(r, 1, 2);
        assertThat(second.rubricSteps()).hasSize(3);
        assertThat(second.rubricSteps().get(2).label()).isEqualTo("邀请客户更新评价");
        assertThat(hasWarning(r, Code.STEP_POINTS_MISMATCH, 1, 2)).isTrue();

        ReadQuestion choice = q(r, 2, 1);
        assertThat(choice.kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        assertThat(choice.stem()).isEqualTo("客户满意度通常缩写为( )");
        assertThat(choice.options()).containsExactly("NPS", "CSAT", "CES", "FCR");
        assertThat(choice.key()).isEqualTo("B");
        assertPoints(choice.points(), "2");
        assertThat(q(r, 2, 2).key()).isEqualTo("A");
        assertThat(q(r, 2, 2).options()).containsExactly("FCR", "AHT", "ASA", "SLA");

        assertThat(hasWarning(r, Code.PAPER_TOTAL_MISMATCH, null, null)).isTrue();
        assertThat(hasWarning(r, Code.SECTION_COUNT_MISMATCH, 1, null)).isFalse();
        assertThat(hasWarning(r, Code.MISSING_KEY, 2, 1)).isFalse();
        assertThat(hasWarning(r, Code.KIND_GUESSED, 1, 1)).isFalse();
    }
}
