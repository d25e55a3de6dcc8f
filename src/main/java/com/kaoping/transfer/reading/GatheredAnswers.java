package com.kaoping.transfer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers gathered at the end of a paper (参考答案 / 试卷答案) instead of after each question: keyed
 * by section numeral and number ("一、1.B 2.C"), by number alone with numbering restarting per
 * section, as ranges ("1-5 ACAAA") or as a table ("题号 1 2 3" over "答案 B A D"). Each answer goes
 * to its question in the {@link Structure} being read; one naming no question is remembered.
 */
final class GatheredAnswers {

    private final Structure paper;
    /** Numbers of gathered answers that name no question found. */
    final List<String> withoutQuestion = new ArrayList<>();
    private Draft.Section keySection;
    private int keySectionIndex = -1;
    private Numbering.Family keyFamily;
    private int lastKeyValue;
    private int keyPointer;

    GatheredAnswers(Structure paper) {
        this.paper = paper;
    }

    /** A "参考答案" line with nothing after it starts the gathered answers when what follows reads as keys. */
    boolean startsAt(Cleaner.Line line, Cleaner.Line next) {
        if (next == null) {
            return false;
        }
        String n = next.norm();
        Numbering.Number num = Numbering.at(n, 0);
        if (num == null) {
            return Cues.isBareSectionHeader(n) || n.startsWith("题号") || (n.length() <= 400 && KEY_RANGE.matcher(n).lookingAt());
        }
        if (num.family() == Numbering.Family.CN || num.family() == Numbering.Family.PART) {
            return true;
        }
        if (num.family() != paper.question.family || num.value() != 1) {
            return false;
        }
        String entry = n.substring(num.contentStart());
        Cues.Marker said = Cues.marker(entry, 0);
        if (said != null && said.label() == Cues.Label.ANSWER) {
            // "1.【答案】A【解析】…"
            entry = entry.substring(said.contentStart());
        }
        if (Keys.startsWithKey(entry)) {
            return true;
        }
        // "参考答案:" with a colon belongs to the question above; a bare header after a paper with no
        // answers so far, or after the last question already answered, gathers them all
        if (line.norm().strip().endsWith(":")) {
            return false;
        }
        return paper.question.value > 1 && (paper.question.hasAnswer() || noAnswersYet());
    }

    private boolean noAnswersYet() {
        for (Draft.Section s : paper.sections) {
            for (Draft.Question q : s.questions) {
                if (q.hasAnswer()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Pattern KEY_RANGE = Pattern.compile(
            "(\\d{1,3}) ?[-~～—–至到] ?(\\d{1,3}) ?[:.、]? ?([A-H√×]{2,40})");

    /** "1-5 BACDB 6-10 ACDBA": one letter a question, in order. */
    boolean readRanges(String norm) {
        if (norm.length() > 400 || norm.isEmpty() || !Text.isDigit(norm.charAt(0))) {
            return false;
        }
        Matcher m = KEY_RANGE.matcher(norm);
        boolean any = false;
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            String keys = m.group(3);
            if (to - from + 1 != keys.length()) {
                continue;
            }
            any = true;
            for (int v = from; v <= to; v++) {
                keyFor(v, Integer.toString(v), String.valueOf(keys.charAt(v - from)));
            }
        }
        if (any) {
            paper.question = null;
            keyFamily = keyFamily == null ? Numbering.Family.DOT : keyFamily;
        }
        return any;
    }

    /** "题号 1 2 3" over "答案 B A C": a key table, one column a question. */
    void readTable(String numbers, String keys) {
        String[] ns = numbers.substring(2).replace(':', ' ').replace('|', ' ').trim().split(" +");
        String[] ks = keys.substring(2).replace(':', ' ').replace('|', ' ').trim().split(" +");
        if (!paper.keyMode) {
            paper.keyMode = true;
            keySection = null;
            lastKeyValue = 0;
        }
        for (int i = 0; i < ns.length && i < ks.length; i++) {
            if (ns[i].isEmpty() || ns[i].length() > 3 || !ns[i].chars().allMatch(Character::isDigit)) {
                continue;
            }
            keyFor(Integer.parseInt(ns[i]), ns[i], ks[i]);
        }
        paper.question = null;
    }

    /** The key of question {@code v} (written {@code label}), gathered at the end; noted when no question has it. */
    private void keyFor(int v, String label, String key) {
        Draft.Question target = findKeyTarget(v);
        lastKeyValue = v;
        if (target == null) {
            withoutQuestion.add(label);
            return;
        }
        target.keyedAtEnd = true;
        target.answer.clear();
        target.answer.add(new Cleaner.Line(key, key));
    }

    void readLine(int no, Cleaner.Line line, Numbering.Number num, Cues.Marker marker) {
        String norm = line.norm();
        if (readRanges(norm)) {
            return;
        }
        boolean header = (num != null && (num.family() == Numbering.Family.CN || num.family() == Numbering.Family.PART))
                || (num == null && Cues.isBareSectionHeader(norm));
        if (header && (keyFamily == null || num == null || num.family() != keyFamily)) {
            Draft.Section found = findKeySection(num, norm);
            if (found == null && (Cues.kindOfTitle(norm) != null || num == null)) {
                // a section the answers do not know: the paper goes on after its answers
                paper.keyMode = false;
                paper.question = null;
                paper.openSection(no, line, num);
                return;
            }
            keySection = found;
            lastKeyValue = 0;
            paper.question = null;
            return;
        }
        if (num != null && num.family() != Numbering.Family.OPTION && (keyFamily == null || num.family() == keyFamily)
                && !(paper.question != null && paper.zone == Structure.Zone.ANSWER && num.family() != keyFamily)) {
            if (keyFamily == null) {
                keyFamily = num.family();
            }
            Draft.Question target = findKeyTarget(num.value());
            lastKeyValue = num.value();
            paper.question = target;
            paper.zone = Structure.Zone.ANSWER;
            if (target == null) {
                withoutQuestion.add(num.label());
                return;
            }
            target.keyedAtEnd = true;
            target.answer.clear();
            Cleaner.Line rest = line.from(num.contentStart());
            Cues.Marker inner = Cues.marker(rest.norm(), 0);
            if (inner != null) {
                paper.readMarker(rest, inner);
            } else if (!rest.norm().isBlank()) {
                target.answer.add(rest);
            }
            return;
        }
        if (paper.question == null) {
            return;
        }
        if (marker != null) {
            paper.readMarker(line, marker);
        } else {
            paper.appendToZone(line);
        }
    }

    private Draft.Section findKeySection(Numbering.Number num, String norm) {
        if (num != null) {
            for (int i = keySectionIndex + 1; i < paper.sections.size(); i++) {
                if (paper.sections.get(i).value == num.value()) {
                    keySectionIndex = i;
                    return paper.sections.get(i);
                }
            }
            for (int i = 0; i < paper.sections.size(); i++) {
                if (paper.sections.get(i).value == num.value()) {
                    keySectionIndex = i;
                    return paper.sections.get(i);
                }
            }
        }
        Cues.KindHint hint = Cues.kindOfTitle(norm);
        for (int i = keySectionIndex + 1; i < paper.sections.size(); i++) {
            if (hint != null && paper.sections.get(i).hint == hint) {
                keySectionIndex = i;
                return paper.sections.get(i);
            }
        }
        return null;
    }

    /** The question a gathered answer numbered {@code value} belongs to. */
    private Draft.Question findKeyTarget(int value) {
        if (keySection != null) {
            for (Draft.Question q : keySection.questions) {
                if (q.value == value) {
                    return q;
                }
            }
            // "四、16.答:… 17.答:… 18.答:…": numbered straight through, the answers of a section with
            // no line of its own run on under the previous one; the number finds its question further on
            // (only then: where numbering restarts per section, a number this section lacks is no
            // reason to move on, and the answers after it would follow into the wrong section)
            int max = 0;
            for (Draft.Question q : keySection.questions) {
                max = Math.max(max, q.value);
            }
            for (int i = paper.sections.indexOf(keySection) + 1; i < paper.sections.size() && value > max; i++) {
                List<Draft.Question> later = paper.sections.get(i).questions;
                if (!later.isEmpty() && later.get(0).value <= max) {
                    break;
                }
                for (Draft.Question q : later) {
                    if (q.value == value && !q.keyedAtEnd) {
                        keySection = paper.sections.get(i);
                        keySectionIndex = i;
                        return q;
                    }
                }
            }
            return null;
        }
        // no section headers among the answers: numbering restarts mean the next section
        if (value <= lastKeyValue) {
            keyPointer++;
        }
        for (int i = keyPointer; i < paper.sections.size(); i++) {
            for (Draft.Question q : paper.sections.get(i).questions) {
                if (q.value == value && !q.keyedAtEnd) {
                    keyPointer = i;
                    return q;
                }
            }
        }
        return null;
    }
}
