package com.kaoping.sitting.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.kaoping.shared.Texts;
import com.kaoping.sitting.AnswerSave;
import com.kaoping.sitting.SittingService;
import com.kaoping.sitting.SittingViews.SaveResult;
import com.kaoping.sitting.SittingViews.SaveStatus;
import com.kaoping.sitting.SittingViews.StoredAnswer;
import com.kaoping.sitting.internal.CandidateRateLimits;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The autosave ({@code POST /s/{token}/answers}), the one request a sitting sends again and again
 * (every pause in typing, every click), answered ahead of the session, security and MVC layers.
 * <p>
 * Those layers cost several times what the save itself costs, and the save needs none of them:
 * it is stateless (the token in the address is the only credential, no session is read or
 * written, nothing is kept between requests; see {@link CandidateSecurity} for why no CSRF token
 * is needed) and it is one SQL statement that checks the token, the revocation, the deadline
 * plus grace and the base version, and writes the answer ({@link SittingService#save}). The
 * reply goes out only after that statement committed.
 * <p>
 * What the filter still does itself: only {@code application/json} bodies (a cross-site form cannot
 * send one without a preflight that is never granted), a body cap before parsing, no caching,
 * {@code nosniff}. Anything that is not exactly this request (another method, a path with
 * parameters or odd characters) goes on to the ordinary chain.
 */
@Component
class AutosaveEndpoint extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(AutosaveEndpoint.class);
    private static final String PREFIX = "/s/";
    private static final String SUFFIX = "/answers";

    private static final Reply NOT_SAVED = new Reply("ERROR", 0, null, 0, null, null, null);

    private final SittingService sittings;
    private final CandidateRateLimits limits;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    /** Longer than a pool connection may be waited for (30 s): a save is answered by then, saved or not. */
    private final long replyTimeoutMillis;

    AutosaveEndpoint(SittingService sittings, CandidateRateLimits limits, MessageSource messages,
                     LocaleResolver localeResolver, JsonMapper json,
                     @Value("${kaoping.sitting.reply-timeout:45s}") Duration replyTimeout) {
        this.limits = limits;
        this.replyTimeoutMillis = replyTimeout.toMillis();
        this.sittings = sittings;
        this.messages = messages;
        this.locales = localeResolver;
        this.reader = json.readerFor(AnswerInput.class);
        this.writer = json.writerFor(Reply.class);
    }

    /** Before the session filter, so a save never loads or touches a session. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || token(request) == null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!limits.saveAllowed(token)) {
            // far more than a person sends: not saved, and the page tries again a little later
            response.setHeader("Retry-After", "1");
            reply(response, HttpStatus.TOO_MANY_REQUESTS, NOT_SAVED);
            return;
        }
        if (!isJson(request.getContentType())) {
            reply(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Reply(SaveStatus.INVALID.name(), 0, null, 0, null, null, null));
            return;
        }
        byte[] body = read(request);
        if (body == null) {
            reply(response, HttpStatus.PAYLOAD_TOO_LARGE, new Reply(SaveStatus.TOO_LONG.name(), 0, null, 0,
                    message(SaveStatus.TOO_LONG, request), null, null));
            return;
        }
        AnswerInput input = parse(body);
        if (input == null || input.position() == null || input.seq() == null) {
            reply(response, HttpStatus.BAD_REQUEST, new Reply(SaveStatus.INVALID.name(), 0, null, 0,
                    message(SaveStatus.INVALID, request), null, null));
            return;
        }
        // the request thread does not wait for the batch: with a thread per waiting save the
        // number of request threads, not the database, capped how many saves one batch could take
        AsyncContext async = request.startAsync();
        async.setTimeout(replyTimeoutMillis);
        // exactly one reply: the batch's or the timeout's, each written and completed as one step
        // (a timeout that finds the batch's reply being written waits for it, so the request is
        // complete when the container looks again)
        AtomicBoolean answered = new AtomicBoolean();
        Object replying = new Object();
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                synchronized (replying) {
                    if (answered.compareAndSet(false, true)) {
                        log.warn("Autosave not answered within {} ms", replyTimeoutMillis);
                        finish(async, response, () -> notSaved(response));
                    }
                }
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
                answered.set(true);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        // what follows the batch (working out a refusal, writing the reply) runs on a container
        // thread, never on the thread that writes the batches
        sittings.saveLater(token, new AnswerSave(input.position(), input.writer(), input.seq(), baseSeq(input),
                                input.choices(), input.trueFalse(), Texts.clean(input.text()),
                                Boolean.TRUE.equals(input.flagged())), task -> {
                            if (!answered.get()) {
                                async.start(task);
                            }
                        })
                .whenComplete((result, error) -> {
                    synchronized (replying) {
                        if (!answered.compareAndSet(false, true)) {
                            return;
                        }
                        finish(async, response, () -> {
                            if (error == null) {
                                answer(request, response, result);
                            }
                            else {
                                log.warn("Autosave failed: {}", error.toString());
                                notSaved(response);
                            }
                        });
                    }
                });
    }

    private interface ReplyWriter {
        void write() throws IOException;
    }

    /**
     * Writes the reply and completes the request, whatever happens: a reply that fails half-way
     * becomes "not saved" if nothing was sent yet (never an empty 200, which the page could not read).
     */
    private void finish(AsyncContext async, HttpServletResponse response, ReplyWriter replyWriter) {
        try {
            replyWriter.write();
        }
        catch (IOException e) {
            // the connection is gone: nobody is left to tell
            log.debug("Autosave reply not written: {}", e.toString());
        }
        catch (RuntimeException e) {
            log.warn("Autosave reply failed", e);
            if (!response.isCommitted()) {
                try {
                    response.resetBuffer();
                    notSaved(response);
                }
                catch (IOException | RuntimeException ignored) {
                    // nothing more can be said on this connection
                }
            }
        }
        finally {
            async.complete();
        }
    }

    private AnswerInput parse(byte[] body) {
        try {
            return reader.readValue(body);
        }
        catch (JacksonException e) {
            return null;
        }
    }

    private static long baseSeq(AnswerInput input) {
        return input.baseSeq() == null ? 0 : input.baseSeq();
    }

    /** Answers with the save's result: saved, or why not (with the stored version when it was made on another). */
    private void answer(HttpServletRequest request, HttpServletResponse response, SaveResult result) throws IOException {
        HttpStatus status = switch (result.status()) {
            case SAVED -> HttpStatus.OK;
            case STALE -> HttpStatus.CONFLICT;
            case CLOSED -> HttpStatus.GONE;
            case TOO_LONG, INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_SAVED -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        if (result.status() == SaveStatus.NOT_SAVED) {
            notSaved(response);
            return;
        }
        StoredAnswer stored = result.stored();
        reply(response, status, new Reply(result.status().name(), result.seq(),
                result.savedAt() == null ? null : result.savedAt().toEpochMilli(), result.remainingMillis(),
                // the hot path (a save that landed) needs no text; refusals explain themselves
                result.status() == SaveStatus.SAVED ? null : message(result.status(), request),
                stored == null ? null : stored.mine(),
                stored == null || stored.mine() ? null
                        : new StoredContent(stored.choices(), stored.trueFalse(), stored.text(), stored.flagged())));
    }

    /** The token of {@code /s/{token}/answers}, or null for any other address. */
    static String token(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        int start = context.length() + PREFIX.length();
        if (!uri.startsWith(PREFIX, context.length()) || !uri.endsWith(SUFFIX)) {
            return null;
        }
        int end = uri.length() - SUFFIX.length();
        if (end <= start || end - start > 64) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = uri.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return null;
            }
        }
        return uri.substring(start, end);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        }
        catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    /** The body, or null when it is over the cap (the longest answer is well under it as JSON). */
    private static byte[] read(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (length > AnswerSizeLimit.MAX_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            if (length >= 0) {
                // the usual case: a body of a stated length, read into an array of exactly that size
                // (the container stops at the stated length; a short body is a malformed one)
                byte[] body = in.readNBytes((int) length);
                return body.length == length ? body : new byte[0];
            }
            // no length (chunked): one byte more than allowed tells a body that is too long
            byte[] body = in.readNBytes((int) AnswerSizeLimit.MAX_BYTES + 1);
            return body.length > AnswerSizeLimit.MAX_BYTES ? null : body;
        }
    }

    private String message(SaveStatus status, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        return messages.getMessage("sitting.save." + status.name(), new Object[] {SittingService.ANSWER_MAX}, locale);
    }

    /** Not known to be saved (the database failed or took too long): the page keeps the answer and sends it again. */
    private void notSaved(HttpServletResponse response) throws IOException {
        reply(response, HttpStatus.SERVICE_UNAVAILABLE, NOT_SAVED);
    }

    private void reply(HttpServletResponse response, HttpStatus status, Reply reply) throws IOException {
        byte[] json = writer.writeValueAsBytes(reply);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /** What the page sends; see {@link AnswerSave} for each field. */
    record AnswerInput(Integer position, String writer, Long seq, Long baseSeq, List<Integer> choices,
                       Boolean trueFalse, String text, Boolean flagged) {
    }

    /**
     * What the page reads back: the status, the stored seq, when it was saved and the time left;
     * for a save not made on the stored version, whether that version is the page's own (its
     * reply was lost: carry on from it) and, when it is another tab's, its content.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reply(String status, long seq, Long savedAt, long remainingMillis, String message, Boolean mine,
                 StoredContent answer) {
    }

    /** Another tab's or device's stored answer; choices as this page shows them. */
    record StoredContent(List<Integer> choices, Boolean trueFalse, String text, boolean flagged) {
    }
}
