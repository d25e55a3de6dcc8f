package com.kaoping;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map: each module uses only the APIs (base packages) of the modules its
 * {@code package-info.java} allows, never their {@code web/} or {@code internal/}, and there
 * are no cycles. Writes the module diagrams (PlantUML, C4) to target/spring-modulith-docs.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KaopingApplication.class);

    @Test
    void modulesOnlyUseTheApisTheyAreAllowed() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES).writeDocumentation();
    }
}
