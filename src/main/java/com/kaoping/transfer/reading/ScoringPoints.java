package com.kaoping.transfer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a "评分要点:" list holds, which papers use for three different things: scored criteria
 * ("有具体事例(5分);逻辑清晰(5分)": the rubric's steps), competencies ("同理心、问题解决、客户导向"),
 * or what a good answer shows ("能坦诚说出具体失误;有具体的补救行动", "观点正确10分,联系实际15分"):
 * the reference answer when there is no other, and neither steps nor competencies.
 */
final class ScoringPoints {

    private ScoringPoints() {
    }

    /** "观点正确10分": points written inside the item, without brackets. */
    private static final Pattern POINTS_IN_WORDS = Pattern.compile("\\d{1,3}(?:\\.\\d)? ?分");

    /** A competency is a short name ("客户导向", "同理心(Empathy)"); a longer item is a sentence. */
    private static final int MAX_COMPETENCY = 8;

    static void read(Draft.Question q, Cleaner.Line line, String text, String norm) {
        List<String> items = new ArrayList<>();
        Rubrics.addItems(items, text, norm, false);
        if (items.isEmpty()) {
            return;
        }
        boolean scored = true;
        boolean names = true;
        boolean pointsInWords = false;
        for (String item : items) {
            String f = Text.fold(item);
            // "观点正确10分,联系实际15分,结构与表达10分": one run of several scores is no step
            int scores = (int) POINTS_IN_WORDS.matcher(f).results().count();
            scored &= Cues.trailingMark(f) != null && scores == 1;
            pointsInWords |= scores > 0;
            for (String c : splitNames(item)) {
                names &= Rubrics.dropGloss(c).strip().length() <= MAX_COMPETENCY;
            }
        }
        if (scored) {
            q.criteria.addAll(items);
        } else if (names && !pointsInWords) {
            List<String> added = new ArrayList<>();
            Rubrics.addCompetencies(added, text, norm);
            q.competencies.addAll(added);
            q.competenciesFromScoringPoints.addAll(added);
            q.scoringPointLines.add(line);
        } else if (q.answer.isEmpty() || q.answerFromScoringPoints) {
            q.answer.add(line);
            q.answerFromScoringPoints = true;
        }
    }

    /**
     * A "考察点:"/"考察能力:" list under the same question names its competencies: what "评分要点:" listed
     * is then what a good answer shows, the reference answer when there is no other.
     */
    static void giveWayToCompetencies(Draft.Question q) {
        if (q.competenciesFromScoringPoints.isEmpty()) {
            return;
        }
        for (String c : q.competenciesFromScoringPoints) {
            q.competencies.remove(c);
        }
        q.competenciesFromScoringPoints.clear();
        if (q.answer.isEmpty() || q.answerFromScoringPoints) {
            q.answer.addAll(q.scoringPointLines);
            q.answerFromScoringPoints = true;
        }
        q.scoringPointLines.clear();
    }

    /** "情绪管理、沟通技巧": the names a competency list separates with commas too. */
    private static List<String> splitNames(String item) {
        List<String> out = new ArrayList<>();
        Rubrics.addItems(out, item, Text.fold(item), true);
        return out;
    }
}
