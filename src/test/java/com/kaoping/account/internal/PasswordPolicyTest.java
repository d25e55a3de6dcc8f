package com.kaoping.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ASVS 5.0 V6.2 / NIST 800-63B: length over composition, no common, leaked-style or personal passwords. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theWeakPasswordsTheSweepFoundAreRefusedWithAReason() {
        assertThat(policy.problems("aaaaaaaa", "zhangwei", "张伟")).containsExactly("password.common");
        assertThat(policy.problems("12345678", "zhangwei", "张伟")).containsExactly("password.common");
        assertThat(policy.problems("password", "zhangwei", "张伟")).containsExactly("password.common");
        assertThat(policy.problems("        ", "zhangwei", "张伟")).containsExactly("password.blank");
        assertThat(policy.problems("zhangwei", "zhangwei", "张伟")).contains("password.containsName");
        assertThat(policy.problems("zhangwei2024!", "zhangwei", "张伟")).contains("password.containsName");
        assertThat(policy.problems("short", "zhangwei", "张伟")).containsExactly("password.tooShort");
        assertThat(policy.problems("长".repeat(25), "zhangwei", "张伟")).containsExactly("password.tooLong");
    }

    @Test
    void commonAndPatternPasswordsAreRefusedInEveryLanguage() {
        for (String weak : new String[] {"woaini1314", "qwertyuiop", "1qaz2wsx3edc", "iloveyou88", "abcd1234",
                "Password1", "kaoping123", "11112222"}) {
            assertThat(policy.problems(weak, "lisi", "李四")).as(weak).isNotEmpty();
        }
    }

    @Test
    void longPhrasesAndRandomPasswordsAreAcceptedWithoutCompositionRules() {
        for (String fine : new String[] {"bluebird coffee lamp", "客服考评二〇二六年好", "Tr0ub4dor&3",
                "correct horse battery", "x7#Lm2!qPz", "dragon-fruit-77"}) {
            assertThat(policy.problems(fine, "lisi", "李四")).as(fine).isEmpty();
        }
    }
}
