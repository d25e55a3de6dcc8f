package com.kaoping.transfer.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand annotation of one corpus document ({@code NAME.expected.json}): the JSON preview shape of
 * {@code import.md}, reduced to the fields that are measured. Absent properties are null, empty or
 * false. {@code referenceAnswer} and {@code explanation} may be written as a boolean (present or not)
 * or as the text itself (present).
 */
record Expected(String title, Integer timeLimitMinutes, BigDecimal statedTotal, boolean truncated,
        List<Section> sections) {

    /** {@code background}: a shared background under the section header ("背景:…"), or null. */
    record Section(String number, String title, String background, BigDecimal pointsEach, BigDecimal statedTotal,
            List<Question> questions) {
    }

    record Question(String number, String kind, String stem, List<String> options, String key,
            BigDecimal points, String caseBackground, List<Step> rubricSteps, List<String> competencies,
            boolean referenceAnswer, boolean explanation) {
    }

    record Step(String label, BigDecimal points) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Expected parse(String json) {
        return of(JSON.readTree(json));
    }

    static Expected of(JsonNode root) {
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.path("sections")) {
            List<Question> questions = new ArrayList<>();
            for (JsonNode q : s.path("questions")) {
                List<Step> steps = new ArrayList<>();
                for (JsonNode step : q.path("rubricSteps")) {
                    steps.add(new Step(text(step, "label"), decimal(step, "points")));
                }
                questions.add(new Question(text(q, "number"), text(q, "kind"), text(q, "stem"),
                        strings(q, "options"), text(q, "key"), decimal(q, "points"), text(q, "caseBackground"),
                        steps, strings(q, "competencies"), present(q, "referenceAnswer"),
                        present(q, "explanation")));
            }
            sections.add(new Section(text(s, "number"), text(s, "title"), text(s, "background"), decimal(s, "pointsEach"),
                    decimal(s, "statedTotal"), questions));
        }
        JsonNode time = root.path("timeLimitMinutes");
        return new Expected(text(root, "title"), time.isNumber() ? time.intValue() : null,
                decimal(root, "statedTotal"), root.path("truncated").asBoolean(false), sections);
    }

    int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.stringValue() : null;
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString() && !value.stringValue().isBlank()) {
            return new BigDecimal(value.stringValue().trim());
        }
        return null;
    }

    private static List<String> strings(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode value : node.path(name)) {
            out.add(value.asString());
        }
        return out;
    }

    private static boolean present(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isString() && !value.stringValue().isBlank();
    }
}
