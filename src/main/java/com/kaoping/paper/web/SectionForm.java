package com.kaoping.paper.web;

import com.kaoping.paper.PaperDetail;

/**
 * A section's title, instructions and shared background, for a new section or an existing one.
 * Required and maximum lengths are the paper's rules (the service refuses and names the field).
 */
public class SectionForm extends ChangeForm {

    private String title = "";
    private String instructions = "";
    private String background = "";

    static SectionForm of(PaperDetail.Section section) {
        SectionForm f = new SectionForm();
        f.title = section.title();
        f.instructions = section.instructions() == null ? "" : section.instructions();
        f.background = section.background() == null ? "" : section.background();
        return f;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }
}
