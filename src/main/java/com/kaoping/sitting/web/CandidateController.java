package com.kaoping.sitting.web;

import java.util.Map;

import com.kaoping.sitting.InvalidTokenException;
import com.kaoping.sitting.SittingClosedException;
import com.kaoping.sitting.SittingService;
import com.kaoping.sitting.SittingViews;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The candidate's pages; the autosave itself is answered by {@link AutosaveEndpoint}. No account:
 * the invitation token in the address is the key, and it reaches only its own attempt. Nothing
 * here ever renders a key, an explanation, a reference answer or a rubric (the views are built
 * from {@link SittingViews}, which cannot hold them).
 */
@Controller
@RequestMapping("/s/{token}")
class CandidateController {

    private final SittingService sittings;
    private final SheetJson sheetJson;
    private final com.kaoping.sitting.internal.CandidateRateLimits limits;

    CandidateController(SittingService sittings, SheetJson sheetJson,
                        com.kaoping.sitting.internal.CandidateRateLimits limits) {
        this.limits = limits;
        this.sittings = sittings;
        this.sheetJson = sheetJson;
    }

    @GetMapping
    String landing(@PathVariable String token, Model model) {
        model.addAttribute("landing", sittings.landing(token));
        model.addAttribute("token", token);
        return "sitting/landing";
    }

    @PostMapping("/start")
    String start(@PathVariable String token) {
        sittings.start(token);
        return "redirect:/s/" + token + "/sheet";
    }

    @GetMapping("/sheet")
    String sheet(@PathVariable String token, Model model) {
        SittingViews.Sheet sheet = sittings.sheet(token);
        if (sheet.submitted()) {
            return "redirect:/s/" + token + "/receipt";
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("token", token);
        model.addAttribute("answerMax", SittingService.ANSWER_MAX);
        model.addAttribute("answersJson", sheetJson.answers(sheet));
        return "sitting/sheet";
    }

    /**
     * The server's time left, for the countdown to set itself again (after sleep, a hidden tab, now
     * and then), and which version of each answer is stored and whether this page ({@code writer})
     * stored it: a page learns so that another tab or device saved an answer since.
     */
    @GetMapping(path = "/clock", produces = "application/json")
    @ResponseBody
    Map<String, Object> clock(@PathVariable String token, @RequestParam(required = false) String writer) {
        SittingViews.TimeLeft left = sittings.timeLeft(token, writer);
        return Map.of("status", left.open() ? "OPEN" : "CLOSED", "remainingMillis", left.remainingMillis(),
                "versions", left.versions());
    }

    /** One stored answer (choices as this sheet shows them), for a page that learnt another tab or device saved it. */
    @GetMapping(path = "/answers/{position}", produces = "application/json")
    @ResponseBody
    ResponseEntity<SittingViews.StoredAnswer> storedAnswer(@PathVariable String token, @PathVariable int position,
                                                           @RequestParam(required = false) String writer) {
        return sittings.storedAnswer(token, position, writer)
                .map(a -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(a))
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
    }

    @PostMapping(path = "/signals", consumes = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> signals(@PathVariable String token, @RequestBody SignalInput input) {
        if (!limits.signalAllowed(token)) {
            // the page sends these every ten seconds at most
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("status", "ERROR"));
        }
        sittings.recordSignals(token, input.focusLosses(), input.pastes());
        return ResponseEntity.ok(Map.of("status", "OK"));
    }

    @PostMapping("/submit")
    String submit(@PathVariable String token) {
        sittings.submit(token);
        return "redirect:/s/" + token + "/receipt";
    }

    @GetMapping("/receipt")
    String receipt(@PathVariable String token, Model model) {
        model.addAttribute("receipt", sittings.receipt(token));
        model.addAttribute("token", token);
        return "sitting/receipt";
    }

    @ExceptionHandler(InvalidTokenException.class)
    ModelAndView invalid(HttpServletResponse response) {
        ModelAndView mav = new ModelAndView("sitting/closed");
        mav.addObject("reason", "INVALID");
        mav.setStatus(HttpStatus.NOT_FOUND);
        return mav;
    }

    @ExceptionHandler(SittingClosedException.class)
    ModelAndView closed(SittingClosedException e, jakarta.servlet.http.HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String token = variables == null ? "" : variables.getOrDefault("token", "");
        if (e.status() == SittingViews.Status.IN_PROGRESS || e.status() == SittingViews.Status.READY) {
            // not submitted yet, or not started yet: the landing page says what to do next
            return new ModelAndView("redirect:/s/" + token);
        }
        ModelAndView mav = new ModelAndView("sitting/closed");
        mav.addObject("reason", e.status().name());
        mav.setStatus(HttpStatus.GONE);
        return mav;
    }

    record SignalInput(int focusLosses, int pastes) {
    }
}
