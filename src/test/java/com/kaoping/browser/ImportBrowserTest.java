package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperService;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * HR pastes a real-looking paper, corrects two things the reader got wrong or could not know on
 * the review page, imports it, and finds the draft paper with the right totals in the builder,
 * ready to publish.
 */
class ImportBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    PaperService papers;

    @Test
    void aPastedPaperIsReviewedCorrectedImportedAndPublished() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String paper = """
                本文档由网友上传，仅供学习交流，下载后请于24小时内删除。
                %s 售后客服岗位笔试
                考试时间:60分钟 总分:30分
                一、单项选择题(每题2分,共6分)
                1.客户满意度通常缩写为( ) A.NPS B.CSAT C.CES D.FCR
                2.首次解决率的缩写是( ) A.FCR B.AHT C.SLA D.KPI
                3.客户投诉时，客服首先应当( ) A.解释公司规定 B.安抚客户情绪 C.转交主管 D.结束通话
                二、情景模拟题(共24分)
                1.一位客户来电，称订单已延迟5天，情绪激动。请模拟你的处理过程。(20分)
                参考答案:
                (1)致歉与共情 "您好，非常抱歉让您久等了。"(6分)
                (2)核实订单并给出方案 "麻烦您提供一下订单号。"(10分)
                (3)承诺时限并跟进 "我会在今天下午5点前给您回电。"(4分)
                参考答案
                一、1.B 2.A
                第1页共1页
                """.formatted(marker);

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/questions");
        browser.click("#import-paper");
        // nothing brought: said beside the field, the keyboard there
        browser.click("#read");
        browser.waitFor().until(d -> !d.findElements(By.id("text-error")).isEmpty());
        assertThat(browser.text("#text-error")).isEqualTo("请粘贴试卷内容或选择文件。");
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("text");
        browser.screenshot("69-import-nothing-brought");
        // a paste, as the clipboard would put it: typing 600 characters key by key is not what a person does
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('text').value = arguments[0];", paper);
        browser.screenshot("70-import-bring");
        browser.click("#read");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/imports/read"));
        browser.find("#review-form");
        assertThat(browser.text("#source-lines")).contains("客户满意度通常缩写为").doesNotContain("仅供学习交流");
        assertThat(browser.find("#title").getDomProperty("value")).isEqualTo(marker + " 售后客服岗位笔试");
        assertThat(browser.text("#paper-total .value")).isEqualTo("26");
        browser.screenshot("71-import-review");

        // the source line of the third question takes the page to that question
        WebElement line = browser.driver.findElements(By.cssSelector("#source-lines li")).stream()
                .filter(li -> li.getText().contains("客户投诉时")).findFirst().orElseThrow();
        browser.click(line);
        browser.waitFor().until(d -> "s0q2-stem".equals(d.switchTo().activeElement().getDomAttribute("id")));
        // and by keyboard: down the source to the scenario's first line (20), Enter
        WebElement source = browser.find("#source-lines");
        source.click();
        for (int i = 0; i < 20; i++) {
            source.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        source.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(d -> "s1q0-stem".equals(d.switchTo().activeElement().getDomAttribute("id")));

        // correction 1: the answers at the end stop at 2, so question 3 has no key
        browser.type("#s0q2-key", "B");
        // correction 2: the scenario is worth 24 as its section says, and the steps gain a fourth
        browser.type("#s1q0-points", "24");
        // the question in hand shows where it came from
        browser.waitFor().until(d -> browser.find("#source-lines li.linked").getText().startsWith("1.一位客户来电"));
        assertThat(browser.text("#paper-total .value")).isEqualTo("30");
        browser.type("#s1q0-st3-label", "总结与确认");
        browser.type("#s1q0-st3-points", "4");
        for (WebElement box : browser.driver.findElements(By.cssSelector(".import-warning input[type=checkbox]"))) {
            if (!box.isSelected()) {
                browser.click(box);
            }
        }
        // the steps in the middle of the window, clear of the sticky bar with the totals
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('s1q0-points').scrollIntoView({block: 'start'}); window.scrollBy(0, -80);");
        browser.screenshot("72-import-corrected");
        // Enter in a field sends the import, not "read again" (which would throw the corrections away)
        browser.find("#s1q0-st3-points").sendKeys(org.openqa.selenium.Keys.ENTER);

        browser.waitFor().until(d -> d.getCurrentUrl().matches(".*/papers/\\d+$"));
        assertThat(browser.text("#paper-total")).contains("30");
        assertThat(browser.driver.getPageSource()).contains("客户投诉时，客服首先应当");
        String url = browser.driver.getCurrentUrl();
        PaperDetail draft = papers.detail(Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
        assertThat(draft.sections().get(0).items().get(2).question().options())
                .extracting(o -> o.text() + (o.correct() ? "*" : "")).containsExactly("解释公司规定", "安抚客户情绪*", "转交主管", "结束通话");
        assertThat(draft.sections().get(1).items().get(0).question().rubric())
                .extracting(st -> st.label() + " " + st.maxPoints().stripTrailingZeros().toPlainString())
                .containsExactly("致歉与共情 6", "核实订单并给出方案 10", "承诺时限并跟进 4", "总结与确认 4");
        browser.screenshot("73-import-draft-in-builder");
        browser.acceptConfirms();
        browser.click("#publish");
        browser.waitFor().until(d -> browser.text("#paper-status").equals("已发布"));
    }

    /** A paper of 60 questions goes through the real server's limits on fields and list sizes. */
    @Test
    void aLongPaperIsImportedWhole() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder paper = new StringBuilder(marker + " 客服知识题库测试\n一、单项选择题(每题2分,共120分)\n");
        for (int i = 1; i <= 60; i++) {
            paper.append(i).append(".第").append(i).append("题：客户来电咨询第").append(i)
                    .append("号业务时，客服应当( ) A.先核实身份 B.直接办理 C.转交同事 D.请客户稍后再打\n答案:A\n");
        }
        browser.signIn(hr.username(), TestUsers.PASSWORD);
        // the papers list offers the import too
        browser.open("/papers");
        browser.screenshot("68-papers-list-with-import");
        browser.click("#import-paper");
        browser.find("#bring-form");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('text').value = arguments[0];",
                paper.toString());
        browser.click("#read");
        browser.find("#review-form");
        assertThat(browser.driver.findElements(By.cssSelector(".import-question"))).hasSize(60);
        assertThat(browser.text("#paper-total .value")).isEqualTo("120");
        for (WebElement box : browser.driver.findElements(By.cssSelector(".import-warning input[type=checkbox]"))) {
            if (!box.isSelected()) {
                browser.click(box);
            }
        }
        browser.type("#timeLimitMinutes", "60");
        browser.click("#import");
        browser.waitFor().until(d -> d.getCurrentUrl().matches(".*/papers/\\d+$"));
        assertThat(browser.text("#paper-total")).contains("120");
    }
}
