package org.careerpath.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.careerpath.support.JpaSliceTest;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JpaSliceTest
class UserAccountRepositoryTests {

	@Autowired
	UserAccountRepository accounts;

	@Test
	void oneAccountPerEmail() {
		this.accounts.saveAndFlush(new UserAccount("sam@example.org", "{noop}x", Instant.now()));
		assertThat(this.accounts.existsByEmail("sam@example.org")).isTrue();
		assertThat(this.accounts.findByEmail("sam@example.org")).isPresent();
		assertThatThrownBy(() -> {
			this.accounts.saveAndFlush(new UserAccount("sam@example.org", "{noop}y", Instant.now()));
			this.accounts.findByEmail("flush"); // a query flushes the insert
		}).isInstanceOf(DataIntegrityViolationException.class);
	}

}
