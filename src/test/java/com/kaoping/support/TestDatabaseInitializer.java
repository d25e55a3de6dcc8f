package com.kaoping.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every test application context at the run's throwaway database (registered in
 * META-INF/spring.factories, so no test can forget it). A test that manages its own
 * database sets {@code kaoping.test.own-database=true}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().getProperty("kaoping.test.own-database", Boolean.class, false)) {
            return;
        }
        TestDatabase db = TestDatabase.get();
        TestPropertyValues.of(
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password()).applyTo(context);
    }
}
