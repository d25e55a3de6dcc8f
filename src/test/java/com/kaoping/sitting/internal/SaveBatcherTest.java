package com.kaoping.sitting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.kaoping.account.Role;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.sitting.AnswerSave;
import com.kaoping.sitting.InvitationService;
import com.kaoping.sitting.SittingService;
import com.kaoping.sitting.SittingViews;
import com.kaoping.sitting.internal.AttemptStore.TokenSave;
import com.kaoping.sitting.internal.AttemptStore.Written;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.RowLock;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The autosave writer: nothing one attempt does holds up the others, and a writer that dies is replaced. */
@KaopingTest
class SaveBatcherTest {

    static final String TAB = "batcher-tab";

    @Autowired
    AttemptStore store;

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

    List<String> tokens;

    @BeforeEach
    void twoCandidatesSitting() {
        long hr = users.create(Role.HR).id();
        long paper = papers.create(new PaperSettings("写入线程 " + System.nanoTime(), PaperPurpose.WRITTEN_TEST, null,
                60, null, null, null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(Questions.scenario("写入线程题"), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
        invitations.invite(paper, List.of(new InvitationService.Candidate("甲", null, null),
                        new InvitationService.Candidate("乙", null, null)),
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(7200), 0, hr);
        tokens = invitations.list(paper).stream().map(InvitationService.InvitationView::token).toList();
        tokens.forEach(sittings::start);
    }

    /**
     * Another transaction holds candidate 甲's attempt row (for whatever reason, for as long as it
     * likes). 甲's save waits, but 乙's unrelated save is answered at once; 甲's goes in as soon as
     * the row is free.
     */
    @Test
    void oneLockedAttemptRowDoesNotHoldUpAnotherCandidatesSave() throws Exception {
        String locked = tokens.get(0);
        String free = tokens.get(1);
        CompletableFuture<SittingViews.SaveResult> held;
        try (RowLock lock = RowLock.hold(jdbc.getDataSource(), "select a.id from attempt a join invitation i"
                + " on i.id = a.invitation_id where i.token = ? for update of a", locked)) {
            held = sittings.saveLater(locked, save(1, 0, "被锁住的考生"), Runnable::run);
            Thread.sleep(200); // the writer has met the lock by now
            long started = System.nanoTime();
            SittingViews.SaveResult other = sittings.saveLater(free, save(1, 0, "另一位考生"), Runnable::run)
                    .get(10, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println("save of another candidate while one attempt row is locked: " + millis + " ms");
            assertThat(other.status()).isEqualTo(SittingViews.SaveStatus.SAVED);
            assertThat(millis).as("answered without waiting for the lock").isLessThan(2000);
            assertThat(held).isNotDone();
        }
        assertThat(held.get(10, TimeUnit.SECONDS).status()).isEqualTo(SittingViews.SaveStatus.SAVED);
        assertThat(sittings.sheet(locked).answers()).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("被锁住的考生"));
    }

    /**
     * A writer thread that dies (here: an Error thrown while it writes a group) fails that group,
     * never leaving its saves waiting, and a new writer takes over: later saves go in.
     */
    @Test
    void aWriterThatDiesIsReplacedAndItsGroupIsFailedNotLeftWaiting() throws Exception {
        AtomicBoolean die = new AtomicBoolean(true);
        SaveBatcher batcher = new SaveBatcher(saves -> {
            if (die.getAndSet(false)) {
                throw new OutOfMemoryError("simulated: the writer thread dies");
            }
            return store.write(saves, Instant.now(), Duration.ofSeconds(30));
        }, Duration.ofSeconds(45));
        try {
            CompletableFuture<Written> first = batcher.submit(new TokenSave(tokens.get(0), save(1, 0, "写入线程死了")));
            assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(OutOfMemoryError.class);
            Written second = batcher.submit(new TokenSave(tokens.get(1), save(1, 0, "新的写入线程")))
                    .get(10, TimeUnit.SECONDS);
            assertThat(second.kind()).isEqualTo(Written.Kind.APPLIED);
            assertThat(batcher.restarts()).isEqualTo(1);
        }
        finally {
            batcher.stop();
        }
        assertThat(sittings.sheet(tokens.get(1)).answers()).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("新的写入线程"));
    }

    static AnswerSave save(long seq, long base, String text) {
        return new AnswerSave(0, TAB, seq, base, null, null, text, false);
    }
}
