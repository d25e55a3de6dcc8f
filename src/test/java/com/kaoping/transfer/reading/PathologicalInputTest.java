package com.kaoping.transfer.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Reading is linear in the text's length: a megabyte of one character or 50,000 numbered lines
 * read in well under a second. The timeout is only a backstop against a regression to quadratic
 * or backtracking time; the assertions check the result.
 */
class PathologicalInputTest {

    private static final Duration BACKSTOP = Duration.ofSeconds(3);

    private static void reads(String text, Consumer<Reading> check) {
        Reading r = assertTimeoutPreemptively(BACKSTOP, () -> new PaperReader().read(text, Script.SIMPLIFIED));
        check.accept(r);
    }

    @Test
    void aMegabyteOfOneCharacter() {
        reads("客".repeat(1_000_000), r -> {
            assertThat(r.paper().questionCount()).isZero();
            assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l).hasSize(1_000_000));
        });
        reads("務".repeat(1_000_000), r -> assertThat(r.lines().get(0)).startsWith("务务务"));
    }

    @Test
    void fiftyThousandLinesOfOneNumber() {
        reads("1.\n".repeat(50_000), r -> {
            assertThat(r.lines()).hasSize(50_000);
            assertThat(r.paper().questionCount()).isEqualTo(50_000);
        });
    }

    @Test
    void aMegabyteOfBracketsNumeralsLettersQuotesAndQuestionMarks() {
        for (String unit : new String[] {"(", "一、", "A.", "\"", "?", "①", "1.(1)", "1.A ", "服務(wù)", "\uE000", "参考答案:", "(1分)"}) {
            reads(unit.repeat(1_000_000 / unit.length()), r -> assertThat(r.paper()).isNotNull());
        }
    }

    @Test
    void manyShortQuestionsWithAnswersOnOneLine() {
        StringBuilder b = new StringBuilder("一、单选题(每题1分) ");
        for (int i = 1; i <= 20_000; i++) {
            b.append(i % 1000 == 0 ? 1 : i % 1000).append(".客户投诉时应( )A.倾听B.争辩C.挂断D.沉默 答案:A ");
        }
        reads(b.toString(), r -> assertThat(r.paper().questionCount()).isGreaterThan(900));
    }

    @Test
    void emptyAndBlankTextReadAsNoPaper() {
        reads("", r -> {
            assertThat(r.lines()).isEmpty();
            assertThat(r.paper().questionCount()).isZero();
            assertThat(r.paper().title()).isNull();
        });
        reads(" \n\n\t\r\n  ", r -> assertThat(r.paper().sections()).isEmpty());
        reads(null, r -> assertThat(r.paper().sections()).isEmpty());
    }
}
