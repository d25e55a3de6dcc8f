package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.sitting.InvitationService;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Papers as HR builds them and as candidates and interviewers read them. */
class PaperEntryBrowserTest extends BrowserTest {

    @Autowired
    QuestionBank bank;

    @Autowired
    PaperService papers;

    @Autowired
    InvitationService invitations;

    /**
     * Three questions on one case: its background is shown once, above the first of them, on
     * the candidate's sheet, in the preview and in the kit; the case's internal title never
     * reaches the candidate.
     */
    @Test
    void aSharedCaseIsShownOnceAndItsInternalTitleNeverToCandidates() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long caseId = bank.createCase("内部标题-仓库故障 " + marker, "案例：某家电品牌双十一仓库系统故障，订单延迟。" + marker,
                hr.id(), UUID.randomUUID());
        long paper = papers.create(new PaperSettings("案例共用 " + marker, PaperPurpose.WRITTEN_TEST, null, 30,
                null, null, null, false, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "案例分析", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(Questions.withCase(Questions.withStem(Questions.scenario("x"), "问题一 " + marker), caseId), hr.id(), null),
                bank.create(Questions.withCase(Questions.withStem(Questions.scenario("x"), "问题二 " + marker), caseId), hr.id(), null),
                bank.create(Questions.withCase(Questions.withStem(Questions.scenario("x"), "问题三 " + marker), caseId), hr.id(), null),
                bank.create(Questions.withStem(Questions.scenario("x"), "无案例的题 " + marker), hr.id(), null)), hr.id());
        papers.publish(paper, papers.detail(paper).version(), hr.id());
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("冯十二", null, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr.id());
        String token = invitations.list(paper).get(0).token();

        browser.driver.manage().deleteAllCookies();
        browser.open("/s/" + token);
        browser.click("#confirm-name");
        browser.click("#start");
        browser.find("#sheet");
        assertThat(browser.driver.findElements(By.cssSelector("#sheet .case-background"))).hasSize(1);
        assertThat(browser.text("#q-0 .case-background")).contains("双十一仓库系统故障");
        assertThat(browser.text("#q-1 .case-see-above")).contains("第 1 题");
        assertThat(browser.text("#q-2 .case-see-above")).contains("第 1 题");
        assertThat(browser.driver.findElements(By.cssSelector("#q-3 .case-see-above, #q-3 .case-background"))).isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain("内部标题-仓库故障");
        browser.screenshot("40-shared-case-on-the-sheet");

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/papers/" + paper + "/preview");
        assertThat(browser.driver.findElements(By.cssSelector(".case-background"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector(".case-see-above"))).hasSize(2);
        assertThat(browser.driver.getPageSource()).doesNotContain("内部标题-仓库故障");
        browser.open("/papers/" + paper + "/kit");
        assertThat(browser.driver.findElements(By.cssSelector(".kit-question .kit-case"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector(".kit-see-above"))).hasSize(2);
    }

    /**
     * The picker adds questions in the order they were ticked (the bank lists the newest first,
     * so a paper entered in order came out reversed); a question moves to a typed place with the
     * keyboard staying on it, or is dragged there.
     */
    @Test
    void questionsKeepTheOrderTheyWereTickedInAndMoveToAPlaceTypedOrDropped() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = new java.util.ArrayList<>();
        for (String n : List.of("甲", "乙", "丙", "丁")) {
            ids.add(bank.create(Questions.withStem(Questions.scenario("x"), "顺序" + n + " " + marker), hr.id(), null));
        }
        long paper = papers.create(new PaperSettings("顺序 " + marker, PaperPurpose.WRITTEN_TEST, null, 30,
                null, null, null, false, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr.id());

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/papers/" + paper + "/sections/" + section + "/pick?q=" + marker);
        for (long id : ids) {
            browser.click("#pick-" + id);
        }
        browser.click("#add-picked");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/papers/" + paper) && !d.getCurrentUrl().contains("pick"));
        browser.waitFor().until(d -> stems(marker).size() == 4);
        assertThat(stems(marker)).containsExactly("顺序甲", "顺序乙", "顺序丙", "顺序丁");

        // the keyboard: 丁 to place 1, and the focus is still on 丁's controls
        long ding = papers.detail(paper).sections().get(0).items().get(3).id();
        browser.find("#place-" + ding).sendKeys("1", org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(d -> stems(marker).get(0).equals("顺序丁"));
        assertThat(stems(marker)).containsExactly("顺序丁", "顺序甲", "顺序乙", "顺序丙");
        browser.waitFor().until(d -> {
            String focused = d.switchTo().activeElement().getDomAttribute("id");
            return ("place-" + ding).equals(focused) || ("move-" + ding).equals(focused);
        });
        browser.screenshot("41-builder-moved-by-keyboard");

        // and by dragging 丙 onto the first row
        long bing = papers.detail(paper).sections().get(0).items().get(3).id();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                var from = document.getElementById('item-' + arguments[0]);
                var to = document.querySelectorAll('tr.item')[0];
                var data = new DataTransfer();
                from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                to.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                to.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                from.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));""", bing);
        browser.waitFor().until(d -> stems(marker).get(0).equals("顺序丙"));
        assertThat(stems(marker)).containsExactly("顺序丙", "顺序丁", "顺序甲", "顺序乙");
    }

    private List<String> stems(String marker) {
        return browser.driver.findElements(By.cssSelector("tr.item")).stream()
                .map(r -> r.getText()).filter(t -> t.contains(marker))
                .map(t -> t.substring(t.indexOf("顺序"), t.indexOf("顺序") + 3)).toList();
    }
}
