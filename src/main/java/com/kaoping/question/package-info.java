/**
 * The question bank: questions of eight kinds, options and keys, rubrics of scored steps,
 * cases (shared backgrounds), search, and versions. Other modules use
 * {@link com.kaoping.question.QuestionBank} and read {@link com.kaoping.question.QuestionContent},
 * a value that can be frozen by (question id, revision).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "shared"})
package com.kaoping.question;
