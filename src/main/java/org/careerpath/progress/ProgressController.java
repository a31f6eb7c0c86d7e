package org.careerpath.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.careerpath.career.ContentNotFoundException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The personal checklist and every change to it. Each change is a form POST answered with a redirect back to the
 * step (Post/Redirect/Get); sent with fetch and {@code Accept: application/json}, it gets the new state as JSON.
 */
@Controller
@RequestMapping("/careers/{slug}/progress")
class ProgressController {

	private final ProgressChanges changes;

	private final ProgressPages pages;

	private final ProgressTransfer transfer;

	private final ProgressUpdates updates;

	ProgressController(ProgressChanges changes, ProgressPages pages, ProgressTransfer transfer,
			ProgressUpdates updates) {
		this.changes = changes;
		this.pages = pages;
		this.transfer = transfer;
		this.updates = updates;
	}

	@GetMapping
	String showProgress(@PathVariable String slug, @RequestParam(required = false) String show, Person person,
			Model model) {
		model.addAttribute("section", "progress");
		model.addAttribute("page", this.pages.page(person, slug).filtered(ProgressPage.Filter.of(show)));
		model.addAttribute("printedFrom", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/careers/{slug}/progress")
			.buildAndExpand(slug)
			.toUriString());
		return "progress/progress";
	}

	/** The step's one form without script: its status and all its checklist actions, saved together. */
	@PostMapping("/steps/{stepKey}")
	Object processStepForm(@PathVariable String slug, @PathVariable String stepKey,
			@RequestParam(required = false) StepStatus status,
			@RequestParam(name = "done", required = false) Set<String> done,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Person person,
			HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		ProgressChanges.Change change = this.changes.saveStep(person, slug, stepKey, status,
				(done != null) ? done : Set.of());
		return answer(slug, stepKey, change, returnTo, accept, request, response, locale, redirect);
	}

	@PostMapping("/steps/{stepKey}/done")
	Object processDone(@PathVariable String slug, @PathVariable String stepKey,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Person person,
			HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		ProgressChanges.Change change = this.changes.setDone(person, slug, stepKey, done);
		return answer(slug, stepKey, change, returnTo, accept, request, response, locale, redirect);
	}

	@PostMapping("/steps/{stepKey}/status")
	Object processStatus(@PathVariable String slug, @PathVariable String stepKey, @RequestParam StepStatus status,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Person person,
			HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		ProgressChanges.Change change = this.changes.setStatus(person, slug, stepKey, status);
		return answer(slug, stepKey, change, returnTo, accept, request, response, locale, redirect);
	}

	@PostMapping("/steps/{stepKey}/actions/{actionKey}")
	Object processAction(@PathVariable String slug, @PathVariable String stepKey, @PathVariable String actionKey,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Person person,
			HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		ProgressChanges.Change change = this.changes.setAction(person, slug, stepKey, actionKey, done);
		return answer(slug, stepKey, change, returnTo, accept, request, response, locale, redirect);
	}

	@PostMapping("/steps/{stepKey}/actions")
	Object processActions(@PathVariable String slug, @PathVariable String stepKey,
			@RequestParam(name = "done", required = false) Set<String> done,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Person person,
			HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		ProgressChanges.Change change = this.changes.setActions(person, slug, stepKey, (done != null) ? done : Set.of());
		return answer(slug, stepKey, change, returnTo, accept, request, response, locale, redirect);
	}

	/** The true state of a step, for a page whose change could not be sent. */
	@GetMapping(path = "/steps/{stepKey}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProgressUpdate> showStepState(@PathVariable String slug, @PathVariable String stepKey,
			Person person, Locale locale) {
		CareerProgress progress = this.pages.page(person, slug).progress();
		if (!progress.steps().containsKey(stepKey)) {
			throw ContentNotFoundException.step(slug, stepKey);
		}
		return ResponseEntity.ok(this.updates.of(slug, stepKey, progress, locale));
	}

	/** The same address opened in a browser: the step's page, at its progress. */
	@GetMapping(path = "/steps/{stepKey}", produces = MediaType.TEXT_HTML_VALUE)
	String showStepInBrowser(@PathVariable String slug, @PathVariable String stepKey) {
		this.pages.requireStep(slug, stepKey);
		return "redirect:" + ProgressAddresses.step(slug, stepKey);
	}

	@GetMapping("/steps/{stepKey}/details")
	String initDetailsForm(@PathVariable String slug, @PathVariable String stepKey, Person person, Model model) {
		ProgressPages.StepPage page = showDetails(person, slug, stepKey, model);
		CareerProgress.StepState state = page.step().state();
		model.addAttribute("details", new StepDetails(state.note(), state.completedOn(), state.evidenceUrl()));
		return "progress/details";
	}

	@PostMapping("/steps/{stepKey}/details")
	String processDetailsForm(@PathVariable String slug, @PathVariable String stepKey,
			@Valid @ModelAttribute("details") StepDetails details, BindingResult result,
			@RequestParam(required = false) String returnTo, Person person, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			showDetails(person, slug, stepKey, model);
			model.addAttribute("returnTo", returnTo);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "progress/details";
		}
		ProgressChanges.Change change = this.changes.saveDetails(person, slug, stepKey, details);
		GuestCookie.keep(change.guestToken(), request, response);
		redirect.addFlashAttribute("flash", "progress.details.saved");
		redirect.addFlashAttribute("flashStep", stepKey);
		return "redirect:" + ProgressAddresses.details(slug, stepKey, returnTo);
	}

	@GetMapping("/reset")
	String initResetForm(@PathVariable String slug, Model model) {
		model.addAttribute("career", this.pages.career(slug));
		return "progress/reset";
	}

	@PostMapping("/reset")
	String processResetForm(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean confirm,
			Person person, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!confirm) {
			model.addAttribute("career", this.pages.career(slug));
			model.addAttribute("notConfirmed", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "progress/reset";
		}
		this.changes.reset(person, slug);
		redirect.addFlashAttribute("flash", "progress.reset.done");
		return "redirect:" + ProgressAddresses.progress(slug);
	}

	@GetMapping("/export")
	ResponseEntity<ProgressFile> exportProgress(@PathVariable String slug, Person person) {
		ProgressFile file = this.transfer.export(person, slug);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("careerpath-progress-" + slug + ".json", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(file);
	}

	/** A file that fails is answered in place (400) with what is wrong: nothing is kept for the next request. */
	@PostMapping("/import")
	String processImport(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file,
			Person person, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) throws IOException {
		ProgressTransfer.Imported imported = this.transfer.importFile(person, slug, firstBytes(file));
		if (!imported.isDone()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("importProblems", imported.result().problems());
			return showProgress(slug, null, person, model);
		}
		GuestCookie.keep(imported.guestToken(), request, response);
		redirect.addFlashAttribute("flash", "progress.import.done");
		return "redirect:" + ProgressAddresses.progress(slug);
	}

	private ProgressPages.StepPage showDetails(Person person, String slug, String stepKey, Model model) {
		ProgressPages.StepPage page = this.pages.step(person, slug, stepKey);
		model.addAttribute("career", page.career());
		model.addAttribute("step", page.step());
		model.addAttribute("section", "progress");
		return page;
	}

	/** At most one byte more than a progress file may have: enough to tell that it is too large, never more. */
	private static byte[] firstBytes(MultipartFile file) throws IOException {
		if (file == null) {
			return new byte[0];
		}
		try (InputStream in = file.getInputStream()) {
			return in.readNBytes(ProgressImport.MAX_BYTES + 1);
		}
	}

	/**
	 * The new state as JSON for a change sent with fetch; otherwise back to the step where it was made, with the
	 * acknowledgement shown by that step.
	 */
	private Object answer(String slug, String stepKey, ProgressChanges.Change change, String returnTo, String accept,
			HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		GuestCookie.keep(change.guestToken(), request, response);
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.ok(this.updates.of(slug, stepKey, change.progress(), locale));
		}
		redirect.addFlashAttribute("flash", "progress.step.saved");
		redirect.addFlashAttribute("flashStep", stepKey);
		return "redirect:" + ProgressAddresses.returnTo(slug, stepKey, returnTo);
	}

}
