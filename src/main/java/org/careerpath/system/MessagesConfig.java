package org.careerpath.system;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The site's texts: {@code messages.properties} (UTF-8), with no fallback to the server's own locale.
 * <p>
 * Spring formats a message with arguments ("Step {0}", "{0} of {1} actions done") on one shared
 * {@link MessageFormat} per message and locale, under that object's lock, because a MessageFormat is not
 * thread-safe. A checklist formats dozens of them, so under load the requests queued on those locks, one at a time,
 * whatever the number of cores (measured: 8 request threads, 6 of them blocked there). Here each thread formats with
 * its own copy instead.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource() {
		PerThreadMessageSource messages = new PerThreadMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static final class PerThreadMessageSource extends ResourceBundleMessageSource {

		/** Copies kept per thread at most: more (many languages asked for) and the thread starts again. */
		static final int MAX_PER_THREAD = 2_000;

		private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> copies = ThreadLocal
			.withInitial(HashMap::new);

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			Map<Locale, Map<String, MessageFormat>> mine = this.copies.get();
			Map<String, MessageFormat> forLocale = mine.get(locale);
			MessageFormat copy = (forLocale != null) ? forLocale.get(code) : null;
			if (copy != null) {
				return copy;
			}
			MessageFormat shared = super.resolveCode(code, locale);
			if (shared == null) {
				return null;
			}
			synchronized (shared) { // as Spring uses it
				copy = (MessageFormat) shared.clone();
			}
			if (mine.values().stream().mapToInt(Map::size).sum() >= MAX_PER_THREAD) {
				mine.clear();
			}
			mine.computeIfAbsent(locale, any -> new HashMap<>()).put(code, copy);
			return copy;
		}

	}

}
