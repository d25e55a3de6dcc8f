package com.kaoping.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.Questions;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every response a candidate can get, searched for anything they must never see. */
@KaopingTest
class CandidateWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PaperService papers;

    @Autowired
    QuestionBank bank;

    @Autowired
    InvitationService invitations;

    AccountPrincipal hr;
    long paper;
    String marker;
    List<String> secrets = new ArrayList<>();

    @BeforeEach
    void publish() {
        hr = users.create(Role.HR);
        marker = "C" + UUID.randomUUID().toString().substring(0, 8);
        QuestionContent scenario = Questions.withRubric(Questions.withSubtitle(Questions.scenario("情景 " + marker),
                        "情景模拟：小标题" + marker),
                List.of(new QuestionContent.RubricStep("致歉共情步骤" + marker, new java.math.BigDecimal("20"),
                        "得分要点秘密" + marker, "示范话术秘密" + marker)));
        QuestionContent choice = Questions.singleChoice("单选 " + marker);
        secrets.addAll(List.of("致歉共情步骤" + marker, "得分要点秘密" + marker, "示范话术秘密" + marker,
                scenario.referenceAnswer(), scenario.explanation(), "是否先处理情绪再处理问题", "推卸责任",
                choice.explanation(), "\"correct\"", "trueFalseKey", "referenceAnswer", "rubric"));
        paper = papers.create(new PaperSettings("泄露检查 " + marker, PaperPurpose.WRITTEN_TEST, null, 30, null,
                null, null, true, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", "本部分说明 " + marker,
                "本部分共用背景 " + marker, hr.id());
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(scenario, hr.id(), null), bank.create(choice, hr.id(), null)), hr.id());
        papers.publish(paper, papers.detail(paper).version(), hr.id());
    }

    String invite(String name) {
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate(name, null, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), 0, hr.id());
        return invitations.list(paper).stream().filter(i -> i.candidateName().equals(name)).findFirst()
                .orElseThrow().token();
    }

    @Test
    void noCandidateResponseEverContainsAKeyExplanationReferenceAnswerOrRubric() throws Exception {
        String token = invite("王五 " + marker);
        String other = invite("赵六 " + marker);
        List<String> bodies = new ArrayList<>();
        bodies.add(body(mvc.perform(get("/s/" + token)).andExpect(status().isOk()).andReturn()));
        mvc.perform(post("/s/" + token + "/start")).andExpect(status().is3xxRedirection());
        bodies.add(body(mvc.perform(get("/s/" + token + "/sheet")).andExpect(status().isOk()).andReturn()));
        bodies.add(body(mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"我的回答\",\"flagged\":false}"))
                .andExpect(status().isOk()).andReturn()));
        bodies.add(body(mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"旧的\",\"flagged\":false}"))
                .andExpect(status().isConflict()).andReturn()));
        bodies.add(body(mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":1,\"seq\":1,\"baseSeq\":0,\"choices\":[0],\"flagged\":true}"))
                .andExpect(status().isOk()).andReturn()));
        bodies.add(body(mvc.perform(get("/s/" + token + "/sheet")).andExpect(status().isOk()).andReturn()));
        mvc.perform(post("/s/" + token + "/submit")).andExpect(status().is3xxRedirection());
        bodies.add(body(mvc.perform(get("/s/" + token + "/receipt")).andExpect(status().isOk()).andReturn()));
        bodies.add(body(mvc.perform(get("/s/" + token)).andExpect(status().isOk()).andReturn()));
        bodies.add(body(mvc.perform(get("/s/" + token + "/sheet")).andReturn()));
        bodies.add(body(mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":9,\"text\":\"交卷后\",\"flagged\":false}"))
                .andExpect(status().isGone()).andReturn()));
        bodies.add(body(mvc.perform(get("/s/no-such-token")).andExpect(status().isNotFound()).andReturn()));

        for (String body : bodies) {
            for (String secret : secrets) {
                assertThat(body).as("a candidate response").doesNotContain(secret);
            }
            assertThat(body).doesNotContain("赵六", other);
        }
        assertThat(String.join("\n", bodies)).contains("情景 " + marker, "情景模拟：小标题" + marker, "我的回答", "本部分说明 " + marker,
                "本部分共用背景 " + marker);
    }

    @Test
    void onlyHrManagesInvitations() throws Exception {
        mvc.perform(get("/papers/" + paper + "/invitations").with(user(users.create(Role.INTERVIEWER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/papers/" + paper + "/invitations").with(user(hr))).andExpect(status().isOk());
        mvc.perform(post("/papers/" + paper + "/invitations").with(user(hr)).with(csrf())
                        .param("candidates", "甲 " + marker + "\n乙 " + marker + ", not-an-email")
                        .param("opensAt", "2026-01-01T09:00").param("closesAt", "2026-01-01T08:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(invitations.list(paper)).isEmpty();
    }

    @Test
    void aCrossedTokenReachesNothingElse() throws Exception {
        String token = invite("孙七 " + marker);
        mvc.perform(post("/s/" + token + "/start"));
        mvc.perform(get("/s/" + token.substring(0, token.length() - 1) + "x/sheet")).andExpect(status().isNotFound());
        mvc.perform(post("/s/" + token + "x/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"x\",\"flagged\":false}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void candidatePagesAndSavesAreStatelessNoSessionNoCookieNoCsrfToken() throws Exception {
        String token = invite("钱九 " + marker);
        List<MvcResult> results = new ArrayList<>();
        results.add(mvc.perform(get("/s/" + token)).andExpect(status().isOk()).andReturn());
        results.add(mvc.perform(post("/s/" + token + "/start")).andExpect(status().is3xxRedirection()).andReturn());
        results.add(mvc.perform(get("/s/" + token + "/sheet")).andExpect(status().isOk()).andReturn());
        results.add(mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"无状态\",\"flagged\":false}"))
                .andExpect(status().isOk()).andReturn());
        results.add(mvc.perform(get("/s/" + token + "/clock")).andExpect(status().isOk()).andReturn());
        for (MvcResult result : results) {
            assertThat(result.getRequest().getSession(false)).as("a session for " + result.getRequest().getRequestURI())
                    .isNull();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
            assertThat(body(result)).doesNotContain("_csrf");
        }
        assertThat(results.get(0).getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(results.get(3).getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anAutosaveTakesOnlyJsonAndAnswersMalformedBodiesInJson() throws Exception {
        String token = invite("吴十 " + marker);
        mvc.perform(post("/s/" + token + "/start"));
        // a cross-site form can post text/plain or form data without a preflight: refused
        mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.TEXT_PLAIN)
                        .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"x\"}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("position=0&seq=1&text=x"))
                .andExpect(status().isUnsupportedMediaType());
        MvcResult malformed = mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,")).andExpect(status().isBadRequest()).andReturn();
        assertThat(malformed.getResponse().getContentType()).startsWith("application/json");
        assertThat(body(malformed)).contains("\"INVALID\"");
        mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON).content("{\"seq\":1}"))
                .andExpect(status().isBadRequest());
        assertThat(body(mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"" + "长".repeat(SittingService.ANSWER_MAX + 1) + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andReturn())).contains("TOO_LONG");
        mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"" + "x".repeat(300_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge());
        assertThat(jdbcCount(token)).isZero();
    }

    /** A refusal explains itself in the page's language; a malformed language cookie must not turn it into an empty 200. */
    @Test
    void aRefusalWithAMalformedLanguageCookieIsStillARefusal() throws Exception {
        String token = invite("冯二 " + marker);
        mvc.perform(post("/s/" + token + "/start"));
        mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":2,\"text\":\"新\",\"flagged\":false}")).andExpect(status().isOk());
        MvcResult stale = mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                        .cookie(new jakarta.servlet.http.Cookie("kaoping-lang", "en/Bad/Zone"))
                        .content("{\"writer\":\"web-test-tab\",\"position\":0,\"seq\":1,\"text\":\"旧\",\"flagged\":false}"))
                .andExpect(status().isConflict()).andReturn();
        assertThat(body(stale)).contains("\"STALE\"", "\"seq\":2", "\"message\"");
    }

    @Test
    void theClockTellsTheServersTimeLeftAndWhenTheSittingIsClosed() throws Exception {
        String token = invite("郑一 " + marker);
        assertThat(body(mvc.perform(get("/s/" + token + "/clock")).andReturn())).contains("\"CLOSED\"");
        mvc.perform(post("/s/" + token + "/start"));
        String open = body(mvc.perform(get("/s/" + token + "/clock")).andExpect(status().isOk()).andReturn());
        assertThat(open).contains("\"OPEN\"");
        long remaining = Long.parseLong(open.replaceAll(".*\"remainingMillis\":(\\d+).*", "$1"));
        assertThat(remaining).isBetween(Duration.ofMinutes(29).toMillis(), Duration.ofMinutes(30).toMillis());
        mvc.perform(post("/s/" + token + "/submit"));
        assertThat(body(mvc.perform(get("/s/" + token + "/clock")).andReturn())).contains("\"CLOSED\"")
                .doesNotContain("\"OPEN\"");
        assertThat(body(mvc.perform(get("/s/no-such-token/clock")).andReturn())).contains("\"CLOSED\"");
    }

    @Test
    void shuffledOptionsAreNumberedByPositionInTheMarkup() throws Exception {
        String token = invite("冯二 " + marker);
        mvc.perform(post("/s/" + token + "/start"));
        String sheet = body(mvc.perform(get("/s/" + token + "/sheet")).andReturn());
        java.util.regex.Matcher values = java.util.regex.Pattern
                .compile("class=\"form-check-input choice\"[^>]*value=\"(\\d+)\"").matcher(sheet);
        List<Integer> shown = new ArrayList<>();
        while (values.find()) {
            shown.add(Integer.parseInt(values.group(1)));
        }
        assertThat(shown).containsExactly(0, 1, 2, 3);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private int jdbcCount(String token) {
        return jdbc.queryForObject("select count(*) from answer a join attempt t on t.id = a.attempt_id"
                + " join invitation i on i.id = t.invitation_id where i.token = ?", Integer.class, token);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
