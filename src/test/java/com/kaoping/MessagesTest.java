package com.kaoping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages have every text, and every text a template names exists. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
        assertThat(new TreeSet<>(chinese)).containsExactlyElementsOf(new TreeSet<>(english));
    }

    @Test
    void noTextIsEmptyOrLeftUntranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
        }
        long identical = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(chinese.getProperty(k)))
                .filter(k -> english.getProperty(k).chars().anyMatch(Character::isLetter))
                .filter(k -> !english.getProperty(k).matches("(?s).*\\p{IsHan}.*"))
                .filter(k -> !k.equals("role.HR"))
                .count();
        assertThat(identical).as("English texts copied into the Chinese file").isZero();
    }

    /** A broken pattern (a "#" inside a choice, an unpaired brace) only shows when the text is shown. */
    @Test
    void everyTextWithArgumentsIsAValidPattern() throws IOException {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0") || text.contains("{1")) {
                    for (int n : new int[] {0, 1, 2, 12}) {
                        assertThat(new java.text.MessageFormat(text, java.util.Locale.ENGLISH)
                                .format(new Object[] {n, n, n, n})).as(file + " " + key).isNotBlank();
                    }
                }
            }
        }
    }

    /**
     * In a text with arguments an apostrophe starts a quote (MessageFormat): "Interviewer's kit: {0}"
     * showed as "Interviewers kit: {0}". Such texts must double it ('') so the apostrophe and the
     * argument both come out.
     */
    @Test
    void anApostropheInATextWithArgumentsComesOutAsOne() throws IOException {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.contains("'")) {
                    String shown = new java.text.MessageFormat(text, java.util.Locale.ENGLISH)
                            .format(new Object[] {7, 7, 7, 7, 7});
                    assertThat(shown).as(file + " " + key).doesNotContain("{").contains("'");
                }
            }
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
