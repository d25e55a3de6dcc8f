// A small load client for Kaoping's sitting path, run as a single-file Java program:
//   java [-Dapp.pid=PID] [-Dsettle=SECONDS] bench/SittingLoad.java BASE_URL CANDIDATES SECONDS [WARMUP_SECONDS]
// It signs in as the demo HR user, invites CANDIDATES candidates to demo paper 1, then each
// candidate opens the link, starts, loads the sheet, autosaves its answer again and again for
// SECONDS seconds (each save a new sequence number on top of the last saved one, like a candidate
// typing) and submits. Prints throughput and latency percentiles of the autosaves.
// Traffic goes only to BASE_URL (this machine).
//
// What is measured: the autosaves of one window, nothing else. With WARMUP_SECONDS > 0 a complete
// round with its own candidates runs first (figures printed with "warm-up: "), so that the JIT of the
// app and of this client has compiled exactly this scenario. Then the measured round's candidates are
// invited and started, and the window opens once the app's JIT compiler threads have been idle for
// 2 s (-Dapp.pid: read from /proc) or after -Dsettle seconds (default 3). The client prints
// "settled after ..." as the window opens and "window closed after ..." once the last save in flight
// is answered; bench/run samples the CPU of the app and PostgreSQL at those two lines.
//
// Each candidate behaves like a browser tab: one keep-alive HTTP/1.1 connection, the cookies the
// server sets are sent back, same-origin fetch headers. The app, PostgreSQL and this client share
// two cores, so the autosaves are driven from one thread with non-blocking sockets: a thread per
// candidate cost ~60% of a core, and on a saturated machine a response sat until its thread got the
// CPU, which was counted as latency. A save is timed from the start of its write to the last byte of
// its response read. Setup and submit (not measured) use blocking sockets on a small pool. Requests are
// written by hand rather than with java.net.http.HttpClient: that client costs several hundred
// microseconds of CPU per request (pgbench, the ceiling, is a lean C client too).
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SittingLoad {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8099";
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        // setup and submit are blocking and not measured: a few threads keep the server busy enough
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            if (warmup > 0) {
                new Round(URI.create(base), candidates, warmup, "warm-up: ").run(pool, false);
            }
            new Round(URI.create(base), candidates, seconds, "").run(pool, true);
        }
        finally {
            pool.shutdownNow();
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    /** A candidate of one round: the link's token and its tab (cookies) for setup and submit. */
    record Candidate(String token, Tab tab) {
    }

    /** One round: fresh candidates, their setup, the window of autosaves on one thread, the submits. */
    static final class Round {

        private final URI base;
        private final int count;
        private final int seconds;
        private final String prefix;
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicInteger submitted = new AtomicInteger();
        private final AtomicInteger withCookies = new AtomicInteger();
        private final AtomicBoolean firstFailure = new AtomicBoolean();
        // refusals by HTTP status; only the selector thread writes it
        private final int[] refusals = new int[600];
        private long[] latencies = new long[1 << 18];
        private int saves;

        Round(URI base, int count, int seconds, String prefix) {
            this.base = base;
            this.count = count;
            this.seconds = seconds;
            this.prefix = prefix;
        }

        void run(ExecutorService pool, boolean settle) throws Exception {
            List<Candidate> ready = setUp(invite(base.toString(), count), pool);
            String settled = settle ? settle() : null;
            Window window = new Window(this, ready);
            if (settled != null) {
                System.out.println(settled);
            }
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long took = window.run(seconds);
            long clientCpu = os.getProcessCpuTime() - cpu0;
            System.out.printf("%swindow closed after %.2fs (saves in flight answered)%n", prefix, took / 1e9);
            submit(window.survivors(), pool);

            long[] all = Arrays.copyOf(latencies, saves);
            Arrays.sort(all);
            Map<Integer, Integer> refused = new TreeMap<>();
            for (int s = 0; s < refusals.length; s++) {
                if (refusals[s] > 0) {
                    refused.put(s, refusals[s]);
                }
            }
            double elapsed = took / 1e9;
            System.out.printf("%scandidates=%d seconds=%d autosaves=%d failures=%d submitted=%d with-cookies=%d%s%n",
                    prefix, count, seconds, all.length, failures.get(), submitted.get(), withCookies.get(),
                    refused.isEmpty() ? "" : " refused-by-status=" + refused);
            System.out.printf("%sautosaves/s=%.0f p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n", prefix,
                    all.length / elapsed, pct(all, 50), pct(all, 90), pct(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6);
            System.out.printf("%sload client cpu=%.0f%% of one core%n", prefix, 100.0 * clientCpu / took);
        }

        /** Opens the link, starts and loads the sheet, as a candidate does; a candidate that fails here sits out. */
        private List<Candidate> setUp(List<String> tokens, ExecutorService pool) throws Exception {
            List<Future<Candidate>> started = new ArrayList<>();
            for (String token : tokens) {
                started.add(pool.submit(() -> {
                    Tab tab = new Tab(base);
                    try {
                        tab.send("GET", "/s/" + token, null);
                        tab.send("POST", "/s/" + token + "/start", "");
                        tab.send("GET", "/s/" + token + "/sheet", null);
                        if (!tab.cookies.isEmpty()) {
                            withCookies.incrementAndGet();
                        }
                        return new Candidate(token, tab);
                    }
                    catch (Exception e) {
                        fail(e);
                        return null;
                    }
                    finally {
                        // the autosaves go on new connections, one per candidate
                        tab.close();
                    }
                }));
            }
            List<Candidate> ready = new ArrayList<>();
            for (Future<Candidate> f : started) {
                if (f.get() != null) {
                    ready.add(f.get());
                }
            }
            return ready;
        }

        private void submit(List<Candidate> candidates, ExecutorService pool) throws Exception {
            List<Future<?>> done = new ArrayList<>();
            for (Candidate c : candidates) {
                done.add(pool.submit(() -> {
                    try (Tab tab = c.tab()) {
                        Tab.Response s = tab.send("POST", "/s/" + c.token() + "/submit", "");
                        if (s.status() == 302 || s.status() == 303 || s.status() == 200) {
                            submitted.incrementAndGet();
                        }
                    }
                    catch (Exception e) {
                        fail(e);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }

        void fail(Exception e) {
            failures.incrementAndGet();
            if (firstFailure.compareAndSet(false, true)) {
                System.err.println(prefix + "first failure: " + e);
            }
        }

        void saved(long nanos) {
            if (saves == latencies.length) {
                latencies = Arrays.copyOf(latencies, saves * 2);
            }
            latencies[saves++] = nanos;
        }

        void refused(int status) {
            failures.incrementAndGet();
            refusals[Math.max(0, Math.min(status, refusals.length - 1))]++;
        }
    }

    // ---- before the window: wait until the app's JIT has compiled what the warm-up queued ----

    /**
     * Waits until the app's C1/C2 compiler threads have used no CPU for 2 s (at most 60 s), or
     * -Dsettle seconds without -Dapp.pid. A method the JIT is still compiling runs interpreted, and
     * the compiler threads take CPU from the server: either would show in the figures.
     */
    static String settle() throws InterruptedException {
        String pid = System.getProperty("app.pid", "").trim();
        long t0 = System.nanoTime();
        if (pid.isEmpty() || !Files.isDirectory(Path.of("/proc", pid, "task"))) {
            double seconds = Double.parseDouble(System.getProperty("settle", "3"));
            Thread.sleep((long) (seconds * 1000));
            return String.format("settled after %.1fs (%s)", (System.nanoTime() - t0) / 1e9,
                    pid.isEmpty() ? "-Dsettle, no -Dapp.pid" : "-Dsettle, no process " + pid);
        }
        Map<String, Long> last = compilerTicks(pid);
        long quietSince = t0;
        while (true) {
            Thread.sleep(250);
            Map<String, Long> now = compilerTicks(pid);
            // per thread: compiler threads come and go with the queue, and a gone one must not hide another's work
            boolean grew = false;
            for (Map.Entry<String, Long> t : now.entrySet()) {
                grew |= t.getValue() > last.getOrDefault(t.getKey(), 0L);
            }
            last = now;
            long at = System.nanoTime();
            if (grew) {
                quietSince = at;
            }
            else if (at - quietSince >= 2_000_000_000L) {
                return String.format("settled after %.1fs (app JIT idle 2s)", (at - t0) / 1e9);
            }
            if (at - t0 >= 60_000_000_000L) {
                return String.format("settled after %.1fs (gave up: app JIT still compiling)", (at - t0) / 1e9);
            }
        }
    }

    /** CPU ticks (user + system) of each JIT compiler thread of a process, by thread id. */
    static Map<String, Long> compilerTicks(String pid) {
        Map<String, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", pid, "task"))) {
            for (Path task : tasks) {
                try {
                    // the kernel keeps 15 characters of a thread's name: "C2 CompilerThread0" reads "C2 CompilerThre"
                    String name = Files.readString(task.resolve("comm")).trim();
                    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // field 2 is the name in parentheses and may hold spaces: count fields after the last ')'
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                    ticks.put(task.getFileName().toString(), Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3]));
                }
                catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        }
        catch (IOException e) {
            // the process is gone: nothing left to wait for
        }
        return ticks;
    }

    // ---- the measured window: every candidate's autosaves on one thread ----

    /**
     * The candidates' connections under one selector, each in a closed loop: the next save is
     * written as soon as the previous response has been read completely. Buffers are kept per
     * connection and the response is parsed as it arrives, so a save makes no garbage.
     */
    static final class Window {

        private final Round round;
        private final InetSocketAddress address;
        private final Selector selector;
        private final List<Conn> conns = new ArrayList<>();
        // one read buffer for all connections: a response is parsed as it arrives, nothing is kept
        private final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
        private final Consumer<SelectionKey> onReady = this::ready;
        private int inFlight;
        private long end;

        Window(Round round, List<Candidate> candidates) throws IOException {
            this.round = round;
            int port = round.base.getPort();
            this.address = new InetSocketAddress(round.base.getHost(), port);
            this.selector = Selector.open();
            String hostHeader = round.base.getHost() + ":" + port;
            for (Candidate c : candidates) {
                StringBuilder head = new StringBuilder(320).append("POST /s/").append(c.token())
                        .append("/answers HTTP/1.1\r\nHost: ").append(hostHeader)
                        .append("\r\nOrigin: ").append(round.base.getScheme()).append("://").append(hostHeader)
                        .append("\r\nContent-Type: application/json\r\nAccept: application/json\r\n");
                if (!c.tab().cookies.isEmpty()) {
                    head.append("Cookie: ");
                    boolean first = true;
                    for (Map.Entry<String, String> k : c.tab().cookies.entrySet()) {
                        head.append(first ? "" : "; ").append(k.getKey()).append('=').append(k.getValue());
                        first = false;
                    }
                    head.append("\r\n");
                }
                head.append("Content-Length: ");
                Conn conn = new Conn(c, head.toString().getBytes(StandardCharsets.UTF_8));
                // connected before the window opens, as the tab's connection was when the sheet loaded
                SocketChannel channel = SocketChannel.open(address);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                conn.channel = channel;
                conn.key = channel.register(selector, 0, conn);
                conns.add(conn);
            }
        }

        /** Runs the window for this many seconds, then until every save in flight is answered; returns its length. */
        long run(int seconds) throws IOException {
            long t0 = System.nanoTime();
            end = t0 + seconds * 1_000_000_000L;
            for (Conn c : conns) {
                next(c);
            }
            long checked = t0;
            while (inFlight > 0) {
                selector.select(onReady, 1000);
                long now = System.nanoTime();
                if (now - checked >= 1_000_000_000L) {
                    checked = now;
                    for (Conn c : conns) {
                        // as the blocking tabs' read timeout: a save unanswered for a minute is a failure
                        if (c.inFlight && now - c.started > 60_000_000_000L) {
                            c.retried = true;
                            lost(c, new SocketTimeoutException("no response in 60 s"));
                        }
                    }
                }
            }
            long took = System.nanoTime() - t0;
            for (Conn c : conns) {
                c.closeChannel();
            }
            selector.close();
            return took;
        }

        /** The candidates still sitting: one whose connection failed for good stops, as a tab would. */
        List<Candidate> survivors() {
            List<Candidate> alive = new ArrayList<>();
            for (Conn c : conns) {
                if (!c.dead) {
                    alive.add(c.candidate);
                }
            }
            return alive;
        }

        private void ready(SelectionKey key) {
            Conn c = (Conn) key.attachment();
            if (key != c.key || !key.isValid()) {
                return;
            }
            if (!c.inFlight) {
                // nothing asked: stop listening rather than be woken again and again
                c.interest(0);
                return;
            }
            try {
                if (key.isConnectable()) {
                    if (c.channel.finishConnect()) {
                        write(c);
                    }
                }
                else if (key.isWritable()) {
                    write(c);
                }
                else if (key.isReadable()) {
                    read(c);
                }
            }
            catch (IOException e) {
                lost(c, e);
            }
        }

        /** The next save of a connection, or none once the window is over. */
        private void next(Conn c) {
            if (System.nanoTime() >= end) {
                if (c.channel != null) {
                    c.interest(0);
                }
                return;
            }
            c.request();
            // after a "Connection: close" the new connection is part of the save's time, as in a browser
            c.started = System.nanoTime();
            c.retried = false;
            c.inFlight = true;
            inFlight++;
            try {
                if (c.channel == null) {
                    connect(c);
                }
                else {
                    write(c);
                }
            }
            catch (IOException e) {
                lost(c, e);
            }
        }

        private void connect(Conn c) throws IOException {
            SocketChannel channel = SocketChannel.open();
            c.channel = channel;
            c.reused = false;
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean connected = channel.connect(address);
            c.key = channel.register(selector, 0, c);
            c.ops = 0;
            if (connected) {
                write(c);
            }
            else {
                c.interest(SelectionKey.OP_CONNECT);
            }
        }

        /** Writes what is left of the request; waits for the socket to take more only when it took part. */
        private void write(Conn c) throws IOException {
            c.channel.write(c.out);
            c.interest(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        private void read(Conn c) throws IOException {
            in.clear();
            int n = c.channel.read(in);
            if (n < 0) {
                if (c.state != Conn.UNTIL_CLOSE) {
                    throw new EOFException(c.received ? "connection closed mid-response" : "connection closed");
                }
                c.state = Conn.DONE;
                c.close = true;
                done(c);
                return;
            }
            if (n == 0) {
                return;
            }
            c.received = true;
            int used = c.parse(in, 0, n);
            if (c.state == Conn.DONE) {
                if (used < n) {
                    // bytes after the response, which nothing asked for: the connection is out of step
                    c.close = true;
                }
                done(c);
            }
        }

        private void done(Conn c) {
            long took = System.nanoTime() - c.started;
            c.inFlight = false;
            inFlight--;
            if (c.status == 200 && c.saved) {
                round.saved(took);
                c.savedSeq = c.seq;
            }
            else {
                round.refused(c.status);
            }
            if (c.close) {
                c.closeChannel();
            }
            else {
                c.reused = true;
            }
            next(c);
        }

        /**
         * The connection failed under a save. A kept-alive connection the server closed before
         * answering gets a new one and the same save once, as a browser does; otherwise the
         * candidate stops.
         */
        private void lost(Conn c, IOException e) {
            boolean again = c.reused && !c.received && !c.retried;
            c.closeChannel();
            if (again) {
                c.retried = true;
                c.reset();
                c.out.rewind();
                try {
                    connect(c);
                    return;
                }
                catch (IOException e2) {
                    c.closeChannel();
                    e = e2;
                }
            }
            c.inFlight = false;
            inFlight--;
            c.dead = true;
            round.fail(e);
        }
    }

    /** One candidate's connection in the window: its request bytes and the state of the response being read. */
    static final class Conn {

        static final int STATUS = 0, HEADER = 1, BODY = 2, CHUNK_SIZE = 3, CHUNK_DATA = 4, CHUNK_END = 5,
                TRAILER = 6, UNTIL_CLOSE = 7, DONE = 8;
        // the JSON body around its numbers, as the sheet's script sends it
        private static final byte[] BODY_1 = bytes("{\"position\":0,\"writer\":\"bench-page-1\",\"seq\":");
        private static final byte[] BODY_2 = bytes(",\"baseSeq\":");
        private static final byte[] BODY_3 = bytes(",\"text\":\"客户来电投诉，我先致歉……第 ");
        private static final byte[] BODY_4 = bytes(" 稿\",\"flagged\":false}");
        private static final byte[] END_OF_HEAD = bytes("\r\n\r\n");
        private static final byte[] CONTENT_LENGTH = bytes("content-length");
        private static final byte[] TRANSFER_ENCODING = bytes("transfer-encoding");
        private static final byte[] CONNECTION = bytes("connection");
        private static final byte[] CHUNKED = bytes("chunked");
        private static final byte[] CLOSE = bytes("close");
        // "SAVED" with its quotes, 7 bytes: matched against the last 7 body bytes packed in a long
        private static final long SAVED_BYTES = pack(bytes("\"SAVED\""));
        private static final long SEVEN_BYTES = (1L << 56) - 1;

        final Candidate candidate;
        private final byte[] head;
        final ByteBuffer out;
        private final byte[] line = new byte[256];
        SocketChannel channel;
        SelectionKey key;
        int ops;
        boolean inFlight;
        boolean dead;
        // this connection has carried a whole exchange: the server may have closed it since
        boolean reused;
        boolean retried;
        long seq;
        long savedSeq;
        long started;
        // the response being read
        int state;
        int status;
        boolean received;
        boolean saved;
        boolean chunked;
        boolean close;
        private int lineLength;
        private long length;
        private long remaining;
        private long tail;

        Conn(Candidate candidate, byte[] head) {
            this.candidate = candidate;
            this.head = head;
            this.out = ByteBuffer.allocateDirect(head.length + 512);
        }

        /** Writes the next save (a new seq on top of the last saved one) into the buffer, and resets the response. */
        void request() {
            seq++;
            int body = BODY_1.length + digits(seq) + BODY_2.length + digits(savedSeq) + BODY_3.length + digits(seq)
                    + BODY_4.length;
            out.clear();
            out.put(head);
            putLong(out, body);
            out.put(END_OF_HEAD).put(BODY_1);
            putLong(out, seq);
            out.put(BODY_2);
            putLong(out, savedSeq);
            out.put(BODY_3);
            putLong(out, seq);
            out.put(BODY_4).flip();
            reset();
        }

        void reset() {
            state = STATUS;
            status = 0;
            received = false;
            saved = false;
            chunked = false;
            close = false;
            lineLength = 0;
            length = -1;
            tail = 0;
        }

        void interest(int wanted) {
            if (ops != wanted) {
                key.interestOps(wanted);
                ops = wanted;
            }
        }

        void closeChannel() {
            if (channel != null) {
                try {
                    channel.close();
                }
                catch (IOException ignored) {
                    // closing anyway
                }
            }
            channel = null;
            key = null;
            reused = false;
        }

        /** Reads bytes [i, end) of the response; returns where it stopped: at end, or where the response ended. */
        int parse(ByteBuffer in, int i, int end) throws IOException {
            while (i < end && state != DONE) {
                if (state == BODY || state == CHUNK_DATA) {
                    int n = (int) Math.min(remaining, end - i);
                    scan(in, i, i + n);
                    i += n;
                    remaining -= n;
                    if (remaining == 0) {
                        state = state == BODY ? DONE : CHUNK_END;
                    }
                }
                else if (state == UNTIL_CLOSE) {
                    scan(in, i, end);
                    i = end;
                }
                else {
                    byte b = in.get(i++);
                    if (b != '\n') {
                        // only short lines matter (status, lengths, chunk sizes): a long one is cut, not kept
                        if (lineLength < line.length) {
                            line[lineLength++] = b;
                        }
                        continue;
                    }
                    int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
                    lineLength = 0;
                    line(n);
                }
            }
            return i;
        }

        private void line(int n) throws IOException {
            switch (state) {
                case STATUS -> {
                    if (n < 12 || line[0] != 'H' || line[8] != ' ' || !digit(line[9]) || !digit(line[10])
                            || !digit(line[11])) {
                        throw new IOException("not an HTTP status line");
                    }
                    status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
                    state = HEADER;
                }
                case HEADER -> {
                    if (n > 0) {
                        header(n);
                    }
                    else if (status >= 100 && status < 200) {
                        // an interim response: the real one follows
                        reset();
                        received = true;
                    }
                    else if (status == 204 || status == 304) {
                        state = DONE;
                    }
                    else if (chunked) {
                        state = CHUNK_SIZE;
                    }
                    else if (length >= 0) {
                        remaining = length;
                        state = length == 0 ? DONE : BODY;
                    }
                    else {
                        state = UNTIL_CLOSE;
                    }
                }
                case CHUNK_SIZE -> {
                    long size = 0;
                    int digitsRead = 0;
                    for (int i = 0; i < n && line[i] != ';'; i++) {
                        int d = Character.digit(line[i], 16);
                        if (d >= 0) {
                            size = size * 16 + d;
                            digitsRead++;
                        }
                        else if (line[i] != ' ' && line[i] != '\t') {
                            throw new IOException("bad chunk size");
                        }
                    }
                    if (digitsRead == 0) {
                        throw new IOException("bad chunk size");
                    }
                    remaining = size;
                    state = size == 0 ? TRAILER : CHUNK_DATA;
                }
                case CHUNK_END -> state = CHUNK_SIZE;
                case TRAILER -> {
                    if (n == 0) {
                        state = DONE;
                    }
                }
                default -> throw new IllegalStateException("no line expected in state " + state);
            }
        }

        private void header(int n) throws IOException {
            int colon = 0;
            while (colon < n && line[colon] != ':') {
                colon++;
            }
            int from = colon + 1;
            while (from < n && (line[from] == ' ' || line[from] == '\t')) {
                from++;
            }
            int nameEnd = colon;
            while (nameEnd > 0 && (line[nameEnd - 1] == ' ' || line[nameEnd - 1] == '\t')) {
                nameEnd--;
            }
            if (colon == n) {
                return;
            }
            if (same(line, 0, nameEnd, CONTENT_LENGTH)) {
                long v = 0;
                int i = from;
                for (; i < n && line[i] >= '0' && line[i] <= '9'; i++) {
                    v = v * 10 + (line[i] - '0');
                }
                if (i == from) {
                    throw new IOException("bad Content-Length");
                }
                length = v;
            }
            else if (same(line, 0, nameEnd, TRANSFER_ENCODING)) {
                chunked = contains(line, from, n, CHUNKED);
            }
            else if (same(line, 0, nameEnd, CONNECTION)) {
                close = contains(line, from, n, CLOSE);
            }
        }

        private void scan(ByteBuffer in, int from, int to) {
            for (int i = from; i < to; i++) {
                tail = tail << 8 | (in.get(i) & 0xff);
                if ((tail & SEVEN_BYTES) == SAVED_BYTES) {
                    saved = true;
                }
            }
        }

        private static boolean same(byte[] a, int from, int to, byte[] lower) {
            if (to - from != lower.length) {
                return false;
            }
            for (int i = 0; i < lower.length; i++) {
                if (lower(a[from + i]) != lower[i]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean contains(byte[] a, int from, int to, byte[] lower) {
            for (int i = from; i + lower.length <= to; i++) {
                if (same(a, i, i + lower.length, lower)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean digit(byte b) {
            return b >= '0' && b <= '9';
        }

        private static byte lower(byte b) {
            return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
        }

        private static int digits(long v) {
            int n = 1;
            while (v >= 10) {
                v /= 10;
                n++;
            }
            return n;
        }

        private static void putLong(ByteBuffer b, long v) {
            int n = digits(v);
            int at = b.position();
            for (int i = at + n - 1; i >= at; i--) {
                b.put(i, (byte) ('0' + v % 10));
                v /= 10;
            }
            b.position(at + n);
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        private static long pack(byte[] b) {
            long v = 0;
            for (byte x : b) {
                v = v << 8 | (x & 0xff);
            }
            return v;
        }
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
