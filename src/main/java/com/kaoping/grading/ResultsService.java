package com.kaoping.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kaoping.grading.AttemptScore.QuestionScore;
import com.kaoping.grading.AttemptScore.RubricLine;
import com.kaoping.sitting.AttemptRecords;
import com.kaoping.sitting.AttemptRecords.AttemptInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Results of a paper: ranked totals, pass rate, the distribution, and the table the exports write. */
@Service
public class ResultsService {

    public static final int BINS = 10;

    private final AttemptRecords records;
    private final Scoreboard scoreboard;

    ResultsService(AttemptRecords records, Scoreboard scoreboard) {
        this.records = records;
        this.scoreboard = scoreboard;
    }

    /**
     * @param rank 1-based among the final results by total (equal totals share a rank); null until final
     */
    public record Row(AttemptScore score, Integer rank) {
    }

    /** A column group of the export: one question (by bank id) and its rubric steps. */
    public record QuestionColumn(long questionId, int number, String stem, List<RubricLine> steps, boolean objective) {
    }

    /**
     * @param passRate passed / final results, null without a pass mark or a final result
     * @param bins counts of totals per tenth of the paper's points (the last bin includes the maximum)
     */
    public record PaperResults(long paperId, String title, BigDecimal paperTotal, BigDecimal passMark, List<Row> rows,
                               List<QuestionColumn> columns, long finalCount, long passedCount, BigDecimal passRate,
                               BigDecimal average, int[] bins) {
    }

    /** A paper's results as {@code viewer} may see them ({@link AttemptScore#seenBy}). */
    @Transactional(readOnly = true)
    public PaperResults paper(long paperId, String sort, long viewer) {
        List<AttemptInfo> attempts = records.attemptsOfPaper(paperId);
        List<AttemptScore> scores = scoreboard.of(attempts);
        // only final results are ranked: a total still being graded would rank on zeros
        List<AttemptScore> ranked = scores.stream().filter(AttemptScore::isFinal)
                .sorted(Comparator.comparing(AttemptScore::total).reversed()).toList();
        Map<Long, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            AttemptScore s = ranked.get(i);
            boolean tie = i > 0 && ranked.get(i - 1).total().compareTo(s.total()) == 0;
            ranks.put(s.attempt().id(), tie ? ranks.get(ranked.get(i - 1).attempt().id()) : i + 1);
        }
        // only unfinished attempts are hidden from a panel member: ranks, rates and bins count finals
        List<Row> rows = new ArrayList<>(scores.stream()
                .map(s -> new Row(s.seenBy(viewer), ranks.get(s.attempt().id()))).toList());
        rows.sort(comparator(sort));
        BigDecimal paperTotal = scores.isEmpty() ? scoreboard.paperTotal(paperId) : scores.get(0).paperTotal();
        BigDecimal passMark = scores.isEmpty() ? null : scores.get(0).passMark();
        String title = scores.isEmpty() ? scoreboard.paperTitle(paperId) : scores.get(0).paperTitle();
        List<AttemptScore> finals = scores.stream().filter(AttemptScore::isFinal).toList();
        long passed = finals.stream().filter(s -> Boolean.TRUE.equals(s.passed())).count();
        BigDecimal rate = passMark == null || finals.isEmpty() ? null
                : BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(finals.size()), 1, RoundingMode.HALF_UP);
        BigDecimal average = finals.isEmpty() ? null : finals.stream().map(AttemptScore::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(finals.size()), 2, RoundingMode.HALF_UP);
        return new PaperResults(paperId, title, paperTotal, passMark, rows, columns(scores), finals.size(), passed,
                rate, average, bins(finals, paperTotal));
    }

    private static Comparator<Row> comparator(String sort) {
        Comparator<Row> byRank = Comparator.comparing(Row::rank, Comparator.nullsLast(Comparator.naturalOrder()));
        if (sort == null) {
            return byRank;
        }
        return switch (sort) {
            case "name" -> Comparator.comparing(r -> r.score().attempt().candidateName());
            case "-name" -> Comparator.comparing((Row r) -> r.score().attempt().candidateName()).reversed();
            case "status" -> Comparator.comparing((Row r) -> r.score().status()).thenComparing(byRank);
            case "submitted" -> Comparator.comparing((Row r) -> r.score().attempt().submittedAt(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case "-rank" -> byRank.reversed();
            default -> byRank;
        };
    }

    /** The questions across all attempts (draws differ per candidate), in paper order. */
    private static List<QuestionColumn> columns(List<AttemptScore> scores) {
        Map<Long, QuestionColumn> columns = new LinkedHashMap<>();
        scores.stream().flatMap(s -> s.questions().stream())
                .sorted(Comparator.comparingInt((QuestionScore q) -> q.answer().sectionNumber())
                        .thenComparingInt(QuestionScore::number))
                .forEach(q -> columns.putIfAbsent(q.answer().question().questionId(),
                        new QuestionColumn(q.answer().question().questionId(), columns.size() + 1, q.content().stem(),
                                q.steps(), q.objective())));
        return List.copyOf(columns.values());
    }

    private static int[] bins(List<AttemptScore> finals, BigDecimal paperTotal) {
        int[] bins = new int[BINS];
        if (paperTotal == null || paperTotal.signum() <= 0) {
            return bins;
        }
        for (AttemptScore s : finals) {
            int bin = s.total().multiply(BigDecimal.valueOf(BINS)).divide(paperTotal, 0, RoundingMode.FLOOR).intValue();
            bins[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        return bins;
    }
}
