package com.kaoping.transfer.reading;

import java.math.BigDecimal;
import java.util.List;

/**
 * One section of a read paper ("一、情景模拟题(3题,每题20分,共60分)").
 *
 * @param number the section's numeral as written ("一"), or null for an unnumbered paper
 * @param title the section's title without its numeral and points ("情景模拟题")
 * @param instructions what the header says besides title and points, or null
 * @param background a shared background given under the section header ("背景:…"), or null
 * @param pointsEach the stated points of each question ("每题20分"), or null
 * @param statedCount the stated number of questions ("3题"), or null
 * @param statedTotal the stated section total ("共60分"), or null
 */
public record ReadSection(
        String number,
        String title,
        String instructions,
        String background,
        BigDecimal pointsEach,
        Integer statedCount,
        BigDecimal statedTotal,
        List<ReadQuestion> questions) {

    public ReadSection {
        questions = List.copyOf(questions == null ? List.of() : questions);
    }
}
