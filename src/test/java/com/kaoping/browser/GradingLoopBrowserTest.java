package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.support.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole loop in a real browser: HR publishes a paper and invites a candidate, the candidate
 * sits it and submits, two interviewers score the scenario step by step with the keyboard and
 * watch the totals change, their difference is flagged, HR reconciles it and exports the results.
 */
class GradingLoopBrowserTest extends BrowserTest {

    @Autowired
    QuestionBank bank;

    @Autowired
    PaperService papers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fromPublishingToTheExport() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        AccountPrincipal first = users.create(Role.INTERVIEWER);
        AccountPrincipal second = users.create(Role.INTERVIEWER);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long paper = papers.create(new PaperSettings("情景笔试 " + marker, PaperPurpose.WRITTEN_TEST, null, 30,
                new BigDecimal("12"), null, null, false, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "情景题", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(Questions.scenario("情景 " + marker), hr.id(), null),
                bank.create(Questions.singleChoice("单选 " + marker), hr.id(), null)), hr.id());

        // HR publishes and invites
        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/papers/" + paper);
        js("window.confirm = function () { return true; };");
        browser.click("#publish");
        browser.click("#invitations");
        browser.type("#candidates", "韩梅梅 " + marker);
        browser.click("#invite");
        String link = browser.find(".invitation-link").getDomProperty("value");
        // and assigns the panel: the first interviewer leads
        browser.open("/papers/" + paper + "/grading");
        browser.click("#grader-" + first.id());
        browser.click("#lead");
        assign();
        browser.click("#grader-" + second.id());
        assign();
        browser.waitFor().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#assignments .assignment")).size() == 2);
        browser.screenshot("30-grading-setup");

        // the candidate sits it
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(link);
        browser.click("#confirm-name");
        browser.click("#start");
        browser.find("#sheet");
        browser.type("#a-0-text", "您好，非常抱歉让您久等了。我先帮您查一下订单，今天下午五点前给您回电。");
        browser.click("#a-1-1");
        browser.waitFor().until(d -> browser.text("#q-0 .q-state").contains("已保存"));
        browser.waitFor().until(d -> browser.text("#q-1 .q-state").contains("已保存"));
        browser.click("#submit");
        browser.click("#confirm-submit");
        browser.find("#receipt-code");

        // the first interviewer scores with the keyboard: 5, Enter, F (full), Enter, H (half)
        browser.signIn(first.username(), TestUsers.PASSWORD);
        browser.open("/grading");
        assertThat(browser.text("#queue")).contains("韩梅梅 " + marker);
        browser.click(".grade-link");
        browser.find("#grade-form");
        assertThat(browser.text("#candidate-answer")).contains("今天下午五点前给您回电");
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("score-0");
        keys("5", Keys.ENTER, "f", Keys.ENTER, "h");
        browser.waitFor().until(d -> browser.text("#question-total").equals("17"));
        browser.waitFor().until(d -> browser.text("#my-total").equals("19"));
        assertThat(browser.find("#score-1").getDomProperty("value")).isEqualTo("10");
        assertThat(browser.text("#save-state")).contains("已保存");
        browser.screenshot("31-grading-first-interviewer");
        // a score over the step's maximum is refused beside the step and nothing changes
        browser.find("#score-2").sendKeys(Keys.chord(Keys.CONTROL, "a"), "9", Keys.TAB);
        browser.waitFor().until(d -> browser.text("#step-error-2").contains("最多 4 分"));
        browser.waitFor().until(d -> browser.find("#score-2").getDomAttribute("class").contains("is-invalid"));
        assertThat(browser.text("#save-state")).contains("未保存");
        browser.screenshot("32-grading-refused-score");
        browser.find("#score-2").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        browser.waitFor().until(d -> browser.text("#step-error-2").isEmpty());
        browser.type("#comment", "思路清楚，话术自然");
        // the only answer: "save and next" saves and stays (there is no next); a reload shows what was saved
        keysTo("#comment", Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitFor().until(d -> browser.text("#save-state").contains("已保存"));
        browser.driver.navigate().refresh();
        assertThat(browser.find("#comment").getDomProperty("value")).isEqualTo("思路清楚，话术自然");
        assertThat(browser.find("#score-2").getDomProperty("value")).isEqualTo("2");
        js("window.confirm = function () { return true; };");
        browser.click("#complete");
        browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/grading"));

        // the second interviewer is much stricter
        browser.signIn(second.username(), TestUsers.PASSWORD);
        browser.open("/grading");
        browser.click(".grade-link");
        browser.find("#grade-form");
        keys("1", Keys.ENTER, "2", Keys.ENTER, "1", Keys.ARROW_UP);
        browser.waitFor().until(d -> browser.text("#question-total").equals("4.5"));
        browser.waitFor().until(d -> browser.text("#my-total").equals("6.5"));
        assertThat(browser.driver.findElements(org.openqa.selenium.By.id("panel-scores")))
                .as("the first interviewer's scores stay hidden until this one hands in").isEmpty();
        js("window.confirm = function () { return true; };");
        browser.click("#complete");
        browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/grading"));
        assertThat(browser.text("#queue")).contains("待协调");
        browser.click(".grade-link");
        browser.find("#panel-scores");
        assertThat(browser.text("#panel-scores")).contains(first.displayName(), second.displayName(), "17", "4.5",
                "评分差异较大");
        browser.screenshot("33-grading-panel-after-hand-in");

        // HR reconciles the flagged difference and exports
        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/grading?paper=" + paper);
        browser.click(".reconcile-link");
        browser.find(".reconcile-question");
        List<org.openqa.selenium.WebElement> settled = browser.driver.findElements(
                org.openqa.selenium.By.cssSelector(".settle-step"));
        String[] agreed = {"4", "6", "2"};
        for (int i = 0; i < settled.size(); i++) {
            settled.get(i).clear();
            settled.get(i).sendKeys(agreed[i]);
        }
        browser.type("#reason-0", "两位面试官复核录音后商定");
        browser.screenshot("34-grading-reconcile");
        browser.click(".settle");
        browser.find(".alert-success");
        browser.open("/results/papers/" + paper);
        assertThat(browser.text("#results-table")).contains("韩梅梅 " + marker, "14", "通过");
        assertThat(browser.text("#pass-rate")).isEqualTo("100%");
        browser.screenshot("35-results");
        byte[] xlsx = download("/results/papers/" + paper + "/export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("韩梅梅 " + marker);
            // rank, candidate, e-mail, phone, receipt, status, submitted, total, pass, section, question, step
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(14);
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(12);
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(4);
        }
        browser.click(".result-candidate");
        browser.find("#audit");
        assertThat(browser.text("#audit")).contains("两位面试官复核录音后商定", first.displayName(), second.displayName());
        browser.screenshot("36-result-report");
        assertThat(jdbc.queryForObject("select count(*) from score_audit a join attempt t on t.id = a.attempt_id "
                + "join invitation i on i.id = t.invitation_id where i.paper_id = ?", Long.class, paper))
                .isGreaterThanOrEqualTo(10);
    }

    /** Sends the assignment form and waits for the page that comes back (the next step reads it). */
    private void assign() {
        org.openqa.selenium.WebElement form = browser.find("#assign-form");
        browser.click("#assign");
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private void keysTo(String css, CharSequence keys) {
        browser.find(css).sendKeys(keys);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    /** What a click on the link downloads, fetched by the page itself (same cookies). */
    private byte[] download(String path) {
        String base64 = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                    let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                });""", path);
        return Base64.getDecoder().decode(base64);
    }
}
