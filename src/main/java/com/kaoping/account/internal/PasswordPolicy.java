package com.kaoping.account.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0 V6.2, NIST SP 800-63B 3.1.1): long enough, not
 * composed by rules but checked against what attackers try first. At least 8 characters (a
 * passphrase of several words is best), at most 72 bytes (bcrypt's limit); not only spaces; not the username or the
 * person's name, nor built on them; not a common or leaked-style password (zxcvbn's lists and
 * patterns: dictionary words, names, dates, keyboard runs, repeats, sequences, and a list of
 * passwords common on Chinese sites); and not guessable within 10^6 tries by zxcvbn's estimate
 * (its score 2 and up: "safe from an online attack", which sign-in throttling makes the only one
 * that matters while bcrypt guards the stored hashes).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads only the first 72 bytes: a longer password would be cut without a word. */
    public static final int MAX_BYTES = 72;
    /** zxcvbn's score from 0 to 4; below this the password is refused. */
    static final int MIN_SCORE = 2;
    /** Words anyone attacking this site would try first. */
    private static final List<String> SITE_WORDS = List.of("kaoping", "考评", "kaoping123");

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final Set<String> common = load();

    /** What is wrong with this password for this person, as message keys; empty when it may be used. */
    public List<String> problems(String password, String username, String displayName) {
        List<String> problems = new ArrayList<>();
        String p = password == null ? "" : password;
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (p.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("password.tooLong");
            return problems;
        }
        if (p.isBlank()) {
            problems.add("password.blank");
            return problems;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (containsName(lower, username) || containsName(lower, displayName)) {
            problems.add("password.containsName");
        }
        if (common.contains(lower.strip())) {
            problems.add("password.common");
        }
        if (problems.isEmpty()) {
            List<String> context = new ArrayList<>(SITE_WORDS);
            if (username != null && !username.isBlank()) {
                context.add(username.strip());
            }
            if (displayName != null && !displayName.isBlank()) {
                context.add(displayName.strip());
            }
            if (zxcvbn.measure(p, context).getScore() < MIN_SCORE) {
                problems.add("password.guessable");
            }
        }
        return problems;
    }

    /** The name (3 characters or more: shorter ones are in many strong passwords by chance) appears in it. */
    private static boolean containsName(String password, String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.codePointCount(0, n.length()) >= 3 && password.contains(n);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = new ClassPathResource("account/common-passwords.txt").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
