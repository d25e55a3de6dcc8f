package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.chromium.HasCdp;
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
                        null, null, List.of(), List.of(), List.of(), List.of(), null, null), hr, null),
                bank.create(new QuestionContent(QuestionKind.TRUE_FALSE, "判断 " + marker, null, new BigDecimal("2"),
                        1, "zh-CN", List.of(), null, List.of(), true, null, null, null, List.of(), List.of(),
                        List.of(), List.of(), null, null), hr, null),
                bank.create(Questions.withSubtitle(Questions.scenario("情景 " + marker), "情景模拟：处理物流投诉"), hr, null),
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

    /**
     * The computer's clock is hours wrong (Date is shifted in the page before any script runs):
     * the countdown still shows the server's time left and saves are taken. Then the clock is
     * changed while the page is open, and the server's deadline moves: the page asks the server
     * again (on the clock jump, and when the tab comes back to the front) and follows it.
     */
    @Test
    void aWrongOrChangedClientClockChangesNothing() throws Exception {
        long hr = users.create(Role.HR).id();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long paper = papers.create(new PaperSettings("时钟 " + marker, PaperPurpose.WRITTEN_TEST, null, 30,
                null, null, null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "综合题", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(Questions.scenario("情景 " + marker), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("钟九", null, null)),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(3)), 0, hr);
        String token = invitations.list(paper).get(0).token();

        HasCdp cdp = (HasCdp) browser.driver;
        // the page's clock runs three hours ahead; window.__skew can move it later
        String skewed = """
                (function () {
                  var RealDate = Date;
                  window.__skew = 3 * 3600 * 1000;
                  function SkewedDate() {
                    var args = Array.prototype.slice.call(arguments);
                    if (!(this instanceof SkewedDate)) return new RealDate(RealDate.now() + window.__skew).toString();
                    if (args.length === 0) return new RealDate(RealDate.now() + window.__skew);
                    return new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
                  }
                  SkewedDate.prototype = RealDate.prototype;
                  SkewedDate.now = function () { return RealDate.now() + window.__skew; };
                  SkewedDate.UTC = RealDate.UTC;
                  SkewedDate.parse = RealDate.parse;
                  window.Date = SkewedDate;
                })();""";
        Object script = cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", skewed))
                .get("identifier");
        try {
            browser.driver.manage().deleteAllCookies();
            browser.open("/s/" + token);
            browser.click("#confirm-name");
            browser.click("#start");
            browser.find("#sheet");
            long skew = ((Number) js("return Date.now();")).longValue() - System.currentTimeMillis();
            assertThat(skew).as("the page's clock is hours ahead").isGreaterThan(Duration.ofMinutes(170).toMillis());
            // three hours ahead would be long past the deadline: the countdown follows the server instead
            browser.waitFor().until(d -> browser.text("#countdown").matches("(29|30):\\d\\d"));
            browser.type("#a-0-text", "时钟快了三个小时也照常保存");
            waitSaved(0);
            assertThat(jdbc.queryForObject("select a.text_answer from answer a join attempt t on t.id = a.attempt_id "
                    + "join invitation i on i.id = t.invitation_id where i.token = ?", String.class, token))
                    .isEqualTo("时钟快了三个小时也照常保存");
            browser.screenshot("25-candidate-skewed-clock");

            // the server's deadline moves to ten minutes from now; the computer's clock jumps back five hours
            jdbc.update("update attempt set deadline = now() + interval '10 minutes' where invitation_id = "
                    + "(select id from invitation where token = ?)", token);
            js("window.__skew = -2 * 3600 * 1000;");
            browser.waitFor().until(d -> browser.text("#countdown").matches("(09|10):\\d\\d"));

            // and again, the deadline moves while the tab is in the background: back to the front, it asks
            jdbc.update("update attempt set deadline = now() + interval '20 minutes' where invitation_id = "
                    + "(select id from invitation where token = ?)", token);
            js("document.dispatchEvent(new Event('visibilitychange'));");
            browser.waitFor().until(d -> browser.text("#countdown").matches("(19|20):\\d\\d"));
            browser.type("#a-0-text", "改了时钟之后");
            waitSaved(0);
        }
        finally {
            cdp.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    /** A screen reader hears the time at five minutes and at one minute left, and not before. */
    @Test
    void theCountdownIsAnnouncedAtFiveMinutesAndAtOneMinuteLeft() throws Exception {
        long hr = users.create(Role.HR).id();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long paper = papers.create(new PaperSettings("报时 " + marker, PaperPurpose.WRITTEN_TEST, null, 30,
                null, null, null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "综合题", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(Questions.scenario("情景 " + marker), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("秦十一", null, null)),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(3)), 0, hr);
        String token = invitations.list(paper).get(0).token();
        browser.driver.manage().deleteAllCookies();
        browser.open("/s/" + token);
        browser.click("#confirm-name");
        browser.click("#start");
        browser.find("#sheet");
        assertThat(browser.find("#time-announcer").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.text("h1")).isEqualTo("报时 " + marker);
        assertThat(browser.find("#time-announcer").getDomProperty("textContent")).isEmpty();
        for (String[] step : new String[][] {{"5 minutes 2 seconds", "还剩 5 分钟"}, {"1 minute 2 seconds", "还剩 1 分钟"}}) {
            jdbc.update("update attempt set deadline = now() + interval '" + step[0] + "' where invitation_id = "
                    + "(select id from invitation where token = ?)", token);
            js("document.dispatchEvent(new Event('visibilitychange'));");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(15))
                    .until(d -> browser.find("#time-announcer").getDomProperty("textContent").contains(step[1]));
        }
    }

    /** A link cut off in the middle of an escape never reaches the application: Tomcat's page says what to do. */
    @Test
    void aBrokenLinkGetsAFriendlyPageNotTomcatsBareOne() throws Exception {
        for (String path : List.of("/s/%", "/s/abc%2", "/s/a%00b")) {
            String response = rawGet(path);
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).contains("这个链接不完整或有误", "This link is incomplete or broken")
                    .doesNotContain("Apache Tomcat", "HTTP Status 400");
        }
    }

    private String rawGet(String path) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Object js(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(script);
    }

    private void waitSaved(int position) {
        browser.waitFor().until(d -> browser.text("#q-" + position + " .q-state").contains("已保存"));
    }
}
