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
import com.kaoping.grading.Actor;
import com.kaoping.grading.Panels;
import com.kaoping.grading.ScoreSheets;
import com.kaoping.sitting.AnswerSave;
import com.kaoping.sitting.InvitationService;
import com.kaoping.sitting.SittingService;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On an empty database, open the demo accounts (passwords in the README) and load the
 * sample bank from {@code demo/question-bank.json}. Runs before the admin bootstrap, which
 * then finds accounts and does nothing, and before the web server takes requests: a newcomer
 * who signs in at once must find the demo accounts there (they were told "wrong password"
 * for the 17 s the loading took after the sign-in page was up).
 */
@Component
class DemoContent implements org.springframework.context.SmartLifecycle {

    /** Started before the web server (Spring Boot starts it in a late phase) and before the admin bootstrap. */
    static final int PHASE = 0;

    private volatile boolean running;

    /** The writer id of the demo candidates' answers (a page would send its own). */
    private static final String DEMO_WRITER = "demo-content";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    /** Every demo account signs in with this (the README says so); admin with KAOPING_ADMIN_PASSWORD if set. */
    static final String DEMO_PASSWORD = "kaoping-demo";

    private final boolean enabled;
    private final String adminPassword;
    private final AccountService accounts;
    private final QuestionBank bank;
    private final PaperService papers;
    private final InvitationService invitations;
    private final SittingService sittings;
    private final Panels panels;
    private final ScoreSheets scoreSheets;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    DemoContent(@Value("${kaoping.demo.enabled:true}") boolean enabled,
                @Value("${kaoping.admin.password:}") String adminPassword,
                AccountService accounts, QuestionBank bank, PaperService papers, InvitationService invitations,
                SittingService sittings, Panels panels, ScoreSheets scoreSheets, JsonMapper json,
                PlatformTransactionManager transactions) {
        this.sittings = sittings;
        this.panels = panels;
        this.scoreSheets = scoreSheets;
        this.papers = papers;
        this.invitations = invitations;
        this.transaction = new TransactionTemplate(transactions);
        // loading the demo is one long transaction, beyond the request transactions' time limit
        this.transaction.setTimeout(600);
        this.enabled = enabled;
        this.adminPassword = adminPassword;
        this.accounts = accounts;
        this.bank = bank;
        this.json = json;
    }

    @Override
    public void start() {
        if (enabled) {
            // All or nothing: a failure leaves an empty database, not half a demo.
            transaction.executeWithoutResult(status -> seed());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void seed() {
        String password = adminPassword.isBlank() ? DEMO_PASSWORD : adminPassword;
        if (!accounts.createFirstAccount(new NewAccount("admin", "系统管理员", password, Set.of(Role.ADMIN)))) {
            return;
        }
        long hr = accounts.create(new NewAccount("hr", "王芳", DEMO_PASSWORD, Set.of(Role.HR)));
        long interviewer = accounts.create(new NewAccount("interviewer", "李明", DEMO_PASSWORD, Set.of(Role.INTERVIEWER)));
        long lead = accounts.create(new NewAccount("lead", "陈静", DEMO_PASSWORD, Set.of(Role.HR, Role.INTERVIEWER)));
        Map<QuestionKind, List<Long>> byKind = loadBank(hr);
        long interview = buildPapers(byKind, hr);
        buildGrading(byKind, hr, interviewer, lead, interview);
        log.info("Demo content loaded: users admin, hr, interviewer, lead, {} questions and 3 papers "
                + "(set KAOPING_DEMO=false to start empty)", byKind.values().stream().mapToInt(List::size).sum());
    }

    /** A published interview paper shaped like a real one (180 points) and a draft written test with draws. */
    private long buildPapers(Map<QuestionKind, List<Long>> byKind, long hr) {
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
        return interview;
    }

    /**
     * Something to grade at once: a published scenario test that three candidates have sat, a
     * panel of 李明 and 陈静 (lead), one candidate graded by both (final), one where they differ
     * enough to be flagged, one waiting; and the same panel for live interviews on the interview paper.
     */
    private void buildGrading(Map<QuestionKind, List<Long>> byKind, long hr, long interviewer, long lead,
                              long interview) {
        long paper = papers.create(new PaperSettings("客服专员情景笔试(示例)", PaperPurpose.WRITTEN_TEST,
                "两道情景题和三道单选题,限时 45 分钟。", 45, new BigDecimal("27"), new BigDecimal("46"), null, false,
                false), hr, null);
        long scenarios = papers.addSection(paper, version(paper), "情景模拟题(2题,每题20分)", null, null, hr);
        papers.addQuestions(paper, version(paper), scenarios, byKind.get(QuestionKind.SCENARIO).subList(3, 5), hr);
        long choices = papers.addSection(paper, version(paper), "单选题(3题,每题2分)", null, null, hr);
        papers.addQuestions(paper, version(paper), choices, byKind.get(QuestionKind.SINGLE_CHOICE).subList(0, 3), hr);
        papers.publish(paper, version(paper), hr);
        Actor asHr = new Actor(hr, true);
        for (long p : List.of(paper, interview)) {
            panels.assign(asHr, p, null, List.of(interviewer), false);
            panels.assign(asHr, p, null, List.of(lead), true);
        }
        java.time.Instant now = java.time.Instant.now();
        List<String[]> sat = List.of(
                new String[] {"刘洋",
                        "先向客户道歉:“让您等了这么久,确实是我们没做好。”我会先问清楚现在洗衣机完全不能用还是能勉强用,如果不能用,"
                                + "申请给客户送一台临时替代机或者送洗衣服务的券。\n然后我不会只听供应链说“在催了”,而是要到具体卡在哪里:"
                                + "缺货、调拨单没走完还是物流。拿到原因后写邮件升级给供应链主管并抄送我的主管,写清客户已等18天。\n"
                                + "跟客户约好明天下午5点前给答复,不管有没有进展都打过去。事后建议配件超期自动预警。",
                        "我会礼貌地告诉他:“理解您很着急,不过为了保护每位用户的信息,账户信息只能由本人查询。”无论他说得多急,"
                                + "都不提供地址和手机号,也不确认订单是否存在。可以告诉他,请他妻子用本人身份证到营业厅或者通过官方渠道"
                                + "找回账号,手机丢了可以先挂失。最后把这次来电记录下来,标注可疑。", "1"},
                new String[] {"赵敏",
                        "跟客户说我们会尽快处理,已经在催供应链了,请他再耐心等两天。然后去问供应链什么时候能到。",
                        "可以先核实他的身份,让他报出妻子的身份证后四位和姓名,如果都对得上,就可以把收货地址告诉他,"
                                + "手机号不能说。然后提醒他尽快挂失。", "0"},
                new String[] {"孙悦",
                        "1. 安抚:道歉并承认我们超了承诺时间。2. 方案:申请临时备用机。3. 查原因:直接打电话给供应链对接人,"
                                + "问清是缺货还是调拨问题,不清楚就升级到他的主管,同时书面记录。4. 约时间:今天下班前回电。"
                                + "5. 复盘:提议把超期配件纳入日报。",
                        "“先生,理解您的着急。按照规定,账户信息只能由账户本人查询和修改,我这边不能提供。”建议他让妻子用其他设备"
                                + "登录或通过人工实名找回,手机丢失可先办理挂失。我会记录这通来电。", "1"});
        List<Long> attempts = new java.util.ArrayList<>();
        for (String[] candidate : sat) {
            invitations.invite(paper, List.of(new InvitationService.Candidate(candidate[0], null, null)),
                    now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(6)), 0, hr);
            String token = invitations.list(paper).stream().filter(i -> i.candidateName().equals(candidate[0]))
                    .findFirst().orElseThrow().token();
            attempts.add(sittings.start(token));
            sittings.save(token, new AnswerSave(0, DEMO_WRITER, 1, 0, null, null, candidate[1], false));
            sittings.save(token, new AnswerSave(1, DEMO_WRITER, 1, 0, null, null, candidate[2], false));
            int choice = Integer.parseInt(candidate[3]);
            for (int position = 2; position < 5; position++) {
                sittings.save(token, new AnswerSave(position, DEMO_WRITER, 1, 0, List.of(choice), null, null, false));
            }
            sittings.submit(token);
        }
        Actor li = new Actor(interviewer, false);
        Actor chen = new Actor(lead, false);
        // 刘洋: both graders agree closely, both handed in: final
        score(li, attempts.get(0), 0, "3.5", "7", "5", "2");
        score(li, attempts.get(0), 1, "6", "8", "5");
        scoreSheets.complete(li, attempts.get(0));
        score(chen, attempts.get(0), 0, "4", "7.5", "4", "2.5");
        score(chen, attempts.get(0), 1, "5.5", "8", "6");
        scoreSheets.complete(chen, attempts.get(0));
        // 赵敏: 李明 is lenient on the privacy question, 陈静 is not: flagged for the lead to reconcile
        score(li, attempts.get(1), 0, "2", "2", "2", "0");
        score(li, attempts.get(1), 1, "4", "4", "2");
        scoreSheets.complete(li, attempts.get(1));
        score(chen, attempts.get(1), 0, "2", "1.5", "2", "0");
        score(chen, attempts.get(1), 1, "2", "0", "0");
        scoreSheets.complete(chen, attempts.get(1));
    }

    private void score(Actor grader, long attempt, int position, String... steps) {
        scoreSheets.save(grader, attempt, position, null, java.util.Arrays.stream(steps)
                .map(s -> new ScoreSheets.StepInput(s, null)).toList(), null, null);
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
                                    s.modelWording(), s.group())).toList(),
                    q.scoringFocus(), q.pitfalls(), q.competencies(), q.subtitle(),
                    q.stepGroups() == null ? List.of() : q.stepGroups().stream()
                            .map(g -> new QuestionContent.StepGroup(g.name(), g.cap())).toList()), author, null);
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
                        List<String> competencies, String subtitle, List<DemoGroup> stepGroups) {
    }

    record DemoGroup(String name, BigDecimal cap) {
    }

    record DemoOption(String text, boolean correct) {
    }

    record DemoStep(String label, BigDecimal maxPoints, String guidance, String modelWording, String group) {
    }
}
