package com.kaoping.account.web;

import java.util.EnumSet;
import java.util.Set;

import com.kaoping.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

class EditUserForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String displayName = "";

    @NotEmpty(message = "{validation.roles}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private long version;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
