package com.kaoping.question.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import com.kaoping.question.InvalidQuestionException;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.QuestionRules;
import com.kaoping.question.Violation;
import com.kaoping.shared.Points;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A question of the bank. It only changes through {@link #revise}, which validates the
 * new content, counts a new revision and says which fields changed, so that every saved
 * state can be written to the history.
 */
@Entity
@Table(name = "question")
public class Question {

    /** What the history calls each part of the content. */
    static final List<Field> FIELDS = List.of(
            new Field("kind", QuestionContent::kind),
            new Field("stem", QuestionContent::stem),
            new Field("background", QuestionContent::background),
            new Field("points", QuestionContent::points),
            new Field("difficulty", QuestionContent::difficulty),
            new Field("language", QuestionContent::language),
            new Field("tags", QuestionContent::tags),
            new Field("case", QuestionContent::caseRef),
            new Field("options", QuestionContent::options),
            new Field("trueFalseKey", QuestionContent::trueFalseKey),
            new Field("partialCredit", QuestionContent::partialCredit),
            new Field("explanation", QuestionContent::explanation),
            new Field("referenceAnswer", QuestionContent::referenceAnswer),
            new Field("rubric", QuestionContent::rubric),
            new Field("scoringFocus", QuestionContent::scoringFocus),
            new Field("pitfalls", QuestionContent::pitfalls),
            new Field("competencies", QuestionContent::competencies),
            new Field("subtitle", QuestionContent::subtitle),
            new Field("stepGroups", QuestionContent::stepGroups));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false)
    private String stem;

    /** A short heading above the stem, or null. */
    private String subtitle;

    private String background;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal points;

    @Column(nullable = false)
    private int difficulty;

    @Column(nullable = false, length = 10)
    private String language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar[]")
    private String[] tags = {};

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private QuestionCase questionCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "partial_credit", length = 30)
    private PartialCreditPolicy partialCredit;

    @Column(name = "true_false_key")
    private Boolean trueFalseKey;

    private String explanation;

    @Column(name = "reference_answer")
    private String referenceAnswer;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scoring_focus", nullable = false, columnDefinition = "varchar[]")
    private String[] scoringFocus = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar[]")
    private String[] pitfalls = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar[]")
    private String[] competencies = {};

    @ElementCollection
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<ChoiceOption> options = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rubric_step", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<RubricStepEntry> rubric = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rubric_step_group", joinColumns = @JoinColumn(name = "question_id"))
    @OrderBy("name")
    private List<StepGroupEntry> stepGroups = new ArrayList<>();

    @Column(nullable = false, length = 10)
    private String status = "ACTIVE";

    @Column(nullable = false)
    private int revision;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Column(name = "creation_token", updatable = false)
    private UUID creationToken;

    protected Question() {
    }

    /** A new question at revision 1. {@code questionCase} must be the case {@code content} names, if any. */
    public static Question create(QuestionContent content, QuestionCase questionCase, long actor, Instant now,
                                  UUID creationToken) {
        Question question = new Question();
        question.createdBy = actor;
        question.createdAt = now;
        question.creationToken = creationToken;
        question.apply(normalize(content, questionCase), questionCase);
        question.revision = 1;
        question.updatedBy = actor;
        question.updatedAt = now;
        return question;
    }

    /**
     * Replaces the content. Returns the names of the fields that changed; when none did,
     * nothing is touched and no revision is counted.
     */
    public List<String> revise(QuestionContent content, QuestionCase questionCase, long actor, Instant now) {
        QuestionContent before = content();
        QuestionContent after = normalize(content, questionCase);
        List<String> changed = changedFields(before, after);
        if (changed.isEmpty()) {
            return changed;
        }
        apply(after, questionCase);
        touch(actor, now);
        return changed;
    }

    /** Whether saving {@code content} would change anything (a repeated save of the same text would not). */
    public boolean wouldChange(QuestionContent content, QuestionCase questionCase) {
        return !changedFields(content(), normalize(content, questionCase)).isEmpty();
    }

    /** The case this question belongs to was edited: what an interviewer sees changed, so count a revision. */
    public void caseRevised(long actor, Instant now) {
        refreshSearchText();
        touch(actor, now);
    }

    /** @return whether anything changed (archiving an archived question does nothing) */
    public boolean archive(long actor, Instant now) {
        if (isArchived()) {
            return false;
        }
        status = "ARCHIVED";
        touch(actor, now);
        return true;
    }

    public boolean restore(long actor, Instant now) {
        if (!isArchived()) {
            return false;
        }
        status = "ACTIVE";
        touch(actor, now);
        return true;
    }

    public QuestionContent content() {
        return new QuestionContent(kind, stem, background, points, difficulty, language, List.of(tags),
                questionCase == null ? null
                        : new QuestionContent.CaseRef(questionCase.getId(), questionCase.getTitle(),
                                questionCase.getBackground()),
                options.stream().map(o -> new QuestionContent.Option(o.text(), o.correct())).toList(),
                trueFalseKey, partialCredit, explanation, referenceAnswer,
                rubric.stream().map(s -> new QuestionContent.RubricStep(s.label(), s.maxPoints(), s.guidance(),
                        s.modelWording(), s.group())).toList(),
                List.of(scoringFocus), List.of(pitfalls), List.of(competencies), subtitle,
                stepGroups.stream().map(g -> new QuestionContent.StepGroup(g.name(), g.cap())).toList());
    }

    static List<String> changedFields(QuestionContent before, QuestionContent after) {
        return FIELDS.stream()
                .filter(f -> !Objects.equals(f.get().apply(before), f.get().apply(after)))
                .map(Field::name)
                .toList();
    }

    /**
     * Trims text, drops empty lines and parts that do not belong to the kind (options of
     * an essay, a rubric of a true/false question), then checks the rules.
     */
    static QuestionContent normalize(QuestionContent c, QuestionCase questionCase) {
        QuestionKind kind = c.kind();
        boolean choice = kind != null && kind.hasOptions();
        boolean rubricKind = kind != null && kind.isRubricScored();
        QuestionContent normalized = new QuestionContent(
                kind,
                clean(c.stem()),
                clean(c.background()),
                c.points() == null || !Points.isHalfStep(c.points()) ? c.points() : Points.normalize(c.points()),
                c.difficulty(),
                c.language(),
                distinctLines(c.tags()),
                questionCase == null ? null
                        : new QuestionContent.CaseRef(questionCase.getId(), questionCase.getTitle(),
                                questionCase.getBackground()),
                choice ? c.options().stream()
                        .map(o -> new QuestionContent.Option(clean(o.text()), o.correct()))
                        .toList() : List.of(),
                kind == QuestionKind.TRUE_FALSE ? c.trueFalseKey() : null,
                kind == QuestionKind.MULTIPLE_CHOICE ? c.partialCredit() : null,
                clean(c.explanation()),
                rubricKind ? clean(c.referenceAnswer()) : null,
                rubricKind ? c.rubric().stream()
                        .map(s -> new QuestionContent.RubricStep(clean(s.label()),
                                s.maxPoints() == null || !Points.isHalfStep(s.maxPoints()) ? s.maxPoints()
                                        : Points.normalize(s.maxPoints()),
                                clean(s.guidance()), clean(s.modelWording()), s.group()))
                        .toList() : List.of(),
                rubricKind ? lines(c.scoringFocus()) : List.of(),
                rubricKind ? lines(c.pitfalls()) : List.of(),
                rubricKind ? distinctLines(c.competencies()) : List.of(),
                clean(c.subtitle()),
                rubricKind ? usedGroups(c) : List.of());
        List<Violation> violations = QuestionRules.check(normalized);
        if (!violations.isEmpty()) {
            throw new InvalidQuestionException(violations);
        }
        return normalized;
    }

    /** The caps of the groups some step names, in name order; a cap no step uses is dropped. */
    private static List<QuestionContent.StepGroup> usedGroups(QuestionContent c) {
        return c.stepGroups().stream()
                .filter(g -> g.name() != null && c.rubric().stream().anyMatch(s -> g.name().equals(s.group())))
                .map(g -> new QuestionContent.StepGroup(g.name(),
                        g.cap() == null || !Points.isHalfStep(g.cap()) ? g.cap() : Points.normalize(g.cap())))
                .sorted(java.util.Comparator.comparing(QuestionContent.StepGroup::name))
                .toList();
    }

    private void apply(QuestionContent c, QuestionCase questionCase) {
        kind = c.kind();
        stem = c.stem();
        subtitle = c.subtitle();
        background = c.background();
        points = c.points();
        difficulty = c.difficulty();
        language = c.language();
        tags = c.tags().toArray(String[]::new);
        this.questionCase = questionCase;
        options.clear();
        c.options().forEach(o -> options.add(new ChoiceOption(o.text(), o.correct())));
        trueFalseKey = c.trueFalseKey();
        partialCredit = c.partialCredit();
        explanation = c.explanation();
        referenceAnswer = c.referenceAnswer();
        rubric.clear();
        c.rubric().forEach(s -> rubric.add(new RubricStepEntry(s.label(), s.maxPoints(), s.guidance(),
                s.modelWording(), s.group())));
        stepGroups.clear();
        c.stepGroups().forEach(g -> stepGroups.add(new StepGroupEntry(g.name(), g.cap())));
        scoringFocus = c.scoringFocus().toArray(String[]::new);
        pitfalls = c.pitfalls().toArray(String[]::new);
        competencies = c.competencies().toArray(String[]::new);
        refreshSearchText();
    }

    /** Subtitle, stem, background, tags and the case's title and background: what a search looks through. */
    private void refreshSearchText() {
        String caseText = questionCase == null ? "" : questionCase.getTitle() + "\n" + questionCase.getBackground();
        searchText = foldForSearch(String.join("\n", Objects.toString(subtitle, ""), stem,
                Objects.toString(background, ""), String.join(" ", tags), caseText));
    }

    private void touch(long actor, Instant now) {
        revision++;
        updatedBy = actor;
        updatedAt = now;
    }

    /**
     * Search compares folded text: lower case and NFKC, so full-width "ＣＳＡＴ" finds "csat";
     * traditional characters as simplified (OpenCC), so 投诉 finds 投訴 and back; and Chinese needs
     * no word segmentation (a substring is a match).
     */
    public static String foldForSearch(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(folded);
    }

    /**
     * What makes two stems the same question: folded as for search, with everything but letters
     * and digits left out, so "客户投诉时，你会怎么做？" and "客戶投訴時 你會怎麼做" match.
     */
    public static String stemKey(String stem) {
        String folded = foldForSearch(stem == null ? "" : stem);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.replace("\r\n", "\n").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static List<String> lines(List<String> items) {
        return items.stream().map(Question::clean).filter(Objects::nonNull).toList();
    }

    private static List<String> distinctLines(List<String> items) {
        return List.copyOf(new LinkedHashSet<>(lines(items)));
    }

    public Long getId() {
        return id;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }

    public boolean isArchived() {
        return "ARCHIVED".equals(status);
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    record Field(String name, Function<QuestionContent, Object> get) {
    }

    @Override
    public String toString() {
        return "Question[" + id + ", " + kind + ", r" + revision + ", tags=" + Arrays.toString(tags) + "]";
    }
}
