package com.kaoping.transfer.reading;

/** How Chinese text is stored: converted to simplified (the default) or as written. */
public enum Script {
    SIMPLIFIED,
    AS_WRITTEN
}
