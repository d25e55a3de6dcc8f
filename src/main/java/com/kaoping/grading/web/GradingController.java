package com.kaoping.grading.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.kaoping.account.CurrentUser;
import com.kaoping.account.UserDirectory;
import com.kaoping.grading.AttemptScore;
import com.kaoping.grading.AttemptScore.Mark;
import com.kaoping.grading.AttemptScore.QuestionScore;
import com.kaoping.grading.AttemptScore.RubricLine;
import com.kaoping.grading.Actor;
import com.kaoping.grading.GradingService;
import com.kaoping.grading.ScoreSheets;
import com.kaoping.grading.ScoreSheets.SaveOutcome;
import com.kaoping.grading.ScoreSheets.StepInput;
import com.kaoping.grading.Settling;
import com.kaoping.grading.NotAssignedException;
import com.kaoping.grading.ScoreRules;
import com.kaoping.grading.Scoreboard;
import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.shared.NotFoundException;
import com.kaoping.sitting.InvitationService;
import com.kaoping.sitting.InvitationState;
import com.kaoping.sitting.SittingService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grading queue and the grading screen: one answer at a time, by candidate or by question,
 * scored step by step with totals computed by the server after every change.
 */
@Controller
@RequestMapping("/grading")
@PreAuthorize("hasAnyRole('HR','INTERVIEWER','ADMIN')")
class GradingController {

    private final GradingService grading;
    private final ScoreSheets scoreSheets;
    private final Settling settling;
    private final Scoreboard scoreboard;
    private final PaperService papers;
    private final InvitationService invitations;
    private final SittingService sittings;
    private final UserDirectory users;
    private final com.kaoping.sitting.AttemptRecords records;
    private final com.kaoping.question.QuestionBank bank;

    GradingController(GradingService grading, ScoreSheets scoreSheets, Settling settling, Scoreboard scoreboard,
                      PaperService papers,
                      InvitationService invitations, SittingService sittings, UserDirectory users,
                      com.kaoping.sitting.AttemptRecords records, com.kaoping.question.QuestionBank bank) {
        this.records = records;
        this.bank = bank;
        this.grading = grading;
        this.scoreSheets = scoreSheets;
        this.settling = settling;
        this.scoreboard = scoreboard;
        this.papers = papers;
        this.invitations = invitations;
        this.sittings = sittings;
        this.users = users;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "grading";
    }

    static Actor actor(HttpServletRequest request) {
        // HR and admin see every attempt; an interviewer only what is assigned to them
        return new Actor(CurrentUser.requireId(), request.isUserInRole("HR"), request.isUserInRole("ADMIN"));
    }

    // ---- queue ----

    /**
     * One row of the queue, as the grader reads it.
     *
     * @param canSettle this person leads the attempt's panel or is HR: the queue offers to reconcile */
    record QueueRow(AttemptScore score, String candidate, int mine, int toGrade, boolean myComplete,
                    boolean onPanel, boolean canSettle) {
    }

    /** A candidate of an interview paper who can be interviewed live (no attempt yet). */
    record LiveRow(long invitationId, long paperId, String paperTitle, String candidate) {
    }

    @GetMapping
    String queue(@RequestParam(required = false) Long paper, @RequestParam(required = false) String status,
                 @RequestParam(required = false) Long question, Model model, HttpServletRequest request) {
        Actor actor = actor(request);
        List<AttemptScore> all = grading.queue(actor, paper);
        Set<Long> mine = new TreeSet<>(grading.queuePaperIds(actor));
        Map<Long, String> paperTitles = new LinkedHashMap<>();
        papers.list(null).stream().filter(p -> mine.contains(p.id()))
                .forEach(p -> paperTitles.put(p.id(), p.title()));
        List<AttemptScore> shown = all.stream()
                .filter(s -> status == null || status.isBlank() || s.status().name().equals(status))
                .filter(s -> question == null || s.questions().stream()
                        .anyMatch(q -> q.answer().question().questionId() == question))
                .toList();
        List<Scoreboard.Assignment> leads = actor.hr() ? List.of()
                : grading.myAssignments(actor.userId()).stream().filter(Scoreboard.Assignment::lead).toList();
        List<QueueRow> rows = shown.stream().map(s -> row(s, actor, actor.hr()
                || leads.stream().anyMatch(a -> a.covers(s.attempt())))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("papers", paperTitles);
        model.addAttribute("statuses", AttemptScore.Status.values());
        model.addAttribute("paper", paper);
        model.addAttribute("status", status);
        model.addAttribute("question", question);
        // questions of the chosen paper, for "grade one question across candidates"
        Map<Long, String> questions = new LinkedHashMap<>();
        if (paper != null) {
            all.stream().filter(s -> s.attempt().paperId() == paper).flatMap(s -> s.questions().stream())
                    .filter(q -> !q.objective())
                    .sorted(Comparator.comparingInt(QuestionScore::number))
                    .forEach(q -> questions.putIfAbsent(q.answer().question().questionId(),
                            q.number() + ". " + abbreviate(q.content().stem(), 40)));
        }
        model.addAttribute("questions", questions);
        if (question != null) {
            rows.stream().filter(r -> r.onPanel() && r.score().attempt().submitted()).findFirst()
                    .flatMap(r -> r.score().questions().stream()
                            .filter(q -> q.answer().question().questionId() == question).findFirst()
                            .map(q -> "/grading/attempts/" + r.score().attempt().id() + "/q/" + q.position()
                                    + "?by=question"))
                    .ifPresent(url -> model.addAttribute("byQuestionUrl", url));
        }
        model.addAttribute("live", liveRows(actor, paper));
        model.addAttribute("hr", actor.seesAll());
        return "grading/queue";
    }

    private QueueRow row(AttemptScore s, Actor actor, boolean canSettle) {
        int toGrade = (int) s.questions().stream().filter(q -> !q.objective()).count();
        int mine = (int) s.questions().stream().filter(q -> !q.objective())
                .filter(q -> q.scoredBy(actor.userId()))
                .count();
        return new QueueRow(s, s.attempt().candidateName(), mine, toGrade,
                Boolean.TRUE.equals(s.sheetsComplete().get(actor.userId())), s.panel().contains(actor.userId()),
                canSettle);
    }

    private List<LiveRow> liveRows(Actor actor, Long paperFilter) {
        List<Scoreboard.Assignment> mine = grading.myAssignments(actor.userId());
        List<LiveRow> rows = new ArrayList<>();
        Set<Long> paperIds = new TreeSet<>();
        mine.forEach(a -> paperIds.add(a.paperId()));
        for (long paperId : paperIds) {
            if (paperFilter != null && paperFilter != paperId) {
                continue;
            }
            PaperDetail detail = papers.detail(paperId);
            if (detail.settings().purpose() != PaperPurpose.INTERVIEW) {
                continue;
            }
            for (InvitationService.InvitationView i : invitations.list(paperId)) {
                boolean covered = mine.stream().anyMatch(a -> a.paperId() == paperId
                        && (a.invitationId() == null || a.invitationId() == i.id()));
                if (covered && i.state() == InvitationState.NOT_STARTED) {
                    rows.add(new LiveRow(i.id(), paperId, detail.settings().title(), i.candidateName()));
                }
            }
        }
        return rows;
    }

    /** Starts (or resumes) a live interview for an assigned candidate and opens the first question. */
    @PostMapping("/invitations/{invitationId}/live")
    String startLive(@PathVariable long invitationId, HttpServletRequest request) {
        Actor actor = actor(request);
        long paperId = invitations.paperOf(invitationId).orElseThrow(() -> new NotFoundException("invitation", invitationId));
        boolean covered = grading.myAssignments(actor.userId()).stream()
                .anyMatch(a -> a.paperId() == paperId && (a.invitationId() == null || a.invitationId() == invitationId));
        if (!covered) {
            throw new NotAssignedException();
        }
        long attemptId;
        try {
            attemptId = sittings.startLive(invitationId);
        }
        catch (com.kaoping.sitting.SittingClosedException e) {
            throw new com.kaoping.grading.GradingRuleException("grading.live.unavailable");
        }
        return "redirect:/grading/attempts/" + attemptId + "/q/0";
    }

    // ---- the screen ----

    @GetMapping("/attempts/{attemptId}")
    String firstOpen(@PathVariable long attemptId, HttpServletRequest request) {
        Actor actor = actor(request);
        AttemptScore score = grading.attempt(actor, attemptId);
        int position = score.questions().stream().filter(q -> !q.objective())
                .filter(q -> !q.scoredBy(actor.userId()))
                .map(QuestionScore::position).findFirst()
                .orElse(score.questions().isEmpty() ? 0 : score.questions().get(0).position());
        return "redirect:/grading/attempts/" + attemptId + "/q/" + position;
    }

    @GetMapping("/attempts/{attemptId}/q/{position}")
    String screen(@PathVariable long attemptId, @PathVariable int position,
                  @RequestParam(name = "by", required = false) String mode, Model model, HttpServletRequest request) {
        String by = mode(mode);
        Actor actor = actor(request);
        AttemptScore score = grading.attempt(actor, attemptId);
        QuestionScore q = question(score, position);
        Mark mine = q.marks().get(actor.userId());
        List<ScreenStep> steps = new ArrayList<>();
        for (RubricLine line : q.steps()) {
            steps.add(new ScreenStep(line, mine == null ? null : com.kaoping.shared.Points.plain(mine.steps().get(line.index())),
                    mine == null ? null : mine.stepComments().get(line.index()), null));
        }
        fillScreen(model, actor, score, q, steps, mine == null ? null : mine.comment(),
                mine == null ? null : mine.notes(), mine == null ? null : mine.version(), by);
        return "grading/screen";
    }

    /**
     * Saves the step scores. From htmx (every change) the answer is the fragment with the new
     * totals and save state; from a plain form post it is the next (or the same) answer.
     */
    @PostMapping("/attempts/{attemptId}/q/{position}")
    String save(@PathVariable long attemptId, @PathVariable int position, @ModelAttribute GradeForm form,
                @RequestParam(name = "by", required = false) String mode, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        String by = mode(mode);
        Actor actor = actor(request);
        boolean htmx = request.getHeader("HX-Request") != null;
        List<StepInput> inputs = form.inputs();
        SaveOutcome outcome;
        try {
            outcome = scoreSheets.save(actor, attemptId, position, form.getVersion(), inputs, form.getComment(),
                    form.getNotes());
        }
        catch (OptimisticLockingFailureException e) {
            outcome = new SaveOutcome(false, Map.of(), "grading.save.conflict", true,
                    form.getVersion() == null ? -1 : form.getVersion(), null);
        }
        AttemptScore score = grading.attempt(actor, attemptId);
        QuestionScore q = question(score, position);
        if (outcome.saved() && form.isNext()) {
            String next = route(score, actor, by).saveAndNext(score, q);
            if (next != null && htmx) {
                response.setHeader("HX-Redirect", next);
                return "grading/screen :: empty";
            }
            if (!htmx) {
                return "redirect:" + (next != null ? next : "/grading/attempts/" + attemptId + "/q/" + position
                        + (by != null ? "?by=" + by : ""));
            }
            // the last answer: nowhere further to go, so the page stays and says it is saved (it
            // reloaded itself before, which could land after the grader had already moved on)
        }
        List<ScreenStep> steps = new ArrayList<>();
        for (RubricLine line : q.steps()) {
            StepInput typed = line.index() < inputs.size() ? inputs.get(line.index()) : new StepInput(null, null);
            steps.add(new ScreenStep(line, typed.score(), typed.comment(), outcome.stepErrors().get(line.index())));
        }
        fillScreen(model, actor, score, q, steps, form.getComment(), form.getNotes(),
                outcome.saved() || !outcome.conflict() ? (outcome.version() < 0 ? null : outcome.version())
                        : form.getVersion(), by);
        model.addAttribute("outcome", outcome);
        model.addAttribute("savedAt", java.time.Instant.now());
        if (!outcome.saved()) {
            response.setStatus(htmx ? 200 : (outcome.conflict() ? 409 : 422));
        }
        return htmx ? "grading/screen :: saved" : "grading/screen";
    }

    @PostMapping("/attempts/{attemptId}/complete")
    String complete(@PathVariable long attemptId, HttpServletRequest request, RedirectAttributes redirect) {
        scoreSheets.complete(actor(request), attemptId);
        redirect.addFlashAttribute("success", "grading.complete.done");
        return "redirect:/grading";
    }

    @PostMapping("/attempts/{attemptId}/q/{position}/override")
    String override(@PathVariable long attemptId, @PathVariable int position, @RequestParam String score,
                    @RequestParam String reason, @RequestParam(required = false) Long version,
                    @RequestParam(name = "by", required = false) String mode, HttpServletRequest request,
                    RedirectAttributes redirect) {
        String by = mode(mode);
        try {
            settling.override(actor(request), attemptId, position, score, reason, version);
            redirect.addFlashAttribute("success", "grading.override.done");
        }
        catch (OptimisticLockingFailureException e) {
            // someone settled this question meanwhile: show theirs, keep what was typed
            redirect.addFlashAttribute("failure", "grading.settle.conflict");
            redirect.addFlashAttribute("typedScore", score);
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/grading/attempts/" + attemptId + "/q/" + position + (by != null ? "?by=" + by : "");
    }

    // ---- reconciliation (panel lead or HR) and reopening (HR) ----

    @GetMapping("/attempts/{attemptId}/reconcile")
    String reconcileView(@PathVariable long attemptId, Model model, HttpServletRequest request) {
        Actor actor = actor(request);
        AttemptScore score = grading.attempt(actor, attemptId);
        if (!grading.canSettle(actor, score.attempt())) {
            throw new NotAssignedException("grading.notLead");
        }
        if (score.othersHiddenFrom(actor.userId())) {
            // whoever sits on the panel, HR included, settles only after scoring independently
            throw new com.kaoping.grading.GradingRuleException("grading.reconcile.handInFirst");
        }
        model.addAttribute("score", score);
        model.addAttribute("candidate", score.attempt().candidateName());
        Set<Long> people = new TreeSet<>(score.panel());
        score.questions().stream().filter(q -> q.settled() != null).forEach(q -> people.add(q.settled().by()));
        model.addAttribute("graderNames", users.displayNames(people));
        model.addAttribute("hr", actor.hr());
        model.addAttribute("questions", score.questions().stream()
                .filter(q -> !q.objective() && (q.handedIn().size() > 1 || q.settled() != null)).toList());
        return "grading/reconcile";
    }

    @PostMapping("/attempts/{attemptId}/q/{position}/reconcile")
    String reconcile(@PathVariable long attemptId, @PathVariable int position,
                     @RequestParam(name = "score", required = false) List<String> scores, @RequestParam String reason,
                     @RequestParam(required = false) Long version, HttpServletRequest request,
                     RedirectAttributes redirect) {
        try {
            settling.reconcile(actor(request), attemptId, position, scores == null ? List.of() : scores, reason, version);
            redirect.addFlashAttribute("success", "grading.reconcile.done");
        }
        catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", "grading.settle.conflict");
            redirect.addFlashAttribute("typedPosition", position);
            redirect.addFlashAttribute("typedSteps", scores);
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/grading/attempts/" + attemptId + "/reconcile#q-" + position;
    }

    @PostMapping("/attempts/{attemptId}/reopen")
    @PreAuthorize("hasRole('HR')")
    String reopen(@PathVariable long attemptId, @RequestParam long grader, @RequestParam String reason,
                  HttpServletRequest request, RedirectAttributes redirect) {
        settling.reopen(actor(request), attemptId, grader, reason);
        redirect.addFlashAttribute("success", "grading.reopen.done");
        return "redirect:/results/attempts/" + attemptId;
    }

    // ---- view model ----

    /** A rubric step as the screen shows it, with what is stored or was typed. */
    record ScreenStep(RubricLine line, String score, String comment, String error) {
    }

    /** A chip in the navigator. */
    record NavItem(int position, int number, boolean objective, boolean graded, boolean current, String href) {
    }

    private void fillScreen(Model model, Actor actor, AttemptScore score, QuestionScore q, List<ScreenStep> steps,
                            String comment, String notes, Long version, String by) {
        boolean onPanel = score.panel().contains(actor.userId());
        boolean myComplete = Boolean.TRUE.equals(score.sheetsComplete().get(actor.userId()));
        boolean assigned = grading.myAssignments(actor.userId()).stream().anyMatch(a -> a.covers(score.attempt()));
        model.addAttribute("score", score);
        model.addAttribute("hr", actor.hr());
        model.addAttribute("seesAll", actor.seesAll());
        model.addAttribute("q", q);
        // the section's shared scenario, read aloud in a live interview (published papers do not change)
        model.addAttribute("sectionBackground", papers.detail(score.attempt().paperId()).sections().stream()
                .filter(s -> s.number() == q.answer().sectionNumber()).findFirst()
                .map(com.kaoping.paper.PaperDetail.Section::background).orElse(null));
        model.addAttribute("steps", steps);
        model.addAttribute("comment", comment);
        model.addAttribute("notes", notes);
        model.addAttribute("version", version);
        model.addAttribute("by", "question".equals(by) ? "question" : null);
        model.addAttribute("candidate", score.attempt().candidateName());
        model.addAttribute("canGrade", assigned && score.attempt().submitted() && !myComplete);
        model.addAttribute("myComplete", myComplete);
        model.addAttribute("onPanel", onPanel);
        model.addAttribute("canSettle", grading.canSettle(actor, score.attempt()));
        // a panel member sees the others' scores once their own sheet is in (AttemptScore.seenBy hides them until then)
        model.addAttribute("othersVisible", !onPanel || myComplete);
        model.addAttribute("graderNames", users.displayNames(score.panel()));
        model.addAttribute("partial", partial(steps, q));
        model.addAttribute("myTotal", myTotal(score, actor.userId()));
        model.addAttribute("gradedCount", score.questions().stream().filter(x -> !x.objective())
                .filter(x -> x.scoredBy(actor.userId()))
                .count());
        model.addAttribute("toGradeCount", score.questions().stream().filter(x -> !x.objective()).count());
        Route route = route(score, actor, by);
        List<NavItem> nav = score.questions().stream().map(x -> new NavItem(x.position(), x.number(), x.objective(),
                x.objective() || x.scoredBy(actor.userId()), x.position() == q.position(),
                route.chip(score, x))).toList();
        model.addAttribute("nav", nav);
        model.addAttribute("nextUrl", route.next(score, q));
        model.addAttribute("prevUrl", route.previous(score, q));
        model.addAttribute("where", route.where(score, q));
        model.addAttribute("rubricMismatch", !q.objective() && !q.content().rubric().isEmpty()
                && ScoreRules.rubricTotal(q.content(), q.points()).compareTo(q.points()) != 0);
        model.addAttribute("rubricTotal", ScoreRules.rubricTotal(q.content(), q.points()));
        // as the candidate saw them: their order, their letters
        model.addAttribute("options", q.objective() ? q.seenOptions() : List.of());
    }

    /** The sum of the steps scored so far, scaled like the final score; and whether every step is in. */
    record Partial(BigDecimal score, boolean complete, int missing) {
    }

    private static Partial partial(List<ScreenStep> steps, QuestionScore q) {
        List<BigDecimal> values = new java.util.ArrayList<>();
        int missing = 0;
        for (ScreenStep step : steps) {
            BigDecimal value = null;
            try {
                value = step.error() == null ? com.kaoping.shared.Numbers.parseDecimal(step.score()) : null;
            }
            catch (IllegalArgumentException e) {
                // shown as an error beside the step
            }
            if (value == null) {
                missing++;
            }
            values.add(value);
        }
        return new Partial(ScoreRules.scale(ScoreRules.rubricSum(q.content(), values),
                ScoreRules.rubricTotal(q.content(), q.points()), q.points()), missing == 0, missing);
    }


    /** This grader's view of the attempt total: automatic scores plus their own question scores. */
    private static BigDecimal myTotal(AttemptScore score, long grader) {
        BigDecimal total = BigDecimal.ZERO;
        for (QuestionScore q : score.questions()) {
            if (q.objective()) {
                total = total.add(q.scoreOrZero());
            }
            else {
                Mark m = q.marks().get(grader);
                if (m != null && m.score() != null) {
                    total = total.add(m.score());
                }
            }
        }
        return total;
    }

    /**
     * The way through the answers. By candidate: Alt+arrows and previous/next visit every answer
     * (the automatic ones too, to check them), "save and next" goes to the next rubric question.
     * By question: one question through every candidate, then the next question, to the end
     * ({@link ByQuestionRoute}); the navigator's chips open a question at its first candidate.
     */
    private Route route(AttemptScore score, Actor actor, String by) {
        if (!"question".equals(by)) {
            return new Route(null);
        }
        List<com.kaoping.sitting.AttemptRecords.QuestionPlace> places = records.placesOfPaper(score.attempt().paperId());
        java.util.Set<com.kaoping.question.QuestionRef> rubric = new java.util.HashSet<>();
        bank.revisions(places.stream().map(com.kaoping.sitting.AttemptRecords.QuestionPlace::question)
                        .collect(java.util.stream.Collectors.toSet()))
                .forEach((ref, content) -> {
                    if (content.kind().isRubricScored()) {
                        rubric.add(ref);
                    }
                });
        List<Scoreboard.Assignment> mine = actor.seesAll() ? List.of() : grading.myAssignments(actor.userId());
        long paperId = score.attempt().paperId();
        return new Route(new ByQuestionRoute(places, rubric, p -> actor.seesAll() || mine.stream()
                .anyMatch(a -> a.paperId() == paperId && (a.invitationId() == null || a.invitationId() == p.invitationId()))));
    }

    /** Links of the way through, by candidate (byQuestion null) or by question. */
    private record Route(ByQuestionRoute byQuestion) {

        String next(AttemptScore score, QuestionScore q) {
            if (byQuestion != null) {
                return url(byQuestion.step(q.answer().question().questionId(), score.attempt().id(), 1));
            }
            return score.questions().stream().filter(x -> x.position() > q.position()).findFirst()
                    .map(x -> here(score, x)).orElse(null);
        }

        String previous(AttemptScore score, QuestionScore q) {
            if (byQuestion != null) {
                return url(byQuestion.step(q.answer().question().questionId(), score.attempt().id(), -1));
            }
            return score.questions().stream().filter(x -> x.position() < q.position()).reduce((a, b) -> b)
                    .map(x -> here(score, x)).orElse(null);
        }

        /** After "save and next": by candidate the next rubric question; by question the next stop. */
        String saveAndNext(AttemptScore score, QuestionScore q) {
            if (byQuestion != null) {
                return next(score, q);
            }
            return score.questions().stream().filter(x -> x.position() > q.position()).filter(x -> !x.objective())
                    .findFirst().map(x -> here(score, x)).orElse(null);
        }

        String chip(AttemptScore score, QuestionScore x) {
            if (byQuestion != null && !x.objective()) {
                ByQuestionRoute.Stop first = byQuestion.first(x.answer().question().questionId());
                if (first != null) {
                    return first.url();
                }
            }
            return here(score, x) + (byQuestion != null ? "?by=question" : "");
        }

        ByQuestionRoute.Where where(AttemptScore score, QuestionScore q) {
            return byQuestion == null ? null : byQuestion.where(q.answer().question().questionId(), score.attempt().id());
        }

        private static String here(AttemptScore score, QuestionScore x) {
            return "/grading/attempts/" + score.attempt().id() + "/q/" + x.position();
        }

        private static String url(ByQuestionRoute.Stop stop) {
            return stop == null ? null : stop.url();
        }
    }

    /** Only the known way through is passed on (it ends up in redirects). */
    private static String mode(String by) {
        return "question".equals(by) ? "question" : null;
    }

    private static QuestionScore question(AttemptScore score, int position) {
        return score.questions().stream().filter(x -> x.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("question", position));
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
