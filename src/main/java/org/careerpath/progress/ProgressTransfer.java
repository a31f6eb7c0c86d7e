package org.careerpath.progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.careerpath.career.StepOutline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress in and out: the download of one roadmap, its import, and everything an account keeps. */
@Service
class ProgressTransfer {

	private final ProgressProfiles profiles;

	private final ProgressProfileRepository profileRows;

	private final StepProgressRepository steps;

	private final ActionProgressRepository actions;

	private final LadderPositionRepository positions;

	private final RoadmapContent content;

	private final ProgressReader reader;

	private final ProgressImport importer;

	private final AdvisorAnswersRepository answers;

	private final SkillRatingRepository ratings;

	private final Clock clock;

	private final ProgressMetrics metrics;

	ProgressTransfer(ProgressProfiles profiles, ProgressProfileRepository profileRows, StepProgressRepository steps,
			ActionProgressRepository actions, LadderPositionRepository positions, RoadmapContent content,
			ProgressReader reader, ProgressImport importer, AdvisorAnswersRepository answers,
			SkillRatingRepository ratings, Clock clock, ProgressMetrics metrics) {
		this.metrics = metrics;
		this.answers = answers;
		this.ratings = ratings;
		this.profiles = profiles;
		this.profileRows = profileRows;
		this.steps = steps;
		this.actions = actions;
		this.positions = positions;
		this.content = content;
		this.reader = reader;
		this.importer = importer;
		this.clock = clock;
	}

	/** The file to download; a person with no profile gets an empty one. */
	@Transactional(readOnly = true)
	ProgressFile export(Person person, String slug) {
		List<StepOutline> outline = this.content.requireCareer(slug);
		return export(this.profiles.find(person), slug, outline);
	}

	/**
	 * Checks an uploaded file against the roadmap as it is now and, if it passes, replaces the roadmap's progress
	 * with it, all or nothing. A file that fails changes nothing and creates nothing.
	 */
	@Transactional
	@RetryOnConflict
	Imported importFile(Person person, String slug, byte[] content) {
		List<String> stepKeys = this.content.stepKeys(slug);
		ProgressImport.Result checked = this.importer.check(content, slug, stepKeys, this.content.actions(slug),
				this.content.rungKeys(slug));
		if (!checked.isValid()) {
			return new Imported(checked, null);
		}
		ProgressProfiles.Owner owner = this.profiles.obtain(person);
		long profileId = owner.profileId();
		if (checked.ladderRung() != null) { // a file without a position leaves the current one as it is
			this.positions.deleteByProfileIdAndCareerSlug(profileId, slug);
			this.positions.saveAndFlush(new LadderPosition(profileId, slug, checked.ladderRung(), this.clock.instant()));
		}
		this.steps.deleteByProfileIdAndCareerSlug(profileId, slug);
		this.actions.deleteByProfileIdAndCareerSlug(profileId, slug);
		for (ProgressImport.CheckedStep step : checked.steps()) {
			StepProgress row = new StepProgress(profileId, slug, step.key(), step.updatedAt());
			row.copyFrom(step.status(), step.details().note(), step.details().completedOn(),
					step.details().evidenceUrl(), step.updatedAt());
			this.steps.save(row);
			for (String actionKey : step.actionsDone()) {
				this.actions.saveAndFlush(new ActionProgress(profileId, slug, step.key(), actionKey, step.updatedAt()));
			}
		}
		if (checked.answers() != null) {
			AdvisorAnswers row = this.answers.findByProfileIdAndCareerSlug(profileId, slug)
				.orElseGet(() -> new AdvisorAnswers(profileId, slug));
			row.answer(checked.answers(), checked.answers().updatedAt());
			this.answers.saveAndFlush(row);
		}
		if (checked.ratings() != null) {
			this.ratings.deleteByProfileIdAndCareerSlug(profileId, slug);
			checked.ratings().forEach(rating -> this.ratings.save(new SkillRating(profileId, slug, rating.skillKey(),
					rating.rating(), rating.ratedAt())));
		}
		this.metrics.imported();
		return new Imported(checked, owner.guestToken());
	}

	/** Everything kept for an account, by career, in the same shape as the progress file. */
	@Transactional(readOnly = true)
	List<ProgressFile> accountData(long accountId) {
		Optional<Long> profileId = this.profileRows.findByAccountId(accountId).map(ProgressProfile::getId);
		if (profileId.isEmpty()) {
			return List.of();
		}
		Set<String> careers = new LinkedHashSet<>();
		this.steps.findByProfileIdOrderByCareerSlug(profileId.get()).forEach(row -> careers.add(row.getCareerSlug()));
		this.actions.findByProfileId(profileId.get()).forEach(row -> careers.add(row.getCareerSlug()));
		this.positions.findByProfileId(profileId.get()).forEach(row -> careers.add(row.getCareerSlug()));
		this.answers.findByProfileId(profileId.get()).forEach(row -> careers.add(row.getCareerSlug()));
		this.ratings.findByProfileIdOrderByRatedAtAscIdAsc(profileId.get()).forEach(row -> careers.add(row.getCareerSlug()));
		return careers.stream().map(slug -> export(profileId, slug, this.content.outline(slug))).toList();
	}

	private ProgressFile export(Optional<Long> profileId, String slug, List<StepOutline> outline) {
		List<String> keys = outline.stream().map(StepOutline::key).toList();
		CareerProgress progress = profileId.map(id -> this.reader.read(id, slug, keys))
			.orElseGet(() -> ProgressReader.empty(slug, keys));
		List<ProgressFile.Step> items = new ArrayList<>();
		for (StepOutline step : outline) {
			CareerProgress.StepState state = progress.step(step.key());
			if (state.updatedAt() != null || !state.actionsDone().isEmpty()) {
				items.add(fileStep(state, step.title(), false));
			}
		}
		if (!progress.retired().isEmpty()) {
			Map<String, String> titles = this.content.retiredTitles(slug);
			progress.retired().forEach(state -> items.add(fileStep(state, titles.get(state.stepKey()), true)));
		}
		String rung = profileId.flatMap(id -> this.positions.findByProfileIdAndCareerSlug(id, slug))
			.map(LadderPosition::getRungKey)
			.orElse(null);
		ProgressFile.Advisor advisor = profileId.flatMap(id -> this.answers.findByProfileIdAndCareerSlug(id, slug))
			.map(AdvisorAnswers::toAnswers)
			.map(given -> new ProgressFile.Advisor(given.educationLevel(), given.educationField(),
					given.credentials().stream().sorted().toList(), given.clinicalYears(), given.managementYears(),
					given.currentRole(), (given.targetDate() != null) ? given.targetDate().toString() : null,
					String.valueOf(given.updatedAt())))
			.orElse(null);
		List<ProgressFile.SkillRatingEntry> rated = profileId
			.map(id -> this.ratings.findByProfileIdAndCareerSlugOrderByRatedAtAscIdAsc(id, slug).stream()
				.map(SkillRating::toRating)
				.map(rating -> new ProgressFile.SkillRatingEntry(rating.skillKey(), rating.rating(),
						rating.ratedAt().toString()))
				.toList())
			.filter(list -> !list.isEmpty())
			.orElse(null);
		return new ProgressFile(ProgressFile.FORMAT, ProgressFile.VERSION, slug, this.clock.instant().toString(), rung,
				items, advisor, rated);
	}

	private static ProgressFile.Step fileStep(CareerProgress.StepState state, String title, boolean retired) {
		return new ProgressFile.Step(state.stepKey(), title, state.status().name(),
				(state.completedOn() != null) ? state.completedOn().toString() : null, state.note(), state.evidenceUrl(),
				state.actionsDone().stream().sorted().toList(),
				(state.updatedAt() != null) ? state.updatedAt().toString() : null, retired ? Boolean.TRUE : null);
	}

	/**
	 * What an import did: the checked file (with its problems if it failed) and the guest token the browser keeps.
	 */
	record Imported(ProgressImport.Result result, String guestToken) {

		boolean isDone() {
			return this.result.isValid();
		}

	}

}
