package org.careerpath.progress;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.account.AccountUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds whose progress a request is about: the signed-in account's, or else the guest's from its cookie. Reading
 * never creates anything; the first change creates the profile (and, for a guest, the cookie).
 */
@Component
class ProgressOwner {

	private final ProgressProfileRepository profiles;

	private final Clock clock;

	ProgressOwner(ProgressProfileRepository profiles, Clock clock) {
		this.profiles = profiles;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<Long> find(HttpServletRequest request) {
		Optional<Long> accountId = signedInAccount();
		if (accountId.isPresent()) {
			return this.profiles.findByAccountId(accountId.get()).map(ProgressProfile::getId);
		}
		return GuestCookie.read(request)
			.flatMap(token -> this.profiles.findByGuestTokenHash(GuestCookie.hash(token)))
			.map(ProgressProfile::getId);
	}

	/** The profile to change, created if there is none yet; committed on its own so a retried change can use it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	long findOrCreate(HttpServletRequest request, HttpServletResponse response) {
		Optional<Long> accountId = signedInAccount();
		if (accountId.isPresent()) {
			return this.profiles.findByAccountId(accountId.get())
				.orElseGet(() -> this.profiles.save(ProgressProfile.account(accountId.get(), this.clock.instant())))
				.getId();
		}
		Optional<ProgressProfile> guest = GuestCookie.read(request)
			.flatMap(token -> this.profiles.findByGuestTokenHash(GuestCookie.hash(token)));
		if (guest.isPresent()) {
			return guest.get().getId();
		}
		String token = GuestCookie.newToken();
		ProgressProfile created = this.profiles.save(ProgressProfile.guest(GuestCookie.hash(token), this.clock.instant()));
		GuestCookie.write(token, request, response);
		return created.getId();
	}

	static Optional<Long> signedInAccount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
			return Optional.of(user.getId());
		}
		return Optional.empty();
	}

}
