package com.kaoping.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaoping.account.AccountService;
import com.kaoping.account.NewAccount;
import com.kaoping.account.Role;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On an empty database, open the demo accounts (passwords in the README) and load the
 * sample bank from {@code demo/question-bank.json}. Runs before the admin bootstrap, which
 * then finds accounts and does nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    /** Every demo account signs in with this (the README says so); admin with KAOPING_ADMIN_PASSWORD if set. */
    static final String DEMO_PASSWORD = "kaoping-demo";

    private final boolean enabled;
    private final String adminPassword;
    private final AccountService accounts;
    private final QuestionBank bank;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    DemoContent(@Value("${kaoping.demo.enabled:true}") boolean enabled,
                @Value("${kaoping.admin.password:}") String adminPassword,
                AccountService accounts, QuestionBank bank, JsonMapper json, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
        this.adminPassword = adminPassword;
        this.accounts = accounts;
        this.bank = bank;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            // All or nothing: a failure leaves an empty database, not half a demo.
            transaction.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        String password = adminPassword.isBlank() ? DEMO_PASSWORD : adminPassword;
        if (!accounts.createFirstAccount(new NewAccount("admin", "系统管理员", password, Set.of(Role.ADMIN)))) {
            return;
        }
        long hr = accounts.create(new NewAccount("hr", "王芳", DEMO_PASSWORD, Set.of(Role.HR)));
        accounts.create(new NewAccount("interviewer", "李明", DEMO_PASSWORD, Set.of(Role.INTERVIEWER)));
        accounts.create(new NewAccount("lead", "陈静", DEMO_PASSWORD, Set.of(Role.HR, Role.INTERVIEWER)));
        int count = loadBank(hr);
        log.info("Demo content loaded: users admin, hr, interviewer, lead and {} questions "
                + "(set KAOPING_DEMO=false to start empty)", count);
    }

    private int loadBank(long author) {
        DemoBank demo;
        try (InputStream in = new ClassPathResource("demo/question-bank.json").getInputStream()) {
            demo = json.readValue(in, DemoBank.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, QuestionContent.CaseRef> cases = new HashMap<>();
        for (DemoCase c : demo.cases()) {
            long id = bank.createCase(c.title(), c.background(), author, null);
            cases.put(c.key(), new QuestionContent.CaseRef(id, c.title(), c.background()));
        }
        for (DemoQuestion q : demo.questions()) {
            bank.create(new QuestionContent(q.kind(), q.stem(), q.background(), q.points(), q.difficulty(),
                    q.language(), q.tags(), q.caseKey() == null ? null : cases.get(q.caseKey()),
                    q.options() == null ? List.of() : q.options().stream()
                            .map(o -> new QuestionContent.Option(o.text(), o.correct())).toList(),
                    q.trueFalseKey(), q.partialCredit(), q.explanation(), q.referenceAnswer(),
                    q.rubric() == null ? List.of() : q.rubric().stream()
                            .map(s -> new QuestionContent.RubricStep(s.label(), s.maxPoints(), s.guidance(),
                                    s.modelWording())).toList(),
                    q.scoringFocus(), q.pitfalls(), q.competencies()), author, null);
        }
        return demo.questions().size();
    }

    record DemoBank(List<DemoCase> cases, List<DemoQuestion> questions) {
    }

    record DemoCase(String key, String title, String background) {
    }

    record DemoQuestion(QuestionKind kind, @com.fasterxml.jackson.annotation.JsonProperty("case") String caseKey,
                        String stem, String background, BigDecimal points, int difficulty, List<String> tags,
                        String language, List<DemoOption> options, Boolean trueFalseKey,
                        PartialCreditPolicy partialCredit, String explanation, String referenceAnswer,
                        List<DemoStep> rubric, List<String> scoringFocus, List<String> pitfalls,
                        List<String> competencies) {
    }

    record DemoOption(String text, boolean correct) {
    }

    record DemoStep(String label, BigDecimal maxPoints, String guidance, String modelWording) {
    }
}
