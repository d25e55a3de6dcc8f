package com.kaoping.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperService;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The import pages and the JSON preview: who may, what is refused and how, and that nothing is written before the import. */
@KaopingTest
class ImportWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PaperService papers;

    @Autowired
    com.kaoping.question.QuestionBank bank;

    @Autowired
    JdbcTemplate jdbc;

    AccountPrincipal hr;
    AccountPrincipal interviewer;
    String marker;

    @BeforeEach
    void setUp() {
        hr = users.create(Role.HR);
        interviewer = users.create(Role.INTERVIEWER);
        marker = "导入" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String paper() {
        return """
                %s 客服岗位笔试
                考试时间:60分钟 总分:24分
                一、单项选择题(每题2分,共4分)
                1.客户满意度通常缩写为( ) A.NPS B.CSAT C.CES D.FCR
                2.%s 首次解决率的缩写是( ) A.FCR B.AHT C.SLA D.KPI
                二、情景模拟题(共20分)
                1.一位客户来电，称订单已延迟5天，情绪激动。请模拟你的处理过程。(20分)
                参考答案:
                (1)致歉与共情 "您好，非常抱歉让您久等了。"(6分)
                (2)核实订单并给出方案 "麻烦您提供一下订单号。"(10分)
                (3)承诺时限并跟进 "我会在今天下午5点前给您回电。"(4分)
                参考答案
                一、1.B 2.A
                """.formatted(marker, marker);
    }

    @Test
    void onlyHrImports() throws Exception {
        mvc.perform(get("/imports/new").with(user(interviewer))).andExpect(status().isForbidden());
        mvc.perform(post("/imports/read").param("text", paper()).with(user(interviewer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/preview").contentType(MediaType.TEXT_PLAIN).content(paper())
                .with(user(interviewer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/preview").contentType(MediaType.TEXT_PLAIN).content(paper()).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/imports/new").with(user(hr))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bring-form\"")));
    }

    @Test
    void nothingPastedOrTextWithoutQuestionsIsRefusedBesideTheFieldAndKept() throws Exception {
        mvc.perform(post("/imports/read").param("text", "  ").header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请粘贴试卷内容或选择文件。")));
        String prose = marker + " 今天天气很好，我们去公园散步，然后吃了午饭。";
        mvc.perform(post("/imports/read").param("text", prose).header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有找到题目")))
                .andExpect(content().string(containsString(marker + " 今天天气很好")));
    }

    /** Pathological pastes get an answer, each a clear message, and nothing is written. */
    @Test
    void pathologicalPastesAreRefusedWithAMessage() throws Exception {
        long before = questions();
        mvc.perform(post("/imports/read").param("text", "1.\n".repeat(50_000)).header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"text-error\"")))
                .andExpect(content().string(not(containsString("id=\"review-form\""))));
        mvc.perform(post("/imports/read").param("text", "好".repeat(340_000)).header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有找到题目")));
        mvc.perform(post("/imports/read").param("text", "a".repeat(1 << 20)).header("Accept-Language", "en")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("longer than 1,000,000 characters")));
        assertThat(questions()).isEqualTo(before);
    }

    @Test
    void aFileOfAnotherKindOrDamagedIsRefusedWithTheReason() throws Exception {
        MockMultipartFile exe = new MockMultipartFile("file", "setup.exe", "application/octet-stream", new byte[] {1, 2});
        mvc.perform(multipart("/imports/read").file(exe).header("Accept-Language", "zh-CN").with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("可以读取 .docx")));
        MockMultipartFile broken = new MockMultipartFile("file", "paper.docx", "application/octet-stream",
                "not a zip at all".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/imports/read").file(broken).header("Accept-Language", "en").with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("This file is damaged")));
        byte[] large = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        MockMultipartFile big = new MockMultipartFile("file", "paper.txt", "text/plain", large);
        mvc.perform(multipart("/imports/read").file(big).header("Accept-Language", "en").with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("larger than 10 MB")));
    }

    @Test
    void aPastedPaperIsShownForReviewWithNothingWritten() throws Exception {
        long before = questions();
        mvc.perform(post("/imports/read").param("text", paper()).header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("核对导入内容")))
                .andExpect(content().string(containsString("客户满意度通常缩写为")))
                .andExpect(content().string(containsString("value=\"CSAT\"")))
                .andExpect(content().string(containsString("致歉与共情")))
                .andExpect(content().string(containsString("id=\"L1\"")));
        assertThat(questions()).isEqualTo(before);
        mvc.perform(post("/imports/read").param("text", paper()).header("Accept-Language", "en")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check the import")))
                .andExpect(content().string(containsString("Chinese is converted to simplified characters.")))
                .andExpect(content().string(containsString("Step 1: label")));
    }

    /**
     * A question the bank already holds (written there in traditional script) is offered for
     * reuse: chosen by default when its options and key are the same too, else "create" is.
     */
    @Test
    void aQuestionAlreadyInTheBankIsOfferedForReuseChosenWhenItsAnswersAreTheSame() throws Exception {
        long same = bank.create(choice(marker + " 首次解決率的縮寫是？", "FCR", "AHT", "SLA", "KPI", 0), hr.id(), null);
        long other = bank.create(choice(marker + " 客户满意度通常缩写为", "甲", "乙", "丙", "丁", 1), hr.id(), null);
        String page = mvc.perform(post("/imports/read").param("text", paper().replace("客户满意度", marker + " 客户满意度"))
                        .header("Accept-Language", "zh-CN").with(user(hr)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("题库中已有题干相同的题目（编号 " + same + "）", "（编号 " + other + "）", "但其选项或答案与这道题不同");
        assertThat(page).containsPattern("id=\"s0q1-reuse\"[^>]*checked");
        assertThat(page).containsPattern("id=\"s0q0-create\"[^>]*checked");
    }

    private static com.kaoping.question.QuestionContent choice(String stem, String a, String b, String c, String d, int key) {
        List<String> texts = List.of(a, b, c, d);
        return com.kaoping.question.Questions.withOptions(com.kaoping.question.Questions.singleChoice(stem),
                java.util.stream.IntStream.range(0, 4).mapToObj(i -> new com.kaoping.question.QuestionContent.Option(
                        texts.get(i), i == key)).toList());
    }

    /** A key's letter names the row it stands beside, even when a row above it was emptied on the page. */
    @Test
    void aKeyNamesItsRowEvenWithAnEmptiedRowAbove() throws Exception {
        MvcResult done = mvc.perform(review("C", "")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        PaperDetail paper = papers.detail(idOf(done));
        assertThat(paper.sections().get(0).items().get(0).question().options()).extracting(o -> o.text() + o.correct())
                .containsExactly("NPSfalse", "CEStrue", "FCRfalse");
    }

    /** A bank question archived between reading and importing is said beside its choice; nothing is written. */
    @Test
    void aReusedQuestionArchivedMeanwhileIsSaidBesideItsChoice() throws Exception {
        long gone = bank.create(com.kaoping.question.Questions.singleChoice(marker + " 已归档"), hr.id(), null);
        bank.archive(gone, hr.id());
        long before = questions();
        mvc.perform(review().param("sections[0].questions[0].duplicateOf", String.valueOf(gone))
                        .param("sections[0].questions[0].reuse", "true").header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"s0q0-reuse-error\"")))
                .andExpect(content().string(containsString("已不可用")));
        assertThat(questions()).isEqualTo(before);
    }

    /** A page sent without its token imports anew; it never answers with some other paper. */
    @Test
    void aPageWithoutItsTokenNeverLandsOnAnotherPaper() throws Exception {
        papers.create(new com.kaoping.paper.PaperSettings("无令牌 " + marker, com.kaoping.paper.PaperPurpose.INTERVIEW,
                null, null, null, null, null, false, false), hr.id(), null);
        MvcResult done = mvc.perform(review().param("creationToken", "").with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(papers.detail(idOf(done)).settings().title()).isEqualTo(marker + " 客服岗位笔试");
    }

    /** A warning whose cause was corrected on the page (the section's points now add up) needs no tick. */
    @Test
    void aCorrectedSectionTotalNeedsNoTick() throws Exception {
        mvc.perform(review().param("warnings[0].code", "SECTION_POINTS_MISMATCH").param("warnings[0].section", "2")
                        .param("warnings[0].args[0]", "16").param("warnings[0].args[1]", "20")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(review().param("warnings[0].code", "SECTION_POINTS_MISMATCH").param("warnings[0].section", "2")
                        .param("warnings[0].args[0]", "20").param("warnings[0].args[1]", "24")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk());
    }

    /** Only HR writes: an interviewer's import is refused. */
    @Test
    void anInterviewerCannotImport() throws Exception {
        long before = questions();
        mvc.perform(review().with(user(interviewer)).with(csrf())).andExpect(status().isForbidden());
        assertThat(questions()).isEqualTo(before);
    }

    /** A section of many questions binds (forms' lists are otherwise capped at 64 entries). */
    @Test
    void aSectionOfSeventyQuestionsBinds() throws Exception {
        MockHttpServletRequestBuilder many = review();
        for (int q = 1; q < 70; q++) {
            many.param("sections[0].questions[" + q + "].include", "true")
                    .param("sections[0].questions[" + q + "].kind", "TRUE_FALSE")
                    .param("sections[0].questions[" + q + "].stem", marker + " 判断 " + q)
                    .param("sections[0].questions[" + q + "].key", "√")
                    .param("sections[0].questions[" + q + "].points", "1");
        }
        mvc.perform(many.with(user(hr)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(questions()).isEqualTo(71);
    }

    private static long idOf(MvcResult done) {
        return Long.parseLong(done.getResponse().getRedirectedUrl().substring("/papers/".length()));
    }

    @Test
    void theReviewedPaperIsImportedAsQuestionsAndADraftPaper() throws Exception {
        MvcResult done = mvc.perform(review().with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/papers/*")).andReturn();

        long paperId = Long.parseLong(done.getResponse().getRedirectedUrl().substring("/papers/".length()));
        PaperDetail paper = papers.detail(paperId);
        assertThat(paper.settings().title()).isEqualTo(marker + " 客服岗位笔试");
        assertThat(paper.sections()).extracting(PaperDetail.Section::title).containsExactly("单项选择题", "情景模拟题");
        assertThat(paper.total()).isEqualByComparingTo("22");
        PaperDetail.Item choice = paper.sections().get(0).items().get(0);
        assertThat(choice.question().options()).extracting(o -> o.text() + o.correct())
                .containsExactly("NPSfalse", "CSATtrue", "CESfalse", "FCRfalse");
        assertThat(choice.question().tags()).containsExactly(marker + " 客服岗位笔试");
        PaperDetail.Item scenario = paper.sections().get(1).items().get(0);
        assertThat(scenario.question().rubric()).extracting(s -> s.label() + s.maxPoints().stripTrailingZeros().toPlainString())
                .containsExactly("致歉与共情6", "核实方案10");
    }

    @Test
    void aWarningNotYetDecidedOrABrokenRuleKeepsThePageAndWritesNothing() throws Exception {
        long before = questions();
        mvc.perform(review().param("warnings[0].code", "NUMBERING_JUMP").param("warnings[0].section", "1")
                        .param("warnings[0].question", "1").param("warnings[0].args[0]", "2").param("warnings[0].args[1]", "3")
                        .header("Accept-Language", "zh-CN").with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("还有 1 条提醒需要处理")))
                .andExpect(content().string(containsString("编号不连续：应为 2，实为 3")));
        mvc.perform(review("").header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"s0q0-key-error\"")))
                .andExpect(content().string(containsString("value=\"CSAT\"")));
        assertThat(questions()).isEqualTo(before);
        mvc.perform(review().param("warnings[0].code", "NUMBERING_JUMP").param("warnings[0].section", "1")
                        .param("warnings[0].question", "1").param("warnings[0].args[0]", "2").param("warnings[0].args[1]", "3")
                        .param("warnings[0].accepted", "true").with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(questions()).isEqualTo(before + 2);
    }

    @Test
    void thePreviewAnswersTheContractAndRefusesInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/imports/preview").contentType("text/plain;charset=UTF-8")
                        .content(paper().getBytes(StandardCharsets.UTF_8)).with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.title").value(marker + " 客服岗位笔试"))
                .andExpect(jsonPath("$.timeLimitMinutes").value(60))
                .andExpect(jsonPath("$.statedTotal").value(24))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.sections[0].title").value("单项选择题"))
                .andExpect(jsonPath("$.sections[0].pointsEach").value(2))
                .andExpect(jsonPath("$.sections[0].questions[0].kind").value("SINGLE_CHOICE"))
                .andExpect(jsonPath("$.sections[0].questions[0].options[1]").value("CSAT"))
                .andExpect(jsonPath("$.sections[0].questions[0].key").value("B"))
                .andExpect(jsonPath("$.sections[0].questions[0].source.fromLine").isNumber())
                .andExpect(jsonPath("$.sections[1].questions[0].kind").value("SCENARIO"))
                .andExpect(jsonPath("$.sections[1].questions[0].rubricSteps[0].label").value("致歉与共情"))
                .andExpect(jsonPath("$.sections[1].questions[0].rubricSteps[0].points").value(6))
                .andExpect(jsonPath("$.sections[0].background").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.sections[0].questions[0].caseBackground").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.warnings").isArray());
        mvc.perform(post("/api/v1/imports/preview").contentType("text/plain;charset=UTF-8")
                        .content("随便写的一段话，没有题目。".getBytes(StandardCharsets.UTF_8))
                        .header("Accept-Language", "en").with(user(hr)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NO_QUESTIONS"))
                .andExpect(jsonPath("$.detail", containsString("No question was found")));
        mvc.perform(post("/api/v1/imports/preview").contentType("text/plain;charset=UTF-8").content(paper())
                .with(user(hr))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/preview").contentType("text/plain;charset=UTF-8").content(new byte[0])
                        .header("Accept-Language", "zh-CN").with(user(hr)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("EMPTY"))
                .andExpect(jsonPath("$.detail").value("请粘贴试卷内容或选择文件。"));
        mvc.perform(post("/api/v1/imports/preview").param("script", "KLINGON").contentType("text/plain;charset=UTF-8")
                        .content(paper()).with(user(hr)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        MockMultipartFile gbk = new MockMultipartFile("file", "paper.txt", "text/plain",
                paper().getBytes(java.nio.charset.Charset.forName("GB18030")));
        mvc.perform(multipart("/api/v1/imports/preview").file(gbk).with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].questions[1].stem", containsString("首次解决率")));
    }

    /** Traditional characters are converted by default; the review page reads the paper again keeping them. */
    @Test
    void theReviewSaysHowChineseIsStoredAndReadsAgainTheOtherWay() throws Exception {
        String traditional = """
                %s 客服人員筆試
                一、單項選擇題(每題2分,共2分)
                1.處理客戶投訴時，首先應當( ) A.解釋規定 B.安撫情緒 C.轉交主管 D.結束通話
                答案:B
                """.formatted(marker);
        mvc.perform(post("/imports/read").param("text", traditional).header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汉字已转为简体")))
                .andExpect(content().string(containsString("处理客户投诉时")));
        mvc.perform(post("/imports/review").param("reread", "1").param("script", "SIMPLIFIED")
                        .param("original", traditional).param("title", "x").header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汉字保持原文")))
                .andExpect(content().string(containsString("處理客戶投訴時")));
    }

    /** Questions listed without any heading still get a section the draft can show: named after their kind. */
    @Test
    void questionsWithoutAHeadingGetASectionNamedAfterTheirKind() throws Exception {
        String list = """
                1.客户满意度通常缩写为( ) A.NPS B.CSAT C.CES D.FCR
                2.首次解决率的缩写是( ) A.FCR B.AHT C.SLA D.KPI
                """;
        mvc.perform(post("/imports/read").param("text", list).header("Accept-Language", "zh-CN")
                        .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"单选题\"")));
    }

    /** A tool signed in with a session reads the CSRF token from any page and sends it as X-CSRF-TOKEN. */
    @Test
    void aSessionClientSendsThePagesCsrfTokenInTheHeader() throws Exception {
        // sessions live in PostgreSQL (Spring Session): the session is the SESSION cookie
        org.springframework.mock.web.MockHttpServletResponse first = mvc.perform(get("/questions").with(user(hr)))
                .andReturn().getResponse();
        jakarta.servlet.http.Cookie session = first.getCookie("SESSION");
        assertThat(session).isNotNull();
        String page = first.getContentAsString();
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(meta.find()).isTrue();
        assertThat(page).contains("name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"");
        mvc.perform(post("/api/v1/imports/preview").cookie(session).with(user(hr))
                        .header("X-CSRF-TOKEN", meta.group(1)).contentType("text/plain;charset=UTF-8")
                        .content(paper().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sections[0].questions[0].kind").value("SINGLE_CHOICE"));
    }

    /** The review page as a person sends it back: the paper above, with the second step's label corrected. */
    private MockHttpServletRequestBuilder review() {
        return review("B");
    }

    private MockHttpServletRequestBuilder review(String key) {
        return review(key, "CSAT");
    }

    private MockHttpServletRequestBuilder review(String key, String optionB) {
        return post("/imports/review")
                .param("creationToken", UUID.randomUUID().toString())
                .param("script", "SIMPLIFIED").param("original", paper()).param("source", paper())
                .param("title", marker + " 客服岗位笔试").param("purpose", "WRITTEN_TEST")
                .param("timeLimitMinutes", "60").param("statedTotal", "24").param("tag", marker + " 客服岗位笔试")
                .param("sections[0].title", "单项选择题")
                .param("sections[0].questions[0].include", "true")
                .param("sections[0].questions[0].kind", "SINGLE_CHOICE")
                .param("sections[0].questions[0].stem", marker + " 客户满意度通常缩写为( )")
                .param("sections[0].questions[0].options[0]", "NPS").param("sections[0].questions[0].options[1]", optionB)
                .param("sections[0].questions[0].options[2]", "CES").param("sections[0].questions[0].options[3]", "FCR")
                .param("sections[0].questions[0].options[4]", "")
                .param("sections[0].questions[0].key", key).param("sections[0].questions[0].points", "2")
                .param("sections[1].title", "情景模拟题")
                .param("sections[1].questions[0].include", "true")
                .param("sections[1].questions[0].kind", "SCENARIO")
                .param("sections[1].questions[0].stem", marker + " 一位客户来电，称订单已延迟5天，情绪激动。")
                .param("sections[1].questions[0].points", "20")
                .param("sections[1].questions[0].steps[0].label", "致歉与共情")
                .param("sections[1].questions[0].steps[0].points", "6")
                .param("sections[1].questions[0].steps[0].modelWording", "您好，非常抱歉让您久等了。")
                .param("sections[1].questions[0].steps[1].label", "核实方案")
                .param("sections[1].questions[0].steps[1].points", "10")
                .param("sections[1].questions[0].steps[2].label", "").param("sections[1].questions[0].steps[2].points", "")
                .param("sections[1].questions[0].competencies", "情绪管理\n沟通技巧");
    }

    private long questions() {
        return jdbc.queryForObject("select count(*) from question where stem like ?", Long.class, marker + "%");
    }
}
