package com.kaoping.question.web;

import java.util.UUID;

import com.kaoping.account.CurrentUser;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionCaseInfo;
import com.kaoping.question.QuestionQuery;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cases: shared backgrounds that several questions rely on. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('HR', 'INTERVIEWER')")
class CaseController {

    private final QuestionBank bank;

    CaseController(QuestionBank bank) {
        this.bank = bank;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "cases";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cases", bank.cases());
        return "question/cases";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('HR')")
    String newCase(Model model) {
        CaseForm form = new CaseForm();
        form.setCreationToken(UUID.randomUUID());
        model.addAttribute("form", form);
        return "question/case-form";
    }

    @PostMapping
    @PreAuthorize("hasRole('HR')")
    String create(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "question/case-form";
        }
        long id;
        try {
            id = bank.createCase(form.getTitle(), form.getBackground(), CurrentUser.requireId(), form.getCreationToken());
        }
        catch (DataIntegrityViolationException e) {
            id = bank.findCaseCreatedBy(form.getCreationToken()).orElseThrow(() -> e);
        }
        flash.addFlashAttribute("success", "case.saved");
        return "redirect:/cases/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("questionCase", bank.getCase(id));
        model.addAttribute("questions", bank.search(QuestionQuery.ofCase(id), PageRequest.of(0, 200)).getContent());
        return "question/case-detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('HR')")
    String edit(@PathVariable long id, Model model) {
        QuestionCaseInfo c = bank.getCase(id);
        CaseForm form = new CaseForm();
        form.setTitle(c.title());
        form.setBackground(c.background());
        form.setVersion(c.version());
        model.addAttribute("form", form);
        model.addAttribute("caseId", id);
        return "question/case-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('HR')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        bank.getCase(id);
        model.addAttribute("caseId", id);
        if (errors.hasErrors()) {
            return "question/case-form";
        }
        try {
            bank.updateCase(id, form.getVersion() == null ? -1 : form.getVersion(), form.getTitle(),
                    form.getBackground(), CurrentUser.requireId());
        }
        catch (OptimisticLockingFailureException e) {
            errors.reject("case.conflict");
            form.setVersion(bank.getCase(id).version());
            return "question/case-form";
        }
        flash.addFlashAttribute("success", "case.saved");
        return "redirect:/cases/" + id;
    }
}
