package com.kaoping.account.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /**
     * The sign-in form; after too many failures it says how long to wait ({@code wait}, seconds)
     * or that the account is locked ({@code locked}, minutes). Only numbers are shown back.
     */
    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String wait,
                 @RequestParam(required = false) String locked, org.springframework.ui.Model model) {
        if (authentication != null && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        model.addAttribute("waitSeconds", number(wait));
        model.addAttribute("lockedMinutes", number(locked));
        return "account/login";
    }

    private static Long number(String text) {
        try {
            long n = text == null ? -1 : Long.parseLong(text.strip());
            return n > 0 && n < 100_000 ? n : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    /** Each role starts where its work is. */
    @GetMapping("/")
    String home(Authentication authentication) {
        boolean bankReader = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_HR") || a.getAuthority().equals("ROLE_INTERVIEWER"));
        if (bankReader) {
            return "redirect:/questions";
        }
        boolean admin = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        return admin ? "redirect:/admin/users" : "account/no-role";
    }
}
