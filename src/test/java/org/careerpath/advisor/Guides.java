package org.careerpath.advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.careerpath.career.guide.GuideFile;
import org.careerpath.career.guide.GuideReader;

/** The real guide file as the advisor's rules see it, read without a database. */
final class Guides {

	private Guides() {
	}

	static AdvisorGuide director() {
		try {
			Path file = Path.of("src/main/resources/guides/director-of-clinical-services.yaml");
			GuideFile guide = GuideReader.read(file.toString(), Files.readAllBytes(file)).guide();
			return new AdvisorGuide(guide.slug(), guide.title(),
					guide.steps().stream().map(step -> new AdvisorGuide.Step(step.key(),
							guide.steps().indexOf(step) + 1, step.title(),
							step.actions().stream().map(a -> new AdvisorGuide.Named(a.key(), a.label())).toList()))
						.toList(),
					guide.ladder().stream().map(rung -> new AdvisorGuide.Rung(rung.key(), rung.title(),
							rung.tips().stream().map(tip -> tip.title() + ": " + tip.text()).toList())).toList(),
					guide.credentials().stream().map(c -> new AdvisorGuide.Named(c.key(), c.name())).toList(),
					guide.skills().stream().map(s -> new AdvisorGuide.Named(s.key(), s.name())).toList(),
					guide.salaries().bands().stream()
						.map(b -> new AdvisorGuide.Band(b.key(), b.level(), "$" + b.low() + " – $" + b.high()))
						.toList(),
					guide.advisor());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
