package com.kaoping.paper.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.kaoping.paper.DrawCriteria;
import com.kaoping.paper.PaperNotEditableException;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperSettings;
import com.kaoping.paper.PaperStatus;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A paper and everything in it. Only a draft changes; every change goes through here and
 * touches the paper, so its {@link Version} catches two authors editing at once.
 */
@Entity
@Table(name = "paper")
public class Paper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaperPurpose purpose;

    private String instructions;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "pass_mark", precision = 7, scale = 1)
    private BigDecimal passMark;

    @Column(name = "stated_total", precision = 7, scale = 1)
    private BigDecimal statedTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "multiple_choice_policy", length = 30)
    private PartialCreditPolicy multipleChoicePolicy;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaperStatus status = PaperStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(name = "cloned_from")
    private Long clonedFrom;

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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "paper_id", nullable = false)
    @OrderBy("position")
    private List<PaperSection> sections = new ArrayList<>();

    protected Paper() {
    }

    public Paper(PaperSettings settings, long actor, Instant now, UUID creationToken) {
        this.createdBy = actor;
        this.createdAt = now;
        this.creationToken = creationToken;
        apply(settings);
        touch(actor, now);
    }

    /** A new draft with the same settings, sections, questions and rules; nothing frozen. */
    public Paper cloneAsDraft(String title, long actor, Instant now) {
        Paper copy = new Paper(new PaperSettings(title, purpose, instructions, timeLimitMinutes, passMark, statedTotal,
                multipleChoicePolicy, shuffleOptions, shuffleQuestions), actor, now, null);
        copy.clonedFrom = id;
        sortedSections().forEach(s -> copy.sections.add(s.copy(copy.sections.size())));
        return copy;
    }

    public void updateSettings(PaperSettings settings, long actor, Instant now) {
        requireDraft();
        apply(settings);
        touch(actor, now);
    }

    public PaperSection addSection(String title, String instructions, String background, long actor, Instant now) {
        requireDraft();
        PaperSection section = new PaperSection(title, instructions, background, sections.size());
        sections.add(section);
        touch(actor, now);
        return section;
    }

    /**
     * Adds a section with its questions at once (a paper being made from an imported one, whose
     * sections have no id yet). {@code points}: per question, the points on this paper or null.
     */
    public PaperSection addSection(String title, String instructions, String background,
                                   java.util.List<java.util.Map.Entry<Long, BigDecimal>> questions, long actor,
                                   Instant now) {
        PaperSection section = addSection(title, instructions, background, actor, now);
        questions.forEach(q -> section.addQuestion(q.getKey(), q.getValue()));
        return section;
    }

    public void describeSection(long sectionId, String title, String instructions, String background, long actor,
                                Instant now) {
        requireDraft();
        section(sectionId).describe(title, instructions, background);
        touch(actor, now);
    }

    public void moveSection(long sectionId, int delta, long actor, Instant now) {
        requireDraft();
        List<PaperSection> ordered = new ArrayList<>(sortedSections());
        PaperSection section = section(sectionId);
        int from = ordered.indexOf(section);
        int to = from + delta;
        if (to >= 0 && to < ordered.size()) {
            ordered.remove(from);
            ordered.add(to, section);
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).setPosition(i);
            }
            touch(actor, now);
        }
    }

    public void removeSection(long sectionId, long actor, Instant now) {
        requireDraft();
        sections.remove(section(sectionId));
        List<PaperSection> ordered = sortedSections();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i);
        }
        touch(actor, now);
    }

    public void addQuestions(long sectionId, List<Long> questionIds, long actor, Instant now) {
        requireDraft();
        PaperSection section = section(sectionId);
        questionIds.forEach(section::addQuestion);
        touch(actor, now);
    }

    /** @param points null to use the question's own points again */
    public void setItemPoints(long sectionId, long itemId, BigDecimal points, long actor, Instant now) {
        requireDraft();
        section(sectionId).item(itemId).setPoints(points);
        touch(actor, now);
    }

    public void moveItem(long sectionId, long itemId, int delta, long actor, Instant now) {
        requireDraft();
        section(sectionId).moveItem(itemId, delta);
        touch(actor, now);
    }

    public void moveItemTo(long sectionId, long itemId, int to, long actor, Instant now) {
        requireDraft();
        section(sectionId).moveItemTo(itemId, to);
        touch(actor, now);
    }

    public void removeItem(long sectionId, long itemId, long actor, Instant now) {
        requireDraft();
        section(sectionId).removeItem(itemId);
        touch(actor, now);
    }

    public void addRule(long sectionId, DrawCriteria criteria, int count, BigDecimal pointsEach, long actor,
                        Instant now) {
        requireDraft();
        PaperSection section = section(sectionId);
        section.addRule(new DrawRule(criteria, count, pointsEach, section.getRules().size()));
        touch(actor, now);
    }

    public void removeRule(long sectionId, long ruleId, long actor, Instant now) {
        requireDraft();
        section(sectionId).removeRule(ruleId);
        touch(actor, now);
    }

    /**
     * Freezes the paper: every item keeps the revision it shows now and every rule the pool
     * it can draw from. From here on the bank's edits no longer reach this paper.
     */
    public void publish(Map<Long, Integer> currentRevisions, Map<Long, Set<PoolEntry>> pools, long actor,
                        Instant now) {
        requireDraft();
        for (PaperSection section : sections) {
            for (PaperItem item : section.getItems()) {
                Integer revision = currentRevisions.get(item.getQuestionId());
                if (revision == null) {
                    throw new NotFoundException("question", item.getQuestionId());
                }
                item.freeze(revision);
            }
            for (DrawRule rule : section.getRules()) {
                rule.freezePool(pools.getOrDefault(rule.getId(), Set.of()));
            }
        }
        status = PaperStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = actor;
        touch(actor, now);
    }

    public void archive(long actor, Instant now) {
        if (status == PaperStatus.ARCHIVED) {
            return;
        }
        if (status == PaperStatus.DRAFT) {
            throw new PaperNotEditableException(id);
        }
        status = PaperStatus.ARCHIVED;
        touch(actor, now);
    }

    public boolean isDraft() {
        return status == PaperStatus.DRAFT;
    }

    public void requireDraft() {
        if (!isDraft()) {
            throw new PaperNotEditableException(id);
        }
    }

    public PaperSection section(long sectionId) {
        return sections.stream().filter(s -> s.getId() != null && s.getId() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("paper section", sectionId));
    }

    public List<PaperSection> sortedSections() {
        return sections.stream().sorted(Comparator.comparingInt(PaperSection::getPosition)).toList();
    }

    public PaperSettings settings() {
        return new PaperSettings(title, purpose, instructions, timeLimitMinutes, passMark, statedTotal,
                multipleChoicePolicy, shuffleOptions, shuffleQuestions);
    }

    private void apply(PaperSettings s) {
        this.title = s.title().strip();
        this.purpose = s.purpose();
        this.instructions = s.instructions() == null || s.instructions().isBlank() ? null : s.instructions().strip();
        this.timeLimitMinutes = s.timeLimitMinutes();
        this.passMark = s.passMark();
        this.statedTotal = s.statedTotal();
        this.multipleChoicePolicy = s.multipleChoicePolicy();
        this.shuffleOptions = s.shuffleOptions();
        this.shuffleQuestions = s.shuffleQuestions();
    }

    private void touch(long actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public PaperStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getClonedFrom() {
        return clonedFrom;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
