package com.kaoping.sitting;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperStatus;
import com.kaoping.paper.SittingPlan;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionRef;
import com.kaoping.sitting.SittingViews.Landing;
import com.kaoping.sitting.SittingViews.Receipt;
import com.kaoping.sitting.SittingViews.SaveResult;
import com.kaoping.sitting.SittingViews.SaveStatus;
import com.kaoping.sitting.SittingViews.SavedAnswer;
import com.kaoping.sitting.SittingViews.Sheet;
import com.kaoping.sitting.SittingViews.SheetQuestion;
import com.kaoping.sitting.SittingViews.ShownOption;
import com.kaoping.sitting.SittingViews.Status;
import com.kaoping.sitting.SittingViews.TimeLeft;
import com.kaoping.sitting.internal.AutoScorer;
import com.kaoping.sitting.internal.Invitation;
import com.kaoping.sitting.internal.InvitationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's side of a sitting, reached only by the invitation token. The server owns
 * the clock: the deadline is fixed at start, saves after it (plus a grace for the network)
 * are refused, and a save is acknowledged only after its transaction committed.
 */
@Service
public class SittingService {

    public static final int ANSWER_MAX = 20_000;
    /** Sequence numbers stay within what a browser counts exactly (2^53 - 1). */
    public static final long MAX_SEQ = 9_007_199_254_740_991L;
    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final InvitationRepository invitations;
    private final PaperService papers;
    private final QuestionBank bank;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration grace;
    private final SecureRandom random = new SecureRandom();
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    /** Autosaves are written in groups, one statement and one commit per group (see {@link SaveBatcher}). */
    private final SaveBatcher batcher;

    SittingService(InvitationRepository invitations, PaperService papers, QuestionBank bank, JdbcClient jdbc,
                   Clock clock, ApplicationEventPublisher events,
                   @Value("${kaoping.sitting.grace:30s}") Duration grace,
                   org.springframework.transaction.PlatformTransactionManager transactionManager,
                   javax.sql.DataSource dataSource) {
        this.batcher = new SaveBatcher(dataSource, clock, grace);
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.invitations = invitations;
        this.papers = papers;
        this.bank = bank;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.grace = grace;
    }

    @Transactional(readOnly = true)
    public Landing landing(String token) {
        Invitation invitation = invitation(token);
        PaperDetail paper = papers.detail(invitation.getPaperId());
        return new Landing(paper.settings().title(), paper.settings().instructions(), invitation.getCandidateName(),
                paper.settings().timeLimitMinutes(), invitation.getExtraMinutes(), paper.questionCount(),
                paper.total(), invitation.getOpensAt(), invitation.getClosesAt(), status(invitation, paper.status()));
    }

    /** Starts the attempt, or returns the one already started (a second start resumes it). */
    @Transactional
    public long start(String token) {
        Invitation invitation = invitation(token);
        // one start at a time per invitation, so two tabs cannot create two attempts
        jdbc.sql("select id from invitation where id = ? for update").param(invitation.getId()).query(Long.class)
                .single();
        Optional<Long> existing = attemptIdOf(invitation.getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        PaperDetail paper = papers.detail(invitation.getPaperId());
        Status status = status(invitation, paper.status());
        if (status != Status.READY) {
            throw new SittingClosedException(status);
        }
        Integer limit = paper.settings().timeLimitMinutes();
        Instant deadline = limit == null ? invitation.getClosesAt()
                : min(now.plus(Duration.ofMinutes(limit + invitation.getExtraMinutes())), invitation.getClosesAt());
        long attemptId = createAttempt(invitation, now, deadline);
        return attemptId;
    }

    /**
     * Opens a live interview: the interviewer asks the questions aloud, so there is no online
     * sitting. The attempt (with its draws) is created as handed in at once, so grading can
     * start; opening it twice returns the same attempt (a panel opens it on several devices).
     * Only for interview papers, within the invitation's window; refused while the candidate
     * is sitting the paper online.
     */
    @Transactional
    public long startLive(long invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new com.kaoping.shared.NotFoundException("invitation", invitationId));
        jdbc.sql("select id from invitation where id = ? for update").param(invitationId).query(Long.class).single();
        PaperDetail paper = papers.detail(invitation.getPaperId());
        if (paper.settings().purpose() != com.kaoping.paper.PaperPurpose.INTERVIEW) {
            // a written test is sat online: an interviewer must not use up the candidate's link
            throw new SittingClosedException(Status.CLOSED);
        }
        Optional<AttemptRow> existing = attempt(invitation);
        if (existing.isPresent()) {
            if (existing.get().submittedAt() == null) {
                // the candidate is sitting it online right now
                throw new SittingClosedException(Status.IN_PROGRESS);
            }
            return existing.get().id();
        }
        if (invitation.getRevokedAt() != null) {
            throw new SittingClosedException(Status.REVOKED);
        }
        if (paper.status() != PaperStatus.PUBLISHED || !clock.instant().isBefore(invitation.getClosesAt())) {
            throw new SittingClosedException(Status.CLOSED);
        }
        Instant now = clock.instant();
        Integer limit = paper.settings().timeLimitMinutes();
        long attemptId = createAttempt(invitation, now, now.plus(Duration.ofMinutes(limit == null ? 60 : limit)));
        jdbc.sql("update attempt set submitted_at = ?, submitted_by = 'LIVE', receipt_code = ? where id = ?")
                .params(Timestamp.from(now), receiptCode(), attemptId).update();
        jdbc.sql("update attempt set objective_score = ? where id = ?")
                .params(score(attemptId, invitation.getPaperId()), attemptId).update();
        events.publishEvent(new AttemptSubmitted(attemptId, invitation.getPaperId()));
        return attemptId;
    }

    /** Draws this candidate's questions (and option orders) and stores them with the attempt. */
    private long createAttempt(Invitation invitation, Instant now, Instant deadline) {
        SittingPlan plan = papers.planSitting(invitation.getPaperId(), random);
        Map<QuestionRef, QuestionContent> contents = bank.revisions(
                plan.questions().stream().map(SittingPlan.PlannedQuestion::question).toList());
        long attemptId = jdbc.sql("insert into attempt (invitation_id, started_at, deadline) values (?, ?, ?) returning id")
                .params(invitation.getId(), Timestamp.from(now), Timestamp.from(deadline)).query(Long.class).single();
        int position = 0;
        for (SittingPlan.PlannedQuestion planned : plan.questions()) {
            QuestionContent q = contents.get(planned.question());
            List<Integer> order = IntStream.range(0, q.options().size()).boxed().collect(Collectors.toList());
            if (plan.settings().shuffleOptions()) {
                Collections.shuffle(order, random);
            }
            jdbc.sql("""
                    insert into attempt_question (attempt_id, position, section_number, section_title, question_id,
                                                  revision, points, option_order)
                    values (?, ?, ?, ?, ?, ?, ?, ?::int[])""")
                    .params(attemptId, position++, planned.sectionNumber(), planned.sectionTitle(),
                            planned.question().questionId(), planned.question().revision(),
                            planned.points() != null ? planned.points() : q.points(), intArray(order))
                    .update();
        }
        return attemptId;
    }

    @Transactional(readOnly = true)
    public Sheet sheet(String token) {
        Invitation invitation = invitation(token);
        if (invitation.getRevokedAt() != null) {
            throw new SittingClosedException(Status.REVOKED);
        }
        AttemptRow attempt = attempt(invitation).orElseThrow(() -> new SittingClosedException(Status.READY));
        List<QuestionRow> rows = questions(attempt.id());
        Map<QuestionRef, QuestionContent> contents = bank.revisions(rows.stream().map(QuestionRow::ref).toList());
        PaperDetail paper = papers.detail(invitation.getPaperId());
        String title = paper.settings().title();
        Map<Integer, SittingViews.SectionNote> sections = new HashMap<>();
        paper.sections().forEach(s -> sections.put(s.number(),
                new SittingViews.SectionNote(s.instructions(), s.background())));
        List<SheetQuestion> questions = rows.stream().map(r -> candidateView(r, contents.get(r.ref()))).toList();
        Map<Integer, int[]> shownOrder = new HashMap<>();
        rows.forEach(r -> shownOrder.put(r.position(), r.optionOrder()));
        List<SavedAnswer> answers = jdbc.sql("""
                select position, seq, choices, true_false, text_answer, flagged from answer where attempt_id = ?
                order by position""").param(attempt.id())
                .query((rs, n) -> new SavedAnswer(rs.getInt(1), rs.getLong(2),
                        shownPositions(ints(rs.getArray(3)), shownOrder.get(rs.getInt(1))),
                        (Boolean) rs.getObject(4), rs.getString(5), rs.getBoolean(6))).list();
        return new Sheet(title, invitation.getCandidateName(), questions, answers, remaining(attempt),
                attempt.deadline(), attempt.submittedAt() != null, sections);
    }

    /**
     * Saves one answer if it is newer than what is stored ({@code seq} only grows), the
     * attempt is open and the deadline (plus grace) has not passed. The save joins the saves
     * waiting to be written and goes in with them: one statement, one transaction, committed
     * before the answer goes back ({@link SaveBatcher}); the statement takes the attempt rows'
     * share locks, so a submission waits for it and no save slips in after one. Only a refused
     * save takes the slower path that works out why; a batch that failed is retried alone.
     *
     * @param choices the chosen options as the positions the sheet showed them at (not the options' own indexes)
     */
    public SaveResult save(String token, int position, long seq, long baseSeq, List<Integer> choices,
                           Boolean trueFalse, String text, boolean flagged) {
        SaveResult refused = check(token, position, seq, baseSeq, choices, text);
        if (refused != null) {
            return refused;
        }
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            // inside a caller's transaction the save belongs to it (and must see what it wrote): not batched
            return saveAlone(token, position, seq, baseSeq, choices, trueFalse, text, flagged);
        }
        SaveBatcher.Outcome outcome;
        try {
            outcome = batch(token, position, seq, baseSeq, choices, trueFalse, text, flagged).join();
        }
        catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            outcome = SaveBatcher.Outcome.FAILED;
        }
        return settle(outcome, token, position, seq, baseSeq, choices, trueFalse, text, flagged);
    }

    /**
     * {@link #save} without holding the caller's thread while the save waits for its batch: the
     * result is worked out on {@code executor} once the batch is committed (a refusal or a failed
     * batch needs the database again, which must not hold up the writer of the next batch).
     */
    public java.util.concurrent.CompletableFuture<SaveResult> saveLater(String token, int position, long seq,
            long baseSeq, List<Integer> choices, Boolean trueFalse, String text, boolean flagged,
            java.util.concurrent.Executor executor) {
        SaveResult refused = check(token, position, seq, baseSeq, choices, text);
        if (refused != null) {
            return java.util.concurrent.CompletableFuture.completedFuture(refused);
        }
        return batch(token, position, seq, baseSeq, choices, trueFalse, text, flagged)
                .exceptionally(e -> SaveBatcher.Outcome.FAILED)
                .thenApplyAsync(outcome -> settle(outcome, token, position, seq, baseSeq, choices, trueFalse, text,
                        flagged), executor);
    }

    /** The refusal a save gets before it reaches the database: too long or malformed; null when it may go on. */
    private SaveResult check(String token, int position, long seq, long baseSeq, List<Integer> choices, String text) {
        if (text != null && text.codePointCount(0, text.length()) > ANSWER_MAX) {
            return refusal(token, position, SaveStatus.TOO_LONG, seq, baseSeq);
        }
        if (seq <= baseSeq || seq > MAX_SEQ || baseSeq < 0 || (choices != null && choices.stream().anyMatch(java.util.Objects::isNull))) {
            return refusal(token, position, SaveStatus.INVALID, seq, baseSeq);
        }
        return null;
    }

    private java.util.concurrent.CompletableFuture<SaveBatcher.Outcome> batch(String token, int position, long seq,
            long baseSeq, List<Integer> choices, Boolean trueFalse, String text, boolean flagged) {
        return batcher.submit(new SaveBatcher.Row(token, position, seq, baseSeq, choices, trueFalse, text, flagged,
                new java.util.concurrent.CompletableFuture<>()));
    }

    /** What the page is told once the batch is done with the save. */
    private SaveResult settle(SaveBatcher.Outcome outcome, String token, int position, long seq, long baseSeq,
                              List<Integer> choices, Boolean trueFalse, String text, boolean flagged) {
        return switch (outcome.kind()) {
            case APPLIED -> new SaveResult(SaveStatus.SAVED, seq, outcome.savedAt(),
                    Math.max(0, Duration.between(outcome.savedAt(), outcome.deadline()).toMillis()));
            case NOT_APPLIED -> refusal(token, position, null, seq, baseSeq);
            // the batch failed as a whole: nothing of it was acknowledged, this save is tried alone
            case FAILED -> saveAlone(token, position, seq, baseSeq, choices, trueFalse, text, flagged);
        };
    }

    /** The one-row save (one statement, its own transaction): what a batch falls back to when it fails. */
    SaveResult saveAlone(String token, int position, long seq, long baseSeq, List<Integer> choices,
                         Boolean trueFalse, String text, boolean flagged) {
        Instant now = clock.instant();
        List<Timestamp> saved = jdbc.sql("""
                with target as (
                    -- found by the token alone (two unique lookups); the state is checked below, on the
                    -- locked row: a condition on the deadline here let the planner walk the index of
                    -- all open attempts instead, one step per candidate sitting
                    select a.id, a.deadline, a.submitted_at from attempt a
                    where a.invitation_id = (select i.id from invitation i where i.token = :token and i.revoked_at is null)
                    for share of a
                )
                insert into answer (attempt_id, position, seq, choices, true_false, text_answer, flagged, saved_at)
                select t.id, :position, :seq,
                       -- the page sends the positions it showed; the answer keeps the options' own indexes
                       case when cast(:choices as int[]) is null then null
                            else coalesce((select array_agg(distinct q.option_order[c + 1])
                                           from unnest(cast(:choices as int[])) c), '{}') end,
                       :trueFalse, :text, :flagged, :now
                from target t join attempt_question q on q.attempt_id = t.id and q.position = :position
                where t.submitted_at is null and t.deadline > :cutoff
                  and :seq > 0 and coalesce((select bool_and(c >= 0 and c < coalesce(cardinality(q.option_order), 0))
                                             from unnest(cast(:choices as int[])) c), true)
                  and (:baseSeq = 0 or exists (select 1 from answer x where x.attempt_id = t.id
                                                 and x.position = :position and x.seq = :baseSeq))
                on conflict (attempt_id, position) do update
                    set seq = excluded.seq, choices = excluded.choices, true_false = excluded.true_false,
                        text_answer = excluded.text_answer, flagged = excluded.flagged, saved_at = excluded.saved_at
                    -- only on top of the version this edit was made on: a stale tab cannot overwrite
                    where answer.seq = :baseSeq and answer.seq < excluded.seq
                returning (select deadline from target)""")
                .param("token", token)
                .param("cutoff", Timestamp.from(now.minus(grace)))
                .param("position", position)
                .param("seq", seq)
                .param("baseSeq", baseSeq)
                .param("choices", choices == null ? null : intArray(choices))
                .param("trueFalse", trueFalse)
                .param("text", text)
                .param("flagged", flagged)
                .param("now", Timestamp.from(now))
                .query(Timestamp.class).list();
        if (!saved.isEmpty()) {
            return new SaveResult(SaveStatus.SAVED, seq, now,
                    Math.max(0, Duration.between(now, saved.get(0).toInstant()).toMillis()));
        }
        return refusal(token, position, null, seq, baseSeq);
    }

    /** Why a save was not taken: no such attempt, closed, stale or malformed. */
    private SaveResult refusal(String token, int position, SaveStatus known, long seq, long baseSeq) {
        Instant now = clock.instant();
        Optional<AttemptRow> found = jdbc.sql("""
                select a.id, a.deadline, a.submitted_at from attempt a join invitation i on i.id = a.invitation_id
                where i.token = ?""").param(token).query(AttemptRow::map).optional();
        if (found.isEmpty()) {
            return new SaveResult(SaveStatus.INVALID, 0, null, 0);
        }
        AttemptRow attempt = found.get();
        if (attempt.submittedAt() != null || now.isAfter(attempt.deadline().plus(grace)) || revoked(token)) {
            return new SaveResult(SaveStatus.CLOSED, 0, null, 0);
        }
        if (known != null) {
            return new SaveResult(known, 0, null, remaining(attempt));
        }
        Optional<Long> stored = jdbc.sql("select seq from answer where attempt_id = ? and position = ?")
                .params(attempt.id(), position).query(Long.class).optional();
        if (stored.isPresent() && !(stored.get() == baseSeq && seq > baseSeq)) {
            // either another tab saved on top of the version this edit started from, or this very
            // save landed before (its reply was lost): the page tells the two apart by the seq
            return new SaveResult(SaveStatus.STALE, stored.get(), null, remaining(attempt));
        }
        return new SaveResult(SaveStatus.INVALID, 0, null, remaining(attempt));
    }

    int largestSaveBatch() {
        return batcher.largestBatch();
    }

    int largestFailedSaveBatch() {
        return batcher.largestFailedBatch();
    }

    @jakarta.annotation.PreDestroy
    void stopBatcher() {
        batcher.stop();
    }

    /** Exactly one submission, however often it is sent; the second and later get the same receipt. */
    @Transactional
    public Receipt submit(String token) {
        Invitation invitation = invitation(token);
        if (invitation.getRevokedAt() != null) {
            throw new SittingClosedException(Status.REVOKED);
        }
        AttemptRow attempt = attempt(invitation).orElseThrow(() -> new SittingClosedException(Status.READY));
        submitLocked(attempt.id(), false);
        return receipt(token);
    }

    /**
     * The time left on an attempt, for the page to set its countdown again (after the computer
     * slept, the tab was in the background, or just now and then). One read, no transaction.
     * Open while saves are still taken (until the deadline plus grace); closed for a submitted or
     * revoked attempt and for a token that names none.
     */
    public TimeLeft timeLeft(String token) {
        if (token == null || token.length() > 64) {
            return new TimeLeft(false, 0);
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                select a.deadline, a.submitted_at is null and i.revoked_at is null
                from attempt a join invitation i on i.id = a.invitation_id where i.token = ?""")
                .param(token)
                .query((rs, n) -> {
                    Instant deadline = rs.getTimestamp(1).toInstant();
                    boolean open = rs.getBoolean(2) && !now.isAfter(deadline.plus(grace));
                    return new TimeLeft(open, open ? Math.max(0, Duration.between(now, deadline).toMillis()) : 0);
                })
                .optional().orElse(new TimeLeft(false, 0));
    }

    @Transactional(readOnly = true)
    public Receipt receipt(String token) {
        Invitation invitation = invitation(token);
        return jdbc.sql("select submitted_at, receipt_code, submitted_by from attempt where invitation_id = ?"
                        + " and submitted_at is not null")
                .param(invitation.getId())
                .query((rs, n) -> new Receipt(papers.detail(invitation.getPaperId()).settings().title(),
                        invitation.getCandidateName(), rs.getTimestamp(1).toInstant(), rs.getString(2),
                        "DEADLINE".equals(rs.getString(3))))
                .optional().orElseThrow(() -> new SittingClosedException(Status.IN_PROGRESS));
    }

    /** Focus losses and pastes: shown to graders as signals, never a penalty. */
    @Transactional
    public void recordSignals(String token, int focusLosses, int pastes) {
        jdbc.sql("""
                update attempt a set focus_losses = a.focus_losses + ?, pastes = a.pastes + ?
                from invitation i where i.id = a.invitation_id and i.token = ? and a.submitted_at is null""")
                .params(Math.max(0, Math.min(focusLosses, 1000)), Math.max(0, Math.min(pastes, 1000)), token)
                .update();
    }

    /**
     * Submits, with whatever was saved, every attempt whose deadline (plus grace) has passed.
     * Each in its own transaction, so one that fails (and is logged) does not hold up the rest.
     */
    public int submitOverdue(int batch) {
        Instant cutoff = clock.instant().minus(grace);
        List<Long> overdue = jdbc.sql("""
                select a.id from attempt a join invitation i on i.id = a.invitation_id
                where a.submitted_at is null and a.deadline < ? and i.revoked_at is null
                order by a.deadline limit ?""")
                .params(Timestamp.from(cutoff), batch).query(Long.class).list();
        int submitted = 0;
        for (long id : overdue) {
            try {
                Boolean done = transactions.execute(status -> {
                    // another node may be on it: skip what is locked
                    boolean mine = jdbc.sql("select id from attempt where id = ? and submitted_at is null "
                            + "for update skip locked").param(id).query(Long.class).optional().isPresent();
                    if (mine) {
                        submitLocked(id, true);
                    }
                    return mine;
                });
                if (Boolean.TRUE.equals(done)) {
                    submitted++;
                }
            }
            catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SittingService.class).error("Could not submit attempt {}", id, e);
            }
        }
        return submitted;
    }

    // ---- internals ----

    private void submitLocked(long attemptId, boolean byDeadline) {
        Instant now = clock.instant();
        String code = receiptCode();
        int updated = jdbc.sql("""
                update attempt set submitted_at = case when ? then least(deadline, ?) else ? end,
                                   submitted_by = case when ? or deadline < ? then 'DEADLINE' else 'CANDIDATE' end,
                                   receipt_code = ?
                where id = ? and submitted_at is null""")
                .params(byDeadline, Timestamp.from(now), Timestamp.from(now), byDeadline,
                        Timestamp.from(now.minus(grace)), code, attemptId).update();
        if (updated == 0) {
            return;
        }
        long paperId = jdbc.sql("select i.paper_id from attempt a join invitation i on i.id = a.invitation_id where a.id = ?")
                .param(attemptId).query(Long.class).single();
        BigDecimal objective = score(attemptId, paperId);
        jdbc.sql("update attempt set objective_score = ? where id = ?").params(objective, attemptId).update();
        events.publishEvent(new AttemptSubmitted(attemptId, paperId));
    }

    /** Auto-scores the objective answers; returns the attempt's objective subtotal. */
    private BigDecimal score(long attemptId, long paperId) {
        List<QuestionRow> rows = questions(attemptId);
        Map<QuestionRef, QuestionContent> contents = bank.revisions(rows.stream().map(QuestionRow::ref).toList());
        var policy = papers.detail(paperId).settings().multipleChoicePolicy();
        Map<Integer, Object[]> answers = new HashMap<>();
        jdbc.sql("select position, choices, true_false from answer where attempt_id = ?").param(attemptId)
                .query((rs, n) -> answers.put(rs.getInt(1), new Object[] {ints(rs.getArray(2)), rs.getObject(3)}))
                .list();
        BigDecimal total = BigDecimal.ZERO;
        for (QuestionRow row : rows) {
            QuestionContent q = contents.get(row.ref());
            if (q.kind().isRubricScored()) {
                continue;
            }
            Object[] a = answers.get(row.position());
            @SuppressWarnings("unchecked")
            List<Integer> choices = a == null ? null : (List<Integer>) a[0];
            Boolean tf = a == null ? null : (Boolean) a[1];
            BigDecimal score = AutoScorer.score(q, row.points(), policy, choices, tf);
            total = total.add(score);
            if (a == null) {
                jdbc.sql("""
                        insert into answer (attempt_id, position, seq, flagged, saved_at, auto_score)
                        values (?, ?, 1, false, ?, ?)""")
                        .params(attemptId, row.position(), Timestamp.from(clock.instant()), score).update();
            }
            else {
                jdbc.sql("update answer set auto_score = ? where attempt_id = ? and position = ?")
                        .params(score, attemptId, row.position()).update();
            }
        }
        return total;
    }

    private boolean revoked(String token) {
        return invitations.findByToken(token).map(i -> i.getRevokedAt() != null).orElse(true);
    }

    private Status status(Invitation invitation, PaperStatus paperStatus) {
        Optional<AttemptRow> attempt = attempt(invitation);
        if (invitation.getRevokedAt() != null) {
            return Status.REVOKED;
        }
        if (attempt.isPresent()) {
            return attempt.get().submittedAt() != null ? Status.SUBMITTED : Status.IN_PROGRESS;
        }
        Instant now = clock.instant();
        if (paperStatus != PaperStatus.PUBLISHED || !now.isBefore(invitation.getClosesAt())) {
            return Status.CLOSED;
        }
        if (now.isBefore(invitation.getOpensAt())) {
            return Status.NOT_YET_OPEN;
        }
        return Status.READY;
    }

    private SheetQuestion candidateView(QuestionRow row, QuestionContent q) {
        List<ShownOption> options = new ArrayList<>();
        for (int index : row.optionOrder()) {
            options.add(new ShownOption(q.options().get(index).text()));
        }
        return new SheetQuestion(row.position(), row.sectionNumber(), row.sectionTitle(), q.kind(), q.stem(),
                q.background(), q.caseRef() == null ? null : q.caseRef().title(),
                q.caseRef() == null ? null : q.caseRef().background(), options, row.points());
    }

    private Invitation invitation(String token) {
        if (token == null || token.length() > 64) {
            throw new InvalidTokenException();
        }
        return invitations.findByToken(token).orElseThrow(InvalidTokenException::new);
    }

    private Optional<Long> attemptIdOf(long invitationId) {
        return jdbc.sql("select id from attempt where invitation_id = ?").param(invitationId).query(Long.class)
                .optional();
    }

    private Optional<AttemptRow> attempt(Invitation invitation) {
        return jdbc.sql("select id, deadline, submitted_at from attempt where invitation_id = ?")
                .param(invitation.getId()).query(AttemptRow::map).optional();
    }

    private List<QuestionRow> questions(long attemptId) {
        return jdbc.sql("""
                select position, section_number, section_title, question_id, revision, points, option_order
                from attempt_question where attempt_id = ? order by position""").param(attemptId)
                .query((rs, n) -> new QuestionRow(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        new QuestionRef(rs.getLong(4), rs.getInt(5)), rs.getBigDecimal(6), toInts(rs.getArray(7))))
                .list();
    }

    private long remaining(AttemptRow attempt) {
        return Math.max(0, Duration.between(clock.instant(), attempt.deadline()).toMillis());
    }

    private String receiptCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
        }
        return sb.insert(4, '-').toString();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A stored answer's options (their own indexes) as the positions this attempt shows them at:
     * the page only ever sees positions, so the markup says nothing about the authored order and
     * a "crib" of option indexes does not carry over between candidates with different shuffles.
     */
    private static List<Integer> shownPositions(List<Integer> optionIndexes, int[] order) {
        if (optionIndexes == null || order == null) {
            return optionIndexes;
        }
        List<Integer> positions = new ArrayList<>();
        for (int shown = 0; shown < order.length; shown++) {
            if (optionIndexes.contains(order[shown])) {
                positions.add(shown);
            }
        }
        return positions;
    }

    static String intArray(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static int[] toInts(Array array) throws java.sql.SQLException {
        if (array == null) {
            return new int[0];
        }
        return Arrays.stream((Integer[]) array.getArray()).mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> ints(Array array) throws java.sql.SQLException {
        return array == null ? null : Arrays.asList((Integer[]) array.getArray());
    }

    record AttemptRow(long id, Instant deadline, Instant submittedAt) {
        static AttemptRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            Timestamp submitted = rs.getTimestamp(3);
            return new AttemptRow(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                    submitted == null ? null : submitted.toInstant());
        }
    }

    record QuestionRow(int position, int sectionNumber, String sectionTitle, QuestionRef ref, BigDecimal points,
                       int[] optionOrder) {
    }
}
