package com.kaoping.account.web;

import java.util.EnumSet;
import java.util.Set;

import com.kaoping.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class NewUserForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9._-]{1,49}$", message = "{validation.username}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String displayName = "";

    // the password policy (AccountService.passwordProblems) is checked by the controller
    private String password = "";

    private String confirmPassword = "";

    @NotEmpty(message = "{validation.roles}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
