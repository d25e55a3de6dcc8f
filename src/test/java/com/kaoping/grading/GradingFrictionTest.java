package com.kaoping.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.kaoping.grading.GradingFixture.Setup;
import com.kaoping.support.KaopingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The small frictions graders and HR met: each fixed where it starts. */
@KaopingTest
class GradingFrictionTest {

    @Autowired
    GradingFixture fixture;

    @Autowired
    GradingService grading;

    @Autowired
    ScoreSheets sheets;

    @Autowired
    Panels panels;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Setup setup;

    @BeforeEach
    void paper() {
        setup = fixture.paperWithPanel(new BigDecimal("15"));
    }

    /** Saving the same empty comment boxes again and again wrote 158 audit lines of blank-to-blank. */
    @Test
    void emptyCommentBoxesWriteNoAuditLines() {
        long attempt = fixture.sat(setup, "审计", "答案");
        Long version = null;
        for (String score : List.of("1", "2", "3")) {
            version = sheets.save(setup.leadActor(), attempt, 0, version, List.of(new ScoreSheets.StepInput(score, ""),
                    new ScoreSheets.StepInput("1", "  "), new ScoreSheets.StepInput("1", "")), "", "").version();
        }
        assertThat(jdbc.queryForList("select what from score_audit where attempt_id = ?", String.class, attempt))
                .doesNotContain("COMMENT", "STEP_COMMENT").contains("STEP", "SCORE");
    }

    /** Only whoever can settle (the lead, HR) is offered "reconcile" in the queue; others got a 403 behind it. */
    @Test
    void theQueueOffersReconcileOnlyToWhoCanSettle() throws Exception {
        long attempt = fixture.sat(setup, "协调", "答案");
        fixture.score(setup.leadActor(), attempt, null, "6", "10", "4");
        sheets.complete(setup.leadActor(), attempt);
        fixture.score(setup.memberActor(), attempt, null, "0", "1", "0");
        sheets.complete(setup.memberActor(), attempt);
        assertThat(page("/grading", setup.member())).contains("协调").doesNotContain("reconcile-link");
        assertThat(page("/grading", setup.lead())).contains("reconcile-link");
    }

    /** Two graders called 李明 are told apart: pages name people with their username. */
    @Test
    void gradersAreNamedWithTheirUsername() throws Exception {
        long attempt = fixture.sat(setup, "同名", "答案");
        fixture.score(setup.leadActor(), attempt, null, "6", "10", "4");
        sheets.complete(setup.leadActor(), attempt);
        String report = page("/results/attempts/" + attempt, setup.hr());
        assertThat(report).contains(setup.lead().displayName() + " (" + setup.lead().username() + ")");
    }

    /** HR off the panel has no scores of their own: the screen shows the attempt's total, not "my total" of automatic scores. */
    @Test
    void hrOffThePanelSeesTheAttemptsTotalNotAMyTotal() throws Exception {
        long attempt = fixture.sat(setup, "总分", "答案");
        String screen = page("/grading/attempts/" + attempt + "/q/0", setup.hr());
        assertThat(screen).contains("attempt-total").doesNotContain("id=\"my-total\"");
        assertThat(page("/grading/attempts/" + attempt + "/q/0", setup.lead())).contains("id=\"my-total\"");
    }

    /**
     * A grader taken off the panel after handing in reads no more answers (a conflict of interest,
     * someone who left); the scores they handed in stay in the result.
     */
    @Test
    void aGraderTakenOffThePanelAfterHandingInReadsNoMoreButTheirScoresStay() throws Exception {
        long attempt = fixture.sat(setup, "撤换", "答案");
        fixture.score(setup.memberActor(), attempt, null, "5", "9", "3");
        sheets.complete(setup.memberActor(), attempt);
        long assignment = grading.myAssignments(setup.member().id()).stream()
                .filter(a -> a.paperId() == setup.paperId()).findFirst().orElseThrow().id();
        panels.unassign(setup.hrActor(), setup.paperId(), assignment);
        mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.member())))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> grading.attempt(setup.memberActor(), attempt)).isInstanceOf(NotAssignedException.class);
        assertThat(grading.attempt(setup.hrActor(), attempt).questions().get(0).handedIn())
                .containsExactly(new BigDecimal("17.00"));
    }

    private String page(String path, com.kaoping.account.internal.AccountPrincipal who) throws Exception {
        return mvc.perform(get(path).with(user(who)).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
