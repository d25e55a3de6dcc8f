package com.kaoping.question.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRevisionRepository extends JpaRepository<QuestionRevision, Long> {

    List<QuestionRevision> findByQuestionIdOrderByRevisionDesc(long questionId);

    Optional<QuestionRevision> findByQuestionIdAndRevision(long questionId, int revision);

    List<QuestionRevision> findByQuestionIdIn(java.util.Collection<Long> questionIds);
}
