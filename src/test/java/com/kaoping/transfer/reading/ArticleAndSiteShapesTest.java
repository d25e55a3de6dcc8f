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

    @Test
    void listicleAskLabelIsNotStemAndKindsComeFromTheItem() {
        Reading r = read("""
                网店客服常见面试题整理
                1、问：你为什么离开上一家公司？
                答：说明客观原因，不抱怨前雇主。
                2、问：说说你过去被客户误解的一次经历，后来怎么样了？
                答：讲清经过和结果。
                3、问：请讲一次你加班完成任务的经历。
                答：突出责任心。
                4、问：店铺同时涌入几十个咨询，你一个人怎么办？
                答：先用快捷回复稳住，再按紧急程度处理。
                5、Q：你平时怎么看待加班？
                答：理性看待。
                """);
        assertThat(q(r, 1, 1).stem()).isEqualTo("你为什么离开上一家公司？");
        assertThat(q(r, 1, 5).stem()).isEqualTo("你平时怎么看待加班？");
        assertThat(q(r, 1, 1).kind()).isEqualTo(QuestionKind.SHORT_ANSWER);
        assertThat(q(r, 1, 2).kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
        assertThat(q(r, 1, 3).kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
        assertThat(q(r, 1, 4).kind()).isEqualTo(QuestionKind.SCENARIO);
        assertThat(q(r, 1, 5).kind()).isEqualTo(QuestionKind.SHORT_ANSWER);
    }

    @Test
    void taiwaneseBlogPaperWithBlanksBeforeNumbersAndCircleForTrueIsKeyed() {
        Reading r = read("""
                【考古題】門市人員甄選筆試題目 - 小熊部落格
                分類：求職心得　2023-05-01
                ○○超商門市人員甄選　筆試試題
                一、選擇題（每題5分）
                （　）1. 顧客結帳時發現價格標示錯誤，應 (A)堅持系統價格 (B)依標示價格處理並回報 (C)請顧客放棄購買
                （　）2. 顧客詢問商品位置，應 (A)用手隨便一指 (B)親自帶領或清楚說明 (C)請顧客自己找
                二、是非題（每題5分）
                （　）1. 店員可以拒絕協助行動不便的顧客。
                （　）2. 遇到客訴應先傾聽顧客說明。
                【解答】
                一、1.B 2.B
                二、1.× 2.○
                """);
        assertThat(r.paper().title()).isEqualTo("○○超商门市人员甄选 笔试试题");
        assertThat(s(r, 2).title()).isEqualTo("是非题");
        assertThat(r.paper().sections()).hasSize(2);
        assertThat(q(r, 1, 1).key()).isEqualTo("B");
        assertThat(q(r, 1, 2).key()).isEqualTo("B");
        assertThat(q(r, 2, 1).stem()).isEqualTo("店员可以拒绝协助行动不便的顾客。");
        assertThat(q(r, 2, 1).kind()).isEqualTo(QuestionKind.TRUE_FALSE);
        assertThat(q(r, 2, 1).key()).isEqualTo(Keys.FALSE);
        assertThat(q(r, 2, 2).key()).isEqualTo(Keys.TRUE);
    }

    @Test
    void questionsAndLabelledFactsAboveThePaperAreNotItsTitle() {
        Reading r = read("""
                客服面试一般会问哪些问题？
                来源：某问答网站　阅览数：1,024
                某快递公司客服岗位笔试题
                一、简答题（每题10分）
                1. 请简述首问负责制。
                """);
        assertThat(r.paper().title()).isEqualTo("某快递公司客服岗位笔试题");
    }

    @Test
    void withdrawnQuestionPerQuestionPointsAndAPageHeaderMidOptionsAreRead() {
        Reading r = read("""
                水务热线坐席业务测试
                一、单选题（4分/题，共8分）
                1.用户报修水管爆裂，应首先（　）。
                A.登记后等待
                某水务集团培训部编印　第3页
                B.指导关闭总阀并派单
                答案：B
                2.（本题已删除）
                3.停水通知至少应提前（　）。
                A.1小时
                B.24小时
                答案：B
                """);
        assertPoints(s(r, 1).pointsEach(), "4");
        assertThat(s(r, 1).questions()).extracting(ReadQuestion::number).containsExactly("1", "3");
        assertThat(q(r, 1, 1).options()).containsExactly("登记后等待", "指导关闭总阀并派单");
        assertPoints(q(r, 1, 2).points(), "4");
        assertThat(r.lines()).noneMatch(l -> l.contains("编印"));
    }

    @Test
    void secondMaterialAfterTheFirstCasesAnswerOpensItsOwnCase() {
        Reading r = read("""
                一、案例分析题（共40分）
                材料一：
                某银行网点排队过长，客户在大堂与保安发生争执。
                请回答：
                (1)请分析争执的原因。（10分）
                参考答案：等候时间长（5分）；引导不到位（5分）
                (2)你会如何改进大堂服务？（10分）
                参考答案：增设引导岗，推广线上预约。
                材料二：
                某网点推出上门为老年客户办理业务的服务，好评很多。
                请回答：
                (1)谈谈这项服务的意义。（10分）
                参考答案：体现温度。
                (2)推广中可能遇到什么困难？（10分）
                参考答案：人手与风险控制。
                """);
        assertThat(s(r, 1).questions()).hasSize(4);
        assertThat(q(r, 1, 2).rubricSteps()).isEmpty();
        assertThat(q(r, 1, 2).caseBackground()).startsWith("某银行网点");
        assertThat(q(r, 1, 3).stem()).isEqualTo("谈谈这项服务的意义。");
        assertThat(q(r, 1, 3).caseBackground()).startsWith("某网点推出上门");
        assertThat(q(r, 1, 4).caseBackground()).startsWith("某网点推出上门");
        assertThat(q(r, 1, 4).kind()).isEqualTo(QuestionKind.CASE_ANALYSIS);
    }

    @Test
    void numberedPointsWithoutScoresAreTheReferenceAnswerNotSteps() {
        Reading r = read("""
                一、简答题（每题10分）
                1.客户要求加急配送，客服应如何回应？
                参考答案：①先查询可否加急；②说明加急费用；③确认后及时下单。
                2.如何安抚久等的客户？
                参考答案：①致歉（4分）；②说明原因（3分）；③给出时限（3分）
                """);
        assertThat(q(r, 1, 1).rubricSteps()).isEmpty();
        assertThat(q(r, 1, 1).referenceAnswer()).contains("先查询可否加急");
        assertThat(q(r, 1, 2).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("致歉", "说明原因", "给出时限");
    }

    @Test
    void labelledScoredStepsUnderAQuestionOfTheSameNumberingStaySteps() {
        Reading r = read("""
                三、情景模拟题（20分）
                １．一位老年客户打来电话，说看不懂账单，请写出你的处理过程。
                参考答案：
                1. 耐心倾听：请客户慢慢说明疑问(5分)
                2. 逐项解释：请客户对照账单一起看(10分)
                3. 确认理解：请客户复述关键费用(5分)
                """);
        assertThat(s(r, 1).questions()).hasSize(1);
        assertThat(q(r, 1, 1).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("耐心倾听", "逐项解释", "确认理解");
    }

    @Test
    void anUnnumberedQuestionRightUnderASectionStatingOneQuestionsPointsIsRead() {
        Reading r = read("""
                一、简答题（每题5分，共5分）
                1.什么是服务补救？
                二、论述题（30分）
                结合门店数字化的趋势，论述店长在顾客服务中的角色变化。
                参考答案：从执行者到教练，言之成理即可。
                """);
        assertThat(s(r, 2).title()).isEqualTo("论述题");
        assertThat(s(r, 2).questions()).hasSize(1);
        assertThat(q(r, 2, 1).stem()).startsWith("结合门店数字化的趋势");
        assertPoints(q(r, 2, 1).points(), "30");
        assertThat(q(r, 2, 1).referenceAnswer()).startsWith("从执行者到教练");
    }

    @Test
    void aLastQuestionBrokenOffMidSentenceIsLeftOutAndThePaperMarkedTruncated() {
        Reading r = read("""
                一、简答题（每题10分）
                1.如何处理客户的重复来电？
                参考答案：查看历史工单，一次解决。
                2.客户反映快递被放在门口丢失，要求赔偿，请说明你会
                """);
        assertThat(r.paper().truncated()).isTrue();
        assertThat(s(r, 1).questions()).hasSize(1);
        assertThat(r.paper().warnings()).anyMatch(w -> w.code() == ReadWarning.Code.TRUNCATED
                && w.args().get(0).startsWith("客户反映快递被放在门口"));
    }

    @Test
    void aLastQuestionWithoutFinalStopInAPaperWithoutAnswersIsKept() {
        Reading r = read("""
                一、简答题（每题10分）
                1.简述首问负责制
                2.简述服务补救的意义
                """);
        assertThat(r.paper().truncated()).isFalse();
        assertThat(s(r, 1).questions()).hasSize(2);
    }

    @Test
    void gatheredMultipleChoiceKeysSeparatedByQuestionMarksAreRead() {
        Reading r = read("""
                一、多选题（每题4分）
                1.?前台交接班应交接的内容有（??）
                A.?待办事项
                B.?备用金
                C.?个人爱好
                2.?宾客遗留物品应（??）
                A.?登记
                B.?保管
                C.?丢弃
                参考答案
                一、1.A、B??2.A、B
                """);
        assertThat(q(r, 1, 1).key()).isEqualTo("A,B");
        assertThat(q(r, 1, 2).key()).isEqualTo("A,B");
        assertThat(q(r, 1, 1).explanation()).isNull();
    }

    @Test
    void aHiddenRestPromptAfterAnswersThatReachTheLastQuestionIsNotATruncation() {
        Reading r = read("""
                一、判断题（每题5分）
                1.客服可以随意承诺赔偿。
                2.投诉应在时限内回复。
                参考答案
                1.× 2.√
                还剩2页未读，继续阅读
                """);
        assertThat(q(r, 1, 2).key()).isEqualTo(Keys.TRUE);
        assertThat(r.paper().truncated()).isFalse();
    }

    @Test
    void onALinePastedWholeTheHeadingIsTheTextRightBeforeItsTimeNote() {
        Reading r = read("某某文库 max.example.com 预览已结束，下载文档到电脑，使用更方便 燃气客服考试题（热线） 某市燃气集团热线坐席上岗考试 （考试时间：30分钟 总分：20分）"
                + " 一、判断题（每题10分，共20分）1. 用户闻到燃气味应立即开灯检查。（×）2. 接到报险电话应立即派单。（√）");
        assertThat(r.paper().title()).isEqualTo("某市燃气集团热线坐席上岗考试");
        assertThat(r.paper().timeLimitMinutes()).isEqualTo(30);
    }

    @Test
    void aStepLabelEndsAtItsColonEvenWhenAQuoteFollowsInTheGuidance() {
        Reading r = read("""
                一、情景题（20分）
                1.客户的热水器反复漏水，要求换新，你会怎么处理？
                参考答案：
                (1)核实记录：查看维修单，判断是否属于“同一故障两次维修”的情形（10分）
                (2)给出方案：按规定换新或补偿（10分）
                """);
        assertThat(q(r, 1, 1).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("核实记录", "给出方案");
    }

    @Test
    void aStepMarkBrokenAcrossTwoLinesIsJoined() {
        Reading r = read("""
                一、情景题（20分）
                1.客户投诉新车有划痕，你会怎么处理？
                参考答案：
                (1)安抚客户：请到休息区（8
                分）
                (2)给出方案：免费修复并补偿（12分）
                """);
        assertThat(q(r, 1, 1).rubricSteps()).extracting(ReadQuestion.ReadStep::points)
                .containsExactly(new java.math.BigDecimal("8"), new java.math.BigDecimal("12"));
    }

    @Test
    void instructionsUnderASectionWithOneQuestionAreNotTakenForIt() {
        Reading r = read("""
                二、论述题（20分）
                请结合工作实际作答，要求观点明确、条理清楚、字数不少于300字。
                1.谈谈你对“服务无小事”的理解。
                """);
        assertThat(s(r, 1).questions()).hasSize(1);
        assertThat(q(r, 1, 1).stem()).startsWith("谈谈你对");
    }

    @Test
    void aListicleTitledWithAQuestionKeepsItWhenNoHeadingFollows() {
        Reading r = read("""
                客服面试常被问到哪些问题？
                1、问：你为什么选择客服工作？
                答：喜欢与人沟通。
                """);
        assertThat(r.paper().title()).isEqualTo("客服面试常被问到哪些问题？");
    }

    @Test
    void bulletsKeycapDigitsAndBracketedOrdinalsNumberTheItems() {
        Reading r = read("""
                ◆ 一、情景题（每题10分）
                【第1题】
                顾客买到临期商品要求十倍赔偿，你会怎么处理？
                【题目2】
                顾客在店内摔倒，你会怎么做？
                ▶ 二、简答题（每题5分）
                1️⃣ 什么是服务补救？
                2️⃣ 什么是首问负责制？
                """);
        assertThat(r.paper().sections()).extracting(ReadSection::title).containsExactly("情景题", "简答题");
        assertThat(q(r, 1, 1).stem()).startsWith("顾客买到临期商品");
        assertThat(q(r, 1, 2).number()).isEqualTo("2");
        assertThat(q(r, 2, 2).stem()).isEqualTo("什么是首问负责制？");
    }

    @Test
    void trueFalseKeysWrittenOAndXAfterAsciiBlanks() {
        Reading r = read("""
                一、是非题（每题2分）
                ( )1. 客服可透露客户帐户余额给其亲友。
                ( )2. 接听电话应先报单位名称。
                【答案】
                一、1.X 2.O
                """);
        assertThat(q(r, 1, 1).stem()).isEqualTo("客服可透露客户帐户余额给其亲友。");
        assertThat(q(r, 1, 1).key()).isEqualTo(Keys.FALSE);
        assertThat(q(r, 1, 2).key()).isEqualTo(Keys.TRUE);
    }

    @Test
    void answerLabelledHuidaIsTheReferenceAnswer() {
        Reading r = read("""
                问题1：你为什么想做门店客服？
                回答：喜欢面对面服务顾客。
                问题2：你如何看待周末值班？
                回答：理解行业特点，可以接受。
                """);
        assertThat(q(r, 1, 1).stem()).isEqualTo("你为什么想做门店客服？");
        assertThat(q(r, 1, 1).referenceAnswer()).isEqualTo("喜欢面对面服务顾客。");
        assertThat(q(r, 1, 2).referenceAnswer()).isEqualTo("理解行业特点，可以接受。");
    }

    @Test
    void aLastQuestionWithoutFullStopIsKeptWhenItsSentenceIsWhole() {
        Reading r = read("""
                一、简答题（每题10分）
                1.如何处理客户的重复来电？
                参考答案：查看历史工单，一次解决。
                2.简述首问负责制
                """);
        assertThat(r.paper().truncated()).isFalse();
        assertThat(s(r, 1).questions()).hasSize(2);
    }

    @Test
    void aPageNumberInsideAStemLineDoesNotDropTheLine() {
        Reading r = read("""
                一、简答题（每题10分）
                1.客户反映账单
                明细第2页的费用与合同不符
                你会如何核实？
                """);
        assertThat(q(r, 1, 1).stem()).contains("的费用与合同不符");
    }

    @Test
    void anArticlesUnnumberedPartNamedWithPianIsASection() {
        Reading r = read("""
                ━━━━━━━━
                情景应对篇（每题10分）
                ━━━━━━━━
                【情景题1】
                客户投诉配送超时，你会怎么处理？
                ━━━━━━━━
                行为面试篇
                ━━━━━━━━
                【行为题1】
                请讲一次你带团队完成目标的经历。
                """);
        assertThat(r.paper().sections()).extracting(ReadSection::title).containsExactly("情景应对篇", "行为面试篇");
        assertPoints(s(r, 1).pointsEach(), "10");
        assertThat(q(r, 2, 1).kind()).isEqualTo(QuestionKind.BEHAVIOURAL);
    }

    @Test
    void pointsNumberedWithChineseNumeralsOrAsDefenFenAreSteps() {
        Reading r = read("""
                一、情景题（每题10分）
                1.客户因停电投诉，你会怎么处理？
                参考答案：
                要点一：致歉安抚（4分）
                要点二：告知恢复时间（6分）
                2.客户要求上门维修，你会怎么安排？
                参考答案：得分点1：确认地址（5分）得分点2：预约时间（5分）
                """);
        assertThat(q(r, 1, 1).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("致歉安抚", "告知恢复时间");
        assertThat(q(r, 1, 2).rubricSteps()).extracting(ReadQuestion.ReadStep::label).containsExactly("确认地址", "预约时间");
    }

    @Test
    void sectionPointsWrittenAsAProductOrAfterTheCount() {
        Reading r = read("""
                一、简答题（3题×6分=18分）
                1.简述服务补救。
                2.简述首问负责制。
                3.简述限时办结制。
                二、判断题（共2题，8分）
                1.客服可以挂断客户电话。
                2.应主动报工号。
                """);
        assertPoints(s(r, 1).pointsEach(), "6");
        assertPoints(s(r, 1).statedTotal(), "18");
        assertPoints(s(r, 2).statedTotal(), "8");
    }

    @Test
    void taiwaneseSectionNamesSayTheirKinds() {
        Reading r = read("""
                一、複選題（每題4分）
                1. 良好的電話禮儀包括 (A)微笑 (B)報名 (C)插話
                二、申論題（每題20分）
                1. 試論服務補救的重要性。
                """);
        assertThat(q(r, 1, 1).kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
        assertThat(q(r, 2, 1).kind()).isEqualTo(QuestionKind.ESSAY);
    }

    @Test
    void anArticlesClosingMarksAreNoise() {
        Reading r = read("""
                一、简答题（每题10分）
                1.如何安抚排队久等的顾客？
                参考答案：致歉并告知预计等待时间。
                - END -
                长按识别二维码，关注更多干货
                喜欢请点个在看
                """);
        assertThat(q(r, 1, 1).referenceAnswer()).isEqualTo("致歉并告知预计等待时间。");
    }

    @Test
    void beijingCailiaoIsTheSectionsSharedBackground() {
        Reading r = read("""
                一、案例分析题（共20分）
                背景材料：某超市会员日促销，收银台排起长队，多名顾客抱怨。
                1.分析顾客抱怨的原因。（10分）
                2.提出改进措施。（10分）
                """);
        assertThat(s(r, 1).background()).startsWith("某超市会员日促销");
        assertThat(s(r, 1).questions()).hasSize(2);
    }
}
