package com.kaoping.transfer.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader has gathered so far, before kinds, keys, points and warnings are settled: the
 * mutable counterpart of {@link ReadSection} and {@link ReadQuestion}. Line numbers are 1-based
 * into the cleaned lines.
 */
final class Draft {

    private Draft() {
    }

    static final class Section {
        String number;
        int value = -1;
        Numbering.Family family;
        String title;
        String instructions;
        StringBuilder background;
        Cues.HeaderPoints points = new Cues.HeaderPoints(null, null, null);
        Cues.KindHint hint;
        Numbering.Family questionFamily;
        final List<Question> questions = new ArrayList<>();
    }

    static final class Question {
        final Section section;
        String number;
        int value = -1;
        Numbering.Family family;
        final List<Cleaner.Line> stem = new ArrayList<>();
        final List<String> options = new ArrayList<>();
        /** Lines of the answer (the first holds what followed "答案:"), in order. */
        final List<Cleaner.Line> answer = new ArrayList<>();
        final List<String> explanation = new ArrayList<>();
        final List<String> focus = new ArrayList<>();
        final List<String> pitfalls = new ArrayList<>();
        final List<String> competencies = new ArrayList<>();
        /** Scored criteria listed without an answer ("评分要点:有具体事例(5分);…"). */
        final List<String> criteria = new ArrayList<>();
        /** The answer is what a "评分要点:" list says a good answer shows (there was no other). */
        boolean answerFromScoringPoints;
        /** Competencies a "评分要点:" list gave, and its lines, until a "考察点:" list says otherwise. */
        final List<String> competenciesFromScoringPoints = new ArrayList<>();
        final List<Cleaner.Line> scoringPointLines = new ArrayList<>();
        String caseBackground;
        /** The key was given in a gathered answers part (not after the question). */
        boolean keyedAtEnd;
        int fromLine;
        int toLine;

        Question(Section section) {
            this.section = section;
        }

        void touch(int line) {
            toLine = Math.max(toLine, line);
        }

        boolean hasAnswer() {
            return !answer.isEmpty() || !explanation.isEmpty();
        }
    }

    /** A step being read from a reference answer. */
    static final class Step {
        String label;
        BigDecimal points;
        StringBuilder wording;
        StringBuilder guidance;
    }
}
