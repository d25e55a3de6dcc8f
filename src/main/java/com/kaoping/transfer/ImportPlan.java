package com.kaoping.transfer;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionContent;

/**
 * A reviewed paper, ready to import: what a person kept and corrected on the review page.
 *
 * @param creationToken the review page's token: importing the same page twice makes one paper
 */
public record ImportPlan(PaperSettings paper, List<Section> sections, UUID creationToken) {

    public ImportPlan {
        sections = List.copyOf(sections);
    }

    /** A section of the draft paper, with the background its questions share (or null). */
    public record Section(String title, String instructions, String background, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One question: a new one ({@code content}, its {@code caseBackground} naming the case it
     * shares with others, or null) or a bank question reused in its place ({@code reuse}).
     *
     * @param points the question's points on the paper
     */
    public record Item(QuestionContent content, String caseBackground, Long reuse, BigDecimal points) {
    }

    /** A broken rule of one question, by its place (0-based) and the bank's field name. */
    public record Problem(int section, int item, com.kaoping.question.Violation violation) {
    }
}
