package org.careerpath.system;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How often one client address may do what costs the site something: sign in, register, import a file, start a guest
 * checklist. Token buckets (Bucket4j) per rule and address, kept in a bounded cache that forgets idle addresses, so a
 * stranger can neither exhaust memory nor fill the database; a person well within the limits never meets them.
 */
@Component
public class RateLimits {

	/** More addresses than this per rule and the least recently used are forgotten (and start afresh). */
	static final int MAX_ADDRESSES = 50_000;

	private final Map<Rule, Limiter> limiters;

	RateLimits(Settings settings) {
		this.limiters = Map.of(Rule.SIGN_IN, new Limiter(settings.signIn()), Rule.REGISTRATION,
				new Limiter(settings.registration()), Rule.IMPORT, new Limiter(settings.imports()), Rule.NEW_GUEST,
				new Limiter(settings.newGuests()));
	}

	/** Takes one from the address's allowance for the rule, or throws to answer 429 with when to try again. */
	public void check(Rule rule, String clientAddress) {
		Duration retryAfter = this.limiters.get(rule).take(clientAddress);
		if (retryAfter != null) {
			throw new TooManyRequestsException(retryAfter);
		}
	}

	public enum Rule {

		SIGN_IN, REGISTRATION, IMPORT, NEW_GUEST

	}

	/** A rule's allowance: so many requests per period (an hour unless set), refilled gradually. */
	public record Limit(int requests, Duration per) {

		public Limit {
			if (requests < 1) {
				throw new IllegalArgumentException("A limit allows at least one request, not " + requests);
			}
			per = (per != null) ? per : Duration.ofHours(1);
		}

	}

	/** {@code careerpath.limits.*}: the allowance of each rule per client address. */
	@ConfigurationProperties("careerpath.limits")
	public record Settings(Limit signIn, Limit registration, Limit imports, Limit newGuests) {

		public Settings {
			signIn = (signIn != null) ? signIn : new Limit(30, Duration.ofMinutes(10));
			registration = (registration != null) ? registration : new Limit(20, Duration.ofHours(1));
			imports = (imports != null) ? imports : new Limit(30, Duration.ofHours(1));
			newGuests = (newGuests != null) ? newGuests : new Limit(100, Duration.ofHours(1));
		}

	}

	private static final class Limiter {

		private final Limit limit;

		private final Cache<String, Bucket> buckets;

		Limiter(Limit limit) {
			this.limit = limit;
			this.buckets = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(limit.per()).build();
		}

		/** Null when allowed; otherwise how long until the next request would be. */
		Duration take(String clientAddress) {
			Bucket bucket = this.buckets.get(String.valueOf(clientAddress), address -> Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.limit.requests())
					.refillGreedy(this.limit.requests(), this.limit.per())
					.build())
				.build());
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? null
					: Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1).withNanos(0);
		}

	}

}
