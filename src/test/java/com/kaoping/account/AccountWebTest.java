package com.kaoping.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.kaoping.account.internal.AccountPrincipal;
import com.kaoping.account.Role;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@KaopingTest
class AccountWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    AccountPrincipal admin;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMIN);
    }

    @Test
    void signingInChecksTheBcryptPasswordAndKeepsTheSessionInPostgres() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, hr.id());
        assertThat(hash).startsWith("$2");
        mvc.perform(formLogin("/login").user(hr.username()).password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(hr.username().toUpperCase()).password(TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(hr.username()));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, hr.username())).isPositive();
    }

    @Test
    void onlyAdminsReachTheUserPages() throws Exception {
        // refused by the URL rule: the friendly page is rendered by the error dispatch (checked in the browser test)
        mvc.perform(get("/admin/users").with(user(users.create(Role.HR)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(users.create(Role.INTERVIEWER)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users").with(user(admin))).andExpect(status().isOk());
    }

    /**
     * Guesses sent all at once are throttled like guesses sent one after another: each is counted
     * before its password is checked (the check and the count were separate, so 16 parallel
     * guesses all reached the password check).
     */
    @Test
    void parallelGuessesGetNoMoreTriesThanSequentialOnes() throws Exception {
        AccountPrincipal target = users.create(Role.HR);
        String address = "10.77." + (System.nanoTime() % 250) + ".9";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.List<java.util.concurrent.Future<String>> tries = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 16; i++) {
                int n = i;
                tries.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/login").param("username", target.username())
                                    .param("password", "guess-" + n).with(csrf())
                                    .with(request -> { request.setRemoteAddr(address); return request; }))
                            .andReturn().getResponse().getRedirectedUrl();
                }));
            }
            start.countDown();
            long checked = 0;
            for (java.util.concurrent.Future<String> t : tries) {
                if (t.get().endsWith("/login?error")) {
                    checked++;
                }
            }
            assertThat(checked).as("guesses whose password was checked").isLessThanOrEqualTo(4);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAdminOpensAnAccountThatCanSignIn() throws Exception {
        String username = "new-" + System.nanoTime() % 1000000;
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username).param("displayName", "张三")
                        .param("password", "calm-river-ledger-7").param("confirmPassword", "calm-river-ledger-7")
                        .param("roles", "HR", "INTERVIEWER"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin("/login").user(username).password("calm-river-ledger-7")).andExpect(authenticated()
                .withRoles("HR", "INTERVIEWER"));
    }

    @Test
    void badAccountInputIsExplainedAndKept() throws Exception {
        AccountPrincipal existing = users.create(Role.HR);
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("username", existing.username()).param("displayName", "保留的名字")
                        .param("password", "short").param("confirmPassword", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码至少 8 个字符")))
                .andExpect(content().string(containsString("两次输入的密码不一致")))
                .andExpect(content().string(containsString("请至少选择一个角色")))
                .andExpect(content().string(containsString("保留的名字")));
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).header("Accept-Language", "en")
                        .param("username", existing.username()).param("displayName", "Dup")
                        .param("password", "calm-river-ledger-7").param("confirmPassword", "calm-river-ledger-7").param("roles", "HR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This username is already taken.")));
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).header("Accept-Language", "en")
                        .param("username", "bad name!").param("displayName", "x")
                        .param("password", "calm-river-ledger-7").param("confirmPassword", "calm-river-ledger-7").param("roles", "HR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use 2-50 letters")));
    }

    @Test
    void aDeactivatedAccountCannotSignInAndIsSignedOut() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        mvc.perform(formLogin("/login").user(hr.username()).password(TestUsers.PASSWORD)).andExpect(authenticated());
        mvc.perform(post("/admin/users/" + hr.id() + "/deactivate").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, hr.username())).isZero();
        mvc.perform(formLogin("/login").user(hr.username()).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(post("/admin/users/" + hr.id() + "/activate").with(user(admin)).with(csrf()));
        mvc.perform(formLogin("/login").user(hr.username()).password(TestUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        mvc.perform(post("/admin/users/" + hr.id() + "/password").with(user(admin)).with(csrf())
                .param("password", "new-lantern-orbit-55").param("confirmPassword", "new-lantern-orbit-55"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user(hr.username()).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(hr.username()).password("new-lantern-orbit-55")).andExpect(authenticated());
    }

    @Test
    void theLastActiveAdminCannotBeRemoved() {
        // every other admin in this database steps down first, so this one is the last
        for (AccountSummary other : accounts.list()) {
            if (other.active() && other.roles().contains(Role.ADMIN) && other.id() != admin.id()) {
                accounts.deactivate(other.id());
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.deactivate(admin.id()))
                .isInstanceOf(LastAdminException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.update(admin.id(),
                accounts.get(admin.id()).version(), "x", java.util.Set.of(Role.HR)))
                .isInstanceOf(LastAdminException.class);
        assertThat(accounts.get(admin.id()).active()).isTrue();
        assertThat(accounts.get(admin.id()).roles()).contains(Role.ADMIN);
    }

    /**
     * 30 wrong passwords used to be 30 tries at 0.2 s each, and the right one then signed in. Now
     * the fourth try comes too early and is refused unseen, the right password included; the admin
     * sees the failures and can lift the hold; a browser that signs in gets a device cookie.
     */
    @Test
    void thirtyWrongPasswordsThenTheRightOneDoesNotSignIn() throws Exception {
        AccountPrincipal hr = users.create(Role.HR);
        String address = "10.77." + (System.nanoTime() % 250) + ".9";
        for (int i = 0; i < 30; i++) {
            mvc.perform(signIn(hr.username(), "wrong-guess-" + i, address)).andExpect(unauthenticated());
        }
        String refused = mvc.perform(signIn(hr.username(), TestUsers.PASSWORD, address))
                .andExpect(unauthenticated()).andReturn().getResponse().getRedirectedUrl();
        assertThat(refused).startsWith("/login?wait=");
        assertThat(mvc.perform(get(refused)).andReturn().getResponse().getContentAsString())
                .contains("login-wait");
        assertThat(jdbc.queryForObject("select count(*) from login_audit where username = ? and outcome = 'FAILED'",
                Integer.class, hr.username())).as("only the tries that were looked at").isEqualTo(3);
        String adminPage = mvc.perform(get("/admin/users/" + hr.id()).with(user(admin)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(adminPage).contains("Failed sign-ins", address);

        accounts.liftSignInLock(hr.id());
        MvcResult signedIn = mvc.perform(signIn(hr.username(), TestUsers.PASSWORD, address))
                .andExpect(authenticated()).andReturn();
        assertThat(signedIn.getResponse().getHeaders("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("kaoping-device=").contains("HttpOnly", "Path=/login", "SameSite=Lax"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username,
            String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void unknownUsersAreNotFound() throws Exception {
        mvc.perform(get("/admin/users/99999999").with(user(admin))).andExpect(status().isNotFound());
    }
}
