package com.kaoping.sitting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.sitting.InvitationService.MailState;
import com.kaoping.sitting.InvitationService.MailText;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Invitation e-mails through an outbox (table {@code invitation_mail}): queued in the request's
 * own transaction, sent by a job that takes one mail at a time under a lease (SKIP LOCKED: two
 * nodes never send one mail twice), retried with growing pauses while the SMTP server refuses
 * or is away, marked failed after the last try. A restart loses nothing: what is queued is in
 * the database. (A node that dies after the SMTP server took a mail and before its commit sends
 * it again on the next try: a duplicate is possible, a loss is not.)
 * <p>
 * The text is rendered when the mail is queued, from the template HR edits ({@code mail_template},
 * or the default in both languages), so what is sent is what was asked for.
 */
@Component
public class InvitationMailbox {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailbox.class);
    /** The pause before each further try; after the last, the mail is marked failed. */
    private static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3));
    /** A date and time a candidate anywhere reads right: with its offset ("2026-12-01 09:00 GMT+8"). */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm O");

    /** The placeholder for the candidate's link: a text without it is refused. */
    public static final String LINK = "{link}";

    /** What a mail to one candidate needs besides the template. */
    public record Recipient(long invitationId, String name, String email, String link, Instant opensAt,
                            Instant closesAt, Integer minutes) {
    }

    private final JdbcClient jdbc;
    /** For inserting many rows in one round trip. */
    private final JdbcTemplate batch;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final String from;
    private final Duration remindBefore;
    private final PaperService papers;

    InvitationMailbox(JdbcClient jdbc, JdbcTemplate batch, ObjectProvider<JavaMailSender> sender, MessageSource messages, Clock clock,
                      PaperService papers,
                      @Value("${kaoping.time-zone}") String zone, @Value("${kaoping.mail.from}") String from,
                      @Value("${kaoping.mail.remind-before:24h}") Duration remindBefore) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.papers = papers;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.from = from;
        this.remindBefore = remindBefore;
    }

    /** True when an SMTP server is configured (KAOPING_SMTP_HOST): mails can be queued. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    // ---- templates ----

    /** The template of a kind (INVITE, REMINDER): HR's, or the built-in one in both languages. */
    public MailText template(String kind) {
        return jdbc.sql("select subject, body, version from mail_template where kind = ?").param(kind)
                .query((rs, n) -> new MailText(rs.getString(1), rs.getString(2), rs.getLong(3))).optional()
                .orElseGet(() -> new MailText(bilingual("mail." + kind + ".subject", " / "),
                        bilingual("mail." + kind + ".body", "\n\n――――――――\n\n"), -1));
    }

    /** Stores HR's text on top of the version the form was built on; false when someone changed it meanwhile. */
    public boolean saveTemplate(String kind, String subject, String body, long version, long actor) {
        Timestamp now = Timestamp.from(clock.instant());
        return (version < 0
                ? jdbc.sql("""
                        insert into mail_template (kind, subject, body, updated_by, updated_at) values (?, ?, ?, ?, ?)
                        on conflict (kind) do nothing""").params(kind, subject, body, actor, now).update()
                : jdbc.sql("""
                        update mail_template set subject = ?, body = ?, updated_by = ?, updated_at = ?,
                               version = version + 1 where kind = ? and version = ?""")
                        .params(subject, body, actor, now, kind, version).update()) > 0;
    }

    /** The template with one candidate's values in it. */
    public String render(String template, String paperTitle, Recipient r) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{name}", r.name());
        values.put("{paper}", paperTitle);
        values.put(LINK, r.link());
        values.put("{opens}", WHEN.withZone(zone).format(r.opensAt()));
        values.put("{closes}", WHEN.withZone(zone).format(r.closesAt()));
        values.put("{time}", r.minutes() == null ? bilingual("mail.time.none", " / ")
                : bilingual("mail.time.minutes", " / ", r.minutes()));
        String text = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        return text;
    }

    private String bilingual(String key, String between, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE) + between
                + messages.getMessage(key, args, Locale.ENGLISH);
    }

    // ---- queueing ----

    /** Queues one mail of a kind to each recipient (in the caller's transaction). */
    public void queue(String kind, String paperTitle, List<Recipient> recipients, Long actor) {
        MailText text = template(kind);
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate("""
                insert into invitation_mail (invitation_id, kind, recipient, subject, body, link, next_attempt_at,
                                             created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", recipients.stream().map(r -> new Object[] {r.invitationId(), kind,
                r.email(), cut(render(text.subject(), paperTitle, r), 300), render(text.body(), paperTitle, r),
                cut(r.link(), 500), now, actor, now}).toList());
    }

    /** The latest mail of each invitation of a paper. */
    public Map<Long, MailState> latest(long paperId) {
        Map<Long, MailState> states = new HashMap<>();
        jdbc.sql("""
                select distinct on (m.invitation_id) m.invitation_id, m.kind, m.status,
                       coalesce(m.sent_at, m.created_at), m.last_error
                from invitation_mail m join invitation i on i.id = m.invitation_id
                where i.paper_id = ? order by m.invitation_id, m.id desc""").param(paperId)
                .query((rs, n) -> states.put(rs.getLong(1), new MailState(rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))))
                .list();
        return states;
    }

    // ---- sending ----

    /** What one run sends at most: the scheduler's threads are shared with the deadline job. */
    private static final int PER_RUN = 100;
    /** A mail being sent is not taken by another run or node for this long (a crash mid-send: it goes again then). */
    private static final Duration LEASE = Duration.ofMinutes(2);

    /** A mail taken for sending; {@code attempts} counts this try. */
    private record Due(long id, String recipient, String subject, String body, int attempts) {
    }

    /**
     * Sends what is due, at most {@link #PER_RUN} mails; returns how many went out. No
     * transaction or connection is held while the SMTP server is talked to.
     */
    @Scheduled(fixedDelayString = "${kaoping.mail.check:10s}", initialDelayString = "${kaoping.mail.check:10s}")
    public int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < PER_RUN; i++) {
            Optional<Due> due = take();
            if (due.isEmpty()) {
                break;
            }
            if (send(smtp, due.get())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Takes the next due mail in one statement: its next try moves a lease ahead, so no other run
     * or node takes it while it is being sent (SKIP LOCKED: two nodes never wait on each other).
     */
    private Optional<Due> take() {
        Instant now = clock.instant();
        return jdbc.sql("""
                update invitation_mail set attempts = attempts + 1, next_attempt_at = ?
                where id = (select id from invitation_mail where status = 'PENDING' and next_attempt_at <= ?
                            order by next_attempt_at, id limit 1 for update skip locked)
                returning id, recipient, subject, body, attempts""")
                .params(Timestamp.from(now.plus(LEASE)), Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .optional();
    }

    /** Sends one taken mail and records how it went: true when sent; else its next try, or failed after the last. */
    private boolean send(JavaMailSender smtp, Due due) {
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(due.recipient());
            helper.setSubject(due.subject());
            helper.setText(due.body(), false);
            smtp.send(message);
            jdbc.sql("update invitation_mail set status = 'SENT', sent_at = ?, last_error = null where id = ?")
                    .params(Timestamp.from(clock.instant()), due.id()).update();
            return true;
        }
        catch (Exception e) {
            String error = cut(String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", " "), 500);
            boolean last = due.attempts() > RETRIES.size();
            log.warn("Invitation mail {} not sent (try {}{}): {}", due.id(), due.attempts(), last ? ", the last" : "",
                    error);
            jdbc.sql("update invitation_mail set status = ?, last_error = ?, next_attempt_at = ? where id = ?")
                    .params(last ? "FAILED" : "PENDING", error, Timestamp.from(clock.instant()
                            .plus(last ? Duration.ZERO : RETRIES.get(due.attempts() - 1))), due.id())
                    .update();
            return false;
        }
    }

    // ---- reminders ----

    /**
     * Queues a reminder to each candidate who was sent the invitation by mail, has not started,
     * and whose window closes within {@code kaoping.mail.remind-before}: once (a unique index
     * keeps it so when several nodes look at the same moment).
     */
    @Scheduled(fixedDelayString = "${kaoping.mail.reminder-check:10m}", initialDelayString = "${kaoping.mail.reminder-check:10m}")
    public int queueReminders() {
        if (!enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        MailText text = template("REMINDER");
        List<Object[]> due = jdbc.sql("""
                select i.id, i.candidate_name, m.recipient, m.link, i.opens_at, i.closes_at, i.paper_id, i.extra_minutes
                from invitation i
                join lateral (select recipient, link from invitation_mail s
                              where s.invitation_id = i.id and s.kind = 'INVITE' and s.status = 'SENT'
                              order by s.id desc limit 1) m on true
                where i.revoked_at is null and i.closes_at > ? and i.closes_at <= ?
                  and not exists (select 1 from attempt a where a.invitation_id = i.id)
                  and not exists (select 1 from invitation_mail r where r.invitation_id = i.id and r.kind = 'REMINDER')""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(remindBefore)))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getLong(7), rs.getInt(8)})
                .list();
        int queued = 0;
        Map<Long, PaperSettings> settings = new HashMap<>();
        for (Object[] d : due) {
            PaperSettings paper = settings.computeIfAbsent((Long) d[6], id -> papers.detail(id).settings());
            Recipient r = new Recipient((Long) d[0], (String) d[1], (String) d[2], (String) d[3], (Instant) d[4],
                    (Instant) d[5], minutes(paper, (Integer) d[7]));
            String title = paper.title();
            queued += jdbc.sql("""
                    insert into invitation_mail (invitation_id, kind, recipient, subject, body, link, next_attempt_at,
                                                 created_at)
                    values (?, 'REMINDER', ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(r.invitationId(), r.email(), cut(render(text.subject(), title, r), 300),
                            render(text.body(), title, r), r.link(), Timestamp.from(now), Timestamp.from(now))
                    .update();
        }
        return queued;
    }

    /** The time a candidate has: the paper's limit plus their extra minutes (null: no limit). */
    public static Integer minutes(PaperSettings paper, int extraMinutes) {
        return paper.timeLimitMinutes() == null ? null : paper.timeLimitMinutes() + extraMinutes;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
