package org.careerpath.progress;

import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the advisor keeps for a person, like progress (a guest's or an account's, merged, exported and deleted with
 * it): their answers, every skill rating with its time, and the steps they choose to mark done from a plan. Keys are
 * checked by the caller against the guide; nothing here knows a guide's rules.
 */
@Service
public class AdvisorRecords {

	private final ProgressProfiles profiles;

	private final AdvisorAnswersRepository answers;

	private final SkillRatingRepository ratings;

	private final StepProgressRepository steps;

	private final Clock clock;

	AdvisorRecords(ProgressProfiles profiles, AdvisorAnswersRepository answers, SkillRatingRepository ratings,
			StepProgressRepository steps, Clock clock) {
		this.profiles = profiles;
		this.answers = answers;
		this.ratings = ratings;
		this.steps = steps;
		this.clock = clock;
	}

	/** After a save: the guest token the browser must keep (see {@link GuestCookies}), null for an account. */
	public record Saved(String guestToken) {
	}

	@Transactional(readOnly = true)
	public Optional<Answers> answers(Person person, String slug) {
		return this.profiles.find(person)
			.flatMap(id -> this.answers.findByProfileIdAndCareerSlug(id, slug))
			.map(AdvisorAnswers::toAnswers);
	}

	/** Every rating of the career's skills, oldest first. */
	@Transactional(readOnly = true)
	public List<Rating> ratings(Person person, String slug) {
		return this.profiles.find(person)
			.map(id -> this.ratings.findByProfileIdAndCareerSlugOrderByRatedAtAscIdAsc(id, slug)
				.stream()
				.map(SkillRating::toRating)
				.toList())
			.orElse(List.of());
	}

	@Transactional
	@RetryOnConflict
	public Saved saveAnswers(Person person, String slug, Answers given) {
		ProgressProfiles.Owner owner = this.profiles.obtain(person);
		AdvisorAnswers row = this.answers.findByProfileIdAndCareerSlug(owner.profileId(), slug)
			.orElseGet(() -> new AdvisorAnswers(owner.profileId(), slug));
		row.answer(given, this.clock.instant());
		this.answers.saveAndFlush(row);
		return new Saved(owner.guestToken());
	}

	/** One assessment: the ratings given, saved together at one time; earlier ones stay. */
	@Transactional
	@RetryOnConflict
	public Saved rate(Person person, String slug, Map<String, Integer> given) {
		ProgressProfiles.Owner owner = this.profiles.obtain(person);
		Instant now = this.clock.instant();
		given.forEach((skill, rating) -> this.ratings.save(new SkillRating(owner.profileId(), slug, skill, rating, now)));
		return new Saved(owner.guestToken());
	}

	/** Marks these steps done, leaving those already done as they are; returns the steps it changed. */
	@Transactional
	@RetryOnConflict
	public Marked markDone(Person person, String slug, List<String> stepKeys) {
		ProgressProfiles.Owner owner = this.profiles.obtain(person);
		Instant now = this.clock.instant();
		List<String> changed = new ArrayList<>();
		for (String key : stepKeys) {
			StepProgress row = this.steps.findByProfileIdAndCareerSlugAndStepKey(owner.profileId(), slug, key)
				.orElseGet(() -> new StepProgress(owner.profileId(), slug, key, now));
			if (row.getStatus() != StepStatus.DONE) {
				row.setStatus(StepStatus.DONE, now);
				this.steps.saveAndFlush(row);
				changed.add(key);
			}
		}
		return new Marked(List.copyOf(changed), owner.guestToken());
	}

	/** The steps a plan marked done (those not done before), and the guest token to keep. */
	public record Marked(List<String> stepKeys, String guestToken) {
	}

}
