package com.kaoping.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
        mvc.perform(post("/papers/" + paper + "/sections").with(user(hr)).with(csrf())
                        .header("Accept-Language", "en").param("version", String.valueOf(stale)).param("title", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failureText", containsString("Another author changed this paper")))
                .andExpect(flash().attribute("draftTitle", "x"));
        long section = papers.detail(paper).sections().get(0).id();
        mvc.perform(post("/papers/" + paper + "/sections/" + section).with(user(hr)).with(csrf())
                        .param("version", String.valueOf(stale)).param("title", "改过的标题")
                        .param("instructions", "我写的说明"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("draftFor", "section-" + section))
                .andExpect(flash().attribute("draft", org.hamcrest.Matchers.hasEntry("instructions", "我写的说明")));
    }

    @Test
    void unknownPapersAndSectionsAreNotFound() throws Exception {
        mvc.perform(get("/papers/99999999").with(user(hr))).andExpect(status().isNotFound());
        long paper = papers.create(PaperServiceTest.interview("404 " + marker), hr.id(), null);
        mvc.perform(get("/papers/" + paper + "/sections/99999999/pick").with(user(hr)))
                .andExpect(status().isNotFound());
    }
}
