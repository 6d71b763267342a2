package app.steppe.account.web;

record NewStudentForm(String username, String displayName, String email) {

    static NewStudentForm empty() {
        return new NewStudentForm("", "", "");
    }
}
