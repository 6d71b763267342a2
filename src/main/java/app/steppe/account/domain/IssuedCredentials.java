package app.steppe.account.domain;

/** A student's username with the temporary password just issued: shown once to the instructor, never stored. */
public record IssuedCredentials(String username, String displayName, String temporaryPassword) {

    @Override
    public String toString() {
        return "IssuedCredentials[" + username + "]";
    }
}
