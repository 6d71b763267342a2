package app.steppe.account.web;

import app.steppe.account.domain.Registration;

record RegistrationForm(String username, String displayName, String email, String password,
        String passwordConfirmation, String enrollmentCode) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "", "");
    }

    Registration.Command toCommand() {
        return new Registration.Command(username, displayName, email, password, passwordConfirmation, enrollmentCode);
    }

    /** Never print the passwords, e.g. in a debug log of bound objects. */
    @Override
    public String toString() {
        return "RegistrationForm[" + username + "]";
    }
}
