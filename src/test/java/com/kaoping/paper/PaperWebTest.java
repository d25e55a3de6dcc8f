package com.kaoping.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.Questions;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KaopingTest
class PaperWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PaperService papers;

    @Autowired
    QuestionBank bank;

    AccountPrincipal hr;
    AccountPrincipal interviewer;
    String marker;

    @BeforeEach
    void setUp() {
        hr = users.create(Role.HR);
        interviewer = users.create(Role.INTERVIEWER);
        marker = "PW" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A case whose questions run on into the next section is given once, as on the candidate's sheet. */
    @Test
    void thePreviewGivesACaseOnceAcrossASectionBorderAsTheSheetDoes() throws Exception {
        long caseId = bank.createCase("跨大题案例 " + marker, "共用案例背景 " + marker, hr.id(), java.util.UUID.randomUUID());
        long paper = papers.create(new com.kaoping.paper.PaperSettings("跨大题 " + marker,
                com.kaoping.paper.PaperPurpose.WRITTEN_TEST, null, 30, null, null, null, false, false), hr.id(), null);
        long first = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr.id());
        long second = papers.addSection(paper, papers.detail(paper).version(), "二", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), first, java.util.List.of(bank.create(
                com.kaoping.question.Questions.withCase(com.kaoping.question.Questions.scenario("甲 " + marker), caseId),
                hr.id(), null)), hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), second, java.util.List.of(bank.create(
                com.kaoping.question.Questions.withCase(com.kaoping.question.Questions.scenario("乙 " + marker), caseId),
                hr.id(), null)), hr.id());
        String preview = mvc.perform(get("/papers/" + paper + "/preview").with(user(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview.split("共用案例背景 " + marker, -1)).hasSize(2);
        assertThat(preview).contains("案例背景见第 1 题上方");
    }

    @Test
    void thePreviewShowsTheCandidateNoKeyExplanationReferenceAnswerOrRubric() throws Exception {
        QuestionContent scenario = Questions.scenario("预览情景 " + marker);
        QuestionContent choice = Questions.singleChoice("预览单选 " + marker);
        long paper = papers.create(PaperServiceTest.interview("预览 " + marker), hr.id(), null);
        long s = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), s,
                List.of(bank.create(scenario, hr.id(), null), bank.create(choice, hr.id(), null)), hr.id());

        String html = mvc.perform(get("/papers/" + paper + "/preview").with(user(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("预览情景 " + marker, "预览单选 " + marker, "乙");
        assertThat(html).doesNotContain(scenario.referenceAnswer(), scenario.explanation(), choice.explanation(),
                "致歉与共情", "guidance for", "是否先处理情绪再处理问题", "推卸责任", "option-key");

        String kit = mvc.perform(get("/papers/" + paper + "/kit").with(user(interviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(kit).contains("致歉与共情", scenario.referenceAnswer(), "推卸责任");
    }

    /**
     * One numbering everywhere, the paper's: questions are numbered 1..N across the sections
     * (draws included), in the preview, the kit and (position + 1) on the candidate's sheet.
     */
    @Test
    void thePreviewAndTheKitNumberQuestionsAcrossTheWholePaper() throws Exception {
        String tag = "numbering-" + marker;
        for (int i = 0; i < 3; i++) {
            bank.create(Questions.withTags(Questions.withStem(Questions.singleChoice("x"), "抽题池 " + i + " " + marker),
                    List.of(tag)), hr.id(), null);
        }
        long paper = papers.create(PaperServiceTest.interview("编号 " + marker), hr.id(), null);
        long first = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), first, List.of(
                bank.create(Questions.scenario("第一题 " + marker), hr.id(), null),
                bank.create(Questions.scenario("第二题 " + marker), hr.id(), null)), hr.id());
        papers.addRule(paper, papers.detail(paper).version(), first,
                new DrawCriteria(com.kaoping.question.QuestionKind.SINGLE_CHOICE, tag, 1, 5), 2,
                new java.math.BigDecimal("2"), hr.id());
        long second = papers.addSection(paper, papers.detail(paper).version(), "二", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), second,
                List.of(bank.create(Questions.scenario("第五题 " + marker), hr.id(), null)), hr.id());

        String preview = mvc.perform(get("/papers/" + paper + "/preview").with(user(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(numbers(preview, "question-number")).containsExactly("1.", "2.", "3.", "4.", "5.");
        assertThat(preview.indexOf("5.")).isLessThan(preview.indexOf("第五题 " + marker));

        String kit = mvc.perform(get("/papers/" + paper + "/kit").with(user(hr)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(kit).contains("第 3–4 题随机抽题");
        assertThat(kit.indexOf("<strong>5.</strong>")).as("section two starts at 5").isPositive()
                .isLessThan(kit.indexOf("第五题 " + marker));
    }

    private static List<String> numbers(String html, String cls) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"" + cls + "\"[^>]*>([^<]*)<").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    @Test
    void interviewersReadPapersButOnlyHrChangesThem() throws Exception {
        long paper = papers.create(PaperServiceTest.interview("权限 " + marker), hr.id(), null);
        mvc.perform(get("/papers").with(user(interviewer))).andExpect(status().isOk());
        mvc.perform(get("/papers/" + paper).with(user(interviewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("add-section-form"))));
        mvc.perform(get("/papers/new").with(user(interviewer))).andExpect(status().isForbidden());
        mvc.perform(post("/papers/" + paper + "/sections").with(user(interviewer)).with(csrf())
                .param("version", "0").param("title", "越权")).andExpect(status().isForbidden());
        assertThat(papers.detail(paper).sections()).isEmpty();
        mvc.perform(get("/papers")).andExpect(status().is3xxRedirection());
    }

    @Test
    void badSettingsAreExplainedBesideTheFieldAndKept() throws Exception {
        mvc.perform(post("/papers").with(user(hr)).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("title", "保留的标题 " + marker).param("purpose", "WRITTEN_TEST")
                        .param("timeLimitMinutes", "").param("passMark", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("笔试必须设置考试时长")))
                .andExpect(content().string(containsString("请输入数字")))
                .andExpect(content().string(containsString("保留的标题 " + marker)));
        mvc.perform(post("/papers").with(user(hr)).with(csrf()).header("Accept-Language", "en")
                        .param("title", "t").param("purpose", "WRITTEN_TEST").param("timeLimitMinutes", "9999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter whole minutes from 1 to 600.")));
    }

    @Test
    void aConcurrentEditGetsAClearConflictAndKeepsTheSettingsTyped() throws Exception {
        long paper = papers.create(PaperServiceTest.interview("并发 " + marker), hr.id(), null);
        long stale = papers.detail(paper).version();
        papers.addSection(paper, stale, "别人加的", null, null, hr.id());
        mvc.perform(post("/papers/" + paper + "/settings").with(user(hr)).with(csrf())
                        .header("Accept-Language", "en")
                        .param("version", String.valueOf(stale)).param("title", "我的新标题 " + marker)
                        .param("purpose", "INTERVIEW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another author saved this paper while you were editing")))
                .andExpect(content().string(containsString("我的新标题 " + marker)));
        String builder = mvc.perform(post("/papers/" + paper + "/sections").with(user(hr)).with(csrf())
                        .header("Accept-Language", "en").param("version", String.valueOf(stale)).param("title", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another author changed this paper")))
                .andReturn().getResponse().getContentAsString();
        assertThat(valueOf(builder, "new-section-title")).isEqualTo("x");
        long section = papers.detail(paper).sections().get(0).id();
        builder = mvc.perform(post("/papers/" + paper + "/sections/" + section).with(user(hr)).with(csrf())
                        .param("version", String.valueOf(stale)).param("title", "改过的标题")
                        .param("instructions", "我写的说明"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(valueOf(builder, "section-" + section + "-title")).isEqualTo("改过的标题");
        assertThat(valueOf(builder, "section-" + section + "-instructions")).isEqualTo("我写的说明");
        assertThat(papers.detail(paper).sections().get(0).title()).isEqualTo("别人加的");
    }

    /**
     * A refused points or place is said beside that question's field, which keeps what was typed
     * (it was a message above the whole builder, and the value was gone).
     */
    @Test
    void refusedPointsAndPlacesAreExplainedBesideTheQuestion() throws Exception {
        long paper = papers.create(PaperServiceTest.interview("分值 " + marker), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(Questions.scenario("分值题 " + marker), hr.id(), null)), hr.id());
        long item = papers.detail(paper).sections().get(0).items().get(0).id();
        String points = "/papers/" + paper + "/sections/" + section + "/items/" + item + "/points";

        String html = refused(post(points).param("points", "abc"), paper);
        assertThat(errorBeside(html, "points-" + item)).isEqualTo("Enter a number, e.g. 6 or 7.5.");
        assertThat(valueOf(html, "points-" + item)).isEqualTo("abc");
        assertThat(html).doesNotContain("id=\"failure\"");

        html = refused(post(points).param("points", "5000"), paper);
        assertThat(errorBeside(html, "points-" + item)).startsWith("Enter points greater than 0 and at most");
        assertThat(valueOf(html, "points-" + item)).isEqualTo("5000");

        String place = "/papers/" + paper + "/sections/" + section + "/items/" + item + "/position";
        for (String typed : List.of("0", "abc", "")) {
            html = refused(post(place).param("place", typed), paper);
            assertThat(errorBeside(html, "place-" + item)).as(typed).isIn(
                    "Type the place to move the question to: a number from 1.", "Enter a whole number.");
        }
        assertThat(papers.detail(paper).sections().get(0).items().get(0).overridden()).isFalse();
    }

    /** A draw rule the bank cannot fill, or with a count or points that are not ones, is refused beside that field. */
    @Test
    void aRefusedDrawRuleIsExplainedBesideTheFieldAndKeepsTheOtherChoices() throws Exception {
        String tag = "旁" + marker;
        bank.create(Questions.withTags(Questions.scenario("抽题 " + marker), List.of(tag)), hr.id(), null);
        long paper = papers.create(PaperServiceTest.interview("抽题 " + marker), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr.id());
        String rules = "/papers/" + paper + "/sections/" + section + "/rules";

        String html = refused(rule(rules, tag, "3", "10"), paper);
        assertThat(errorBeside(html, "rc-" + section)).startsWith("Not enough questions: this rule needs 3 but the bank has 1");
        assertThat(valueOf(html, "rc-" + section)).isEqualTo("3");
        assertThat(valueOf(html, "rp-" + section)).isEqualTo("10");
        assertThat(valueOf(html, "rk-" + section)).isEqualTo("SCENARIO");
        assertThat(valueOf(html, "rt-" + section)).isEqualTo(tag);
        assertThat(html).contains("<details class=\"rule-editor\" open");

        assertThat(errorBeside(refused(rule(rules, tag, "0", "10"), paper), "rc-" + section))
                .isEqualTo("A rule draws 1 to 100 questions.");
        assertThat(errorBeside(refused(rule(rules, tag, "三", "10"), paper), "rc-" + section))
                .isEqualTo("Enter a whole number.");
        assertThat(errorBeside(refused(rule(rules, tag, "", "10"), paper), "rc-" + section))
                .isEqualTo("This field is required.");
        assertThat(errorBeside(refused(rule(rules, tag, "1", ""), paper), "rp-" + section))
                .startsWith("Enter points greater than 0");
        assertThat(errorBeside(refused(rule(rules, tag, "1", "10").param("difficultyMin", "4")
                .param("difficultyMax", "2"), paper), "rmax-" + section))
                .isEqualTo("The difficulty range must go from low to high, within 1-5.");
        assertThat(papers.detail(paper).sections().get(0).rules()).isEmpty();

        mvc.perform(rule(rules, tag, "1", "10").with(user(hr)).with(csrf())
                        .param("version", String.valueOf(papers.detail(paper).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(papers.detail(paper).sections().get(0).rules()).hasSize(1);
    }

    /** A section without a title, or with texts too long, is refused beside that field; the rest stays typed. */
    @Test
    void aRefusedSectionIsExplainedBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        long paper = papers.create(PaperServiceTest.interview("大题 " + marker), hr.id(), null);
        String html = refused(post("/papers/" + paper + "/sections").param("title", "  ")
                .param("instructions", "说明留着").param("background", "背景留着"), paper);
        assertThat(errorBeside(html, "new-section-title")).isEqualTo("A section needs a title.");
        assertThat(valueOf(html, "new-section-instructions")).isEqualTo("说明留着");
        assertThat(valueOf(html, "new-section-background")).isEqualTo("背景留着");
        assertThat(papers.detail(paper).sections()).isEmpty();

        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr.id());
        String tooLong = "长".repeat(com.kaoping.question.QuestionRules.BACKGROUND_MAX + 1);
        html = refused(post("/papers/" + paper + "/sections/" + section).param("title", "改了")
                .param("background", tooLong), paper);
        assertThat(errorBeside(html, "section-" + section + "-background"))
                .isEqualTo("Too long: at most 8000 characters (this has 8001).");
        assertThat(valueOf(html, "section-" + section + "-title")).isEqualTo("改了");
        assertThat(html).containsPattern("<details class=\"mb-3\" open[^>]*>\\s*<summary");
        assertThat(papers.detail(paper).sections().get(0).title()).isEqualTo("一");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder rule(String url, String tag,
                                                                                          String count, String points) {
        return post(url).param("kind", "SCENARIO").param("tag", tag).param("count", count).param("pointsEach", points);
    }

    /** Sends a change on the paper's current version, in English, and returns the builder shown again. */
    private String refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                           long paper) throws Exception {
        return mvc.perform(request.with(user(hr)).with(csrf()).header("Accept-Language", "en")
                        .param("version", String.valueOf(papers.detail(paper).version())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The control with this id: the whole tag, and for a select or a textarea everything up to its end tag. */
    private static String control(String html, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\""
                + java.util.regex.Pattern.quote(id) + "\"[^>]*>(?:.*?</\\1>)?", java.util.regex.Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a control with id " + id).isTrue();
        return m.group();
    }

    /** What the control shows: an input's value, a textarea's text, a select's chosen option. */
    private static String valueOf(String html, String id) {
        String control = control(html, id);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(control.startsWith("<select")
                ? "<option value=\"([^\"]*)\" selected" : control.startsWith("<textarea")
                ? ">\\s*(.*)</textarea>" : "\\bvalue=\"([^\"]*)\"", java.util.regex.Pattern.DOTALL).matcher(control);
        return m.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    /** The message right after the control, marked invalid; null when there is none. */
    private static String errorBeside(String html, String id) {
        String control = control(html, id);
        String after = html.substring(html.indexOf(control) + control.length());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*<div class=\"invalid-feedback\"[^>]*>([^<]*)</div>")
                .matcher(after);
        if (!m.find()) {
            return null;
        }
        assertThat(control).as(id + " is marked invalid").containsPattern("class=\"[^\"]*is-invalid");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }

    @Test
    void unknownPapersAndSectionsAreNotFound() throws Exception {
        mvc.perform(get("/papers/99999999").with(user(hr))).andExpect(status().isNotFound());
        long paper = papers.create(PaperServiceTest.interview("404 " + marker), hr.id(), null);
        mvc.perform(get("/papers/" + paper + "/sections/99999999/pick").with(user(hr)))
                .andExpect(status().isNotFound());
    }
}
