package app.steppe.account.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;

/**
 * Loads accounts for login, and stores a stronger hash when one is due: temporary passwords are hashed cheaply and
 * get the normal cost at the student's first login.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(UserAccount.normaliseUsername(username))
                .map(UserAccount::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        UserAccount account = users.findByUsername(user.getUsername())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        account.rehashPassword(newPasswordHash);
        return account.toPrincipal();
    }
}
