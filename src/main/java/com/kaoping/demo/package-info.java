/**
 * Demo content for a newcomer: demo accounts for each role and an original sample bank,
 * loaded on an empty database unless {@code kaoping.demo.enabled=false}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "grading", "paper", "question", "sitting"})
package com.kaoping.demo;
