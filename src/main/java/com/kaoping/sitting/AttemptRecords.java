package com.kaoping.sitting;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaoping.question.QuestionRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts as graders and HR read them: who sat which paper, what each question was (its frozen
 * revision and points) and what the candidate answered. Staff-side only: candidate pages never
 * use this.
 */
@Service
public class AttemptRecords {

    private static final String ATTEMPT_COLUMNS = """
            select a.id, a.invitation_id, i.paper_id, i.candidate_name, a.started_at, a.submitted_at,
                   a.submitted_by, a.objective_score, a.focus_losses, a.pastes, a.receipt_code
            from attempt a join invitation i on i.id = a.invitation_id""";

    private final JdbcClient jdbc;

    AttemptRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param submittedBy CANDIDATE, DEADLINE, LIVE, or null while the sitting is in progress
     */
    public record AttemptInfo(long id, long invitationId, long paperId, String candidateName, Instant startedAt,
                              Instant submittedAt, String submittedBy, BigDecimal objectiveScore, int focusLosses,
                              int pastes, String receiptCode) {

        public boolean submitted() {
            return submittedAt != null;
        }

        public boolean live() {
            return "LIVE".equals(submittedBy);
        }
    }

    /**
     * One question of an attempt with the candidate's answer (choices are indexes into the
     * question's original options; null when not answered).
     */
    public record AnsweredQuestion(int position, int sectionNumber, String sectionTitle, QuestionRef question,
                                   BigDecimal points, List<Integer> choices, Boolean trueFalse, String text,
                                   BigDecimal autoScore, boolean answered) {
    }

    @Transactional(readOnly = true)
    public Optional<AttemptInfo> attempt(long attemptId) {
        return jdbc.sql(ATTEMPT_COLUMNS + " where a.id = ?").param(attemptId).query(AttemptRecords::info).optional();
    }

    @Transactional(readOnly = true)
    public List<AttemptInfo> attemptsOfPaper(long paperId) {
        return attemptsOfPapers(List.of(paperId));
    }

    @Transactional(readOnly = true)
    public List<AttemptInfo> attemptsOfPapers(Collection<Long> paperIds) {
        if (paperIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ATTEMPT_COLUMNS + " where i.paper_id = any(?) order by a.id")
                .param(paperIds.toArray(Long[]::new)).query(AttemptRecords::info).list();
    }

    /** Where one bank question sits in each handed-in attempt of a paper, in attempt order. */
    public record QuestionPlace(long attemptId, long invitationId, int position) {
    }

    @Transactional(readOnly = true)
    public List<QuestionPlace> placesOfQuestion(long paperId, long questionId) {
        return jdbc.sql("""
                select a.id, a.invitation_id, q.position from attempt a
                join invitation i on i.id = a.invitation_id
                join attempt_question q on q.attempt_id = a.id and q.question_id = ?
                where i.paper_id = ? and a.submitted_at is not null order by a.id, q.position""")
                .params(questionId, paperId)
                .query((rs, n) -> new QuestionPlace(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
    }

    /** Papers that have at least one attempt, newest first. */
    @Transactional(readOnly = true)
    public List<Long> paperIdsWithAttempts() {
        return jdbc.sql("""
                select i.paper_id from attempt a join invitation i on i.id = a.invitation_id
                group by i.paper_id order by max(a.id) desc""").query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public List<AttemptInfo> attempts(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ATTEMPT_COLUMNS + " where a.id = any(?) order by a.id")
                .param(attemptIds.toArray(Long[]::new)).query(AttemptRecords::info).list();
    }

    /** The questions of one attempt in the order the candidate saw them, with the answers. */
    @Transactional(readOnly = true)
    public List<AnsweredQuestion> answers(long attemptId) {
        return answers(List.of(attemptId)).getOrDefault(attemptId, List.of());
    }

    /** The same for many attempts in one statement (results tables, exports). */
    @Transactional(readOnly = true)
    public Map<Long, List<AnsweredQuestion>> answers(Collection<Long> attemptIds) {
        Map<Long, List<AnsweredQuestion>> result = new LinkedHashMap<>();
        if (attemptIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select q.attempt_id, q.position, q.section_number, q.section_title, q.question_id, q.revision,
                       q.points, a.choices, a.true_false, a.text_answer, a.auto_score, a.attempt_id is not null
                from attempt_question q
                left join answer a on a.attempt_id = q.attempt_id and a.position = q.position
                where q.attempt_id = any(?) order by q.attempt_id, q.position""")
                .param(attemptIds.toArray(Long[]::new))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new AnsweredQuestion(rs.getInt(2), rs.getInt(3), rs.getString(4),
                                new QuestionRef(rs.getLong(5), rs.getInt(6)), rs.getBigDecimal(7),
                                ints(rs.getArray(8)), (Boolean) rs.getObject(9), rs.getString(10),
                                rs.getBigDecimal(11), rs.getBoolean(12))))
                .list();
        return result;
    }

    private static AttemptInfo info(ResultSet rs, int n) throws SQLException {
        return new AttemptInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), instant(rs.getTimestamp(5)),
                instant(rs.getTimestamp(6)), rs.getString(7), rs.getBigDecimal(8), rs.getInt(9), rs.getInt(10),
                rs.getString(11));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((Integer[]) array.getArray());
    }
}
