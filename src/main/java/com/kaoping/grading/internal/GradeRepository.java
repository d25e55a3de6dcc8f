package com.kaoping.grading.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeRepository extends JpaRepository<Grade, Long> {

    Optional<Grade> findBySheetIdAndPosition(long sheetId, int position);

    List<Grade> findBySheetIdIn(Collection<Long> sheetIds);
}
