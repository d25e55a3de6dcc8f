package com.kaoping.paper.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import com.kaoping.paper.DrawCriteria;
import com.kaoping.question.QuestionKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** "3 questions of kind scenario, tag 投诉处理, difficulty 3-4, 20 points each", drawn per candidate. */
@Entity
@Table(name = "draw_rule")
public class DrawRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private QuestionKind kind;

    @Column(length = 40)
    private String tag;

    @Column(name = "difficulty_min", nullable = false)
    private int difficultyMin;

    @Column(name = "difficulty_max", nullable = false)
    private int difficultyMax;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "points_each", nullable = false, precision = 6, scale = 1)
    private BigDecimal pointsEach;

    /** Filled when the paper is published: the questions this rule draws from, frozen. */
    @ElementCollection
    @CollectionTable(name = "draw_rule_pool", joinColumns = @JoinColumn(name = "rule_id"))
    private Set<PoolEntry> pool = new HashSet<>();

    protected DrawRule() {
    }

    DrawRule(DrawCriteria criteria, int questionCount, BigDecimal pointsEach, int position) {
        this.kind = criteria.kind();
        this.tag = criteria.tag() == null || criteria.tag().isBlank() ? null : criteria.tag().strip();
        this.difficultyMin = criteria.difficultyMin();
        this.difficultyMax = criteria.difficultyMax();
        this.questionCount = questionCount;
        this.pointsEach = pointsEach;
        this.position = position;
    }

    DrawRule copy(int position) {
        return new DrawRule(criteria(), questionCount, pointsEach, position);
    }

    void setPosition(int position) {
        this.position = position;
    }

    void freezePool(Set<PoolEntry> entries) {
        pool.clear();
        pool.addAll(entries);
    }

    public DrawCriteria criteria() {
        return new DrawCriteria(kind, tag, difficultyMin, difficultyMax);
    }

    public BigDecimal total() {
        return pointsEach.multiply(BigDecimal.valueOf(questionCount));
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public BigDecimal getPointsEach() {
        return pointsEach;
    }

    public Set<PoolEntry> getPool() {
        return Set.copyOf(pool);
    }
}
