package com.kaoping.grading.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GradingSheetRepository extends JpaRepository<GradingSheet, Long> {

    Optional<GradingSheet> findByAttemptIdAndGraderId(long attemptId, long graderId);

    List<GradingSheet> findByAttemptIdIn(Collection<Long> attemptIds);
}
