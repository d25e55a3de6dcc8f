package com.kaoping.browser;

import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app on a random port and one headless Chromium (Chinese UI) per test class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start(port, "zh-CN,zh");
    }

    /** Every page the test opened kept to the Content-Security-Policy: the browser refused nothing. */
    @AfterEach
    void nothingRefusedByTheContentSecurityPolicy() {
        if (browser != null) {
            org.assertj.core.api.Assertions.assertThat(browser.cspViolations()).isEmpty();
        }
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }
}
