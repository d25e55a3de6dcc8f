package com.kaoping.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.kaoping.account.Role;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.Questions;
import com.kaoping.sitting.SittingViews.SaveStatus;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@KaopingTest
class SittingServiceTest {

    /** The page (tab) most saves here come from. */
    static final String TAB = "tab-one-1";
    static final String OTHER_TAB = "tab-two-2";

    @Autowired
    SittingService sittings;

    @Autowired
    InvitationService invitations;

    @Autowired
    PaperService papers;

    @Autowired
    QuestionBank bank;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long hr;
    long paper;
    String marker;
    QuestionContent scenario;

    @BeforeEach
    void publishAPaper() {
        hr = users.create(Role.HR).id();
        marker = "S" + UUID.randomUUID().toString().substring(0, 8);
        scenario = Questions.scenario("情景 " + marker);
        paper = papers.create(new PaperSettings("笔试 " + marker, PaperPurpose.WRITTEN_TEST, null, 60, null, null,
                null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(scenario, hr, null),
                bank.create(Questions.singleChoice("单选 " + marker), hr, null),
                bank.create(multiple(), hr, null),
                bank.create(trueFalse(), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
    }

    String invite() {
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("张三 " + marker, null, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr);
        return invitations.list(paper).get(0).token();
    }

    @Test
    void startingTwiceResumesTheSameAttemptWithAServerDeadline() {
        String token = invite();
        assertThat(sittings.landing(token).status()).isEqualTo(SittingViews.Status.READY);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        long first = sittings.start(token);
        assertThat(sittings.start(token)).isEqualTo(first);
        SittingViews.Sheet sheet = sittings.sheet(token);
        assertThat(sheet.questions()).hasSize(4);
        assertThat(sheet.remainingMillis()).isBetween(Duration.ofMinutes(59).toMillis(), Duration.ofMinutes(60).toMillis());
        assertThat(sittings.landing(token).status()).isEqualTo(SittingViews.Status.IN_PROGRESS);
    }

    @Test
    void theSheetCarriesNoKeyExplanationReferenceAnswerOrRubric() {
        String token = invite();
        sittings.start(token);
        String sheet = sittings.sheet(token).toString();
        assertThat(sheet).contains("情景 " + marker);
        assertThat(sheet).doesNotContain(scenario.referenceAnswer(), scenario.explanation(), "致歉与共情",
                "guidance for", "乙是正确的", "correct", "true_false", "trueFalseKey");
    }

    @Test
    void anOlderSaveOrAStaleTabNeverOverwritesANewerAnswer() {
        String token = invite();
        sittings.start(token);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 5, 0, null, null, "第五版", false)).status()).isEqualTo(SaveStatus.SAVED);
        SittingViews.SaveResult older = sittings.save(token, new AnswerSave(0, TAB, 4, 0, null, null, "第四版(晚到的请求)", false));
        assertThat(older.status()).isEqualTo(SaveStatus.STALE);
        assertThat(older.seq()).isEqualTo(5);
        assertThat(older.stored().mine()).as("the page's own later save is stored").isTrue();
        assertThat(sittings.save(token, new AnswerSave(0, OTHER_TAB, 40, 0, null, null, "过时的标签页打了更多字", false)).status())
                .as("a stale tab with a higher count still started from an older version").isEqualTo(SaveStatus.STALE);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 6, 5, null, null, "在最新版上继续写", false)).status()).isEqualTo(SaveStatus.SAVED);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 6, 5, null, null, "在最新版上继续写", false)).status())
                .as("a retry of a save that landed").isEqualTo(SaveStatus.STALE);
        assertThat(sittings.sheet(token).answers()).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("在最新版上继续写"));
    }

    @Test
    void malformedSavesAreRefused() {
        String token = invite();
        sittings.start(token);
        assertThat(sittings.save(token, new AnswerSave(1, TAB, 1, 0, java.util.Arrays.asList((Integer) null), null, null, false)).status())
                .isEqualTo(SaveStatus.INVALID);
        assertThat(sittings.save(token, new AnswerSave(1, TAB, 1, 0, List.of(9), null, null, false)).status()).isEqualTo(SaveStatus.INVALID);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, Long.MAX_VALUE, 0, null, null, "x", false)).status())
                .isEqualTo(SaveStatus.INVALID);
        assertThat(sittings.save(token, new AnswerSave(99, TAB, 1, 0, null, null, "x", false)).status()).isEqualTo(SaveStatus.INVALID);
    }

    @Test
    void revokingStopsAnAttemptInProgress() {
        String token = invite();
        sittings.start(token);
        sittings.save(token, new AnswerSave(0, TAB, 1, 0, null, null, "开始写了", false));
        invitations.revoke(paper, invitations.list(paper).get(0).id());
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 2, 1, null, null, "撤回之后", false)).status()).isEqualTo(SaveStatus.CLOSED);
        assertThatThrownBy(() -> sittings.sheet(token)).isInstanceOf(SittingClosedException.class);
        assertThatThrownBy(() -> sittings.submit(token)).isInstanceOf(SittingClosedException.class);
    }

    @Test
    void anAnswerOverTheLimitIsRefusedAndNothingIsStored() {
        String token = invite();
        sittings.start(token);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 1, 0, null, null, "长".repeat(SittingService.ANSWER_MAX + 1), false)).status())
                .isEqualTo(SaveStatus.TOO_LONG);
        assertThat(sittings.sheet(token).answers()).isEmpty();
    }

    @Test
    void aSaveAfterTheDeadlinePlusGraceIsRefusedAndTheJobSubmitsWhatWasSaved() {
        String token = invite();
        long attempt = sittings.start(token);
        sittings.save(token, new AnswerSave(0, TAB, 1, 0, null, null, "截止前写的", false));
        // time passes: the deadline is now 31 seconds ago (grace is 30 s)
        jdbc.update("update attempt set deadline = now() - interval '31 seconds', started_at = now() - interval '61 minutes'"
                + " where id = ?", attempt);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 2, 1, null, null, "太晚了", false)).status()).isEqualTo(SaveStatus.CLOSED);
        assertThat(sittings.submitOverdue(1000)).isPositive();
        SittingViews.Receipt receipt = sittings.receipt(token);
        assertThat(receipt.byDeadline()).isTrue();
        assertThat(sittings.sheet(token).answers()).filteredOn(a -> a.position() == 0).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("截止前写的"));
    }

    @Test
    void aSaveWithinTheGraceIsAccepted() {
        String token = invite();
        long attempt = sittings.start(token);
        jdbc.update("update attempt set deadline = now() - interval '5 seconds', started_at = now() - interval '61 minutes' where id = ?", attempt);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 1, 0, null, null, "网络慢了一点", false)).status()).isEqualTo(SaveStatus.SAVED);
    }

    /**
     * Autosaves are written in groups (one statement, one commit for all that waited): saves for
     * many attempts at once, several competing for the same answer, must come out exactly as the
     * one-at-a-time rules say: one first version per answer, every competitor stale with the
     * stored seq, nothing on a submitted or revoked attempt.
     */
    @Test
    void concurrentSavesWrittenInGroupsResolveAsOneAtATime() throws Exception {
        int candidates = 24;
        int competitors = 6;
        Instant now = Instant.now();
        invitations.invite(paper, java.util.stream.IntStream.range(0, candidates)
                        .mapToObj(i -> new InvitationService.Candidate("考生" + i + " " + marker, null, null)).toList(),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr);
        List<InvitationService.InvitationView> invited = invitations.list(paper);
        invited.forEach(i -> sittings.start(i.token()));
        String submitted = invited.get(0).token();
        sittings.submit(submitted);
        String revoked = invited.get(1).token();
        invitations.revoke(paper, invited.get(1).id());
        List<String> tokens = invited.stream().map(InvitationService.InvitationView::token).toList();

        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            // round 1: competing first versions of answer 0, and a multiple choice on answer 2
            java.util.Map<String, List<Future<SittingViews.SaveResult>>> first = new java.util.HashMap<>();
            java.util.Map<String, Future<SittingViews.SaveResult>> choice = new java.util.HashMap<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (String token : tokens) {
                List<Future<SittingViews.SaveResult>> fs = new ArrayList<>();
                for (int k = 1; k <= competitors; k++) {
                    long seq = k;
                    fs.add(pool.submit(() -> {
                        go.await();
                        // each competitor is another tab (phone, laptop...) of the same candidate
                        return sittings.save(token, new AnswerSave(0, "competitor-" + seq, seq, 0, null, null, "版本" + seq, false));
                    }));
                }
                first.put(token, fs);
                choice.put(token, pool.submit(() -> {
                    go.await();
                    return sittings.save(token, new AnswerSave(2, TAB, 1, 0, List.of(0, 2), null, null, true));
                }));
            }
            go.countDown();
            java.util.Map<String, Long> stored = new java.util.HashMap<>();
            for (String token : tokens) {
                List<SittingViews.SaveResult> results = new ArrayList<>();
                for (Future<SittingViews.SaveResult> f : first.get(token)) {
                    results.add(f.get());
                }
                if (token.equals(submitted) || token.equals(revoked)) {
                    assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(SaveStatus.CLOSED));
                    assertThat(choice.get(token).get().status()).isEqualTo(SaveStatus.CLOSED);
                    continue;
                }
                List<SittingViews.SaveResult> saved = results.stream().filter(r -> r.status() == SaveStatus.SAVED).toList();
                assertThat(saved).as("one first version of an answer").hasSize(1);
                long winner = saved.get(0).seq();
                assertThat(results).filteredOn(r -> r.status() != SaveStatus.SAVED).hasSize(competitors - 1)
                        .allSatisfy(r -> {
                            assertThat(r.status()).isEqualTo(SaveStatus.STALE);
                            assertThat(r.seq()).isEqualTo(winner);
                            // told it is another tab's text, and which
                            assertThat(r.stored().mine()).isFalse();
                            assertThat(r.stored().text()).isEqualTo("版本" + winner);
                        });
                assertThat(choice.get(token).get().status()).isEqualTo(SaveStatus.SAVED);
                stored.put(token, winner);
            }
            // round 2: competing edits on top of the stored version, and a stale tab
            java.util.concurrent.CountDownLatch again = new java.util.concurrent.CountDownLatch(1);
            java.util.Map<String, List<Future<SittingViews.SaveResult>>> edits = new java.util.HashMap<>();
            java.util.Map<String, Future<SittingViews.SaveResult>> staleTab = new java.util.HashMap<>();
            for (var e : stored.entrySet()) {
                String token = e.getKey();
                long base = e.getValue();
                List<Future<SittingViews.SaveResult>> fs = new ArrayList<>();
                for (int k = 1; k <= competitors; k++) {
                    long seq = base + k;
                    fs.add(pool.submit(() -> {
                        again.await();
                        return sittings.save(token, new AnswerSave(0, "editor-" + seq, seq, base, null, null, "修改" + seq, false));
                    }));
                }
                edits.put(token, fs);
                staleTab.put(token, pool.submit(() -> {
                    again.await();
                    return sittings.save(token, new AnswerSave(0, TAB, 1000, 0, null, null, "旧标签页", false));
                }));
            }
            again.countDown();
            for (var e : stored.entrySet()) {
                String token = e.getKey();
                List<SittingViews.SaveResult> results = new ArrayList<>();
                for (Future<SittingViews.SaveResult> f : edits.get(token)) {
                    results.add(f.get());
                }
                List<SittingViews.SaveResult> saved = results.stream().filter(r -> r.status() == SaveStatus.SAVED).toList();
                assertThat(saved).as("one edit on top of a version").hasSize(1);
                long winner = saved.get(0).seq();
                assertThat(results).filteredOn(r -> r.status() != SaveStatus.SAVED)
                        .allSatisfy(r -> {
                            assertThat(r.status()).isEqualTo(SaveStatus.STALE);
                            assertThat(r.stored().mine()).isFalse();
                            assertThat(r.stored().text()).isEqualTo("修改" + winner);
                        });
                assertThat(staleTab.get(token).get().status()).isEqualTo(SaveStatus.STALE);
                List<SittingViews.SavedAnswer> answers = sittings.sheet(token).answers();
                assertThat(answers).filteredOn(a -> a.position() == 0).singleElement().satisfies(a -> {
                    assertThat(a.seq()).isEqualTo(winner);
                    assertThat(a.text()).isEqualTo("修改" + winner);
                });
                assertThat(answers).filteredOn(a -> a.position() == 2).singleElement().satisfies(a -> {
                    assertThat(a.choices()).containsExactlyInAnyOrder(0, 2);
                    assertThat(a.flagged()).isTrue();
                });
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from answer a join attempt t on t.id = a.attempt_id"
                + " join invitation i on i.id = t.invitation_id where i.token in (?, ?) and a.seq > 1",
                Integer.class, submitted, revoked)).isZero();
        assertThat(sittings.largestSaveGroup()).as("saves were written in groups").isGreaterThan(1);
    }

    /**
     * One save the database refuses (a NUL character, which PostgreSQL text cannot hold) fails
     * the statement of its whole group: every save of that group is saved again on its own, so
     * the others land and only the bad one fails. Through {@code saveLater}, the path the
     * autosave endpoint takes.
     */
    @Test
    void aGroupThatFailsIsSavedOneByOneAndOnlyTheBadSaveFails() throws Exception {
        int candidates = 12;
        Instant now = Instant.now();
        invitations.invite(paper, java.util.stream.IntStream.range(0, candidates)
                        .mapToObj(i -> new InvitationService.Candidate("分组" + i + " " + marker, null, null)).toList(),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr);
        List<String> tokens = invitations.list(paper).stream().map(InvitationService.InvitationView::token).toList();
        tokens.forEach(sittings::start);
        ExecutorService replies = Executors.newFixedThreadPool(4);
        try {
            for (long round = 1; round <= 5; round++) {
                List<java.util.concurrent.CompletableFuture<SittingViews.SaveResult>> good = new ArrayList<>();
                for (String token : tokens) {
                    good.add(sittings.saveLater(token, new AnswerSave(0, TAB, round, round - 1, null, null, "第" + round + "稿", false), replies));
                }
                var bad = sittings.saveLater(tokens.get(0), new AnswerSave(1, TAB, round, 0, null, null, "坏\0字", false), replies);
                for (var f : good) {
                    assertThat(f.get(30, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(SaveStatus.SAVED);
                }
                assertThatThrownBy(() -> bad.get(30, java.util.concurrent.TimeUnit.SECONDS))
                        .hasCauseInstanceOf(org.springframework.dao.DataAccessException.class);
            }
        }
        finally {
            replies.shutdown();
        }
        assertThat(sittings.largestFailedSaveGroup()).as("the bad save failed a group of several").isGreaterThan(1);
        for (String token : tokens) {
            assertThat(sittings.sheet(token).answers()).singleElement().satisfies(a -> {
                assertThat(a.seq()).isEqualTo(5);
                assertThat(a.text()).isEqualTo("第5稿");
            });
        }
    }

    @Test
    void tenConcurrentSubmitsMakeOneSubmission() throws Exception {
        String token = invite();
        long attempt = sittings.start(token);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<String>> submits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            submits.add(() -> sittings.submit(token).code());
        }
        Set<String> codes;
        try {
            codes = pool.invokeAll(submits).stream().map(f -> {
                try {
                    return f.get();
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
        }
        finally {
            pool.shutdown();
        }
        assertThat(codes).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from attempt where id = ? and submitted_at is not null",
                Integer.class, attempt)).isEqualTo(1);
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 99, 0, null, null, "交卷之后", false)).status()).isEqualTo(SaveStatus.CLOSED);
    }

    @Test
    void objectiveAnswersAreScoredAtSubmission() {
        String token = invite();
        long attempt = sittings.start(token);
        SittingViews.Sheet sheet = sittings.sheet(token);
        // the options are not shuffled in this paper: index 1 is the single-choice key (乙)
        sittings.save(token, new AnswerSave(1, TAB, 1, 0, List.of(1), null, null, false));
        sittings.save(token, new AnswerSave(2, TAB, 1, 0, List.of(0, 1), null, null, false));
        sittings.save(token, new AnswerSave(3, TAB, 1, 0, null, true, null, false));
        sittings.submit(token);
        assertThat(jdbc.queryForObject("select objective_score from attempt where id = ?", BigDecimal.class, attempt))
                .isEqualByComparingTo("3.5");
        assertThat(jdbc.queryForList("select position, auto_score from answer where attempt_id = ? order by position",
                attempt)).extracting(row -> row.get("auto_score") == null ? null : ((BigDecimal) row.get("auto_score"))
                .stripTrailingZeros().toPlainString()).containsExactly("2", "1.5", "0");
        assertThat(sheet.questions()).hasSize(4);
    }

    @Test
    void shuffledOptionsAreAnsweredByTheirShownPositionAndStoredAsTheirOwnIndexes() {
        QuestionContent single = Questions.singleChoice("打乱 " + marker);
        long shuffled = papers.create(new PaperSettings("打乱选项 " + marker, PaperPurpose.WRITTEN_TEST, null, 60, null,
                null, null, true, false), hr, null);
        long section = papers.addSection(shuffled, papers.detail(shuffled).version(), "一", null, null, hr);
        papers.addQuestions(shuffled, papers.detail(shuffled).version(), section,
                List.of(bank.create(single, hr, null)), hr);
        papers.publish(shuffled, papers.detail(shuffled).version(), hr);
        Instant now = Instant.now();
        invitations.invite(shuffled, List.of(new InvitationService.Candidate("洗牌 " + marker, null, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr);
        String token = invitations.list(shuffled).get(0).token();
        long attempt = sittings.start(token);
        List<String> shown = sittings.sheet(token).questions().get(0).options().stream()
                .map(SittingViews.ShownOption::text).toList();
        int keyShownAt = shown.indexOf("乙");

        assertThat(sittings.save(token, new AnswerSave(0, TAB, 1, 0, List.of(keyShownAt), null, null, false)).status())
                .isEqualTo(SaveStatus.SAVED);
        // stored as the option's own index (乙 is option 1), whatever position it was shown at
        assertThat(jdbc.queryForObject("select choices[1] from answer where attempt_id = ? and position = 0",
                Integer.class, attempt)).isEqualTo(1);
        assertThat(sittings.sheet(token).answers()).singleElement()
                .satisfies(a -> assertThat(a.choices()).containsExactly(keyShownAt));
        assertThat(sittings.save(token, new AnswerSave(0, TAB, 2, 1, List.of(4), null, null, false)).status())
                .as("there are only four positions").isEqualTo(SaveStatus.INVALID);
        sittings.submit(token);
        assertThat(jdbc.queryForObject("select objective_score from attempt where id = ?", BigDecimal.class, attempt))
                .isEqualByComparingTo("2");
    }

    @Test
    void revokedAndUnknownTokensGetNothing() {
        String token = invite();
        invitations.revoke(paper, invitations.list(paper).get(0).id());
        assertThat(sittings.landing(token).status()).isEqualTo(SittingViews.Status.REVOKED);
        assertThatThrownBy(() -> sittings.start(token)).isInstanceOf(SittingClosedException.class);
        assertThatThrownBy(() -> sittings.landing("no-such-token")).isInstanceOf(InvalidTokenException.class);
        assertThat(sittings.save("no-such-token", new AnswerSave(0, TAB, 1, 0, null, null, "x", false)).status())
                .isEqualTo(SaveStatus.INVALID);
    }

    @Test
    void aTokenOnlyReachesItsOwnAttempt() {
        String mine = invite();
        String theirs = invite();
        sittings.start(mine);
        sittings.start(theirs);
        sittings.save(theirs, new AnswerSave(0, TAB, 1, 0, null, null, "别人的答案", false));
        assertThat(sittings.sheet(mine).answers()).isEmpty();
        assertThat(sittings.sheet(mine).toString()).doesNotContain("别人的答案");
    }

    static QuestionContent multiple() {
        return new QuestionContent(QuestionKind.MULTIPLE_CHOICE, "多选", null, new BigDecimal("3"), 3, "zh-CN",
                List.of(), null, List.of(new QuestionContent.Option("甲", true), new QuestionContent.Option("乙", true),
                new QuestionContent.Option("丙", true), new QuestionContent.Option("丁", false)), null,
                PartialCreditPolicy.HALF_IF_NO_WRONG, "多选解析", null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    static QuestionContent trueFalse() {
        return new QuestionContent(QuestionKind.TRUE_FALSE, "判断", null, new BigDecimal("2"), 1, "zh-CN", List.of(),
                null, List.of(), false, null, "判断解析", null, List.of(), List.of(), List.of(), List.of(), null, null);
    }
}
