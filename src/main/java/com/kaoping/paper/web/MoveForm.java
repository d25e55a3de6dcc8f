package com.kaoping.paper.web;

/** One step up (-1) or down (1), from the builder's arrow buttons. */
public class MoveForm extends ChangeForm {

    private int delta;

    public int getDelta() {
        return delta;
    }

    public void setDelta(int delta) {
        this.delta = delta;
    }

    /** Only the direction counts: a crafted "delta=40" is one step, like the button's. */
    int step() {
        return Integer.signum(delta);
    }
}
