package com.kaoping.question;

/** How a multiple-choice answer that is not exactly the key is scored. */
public enum PartialCreditPolicy {
    /** Exactly the keys: full points; anything else: 0. */
    ALL_OR_NOTHING,
    /** All keys: full; some keys and no wrong option: half; any wrong option: 0. */
    HALF_IF_NO_WRONG,
    /** Points in proportion to the keys chosen, as long as no wrong option is chosen. */
    PROPORTIONAL_NO_WRONG
}
