package org.careerpath.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ending an account's other sessions (after a password change or the account's deletion) marks them in the session
 * store that every instance shares; {@link EndedSessionFilter} ends a marked session at its next request, on
 * whichever instance.
 */
@Component
class EndedSessions {

	static final String ENDED = "careerpath.session-ended";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	EndedSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Marks the sessions of the account but the one given (none when null) as ended. */
	void endAll(String username, String keptSessionId) {
		end(this.sessions, username, keptSessionId);
	}

	private static <S extends Session> void end(FindByIndexNameSessionRepository<S> sessions, String username,
			String keptSessionId) {
		sessions.findByPrincipalName(username).forEach((sessionId, session) -> {
			if (!sessionId.equals(keptSessionId)) {
				session.setAttribute(ENDED, Boolean.TRUE);
				sessions.save(session);
			}
		});
	}

}
