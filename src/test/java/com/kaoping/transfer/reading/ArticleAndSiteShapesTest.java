package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.assertPoints;
import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static com.kaoping.transfer.reading.Papers.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.question.QuestionKind;
import org.junit.jupiter.api.Test;

/** Shapes of papers copied from articles and blogs that the first corpora did not have. */
class ArticleAndSiteShapesTest {

    @Test
    void officialAccountArticleWithEmojiRulesAndBracketedQuestionHeadsIsRead() {
        Reading r = read("""
                门店客服面试题3道（含评分要点）
                🔔点击上方蓝字关注我们！
                ════════════
                📌 一、情景应对篇（每题10分）
                ════════════
                【情景题1】
                顾客在门店排队半小时后被告知商品已售罄，情绪激动。你会怎么处理？
                ✅参考答案：
                第一步：致歉并安抚情绪（4分）第二步：查询附近门店库存（3分）第三步：登记到货通知（3分）
                考察点：情绪安抚、解决问题
                【情景题2】
                会员积分被系统错误清零，顾客要求立即恢复。你会如何回应？
                ✅参考答案：
                要点1：核实积分记录：调取后台流水（5分）
                要点2：承诺时限并跟进（5分）
                ━━━━━━━━━━━━
                👉 二、行为面试篇（每题20分）
                【行为题1】
                请讲一次你主动帮同事解决难题的经历。
                ✅参考答案：看候选人是否说清行动与结果。
                觉得有用记得点赞，转发给需要的朋友👍
                阅读 1.2万 赞 88 在看 12
                往期推荐：
                客服话术大全
                """);
        assertThat(r.lines()).noneMatch(l -> l.contains("点击上方") || l.contains("═") || l.contains("转发给") || l.contains("阅读 1.2万")
                || l.contains("客服话术大全") || l.contains("✅") || l.contains("👉"));
        assertThat(r.paper().sections()).extracting(ReadSection::title).containsExactly("情景应对篇", "行为面试篇");
        assertPoints(s(r, 1).pointsEach(), "10");
        assertThat(s(r, 1).questions()).hasSize(2);
        ReadQuestion first = q(r, 1, 1);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.stem()).startsWith("顾客在门店排队半小时后");
        assertThat(first.rubricSteps()).extracting(ReadQuestion.ReadStep::label)
                .containsExactly("致歉并安抚情绪", "查询附近门店库存", "登记到货通知");
        assertThat(q(r, 1, 2).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("核实积分记录", "承诺时限并跟进");
        assertThat(q(r, 2, 1).kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
        assertThat(q(r, 2, 1).competencies()).isEmpty();
    }
}
