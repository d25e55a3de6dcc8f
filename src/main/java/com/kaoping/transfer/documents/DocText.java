package com.kaoping.transfer.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.ListData;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * The main text of a Word 97-2003 {@code .doc} (HWPF) as lines: paragraphs in order, field codes
 * stripped (their results kept), table rows as in {@link DocxText}, and list numbering written out
 * as Word shows it (LST = list, LFO = instance, counted by {@link ListNumbering}).
 */
final class DocText {

    private DocText() {
    }

    static void extract(HWPFDocument doc, TextSink out) {
        ListNumbering numbering = new ListNumbering();
        Range range = doc.getRange();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean cellHasBreak = false;
        int paragraphs = range.numParagraphs();
        for (int i = 0; i < paragraphs; i++) {
            Paragraph p = range.getParagraph(i);
            String raw = p.text();
            String text = clean(Range.stripFields(raw));
            String label = label(p, numbering);
            String line = label + text;
            if (p.isInTable()) {
                if (p.isTableRowEnd()) {
                    emitRow(row, cellHasBreak, out);
                    row.clear();
                    cell.setLength(0);
                    cellHasBreak = false;
                    continue;
                }
                if (cell.length() > 0 && !line.isBlank()) {
                    cell.append('\n');
                    cellHasBreak = true;
                }
                if (!line.isBlank()) {
                    cell.append(line);
                }
                if (raw.endsWith("\u0007")) {
                    row.add(cell.toString());
                    cell.setLength(0);
                }
                continue;
            }
            if (!row.isEmpty() || cell.length() > 0) {
                if (cell.length() > 0) {
                    row.add(cell.toString());
                }
                emitRow(row, cellHasBreak, out);
                row.clear();
                cell.setLength(0);
                cellHasBreak = false;
            }
            out.line(line);
        }
        if (!row.isEmpty() || cell.length() > 0) {
            if (cell.length() > 0) {
                row.add(cell.toString());
            }
            emitRow(row, cellHasBreak, out);
        }
    }

    private static void emitRow(List<String> cells, boolean multiLine, TextSink out) {
        List<String> nonEmpty = new ArrayList<>();
        for (String c : cells) {
            if (!c.isBlank()) {
                nonEmpty.add(c);
            }
        }
        if (nonEmpty.isEmpty()) {
            return;
        }
        if (!multiLine) {
            out.line(String.join("\t", nonEmpty));
        } else {
            for (String c : nonEmpty) {
                out.line(c);
            }
        }
    }

    /** Word's special characters: paragraph and cell marks, soft breaks, page breaks, objects. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\r', '\u0007' -> { }
                case '\u000B' -> b.append('\n'); // vertical tab: a soft line break
                case '\u000C' -> { } // page or section break
                case '\u0001', '\u0008', '\u0002', '\u0005' -> { } // pictures, drawings, footnote and comment marks
                case '\u001E' -> b.append('-'); // non-breaking hyphen
                case '\u001F' -> { } // optional hyphen
                case '\u00A0' -> b.append(' ');
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String label(Paragraph p, ListNumbering numbering) {
        if (!p.isInList()) {
            return "";
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return ""; // a list reference the document does not define: Word shows no number either
        }
        if (list == null) {
            return "";
        }
        ListData data = list.getListData();
        int count = data == null ? 1 : Math.max(1, Math.min(ListNumbering.LEVELS, data.numLevels()));
        ListNumbering.Level[] levels = new ListNumbering.Level[ListNumbering.LEVELS];
        Set<Integer> overridden = new HashSet<>();
        for (int l = 0; l < count; l++) {
            char level = (char) l;
            String template = template(list.getNumberText(level));
            int follow = list.getTypeOfCharFollowingTheNumber(level);
            String suffix = follow == 1 ? "space" : follow == 2 ? "nothing" : "tab";
            boolean legal = false;
            if (data != null && l < data.getLevels().length) {
                ListLevel lvl = data.getLevels()[l];
                legal = lvl != null && lvl.isLegalNumbering();
            }
            levels[l] = new ListNumbering.Level(list.getStartAt(level), ListNumbering.nfcName(list.getNumberFormat(level)),
                    template, null, legal, suffix);
            if (list.isStartAtOverridden(level)) {
                overridden.add(l);
            }
        }
        return numbering.next("lst:" + list.getLsid(), "lfo:" + p.getIlfo(), levels, overridden, p.getIlvl());
    }

    /** Word 97 marks each level's place in the number text with the characters 0 to 8. */
    private static String template(String numberText) {
        if (numberText == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(numberText.length() + 4);
        for (int i = 0; i < numberText.length(); i++) {
            char ch = numberText.charAt(i);
            if (ch < 9) {
                b.append('%').append((char) ('1' + ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
