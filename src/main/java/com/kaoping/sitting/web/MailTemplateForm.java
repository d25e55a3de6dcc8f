package com.kaoping.sitting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** HR's text of one kind of candidate e-mail; the version it was loaded at (-1: the built-in text). */
public class MailTemplateForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String subject = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 10000, message = "{validation.tooLong}")
    private String body = "";

    private long version = -1;

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
