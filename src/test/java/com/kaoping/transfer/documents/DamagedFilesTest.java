package com.kaoping.transfer.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/**
 * Damaged copies of real files (bytes overwritten, cut short): each is read or refused with a
 * reason, quickly, and no other exception escapes.
 */
class DamagedFilesTest {

    private final DocumentText documents = new DocumentText();

    @ParameterizedTest
    @ValueSource(strings = {"paper.docx", "paper.doc", "paper.pdf", "table.doc"})
    void damagedCopiesAreReadOrRefusedWithAReason(String name) throws IOException {
        byte[] original = DocAndPdfTest.fixture(name);
        Random random = new Random(name.hashCode());
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        int read = 0;
        for (int round = 0; round < 300; round++) {
            byte[] damaged = round % 5 == 0
                    ? Arrays.copyOf(original, random.nextInt(original.length))
                    : original.clone();
            int flips = 1 + random.nextInt(round % 5 == 1 ? 200 : 8);
            for (int i = 0; i < flips && damaged.length > 0; i++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            int r = round;
            try {
                Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> documents.extract(name, damaged),
                        "round " + r);
                read++;
            } catch (UnreadableDocumentException e) {
                reasons.merge(e.reason(), 1, Integer::sum);
            } catch (RuntimeException | Error e) {
                if (e instanceof org.opentest4j.AssertionFailedError) {
                    throw e;
                }
                fail("round " + round + " of " + name + " escaped with " + e, e);
            }
        }
        System.out.println(name + ": read " + read + ", refused " + reasons);
        assertTrue(read + reasons.values().stream().mapToInt(Integer::intValue).sum() == 300);
    }
}
