package com.kaoping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kaoping.support.AppProcess;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first minute: ./mvnw spring-boot:run on an empty database, then sign in as the
 * README says the moment the page answers. The demo accounts must already be there (the page
 * used to answer about 17 s before they were, and said "wrong password").
 */
class FirstMinuteTest {

    @Test
    void theSignInPageAnswersOnlyOnceTheDemoAccountsExist() throws Exception {
        try (AppProcess app = AppProcess.onEmptyDatabase("--kaoping.demo.enabled=true")) {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            Instant giveUp = Instant.now().plusSeconds(120);
            while (!app.answers(http)) {
                assertThat(Instant.now()).as("the app started").isBefore(giveUp);
                Thread.sleep(50);
            }
            // at once, as a person would who was waiting for the page
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                    .map(c -> c.substring(8, c.indexOf(';'))).findFirst().orElseThrow();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/login"))
                    .timeout(Duration.ofSeconds(10)).header("Cookie", "SESSION=" + session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=hr&password=kaoping-demo&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        }
    }
}
