package com.kaoping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kaoping.account.Role;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Flyway-built schema guards the data even against code that forgets a rule. */
@KaopingTest
class SchemaConstraintsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    long author;

    @BeforeEach
    void author() {
        author = users.create(Role.HR).id();
    }

    @Test
    void flywayBuiltTheSchema() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name in "
                + "('question', 'rubric_step', 'question_option', 'question_revision', 'question_case', "
                + "'app_user', 'app_user_role', 'spring_session')", Integer.class)).isEqualTo(8);
    }

    @Test
    void aValidRowIsAccepted() {
        insertQuestion("'SCENARIO'", "'题干'", "20", "3", "null", "null");
        assertThat(jdbc.queryForObject("select count(*) from question where stem = '题干'", Integer.class)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1000.5", "7.25"})
    void pointsMustBePositiveHalfStepsUpToAThousand(String points) {
        assertThatThrownBy(() -> insertQuestion("'SCENARIO'", "'x'", points, "3", "null", "null"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("question_points_range");
    }

    @Test
    void difficultyIsOneToFive() {
        assertThatThrownBy(() -> insertQuestion("'SCENARIO'", "'x'", "5", "6", "null", "null"))
                .hasMessageContaining("question_difficulty_range");
    }

    @Test
    void unknownKindIsRefused() {
        assertThatThrownBy(() -> insertQuestion("'ORAL'", "'x'", "5", "3", "null", "null"))
                .hasMessageContaining("question_kind_known");
    }

    @Test
    void blankStemIsRefused() {
        assertThatThrownBy(() -> insertQuestion("'SCENARIO'", "'   '", "5", "3", "null", "null"))
                .hasMessageContaining("question_stem_length");
    }

    @Test
    void onlyMultipleChoiceHasAPartialCreditPolicyAndItMustHaveOne() {
        assertThatThrownBy(() -> insertQuestion("'SCENARIO'", "'x'", "5", "3", "'ALL_OR_NOTHING'", "null"))
                .hasMessageContaining("question_partial_credit_only_multiple");
        assertThatThrownBy(() -> insertQuestion("'MULTIPLE_CHOICE'", "'x'", "5", "3", "null", "null"))
                .hasMessageContaining("question_partial_credit_only_multiple");
    }

    @Test
    void trueFalseNeedsItsKeyAndOthersHaveNone() {
        assertThatThrownBy(() -> insertQuestion("'TRUE_FALSE'", "'x'", "1", "3", "null", "null"))
                .hasMessageContaining("question_true_false_key");
        assertThatThrownBy(() -> insertQuestion("'SCENARIO'", "'x'", "1", "3", "null", "true"))
                .hasMessageContaining("question_true_false_key");
    }

    @Test
    void rubricStepPointsAreHalfSteps() {
        long id = insertQuestion("'SCENARIO'", "'x'", "10", "3", "null", "null");
        assertThatThrownBy(() -> jdbc.update("insert into rubric_step (question_id, position, label, max_points) "
                + "values (?, 0, 'step', 2.3)", id))
                .hasMessageContaining("rubric_step_points_range");
    }

    @Test
    void aRevisionNumberIsWrittenOnce() {
        long id = insertQuestion("'SCENARIO'", "'x'", "10", "3", "null", "null");
        String insert = "insert into question_revision (question_id, revision, content, changed_by, changed_at) "
                + "values (?, 1, '{}'::jsonb, ?, now())";
        jdbc.update(insert, id, author);
        assertThatThrownBy(() -> jdbc.update(insert, id, author)).hasMessageContaining("question_revision_uk");
    }

    @Test
    void usernamesAreUniqueAndLowerCase() {
        String insert = "insert into app_user (username, display_name, password_hash, created_at, updated_at) "
                + "values (?, 'n', 'h', now(), now())";
        jdbc.update(insert, "schema-test-user");
        assertThatThrownBy(() -> jdbc.update(insert, "schema-test-user")).hasMessageContaining("app_user_username_uk");
        assertThatThrownBy(() -> jdbc.update(insert, "Upper")).hasMessageContaining("app_user_username_format");
    }

    @Test
    void rolesAreKnown() {
        assertThatThrownBy(() -> jdbc.update("insert into app_user_role (user_id, role) values (?, 'CANDIDATE')",
                author)).hasMessageContaining("app_user_role_known");
    }

    private long insertQuestion(String kind, String stem, String points, String difficulty, String partialCredit,
                                String trueFalseKey) {
        return jdbc.queryForObject("insert into question (kind, stem, points, difficulty, language, partial_credit, "
                + "true_false_key, revision, search_text, created_by, created_at, updated_by, updated_at) values ("
                + kind + ", " + stem + ", " + points + ", " + difficulty + ", 'zh-CN', " + partialCredit + ", "
                + trueFalseKey + ", 1, '', ?, now(), ?, now()) returning id", Long.class, author, author);
    }
}
