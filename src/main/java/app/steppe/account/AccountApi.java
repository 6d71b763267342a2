package app.steppe.account;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about accounts: the students of the course. */
public interface AccountApi {

    record StudentRef(long id, String username, String displayName) {
    }

    /** Every student, by display name. */
    List<StudentRef> students();

    Optional<StudentRef> student(long id);

    /** The display names of any users (students or instructors), by id, in one query; unknown ids are left out. */
    java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids);
}
