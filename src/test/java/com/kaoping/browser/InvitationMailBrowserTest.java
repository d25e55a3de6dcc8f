package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.support.SmtpServer;
import com.kaoping.support.TestPapers;
import com.kaoping.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * HR invites candidates and has their links e-mailed (a real SMTP server), sees each sent, edits
 * the text, exports the links; the candidate opens the link from the mail. Long steps show that
 * they are under way.
 */
class InvitationMailBrowserTest extends BrowserTest {

    static final SmtpServer smtp = SmtpServer.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("kaoping.mail.check", () -> "300ms");
    }

    @Autowired
    TestPapers papers;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    void builtInTextAgain() {
        jdbc.update("delete from mail_template");
        smtp.down();
    }

    @Test
    void hrMailsTheLinksTheCandidateOpensOneAndTheListShowsItSent() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long paper = papers.publishedWrittenTest("服务笔试 " + marker, 40, hr.id());

        browser.signIn(hr.username(), TestUsers.PASSWORD);
        browser.open("/papers/" + paper + "/invitations");
        assertThat(browser.find("#sendMail").isSelected()).as("e-mail is the default where it can be sent").isTrue();
        String jia = "jia-" + marker + "@example.com";
        browser.type("#candidates", "周甲, " + jia + "\n吴乙");
        // what the button said while the server worked (remembered across the page change)
        ((JavascriptExecutor) browser.driver).executeScript("""
                var button = document.getElementById('invite');
                new MutationObserver(function () {
                    if (button.getAttribute('aria-busy') === 'true') sessionStorage.setItem('busy', button.textContent);
                }).observe(button, {attributes: true, childList: true});""");
        browser.click("#invite");
        browser.find("#invite-success");
        assertThat((String) ((JavascriptExecutor) browser.driver).executeScript("return sessionStorage.getItem('busy')"))
                .isEqualTo("正在生成邀请…");
        assertThat(browser.text("#invite-success")).contains("正在发送 1 封邮件", "有 1 位考生没有邮箱地址");

        browser.waitFor().withTimeout(Duration.ofSeconds(15)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector("#invitations tr")).stream()
                    .anyMatch(r -> r.getText().contains("周甲") && r.getText().contains("邀请邮件已发送"));
        });
        browser.screenshot("50-invitations-mailed");

        MimeMessage mail = smtp.messagesTo(jia).get(0);
        Matcher link = Pattern.compile("http://localhost:\\d+/s/[A-Za-z0-9_-]+").matcher(SmtpServer.text(mail));
        assertThat(link.find()).isTrue();

        // the links as a file: the page stays, the link says it is working, the file arrives
        browser.click("#links-xlsx");
        browser.waitFor().until(d -> {
            try (var files = Files.list(browser.downloads())) {
                return files.anyMatch(f -> f.toString().endsWith(".xlsx"));
            }
            catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(browser.driver.getCurrentUrl()).endsWith("/papers/" + paper + "/invitations");
        browser.waitFor().until(d -> browser.find("#links-xlsx").getAttribute("aria-busy") == null);
        try (var files = Files.list(browser.downloads())) {
            Path file = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
            assertThat(file.getFileName().toString()).isEqualTo("服务笔试 " + marker + ".xlsx");
            assertThat(Files.size(file)).isPositive();
        }

        // HR's own text: refused without the link, beside the field; kept once it has it
        browser.click("#mail-template");
        assertThat(browser.text("#example-body")).contains("张三", "/s/Ab3dEf6hJk8mNp2qRs4tUv");
        browser.screenshot("51-mail-template");
        browser.type("#body", "{name}，请准时参加。");
        browser.click("#save");
        assertThat(browser.text("#body + .invalid-feedback")).contains("正文必须包含专属链接的占位符");
        assertThat(browser.find("#body").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("52-mail-template-error");
        browser.type("#body", "{name}，请打开 {link} 作答。");
        browser.click("#save");
        browser.waitFor().until(d -> browser.text(".flash").contains("邮件内容已保存"));
        assertThat(browser.text("#example-body")).startsWith("张三，请打开 http://localhost:");

        // the candidate follows the link in the mail
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(link.group());
        assertThat(browser.text("h1")).isEqualTo("服务笔试 " + marker);
    }
}
