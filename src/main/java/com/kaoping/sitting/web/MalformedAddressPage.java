package com.kaoping.sitting.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A friendly page instead of Tomcat's bare "HTTP Status 400" for an address Tomcat cannot parse
 * at all (a link cut off inside a {@code %xx} escape, {@code /s/%}, an encoded slash or NUL).
 * Such requests never reach the application, so the page is a fixed bilingual file written by
 * the host's error report valve. Candidates are the ones who get mangled links (copied from mail
 * or chat); the page tells them to copy the whole link again. Addresses Tomcat can parse but the
 * application refuses ({@code /s/..;}) already get the application's own 400 page.
 */
@Component
class MalformedAddressPage implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String PAGE = "templates/sitting/malformed-address.html";

    private final byte[] page;

    MalformedAddressPage() {
        try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
            this.page = in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            // replace Boot's plain valve (no report, no server info) rather than stack a second one
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new Valve400(page));
            if (context.getParent() instanceof StandardHost host) {
                // or the host, starting, adds a default valve (with the full report) next to this one
                host.setErrorReportValveClass(Valve400.class.getName());
            }
        });
    }

    /** After Boot's own customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final class Valve400 extends ErrorReportValve {

        private final byte[] page;

        Valve400(byte[] page) {
            this.page = page;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() != 400 || throwable != null) {
                super.report(request, response, throwable);
                return;
            }
            // the same conditions as the plain report: nothing written yet, and reported only once
            if (response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.setContentLength(page.length);
                OutputStream out = response.getOutputStream();
                out.write(page);
                response.finishResponse();
            }
            catch (IOException | IllegalStateException e) {
                // the client went away or the response was already taken: nothing more to say
            }
        }
    }
}
