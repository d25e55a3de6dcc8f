package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A question with a subtitle and a step group ("any 3 of these 4 points") on every page that
 * shows it: the bank's view, the preview, the kit and the grading screen; the hand-in refusal
 * that names the unscored question; the admin's view of failed sign-ins. Each page is looked at
 * and checked by axe-core.
 */
class QuestionPartsBrowserTest extends BrowserTest {

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

    @Test
    void aSubtitleAndAStepGroupShowWhereverTheQuestionDoes() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        AccountPrincipal grader = users.create(Role.INTERVIEWER);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long question = bank.create(Questions.withSubtitle(Questions.anyThreeOfFour("开场要素 " + marker),
                "开场规范：任答 3 点"), hr.id(), null);
        long paper = papers.create(new PaperSettings("分组笔试 " + marker, PaperPurpose.WRITTEN_TEST, null, 30, null,
                null, null, false, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "简答题", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(question,
                bank.create(Questions.withStem(Questions.scenario("x"), "另一道情景 " + marker), hr.id(), null)), hr.id());
        papers.publish(paper, papers.detail(paper).version(), hr.id());
        panels.assign(new Actor(hr.id(), true), paper, null, List.of(grader.id()), true);
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("钱" + marker, null, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), 0, hr.id());
        String token = invitations.list(paper).get(0).token();
        long attempt = sittings.start(token);
        sittings.save(token, new AnswerSave(0, "parts-writer", 1, 0, null, null, "您好，欢迎致电，我是 1024 号。", false));
        sittings.submit(token);

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/questions/" + question);
        assertThat(browser.text(".question-subtitle")).isEqualTo("开场规范：任答 3 点");
        assertThat(browser.text(".group-rules")).isEqualTo("A 组：以下步骤任答，合计最多 6 分");
        assertThat(browser.driver.findElements(By.cssSelector(".step-group-badge"))).hasSize(4);
        browser.screenshot("60-question-subtitle-and-step-group");

        browser.open("/papers/" + paper + "/preview");
        assertThat(browser.text(".question-subtitle")).isEqualTo("开场规范：任答 3 点");
        assertThat(browser.driver.findElements(By.cssSelector(".group-rules"))).as("no rubric for candidates").isEmpty();
        browser.screenshot("61-preview-with-subtitle");

        browser.open("/papers/" + paper + "/kit");
        assertThat(browser.text(".group-rules")).isEqualTo("A 组：以下步骤任答，合计最多 6 分");
        browser.screenshot("62-kit-with-step-group");

        browser.signIn(grader.username(), TestUsers.PASSWORD);
        browser.open("/grading/attempts/" + attempt + "/q/0");
        assertThat(browser.text(".group-rules")).isEqualTo("A 组：以下步骤任答，合计最多 6 分");
        assertThat(browser.driver.findElements(By.cssSelector("#grade-form .step-group-badge"))).hasSize(4);
        browser.screenshot("63-grading-step-group");

        // handing in with nothing scored: the refusal names the questions and links to them
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.confirm = function () { return true; };");
        browser.click("#complete");
        browser.find("#unscored");
        assertThat(browser.driver.findElements(By.cssSelector(".unscored-link"))).hasSize(2);
        browser.screenshot("64-hand-in-refused");
    }

    @Test
    void anAdminSeesAUsersFailedSignIns() throws Exception {
        AccountPrincipal someone = users.create(Role.INTERVIEWER);
        AccountPrincipal admin = users.create(Role.ADMIN);
        browser.open("/login");
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#username", someone.username());
        browser.type("#password", "not-the-password");
        browser.click("#sign-in");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("error"));

        browser.signIn(admin.username(), TestUsers.PASSWORD);
        browser.open("/admin/users/" + someone.id());
        assertThat(browser.driver.findElements(By.cssSelector("table caption"))).isNotEmpty();
        browser.screenshot("65-admin-failed-sign-ins");
    }
}
