package app.steppe.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    List<UserAccount> findByRoleOrderByDisplayNameAsc(Role role);

    long countByRole(Role role);
}
