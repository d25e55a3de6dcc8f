package com.kaoping;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Kaoping (考评): question bank, papers, timed sittings and rubric grading for
 * teams that hire and train customer-service staff.
 */
@SpringBootApplication
public class KaopingApplication {

    public static void main(String[] args) {
        SpringApplication.run(KaopingApplication.class, args);
    }
}
