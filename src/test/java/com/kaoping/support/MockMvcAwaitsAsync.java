package com.kaoping.support;

import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * MockMvc hands back a response as soon as the filter chain returns; an autosave answers later,
 * from another thread, once its batch is committed (servlet async). Every request made through
 * MockMvc waits here for that answer, so a test reads the finished response, as a browser would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcAwaitsAsync {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Bean
    MockMvcBuilderCustomizer awaitAsyncReplies() {
        return builder -> builder.alwaysDo(result -> {
            MockHttpServletRequest request = result.getRequest();
            long end = System.nanoTime() + LIMIT.toNanos();
            // the async context's complete() clears the flag after the reply is written
            while (request.isAsyncStarted()) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("no reply within " + LIMIT + " for " + request.getRequestURI());
                }
                Thread.sleep(1);
            }
        });
    }
}
