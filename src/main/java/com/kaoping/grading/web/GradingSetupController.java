package com.kaoping.grading.web;

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

    GradingSetupController(GradingService grading, Scoreboard scoreboard, PaperService papers,
                           InvitationService invitations, AccountService accounts) {
        this.grading = grading;
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
    String page(@PathVariable long paperId, Model model) {
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
        return "grading/setup";
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
        grading.savePolicy(GradingController.actor(request), paperId, aggregation, percent, blind, version);
        redirect.addFlashAttribute("success", "grading.policy.saved");
        return "redirect:/papers/" + paperId + "/grading";
    }

    @PostMapping("/assignments")
    String assign(@PathVariable long paperId, @RequestParam(name = "grader", required = false) List<Long> graders,
                  @RequestParam(required = false) Long invitation, @RequestParam(defaultValue = "false") boolean lead,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Set<Long> chosen = graders == null ? Set.of() : new HashSet<>(graders);
        grading.assign(GradingController.actor(request), paperId, invitation, chosen, lead);
        redirect.addFlashAttribute("success", "grading.assign.done");
        return "redirect:/papers/" + paperId + "/grading";
    }

    @PostMapping("/assignments/{assignmentId}/delete")
    String unassign(@PathVariable long paperId, @PathVariable long assignmentId, HttpServletRequest request,
                    RedirectAttributes redirect) {
        grading.unassign(GradingController.actor(request), paperId, assignmentId);
        redirect.addFlashAttribute("success", "grading.unassign.done");
        return "redirect:/papers/" + paperId + "/grading";
    }
}
