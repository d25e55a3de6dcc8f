package com.kaoping.paper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.kaoping.paper.internal.DrawPlanner;
import com.kaoping.paper.internal.DrawRule;
import com.kaoping.paper.internal.Paper;
import com.kaoping.paper.internal.PaperItem;
import com.kaoping.paper.internal.PaperRepository;
import com.kaoping.paper.internal.PaperSection;
import com.kaoping.paper.internal.PoolEntry;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionDetail;
import com.kaoping.question.QuestionRef;
import com.kaoping.shared.NotFoundException;
import com.kaoping.shared.Points;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building, checking, publishing and reading papers. Every change names the paper version
 * it was made on; a change on top of an older version is a conflict.
 */
@Service
public class PaperService {

    private final PaperRepository papers;
    private final QuestionBank bank;
    private final Clock clock;

    PaperService(PaperRepository papers, QuestionBank bank, Clock clock) {
        this.papers = papers;
        this.bank = bank;
        this.clock = clock;
    }

    @Transactional
    public long create(PaperSettings settings, long actor, UUID creationToken) {
        PaperChecks.requireValid(settings);
        if (creationToken != null) {
            var existing = papers.findByCreationToken(creationToken);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        return papers.saveAndFlush(new Paper(settings, actor, now(), creationToken)).getId();
    }

    /**
     * Makes a draft paper with its sections and questions in one step (an imported paper). A
     * question's points on the paper are its own unless the item says otherwise.
     */
    @Transactional
    public long createDraft(PaperSettings settings, List<DraftSection> sections, long actor, UUID creationToken) {
        PaperChecks.requireValid(settings);
        sections.forEach(s -> PaperChecks.requireSection(s.title(), s.instructions(), s.background()));
        if (creationToken != null) {
            var existing = papers.findByCreationToken(creationToken);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        List<Long> ids = sections.stream().flatMap(s -> s.items().stream()).map(DraftItem::questionId).toList();
        Map<Long, QuestionDetail> found = pickable(ids);
        Paper paper = new Paper(settings, actor, now(), creationToken);
        for (DraftSection s : sections) {
            List<Map.Entry<Long, BigDecimal>> items = new ArrayList<>();
            for (DraftItem item : s.items()) {
                BigDecimal own = found.get(item.questionId()).content().points();
                if (item.points() != null && !Points.isValidMaximum(item.points())) {
                    throw PaperRuleException.of("points", "validation.points", Points.MAX);
                }
                BigDecimal points = item.points() == null || item.points().compareTo(own) == 0 ? null
                        : Points.normalize(item.points());
                items.add(new java.util.AbstractMap.SimpleEntry<>(item.questionId(), points));
            }
            paper.addSection(s.title(), s.instructions(), s.background(), items, actor, now());
        }
        return papers.saveAndFlush(paper).getId();
    }

    /** A section of a draft made in one step. */
    public record DraftSection(String title, String instructions, String background, List<DraftItem> items) {
    }

    /** @param points the question's points on the paper, or null for its own */
    public record DraftItem(long questionId, BigDecimal points) {
    }

    @Transactional(readOnly = true)
    public List<PaperSummary> list(PaperStatus status) {
        List<Paper> found = status == null ? papers.findAllByOrderByUpdatedAtDesc()
                : papers.findByStatusOrderByUpdatedAtDesc(status);
        return found.stream().map(p -> new PaperSummary(p.getId(), p.settings().title(), p.settings().purpose(),
                p.getStatus(), p.settings().timeLimitMinutes(), p.getUpdatedAt())).toList();
    }

    @Transactional
    public void updateSettings(long id, long version, PaperSettings settings, long actor) {
        PaperChecks.requireValid(settings);
        editable(id, version).updateSettings(settings, actor, now());
    }

    @Transactional
    public long addSection(long id, long version, String title, String instructions, String background, long actor) {
        PaperChecks.requireSection(title, instructions, background);
        Paper paper = editable(id, version);
        PaperSection section = paper.addSection(title, instructions, background, actor, now());
        // flush (not save: merging would copy the new section) so the section has its id
        papers.flush();
        return section.getId();
    }

    @Transactional
    public void describeSection(long id, long version, long sectionId, String title, String instructions,
                                String background, long actor) {
        PaperChecks.requireSection(title, instructions, background);
        editable(id, version).describeSection(sectionId, title, instructions, background, actor, now());
    }

    @Transactional
    public void moveSection(long id, long version, long sectionId, int delta, long actor) {
        editable(id, version).moveSection(sectionId, delta, actor, now());
    }

    @Transactional
    public void removeSection(long id, long version, long sectionId, long actor) {
        editable(id, version).removeSection(sectionId, actor, now());
    }

    /** Adds bank questions to a section; archived or unknown questions are refused. */
    @Transactional
    public void addQuestions(long id, long version, long sectionId, List<Long> questionIds, long actor) {
        Paper paper = editable(id, version);
        if (questionIds.isEmpty()) {
            throw new PaperRuleException("paper.pick.none");
        }
        pickable(questionIds);
        paper.addQuestions(sectionId, questionIds, actor, now());
    }

    /** The questions, which must exist and be in use: a paper takes no archived question. */
    private Map<Long, QuestionDetail> pickable(List<Long> questionIds) {
        Map<Long, QuestionDetail> found = bank.current(questionIds);
        for (Long questionId : questionIds) {
            QuestionDetail q = found.get(questionId);
            if (q == null) {
                throw new NotFoundException("question", questionId);
            }
            if (q.archived()) {
                throw new PaperRuleException("paper.pick.archived", questionId);
            }
        }
        return found;
    }

    /** @param points null to use the question's own points */
    @Transactional
    public void setItemPoints(long id, long version, long sectionId, long itemId, BigDecimal points, long actor) {
        if (points != null && !Points.isValidMaximum(points)) {
            throw PaperRuleException.of("points", "validation.points", Points.MAX);
        }
        editable(id, version).setItemPoints(sectionId, itemId, points == null ? null : Points.normalize(points),
                actor, now());
    }

    @Transactional
    public void moveItem(long id, long version, long sectionId, long itemId, int delta, long actor) {
        editable(id, version).moveItem(sectionId, itemId, delta, actor, now());
    }

    /** Moves a question to a place in its section (1-based, as the builder numbers them). */
    @Transactional
    public void moveItemTo(long id, long version, long sectionId, long itemId, int place, long actor) {
        editable(id, version).moveItemTo(sectionId, itemId, place - 1, actor, now());
    }

    @Transactional
    public void removeItem(long id, long version, long sectionId, long itemId, long actor) {
        editable(id, version).removeItem(sectionId, itemId, actor, now());
    }

    /**
     * Adds a draw rule, refusing one the bank cannot satisfy (together with the paper's
     * other rules and the questions it already holds).
     */
    @Transactional
    public void addRule(long id, long version, long sectionId, DrawCriteria criteria, int count,
                        BigDecimal pointsEach, long actor) {
        PaperChecks.requireRule(criteria, count, pointsEach);
        Paper paper = editable(id, version);
        paper.section(sectionId);
        List<DrawPlanner.Rule> others = plannerRules(paper);
        List<QuestionRef> pool = bank.drawPool(criteria.kind(), criteria.tag(), criteria.difficultyMin(),
                criteria.difficultyMax());
        Set<Long> fixed = fixedQuestionIds(paper);
        // how many this rule could get at most, after the paper's own questions and the other rules' needs
        List<DrawPlanner.Rule> asManyAsPossible = new ArrayList<>(others);
        asManyAsPossible.add(new DrawPlanner.Rule(-1, pool.size(), pool));
        int othersNeed = others.stream().mapToInt(DrawPlanner.Rule::count).sum();
        int available = Math.max(0, DrawPlanner.capacity(asManyAsPossible, fixed) - othersNeed);
        if (available < count || !DrawPlanner.satisfiable(others, fixed)) {
            throw PaperRuleException.of("count", "paper.rule.tooFew", count, available);
        }
        paper.addRule(sectionId, criteria, count, Points.normalize(pointsEach), actor, now());
    }

    @Transactional
    public void removeRule(long id, long version, long sectionId, long ruleId, long actor) {
        editable(id, version).removeRule(sectionId, ruleId, actor, now());
    }

    /** How many active bank questions match a rule's criteria (for the builder's live count). */
    @Transactional(readOnly = true)
    public int poolSize(DrawCriteria criteria) {
        return bank.drawPool(criteria.kind(), criteria.tag(), criteria.difficultyMin(), criteria.difficultyMax())
                .size();
    }

    /** Freezes the paper (see {@link Paper#publish}); refused while a blocking warning stands. */
    @Transactional
    public void publish(long id, long version, long actor) {
        Paper paper = editable(id, version);
        PaperDetail detail = detailOf(paper);
        detail.warnings().stream().filter(PaperWarning::blocking).findFirst().ifPresent(w -> {
            throw new PaperRuleException(w.code(), w.args().toArray());
        });
        Map<Long, Integer> revisions = new HashMap<>();
        detail.sections().forEach(s -> s.items().forEach(i -> revisions.put(i.questionId(), i.revision())));
        Map<Long, Set<PoolEntry>> pools = new HashMap<>();
        for (PaperSection section : paper.sortedSections()) {
            for (DrawRule rule : section.getRules()) {
                DrawCriteria c = rule.criteria();
                pools.put(rule.getId(), bank.drawPool(c.kind(), c.tag(), c.difficultyMin(), c.difficultyMax())
                        .stream().map(r -> new PoolEntry(r.questionId(), r.revision())).collect(Collectors.toSet()));
            }
        }
        paper.publish(revisions, pools, actor, now());
    }

    @Transactional
    public void archive(long id, long actor) {
        find(id).archive(actor, now());
    }

    @Transactional
    public long cloneAsDraft(long id, String title, long actor) {
        Paper source = find(id);
        Paper copy = source.cloneAsDraft(title, actor, now());
        papers.save(copy);
        papers.flush();
        return copy.getId();
    }

    /** Only drafts are deleted (nobody can have sat a draft); published papers are archived. */
    @Transactional
    public void deleteDraft(long id, long version, long actor) {
        papers.delete(editable(id, version));
    }

    @Transactional(readOnly = true)
    public PaperDetail detail(long id) {
        return detailOf(find(id));
    }

    /**
     * Draws the questions of every rule of a published paper for one candidate.
     *
     * @return by rule id, the drawn questions at their frozen revisions
     */
    @Transactional(readOnly = true)
    public Map<Long, List<QuestionRef>> draw(long id, Random random) {
        Paper paper = find(id);
        return DrawPlanner.draw(plannerRules(paper), fixedQuestionIds(paper), random);
    }

    /**
     * What one candidate sits: the published paper's questions in order, at their frozen
     * revisions, with this candidate's draws and (if the paper says so) the questions of each
     * section shuffled.
     */
    @Transactional(readOnly = true)
    public SittingPlan planSitting(long id, Random random) {
        Paper paper = find(id);
        if (paper.getStatus() != PaperStatus.PUBLISHED) {
            throw new PaperRuleException("paper.notPublished");
        }
        Map<Long, List<QuestionRef>> drawn = DrawPlanner.draw(plannerRules(paper), fixedQuestionIds(paper), random);
        List<SittingPlan.PlannedQuestion> planned = new ArrayList<>();
        int number = 0;
        for (PaperSection section : paper.sortedSections()) {
            number++;
            List<SittingPlan.PlannedQuestion> inSection = new ArrayList<>();
            for (PaperItem item : section.getItems()) {
                inSection.add(new SittingPlan.PlannedQuestion(number, section.getTitle(),
                        new QuestionRef(item.getQuestionId(), item.getFrozenRevision()), item.getPoints()));
            }
            for (DrawRule rule : section.getRules()) {
                for (QuestionRef ref : drawn.getOrDefault(rule.getId(), List.of())) {
                    inSection.add(new SittingPlan.PlannedQuestion(number, section.getTitle(), ref, rule.getPointsEach()));
                }
            }
            if (paper.settings().shuffleQuestions()) {
                java.util.Collections.shuffle(inSection, random);
            }
            planned.addAll(inSection);
        }
        return new SittingPlan(paper.getId(), paper.settings(), planned);
    }

    /** The questions a rule draws from (live bank for a draft, frozen pool once published). */
    @Transactional(readOnly = true)
    public List<QuestionRef> pool(long paperId, long ruleId) {
        Paper paper = find(paperId);
        return paper.sortedSections().stream().flatMap(s -> s.getRules().stream())
                .filter(r -> r.getId() == ruleId).findFirst()
                .map(r -> poolOf(paper, r))
                .orElseThrow(() -> new NotFoundException("draw rule", ruleId));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Long> findCreatedBy(UUID creationToken) {
        return papers.findByCreationToken(creationToken).map(Paper::getId);
    }

    // ---- reading ----

    private PaperDetail detailOf(Paper paper) {
        List<PaperSection> sections = paper.sortedSections();
        Map<Long, QuestionContent> contentOf = new HashMap<>();
        Map<Long, Integer> revisionOf = new HashMap<>();
        Set<Long> archived = new HashSet<>();
        if (paper.isDraft()) {
            Set<Long> ids = new HashSet<>(fixedQuestionIds(paper));
            bank.current(ids).forEach((qid, q) -> {
                contentOf.put(qid, q.content());
                revisionOf.put(qid, q.revision());
                if (q.archived()) {
                    archived.add(qid);
                }
            });
        }
        else {
            List<QuestionRef> refs = new ArrayList<>();
            sections.forEach(s -> s.getItems().forEach(i -> refs.add(new QuestionRef(i.getQuestionId(),
                    i.getFrozenRevision()))));
            bank.revisions(refs).forEach((ref, content) -> {
                contentOf.put(ref.questionId(), content);
                revisionOf.put(ref.questionId(), ref.revision());
            });
        }
        Set<Long> fixed = fixedQuestionIds(paper);
        Map<Long, Long> uses = new HashMap<>();
        sections.forEach(s -> s.getItems().forEach(i -> uses.merge(i.getQuestionId(), 1L, Long::sum)));

        List<PaperDetail.Section> sectionViews = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<PaperWarning> warnings = new ArrayList<>();
        Map<Long, List<QuestionRef>> pools = new LinkedHashMap<>();
        int number = 0;
        for (PaperSection section : sections) {
            number++;
            List<PaperDetail.Item> items = new ArrayList<>();
            BigDecimal sectionTotal = BigDecimal.ZERO;
            for (PaperItem item : section.getItems()) {
                QuestionContent q = contentOf.get(item.getQuestionId());
                if (q == null) {
                    throw new NotFoundException("question", item.getQuestionId());
                }
                BigDecimal points = item.getPoints() != null ? item.getPoints() : q.points();
                List<PaperWarning> itemWarnings = PaperChecks.itemWarnings(q, points,
                        archived.contains(item.getQuestionId()), uses.get(item.getQuestionId()) > 1);
                items.add(new PaperDetail.Item(item.getId(), item.getQuestionId(),
                        revisionOf.getOrDefault(item.getQuestionId(), 0), q, points, item.getPoints() != null,
                        archived.contains(item.getQuestionId()), itemWarnings));
                sectionTotal = sectionTotal.add(points);
            }
            List<PaperDetail.Rule> rules = new ArrayList<>();
            for (DrawRule rule : section.getRules()) {
                List<QuestionRef> pool = poolOf(paper, rule);
                pools.put(rule.getId(), pool);
                int available = (int) pool.stream().filter(r -> !fixed.contains(r.questionId())).count();
                rules.add(new PaperDetail.Rule(rule.getId(), rule.criteria(), rule.getQuestionCount(),
                        rule.getPointsEach(), rule.total(), available));
                sectionTotal = sectionTotal.add(rule.total());
            }
            List<PaperWarning> sectionWarnings = items.isEmpty() && rules.isEmpty()
                    ? List.of(PaperWarning.of("paper.warn.emptySection")) : List.of();
            sectionViews.add(new PaperDetail.Section(section.getId(), number, section.getTitle(),
                    section.getInstructions(), section.getBackground(), items, rules, sectionTotal, sectionWarnings));
            total = total.add(sectionTotal);
        }
        List<DrawPlanner.Rule> plannerRules = pools.entrySet().stream()
                .map(e -> new DrawPlanner.Rule(e.getKey(), ruleCount(paper, e.getKey()), e.getValue())).toList();
        warnings.addAll(PaperChecks.paperWarnings(paper.settings(), total, sectionViews,
                DrawPlanner.satisfiable(plannerRules, fixed)));
        return new PaperDetail(paper.getId(), paper.settings(), paper.getStatus(), paper.getVersion(),
                paper.getUpdatedAt(), paper.getPublishedAt(), paper.getClonedFrom(), sectionViews, total, warnings);
    }

    private static int ruleCount(Paper paper, long ruleId) {
        return paper.sortedSections().stream().flatMap(s -> s.getRules().stream())
                .filter(r -> r.getId() == ruleId).findFirst().map(DrawRule::getQuestionCount).orElse(0);
    }

    private List<QuestionRef> poolOf(Paper paper, DrawRule rule) {
        if (paper.isDraft()) {
            DrawCriteria c = rule.criteria();
            return bank.drawPool(c.kind(), c.tag(), c.difficultyMin(), c.difficultyMax());
        }
        return rule.getPool().stream().map(p -> new QuestionRef(p.getQuestionId(), p.getRevision()))
                .sorted(java.util.Comparator.comparingLong(QuestionRef::questionId)).toList();
    }

    private List<DrawPlanner.Rule> plannerRules(Paper paper) {
        List<DrawPlanner.Rule> rules = new ArrayList<>();
        for (PaperSection section : paper.sortedSections()) {
            for (DrawRule rule : section.getRules()) {
                rules.add(new DrawPlanner.Rule(rule.getId(), rule.getQuestionCount(), poolOf(paper, rule)));
            }
        }
        return rules;
    }

    private static Set<Long> fixedQuestionIds(Paper paper) {
        Set<Long> ids = new HashSet<>();
        paper.sortedSections().forEach(s -> s.getItems().forEach(i -> ids.add(i.getQuestionId())));
        return ids;
    }

    private Paper editable(long id, long version) {
        Paper paper = find(id);
        paper.requireDraft();
        if (paper.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Paper.class, id);
        }
        return paper;
    }

    private Paper find(long id) {
        return papers.findById(id).orElseThrow(() -> new NotFoundException("paper", id));
    }

    private Instant now() {
        return clock.instant();
    }
}
