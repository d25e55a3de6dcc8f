package com.kaoping.grading.web;

import com.kaoping.grading.AuditEntry;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kaoping.account.AccountService;
import com.kaoping.account.AccountSummary;
import com.kaoping.account.Role;
import com.kaoping.grading.Aggregation;
import com.kaoping.grading.GradingService;
import com.kaoping.grading.Scoreboard;
import com.kaoping.paper.PaperService;
import com.kaoping.sitting.InvitationService;
import jakarta.servlet.http.HttpServletRequest;
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

/** HR decides who grades a paper (the whole paper or one candidate, a lead per panel) and how panels combine. */
@Controller
@RequestMapping("/papers/{paperId}/grading")
@PreAuthorize("hasRole('HR')")
class GradingSetupController {

    private final GradingService grading;
    private final Scoreboard scoreboard;
    private final PaperService papers;
    private final InvitationService invitations;
    private final AccountService accounts;
    private final org.springframework.context.MessageSource messages;

    private final com.kaoping.grading.Panels panels;

    GradingSetupController(GradingService grading, com.kaoping.grading.Panels panels, Scoreboard scoreboard, PaperService papers,
                           InvitationService invitations, AccountService accounts,
                           org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.grading = grading;
        this.panels = panels;
        this.scoreboard = scoreboard;
        this.papers = papers;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "papers";
    }

    @GetMapping
    String page(@PathVariable long paperId, Model model, java.util.Locale locale) {
        model.addAttribute("paper", papers.detail(paperId));
        model.addAttribute("policy", scoreboard.policy(paperId));
        model.addAttribute("aggregations", Aggregation.values());
        List<AccountSummary> people = accounts.list();
        Map<Long, AccountSummary> byId = people.stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        model.addAttribute("people", byId);
        model.addAttribute("graders", people.stream()
                .filter(a -> a.active() && a.roles().contains(Role.INTERVIEWER)).toList());
        List<InvitationService.InvitationView> invited = invitations.list(paperId);
        model.addAttribute("invitations", invited);
        model.addAttribute("candidates", invited.stream()
                .collect(Collectors.toMap(InvitationService.InvitationView::id, InvitationService.InvitationView::candidateName)));
        model.addAttribute("assignments", scoreboard.assignments(List.of(paperId)));
        Map<Long, String> candidates = invited.stream().collect(Collectors.toMap(InvitationService.InvitationView::id,
                InvitationService.InvitationView::candidateName));
        model.addAttribute("history", grading.paperAudit(paperId).stream().map(e -> new HistoryLine(e.changedAt(),
                byId.containsKey(e.changedBy()) ? byId.get(e.changedBy()).displayName() : "",
                describe(e, byId, candidates, locale))).toList());
        return "grading/setup";
    }

    /** One line of the panel's history, in the reader's language. */
    record HistoryLine(java.time.Instant at, String who, String what) {
    }

    private String describe(AuditEntry e, Map<Long, AccountSummary> people, Map<Long, String> candidates,
                            java.util.Locale locale) {
        String grader = e.graderId() != null && people.containsKey(e.graderId())
                ? people.get(e.graderId()).displayName() : "";
        return switch (e.what()) {
            case "ASSIGN" -> messages.getMessage("grading.history.assign",
                    new Object[] {grader, scope(e.newValue(), candidates, locale)}, locale);
            case "UNASSIGN" -> messages.getMessage("grading.history.unassign",
                    new Object[] {grader, scope(e.oldValue(), candidates, locale)}, locale);
            default -> messages.getMessage("grading.history.policy",
                    new Object[] {policy(e.oldValue(), locale), policy(e.newValue(), locale)}, locale);
        };
    }

    /** "ALL", "INVITATION 12", with " LEAD": as the service writes a panel scope. */
    private String scope(String stored, Map<Long, String> candidates, java.util.Locale locale) {
        if (stored == null) {
            return "";
        }
        String[] parts = stored.split(" ");
        String who = "ALL".equals(parts[0]) ? messages.getMessage("grading.scope.paper", null, locale)
                : candidates.getOrDefault(Long.parseLong(parts[1]), parts[1]);
        return stored.endsWith(" LEAD") ? who + messages.getMessage("grading.history.asLead", null, locale) : who;
    }

    /** "MEAN 20%" or "MEDIAN 30% BLIND": as the service writes a policy. */
    private String policy(String stored, java.util.Locale locale) {
        if (stored == null) {
            return messages.getMessage("grading.history.defaults", null, locale);
        }
        String[] parts = stored.split(" ");
        return messages.getMessage("grading.aggregation." + parts[0], null, locale) + ", " + parts[1]
                + (parts.length > 2 ? ", " + messages.getMessage("grading.history.blind", null, locale) : "");
    }

    @PostMapping("/policy")
    String policy(@PathVariable long paperId, @RequestParam Aggregation aggregation, @RequestParam String flagPercent,
                  @RequestParam(defaultValue = "false") boolean blind, @RequestParam long version,
                  HttpServletRequest request, RedirectAttributes redirect) {
        int percent;
        try {
            percent = Integer.parseInt(java.text.Normalizer.normalize(flagPercent, java.text.Normalizer.Form.NFKC).strip());
        }
        catch (NumberFormatException e) {
            percent = -1;
        }
        panels.savePolicy(GradingController.actor(request), paperId, aggregation, percent, blind, version);
        redirect.addFlashAttribute("success", "grading.policy.saved");
        return "redirect:/papers/" + paperId + "/grading";
    }

    @PostMapping("/assignments")
    String assign(@PathVariable long paperId, @RequestParam(name = "grader", required = false) List<Long> graders,
                  @RequestParam(required = false) Long invitation, @RequestParam(defaultValue = "false") boolean lead,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Set<Long> chosen = graders == null ? Set.of() : new HashSet<>(graders);
        panels.assign(GradingController.actor(request), paperId, invitation, chosen, lead);
        redirect.addFlashAttribute("success", "grading.assign.done");
        return "redirect:/papers/" + paperId + "/grading";
    }

    @PostMapping("/assignments/{assignmentId}/delete")
    String unassign(@PathVariable long paperId, @PathVariable long assignmentId, HttpServletRequest request,
                    RedirectAttributes redirect) {
        panels.unassign(GradingController.actor(request), paperId, assignmentId);
        redirect.addFlashAttribute("success", "grading.unassign.done");
        return "redirect:/papers/" + paperId + "/grading";
    }
}
