package com.kaoping.grading.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.kaoping.question.QuestionRef;
import com.kaoping.sitting.AttemptRecords.QuestionPlace;

/**
 * Grading by question: each rubric question of a paper in turn, through every candidate this
 * person may grade, then on to the next question, to the end. Draws give candidates different
 * questions: a question's turn comes at its earliest place in any candidate's paper, and it
 * visits only the candidates who were asked it.
 */
final class ByQuestionRoute {

    /** One stop: this question, in this candidate's attempt. */
    record Stop(long questionId, long attemptId, int position) {

        String url() {
            return "/grading/attempts/" + attemptId + "/q/" + position + "?by=question";
        }
    }

    /** Where a stop stands: the question's turn among the questions, the candidate's among its candidates. */
    record Where(int question, int questions, int candidate, int candidates) {
    }

    private final List<Long> questions;
    private final Map<Long, List<Stop>> stops;

    /**
     * @param places every question's place in every handed-in attempt of the paper
     * @param rubric which of the questions (their revisions) are scored by rubric (the route skips the others)
     * @param mayGrade the attempts (by invitation) this person may grade or read
     */
    ByQuestionRoute(List<QuestionPlace> places, Set<QuestionRef> rubric, Predicate<QuestionPlace> mayGrade) {
        Map<Long, Integer> firstPosition = new LinkedHashMap<>();
        Map<Long, List<Stop>> byQuestion = new LinkedHashMap<>();
        for (QuestionPlace place : places) {
            if (!rubric.contains(place.question()) || !mayGrade.test(place)) {
                continue;
            }
            long id = place.question().questionId();
            firstPosition.merge(id, place.position(), Math::min);
            byQuestion.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Stop(id, place.attemptId(), place.position()));
        }
        this.questions = firstPosition.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> firstPosition.get(id)).thenComparing(id -> id)).toList();
        byQuestion.values().forEach(list -> list.sort(Comparator.comparingLong(Stop::attemptId)));
        this.stops = byQuestion;
    }

    /** The stop after (or before, -1) this one: the next candidate, or the first of the next question. */
    Stop step(long questionId, long attemptId, int direction) {
        List<Stop> all = new ArrayList<>();
        questions.forEach(q -> all.addAll(stops.get(q)));
        for (int i = 0; i < all.size(); i++) {
            Stop s = all.get(i);
            if (s.questionId() == questionId && s.attemptId() == attemptId) {
                int target = i + direction;
                return target >= 0 && target < all.size() ? all.get(target) : null;
            }
        }
        return null;
    }

    /** Where this question and candidate stand on the route; null when the route does not pass here. */
    Where where(long questionId, long attemptId) {
        int q = questions.indexOf(questionId);
        if (q < 0) {
            return null;
        }
        List<Stop> candidates = stops.get(questionId);
        for (int c = 0; c < candidates.size(); c++) {
            if (candidates.get(c).attemptId() == attemptId) {
                return new Where(q + 1, questions.size(), c + 1, candidates.size());
            }
        }
        return null;
    }

    /** A question's first stop (its first candidate), for the navigator's chip of that question. */
    Stop first(long questionId) {
        List<Stop> list = stops.get(questionId);
        return list == null || list.isEmpty() ? null : list.get(0);
    }
}
