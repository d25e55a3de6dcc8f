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
import com.kaoping.shared.Formats;
import com.kaoping.shared.Spreadsheets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** HR invites candidates to a published paper and follows their invitations. */
@Controller
@RequestMapping("/papers/{paperId}/invitations")
@PreAuthorize("hasRole('HR')")
class InvitationController {

    private final InvitationService invitations;
    private final PaperService papers;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Formats formats;

    InvitationController(InvitationService invitations, PaperService papers, MessageSource messages, Formats formats,
                         @Value("${kaoping.time-zone}") String zone) {
        this.formats = formats;
        this.invitations = invitations;
        this.papers = papers;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    /** Where candidates' links start, as this request reached the server (through the proxy: its https address). */
    static String linkBase() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/").toUriString();
    }

    @GetMapping
    String list(@PathVariable long paperId, Model model) {
        model.addAttribute("paper", papers.detail(paperId));
        model.addAttribute("invitations", invitations.list(paperId));
        model.addAttribute("linkBase", linkBase());
        model.addAttribute("mailEnabled", invitations.mailEnabled());
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
                  @RequestParam(defaultValue = "0") String extraMinutes, @RequestParam(defaultValue = "false") boolean sendMail,
                  RedirectAttributes flash, Locale locale) {
        try {
            List<InvitationService.Candidate> parsed = parse(candidates);
            int extra = parseMinutes(extraMinutes);
            List<Long> ids = invitations.invite(paperId, parsed, parseTime(opensAt), parseTime(closesAt), extra,
                    CurrentUser.requireId());
            String done = messages.getMessage("invite.done", new Object[] {ids.size()}, locale);
            if (sendMail && invitations.mailEnabled()) {
                done += " " + queued(invitations.mailInvitations(paperId, ids, linkBase(), CurrentUser.requireId()), locale);
            }
            flash.addFlashAttribute("successText", done);
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

    /** E-mails every invitation of the paper that has an address and was not mailed yet. */
    @PostMapping("/mail")
    String mailUnsent(@PathVariable long paperId, RedirectAttributes flash, Locale locale) {
        return mail(paperId, null, flash, locale);
    }

    /** E-mails one invitation (again). */
    @PostMapping("/{id}/mail")
    String mailOne(@PathVariable long paperId, @PathVariable long id, RedirectAttributes flash, Locale locale) {
        return mail(paperId, List.of(id), flash, locale);
    }

    private String mail(long paperId, List<Long> ids, RedirectAttributes flash, Locale locale) {
        try {
            flash.addFlashAttribute("successText",
                    queued(invitations.mailInvitations(paperId, ids, linkBase(), CurrentUser.requireId()), locale));
        }
        catch (PaperRuleException e) {
            flash.addFlashAttribute("failureText", messages.getMessage(e.code(), e.args().toArray(), locale));
        }
        return "redirect:/papers/" + paperId + "/invitations";
    }

    private String queued(InvitationService.MailResult result, Locale locale) {
        return messages.getMessage("invite.mail.queued", new Object[] {result.queued(), result.withoutEmail()}, locale);
    }

    /** The links as a table, for those who send them their own way (a mail merge, a messaging app). */
    @GetMapping("/links.xlsx")
    ResponseEntity<byte[]> linksXlsx(@PathVariable long paperId, Locale locale) {
        String title = papers.detail(paperId).settings().title();
        return Spreadsheets.download(Spreadsheets.xlsx(linkTable(paperId, locale),
                messages.getMessage("invite.export.sheet", null, locale)), title + ".xlsx", Spreadsheets.XLSX);
    }

    @GetMapping("/links.csv")
    ResponseEntity<byte[]> linksCsv(@PathVariable long paperId, Locale locale) {
        String title = papers.detail(paperId).settings().title();
        return Spreadsheets.download(Spreadsheets.csv(linkTable(paperId, locale)), title + ".csv", Spreadsheets.CSV);
    }

    private List<List<Object>> linkTable(long paperId, Locale locale) {
        String base = linkBase();
        List<List<Object>> table = new ArrayList<>();
        table.add(List.of(text("invite.candidate", locale), text("results.col.email", locale),
                text("results.col.phone", locale), text("invite.link", locale), text("invite.opensAt", locale),
                text("invite.closesAt", locale), text("invite.extraMinutes", locale), text("invite.state", locale),
                text("invite.mail.col", locale)));
        for (InvitationService.InvitationView i : invitations.list(paperId)) {
            List<Object> line = new ArrayList<>();
            line.add(i.candidateName());
            line.add(i.email());
            line.add(i.phone());
            line.add(base + i.token());
            line.add(formats.local(i.opensAt()));
            line.add(formats.local(i.closesAt()));
            line.add(i.extraMinutes());
            line.add(text("invite.state." + i.state(), locale));
            line.add(i.mail() == null ? text("invite.mail.none", locale)
                    : messages.getMessage("invite.mail." + i.mail().kind() + "." + i.mail().status(),
                            new Object[] {formats.dateTime(i.mail().at())}, locale));
            table.add(line);
        }
        return table;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
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
