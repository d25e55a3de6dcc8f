package com.kaoping.question.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long>, QuestionSearch {

    Optional<Question> findByCreationToken(UUID creationToken);

    List<Question> findByQuestionCaseId(long caseId);

    @Query(value = "select distinct t from question, unnest(tags) t where status = 'ACTIVE' order by t",
            nativeQuery = true)
    List<String> findActiveTags();

    /** Id and stem of every question in use, for finding the one an imported stem repeats. */
    @Query("select q.id, q.stem from Question q where q.status = 'ACTIVE' order by q.id")
    List<Object[]> findActiveStems();
}
