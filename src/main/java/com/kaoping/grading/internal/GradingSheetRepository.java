package com.kaoping.grading.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface GradingSheetRepository extends JpaRepository<GradingSheet, Long> {

    List<GradingSheet> findByAttemptIdIn(Collection<Long> attemptIds);

    /** Makes sure the grader has a sheet for the attempt (two tabs may ask at once: one row either way). */
    @Modifying
    @Query(value = """
            insert into grading_sheet (attempt_id, grader_id, created_at) values (:attemptId, :graderId, :now)
            on conflict (attempt_id, grader_id) do nothing""", nativeQuery = true)
    void ensure(long attemptId, long graderId, java.time.Instant now);

    /**
     * The grader's sheet, locked until the transaction ends: a step save and a hand-in of the same
     * sheet take turns, and whichever goes second reads what the first left. Called before
     * anything of the attempt's scores is read in the transaction, so nothing read is older
     * than the lock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from GradingSheet s where s.attemptId = :attemptId and s.graderId = :graderId")
    Optional<GradingSheet> lockOf(long attemptId, long graderId);

    /**
     * Every sheet of the attempt, locked in grader order (so two callers never wait on each
     * other): a settlement reads the panel's sheets as they are, and a reopen of any of them
     * waits for it, or it for the reopen. Called before the attempt's scores are read.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from GradingSheet s where s.attemptId = :attemptId order by s.graderId")
    List<GradingSheet> lockAllOf(long attemptId);
}
