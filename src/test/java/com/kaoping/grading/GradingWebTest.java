package com.kaoping.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.kaoping.grading.GradingFixture.Setup;
import com.kaoping.support.KaopingTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Grading and results over HTTP: access by assignment, crafted requests, hidden panel scores, exports. */
@KaopingTest
class GradingWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GradingFixture fixture;

    @Autowired
    GradingService grading;

    @Autowired
    ScoreSheets sheets;

    @Autowired
    Panels panels;

    @Autowired
    JdbcTemplate jdbc;

    Setup setup;

    @BeforeEach
    void paper() {
        setup = fixture.paperWithPanel(new BigDecimal("15"));
    }

    @Test
    void anInterviewerCannotOpenOrScoreAnotherAssignmentsAttemptByChangingIds() throws Exception {
        long attempt = fixture.sat(setup, "张三", "答案");
        mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead()))).andExpect(status().isOk());
        String refused = mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.outsider()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("该考生没有分配给你").doesNotContain("张三", "答案");
        mvc.perform(post("/grading/attempts/" + attempt + "/q/0").with(user(setup.outsider())).with(csrf())
                        .param("score", "6", "10", "4").header("Accept-Language", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/grading/attempts/" + attempt + "/complete").with(user(setup.outsider())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/grading/attempts/" + attempt + "/reconcile").with(user(setup.member())))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/grading/attempts/999999/q/0").with(user(setup.lead())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .as("error pages switch language too").contains("?lang=en").doesNotContain("nulllang");
        mvc.perform(get("/results/papers/" + setup.paperId()).with(user(setup.lead()))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from grading_sheet where attempt_id = ?", Long.class, attempt)).isZero();
        String queue = mvc.perform(get("/grading").with(user(setup.outsider()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("queue-empty").doesNotContain("张三");
    }

    @Test
    void aCraftedRequestCannotSetATotalOrExceedAStepMaximum() throws Exception {
        long attempt = fixture.sat(setup, "李四", "答案");
        String page = mvc.perform(post("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "en")
                        .param("score", "6", "10", "40").param("questionScore", "20").param("total", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("At most 4 points for this step.", "Not saved: correct the marked scores.");
        assertThat(jdbc.queryForObject("select count(*) from grade g join grading_sheet s on s.id = g.sheet_id "
                + "where s.attempt_id = ?", Long.class, attempt)).isZero();

        String saved = mvc.perform(post("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "en")
                        .param("score", "6", "10", "1").param("questionScore", "20").param("total", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(saved).contains("id=\"question-total\"").contains(">17<").contains("Saved");
        assertThat(jdbc.queryForObject("select g.score from grade g join grading_sheet s on s.id = g.sheet_id "
                + "where s.attempt_id = ?", BigDecimal.class, attempt)).isEqualByComparingTo("17");

        String plain = mvc.perform(post("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())).with(csrf())
                        .header("Accept-Language", "zh-CN").param("version", "0").param("score", "-1", "3.3", "x"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(plain).contains("分数不能为负数", "请使用整分或半分", "请输入数字")
                .as("what was typed is still in the fields").contains("value=\"3.3\"", "value=\"x\"");
    }

    @Test
    void aSecondTabGetsAConflictAndKeepsWhatWasTyped() throws Exception {
        long attempt = fixture.sat(setup, "王五", "答案");
        fixture.score(setup.leadActor(), attempt, null, "1", "1", "1");
        String stale = mvc.perform(post("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "en")
                        .param("score", "5", "9", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("was saved meanwhile in another tab", "id=\"overwrite\"");
        String plain = mvc.perform(post("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())).with(csrf())
                        .header("Accept-Language", "en").param("score", "5", "9", "3"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(plain).as("what was typed is on the page again")
                .contains("value=\"5\"", "value=\"9\"", "value=\"3\"", "was saved meanwhile");
        assertThat(grading.attempt(setup.hrActor(), attempt).questions().get(0).marks().get(setup.lead().id()).score())
                .isEqualByComparingTo("3");
    }

    @Test
    void panelScoresStayHiddenUntilTheGraderHandsInTheirOwn() throws Exception {
        long attempt = fixture.sat(setup, "赵六", "答案");
        sheets.save(setup.memberActor(), attempt, 0, null, java.util.List.of(
                new ScoreSheets.StepInput("6", null), new ScoreSheets.StepInput("10", null),
                new ScoreSheets.StepInput("4", null)), "成员的秘密评语", null);
        sheets.complete(setup.memberActor(), attempt);
        fixture.score(setup.leadActor(), attempt, null, "1", "1", "1");
        String before = mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("grade-form").doesNotContain("成员的秘密评语", "panel-scores");
        mvc.perform(post("/grading/attempts/" + attempt + "/complete").with(user(setup.lead())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("成员的秘密评语", "panel-scores");
    }

    @Test
    void blindGradingShowsACodeUntilTheResultIsFinal() throws Exception {
        long attempt = fixture.sat(setup, "孙七", "答案");
        panels.savePolicy(setup.hrActor(), setup.paperId(), Aggregation.MEAN, 20, true, -1);
        String screen = mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.lead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String code = jdbc.queryForObject("select receipt_code from attempt where id = ?", String.class, attempt);
        assertThat(screen).doesNotContain("孙七").contains("#" + code);
        assertThat(mvc.perform(get("/grading").with(user(setup.lead()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("#" + code).doesNotContain("孙七");
        assertThat(mvc.perform(get("/grading/attempts/" + attempt + "/q/0").with(user(setup.hr())))
                .andReturn().getResponse().getContentAsString()).contains("孙七");
    }

    @Test
    void theExportHasOneColumnPerQuestionAndStepAndNeutralisesFormulas() throws Exception {
        long first = fixture.sat(setup, "=HYPERLINK(\"x\")", "答案");
        long second = fixture.sat(setup, "李雷", "答案", "lilei@example.com", "13800000000");
        for (long attempt : new long[] {first, second}) {
            fixture.score(setup.leadActor(), attempt, null, "5", attempt == first ? "7.5" : "9", "2");
            sheets.complete(setup.leadActor(), attempt);
            fixture.score(setup.memberActor(), attempt, null, "6", attempt == first ? "8" : "9", "2");
            sheets.complete(setup.memberActor(), attempt);
        }
        byte[] xlsx = mvc.perform(get("/results/papers/" + setup.paperId() + "/export.xlsx").with(user(setup.hr()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            java.util.List<String> headers = new java.util.ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("排名", "考生", "邮箱", "电话", "交卷凭证", "状态", "交卷时间", "总分",
                    "是否通过", "情景题", "第1题", "第1题.1 致歉与共情", "第1题.2 核实订单并给出方案", "第1题.3 承诺时限并跟进",
                    "第2题");
            // ranked: 李雷 (mean 16.5 + 2) before the formula-named candidate (mean 15.25 + 2)
            Row top = sheet.getRow(1);
            assertThat(top.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(top.getCell(1).getStringCellValue()).isEqualTo("李雷");
            assertThat(top.getCell(2).getStringCellValue()).isEqualTo("lilei@example.com");
            assertThat(top.getCell(3).getStringCellValue()).isEqualTo("13800000000");
            assertThat(top.getCell(4).getStringCellValue()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
            assertThat(top.getCell(5).getStringCellValue()).isEqualTo("已定分");
            // a real date, in the users' time zone: Excel sorts and computes with it
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(top.getCell(6))).isTrue();
            java.time.LocalDateTime submitted = top.getCell(6).getLocalDateTimeCellValue();
            assertThat(java.time.Duration.between(submitted, java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))).abs())
                    .isLessThan(java.time.Duration.ofMinutes(5));
            assertThat(top.getCell(7).getNumericCellValue()).isEqualTo(18.5);
            assertThat(top.getCell(8).getStringCellValue()).isEqualTo("通过");
            Row formula = sheet.getRow(2);
            assertThat(formula.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(formula.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formula.getCell(2)).as("no e-mail given").isNull();
            assertThat(formula.getCell(7).getNumericCellValue()).isEqualTo(17.25);
            assertThat(formula.getCell(9).getNumericCellValue()).isEqualTo(17.25);
            assertThat(formula.getCell(10).getNumericCellValue()).isEqualTo(15.25);
            assertThat(formula.getCell(11).getNumericCellValue()).isEqualTo(5.5);
            assertThat(formula.getCell(12).getNumericCellValue()).isEqualTo(7.75);
            assertThat(formula.getCell(13).getNumericCellValue()).isEqualTo(2);
            assertThat(formula.getCell(14).getNumericCellValue()).isEqualTo(2);
            for (Row row : sheet) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
        String csv = new String(mvc.perform(get("/results/papers/" + setup.paperId() + "/export.csv")
                        .with(user(setup.hr())).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Rank\",\"Candidate\",");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",=HYPERLINK");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("1,\"李雷\",\"lilei@example.com\",\"13800000000\",\"")
                .containsPattern(",\"final\",\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\",18.5,\"pass\",");
    }

    @Test
    void byQuestionTheNextAnswerIsTheSameQuestionOfTheNextCandidate() throws Exception {
        long first = fixture.sat(setup, "第一位", "答案一");
        long second = fixture.sat(setup, "第二位", "答案二");
        String screen = mvc.perform(get("/grading/attempts/" + first + "/q/0").param("by", "question")
                .with(user(setup.lead()))).andReturn().getResponse().getContentAsString();
        assertThat(screen).contains("href=\"/grading/attempts/" + second + "/q/0?by=question\"");
        mvc.perform(post("/grading/attempts/" + first + "/q/0").param("by", "question").with(user(setup.lead()))
                        .with(csrf()).param("score", "6", "10", "4").param("next", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/grading/attempts/" + second + "/q/0?by=question"));
        String queue = mvc.perform(get("/grading").param("paper", String.valueOf(setup.paperId()))
                        .param("question", String.valueOf(jdbc.queryForObject(
                                "select question_id from attempt_question where attempt_id = ? and position = 0",
                                Long.class, first)))
                        .with(user(setup.lead()))).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("id=\"grade-by-question\"", "第一位", "第二位");
    }

    @Test
    void anAdminReadsResultsAndTheQueueButDoesNotScore() throws Exception {
        long attempt = fixture.sat(setup, "管理员看", "答案");
        var admin = fixture.user(com.kaoping.account.Role.ADMIN);
        mvc.perform(get("/results/papers/" + setup.paperId()).with(user(admin))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/grading").with(user(admin))).andReturn().getResponse().getContentAsString())
                .contains("管理员看");
        mvc.perform(post("/grading/attempts/" + attempt + "/q/0").with(user(admin)).with(csrf())
                .param("score", "1", "1", "1")).andExpect(status().isForbidden());
    }

    @Test
    void panelAndPolicyChangesAreRecordedForHr() throws Exception {
        panels.savePolicy(setup.hrActor(), setup.paperId(), Aggregation.MEDIAN, 30, true, -1);
        long assignment = jdbc.queryForObject("select id from grading_assignment where paper_id = ? and grader_id = ?",
                Long.class, setup.paperId(), setup.member().id());
        panels.unassign(setup.hrActor(), setup.paperId(), assignment);
        String page = mvc.perform(get("/papers/" + setup.paperId() + "/grading").with(user(setup.hr()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(setup.lead().displayName() + " assigned: All candidates of this paper, as lead",
                setup.member().displayName() + " removed: All candidates of this paper",
                "Panel policy: the defaults → the median of the panel, 30%, blind");
    }

    @Test
    void resultsPagesRender() throws Exception {
        long attempt = fixture.sat(setup, "周八", "答案");
        fixture.score(setup.leadActor(), attempt, null, "5", "7", "2");
        String table = mvc.perform(get("/results/papers/" + setup.paperId()).param("sort", "name").with(user(setup.hr())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(table).contains("周八", "distribution");
        String report = mvc.perform(get("/results/attempts/" + attempt).with(user(setup.hr())).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("周八", "Audit trail", "Question 1, step 1");
        mvc.perform(get("/papers/" + setup.paperId() + "/grading").with(user(setup.hr()))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/grading/attempts/" + attempt + "/reconcile").with(user(setup.lead()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString())
                .as("a lead settles only after handing in their own scores").contains("Hand in your own scores");
        mvc.perform(get("/grading").with(user(setup.hr())).param("paper", String.valueOf(setup.paperId())))
                .andExpect(status().isOk());
    }
}
