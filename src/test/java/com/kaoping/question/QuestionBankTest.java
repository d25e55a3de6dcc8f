package com.kaoping.question;

import static com.kaoping.question.Questions.scenario;
import static com.kaoping.question.Questions.singleChoice;
import static com.kaoping.question.Questions.step;
import static com.kaoping.question.Questions.withCase;
import static com.kaoping.question.Questions.withRubric;
import static com.kaoping.question.Questions.withStem;
import static com.kaoping.question.Questions.withTags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.kaoping.account.Role;
import com.kaoping.shared.NotFoundException;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@KaopingTest
class QuestionBankTest {

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
        marker = "M" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewQuestionIsRevisionOneAndReadsBackExactly() {
        QuestionContent content = scenario("客户来电投诉 " + marker);
        long id = bank.create(content, hr, null);
        QuestionDetail detail = bank.get(id);
        assertThat(detail.revision()).isEqualTo(1);
        assertThat(detail.content().rubric()).extracting(QuestionContent.RubricStep::label)
                .containsExactly("致歉与共情", "核实订单并给出方案", "承诺时限并跟进");
        assertThat(detail.content().rubricTotal()).isEqualByComparingTo("20");
        assertThat(bank.revision(id, 1)).isEqualTo(detail.content());
        assertThat(bank.history(id)).singleElement().satisfies(r -> {
            assertThat(r.changedBy()).isEqualTo(hr);
            assertThat(r.changedFields()).isEmpty();
        });
    }

    @Test
    void anEditKeepsTheEarlierVersionAndSaysWhatChanged() {
        long id = bank.create(scenario("退款 " + marker), hr, null);
        QuestionContent before = bank.get(id).content();
        QuestionContent edited = withRubric(before, List.of(step("致歉与共情", "6"),
                step("核实订单、给出两个可选方案", "10"), step("承诺时限并跟进", "4")));

        List<String> changed = bank.update(id, bank.get(id).version(), edited, hr);

        assertThat(changed).containsExactly("rubric");
        assertThat(bank.get(id).revision()).isEqualTo(2);
        assertThat(bank.revision(id, 1)).isEqualTo(before);
        assertThat(bank.revision(id, 2).rubric().get(1).label()).isEqualTo("核实订单、给出两个可选方案");
        assertThat(bank.history(id)).extracting(QuestionRevisionInfo::revision).containsExactly(2, 1);
    }

    @Test
    void savingTheSameContentAgainMakesNoRevision() {
        long id = bank.create(scenario("无变化 " + marker), hr, null);
        QuestionDetail detail = bank.get(id);
        assertThat(bank.update(id, detail.version(), detail.content(), hr)).isEmpty();
        assertThat(bank.get(id).revision()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsAConflictUnlessItSavesWhatIsAlreadyThere() {
        long id = bank.create(scenario("并发 " + marker), hr, null);
        QuestionDetail first = bank.get(id);
        QuestionContent mine = withStem(first.content(), "并发 A " + marker);
        QuestionContent theirs = withStem(first.content(), "并发 B " + marker);
        bank.update(id, first.version(), mine, hr);

        assertThatThrownBy(() -> bank.update(id, first.version(), theirs, hr))
                .isInstanceOf(OptimisticLockingFailureException.class);
        // a double-clicked save of the same edit is not a conflict
        assertThat(bank.update(id, first.version(), mine, hr)).isEmpty();
        assertThat(bank.get(id).content().stem()).isEqualTo("并发 A " + marker);
    }

    @Test
    void theSameCreationTokenCreatesOneQuestionEvenWhenSentAtOnce() throws Exception {
        UUID token = UUID.randomUUID();
        QuestionContent content = scenario("双击 " + marker);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Long> create = () -> {
                try {
                    return bank.create(content, hr, token);
                }
                catch (org.springframework.dao.DataIntegrityViolationException e) {
                    return bank.findCreatedBy(token).orElseThrow();
                }
            };
            List<Future<Long>> results = pool.invokeAll(List.of(create, create, create, create));
            long first = results.get(0).get();
            for (Future<Long> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from question where stem = ?", Integer.class,
                "双击 " + marker)).isEqualTo(1);
    }

    @Test
    void invalidContentIsRefusedAndNothingIsWritten() {
        QuestionContent bad = withRubric(scenario("坏 " + marker), List.of(step("a", "6"),
                new QuestionContent.RubricStep("", java.math.BigDecimal.ONE, null, null)));
        assertThatThrownBy(() -> bank.create(bad, hr, null)).isInstanceOf(InvalidQuestionException.class)
                .satisfies(e -> assertThat(((InvalidQuestionException) e).violations())
                        .extracting(Violation::field).containsExactly("rubric[1].label"));
        assertThat(jdbc.queryForObject("select count(*) from question where stem = ?", Integer.class,
                "坏 " + marker)).isZero();
    }

    @Test
    void searchFindsChineseAndEnglishWordsInStemBackgroundAndTags() {
        long chinese = bank.create(scenario("客户要求退款但超过了七天无理由期限 " + marker), hr, null);
        long english = bank.create(withStem(singleChoice("x"), "What does First Contact Resolution measure? "
                + marker), hr, null);
        long tagged = bank.create(withTags(scenario("标签题 " + marker), List.of("售后服务", "VIP客户")), hr, null);

        assertThat(ids(query("七天无理由 " + marker))).containsExactly(chinese);
        assertThat(ids(query("first contact " + marker.toLowerCase()))).containsExactly(english);
        assertThat(ids(query("ＦＩＲＳＴ " + marker))).as("full-width letters").containsExactly(english);
        assertThat(ids(query("vip客户 " + marker))).containsExactly(tagged);
        assertThat(ids(query("仓库系统故障 " + marker))).as("background").contains(chinese, tagged);
        assertThat(ids(query("50%_off " + marker))).as("like wildcards are literal").isEmpty();
    }

    @Test
    void aSubtitleIsKeptTrimmedSearchedAndInTheHistoryAndABlankOneIsNone() {
        long id = bank.create(Questions.withSubtitle(scenario("小标题 " + marker), "  情景模拟：处理" + marker + "投诉  "), hr, null);
        assertThat(bank.get(id).content().subtitle()).isEqualTo("情景模拟：处理" + marker + "投诉");
        assertThat(ids(query("处理" + marker))).containsExactly(id);
        assertThat(bank.search(query("处理" + marker), org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent().get(0).subtitle()).isEqualTo("情景模拟：处理" + marker + "投诉");
        QuestionDetail detail = bank.get(id);
        assertThat(bank.update(id, detail.version(), Questions.withSubtitle(detail.content(), "   "), hr))
                .containsExactly("subtitle");
        assertThat(bank.get(id).content().subtitle()).isNull();
        assertThat(bank.revision(id, 1).subtitle()).isEqualTo("情景模拟：处理" + marker + "投诉");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidQuestionException.class,
                () -> bank.create(Questions.withSubtitle(scenario("太长 " + marker), "题".repeat(201)), hr, null))
                .violations()).extracting(Violation::field).containsExactly("subtitle");
    }

    @Test
    void stepGroupsAreKeptAndACapNoStepUsesIsDropped() {
        QuestionContent grouped = Questions.anyThreeOfFour("分组 " + marker);
        long id = bank.create(grouped, hr, null);
        QuestionContent back = bank.get(id).content();
        assertThat(back.rubric()).extracting(QuestionContent.RubricStep::group).containsExactly(null, "A", "A", "A", "A");
        assertThat(back.stepGroups()).containsExactly(new QuestionContent.StepGroup("A", new java.math.BigDecimal("6.0")));
        assertThat(back.rubricTotal()).isEqualByComparingTo("10");

        List<QuestionContent.StepGroup> withUnused = List.of(new QuestionContent.StepGroup("A", new java.math.BigDecimal("6")),
                new QuestionContent.StepGroup("C", new java.math.BigDecimal("3")));
        QuestionContent c = back;
        QuestionContent extra = new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(),
                c.language(), c.tags(), c.caseRef(), c.options(), c.trueFalseKey(), c.partialCredit(), c.explanation(),
                c.referenceAnswer(), c.rubric(), c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(), withUnused);
        assertThat(bank.update(id, bank.get(id).version(), extra, hr)).isEmpty();
        assertThat(bank.get(id).content().stepGroups()).hasSize(1);
    }

    /** Traditional and simplified are one language to search: 投诉 finds 投訴, and 處理 finds 处理. */
    @Test
    void searchFindsTraditionalAndSimplifiedAlike() {
        long traditional = bank.create(scenario("客戶投訴物流延誤的處理 " + marker), hr, null);
        long simplified = bank.create(scenario("客户投诉物流延误的处理 " + marker), hr, null);
        assertThat(ids(query("投诉 " + marker))).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(ids(query("投訴 " + marker))).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(ids(query("延误的處理 " + marker))).containsExactlyInAnyOrder(traditional, simplified);
    }

    @Test
    void filtersByFamilyKindTagAndDifficulty() {
        long scenario = bank.create(withTags(scenario("筛选 " + marker), List.of(marker)), hr, null);
        long choice = bank.create(withTags(singleChoice("筛选 " + marker), List.of(marker)), hr, null);
        assertThat(ids(new QuestionQuery(null, QuestionFamily.SCENARIO, null, marker, null, false, null)))
                .containsExactly(scenario);
        assertThat(ids(new QuestionQuery(null, QuestionFamily.KNOWLEDGE, null, marker, null, false, null)))
                .containsExactly(choice);
        assertThat(ids(new QuestionQuery(null, null, QuestionKind.SINGLE_CHOICE, marker, 2, false, null)))
                .containsExactly(choice);
        assertThat(ids(new QuestionQuery(null, null, null, marker, 5, false, null))).isEmpty();
    }

    @Test
    void pagesAreBoundedAndCounted() {
        for (int i = 0; i < 5; i++) {
            bank.create(withTags(singleChoice("分页 " + i), List.of(marker)), hr, null);
        }
        Page<QuestionSummary> page = bank.search(new QuestionQuery(null, null, null, marker, null, false, null),
                PageRequest.of(1, 2));
        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getContent()).hasSize(2);
    }

    @Test
    void archivedQuestionsLeaveTheListButStayRetrievable() {
        long id = bank.create(scenario("归档 " + marker), hr, null);
        bank.archive(id, hr);
        assertThat(ids(query("归档 " + marker))).isEmpty();
        assertThat(ids(new QuestionQuery("归档 " + marker, null, null, null, null, true, null))).containsExactly(id);
        assertThat(bank.get(id).archived()).isTrue();
        bank.restore(id, hr);
        assertThat(ids(query("归档 " + marker))).containsExactly(id);
    }

    @Test
    void editingACaseGivesItsQuestionsANewRevisionAndKeepsTheOldBackground() {
        long caseId = bank.createCase("案例 " + marker, "原来的背景", hr, null);
        long id = bank.create(withCase(scenario("案例题 " + marker), caseId), hr, null);
        assertThat(bank.get(id).content().caseRef().background()).isEqualTo("原来的背景");

        bank.updateCase(caseId, bank.getCase(caseId).version(), "案例 " + marker, "新的背景", hr);

        assertThat(bank.get(id).revision()).isEqualTo(2);
        assertThat(bank.get(id).content().caseRef().background()).isEqualTo("新的背景");
        assertThat(bank.revision(id, 1).caseRef().background()).isEqualTo("原来的背景");
        assertThat(bank.history(id).get(0).changedFields()).containsExactly("case");
        assertThat(bank.getCase(caseId).questionCount()).isEqualTo(1);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> bank.get(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        long id = bank.create(scenario("版本 " + marker), hr, null);
        assertThatThrownBy(() -> bank.revision(id, 9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDemoBankCoversEveryKind() {
        for (QuestionKind kind : QuestionKind.values()) {
            assertThat(bank.search(new QuestionQuery(null, null, kind, null, null, false, null), PageRequest.of(0, 1))
                    .getTotalElements()).as(kind.name()).isPositive();
        }
    }

    private static QuestionQuery query(String text) {
        return new QuestionQuery(text, null, null, null, null, false, null);
    }

    private List<Long> ids(QuestionQuery query) {
        return bank.search(query, PageRequest.of(0, 50)).getContent().stream().map(QuestionSummary::id).toList();
    }
}
