package org.careerpath.career.guide;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks guide files without starting the site, with the same rules and messages as start-up:
 * {@code ./mvnw -q spring-boot:run -Dspring-boot.run.main-class=...GuideCheck} (see docs/authoring-guides.md).
 * Takes files and directories; prints each
 * problem as {@code file:line: where: what} and exits 1 when any guide is invalid, 2 when given nothing to check.
 */
public final class GuideCheck {

	private GuideCheck() {
	}

	public static void main(String[] args) throws IOException {
		System.exit(run(args, System.out));
	}

	static int run(String[] args, PrintStream out) throws IOException {
		Set<Path> files = new LinkedHashSet<>();
		for (String arg : args) {
			Path path = Path.of(arg);
			if (Files.isDirectory(path)) {
				try (Stream<Path> list = Files.list(path)) {
					List<Path> guides = list.filter(GuideLoader::isGuideFile).sorted().toList();
					if (guides.isEmpty()) {
						out.println(arg + ": no guide files (*.yaml, *.yml) in this directory");
						return 2;
					}
					guides.forEach(file -> files.add(file.normalize()));
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path.normalize());
			}
			else {
				out.println(arg + ": no such file or directory");
				return 2;
			}
		}
		if (files.isEmpty()) {
			out.println("Usage: GuideCheck <guide.yaml or directory>...  (checks each guide; exit code 1 if any is invalid)");
			return 2;
		}
		int invalid = 0;
		for (Path file : files) {
			GuideReader.Read read = GuideReader.read(file.toString(), GuideLoader.readCapped(file));
			if (read.valid()) {
				GuideFile guide = read.guide();
				out.println(file + ": valid (" + guide.steps().size() + " steps, "
						+ guide.steps().stream().mapToInt(step -> step.actions().size()).sum() + " actions, "
						+ guide.ladder().size() + " rungs, "
						+ ((guide.salaries() != null) ? guide.salaries().bands().size() : 0) + " salary bands)");
			}
			else {
				invalid++;
				read.problems().forEach(out::println);
			}
		}
		if (invalid > 0) {
			out.println(invalid + " of " + files.size() + " guides not valid");
		}
		return (invalid > 0) ? 1 : 0;
	}

}
