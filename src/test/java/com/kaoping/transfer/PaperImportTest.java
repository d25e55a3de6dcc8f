package com.kaoping.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperRuleException;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.paper.PaperStatus;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.Questions;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import transaction: all or nothing, cases shared, duplicates reused, one paper per review page. */
@KaopingTest
class PaperImportTest {

    @Autowired
    PaperImport imports;

    @Autowired
    PaperService papers;

    @Autowired
    QuestionBank bank;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long hr;
    String marker;

    @BeforeEach
    void setUp() {
        hr = users.create(Role.HR).id();
        marker = "I" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void importMakesOneCasePerSharedBackgroundTheQuestionsAndADraftPaperInOrder() {
        String background = marker + " 某电商平台大促期间，物流延误导致大量投诉。";
        ImportPlan plan = plan(
                new ImportPlan.Section("案例分析题", null, null, List.of(
                        item(caseQuestion(marker + " 问题一：分析投诉激增的原因。"), background, "10"),
                        item(caseQuestion(marker + " 问题二：提出改进措施。"), background, "10"),
                        item(Questions.singleChoice(marker + " 客户满意度的缩写是？"), null, "2"))),
                new ImportPlan.Section("情景模拟题", "请模拟处理过程。", "双十一仓库故障", List.of(
                        item(Questions.scenario(marker + " 客户来电投诉订单延迟。"), null, "20"))));

        long paperId = imports.importPaper(plan, hr);

        PaperDetail paper = papers.detail(paperId);
        assertThat(paper.status()).isEqualTo(PaperStatus.DRAFT);
        assertThat(paper.sections()).extracting(PaperDetail.Section::title).containsExactly("案例分析题", "情景模拟题");
        // a background under the section is a case its questions share (import.md), shown once as such
        assertThat(paper.sections().get(1).background()).isNull();
        assertThat(paper.sections().get(1).items().get(0).question().caseRef().background()).isEqualTo("双十一仓库故障");
        assertThat(paper.sections().get(0).items()).extracting(i -> i.question().stem()).containsExactly(
                marker + " 问题一：分析投诉激增的原因。", marker + " 问题二：提出改进措施。", marker + " 客户满意度的缩写是？");
        assertThat(paper.total()).isEqualByComparingTo("42");
        List<PaperDetail.Item> caseItems = paper.sections().get(0).items().subList(0, 2);
        assertThat(caseItems).allSatisfy(i -> assertThat(i.question().caseRef()).isNotNull());
        assertThat(caseItems.get(0).question().caseRef().id()).isEqualTo(caseItems.get(1).question().caseRef().id());
        assertThat(caseItems.get(0).question().caseRef().background()).isEqualTo(background);
        assertThat(paper.sections().get(0).items().get(2).question().tags()).containsExactly("来源试卷");
    }

    @Test
    void aQuestionBreakingTheRulesWritesNothingAndSaysWhere() {
        QuestionContent noStem = Questions.withStem(Questions.scenario("x"), " ");
        ImportPlan plan = plan(new ImportPlan.Section("情景模拟题", null, null, List.of(
                item(caseQuestion(marker + " 第一题"), marker + " 背景", "10"),
                item(noStem, null, "20"))));
        long before = count();

        assertThatThrownBy(() -> imports.importPaper(plan, hr))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.section() + ":" + p.item() + ":" + p.violation().field())
                        .containsExactly("0:1:stem"));
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from question_case where background like ?", Long.class,
                marker + "%")).isZero();
        assertThat(imports.importedBy(plan.creationToken())).isEmpty();
    }

    /** A bank question archived since the paper was read is refused before anything is written. */
    @Test
    void aReusedQuestionArchivedMeanwhileIsRefusedBeforeAnythingIsWritten() {
        long archived = bank.create(Questions.singleChoice(marker + " 已归档"), hr, null);
        bank.archive(archived, hr);
        ImportPlan plan = plan(new ImportPlan.Section("单选题", null, null, List.of(
                item(Questions.singleChoice(marker + " 新题"), null, "2"),
                new ImportPlan.Item(null, null, archived, new BigDecimal("2")))));
        long before = count();

        assertThatThrownBy(() -> imports.importPaper(plan, hr))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.item() + ":" + p.violation().field()).containsExactly("1:duplicateOf"));
        assertThat(count()).isEqualTo(before);
    }

    /** The paper is made last: when it is refused, the questions and cases made before it go too. */
    @Test
    void aFailureAfterQuestionsWereMadeRollsThemBackToo() {
        ImportPlan plan = new ImportPlan(new PaperSettings(marker + " 没有时长的笔试", PaperPurpose.WRITTEN_TEST, null,
                null, null, null, null, false, false), List.of(new ImportPlan.Section("单选题", null, null, List.of(
                item(caseQuestion(marker + " 新题"), marker + " 背景", "10")))), UUID.randomUUID());
        long before = count();

        assertThatThrownBy(() -> imports.importPaper(plan, hr)).isInstanceOf(PaperRuleException.class);
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from question_case where background like ?", Long.class,
                marker + "%")).isZero();
    }

    @Test
    void aReusedBankQuestionIsNotCopiedAndKeepsThePapersPoints() {
        long existing = bank.create(Questions.singleChoice(marker + " 题库已有"), hr, null);
        ImportPlan plan = plan(new ImportPlan.Section("单选题", null, null, List.of(
                new ImportPlan.Item(null, null, existing, new BigDecimal("3")))));
        long before = count();

        PaperDetail paper = papers.detail(imports.importPaper(plan, hr));

        assertThat(count()).isEqualTo(before);
        PaperDetail.Item only = paper.sections().get(0).items().get(0);
        assertThat(only.questionId()).isEqualTo(existing);
        assertThat(only.points()).isEqualByComparingTo("3");
        assertThat(only.overridden()).isTrue();
    }

    @Test
    void theSameReviewPageImportedTwiceMakesOnePaper() {
        ImportPlan plan = plan(new ImportPlan.Section("单选题", null, null, List.of(
                item(Questions.singleChoice(marker + " 一次"), null, "2"))));
        long first = imports.importPaper(plan, hr);
        long between = count();

        assertThat(imports.importPaper(plan, hr)).isEqualTo(first);
        assertThat(count()).isEqualTo(between);
    }

    @Test
    void theBankFindsAStemWrittenInTraditionalScriptWithOtherPunctuation() {
        long id = bank.create(Questions.singleChoice(marker + " 客户投诉时，你会怎么做？"), hr, null);

        Map<String, Long> found = bank.findSameStems(List.of(marker + "客戶投訴時 你會怎麼做", marker + " 别的问题"));

        assertThat(found).containsExactly(Map.entry(marker + "客戶投訴時 你會怎麼做", id));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from question where stem like ?", Long.class, marker + "%");
    }

    private ImportPlan plan(ImportPlan.Section... sections) {
        return new ImportPlan(new PaperSettings(marker + " 导入的试卷", PaperPurpose.WRITTEN_TEST, null, 60, null,
                null, null, false, false), List.of(sections), UUID.randomUUID());
    }

    private static ImportPlan.Item item(QuestionContent content, String caseBackground, String points) {
        return new ImportPlan.Item(Questions.withTags(content, List.of("来源试卷")), caseBackground, null,
                new BigDecimal(points));
    }

    private static QuestionContent caseQuestion(String stem) {
        QuestionContent s = Questions.scenario(stem);
        return new QuestionContent(QuestionKind.CASE_ANALYSIS, stem, null, new BigDecimal("10"), 3, "zh-CN",
                List.of(), null, List.of(), null, null, null, "要点一；要点二。",
                List.of(Questions.step("原因分析", "5"), Questions.step("改进措施", "5")), List.of(), List.of(),
                List.of(), null, null);
    }
}
