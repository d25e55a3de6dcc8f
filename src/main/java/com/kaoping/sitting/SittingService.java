package com.kaoping.sitting;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperStatus;
import com.kaoping.paper.SittingPlan;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionRef;
import com.kaoping.shared.NotFoundException;
import com.kaoping.sitting.SittingViews.Landing;
import com.kaoping.sitting.SittingViews.Receipt;
import com.kaoping.sitting.SittingViews.SaveResult;
import com.kaoping.sitting.SittingViews.SaveStatus;
import com.kaoping.sitting.SittingViews.Sheet;
import com.kaoping.sitting.SittingViews.SheetQuestion;
import com.kaoping.sitting.SittingViews.ShownOption;
import com.kaoping.sitting.SittingViews.Status;
import com.kaoping.sitting.SittingViews.StoredAnswer;
import com.kaoping.sitting.SittingViews.TimeLeft;
import com.kaoping.sitting.internal.AttemptStore;
import com.kaoping.sitting.internal.AttemptStore.Attempt;
import com.kaoping.sitting.internal.AttemptStore.AttemptQuestion;
import com.kaoping.sitting.internal.AttemptStore.Refusal;
import com.kaoping.sitting.internal.AttemptStore.TokenSave;
import com.kaoping.sitting.internal.AttemptStore.Written;
import com.kaoping.sitting.internal.AutoScorer;
import com.kaoping.sitting.internal.Invitation;
import com.kaoping.sitting.internal.InvitationRepository;
import com.kaoping.sitting.internal.SaveBatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The candidate's side of a sitting, reached only by the invitation token. The server owns
 * the clock: the deadline is fixed at start, saves after it (plus a grace for the network)
 * are refused, and a save is acknowledged only after its transaction committed. The attempt's
 * statements and the rules the database enforces live in {@link AttemptStore}.
 */
@Service
public class SittingService {

    private static final Logger log = LoggerFactory.getLogger(SittingService.class);

    public static final int ANSWER_MAX = 20_000;
    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final InvitationRepository invitations;
    private final AttemptStore attempts;
    private final SaveBatcher batcher;
    private final PaperService papers;
    private final QuestionBank bank;
    private final Clock clock;
    private final Duration grace;
    private final TransactionTemplate transactions;
    private final SecureRandom random = new SecureRandom();

    SittingService(InvitationRepository invitations, AttemptStore attempts, SaveBatcher batcher, PaperService papers,
                   QuestionBank bank, Clock clock,
                   @Value("${kaoping.sitting.grace:30s}") Duration grace, PlatformTransactionManager transactionManager) {
        this.invitations = invitations;
        this.attempts = attempts;
        this.batcher = batcher;
        this.papers = papers;
        this.bank = bank;
        this.clock = clock;
        this.grace = grace;
        this.transactions = new TransactionTemplate(transactionManager);
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
        attempts.lockInvitation(invitation.getId());
        Optional<Attempt> existing = attempts.ofInvitation(invitation.getId());
        if (existing.isPresent()) {
            return existing.get().id();
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
        return createAttempt(invitation, now, deadline);
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
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        attempts.lockInvitation(invitationId);
        PaperDetail paper = papers.detail(invitation.getPaperId());
        if (paper.settings().purpose() != PaperPurpose.INTERVIEW) {
            // a written test is sat online: an interviewer must not use up the candidate's link
            throw new SittingClosedException(Status.CLOSED);
        }
        Optional<Attempt> existing = attempts.ofInvitation(invitationId);
        if (existing.isPresent()) {
            if (!existing.get().submitted()) {
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
        attempts.markLive(attemptId, now, receiptCode());
        score(attemptId, invitation.getPaperId());
        return attemptId;
    }

    /** Draws this candidate's questions (and option orders) and stores them with the attempt. */
    private long createAttempt(Invitation invitation, Instant now, Instant deadline) {
        SittingPlan plan = papers.planSitting(invitation.getPaperId(), random);
        Map<QuestionRef, QuestionContent> contents = bank.revisions(
                plan.questions().stream().map(SittingPlan.PlannedQuestion::question).toList());
        List<AttemptQuestion> questions = new ArrayList<>();
        for (SittingPlan.PlannedQuestion planned : plan.questions()) {
            QuestionContent q = contents.get(planned.question());
            List<Integer> order = new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
            if (plan.settings().shuffleOptions()) {
                Collections.shuffle(order, random);
            }
            questions.add(new AttemptQuestion(questions.size(), planned.sectionNumber(), planned.sectionTitle(),
                    planned.question(), planned.points() != null ? planned.points() : q.points(),
                    order.stream().mapToInt(Integer::intValue).toArray()));
        }
        return attempts.create(invitation.getId(), now, deadline, questions);
    }

    @Transactional(readOnly = true)
    public Sheet sheet(String token) {
        Invitation invitation = invitation(token);
        if (invitation.getRevokedAt() != null) {
            throw new SittingClosedException(Status.REVOKED);
        }
        Attempt attempt = attempts.ofInvitation(invitation.getId())
                .orElseThrow(() -> new SittingClosedException(Status.READY));
        List<AttemptQuestion> rows = attempts.questions(attempt.id());
        Map<QuestionRef, QuestionContent> contents = bank.revisions(rows.stream().map(AttemptQuestion::question).toList());
        PaperDetail paper = papers.detail(invitation.getPaperId());
        Map<Integer, SittingViews.SectionNote> sections = new HashMap<>();
        paper.sections().forEach(s -> sections.put(s.number(),
                new SittingViews.SectionNote(s.instructions(), s.background())));
        List<QuestionContent> asked = rows.stream().map(r -> contents.get(r.question())).toList();
        List<Integer> caseRuns = com.kaoping.paper.CaseRuns.starts(asked.stream()
                .map(q -> q.caseRef() == null ? null : q.caseRef().id()).toList());
        List<SheetQuestion> questions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            questions.add(candidateView(rows.get(i), asked.get(i), caseRuns.get(i) == i, caseRuns.get(i)));
        }
        return new Sheet(paper.settings().title(), invitation.getCandidateName(), questions,
                attempts.savedAnswers(attempt.id()), attempt.remainingMillis(clock.instant()), attempt.deadline(),
                attempt.submitted(), sections);
    }

    /**
     * Saves one answer if it was made on the stored version (its base), the attempt is open and
     * the deadline (plus grace) has not passed. Outside a transaction the save joins the saves
     * waiting to be written and goes in with them (one statement, one commit: {@link SaveBatcher});
     * inside the caller's transaction it is written there, by the same statement. A refused save
     * is told why, with the stored version when it was made on another.
     */
    public SaveResult save(String token, AnswerSave save) {
        SaveResult refused = check(token, save);
        if (refused != null) {
            return refused;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // inside a caller's transaction the save belongs to it (and must see what it wrote)
            return saveAlone(token, save);
        }
        try {
            return settle(batcher.submit(new TokenSave(token, save)).join(), token, save);
        }
        catch (CompletionException e) {
            return saveAlone(token, save);
        }
    }

    /**
     * {@link #save} without holding the caller's thread while the save waits for its group: the
     * result is worked out on {@code executor} once the group is committed (a refusal or a failed
     * group needs the database again, which must not hold up the writer of the next group).
     */
    public CompletableFuture<SaveResult> saveLater(String token, AnswerSave save, Executor executor) {
        SaveResult refused = check(token, save);
        if (refused != null) {
            return CompletableFuture.completedFuture(refused);
        }
        return batcher.submit(new TokenSave(token, save))
                .handleAsync((written, error) -> error == null ? settle(written, token, save) : saveAlone(token, save),
                        executor);
    }

    /** The refusal a save gets before it reaches the database: too long or malformed; null when it may go on. */
    private SaveResult check(String token, AnswerSave save) {
        if (save.text() != null && save.text().codePointCount(0, save.text().length()) > ANSWER_MAX) {
            return refusal(token, save, SaveStatus.TOO_LONG);
        }
        if (!save.wellFormed()) {
            return refusal(token, save, SaveStatus.INVALID);
        }
        return null;
    }

    /** A save written alone, by the same statement: what a failed group falls back to. */
    private SaveResult saveAlone(String token, AnswerSave save) {
        return settle(attempts.write(List.of(new TokenSave(token, save)), clock.instant(), grace).get(0), token, save);
    }

    /** What the page is told once the statement is done with the save. */
    private SaveResult settle(Written written, String token, AnswerSave save) {
        return switch (written.kind()) {
            case APPLIED -> new SaveResult(SaveStatus.SAVED, save.seq(), written.savedAt(),
                    Math.max(0, Duration.between(written.savedAt(), written.deadline()).toMillis()));
            case NOT_APPLIED -> refusal(token, save, null);
            // the attempt stayed busy (another transaction held it) for as long as the page waits
            case BUSY -> new SaveResult(SaveStatus.NOT_SAVED, 0, null, 0);
        };
    }

    /**
     * Why a save was not taken: no such attempt, closed, malformed, or not made on the stored
     * version (which comes back with the refusal: its seq, whether this writer stored it, and
     * its content, so the page can carry on from its own landed save or show the other tab's).
     */
    private SaveResult refusal(String token, AnswerSave save, SaveStatus known) {
        Refusal why = attempts.explain(token, save);
        Instant now = clock.instant();
        if (why.attempt() == null) {
            return new SaveResult(SaveStatus.INVALID, 0, null, 0);
        }
        if (!why.attempt().takesSaves(now, grace)) {
            return new SaveResult(SaveStatus.CLOSED, 0, null, 0);
        }
        long remaining = why.attempt().remainingMillis(now);
        if (known != null) {
            return new SaveResult(known, 0, null, remaining);
        }
        StoredAnswer stored = why.stored();
        if (why.positionExists() && (stored == null ? save.baseSeq() != 0 : stored.seq() != save.baseSeq())) {
            if (stored == null) {
                // a base the server never stored: the page is confused; nothing to carry on from
                return new SaveResult(SaveStatus.INVALID, 0, null, remaining);
            }
            return new SaveResult(SaveStatus.STALE, stored.seq(), stored.savedAt(), remaining,
                    stored.mine() ? new StoredAnswer(stored.seq(), true, stored.savedAt(), null, null, null, false) : stored);
        }
        return new SaveResult(SaveStatus.INVALID, 0, null, remaining);
    }

    /** The stored version of one answer, for a page that learnt another tab or device saved it. */
    @Transactional(readOnly = true)
    public Optional<StoredAnswer> storedAnswer(String token, int position, String writer) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return attempts.storedAnswer(token, position, writer);
    }

    public int largestSaveGroup() {
        return batcher.largestGroup();
    }

    public int largestFailedSaveGroup() {
        return batcher.largestFailedGroup();
    }

    /** Exactly one submission, however often it is sent; the second and later get the same receipt. */
    @Transactional
    public Receipt submit(String token) {
        Invitation invitation = invitation(token);
        if (invitation.getRevokedAt() != null) {
            throw new SittingClosedException(Status.REVOKED);
        }
        Attempt attempt = attempts.ofInvitation(invitation.getId())
                .orElseThrow(() -> new SittingClosedException(Status.READY));
        submitOpen(attempt.id(), false);
        return receipt(token);
    }

    /**
     * The time left on an attempt, for the page to set its countdown again (after the computer
     * slept, the tab was in the background, or just now and then), and the stored version of
     * each answer, so the page learns when another tab or device saved one. One read, no
     * transaction. Open while saves are still taken (until the deadline plus grace); closed for a
     * submitted or revoked attempt and for a token that names none.
     */
    public TimeLeft timeLeft(String token, String writer) {
        if (!plausible(token)) {
            return TimeLeft.CLOSED;
        }
        Instant now = clock.instant();
        return attempts.versions(token, writer)
                .filter(v -> v.attempt().takesSaves(now, grace))
                .map(v -> new TimeLeft(true, v.attempt().remainingMillis(now), v.versions()))
                .orElse(TimeLeft.CLOSED);
    }

    @Transactional(readOnly = true)
    public Receipt receipt(String token) {
        Invitation invitation = invitation(token);
        return attempts.receipt(invitation.getId())
                .map(r -> new Receipt(papers.detail(invitation.getPaperId()).settings().title(),
                        invitation.getCandidateName(), r.submittedAt(), r.code(), r.byDeadline()))
                .orElseThrow(() -> new SittingClosedException(Status.IN_PROGRESS));
    }

    /** Focus losses and pastes: shown to graders as signals, never a penalty. */
    @Transactional
    public void recordSignals(String token, int focusLosses, int pastes) {
        attempts.addSignals(token, focusLosses, pastes);
    }

    /**
     * Submits, with whatever was saved, every attempt whose deadline (plus grace) has passed.
     * Each in its own transaction, so one that fails (and is logged) does not hold up the rest.
     */
    public int submitOverdue(int batch) {
        int submitted = 0;
        for (long id : attempts.overdue(clock.instant().minus(grace), batch)) {
            try {
                Boolean done = transactions.execute(status -> {
                    // another node may be on it: skip what is locked
                    boolean mine = attempts.lockOpenUnlessTaken(id);
                    if (mine) {
                        submitOpen(id, true);
                    }
                    return mine;
                });
                if (Boolean.TRUE.equals(done)) {
                    submitted++;
                }
            }
            catch (RuntimeException e) {
                log.error("Could not submit attempt {}", id, e);
            }
        }
        return submitted;
    }

    // ---- internals ----

    private void submitOpen(long attemptId, boolean byDeadline) {
        if (!attempts.markSubmitted(attemptId, clock.instant(), byDeadline, grace, receiptCode())) {
            return;
        }
        long paperId = attempts.find(attemptId).orElseThrow().paperId();
        score(attemptId, paperId);
    }

    /** Auto-scores the objective answers and stores them with the attempt's objective subtotal. */
    private void score(long attemptId, long paperId) {
        List<AttemptQuestion> rows = attempts.questions(attemptId);
        Map<QuestionRef, QuestionContent> contents = bank.revisions(rows.stream().map(AttemptQuestion::question).toList());
        var policy = papers.detail(paperId).settings().multipleChoicePolicy();
        Map<Integer, AttemptStore.ObjectiveAnswer> answers = attempts.objectiveAnswers(attemptId);
        Map<Integer, BigDecimal> scores = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AttemptQuestion row : rows) {
            QuestionContent q = contents.get(row.question());
            if (q.kind().isRubricScored()) {
                continue;
            }
            AttemptStore.ObjectiveAnswer a = answers.get(row.position());
            BigDecimal score = AutoScorer.score(q, row.points(), policy, a == null ? null : a.choices(),
                    a == null ? null : a.trueFalse());
            scores.put(row.position(), score);
            total = total.add(score);
        }
        attempts.recordScores(attemptId, scores, answers.keySet(), total, clock.instant());
    }

    private Status status(Invitation invitation, PaperStatus paperStatus) {
        Optional<Attempt> attempt = attempts.ofInvitation(invitation.getId());
        if (invitation.getRevokedAt() != null) {
            return Status.REVOKED;
        }
        if (attempt.isPresent()) {
            return attempt.get().submitted() ? Status.SUBMITTED : Status.IN_PROGRESS;
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

    /** @param caseRunStart where the run of questions sharing this one's case starts (-1: no case) */
    private SheetQuestion candidateView(AttemptQuestion row, QuestionContent q, boolean showsCase, int caseRunStart) {
        List<ShownOption> options = new ArrayList<>();
        for (int index : row.optionOrder()) {
            options.add(new ShownOption(q.options().get(index).text()));
        }
        return new SheetQuestion(row.position(), row.sectionNumber(), row.sectionTitle(), q.kind(), q.stem(),
                q.background(), showsCase ? q.caseRef().background() : null,
                caseRunStart < 0 || showsCase ? null : caseRunStart + 1, options, row.points(), q.subtitle());
    }

    /** A token is at most 64 characters: anything else names no invitation and is not looked up. */
    private static boolean plausible(String token) {
        return token != null && token.length() <= 64;
    }

    private Invitation invitation(String token) {
        if (!plausible(token)) {
            throw new InvalidTokenException();
        }
        return invitations.findByToken(token).orElseThrow(InvalidTokenException::new);
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
}
