package org.careerpath.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the reading pages ask of progress: a person's progress on a roadmap and place on its ladder. Reads only. */
@Service
@Transactional(readOnly = true)
public class ProgressQueries {

	private final ProgressProfiles profiles;

	private final ProgressReader reader;

	private final LadderPositions positions;

	ProgressQueries(ProgressProfiles profiles, ProgressReader reader, LadderPositions positions) {
		this.profiles = profiles;
		this.reader = reader;
		this.positions = positions;
	}

	/** The rung the person said they are on, if any. */
	public Optional<String> ladderPosition(Person person, String slug) {
		return this.positions.rungOf(person, slug);
	}

	/**
	 * The person's progress on the given steps (in roadmap order). No query at all for someone who has changed
	 * nothing yet; three otherwise.
	 */
	public CareerProgress forCareer(Person person, String slug, List<String> stepKeys) {
		return this.profiles.find(person)
			.map(id -> this.reader.read(id, slug, stepKeys))
			.orElseGet(() -> ProgressReader.empty(slug, stepKeys));
	}

}
