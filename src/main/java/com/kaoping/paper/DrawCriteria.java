package com.kaoping.paper;

import com.kaoping.question.QuestionKind;

/** Which bank questions a draw rule may draw: kind and tag optional, difficulty range inclusive. */
public record DrawCriteria(QuestionKind kind, String tag, int difficultyMin, int difficultyMax) {
}
