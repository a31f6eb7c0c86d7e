package org.careerpath.advisor;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.progress.AdvisorRecords;
import org.careerpath.progress.GuestCookies;
import org.careerpath.progress.Person;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The advisor form and plan, its calendar, and the skills self-assessment. Post/Redirect/Get; bad input is a 400. */
@Controller
class AdvisorController {

	private final AdvisorService advisor;

	private final SkillAssessments assessments;

	AdvisorController(AdvisorService advisor, SkillAssessments assessments) {
		this.advisor = advisor;
		this.assessments = assessments;
	}

	@GetMapping("/careers/{slug}/advisor")
	String initAdvisorForm(@PathVariable String slug, Person person, Locale locale, Model model) {
		return show(model, this.advisor.page(person, slug, locale));
	}

	@PostMapping("/careers/{slug}/advisor")
	String processAdvisorForm(@PathVariable String slug, @ModelAttribute AdvisorForm form, Person person,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		AdvisorService.Result result = this.advisor.save(person, slug, form, locale);
		if (result.invalid() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(model, result.invalid());
		}
		GuestCookies.keep(result.guestToken(), request, response);
		redirect.addFlashAttribute("flash", "advisor.saved");
		return "redirect:" + address(slug, "advisor") + "#plan";
	}

	@PostMapping("/careers/{slug}/advisor/apply")
	String processApply(@PathVariable String slug, Person person, Locale locale, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		AdvisorRecords.Marked marked = this.advisor.apply(person, slug, locale);
		GuestCookies.keep(marked.guestToken(), request, response);
		redirect.addFlashAttribute("flash", "advisor.applied");
		redirect.addFlashAttribute("applied", marked.stepKeys().size());
		return "redirect:" + address(slug, "advisor") + "#plan";
	}

	@GetMapping("/careers/{slug}/advisor/plan.ics")
	ResponseEntity<byte[]> downloadCalendar(@PathVariable String slug, Person person, Locale locale,
			HttpServletRequest request) {
		String link = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
			.replacePath(address(slug, "steps") + "/")
			.replaceQuery(null)
			.toUriString();
		String ics = this.advisor.calendar(person, slug, link, locale)
			.orElseThrow(() -> ContentNotFoundException.section(slug, "advisor"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(slug + "-plan.ics").build().toString())
			.header("Cache-Control", "private, no-store")
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/careers/{slug}/skills/assessment")
	String initAssessmentForm(@PathVariable String slug, Person person, Locale locale, Model model) {
		return assessment(model, this.assessments.page(person, slug, locale));
	}

	@PostMapping("/careers/{slug}/skills/assessment")
	String processAssessmentForm(@PathVariable String slug, @RequestParam Map<String, String> params,
			Person person, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> ratings = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("rating.")) {
				ratings.put(name.substring("rating.".length()), value);
			}
		});
		SkillAssessments.Result result = this.assessments.rate(person, slug, ratings, locale);
		if (result.invalid() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return assessment(model, result.invalid());
		}
		GuestCookies.keep(result.guestToken(), request, response);
		redirect.addFlashAttribute("flash", "assessment.saved");
		return "redirect:" + address(slug, "skills/assessment");
	}

	private static String show(Model model, AdvisorPage page) {
		model.addAttribute("section", "advisor");
		model.addAttribute("page", page);
		return "advisor/advisor";
	}

	private static String assessment(Model model, AssessmentPage page) {
		model.addAttribute("section", "skills");
		model.addAttribute("page", page);
		return "advisor/assessment";
	}

	private static String address(String slug, String page) {
		return UriComponentsBuilder.fromPath("/careers/{slug}/" + page).buildAndExpand(slug).encode().toUriString();
	}

}
