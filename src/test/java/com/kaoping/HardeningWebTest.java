package com.kaoping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.grading.GradingFixture;
import com.kaoping.grading.GradingFixture.Setup;
import com.kaoping.paper.PaperService;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** What an attacker's sweep found: unbounded searches, 500s on odd requests, exports that break on odd titles. */
@KaopingTest
@ExtendWith(OutputCaptureExtension.class)
class HardeningWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    GradingFixture fixture;

    @Autowired
    PaperService papers;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Thousands of search words would each become a database condition: refused, with a message, before any query. */
    @Test
    void anOverLongSearchIsRefusedWithAMessageInTheBankAndThePicker() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String manyWords = String.join(" ", java.util.Collections.nCopies(4000, "退款"));
        String page = mvc.perform(get("/questions").param("q", manyWords).with(user(hr)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("搜索内容太长");
        Setup setup = fixture.paperWithPanel(null);
        long draft = papers.cloneAsDraft(setup.paperId(), "草稿 " + setup.marker(), hr.id());
        long section = papers.detail(draft).sections().get(0).id();
        mvc.perform(get("/papers/" + draft + "/sections/" + section + "/pick").param("q", manyWords).with(user(hr)))
                .andExpect(status().isBadRequest());
        // ten words of a hundred characters are still a search
        mvc.perform(get("/questions").param("q", "客户 投诉 退款 物流 延迟 道歉 方案 跟进 回访 满意").with(user(hr)))
                .andExpect(status().isOk());
    }

    /** Text in a search is a value, never a URI template: braces in it must not break the page. */
    @Test
    void bracesInASearchAreJustText() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        Setup setup = fixture.paperWithPanel(null);
        long draft = papers.cloneAsDraft(setup.paperId(), "草稿 " + setup.marker(), hr.id());
        long section = papers.detail(draft).sections().get(0).id();
        String picker = mvc.perform(get("/papers/" + draft + "/sections/" + section + "/pick").param("q", "{x} {0}")
                        .with(user(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(picker).contains("value=\"{x} {0}\"");
        mvc.perform(get("/questions").param("q", "{x}").param("tag", "{y}").with(user(hr))).andExpect(status().isOk());
    }

    /**
     * Requests no page was made for (odd media types, methods, bodies) are client errors: a 4xx,
     * one line in the log, never a 500 with a stack trace.
     */
    @Test
    void oddRequestsAreClientErrorsLoggedInOneLine(CapturedOutput output) throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        List<RequestBuilder> odd = List.of(
                post("/s/x/signals").contentType(MediaType.TEXT_PLAIN).content("{}"),
                post("/s/x/signals").contentType(MediaType.APPLICATION_JSON).content("not json"),
                get("/s/x/clock").accept(MediaType.IMAGE_PNG),
                get("/s/x/answers/0").accept(MediaType.IMAGE_PNG),
                get("/s/x/answers/zero"),
                put("/s/x/answers").contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/s/x/start").contentType(MediaType.APPLICATION_XML).content("<x/>"),
                get("/questions/1/revisions/x").with(user(hr)));
        // pages are HTML whatever the Accept header asks for: served (200), never a 500
        for (RequestBuilder page : List.of(get("/s/x").accept(MediaType.APPLICATION_XML),
                get("/login").accept(MediaType.IMAGE_PNG), get("/questions").with(user(hr)).accept(MediaType.APPLICATION_PDF),
                // a form sent as JSON binds nothing: the form comes back with its messages
                post("/questions").with(user(hr)).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON).content("[1]"))) {
            assertThat(mvc.perform(page).andReturn().getResponse().getStatus()).isLessThan(500);
        }
        for (RequestBuilder request : odd) {
            MvcResult result = mvc.perform(request).andReturn();
            int code = result.getResponse().getStatus();
            assertThat(code).as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()
                    + " " + result.getRequest().getContentType() + " " + result.getRequest().getHeader("Accept"))
                    .isBetween(400, 499);
        }
        assertThat(output.getOut() + output.getErr()).doesNotContain("\tat org.springframework")
                .doesNotContain("Unexpected error");
    }

    /** Excel refuses a sheet name that starts or ends with an apostrophe: a published paper must still export. */
    @Test
    void aPaperTitleWithAnApostropheStillExports() throws Exception {
        Setup setup = fixture.paperWithPanel(new BigDecimal("10"));
        AccountPrincipal hr = setup.hr();
        long paper = setup.paperId();
        fixture.sat(setup, "李雷", "答案");
        // an apostrophe first, and one as the 31st character (where the name is cut)
        for (String title : List.of("'引号开头的试卷", "标题" + "很".repeat(28) + "'之后")) {
            jdbc.update("update paper set title = ? where id = ?", title, paper);
            byte[] xlsx = mvc.perform(get("/results/papers/" + paper + "/export.xlsx").with(user(hr)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                String name = workbook.getSheetName(0);
                assertThat(name).doesNotStartWith("'").doesNotEndWith("'").hasSizeLessThanOrEqualTo(31);
            }
        }
    }

    /** In a ';'-separated locale Excel would split an unquoted "a;=1+1" and run the formula: text cells are quoted. */
    @Test
    void csvTextCellsAreQuotedSoASemicolonCannotStartAFormula() throws Exception {
        Setup setup = fixture.paperWithPanel(new BigDecimal("10"));
        fixture.sat(setup, "王;=1+1", "答案");
        String csv = new String(mvc.perform(get("/results/papers/" + setup.paperId() + "/export.csv")
                        .with(user(setup.hr())).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"王;=1+1\"").doesNotContain(",王;=1+1");
    }
}
