package com.kaoping.account.web;

class PasswordForm {

    // the password policy (AccountService.passwordProblems) is checked by the controller
    private String password = "";

    private String confirmPassword = "";

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
}
