package com.kaoping.sitting.web;

import com.kaoping.sitting.SittingViews;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The saved answers as JSON for the sheet's script; "<" is escaped so no answer can close the script tag. */
@Component
class SheetJson {

    private final JsonMapper json;

    SheetJson(JsonMapper json) {
        this.json = json;
    }

    public String answers(SittingViews.Sheet sheet) {
        return json.writeValueAsString(sheet.answers()).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
