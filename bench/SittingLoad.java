// A small load client for Kaoping's sitting path, run as a single-file Java program:
//   java bench/SittingLoad.java BASE_URL CANDIDATES SECONDS
// It signs in as the demo HR user, invites CANDIDATES candidates to demo paper 1, then each
// candidate opens the link, starts, autosaves its answer again and again for SECONDS seconds
// (each save a new sequence number, like a candidate typing) and submits. Prints throughput
// and latency percentiles of the autosaves. Traffic goes only to BASE_URL (this machine).
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SittingLoad {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8099";
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<String> tokens = invite(base, candidates);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger submitted = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(tokens.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (String token : tokens) {
            Thread t = new Thread(() -> {
                long[] mine = new long[200_000];
                int n = 0;
                try {
                    send(http, HttpRequest.newBuilder(URI.create(base + "/s/" + token)).GET().build());
                    send(http, HttpRequest.newBuilder(URI.create(base + "/s/" + token + "/start"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build());
                    ready.countDown();
                    go.await();
                    long end = System.nanoTime() + seconds * 1_000_000_000L;
                    long savedSeq = 0;
                    for (long seq = 1; System.nanoTime() < end && n < mine.length; seq++) {
                        String body = "{\"position\":0,\"seq\":" + seq + ",\"baseSeq\":" + savedSeq
                                + ",\"text\":\"客户来电投诉，我先致歉……第 " + seq
                                + " 稿\",\"flagged\":false}";
                        long start = System.nanoTime();
                        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/s/" + token + "/answers"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                        long took = System.nanoTime() - start;
                        if (r.statusCode() == 200) {
                            mine[n++] = took;
                            savedSeq = seq;
                        }
                        else {
                            failures.incrementAndGet();
                        }
                    }
                    HttpResponse<String> s = send(http, HttpRequest.newBuilder(URI.create(base + "/s/" + token + "/submit"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build());
                    if (s.statusCode() == 302 || s.statusCode() == 200) {
                        submitted.incrementAndGet();
                    }
                }
                catch (Exception e) {
                    failures.incrementAndGet();
                    ready.countDown();
                }
                long[] copy = new long[n];
                System.arraycopy(mine, 0, copy, 0, n);
                latencies.add(copy);
            });
            threads.add(t);
            t.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        window[1] = System.nanoTime();
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        double elapsed = (window[1] - window[0]) / 1e9;
        System.out.printf("candidates=%d seconds=%d autosaves=%d failures=%d submitted=%d%n", candidates, seconds,
                all.length, failures.get(), submitted.get());
        System.out.printf("autosaves/s=%.0f p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n", all.length / elapsed,
                pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Invites through the HR pages, as a person would, and reads the links back from the list. */
    static List<String> invite(String base, int count) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
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
