package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.grading.Actor;
import com.kaoping.grading.Panels;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.sitting.AnswerSave;
import com.kaoping.sitting.InvitationService;
import com.kaoping.sitting.SittingService;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A grader's day on the grading screen: "save and next" all the way without the browser's
 * "leave site?", by question through every candidate to the end, knowing where they are, with
 * the section's shared scenario on the screen.
 */
class GradingFlowBrowserTest extends BrowserTest {

    @Autowired
    QuestionBank bank;

    @Autowired
    PaperService papers;

    @Autowired
    InvitationService invitations;

    @Autowired
    SittingService sittings;

    @Autowired
    Panels panels;

    AccountPrincipal grader;
    List<Long> attempts;
    String marker;

    @BeforeEach
    void threeCandidatesSatATwoQuestionScenarioSection() {
        AccountPrincipal hr = users.create(Role.HR);
        grader = users.create(Role.INTERVIEWER);
        marker = UUID.randomUUID().toString().substring(0, 6);
        long paper = papers.create(new PaperSettings("逐题阅卷 " + marker, PaperPurpose.WRITTEN_TEST, null, 30,
                new BigDecimal("12"), null, null, false, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "情景题", null,
                "共用情景：双十一期间仓库系统故障，大量订单延迟出库。" + marker, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(Questions.withStem(Questions.scenario("x"), "第一道情景 " + marker), hr.id(), null),
                bank.create(Questions.singleChoice("一道单选 " + marker), hr.id(), null),
                bank.create(Questions.withStem(Questions.scenario("x"), "第二道情景 " + marker), hr.id(), null)), hr.id());
        papers.publish(paper, papers.detail(paper).version(), hr.id());
        panels.assign(new Actor(hr.id(), true), paper, null, List.of(grader.id()), true);
        Instant now = Instant.now();
        attempts = new java.util.ArrayList<>();
        for (String name : List.of("甲", "乙", "丙")) {
            invitations.invite(paper, List.of(new InvitationService.Candidate(name + marker, null, null)),
                    now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr.id());
            String token = invitations.list(paper).stream().filter(i -> i.candidateName().equals(name + marker))
                    .findFirst().orElseThrow().token();
            attempts.add(sittings.start(token));
            sittings.save(token, new AnswerSave(0, "flow-writer", 1, 0, null, null, name + "的第一题答案", false));
            sittings.save(token, new AnswerSave(2, "flow-writer", 1, 0, null, null, name + "的第二题答案", false));
            sittings.submit(token);
        }
        browser.signIn(grader.username(), TestUsers.PASSWORD);
    }

    /**
     * Ctrl+Enter ("save and next") after each question: the next answer opens at once, the
     * browser never asks "leave site?" (it did after every answer: the redirect came while the
     * save was still counted as on its way). By question, it runs through all three candidates,
     * then to the next question, to the end, saying where the grader is.
     */
    @Test
    void byQuestionSaveAndNextRunsToTheEndWithoutALeaveSitePrompt() throws Exception {
        browser.open("/grading/attempts/" + attempts.get(0) + "/q/0?by=question");
        String[] expected = {"第 1 题（共 2 题）· 考生 1 / 3", "第 1 题（共 2 题）· 考生 2 / 3",
                "第 1 题（共 2 题）· 考生 3 / 3", "第 2 题（共 2 题）· 考生 1 / 3", "第 2 题（共 2 题）· 考生 2 / 3",
                "第 2 题（共 2 题）· 考生 3 / 3"};
        String[] answers = {"甲的第一题", "乙的第一题", "丙的第一题", "甲的第二题", "乙的第二题", "丙的第二题"};
        for (int i = 0; i < expected.length; i++) {
            int step = i;
            browser.waitFor().until(d -> browser.text("#where").equals(expected[step]));
            assertThat(browser.text("#candidate-answer")).startsWith(answers[i]);
            assertThat(browser.text("#section-background")).contains("共用情景：双十一期间仓库系统故障");
            if (i == 3) {
                browser.screenshot("37-grading-by-question");
            }
            WebElement form = browser.find("#grade-form");
            keysTo("#score-0", "6", Keys.ENTER, "f", Keys.ENTER, "h");
            browser.waitFor().until(d -> browser.text("#question-total").equals("18"));
            keysTo("#score-2", Keys.chord(Keys.CONTROL, Keys.ENTER));
            if (i < expected.length - 1) {
                // the next page loads; an open "leave site?" dialog would stop it and fail the next command
                browser.waitFor().until(ExpectedConditions.stalenessOf(form));
            }
        }
        // the last one: saved, and there is nowhere further to go
        browser.waitFor().until(d -> browser.text("#save-state").contains("已保存"));
        assertThat(browser.driver.findElements(By.id("next"))).isEmpty();
        // leaving a saved screen asks nothing either
        browser.open("/grading");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/grading");
    }

    /** By candidate, Alt+→ visits every answer, the automatic one too; "save and next" skips to the next rubric question. */
    @Test
    void byCandidateAltArrowsVisitEveryAnswerAndSaveAndNextTheNextToScore() {
        browser.open("/grading/attempts/" + attempts.get(1) + "/q/0");
        WebElement form = browser.find("#grade-form");
        keysTo("#score-0", Keys.chord(Keys.ALT, Keys.ARROW_RIGHT));
        browser.waitFor().until(ExpectedConditions.stalenessOf(form));
        browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/q/1"));
        assertThat(browser.text("#question-number")).isEqualTo("第 2 题");
        browser.open("/grading/attempts/" + attempts.get(1) + "/q/0");
        form = browser.find("#grade-form");
        keysTo("#score-0", "1", Keys.ENTER, "1", Keys.ENTER, "1");
        browser.waitFor().until(d -> browser.text("#question-total").equals("3"));
        keysTo("#score-2", Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitFor().until(ExpectedConditions.stalenessOf(form));
        browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/q/2"));
    }

    /** A hand-in with questions left says which, each a link to it. */
    @Test
    void aHandInWithQuestionsLeftLinksToThem() {
        browser.open("/grading/attempts/" + attempts.get(2) + "/q/0");
        browser.find("#grade-form");
        keysTo("#score-0", "1", Keys.ENTER, "1", Keys.ENTER, "1");
        browser.waitFor().until(d -> browser.text("#question-total").equals("3"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.confirm = function () { return true; };");
        browser.click("#complete");
        browser.find("#unscored");
        assertThat(browser.text("#refusal")).contains("还有 1 道题你没有评分");
        browser.click(".unscored-link");
        browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/grading/attempts/" + attempts.get(2) + "/q/2"));
    }

    /** Keys as a person types them into a field (a chord such as Ctrl+Enter pressed together). */
    private void keysTo(String css, CharSequence... keys) {
        WebElement field = browser.find(css);
        field.click();
        for (CharSequence k : keys) {
            browser.driver.switchTo().activeElement().sendKeys(k);
        }
    }
}
