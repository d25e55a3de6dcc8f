package com.kaoping.grading.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SettlementRepository extends JpaRepository<Settlement, Long> {

    Optional<Settlement> findByAttemptIdAndPosition(long attemptId, int position);

    List<Settlement> findByAttemptIdIn(Collection<Long> attemptIds);
}
