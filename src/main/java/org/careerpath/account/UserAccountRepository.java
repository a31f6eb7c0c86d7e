package org.careerpath.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	Optional<UserAccount> findById(Long id);

	boolean existsByEmail(String email);

	UserAccount saveAndFlush(UserAccount account);

	void delete(UserAccount account);

}
