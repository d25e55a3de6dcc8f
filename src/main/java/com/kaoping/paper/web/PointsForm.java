package com.kaoping.paper.web;

import java.math.BigDecimal;

import com.kaoping.paper.PaperDetail;

/**
 * The points one question counts for in this paper; empty for the question's own points.
 * A word where a number belongs fails binding; the range is the paper's rule.
 */
public class PointsForm extends ChangeForm {

    private BigDecimal points;

    static PointsForm of(PaperDetail.Item item) {
        PointsForm f = new PointsForm();
        f.points = item.overridden() ? item.points() : null;
        return f;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }
}
