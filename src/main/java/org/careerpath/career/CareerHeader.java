package org.careerpath.career;

/** The few facts of a career every page shows: its slug and title. */
public record CareerHeader(String slug, String title) {
}
