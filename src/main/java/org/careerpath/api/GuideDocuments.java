package org.careerpath.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careerpath.api.GuideDocument.GuideAction;
import org.careerpath.api.GuideDocument.GuideBand;
import org.careerpath.api.GuideDocument.GuideCredential;
import org.careerpath.api.GuideDocument.GuideExperience;
import org.careerpath.api.GuideDocument.GuideQuestion;
import org.careerpath.api.GuideDocument.GuideResponsibility;
import org.careerpath.api.GuideDocument.GuideRung;
import org.careerpath.api.GuideDocument.GuideSalaries;
import org.careerpath.api.GuideDocument.GuideSkill;
import org.careerpath.api.GuideDocument.GuideStep;
import org.careerpath.api.GuideDocument.GuideTip;
import org.careerpath.career.Career;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.Credential;
import org.careerpath.career.CredentialRepository;
import org.careerpath.career.ExperienceNotes;
import org.careerpath.career.FaqEntryRepository;
import org.careerpath.career.LadderRungRepository;
import org.careerpath.career.Paragraphs;
import org.careerpath.career.ResponsibilityAreaRepository;
import org.careerpath.career.ResponsibilityDuty;
import org.careerpath.career.RoadmapStep;
import org.careerpath.career.RoadmapStepRepository;
import org.careerpath.career.SalaryBandRepository;
import org.careerpath.career.Skill;
import org.careerpath.career.SkillRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The guides' content as the API's documents; kept until a guide changes, like every content cache. */
@Service
@Transactional(readOnly = true)
class GuideDocuments {

	private final CareerRepository careers;

	private final RoadmapStepRepository steps;

	private final SkillRepository skills;

	private final CredentialRepository credentials;

	private final LadderRungRepository rungs;

	private final SalaryBandRepository bands;

	private final ResponsibilityAreaRepository areas;

	private final FaqEntryRepository faq;

	GuideDocuments(CareerRepository careers, RoadmapStepRepository steps, SkillRepository skills,
			CredentialRepository credentials, LadderRungRepository rungs, SalaryBandRepository bands,
			ResponsibilityAreaRepository areas, FaqEntryRepository faq) {
		this.careers = careers;
		this.steps = steps;
		this.skills = skills;
		this.credentials = credentials;
		this.rungs = rungs;
		this.bands = bands;
		this.areas = areas;
		this.faq = faq;
	}

	/** 1 query. */
	CareerList careers() {
		return new CareerList(this.careers.findCatalogue()
			.stream()
			.map(career -> new CareerList.CareerItem(career.slug(), career.title(), career.summary(), career.stepCount(),
					ApiAddresses.guide(career.slug()), ApiAddresses.overviewPage(career.slug())))
			.toList());
	}

	/** 8 queries when not cached: the career and each of its parts. */
	@Cacheable("content.api.guide")
	GuideDocument guide(String slug) {
		Career career = this.careers.findBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
		List<Skill> skillRows = this.skills.findWithStepsByCareerSlug(slug);
		List<Credential> credentialRows = this.credentials.findWithStepsByCareerSlug(slug);
		Map<String, List<String>> skillsByStep = new LinkedHashMap<>();
		Map<String, List<String>> credentialsByStep = new LinkedHashMap<>();
		skillRows.forEach(skill -> skill.getSteps()
			.forEach(step -> skillsByStep.computeIfAbsent(step.getKey(), key -> new ArrayList<>())
				.add(skill.getKey())));
		credentialRows.forEach(credential -> credential.getSteps()
			.forEach(step -> credentialsByStep.computeIfAbsent(step.getKey(), key -> new ArrayList<>())
				.add(credential.getKey())));
		List<GuideStep> stepItems = this.steps.findWithActionsByCareerSlug(slug)
			.stream()
			.map(step -> step(slug, step, skillsByStep.getOrDefault(step.getKey(), List.of()),
					credentialsByStep.getOrDefault(step.getKey(), List.of())))
			.toList();
		String currency = career.getCurrency().getCurrencyCode();
		ExperienceNotes notes = career.getExperienceNotes();
		GuideSalaries salaries = new GuideSalaries(currency, career.getWorkingHoursPerYear(),
				new GuideExperience(notes.label(), notes.counting(), notes.rule(), notes.meetingNote(), notes.note()),
				this.bands.findByCareerSlug(slug)
					.stream()
					.map(band -> new GuideBand(band.getKey(), band.getLevel(), band.getMedianMin(), band.getMedianMax(),
							band.isOpenEnded(), currency, band.getExperienceText(), band.getExperienceMinYears(),
							band.getExperienceMaxYears(), band.getDescription()))
					.toList());
		return new GuideDocument(career.getSlug(), career.getTitle(), career.getGuideTitle(), career.getSummary(),
				Paragraphs.of(career.getIntroduction()), Paragraphs.of(career.getRoleDescription()),
				Paragraphs.of(career.getWorkEnvironment()), Paragraphs.of(career.getConclusion()),
				ApiAddresses.overviewPage(slug), stepItems,
				skillRows.stream()
					.map(skill -> new GuideSkill(skill.getKey(), skill.getName(), skill.getDescription(),
							skill.getSteps().stream().map(RoadmapStep::getKey).toList()))
					.toList(),
				credentialRows.stream()
					.map(credential -> new GuideCredential(credential.getKey(), credential.getName(),
							credential.getAbbreviation(), credential.getKind().name(), credential.getDescription(),
							credential.getSteps().stream().map(RoadmapStep::getKey).toList()))
					.toList(),
				career.getCredentialsNote(),
				this.rungs.findWithTipsByCareerSlug(slug)
					.stream()
					.map(rung -> new GuideRung(rung.getKey(), rung.getPosition(), rung.getStage(), rung.getTitle(),
							Paragraphs.of(rung.getDescription()), rung.getTipsIntro(),
							rung.getTips().stream().map(tip -> new GuideTip(tip.getTitle(), tip.getText())).toList()))
					.toList(),
				salaries, Paragraphs.of(career.getResponsibilitiesIntro()),
				this.areas.findWithDutiesByCareerSlug(slug)
					.stream()
					.map(area -> new GuideResponsibility(area.getKey(), area.getTitle(),
							area.getDuties().stream().map(ResponsibilityDuty::getDescription).toList()))
					.toList(),
				this.faq.findByCareerSlug(slug)
					.stream()
					.map(entry -> new GuideQuestion(entry.getKey(), entry.getQuestion(), Paragraphs.of(entry.getAnswer())))
					.toList());
	}

	private static GuideStep step(String slug, RoadmapStep step, List<String> skills, List<String> credentials) {
		return new GuideStep(step.getKey(), step.getPosition(), step.getTitle(), step.getSummary(),
				Paragraphs.of(step.getBody()),
				step.getActions().stream().map(action -> new GuideAction(action.getKey(), action.getLabel())).toList(),
				List.copyOf(skills), List.copyOf(credentials), ApiAddresses.stepPage(slug, step.getKey()));
	}

}
