package com.kaoping.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Role checks, validation messages beside fields, kept input, double submits, 404s. */
@KaopingTest
class QuestionWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    QuestionBank bank;

    @Autowired
    JdbcTemplate jdbc;

    AccountPrincipal hr;
    AccountPrincipal interviewer;
    AccountPrincipal admin;
    String marker;

    @BeforeEach
    void setUp() {
        hr = users.create(Role.HR);
        interviewer = users.create(Role.INTERVIEWER);
        admin = users.create(Role.ADMIN);
        marker = "W" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/questions")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("password")));
    }

    @Test
    void interviewersReadTheBankButCannotChangeIt() throws Exception {
        long id = bank.create(Questions.scenario("面试官只读 " + marker), hr.id(), null);
        mvc.perform(get("/questions").with(user(interviewer))).andExpect(status().isOk());
        mvc.perform(get("/questions/" + id).with(user(interviewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("致歉与共情")))
                .andExpect(content().string(not(containsString("id=\"edit\""))));
        mvc.perform(get("/questions/new").with(user(interviewer))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("403")));
        mvc.perform(get("/questions/" + id + "/edit").with(user(interviewer))).andExpect(status().isForbidden());
        mvc.perform(scenarioForm(post("/questions"), "越权 " + marker).with(user(interviewer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + id + "/archive").with(user(interviewer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("越权 " + marker)).isZero();
        assertThat(bank.get(id).archived()).isFalse();
    }

    @Test
    void anAdminWithoutTheHrRoleHasNoBankAccess() throws Exception {
        mvc.perform(get("/questions").with(user(admin))).andExpect(status().isForbidden());
    }

    @Test
    void hrCreatesAQuestionAndLandsOnIt() throws Exception {
        mvc.perform(scenarioForm(post("/questions"), "HR 新题 " + marker).with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/questions/*"));
        assertThat(count("HR 新题 " + marker)).isEqualTo(1);
    }

    @Test
    void aDoubleSubmittedFormCreatesOneQuestion() throws Exception {
        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(scenarioForm(post("/questions"), "双击 " + marker).param("creationToken", token)
                    .with(user(hr)).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(count("双击 " + marker)).isEqualTo(1);
    }

    @Test
    void badInputIsExplainedBesideTheFieldInTheUsersLanguageAndKept() throws Exception {
        String longBackground = "背".repeat(8001);
        mvc.perform(scenarioForm(post("/questions"), "", "abc")
                        .param("background", longBackground)
                        .param("rubric[3].label", "额外步骤").param("rubric[3].maxPoints", "2.3")
                        .param("referenceAnswer", "保留我写的参考答案 " + marker)
                        .header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("请输入数字")))
                .andExpect(content().string(containsString("以 0.5 为单位")))
                .andExpect(content().string(containsString("最多 8000 个字符（当前 8001 个）")))
                .andExpect(content().string(containsString("保留我写的参考答案 " + marker)))
                .andExpect(content().string(containsString("核实订单")));
        assertThat(count("")).isZero();

        mvc.perform(scenarioForm(post("/questions"), " ").header("Accept-Language", "en").with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
    }

    @Test
    void choiceQuestionsNeedTheirKeys() throws Exception {
        mvc.perform(post("/questions").with(user(hr)).with(csrf()).header("Accept-Language", "en")
                        .param("kind", "SINGLE_CHOICE").param("stem", "单选 " + marker).param("points", "2")
                        .param("difficulty", "2").param("language", "zh-CN")
                        .param("options[0].text", "甲").param("options[1].text", "乙"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick exactly one option as the key.")));
        assertThat(count("单选 " + marker)).isZero();
    }

    @Test
    void editorButtonsChangeTheRubricWithoutSavingOrLosingText() throws Exception {
        mvc.perform(scenarioForm(post("/questions"), "编辑器 " + marker).param("_action", "up-step:1")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"核实订单\"")))
                .andExpect(content().string(containsString("编辑器 " + marker)));
        assertThat(count("编辑器 " + marker)).isZero();
    }

    @Test
    void theReferenceAnswerSplitsIntoStepsAndTheStepsJoinIntoItWithoutSaving() throws Exception {
        String split = mvc.perform(post("/questions").with(user(hr)).with(csrf()).param("kind", "SCENARIO")
                        .param("stem", "拆分 " + marker).param("points", "10").param("difficulty", "3")
                        .param("language", "zh-CN").param("_action", "split-steps")
                        .param("referenceAnswer", "1. 致歉共情：非常抱歉给您带来不便。\n2. 核实订单\n3. 承诺跟进")
                        .param("rubric[0].label", "").param("rubric[0].maxPoints", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(split).contains("value=\"致歉共情\"", "value=\"核实订单\"", "value=\"承诺跟进\"",
                "value=\"3.5\"", "value=\"3\"", "非常抱歉给您带来不便。</textarea>");
        assertThat(count("拆分 " + marker)).isZero();

        String nothing = mvc.perform(post("/questions").with(user(hr)).with(csrf()).param("kind", "SCENARIO")
                        .param("stem", "拆分 " + marker).param("points", "10").param("_action", "split-steps")
                        .param("referenceAnswer", "先道歉再核实。"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(nothing).contains("id=\"draft-note\"", "参考答案中没有可拆分的编号要点");

        String joined = mvc.perform(scenarioForm(post("/questions"), "合并 " + marker).param("_action", "join-steps")
                        .param("rubric[1].modelWording", "请提供订单号").with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(joined).contains("1. 致歉与共情\n2. 核实订单：请提供订单号\n3. 承诺跟进</textarea>");

        String competencies = mvc.perform(post("/questions").with(user(hr)).with(csrf()).param("kind", "BEHAVIOURAL")
                        .param("stem", "胜任力 " + marker).param("points", "9").param("_action", "competency-steps")
                        .param("competenciesText", "沟通表达，情绪管理、问题解决")
                        .param("rubric[0].label", "").param("rubric[0].maxPoints", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(competencies).contains("value=\"沟通表达\"", "value=\"情绪管理\"", "value=\"问题解决\"")
                .doesNotContain("rubric[3].label");
    }

    @Test
    void saveAndNewKeepsWhatTheNextQuestionSharesAndDuplicateStartsFromACopy() throws Exception {
        String next = mvc.perform(post("/questions").param("then", "new").param("kind", "SCENARIO")
                        .param("stem", "连续录入 " + marker).param("points", "20").param("language", "zh-CN")
                        .param("tagsText", "投诉处理, 售后{x}").param("difficulty", "4")
                        .param("rubric[0].label", "致歉与共情").param("rubric[0].maxPoints", "20")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(count("连续录入 " + marker)).isEqualTo(1);
        assertThat(next).startsWith("/questions/new?kind=SCENARIO&points=20&difficulty=4&language=zh-CN&tags=");
        String editor = mvc.perform(get(java.net.URI.create(next)).with(user(hr))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(editor).contains("value=\"投诉处理, 售后{x}\"", "value=\"20\"", "<option value=\"4\" selected=\"selected\"")
                .contains("<option value=\"SCENARIO\" selected=\"selected\"");

        long id = bank.create(Questions.scenario("原题 " + marker), hr.id(), null);
        String copy = mvc.perform(get("/questions/new").param("copyOf", String.valueOf(id)).with(user(hr))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(copy).contains("id=\"copy-of\"", "A copy of question #" + id, "原题 " + marker, "action=\"/questions\"");
        mvc.perform(get("/questions/new").param("copyOf", String.valueOf(id)).with(user(interviewer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStepGroupsCapIsCheckedBesideItsFieldAndShownWithTheRubric() throws Exception {
        java.util.function.Function<String, MockHttpServletRequestBuilder> grouped = cap -> {
            MockHttpServletRequestBuilder request = post("/questions").with(user(hr)).with(csrf()).param("kind", "SCENARIO")
                    .param("stem", "分组 " + marker).param("points", "10").param("difficulty", "3")
                    .param("language", "zh-CN").param("rubric[0].label", "致歉共情").param("rubric[0].maxPoints", "4")
                    .param("groups[0].cap", cap);
            String[] labels = {"核实订单", "说明原因", "给出方案", "承诺跟进"};
            for (int i = 0; i < 4; i++) {
                request.param("rubric[" + (i + 1) + "].label", labels[i]).param("rubric[" + (i + 1) + "].maxPoints", "2")
                        .param("rubric[" + (i + 1) + "].group", "A");
            }
            return request;
        };
        String refused = mvc.perform(grouped.apply("8")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("A 组各步骤合计 8 分：上限须低于此数").containsPattern("id=\"groups0.cap\"[^>]*is-invalid|is-invalid[^>]*id=\"groups0.cap\"");
        assertThat(count("分组 " + marker)).isZero();

        // a crafted post naming the groups itself or adding rows past C changes nothing: names come from the place
        mvc.perform(grouped.apply("8").param("groups[0].name", "B").param("groups[3].cap", "1")
                        .param("groups[5].name", "A").param("groups[5].cap", "2"))
                .andExpect(status().isOk());
        assertThat(count("分组 " + marker)).isZero();

        String location = mvc.perform(grouped.apply("6")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String detail = mvc.perform(get(location).with(user(interviewer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(detail).contains("A 组：以下步骤任答，合计最多 6 分", "各步骤合计 10 分，本题 10 分");
    }

    @Test
    void aConflictingEditKeepsTheTypedTextAndSaysWhatHappened() throws Exception {
        long id = bank.create(Questions.scenario("冲突 " + marker), hr.id(), null);
        long oldVersion = bank.get(id).version();
        bank.update(id, oldVersion, Questions.withStem(bank.get(id).content(), "别人改的 " + marker), hr.id());

        mvc.perform(scenarioForm(post("/questions/" + id), "我改的 " + marker)
                        .param("version", String.valueOf(oldVersion)).header("Accept-Language", "en")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this question")))
                .andExpect(content().string(containsString("我改的 " + marker)));
        assertThat(bank.get(id).content().stem()).isEqualTo("别人改的 " + marker);
    }

    @Test
    void unknownOrMalformedIdsGiveTheFriendlyNotFoundPage() throws Exception {
        mvc.perform(get("/questions/99999999").with(user(hr)).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/questions/abc").with(user(hr))).andExpect(status().isNotFound());
        mvc.perform(get("/questions/1/revisions/999").with(user(hr))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/99999999").with(user(hr))).andExpect(status().isNotFound());
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(scenarioForm(post("/questions"), "无令牌 " + marker).with(user(hr)))
                .andExpect(status().isForbidden());
        assertThat(count("无令牌 " + marker)).isZero();
    }

    @Test
    void aFormPostedAfterTheSessionEndedLeadsBackToTheLoginPageWithAReason() throws Exception {
        mvc.perform(scenarioForm(post("/questions"), "过期 " + marker).param("_csrf", "stale-token"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", "").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Your session ended")));
    }

    @Test
    void historyAndRevisionsAreReadable() throws Exception {
        long id = bank.create(Questions.scenario("历史 " + marker), hr.id(), null);
        bank.update(id, bank.get(id).version(), Questions.withStem(bank.get(id).content(), "历史 新 " + marker),
                hr.id());
        mvc.perform(get("/questions/" + id + "/history").with(user(interviewer)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("revision-2")))
                .andExpect(content().string(containsString("题干")));
        mvc.perform(get("/questions/" + id + "/revisions/1").with(user(interviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("历史 " + marker)));
    }

    @Test
    void theListSearchesAndShowsLocalisedKinds() throws Exception {
        bank.create(Questions.scenario("列表搜索 " + marker), hr.id(), null);
        mvc.perform(get("/questions").param("q", "列表搜索 " + marker).with(user(hr)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("列表搜索 " + marker)))
                .andExpect(content().string(containsString("情景模拟题")))
                .andExpect(content().string(containsString("共 1 道题")));
    }

    private MockHttpServletRequestBuilder scenarioForm(MockHttpServletRequestBuilder request, String stem) {
        return scenarioForm(request, stem, "20");
    }

    private MockHttpServletRequestBuilder scenarioForm(MockHttpServletRequestBuilder request, String stem,
                                                       String points) {
        return request.param("kind", "SCENARIO").param("stem", stem).param("points", points)
                .param("difficulty", "3").param("language", "zh-CN").param("tagsText", "投诉处理")
                .param("rubric[0].label", "致歉与共情").param("rubric[0].maxPoints", "6")
                .param("rubric[1].label", "核实订单").param("rubric[1].maxPoints", "10")
                .param("rubric[2].label", "承诺跟进").param("rubric[2].maxPoints", "4");
    }

    private int count(String stem) {
        return jdbc.queryForObject("select count(*) from question where stem = ?", Integer.class, stem.strip());
    }
}
