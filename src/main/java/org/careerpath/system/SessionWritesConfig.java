package org.careerpath.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A signed-in person's requests read their session from the database; Spring Session would also write its "last
 * used" time back on every one of them, an UPDATE and a commit per page, all on the same row when a person's pages
 * load together. Here that time is written at most once a minute (when nothing else in the session changed), so a
 * session may end up to a minute before its 30 minutes of disuse are over; nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
class SessionWritesConfig {

	static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(1);

	/**
	 * Spring Session's filter, made again on the same database repository and the same cookie, with the throttle in
	 * between. (A repository bean of its own would make Spring Boot leave out the JDBC one it is made from.)
	 */
	@Bean
	static BeanPostProcessor throttledSessionWrites(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter)) {
					return bean;
				}
				SessionRepositoryFilter<ThrottledSession> filter = new SessionRepositoryFilter<>(
						new ThrottledRepository((FindByIndexNameSessionRepository) sessions.getObject()));
				CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
				resolver.setCookieSerializer(cookies.getObject());
				filter.setHttpSessionIdResolver(resolver);
				return filter;
			}
		};
	}

	static final class ThrottledRepository implements FindByIndexNameSessionRepository<ThrottledSession> {

		private final FindByIndexNameSessionRepository<Session> sessions;

		ThrottledRepository(FindByIndexNameSessionRepository<Session> sessions) {
			this.sessions = sessions;
		}

		@Override
		public ThrottledSession createSession() {
			return new ThrottledSession(this.sessions.createSession());
		}

		@Override
		public void save(ThrottledSession session) {
			this.sessions.save(session.stored);
		}

		@Override
		public ThrottledSession findById(String id) {
			Session found = this.sessions.findById(id);
			return (found != null) ? new ThrottledSession(found) : null;
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> new ThrottledSession(entry.getValue())));
		}

	}

	/** The stored session, but "last used" moves only when it is a minute or more behind. */
	static final class ThrottledSession implements Session {

		private final Session stored;

		ThrottledSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (lastAccessedTime.isAfter(this.stored.getLastAccessedTime().plus(LAST_ACCESS_RESOLUTION))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
