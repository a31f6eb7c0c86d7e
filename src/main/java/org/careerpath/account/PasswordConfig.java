package org.careerpath.account;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** How account passwords are hashed. */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

	static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

	/**
	 * Spring Security's delegating encoder, encoding new hashes with PBKDF2 (bcrypt refuses passwords over 72 bytes,
	 * and people may choose up to 128 characters); hashes with another id, such as {bcrypt}, still match.
	 */
	@Bean
	static PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(PBKDF2, encoders);
	}

}
