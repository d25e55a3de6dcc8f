package com.kaoping.question.internal;

import com.kaoping.question.QuestionQuery;
import com.kaoping.question.QuestionSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface QuestionSearch {

    /** One page of the bank, newest change first, in two statements (rows and count). */
    Page<QuestionSummary> search(QuestionQuery query, Pageable pageable);

    /** (id, revision) of the active questions of a kind (null: any), tag (null: any) and difficulty range. */
    java.util.List<Object[]> findDrawPool(com.kaoping.question.QuestionKind kind, String tag, int difficultyMin,
                                          int difficultyMax);
}
