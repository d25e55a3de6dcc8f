package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "评分要点:" as steps, as competencies, or as what a good answer shows. */
class ScoringPointsTest {

    @Test
    void sentencesOfWhatAGoodAnswerShowsAreTheReferenceAnswerNotCompetencies() {
        Reading r = read("""
                一、行为面试题（1题，共10分）
                1. 请举例说明你处理过的一次业主投诉。
                评分要点：
                能说清投诉起因;有具体的沟通过程;有后续回访。
                考察点：沟通协调、责任意识
                """);
        ReadQuestion x = q(r, 1, 1);
        assertThat(x.competencies()).containsExactly("沟通协调", "责任意识");
        assertThat(x.referenceAnswer()).contains("有具体的沟通过程");
        assertThat(x.rubricSteps()).isEmpty();
    }

    @Test
    void aRunOfScoresInWordsIsNeitherStepsNorCompetencies() {
        Reading r = read("""
                一、论述题（20分）
                1.谈谈物业服务如何提升业主满意度。
                参考答案：可从响应速度、服务标准、沟通渠道等方面论述。
                评分要点：观点正确5分,联系实际10分,结构与表达5分。
                """);
        ReadQuestion x = q(r, 1, 1);
        assertThat(x.rubricSteps()).isEmpty();
        assertThat(x.competencies()).isEmpty();
        assertThat(x.referenceAnswer()).startsWith("可从响应速度");
    }

    @Test
    void shortNamesAreCompetenciesAndScoredCriteriaAreSteps() {
        Reading r = read("""
                一、情景模拟题（每题10分，共20分）
                1.业主投诉电梯故障，请模拟你的回应。
                参考答案：先致歉，再报修。
                评分要点：同理心(Empathy)、问题解决、客户导向
                2.请讲一次你说服同事的经历。
                评分要点：有具体事例(5分);说明结果(5分)
                """);
        assertThat(q(r, 1, 1).competencies()).containsExactly("同理心", "问题解决", "客户导向");
        assertThat(q(r, 1, 2).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("有具体事例", "说明结果");
    }
}
