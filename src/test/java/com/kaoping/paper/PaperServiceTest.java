package com.kaoping.paper;

import static com.kaoping.question.Questions.scenario;
import static com.kaoping.question.Questions.singleChoice;
import static com.kaoping.question.Questions.step;
import static com.kaoping.question.Questions.withRubric;
import static com.kaoping.question.Questions.withStem;
import static com.kaoping.question.Questions.withTags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.QuestionRef;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@KaopingTest
class PaperServiceTest {

    @Autowired
    PaperService papers;

    @Autowired
    QuestionBank bank;

    @Autowired
    TestUsers users;

    long hr;
    String marker;

    @BeforeEach
    void setUp() {
        hr = users.create(Role.HR).id();
        marker = "P" + UUID.randomUUID().toString().substring(0, 8);
    }

    static PaperSettings interview(String title) {
        return new PaperSettings(title, PaperPurpose.INTERVIEW, null, null, null, null, null, false, false);
    }

    long paper() {
        return papers.create(interview("试卷 " + marker), hr, null);
    }

    long version(long paper) {
        return papers.detail(paper).version();
    }

    long section(long paper, String title) {
        return papers.addSection(paper, version(paper), title, null, null, hr);
    }

    long question(QuestionContent content) {
        return bank.create(withTags(content, List.of(marker)), hr, null);
    }

    @Test
    void totalsAddTheQuestionsOwnPointsOverridesAndDrawRules() {
        long paper = paper();
        long scenarios = section(paper, "情景模拟题");
        long a = question(scenario("A " + marker));
        long b = question(scenario("B " + marker));
        papers.addQuestions(paper, version(paper), scenarios, List.of(a, b), hr);
        long knowledge = section(paper, "知识题");
        for (int i = 0; i < 6; i++) {
            question(singleChoice("单选 " + i + " " + marker));
        }
        papers.addRule(paper, version(paper), knowledge, new DrawCriteria(QuestionKind.SINGLE_CHOICE, marker, 1, 5),
                5, new BigDecimal("2.5"), hr);
        long itemB = papers.detail(paper).sections().get(0).items().get(1).id();
        papers.setItemPoints(paper, version(paper), scenarios, itemB, new BigDecimal("15"), hr);

        PaperDetail detail = papers.detail(paper);
        assertThat(detail.sections().get(0).total()).isEqualByComparingTo("35");
        assertThat(detail.sections().get(1).total()).isEqualByComparingTo("12.5");
        assertThat(detail.total()).isEqualByComparingTo("47.5");
        assertThat(detail.questionCount()).isEqualTo(7);
        assertThat(detail.sections().get(1).rules().get(0).available()).isEqualTo(6);
        // B's rubric (6 + 10 + 4) no longer adds up to the 15 points it carries here: flagged
        assertThat(detail.sections().get(0).items().get(1).warnings())
                .extracting(PaperWarning::code).containsExactly("paper.warn.rubricMismatch");
    }

    @Test
    void aStatedTotalThatDisagreesIsAWarningNotARefusal() {
        long paper = papers.create(new PaperSettings("标称 " + marker, PaperPurpose.WRITTEN_TEST, null, 120, null,
                new BigDecimal("100"), null, false, false), hr, null);
        long s = section(paper, "一");
        papers.addQuestions(paper, version(paper), s, List.of(question(scenario("x " + marker))), hr);
        PaperDetail detail = papers.detail(paper);
        assertThat(detail.statedTotalMismatch()).isTrue();
        assertThat(detail.warnings()).extracting(PaperWarning::code).contains("paper.warn.statedTotal");
        assertThat(detail.publishable()).isTrue();
    }

    @Test
    void warnsAboutAQuestionUsedTwiceAndASubjectiveQuestionWithoutRubric() {
        long paper = paper();
        long s = section(paper, "一");
        long twice = question(scenario("两次 " + marker));
        long bare = question(withRubric(scenario("无细则 " + marker), List.of()));
        papers.addQuestions(paper, version(paper), s, List.of(twice, twice, bare), hr);
        List<PaperDetail.Item> items = papers.detail(paper).sections().get(0).items();
        assertThat(items.get(0).warnings()).extracting(PaperWarning::code).contains("paper.warn.duplicate");
        assertThat(items.get(2).warnings()).extracting(PaperWarning::code).contains("paper.warn.noRubric");
    }

    @Test
    void aRuleTheBankCannotSatisfyIsRefused() {
        long paper = paper();
        long s = section(paper, "一");
        question(singleChoice("仅一题 " + marker));
        assertThatThrownBy(() -> papers.addRule(paper, version(paper), s,
                new DrawCriteria(QuestionKind.SINGLE_CHOICE, marker, 1, 5), 2, BigDecimal.TEN, hr))
                .isInstanceOf(PaperRuleException.class)
                .satisfies(e -> assertThat(((PaperRuleException) e).code()).isEqualTo("paper.rule.tooFew"));
        assertThat(papers.detail(paper).sections().get(0).rules()).isEmpty();
    }

    @Test
    void pointsAndSettingsOutOfRangeAreRefused() {
        long paper = paper();
        long s = section(paper, "一");
        papers.addQuestions(paper, version(paper), s, List.of(question(scenario("分 " + marker))), hr);
        long item = papers.detail(paper).sections().get(0).items().get(0).id();
        for (String bad : List.of("0", "-5", "1000.5", "2.25")) {
            assertThatThrownBy(() -> papers.setItemPoints(paper, version(paper), s, item, new BigDecimal(bad), hr))
                    .as(bad).isInstanceOf(PaperRuleException.class);
        }
        assertThatThrownBy(() -> papers.updateSettings(paper, version(paper), new PaperSettings("t",
                PaperPurpose.WRITTEN_TEST, null, null, null, null, null, false, false), hr))
                .isInstanceOf(PaperRuleException.class);
        assertThatThrownBy(() -> papers.updateSettings(paper, version(paper), new PaperSettings("t",
                PaperPurpose.WRITTEN_TEST, null, 601, null, null, null, false, false), hr))
                .isInstanceOf(PaperRuleException.class);
    }

    @Test
    void aPaperWithoutQuestionsCannotBePublished() {
        long paper = paper();
        section(paper, "空");
        assertThatThrownBy(() -> papers.publish(paper, version(paper), hr))
                .isInstanceOf(PaperRuleException.class)
                .satisfies(e -> assertThat(((PaperRuleException) e).code()).isEqualTo("paper.warn.noQuestions"));
    }

    @Test
    void anArchivedQuestionOrAnEmptySectionBlocksPublishing() {
        long paper = paper();
        long s = section(paper, "一");
        long q = question(scenario("将归档 " + marker));
        papers.addQuestions(paper, version(paper), s, List.of(q), hr);
        bank.archive(q, hr);
        assertThatThrownBy(() -> papers.publish(paper, version(paper), hr))
                .isInstanceOf(PaperRuleException.class)
                .satisfies(e -> assertThat(((PaperRuleException) e).code()).isEqualTo("paper.warn.archivedBlock"));
        bank.restore(q, hr);
        section(paper, "空的大题");
        assertThatThrownBy(() -> papers.publish(paper, version(paper), hr))
                .isInstanceOf(PaperRuleException.class)
                .satisfies(e -> assertThat(((PaperRuleException) e).code()).isEqualTo("paper.warn.emptySectionsBlock"));
    }

    @Test
    void publishingFreezesTheQuestionsAPaperUses() {
        long paper = paper();
        long s = section(paper, "情景模拟题");
        long q = question(scenario("冻结前 " + marker));
        papers.addQuestions(paper, version(paper), s, List.of(q), hr);
        papers.publish(paper, version(paper), hr);

        var current = bank.get(q);
        bank.update(q, current.version(), withRubric(withStem(current.content(), "冻结后 " + marker),
                List.of(step("只有一步", "20"))), hr);

        PaperDetail published = papers.detail(paper);
        assertThat(published.status()).isEqualTo(PaperStatus.PUBLISHED);
        PaperDetail.Item item = published.sections().get(0).items().get(0);
        assertThat(item.revision()).isEqualTo(1);
        assertThat(item.question().stem()).isEqualTo("冻结前 " + marker);
        assertThat(item.question().rubric()).hasSize(3);

        long copy = papers.cloneAsDraft(paper, "副本 " + marker, hr);
        assertThat(papers.detail(copy).sections().get(0).items().get(0).question().stem())
                .as("a new draft reads the bank as it is now").isEqualTo("冻结后 " + marker);
    }

    @Test
    void aPublishedPaperCannotBeChangedOnlyClonedOrArchived() {
        long paper = paper();
        long s = section(paper, "一");
        papers.addQuestions(paper, version(paper), s, List.of(question(scenario("只读 " + marker))), hr);
        papers.publish(paper, version(paper), hr);
        long v = version(paper);
        assertThatThrownBy(() -> papers.addSection(paper, v, "二", null, null, hr))
                .isInstanceOf(PaperNotEditableException.class);
        assertThatThrownBy(() -> papers.updateSettings(paper, v, interview("新"), hr))
                .isInstanceOf(PaperNotEditableException.class);
        assertThatThrownBy(() -> papers.deleteDraft(paper, v, hr)).isInstanceOf(PaperNotEditableException.class);
        papers.archive(paper, hr);
        assertThat(papers.detail(paper).status()).isEqualTo(PaperStatus.ARCHIVED);
    }

    @Test
    void publishedDrawsComeFromTheFrozenPool() {
        long paper = paper();
        long s = section(paper, "知识题");
        List<Long> pool = List.of(question(singleChoice("池1 " + marker)), question(singleChoice("池2 " + marker)),
                question(singleChoice("池3 " + marker)));
        papers.addRule(paper, version(paper), s, new DrawCriteria(null, marker, 1, 5), 2, new BigDecimal("2"), hr);
        papers.publish(paper, version(paper), hr);
        question(singleChoice("发布后才有 " + marker));

        long ruleId = papers.detail(paper).sections().get(0).rules().get(0).id();
        for (int seed = 0; seed < 30; seed++) {
            List<QuestionRef> drawn = papers.draw(paper, new Random(seed)).get(ruleId);
            assertThat(drawn).hasSize(2).extracting(QuestionRef::questionId).isSubsetOf(pool).doesNotHaveDuplicates();
        }
        assertThat(papers.detail(paper).sections().get(0).rules().get(0).available()).isEqualTo(3);
    }

    @Test
    void twoAuthorsOnOneVersion_theSecondGetsAConflict() {
        long paper = paper();
        long stale = version(paper);
        papers.addSection(paper, stale, "甲加的", null, null, hr);
        assertThatThrownBy(() -> papers.addSection(paper, stale, "乙加的", null, null, hr))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(papers.detail(paper).sections()).extracting(PaperDetail.Section::title).containsExactly("甲加的");
    }

    @Test
    void sectionsAndQuestionsReorder() {
        long paper = paper();
        long first = section(paper, "一");
        long second = section(paper, "二");
        papers.moveSection(paper, version(paper), second, -1, hr);
        assertThat(papers.detail(paper).sections()).extracting(PaperDetail.Section::title).containsExactly("二", "一");
        long a = question(scenario("甲 " + marker));
        long b = question(scenario("乙 " + marker));
        papers.addQuestions(paper, version(paper), first, List.of(a, b), hr);
        long itemB = papers.detail(paper).sections().get(1).items().get(1).id();
        papers.moveItem(paper, version(paper), first, itemB, -1, hr);
        assertThat(papers.detail(paper).sections().get(1).items()).extracting(PaperDetail.Item::questionId)
                .containsExactly(b, a);
        papers.removeItem(paper, version(paper), first, itemB, hr);
        assertThat(papers.detail(paper).sections().get(1).items()).extracting(PaperDetail.Item::questionId)
                .containsExactly(a);
    }

    @Test
    void onlyDraftsAreDeleted() {
        long paper = paper();
        papers.deleteDraft(paper, version(paper), hr);
        assertThatThrownBy(() -> papers.detail(paper)).isInstanceOf(com.kaoping.shared.NotFoundException.class);
    }
}
