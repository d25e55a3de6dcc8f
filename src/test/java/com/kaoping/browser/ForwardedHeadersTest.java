package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.shared.SecurityHeaders;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind the TLS proxy: the app on a real port (Tomcat reads the forwarded headers, MockMvc
 * would not), a request that says it came over https gets https redirects, Secure cookies and
 * HSTS; every page carries the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void behindTheTlsProxyRedirectsStayHttpsAndCookiesAreSecure() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        HttpResponse<String> redirect = send(get("/questions", true));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));

        HttpResponse<String> form = send(get("/login", true));
        assertThat(form.headers().firstValue("Strict-Transport-Security")).isPresent();
        String session = cookie(form, "SESSION");
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure"));
        String csrf = field(form.body(), "_csrf");
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("X-Forwarded-Proto", "https").header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(hr.username()) + "&password="
                        + enc(TestUsers.PASSWORD) + "&_csrf=" + enc(csrf))).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("Secure"))
                .anySatisfy(c -> assertThat(c).startsWith("kaoping-device="));

        // over plain http (no proxy in front) nothing claims https
        HttpResponse<String> plain = send(get("/login", false));
        assertThat(plain.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/s/no-such-token", "/questions")) {
            HttpResponse<String> page = send(get(path, false));
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).contains(SecurityHeaders.PERMISSIONS_POLICY);
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(send(get("/login", false)).headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(send(get("/s/no-such-token", false)).headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    private HttpRequest get(String path, boolean viaTlsProxy) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (viaTlsProxy) {
            b.header("X-Forwarded-Proto", "https");
        }
        return b.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"" + name + "\"").matcher(html);
            m.find();
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
