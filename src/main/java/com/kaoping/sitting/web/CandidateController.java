package com.kaoping.sitting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kaoping.sitting.InvalidTokenException;
import com.kaoping.sitting.SittingClosedException;
import com.kaoping.sitting.SittingService;
import com.kaoping.sitting.SittingViews;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The candidate's pages. No account: the invitation token in the address is the key, and it
 * reaches only its own attempt. Nothing here ever renders a key, an explanation, a reference
 * answer or a rubric (the views are built from {@link SittingViews}, which cannot hold them).
 */
@Controller
@RequestMapping("/s/{token}")
class CandidateController {

    private final SittingService sittings;
    private final MessageSource messages;
    private final SheetJson sheetJson;

    CandidateController(SittingService sittings, MessageSource messages, SheetJson sheetJson) {
        this.sittings = sittings;
        this.messages = messages;
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

    /** One autosave. Answered only after the save committed; the page corrects its clock from it. */
    @PostMapping("/answers")
    @ResponseBody
    Map<String, Object> save(@PathVariable String token, @RequestBody AnswerInput input, Locale locale,
                             HttpServletResponse response) {
        SittingViews.SaveResult result = sittings.save(token, input.position(), input.seq(),
                input.baseSeq() == null ? 0 : input.baseSeq(), input.choices(), input.trueFalse(),
                com.kaoping.shared.Texts.clean(input.text()), Boolean.TRUE.equals(input.flagged()));
        if (result.status() != SittingViews.SaveStatus.SAVED) {
            response.setStatus(result.status() == SittingViews.SaveStatus.STALE ? HttpStatus.CONFLICT.value()
                    : result.status() == SittingViews.SaveStatus.CLOSED ? HttpStatus.GONE.value()
                    : HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.status().name());
        body.put("seq", result.seq());
        body.put("savedAt", result.savedAt() == null ? null : result.savedAt().toEpochMilli());
        body.put("remainingMillis", result.remainingMillis());
        if (result.status() != SittingViews.SaveStatus.SAVED) {
            // the hot path (a save that landed) needs no text; refusals explain themselves
            body.put("message", messages.getMessage("sitting.save." + result.status().name(),
                    new Object[] {SittingService.ANSWER_MAX}, locale));
        }
        return body;
    }

    @PostMapping("/signals")
    @ResponseBody
    Map<String, Object> signals(@PathVariable String token, @RequestBody SignalInput input) {
        sittings.recordSignals(token, input.focusLosses(), input.pastes());
        return Map.of("status", "OK");
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

    /**
     * @param seq this save's number (only grows)
     * @param baseSeq the saved version this edit was made on: a save is taken only on top of what is stored
     */
    record AnswerInput(int position, long seq, Long baseSeq, List<Integer> choices, Boolean trueFalse, String text,
                       Boolean flagged) {
    }

    record SignalInput(int focusLosses, int pastes) {
    }
}
