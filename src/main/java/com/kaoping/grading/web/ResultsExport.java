package com.kaoping.grading.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

    /**
     * The table as CSV for Excel: UTF-8 with a BOM (so Chinese reads right), every text cell
     * quoted (in a ';'-separated locale an unquoted "a;=1+1" would be split and its second part
     * run as a formula) and text that starts like a formula neutralised with an apostrophe.
     */
    byte[] csv(List<List<Object>> table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> line : table) {
                List<Object> cells = new java.util.ArrayList<>(line.size());
                for (Object value : line) {
                    if (value instanceof BigDecimal d) {
                        cells.add(new BigDecimal(com.kaoping.shared.Points.plain(d)));
                    }
                    else if (value instanceof Number) {
                        cells.add(value);
                    }
                    else if (value instanceof java.time.LocalDateTime t) {
                        // a form every Excel reads as a date and time, whatever its locale
                        cells.add(t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
                    }
                    else {
                        String text = value == null ? "" : value.toString();
                        cells.add(dangerous(text) ? "'" + text : text);
                    }
                }
                printer.printRecord(cells);
            }
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(List<List<Object>> table, String sheetName) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle quotedHeader = workbook.createCellStyle();
            quotedHeader.cloneStyleFrom(headerStyle);
            quotedHeader.setQuotePrefixed(true);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (int r = 0; r < table.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                List<Object> line = table.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                        cell.setCellStyle(number);
                    }
                    else if (value instanceof Integer i) {
                        cell.setCellValue(i);
                    }
                    else if (value instanceof java.time.LocalDateTime t) {
                        // a real date: Excel sorts, filters and computes with it
                        cell.setCellValue(t);
                        cell.setCellStyle(dateTime);
                    }
                    else {
                        String text = value.toString();
                        cell.setCellValue(text);
                        if (r == 0) {
                            cell.setCellStyle(dangerous(text) ? quotedHeader : headerStyle);
                        }
                        else if (dangerous(text)) {
                            cell.setCellStyle(quoted);
                        }
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setColumnWidth(6, 20 * 256);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean dangerous(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Excel refuses some characters, more than 31 of them, and an apostrophe first or last in a
     * sheet name (POI's rules); a paper title may have any of these and cannot change once published.
     */
    static String safeSheetName(String name) {
        String safe = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name, ' ').strip();
        // what the cut to 31 characters leaves may end in an apostrophe again
        while (safe.startsWith("'") || safe.endsWith("'")) {
            safe = safe.replaceAll("^'+|'+$", "").strip();
        }
        return safe.isEmpty() ? "Results" : safe;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
