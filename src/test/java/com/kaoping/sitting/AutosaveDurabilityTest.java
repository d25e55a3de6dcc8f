package com.kaoping.sitting;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.kaoping.account.Role;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import com.kaoping.support.AppProcess;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.RowLock;
import com.kaoping.support.TestDatabase;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "An answer the candidate saw saved is never lost": a second Kaoping process takes
 * autosaves from 20 concurrent candidates, is killed with SIGKILL mid-stream, and every save
 * it acknowledged must be in the database; after a restart the candidates carry on.
 */
@KaopingTest
class AutosaveDurabilityTest {

    static final int CANDIDATES = 20;

    @Autowired
    PaperService papers;

    @Autowired
    QuestionBank bank;

    @Autowired
    InvitationService invitations;

    @Autowired
    SittingService sittings;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyAcknowledgedSaveSurvivesAKill9() throws Exception {
        List<String> tokens = startedSittings("耐久", CANDIDATES);

        AppProcess app = startApp();
        int port = app.port;
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        try {
            app.waitUntilUp();
            AtomicBoolean killed = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (String token : tokens) {
                Thread writer = new Thread(() -> {
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                    long base = 0;
                    for (long seq = 1; seq < 100_000; seq++) {
                        try {
                            HttpResponse<String> response = http.send(save(port, token, seq, base),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200 && response.body().contains("\"SAVED\"")) {
                                acknowledged.put(token, seq);
                                base = seq;
                            }
                            else {
                                base = storedSeq(response.body(), base);
                            }
                        }
                        catch (IOException e) {
                            if (killed.get()) {
                                return;
                            }
                        }
                        catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                writers.add(writer);
                writer.start();
            }
            Thread.sleep(2500);
            killed.set(true);
            app.kill();
            for (Thread writer : writers) {
                writer.join(10_000);
            }
        }
        finally {
            app.kill();
        }

        assertThat(acknowledged).hasSize(CANDIDATES);
        long total = acknowledged.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("durability: " + total + " saves acknowledged by the killed process, all checked");
        assertThat(total).as("saves acknowledged before the kill").isGreaterThan(CANDIDATES);
        for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
            Map<String, Object> stored = jdbc.queryForMap("select a.seq, a.text_answer from answer a "
                    + "join attempt t on t.id = a.attempt_id join invitation i on i.id = t.invitation_id "
                    + "where i.token = ? and a.position = 0", ack.getKey());
            assertThat((Long) stored.get("seq")).as("stored seq for an acknowledged save").isGreaterThanOrEqualTo(ack.getValue());
            assertThat((String) stored.get("text_answer")).isEqualTo("第 " + stored.get("seq") + " 次保存");
        }

        // after a restart the candidates carry on where they were
        try (AppProcess again = startApp()) {
            again.waitUntilUp();
            int againPort = again.port;
            String token = tokens.get(0);
            long next = acknowledged.get(token) + 1_000_000;
            long stored = jdbc.queryForObject("select a.seq from answer a join attempt t on t.id = a.attempt_id "
                    + "join invitation i on i.id = t.invitation_id where i.token = ? and a.position = 0", Long.class, token);
            HttpResponse<String> response = HttpClient.newHttpClient().send(save(againPort, token, next, stored),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).contains("\"SAVED\"");
        }
    }

    /**
     * A save the database holds up (here: another transaction keeps the attempt row locked) is
     * answered "not saved" after the reply timeout rather than never; when the database lets go
     * the save is written (a 503, then committed), and the page's resend of the same save is told
     * its own save is stored, so it carries on from there: nothing lost, nothing saved twice.
     */
    @Test
    void aSaveHeldUpByTheDatabaseIsAnsweredNotSavedAndItsResendFindsItLanded() throws Exception {
        String token = startedSittings("卡住", 1).get(0);
        long attempt = sittings.start(token); // a second start resumes the same attempt

        try (AppProcess app = startApp("--kaoping.sitting.reply-timeout=2s")) {
            app.waitUntilUp();
            int port = app.port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            assertThat(http.send(save(port, token, 1, 0), HttpResponse.BodyHandlers.ofString()).body()).contains("\"SAVED\"");

            HttpResponse<String> held;
            try (RowLock lock = RowLock.hold(jdbc.getDataSource(), "select id from attempt where id = ? for update",
                    attempt)) {
                held = http.send(save(port, token, 2, 1), HttpResponse.BodyHandlers.ofString());
            }
            assertThat(held.statusCode()).isEqualTo(503);
            assertThat(held.body()).contains("\"ERROR\"");

            // the held-up save goes in once the lock is gone, after its page was told "not saved"
            Instant giveUp = Instant.now().plusSeconds(10);
            while (storedSeqOf(token) < 2 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
            }
            assertThat(storedSeqOf(token)).isEqualTo(2);
            // the page sends it again, unchanged, and is told its own save is stored: it landed
            HttpResponse<String> resend = http.send(save(port, token, 2, 1), HttpResponse.BodyHandlers.ofString());
            assertThat(resend.statusCode()).isEqualTo(409);
            assertThat(resend.body()).contains("\"STALE\"", "\"seq\":2", "\"mine\":true");
            // and what is typed next goes on top of it
            assertThat(http.send(save(port, token, 3, 2), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("\"SAVED\"");
            assertThat(storedSeqOf(token)).isEqualTo(3);
        }
    }

    /** A published paper with one scenario question, and this many candidates who have started it; their tokens. */
    private List<String> startedSittings(String title, int count) {
        long hr = users.create(Role.HR).id();
        long paper = papers.create(new PaperSettings(title + " " + System.nanoTime(), PaperPurpose.WRITTEN_TEST, null, 60,
                null, null, null, false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(Questions.scenario(title + "题"), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
        List<InvitationService.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(new InvitationService.Candidate("考生" + i, null, null));
        }
        invitations.invite(paper, candidates, Instant.now().minusSeconds(60), Instant.now().plusSeconds(7200), 0, hr);
        List<String> tokens = invitations.list(paper).stream().map(InvitationService.InvitationView::token).toList();
        tokens.forEach(sittings::start);
        return tokens;
    }

    private long storedSeqOf(String token) {
        return jdbc.queryForObject("select coalesce(max(a.seq), 0) from answer a join attempt t on t.id = a.attempt_id "
                + "join invitation i on i.id = t.invitation_id where i.token = ? and a.position = 0", Long.class, token);
    }

    private static long storedSeq(String body, long fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"seq\":(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : fallback;
    }

    private static HttpRequest save(int port, String token, long seq, long base) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/s/" + token + "/answers"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"position\":0,\"writer\":\"durability-tab\",\"seq\":" + seq + ",\"baseSeq\":" + base
                                + ",\"text\":\"第 " + seq
                                + " 次保存\",\"flagged\":false}"))
                .build();
    }

    /** The same application in its own JVM on the same database; its writers save as fast as answered. */
    private static AppProcess startApp(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("--kaoping.sitting.save-rate=100000",
                "--kaoping.sitting.save-burst=100000"));
        args.addAll(List.of(more));
        return AppProcess.onTestDatabase(args.toArray(String[]::new));
    }
}
