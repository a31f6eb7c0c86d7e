package org.careerpath.system;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.careerpath.career.GuidesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The guides are read far more than they are written, and only the guide loader writes them: the view models
 * assembled from them (never anything of a person's) are kept in memory, per instance, bounded, and all dropped when
 * a guide changes. A cached entry is an immutable record, so no reader can change what another reads.
 */
@Configuration(proxyBeanMethods = false)
// First, before any transaction is opened: a page found in the cache needs no database connection at all.
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class ContentCacheConfig {

	private static final Logger log = LoggerFactory.getLogger(ContentCacheConfig.class);

	/** Entries per cache: pages of every step of a few dozen guides, in a few languages. */
	static final int MAX_ENTRIES = 2_000;

	/** Rendered pages held at most: about 500 roadmaps, plain and compressed. */
	static final long PAGE_BYTES = 24L * 1024 * 1024;

	@Bean
	CacheManager cacheManager() {
		CaffeineCacheManager caches = new CaffeineCacheManager();
		// Content changes only when a guide is loaded, which evicts everything; the expiry is a safety net.
		caches.setCaffeine(Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(Duration.ofHours(12)));
		caches.setAllowNullValues(false);
		// Rendered pages (PageCacheFilter), bounded by their bytes rather than their number.
		caches.registerCustomCache(PageCacheFilter.CACHE, Caffeine.newBuilder()
			.maximumWeight(PAGE_BYTES)
			.<Object, Object>weigher((key, page) -> ((CachedPage) page).weight())
			.expireAfterWrite(Duration.ofHours(12))
			.recordStats() // hits and misses in the cache.gets metric
			.build());
		return caches;
	}

	/** After Spring Security's filters (order -100), so a page served from memory still gets its headers. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(CacheManager caches, Clock clock) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(caches, clock));
		registration.setOrder(0);
		return registration;
	}

	/** After the change is committed (or at once, outside a transaction), so no reader caches the old rows again. */
	@Bean
	GuideChangeEviction guideChangeEviction(CacheManager caches) {
		return new GuideChangeEviction(caches);
	}

	static final class GuideChangeEviction {

		private final CacheManager caches;

		GuideChangeEviction(CacheManager caches) {
			this.caches = caches;
		}

		@TransactionalEventListener(fallbackExecution = true)
		void guidesChanged(GuidesChanged change) {
			this.caches.getCacheNames().forEach(name -> this.caches.getCache(name).clear());
			log.debug("Content caches cleared: guide {} changed", change.slug());
		}

	}

}
