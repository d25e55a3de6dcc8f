package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "S 背景:…(3分)": a STAR frame whose steps carry the letter and the word. */
class StarLetterLabelTest {

    @Test
    void theLetterAndTheWordAreOneLabel() {
        Reading r = read("""
                一、行为面试题（1题，共10分）
                1. 请讲一次你说服难缠客户的经历。
                参考答案：
                S 背景:客户的情况（2分）
                T 任务:你要达成的目标（2分）
                A 行动:你说了什么、做了什么（4分）
                R 结果:客户的反馈（2分）
                """);
        assertThat(q(r, 1, 1).rubricSteps()).extracting(ReadQuestion.ReadStep::label)
                .containsExactly("S 背景", "T 任务", "A 行动", "R 结果");
        assertThat(q(r, 1, 1).caseBackground()).isNull();
    }
}
