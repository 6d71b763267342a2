package app.steppe.account.web;

/** The name a user gives a new API token, to recognise it in the list later. */
record ApiTokenForm(String name) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("");
    }
}
