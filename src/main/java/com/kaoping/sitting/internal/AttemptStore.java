package com.kaoping.sitting.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kaoping.question.QuestionRef;
import com.kaoping.sitting.AnswerSave;
import com.kaoping.sitting.AttemptRecords.AnsweredQuestion;
import com.kaoping.sitting.AttemptRecords.AttemptInfo;
import com.kaoping.sitting.AttemptRecords.QuestionPlace;
import com.kaoping.sitting.SittingViews.AnswerVersion;
import com.kaoping.sitting.SittingViews.SavedAnswer;
import com.kaoping.sitting.SittingViews.StoredAnswer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attempt's home: every statement that reads or changes an attempt, its questions and its
 * answers is here, and so is every rule the database enforces on them. The save rule in
 * particular is written once ({@link #write}): a single save is a group of one, and the autosave
 * writer ({@link SaveBatcher}) sends groups of many through the same statement.
 */
@Repository
public class AttemptStore {

    /**
     * An attempt as its rules need it.
     *
     * @param submittedBy CANDIDATE, DEADLINE or LIVE; null while open
     */
    public record Attempt(long id, long invitationId, long paperId, Instant deadline, Instant submittedAt,
                          String submittedBy, boolean revoked) {

        /** The last moment a save is still taken: the deadline plus the grace for the network. */
        public static Instant saveCutoff(Instant now, Duration grace) {
            return now.minus(grace);
        }

        /** Saves are taken until the deadline plus grace, while not submitted and not revoked. */
        public boolean takesSaves(Instant now, Duration grace) {
            return submittedAt == null && !revoked && deadline.isAfter(saveCutoff(now, grace));
        }

        public long remainingMillis(Instant now) {
            return Math.max(0, Duration.between(now, deadline).toMillis());
        }

        public boolean submitted() {
            return submittedAt != null;
        }
    }

    /** One question of an attempt, frozen at start: which revision, its points, the options' shown order. */
    public record AttemptQuestion(int position, int sectionNumber, String sectionTitle, QuestionRef question,
                                  BigDecimal points, int[] optionOrder) {
    }

    /** A save and the invitation token it came with (the token finds the attempt). */
    public record TokenSave(String token, AnswerSave save) {

        Key key() {
            return new Key(token, save.position());
        }
    }

    /** One answer of one attempt, as the writer keeps saves of the same answer in order. */
    record Key(String token, int position) {
    }

    /**
     * What became of one save of a group.
     * APPLIED: stored (with when, and the attempt's deadline). BUSY: another transaction holds the
     * attempt's row, so the group did not wait for it; try again. NOT_APPLIED: refused; ask
     * {@link #explain} why.
     */
    public record Written(Kind kind, Instant savedAt, Instant deadline) {

        public enum Kind { APPLIED, BUSY, NOT_APPLIED }

        static final Written BUSY = new Written(Kind.BUSY, null, null);
        static final Written NOT_APPLIED = new Written(Kind.NOT_APPLIED, null, null);
    }

    /**
     * Why a save was refused, as far as the stored rows tell: the attempt (null when the token
     * names none) and the stored version of the answer (null when none), with whether the
     * position exists.
     */
    public record Refusal(Attempt attempt, boolean positionExists, StoredAnswer stored) {
    }

    // The save rule. Kept in one statement so that it holds for a group of any size:
    // - the attempt is found by its token alone (one index probe per save, whatever the
    //   statistics say: offset 0 keeps the probe a probe), not revoked;
    // - its row is share-locked (a submission waits for the group) unless another transaction
    //   holds it: then the save is skipped and reported BUSY, so one stuck attempt cannot hold
    //   up every other candidate's save (SKIP LOCKED never waits, so lock order cannot deadlock);
    // - not submitted, deadline plus grace not passed, the position exists, choices in range
    //   and mapped from shown positions to the options' own indexes;
    // - an edit goes only on top of the version it was made on (each row's own base seq),
    //   checked on the stored row itself, so again if another transaction changed it meanwhile;
    //   a first answer (base 0) only where none is stored. The writer's id is stored with it.
    // Every step walks the group once, row by row, with index probes: no step joins two lists
    // of the group (a join the planner, without statistics on them, may do as a nested loop,
    // 200 × 200 comparisons for a group of 200).
    private static final String WRITE = """
            with input as materialized (
                select * from unnest(?::text[], ?::int[], ?::int8[], ?::int8[], ?::text[], ?::bool[], ?::text[],
                                     ?::bool[], ?::text[])
                    as r(token, position, seq, base_seq, choices, true_false, text_answer, flagged, writer)
            ),
            saves as materialized (
                select r.*, l.id as attempt_id, l.deadline, l.submitted_at, l.id is null and s.started as busy
                from input r
                     cross join lateral (select i.id from invitation i
                                         where i.token = r.token and i.revoked_at is null offset 0) i
                     cross join lateral (select exists (select 1 from attempt x where x.invitation_id = i.id)
                                         as started) s
                     left join lateral (select a.id, a.deadline, a.submitted_at from attempt a
                                        where a.invitation_id = i.id for share of a skip locked) l on true
            ),
            ok as materialized (
                select r.attempt_id, r.position, r.seq, r.base_seq, r.token, r.deadline, r.writer,
                       case when r.choices is null then null
                            else coalesce((select array_agg(distinct q.option_order[c + 1])
                                           from unnest(r.choices::int[]) c), '{}') end as choices,
                       r.true_false, r.text_answer, r.flagged
                from saves r
                     join attempt_question q on q.attempt_id = r.attempt_id and q.position = r.position
                where r.submitted_at is null and r.deadline > ?
                  and r.seq > 0 and coalesce((select bool_and(c >= 0 and c < coalesce(cardinality(q.option_order), 0))
                                              from unnest(r.choices::int[]) c), true)
            ),
            updated as (
                update answer set seq = o.seq, choices = o.choices, true_false = o.true_false,
                                  text_answer = o.text_answer, flagged = o.flagged, saved_at = ?, writer = o.writer
                from ok o
                where o.base_seq > 0 and answer.attempt_id = o.attempt_id and answer.position = o.position
                  and answer.seq = o.base_seq and answer.seq < o.seq
                returning o.token, o.position, o.deadline
            ),
            inserted as (
                insert into answer (attempt_id, position, seq, choices, true_false, text_answer, flagged, saved_at,
                                    writer)
                select attempt_id, position, seq, choices, true_false, text_answer, flagged, ?, writer
                from ok where base_seq = 0
                on conflict (attempt_id, position) do nothing
                returning attempt_id, position
            )
            select 'A', token, position, deadline, null::bigint from updated
            union all
            select 'I', null, position, null, attempt_id from inserted
            union all
            select 'T', token, null, deadline, attempt_id from saves where attempt_id is not null
            union all
            select 'B', token, null, null, null from saves where busy""";

    private static final String ATTEMPT = """
            select a.id, a.invitation_id, i.paper_id, a.deadline, a.submitted_at, a.submitted_by,
                   i.revoked_at is not null
            from attempt a join invitation i on i.id = a.invitation_id""";

    private static final String ATTEMPT_INFO = """
            select a.id, a.invitation_id, i.paper_id, i.candidate_name, a.started_at, a.submitted_at,
                   a.submitted_by, a.objective_score, a.focus_losses, a.pastes, a.receipt_code, i.email, i.phone
            from attempt a join invitation i on i.id = a.invitation_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AttemptStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- saving ----

    /**
     * Writes a group of saves with one statement (in the caller's transaction if there is one,
     * else as its own), at most one save per answer. Returns what became of each, in order.
     */
    public List<Written> write(List<TokenSave> saves, Instant now, Duration grace) {
        return template.execute((ConnectionCallback<List<Written>>) c -> write(c, saves, now, grace));
    }

    private static List<Written> write(Connection c, List<TokenSave> saves, Instant now, Duration grace)
            throws SQLException {
        int n = saves.size();
        String[] tokens = new String[n];
        Integer[] positions = new Integer[n];
        Long[] seqs = new Long[n];
        Long[] baseSeqs = new Long[n];
        String[] choices = new String[n];
        Boolean[] trueFalses = new Boolean[n];
        String[] texts = new String[n];
        Boolean[] flags = new Boolean[n];
        String[] writers = new String[n];
        for (int i = 0; i < n; i++) {
            TokenSave r = saves.get(i);
            AnswerSave s = r.save();
            tokens[i] = r.token();
            positions[i] = s.position();
            seqs[i] = s.seq();
            baseSeqs[i] = s.baseSeq();
            choices[i] = s.choices() == null ? null : intArray(s.choices());
            trueFalses[i] = s.trueFalse();
            texts[i] = s.text();
            flags[i] = s.flagged();
            writers[i] = s.writer();
        }
        Map<Key, Instant> applied = new HashMap<>();
        Set<String> busy = new HashSet<>();
        // first answers come back by attempt id: the 'T' rows say whose token and deadline that is
        Map<Long, Map.Entry<String, Instant>> attemptsSaved = new HashMap<>();
        List<long[]> inserted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(WRITE)) {
            ps.setArray(1, c.createArrayOf("text", tokens));
            ps.setArray(2, c.createArrayOf("int4", positions));
            ps.setArray(3, c.createArrayOf("int8", seqs));
            ps.setArray(4, c.createArrayOf("int8", baseSeqs));
            ps.setArray(5, c.createArrayOf("text", choices));
            ps.setArray(6, c.createArrayOf("bool", trueFalses));
            ps.setArray(7, c.createArrayOf("text", texts));
            ps.setArray(8, c.createArrayOf("bool", flags));
            ps.setArray(9, c.createArrayOf("text", writers));
            ps.setTimestamp(10, Timestamp.from(Attempt.saveCutoff(now, grace)));
            ps.setTimestamp(11, Timestamp.from(now));
            ps.setTimestamp(12, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "A" -> applied.put(new Key(rs.getString(2), rs.getInt(3)), rs.getTimestamp(4).toInstant());
                        case "I" -> inserted.add(new long[] {rs.getLong(5), rs.getInt(3)});
                        case "T" -> attemptsSaved.put(rs.getLong(5),
                                Map.entry(rs.getString(2), rs.getTimestamp(4).toInstant()));
                        default -> busy.add(rs.getString(2));
                    }
                }
            }
        }
        for (long[] first : inserted) {
            Map.Entry<String, Instant> attempt = attemptsSaved.get(first[0]);
            applied.put(new Key(attempt.getKey(), (int) first[1]), attempt.getValue());
        }
        List<Written> result = new ArrayList<>(n);
        for (TokenSave r : saves) {
            Instant deadline = applied.get(r.key());
            result.add(deadline != null ? new Written(Written.Kind.APPLIED, now, deadline)
                    : busy.contains(r.token()) ? Written.BUSY : Written.NOT_APPLIED);
        }
        return result;
    }

    /** What the stored rows say about a refused save (one read, no lock). */
    public Refusal explain(String token, AnswerSave save) {
        return jdbc.sql("""
                        select a.id, a.invitation_id, i.paper_id, a.deadline, a.submitted_at, a.submitted_by,
                               i.revoked_at is not null,
                               q.position is not null, x.seq, x.writer, x.saved_at, x.choices, x.true_false,
                               x.text_answer, x.flagged, q.option_order
                        from attempt a join invitation i on i.id = a.invitation_id
                        left join attempt_question q on q.attempt_id = a.id and q.position = :position
                        left join answer x on x.attempt_id = a.id and x.position = :position
                        where i.token = :token""")
                .param("position", save.position())
                .param("token", token)
                .query((rs, n) -> {
                    StoredAnswer stored = rs.getObject(9) == null ? null
                            : new StoredAnswer(rs.getLong(9), save.writer() != null && save.writer().equals(rs.getString(10)),
                                    rs.getTimestamp(11).toInstant(),
                                    shownPositions(ints(rs.getArray(12)), toInts(rs.getArray(16))),
                                    (Boolean) rs.getObject(13), rs.getString(14), rs.getBoolean(15));
                    return new Refusal(attempt(rs, 1), rs.getBoolean(8), stored);
                })
                .optional().orElse(new Refusal(null, false, null));
    }

    // ---- starting ----

    /** Locks the invitation's row: one start at a time per invitation, so two tabs cannot make two attempts. */
    public void lockInvitation(long invitationId) {
        jdbc.sql("select id from invitation where id = ? for update").param(invitationId).query(Long.class).single();
    }

    /** A new attempt with its questions, in the order the candidate will see them. */
    public long create(long invitationId, Instant startedAt, Instant deadline, List<AttemptQuestion> questions) {
        long attemptId = jdbc.sql("insert into attempt (invitation_id, started_at, deadline) values (?, ?, ?) returning id")
                .params(invitationId, Timestamp.from(startedAt), Timestamp.from(deadline)).query(Long.class).single();
        template.batchUpdate("""
                insert into attempt_question (attempt_id, position, section_number, section_title, question_id,
                                              revision, points, option_order)
                values (?, ?, ?, ?, ?, ?, ?, ?::int[])""", questions, questions.size(), (ps, q) -> {
            ps.setLong(1, attemptId);
            ps.setInt(2, q.position());
            ps.setInt(3, q.sectionNumber());
            ps.setString(4, q.sectionTitle());
            ps.setLong(5, q.question().questionId());
            ps.setInt(6, q.question().revision());
            ps.setBigDecimal(7, q.points());
            ps.setString(8, intArray(Arrays.stream(q.optionOrder()).boxed().toList()));
        });
        return attemptId;
    }

    /** Marks a live interview's attempt as handed in at once (there is no online sitting to wait for). */
    public void markLive(long attemptId, Instant now, String receiptCode) {
        jdbc.sql("update attempt set submitted_at = ?, submitted_by = 'LIVE', receipt_code = ? where id = ?")
                .params(Timestamp.from(now), receiptCode, attemptId).update();
    }

    // ---- reading ----

    public Optional<Attempt> ofInvitation(long invitationId) {
        return jdbc.sql(ATTEMPT + " where a.invitation_id = ?").param(invitationId)
                .query((rs, n) -> attempt(rs, 1)).optional();
    }

    public Optional<Attempt> find(long attemptId) {
        return jdbc.sql(ATTEMPT + " where a.id = ?").param(attemptId).query((rs, n) -> attempt(rs, 1)).optional();
    }

    public List<AttemptQuestion> questions(long attemptId) {
        return jdbc.sql("""
                select position, section_number, section_title, question_id, revision, points, option_order
                from attempt_question where attempt_id = ? order by position""").param(attemptId)
                .query((rs, n) -> new AttemptQuestion(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        new QuestionRef(rs.getLong(4), rs.getInt(5)), rs.getBigDecimal(6), toInts(rs.getArray(7))))
                .list();
    }

    /** The saved answers as the candidate's page restores them: choices as the positions it shows. */
    public List<SavedAnswer> savedAnswers(long attemptId) {
        return jdbc.sql("""
                select x.position, x.seq, x.writer, x.choices, x.true_false, x.text_answer, x.flagged, q.option_order
                from answer x join attempt_question q on q.attempt_id = x.attempt_id and q.position = x.position
                where x.attempt_id = ? order by x.position""").param(attemptId)
                .query((rs, n) -> new SavedAnswer(rs.getInt(1), rs.getLong(2), rs.getString(3),
                        shownPositions(ints(rs.getArray(4)), toInts(rs.getArray(8))), (Boolean) rs.getObject(5),
                        rs.getString(6), rs.getBoolean(7))).list();
    }

    /** One stored answer as a page that asks for it is told it; empty when none is stored. */
    public Optional<StoredAnswer> storedAnswer(String token, int position, String writer) {
        return jdbc.sql("""
                select x.seq, x.writer, x.saved_at, x.choices, x.true_false, x.text_answer, x.flagged, q.option_order
                from invitation i join attempt a on a.invitation_id = i.id
                     join answer x on x.attempt_id = a.id and x.position = ?
                     join attempt_question q on q.attempt_id = a.id and q.position = x.position
                where i.token = ? and i.revoked_at is null and a.submitted_at is null""")
                .params(position, token)
                .query((rs, n) -> new StoredAnswer(rs.getLong(1), writer != null && writer.equals(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), shownPositions(ints(rs.getArray(4)), toInts(rs.getArray(8))),
                        (Boolean) rs.getObject(5), rs.getString(6), rs.getBoolean(7)))
                .optional();
    }

    /**
     * The attempt behind a token with the stored version of each answer (one read, no
     * transaction): what a page checking its clock needs. Empty when the token names none.
     */
    public Optional<AttemptVersions> versions(String token, String writer) {
        record Row(Attempt attempt, AnswerVersion version) {
        }
        List<Row> rows = jdbc.sql("""
                select a.id, a.invitation_id, i.paper_id, a.deadline, a.submitted_at, a.submitted_by,
                       i.revoked_at is not null, x.position, x.seq, x.writer
                from attempt a join invitation i on i.id = a.invitation_id
                left join answer x on x.attempt_id = a.id
                where i.token = ? order by x.position""")
                .param(token)
                .query((rs, n) -> new Row(attempt(rs, 1), rs.getObject(8) == null ? null
                        : new AnswerVersion(rs.getInt(8), rs.getLong(9), writer != null && writer.equals(rs.getString(10)))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<AnswerVersion> versions = rows.stream().map(Row::version).filter(java.util.Objects::nonNull).toList();
        return Optional.of(new AttemptVersions(rows.get(0).attempt(), versions));
    }

    /** An attempt and the stored version of each of its answers. */
    public record AttemptVersions(Attempt attempt, List<AnswerVersion> versions) {
    }

    /** Focus losses and pastes, added to an open attempt (bounded, so a page cannot inflate them). */
    public void addSignals(String token, int focusLosses, int pastes) {
        jdbc.sql("""
                update attempt a set focus_losses = a.focus_losses + ?, pastes = a.pastes + ?
                from invitation i where i.id = a.invitation_id and i.token = ? and a.submitted_at is null""")
                .params(Math.max(0, Math.min(focusLosses, 1000)), Math.max(0, Math.min(pastes, 1000)), token)
                .update();
    }

    // ---- submitting ----

    /** Open attempts whose deadline is before the cutoff, oldest first. */
    public List<Long> overdue(Instant cutoff, int limit) {
        return jdbc.sql("""
                select a.id from attempt a join invitation i on i.id = a.invitation_id
                where a.submitted_at is null and a.deadline < ? and i.revoked_at is null
                order by a.deadline limit ?""")
                .params(Timestamp.from(cutoff), limit).query(Long.class).list();
    }

    /** Locks an open attempt unless another transaction (another node's deadline job) already has it. */
    public boolean lockOpenUnlessTaken(long attemptId) {
        return jdbc.sql("select id from attempt where id = ? and submitted_at is null for update skip locked")
                .param(attemptId).query(Long.class).optional().isPresent();
    }

    /**
     * Marks the attempt submitted, once: false when it already was. By the deadline job the time
     * is the deadline (or now, if earlier); a candidate's submission within the grace after the
     * deadline still counts as the deadline's.
     */
    public boolean markSubmitted(long attemptId, Instant now, boolean byDeadline, Duration grace, String receiptCode) {
        return jdbc.sql("""
                update attempt set submitted_at = case when ? then least(deadline, ?) else ? end,
                                   submitted_by = case when ? or deadline < ? then 'DEADLINE' else 'CANDIDATE' end,
                                   receipt_code = ?
                where id = ? and submitted_at is null""")
                .params(byDeadline, Timestamp.from(now), Timestamp.from(now), byDeadline,
                        Timestamp.from(now.minus(grace)), receiptCode, attemptId).update() > 0;
    }

    /** The objective part of the answers, by position: choices (the options' own indexes) and true/false. */
    public Map<Integer, ObjectiveAnswer> objectiveAnswers(long attemptId) {
        Map<Integer, ObjectiveAnswer> answers = new HashMap<>();
        jdbc.sql("select position, choices, true_false from answer where attempt_id = ?").param(attemptId)
                .query((rs, n) -> answers.put(rs.getInt(1), new ObjectiveAnswer(ints(rs.getArray(2)),
                        (Boolean) rs.getObject(3))))
                .list();
        return answers;
    }

    public record ObjectiveAnswer(List<Integer> choices, Boolean trueFalse) {
    }

    /** Stores the automatic scores (a row for a question left unanswered) and the attempt's objective subtotal. */
    public void recordScores(long attemptId, Map<Integer, BigDecimal> scores, Set<Integer> answered,
                             BigDecimal objectiveScore, Instant now) {
        for (Map.Entry<Integer, BigDecimal> e : scores.entrySet()) {
            if (answered.contains(e.getKey())) {
                jdbc.sql("update answer set auto_score = ? where attempt_id = ? and position = ?")
                        .params(e.getValue(), attemptId, e.getKey()).update();
            }
            else {
                jdbc.sql("""
                        insert into answer (attempt_id, position, seq, flagged, saved_at, auto_score)
                        values (?, ?, 1, false, ?, ?)""")
                        .params(attemptId, e.getKey(), Timestamp.from(now), e.getValue()).update();
            }
        }
        jdbc.sql("update attempt set objective_score = ? where id = ?").params(objectiveScore, attemptId).update();
    }

    /** The receipt of a submitted attempt: when, its code, and whether the deadline submitted it. */
    public Optional<Receipt> receipt(long invitationId) {
        return jdbc.sql("select submitted_at, receipt_code, submitted_by from attempt where invitation_id = ?"
                        + " and submitted_at is not null")
                .param(invitationId)
                .query((rs, n) -> new Receipt(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        "DEADLINE".equals(rs.getString(3))))
                .optional();
    }

    public record Receipt(Instant submittedAt, String code, boolean byDeadline) {
    }

    // ---- staff reads ----

    /** Start, submission and signals of each attempt of a paper, by invitation. */
    public Map<Long, AttemptInfo> infoByInvitation(long paperId) {
        Map<Long, AttemptInfo> result = new HashMap<>();
        infos(" where i.paper_id = ?", paperId).forEach(a -> result.put(a.invitationId(), a));
        return result;
    }

    public Optional<AttemptInfo> info(long attemptId) {
        return infos(" where a.id = ?", attemptId).stream().findFirst();
    }

    public List<AttemptInfo> infosOfPapers(Collection<Long> paperIds) {
        return paperIds.isEmpty() ? List.of()
                : infos(" where i.paper_id = any(?) order by a.id", (Object) paperIds.toArray(Long[]::new));
    }

    public List<AttemptInfo> infos(Collection<Long> attemptIds) {
        return attemptIds.isEmpty() ? List.of()
                : infos(" where a.id = any(?) order by a.id", (Object) attemptIds.toArray(Long[]::new));
    }

    private List<AttemptInfo> infos(String where, Object param) {
        return jdbc.sql(ATTEMPT_INFO + where).param(param).query(AttemptStore::info).list();
    }

    /** Where every question sits in each handed-in attempt of a paper, in attempt and position order. */
    public List<QuestionPlace> placesOfPaper(long paperId) {
        return jdbc.sql("""
                select a.id, a.invitation_id, q.position, q.question_id, q.revision from attempt a
                join invitation i on i.id = a.invitation_id
                join attempt_question q on q.attempt_id = a.id
                where i.paper_id = ? and a.submitted_at is not null order by a.id, q.position""")
                .param(paperId)
                .query((rs, n) -> new QuestionPlace(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        new QuestionRef(rs.getLong(4), rs.getInt(5)))).list();
    }

    /** Papers that have at least one attempt, newest first. */
    public List<Long> paperIdsWithAttempts() {
        return jdbc.sql("""
                select i.paper_id from attempt a join invitation i on i.id = a.invitation_id
                group by i.paper_id order by max(a.id) desc""").query(Long.class).list();
    }

    /** The questions of many attempts in the order each candidate saw them, with the answers. */
    public Map<Long, List<AnsweredQuestion>> answered(Collection<Long> attemptIds) {
        Map<Long, List<AnsweredQuestion>> result = new LinkedHashMap<>();
        if (attemptIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select q.attempt_id, q.position, q.section_number, q.section_title, q.question_id, q.revision,
                       q.points, a.choices, a.true_false, a.text_answer, a.auto_score, a.attempt_id is not null,
                       q.option_order
                from attempt_question q
                left join answer a on a.attempt_id = q.attempt_id and a.position = q.position
                where q.attempt_id = any(?) order by q.attempt_id, q.position""")
                .param(attemptIds.toArray(Long[]::new))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new AnsweredQuestion(rs.getInt(2), rs.getInt(3), rs.getString(4),
                                new QuestionRef(rs.getLong(5), rs.getInt(6)), rs.getBigDecimal(7),
                                ints(rs.getArray(8)), (Boolean) rs.getObject(9), rs.getString(10),
                                rs.getBigDecimal(11), rs.getBoolean(12),
                                Arrays.stream(toInts(rs.getArray(13))).boxed().toList())))
                .list();
        return result;
    }

    // ---- mapping ----

    private static Attempt attempt(ResultSet rs, int from) throws SQLException {
        Timestamp submitted = rs.getTimestamp(from + 4);
        return new Attempt(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2),
                rs.getTimestamp(from + 3).toInstant(), submitted == null ? null : submitted.toInstant(),
                rs.getString(from + 5), rs.getBoolean(from + 6));
    }

    private static AttemptInfo info(ResultSet rs, int n) throws SQLException {
        return new AttemptInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), instant(rs.getTimestamp(5)),
                instant(rs.getTimestamp(6)), rs.getString(7), rs.getBigDecimal(8), rs.getInt(9), rs.getInt(10),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * A stored answer's options (their own indexes) as the positions this attempt shows them at:
     * the page only ever sees positions, so the markup says nothing about the authored order and
     * a "crib" of option indexes does not carry over between candidates with different shuffles.
     */
    static List<Integer> shownPositions(List<Integer> optionIndexes, int[] order) {
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

    private static int[] toInts(Array array) throws SQLException {
        if (array == null) {
            return new int[0];
        }
        return Arrays.stream((Integer[]) array.getArray()).mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((Integer[]) array.getArray());
    }
}
