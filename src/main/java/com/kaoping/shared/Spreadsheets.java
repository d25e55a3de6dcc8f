package com.kaoping.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables written for Excel, as .xlsx and as .csv: numbers as numbers, LocalDateTime as real
 * dates, and text that Excel would take for a formula kept as text (quote-prefixed in xlsx,
 * neutralised with an apostrophe in csv), so an export never runs what a candidate typed. Cells
 * are String, BigDecimal, Integer, LocalDateTime or null.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * The table as CSV for Excel: UTF-8 with a BOM (so Chinese reads right), every text cell
     * quoted (in a ';'-separated locale an unquoted "a;=1+1" would be split and its second part
     * run as a formula) and text that starts like a formula neutralised with an apostrophe.
     */
    public static byte[] csv(List<List<Object>> table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> line : table) {
                List<Object> cells = new ArrayList<>(line.size());
                for (Object value : line) {
                    if (value instanceof BigDecimal d) {
                        cells.add(new BigDecimal(Points.plain(d)));
                    }
                    else if (value instanceof Number) {
                        cells.add(value);
                    }
                    else if (value instanceof LocalDateTime t) {
                        // a form every Excel reads as a date and time, whatever its locale
                        cells.add(t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
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
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The table as one sheet of an .xlsx workbook: the first row bold, a frozen first row and two columns. */
    public static byte[] xlsx(List<List<Object>> table, String sheetName) {
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
            java.util.Set<Integer> dateColumns = new java.util.TreeSet<>();
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
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
                    else if (value instanceof LocalDateTime t) {
                        // a real date: Excel sorts, filters and computes with it
                        cell.setCellValue(t);
                        cell.setCellStyle(dateTime);
                        dateColumns.add(c);
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
            // "2026-11-30 09:00:00" needs 19 characters; a narrower column shows ####
            dateColumns.forEach(c -> sheet.setColumnWidth(c, 20 * 256));
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text Excel would read as a formula (or a DDE call): shown as typed, never run. */
    static boolean dangerous(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Excel refuses some characters, more than 31 of them, and an apostrophe first or last in a
     * sheet name (POI's rules); a paper title may have any of these and cannot change once published.
     */
    static String safeSheetName(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name, ' ').strip();
        // what the cut to 31 characters leaves may end in an apostrophe again
        while (safe.startsWith("'") || safe.endsWith("'")) {
            safe = safe.replaceAll("^'+|'+$", "").strip();
        }
        return safe.isEmpty() ? "Results" : safe;
    }

    /** A file to download under its name (UTF-8 names, Chinese included). */
    public static ResponseEntity<byte[]> download(byte[] body, String filename,
                                                                          MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8)
                                .build().toString())
                .contentType(type)
                .body(body);
    }

    /** The .xlsx media type. */
    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** CSV, UTF-8. */
    public static final MediaType CSV = new MediaType("text", "csv",
            StandardCharsets.UTF_8);
}
