package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.sitting.InvitationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "An answer the candidate saw saved is never lost", in a real browser: two tabs of one
 * candidate, a reply lost after its save committed, steady typing, a page closed mid-word.
 */
class AnswerIntegrityBrowserTest extends BrowserTest {

    @Autowired
    QuestionBank bank;

    @Autowired
    PaperService papers;

    @Autowired
    InvitationService invitations;

    @Autowired
    JdbcTemplate jdbc;

    String token;

    @BeforeEach
    void aStartedSitting() {
        long hr = users.create(Role.HR).id();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long paper = papers.create(new PaperSettings("完整性 " + marker, PaperPurpose.WRITTEN_TEST, null, 60,
                null, null, null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "情景题", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(Questions.scenario("情景 " + marker), hr, null),
                bank.create(Questions.singleChoice("单选 " + marker), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("吴十", null, null)),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(3)), 0, hr);
        token = invitations.list(paper).get(0).token();
        browser.driver.manage().deleteAllCookies();
        browser.open("/s/" + token);
        browser.click("#confirm-name");
        browser.click("#start");
        browser.find("#sheet");
    }

    /**
     * The candidate has the sheet open twice (a laptop tab and a phone, here two tabs) and types
     * different texts into the same answer, both on the same saved version. The second tab is not
     * told "saved": it shows the first tab's text beside its own and lets the candidate choose.
     * Keeping its own, the first tab learns (on coming to the front) that its text was replaced,
     * shows the new one and offers its own back. No text existed nowhere at any moment.
     */
    @Test
    void twoTabsWithDifferentTextsEndWithAChoiceNeverASilentLoss() throws Exception {
        String laptop = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        String phone = browser.driver.getWindowHandle();
        browser.open("/s/" + token + "/sheet");
        browser.find("#sheet");
        // the phone will not hear from the server until it saves (it sleeps, or its check is slow):
        // it types on the version it loaded
        js("""
                var real = window.fetch;
                window.fetch = function (url) {
                  return String(url).indexOf('/clock') >= 0 ? new Promise(function () {}) : real.apply(this, arguments);
                };""");

        browser.driver.switchTo().window(laptop);
        browser.type("#a-0-text", "笔记本上写的答案");
        waitSaved(0);
        assertThat(stored()).isEqualTo("笔记本上写的答案");

        browser.driver.switchTo().window(phone);
        browser.type("#a-0-text", "手机上写的答案");
        browser.waitFor().until(d -> browser.find("#q-0 .conflict-panel").isDisplayed());
        assertThat(browser.text("#q-0 .q-state")).doesNotContain("已保存").contains("尚未保存");
        assertThat(browser.text("#q-0 .conflict-panel .other-version")).isEqualTo("笔记本上写的答案");
        assertThat(browser.find("#a-0-text").getDomProperty("value")).isEqualTo("手机上写的答案");
        assertThat(browser.find("#nav-0").getDomAttribute("class")).contains("conflict");
        assertThat(stored()).as("nothing was overwritten unseen").isEqualTo("笔记本上写的答案");
        browser.screenshot("26-two-tabs-conflict");

        // submitting is held back until the candidate chooses
        browser.click("#submit");
        browser.waitFor().until(d -> !browser.text("#submit-summary").isEmpty());
        assertThat(browser.text("#submit-summary")).contains("两个版本", "1");
        assertThat(browser.find("#confirm-submit").isEnabled()).isFalse();
        browser.click("#cancel-submit");

        browser.click("#q-0 [data-action=keep-mine]");
        waitSaved(0);
        assertThat(stored()).isEqualTo("手机上写的答案");

        browser.driver.switchTo().window(laptop);
        js("document.dispatchEvent(new Event('visibilitychange'));");
        browser.waitFor().until(d -> "手机上写的答案".equals(browser.find("#a-0-text").getDomProperty("value")));
        assertThat(browser.text("#q-0 .adopted-panel")).contains("另一个标签页或设备上修改");
        assertThat(browser.text("#q-0 .adopted-panel .other-version")).isEqualTo("笔记本上写的答案");
        browser.screenshot("27-two-tabs-updated-elsewhere");

        // the laptop's text is one click away: restoring it saves it on top
        browser.click("#q-0 [data-action=restore]");
        waitSaved(0);
        assertThat(stored()).isEqualTo("笔记本上写的答案");
        browser.driver.switchTo().window(phone);
        browser.driver.close();
        browser.driver.switchTo().window(laptop);
    }

    /**
     * A save commits but its reply never arrives (the connection drops), and the candidate
     * goes on typing. The next save is refused as not made on the stored version; the page
     * recognises that version as its own, carries on from it, and what is typed next is saved.
     */
    @Test
    void aReplyLostAfterTheSaveCommittedDoesNotLockTheAnswer() {
        js("""
                var real = window.fetch;
                window.__dropped = 0;
                window.fetch = function (url, options) {
                  var sent = real.apply(this, arguments);
                  if (String(url).endsWith('/answers') && window.__dropped === 0) {
                    window.__dropped = 1;
                    // the request reaches the server and commits; only its reply is lost
                    return sent.then(function () { throw new TypeError('connection reset'); });
                  }
                  return sent;
                };""");
        browser.type("#a-0-text", "第一段。");
        browser.waitFor().until(d -> stored() != null);
        browser.waitFor().until(d -> browser.text("#q-0 .q-state").contains("尚未保存"));
        browser.find("#a-0-text").sendKeys("第二段。");
        waitSaved(0);
        assertThat(stored()).isEqualTo("第一段。第二段。");
        WebElement field = browser.find("#a-0-text");
        assertThat(field.getDomProperty("readOnly")).isEqualTo("false");
        field.sendKeys("第三段。");
        browser.waitFor().until(d -> "第一段。第二段。第三段。".equals(stored()));
        assertThat(browser.text("#q-0 .q-state")).contains("已保存");
    }

    /** Typing without a pause still reaches the server: the debounce has a maximum wait. */
    @Test
    void steadyTypingIsSavedWhileTheCandidateKeepsTyping() throws Exception {
        WebElement field = browser.find("#a-0-text");
        long until = System.nanoTime() + Duration.ofSeconds(7).toNanos();
        String sentDuringTyping = null;
        int keys = 0;
        while (System.nanoTime() < until) {
            field.sendKeys("字");
            keys++;
            Thread.sleep(200);
            if (sentDuringTyping == null && keys > 30) {
                sentDuringTyping = stored();
            }
        }
        assertThat(sentDuringTyping).as("saved after 6 s of typing without a pause").isNotNull().startsWith("字");
        String lastKey = "字".repeat(keys);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> lastKey.equals(stored()));
    }

    /** A page closed right after a key (before the pause that would save it) still saves on its way out. */
    @Test
    void closingThePageRightAfterTypingSavesWhatWasTyped() {
        browser.type("#a-0-text", "马上关闭页面");
        browser.open("/s/" + token + "/receipt");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "马上关闭页面".equals(stored()));
    }

    private String stored() {
        return jdbc.query("select a.text_answer from answer a join attempt t on t.id = a.attempt_id "
                + "join invitation i on i.id = t.invitation_id where i.token = ? and a.position = 0",
                rs -> rs.next() ? rs.getString(1) : null, token);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }

    private void waitSaved(int position) {
        browser.waitFor().until(d -> browser.text("#q-" + position + " .q-state").contains("已保存"));
    }
}
