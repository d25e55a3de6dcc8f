package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.assertPoints;
import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static com.kaoping.transfer.reading.Papers.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.question.QuestionKind;
import com.kaoping.transfer.reading.ReadWarning.Code;
import org.junit.jupiter.api.Test;

/** Answers after each question or gathered at the end, keys in every notation, shared case backgrounds. */
class AnswersTest {

    @Test
    void keysInEveryNotation() {
        Reading r = read("""
                一、多选题(每题3分,共15分)
                1.售后服务包括( )
                A.退货 B.换货 C.维修 D.广告
                答案:A、B、C
                2.客服常用指标有( )
                A.CSAT B.NPS C.GDP D.FCR
                【答案】ABD
                3.投诉升级的条件有( )
                A.涉及人身安全 B.媒体介入 C.客户说话大声 D.金额巨大
                正确答案:A,B,D
                4.属于服务礼仪的有( )
                A.微笑 B.打断客户 C.礼貌用语 D.倾听
                参考答案:A C D
                5.以下说法正确的有( A、D )
                A.先处理情绪 B.推卸责任 C.与客户争执 D.及时回访
                二、判断题(每题1分,共5分)
                1.客户投诉都是无理取闹。 答案:×
                2.服务要有温度。答案:对
                3.可以随意承诺客户。答案:错误
                4.首问负责制要求第一位接待人员负责到底。答案:正确
                5.客服可以在电话中与客户争吵。(  ×  )
                """);
        assertThat(s(r, 1).questions()).extracting(ReadQuestion::key).containsExactly("A,B,C", "A,B,D", "A,B,D", "A,C,D", "A,D");
        assertThat(q(r, 1, 5).options()).containsExactly("先处理情绪", "推卸责任", "与客户争执", "及时回访");
        assertThat(s(r, 2).questions()).extracting(ReadQuestion::key).containsExactly("FALSE", "TRUE", "FALSE", "TRUE", "FALSE");
        assertThat(s(r, 2).questions()).allSatisfy(x -> assertThat(x.kind()).isEqualTo(QuestionKind.TRUE_FALSE));
        assertThat(q(r, 2, 1).stem()).isEqualTo("客户投诉都是无理取闹。");
        assertThat(q(r, 2, 5).stem()).isEqualTo("客服可以在电话中与客户争吵。");
        assertThat(codes(r)).doesNotContain(Code.MISSING_KEY, Code.SECTION_POINTS_MISMATCH, Code.KIND_GUESSED);
    }

    private static java.util.List<Code> codes(Reading r) {
        return Papers.codes(r);
    }

    @Test
    void answersGatheredAtTheEndWithoutSectionHeaders() {
        Reading r = read("""
                售后服务知识测试
                一、单选题(每题2分,共6分)
                1.退货运费险由谁承担运费( )
                A.买家 B.卖家 C.保险公司 D.快递公司
                2.七天无理由退货的起算时间是( )
                A.下单 B.付款 C.签收 D.发货
                3.客户要求开具发票,客服应( )
                A.拒绝 B.核实订单后按流程开具 C.让客户找财务 D.忽略
                二、判断题(每题2分,共4分)
                1.定制商品一般不适用七天无理由退货。
                2.客户签收后不能再申请售后。
                三、简答题(10分)
                1.请简述换货流程。
                试卷答案
                1.C(解析:运费险理赔给买家,由保险公司承担)
                2.C 3.B
                1.√ 2.×
                1.答:客户申请→客服审核→客户寄回→仓库验收→发出新品。
                4.D
                """);
        assertThat(q(r, 1, 1).key()).isEqualTo("C");
        assertThat(q(r, 1, 1).explanation()).isEqualTo("运费险理赔给买家,由保险公司承担");
        assertThat(q(r, 1, 2).key()).isEqualTo("C");
        assertThat(q(r, 1, 3).key()).isEqualTo("B");
        assertThat(q(r, 2, 1).key()).isEqualTo("TRUE");
        assertThat(q(r, 2, 2).key()).isEqualTo("FALSE");
        assertThat(q(r, 3, 1).referenceAnswer()).startsWith("客户申请→客服审核");
        assertPoints(q(r, 3, 1).points(), "10");
        assertThat(q(r, 3, 1).source()).isEqualTo(new ReadQuestion.SourceLines(22, 22));
        assertThat(r.paper().warnings()).filteredOn(w -> w.code() == Code.ANSWER_WITHOUT_QUESTION)
                .singleElement().satisfies(w -> assertThat(w.args()).containsExactly("4"));
        assertThat(codes(r)).doesNotContain(Code.MISSING_KEY);
    }

    @Test
    void answersGatheredUnderSectionNumerals() {
        Reading r = read("""
                一、单选题(每题5分)
                1.客服接起电话的标准用语是( )
                A.喂 B.您好,很高兴为您服务 C.什么事 D.说
                2.客户情绪激动时首先要( )
                A.讲道理 B.安抚情绪 C.挂电话 D.沉默
                二、案例分析题(20分)
                案例背景:一位老年客户多次来电询问同一个退款问题,每次都表示听不懂流程,情绪越来越差。
                问题:
                1.分析客户反复来电的原因。(8分)
                2.提出改进措施。(12分)
                参考答案
                一、1.B 2.B
                二、
                1.(1)流程说明过于专业(4分)(2)缺少主动回访(4分)
                2.(1)用通俗语言解释(6分)(2)安排专人跟进并回电(6分)
                """);
        assertThat(q(r, 1, 1).key()).isEqualTo("B");
        assertThat(q(r, 1, 2).key()).isEqualTo("B");
        ReadQuestion first = q(r, 2, 1);
        assertThat(first.kind()).isEqualTo(QuestionKind.CASE_ANALYSIS);
        assertThat(first.caseBackground()).startsWith("一位老年客户多次来电");
        assertThat(q(r, 2, 2).caseBackground()).isEqualTo(first.caseBackground());
        assertThat(first.stem()).isEqualTo("分析客户反复来电的原因。");
        assertPoints(first.points(), "8");
        assertThat(first.rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("流程说明过于专业", "缺少主动回访");
        assertThat(q(r, 2, 2).rubricSteps()).hasSize(2);
        assertThat(s(r, 2).background()).isNull();
        assertThat(codes(r)).doesNotContain(Code.SECTION_POINTS_MISMATCH, Code.STEP_POINTS_MISMATCH, Code.ANSWER_WITHOUT_QUESTION,
                Code.MISSING_KEY);
    }

    @Test
    void stepsThatDoNotAddUpAreKeptAndWarned() {
        Reading r = read("""
                一、情景模拟题(每题12分,共12分)
                1.客户在电话中威胁要去消协投诉,你如何应对?
                答案与解析:
                ①安抚:“我非常理解您的心情,我们一定会给您一个满意的答复。”(4分)
                ②核实:询问订单号与问题细节(3分)
                ③方案:给出退款或换货两种选择(3分)
                评分要点:同理心(Empathy)、问题解决(Problem Solving)、客户导向
                切忌与客户争辩;切忌随意承诺
                """);
        ReadQuestion x = q(r, 1, 1);
        assertThat(x.rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("安抚", "核实", "方案");
        assertThat(x.rubricSteps().get(0).modelWording()).isEqualTo("我非常理解您的心情,我们一定会给您一个满意的答复。");
        assertThat(x.rubricSteps().get(1).guidance()).isEqualTo("询问订单号与问题细节");
        assertThat(x.competencies()).containsExactly("同理心", "问题解决", "客户导向");
        assertThat(x.pitfalls()).containsExactly("与客户争辩", "随意承诺");
        assertPoints(x.points(), "12");
        assertThat(r.paper().warnings()).filteredOn(w -> w.code() == Code.STEP_POINTS_MISMATCH)
                .singleElement().satisfies(w -> assertThat(w.args()).containsExactly("10", "12"));
    }

    @Test
    void keyRangesAndPointsUnderTheHeader() {
        Reading r = read("""
                客服知识竞赛题
                一、单选题
                (每题1分,共6分)
                1.客户说"我要投诉你",首先应( )
                A.道歉并倾听 B.辩解 C.挂机 D.转给同事
                2.处理投诉的时限一般为( )
                A.24小时 B.一周 C.一个月 D.不限
                3.FCR指的是( )
                A.首次解决率 B.平均处理时长 C.满意度 D.接通率
                4.客户满意度调查常用( )分制
                A.1-5分 B.100 C.1000 D.无
                5.服务补救的第一步是( )
                A.承认问题 B.赔偿 C.辞退员工 D.沉默
                6.以下属于主动服务的是( )
                A.回访 B.等待 C.推诿 D.拖延
                二、简答题(每题7分,共14分)
                1.VIP客户享有哪些优先服务?
                2.如何处理客户的无理要求?
                答案解析
                1-5 ACAAA
                6.A
                二、1.优先接入、专属客服。
                2.(1)保持冷静(2分)
                (2)说明规定(2分)
                (3)提供替代方案(3分)
                """);
        assertThat(s(r, 1).questions()).extracting(ReadQuestion::key).containsExactly("A", "C", "A", "A", "A", "A");
        assertPoints(s(r, 1).pointsEach(), "1");
        assertPoints(s(r, 1).statedTotal(), "6");
        assertThat(s(r, 1).instructions()).isNull();
        assertThat(q(r, 1, 4).options()).containsExactly("1-5分", "100", "1000", "无");
        assertThat(q(r, 2, 1).stem()).isEqualTo("VIP客户享有哪些优先服务?");
        assertThat(q(r, 2, 1).referenceAnswer()).isEqualTo("优先接入、专属客服。");
        assertThat(q(r, 2, 2).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("保持冷静", "说明规定", "提供替代方案");
        assertThat(q(r, 2, 2).source()).isEqualTo(new ReadQuestion.SourceLines(36, 36));
        assertThat(codes(r)).doesNotContain(Code.MISSING_KEY, Code.STEP_POINTS_MISMATCH, Code.SECTION_POINTS_MISMATCH,
                Code.ANSWER_WITHOUT_QUESTION);
    }

    @Test
    void answersGatheredAfterOneSectionThenThePaperGoesOn() {
        Reading r = read("""
                一、单选题(每题2分)
                1.客户投诉首先要( )
                A.倾听 B.争辩 C.沉默 D.挂断
                参考答案
                1.A
                二、简答题(10分)
                1.简述服务补救的步骤。
                答案:(1)道歉(3分)(2)补偿(4分)(3)跟进(3分)
                """);
        assertThat(r.paper().sections()).hasSize(2);
        assertThat(q(r, 1, 1).key()).isEqualTo("A");
        assertThat(q(r, 2, 1).stem()).isEqualTo("简述服务补救的步骤。");
        assertPoints(q(r, 2, 1).points(), "10");
        assertThat(q(r, 2, 1).rubricSteps()).extracting(st -> st.points().intValue()).containsExactly(3, 4, 3);
        assertThat(codes(r)).doesNotContain(Code.ANSWER_WITHOUT_QUESTION, Code.STEP_POINTS_MISMATCH, Code.MISSING_KEY);
    }

    @Test
    void scoringStandardsWithTheQuestionsOwnNumberingAndAssessmentElements() {
        Reading r = read("""
                一、简答题(每题7分)
                1.如何处理客户的退款要求?
                评分标准:
                1.能表达歉意得2分
                2.提出方案可得5分
                测评要素:服务意识、规则意识
                2.简述首问负责制。
                """);
        assertThat(s(r, 1).questions()).hasSize(2);
        ReadQuestion refund = q(r, 1, 1);
        assertThat(refund.rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("能表达歉意", "提出方案");
        assertThat(refund.rubricSteps()).extracting(st -> st.points().intValue()).containsExactly(2, 5);
        assertThat(refund.competencies()).containsExactly("服务意识", "规则意识");
        assertThat(q(r, 1, 2).stem()).isEqualTo("简述首问负责制。");
        assertThat(codes(r)).doesNotContain(Code.STEP_POINTS_MISMATCH, Code.NUMBERING_JUMP, Code.NUMBERING_RESTART);
    }

    @Test
    void markersWhoseColonWasLostInAPdf() {
        Reading r = read("""
                一、单选题
                1.客服的核心是( )
                A.客户 B.老板 C.同事 D.自己
                答案 A
                解析 客户是服务的中心。
                """);
        assertThat(q(r, 1, 1).key()).isEqualTo("A");
        assertThat(q(r, 1, 1).explanation()).isEqualTo("客户是服务的中心。");
    }

    @Test
    void answerMarkersWithAGlossAndExampleAnswers() {
        Reading r = read("""
                一、简答题
                1.如何做好回访?
                参考答案(仅供参考):先确认时间,再询问满意度。
                2.如何接听电话?
                回答示例:您好,很高兴为您服务。
                """);
        assertThat(q(r, 1, 1).referenceAnswer()).isEqualTo("先确认时间,再询问满意度。");
        assertThat(q(r, 1, 2).referenceAnswer()).isEqualTo("您好,很高兴为您服务。");
    }

    @Test
    void bracketedAnswersAfterEachQuestionAndGatheredAtTheEnd() {
        Reading r = read("""
                一、单选题(每题2分)
                1.客户说"我要投诉"时应( )
                A.道歉 B.争辩 C.沉默 D.挂断【答案】A【解析】先安抚情绪。
                2.以下正确的是( )
                A.推诿 B.首问负责 C.拖延 D.敷衍
                答案与解析
                1.【答案】A【解析】略
                2.【答案】B【解析】首问负责制。
                """);
        assertThat(q(r, 1, 1).options()).containsExactly("道歉", "争辩", "沉默", "挂断");
        assertThat(q(r, 1, 1).key()).isEqualTo("A");
        assertThat(q(r, 1, 1).explanation()).startsWith("先安抚情绪。");
        assertThat(q(r, 1, 2).key()).isEqualTo("B");
        assertThat(q(r, 1, 2).explanation()).isEqualTo("首问负责制。");
        assertThat(r.lines()).contains("1.【答案】A");
        assertThat(codes(r)).doesNotContain(Code.MISSING_KEY, Code.ANSWER_WITHOUT_QUESTION);
    }

    @Test
    void aKeyTableOfNumbersOverLetters() {
        Reading r = read("""
                一、单选题(每题2分)
                1.客户投诉的首要处理原则是( )
                A.先处理心情 B.先讲规定 C.先查责任 D.先报主管
                2.客服通话结束时应( )
                A.礼貌道别 B.直接挂断 C.催促客户 D.沉默
                3.处理投诉时不宜( )
                A.倾听 B.记录 C.致歉 D.争辩
                参考答案
                题号 1 2 3
                答案 A A D
                """);
        assertThat(s(r, 1).questions()).extracting(ReadQuestion::key).containsExactly("A", "A", "D");
        assertThat(codes(r)).doesNotContain(Code.MISSING_KEY, Code.ANSWER_WITHOUT_QUESTION);
    }
}
