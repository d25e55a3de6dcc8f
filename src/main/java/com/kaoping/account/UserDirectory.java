package com.kaoping.account;

import java.util.Collection;
import java.util.Map;

/** Names of people, for pages that show who did something. */
public interface UserDirectory {

    /**
     * How pages name people, by user id: the display name with the username, "李明 (liming)", so
     * two people of the same name can be told apart. Unknown ids are left out.
     */
    Map<Long, String> displayNames(Collection<Long> userIds);
}
