package app.steppe.account.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select f.failedAt from LoginFailure f where f.username = ?1 and f.address = ?2 and f.failedAt > ?3 order by f.failedAt")
    List<Instant> failureTimesForAccountAndAddress(String username, String address, Instant since);

    @Query("select f.failedAt from LoginFailure f where f.address = ?1 and f.failedAt > ?2 order by f.failedAt")
    List<Instant> failureTimesForAddress(String address, Instant since);

    List<LoginFailure> findByUsernameInAndFailedAtAfterOrderByFailedAt(Collection<String> usernames, Instant since);

    @Transactional
    @Modifying
    @Query("delete from LoginFailure f where f.username = ?1 and f.address = ?2")
    int deleteByAccountAndAddress(String username, String address);

    @Transactional
    @Modifying
    @Query("delete from LoginFailure f where f.username = ?1")
    int deleteByAccount(String username);

    @Transactional
    @Modifying
    @Query("delete from LoginFailure f where f.failedAt <= ?1")
    int deleteOlderThan(Instant cutoff);
}
