package com.kaoping.question.web;

import java.util.UUID;

import com.kaoping.question.QuestionRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class CaseForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String title = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = QuestionRules.BACKGROUND_MAX, message = "{validation.tooLong}")
    private String background = "";

    private Long version;

    private UUID creationToken;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public UUID getCreationToken() {
        return creationToken;
    }

    public void setCreationToken(UUID creationToken) {
        this.creationToken = creationToken;
    }
}
