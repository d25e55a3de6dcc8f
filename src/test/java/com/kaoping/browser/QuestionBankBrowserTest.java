package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What HR does first: build a scenario question with a three-step rubric (6 + 10 + 4) in
 * the browser, find it by a Chinese word, edit a step and see the earlier version.
 */
class QuestionBankBrowserTest extends BrowserTest {




    /** A field with an error says so to a screen reader: aria-invalid, and the message it is described by. */
    @Test
    void formErrorsAreTiedToTheirFields() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/questions/new");
        new Select(browser.find("#kind")).selectByValue("SCENARIO");
        browser.type("#points", "abc");
        browser.click("#save");
        org.openqa.selenium.WebElement points = browser.waitFor()
                .until(d -> d.findElement(org.openqa.selenium.By.cssSelector("#points.is-invalid")));
        assertThat(points.getDomAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = points.getDomAttribute("aria-describedby");
        assertThat(describedBy).isNotBlank();
        assertThat(browser.find("#" + describedBy.split(" ")[0]).getText()).isNotBlank();
        browser.screenshot("06-question-form-errors");
    }

    @Test
    void hrBuildsARubricQuestionFindsItEditsAStepAndSeesTheEarlierVersion() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String word = "蓝莓" + randomHan() + randomHan() + "果酱";
        String stem = "客户在直播间购买的" + word + "十天仍未发货,来电要求退款并投诉客服推诿。请模拟你的应答。";

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/questions/new");
        new Select(browser.find("#kind")).selectByValue("SCENARIO");
        browser.type("#stem", stem);
        browser.type("#points", "20");
        browser.type("#tagsText", "投诉处理, 电话客服");
        browser.type("#referenceAnswer", "先安抚情绪,再核实订单,最后承诺时限。");

        fillStep(0, "致歉与共情", "6", "“非常抱歉让您久等了……”");
        browser.click("#add-step");
        browser.find("#step-1");
        fillStep(1, "核实订单并给出方案", "10", "“麻烦您提供一下订单号……”");
        browser.click("#add-step");
        browser.find("#step-2");
        fillStep(2, "承诺时限并跟进", "5", "“我会在今天下午5点前给您回电……”");
        assertThat(browser.find("#rubric-mismatch").isDisplayed()).as("6 + 10 + 5 is not 20").isTrue();
        browser.type("#rubric2\\.maxPoints", "4");
        browser.waitFor().until(d -> browser.text("#rubric-total").contains("20"));
        assertThat(browser.find("#rubric-mismatch").isDisplayed()).isFalse();

        // reordering keeps everything typed, including the fields outside the rubric
        browser.click("#step-2 .step-up");
        browser.waitFor().until(d -> value("#rubric1\\.label").equals("承诺时限并跟进"));
        assertThat(value("#rubric2\\.label")).isEqualTo("核实订单并给出方案");
        assertThat(value("#rubric1\\.modelWording")).isEqualTo("“我会在今天下午5点前给您回电……”");
        browser.click("#step-1 .step-down");
        browser.waitFor().until(d -> value("#rubric2\\.label").equals("承诺时限并跟进"));
        assertThat(value("#stem")).isEqualTo(stem);
        browser.screenshot("01-rubric-editor");

        browser.click("#save");
        browser.waitFor().until(ExpectedConditions.urlMatches(".*/questions/\\d+$"));
        String questionUrl = browser.driver.getCurrentUrl();
        assertThat(stepLabels()).containsExactly("致歉与共情", "核实订单并给出方案", "承诺时限并跟进");
        assertThat(browser.text(".rubric")).contains("6 分", "10 分", "4 分", "各步骤合计 20 分，本题 20 分");
        browser.screenshot("02-question-as-interviewer-sees-it");

        browser.open("/questions");
        browser.type("#q", word);
        browser.click("#apply-filters");
        browser.waitFor().until(d -> browser.text("#result-count").contains("共 1 道题"));
        WebElement hit = browser.find("#questions .stem-link");
        assertThat(hit.getText()).contains(word);
        browser.screenshot("03-found-by-chinese-word");
        hit.click();
        browser.waitFor().until(ExpectedConditions.urlToBe(questionUrl));

        browser.click("#edit");
        browser.type("#rubric1\\.label", "核实订单、给出两个可选方案");
        browser.click("#save");
        browser.waitFor().until(ExpectedConditions.urlToBe(questionUrl));
        assertThat(browser.text(".flash")).contains("试题已保存");
        assertThat(stepLabels()).contains("核实订单、给出两个可选方案");

        browser.click("#history");
        browser.find("#revisions");
        assertThat(browser.driver.findElements(By.cssSelector("#revisions tbody tr"))).hasSize(2);
        assertThat(browser.text("#revision-2 .changed-fields")).contains("评分细则");
        browser.screenshot("04-history");
        browser.click("#revision-1 a");
        browser.find("#revision-note");
        assertThat(stepLabels()).containsExactly("致歉与共情", "核实订单并给出方案", "承诺时限并跟进");
        assertThat(browser.text("#revision-note")).contains("较早的版本");
        browser.screenshot("05-earlier-version");
    }

    @Test
    void aReferenceAnswerWrittenInPointsBecomesTheStepsAndTheNextQuestionStartsFromTheLast() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String stem = "客户投诉快递延误" + randomHan() + randomHan() + "，请模拟应答。";
        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/questions/new");
        new Select(browser.find("#kind")).selectByValue("SCENARIO");
        browser.type("#subtitle", "情景模拟：处理快递延误投诉");
        browser.type("#stem", stem);
        browser.type("#points", "10");
        browser.type("#tagsText", "投诉处理, 物流");
        browser.type("#referenceAnswer", "1. 致歉共情：“非常抱歉让您久等了。”\n2. 核实物流：请客户提供单号并查询。\n3. 承诺跟进（3分）");
        browser.click("#split-steps");
        browser.waitFor().until(d -> value("#rubric2\\.label").equals("承诺跟进"));
        assertThat(value("#rubric0\\.label")).isEqualTo("致歉共情");
        assertThat(value("#rubric0\\.modelWording")).isEqualTo("“非常抱歉让您久等了。”");
        assertThat(value("#rubric0\\.maxPoints")).isEqualTo("3.5");
        assertThat(value("#stem")).isEqualTo(stem);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("rubric0.label");
        browser.waitFor().until(d -> browser.text("#rubric-total").contains("10"));
        browser.screenshot("07-steps-split-from-the-reference-answer");

        browser.click("#save-new");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/questions/new?"));
        assertThat(value("#tagsText")).isEqualTo("投诉处理, 物流");
        assertThat(value("#points")).isEqualTo("10");
        assertThat(value("#stem")).isEmpty();
        assertThat(value("#subtitle")).as("a subtitle belongs to one question").isEmpty();
        assertThat(browser.text(".flash")).contains("试题已创建");
    }

    @Test
    void anyThreeOfFourPointsIsAStepGroupWithACapAndTheSumSaysSo() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/questions/new");
        new Select(browser.find("#kind")).selectByValue("SCENARIO");
        browser.type("#stem", "客户投诉退款慢" + randomHan() + "，请模拟应答。");
        browser.type("#points", "10");
        browser.type("#referenceAnswer", "1. 致歉共情（4分）\n2. 核实订单（2分）\n3. 说明原因（2分）\n4. 给出方案（2分）\n5. 承诺跟进（2分）");
        browser.click("#split-steps");
        browser.waitFor().until(d -> value("#rubric4\\.label").equals("承诺跟进"));
        browser.waitFor().until(d -> browser.find("#rubric-mismatch").isDisplayed());
        assertThat(browser.find(".step-group-cap[data-group=A]").isDisplayed()).isFalse();
        for (int i = 1; i <= 4; i++) {
            new Select(browser.find("#rubric" + i + "\\.group")).selectByValue("A");
        }
        browser.waitFor().until(d -> browser.find(".step-group-cap[data-group=A]").isDisplayed());
        browser.type("#groups0\\.cap", "6");
        browser.waitFor().until(d -> browser.text("#rubric-total").contains("10") && !browser.find("#rubric-mismatch").isDisplayed());
        browser.screenshot("08-step-group-any-three-of-four");
        browser.click("#save");
        browser.waitFor().until(d -> d.getCurrentUrl().matches(".*/questions/\\d+$"));
        assertThat(browser.text(".group-rules")).isEqualTo("A 组：以下步骤任答，合计最多 6 分");
    }

    @Test
    void pagesAnHrUserMayNotSeeShowAFriendlyRefusal() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/admin/users");
        assertThat(browser.text("h1")).isEqualTo("您无权访问此页面");
        browser.open("/questions/987654321");
        assertThat(browser.text("h1")).isEqualTo("未找到");
        browser.click("#user-menu");
        browser.click("#logout");
        browser.waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void theLanguageSwitcherSticks() throws Exception {
        AccountPrincipal interviewer = users.create(Role.INTERVIEWER);
        browser.signIn(interviewer.username(), TestUsers.PASSWORD);
        browser.open("/questions");
        assertThat(browser.text("h1")).isEqualTo("题库");
        browser.click("a.lang-link[lang=en]");
        browser.waitFor().until(d -> browser.text("h1").equals("Question bank"));
        browser.open("/cases");
        assertThat(browser.text("h1")).isEqualTo("Cases");
        browser.click("a.lang-link[lang=zh-CN]");
        browser.waitFor().until(d -> browser.text("h1").equals("案例"));
        assertThat(browser.driver.findElements(By.id("new-question"))).isEmpty();
    }

    private void fillStep(int index, String label, String points, String wording) {
        browser.type("#rubric" + index + "\\.label", label);
        browser.type("#rubric" + index + "\\.maxPoints", points);
        browser.type("#rubric" + index + "\\.guidance", "做到即得满分;只做一半得一半。");
        browser.type("#rubric" + index + "\\.modelWording", wording);
    }

    private String value(String css) {
        return browser.find(css).getDomProperty("value");
    }

    private List<String> stepLabels() {
        return browser.driver.findElements(By.cssSelector(".rubric-step strong span:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    private static char randomHan() {
        return (char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5);
    }
}
