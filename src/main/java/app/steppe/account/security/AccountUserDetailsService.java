package app.steppe.account.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;

@Service
class AccountUserDetailsService implements UserDetailsService {

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
}
