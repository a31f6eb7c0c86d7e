package org.careerpath.progress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.careerpath.career.ActionOutline;
import org.careerpath.career.ContentNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal checklist and every change to it. Each change is a form POST answered with a redirect back to the
 * step (Post/Redirect/Get); sent with fetch and {@code Accept: application/json}, it gets the new state as JSON.
 */
@Controller
@RequestMapping("/careers/{slug}/progress")
class ProgressController {

	private final ProgressService progress;

	private final ProgressPages pages;

	private final ProgressOwner owner;

	private final ProgressImport importer;

	private final MessageSource messages;

	ProgressController(ProgressService progress, ProgressPages pages, ProgressOwner owner, ProgressImport importer,
			MessageSource messages) {
		this.progress = progress;
		this.pages = pages;
		this.owner = owner;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping
	String showProgress(@PathVariable String slug, HttpServletRequest request, Model model) {
		model.addAttribute("section", "progress");
		model.addAttribute("page", this.pages.page(this.owner.find(request), slug));
		return "progress/progress";
	}

	@PostMapping("/steps/{stepKey}/done")
	Object processDone(@PathVariable String slug, @PathVariable String stepKey,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		CareerProgress result = change(slug, stepKey, request, response,
				profileId -> this.progress.setDone(profileId, slug, stepKey, done));
		return answer(slug, stepKey, result, returnTo, accept, locale);
	}

	@PostMapping("/steps/{stepKey}/status")
	Object processStatus(@PathVariable String slug, @PathVariable String stepKey, @RequestParam StepStatus status,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		CareerProgress result = change(slug, stepKey, request, response,
				profileId -> this.progress.setStatus(profileId, slug, stepKey, status));
		return answer(slug, stepKey, result, returnTo, accept, locale);
	}

	@PostMapping("/steps/{stepKey}/actions/{actionKey}")
	Object processAction(@PathVariable String slug, @PathVariable String stepKey, @PathVariable String actionKey,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		CareerProgress result = change(slug, stepKey, request, response,
				profileId -> this.progress.setAction(profileId, slug, stepKey, actionKey, done));
		return answer(slug, stepKey, result, returnTo, accept, locale);
	}

	@PostMapping("/steps/{stepKey}/actions")
	Object processActions(@PathVariable String slug, @PathVariable String stepKey,
			@RequestParam(name = "done", required = false) Set<String> done,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Set<String> ticked = (done != null) ? done : Set.of();
		CareerProgress result = change(slug, stepKey, request, response,
				profileId -> this.progress.setActions(profileId, slug, stepKey, ticked));
		return answer(slug, stepKey, result, returnTo, accept, locale);
	}

	/** The true state of a step, for a page whose change could not be sent. */
	@GetMapping(path = "/steps/{stepKey}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProgressUpdate> showStepState(@PathVariable String slug, @PathVariable String stepKey,
			HttpServletRequest request, Locale locale) {
		Optional<Long> profileId = this.owner.find(request);
		CareerProgress result = this.pages.page(profileId, slug).progress();
		if (!result.steps().containsKey(stepKey)) {
			throw ContentNotFoundException.step(slug, stepKey);
		}
		return ResponseEntity.ok(update(slug, stepKey, result, locale));
	}

	/** The same address opened in a browser: the step's page, at its progress. */
	@GetMapping(path = "/steps/{stepKey}", produces = MediaType.TEXT_HTML_VALUE)
	String showStepInBrowser(@PathVariable String slug, @PathVariable String stepKey) {
		this.progress.requireStep(slug, stepKey);
		return "redirect:/careers/" + slug + "/steps/" + stepKey + "#progress";
	}

	@GetMapping("/steps/{stepKey}/details")
	String initDetailsForm(@PathVariable String slug, @PathVariable String stepKey, HttpServletRequest request,
			Model model) {
		ProgressPage.Step step = this.pages.step(this.owner.find(request), slug, stepKey, model);
		CareerProgress.StepState state = step.state();
		model.addAttribute("details", new StepDetailsForm(state.note(), state.completedOn(), state.evidenceUrl()));
		return "progress/details";
	}

	@PostMapping("/steps/{stepKey}/details")
	String processDetailsForm(@PathVariable String slug, @PathVariable String stepKey,
			@Valid @ModelAttribute("details") StepDetailsForm details, BindingResult result,
			@RequestParam(required = false) String returnTo, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("completedOn") && details.completedTooEarly()) {
			result.rejectValue("completedOn", "completedOn.tooEarly");
		}
		if (result.hasErrors()) {
			this.pages.step(this.owner.find(request), slug, stepKey, model);
			model.addAttribute("returnTo", returnTo);
			return "progress/details";
		}
		this.progress.requireStep(slug, stepKey);
		long profileId = this.owner.findOrCreate(request, response);
		this.progress.saveDetails(profileId, slug, stepKey, details.note(), details.completedOn(), details.evidenceUrl());
		redirect.addFlashAttribute("flash", "progress.details.saved");
		return "redirect:" + returnUrl(slug, stepKey, returnTo);
	}

	@GetMapping("/reset")
	String initResetForm(@PathVariable String slug, Model model) {
		model.addAttribute("career", this.pages.career(slug));
		return "progress/reset";
	}

	@PostMapping("/reset")
	String processResetForm(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean confirm,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		this.progress.requireCareer(slug);
		if (!confirm) {
			model.addAttribute("career", this.pages.career(slug));
			model.addAttribute("notConfirmed", true);
			return "progress/reset";
		}
		Optional<Long> profileId = this.owner.find(request);
		profileId.ifPresent(id -> this.progress.reset(id, slug));
		redirect.addFlashAttribute("flash", "progress.reset.done");
		return "redirect:/careers/" + slug + "/progress";
	}

	@GetMapping("/export")
	ResponseEntity<ProgressFile> exportProgress(@PathVariable String slug, HttpServletRequest request) {
		ProgressFile file = this.progress.export(this.owner.find(request), slug);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("careerpath-progress-" + slug + ".json", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(file);
	}

	@PostMapping("/import")
	String processImport(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws Exception {
		List<ActionOutline> actions = this.progress.actionOutlines(slug);
		byte[] content = (file == null || file.getSize() > ProgressImport.MAX_BYTES)
				? ((file == null) ? new byte[0] : new byte[ProgressImport.MAX_BYTES + 1]) : file.getBytes();
		ProgressImport.Result checked = this.importer.check(content, slug, this.progress.requireCareer(slug), actions,
				this.progress.rungKeys(slug));
		if (!checked.isValid()) {
			redirect.addFlashAttribute("importProblems", checked.problems());
			return "redirect:/careers/" + slug + "/progress#import";
		}
		long profileId = this.owner.findOrCreate(request, response);
		this.progress.replaceWith(profileId, slug, checked.steps(), checked.ladderRung());
		redirect.addFlashAttribute("flash", "progress.import.done");
		return "redirect:/careers/" + slug + "/progress";
	}

	/** Checks the step exists before anything is created for the visitor, then makes the change in their profile. */
	private CareerProgress change(String slug, String stepKey, HttpServletRequest request, HttpServletResponse response,
			LongFunction<CareerProgress> work) {
		this.progress.requireStep(slug, stepKey);
		return work.apply(this.owner.findOrCreate(request, response));
	}

	private Object answer(String slug, String stepKey, CareerProgress result, String returnTo, String accept,
			Locale locale) {
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.ok(update(slug, stepKey, result, locale));
		}
		return "redirect:" + returnUrl(slug, stepKey, returnTo);
	}

	private ProgressUpdate update(String slug, String stepKey, CareerProgress result, Locale locale) {
		CareerProgress.StepState state = result.step(stepKey);
		List<ActionOutline> actions = this.progress.actionOutlines(slug)
			.stream()
			.filter(action -> action.stepKey().equals(stepKey))
			.toList();
		long actionsDone = actions.stream().filter(action -> state.actionDone(action.key())).count();
		return new ProgressUpdate(stepKey, state.status().name(),
				this.messages.getMessage(state.status().getLabelKey(), null, locale), state.status().getIcon(),
				state.isDone(), result.done(), result.total(), result.skipped(),
				this.messages.getMessage("progress.summary", new Object[] { result.done(), result.total() }, locale),
				this.messages.getMessage("progress.skipped", new Object[] { result.skipped() }, locale), actionsDone,
				actions.size(),
				this.messages.getMessage("progress.actions", new Object[] { actionsDone, actions.size() }, locale),
				!actions.isEmpty() && actionsDone == actions.size() && !state.isDone());
	}

	/** Back to where the change was made, at the step's anchor; only these three places, never a given URL. */
	static String returnUrl(String slug, String stepKey, String returnTo) {
		String career = "/careers/" + slug;
		if ("roadmap".equals(returnTo)) {
			return career + "/roadmap#step-" + stepKey;
		}
		if ("step".equals(returnTo)) {
			return career + "/steps/" + stepKey + "#progress";
		}
		return career + "/progress#step-" + stepKey;
	}

}
