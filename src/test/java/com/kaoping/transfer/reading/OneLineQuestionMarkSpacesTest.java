package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-line paste whose spaces became "?", and a site's "您可能还喜欢" list after it. */
class OneLineQuestionMarkSpacesTest {

    @Test
    void aQuestionMarkAfterAJudgementKeyIsASpaceAndTheSiteListIsNotThePaper() {
        Reading r = read("某物业?前台笔试题(满分4分)?一、判断题(每题2分,共4分)?1.前台可以把业主电话告诉推销人员。(×)"
                + "2.访客来访应登记。(√)?二、简答题(共0分)\n"
                + "第1页/共1页\n"
                + "您可能还喜欢:\n"
                + "物业前台培训手册.doc\n");
        assertThat(q(r, 1, 1).key()).isEqualTo("FALSE");
        assertThat(q(r, 1, 2).key()).isEqualTo("TRUE");
        assertThat(q(r, 1, 2).stem()).isEqualTo("访客来访应登记。");
        assertThat(r.lines()).noneMatch(l -> l.contains("还喜欢") || l.contains("培训手册"));
        assertThat(r.paper().truncated()).isFalse();
    }

    @Test
    void onlyAQuestionMarkBetweenABracketAndTextBecomesASpace() {
        assertThat(Cleaner.questionMarksAsSpaces("时间。(√)?三、简答题")).isEqualTo("时间。(√) 三、简答题");
        assertThat(Cleaner.questionMarksAsSpaces("你会怎么做(10分)?")).isEqualTo("你会怎么做(10分)?");
    }
}
