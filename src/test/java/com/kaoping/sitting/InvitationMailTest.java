package com.kaoping.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.sitting.internal.InvitationMailbox;
import com.kaoping.support.AppProcess;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.SmtpServer;
import com.kaoping.support.TestPapers;
import com.kaoping.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Invitations and reminders by e-mail, through a real SMTP server (GreenMail): what a mail says,
 * the state HR sees, a server that is away, the reminder, HR's own text, and an outbox that
 * outlives the process that filled it. The sending job is called by the tests (it is scheduled
 * hourly here), so each step is seen on its own.
 */
@KaopingTest
class InvitationMailTest {

    static final SmtpServer smtp = SmtpServer.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("kaoping.mail.check", () -> "1h");
        registry.add("kaoping.mail.reminder-check", () -> "1h");
    }

    @AfterAll
    static void stopServer() {
        smtp.down();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestPapers papers;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationMailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    AccountPrincipal hr;
    long paper;
    String marker;

    @BeforeEach
    void publish() {
        smtp.up();
        hr = users.create(Role.HR);
        marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        paper = papers.publishedWrittenTest("邮件测试 " + marker, 30, hr.id());
    }

    @AfterEach
    void builtInText() {
        jdbc.sql("delete from mail_template").update();
    }

    @Test
    void anInvitationMailCarriesTheLinkTheWindowAndTheTimeAndTheListShowsItSent() throws Exception {
        String jia = "jia-" + marker + "@example.com";
        LocalDateTime opens = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        MvcResult invited = mvc.perform(post("/papers/" + paper + "/invitations").with(user(hr)).with(csrf())
                        .param("candidates", "甲" + marker + ", " + jia + "\n乙" + marker)
                        .param("opensAt", opens.toString()).param("closesAt", opens.plusDays(3).toString())
                        .param("sendMail", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) invited.getFlashMap().get("successText"))
                .contains("已生成 2 个邀请", "正在发送 1 封邮件", "有 1 位考生没有邮箱地址");
        assertThat(page()).contains("邀请邮件发送中", "未发送");

        assertThat(mailbox.sendDue()).isGreaterThanOrEqualTo(1);

        List<MimeMessage> received = smtp.messagesTo(jia);
        assertThat(received).hasSize(1);
        String token = token("甲" + marker);
        String text = SmtpServer.text(received.get(0));
        assertThat(received.get(0).getSubject()).contains("邮件测试 " + marker, "Invitation");
        assertThat(received.get(0).getFrom()[0].toString()).isEqualTo("hr@kaoping.test");
        assertThat(text).contains("甲" + marker, "http://localhost/s/" + token, "30 分钟", "30 minutes",
                opens.toString().replace('T', ' ') + " GMT+8", opens.plusDays(3).toString().replace('T', ' ') + " GMT+8");
        assertThat(page()).contains("邀请邮件已发送");

        // nothing is sent twice by "e-mail those not sent yet"; the candidate without an address is named
        MvcResult again = mvc.perform(post("/papers/" + paper + "/invitations/mail").with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) again.getFlashMap().get("successText")).contains("没有需要发送的邮件",
                "有 1 位考生没有邮箱地址");
        assertThat(mailbox.sendDue()).isZero();
        assertThat(smtp.messagesTo(jia)).hasSize(1);
    }

    @Test
    void whileTheMailServerIsAwayTheMailWaitsAndGoesWhenItIsBackAndIsGivenUpOnlyAfterTheLastTry() throws Exception {
        String bing = "bing-" + marker + "@example.com";
        long id = inviteWithMail("丙" + marker, bing, Duration.ofDays(3));
        smtp.down();
        assertThat(mailbox.sendDue()).isZero();
        var row = jdbc.sql("select status, attempts, last_error, next_attempt_at from invitation_mail where invitation_id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant())
                .isAfter(Instant.now().plusSeconds(50));
        assertThat(page()).contains("正在重试");

        smtp.up();
        assertThat(mailbox.sendDue()).as("it waits its pause").isZero();
        pauseOver(id);
        assertThat(mailbox.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(smtp.messagesTo(bing)).hasSize(1);
        assertThat(page()).contains("邀请邮件已发送");

        String ding = "ding-" + marker + "@example.com";
        long other = inviteWithMail("丁" + marker, ding, Duration.ofDays(3));
        smtp.down();
        for (int attempt = 1; attempt <= 6; attempt++) {
            pauseOver(other);
            mailbox.sendDue();
        }
        assertThat(jdbc.sql("select status from invitation_mail where invitation_id = ?").param(other)
                .query(String.class).single()).isEqualTo("FAILED");
        assertThat(page()).contains("邀请邮件未送达", "多次尝试后已放弃");

        smtp.up();
        mvc.perform(post("/papers/" + paper + "/invitations/" + other + "/mail").with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mailbox.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(smtp.messagesTo(ding)).hasSize(1);
    }

    @Test
    void aReminderGoesOnceToWhoeverWasMailedAndHasNotStartedBeforeTheWindowCloses() throws Exception {
        String wu = "wu-" + marker + "@example.com";
        String ji = "ji-" + marker + "@example.com";
        String geng = "geng-" + marker + "@example.com";
        long waiting = inviteWithMail("戊" + marker, wu, Duration.ofHours(10));
        long started = inviteWithMail("己" + marker, ji, Duration.ofHours(10));
        long later = inviteWithMail("庚" + marker, geng, Duration.ofDays(3));
        mailbox.sendDue();
        mvc.perform(post("/s/" + token("己" + marker) + "/start")).andExpect(status().is3xxRedirection());

        mailbox.queueReminders();
        mailbox.queueReminders();
        assertThat(reminders(waiting)).isEqualTo(1);
        assertThat(reminders(started)).isZero();
        assertThat(reminders(later)).isZero();
        mailbox.sendDue();
        List<MimeMessage> toWu = smtp.messagesTo(wu);
        assertThat(toWu).hasSize(2);
        assertThat(toWu.get(1).getSubject()).contains("Reminder", "提醒", "邮件测试 " + marker);
        assertThat(SmtpServer.text(toWu.get(1))).contains("http://localhost/s/" + token("戊" + marker));
        assertThat(smtp.messagesTo(ji)).hasSize(1);
        assertThat(page()).contains("提醒邮件已发送");
    }

    @Test
    void hrEditsTheTextBesideAnExampleAndNewMailsUseIt() throws Exception {
        String page = body(mvc.perform(get("/mail-templates/INVITE").with(user(hr))).andExpect(status().isOk()).andReturn());
        mvc.perform(get("/mail-templates/OTHER").with(user(hr))).andExpect(status().isNotFound());
        mvc.perform(post("/mail-templates/OTHER").with(user(hr)).with(csrf()).param("subject", "x").param("body", "{link}"))
                .andExpect(status().isNotFound());
        assertThat(page).contains("这是内置的中英双语内容", "{link}", "张三", "/s/Ab3dEf6hJk8mNp2qRs4tUv");

        String withoutLink = body(mvc.perform(post("/mail-templates/INVITE").with(user(hr)).with(csrf())
                        .param("subject", "面试邀请 {paper}").param("body", "{name}，请准时参加。").param("version", "-1"))
                .andExpect(status().isOk()).andReturn());
        assertThat(withoutLink).contains("is-invalid", "正文必须包含专属链接的占位符",
                "{name}，请准时参加。");
        mvc.perform(post("/mail-templates/INVITE").with(user(hr)).with(csrf())
                        .param("subject", "面试邀请 {paper}").param("body", "{name}，请打开 {link} 作答，限时 {time}。")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        // a second person still looking at the built-in text does not overwrite it unseen
        String conflict = body(mvc.perform(post("/mail-templates/INVITE").with(user(hr)).with(csrf())
                        .param("subject", "别的").param("body", "别的 {link}").param("version", "-1"))
                .andExpect(status().isOk()).andReturn());
        assertThat(conflict).contains("其他人已在此期间保存了内容", "请打开 {link} 作答");

        String xin = "xin-" + marker + "@example.com";
        inviteWithMail("辛" + marker, xin, Duration.ofDays(3));
        mailbox.sendDue();
        MimeMessage mail = smtp.messagesTo(xin).get(0);
        assertThat(mail.getSubject()).isEqualTo("面试邀请 邮件测试 " + marker);
        assertThat(SmtpServer.text(mail).strip()).isEqualTo("辛" + marker + "，请打开 http://localhost/s/"
                + token("辛" + marker) + " 作答，限时 30 分钟 / 30 minutes。");
    }

    /** A candidate given extra minutes is told the time they will have, in the invitation and in the reminder. */
    @Test
    void theTimeInTheMailIncludesTheCandidatesExtraMinutes() throws Exception {
        String gui = "gui-" + marker + "@example.com";
        Instant now = Instant.now();
        long id = invitations.invite(paper, List.of(new InvitationService.Candidate("癸" + marker, gui, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(10)), 15, hr.id()).get(0);
        invitations.mailInvitations(paper, List.of(id), "http://localhost/s/", hr.id());
        mailbox.sendDue();
        mailbox.queueReminders();
        mailbox.sendDue();
        List<MimeMessage> mails = smtp.messagesTo(gui);
        assertThat(mails).hasSize(2);
        assertThat(mails).allSatisfy(m -> assertThat(SmtpServer.text(m)).contains("45 分钟 / 45 minutes")
                .doesNotContain("30 分钟"));
    }

    @Test
    void whatOneProcessQueuedAnotherSends() throws Exception {
        String ren = "ren-" + marker + "@example.com";
        long id = inviteWithMail("壬" + marker, ren, Duration.ofDays(3));
        List<String> options = new java.util.ArrayList<>(List.of(smtp.properties()).stream().map(p -> "--" + p).toList());
        options.addAll(List.of("--kaoping.mail.check=500ms", "--kaoping.mail.reminder-check=1h"));
        try (AppProcess next = AppProcess.onTestDatabase(options.toArray(String[]::new))) {
            next.waitUntilUp();
            Instant giveUp = Instant.now().plusSeconds(30);
            while (smtp.messagesTo(ren).isEmpty() && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
        }
        assertThat(smtp.messagesTo(ren)).hasSize(1);
        assertThat(jdbc.sql("select status from invitation_mail where invitation_id = ?").param(id)
                .query(String.class).single()).isEqualTo("SENT");
    }

    private long inviteWithMail(String name, String email, Duration open) {
        Instant now = Instant.now();
        long id = invitations.invite(paper, List.of(new InvitationService.Candidate(name, email, null)),
                now.minus(Duration.ofMinutes(1)), now.plus(open), 0, hr.id()).get(0);
        assertThat(invitations.mailInvitations(paper, List.of(id), "http://localhost/s/", hr.id()).queued()).isEqualTo(1);
        return id;
    }

    /** The pause before the next try has passed. */
    private void pauseOver(long invitationId) {
        jdbc.sql("update invitation_mail set next_attempt_at = now() - interval '1 second' where invitation_id = ? and status = 'PENDING'")
                .param(invitationId).update();
    }

    private int reminders(long invitationId) {
        return jdbc.sql("select count(*) from invitation_mail where invitation_id = ? and kind = 'REMINDER'")
                .param(invitationId).query(Integer.class).single();
    }

    private String token(String name) {
        return invitations.list(paper).stream().filter(i -> i.candidateName().equals(name)).findFirst().orElseThrow()
                .token();
    }

    private String page() throws Exception {
        return body(mvc.perform(get("/papers/" + paper + "/invitations").with(user(hr))).andExpect(status().isOk())
                .andReturn());
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
