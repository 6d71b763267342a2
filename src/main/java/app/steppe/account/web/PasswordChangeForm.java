package app.steppe.account.web;

record PasswordChangeForm(String currentPassword, String newPassword, String newPasswordConfirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }

    @Override
    public String toString() {
        return "PasswordChangeForm[hidden]";
    }
}
