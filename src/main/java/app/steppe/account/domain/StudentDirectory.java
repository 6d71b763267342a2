package app.steppe.account.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.account.AccountApi;

/** Answers other modules' questions about students. */
@Service
@Transactional(readOnly = true)
class StudentDirectory implements AccountApi {

    private final UserAccountRepository users;

    StudentDirectory(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public List<StudentRef> students() {
        return users.findByRoleOrderByDisplayNameAsc(Role.STUDENT).stream().map(StudentDirectory::ref).toList();
    }

    @Override
    public Optional<StudentRef> student(long id) {
        return users.findById(id).filter(UserAccount::isStudent).map(StudentDirectory::ref);
    }

    @Override
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        users.findAllById(ids).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        return names;
    }

    private static StudentRef ref(UserAccount u) {
        return new StudentRef(u.getId(), u.getUsername(), u.getDisplayName());
    }
}
