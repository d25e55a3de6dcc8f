package com.kaoping.grading.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import com.kaoping.grading.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail: every change to a score, a comment, a hand-in or a settlement (by attempt),
 * and every change to a paper's panel or policy (by paper). Written in the transaction of the
 * change it records.
 */
@Repository
public class ScoreAudit {

    private final JdbcClient jdbc;
    private final Clock clock;

    ScoreAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A change to one attempt's scores; position and step are 0-based, null where they do not apply. */
    public void attempt(long attemptId, Integer position, Integer step, Long grader, String what, String oldValue,
                        String newValue, String reason, long actor) {
        jdbc.sql("""
                insert into score_audit (attempt_id, position, step, grader_id, what, old_value, new_value, reason,
                                         changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attemptId, position, step, grader, what, oldValue, newValue, reason, actor,
                        Timestamp.from(clock.instant())).update();
    }

    /** A change to a paper's panel or policy. */
    public void paper(long paperId, Long grader, String what, String oldValue, String newValue, long actor) {
        jdbc.sql("""
                insert into score_audit (paper_id, grader_id, what, old_value, new_value, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(paperId, grader, what, oldValue, newValue, actor, Timestamp.from(clock.instant())).update();
    }

    public List<AuditEntry> ofAttempt(long attemptId) {
        return jdbc.sql("""
                select position, step, grader_id, what, old_value, new_value, reason, changed_by, changed_at
                from score_audit where attempt_id = ? order by changed_at, id""").param(attemptId)
                .query(ScoreAudit::entry).list();
    }

    /** Changes to a paper's panel and policy, newest first. */
    public List<AuditEntry> ofPaper(long paperId) {
        return jdbc.sql("""
                select null::int, null::int, grader_id, what, old_value, new_value, reason, changed_by, changed_at
                from score_audit where paper_id = ? and attempt_id is null order by changed_at desc, id desc""")
                .param(paperId).query(ScoreAudit::entry).list();
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEntry((Integer) rs.getObject(1, Integer.class), (Integer) rs.getObject(2, Integer.class),
                (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getLong(8), rs.getTimestamp(9).toInstant());
    }
}
