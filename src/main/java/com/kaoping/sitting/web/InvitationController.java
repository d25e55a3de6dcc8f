package com.kaoping.sitting.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaoping.account.CurrentUser;
import com.kaoping.paper.PaperRuleException;
import com.kaoping.paper.PaperService;
import com.kaoping.sitting.InvitationService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR invites candidates to a published paper and follows their invitations. */
@Controller
@RequestMapping("/papers/{paperId}/invitations")
@PreAuthorize("hasRole('HR')")
class InvitationController {

    private final InvitationService invitations;
    private final PaperService papers;
    private final MessageSource messages;
    private final ZoneId zone;

    InvitationController(InvitationService invitations, PaperService papers, MessageSource messages,
                         @Value("${kaoping.time-zone}") String zone) {
        this.invitations = invitations;
        this.papers = papers;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping
    String list(@PathVariable long paperId, Model model, HttpServletRequest request) {
        model.addAttribute("paper", papers.detail(paperId));
        model.addAttribute("invitations", invitations.list(paperId));
        model.addAttribute("linkBase", request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + "/s/");
        LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        if (!model.containsAttribute("opensAt")) {
            model.addAttribute("opensAt", now.toString());
            model.addAttribute("closesAt", now.plusDays(7).toString());
            model.addAttribute("extraMinutes", "0");
        }
        model.addAttribute("activeNav", "papers");
        return "sitting/invitations";
    }

    /** One candidate per line: "name", "name, email" or "name, email, phone" (tabs work too, as pasted from a sheet). */
    @PostMapping
    String invite(@PathVariable long paperId, @RequestParam(defaultValue = "") String candidates,
                  @RequestParam String opensAt, @RequestParam String closesAt,
                  @RequestParam(defaultValue = "0") String extraMinutes, RedirectAttributes flash, Locale locale) {
        try {
            List<InvitationService.Candidate> parsed = parse(candidates);
            int extra = parseMinutes(extraMinutes);
            List<Long> ids = invitations.invite(paperId, parsed, parseTime(opensAt), parseTime(closesAt), extra,
                    CurrentUser.requireId());
            flash.addFlashAttribute("successText", messages.getMessage("invite.done", new Object[] {ids.size()},
                    locale));
        }
        catch (PaperRuleException e) {
            flash.addFlashAttribute("failureText", messages.getMessage(e.code(), e.args().toArray(), locale));
            flash.addFlashAttribute("candidates", candidates);
            flash.addFlashAttribute("opensAt", opensAt);
            flash.addFlashAttribute("closesAt", closesAt);
            flash.addFlashAttribute("extraMinutes", extraMinutes);
        }
        return "redirect:/papers/" + paperId + "/invitations";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long paperId, @PathVariable long id, RedirectAttributes flash) {
        invitations.revoke(paperId, id);
        flash.addFlashAttribute("success", "invite.revoked");
        return "redirect:/papers/" + paperId + "/invitations";
    }

    @PostMapping("/{id}/extend")
    String extend(@PathVariable long paperId, @PathVariable long id, @RequestParam String closesAt,
                  @RequestParam(defaultValue = "0") String extraMinutes, RedirectAttributes flash, Locale locale) {
        try {
            invitations.extend(paperId, id, parseTime(closesAt), parseMinutes(extraMinutes));
            flash.addFlashAttribute("success", "invite.extended");
        }
        catch (PaperRuleException e) {
            flash.addFlashAttribute("failureText", messages.getMessage(e.code(), e.args().toArray(), locale));
        }
        return "redirect:/papers/" + paperId + "/invitations";
    }

    private Instant parseTime(String text) {
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        }
        catch (DateTimeParseException | NullPointerException e) {
            throw new PaperRuleException("invite.badTime");
        }
    }

    private static int parseMinutes(String text) {
        try {
            return Integer.parseInt(text.strip().isEmpty() ? "0" : text.strip());
        }
        catch (NumberFormatException e) {
            throw new PaperRuleException("invite.extra");
        }
    }

    static List<InvitationService.Candidate> parse(String text) {
        List<InvitationService.Candidate> result = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[\\t,，;；]");
            String name = parts[0].strip();
            String email = parts.length > 1 ? parts[1].strip() : "";
            String phone = parts.length > 2 ? parts[2].strip() : "";
            if (name.isEmpty() || name.length() > 100) {
                throw new PaperRuleException("invite.badName", lineNumber);
            }
            if (!email.isEmpty() && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                throw new PaperRuleException("invite.badEmail", lineNumber);
            }
            if (phone.length() > 40) {
                throw new PaperRuleException("invite.badPhone", lineNumber);
            }
            result.add(new InvitationService.Candidate(name, email, phone));
        }
        return result;
    }
}
