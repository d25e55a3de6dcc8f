package com.kaoping.account.web;

import com.kaoping.account.AccountService;
import com.kaoping.account.AccountSummary;
import com.kaoping.account.LastAdminException;
import com.kaoping.account.NewAccount;
import com.kaoping.account.Role;
import com.kaoping.account.UsernameTakenException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: open accounts, assign roles, deactivate, reset passwords. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUserController {

    private final AccountService accounts;

    AdminUserController(AccountService accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm());
        return "admin/user-new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, RedirectAttributes flash) {
        checkPassword(form.getPassword(), form.getConfirmPassword(), form.getUsername(), form.getDisplayName(), errors);
        if (errors.hasErrors()) {
            return "admin/user-new";
        }
        try {
            accounts.create(new NewAccount(form.getUsername(), form.getDisplayName(), form.getPassword(), form.getRoles()));
        }
        catch (UsernameTakenException | org.springframework.dao.DataIntegrityViolationException e) {
            errors.rejectValue("username", "validation.usernameTaken");
            return "admin/user-new";
        }
        flash.addFlashAttribute("success", "admin.user.createdFlash");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountSummary user = accounts.get(id);
        EditUserForm form = new EditUserForm();
        form.setDisplayName(user.displayName());
        form.setRoles(user.roles());
        form.setVersion(user.version());
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("signIns", accounts.signIns(id));
        return "admin/user-edit";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        accounts.liftSignInLock(id);
        flash.addFlashAttribute("success", "admin.user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        AccountSummary user = accounts.get(id);
        if (!errors.hasErrors()) {
            try {
                accounts.update(id, form.getVersion(), form.getDisplayName(), form.getRoles());
                flash.addFlashAttribute("success", "admin.user.saved");
                return "redirect:/admin/users";
            }
            catch (LastAdminException e) {
                errors.reject("admin.user.lastAdmin");
            }
            catch (OptimisticLockingFailureException e) {
                errors.reject("conflict.message");
                form.setVersion(accounts.get(id).version());
            }
        }
        model.addAttribute("user", user);
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("signIns", accounts.signIns(id));
        return "admin/user-edit";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm passwordForm,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        AccountSummary user = accounts.get(id);
        checkPassword(passwordForm.getPassword(), passwordForm.getConfirmPassword(), user.username(),
                user.displayName(), errors);
        if (errors.hasErrors()) {
            EditUserForm form = new EditUserForm();
            form.setDisplayName(user.displayName());
            form.setRoles(user.roles());
            form.setVersion(user.version());
            model.addAttribute("user", user);
            model.addAttribute("form", form);
            model.addAttribute("signIns", accounts.signIns(id));
            return "admin/user-edit";
        }
        accounts.resetPassword(id, passwordForm.getPassword());
        flash.addFlashAttribute("success", "admin.user.passwordReset");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes flash) {
        try {
            accounts.deactivate(id);
            flash.addFlashAttribute("success", "admin.user.deactivated");
        }
        catch (LastAdminException e) {
            flash.addFlashAttribute("failure", "admin.user.lastAdmin");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes flash) {
        accounts.activate(id);
        flash.addFlashAttribute("success", "admin.user.activated");
        return "redirect:/admin/users";
    }

    /** Every problem the password policy finds, beside the field; and the confirmation must match. */
    private void checkPassword(String password, String confirmation, String username, String displayName,
                               BindingResult errors) {
        accounts.passwordProblems(password, username, displayName)
                .forEach(problem -> errors.rejectValue("password", problem));
        if (!password.equals(confirmation)) {
            errors.rejectValue("confirmPassword", "validation.passwordMismatch");
        }
    }
}
