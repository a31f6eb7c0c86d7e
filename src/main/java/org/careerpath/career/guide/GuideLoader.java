package org.careerpath.career.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the guides at start-up, after Flyway and before the site serves a page: every {@code guides/*.yaml} on the
 * classpath, then every {@code *.yaml} in {@code careerpath.guides-dir} (a file there replaces a built-in one of the
 * same name). Each valid guide is written in its own transaction; an invalid one is logged with every problem and
 * skipped, leaving what an earlier start loaded of it, unless {@code careerpath.guides-fail-on-invalid} stops
 * start-up. A career whose file is gone is retired.
 */
@Component
class GuideLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GuideLoader.class);

	private final GuideStore store;

	private final ResourcePatternResolver resources;

	private final String directory;

	private final boolean failOnInvalid;

	GuideLoader(GuideStore store, ResourcePatternResolver resources,
			@Value("${careerpath.guides-dir:}") String directory,
			@Value("${careerpath.guides-fail-on-invalid:false}") boolean failOnInvalid) {
		this.store = store;
		this.resources = resources;
		this.directory = directory;
		this.failOnInvalid = failOnInvalid;
	}

	/** What one start did: each guide's outcome by file name, and every problem of the invalid ones. */
	record Report(Map<String, GuideStore.Result> written, List<GuideProblem> problems, List<String> careersRetired) {
	}

	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	Report load() {
		Map<String, GuideReader.Read> reads = new LinkedHashMap<>();
		for (Source source : sources()) {
			if (reads.containsKey(source.name())) {
				log.info("Guide {} from {} replaces the built-in guide of that name", source.name(), this.directory);
			}
			reads.put(source.name(), GuideReader.read(source.description(), source.bytes()));
		}
		List<GuideProblem> problems = new ArrayList<>();
		for (GuideReader.Read read : reads.values()) {
			if (!read.valid()) {
				problems.addAll(read.problems());
				log.error("Guide {} is not valid and was not loaded ({} {}):\n  {}", read.file(),
						read.problems().size(), (read.problems().size() == 1) ? "problem" : "problems",
						String.join("\n  ", read.problems().stream().map(GuideProblem::toString).toList()));
			}
		}
		if (this.failOnInvalid && !problems.isEmpty()) {
			throw new InvalidGuidesException(problems); // before anything is written
		}
		Map<String, GuideStore.Result> written = new LinkedHashMap<>();
		for (GuideReader.Read read : reads.values()) {
			if (read.valid()) {
				long started = System.nanoTime();
				GuideStore.Result result = this.store.write(read.guide(), read.contentHash());
				written.put(read.file(), result);
				log.info("Guide {}: {}{} in {} ms", read.file(), result.outcome().name().toLowerCase(),
						(result.retired() > 0) ? ", " + result.retired() + " items retired" : "",
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		List<String> retired = List.of();
		if (!reads.isEmpty()) {
			// File names, valid or not: a broken file keeps its career as an earlier start loaded it.
			retired = this.store.retireCareersOtherThan(
					reads.keySet().stream().map(name -> name.replaceFirst("\\.ya?ml$", "")).toList());
			if (!retired.isEmpty()) {
				log.warn("Careers retired, their guide files being gone (kept with their readers' progress): {}",
						String.join(", ", retired));
			}
		}
		return new Report(written, problems, retired);
	}

	private record Source(String name, String description, byte[] bytes) {
	}

	private List<Source> sources() {
		List<Source> sources = new ArrayList<>();
		try {
			for (Resource resource : this.resources.getResources("classpath*:guides/*.yaml")) {
				try (InputStream in = resource.getInputStream()) {
					sources.add(new Source(resource.getFilename(), "guides/" + resource.getFilename(),
							in.readNBytes(GuideReader.MAX_BYTES + 1)));
				}
			}
			if (!this.directory.isBlank()) {
				Path dir = Path.of(this.directory);
				if (!Files.isDirectory(dir)) {
					log.warn("careerpath.guides-dir {} is not a directory; only the built-in guides are loaded", dir);
					return sources;
				}
				try (Stream<Path> files = Files.list(dir)) {
					for (Path file : files.filter(GuideLoader::isGuideFile).sorted().toList()) {
						sources.add(new Source(file.getFileName().toString(), file.toString(), readCapped(file)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the guides", ex);
		}
		return sources;
	}

	/** At most one byte past the limit: enough for the reader to refuse a file that is too big. */
	static byte[] readCapped(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(GuideReader.MAX_BYTES + 1);
		}
	}

	static boolean isGuideFile(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

}
