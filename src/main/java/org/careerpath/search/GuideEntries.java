package org.careerpath.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.careerpath.career.Career;
import org.careerpath.career.CareerListing;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.Credential;
import org.careerpath.career.CredentialRepository;
import org.careerpath.career.FaqEntry;
import org.careerpath.career.FaqEntryRepository;
import org.careerpath.career.LadderRung;
import org.careerpath.career.LadderRungRepository;
import org.careerpath.career.ResponsibilityArea;
import org.careerpath.career.ResponsibilityAreaRepository;
import org.careerpath.career.RoadmapStep;
import org.careerpath.career.RoadmapStepRepository;
import org.careerpath.career.Skill;
import org.careerpath.career.SkillRepository;
import org.careerpath.search.GuideEntry.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Every guide's content as search entries, read in one read-only transaction. */
@Component
class GuideEntries {

	private final CareerRepository careers;

	private final RoadmapStepRepository steps;

	private final SkillRepository skills;

	private final CredentialRepository credentials;

	private final LadderRungRepository rungs;

	private final ResponsibilityAreaRepository areas;

	private final FaqEntryRepository faq;

	GuideEntries(CareerRepository careers, RoadmapStepRepository steps, SkillRepository skills,
			CredentialRepository credentials, LadderRungRepository rungs, ResponsibilityAreaRepository areas,
			FaqEntryRepository faq) {
		this.careers = careers;
		this.steps = steps;
		this.skills = skills;
		this.credentials = credentials;
		this.rungs = rungs;
		this.areas = areas;
		this.faq = faq;
	}

	@Transactional(readOnly = true)
	List<GuideEntry> all() {
		List<GuideEntry> entries = new ArrayList<>();
		for (CareerListing listing : this.careers.findCatalogue()) {
			this.careers.findBySlug(listing.slug()).ifPresent(career -> entries.addAll(of(career)));
		}
		return entries;
	}

	private List<GuideEntry> of(Career career) {
		String slug = career.getSlug();
		List<GuideEntry> entries = new ArrayList<>();
		entries.add(entry(career, Kind.OVERVIEW, career.getTitle(), text(career.getSummary(), career.getIntroduction(),
				career.getRoleDescription(), career.getWorkEnvironment(), career.getConclusion()), "", null));
		for (RoadmapStep step : this.steps.findWithActionsByCareerSlug(slug)) {
			entries.add(entry(career, Kind.STEP, step.getTitle(),
					text(Stream.concat(Stream.of(step.getBody().contains(step.getSummary()) ? null : step.getSummary(),
							step.getBody()),
							step.getActions().stream().map(action -> action.getLabel()))),
					"/steps/" + step.getKey(), null));
		}
		for (Skill skill : this.skills.findWithStepsByCareerSlug(slug)) {
			entries.add(entry(career, Kind.SKILL, skill.getName(), skill.getDescription(), "/skills",
					"skill-" + skill.getKey()));
		}
		for (Credential credential : this.credentials.findWithStepsByCareerSlug(slug)) {
			String name = (credential.getAbbreviation() != null)
					? credential.getName() + " (" + credential.getAbbreviation() + ")" : credential.getName();
			entries.add(entry(career, Kind.CREDENTIAL, name, credential.getDescription(), "/skills",
					"credential-" + credential.getKey()));
		}
		for (LadderRung rung : this.rungs.findWithTipsByCareerSlug(slug)) {
			entries.add(entry(career, Kind.RUNG, rung.getTitle(),
					text(Stream.concat(Stream.of(rung.getStage(), rung.getDescription(), rung.getTipsIntro()),
							rung.getTips().stream().map(tip -> tip.getTitle() + ". " + tip.getText()))),
					"/ladder", "rung-" + rung.getKey()));
		}
		for (ResponsibilityArea area : this.areas.findWithDutiesByCareerSlug(slug)) {
			entries.add(entry(career, Kind.RESPONSIBILITY, area.getTitle(),
					text(area.getDuties().stream().map(duty -> duty.getDescription())), "/responsibilities",
					"area-" + area.getKey()));
		}
		for (FaqEntry entry : this.faq.findByCareerSlug(slug)) {
			entries.add(entry(career, Kind.FAQ, entry.getQuestion(), entry.getAnswer(), "/faq", "faq-" + entry.getKey()));
		}
		return entries;
	}

	private static GuideEntry entry(Career career, Kind kind, String title, String body, String page, String anchor) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/careers/{slug}" + page);
		if (anchor != null) {
			address.fragment(anchor);
		}
		return new GuideEntry(career.getSlug(), career.getTitle(), kind, title, body,
				address.buildAndExpand(career.getSlug()).encode().toUriString());
	}

	private static String text(String... parts) {
		return text(Stream.of(parts));
	}

	private static String text(Stream<String> parts) {
		return parts.filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n\n"));
	}

}
