package com.kaoping.question.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaoping.question.QuestionKind;
import com.kaoping.question.QuestionQuery;
import com.kaoping.question.QuestionSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

class QuestionSearchImpl implements QuestionSearch {

    private final EntityManager em;

    QuestionSearchImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<QuestionSummary> search(QuestionQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where q.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", query.archived() ? "ARCHIVED" : "ACTIVE");
        if (query.kind() != null) {
            where.append(" and q.kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.family() != null) {
            where.append(" and q.kind in :kinds");
            params.put("kinds", QuestionKind.of(query.family()));
        }
        if (query.caseId() != null) {
            where.append(" and q.questionCase.id = :caseId");
            params.put("caseId", query.caseId());
        }
        if (query.difficulty() != null) {
            where.append(" and q.difficulty = :difficulty");
            params.put("difficulty", query.difficulty());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            where.append(" and array_contains(q.tags, :tag)");
            params.put("tag", query.tag().strip());
        }
        if (query.tooBroad()) {
            throw new com.kaoping.question.SearchTooBroadException();
        }
        int i = 0;
        for (String word : query.words()) {
            where.append(" and q.searchText like :term").append(i).append(" escape '\\'");
            params.put("term" + i, "%" + escapeLike(Question.foldForSearch(word)) + "%");
            i++;
        }
        TypedQuery<Object[]> rows = em.createQuery("""
                select q.id, q.kind, q.stem, q.points, q.difficulty, q.tags, q.language, q.revision, q.status,
                       q.updatedAt, c.title, q.subtitle
                from Question q left join q.questionCase c""" + where + " order by q.updatedAt desc, q.id desc",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(q) from Question q" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        // a crafted page number far past the end gives an empty page, not an overflow
        rows.setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE - pageable.getPageSize()));
        rows.setMaxResults(pageable.getPageSize());
        List<QuestionSummary> content = new ArrayList<>();
        for (Object[] r : rows.getResultList()) {
            content.add(new QuestionSummary((Long) r[0], (QuestionKind) r[1], (String) r[2], (BigDecimal) r[3],
                    (Integer) r[4], List.of((String[]) r[5]), (String) r[6], (Integer) r[7], "ARCHIVED".equals(r[8]),
                    (Instant) r[9], (String) r[10], (String) r[11]));
        }
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    @Override
    public List<Object[]> findDrawPool(QuestionKind kind, String tag, int difficultyMin, int difficultyMax) {
        // built per call: a null parameter would reach PostgreSQL without a type
        StringBuilder jpql = new StringBuilder("select q.id, q.revision from Question q where q.status = 'ACTIVE'"
                + " and q.difficulty between :min and :max");
        if (kind != null) {
            jpql.append(" and q.kind = :kind");
        }
        if (tag != null) {
            jpql.append(" and array_contains(q.tags, :tag)");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql + " order by q.id", Object[].class)
                .setParameter("min", difficultyMin).setParameter("max", difficultyMax);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query.getResultList();
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
