package com.kaoping.question;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import com.kaoping.question.internal.Question;
import com.kaoping.question.internal.QuestionCase;
import com.kaoping.question.internal.QuestionCaseRepository;
import com.kaoping.question.internal.QuestionRepository;
import com.kaoping.question.internal.QuestionRevision;
import com.kaoping.question.internal.QuestionRevisionRepository;
import com.kaoping.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question bank's API. Every save of a question writes a revision (the full content
 * as JSON), so any earlier state stays retrievable by (id, revision) and can be frozen.
 */
@Service
public class QuestionBank {

    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final QuestionCaseRepository cases;
    private final JsonMapper json;
    private final Clock clock;

    QuestionBank(QuestionRepository questions, QuestionRevisionRepository revisions, QuestionCaseRepository cases,
                 JsonMapper json, Clock clock) {
        this.questions = questions;
        this.revisions = revisions;
        this.cases = cases;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Adds a question. The same {@code creationToken} twice (a double-clicked save) creates
     * one question: the second call returns the first one's id.
     *
     * @throws InvalidQuestionException when the content breaks {@link QuestionRules}
     */
    @Transactional
    public long create(QuestionContent content, long actor, UUID creationToken) {
        if (creationToken != null) {
            Optional<Question> existing = questions.findByCreationToken(creationToken);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        Instant now = clock.instant();
        Question question = questions.saveAndFlush(
                Question.create(content, caseOf(content), actor, now, creationToken));
        recordRevision(question, List.of(), actor, now);
        return question.getId();
    }

    /** The id of the question a creation token made, if any (for a lost race between two clicks). */
    @Transactional(readOnly = true)
    public Optional<Long> findCreatedBy(UUID creationToken) {
        return questions.findByCreationToken(creationToken).map(Question::getId);
    }

    /**
     * Saves an edit made on top of {@code expectedVersion}. If somebody saved in between,
     * it is a conflict, unless they saved exactly this content (a repeated click).
     *
     * @return the fields that changed (empty: nothing to save)
     */
    @Transactional
    public List<String> update(long id, long expectedVersion, QuestionContent content, long actor) {
        Question question = find(id);
        if (question.getVersion() != expectedVersion) {
            if (question.wouldChange(content, caseOf(content))) {
                throw new ObjectOptimisticLockingFailureException(Question.class, id);
            }
            return List.of();
        }
        Instant now = clock.instant();
        List<String> changed = question.revise(content, caseOf(content), actor, now);
        if (!changed.isEmpty()) {
            questions.saveAndFlush(question);
            recordRevision(question, changed, actor, now);
        }
        return changed;
    }

    /** Archiving is recorded in the history like an edit (the content stays as it was). */
    @Transactional
    public void archive(long id, long actor) {
        Question question = find(id);
        Instant now = clock.instant();
        if (question.archive(actor, now)) {
            questions.saveAndFlush(question);
            recordRevision(question, List.of("archived"), actor, now);
        }
    }

    @Transactional
    public void restore(long id, long actor) {
        Question question = find(id);
        Instant now = clock.instant();
        if (question.restore(actor, now)) {
            questions.saveAndFlush(question);
            recordRevision(question, List.of("restored"), actor, now);
        }
    }

    /** Whether the question already says exactly this (a repeated save of the same edit). */
    @Transactional(readOnly = true)
    public boolean holds(long id, QuestionContent content) {
        Question question = find(id);
        try {
            return !question.wouldChange(content, caseOf(content));
        }
        catch (InvalidQuestionException e) {
            return false;
        }
    }

    /** Two texts say the same when these are equal (width, script, case and punctuation folded). */
    public static String textKey(String text) {
        return Question.stemKey(text);
    }

    /**
     * The bank's questions in use that ask the same as {@code stems} (compared as
     * {@link Question#stemKey}), by the stem given; the oldest when several do.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> findSameStems(Collection<String> stems) {
        Map<String, List<String>> wanted = new HashMap<>();
        for (String stem : stems) {
            String key = Question.stemKey(stem);
            if (!key.isEmpty()) {
                wanted.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(stem);
            }
        }
        Map<String, Long> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (Object[] row : questions.findActiveStems()) {
            List<String> asked = wanted.remove(Question.stemKey((String) row[1]));
            if (asked != null) {
                asked.forEach(stem -> found.put(stem, (Long) row[0]));
            }
        }
        return found;
    }

    @Transactional(readOnly = true)
    public QuestionDetail get(long id) {
        Question q = find(id);
        return new QuestionDetail(q.getId(), q.content(), q.getRevision(), q.isArchived(), q.getVersion(),
                q.getCreatedBy(), q.getCreatedAt(), q.getUpdatedBy(), q.getUpdatedAt());
    }

    @Transactional(readOnly = true)
    public Page<QuestionSummary> search(QuestionQuery query, Pageable pageable) {
        return questions.search(query, pageable);
    }

    /** Tags in use on active questions, for the filter. */
    @Transactional(readOnly = true)
    public List<String> tags() {
        return questions.findActiveTags();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<QuestionRevisionInfo> history(long id) {
        find(id);
        return revisions.findByQuestionIdOrderByRevisionDesc(id).stream()
                .map(r -> new QuestionRevisionInfo(r.getQuestionId(), r.getRevision(), r.getChangedFields(),
                        r.getChangedBy(), r.getChangedAt()))
                .toList();
    }

    /** The question exactly as it was saved at {@code revision}. */
    @Transactional(readOnly = true)
    public QuestionContent revision(long id, int revision) {
        return revisions.findByQuestionIdAndRevision(id, revision)
                .map(r -> json.readValue(r.getContent(), QuestionContent.class))
                .orElseThrow(() -> new NotFoundException("question revision", id + "/" + revision));
    }

    /** Several questions as they are now, by id (unknown ids are left out); a bounded number of statements. */
    @Transactional(readOnly = true)
    public Map<Long, QuestionDetail> current(Collection<Long> ids) {
        Map<Long, QuestionDetail> result = new HashMap<>();
        for (Question q : questions.findAllById(ids)) {
            result.put(q.getId(), new QuestionDetail(q.getId(), q.content(), q.getRevision(), q.isArchived(),
                    q.getVersion(), q.getCreatedBy(), q.getCreatedAt(), q.getUpdatedBy(), q.getUpdatedAt()));
        }
        return result;
    }

    /** Several questions exactly as saved at the given revisions, in one statement. */
    @Transactional(readOnly = true)
    public Map<QuestionRef, QuestionContent> revisions(Collection<QuestionRef> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new HashSet<>();
        refs.forEach(r -> ids.add(r.questionId()));
        Set<QuestionRef> wanted = new HashSet<>(refs);
        Map<QuestionRef, QuestionContent> result = new HashMap<>();
        for (QuestionRevision r : revisions.findByQuestionIdIn(ids)) {
            QuestionRef ref = new QuestionRef(r.getQuestionId(), r.getRevision());
            if (wanted.contains(ref)) {
                result.put(ref, json.readValue(r.getContent(), QuestionContent.class));
            }
        }
        return result;
    }

    /**
     * The active questions a draw rule can draw from, at their current revisions.
     *
     * @param kind null for any kind
     * @param tag null or blank for any tag
     */
    @Transactional(readOnly = true)
    public List<QuestionRef> drawPool(QuestionKind kind, String tag, int difficultyMin, int difficultyMax) {
        return questions.findDrawPool(kind, tag == null || tag.isBlank() ? null : tag.strip(), difficultyMin,
                difficultyMax).stream().map(row -> new QuestionRef((Long) row[0], (Integer) row[1])).toList();
    }

    // ---- cases ----

    @Transactional
    public long createCase(String title, String background, long actor, UUID creationToken) {
        if (creationToken != null) {
            Optional<QuestionCase> existing = cases.findByCreationToken(creationToken);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        return cases.saveAndFlush(new QuestionCase(title, background, actor, clock.instant(), creationToken)).getId();
    }

    /** Editing a case changes what its questions show, so each of them gets a new revision. */
    @Transactional
    public void updateCase(long id, long expectedVersion, String title, String background, long actor) {
        QuestionCase questionCase = cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
        if (questionCase.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(QuestionCase.class, id);
        }
        Instant now = clock.instant();
        if (questionCase.revise(title, background, actor, now)) {
            cases.saveAndFlush(questionCase);
            for (Question question : questions.findByQuestionCaseId(id)) {
                question.caseRevised(actor, now);
                questions.saveAndFlush(question);
                recordRevision(question, List.of("case"), actor, now);
            }
        }
    }

    @Transactional(readOnly = true)
    public QuestionCaseInfo getCase(long id) {
        QuestionCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
        long count = questions.findByQuestionCaseId(id).size();
        return new QuestionCaseInfo(c.getId(), c.getTitle(), c.getBackground(), count, c.getVersion(),
                c.getUpdatedAt());
    }

    @Transactional(readOnly = true)
    public List<QuestionCaseInfo> cases() {
        return cases.findAllWithQuestionCounts().stream()
                .map(row -> {
                    QuestionCase c = (QuestionCase) row[0];
                    return new QuestionCaseInfo(c.getId(), c.getTitle(), c.getBackground(), (Long) row[1],
                            c.getVersion(), c.getUpdatedAt());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Long> findCaseCreatedBy(UUID creationToken) {
        return cases.findByCreationToken(creationToken).map(QuestionCase::getId);
    }

    private QuestionCase caseOf(QuestionContent content) {
        if (content.caseRef() == null) {
            return null;
        }
        long caseId = content.caseRef().id();
        return cases.findById(caseId).orElseThrow(() -> new InvalidQuestionException(
                List.of(new Violation("caseId", "validation.unknownCase"))));
    }

    private void recordRevision(Question question, List<String> changed, long actor, Instant now) {
        revisions.save(new QuestionRevision(question.getId(), question.getRevision(),
                json.writeValueAsString(question.content()), changed, actor, now));
    }

    private Question find(long id) {
        return questions.findById(id).orElseThrow(() -> new NotFoundException("question", id));
    }
}
