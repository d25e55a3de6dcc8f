package com.kaoping.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(u) from UserAccount u join u.roles r where u.active = true and r = com.kaoping.account.Role.ADMIN")
    long countActiveAdmins();
}
