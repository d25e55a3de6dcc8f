package com.kaoping.transfer.corpus;

import com.kaoping.transfer.documents.DocumentText;
import com.kaoping.transfer.reading.PaperReader;
import com.kaoping.transfer.reading.ReadPaper;
import com.kaoping.transfer.reading.ReadQuestion;
import com.kaoping.transfer.reading.ReadSection;
import com.kaoping.transfer.reading.Reading;
import com.kaoping.transfer.reading.Script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the importer against the hand-annotated corpus, per field, as {@code import.md}
 * ("Measuring it") says. Each document's bytes go through {@link DocumentText#extract} and
 * {@link PaperReader#read} (simplified script); what was read is aligned with the annotation and
 * every field is counted right or wrong.
 *
 * <p>Counting rules:
 * <ul>
 * <li>Every annotated question counts for found, kind, section, stem start, points, reference answer
 * present and explanation present; options, key, rubric steps, shared background and competencies
 * count where the annotation or the reading has one (a question without options read as having
 * options is wrong; two questions without options are not a free point).</li>
 * <li>A missing question is wrong in every field it counts for. A question read that is not in the
 * paper adds one wrong "found". A document that cannot be read at all is wrong in every field.</li>
 * <li>Questions are aligned in paper order by the similarity of their normalised stems (so one extra
 * or missing question does not shift the rest), falling back to order when the stems differ too much
 * but section title and place in the section agree. Sections are aligned through their questions,
 * then by title.</li>
 * <li>Text is compared normalised: NFKC (full-width = half-width), lower case, no whitespace, no
 * punctuation or symbols. Stem start: the first 15 normalised characters of the annotation.</li>
 * </ul>
 */
final class ImportAccuracy {

    /** The fields measured, in the order the table prints them. */
    enum Field {
        FOUND("found"), KIND("kind"), SECTION("section"), STEM("stem start"), OPTIONS("options"),
        KEY("key"), POINTS("points"), RUBRIC("rubric steps"), BACKGROUND("shared background"),
        COMPETENCIES("competencies"), REFERENCE("reference answer present"),
        EXPLANATION("explanation present"), TITLE("paper title"), TRUNCATED("paper truncated"),
        TIME("paper time limit"), TOTAL("paper stated total"), SECTION_TITLE("section title"),
        SECTION_POINTS("section points");

        final String label;

        Field(String label) {
            this.label = label;
        }
    }

    static final int STEM_START = 15;
    private static final double SIMILAR = 0.35;
    private static final Pattern ASCII_GLOSS = Pattern.compile("\\([\\x20-\\x7E]*\\)");

    /** Right and total counts of one field. */
    static final class Tally {
        int right;
        int total;

        void count(boolean ok) {
            total++;
            if (ok) {
                right++;
            }
        }

        void add(Tally other) {
            right += other.right;
            total += other.total;
        }

        double ratio() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    /** One document's counts, the errors that explain them, and the failure if it could not be read. */
    static final class DocumentScore {
        final String name;
        final Map<Field, Tally> fields = new EnumMap<>(Field.class);
        final List<String> mistakes = new ArrayList<>();
        String failure;
        int expectedQuestions;
        int foundQuestions;
        long millis = -1;
        /** The question fields (found … explanation) by the annotated question's kind. */
        final Map<String, Tally> byKind = new TreeMap<>();

        /** Adds to {@code kind} what was counted since {@code before} (a snapshot of {@link #overall()}). */
        void attribute(String kind, Tally before) {
            Tally now = overall();
            Tally delta = byKind.computeIfAbsent(kind, k -> new Tally());
            delta.right += now.right - before.right;
            delta.total += now.total - before.total;
        }

        DocumentScore(String name) {
            this.name = name;
            for (Field f : Field.values()) {
                fields.put(f, new Tally());
            }
        }

        Tally tally(Field field) {
            return fields.get(field);
        }

        Tally overall() {
            Tally all = new Tally();
            fields.values().forEach(all::add);
            return all;
        }

        double ratio() {
            return overall().ratio();
        }

        void count(Field field, boolean ok, String where, Object expected, Object found) {
            tally(field).count(ok);
            if (!ok) {
                mistakes.add(where + " " + field.label + ": expected " + show(expected) + ", read " + show(found));
            }
        }

        private static String show(Object value) {
            String s = String.valueOf(value);
            return s.length() > 60 ? s.substring(0, 60) + "…" : s;
        }
    }

    /** The whole corpus: one score per document. */
    record CorpusScore(Path directory, List<DocumentScore> documents) {

        Tally total(Field field) {
            Tally t = new Tally();
            documents.forEach(d -> t.add(d.tally(field)));
            return t;
        }

        Tally overall() {
            Tally t = new Tally();
            documents.forEach(d -> t.add(d.overall()));
            return t;
        }

        Map<String, Tally> byKind() {
            Map<String, Tally> all = new TreeMap<>();
            documents.forEach(d -> d.byKind.forEach((k, t) -> all.computeIfAbsent(k, x -> new Tally()).add(t)));
            return all;
        }

        double ratio() {
            return overall().ratio();
        }
    }

    private final PaperReader reader;
    private final DocumentText documents;

    ImportAccuracy() {
        this(new PaperReader(), new DocumentText());
    }

    ImportAccuracy(PaperReader reader, DocumentText documents) {
        this.reader = reader;
        this.documents = documents;
    }

    /** Scores every document of {@code directory} that has a {@code NAME.expected.json} beside it. */
    CorpusScore run(Path directory) {
        List<DocumentScore> scores = new ArrayList<>();
        for (Path document : corpus(directory)) {
            String name = document.getFileName().toString();
            Expected expected;
            try {
                expected = Expected.parse(Files.readString(annotationOf(document), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long start = System.nanoTime();
            Reading reading;
            try {
                byte[] bytes = Files.readAllBytes(document);
                Future<Reading> read = READERS.submit(() -> reader.read(documents.extract(name, bytes), Script.SIMPLIFIED));
                reading = read.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                scores.add(failed(name, expected, cause.getClass().getSimpleName() + ": " + cause.getMessage()));
                continue;
            } catch (TimeoutException e) {
                scores.add(failed(name, expected, "no reading after " + TIME_LIMIT_SECONDS + " s"));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (reading == null || reading.paper() == null) {
                scores.add(failed(name, expected, "the reader gave no paper"));
                continue;
            }
            DocumentScore score = score(name, expected, reading);
            score.millis = (System.nanoTime() - start) / 1_000_000;
            scores.add(score);
        }
        return new CorpusScore(directory, scores);
    }

    /** A document that takes longer than this to read counts as unread (a reader stuck in a loop does not hang the build). */
    static final int TIME_LIMIT_SECONDS = 20;

    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "import-accuracy-reader");
        t.setDaemon(true);
        return t;
    });

    /** The corpus documents of {@code directory}: every file with an annotation beside it, by name. */
    static List<Path> corpus(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> Files.exists(annotationOf(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path annotationOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return document.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".expected.json");
    }

    /** A document that could not be read: every field counts wrong. */
    static DocumentScore failed(String name, Expected expected, String why) {
        DocumentScore score = new DocumentScore(name);
        score.failure = why;
        score.expectedQuestions = expected.questionCount();
        for (Field f : List.of(Field.TITLE, Field.TRUNCATED, Field.TIME, Field.TOTAL)) {
            score.tally(f).count(false);
        }
        for (Expected.Section s : expected.sections()) {
            score.tally(Field.SECTION_TITLE).count(false);
            score.tally(Field.SECTION_POINTS).count(false);
            for (Expected.Question q : s.questions()) {
                Tally before = score.overall();
                missing(score, q, background(q, s));
                score.attribute(q.kind(), before);
            }
        }
        return score;
    }

    /** Compares what was read with the annotation, field by field. */
    static DocumentScore score(String name, Expected expected, Reading reading) {
        DocumentScore score = new DocumentScore(name);
        ReadPaper paper = reading.paper();
        score.expectedQuestions = expected.questionCount();
        score.foundQuestions = paper.questionCount();

        score.count(Field.TITLE, Objects.equals(norm(expected.title()), norm(paper.title())), "paper",
                expected.title(), paper.title());
        score.count(Field.TRUNCATED, expected.truncated() == paper.truncated(), "paper", expected.truncated(),
                paper.truncated());
        score.count(Field.TIME, Objects.equals(expected.timeLimitMinutes(), paper.timeLimitMinutes()), "paper",
                expected.timeLimitMinutes(), paper.timeLimitMinutes());
        score.count(Field.TOTAL, same(expected.statedTotal(), paper.statedTotal()), "paper",
                expected.statedTotal(), paper.statedTotal());

        // flatten both sides in paper order
        List<Slot<Expected.Question>> want = new ArrayList<>();
        for (int s = 0; s < expected.sections().size(); s++) {
            List<Expected.Question> qs = expected.sections().get(s).questions();
            for (int i = 0; i < qs.size(); i++) {
                want.add(new Slot<>(s, i, expected.sections().get(s).title(), qs.get(i), qs.get(i).stem()));
            }
        }
        List<Slot<ReadQuestion>> got = new ArrayList<>();
        for (int s = 0; s < paper.sections().size(); s++) {
            List<ReadQuestion> qs = paper.sections().get(s).questions();
            for (int i = 0; i < qs.size(); i++) {
                got.add(new Slot<>(s, i, paper.sections().get(s).title(), qs.get(i), qs.get(i).stem()));
            }
        }
        int[] match = align(want, got);

        Map<Integer, Integer> sectionMap = alignSections(expected, paper, want, got, match);

        // sections: title and points
        Set<Integer> usedFound = new HashSet<>(sectionMap.values());
        for (int s = 0; s < expected.sections().size(); s++) {
            Expected.Section e = expected.sections().get(s);
            Integer f = sectionMap.get(s);
            ReadSection r = f == null ? null : paper.sections().get(f);
            String where = "section " + (s + 1);
            score.count(Field.SECTION_TITLE, r != null && Objects.equals(norm(e.title()), norm(r.title())), where,
                    e.title(), r == null ? "(no section)" : r.title());
            boolean points = r != null && same(e.pointsEach(), r.pointsEach()) && same(e.statedTotal(), r.statedTotal());
            score.count(Field.SECTION_POINTS, points, where,
                    "each " + e.pointsEach() + " total " + e.statedTotal(),
                    r == null ? "(no section)" : "each " + r.pointsEach() + " total " + r.statedTotal());
        }
        for (int f = 0; f < paper.sections().size(); f++) {
            if (!usedFound.contains(f)) {
                score.count(Field.SECTION_TITLE, false, "extra section " + (f + 1), "(none)",
                        paper.sections().get(f).title());
            }
        }

        // questions
        boolean[] taken = new boolean[got.size()];
        for (int w = 0; w < want.size(); w++) {
            Slot<Expected.Question> e = want.get(w);
            String where = "section " + (e.section + 1) + " question " + (e.index + 1);
            Tally before = score.overall();
            if (match[w] < 0) {
                missing(score, e.item, background(e.item, expected.sections().get(e.section)));
                score.attribute(e.item.kind(), before);
                score.mistakes.add(where + " not found: " + DocumentScore.show(e.item.stem()));
                continue;
            }
            taken[match[w]] = true;
            Slot<ReadQuestion> r = got.get(match[w]);
            ReadSection readSection = paper.sections().get(r.section);
            String readBackground = blank(r.item.caseBackground()) ? readSection.background() : r.item.caseBackground();
            compare(score, where, e.item, r.item, Objects.equals(sectionMap.get(e.section), r.section),
                    background(e.item, expected.sections().get(e.section)), readBackground);
            score.attribute(e.item.kind(), before);
        }
        for (int g = 0; g < got.size(); g++) {
            if (!taken[g]) {
                Slot<ReadQuestion> r = got.get(g);
                score.count(Field.FOUND, false, "read section " + (r.section + 1) + " question " + (r.index + 1),
                        "(no such question)", r.item.stem());
            }
        }
        return score;
    }

    /**
     * A question's shared background: its own case background, else its section's ("背景:" under the
     * header). Either way it is one case used by each question sharing it, so either place is right.
     */
    private static String background(Expected.Question q, Expected.Section s) {
        return q.caseBackground() != null ? q.caseBackground() : s.background();
    }

    private static void compare(DocumentScore score, String where, Expected.Question e, ReadQuestion r,
            boolean sameSection, String expectedBackground, String readBackground) {
        score.tally(Field.FOUND).count(true);
        String kind = r.kind() == null ? null : r.kind().name();
        score.count(Field.KIND, Objects.equals(e.kind(), kind), where, e.kind(), kind);
        score.count(Field.SECTION, sameSection, where, "its section", "another section");
        score.count(Field.STEM, stemStarts(e.stem(), r.stem()), where, e.stem(), r.stem());
        if (!e.options().isEmpty() || !r.options().isEmpty()) {
            score.count(Field.OPTIONS, sameTexts(e.options(), r.options()), where, e.options(), r.options());
        }
        if (e.key() != null || r.key() != null) {
            score.count(Field.KEY, Objects.equals(key(e.key()), key(r.key())), where, e.key(), r.key());
        }
        score.count(Field.POINTS, same(e.points(), r.points()), where, e.points(), r.points());
        if (!e.rubricSteps().isEmpty() || !r.rubricSteps().isEmpty()) {
            score.count(Field.RUBRIC, sameSteps(e.rubricSteps(), r.rubricSteps()), where, steps(e.rubricSteps()),
                    r.rubricSteps().stream().map(s -> s.label() + "=" + s.points()).toList());
        }
        if (expectedBackground != null || !blank(readBackground)) {
            boolean ok = expectedBackground != null && !blank(readBackground)
                    && stemStarts(expectedBackground, readBackground);
            score.count(Field.BACKGROUND, ok, where, expectedBackground, readBackground);
        }
        if (!e.competencies().isEmpty() || !r.competencies().isEmpty()) {
            score.count(Field.COMPETENCIES, competencies(e.competencies()).equals(competencies(r.competencies())),
                    where, e.competencies(), r.competencies());
        }
        score.count(Field.REFERENCE, e.referenceAnswer() == !blank(r.referenceAnswer()), where,
                e.referenceAnswer(), !blank(r.referenceAnswer()));
        score.count(Field.EXPLANATION, e.explanation() == !blank(r.explanation()), where, e.explanation(),
                !blank(r.explanation()));
    }

    /** A question of the annotation that was not read: wrong in every field it counts for. */
    private static void missing(DocumentScore score, Expected.Question e, String expectedBackground) {
        for (Field f : List.of(Field.FOUND, Field.KIND, Field.SECTION, Field.STEM, Field.POINTS, Field.REFERENCE,
                Field.EXPLANATION)) {
            score.tally(f).count(false);
        }
        if (!e.options().isEmpty()) {
            score.tally(Field.OPTIONS).count(false);
        }
        if (e.key() != null) {
            score.tally(Field.KEY).count(false);
        }
        if (!e.rubricSteps().isEmpty()) {
            score.tally(Field.RUBRIC).count(false);
        }
        if (expectedBackground != null) {
            score.tally(Field.BACKGROUND).count(false);
        }
        if (!e.competencies().isEmpty()) {
            score.tally(Field.COMPETENCIES).count(false);
        }
    }

    private record Slot<T>(int section, int index, String sectionTitle, T item, String stem) {
    }

    /**
     * Monotone alignment of the annotated questions with the questions read (weighted longest common
     * subsequence): a pair may match when the stems are similar, or, failing that, when both sit at
     * the same place in sections of the same title. Returns for each annotated question the index of
     * the question read, or -1.
     */
    static <A, B> int[] align(List<Slot<A>> want, List<Slot<B>> got) {
        int n = want.size();
        int m = got.size();
        double[][] best = new double[n + 1][m + 1];
        double[][] pair = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                Slot<A> w = want.get(i);
                Slot<B> g = got.get(j);
                double sim = similarity(w.stem(), g.stem());
                boolean samePlace = w.index() == g.index() && Objects.equals(norm(w.sectionTitle()), norm(g.sectionTitle()));
                if (sim >= SIMILAR) {
                    pair[i][j] = 1 + sim + (samePlace ? 0.1 : 0);
                } else if (samePlace) {
                    pair[i][j] = 0.5;
                } else {
                    pair[i][j] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double v = Math.max(best[i + 1][j], best[i][j + 1]);
                if (pair[i][j] != Double.NEGATIVE_INFINITY) {
                    v = Math.max(v, pair[i][j] + best[i + 1][j + 1]);
                }
                best[i][j] = v;
            }
        }
        int[] match = new int[n];
        Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (pair[i][j] != Double.NEGATIVE_INFINITY && best[i][j] == pair[i][j] + best[i + 1][j + 1]) {
                match[i] = j;
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }

    /**
     * Maps annotated sections to sections read: each to the section holding most of its matched
     * questions (one to one, the larger share wins), then the rest by equal title in order.
     */
    private static Map<Integer, Integer> alignSections(Expected expected, ReadPaper paper,
            List<Slot<Expected.Question>> want, List<Slot<ReadQuestion>> got, int[] match) {
        Map<Integer, Map<Integer, Integer>> votes = new HashMap<>();
        for (int w = 0; w < want.size(); w++) {
            if (match[w] >= 0) {
                votes.computeIfAbsent(want.get(w).section(), k -> new HashMap<>())
                        .merge(got.get(match[w]).section(), 1, Integer::sum);
            }
        }
        record Vote(int expected, int found, int count) {
        }
        List<Vote> all = new ArrayList<>();
        votes.forEach((e, byFound) -> byFound.forEach((f, c) -> all.add(new Vote(e, f, c))));
        all.sort((a, b) -> b.count != a.count ? Integer.compare(b.count, a.count)
                : a.expected != b.expected ? Integer.compare(a.expected, b.expected) : Integer.compare(a.found, b.found));
        Map<Integer, Integer> map = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Vote v : all) {
            if (!map.containsKey(v.expected) && !used.contains(v.found)) {
                map.put(v.expected, v.found);
                used.add(v.found);
            }
        }
        for (int s = 0; s < expected.sections().size(); s++) {
            if (map.containsKey(s)) {
                continue;
            }
            for (int f = 0; f < paper.sections().size(); f++) {
                if (!used.contains(f)
                        && Objects.equals(norm(expected.sections().get(s).title()), norm(paper.sections().get(f).title()))) {
                    map.put(s, f);
                    used.add(f);
                    break;
                }
            }
        }
        return map;
    }

    // ---- comparisons

    /** Full-width = half-width, lower case, no whitespace, punctuation or symbols; null and blank are null. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.isEmpty() ? null : out.toString();
    }

    static boolean stemStarts(String expected, String found) {
        String e = norm(expected);
        String f = norm(found);
        if (e == null || f == null) {
            return e == null && f == null;
        }
        String start = e.substring(0, e.offsetByCodePoints(0, Math.min(STEM_START, e.codePointCount(0, e.length()))));
        return f.startsWith(start);
    }

    /** Dice coefficient of the character bigrams of the first 40 normalised characters. */
    static double similarity(String a, String b) {
        String x = head(norm(a), 40);
        String y = head(norm(b), 40);
        if (x == null || y == null) {
            return 0;
        }
        if (x.length() < 2 || y.length() < 2) {
            return x.equals(y) ? 1 : 0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= x.length(); i++) {
            grams.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 2 <= y.length(); i++) {
            Integer c = grams.get(y.substring(i, i + 2));
            if (c != null && c > 0) {
                common++;
                grams.put(y.substring(i, i + 2), c - 1);
            }
        }
        return 2.0 * common / (x.length() - 1 + y.length() - 1);
    }

    private static String head(String s, int chars) {
        return s == null || s.length() <= chars ? s : s.substring(0, chars);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean sameTexts(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(norm(a.get(i)), norm(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSteps(List<Expected.Step> a, List<ReadQuestion.ReadStep> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(norm(a.get(i).label()), norm(b.get(i).label()))
                    || !same(a.get(i).points(), b.get(i).points())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> steps(List<Expected.Step> steps) {
        return steps.stream().map(s -> s.label() + "=" + s.points()).toList();
    }

    /** "A,C", "C、A", "ac" are one key; TRUE/FALSE as they are. */
    static String key(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = Normalizer.normalize(key, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("[\\s,、,;]", "");
        if (k.equals("TRUE") || k.equals("FALSE")) {
            return k;
        }
        return k.chars().mapToObj(c -> String.valueOf((char) c)).sorted().distinct().collect(Collectors.joining(","));
    }

    /** Competencies as a set, English glosses ("情绪管理(Emotional control)") left out. */
    private static Set<String> competencies(List<String> list) {
        Set<String> out = new TreeSet<>();
        for (String c : list) {
            String n = norm(ASCII_GLOSS.matcher(Normalizer.normalize(c, Normalizer.Form.NFKC)).replaceAll(""));
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    // ---- the table

    /** The table: per field, per document, overall. */
    static String table(CorpusScore corpus) {
        StringBuilder out = new StringBuilder();
        int questions = corpus.documents().stream().mapToInt(d -> d.expectedQuestions).sum();
        out.append(String.format("%nImport accuracy: %d documents, %d annotated questions (%s)%n",
                corpus.documents().size(), questions, corpus.directory()));
        out.append(String.format("%n%-28s %7s %7s %7s%n", "field", "right", "total", "%"));
        for (Field f : Field.values()) {
            Tally t = corpus.total(f);
            out.append(String.format("%-28s %7d %7d %7s%n", f.label, t.right, t.total, percent(t)));
        }
        out.append(String.format("%n%-28s %7s %7s %7s   (question fields, by the annotated kind)%n", "kind", "right",
                "total", "%"));
        corpus.byKind().forEach((kind, t) -> out.append(String.format("%-28s %7d %7d %7s%n", kind, t.right, t.total,
                percent(t))));
        out.append(String.format("%n%-44s %5s %5s %7s %7s %7s %7s%n", "document", "want", "read", "right", "total", "%",
                "ms"));
        for (DocumentScore d : corpus.documents()) {
            Tally t = d.overall();
            out.append(String.format("%-44s %5d %5d %7d %7d %7s %7s%n", d.name, d.expectedQuestions, d.foundQuestions,
                    t.right, t.total, percent(t), d.millis < 0 ? "-" : String.valueOf(d.millis)));
        }
        Tally all = corpus.overall();
        out.append(String.format("%n%-44s %5s %5s %7d %7d %7s%n", "OVERALL", "", "", all.right, all.total,
                percent(all)));
        List<DocumentScore> failed = corpus.documents().stream().filter(d -> d.failure != null).toList();
        if (!failed.isEmpty()) {
            out.append(String.format("%nDocuments that could not be read (every field counted wrong):%n"));
            failed.forEach(d -> out.append("  ").append(d.name).append(": ").append(d.failure).append('\n'));
        }
        return out.toString();
    }

    /** Every mistake, by document: what the annotation says and what was read. */
    static String details(CorpusScore corpus) {
        StringBuilder out = new StringBuilder();
        for (DocumentScore d : corpus.documents()) {
            out.append("== ").append(d.name).append(String.format(" (%s)", percent(d.overall()))).append('\n');
            if (d.failure != null) {
                out.append("  could not be read: ").append(d.failure).append('\n');
            }
            d.mistakes.forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }

    private static String percent(Tally t) {
        return t.total == 0 ? "-" : String.format("%.1f", 100.0 * t.right / t.total);
    }
}
