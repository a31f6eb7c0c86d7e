package org.careerpath.progress;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the reading pages ask of progress: the current person's progress on a roadmap, without creating anything. */
@Service
public class ProgressQueries {

	private final ProgressOwner owner;

	private final ProgressReader reader;

	private final LadderPositionRepository positions;

	ProgressQueries(ProgressOwner owner, ProgressReader reader, LadderPositionRepository positions) {
		this.owner = owner;
		this.reader = reader;
		this.positions = positions;
	}

	/** The rung the person said they are on, if any. */
	@Transactional(readOnly = true)
	public Optional<String> ladderPosition(HttpServletRequest request, String slug) {
		return this.owner.find(request)
			.flatMap(id -> this.positions.findByProfileIdAndCareerSlug(id, slug))
			.map(LadderPosition::getRungKey);
	}

	/**
	 * The progress of whoever sent the request on the given steps (in roadmap order). No query at all for a visitor
	 * who has changed nothing yet; three otherwise.
	 */
	@Transactional(readOnly = true)
	public CareerProgress forCareer(HttpServletRequest request, String slug, List<String> stepKeys) {
		Optional<Long> profileId = this.owner.find(request);
		return profileId.map(id -> this.reader.read(id, slug, stepKeys))
			.orElseGet(() -> ProgressReader.empty(slug, stepKeys));
	}

}
