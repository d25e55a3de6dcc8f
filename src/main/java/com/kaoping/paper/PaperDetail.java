package com.kaoping.paper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;

/**
 * A paper as the builder, the preview and the kit show it: a draft reads the bank's current
 * questions, a published paper its frozen revisions.
 */
public record PaperDetail(long id, PaperSettings settings, PaperStatus status, long version, Instant updatedAt,
                          Instant publishedAt, Long clonedFrom, List<Section> sections, BigDecimal total,
                          List<PaperWarning> warnings) {

    public boolean isDraft() {
        return status == PaperStatus.DRAFT;
    }

    public int questionCount() {
        return sections.stream().mapToInt(Section::questionCount).sum();
    }

    /**
     * The paper's number of a section's first question. A paper numbers its questions 1..N
     * across its sections (一、 1–10, 二、 11–15, …), as most written tests do, so "question 11"
     * names one question on every screen: the candidate's sheet, the preview, the kit, grading and
     * the exports (an attempt's position + 1 is the same number: it keeps the paper's order).
     */
    public int firstNumberOf(Section section) {
        int number = 1;
        for (Section s : sections) {
            if (s.id() == section.id()) {
                return number;
            }
            number += s.questionCount();
        }
        throw new IllegalArgumentException("not a section of this paper: " + section.id());
    }

    public boolean statedTotalMismatch() {
        return settings.statedTotal() != null && settings.statedTotal().compareTo(total) != 0;
    }

    public boolean publishable() {
        return warnings.stream().noneMatch(PaperWarning::blocking);
    }

    public record Section(long id, int number, String title, String instructions, String background,
                          List<Item> items, List<Rule> rules, BigDecimal total, List<PaperWarning> warnings) {

        /** The questions each candidate gets from this section: its fixed items and its draws. */
        public int questionCount() {
            return items.size() + rules.stream().mapToInt(Rule::count).sum();
        }
    }

    /**
     * @param points the points this question carries in this paper
     * @param overridden true when HR typed points other than the question's own
     */
    public record Item(long id, long questionId, int revision, QuestionContent question, BigDecimal points,
                       boolean overridden, boolean archived, List<PaperWarning> warnings) {

        public QuestionKind kind() {
            return question.kind();
        }
    }

    /** @param available how many questions the bank offers this rule (after the paper's own questions) */
    public record Rule(long id, DrawCriteria criteria, int count, BigDecimal pointsEach, BigDecimal total,
                       int available) {
    }
}
