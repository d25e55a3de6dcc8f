package com.kaoping.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaoping.account.AccountService;
import com.kaoping.account.NewAccount;
import com.kaoping.account.Role;
import com.kaoping.paper.DrawCriteria;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.sitting.InvitationService;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On an empty database, open the demo accounts (passwords in the README) and load the
 * sample bank from {@code demo/question-bank.json}. Runs before the admin bootstrap, which
 * then finds accounts and does nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    /** Every demo account signs in with this (the README says so); admin with KAOPING_ADMIN_PASSWORD if set. */
    static final String DEMO_PASSWORD = "kaoping-demo";

    private final boolean enabled;
    private final String adminPassword;
    private final AccountService accounts;
    private final QuestionBank bank;
    private final PaperService papers;
    private final InvitationService invitations;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    DemoContent(@Value("${kaoping.demo.enabled:true}") boolean enabled,
                @Value("${kaoping.admin.password:}") String adminPassword,
                AccountService accounts, QuestionBank bank, PaperService papers, InvitationService invitations,
                JsonMapper json, PlatformTransactionManager transactions) {
        this.papers = papers;
        this.invitations = invitations;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
        this.adminPassword = adminPassword;
        this.accounts = accounts;
        this.bank = bank;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            // All or nothing: a failure leaves an empty database, not half a demo.
            transaction.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        String password = adminPassword.isBlank() ? DEMO_PASSWORD : adminPassword;
        if (!accounts.createFirstAccount(new NewAccount("admin", "系统管理员", password, Set.of(Role.ADMIN)))) {
            return;
        }
        long hr = accounts.create(new NewAccount("hr", "王芳", DEMO_PASSWORD, Set.of(Role.HR)));
        accounts.create(new NewAccount("interviewer", "李明", DEMO_PASSWORD, Set.of(Role.INTERVIEWER)));
        accounts.create(new NewAccount("lead", "陈静", DEMO_PASSWORD, Set.of(Role.HR, Role.INTERVIEWER)));
        Map<QuestionKind, List<Long>> byKind = loadBank(hr);
        buildPapers(byKind, hr);
        log.info("Demo content loaded: users admin, hr, interviewer, lead, {} questions and 2 papers "
                + "(set KAOPING_DEMO=false to start empty)", byKind.values().stream().mapToInt(List::size).sum());
    }

    /** A published interview paper shaped like a real one (180 points) and a draft written test with draws. */
    private void buildPapers(Map<QuestionKind, List<Long>> byKind, long hr) {
        long interview = papers.create(new PaperSettings("客服主管岗位面试(示例)", PaperPurpose.INTERVIEW,
                "请面试官按顺序提问,每题根据评分细则逐步打分。", null, new BigDecimal("108"), new BigDecimal("180"),
                null, false, false), hr, null);
        long scenario = papers.addSection(interview, version(interview), "情景模拟题(3题,每题20分)", null, null, hr);
        papers.addQuestions(interview, version(interview), scenario, byKind.get(QuestionKind.SCENARIO).subList(0, 3), hr);
        long knowledge = papers.addSection(interview, version(interview), "知识题(5题,每题12分)", null, null, hr);
        List<Long> mixed = List.of(byKind.get(QuestionKind.SINGLE_CHOICE).get(0),
                byKind.get(QuestionKind.MULTIPLE_CHOICE).get(0), byKind.get(QuestionKind.TRUE_FALSE).get(0),
                byKind.get(QuestionKind.SHORT_ANSWER).get(0), byKind.get(QuestionKind.CASE_ANALYSIS).get(0));
        papers.addQuestions(interview, version(interview), knowledge, mixed, hr);
        long behavioural = papers.addSection(interview, version(interview), "行为面试题(4题,每题15分)", null, null, hr);
        papers.addQuestions(interview, version(interview), behavioural,
                byKind.get(QuestionKind.BEHAVIOURAL).subList(0, 4), hr);
        for (var section : papers.detail(interview).sections()) {
            BigDecimal points = section.id() == scenario ? new BigDecimal("20")
                    : section.id() == knowledge ? new BigDecimal("12") : new BigDecimal("15");
            for (var item : section.items()) {
                papers.setItemPoints(interview, version(interview), section.id(), item.id(), points, hr);
            }
        }
        papers.publish(interview, version(interview), hr);
        // a candidate link to click at once (HR → 试卷 → 考试邀请 shows and copies it)
        java.time.Instant now = java.time.Instant.now();
        invitations.invite(interview, List.of(new InvitationService.Candidate("示例考生", "candidate@example.com", null)),
                now.minus(java.time.Duration.ofHours(1)), now.plus(java.time.Duration.ofDays(30)), 0, hr);

        long written = papers.create(new PaperSettings("客服专员入职笔试(示例)", PaperPurpose.WRITTEN_TEST,
                "共三部分,限时 60 分钟。选择题和判断题每位考生随机抽取。", 60, new BigDecimal("24"),
                new BigDecimal("40"), null, true, true), hr, null);
        long choices = papers.addSection(written, version(written), "单选题(5题,每题2分)", null, null, hr);
        papers.addRule(written, version(written), choices, new DrawCriteria(QuestionKind.SINGLE_CHOICE, null, 1, 5), 5,
                new BigDecimal("2"), hr);
        long judgements = papers.addSection(written, version(written), "判断题(5题,每题2分)", null, null, hr);
        papers.addRule(written, version(written), judgements, new DrawCriteria(QuestionKind.TRUE_FALSE, null, 1, 5), 5,
                new BigDecimal("2"), hr);
        long shortAnswers = papers.addSection(written, version(written), "简答题(2题,每题10分)", null, null, hr);
        papers.addQuestions(written, version(written), shortAnswers,
                byKind.get(QuestionKind.SHORT_ANSWER).subList(1, 3), hr);
    }

    private long version(long paper) {
        return papers.detail(paper).version();
    }

    private Map<QuestionKind, List<Long>> loadBank(long author) {
        DemoBank demo;
        try (InputStream in = new ClassPathResource("demo/question-bank.json").getInputStream()) {
            demo = json.readValue(in, DemoBank.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, QuestionContent.CaseRef> cases = new HashMap<>();
        for (DemoCase c : demo.cases()) {
            long id = bank.createCase(c.title(), c.background(), author, null);
            cases.put(c.key(), new QuestionContent.CaseRef(id, c.title(), c.background()));
        }
        Map<QuestionKind, List<Long>> byKind = new java.util.EnumMap<>(QuestionKind.class);
        for (DemoQuestion q : demo.questions()) {
            long id = bank.create(new QuestionContent(q.kind(), q.stem(), q.background(), q.points(), q.difficulty(),
                    q.language(), q.tags(), q.caseKey() == null ? null : cases.get(q.caseKey()),
                    q.options() == null ? List.of() : q.options().stream()
                            .map(o -> new QuestionContent.Option(o.text(), o.correct())).toList(),
                    q.trueFalseKey(), q.partialCredit(), q.explanation(), q.referenceAnswer(),
                    q.rubric() == null ? List.of() : q.rubric().stream()
                            .map(s -> new QuestionContent.RubricStep(s.label(), s.maxPoints(), s.guidance(),
                                    s.modelWording())).toList(),
                    q.scoringFocus(), q.pitfalls(), q.competencies()), author, null);
            byKind.computeIfAbsent(q.kind(), k -> new java.util.ArrayList<>()).add(id);
        }
        return byKind;
    }

    record DemoBank(List<DemoCase> cases, List<DemoQuestion> questions) {
    }

    record DemoCase(String key, String title, String background) {
    }

    record DemoQuestion(QuestionKind kind, @com.fasterxml.jackson.annotation.JsonProperty("case") String caseKey,
                        String stem, String background, BigDecimal points, int difficulty, List<String> tags,
                        String language, List<DemoOption> options, Boolean trueFalseKey,
                        PartialCreditPolicy partialCredit, String explanation, String referenceAnswer,
                        List<DemoStep> rubric, List<String> scoringFocus, List<String> pitfalls,
                        List<String> competencies) {
    }

    record DemoOption(String text, boolean correct) {
    }

    record DemoStep(String label, BigDecimal maxPoints, String guidance, String modelWording) {
    }
}
