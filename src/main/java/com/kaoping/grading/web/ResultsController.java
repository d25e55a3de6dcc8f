package com.kaoping.grading.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.kaoping.account.CurrentUser;
import com.kaoping.account.UserDirectory;
import com.kaoping.grading.AttemptScore;
import com.kaoping.grading.GradingService;
import com.kaoping.grading.ResultsService;
import com.kaoping.grading.ResultsService.PaperResults;
import com.kaoping.shared.Spreadsheets;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** HR reads results: a paper's table, chart and exports; one attempt's scores, audit trail and printable report. */
@Controller
@RequestMapping("/results")
@PreAuthorize("hasAnyRole('HR','ADMIN')")
class ResultsController {

    private final ResultsService results;
    private final GradingService grading;
    private final ResultsExport export;
    private final UserDirectory users;

    ResultsController(ResultsService results, GradingService grading, ResultsExport export, UserDirectory users) {
        this.results = results;
        this.grading = grading;
        this.export = export;
        this.users = users;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "papers";
    }

    @GetMapping("/papers/{paperId}")
    String paper(@PathVariable long paperId, @RequestParam(required = false) String sort, Model model) {
        PaperResults paper = results.paper(paperId, sort, CurrentUser.requireId());
        model.addAttribute("results", paper);
        model.addAttribute("sort", sort == null ? "rank" : sort);
        int max = 0;
        for (int b : paper.bins()) {
            max = Math.max(max, b);
        }
        model.addAttribute("binMax", Math.max(1, max));
        List<java.math.BigDecimal> lows = new java.util.ArrayList<>();
        for (int i = 0; i < ResultsService.BINS; i++) {
            lows.add(paper.paperTotal().multiply(java.math.BigDecimal.valueOf(i))
                    .divide(java.math.BigDecimal.valueOf(ResultsService.BINS), 1, java.math.RoundingMode.HALF_UP));
        }
        model.addAttribute("binLows", lows);
        return "results/paper";
    }

    @GetMapping("/papers/{paperId}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long paperId, Locale locale) {
        PaperResults paper = results.paper(paperId, null, CurrentUser.requireId());
        return Spreadsheets.download(Spreadsheets.csv(export.table(paper, locale)), paper.title() + ".csv",
                Spreadsheets.CSV);
    }

    @GetMapping("/papers/{paperId}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long paperId, Locale locale) {
        PaperResults paper = results.paper(paperId, null, CurrentUser.requireId());
        return Spreadsheets.download(Spreadsheets.xlsx(export.table(paper, locale), paper.title()),
                paper.title() + ".xlsx", Spreadsheets.XLSX);
    }

    /** One attempt: totals, sections, every question and step, comments, the audit trail; prints as the report. */
    @GetMapping("/attempts/{attemptId}")
    String attempt(@PathVariable long attemptId, Model model, HttpServletRequest request) {
        AttemptScore score = grading.attempt(GradingController.actor(request), attemptId);
        List<com.kaoping.grading.AuditEntry> audit = grading.audit(GradingController.actor(request), score);
        Set<Long> people = new TreeSet<>(score.panel());
        audit.forEach(a -> people.add(a.changedBy()));
        score.questions().stream().filter(q -> q.settled() != null).forEach(q -> people.add(q.settled().by()));
        model.addAttribute("score", score);
        model.addAttribute("audit", audit);
        model.addAttribute("names", users.displayNames(people));
        return "results/attempt";
    }
}
