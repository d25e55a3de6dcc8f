package com.kaoping.sitting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kaoping.question.QuestionKind;

/** What candidate pages show. Nothing in here can carry a key, an explanation or a rubric. */
public final class SittingViews {

    private SittingViews() {
    }

    public enum Status { READY, NOT_YET_OPEN, IN_PROGRESS, SUBMITTED, CLOSED, REVOKED }

    public record Landing(String paperTitle, String instructions, String candidateName, Integer timeLimitMinutes,
                          int extraMinutes, int questionCount, BigDecimal total, Instant opensAt, Instant closesAt,
                          Status status) {
    }

    /**
     * One option as shown. The page answers with the position an option is shown at (0 = first
     * shown); the server maps positions back to the options' own indexes, which never reach the page.
     */
    public record ShownOption(String text) {
    }

    public record SheetQuestion(int position, int sectionNumber, String sectionTitle, QuestionKind kind, String stem,
                                String background, String caseTitle, String caseBackground,
                                List<ShownOption> options, BigDecimal points) {
    }

    /** A saved answer as the page restores it; {@code choices} are shown positions. */
    public record SavedAnswer(int position, long seq, List<Integer> choices, Boolean trueFalse, String text,
                              boolean flagged) {
    }

    public record Sheet(String paperTitle, String candidateName, List<SheetQuestion> questions,
                        List<SavedAnswer> answers, long remainingMillis, Instant deadline, boolean submitted,
                        java.util.Map<Integer, SectionNote> sections) {
    }

    /** What a section says to the candidate above its questions. */
    public record SectionNote(String instructions, String background) {
    }

    public enum SaveStatus { SAVED, STALE, CLOSED, TOO_LONG, INVALID }

    public record SaveResult(SaveStatus status, long seq, Instant savedAt, long remainingMillis) {
    }

    /** What the countdown needs: whether saves are still taken, and the milliseconds to the deadline. */
    public record TimeLeft(boolean open, long remainingMillis) {
    }

    public record Receipt(String paperTitle, String candidateName, Instant submittedAt, String code,
                          boolean byDeadline) {
    }
}
