package com.kaoping.grading;

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
import com.kaoping.sitting.AnswerSave;
import com.kaoping.sitting.InvitationService;
import com.kaoping.sitting.SittingService;
import com.kaoping.support.TestUsers;
import org.springframework.stereotype.Component;

/**
 * A published written test (a 20-point scenario with the 6 + 10 + 4 rubric, then a 2-point
 * single choice), HR, a panel of two interviewers (the first leads), an interviewer from
 * outside the panel, and candidates who sat it.
 */
@Component
public class GradingFixture {

    /** The page that wrote the fixture's answers. */
    private static final String TAB = "fixture-tab";

    private final TestUsers users;
    private final PaperService papers;
    private final QuestionBank bank;
    private final InvitationService invitations;
    private final SittingService sittings;
    private final Panels panels;
    private final ScoreSheets sheets;

    GradingFixture(TestUsers users, PaperService papers, QuestionBank bank, InvitationService invitations,
                   SittingService sittings, Panels panels, ScoreSheets sheets) {
        this.users = users;
        this.papers = papers;
        this.bank = bank;
        this.invitations = invitations;
        this.sittings = sittings;
        this.panels = panels;
        this.sheets = sheets;
    }

    public record Setup(long paperId, String marker, AccountPrincipal hr, AccountPrincipal lead,
                        AccountPrincipal member, AccountPrincipal outsider) {

        public Actor hrActor() {
            return new Actor(hr.id(), true);
        }

        public Actor leadActor() {
            return new Actor(lead.id(), false);
        }

        public Actor memberActor() {
            return new Actor(member.id(), false);
        }

        public Actor outsiderActor() {
            return new Actor(outsider.id(), false);
        }
    }

    public AccountPrincipal user(Role... roles) {
        return users.create(roles);
    }

    /** The paper, people and a panel assigned to all its candidates. */
    public Setup paperWithPanel(java.math.BigDecimal passMark) {
        return paperWithPanel(passMark, Questions::scenario);
    }

    /** The same with the scenario question made from its stem by {@code scenarioOf}. */
    public Setup paperWithPanel(java.math.BigDecimal passMark, java.util.function.Function<String, QuestionContent> scenarioOf) {
        AccountPrincipal hr = users.create(Role.HR);
        String marker = "G" + UUID.randomUUID().toString().substring(0, 8);
        long paper = papers.create(new PaperSettings("笔试 " + marker, PaperPurpose.WRITTEN_TEST, null, 60, passMark,
                null, null, false, false), hr.id(), null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "情景题", null, null, hr.id());
        QuestionContent scenario = scenarioOf.apply("情景 " + marker);
        papers.addQuestions(paper, papers.detail(paper).version(), section, List.of(
                bank.create(scenario, hr.id(), null),
                bank.create(Questions.singleChoice("单选 " + marker), hr.id(), null)), hr.id());
        papers.publish(paper, papers.detail(paper).version(), hr.id());
        AccountPrincipal lead = users.create(Role.INTERVIEWER);
        AccountPrincipal member = users.create(Role.INTERVIEWER);
        AccountPrincipal outsider = users.create(Role.INTERVIEWER);
        Setup setup = new Setup(paper, marker, hr, lead, member, outsider);
        panels.assign(setup.hrActor(), paper, null, List.of(lead.id()), true);
        panels.assign(setup.hrActor(), paper, null, List.of(member.id()), false);
        return setup;
    }

    /** A candidate who answered the scenario and chose the right option, then submitted. */
    public long sat(Setup setup, String name, String answer) {
        return attempt(setup, name, answer, true, null, null);
    }

    /** The same, for a candidate HR invited with an e-mail address and phone number. */
    public long sat(Setup setup, String name, String answer, String email, String phone) {
        return attempt(setup, name, answer, true, email, phone);
    }

    /** A candidate who started but has not submitted. */
    public long sitting(Setup setup, String name) {
        return attempt(setup, name, "还在写", false, null, null);
    }

    private long attempt(Setup setup, String name, String answer, boolean submit, String email, String phone) {
        Instant now = Instant.now();
        invitations.invite(setup.paperId(), List.of(new InvitationService.Candidate(name, email, phone)),
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), 0, setup.hr().id());
        String token = invitations.list(setup.paperId()).stream().filter(i -> i.candidateName().equals(name))
                .findFirst().orElseThrow().token();
        long attempt = sittings.start(token);
        sittings.save(token, new AnswerSave(0, TAB, 1, 0, null, null, answer, false));
        sittings.save(token, new AnswerSave(1, TAB, 1, 0, List.of(1), null, null, false));
        if (submit) {
            sittings.submit(token);
        }
        return attempt;
    }

    /** The candidate behind {@code token} chooses the option shown at {@code shown} (0 = first shown). */
    public void choose(String token, int position, int shown) {
        sittings.save(token, new AnswerSave(position, TAB, 1, 0, List.of(shown), null, null, false));
    }

    /** Scores the scenario (position 0) step by step for one grader. */
    public ScoreSheets.SaveOutcome score(Actor actor, long attempt, Long version, String... steps) {
        List<ScoreSheets.StepInput> inputs = new ArrayList<>();
        for (String s : steps) {
            inputs.add(new ScoreSheets.StepInput(s, null));
        }
        return sheets.save(actor, attempt, 0, version, inputs, null, null);
    }
}
