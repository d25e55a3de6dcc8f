package com.kaoping.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One throwaway PostgreSQL database per test run. With KAOPING_TEST_DB_URL (a server's
 * admin URL, e.g. jdbc:postgresql://127.0.0.1:5432/postgres) a fresh database is created
 * there and dropped at the end; without it an embedded PostgreSQL serves. Never H2.
 */
public final class TestDatabase {

    private static final long STALE_AFTER_SECONDS = 6 * 3600;
    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String serverUrl = System.getenv("KAOPING_TEST_DB_URL");
            instance = serverUrl == null || serverUrl.isBlank() ? embedded() : onServer(serverUrl);
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static TestDatabase onServer(String adminUrl) {
        String user = envOr("KAOPING_TEST_DB_USER", "postgres");
        String password = envOr("KAOPING_TEST_DB_PASSWORD", "");
        String name = "kaoping_test_" + (System.currentTimeMillis() / 1000) + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            dropStale(s);
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + adminUrl
                    + " (KAOPING_TEST_DB_URL): " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
            catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }));
        return new TestDatabase(replaceDatabase(adminUrl, name), user, password);
    }

    /** Databases left behind by runs that were killed before their shutdown hook ran. */
    private static void dropStale(Statement s) throws SQLException {
        List<String> stale = new ArrayList<>();
        long now = System.currentTimeMillis() / 1000;
        try (ResultSet rs = s.executeQuery("select datname from pg_database where datname like 'kaoping\\_test\\_%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                try {
                    if (parts.length >= 3 && now - Long.parseLong(parts[2]) > STALE_AFTER_SECONDS) {
                        stale.add(rs.getString(1));
                    }
                }
                catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        for (String db : stale) {
            s.execute("drop database if exists " + db + " with (force)");
        }
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                }
                catch (IOException e) {
                    System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
                }
            }));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        }
        catch (IOException e) {
            throw new IllegalStateException("No KAOPING_TEST_DB_URL given and embedded PostgreSQL failed to start", e);
        }
    }

    public static String replaceDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
