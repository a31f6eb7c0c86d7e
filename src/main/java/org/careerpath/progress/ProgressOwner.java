package org.careerpath.progress;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.account.AccountUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds whose progress a request is about: the signed-in account's, or else the guest's from its cookie. Reading
 * never creates anything; the first change creates the profile (and, for a guest, the cookie).
 */
@Component
class ProgressOwner {

	private final ProgressProfileRepository profiles;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	ProgressOwner(ProgressProfileRepository profiles, Clock clock, PlatformTransactionManager transactions) {
		this.profiles = profiles;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The profile of whoever sent the request, if they have one; marks it as used (at most once a day). */
	Optional<Long> find(HttpServletRequest request) {
		Optional<ProgressProfile> profile = signedInAccount().map(this.profiles::findByAccountId)
			.orElseGet(() -> GuestCookie.read(request).flatMap(token -> this.profiles.findByGuestTokenHash(GuestCookie.hash(token))));
		profile.filter(found -> found.getLastSeenAt().isBefore(this.clock.instant().minus(Duration.ofDays(1))))
			.ifPresent(stale -> this.ownTransaction
				.executeWithoutResult(status -> this.profiles.markSeen(stale.getId(), this.clock.instant())));
		return profile.map(ProgressProfile::getId);
	}

	/**
	 * The profile to change, created if there is none yet, committed on its own so a retried change can use it. Two
	 * first changes at once for one account race to create it: the loser finds the winner's.
	 */
	long findOrCreate(HttpServletRequest request, HttpServletResponse response) {
		try {
			return this.ownTransaction.execute(status -> findOrCreateNow(request, response));
		}
		catch (DataIntegrityViolationException ex) {
			return this.ownTransaction.execute(status -> findOrCreateNow(request, response));
		}
	}

	private long findOrCreateNow(HttpServletRequest request, HttpServletResponse response) {
		Optional<Long> accountId = signedInAccount();
		if (accountId.isPresent()) {
			return this.profiles.findByAccountId(accountId.get())
				.orElseGet(() -> this.profiles.saveAndFlush(ProgressProfile.account(accountId.get(), this.clock.instant())))
				.getId();
		}
		Optional<String> token = GuestCookie.read(request);
		Optional<ProgressProfile> guest = token.flatMap(t -> this.profiles.findByGuestTokenHash(GuestCookie.hash(t)));
		if (guest.isPresent()) {
			GuestCookie.write(token.get(), request, response); // each change renews the cookie's lifetime
			return guest.get().getId();
		}
		String newToken = GuestCookie.newToken();
		ProgressProfile created = this.profiles
			.save(ProgressProfile.guest(GuestCookie.hash(newToken), this.clock.instant()));
		GuestCookie.write(newToken, request, response);
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
