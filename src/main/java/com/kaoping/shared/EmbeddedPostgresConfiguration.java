package com.kaoping.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A newcomer runs {@code ./mvnw spring-boot:run} with no database at hand: when no
 * {@code KAOPING_DB_URL} is given, start a real PostgreSQL in-process (zonky) whose data
 * stays under {@code ./data} so demo work survives a restart. Production gives a URL and
 * never reaches this class.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String DATABASE = "kaoping";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${kaoping.embedded-db.data-dir}") String dataDir) {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .start();
            createDatabaseIfMissing(postgres);
            log.info("Database: embedded PostgreSQL on port {} with data in {} (set KAOPING_DB_URL to use a server)",
                    postgres.getPort(), dir);
            return postgres;
        }
        catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(dir, e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(40);
        dataSource.setMinimumIdle(2);
        dataSource.setPoolName("kaoping-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }
}
