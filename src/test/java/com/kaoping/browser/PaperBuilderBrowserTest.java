package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.Questions;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HR builds a real-shaped interview paper (scenario 3 × 20, knowledge 5 × 12 of five kinds,
 * behavioural 4 × 15 = 180), publishes it, edits a bank question it uses and finds the
 * paper unchanged, then opens and prints the interviewer's kit.
 */
class PaperBuilderBrowserTest extends BrowserTest {



    @Autowired
    QuestionBank bank;

    @Autowired
    com.kaoping.paper.PaperService papers;

    @Test
    void hrBuildsAnInterviewPaperPublishesItAndPrintsTheKit() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String tag = "卷" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> scenarios = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            scenarios.add(bank.create(Questions.withTags(Questions.scenario("情景 " + i + " 客户来电投诉 " + tag),
                    List.of(tag)), hr.id(), null));
        }
        for (QuestionKind kind : List.of(QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE,
                QuestionKind.TRUE_FALSE, QuestionKind.SHORT_ANSWER, QuestionKind.CASE_ANALYSIS)) {
            bank.create(Questions.withTags(knowledge(kind, tag), List.of(tag)), hr.id(), null);
        }
        for (int i = 1; i <= 4; i++) {
            bank.create(Questions.withTags(behavioural("请讲一次你处理团队冲突的经历 " + i + " " + tag), List.of(tag)),
                    hr.id(), null);
        }

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/papers/new");
        browser.type("#title", "客服主管岗位面试 " + tag);
        new Select(browser.find("#purpose")).selectByValue("INTERVIEW");
        browser.type("#statedTotal", "180");
        browser.type("#passMark", "108");
        browser.click("#create-paper");
        browser.find("#add-section-form");

        addSection("情景模拟题(3题,每题20分)");
        pick(0, tag, "SCENARIO", 3);
        addSection("知识题(5题,每题12分)");
        pick(1, tag, "KNOWLEDGE", 5);
        addSection("行为面试题(4题,每题15分)");
        pick(2, tag, "BEHAVIOURAL", 4);

        setAllPoints(0, "20");
        setAllPoints(1, "12");
        setAllPoints(2, "15");
        browser.waitFor().until(d -> browser.text("#paper-total").equals("180 分"));
        assertThat(browser.text("#section-totals")).contains("一 60", "二 60", "三 60");
        assertThat(browser.driver.findElements(By.cssSelector("#warnings [data-code='paper.warn.statedTotal']")))
                .isEmpty();
        browser.screenshot("10-paper-builder-180");

        browser.acceptConfirms();
        browser.click("#publish");
        browser.waitFor().until(d -> browser.text("#paper-status").equals("已发布"));
        String paperUrl = browser.driver.getCurrentUrl();
        browser.screenshot("11-paper-published");

        // edit a bank question the paper uses
        long used = scenarios.get(0);
        browser.open("/questions/" + used + "/edit");
        browser.type("#stem", "题库里改过的题干 " + tag);
        browser.click("#save");
        browser.waitFor().until(ExpectedConditions.urlMatches(".*/questions/" + used + "$"));

        browser.open(paperUrl.replace(browser.baseUrl, ""));
        String builder = browser.text("#builder");
        assertThat(builder).contains("情景 1 客户来电投诉 " + tag).doesNotContain("题库里改过的题干");
        assertThat(browser.text("#frozen-note")).contains("已冻结");

        browser.click("#preview");
        browser.find("#candidate-paper");
        assertThat(browser.text("#candidate-paper")).contains("情景 1 客户来电投诉 " + tag)
                .doesNotContain("致歉与共情", "推卸责任");
        browser.screenshot("12-candidate-preview");

        browser.open(paperUrl.replace(browser.baseUrl, "") + "/kit");
        browser.find(".kit-page");
        assertThat(browser.text(".kit-page")).contains("致歉与共情", "考生", "面试官", "计分表", "180");
        browser.screenshot("13-interviewer-kit");
        String pdf = ((PrintsPage) browser.driver).print(new PrintOptions()).getContent();
        Files.write(Browser.SCREENSHOTS.resolve("13-interviewer-kit.pdf"), Base64.getDecoder().decode(pdf));
    }

    /**
     * A refused value is said beside its field (it was a message at the top of the builder, and
     * what was typed was gone): a word as a question's points, a draw rule asking for more
     * questions than the bank has, a section without a title. What was typed stays, the keyboard
     * lands on the field, and a screen reader hears the message with it.
     */
    @Test
    void refusedValuesAreSaidBesideTheirFieldWithWhatWasTyped() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String tag = "旁" + UUID.randomUUID().toString().substring(0, 6);
        long question = bank.create(Questions.withTags(Questions.scenario("旁边的题 " + tag), List.of(tag)), hr.id(),
                null);
        long paper = papers.create(new com.kaoping.paper.PaperSettings("字段旁的错误 " + tag,
                com.kaoping.paper.PaperPurpose.WRITTEN_TEST, null, 30, null, null, null, false, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "情景模拟题", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(question), hr.id());
        long item = papers.detail(paper).sections().get(0).items().get(0).id();

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/papers/" + paper);
        WebElement points = browser.find("#points-" + item);
        points.sendKeys("二十", Keys.TAB);
        browser.waitFor().until(ExpectedConditions.stalenessOf(points));
        assertRefused("#points-" + item, "二十", "请输入数字");
        assertThat(browser.driver.findElements(By.id("failure"))).isEmpty();
        browser.screenshot("14-builder-points-refused-beside-the-field");

        WebElement place = browser.find("#place-" + item);
        place.sendKeys("0", Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.stalenessOf(place));
        assertRefused("#place-" + item, "0", "从 1 开始的数字");
        browser.screenshot("14b-builder-place-refused-beside-the-field");

        settled();
        browser.click(browser.find("#section-" + section + " .rule-editor summary"));
        new Select(browser.find("#rt-" + section)).selectByValue(tag);
        // the count typed right after the tag's live pool-size request sometimes came out empty in
        // ChromeDriver (one run in three, only after the class's other test); typed again until it shows
        typeUntilShown("#rc-" + section, "3");
        typeUntilShown("#rp-" + section, "10");
        settled();
        WebElement add = browser.find("#section-" + section + " .add-rule");
        browser.click(add);
        browser.waitFor().until(ExpectedConditions.stalenessOf(add));
        assertRefused("#rc-" + section, "3", "此规则需要 3 道，题库中符合条件的只有 0 道");
        assertThat(browser.find("#rp-" + section).getDomProperty("value")).isEqualTo("10");
        assertThat(new Select(browser.find("#rt-" + section)).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(tag);
        browser.screenshot("15-builder-rule-refused-beside-the-count");

        settled();
        browser.type("#new-section-instructions", "说明留着");
        browser.click("#add-section");
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#new-section-title.is-invalid")).isEmpty());
        assertRefused("#new-section-title", "", "大题需要标题");
        assertThat(browser.find("#new-section-instructions").getDomProperty("value")).isEqualTo("说明留着");
        browser.screenshot("16-builder-section-refused-beside-the-title");
        assertThat(papers.detail(paper).sections()).hasSize(1);
        assertThat(papers.detail(paper).sections().get(0).rules()).isEmpty();
    }

    private void typeUntilShown(String css, String text) {
        for (int attempt = 0; attempt < 3 && !text.equals(browser.find(css).getDomProperty("value")); attempt++) {
            settled();
            browser.type(css, text);
        }
        assertThat(browser.find(css).getDomProperty("value")).isEqualTo(text);
    }

    /** Waits until htmx has no request, swap or settle under way (a field typed into during one may be replaced). */
    private void settled() {
        browser.waitFor().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null")));
    }

    /** The field shows what was typed, is marked invalid with the message beside it, and has the keyboard. */
    private void assertRefused(String css, String typed, String message) {
        // htmx gives a swapped field its new attributes once it settles
        browser.waitFor().until(d -> "true".equals(browser.find(css).getDomAttribute("aria-invalid"))
                && browser.find(css).equals(d.switchTo().activeElement()));
        WebElement field = browser.find(css);
        assertThat(field.getDomProperty("value")).isEqualTo(typed);
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = field.getDomAttribute("aria-describedby");
        assertThat(describedBy).isNotBlank();
        assertThat(browser.driver.findElement(By.id(describedBy.strip().replaceAll(".* ", ""))).getText())
                .contains(message);
    }

    private void addSection(String title) {
        int before = browser.driver.findElements(By.cssSelector(".paper-section")).size();
        browser.type("#new-section-title", title);
        browser.click("#add-section");
        browser.waitFor().until(d -> d.findElements(By.cssSelector(".paper-section")).size() == before + 1);
    }

    private void pick(int section, String tag, String family, int expected) {
        browser.click(browser.driver.findElements(By.cssSelector(".paper-section")).get(section)
                .findElement(By.cssSelector(".add-questions")));
        browser.find("#pick-form");
        new Select(browser.find("#tag")).selectByValue(tag);
        new Select(browser.find("#family")).selectByValue(family);
        browser.click("#apply-filters");
        browser.waitFor().until(d -> d.findElements(By.cssSelector("input.pick")).size() == expected);
        for (WebElement box : browser.driver.findElements(By.cssSelector("input.pick"))) {
            browser.click(box);
        }
        browser.click("#add-picked");
        browser.waitFor().until(d -> d.findElements(By.cssSelector(".paper-section")).size() > section
                && d.findElements(By.cssSelector(".paper-section")).get(section)
                .findElements(By.cssSelector("tr.item")).size() == expected);
    }

    private void setAllPoints(int section, String points) {
        int count = browser.driver.findElements(By.cssSelector(".paper-section")).get(section)
                .findElements(By.cssSelector(".item-points")).size();
        for (int i = 0; i < count; i++) {
            int index = i;
            WebElement input = browser.driver.findElements(By.cssSelector(".paper-section")).get(section)
                    .findElements(By.cssSelector(".item-points")).get(index);
            ((JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", input);
            input.clear();
            input.sendKeys(points, Keys.TAB);
            // the change saves at once and htmx swaps the builder in: wait for the new one
            browser.waitFor().until(ExpectedConditions.stalenessOf(input));
            browser.waitFor().until(d -> points.equals(d.findElements(By.cssSelector(".paper-section")).get(section)
                    .findElements(By.cssSelector(".item-points")).get(index).getDomProperty("value")));
        }
    }

    private static QuestionContent knowledge(QuestionKind kind, String tag) {
        QuestionContent choice = Questions.singleChoice(kind + " 知识题 " + tag);
        return switch (kind) {
            case SINGLE_CHOICE -> choice;
            case MULTIPLE_CHOICE -> new QuestionContent(kind, "多选 " + tag, null, new java.math.BigDecimal("3"), 3,
                    "zh-CN", List.of(), null, List.of(new QuestionContent.Option("甲", true),
                    new QuestionContent.Option("乙", true), new QuestionContent.Option("丙", false)), null,
                    com.kaoping.question.PartialCreditPolicy.HALF_IF_NO_WRONG, "解析", null, List.of(), List.of(),
                    List.of(), List.of(), null, null);
            case TRUE_FALSE -> new QuestionContent(kind, "判断 " + tag, null, new java.math.BigDecimal("2"), 1, "zh-CN",
                    List.of(), null, List.of(), false, null, "解析", null, List.of(), List.of(), List.of(), List.of(), null, null);
            default -> new QuestionContent(kind, kind + " 主观题 " + tag, null, new java.math.BigDecimal("12"), 3,
                    "zh-CN", List.of(), null, List.of(), null, null, null, "参考答案",
                    List.of(Questions.step("要点一", "6"), Questions.step("要点二", "6")), List.of(), List.of(),
                    List.of(), null, null);
        };
    }

    private static QuestionContent behavioural(String stem) {
        QuestionContent base = Questions.withStem(Questions.scenario("x"), stem);
        return new QuestionContent(QuestionKind.BEHAVIOURAL, stem, null, new java.math.BigDecimal("15"), 3, "zh-CN",
                List.of(), null, List.of(), null, null, null, "STAR", List.of(Questions.step("背景与任务", "4"),
                Questions.step("行动", "7"), Questions.step("结果与反思", "4")), base.scoringFocus(), base.pitfalls(),
                base.competencies(), null, null);
    }
}
