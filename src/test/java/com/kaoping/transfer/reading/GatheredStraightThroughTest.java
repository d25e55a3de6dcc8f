package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.codes;
import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Answers gathered at the end, numbered straight through. */
class GatheredStraightThroughTest {

    private static final String PAPER = """
            物业客服能力测试
            一、案例分析题(共10分)
            案例背景:业主家中漏水,楼上住户不在家。
            问题:
            1.请分析责任如何认定。(10分)
            二、简答题(共20分)
            2.简述物业客服接待业主投诉的原则。(10分)
            3.请结合你过往的经历,谈谈你如何安抚情绪激动的业主。(10分)
            参考答案
            一、1.答:查明漏水点,按产权划分责任。
            2.答:耐心倾听、及时响应、依规处理。
            3.答:使用STAR法则作答,有具体事例即可。
            考察点:情绪安抚、沟通协调
            """;

    @Test
    void answersRunningOnUnderThePreviousSectionFindTheirQuestions() {
        Reading r = read(PAPER);
        assertThat(q(r, 2, 1).referenceAnswer()).contains("耐心倾听");
        assertThat(q(r, 2, 2).competencies()).containsExactly("情绪安抚", "沟通协调");
        assertThat(codes(r)).doesNotContain(ReadWarning.Code.ANSWER_WITHOUT_QUESTION);
    }

    @Test
    void whereNumberingRestartsAnUnknownNumberDoesNotPullTheAnswersIntoTheNextSection() {
        Reading r = read("""
                一、单选题(每题2分,共4分)
                1.业主报修应( ) A.登记 B.不理
                2.访客来访应( ) A.登记 B.放行
                二、判断题(每题2分,共6分)
                1.前台可以泄露业主电话。( )
                2.报修应跟进。( )
                3.访客应登记。( )
                参考答案
                一、
                1.答:A
                3.答:A
                2.答:A
                二、
                1.答:×
                2.答:√
                3.答:√
                """);
        assertThat(q(r, 1, 2).key()).isEqualTo("A");
        assertThat(q(r, 2, 1).key()).isEqualTo("FALSE");
        assertThat(q(r, 2, 3).key()).isEqualTo("TRUE");
    }
}
