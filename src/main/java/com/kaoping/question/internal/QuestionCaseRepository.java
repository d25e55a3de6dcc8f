package com.kaoping.question.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionCaseRepository extends JpaRepository<QuestionCase, Long> {

    Optional<QuestionCase> findByCreationToken(UUID creationToken);

    /** Each case with the number of active questions in it, newest first. */
    @Query("""
            select c, (select count(q) from Question q where q.questionCase = c and q.status = 'ACTIVE')
            from QuestionCase c order by c.updatedAt desc""")
    List<Object[]> findAllWithQuestionCounts();
}
