package com.kaoping.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.kaoping.grading.AttemptScore.Mark;
import com.kaoping.grading.AttemptScore.QuestionScore;
import com.kaoping.grading.AttemptScore.RubricLine;
import com.kaoping.grading.AttemptScore.Settled;
import com.kaoping.grading.internal.Grade;
import com.kaoping.grading.internal.GradeRepository;
import com.kaoping.grading.internal.GradingSheet;
import com.kaoping.grading.internal.GradingSheetRepository;
import com.kaoping.grading.internal.PanelStore;
import com.kaoping.grading.internal.Settlement;
import com.kaoping.grading.internal.SettlementRepository;
import com.kaoping.grading.internal.StepMark;
import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperService;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionRef;
import com.kaoping.sitting.AttemptRecords;
import com.kaoping.sitting.AttemptRecords.AnsweredQuestion;
import com.kaoping.sitting.AttemptRecords.AttemptInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link AttemptScore}s for many attempts in a bounded number of statements (one per
 * table, whatever the number of attempts), so the queue, the results table and the export
 * read the same figures.
 */
@Service
public class Scoreboard {

    private final AttemptRecords records;
    private final QuestionBank bank;
    private final PaperService papers;
    private final GradingSheetRepository sheets;
    private final GradeRepository grades;
    private final SettlementRepository settlements;
    private final PanelStore panels;

    Scoreboard(AttemptRecords records, QuestionBank bank, PaperService papers, GradingSheetRepository sheets,
               GradeRepository grades, SettlementRepository settlements, PanelStore panels) {
        this.records = records;
        this.bank = bank;
        this.papers = papers;
        this.sheets = sheets;
        this.grades = grades;
        this.settlements = settlements;
        this.panels = panels;
    }

    /** An assignment of a grader to a paper (invitationId null: all its candidates) or one candidate. */
    public record Assignment(long id, long paperId, Long invitationId, long graderId, boolean lead) {

        public boolean covers(AttemptInfo attempt) {
            return paperId == attempt.paperId() && (invitationId == null || invitationId == attempt.invitationId());
        }
    }

    @Transactional(readOnly = true)
    public AttemptScore of(AttemptInfo attempt) {
        return of(List.of(attempt)).get(0);
    }

    /** Scores in the order of the attempts given. */
    @Transactional(readOnly = true)
    public List<AttemptScore> of(List<AttemptInfo> attempts) {
        if (attempts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = attempts.stream().map(AttemptInfo::id).toList();
        Set<Long> paperIds = attempts.stream().map(AttemptInfo::paperId).collect(Collectors.toSet());
        Map<Long, List<AnsweredQuestion>> answers = records.answers(ids);
        Map<QuestionRef, QuestionContent> contents = bank.revisions(answers.values().stream().flatMap(List::stream)
                .map(AnsweredQuestion::question).collect(Collectors.toSet()));
        Map<Long, PaperDetail> paperDetails = new HashMap<>();
        paperIds.forEach(id -> paperDetails.put(id, papers.detail(id)));
        Map<Long, GradingPolicy> policies = panels.policies(paperIds);
        List<Assignment> assignments = panels.assignmentsOfPapers(paperIds);
        List<GradingSheet> allSheets = sheets.findByAttemptIdIn(ids);
        Map<Long, List<Grade>> gradesBySheet = grades.findBySheetIdIn(allSheets.stream().map(GradingSheet::getId).toList())
                .stream().collect(Collectors.groupingBy(Grade::getSheetId));
        Map<Long, Map<Integer, Settlement>> settled = new HashMap<>();
        settlements.findByAttemptIdIn(ids).forEach(s ->
                settled.computeIfAbsent(s.getAttemptId(), k -> new HashMap<>()).put(s.getPosition(), s));
        Map<Long, List<GradingSheet>> sheetsByAttempt = allSheets.stream()
                .collect(Collectors.groupingBy(GradingSheet::getAttemptId));

        List<AttemptScore> result = new ArrayList<>();
        for (AttemptInfo attempt : attempts) {
            PaperDetail paper = paperDetails.get(attempt.paperId());
            GradingPolicy policy = policies.getOrDefault(attempt.paperId(), GradingPolicy.defaults(attempt.paperId()));
            List<GradingSheet> attemptSheets = sheetsByAttempt.getOrDefault(attempt.id(), List.of());
            Set<Long> panel = new TreeSet<>();
            assignments.stream().filter(a -> a.covers(attempt)).forEach(a -> panel.add(a.graderId()));
            attemptSheets.stream().filter(GradingSheet::isComplete).forEach(s -> panel.add(s.getGraderId()));
            Map<Long, Boolean> complete = new LinkedHashMap<>();
            panel.forEach(g -> complete.put(g, attemptSheets.stream()
                    .anyMatch(s -> s.getGraderId() == g && s.isComplete())));
            List<QuestionScore> questions = new ArrayList<>();
            int number = 1;
            for (AnsweredQuestion answer : answers.getOrDefault(attempt.id(), List.of())) {
                QuestionContent content = contents.get(answer.question());
                Map<Long, Mark> marks = new LinkedHashMap<>();
                List<RubricLine> lines = rubricLines(content, answer.points());
                for (GradingSheet sheet : attemptSheets) {
                    gradesBySheet.getOrDefault(sheet.getId(), List.of()).stream()
                            .filter(g -> g.getPosition() == answer.position()).findFirst()
                            .ifPresent(g -> marks.put(sheet.getGraderId(), mark(sheet, g, lines.size())));
                }
                Settlement s = settled.getOrDefault(attempt.id(), Map.of()).get(answer.position());
                questions.add(question(number++, answer, content, lines, marks, s, policy));
            }
            BigDecimal total = questions.stream().map(QuestionScore::scoreOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new AttemptScore(attempt, paper.settings().title(), paper.total(), paper.settings().passMark(),
                    policy, panel, complete, questions, total, status(attempt, questions, complete)));
        }
        return result;
    }

    /** The steps a grader scores: the rubric's, or one step for the whole question when it has none. */
    public static List<RubricLine> rubricLines(QuestionContent content, BigDecimal points) {
        if (!content.kind().isRubricScored()) {
            return List.of();
        }
        if (content.rubric().isEmpty()) {
            return List.of(new RubricLine(0, null, points, null, null));
        }
        List<RubricLine> lines = new ArrayList<>();
        for (int i = 0; i < content.rubric().size(); i++) {
            QuestionContent.RubricStep step = content.rubric().get(i);
            lines.add(new RubricLine(i, step.label(), step.maxPoints(), step.guidance(), step.modelWording()));
        }
        return lines;
    }

    public BigDecimal paperTotal(long paperId) {
        return papers.detail(paperId).total();
    }

    public String paperTitle(long paperId) {
        return papers.detail(paperId).settings().title();
    }

    @Transactional(readOnly = true)
    public GradingPolicy policy(long paperId) {
        return panels.policies(Set.of(paperId)).getOrDefault(paperId, GradingPolicy.defaults(paperId));
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignments(Collection<Long> paperIds) {
        return panels.assignmentsOfPapers(paperIds);
    }

    private static Mark mark(GradingSheet sheet, Grade grade, int stepCount) {
        List<BigDecimal> steps = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Map<Integer, StepMark> stored = grade.getSteps();
        for (int i = 0; i < stepCount; i++) {
            StepMark m = stored.get(i);
            steps.add(m == null ? null : m.getScore());
            comments.add(m == null ? null : m.getComment());
        }
        return new Mark(sheet.getGraderId(), sheet.isComplete(), grade.getScore(), steps, comments, grade.getComment(),
                grade.getNotes(), grade.getVersion());
    }

    private static QuestionScore question(int number, AnsweredQuestion answer, QuestionContent content,
                                          List<RubricLine> lines, Map<Long, Mark> marks, Settlement s,
                                          GradingPolicy policy) {
        Settled settled = s == null ? null : new Settled(s.getKind().name(), s.getScore(),
                new ArrayList<>(s.getSteps().values()), s.getReason(), s.getSettledBy(), s.getSettledAt(),
                s.getVersion());
        if (!content.kind().isRubricScored()) {
            BigDecimal auto = answer.autoScore() == null ? BigDecimal.ZERO : answer.autoScore();
            return new QuestionScore(number, answer, content, lines, marks, settled,
                    settled != null ? settled.score() : auto, List.of(), false, false);
        }
        List<Mark> handedIn = marks.values().stream().filter(m -> m.handedIn() && m.score() != null).toList();
        List<BigDecimal> scores = handedIn.stream().map(Mark::score).toList();
        Aggregation combineBy = policy.aggregation() == Aggregation.MEDIAN ? Aggregation.MEDIAN : Aggregation.MEAN;
        List<BigDecimal> finalSteps = new ArrayList<>();
        BigDecimal finalScore;
        if (settled != null) {
            finalScore = settled.score();
            finalSteps.addAll(settled.steps());
        }
        else {
            finalScore = ScoreRules.combine(scores, combineBy);
            for (int i = 0; i < lines.size(); i++) {
                int step = i;
                finalSteps.add(ScoreRules.combine(handedIn.stream().map(m -> m.steps().get(step)).toList(), combineBy));
            }
        }
        boolean flagged = settled == null && ScoreRules.differsTooMuch(scores, answer.points(), policy.flagPercent());
        boolean consensus = settled == null && policy.aggregation() == Aggregation.CONSENSUS && scores.size() > 1;
        return new QuestionScore(number, answer, content, lines, marks, settled, finalScore, finalSteps, flagged,
                consensus);
    }

    private static AttemptScore.Status status(AttemptInfo attempt, List<QuestionScore> questions,
                                              Map<Long, Boolean> complete) {
        if (!attempt.submitted()) {
            return AttemptScore.Status.SITTING;
        }
        boolean rubric = questions.stream().anyMatch(q -> !q.objective());
        if (!rubric) {
            return AttemptScore.Status.DONE;
        }
        if (complete.isEmpty()) {
            return AttemptScore.Status.UNASSIGNED;
        }
        if (complete.containsValue(false)) {
            return AttemptScore.Status.GRADING;
        }
        return questions.stream().anyMatch(QuestionScore::needsSettling)
                ? AttemptScore.Status.RECONCILING : AttemptScore.Status.DONE;
    }

}
