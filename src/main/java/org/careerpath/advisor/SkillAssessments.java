package org.careerpath.advisor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.careerpath.progress.AdvisorRecords;
import org.careerpath.progress.Person;
import org.careerpath.progress.Rating;
import org.springframework.stereotype.Service;

/** The skills self-assessment: every skill rated 1 to 5 at once; each assessment kept, so growth shows. */
@Service
class SkillAssessments {

	private final AdvisorGuides guides;

	private final AdvisorRecords records;

	private final AdvisorService advisor;

	SkillAssessments(AdvisorGuides guides, AdvisorRecords records, AdvisorService advisor) {
		this.guides = guides;
		this.records = records;
		this.advisor = advisor;
	}

	AssessmentPage page(Person person, String slug, Locale locale) {
		AdvisorGuide guide = this.guides.guide(slug, locale);
		List<Rating> ratings = this.records.ratings(person, slug);
		Map<String, String> chosen = new LinkedHashMap<>();
		AdvisorService.latest(ratings).forEach((skill, rating) -> chosen.put(skill, rating.toString()));
		return page(guide, ratings, chosen, List.of(), false);
	}

	/** Saves the ratings when every skill has one from 1 to 5 and no other key is given; else the page again. */
	Result rate(Person person, String slug, Map<String, String> given, Locale locale) {
		AdvisorGuide guide = this.guides.guide(slug, locale);
		Map<String, Integer> ratings = new LinkedHashMap<>();
		List<String> unrated = new ArrayList<>();
		for (AdvisorGuide.Named skill : guide.skills()) {
			String value = given.get(skill.key());
			if (value != null && value.matches("[1-5]")) {
				ratings.put(skill.key(), Integer.valueOf(value));
			}
			else {
				unrated.add(skill.key());
			}
		}
		boolean tampered = given.keySet().stream().anyMatch(key -> guide.skills().stream().noneMatch(s -> s.key().equals(key)));
		if (!unrated.isEmpty() || tampered) {
			return new Result(page(guide, this.records.ratings(person, slug), given, unrated, tampered), null);
		}
		return new Result(null, this.records.rate(person, slug, ratings).guestToken());
	}

	record Result(AssessmentPage invalid, String guestToken) {
	}

	private AssessmentPage page(AdvisorGuide guide, List<Rating> ratings, Map<String, String> chosen,
			List<String> unrated, boolean tampered) {
		List<AssessmentPage.Skill> skills = guide.skills().stream().map(skill -> {
			List<AssessmentPage.Point> history = ratings.stream()
				.filter(rating -> rating.skillKey().equals(skill.key()))
				.map(rating -> new AssessmentPage.Point(LocalDate.ofInstant(rating.ratedAt(), ZoneOffset.UTC),
						rating.rating()))
				.toList();
			Integer current = history.isEmpty() ? null : history.get(history.size() - 1).rating();
			return new AssessmentPage.Skill(skill.key(), skill.name(), current, history, sparkline(history));
		}).toList();
		return new AssessmentPage(this.advisor.header(guide.slug()), skills, chosen, unrated, tampered);
	}

	/** Points across 0 to 100 (first to last rating), up for better: y 2 for 5, 18 for 1. */
	static String sparkline(List<AssessmentPage.Point> history) {
		if (history.size() < 2) {
			return null;
		}
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < history.size(); i++) {
			double x = 100.0 * i / (history.size() - 1);
			int y = 2 + (5 - history.get(i).rating()) * 4;
			points.append(points.isEmpty() ? "" : " ").append(Math.round(x)).append(',').append(y);
		}
		return points.toString();
	}

}
