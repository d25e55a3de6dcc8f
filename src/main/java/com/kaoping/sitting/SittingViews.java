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

    /** One option as shown: its text and the index the server knows it by. */
    public record ShownOption(int index, String text) {
    }

    public record SheetQuestion(int position, int sectionNumber, String sectionTitle, QuestionKind kind, String stem,
                                String background, String caseTitle, String caseBackground,
                                List<ShownOption> options, BigDecimal points) {
    }

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

    public record Receipt(String paperTitle, String candidateName, Instant submittedAt, String code,
                          boolean byDeadline) {
    }
}
