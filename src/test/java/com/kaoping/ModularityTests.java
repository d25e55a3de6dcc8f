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

    /** One diagram per module, each showing what the module may use (paper import: the bank and papers). */
    @Test
    void writesTheModuleDiagrams() throws java.io.IOException {
        java.nio.file.Path docs = java.nio.file.Path.of("target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString())).writeDocumentation();
        MODULES.forEach(module -> org.assertj.core.api.Assertions
                .assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).exists());
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(docs.resolve("module-transfer.puml")))
                .contains("Transfer").contains("\"Question\"").contains("\"Paper\"");
    }
}
