package com.kaoping.account;

import java.util.Set;

/** What it takes to open an account. The password is in clear text here and hashed on the way in. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles) {
}
