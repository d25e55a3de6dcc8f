package com.kaoping.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestPapers;
import com.kaoping.support.TestUsers;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The invitation links as a spreadsheet, and what HR is told on a server that sends no e-mail. */
@KaopingTest
class InvitationLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestPapers papers;

    @Autowired
    InvitationService invitations;

    AccountPrincipal hr;
    long paper;
    String marker;

    @BeforeEach
    void invite() {
        hr = users.create(Role.HR);
        marker = "L" + UUID.randomUUID().toString().substring(0, 8);
        paper = papers.publishedWrittenTest("链接导出 " + marker, 30, hr.id());
        Instant now = Instant.now();
        invitations.invite(paper, List.of(new InvitationService.Candidate("王" + marker, "wang@example.com", "13800000000"),
                        new InvitationService.Candidate("=HYPERLINK(\"x\")" + marker, null, null)),
                now, now.plus(Duration.ofDays(2)), 10, hr.id());
    }

    @Test
    void theLinksExportAsCsvAndExcelWithRealDates() throws Exception {
        String wang = token("王" + marker);
        String csv = new String(mvc.perform(get("/papers/" + paper + "/invitations/links.csv").with(user(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("\"考生\"", "\"王" + marker + "\",\"wang@example.com\",\"13800000000\",\"http://localhost/s/" + wang + "\"")
                .contains("\"'=HYPERLINK(\"\"x\"\")" + marker + "\"").contains("\"未开始\"", "\"未发送\"");

        byte[] xlsx = mvc.perform(get("/papers/" + paper + "/invitations/links.xlsx").with(user(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = null;
            for (Row r : book.getSheetAt(0)) {
                if (r.getCell(0).getStringCellValue().equals("王" + marker)) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("http://localhost/s/" + wang);
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(10);
        }

        mvc.perform(get("/papers/" + paper + "/invitations/links.csv").with(user(users.create(Role.INTERVIEWER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutAnSmtpServerHrIsToldAndNothingIsQueued() throws Exception {
        String page = body(mvc.perform(get("/papers/" + paper + "/invitations").with(user(hr)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"mail-off\"", "KAOPING_SMTP_HOST", "links.xlsx")
                .doesNotContain("id=\"mail-unsent\"", "name=\"sendMail\"", "class=\"btn btn-sm btn-outline-primary mail-one\"");
        MvcResult refused = mvc.perform(post("/papers/" + paper + "/invitations/mail").with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("failureText")).contains("本服务器未配置邮件发送");
        assertThat(invitations.list(paper)).allSatisfy(i -> assertThat(i.mail()).isNull());
    }

    private String token(String name) {
        return invitations.list(paper).stream().filter(i -> i.candidateName().equals(name)).findFirst().orElseThrow()
                .token();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
