package com.kaoping.paper.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import com.kaoping.question.QuestionRef;
import org.junit.jupiter.api.Test;

class DrawPlannerTest {

    private static List<QuestionRef> pool(long... ids) {
        return LongStream.of(ids).mapToObj(id -> new QuestionRef(id, 1)).toList();
    }

    @Test
    void theSameSeedGivesTheSameDraw() {
        List<DrawPlanner.Rule> rules = List.of(new DrawPlanner.Rule(1, 3, pool(1, 2, 3, 4, 5, 6, 7, 8)));
        assertThat(DrawPlanner.draw(rules, Set.of(), new Random(42)))
                .isEqualTo(DrawPlanner.draw(rules, Set.of(), new Random(42)));
    }

    @Test
    void differentCandidatesGetDifferentDraws() {
        List<DrawPlanner.Rule> rules = List.of(new DrawPlanner.Rule(1, 3, pool(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        Set<List<QuestionRef>> draws = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            draws.add(DrawPlanner.draw(rules, Set.of(), new Random(seed)).get(1L));
        }
        assertThat(draws.size()).isGreaterThan(10);
    }

    @Test
    void neverDrawsAQuestionTwiceNorOneThePaperAlreadyHolds() {
        List<DrawPlanner.Rule> rules = List.of(
                new DrawPlanner.Rule(1, 3, pool(1, 2, 3, 4, 5)),
                new DrawPlanner.Rule(2, 2, pool(3, 4, 5, 6)));
        for (int seed = 0; seed < 200; seed++) {
            Map<Long, List<QuestionRef>> drawn = DrawPlanner.draw(rules, Set.of(1L), new Random(seed));
            List<Long> all = new ArrayList<>();
            drawn.values().forEach(list -> list.forEach(r -> all.add(r.questionId())));
            assertThat(all).hasSize(5).doesNotHaveDuplicates().doesNotContain(1L);
            assertThat(drawn.get(1L)).allMatch(r -> List.of(2L, 3L, 4L, 5L).contains(r.questionId()));
            assertThat(drawn.get(2L)).allMatch(r -> List.of(3L, 4L, 5L, 6L).contains(r.questionId()));
        }
    }

    @Test
    void findsADrawWhereAGreedyOneWouldGetStuck() {
        // rule 1 may take 1 or 2, rule 2 only 1: taking 1 for rule 1 first must be undone
        List<DrawPlanner.Rule> rules = List.of(
                new DrawPlanner.Rule(1, 1, pool(1, 2)),
                new DrawPlanner.Rule(2, 1, pool(1)));
        for (int seed = 0; seed < 50; seed++) {
            Map<Long, List<QuestionRef>> drawn = DrawPlanner.draw(rules, Set.of(), new Random(seed));
            assertThat(drawn.get(2L)).extracting(QuestionRef::questionId).containsExactly(1L);
            assertThat(drawn.get(1L)).extracting(QuestionRef::questionId).containsExactly(2L);
        }
    }

    @Test
    void sharedPoolsThatAreTooSmallTogetherAreUnsatisfiable() {
        List<DrawPlanner.Rule> rules = List.of(
                new DrawPlanner.Rule(1, 2, pool(1, 2, 3)),
                new DrawPlanner.Rule(2, 2, pool(2, 3)));
        assertThat(DrawPlanner.satisfiable(rules, Set.of())).isFalse();
        assertThat(DrawPlanner.capacity(rules, Set.of())).isEqualTo(3);
        assertThatThrownBy(() -> DrawPlanner.draw(rules, Set.of(), new Random(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(DrawPlanner.satisfiable(List.of(new DrawPlanner.Rule(1, 2, pool(1, 2))), Set.of(2L))).isFalse();
    }

    @Test
    void keepsTheRevisionItWasGiven() {
        List<DrawPlanner.Rule> rules = List.of(new DrawPlanner.Rule(7, 1, List.of(new QuestionRef(9, 4))));
        assertThat(DrawPlanner.draw(rules, Set.of(), new Random(0)).get(7L)).containsExactly(new QuestionRef(9, 4));
    }
}
