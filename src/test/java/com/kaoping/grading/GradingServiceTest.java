package com.kaoping.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.kaoping.grading.GradingFixture.Setup;
import com.kaoping.grading.ScoreSheets.SaveOutcome;
import com.kaoping.support.KaopingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

@KaopingTest
class GradingServiceTest {

    @Autowired
    GradingFixture fixture;

    @Autowired
    GradingService grading;

    @Autowired
    ScoreSheets sheets;

    @Autowired
    Settling settling;

    @Autowired
    Panels panels;

    @Autowired
    JdbcTemplate jdbc;

    Setup setup;

    @BeforeEach
    void paper() {
        setup = fixture.paperWithPanel(new BigDecimal("15"));
    }

    /** "Apologise, then any 3 of these 4 points": all four scored counts 6, not 8; the screen's total says the same. */
    @Test
    void aStepGroupCountsAtMostItsCapInTheGradersScore() {
        Setup grouped = fixture.paperWithPanel(new BigDecimal("8"), com.kaoping.question.Questions::anyThreeOfFour);
        long attempt = fixture.sat(grouped, "李四", "您好……");
        SaveOutcome all = fixture.score(grouped.leadActor(), attempt, null, "4", "2", "2", "2", "2");
        assertThat(all.questionScore()).isEqualByComparingTo("10");
        SaveOutcome some = fixture.score(grouped.leadActor(), attempt, all.version(), "3", "2", "0", "2", "1");
        assertThat(some.questionScore()).isEqualByComparingTo("8");
        AttemptScore score = grading.attempt(grouped.leadActor(), attempt);
        assertThat(score.questions().get(0).content().stepGroups()).hasSize(1);
    }

    @Test
    void theQuestionScoreIsComputedFromTheStepsAndTheAttemptTotalAddsTheAutomaticScores() {
        long attempt = fixture.sat(setup, "张三", "您好，非常抱歉……");
        SaveOutcome saved = fixture.score(setup.leadActor(), attempt, null, "5", "7.5", "2");
        assertThat(saved.saved()).isTrue();
        assertThat(saved.questionScore()).isEqualByComparingTo("14.5");
        assertThat(jdbc.queryForObject("select score from grade where id = (select max(id) from grade)", BigDecimal.class))
                .isEqualByComparingTo("14.5");
        AttemptScore score = grading.attempt(setup.hrActor(), attempt);
        assertThat(score.status()).isEqualTo(AttemptScore.Status.GRADING);
        assertThat(score.questions().get(1).finalScore()).as("the single choice, auto-scored").isEqualByComparingTo("2");
        assertThat(score.questions().get(0).finalScore()).as("not handed in yet").isNull();

        sheets.complete(setup.leadActor(), attempt);
        fixture.score(setup.memberActor(), attempt, null, "6", "8", "2");
        sheets.complete(setup.memberActor(), attempt);
        score = grading.attempt(setup.hrActor(), attempt);
        assertThat(score.status()).isEqualTo(AttemptScore.Status.DONE);
        assertThat(score.questions().get(0).finalScore()).as("mean of 14.5 and 16").isEqualByComparingTo("15.25");
        assertThat(score.questions().get(0).finalSteps()).containsExactly(new BigDecimal("5.50"), new BigDecimal("7.75"),
                new BigDecimal("2.00"));
        assertThat(score.total()).isEqualByComparingTo("17.25");
        assertThat(score.passed()).isTrue();
    }

    @Test
    void outOfRangeOrNonHalfScoresAreRefusedAndNothingIsSaved() {
        long attempt = fixture.sat(setup, "李四", "答案");
        SaveOutcome over = fixture.score(setup.leadActor(), attempt, null, "6.5", "10", "4");
        assertThat(over.saved()).isFalse();
        assertThat(over.stepErrors()).containsEntry(0, "grading.score.overMax");
        SaveOutcome mixed = fixture.score(setup.leadActor(), attempt, null, "-1", "3.3", "abc");
        assertThat(mixed.stepErrors()).containsEntry(0, "grading.score.negative")
                .containsEntry(1, "grading.score.halfPoints").containsEntry(2, "grading.score.notNumber");
        assertThat(fixture.score(setup.leadActor(), attempt, null, "1e9", "1", "1").stepErrors())
                .containsEntry(0, "grading.score.notNumber");
        assertThat(jdbc.queryForObject("select count(*) from grade g join grading_sheet s on s.id = g.sheet_id "
                + "where s.attempt_id = ?", Long.class, attempt)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from score_audit where attempt_id = ?", Long.class, attempt)).isZero();
    }

    @Test
    void onlyThePanelGradesAndOnlyHandedInAttempts() {
        long attempt = fixture.sat(setup, "王五", "答案");
        assertThatThrownBy(() -> fixture.score(setup.outsiderActor(), attempt, null, "1", "1", "1"))
                .isInstanceOf(NotAssignedException.class);
        assertThatThrownBy(() -> grading.attempt(setup.outsiderActor(), attempt)).isInstanceOf(NotAssignedException.class);
        assertThatThrownBy(() -> fixture.score(setup.hrActor(), attempt, null, "1", "1", "1"))
                .as("HR reads everything but is not on the panel").isInstanceOf(NotAssignedException.class);
        long open = fixture.sitting(setup, "赵六");
        assertThatThrownBy(() -> fixture.score(setup.leadActor(), open, null, "1", "1", "1"))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.notSubmitted"));
    }

    @Test
    void anAssignmentToOneCandidateCoversOnlyThatCandidate() {
        long first = fixture.sat(setup, "甲", "答案");
        long second = fixture.sat(setup, "乙", "答案");
        long invitation = jdbc.queryForObject("select invitation_id from attempt where id = ?", Long.class, first);
        panels.assign(setup.hrActor(), setup.paperId(), invitation, List.of(setup.outsider().id()), false);
        assertThat(fixture.score(setup.outsiderActor(), first, null, "1", "1", "1").saved()).isTrue();
        assertThatThrownBy(() -> fixture.score(setup.outsiderActor(), second, null, "1", "1", "1"))
                .isInstanceOf(NotAssignedException.class);
        assertThat(grading.queue(setup.outsiderActor(), null)).extracting(s -> s.attempt().id()).containsExactly(first);
    }

    @Test
    void twoSavesAtTheSameVersionOneGetsAConflict() throws Exception {
        long attempt = fixture.sat(setup, "孙七", "答案");
        long version = fixture.score(setup.leadActor(), attempt, null, "1", "1", "1").version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String value : List.of("5", "6")) {
            Callable<String> save = () -> {
                start.await();
                try {
                    SaveOutcome o = fixture.score(setup.leadActor(), attempt, version, value, "1", "1");
                    return o.saved() ? "saved" : o.conflict() ? "conflict" : "other";
                }
                catch (OptimisticLockingFailureException e) {
                    return "conflict";
                }
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        // a stale page (an older version) is refused too
        assertThat(fixture.score(setup.leadActor(), attempt, version, "3", "1", "1").conflict()).isTrue();
        assertThat(fixture.score(setup.leadActor(), attempt, null, "3", "1", "1").conflict())
                .as("a page built before the first save").isTrue();
    }

    @Test
    void everyChangeIsAudited() {
        long attempt = fixture.sat(setup, "周八", "答案");
        long v = fixture.score(setup.leadActor(), attempt, null, "5", "7", "2").version();
        fixture.score(setup.leadActor(), attempt, v, "6", "7", "2");
        sheets.complete(setup.leadActor(), attempt);
        assertThatThrownBy(() -> settling.reopen(setup.hrActor(), attempt, setup.lead().id(), " "))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.reason.required"));
        assertThatThrownBy(() -> settling.reopen(setup.leadActor(), attempt, setup.lead().id(), "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        settling.reopen(setup.hrActor(), attempt, setup.lead().id(), "第二步给分过宽");
        settling.override(setup.leadActor(), attempt, 1, "1", "选项表述有歧义", null);

        List<AuditEntry> audit = grading.audit(setup.hrActor(), attempt);
        assertThat(audit).extracting(a -> a.what() + ":" + a.step() + ":" + a.oldValue() + "→" + a.newValue())
                .containsExactly("STEP:0:null→5", "STEP:1:null→7", "STEP:2:null→2", "SCORE:null:null→14",
                        "STEP:0:5→6", "SCORE:null:14→15", "COMPLETE:null:null→null", "REOPEN:null:null→null",
                        "OVERRIDE:null:2→1");
        assertThat(audit).allSatisfy(a -> assertThat(a.changedAt()).isNotNull());
        assertThat(audit.get(7).reason()).isEqualTo("第二步给分过宽");
        assertThat(audit.get(7).changedBy()).isEqualTo(setup.hr().id());
        assertThat(audit.get(0).changedBy()).isEqualTo(setup.lead().id());
    }

    @Test
    void aHandedInSheetIsClosedUntilHrReopensIt() {
        long attempt = fixture.sat(setup, "吴九", "答案");
        assertThatThrownBy(() -> sheets.complete(setup.leadActor(), attempt))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.complete.unfinished"));
        long v = fixture.score(setup.leadActor(), attempt, null, "5", "7", "2").version();
        sheets.complete(setup.leadActor(), attempt);
        assertThatThrownBy(() -> fixture.score(setup.leadActor(), attempt, v, "6", "7", "2"))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.sheet.complete"));
        settling.reopen(setup.hrActor(), attempt, setup.lead().id(), "复核");
        assertThat(fixture.score(setup.leadActor(), attempt, v, "6", "7", "2").saved()).isTrue();
    }

    @Test
    void aLargeDifferenceIsFlaggedUntilTheLeadSettlesIt() {
        long attempt = fixture.sat(setup, "郑十", "答案");
        fixture.score(setup.leadActor(), attempt, null, "2", "4", "1");   // 7
        sheets.complete(setup.leadActor(), attempt);
        fixture.score(setup.memberActor(), attempt, null, "6", "8", "4"); // 18
        sheets.complete(setup.memberActor(), attempt);
        AttemptScore score = grading.attempt(setup.hrActor(), attempt);
        assertThat(score.questions().get(0).flagged()).isTrue();
        assertThat(score.status()).isEqualTo(AttemptScore.Status.RECONCILING);
        assertThat(score.passed()).as("no verdict while reconciling").isNull();

        assertThatThrownBy(() -> settling.reconcile(setup.memberActor(), attempt, 0, List.of("4", "6", "2"), "商定", null))
                .isInstanceOf(NotAssignedException.class);
        assertThatThrownBy(() -> settling.reconcile(setup.leadActor(), attempt, 0, List.of("4", "11", "2"), "商定", null))
                .isInstanceOf(GradingRuleException.class);
        settling.reconcile(setup.leadActor(), attempt, 0, List.of("4", "6", "2"), "按录音复核后商定", null);
        score = grading.attempt(setup.hrActor(), attempt);
        assertThat(score.status()).isEqualTo(AttemptScore.Status.DONE);
        assertThat(score.questions().get(0).finalScore()).isEqualByComparingTo("12");
        assertThat(score.questions().get(0).finalSteps()).extracting(BigDecimal::intValue).containsExactly(4, 6, 2);
        assertThat(score.total()).isEqualByComparingTo("14");
        assertThat(score.passed()).isFalse();
    }

    @Test
    void medianAndConsensusPolicies() {
        long attempt = fixture.sat(setup, "钱一", "答案");
        panels.assign(setup.hrActor(), setup.paperId(), null, List.of(setup.outsider().id()), false);
        fixture.score(setup.leadActor(), attempt, null, "5", "5", "2");     // 12
        fixture.score(setup.memberActor(), attempt, null, "5", "6", "2");   // 13
        fixture.score(setup.outsiderActor(), attempt, null, "6", "10", "4"); // 20
        sheets.complete(setup.leadActor(), attempt);
        sheets.complete(setup.memberActor(), attempt);
        sheets.complete(setup.outsiderActor(), attempt);
        panels.savePolicy(setup.hrActor(), setup.paperId(), Aggregation.MEDIAN, 50, false, -1);
        AttemptScore score = grading.attempt(setup.hrActor(), attempt);
        assertThat(score.questions().get(0).finalScore()).isEqualByComparingTo("13");
        assertThat(score.status()).as("8 of 20 is within 50 %").isEqualTo(AttemptScore.Status.DONE);

        long version = jdbc.queryForObject("select version from grading_policy where paper_id = ?", Long.class, setup.paperId());
        panels.savePolicy(setup.hrActor(), setup.paperId(), Aggregation.CONSENSUS, 50, false, version);
        assertThatThrownBy(() -> panels.savePolicy(setup.hrActor(), setup.paperId(), Aggregation.MEAN, 20, false, version))
                .as("a stale policy form").isInstanceOf(OptimisticLockingFailureException.class);
        score = grading.attempt(setup.hrActor(), attempt);
        assertThat(score.questions().get(0).awaitingConsensus()).isTrue();
        assertThat(score.status()).isEqualTo(AttemptScore.Status.RECONCILING);
        settling.reconcile(setup.hrActor(), attempt, 0, List.of("5", "6", "2"), "合议", null);
        assertThat(grading.attempt(setup.hrActor(), attempt).status()).isEqualTo(AttemptScore.Status.DONE);
    }

    @Test
    void aLiveInterviewIsGradedLikeAnOnlineAttempt(@Autowired com.kaoping.sitting.SittingService sittings,
                                                   @Autowired com.kaoping.sitting.InvitationService invitations) {
        jdbc.update("update paper set purpose = 'INTERVIEW' where id = ?", setup.paperId());
        java.time.Instant now = java.time.Instant.now();
        invitations.invite(setup.paperId(), List.of(new com.kaoping.sitting.InvitationService.Candidate("面试者", null, null)),
                now, now.plusSeconds(3600), 0, setup.hr().id());
        long invitation = invitations.list(setup.paperId()).get(0).id();
        long attempt = sittings.startLive(invitation);
        assertThat(sittings.startLive(invitation)).as("a second interviewer joins the same interview").isEqualTo(attempt);
        SaveOutcome saved = sheets.save(setup.leadActor(), attempt, 0, null,
                List.of(new ScoreSheets.StepInput("6", null), new ScoreSheets.StepInput("8", "方案具体"),
                        new ScoreSheets.StepInput("3", null)), "表现稳定", "先道歉，再查订单，承诺下午回电");
        assertThat(saved.saved()).isTrue();
        AttemptScore score = grading.attempt(setup.leadActor(), attempt);
        assertThat(score.attempt().live()).isTrue();
        assertThat(score.questions().get(0).marks().get(setup.lead().id()).notes()).isEqualTo("先道歉，再查订单，承诺下午回电");
        assertThat(score.questions().get(0).marks().get(setup.lead().id()).stepComments()).containsExactly(null, "方案具体", null);
    }

    @Test
    void overridesAreBoundedAndCloseWithTheSheet() {
        long attempt = fixture.sat(setup, "覆盖", "答案");
        assertThatThrownBy(() -> settling.override(setup.leadActor(), attempt, 1, "2.5", "太高", null))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.score.overMax"));
        assertThatThrownBy(() -> settling.override(setup.leadActor(), attempt, 1, "1", " ", null))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.reason.required"));
        assertThatThrownBy(() -> settling.override(setup.leadActor(), attempt, 0, "1", "不是客观题", null))
                .isInstanceOf(GradingRuleException.class);
        fixture.score(setup.leadActor(), attempt, null, "1", "1", "1");
        sheets.complete(setup.leadActor(), attempt);
        assertThatThrownBy(() -> settling.override(setup.leadActor(), attempt, 1, "1", "交卷后", null))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.sheet.complete"));
        settling.override(setup.hrActor(), attempt, 1, "1", "HR 复核", null);
        assertThat(grading.attempt(setup.hrActor(), attempt).questions().get(1).finalScore()).isEqualByComparingTo("1");
    }

    @Test
    void aLeadSettlesOnlyAfterHandingInAndOnlyWhatNeedsSettling() {
        long attempt = fixture.sat(setup, "协调", "答案");
        fixture.score(setup.memberActor(), attempt, null, "6", "10", "4");
        sheets.complete(setup.memberActor(), attempt);
        assertThatThrownBy(() -> settling.reconcile(setup.leadActor(), attempt, 0, List.of("3", "5", "2"), "先定", null))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.reconcile.handInFirst"));
        fixture.score(setup.leadActor(), attempt, null, "6", "9", "4");
        sheets.complete(setup.leadActor(), attempt);
        assertThatThrownBy(() -> settling.reconcile(setup.leadActor(), attempt, 0, List.of("6", "9", "4"), "无差异", null))
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.reconcile.nothingToSettle"));
        assertThat(grading.attempt(setup.hrActor(), attempt).status()).isEqualTo(AttemptScore.Status.DONE);
    }

    @Test
    void reopeningWithdrawsASettlement() {
        long attempt = fixture.sat(setup, "撤销", "答案");
        fixture.score(setup.leadActor(), attempt, null, "1", "1", "1");
        sheets.complete(setup.leadActor(), attempt);
        fixture.score(setup.memberActor(), attempt, null, "6", "10", "4");
        sheets.complete(setup.memberActor(), attempt);
        settling.reconcile(setup.leadActor(), attempt, 0, List.of("4", "6", "2"), "商定", null);
        assertThat(grading.attempt(setup.hrActor(), attempt).status()).isEqualTo(AttemptScore.Status.DONE);
        settling.reopen(setup.hrActor(), attempt, setup.lead().id(), "组长重新评分");
        AttemptScore score = grading.attempt(setup.hrActor(), attempt);
        assertThat(score.questions().get(0).settled()).isNull();
        assertThat(score.status()).isEqualTo(AttemptScore.Status.GRADING);
        assertThat(grading.audit(setup.hrActor(), attempt)).extracting(AuditEntry::what)
                .contains("RECONCILED_STEP", "RECONCILED", "REOPEN", "UNSETTLED");
    }

    @Test
    void twoFirstSavesAtOnceMakeOneGrade() throws Exception {
        long attempt = fixture.sat(setup, "并发", "答案");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String value : List.of("5", "6")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    SaveOutcome o = fixture.score(setup.leadActor(), attempt, null, value, "1", "1");
                    return o.saved() ? "saved" : o.conflict() ? "conflict" : "other";
                }
                catch (OptimisticLockingFailureException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        assertThat(jdbc.queryForObject("select count(*) from grade g join grading_sheet s on s.id = g.sheet_id "
                + "where s.attempt_id = ?", Long.class, attempt)).isEqualTo(1);
    }

    @Test
    void equalTotalsShareARankAndOnlyFinalResultsAreRanked(@Autowired ResultsService results) {
        long a = fixture.sat(setup, "并列一", "答案");
        long b = fixture.sat(setup, "并列二", "答案");
        long c = fixture.sat(setup, "最后", "答案");
        long open = fixture.sat(setup, "未完", "答案");
        for (long attempt : new long[] {a, b, c}) {
            String first = attempt == c ? "1" : "5";
            fixture.score(setup.leadActor(), attempt, null, first, "8", "2");
            sheets.complete(setup.leadActor(), attempt);
            fixture.score(setup.memberActor(), attempt, null, first, "8", "2");
            sheets.complete(setup.memberActor(), attempt);
        }
        fixture.score(setup.leadActor(), open, null, "6", "10", "4");
        var rows = results.paper(setup.paperId(), null, setup.hr().id()).rows();
        assertThat(rows).extracting(r -> r.score().attempt().candidateName() + ":" + r.rank())
                .containsExactly("并列一:1", "并列二:1", "最后:3", "未完:null");
    }

    @Test
    void liveInterviewsAreForInterviewPapersAndNeverTakeOverAnOnlineSitting(
            @Autowired com.kaoping.sitting.SittingService sittings,
            @Autowired com.kaoping.sitting.InvitationService invitations) {
        long attempt = fixture.sat(setup, "笔试考生", "答案");
        long invitation = jdbc.queryForObject("select invitation_id from attempt where id = ?", Long.class, attempt);
        assertThatThrownBy(() -> sittings.startLive(invitation))
                .as("a written test").isInstanceOf(com.kaoping.sitting.SittingClosedException.class);
        jdbc.update("update paper set purpose = 'INTERVIEW' where id = ?", setup.paperId());
        long sitting = fixture.sitting(setup, "正在线上作答");
        long sittingInvitation = jdbc.queryForObject("select invitation_id from attempt where id = ?", Long.class, sitting);
        assertThatThrownBy(() -> sittings.startLive(sittingInvitation))
                .isInstanceOfSatisfying(com.kaoping.sitting.SittingClosedException.class,
                        e -> assertThat(e.status()).isEqualTo(com.kaoping.sitting.SittingViews.Status.IN_PROGRESS));
        assertThatThrownBy(() -> grading.attempt(setup.leadActor(), sitting))
                .as("answers are not read while the candidate writes")
                .isInstanceOfSatisfying(GradingRuleException.class, e -> assertThat(e.key()).isEqualTo("grading.notSubmitted"));
    }
}
