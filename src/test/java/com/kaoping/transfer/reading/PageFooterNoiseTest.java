package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A closing mark and a Q&A answer's footer under the last question are not its competencies. */
class PageFooterNoiseTest {

    @Test
    void closingMarkAndAnswerFooterAreDropped() {
        Reading r = read("""
                物业客服面试题
                一、行为面试题（1题，共10分）
                Q1. 请讲一次你化解业主矛盾的经历。
                参考答案：看是否说清行动与结果。
                考察点：沟通协调、服务意识
                （完）
                编辑于 2026-01-02 · 著作权归作者所有
                赞同 88 12 条评论
                分享
                收藏
                """);
        assertThat(q(r, 1, 1).competencies()).containsExactly("沟通协调", "服务意识");
        assertThat(r.lines()).noneMatch(l -> l.contains("著作权") || l.equals("分享") || l.contains("条评论") || l.contains("完）"));
    }
}
