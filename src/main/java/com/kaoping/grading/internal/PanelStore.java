package com.kaoping.grading.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaoping.grading.Aggregation;
import com.kaoping.grading.GradingPolicy;
import com.kaoping.grading.Scoreboard.Assignment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who grades which paper (or candidate), and each paper's grading policy: every statement on them. */
@Repository
public class PanelStore {

    private static final String ASSIGNMENT = "select id, paper_id, invitation_id, grader_id, lead from grading_assignment";

    private final JdbcClient jdbc;

    PanelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Assignment> assignmentsOfPapers(Collection<Long> paperIds) {
        if (paperIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ASSIGNMENT + " where paper_id = any(?) order by id").param(paperIds.toArray(Long[]::new))
                .query(PanelStore::assignment).list();
    }

    public List<Assignment> assignmentsOfGrader(long graderId) {
        return jdbc.sql(ASSIGNMENT + " where grader_id = ? order by id").param(graderId)
                .query(PanelStore::assignment).list();
    }

    public void assign(long paperId, Long invitationId, long graderId, boolean lead, long actor, Instant now) {
        jdbc.sql("""
                insert into grading_assignment (paper_id, invitation_id, grader_id, lead, created_by, created_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (paper_id, coalesce(invitation_id, 0), grader_id) do update set lead = excluded.lead""")
                .params(paperId, invitationId, graderId, lead, actor, Timestamp.from(now)).update();
    }

    /** Removes an assignment of this paper; empty when there was none. */
    public Optional<Assignment> unassign(long paperId, long assignmentId) {
        return jdbc.sql("delete from grading_assignment where id = ? and paper_id = ?"
                        + " returning id, paper_id, invitation_id, grader_id, lead")
                .params(assignmentId, paperId).query(PanelStore::assignment).optional();
    }

    public Map<Long, GradingPolicy> policies(Collection<Long> paperIds) {
        Map<Long, GradingPolicy> result = new HashMap<>();
        if (paperIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select paper_id, aggregation, flag_percent, blind, version from grading_policy where paper_id = any(?)")
                .param(paperIds.toArray(Long[]::new))
                .query((rs, n) -> result.put(rs.getLong(1), new GradingPolicy(rs.getLong(1),
                        Aggregation.valueOf(rs.getString(2)), rs.getInt(3), rs.getBoolean(4), rs.getLong(5))))
                .list();
        return result;
    }

    /**
     * Stores a paper's policy on top of the version the form was built on (-1: it had none);
     * false when someone changed it meanwhile.
     */
    public boolean savePolicy(long paperId, Aggregation aggregation, int flagPercent, boolean blind, long version,
                              long actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        int changed = version < 0
                ? jdbc.sql("""
                        insert into grading_policy (paper_id, aggregation, flag_percent, blind, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (paper_id) do nothing""")
                        .params(paperId, aggregation.name(), flagPercent, blind, actor, at).update()
                : jdbc.sql("""
                        update grading_policy set aggregation = ?, flag_percent = ?, blind = ?, updated_by = ?,
                               updated_at = ?, version = version + 1
                        where paper_id = ? and version = ?""")
                        .params(aggregation.name(), flagPercent, blind, actor, at, paperId, version).update();
        return changed > 0;
    }

    private static Assignment assignment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Assignment(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getLong(4),
                rs.getBoolean(5));
    }
}
