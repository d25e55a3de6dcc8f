package com.kaoping.question.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long>, QuestionSearch {

    Optional<Question> findByCreationToken(UUID creationToken);

    List<Question> findByQuestionCaseId(long caseId);

    @Query("""
            select q.id, q.revision from Question q
            where q.status = 'ACTIVE' and (:kind is null or q.kind = :kind)
              and (:tag is null or array_contains(q.tags, :tag))
              and q.difficulty between :difficultyMin and :difficultyMax
            order by q.id""")
    List<Object[]> findDrawPool(com.kaoping.question.QuestionKind kind, String tag, int difficultyMin,
                                int difficultyMax);

    @Query(value = "select distinct t from question, unnest(tags) t where status = 'ACTIVE' order by t",
            nativeQuery = true)
    List<String> findActiveTags();
}
