package org.careerpath.account;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.careerpath.system.ContinueAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration, the sign-in page, and the account page: password, data download, deletion. */
@Controller
class AccountController {

	private final AccountService accounts;

	private final SecurityContextRepository contexts;

	private final ApplicationEventPublisher events;

	AccountController(AccountService accounts, SecurityContextRepository contexts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.events = events;
	}

	/** {@code continue}: the page to come back to afterwards, if it is one of this site's (see ContinueAddress). */
	@GetMapping("/signin")
	String showSignInForm(@RequestParam(name = "continue", required = false) String continueTo, Model model) {
		model.addAttribute("continueTo", ContinueAddress.of(continueTo).orElse(null));
		return "account/signin";
	}

	@GetMapping("/register")
	String initRegistrationForm(@RequestParam(name = "continue", required = false) String continueTo, Model model) {
		model.addAttribute("registration", AccountForms.Registration.empty());
		model.addAttribute("continueTo", ContinueAddress.of(continueTo).orElse(null));
		return "account/register";
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("registration") AccountForms.Registration registration,
			BindingResult result, @RequestParam(name = "continue", required = false) String continueTo,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Optional<String> back = ContinueAddress.of(continueTo);
		model.addAttribute("continueTo", back.orElse(null));
		if (!result.hasFieldErrors("password")) {
			PasswordRules.problem(registration.password(), registration.email())
				.ifPresent(code -> result.rejectValue("password", code));
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "account/register";
		}
		AccountUser user;
		try {
			user = this.accounts.register(registration.email(), registration.password());
		}
		catch (AccountService.EmailTakenException ex) {
			result.rejectValue("email", "email.taken");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "account/register";
		}
		signIn(user, request, response);
		this.events.publishEvent(new AccountEvents.Registered(user.getId(), request, response));
		redirect.addFlashAttribute("flash", back.isPresent() ? "account.registered.continue" : "account.registered");
		return "redirect:" + back.orElse("/account");
	}

	@GetMapping("/account")
	String showAccount(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("email", user.getEmail());
		model.addAttribute("passwordChange", AccountForms.PasswordChange.empty());
		return "account/account";
	}

	@PostMapping("/account/password")
	String processPasswordForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("passwordChange") AccountForms.PasswordChange passwordChange, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword")) {
			PasswordRules.problem(passwordChange.newPassword(), user.getEmail())
				.ifPresent(code -> result.rejectValue("newPassword", code));
		}
		if (!result.hasErrors()
				&& !this.accounts.changePassword(user, request.getSession().getId(), passwordChange.currentPassword(),
						passwordChange.newPassword(), request.getRemoteAddr())) {
			result.rejectValue("currentPassword", "password.wrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("email", user.getEmail());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "account/account";
		}
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:/account";
	}

	@GetMapping("/account/export")
	ResponseEntity<Map<String, Object>> exportPersonalData(@AuthenticationPrincipal AccountUser user) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("careerpath-my-data.json", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.accounts.personalData(user.getId()));
	}

	@GetMapping("/account/delete")
	String initDeletionForm(Model model) {
		model.addAttribute("deletion", AccountForms.Deletion.empty());
		return "account/delete";
	}

	@PostMapping("/account/delete")
	String processDeletionForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("deletion") AccountForms.Deletion deletion, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && !this.accounts.delete(user, deletion.password(), request.getRemoteAddr())) {
			result.rejectValue("password", "password.wrong");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "account/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		redirect.addFlashAttribute("flash", "account.deleted");
		return "redirect:/";
	}

	/** Signs the new account in as a form sign-in would: a new session id, then the context in the session. */
	private void signIn(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
