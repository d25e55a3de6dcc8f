package com.kaoping.paper.web;

import com.kaoping.paper.PaperDetail;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The builder shows one form per section (its texts, a new draw rule) and per question (its
 * points, its place), plus the paper's settings and a new section. Each is a model attribute of its own, named
 * after what it edits: Thymeleaf binds a form (th:field, th:errors) to a model attribute by
 * name, never to a loop variable. A refused form goes back under its name, as it was typed and
 * with its errors; the others are filled from the paper.
 */
final class BuilderForms {

    static final String NEW_SECTION = "newSectionForm";

    private BuilderForms() {
    }

    static String section(long sectionId) {
        return "sectionForm" + sectionId;
    }

    static String rule(long sectionId) {
        return "ruleForm" + sectionId;
    }

    static String points(long itemId) {
        return "pointsForm" + itemId;
    }

    static String place(long itemId) {
        return "placeForm" + itemId;
    }

    /**
     * Puts back a refused form, open (each form posts the version of the paper it is shown with,
     * so sending it again applies to what is shown).
     */
    static void keep(Model model, String name, BindingResult errors) {
        model.addAttribute("refusedForm", name);
        model.addAttribute(name, errors.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
    }

    static void addTo(Model model, PaperDetail paper) {
        add(model, "settingsForm", SettingsForm.of(paper.settings(), paper.version()));
        add(model, NEW_SECTION, new SectionForm());
        for (PaperDetail.Section s : paper.sections()) {
            add(model, section(s.id()), SectionForm.of(s));
            add(model, rule(s.id()), new RuleForm());
            for (PaperDetail.Item item : s.items()) {
                add(model, points(item.id()), PointsForm.of(item));
                add(model, place(item.id()), new PlaceForm());
            }
        }
    }

    private static void add(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
