package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.Questions;
import com.kaoping.sitting.InvitationService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A candidate sits a paper: answers every kind, reloads and finds the answers, loses the
 * network, keeps typing, comes back and sees it saved, submits and gets the receipt.
 */
class CandidateSittingBrowserTest extends BrowserTest {

    @Autowired
    QuestionBank bank;

    @Autowired
    PaperService papers;

    @Autowired
    InvitationService invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCandidateAnswersReloadsGoesOfflineComesBackAndSubmits() throws Exception {
        long hr = users.create(Role.HR).id();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long paper = papers.create(new PaperSettings("入职笔试 " + marker, PaperPurpose.WRITTEN_TEST, "认真作答。", 30,
                null, null, null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "综合题", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(Questions.singleChoice("单选 " + marker), hr, null),
                bank.create(new QuestionContent(QuestionKind.MULTIPLE_CHOICE, "多选 " + marker, null,
                        new BigDecimal("3"), 3, "zh-CN", List.of(), null,
                        List.of(new QuestionContent.Option("甲", true), new QuestionContent.Option("乙", true),
                                new QuestionContent.Option("丙", false)), null, PartialCreditPolicy.HALF_IF_NO_WRONG,
                        null, null, List.of(), List.of(), List.of(), List.of()), hr, null),
                bank.create(new QuestionContent(QuestionKind.TRUE_FALSE, "判断 " + marker, null, new BigDecimal("2"),
                        1, "zh-CN", List.of(), null, List.of(), true, null, null, null, List.of(), List.of(),
                        List.of(), List.of()), hr, null),
                bank.create(Questions.scenario("情景 " + marker), hr, null),
                bank.create(Questions.withStem(Questions.scenario("x"), "再来一道情景 " + marker), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("周八", null, null)),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(3)), 0, hr);
        String token = invitations.list(paper).get(0).token();

        browser.driver.manage().deleteAllCookies();
        browser.open("/s/" + token);
        assertThat(browser.text("h1")).isEqualTo("入职笔试 " + marker);
        browser.screenshot("20-candidate-landing");
        browser.click("#confirm-name");
        browser.click("#start");
        browser.find("#sheet");
        browser.waitFor().until(d -> browser.text("#countdown").matches("(29|30):\\d\\d"));

        browser.click("#a-0-1");
        browser.click("#a-1-0");
        browser.click("#a-1-1");
        browser.click("#a-2-t");
        browser.type("#a-3-text", "先致歉共情,再核实订单,最后承诺回电时间。");
        browser.click("#flag-4");
        waitSaved(0);
        waitSaved(1);
        waitSaved(2);
        waitSaved(3);
        waitSaved(4);
        assertThat(browser.text("#answered-count")).isEqualTo("4");
        browser.screenshot("21-candidate-answering");

        browser.driver.navigate().refresh();
        browser.find("#sheet");
        assertThat(browser.find("#a-0-1").isSelected()).isTrue();
        assertThat(browser.find("#a-1-0").isSelected() && browser.find("#a-1-1").isSelected()).isTrue();
        assertThat(browser.find("#a-2-t").isSelected()).isTrue();
        assertThat(browser.find("#a-3-text").getDomProperty("value")).isEqualTo("先致歉共情,再核实订单,最后承诺回电时间。");
        assertThat(browser.find("#flag-4").isSelected()).isTrue();
        assertThat(browser.find("#nav-4").getDomAttribute("class")).contains("flagged");

        // the network goes away while the candidate types
        HasNetworkConditions network = (HasNetworkConditions) browser.driver;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        browser.type("#a-4-text", "断网时写下的答案");
        browser.waitFor().until(d -> browser.text("#q-4 .q-state").contains("尚未保存"));
        assertThat((String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return localStorage.getItem(arguments[0]);", "kaoping:" + token + ":4")).contains("断网时写下的答案");
        browser.screenshot("22-candidate-offline");
        network.deleteNetworkConditions();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> browser.text("#q-4 .q-state").contains("已保存"));
        assertThat(jdbc.queryForObject("select a.text_answer from answer a join attempt t on t.id = a.attempt_id "
                + "join invitation i on i.id = t.invitation_id where i.token = ? and a.position = 4", String.class,
                token)).isEqualTo("断网时写下的答案");

        browser.click("#submit");
        browser.waitFor().until(d -> !browser.text("#submit-summary").isEmpty());
        assertThat(browser.text("#submit-summary")).contains("未作答", "已标记", "5");
        browser.screenshot("23-candidate-confirm-submit");
        browser.click("#confirm-submit");
        browser.find("#receipt-code");
        assertThat(browser.text("#receipt-code")).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        browser.screenshot("24-candidate-receipt");
        assertThat(jdbc.queryForObject("select objective_score from attempt t join invitation i on i.id = t.invitation_id"
                + " where i.token = ?", BigDecimal.class, token)).isEqualByComparingTo("7");
    }

    private void waitSaved(int position) {
        browser.waitFor().until(d -> browser.text("#q-" + position + " .q-state").contains("已保存"));
    }
}
