package com.kaoping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./mvnw spring-boot:run} on a machine with no database: without a URL the app
 * starts its own PostgreSQL, loads the demo once, and finds its data again after a restart.
 */
class EmbeddedDatabaseTest {

    @Test
    void runsOnAnEmbeddedPostgresWhoseDataSurvivesARestart(@TempDir Path dir) {
        String[] args = {
                "--spring.datasource.url=",
                "--kaoping.embedded-db.data-dir=" + dir.resolve("postgres"),
                "--kaoping.test.own-database=true",
                "--server.port=0",
                "--kaoping.demo.enabled=true"};
        int questions;
        try (ConfigurableApplicationContext app = SpringApplication.run(KaopingApplication.class, args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("kaoping");
            questions = jdbc.queryForObject("select count(*) from question", Integer.class);
            assertThat(questions).isGreaterThanOrEqualTo(30);
            jdbc.update("update app_user set display_name = 'survives restarts' where username = 'hr'");
        }
        try (ConfigurableApplicationContext app = SpringApplication.run(KaopingApplication.class, args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select display_name from app_user where username = 'hr'", String.class))
                    .isEqualTo("survives restarts");
            assertThat(jdbc.queryForObject("select count(*) from question", Integer.class))
                    .as("the demo is loaded once, not on every start").isEqualTo(questions);
        }
    }
}
