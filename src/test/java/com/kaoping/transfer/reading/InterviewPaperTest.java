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

/** A written test with notes, parts, spaced options, keys before statements, and interview questions with criteria. */
class InterviewPaperTest {

    static final String PAPER = """
            XX电商公司
            2025年售后客服岗位招聘笔试题(A卷)
            姓名:________ 得分:________
            注意事项:
            1.本试卷共4页,满分100分。
            2.考试时间60分钟。
            第一部分 基础知识
            一、单项选择题:每题2分,共4分
            1.客户签收后发现商品破损,正确做法是(  )
            A 直接退款
            B 要求客户提供照片并登记售后
            C 让客户联系快递
            D 告知无法处理
            2.(  )客户永远是对的。
            A.正确  B.错误
            【答案】B
            【解析】客户也可能有误解,但要尊重客户。
            二、判断题(正确的打√,错误的打×)(每题3分,共6分)
            1.(×)只要客户不满意就应该全额退款。
            2.(√)服务过程中应使用礼貌用语。
            第二部分 综合能力
            三、面试问答题(每题15分,共45分)
            问题1:请谈谈你对"客户第一"的理解。
            参考答案:要点:以客户需求为导向;主动服务;持续改进。
            问题2:假如你是售后主管,团队本月投诉率上升30%,你会怎么做?
            参考答案:
            第一步:数据分析,找出投诉集中的环节(5分)
            第二步:针对性培训与流程优化(5分)
            第三步:建立回访机制,跟踪效果(5分)
            考察点:1.管理思维 2.数据意识 3.执行力
            问题3:请举一个你成功挽回流失客户的例子。
            评分要点:有具体事例(5分);逻辑清晰:识别-分析-方案-执行-复盘(5分);说明结果与教训(5分)
            """;

    @Test
    void readsNotesPartsAndInterviewQuestions() {
        Reading r = read(PAPER);
        ReadPaper p = r.paper();
        assertThat(p.title()).isEqualTo("2025年售后客服岗位招聘笔试题(A卷)");
        assertThat(p.timeLimitMinutes()).isEqualTo(60);
        assertPoints(p.statedTotal(), "100");
        assertThat(p.sections()).extracting(ReadSection::title).containsExactly("单项选择题", "判断题", "面试问答题");
        assertThat(s(r, 1).instructions()).isNull();
        assertPoints(s(r, 1).pointsEach(), "2");
        assertPoints(s(r, 1).statedTotal(), "4");
        assertThat(s(r, 2).instructions()).isEqualTo("正确的打√,错误的打×");

        assertThat(q(r, 1, 1).options()).containsExactly("直接退款", "要求客户提供照片并登记售后", "让客户联系快递", "告知无法处理");
        assertThat(hasWarning(r, Code.MISSING_KEY, 1, 1)).isTrue();
        assertThat(q(r, 1, 2).key()).isEqualTo("B");
        assertThat(q(r, 1, 2).explanation()).isEqualTo("客户也可能有误解,但要尊重客户。");
        assertThat(s(r, 2).questions()).extracting(ReadQuestion::key).containsExactly("FALSE", "TRUE");
        assertThat(q(r, 2, 1).stem()).isEqualTo("只要客户不满意就应该全额退款。");

        assertThat(s(r, 3).questions()).extracting(ReadQuestion::number).containsExactly("1", "2", "3");
        assertThat(q(r, 3, 1).referenceAnswer()).isEqualTo("要点:以客户需求为导向;主动服务;持续改进。");
        ReadQuestion plan = q(r, 3, 2);
        assertThat(plan.kind()).isEqualTo(QuestionKind.SCENARIO);
        assertThat(plan.rubricSteps()).extracting(ReadQuestion.ReadStep::label)
                .containsExactly("数据分析,找出投诉集中的环节", "针对性培训与流程优化", "建立回访机制,跟踪效果");
        assertThat(plan.competencies()).containsExactly("管理思维", "数据意识", "执行力");
        ReadQuestion story = q(r, 3, 3);
        assertThat(story.kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
        assertThat(story.rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("有具体事例", "逻辑清晰", "说明结果与教训");
        assertThat(story.rubricSteps()).allSatisfy(st -> assertPoints(st.points(), "5"));
        assertThat(hasWarning(r, Code.KIND_GUESSED, 3, 3)).isTrue();
        assertThat(hasWarning(r, Code.STEP_POINTS_MISMATCH, 3, 2)).isFalse();
        assertThat(hasWarning(r, Code.STEP_POINTS_MISMATCH, 3, 3)).isFalse();
    }

    @Test
    void starFramesWithLettersAndBracketedSectionTitles() {
        Reading r = read("""
                【行为面试题】
                1 .请讲述一次你处理最棘手客户投诉的经历。(20分)
                参考答案:
                S(情境):交代时间、客户与问题(4分)
                T(任务):说明你的职责(4分)
                A(行动):具体做了什么,如何沟通(8分)
                R(结果):结果与反思(4分)
                考察能力:抗压能力、沟通能力、复盘意识
                2 .请举例说明你如何帮助同事提升服务质量。(20分)
                """);
        assertThat(s(r, 1).title()).isEqualTo("行为面试题");
        assertThat(s(r, 1).number()).isNull();
        ReadQuestion story = q(r, 1, 1);
        assertThat(story.number()).isEqualTo("1");
        assertThat(story.kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
        assertPoints(story.points(), "20");
        assertThat(story.rubricSteps()).extracting(ReadQuestion.ReadStep::label)
                .containsExactly("S(情境)", "T(任务)", "A(行动)", "R(结果)");
        assertThat(story.rubricSteps()).extracting(st -> st.points().intValue()).containsExactly(4, 4, 8, 4);
        assertThat(story.rubricSteps().get(2).guidance()).isEqualTo("具体做了什么,如何沟通");
        assertThat(story.competencies()).containsExactly("抗压能力", "沟通能力", "复盘意识");
        assertThat(q(r, 1, 2).stem()).isEqualTo("请举例说明你如何帮助同事提升服务质量。");
        assertThat(r.paper().warnings()).extracting(ReadWarning::code).doesNotContain(Code.KIND_GUESSED, Code.STEP_POINTS_MISMATCH);
    }

    @Test
    void unnumberedQuestionAndAnswerPairs() {
        Reading r = read("""
                客服面试常见问题
                问:你为什么选择客服这个职业?
                答:我喜欢与人沟通,帮助他人解决问题让我有成就感。
                问:如果客户一直骂人,你怎么办?
                答:保持冷静,先倾听,待客户情绪平复后再解决问题。
                """);
        assertThat(r.paper().title()).isEqualTo("客服面试常见问题");
        assertThat(s(r, 1).questions()).hasSize(2);
        assertThat(q(r, 1, 1).number()).isNull();
        assertThat(q(r, 1, 1).stem()).isEqualTo("你为什么选择客服这个职业?");
        assertThat(q(r, 1, 1).referenceAnswer()).isEqualTo("我喜欢与人沟通,帮助他人解决问题让我有成就感。");
        assertThat(q(r, 1, 2).kind()).isEqualTo(QuestionKind.SCENARIO);
        assertThat(q(r, 1, 2).source()).isEqualTo(new ReadQuestion.SourceLines(4, 5));
        assertThat(hasWarning(r, Code.KIND_GUESSED, 1, 2)).isTrue();
    }

    @Test
    void questionAndAnswerWrittenQandA() {
        Reading r = read("""
                客服面试Q&A
                Q:你能接受倒班吗?
                A:可以,我理解客服岗位需要7x24小时服务。
                Q:你如何看待客户的无理要求?
                A:先理解客户诉求,再在规则内寻找解决办法。
                """);
        assertThat(s(r, 1).questions()).hasSize(2);
        assertThat(q(r, 1, 1).options()).isEmpty();
        assertThat(q(r, 1, 1).referenceAnswer()).isEqualTo("可以,我理解客服岗位需要7x24小时服务。");
        assertThat(q(r, 1, 2).stem()).isEqualTo("你如何看待客户的无理要求?");
    }

    @Test
    void anInterviewListNumberedInChineseNumerals() {
        Reading r = read("""
                客服主管面试题
                一、请做一下自我介绍?
                二、你为什么离开上一家公司?
                答:寻求更大的发展平台。
                三、谈谈你对客服工作的理解。
                """);
        assertThat(r.paper().sections()).singleElement().satisfies(sec -> assertThat(sec.title()).isNull());
        assertThat(s(r, 1).questions()).extracting(ReadQuestion::number).containsExactly("一", "二", "三");
        assertThat(q(r, 1, 2).referenceAnswer()).isEqualTo("寻求更大的发展平台。");
        assertThat(q(r, 1, 3).stem()).isEqualTo("谈谈你对客服工作的理解。");
    }
}
