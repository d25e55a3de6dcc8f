package com.kaoping.sitting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for autosaves: one writer thread takes the saves that are waiting, writes them
 * with ONE statement in ONE transaction, and completes each save's future only after that
 * commit. Each save used to pay for its own round trip, statement and commit (and the database
 * its own WAL flush); a batch pays for one.
 * <p>
 * No timer: the writer takes whatever has queued up, so a save arriving at an idle writer is
 * written at once, and saves arriving while a batch is being written wait only for that batch.
 * The batch size follows the load by itself.
 * <p>
 * The statement keeps every rule of the one-row save ({@link SittingService#save}): attempt found by
 * the token, not revoked, not submitted, deadline plus grace, the position exists, choices in
 * range and mapped to the options' own indexes, a save only on top of its base seq. It takes the
 * attempt rows' share locks in id order (a submission waits for the batch; two lockers cannot
 * deadlock on the order) and returns the rows it applied; the others go, on their own request
 * thread, through the refusal path that says why.
 * <p>
 * A batch that fails is not acknowledged at all: every save in it is told {@link Outcome#FAILED}
 * and is saved again alone by its request thread. Even when the commit's fate is unknown (a
 * connection lost mid-commit) that is safe: the one-row save of an already applied seq is refused
 * as stale with that very seq, which the page reads as "landed".
 */
final class SaveBatcher {

    private static final Logger log = LoggerFactory.getLogger(SaveBatcher.class);

    /** A statement this size stays well within one network packet of replies and a few ms of work. */
    static final int MAX_BATCH = 256;

    private static final String SQL = """
            with input as materialized (
                select * from unnest(?::text[], ?::int[], ?::int8[], ?::int8[], ?::text[], ?::bool[], ?::text[], ?::bool[])
                    as r(token, position, seq, base_seq, choices, true_false, text_answer, flagged)
            ),
            target as materialized (
                -- locked in id order: two transactions that lock attempts always do so in the same order
                -- one index probe per token, whatever the statistics say (offset 0 keeps the probe a
                -- probe: a join the planner may turn into a scan of every invitation)
                select a.id, a.deadline, a.submitted_at, i.token
                from (select distinct token from input) r
                     cross join lateral (select i.id, i.token from invitation i
                                         where i.token = r.token and i.revoked_at is null offset 0) i
                     join attempt a on a.invitation_id = i.id
                order by a.id
                for share of a
            ),
            ok as materialized (
                select t.id as attempt_id, r.position, r.seq, r.base_seq, t.token, t.deadline,
                       -- the page sends the positions it showed; the answer keeps the options' own indexes
                       case when r.choices is null then null
                            else coalesce((select array_agg(distinct q.option_order[c + 1])
                                           from unnest(r.choices::int[]) c), '{}') end as choices,
                       r.true_false, r.text_answer, r.flagged
                from input r join target t on t.token = r.token
                     join attempt_question q on q.attempt_id = t.id and q.position = r.position
                where t.submitted_at is null and t.deadline > ?
                  and r.seq > 0 and coalesce((select bool_and(c >= 0 and c < coalesce(cardinality(q.option_order), 0))
                                              from unnest(r.choices::int[]) c), true)
            ),
            -- an edit goes only on top of the version it was made on (each row's own base seq); the
            -- condition is on the stored row itself, so it is checked again if another transaction
            -- changed that row meanwhile
            updated as (
                update answer set seq = o.seq, choices = o.choices, true_false = o.true_false,
                                  text_answer = o.text_answer, flagged = o.flagged, saved_at = ?
                from ok o
                where o.base_seq > 0 and answer.attempt_id = o.attempt_id and answer.position = o.position
                  and answer.seq = o.base_seq and answer.seq < o.seq
                returning o.token, o.position, o.deadline
            ),
            -- a first answer (base seq 0) only where none is stored yet
            inserted as (
                insert into answer (attempt_id, position, seq, choices, true_false, text_answer, flagged, saved_at)
                select attempt_id, position, seq, choices, true_false, text_answer, flagged, ? from ok where base_seq = 0
                on conflict (attempt_id, position) do nothing
                returning attempt_id, position
            )
            select token, position, deadline from updated
            union all
            select o.token, o.position, o.deadline from inserted n join ok o using (attempt_id, position)""";

    /** One save waiting for the writer (already checked for size, seq and null choices). */
    record Row(String token, int position, long seq, long baseSeq, List<Integer> choices, Boolean trueFalse,
               String text, boolean flagged, CompletableFuture<Outcome> done) {
        Key key() {
            return new Key(token, position);
        }
    }

    record Key(String token, int position) {
    }

    /** APPLIED with its time and deadline; NOT_APPLIED (ask why); FAILED (nothing known: save alone). */
    record Outcome(Kind kind, Instant savedAt, Instant deadline) {
        enum Kind { APPLIED, NOT_APPLIED, FAILED }
        static final Outcome NOT_APPLIED = new Outcome(Kind.NOT_APPLIED, null, null);
        static final Outcome FAILED = new Outcome(Kind.FAILED, null, null);
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration grace;
    private final LinkedBlockingQueue<Row> queue = new LinkedBlockingQueue<>();
    /** Saves held back from the last batch because it already had a save for the same answer. */
    private final ArrayDeque<Row> carried = new ArrayDeque<>();
    private final Thread writer;
    private volatile boolean running = true;
    /** The most saves one statement wrote so far (for tests: the batch path really was taken). */
    private volatile int largestBatch;
    /** The most saves a failed statement held (for tests: the row-by-row fallback really was taken). */
    private volatile int largestFailedBatch;

    SaveBatcher(DataSource dataSource, Clock clock, Duration grace) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.grace = grace;
        this.writer = new Thread(this::run, "autosave-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    CompletableFuture<Outcome> submit(Row row) {
        if (!running) {
            row.done().complete(Outcome.FAILED);
        }
        else {
            queue.add(row);
        }
        return row.done();
    }

    int largestBatch() {
        return largestBatch;
    }

    int largestFailedBatch() {
        return largestFailedBatch;
    }

    void stop() {
        running = false;
        writer.interrupt();
    }

    private void run() {
        List<Row> batch = new ArrayList<>();
        while (running) {
            try {
                batch.clear();
                // one statement cannot write the same answer twice ("cannot affect row a second
                // time"): a second save for an answer already in the batch waits for the next one,
                // which also keeps the saves of one answer in their order of arrival
                Set<Key> keys = new HashSet<>();
                List<Row> later = new ArrayList<>();
                Row row;
                while (batch.size() < MAX_BATCH && (row = carried.poll()) != null) {
                    (keys.add(row.key()) ? batch : later).add(row);
                }
                if (batch.isEmpty()) {
                    row = queue.take(); // idle: wait for the next save, and write it at once
                    keys.add(row.key());
                    batch.add(row);
                }
                while (batch.size() < MAX_BATCH && (row = queue.poll()) != null) {
                    (keys.add(row.key()) ? batch : later).add(row);
                }
                // held-back saves go before anything that arrived after them
                for (int i = later.size() - 1; i >= 0; i--) {
                    carried.addFirst(later.get(i));
                }
                largestBatch = Math.max(largestBatch, batch.size());
                write(batch);
            }
            catch (InterruptedException e) {
                break;
            }
            catch (RuntimeException e) {
                // never leave a request waiting for a batch this thread gave up on
                log.error("Autosave batch failed", e);
                batch.forEach(r -> r.done().complete(Outcome.FAILED));
            }
        }
        carried.forEach(r -> r.done().complete(Outcome.FAILED));
        queue.forEach(r -> r.done().complete(Outcome.FAILED));
    }

    private void write(List<Row> batch) {
        Instant now = clock.instant();
        int n = batch.size();
        String[] tokens = new String[n];
        Integer[] positions = new Integer[n];
        Long[] seqs = new Long[n];
        Long[] baseSeqs = new Long[n];
        String[] choices = new String[n];
        Boolean[] trueFalses = new Boolean[n];
        String[] texts = new String[n];
        Boolean[] flags = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Row r = batch.get(i);
            tokens[i] = r.token();
            positions[i] = r.position();
            seqs[i] = r.seq();
            baseSeqs[i] = r.baseSeq();
            choices[i] = r.choices() == null ? null : SittingService.intArray(r.choices());
            trueFalses[i] = r.trueFalse();
            texts[i] = r.text();
            flags[i] = r.flagged();
        }
        Map<Key, Instant> applied = new HashMap<>();
        // autocommit: the one statement is the transaction, committed when executeQuery returns
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setArray(1, c.createArrayOf("text", tokens));
                ps.setArray(2, c.createArrayOf("int4", positions));
                ps.setArray(3, c.createArrayOf("int8", seqs));
                ps.setArray(4, c.createArrayOf("int8", baseSeqs));
                ps.setArray(5, c.createArrayOf("text", choices));
                ps.setArray(6, c.createArrayOf("bool", trueFalses));
                ps.setArray(7, c.createArrayOf("text", texts));
                ps.setArray(8, c.createArrayOf("bool", flags));
                ps.setTimestamp(9, Timestamp.from(now.minus(grace)));
                ps.setTimestamp(10, Timestamp.from(now));
                ps.setTimestamp(11, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        applied.put(new Key(rs.getString(1), rs.getInt(2)), rs.getTimestamp(3).toInstant());
                    }
                }
            }
        }
        catch (SQLException e) {
            log.warn("Autosave batch of {} failed, saving each alone: {}", n, e.getMessage());
            largestFailedBatch = Math.max(largestFailedBatch, n);
            batch.forEach(r -> r.done().complete(Outcome.FAILED));
            return;
        }
        for (Row r : batch) {
            Instant deadline = applied.get(r.key());
            r.done().complete(deadline == null ? Outcome.NOT_APPLIED : new Outcome(Outcome.Kind.APPLIED, now, deadline));
        }
    }
}
