package com.kaoping.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers as the reader's locale writes them; templates use it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    private final ZoneId zone;

    Formats(@Value("${kaoping.time-zone}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zone)
                .format(instant);
    }

    /** The date and time in the time zone users work in, for exports that keep it as a date (Excel). */
    public java.time.LocalDateTime local(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, zone);
    }

    /** A number as an input field holds it: "7.5", "12", no grouping. */
    public String plain(BigDecimal value) {
        return value == null ? "" : Points.plain(value);
    }

    /** The nearest half point (half up), as an input holds it: a suggestion built from an average. */
    public String halfStep(BigDecimal value) {
        return value == null ? "" : plain(value.multiply(BigDecimal.valueOf(2)).setScale(0, java.math.RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(2)));
    }

    /** A time of day with seconds ("10:42:03"), for save states. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(instant);
    }

    /** For a datetime-local input, in the time zone users work in. */
    public String inputDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone).format(instant);
    }

    /** Points: "20", "7.5", "1,000" — never "20.0"; a scaled or averaged score keeps two decimals ("12.25"). */
    public String points(BigDecimal points) {
        if (points == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(points);
    }

    private static final String[] CHINESE_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** Section numbers as papers write them: 一、二、三 … in Chinese, 1, 2, 3 … otherwise. */
    public String sectionNumber(int n) {
        if (!"zh".equals(LocaleContextHolder.getLocale().getLanguage()) || n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n <= 10) {
            return CHINESE_NUMERALS[n - 1];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens > 1 ? CHINESE_NUMERALS[tens - 1] : "") + "十" + (ones > 0 ? CHINESE_NUMERALS[ones - 1] : "");
    }

    /** Option letters: 0 → A, 1 → B … */
    public String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }
}
