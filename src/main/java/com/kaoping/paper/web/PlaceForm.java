package com.kaoping.paper.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The place (1, 2, 3 … as the builder numbers them) a question is moved to, typed or dropped. */
public class PlaceForm extends ChangeForm {

    /** Beyond the end means last (the paper's rule); the bound only keeps the number sane. */
    static final int MAX_PLACE = 10_000;

    @NotNull(message = "{paper.place.invalid}")
    @Min(value = 1, message = "{paper.place.invalid}")
    @Max(value = MAX_PLACE, message = "{paper.place.invalid}")
    private Integer place;

    public Integer getPlace() {
        return place;
    }

    public void setPlace(Integer place) {
        this.place = place;
    }
}
