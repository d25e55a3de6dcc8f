package com.kaoping.sitting.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.kaoping.sitting.internal.AttemptStore.Key;
import com.kaoping.sitting.internal.AttemptStore.TokenSave;
import com.kaoping.sitting.internal.AttemptStore.Written;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Group commit for autosaves: one writer thread takes the saves that are waiting and writes them
 * with ONE statement ({@link AttemptStore#write}), completing each save's future only after that
 * commit. Each save used to pay for its own round trip, statement and commit (and the database
 * its own WAL flush); a group pays for one. No timer: the writer takes whatever has queued up, so
 * a save arriving at an idle writer is written at once, and the group size follows the load.
 * <p>
 * Nothing one candidate does can hold up the others: an attempt whose row another transaction
 * holds is skipped by the statement (BUSY) and its save waits here, retried with the next groups
 * (after a short, growing pause) until it goes in or its page has long been told "not saved"
 * (twice the reply timeout).
 * A writer thread that dies is replaced, and the saves of the group it was writing are failed,
 * never left waiting.
 * <p>
 * A group that fails is not acknowledged at all: its futures complete exceptionally and each save
 * is written again alone by its caller. Even when the commit's fate is unknown (a connection lost
 * mid-commit) that is safe: a save that did land is then refused with its own writer's version
 * stored, which the page reads as "landed".
 */
@Component
public class SaveBatcher {

    private static final Logger log = LoggerFactory.getLogger(SaveBatcher.class);

    /** A statement this size stays well within one network packet of replies and a few ms of work. */
    static final int MAX_GROUP = 256;
    /** The first pause before a save whose attempt was busy is tried again; it doubles up to the next. */
    private static final long FIRST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long LONGEST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** Writes one group; stands for {@link AttemptStore#write} (tests put a failing one in front of it). */
    interface GroupWriter {
        List<Written> write(List<TokenSave> saves);
    }

    /** A save waiting for the writer, with when it may be tried again and when to give up. */
    private static final class Entry {
        final TokenSave save;
        final CompletableFuture<Written> done = new CompletableFuture<>();
        final long giveUpAt;
        long notBefore;
        int tries;

        Entry(TokenSave save, long giveUpAt) {
            this.save = save;
            this.giveUpAt = giveUpAt;
        }

        Key key() {
            return save.key();
        }
    }

    private final GroupWriter groupWriter;
    private final long giveUpNanos;
    private final LinkedBlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    /**
     * Saves held back, in order of arrival: a second save of an answer already in the group (one
     * statement cannot write a row twice, and saves of one answer keep their order), and saves
     * whose attempt was busy. Only the writer thread touches it.
     */
    private final ArrayDeque<Entry> waiting = new ArrayDeque<>();
    private volatile Thread writer;
    private volatile boolean running = true;
    /** The most saves one statement wrote so far (for tests: the group path really was taken). */
    private volatile int largestGroup;
    /** The most saves a failed statement held (for tests: the one-by-one fallback really was taken). */
    private volatile int largestFailedGroup;
    private final AtomicInteger restarts = new AtomicInteger();

    @Autowired
    SaveBatcher(AttemptStore store, Clock clock, @Value("${kaoping.sitting.grace:30s}") Duration grace,
                @Value("${kaoping.sitting.reply-timeout:45s}") Duration replyTimeout) {
        // the page is told "not saved" after the reply timeout and sends the save again; trying on a
        // while longer lets the first one land meanwhile (the resend is then told it landed)
        this(saves -> store.write(saves, clock.instant(), grace), replyTimeout.multipliedBy(2));
    }

    SaveBatcher(GroupWriter groupWriter, Duration giveUp) {
        this.groupWriter = groupWriter;
        this.giveUpNanos = giveUp.toNanos();
        startWriter();
    }

    /** Queues a save; the future completes once its group is committed (or exceptionally when the group failed). */
    public CompletableFuture<Written> submit(TokenSave save) {
        Entry entry = new Entry(save, System.nanoTime() + giveUpNanos);
        if (!running) {
            entry.done.completeExceptionally(new IllegalStateException("the autosave writer is stopped"));
            return entry.done;
        }
        queue.add(entry);
        if (!writer.isAlive()) {
            startWriter();
        }
        return entry.done;
    }

    public int largestGroup() {
        return largestGroup;
    }

    public int largestFailedGroup() {
        return largestFailedGroup;
    }

    /** How often a dead writer thread was replaced. */
    public int restarts() {
        return restarts.get();
    }

    @PreDestroy
    public void stop() {
        running = false;
        writer.interrupt();
    }

    private synchronized void startWriter() {
        // the dying writer itself asks for its successor from its uncaught-exception handler, while still alive
        if (!running || writer != null && writer.isAlive() && writer != Thread.currentThread()) {
            return;
        }
        Thread thread = new Thread(this::run, "autosave-writer");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, e) -> {
            log.error("The autosave writer died; starting a new one", e);
            restarts.incrementAndGet();
            startWriter();
        });
        writer = thread;
        thread.start();
    }

    private void run() {
        List<Entry> group = new ArrayList<>();
        while (running) {
            group.clear();
            try {
                fill(group);
                if (!group.isEmpty()) {
                    write(group);
                }
            }
            catch (InterruptedException e) {
                break;
            }
            catch (RuntimeException e) {
                // never leave a request waiting for a group this thread gave up on
                log.error("Autosave group failed", e);
                group.forEach(entry -> entry.done.completeExceptionally(e));
            }
            catch (Error e) {
                // this thread cannot be trusted to go on: fail the group and let a new writer take over
                group.forEach(entry -> entry.done.completeExceptionally(e));
                throw e;
            }
        }
        if (!running) {
            IllegalStateException stopped = new IllegalStateException("the autosave writer is stopped");
            waiting.forEach(e -> e.done.completeExceptionally(stopped));
            queue.forEach(e -> e.done.completeExceptionally(stopped));
        }
    }

    /**
     * Takes the next group: held-back saves that may go now (oldest first), then whatever queued
     * up. A second save of an answer already in the group, or of one whose older save is still
     * held back, waits for a later group. Blocks while there is nothing to write.
     */
    private void fill(List<Entry> group) throws InterruptedException {
        Set<Key> keys = new HashSet<>();
        long now = System.nanoTime();
        long nextDue = Long.MAX_VALUE;
        for (Iterator<Entry> it = waiting.iterator(); it.hasNext() && group.size() < MAX_GROUP; ) {
            Entry e = it.next();
            if (keys.add(e.key())) {
                if (e.notBefore - now <= 0) {
                    group.add(e);
                    it.remove();
                }
                else {
                    nextDue = Math.min(nextDue, e.notBefore);
                }
            }
        }
        Entry next;
        if (group.isEmpty()) {
            // idle: wait for the next save (or until a held-back one may be tried again), and write it at once
            next = nextDue == Long.MAX_VALUE ? queue.take() : queue.poll(Math.max(0, nextDue - now), TimeUnit.NANOSECONDS);
            if (next != null) {
                (keys.add(next.key()) ? group : waiting).add(next);
            }
        }
        while (group.size() < MAX_GROUP && (next = queue.poll()) != null) {
            if (keys.add(next.key())) {
                group.add(next);
            }
            else {
                waiting.addLast(next);
            }
        }
    }

    private void write(List<Entry> group) {
        largestGroup = Math.max(largestGroup, group.size());
        List<Written> written;
        try {
            written = groupWriter.write(group.stream().map(e -> e.save).toList());
        }
        catch (RuntimeException e) {
            log.warn("Autosave group of {} failed, saving each alone: {}", group.size(), e.getMessage());
            largestFailedGroup = Math.max(largestFailedGroup, group.size());
            group.forEach(entry -> entry.done.completeExceptionally(e));
            return;
        }
        long now = System.nanoTime();
        // busy saves go back in front of anything of theirs that arrived later, in their own order
        for (int i = group.size() - 1; i >= 0; i--) {
            Entry entry = group.get(i);
            Written w = written.get(i);
            if (w.kind() == Written.Kind.BUSY && now - entry.giveUpAt < 0) {
                entry.notBefore = now + Math.min(LONGEST_RETRY_NANOS, FIRST_RETRY_NANOS << Math.min(entry.tries, 10));
                entry.tries++;
                waiting.addFirst(entry);
            }
            else {
                entry.done.complete(w);
            }
        }
    }
}
