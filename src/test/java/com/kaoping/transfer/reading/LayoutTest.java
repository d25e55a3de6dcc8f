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

/** Layouts: a whole paper on one line, numbering styles, repeated titles, restarts and jumps. */
class LayoutTest {

    @Test
    void aWholePaperOnOneLineIsCutIntoItems() {
        Reading r = read("客服专员岗位笔试试卷(满分100分) 一、单项选择题(每题5分,共10分) 1.客户来电投诉时,客服首先应该( )A.立即解释公司规定B.倾听并安抚情绪C.转接给主管D.要求客户冷静 答案:B 解析:先处理情绪再处理问题。"
                + "2.首次解决率的英文缩写是( )A.FCR B.AHT C.ASA D.SLA 答案:A 二、多项选择题(每题5分,共10分) 1.以下属于售后服务的有( )A.退换货B.维修C.产品推广D.投诉处理 答案:ABD "
                + "2.处理客户投诉的基本原则包括( )A.及时B.公正C.推诿D.保密 答案:A、B、D 三、判断题(每题5分,共10分) 1.客户投诉时应先核实身份再道歉。(×) 2.承诺客户的事项必须按时跟进。答案:√ "
                + "四、简答题(共20分) 1.简述处理客户投诉的步骤。(10分) 参考答案:(1)倾听客户诉求(3分)(2)表达歉意与共情(3分)(3)提出解决方案并跟进(4分) "
                + "2.请结合你过往的经历,谈谈你如何处理一次客户的无理要求。(10分) 参考答案:背景:说明当时情况 行动:具体采取的措施 结果:最终效果及反思 考察点:情绪管理(Emotion Management)、沟通技巧");
        ReadPaper p = r.paper();
        assertThat(p.title()).isEqualTo("客服专员岗位笔试试卷");
        assertPoints(p.statedTotal(), "100");
        assertThat(p.sections()).extracting(ReadSection::title).containsExactly("单项选择题", "多项选择题", "判断题", "简答题");
        assertThat(p.questionCount()).isEqualTo(8);
        assertThat(r.lines()).contains("1.客户来电投诉时,客服首先应该( )", "B.倾听并安抚情绪", "答案:B", "二、多项选择题(每题5分,共10分)");

        ReadQuestion q1 = q(r, 1, 1);
        assertThat(q1.options()).containsExactly("立即解释公司规定", "倾听并安抚情绪", "转接给主管", "要求客户冷静");
        assertThat(q1.key()).isEqualTo("B");
        assertThat(q1.explanation()).isEqualTo("先处理情绪再处理问题。");
        assertThat(r.lines().subList(q1.source().fromLine() - 1, q1.source().toLine()))
                .first().isEqualTo("1.客户来电投诉时,客服首先应该( )");
        assertThat(q(r, 2, 1).key()).isEqualTo("A,B,D");
        assertThat(q(r, 2, 2).key()).isEqualTo("A,B,D");
        assertThat(q(r, 2, 2).kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
        assertThat(q(r, 3, 1).key()).isEqualTo("FALSE");
        assertThat(q(r, 3, 1).stem()).isEqualTo("客户投诉时应先核实身份再道歉。");
        assertThat(q(r, 3, 2).key()).isEqualTo("TRUE");

        ReadQuestion steps = q(r, 4, 1);
        assertPoints(steps.points(), "10");
        assertThat(steps.rubricSteps()).extracting(ReadQuestion.ReadStep::label)
                .containsExactly("倾听客户诉求", "表达歉意与共情", "提出解决方案并跟进");
        ReadQuestion star = q(r, 4, 2);
        // a STAR frame without points is the reference answer, not a rubric
        assertThat(star.rubricSteps()).isEmpty();
        assertThat(star.referenceAnswer()).contains("背景:说明当时情况");
        assertThat(star.competencies()).containsExactly("情绪管理", "沟通技巧");
        assertThat(star.kind()).isEqualTo(QuestionKind.SHORT_ANSWER);
        assertThat(p.warnings()).extracting(ReadWarning::code).doesNotContain(Code.MISSING_KEY, Code.NUMBERING_JUMP);
    }

    @Test
    void everyNumberingStyleIsAQuestion() {
        Reading styles = read("""
                (一)简答题
                (1)什么是客户满意度?
                (2)什么是客户忠诚度?
                (二)判断题
                ①客户永远是对的。(×)
                ②服务要有温度。(√)
                第三部分 行为面试题
                第一题 请描述一次你被客户表扬的经历。
                第二题 请举例说明你如何化解团队冲突。
                第四部分 简答题
                Q1 什么是AHT?
                Q2. 什么是ASA?
                """);
        assertThat(styles.paper().sections()).extracting(ReadSection::number).containsExactly("一", "二", "三", "四");
        assertThat(styles.paper().sections()).extracting(sec -> sec.questions().size()).containsExactly(2, 2, 2, 2);
        assertThat(q(styles, 1, 2).number()).isEqualTo("2");
        assertThat(q(styles, 2, 1).number()).isEqualTo("①");
        assertThat(q(styles, 2, 1).key()).isEqualTo("FALSE");
        assertThat(q(styles, 3, 2).number()).isEqualTo("二");
        assertThat(q(styles, 3, 2).kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
        assertThat(q(styles, 4, 2).number()).isEqualTo("Q2");
        assertThat(q(styles, 4, 2).stem()).isEqualTo("什么是ASA?");
    }

    @Test
    void repeatedSectionTitlesRestartingNumbersAndJumps() {
        Reading r = read("""
                一、简答题(每题10分,共20分)
                1.什么是服务补救?
                2.什么是客户旅程?
                二、简答题(每题10分,共30分)
                1.什么是首问负责制?
                3.什么是服务蓝图?
                2.什么是SLA?
                """);
        assertThat(r.paper().sections()).extracting(ReadSection::title).containsExactly("简答题", "简答题");
        assertThat(s(r, 2).questions()).extracting(ReadQuestion::number).containsExactly("1", "3", "2");
        assertThat(r.paper().warnings()).filteredOn(w -> w.code() == Code.NUMBERING_JUMP)
                .singleElement().satisfies(w -> {
                    assertThat(w.section()).isEqualTo(2);
                    assertThat(w.question()).isEqualTo(2);
                    assertThat(w.args()).containsExactly("2", "3");
                });
        assertThat(hasWarning(r, Code.NUMBERING_RESTART, 2, 3)).isTrue();
        assertThat(hasWarning(r, Code.NUMBERING_RESTART, 2, 1)).isFalse();
        assertThat(hasWarning(r, Code.SECTION_COUNT_MISMATCH, 2, null)).isFalse();
        assertThat(hasWarning(r, Code.SECTION_POINTS_MISMATCH, 2, null)).isFalse();
    }

    @Test
    void aPaperWithoutSectionsGuessesKindsAndSaysSo() {
        Reading r = read("""
                客服岗位面试题
                1.请做一个简单的自我介绍。
                2.请结合你过往的经历,说说你如何安抚一位愤怒的客户。
                3.下列哪项不是客服的基本素质( )
                A.耐心 B.同理心 C.推诿 D.责任心
                答案:C
                """);
        assertThat(r.paper().title()).isEqualTo("客服岗位面试题");
        assertThat(r.paper().sections()).singleElement().satisfies(sec -> {
            assertThat(sec.title()).isNull();
            assertThat(sec.number()).isNull();
        });
        assertThat(q(r, 1, 1).kind()).isEqualTo(QuestionKind.SHORT_ANSWER);
        assertThat(q(r, 1, 2).kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
        assertThat(q(r, 1, 3).kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        assertThat(q(r, 1, 3).key()).isEqualTo("C");
        assertThat(hasWarning(r, Code.KIND_GUESSED, 1, 2)).isTrue();
        assertThat(hasWarning(r, Code.MISSING_POINTS, 1, 1)).isTrue();
        assertThat(q(r, 1, 1).points()).isNull();
    }

    @Test
    void partsUnderASectionTakeItsPointsAndCountTheirOwnNumbers() {
        Reading r = read("""
                一、选择题(每题2分)
                (一)单选题
                1.客服的核心是( )
                A.客户;B.老板;C.同事;D.自己
                (二)多选题(每题3分)
                1.售后包括( )
                A.退货 B.换货 C.广告 D.维修
                二、判断题
                1.客户永远是对的。(×)
                四、简答题
                1.什么是NPS?
                """);
        assertThat(r.paper().sections()).extracting(ReadSection::title).containsExactly("单选题", "多选题", "判断题", "简答题");
        assertPoints(s(r, 1).pointsEach(), "2");
        assertPoints(s(r, 2).pointsEach(), "3");
        assertThat(q(r, 1, 1).options()).containsExactly("客户", "老板", "同事", "自己");
        assertThat(r.paper().warnings()).filteredOn(w -> w.code() == Code.NUMBERING_JUMP || w.code() == Code.NUMBERING_RESTART)
                .singleElement().satisfies(w -> {
                    assertThat(w.code()).isEqualTo(Code.NUMBERING_JUMP);
                    assertThat(w.section()).isEqualTo(4);
                    assertThat(w.args()).containsExactly("3", "四");
                });
    }

    @Test
    void headerPointsInTheirUsualWordings() {
        assertThat(Cues.headerPoints("单项选择题(本大题共10小题,每小题2分,共20分)"))
                .isEqualTo(new Cues.HeaderPoints(pts("2"), 10, pts("20")));
        assertThat(Cues.headerPoints("多选题(第11-15题,每题4分)")).isEqualTo(new Cues.HeaderPoints(pts("4"), null, null));
        assertThat(Cues.headerPoints("情景模拟题(3题,每题20分,共60分)")).isEqualTo(new Cues.HeaderPoints(pts("20"), 3, pts("60")));
        assertThat(Cues.headerPoints("判断题(每題2分,共20分)".replace('題', '题'))).isEqualTo(new Cues.HeaderPoints(pts("2"), null, pts("20")));
        assertThat(Cues.headerPoints("案例分析题(30分)")).isEqualTo(new Cues.HeaderPoints(null, null, pts("30")));
        assertThat(Cues.headerPoints("简答题(每题7.5分,共15分)")).isEqualTo(new Cues.HeaderPoints(pts("7.5"), null, pts("15")));
    }

    private static java.math.BigDecimal pts(String n) {
        return Text.plain(new java.math.BigDecimal(n));
    }

    @Test
    void lettersInsideASentenceAreNotOptions() {
        Reading r = read("""
                一、简答题
                1.将客户分为A、B两类的依据是什么?
                二、单选题
                1.首问负责制的核心是(  )A.推诿B.负责到底C.转交D.等待
                """);
        assertThat(q(r, 1, 1).stem()).isEqualTo("将客户分为A、B两类的依据是什么?");
        assertThat(q(r, 2, 1).options()).containsExactly("推诿", "负责到底", "转交", "等待");
    }

    @Test
    void optionsOnAContinuationLineOfTheStem() {
        Reading r = read("""
                一、单选题
                1.下列关于客户投诉处理,
                说法正确的是 A.先解释 B.先倾听 C.先赔偿 D.先挂断
                正确答案是B
                """);
        assertThat(q(r, 1, 1).stem()).isEqualTo("下列关于客户投诉处理,\n说法正确的是");
        assertThat(q(r, 1, 1).options()).containsExactly("先解释", "先倾听", "先赔偿", "先挂断");
        assertThat(q(r, 1, 1).key()).isEqualTo("B");
    }
}
