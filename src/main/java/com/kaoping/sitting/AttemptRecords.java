package com.kaoping.sitting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaoping.question.QuestionRef;
import com.kaoping.sitting.internal.AttemptStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts as graders and HR read them: who sat which paper, what each question was (its frozen
 * revision, points and the order its options were shown in) and what the candidate answered.
 * Staff-side only: candidate pages never use this.
 */
@Service
public class AttemptRecords {

    private final AttemptStore attempts;

    AttemptRecords(AttemptStore attempts) {
        this.attempts = attempts;
    }

    /**
     * @param submittedBy CANDIDATE, DEADLINE, LIVE, or null while the sitting is in progress
     * @param email the invitation's, if HR gave one (tells apart two candidates of one name)
     */
    public record AttemptInfo(long id, long invitationId, long paperId, String candidateName, Instant startedAt,
                              Instant submittedAt, String submittedBy, BigDecimal objectiveScore, int focusLosses,
                              int pastes, String receiptCode, String email, String phone) {

        public boolean submitted() {
            return submittedAt != null;
        }

        public boolean live() {
            return "LIVE".equals(submittedBy);
        }
    }

    /**
     * One question of an attempt with the candidate's answer.
     *
     * @param choices indexes into the question's own options; null when not answered
     * @param shownOrder the options as the candidate saw them: {@code shownOrder.get(i)} is the
     *        own index of the option shown i-th (empty for questions without options)
     */
    public record AnsweredQuestion(int position, int sectionNumber, String sectionTitle, QuestionRef question,
                                   BigDecimal points, List<Integer> choices, Boolean trueFalse, String text,
                                   BigDecimal autoScore, boolean answered, List<Integer> shownOrder) {
    }

    /**
     * Where a bank question sits in a handed-in attempt.
     *
     * @param question the question and its frozen revision (null where the caller asked for one question)
     */
    public record QuestionPlace(long attemptId, long invitationId, int position, QuestionRef question) {
    }

    @Transactional(readOnly = true)
    public Optional<AttemptInfo> attempt(long attemptId) {
        return attempts.info(attemptId);
    }

    @Transactional(readOnly = true)
    public List<AttemptInfo> attemptsOfPaper(long paperId) {
        return attemptsOfPapers(List.of(paperId));
    }

    @Transactional(readOnly = true)
    public List<AttemptInfo> attemptsOfPapers(Collection<Long> paperIds) {
        return attempts.infosOfPapers(paperIds);
    }

    /** Where every question sits in each handed-in attempt of a paper, in attempt and position order. */
    @Transactional(readOnly = true)
    public List<QuestionPlace> placesOfPaper(long paperId) {
        return attempts.placesOfPaper(paperId);
    }

    /** Papers that have at least one attempt, newest first. */
    @Transactional(readOnly = true)
    public List<Long> paperIdsWithAttempts() {
        return attempts.paperIdsWithAttempts();
    }

    @Transactional(readOnly = true)
    public List<AttemptInfo> attempts(Collection<Long> attemptIds) {
        return attempts.infos(attemptIds);
    }

    /** The questions of one attempt in the order the candidate saw them, with the answers. */
    @Transactional(readOnly = true)
    public List<AnsweredQuestion> answers(long attemptId) {
        return answers(List.of(attemptId)).getOrDefault(attemptId, List.of());
    }

    /** The same for many attempts in one statement (results tables, exports). */
    @Transactional(readOnly = true)
    public Map<Long, List<AnsweredQuestion>> answers(Collection<Long> attemptIds) {
        return attempts.answered(attemptIds);
    }
}
