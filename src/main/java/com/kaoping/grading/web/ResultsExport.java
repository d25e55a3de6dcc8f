package com.kaoping.grading.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.kaoping.grading.AttemptScore;
import com.kaoping.grading.AttemptScore.QuestionScore;
import com.kaoping.grading.AttemptScore.RubricLine;
import com.kaoping.grading.ResultsService.PaperResults;
import com.kaoping.grading.ResultsService.QuestionColumn;
import com.kaoping.grading.ResultsService.Row;
import com.kaoping.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The results table as a spreadsheet: one row per candidate, one column per question and per
 * rubric step. Text a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or
 * carriage return) is neutralised: in CSV with a leading apostrophe, in .xlsx as a text cell
 * with Excel's quote prefix, so it shows as typed and never runs.
 */
@Component
class ResultsExport {

    private final MessageSource messages;
    private final Formats formats;

    ResultsExport(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** Header and rows; cells are String, BigDecimal, Integer, LocalDateTime (the users' time zone) or null. */
    List<List<Object>> table(PaperResults results, Locale locale) {
        Map<Integer, String> sections = new TreeMap<>();
        results.rows().forEach(r -> r.score().questions()
                .forEach(q -> sections.putIfAbsent(q.answer().sectionNumber(), q.answer().sectionTitle())));
        List<List<Object>> table = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(msg("results.col.rank", locale), msg("results.col.candidate", locale),
                msg("results.col.email", locale), msg("results.col.phone", locale), msg("results.col.receipt", locale),
                msg("results.col.status", locale), msg("results.col.submitted", locale), msg("results.col.total", locale),
                msg("results.col.pass", locale)));
        sections.values().forEach(header::add);
        for (QuestionColumn c : results.columns()) {
            header.add(msg("results.col.question", locale, c.number()));
            for (RubricLine step : c.steps()) {
                header.add(msg("results.col.step", locale, c.number(), step.index() + 1,
                        step.label() == null ? msg("grading.wholeQuestion", locale) : step.label()));
            }
        }
        table.add(header);
        for (Row row : results.rows()) {
            AttemptScore s = row.score();
            List<Object> line = new ArrayList<>();
            line.add(row.rank());
            line.add(s.attempt().candidateName());
            line.add(s.attempt().email());
            line.add(s.attempt().phone());
            line.add(s.attempt().receiptCode());
            line.add(msg("grading.status." + s.status(), locale));
            line.add(s.attempt().submittedAt() == null ? null : formats.local(s.attempt().submittedAt()));
            line.add(s.total());
            line.add(s.passed() == null ? null : msg(s.passed() ? "results.pass" : "results.fail", locale));
            Map<Integer, BigDecimal> bySection = new TreeMap<>();
            s.sections().forEach(sec -> bySection.put(sec.number(), sec.score()));
            sections.keySet().forEach(n -> line.add(bySection.get(n)));
            for (QuestionColumn c : results.columns()) {
                QuestionScore q = s.questions().stream().filter(x -> x.answer().question().questionId() == c.questionId())
                        .findFirst().orElse(null);
                line.add(q == null ? null : q.finalScore());
                for (int i = 0; i < c.steps().size(); i++) {
                    line.add(q == null || i >= q.finalSteps().size() ? null : q.finalSteps().get(i));
                }
            }
            table.add(line);
        }
        return table;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
