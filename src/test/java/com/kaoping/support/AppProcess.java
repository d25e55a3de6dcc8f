package com.kaoping.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Kaoping in its own JVM (what a crash, a restart or a first start does cannot be tried inside
 * the test's own application): on the run's test database or on a fresh one of its own.
 */
public final class AppProcess implements AutoCloseable {

    public final int port;
    private final Process process;
    private final String ownDatabase;

    private AppProcess(int port, Process process, String ownDatabase) {
        this.port = port;
        this.process = process;
        this.ownDatabase = ownDatabase;
    }

    /** On the run's test database (without demo content), with these extra arguments. */
    public static AppProcess onTestDatabase(String... more) throws IOException {
        TestDatabase db = TestDatabase.get();
        return start(db.url(), null, more);
    }

    /** On a new empty database of its own (dropped on close), with these extra arguments. */
    public static AppProcess onEmptyDatabase(String... more) throws Exception {
        String name = "kaoping_process_" + System.nanoTime();
        try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        }
        return start(TestDatabase.replaceDatabase(TestDatabase.get().url(), name), name, more);
    }

    private static AppProcess start(String url, String ownDatabase, String... more) throws IOException {
        TestDatabase db = TestDatabase.get();
        int port = freePort();
        Path log = Files.createTempFile("kaoping-process", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "com.kaoping.KaopingApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--kaoping.test.own-database=true"));
        // defaults a caller may change (the same option twice would become a list)
        for (String option : List.of("--kaoping.demo.enabled=false", "--kaoping.sitting.deadline-check=1h")) {
            String name = option.substring(0, option.indexOf('=') + 1);
            if (List.of(more).stream().noneMatch(m -> m.startsWith(name))) {
                command.add(option);
            }
        }
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(port, process, ownDatabase);
    }

    /** Waits until the sign-in page answers 200 (at most 90 s). */
    public void waitUntilUp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(giveUp)) {
            if (answers(http)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the Kaoping process did not start");
    }

    /** True once the sign-in page answers 200; fails at once when the process has ended (it will never answer). */
    public boolean answers(HttpClient http) throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the Kaoping process ended with " + process.exitValue());
        }
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Ends it as a crash would (SIGKILL). */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        if (ownDatabase != null) {
            try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + ownDatabase + " with (force)");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
