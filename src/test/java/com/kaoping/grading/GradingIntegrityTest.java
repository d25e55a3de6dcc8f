package com.kaoping.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.grading.GradingFixture.Setup;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.sitting.InvitationService;
import com.kaoping.sitting.SittingService;
import com.kaoping.sitting.SittingViews;
import com.kaoping.support.KaopingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Graders see what the candidate saw and nothing they must not: races between a step save and a
 * hand-in, blind and independent grading for a panel member who is also HR, shuffled options
 * shown as the candidate saw them.
 */
@KaopingTest
class GradingIntegrityTest {

    @Autowired
    GradingFixture fixture;

    @Autowired
    GradingService grading;

    @Autowired
    ScoreSheets sheets;

    @Autowired
    Panels panels;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PaperService papers;

    @Autowired
    Settling settling;

    @Autowired
    QuestionBank bank;

    @Autowired
    InvitationService invitations;

    @Autowired
    SittingService sittings;

    Setup setup;

    @BeforeEach
    void paper() {
        setup = fixture.paperWithPanel(new BigDecimal("15"));
    }

    /**
     * The grader's other tab saves a step while this tab hands the sheet in. The save read the
     * sheet as open and then waited for the hand-in's lock; once the hand-in committed it must
     * see the sheet handed in and change nothing.
     */
    @Test
    void aStepSaveRacingAHandInNeverLandsOnTheHandedInSheet() throws Exception {
        long attempt = fixture.sat(setup, "竞争甲", "答案");
        long version = fixture.score(setup.leadActor(), attempt, null, "5", "8", "3").version();
        CountDownLatch handedIn = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> handIn = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    sheets.complete(setup.leadActor(), attempt);
                    handedIn.countDown();
                    await(commit);
                }));
        assertThat(handedIn.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> save = CompletableFuture.supplyAsync(() -> {
            try {
                return fixture.score(setup.leadActor(), attempt, version, "0", "0", "0");
            }
            catch (RuntimeException e) {
                return e;
            }
        });
        waitUntilSomeoneWaitsForALock();
        commit.countDown();
        handIn.get(10, TimeUnit.SECONDS);
        Object outcome = save.get(10, TimeUnit.SECONDS);
        assertThat(outcome).as("the save is refused: the sheet was handed in before it could be written")
                .isInstanceOfSatisfying(GradingRuleException.class,
                        e -> assertThat(e.key()).isEqualTo("grading.sheet.complete"));
        assertThat(jdbc.queryForObject("""
                select g.score from grade g join grading_sheet s on s.id = g.sheet_id
                where s.attempt_id = ? and s.grader_id = ?""", BigDecimal.class, attempt, setup.lead().id()))
                .isEqualByComparingTo("16");
    }

    /**
     * The other tab clears a step (the question is no longer scored) while this tab hands in:
     * the hand-in waited for the save's lock and must count what the save left, not what it read
     * before waiting.
     */
    @Test
    void aHandInRacingAStepSaveCountsTheScoresAsTheSaveLeftThem() throws Exception {
        long attempt = fixture.sat(setup, "竞争乙", "答案");
        long version = fixture.score(setup.leadActor(), attempt, null, "5", "8", "3").version();
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> clear = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    assertThat(fixture.score(setup.leadActor(), attempt, version, "5", "", "3").saved()).isTrue();
                    saved.countDown();
                    await(commit);
                }));
        assertThat(saved.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> handIn = CompletableFuture.supplyAsync(() -> {
            try {
                sheets.complete(setup.leadActor(), attempt);
                return "handed in";
            }
            catch (RuntimeException e) {
                return e;
            }
        });
        waitUntilSomeoneWaitsForALock();
        commit.countDown();
        clear.get(10, TimeUnit.SECONDS);
        assertThat(handIn.get(10, TimeUnit.SECONDS)).as("a question is no longer scored: no hand-in")
                .isInstanceOfSatisfying(GradingRuleException.class,
                        e -> assertThat(e.key()).isEqualTo("grading.complete.unfinished"));
        assertThat(jdbc.queryForObject("select completed_at is null from grading_sheet where attempt_id = ? and grader_id = ?",
                Boolean.class, attempt, setup.lead().id())).isTrue();
    }

    /**
     * A panel lead who also holds the HR role grades blind and independently like every other
     * panel member: no candidate name, none of the other member's scores until their own sheet is
     * handed in; on the grading screen, the results page and the results table. HR who are not on
     * the panel keep their overview.
     */
    @Test
    void aPanelMemberWithTheHrRoleGradesBlindAndIndependently() throws Exception {
        AccountPrincipal hrLead = fixture.user(Role.HR, Role.INTERVIEWER);
        panels.assign(setup.hrActor(), setup.paperId(), null, List.of(hrLead.id()), true);
        panels.savePolicy(setup.hrActor(), setup.paperId(), Aggregation.MEAN, 20, true, -1);
        long attempt = fixture.sat(setup, "欧阳真名", "答案");
        fixture.score(setup.memberActor(), attempt, null, "5.5", "7.5", "3.5");
        sheets.complete(setup.memberActor(), attempt);

        for (String page : List.of("/grading/attempts/" + attempt + "/q/0", "/results/attempts/" + attempt,
                "/results/papers/" + setup.paperId(), "/grading")) {
            String body = mvc.perform(get(page).with(user(hrLead)).header("Accept-Language", "zh-CN"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as("blind: " + page).doesNotContain("欧阳真名");
            assertThat(body).as("independent: " + page).doesNotContain("16.5", "5.5", "7.5", "3.5");
        }

        String overview = mvc.perform(get("/results/attempts/" + attempt).with(user(setup.hr())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(overview).as("HR off the panel keeps the overview").contains("欧阳真名", "16.5");

        // once the HR lead has handed in, they see the others' scores (the name stays hidden until final)
        fixture.score(new Actor(hrLead.id(), true), attempt, null, "5", "7", "3");
        sheets.complete(new Actor(hrLead.id(), true), attempt);
        String after = mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(hrLead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("16.5");
    }

    /**
     * Options shuffled per candidate: the candidate chose the option shown third (C on their
     * sheet). The grader sees the options in the candidate's order and letters, with their
     * text, the choice and the key in the same terms; the printed report too.
     */
    @Test
    void shuffledOptionsAreShownToGradersAsTheCandidateSawThem() throws Exception {
        AccountPrincipal hr = setup.hr();
        long paper = papers.create(new PaperSettings("打乱 " + setup.marker(), PaperPurpose.WRITTEN_TEST, null, 60,
                null, null, null, true, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "单选", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(Questions.singleChoice("打乱的单选 " + setup.marker()), hr.id(), null)), hr.id());
        papers.publish(paper, papers.detail(paper).version(), hr.id());
        panels.assign(setup.hrActor(), paper, null, List.of(setup.lead().id()), true);
        // a candidate whose shuffle does not keep the bank's order (draw again until it does not)
        String token;
        long attempt;
        List<String> shown;
        int tries = 0;
        do {
            Instant now = Instant.now();
            String name = "洗牌 " + tries++;
            invitations.invite(paper, List.of(new InvitationService.Candidate(name, null, null)),
                    now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr.id());
            token = invitations.list(paper).stream().filter(i -> i.candidateName().equals(name)).findFirst()
                    .orElseThrow().token();
            attempt = sittings.start(token);
            shown = sittings.sheet(token).questions().get(0).options().stream().map(SittingViews.ShownOption::text)
                    .toList();
        } while (shown.get(2).equals("丙") || shown.indexOf("乙") == 2);
        String chosenText = shown.get(2);
        char keyLetter = (char) ('A' + shown.indexOf("乙"));
        fixture.choose(token, 0, 2);
        sittings.submit(token);

        String screen = mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(optionLines(screen)).as("in the candidate's order, with the candidate's letters")
                .containsExactly("A " + shown.get(0), "B " + shown.get(1), "C " + shown.get(2), "D " + shown.get(3));
        assertThat(chosenLine(screen)).isEqualTo("C " + chosenText);
        assertThat(keyLine(screen)).isEqualTo(keyLetter + " 乙");

        String report = mvc.perform(get("/results/attempts/" + attempt).with(user(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("C. " + chosenText).contains(keyLetter + ". 乙");
    }

    private static List<String> optionLines(String html) {
        Matcher m = Pattern.compile("<span class=\"option-letter\">(\\w)</span>\\s*<span>([^<]*)</span>").matcher(html);
        List<String> lines = new java.util.ArrayList<>();
        while (m.find()) {
            lines.add(m.group(1) + " " + m.group(2));
        }
        return lines;
    }

    private static String chosenLine(String html) {
        return lineWithBadge(html, "option-chosen");
    }

    private static String keyLine(String html) {
        return lineWithBadge(html, "option-key");
    }

    private static String lineWithBadge(String html, String cls) {
        Matcher m = Pattern.compile("<li[^>]*class=\"[^\"]*" + cls + "[^\"]*\"[^>]*>\\s*<span class=\"option-letter\">(\\w)</span>"
                + "\\s*<span>([^<]*)</span>").matcher(html);
        return m.find() ? m.group(1) + " " + m.group(2) : null;
    }

    /**
     * The lead settles a flagged question while HR reopens a member's sheet. The settlement read
     * the sheets as handed in; the reopen removes settlements, which no longer hold. Whichever
     * goes second must see what the first did: the settlement never survives the reopen.
     */
    @Test
    void aSettlementRacingAReopenDoesNotSurviveIt() throws Exception {
        long attempt = fixture.sat(setup, "竞争丙", "答案");
        fixture.score(setup.leadActor(), attempt, null, "2", "4", "1");
        sheets.complete(setup.leadActor(), attempt);
        fixture.score(setup.memberActor(), attempt, null, "6", "8", "4");
        sheets.complete(setup.memberActor(), attempt);
        CountDownLatch reopened = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> reopen = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    settling.reopen(setup.hrActor(), attempt, setup.member().id(), "复核录音");
                    reopened.countDown();
                    await(commit);
                }));
        assertThat(reopened.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> settle = CompletableFuture.supplyAsync(() -> {
            try {
                settling.reconcile(setup.leadActor(), attempt, 0, List.of("4", "6", "2"), "商定", null);
                return "settled";
            }
            catch (RuntimeException e) {
                return e;
            }
        });
        waitUntilSomeoneWaitsForALock();
        commit.countDown();
        reopen.get(10, TimeUnit.SECONDS);
        Object outcome = settle.get(10, TimeUnit.SECONDS);
        assertThat(outcome).as("nothing to settle once a sheet is open again").isInstanceOf(GradingRuleException.class);
        assertThat(jdbc.queryForObject("select count(*) from settlement where attempt_id = ?", Integer.class, attempt))
                .isZero();
    }

    private void waitUntilSomeoneWaitsForALock() throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(giveUp)) {
            Integer waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock'""", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nobody waited for the lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
