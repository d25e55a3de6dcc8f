package com.kaoping.sitting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.kaoping.paper.PaperRuleException;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.paper.PaperStatus;
import com.kaoping.shared.NotFoundException;
import com.kaoping.sitting.internal.AttemptStore;
import com.kaoping.sitting.internal.Invitation;
import com.kaoping.sitting.internal.InvitationMailbox;
import com.kaoping.sitting.internal.InvitationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's side: inviting candidates to a published paper, following, revoking and extending invitations. */
@Service
public class InvitationService {

    public static final int MAX_PER_BATCH = 500;

    private final InvitationRepository invitations;
    private final PaperService papers;
    private final AttemptStore attempts;
    private final InvitationMailbox mailbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationService(InvitationRepository invitations, PaperService papers, AttemptStore attempts,
                      InvitationMailbox mailbox, Clock clock) {
        this.mailbox = mailbox;
        this.invitations = invitations;
        this.papers = papers;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** One candidate to invite. */
    public record Candidate(String name, String email, String phone) {
    }

    /**
     * An invitation as HR's list shows it.
     *
     * @param mail its latest e-mail (null: none was sent)
     */
    public record InvitationView(long id, String candidateName, String email, String phone, String token,
                                 Instant opensAt, Instant closesAt, int extraMinutes, InvitationState state,
                                 Instant startedAt, Instant submittedAt, Integer focusLosses, Integer pastes,
                                 java.math.BigDecimal objectiveScore, MailState mail) {
    }

    /**
     * Where an invitation's latest e-mail stands.
     *
     * @param kind INVITE or REMINDER
     * @param status PENDING (queued or being retried), SENT or FAILED (after the last try)
     * @param at when it was sent, else when it was queued
     * @param error the SMTP server's last answer when it was refused
     */
    public record MailState(String kind, String status, Instant at, String error) {
    }

    /** The kinds of e-mail candidates get, each with its own text. */
    public static final List<String> MAIL_KINDS = List.of("INVITE", "REMINDER");

    /** What an e-mail template says, and the version it was stored at (-1: the built-in default). */
    public record MailText(String subject, String body, long version) {
    }

    /** What asking for e-mails did: how many were queued, and how many invitations have no address. */
    public record MailResult(int queued, int withoutEmail) {
    }

    /** Invites every candidate in one transaction: all or none. */
    @Transactional
    public List<Long> invite(long paperId, List<Candidate> candidates, Instant opensAt, Instant closesAt,
                             int extraMinutes, long actor) {
        if (papers.detail(paperId).status() != PaperStatus.PUBLISHED) {
            throw new PaperRuleException("paper.notPublished");
        }
        if (candidates.isEmpty() || candidates.size() > MAX_PER_BATCH) {
            throw new PaperRuleException("invite.count", MAX_PER_BATCH);
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new PaperRuleException("invite.window");
        }
        if (extraMinutes < 0 || extraMinutes > 600) {
            throw new PaperRuleException("invite.extra");
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (Candidate c : candidates) {
            ids.add(invitations.save(new Invitation(paperId, newToken(), c.name(), c.email(), c.phone(), opensAt,
                    closesAt, extraMinutes, actor, now)).getId());
        }
        return ids;
    }

    @Transactional(readOnly = true)
    public List<InvitationView> list(long paperId) {
        Map<Long, AttemptRecords.AttemptInfo> started = attempts.infoByInvitation(paperId);
        Map<Long, MailState> mails = mailbox.latest(paperId);
        Instant now = clock.instant();
        return invitations.findByPaperIdOrderByCreatedAtDescIdDesc(paperId).stream().map(i -> {
            AttemptRecords.AttemptInfo a = started.get(i.getId());
            InvitationState state = i.getRevokedAt() != null ? InvitationState.REVOKED
                    : a != null && a.submitted() ? InvitationState.SUBMITTED
                    : a != null ? InvitationState.IN_PROGRESS
                    : now.isBefore(i.getClosesAt()) ? InvitationState.NOT_STARTED : InvitationState.EXPIRED;
            return new InvitationView(i.getId(), i.getCandidateName(), i.getEmail(), i.getPhone(), i.getToken(),
                    i.getOpensAt(), i.getClosesAt(), i.getExtraMinutes(), state,
                    a == null ? null : a.startedAt(), a == null ? null : a.submittedAt(),
                    a == null ? null : a.focusLosses(), a == null ? null : a.pastes(),
                    a == null ? null : a.objectiveScore(), mails.get(i.getId()));
        }).toList();
    }

    /** True when an SMTP server is configured (KAOPING_SMTP_HOST): invitations can go by e-mail. */
    public boolean mailEnabled() {
        return mailbox.enabled();
    }

    /**
     * Queues the invitation e-mail to the chosen invitations of a paper (null: every one with an
     * address that was not mailed yet), each with its link ({@code linkBase} + token). Revoked and
     * closed invitations and those without an address get none.
     */
    @Transactional
    public MailResult mailInvitations(long paperId, List<Long> invitationIds, String linkBase, long actor) {
        if (!mailbox.enabled()) {
            throw new PaperRuleException("invite.mail.notConfigured");
        }
        PaperSettings paper = papers.detail(paperId).settings();
        Map<Long, MailState> mailed = mailbox.latest(paperId);
        Instant now = clock.instant();
        List<InvitationMailbox.Recipient> recipients = new ArrayList<>();
        int withoutEmail = 0;
        for (Invitation i : invitations.findByPaperIdOrderByCreatedAtDescIdDesc(paperId)) {
            boolean chosen = invitationIds == null ? !mailed.containsKey(i.getId()) : invitationIds.contains(i.getId());
            if (!chosen || i.getRevokedAt() != null || !now.isBefore(i.getClosesAt())) {
                continue;
            }
            if (i.getEmail() == null || i.getEmail().isBlank()) {
                withoutEmail++;
                continue;
            }
            recipients.add(new InvitationMailbox.Recipient(i.getId(), i.getCandidateName(), i.getEmail().strip(),
                    linkBase + i.getToken(), i.getOpensAt(), i.getClosesAt(),
                    InvitationMailbox.minutes(paper, i.getExtraMinutes())));
        }
        mailbox.queue("INVITE", paper.title(), recipients, actor);
        return new MailResult(recipients.size(), withoutEmail);
    }

    /** The e-mail template of a kind (INVITE or REMINDER), HR's or the built-in one. */
    @Transactional(readOnly = true)
    public MailText mailTemplate(String kind) {
        return mailbox.template(requireKind(kind));
    }

    /**
     * HR's text for a kind of e-mail. Refused when the text has no {link} (the candidate could not
     * start), and as a conflict when someone saved another meanwhile.
     */
    @Transactional
    public void saveMailTemplate(String kind, String subject, String body, long version, long actor) {
        if (!body.contains(InvitationMailbox.LINK)) {
            throw new PaperRuleException("mailTemplate.needsLink");
        }
        if (!mailbox.saveTemplate(requireKind(kind), subject.strip(), body.strip(), version, actor)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("mail template changed");
        }
    }

    /** A text as one example candidate would receive it (the template page shows it beside the form). */
    public MailText mailExample(String subject, String body, String linkBase) {
        Instant opens = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        InvitationMailbox.Recipient example = new InvitationMailbox.Recipient(0, "张三", "zhangsan@example.com",
                linkBase + "Ab3dEf6hJk8mNp2qRs4tUv", opens, opens.plus(java.time.Duration.ofDays(7)), 60);
        String paper = "客服代表笔试";
        return new MailText(mailbox.render(subject, paper, example), mailbox.render(body, paper, example), -1);
    }

    private static String requireKind(String kind) {
        if (!MAIL_KINDS.contains(kind)) {
            throw new NotFoundException("mail template", 0);
        }
        return kind;
    }

    /** The paper an invitation is for. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> paperOf(long invitationId) {
        return invitations.findById(invitationId).map(Invitation::getPaperId);
    }

    @Transactional
    public void revoke(long paperId, long invitationId) {
        find(paperId, invitationId).revoke(clock.instant());
    }

    @Transactional
    public void extend(long paperId, long invitationId, Instant closesAt, int extraMinutes) {
        Invitation invitation = find(paperId, invitationId);
        if (!closesAt.isAfter(invitation.getOpensAt())) {
            throw new PaperRuleException("invite.window");
        }
        if (extraMinutes < 0 || extraMinutes > 600) {
            throw new PaperRuleException("invite.extra");
        }
        invitation.extend(closesAt, extraMinutes);
    }

    private Invitation find(long paperId, long invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        if (invitation.getPaperId() != paperId) {
            throw new NotFoundException("invitation", invitationId);
        }
        return invitation;
    }

    /** 256 random bits, URL-safe: not guessable, not enumerable. */
    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
