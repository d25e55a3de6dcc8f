package com.kaoping.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Questions that share a case come one after another: the case's background is shown once,
 * above the first question of each such run, not in full above every one of them (the sheet, the
 * preview read it from here, over the whole paper; the kit, printed section by section and pool
 * by pool, gives a case again at the start of each).
 */
public final class CaseRuns {

    private CaseRuns() {
    }

    /**
     * For each question (by its case id, null without a case), the index of the first question
     * of its run; -1 for a question without a case. A question shows its case's background when
     * its run starts at itself.
     */
    public static List<Integer> starts(List<Long> caseIds) {
        List<Integer> starts = new ArrayList<>(caseIds.size());
        for (int i = 0; i < caseIds.size(); i++) {
            Long id = caseIds.get(i);
            if (id == null) {
                starts.add(-1);
            }
            else if (i > 0 && Objects.equals(caseIds.get(i - 1), id)) {
                starts.add(starts.get(i - 1));
            }
            else {
                starts.add(i);
            }
        }
        return starts;
    }
}
