package com.kaoping.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.kaoping.account.Role;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The autosave protocol as a page speaks it: every reply tells the page the truth about what is
 * stored. A tab is never told its text is saved when another tab's text is; a save that landed
 * without its reply is recognised as the page's own, so the page carries on from it.
 */
@KaopingTest
class SaveProtocolTest {

    static final String TAB_A = "laptop-tab-A1";
    static final String TAB_B = "phone-tab-B22";

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

    @Autowired
    SittingService sittings;

    @Autowired
    JsonMapper json;

    long paper;
    long hr;

    @BeforeEach
    void publish() {
        hr = users.create(Role.HR).id();
        paper = papers.create(new PaperSettings("两个标签页 " + System.nanoTime(), PaperPurpose.WRITTEN_TEST, null, 60,
                null, null, null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(Questions.scenario("情景 两个标签页"), hr, null),
                bank.create(Questions.singleChoice("单选 两个标签页"), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
    }

    String startedSitting() {
        Instant now = Instant.now();
        String name = "考生 " + System.nanoTime();
        invitations.invite(paper, List.of(new InvitationService.Candidate(name, null, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, hr);
        String token = invitations.list(paper).stream().filter(i -> i.candidateName().equals(name)).findFirst()
                .orElseThrow().token();
        sittings.start(token);
        return token;
    }

    @Test
    void twoTabsOnTheFirstAnswerTheSecondIsShownTheFirstTabsText() throws Exception {
        String token = startedSitting();
        assertThat(save(token, TAB_A, 1, 0, "笔记本上写的").get("status").asString()).isEqualTo("SAVED");

        JsonNode b = save(token, TAB_B, 1, 0, "手机上写的");
        assertThat(b.get("status").asString()).isEqualTo("STALE");
        // the same seq as tab A's, yet not B's save: B must not read this as "mine landed"
        assertThat(b.get("seq").asLong()).isEqualTo(1);
        assertThat(b.get("mine").asBoolean()).as("tab B is told the stored text is not its own").isFalse();
        assertThat(b.get("answer").get("text").asString()).isEqualTo("笔记本上写的");

        // B keeps its own text: on top of A's version
        assertThat(save(token, TAB_B, 2, 1, "手机上写的").get("status").asString()).isEqualTo("SAVED");
        // and A, editing on the version it had, learns B's text is stored now
        JsonNode a = save(token, TAB_A, 2, 1, "笔记本上又写了");
        assertThat(a.get("mine").asBoolean()).isFalse();
        assertThat(a.get("answer").get("text").asString()).isEqualTo("手机上写的");
        assertThat(storedText(token)).isEqualTo("手机上写的");
    }

    @Test
    void twoTabsEditingTheSameVersionTheSecondIsShownTheFirstTabsText() throws Exception {
        String token = startedSitting();
        save(token, TAB_A, 1, 0, "第一稿");
        save(token, TAB_A, 2, 1, "第二稿");
        // tab B was opened on version 2 and edits it; tab A edits it too and is first
        assertThat(save(token, TAB_A, 3, 2, "A 改的").get("status").asString()).isEqualTo("SAVED");
        JsonNode b = save(token, TAB_B, 3, 2, "B 改的");
        assertThat(b.get("status").asString()).isEqualTo("STALE");
        assertThat(b.get("mine").asBoolean()).isFalse();
        assertThat(b.get("answer").get("text").asString()).isEqualTo("A 改的");
    }

    @Test
    void twentySimultaneousTabsExactlyOneIsSavedAndEveryOtherIsShownItsText() throws Exception {
        String token = startedSitting();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonNode>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String tab = "simultaneous-" + i;
                replies.add(pool.submit(() -> {
                    go.await();
                    return save(token, tab, 1, 0, "标签页 " + tab);
                }));
            }
            go.countDown();
            List<JsonNode> saved = new ArrayList<>();
            List<JsonNode> refused = new ArrayList<>();
            for (Future<JsonNode> f : replies) {
                JsonNode r = f.get();
                (r.get("status").asString().equals("SAVED") ? saved : refused).add(r);
            }
            assertThat(saved).hasSize(1);
            String stored = storedText(token);
            assertThat(refused).hasSize(19).allSatisfy(r -> {
                assertThat(r.get("status").asString()).isEqualTo("STALE");
                assertThat(r.get("mine").asBoolean()).isFalse();
                assertThat(r.get("answer").get("text").asString()).isEqualTo(stored);
            });
        }
        finally {
            pool.shutdown();
        }
    }

    @Test
    void aSaveThatLandedWithoutItsReplyIsRecognisedAsThePagesOwnAndTypingGoesOn() throws Exception {
        String token = startedSitting();
        save(token, TAB_A, 1, 0, "已经保存");
        // the reply of this one is lost on the way (network reset, app killed after the commit)
        save(token, TAB_A, 2, 1, "回复丢了的这一稿");
        // the page still believes version 1 is stored and sends what was typed since, on top of it
        JsonNode retry = save(token, TAB_A, 3, 1, "回复丢了的这一稿,又写了一句");
        assertThat(retry.get("status").asString()).isEqualTo("STALE");
        assertThat(retry.get("seq").asLong()).isEqualTo(2);
        assertThat(retry.get("mine").asBoolean()).as("its own save is stored: carry on from it").isTrue();
        assertThat(retry.get("answer")).as("the page has its own text; nothing to send back").isNull();
        // the page carries on from version 2
        assertThat(save(token, TAB_A, 3, 2, "回复丢了的这一稿,又写了一句").get("status").asString())
                .isEqualTo("SAVED");
        assertThat(storedText(token)).isEqualTo("回复丢了的这一稿,又写了一句");
    }

    @Test
    void theClockTellsAPageWhichAnswersAnotherTabSavedAndTheStoredAnswerCanBeRead() throws Exception {
        String token = startedSitting();
        save(token, TAB_A, 1, 0, "甲写的");
        mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(body(1, TAB_B, 1, 0, null, List.of(2)))).andReturn();

        JsonNode clock = read(mvc.perform(get("/s/" + token + "/clock").param("writer", TAB_A)).andReturn());
        assertThat(clock.get("status").asString()).isEqualTo("OPEN");
        Map<Integer, JsonNode> versions = new java.util.HashMap<>();
        clock.get("versions").forEach(v -> versions.put(v.get("position").asInt(), v));
        assertThat(versions.get(0).get("seq").asLong()).isEqualTo(1);
        assertThat(versions.get(0).get("mine").asBoolean()).isTrue();
        assertThat(versions.get(1).get("mine").asBoolean()).isFalse();

        JsonNode other = read(mvc.perform(get("/s/" + token + "/answers/1").param("writer", TAB_A)).andReturn());
        assertThat(other.get("mine").asBoolean()).isFalse();
        assertThat(other.get("choices").get(0).asInt()).as("as this sheet shows the options").isEqualTo(2);
        assertThat(mvc.perform(get("/s/" + token + "/answers/7")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aSaveWithoutAWriterIdIsRefused() throws Exception {
        String token = startedSitting();
        MvcResult r = mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"position\":0,\"seq\":1,\"baseSeq\":0,\"text\":\"无名\"}")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(read(r).get("status").asString()).isEqualTo("INVALID");
    }

    /**
     * One token sent 300 autosaves in 1.8 s and all were taken. A script flooding saves is now
     * told to slow down (429, "not saved": the page sends again later); a person saving as fast
     * as a person can is never refused, and other candidates are not touched.
     */
    @Test
    void aFloodOfSavesFromOneTokenIsSlowedButAPersonsPaceNeverIs() throws Exception {
        String flooding = startedSitting();
        String person = startedSitting();
        int refused = 0;
        for (int seq = 1; seq <= 150; seq++) {
            MvcResult r = mvc.perform(post("/s/" + flooding + "/answers").contentType(MediaType.APPLICATION_JSON)
                    .content(body(0, TAB_A, seq, 0, "刷屏", null))).andReturn();
            if (r.getResponse().getStatus() == 429) {
                refused++;
                assertThat(read(r).get("status").asString()).isEqualTo("ERROR");
                assertThat(r.getResponse().getHeader("Retry-After")).isEqualTo("1");
            }
        }
        assertThat(refused).as("a flood is cut down").isGreaterThan(50);
        // a fast candidate: three answers a second for three seconds, on two questions
        long base = 0;
        for (int i = 1; i <= 9; i++) {
            MvcResult r = mvc.perform(post("/s/" + person + "/answers").contentType(MediaType.APPLICATION_JSON)
                    .content(body(0, TAB_B, i, base, "第 " + i + " 稿", null))).andReturn();
            assertThat(r.getResponse().getStatus()).as("save " + i).isEqualTo(200);
            base = i;
            Thread.sleep(330);
        }
        int signalsRefused = 0;
        for (int i = 0; i < 30; i++) {
            if (mvc.perform(post("/s/" + flooding + "/signals").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"focusLosses\":1,\"pastes\":0}")).andReturn().getResponse().getStatus() == 429) {
                signalsRefused++;
            }
        }
        assertThat(signalsRefused).isGreaterThan(10);
    }

    JsonNode save(String token, String writer, long seq, long base, String text) throws Exception {
        return read(mvc.perform(post("/s/" + token + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content(body(0, writer, seq, base, text, null))).andReturn());
    }

    String body(int position, String writer, long seq, long base, String text, List<Integer> choices) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("position", position);
        body.put("writer", writer);
        body.put("seq", seq);
        body.put("baseSeq", base);
        body.put("text", text);
        body.put("choices", choices);
        body.put("flagged", false);
        return json.writeValueAsString(body);
    }

    JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String storedText(String token) {
        return sittings.sheet(token).answers().stream().filter(a -> a.position() == 0).findFirst().orElseThrow().text();
    }
}
