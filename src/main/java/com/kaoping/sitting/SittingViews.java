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

    /**
     * One question as the candidate's sheet shows it. A case's internal title never reaches the
     * candidate; its background comes with the first question of a run of questions sharing it
     * ({@code caseBackground}), the others say from which question on ({@code caseFrom}, 1-based).
     */
    public record SheetQuestion(int position, int sectionNumber, String sectionTitle, QuestionKind kind, String stem,
                                String background, String caseBackground, Integer caseFrom,
                                List<ShownOption> options, BigDecimal points, String subtitle) {
    }

    /**
     * A saved answer as the page restores it; {@code choices} are shown positions, {@code writer}
     * the page that stored it (the page compares it with what it kept in the browser).
     */
    public record SavedAnswer(int position, long seq, String writer, List<Integer> choices, Boolean trueFalse,
                              String text, boolean flagged) {
    }

    public record Sheet(String paperTitle, String candidateName, List<SheetQuestion> questions,
                        List<SavedAnswer> answers, long remainingMillis, Instant deadline, boolean submitted,
                        java.util.Map<Integer, SectionNote> sections) {
    }

    /** What a section says to the candidate above its questions. */
    public record SectionNote(String instructions, String background) {
    }

    /**
     * SAVED: this save is the stored version. STALE: it was not made on the stored version, which
     * comes with the reply. CLOSED: the sitting takes no more saves. NOT_SAVED: not known to be
     * saved (the database was busy or failed): the page keeps it and sends it again.
     */
    public enum SaveStatus { SAVED, STALE, CLOSED, TOO_LONG, INVALID, NOT_SAVED }

    /**
     * The stored version of an answer, as a refused save or a page checking again is told it.
     *
     * @param mine written by the page that asks: its own earlier save, whose reply it never got
     * @param choices shown positions
     */
    public record StoredAnswer(long seq, boolean mine, Instant savedAt, List<Integer> choices, Boolean trueFalse,
                               String text, boolean flagged) {
    }

    /** @param stored for STALE: the version that is stored instead (null otherwise) */
    public record SaveResult(SaveStatus status, long seq, Instant savedAt, long remainingMillis, StoredAnswer stored) {

        public SaveResult(SaveStatus status, long seq, Instant savedAt, long remainingMillis) {
            this(status, seq, savedAt, remainingMillis, null);
        }
    }

    /** Which version of an answer is stored, and whether the asking page wrote it. */
    public record AnswerVersion(int position, long seq, boolean mine) {
    }

    /**
     * What the countdown needs (whether saves are still taken, the milliseconds to the deadline)
     * and which versions are stored, so a page learns when another tab or device saved an answer.
     */
    public record TimeLeft(boolean open, long remainingMillis, List<AnswerVersion> versions) {

        static final TimeLeft CLOSED = new TimeLeft(false, 0, List.of());
    }

    public record Receipt(String paperTitle, String candidateName, Instant submittedAt, String code,
                          boolean byDeadline) {
    }
}
