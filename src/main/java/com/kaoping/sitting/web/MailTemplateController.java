package com.kaoping.sitting.web;

import com.kaoping.account.CurrentUser;
import com.kaoping.paper.PaperRuleException;
import com.kaoping.sitting.InvitationService;
import com.kaoping.sitting.InvitationService.MailText;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The text of the e-mails candidates receive (one for all papers), edited by HR. */
@Controller
@RequestMapping("/mail-templates")
@PreAuthorize("hasRole('HR')")
class MailTemplateController {

    private final InvitationService invitations;

    MailTemplateController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "papers";
    }

    @GetMapping("/{kind:INVITE|REMINDER}")
    String edit(@PathVariable String kind, @RequestParam(required = false) Long from, Model model) {
        MailText text = invitations.mailTemplate(kind);
        MailTemplateForm form = new MailTemplateForm();
        form.setSubject(text.subject());
        form.setBody(text.body());
        form.setVersion(text.version());
        model.addAttribute("form", form);
        return page(kind, from, form, model);
    }

    @PostMapping("/{kind:INVITE|REMINDER}")
    String save(@PathVariable String kind, @RequestParam(required = false) Long from,
                @Valid @ModelAttribute("form") MailTemplateForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page(kind, from, form, model);
        }
        try {
            invitations.saveMailTemplate(kind, form.getSubject(), form.getBody(), form.getVersion(),
                    CurrentUser.requireId());
        }
        catch (PaperRuleException e) {
            errors.rejectValue("body", e.code());
            return page(kind, from, form, model);
        }
        catch (OptimisticLockingFailureException e) {
            // what the other person saved is shown, so nothing of theirs is overwritten unseen
            errors.reject("mailTemplate.conflict");
            MailText theirs = invitations.mailTemplate(kind);
            form.setSubject(theirs.subject());
            form.setBody(theirs.body());
            form.setVersion(theirs.version());
            return page(kind, from, form, model);
        }
        flash.addFlashAttribute("success", "mailTemplate.saved");
        return "redirect:/mail-templates/" + kind + (from == null ? "" : "?from=" + from);
    }

    private String page(String kind, Long from, MailTemplateForm form, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", InvitationService.MAIL_KINDS);
        model.addAttribute("from", from);
        model.addAttribute("example", invitations.mailExample(form.getSubject(), form.getBody(),
                InvitationController.linkBase()));
        return "sitting/mail-template";
    }
}
