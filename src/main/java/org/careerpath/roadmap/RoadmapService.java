package org.careerpath.roadmap;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.careerpath.career.Career;
import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerListing;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.Credential;
import org.careerpath.career.CredentialRepository;
import org.careerpath.career.FaqEntryRepository;
import org.careerpath.career.LadderRung;
import org.careerpath.career.MoneyFormat;
import org.careerpath.career.LadderRungRepository;
import org.careerpath.career.Paragraphs;
import org.careerpath.career.ResponsibilityAreaRepository;
import org.careerpath.career.ResponsibilityDuty;
import org.careerpath.career.RoadmapStep;
import org.careerpath.career.RoadmapStepRepository;
import org.careerpath.career.SalaryBand;
import org.careerpath.career.SalaryBandRepository;
import org.careerpath.career.SalaryRange;
import org.careerpath.career.Skill;
import org.careerpath.career.SkillRepository;
import org.careerpath.career.StepAction;
import org.careerpath.career.StepOutline;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles each reading page's view model. Every method runs a fixed number of queries whatever the number of steps,
 * skills or rungs: collections are fetched with the item that owns them (see the repositories). The view models are
 * the same for everyone and kept in the content caches until a guide changes (system.ContentCacheConfig), so a
 * warm page runs none.
 */
@Service
@Transactional(readOnly = true)
class RoadmapService {

	private final CareerRepository careers;

	private final RoadmapStepRepository steps;

	private final SkillRepository skills;

	private final CredentialRepository credentials;

	private final LadderRungRepository rungs;

	private final SalaryBandRepository bands;

	private final ResponsibilityAreaRepository responsibilities;

	private final FaqEntryRepository faqs;

	RoadmapService(CareerRepository careers, RoadmapStepRepository steps, SkillRepository skills,
			CredentialRepository credentials, LadderRungRepository rungs, SalaryBandRepository bands,
			ResponsibilityAreaRepository responsibilities, FaqEntryRepository faqs) {
		this.careers = careers;
		this.steps = steps;
		this.skills = skills;
		this.credentials = credentials;
		this.rungs = rungs;
		this.bands = bands;
		this.responsibilities = responsibilities;
		this.faqs = faqs;
	}

	/** 1 query. */
	@Cacheable("content.catalogue")
	List<CareerListing> catalogue() {
		return this.careers.findCatalogue();
	}

	/** 5 queries: career, step count, skill count, ladder, salary bands. */
	@Cacheable("content.overview")
	CareerOverview overview(String slug, Locale locale) {
		Career career = this.careers.findBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
		List<String> ladder = this.rungs.findWithTipsByCareerSlug(slug).stream().map(LadderRung::getTitle).toList();
		List<SalaryBand> salaryBands = this.bands.findByCareerSlug(slug);
		String salarySpan = salaryBands.isEmpty() ? ""
				: MoneyFormat.range(SalaryRange.span(salaryBands, career.getCurrency()), locale);
		var atAGlance = new CareerOverview.AtAGlance(this.steps.countByCareerSlug(slug),
				this.skills.countByCareerSlug(slug), salarySpan, salaryBands.size(), ladder);
		return new CareerOverview(career.header(), career.getGuideTitle(), Paragraphs.of(career.getIntroduction()),
				Paragraphs.of(career.getRoleDescription()), Paragraphs.of(career.getWorkEnvironment()),
				Paragraphs.of(career.getConclusion()), atAGlance);
	}

	/** 2 queries: career, steps with their actions. */
	@Cacheable("content.roadmap")
	RoadmapView roadmap(String slug) {
		CareerHeader career = header(slug);
		List<RoadmapView.Step> items = this.steps.findWithActionsByCareerSlug(slug)
			.stream()
			.map(step -> new RoadmapView.Step(step.getKey(), step.getPosition(), step.getTitle(), step.getSummary(),
					Paragraphs.of(step.getBody()), step.getActions().stream().map(StepAction::getLabel).toList()))
			.toList();
		return new RoadmapView(career, items);
	}

	/** 3 queries: career, the step with actions, skills and credentials, the outline for previous and next. */
	@Cacheable("content.step")
	StepView step(String slug, String stepKey) {
		CareerHeader career = header(slug);
		RoadmapStep step = this.steps.findDetail(slug, stepKey)
			.orElseThrow(() -> ContentNotFoundException.step(slug, stepKey));
		List<StepOutline> outline = this.steps.findOutlinesByCareerSlug(slug);
		int index = indexOf(outline, stepKey);
		StepOutline previous = (index > 0) ? outline.get(index - 1) : null;
		StepOutline next = (index >= 0 && index < outline.size() - 1) ? outline.get(index + 1) : null;
		return new StepView(career, step.getKey(), index + 1, outline.size(), step.getTitle(),
				Paragraphs.of(step.getBody()),
				step.getActions().stream().map(action -> new StepView.Action(action.getKey(), action.getLabel())).toList(),
				step.getSkills()
					.stream()
					.sorted(Comparator.comparingInt(Skill::getPosition))
					.map(skill -> new StepView.Link(skill.getKey(), skill.getName()))
					.toList(),
				step.getCredentials()
					.stream()
					.sorted(Comparator.comparingInt(Credential::getPosition))
					.map(credential -> new StepView.Link(credential.getKey(), credential.getName()))
					.toList(),
				previous, next, outline.stream().map(StepOutline::key).toList());
	}

	/** 3 queries: career, skills with their steps, credentials with their steps. */
	@Cacheable("content.skills")
	SkillsView skills(String slug) {
		Career found = career(slug, "skills");
		CareerHeader career = found.header();
		List<SkillsView.Skill> skillItems = this.skills.findWithStepsByCareerSlug(slug)
			.stream()
			.map(skill -> new SkillsView.Skill(skill.getKey(), skill.getName(), skill.getDescription(),
					stepRefs(skill.getSteps())))
			.toList();
		List<SkillsView.Credential> credentialItems = this.credentials.findWithStepsByCareerSlug(slug)
			.stream()
			.map(credential -> new SkillsView.Credential(credential.getKey(), credential.getName(),
					credential.getAbbreviation(), credential.getKind().name(), credential.getDescription(),
					stepRefs(credential.getSteps())))
			.toList();
		return new SkillsView(career, skillItems, credentialItems, found.getCredentialsNote());
	}

	/** 2 queries: career, rungs with their tips. */
	@Cacheable("content.ladder")
	LadderView ladder(String slug) {
		CareerHeader career = header(slug, "ladder");
		List<LadderView.Rung> items = this.rungs.findWithTipsByCareerSlug(slug)
			.stream()
			.map(rung -> new LadderView.Rung(rung.getKey(), rung.getPosition(), rung.getStage(), rung.getTitle(),
					Paragraphs.of(rung.getDescription()), rung.getTipsIntro(),
					rung.getTips().stream().map(tip -> new LadderView.Tip(tip.getTitle(), tip.getText())).toList()))
			.toList();
		return new LadderView(career, items);
	}

	/** 2 queries: career, areas with their duties. */
	@Cacheable("content.responsibilities")
	ResponsibilitiesView responsibilities(String slug) {
		Career career = career(slug, "responsibilities");
		List<ResponsibilitiesView.Area> areas = this.responsibilities.findWithDutiesByCareerSlug(slug)
			.stream()
			.map(area -> new ResponsibilitiesView.Area(area.getKey(), area.getTitle(),
					area.getDuties().stream().map(ResponsibilityDuty::getDescription).toList()))
			.toList();
		return new ResponsibilitiesView(career.header(), Paragraphs.of(career.getResponsibilitiesIntro()), areas);
	}

	/** 2 queries: career, FAQ entries. */
	@Cacheable("content.faq")
	FaqView faq(String slug) {
		CareerHeader career = header(slug, "faq");
		List<FaqView.Entry> entries = this.faqs.findByCareerSlug(slug)
			.stream()
			.map(entry -> new FaqView.Entry(entry.getKey(), entry.getQuestion(), Paragraphs.of(entry.getAnswer())))
			.toList();
		return new FaqView(career, entries);
	}

	private CareerHeader header(String slug) {
		return this.careers.findHeaderBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
	}

	/** A career whose guide has this section; a 404 that says so when it has not. */
	private Career career(String slug, String section) {
		Career career = this.careers.findBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
		if (!career.header().has(section)) {
			throw ContentNotFoundException.section(slug, section);
		}
		return career;
	}

	/** The header of a career whose guide has this section; a 404 that says so when it has not. */
	private CareerHeader header(String slug, String section) {
		CareerHeader header = header(slug);
		if (!header.has(section)) {
			throw ContentNotFoundException.section(slug, section);
		}
		return header;
	}

	private static List<SkillsView.StepRef> stepRefs(Collection<RoadmapStep> steps) {
		return steps.stream()
			.sorted(Comparator.comparingInt(RoadmapStep::getPosition))
			.map(step -> new SkillsView.StepRef(step.getKey(), step.getPosition(), step.getTitle()))
			.toList();
	}

	private static int indexOf(List<StepOutline> outline, String stepKey) {
		for (int i = 0; i < outline.size(); i++) {
			if (outline.get(i).key().equals(stepKey)) {
				return i;
			}
		}
		return -1;
	}

}
