// A small load client for Kaoping's sitting path, run as a single-file Java program:
//   java bench/SittingLoad.java BASE_URL CANDIDATES SECONDS
// It signs in as the demo HR user, invites CANDIDATES candidates to demo paper 1, then each
// candidate opens the link, starts, loads the sheet, autosaves its answer again and again for
// SECONDS seconds (each save a new sequence number on top of the last saved one, like a candidate
// typing) and submits. Prints throughput and latency percentiles of the autosaves.
// Traffic goes only to BASE_URL (this machine).
//
// Each candidate behaves like a browser tab: one keep-alive HTTP/1.1 connection, the cookies the
// server sets are sent back, same-origin fetch headers. The candidates' requests are written with
// plain sockets rather than java.net.http.HttpClient: that client costs several hundred
// microseconds of CPU per request, which on a two-core machine was taken from the server being
// measured (pgbench, the ceiling, is a lean C client too).
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SittingLoad {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8099";
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        URI baseUri = URI.create(base);
        List<String> tokens = invite(base, candidates);
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger withCookies = new AtomicInteger();
        AtomicLong firstFailure = new AtomicLong();
        Map<Integer, AtomicInteger> refusals = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(tokens.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (String token : tokens) {
            Thread t = new Thread(() -> {
                long[] mine = new long[400_000];
                int n = 0;
                boolean counted = false;
                try (Tab tab = new Tab(baseUri)) {
                    try {
                        tab.send("GET", "/s/" + token, null);
                        tab.send("POST", "/s/" + token + "/start", "");
                        tab.send("GET", "/s/" + token + "/sheet", null);
                        if (!tab.cookies.isEmpty()) {
                            withCookies.incrementAndGet();
                        }
                    }
                    finally {
                        ready.countDown();
                        counted = true;
                    }
                    go.await();
                    long end = System.nanoTime() + seconds * 1_000_000_000L;
                    long savedSeq = 0;
                    for (long seq = 1; System.nanoTime() < end && n < mine.length; seq++) {
                        String body = "{\"position\":0,\"seq\":" + seq + ",\"baseSeq\":" + savedSeq
                                + ",\"text\":\"客户来电投诉，我先致歉……第 " + seq
                                + " 稿\",\"flagged\":false}";
                        long start = System.nanoTime();
                        Tab.Response r = tab.send("POST", "/s/" + token + "/answers", body);
                        long took = System.nanoTime() - start;
                        if (r.status() == 200 && r.body().contains("\"SAVED\"")) {
                            mine[n++] = took;
                            savedSeq = seq;
                        }
                        else {
                            failures.incrementAndGet();
                            refusals.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    Tab.Response s = tab.send("POST", "/s/" + token + "/submit", "");
                    if (s.status() == 302 || s.status() == 303 || s.status() == 200) {
                        submitted.incrementAndGet();
                    }
                }
                catch (Exception e) {
                    failures.incrementAndGet();
                    if (firstFailure.compareAndSet(0, 1)) {
                        System.err.println("first failure: " + e);
                    }
                    if (!counted) {
                        ready.countDown();
                    }
                }
                long[] copy = new long[n];
                System.arraycopy(mine, 0, copy, 0, n);
                latencies.add(copy);
            });
            threads.add(t);
            t.start();
        }
        ready.await();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        window[0] = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        window[1] = System.nanoTime();
        long clientCpu = os.getProcessCpuTime() - cpu0;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        double elapsed = (window[1] - window[0]) / 1e9;
        System.out.printf("candidates=%d seconds=%d autosaves=%d failures=%d submitted=%d with-cookies=%d%s%n",
                candidates, seconds, all.length, failures.get(), submitted.get(), withCookies.get(),
                refusals.isEmpty() ? "" : " refused-by-status=" + refusals);
        System.out.printf("autosaves/s=%.0f p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n", all.length / elapsed,
                pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf("load client cpu=%.0f%% of one core%n", 100.0 * clientCpu / (window[1] - window[0]));
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    /** One browser tab: a keep-alive connection and a cookie jar; JSON bodies, as the sheet's fetch sends them. */
    static final class Tab implements AutoCloseable {

        record Response(int status, String body) {
        }

        private final URI base;
        private final String hostHeader;
        private final String origin;
        final Map<String, String> cookies = new LinkedHashMap<>();
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Tab(URI base) {
            this.base = base;
            this.hostHeader = base.getHost() + ":" + base.getPort();
            this.origin = base.getScheme() + "://" + hostHeader;
        }

        Response send(String method, String path, String body) throws IOException {
            for (int attempt = 0; ; attempt++) {
                boolean fresh = socket == null;
                if (fresh) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
                    socket.setSoTimeout(60_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    out = socket.getOutputStream();
                }
                try {
                    return exchange(method, path, body);
                }
                catch (IOException e) {
                    // a kept-alive connection the server closed meanwhile: open a new one once, as a browser does
                    close();
                    if (fresh || attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private Response exchange(String method, String path, String body) throws IOException {
            byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader).append("\r\n");
            if (content != null) {
                boolean json = body.startsWith("{");
                head.append("Origin: ").append(origin).append("\r\n")
                        .append("Content-Type: ").append(json ? "application/json" : "application/x-www-form-urlencoded")
                        .append("\r\n").append("Content-Length: ").append(content.length).append("\r\n");
                if (json) {
                    head.append("Accept: application/json\r\n");
                }
            }
            if (!cookies.isEmpty()) {
                head.append("Cookie: ");
                boolean first = true;
                for (Map.Entry<String, String> c : cookies.entrySet()) {
                    head.append(first ? "" : "; ").append(c.getKey()).append('=').append(c.getValue());
                    first = false;
                }
                head.append("\r\n");
            }
            head.append("\r\n");
            ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() * 3 + (content == null ? 0 : content.length));
            request.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (content != null) {
                request.write(content);
            }
            out.write(request.toByteArray());
            out.flush();

            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    case "set-cookie" -> {
                        String pair = value.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                        }
                    }
                    default -> { }
                }
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    copy(size, received);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers: none expected
                }
            }
            else if (length > 0) {
                copy(length, received);
            }
            if (close) {
                close();
            }
            return new Response(code, received.toString(StandardCharsets.UTF_8));
        }

        private void copy(long count, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            while (count > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, count));
                if (read < 0) {
                    throw new IOException("connection closed mid-body");
                }
                to.write(buffer, 0, read);
                count -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    int end = sb.length();
                    return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
                }
                sb.append((char) b);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                }
                catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
        }
    }

    // ---- setup through the HR pages, as a person would (not measured) ----

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Invites through the HR pages and reads the links back from the list. */
    static List<String> invite(String base, int count) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        String login = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body();
        send(http, form(base + "/login", "username=hr&password=kaoping-demo&_csrf=" + csrf(login)));
        String page = send(http, HttpRequest.newBuilder(URI.create(base + "/papers/1/invitations")).GET().build()).body();
        StringBuilder names = new StringBuilder();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            names.append("压测考生 ").append(run).append('-').append(i).append('\n');
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        send(http, form(base + "/papers/1/invitations", "candidates=" + enc(names.toString())
                + "&opensAt=" + enc(now.minusMinutes(5).withSecond(0).withNano(0).toString())
                + "&closesAt=" + enc(now.plusDays(1).withSecond(0).withNano(0).toString())
                + "&extraMinutes=0&_csrf=" + csrf(page)));
        String list = send(http, HttpRequest.newBuilder(URI.create(base + "/papers/1/invitations")).GET().build()).body();
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("压测考生 " + run + "-\\d+</span>[\\s\\S]*?/s/([A-Za-z0-9_-]{43})").matcher(list);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        if (tokens.size() != count) {
            throw new IllegalStateException("expected " + count + " invitations, found " + tokens.size());
        }
        return tokens;
    }

    static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
