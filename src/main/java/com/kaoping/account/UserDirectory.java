package com.kaoping.account;

import java.util.Collection;
import java.util.Map;

/** Names of people, for pages that show who did something. */
public interface UserDirectory {

    /** Display names by user id; unknown ids are left out. */
    Map<Long, String> displayNames(Collection<Long> userIds);
}
