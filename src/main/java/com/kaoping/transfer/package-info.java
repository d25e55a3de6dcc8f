/**
 * Bringing papers in: a pasted or uploaded paper is turned into text ({@code documents}), read
 * into sections, questions, keys and rubrics by a pure reader with no Spring or database in it
 * ({@code reading}), reviewed by a person, and imported in one transaction as bank questions,
 * cases and a draft paper.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "question", "paper", "shared"})
package com.kaoping.transfer;
