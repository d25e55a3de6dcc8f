package com.kaoping.paper.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.kaoping.question.QuestionRef;

/**
 * Draws questions for draw rules: each rule gets its count of questions from its pool, no
 * question twice in one paper (nor one the paper already holds). Rules may share questions,
 * so drawing is a bipartite matching of slots to questions (augmenting paths): it finds a
 * draw whenever one exists, and the pools are shuffled first so each candidate gets their own.
 */
public final class DrawPlanner {

    private DrawPlanner() {
    }

    /** A rule to plan: its key, how many to draw, and what it may draw from. */
    public record Rule(long key, int count, List<QuestionRef> pool) {
    }

    /** How many slots of all rules can be filled at most (equal to the sum of counts when satisfiable). */
    public static int capacity(List<Rule> rules, Set<Long> excluded) {
        return match(rules, excluded, null).filled;
    }

    public static boolean satisfiable(List<Rule> rules, Set<Long> excluded) {
        return capacity(rules, excluded) == rules.stream().mapToInt(Rule::count).sum();
    }

    /**
     * One draw.
     *
     * @return the questions of each rule (by key), in drawn order
     * @throws IllegalStateException when the rules cannot all be satisfied
     */
    public static Map<Long, List<QuestionRef>> draw(List<Rule> rules, Set<Long> excluded, Random random) {
        Matching m = match(rules, excluded, random);
        int wanted = rules.stream().mapToInt(Rule::count).sum();
        if (m.filled != wanted) {
            throw new IllegalStateException("draw rules need " + wanted + " questions, only " + m.filled + " available");
        }
        Map<Long, List<QuestionRef>> result = new LinkedHashMap<>();
        for (int slot = 0; slot < m.slotRule.length; slot++) {
            result.computeIfAbsent(rules.get(m.slotRule[slot]).key(), k -> new ArrayList<>())
                    .add(m.questions.get(m.slotMatch[slot]));
        }
        return result;
    }

    private record Matching(int filled, int[] slotRule, int[] slotMatch, List<QuestionRef> questions) {
    }

    private static Matching match(List<Rule> rules, Set<Long> excluded, Random random) {
        // Questions are the right-hand side; one index per question id (its revision rides along).
        List<QuestionRef> questions = new ArrayList<>();
        Map<Long, Integer> indexOf = new HashMap<>();
        List<int[]> candidatesOfRule = new ArrayList<>();
        for (Rule rule : rules) {
            List<Integer> candidates = new ArrayList<>();
            for (QuestionRef ref : rule.pool()) {
                if (excluded.contains(ref.questionId())) {
                    continue;
                }
                Integer index = indexOf.get(ref.questionId());
                if (index == null) {
                    index = questions.size();
                    indexOf.put(ref.questionId(), index);
                    questions.add(ref);
                }
                if (!candidates.contains(index)) {
                    candidates.add(index);
                }
            }
            if (random != null) {
                Collections.shuffle(candidates, random);
            }
            candidatesOfRule.add(candidates.stream().mapToInt(Integer::intValue).toArray());
        }
        int slots = rules.stream().mapToInt(Rule::count).sum();
        int[] slotRule = new int[slots];
        int s = 0;
        for (int r = 0; r < rules.size(); r++) {
            for (int c = 0; c < rules.get(r).count(); c++) {
                slotRule[s++] = r;
            }
        }
        int[] slotMatch = new int[slots];
        int[] questionMatch = new int[questions.size()];
        Arrays.fill(slotMatch, -1);
        Arrays.fill(questionMatch, -1);
        int filled = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (augment(slot, slotRule, candidatesOfRule, slotMatch, questionMatch, new boolean[questions.size()])) {
                filled++;
            }
        }
        return new Matching(filled, slotRule, slotMatch, questions);
    }

    private static boolean augment(int slot, int[] slotRule, List<int[]> candidatesOfRule, int[] slotMatch,
                                   int[] questionMatch, boolean[] seen) {
        for (int q : candidatesOfRule.get(slotRule[slot])) {
            if (seen[q]) {
                continue;
            }
            seen[q] = true;
            if (questionMatch[q] < 0
                    || augment(questionMatch[q], slotRule, candidatesOfRule, slotMatch, questionMatch, seen)) {
                questionMatch[q] = slot;
                slotMatch[slot] = q;
                return true;
            }
        }
        return false;
    }
}
